//! PDF export: draws a [`Layout`] with printpdf, embedding subsets of the faces it uses (Lato,
//! and DejaVu Sans and the CJK and Devanagari fallback faces only when a run needs them).
//!
//! All positioning is decided by [`super::layout`]; this module only translates positioned runs
//! (plain text, or shaped glyphs placed one by one), rules and link areas into PDF operators and
//! sets the document metadata. The runs of a line set in visual order or shaped are wrapped in a
//! marked-content span whose `/ActualText` is the line in logical order, which text extraction
//! (pdftotext, screen readers, ATS) reads instead of the glyphs. Output is a pure
//! function of its input: dates come from [`PdfOptions::creation_date`] (never the clock), font
//! resource names are fixed, and the trailer `/ID` — which printpdf fills from a process-global
//! counter — is replaced by a hash of the document.

use std::sync::Arc;

use printpdf::{
    Actions, BorderArray, Codepoint, Color, ColorArray, DictItem, FontId, Line, LineCapStyle,
    LinePoint, LinkAnnotation, OffsetDateTime, Op, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

use flate2::Compression;

use super::deflate::Deflater;
use super::fonts::{fonts, FontKind};
use super::layout::{layout, Layout, LayoutOptions, Look};
use crate::tailor::resume::{Paper, Resume};

/// 1980-01-01T00:00:00Z, the date of a PDF rendered without [`PdfOptions::creation_date`].
pub const DEFAULT_CREATION_DATE: i64 = 315_532_800;

/// Options of the PDF export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PdfOptions {
    pub paper: Paper,
    /// Creation and modification date in Unix seconds (e.g. from `SOURCE_DATE_EPOCH`);
    /// `None` writes [`DEFAULT_CREATION_DATE`].
    pub creation_date: Option<i64>,
    /// Theme and accent colour.
    pub look: Look,
}

/// Lays out and renders `resume`.
pub fn render_pdf(resume: &Resume, opts: &PdfOptions) -> Vec<u8> {
    let l = layout(
        resume,
        &LayoutOptions {
            paper: opts.paper,
            look: opts.look,
        },
    );
    render_layout(&l, resume, opts)
}

/// Renders a layout made by [`layout`] for `resume` (the tailor lays out once, counts pages,
/// then renders that same layout). The page size is the layout's; `opts.paper` is not re-read.
pub fn render_layout(layout: &Layout, resume: &Resume, opts: &PdfOptions) -> Vec<u8> {
    let mut doc = PdfDocument::new(&resume.title);
    let date = opts.creation_date.unwrap_or(DEFAULT_CREATION_DATE);
    let date = OffsetDateTime::from_unix_timestamp(date).unwrap_or_else(|_| {
        OffsetDateTime::from_unix_timestamp(DEFAULT_CREATION_DATE).expect("a valid date")
    });
    let info = &mut doc.metadata.info;
    info.document_title = resume.title.clone();
    info.author = resume.name.clone();
    info.keywords = resume.keywords.clone();
    info.creator = "jobfit".to_string();
    info.producer = "jobfit".to_string();
    info.subject = resume.headline.clone().unwrap_or_default();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;

    // Fixed font ids: printpdf's own are random strings and would change the bytes.
    let used: Vec<FontKind> = FontKind::ALL
        .into_iter()
        .filter(|k| {
            layout
                .pages
                .iter()
                .any(|p| p.runs.iter().any(|r| r.font == *k))
        })
        .collect();
    for kind in &used {
        let parsed = fonts().face(*kind).parsed.clone();
        doc.resources
            .fonts
            .map
            .insert(font_id(*kind), PdfFont::new(parsed));
    }

    let pages = layout
        .pages
        .iter()
        .map(|page| PdfPage {
            media_box: Rect::from_wh(Pt(layout.width), Pt(layout.height)),
            trim_box: Rect::from_wh(Pt(layout.width), Pt(layout.height)),
            crop_box: Rect::from_wh(Pt(layout.width), Pt(layout.height)),
            ops: page_ops(page),
        })
        .collect();
    doc.with_pages(pages);

    let mut warnings = Vec::new();
    // printpdf's `optimize` would have lopdf deflate each stream with a fresh compressor; the
    // streams are compressed here with one.
    let save = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc.to_lopdf_document(&save, &mut warnings);
    compress_streams(&mut lo);
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .expect("writing a PDF into a Vec cannot fail");
    set_language_drop_pdfx_key(&mut bytes);
    set_deterministic_id(&mut bytes);
    bytes
}

/// Deflates every stream that may be compressed and is not yet, as lopdf's `compress` does (kept
/// only when it saves more than the 19 bytes of the `/Filter` entry), with one compressor for the
/// whole document. zlib's default level rather than lopdf's best: on the example resume the file
/// is 24 bytes larger (21,258 against 21,234) and the run 1.5 M instructions shorter (level 1
/// would save 6.3 M but add 2.9 KB).
fn compress_streams(doc: &mut lopdf::Document) {
    let mut deflater = Deflater::zlib(Compression::default());
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let packed = deflater.compress(&stream.content);
        if packed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(packed);
        }
    }
}

fn font_id(kind: FontKind) -> FontId {
    FontId(kind.resource_id().to_string())
}

fn color(c: [f32; 3]) -> Color {
    Color::Rgb(Rgb {
        r: c[0],
        g: c[1],
        b: c[2],
        icc_profile: None,
    })
}

