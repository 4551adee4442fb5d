//! Bidirectional text: the embedding level of each character of a paragraph (Unicode Standard
//! Annex #9, through `unicode-bidi`) and the visual order of a line's pieces (rule L2).
//!
//! Owns direction only. It must not measure, break or shape text; a paragraph without
//! right-to-left letters is all level 0 and never reordered.

use unicode_bidi::{BidiInfo, Level};

/// The level of each byte of `text` (even: left to right, odd: right to left); `None` when the
/// text has no right-to-left character, so every level is 0. Paragraphs are left to right, as
/// in resume.html (whose page is left to right): a Hebrew or Arabic line reads right to left
/// within it, and the PDF sets each line as Chromium sets the HTML.
pub(super) fn levels(text: &str) -> Option<Vec<u8>> {
    if !text.chars().any(is_rtl_class) {
        return None;
    }
    let info = BidiInfo::new(text, Some(Level::ltr()));
    Some(info.levels.iter().map(|l| l.number()).collect())
}

/// Whether `c` may start right-to-left text: Hebrew, Arabic and the other right-to-left blocks,
/// their presentation forms, and the explicit bidi controls.
fn is_rtl_class(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF
        | 0x1E800..=0x1EFFF | 0x200F | 0x202B | 0x202E | 0x2067)
}

/// The visual order of pieces at `levels` (in logical order): from the highest level down to the
/// lowest odd one, every maximal sequence at that level or higher is reversed (rule L2).
pub(super) fn visual_order(levels: &[u8]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..levels.len()).collect();
    let Some(&max) = levels.iter().max() else {
        return order;
    };
    let lowest_odd = levels.iter().copied().min().unwrap_or(0) | 1;
    let mut k = max;
    while k >= lowest_odd {
        let mut i = 0;
        while i < order.len() {
            if levels[order[i]] >= k {
                let start = i;
                while i < order.len() && levels[order[i]] >= k {
                    i += 1;
                }
                order[start..i].reverse();
            } else {
                i += 1;
            }
        }
        k -= 1;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_to_right_text_has_no_levels() {
        assert_eq!(levels("Hello, Ωμέγα and 王小明"), None);
    }

    #[test]
    fn right_to_left_words_are_reversed_and_numbers_kept() {
        // "שלום עולם 2024": a Hebrew line; the number stays left to right inside it.
        let l = levels("שלום עולם 2024").unwrap();
        assert_eq!(l[0], 1);
        assert_eq!(*l.last().unwrap(), 2);
        // Left-to-right paragraphs, as in the HTML: English after Hebrew stays on the right.
        let l = levels("שלום team").unwrap();
        assert_eq!((l[0], *l.last().unwrap()), (1, 0));
        assert_eq!(visual_order(&[1, 1, 1, 1, 2]), vec![4, 3, 2, 1, 0]);
        assert_eq!(visual_order(&[0, 0, 1, 1, 1, 0]), vec![0, 1, 4, 3, 2, 5]);
        assert_eq!(visual_order(&[1, 2, 2, 1]), vec![3, 1, 2, 0]);
        assert_eq!(visual_order(&[0, 0]), vec![0, 1]);
    }
}