fn page_ops(page: &super::layout::Page) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.runs.len() * 4 + page.rules.len() * 3 + 8);
    if !page.rules.is_empty() {
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetLineCapStyle {
            cap: LineCapStyle::Butt,
        });
        for rule in &page.rules {
            ops.push(Op::SetOutlineColor {
                col: color(rule.color),
            });
            ops.push(Op::SetOutlineThickness {
                pt: Pt(rule.thickness),
            });
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(rule.x1),
                                y: Pt(rule.y),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(rule.x2),
                                y: Pt(rule.y),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
        }
        ops.push(Op::RestoreGraphicsState);
    }

    text_ops(&page.runs, &mut ops);

    for link in &page.links {
        ops.push(Op::LinkAnnotation {
            link: LinkAnnotation::new(
                Rect::from_xywh(Pt(link.x), Pt(link.y), Pt(link.width), Pt(link.height)),
                Actions::Uri(link.url.clone()),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                Some(ColorArray::Transparent),
                None,
            ),
        });
    }
    ops
}

/// The text section of a page: each run in its face, size and colour; shaped runs glyph by glyph;
/// runs with an `/ActualText` in a marked-content span of their own.
fn text_ops(runs: &[super::layout::TextRun], ops: &mut Vec<Op>) {
    ops.push(Op::StartTextSection);
    let mut cur_font: Option<(FontKind, f32)> = None;
    let mut cur_color: Option<[f32; 3]> = None;
    let mut cur_span: Option<&Arc<str>> = None;
    for run in runs {
        let same_span = match (cur_span, &run.actual) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if !same_span {
            if cur_span.is_some() {
                ops.push(Op::EndMarkedContent);
            }
            if let Some(text) = &run.actual {
                ops.push(actual_text(text));
            }
            cur_span = run.actual.as_ref();
        }
        if cur_font != Some((run.font, run.size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font_id(run.font)),
                size: Pt(run.size),
            });
            cur_font = Some((run.font, run.size));
        }
        if cur_color != Some(run.color) {
            ops.push(Op::SetFillColor {
                col: color(run.color),
            });
            cur_color = Some(run.color);
        }
        if let Some(shaped) = &run.glyphs {
            // One glyph at a time: shaped glyphs carry their own offsets (marks, matras).
            for g in &shaped.glyphs {
                let (x, y) = (run.x + g.x * run.size, run.y + g.y * run.size);
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(x), Pt(y)),
                });
                let cid = (!g.text.is_empty()).then(|| g.text.clone());
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![Codepoint {
                        gid: g.gid,
                        offset: 0.0,
                        cid,
                    }])],
                });
            }
            continue;
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(run.x), Pt(run.y)),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(run.text.clone())],
        });
    }
    if cur_span.is_some() {
        ops.push(Op::EndMarkedContent);
    }
    ops.push(Op::EndTextSection);
}

/// `/Span <</ActualText <FEFF…>>> BDC`: the text, UTF-16BE with its byte-order mark.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    data.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut map = std::collections::BTreeMap::new();
    map.insert(
        "ActualText".to_string(),
        DictItem::String {
            data,
            literal: false,
        },
    );
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_string(),
        properties: DictItem::Dict { map },
    }
}

/// The document's language and no standard claim, patched in place (printpdf has no setting for
/// either): the catalog's default `/PageMode/UseNone` becomes `/Lang(en)` (the headings are
/// English; screen readers and ATS read the language there), and the empty `/GTS_PDFXVersion()`
/// that printpdf writes into the info dictionary is blanked, since the file is not PDF/X. Both
/// are replaced by as many bytes, so the cross-reference offsets stay valid.
fn set_language_drop_pdfx_key(bytes: &mut [u8]) {
    fn patch(bytes: &mut [u8], from: usize, old: &[u8], new: &[u8]) {
        if let Some(at) = find(&bytes[from..], old).map(|i| from + i) {
            let slot = &mut bytes[at..at + old.len()];
            slot.fill(b' ');
            slot[..new.len()].copy_from_slice(new);
        }
    }
    let Some(catalog) = find(bytes, b"/Type/Catalog") else {
        return;
    };
    patch(bytes, catalog, b"/PageMode/UseNone", b"/Lang(en)");
    patch(bytes, 0, b"/GTS_PDFXVersion()", b"");
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Replaces the two strings of the trailer's `/ID [(…)(…)]` with a hash of everything before
/// them, keeping their length so the cross-reference offsets stay valid.
fn set_deterministic_id(bytes: &mut [u8]) {
    let Some(at) = rfind(bytes, b"/ID") else {
        return;
    };
    let digest = fnv128(&bytes[..at]);
    let mut pos = at;
    for _ in 0..2 {
        let Some(open) = bytes[pos..]
            .iter()
            .position(|&b| b == b'(')
            .map(|i| pos + i)
        else {
            return;
        };
        let Some(close) = bytes[open..]
            .iter()
            .position(|&b| b == b')')
            .map(|i| open + i)
        else {
            return;
        };
        for (k, b) in bytes[open + 1..close].iter_mut().enumerate() {
            // Letters A–P, one per hex digit of the digest (cycled): no escaping needed.
            let nibble = (digest >> ((k % 32) * 4)) & 0xf;
            *b = b'A' + nibble as u8;
        }
        pos = close + 1;
    }
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn fnv128(data: &[u8]) -> u128 {
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013B;
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for &b in data {
        h ^= u128::from(b);
        h = h.wrapping_mul(PRIME);
    }
    h
}

#[cfg(test)]
mod tests;
