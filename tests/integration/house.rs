//! The house rules of the source tree, checked: no hand-written source file over 500 lines, no
//! function over 120, and every stage folder named in `lib.rs` in pipeline order. A split that
//! would be forgotten in review fails here instead.

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 500;
const MAX_FN_LINES: usize = 120;

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // Generated tables are data, rewritten by a test; they have no size budget.
            if p.file_name().is_some_and(|n| n != "generated") {
                sources(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The name and length in lines of every `fn` with a body: from its signature to the line where
/// its braces close. Braces in strings and comments are rare enough here not to matter; a
/// false count shows up as a failure to look at, not a silent pass.
fn functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim_start();
        let t = t
            .strip_prefix("pub(crate) ")
            .or_else(|| t.strip_prefix("pub(super) "))
            .or_else(|| t.strip_prefix("pub "))
            .unwrap_or(t);
        let t = t.strip_prefix("const ").unwrap_or(t);
        let Some(rest) = t.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let (mut depth, mut opened) = (0i64, false);
        for (j, body) in lines[i..].iter().enumerate() {
            if !opened && body.trim_end().ends_with(';') {
                break; // a declaration without a body
            }
            for c in body.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if opened && depth <= 0 {
                out.push((name.clone(), j + 1));
                break;
            }
        }
    }
    out
}

#[test]
fn source_files_and_functions_keep_their_size_budget() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    assert!(files.len() > 50, "src/ not found");
    let mut over = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let rel = f.strip_prefix(root).unwrap().display().to_string();
        let n = text.lines().count();
        if n > MAX_FILE_LINES {
            over.push(format!("{rel}: {n} lines (budget {MAX_FILE_LINES})"));
        }
        for (name, len) in functions(&text) {
            if len > MAX_FN_LINES {
                over.push(format!(
                    "{rel}: fn {name} is {len} lines (budget {MAX_FN_LINES})"
                ));
            }
        }
    }
    assert!(over.is_empty(), "split these:\n{}", over.join("\n"));
}

#[test]
fn the_function_counter_counts() {
    let text = "fn a() {\n    if x {\n    }\n}\npub(crate) fn b();\nfn c() { 1 }\n";
    assert_eq!(
        functions(text),
        [("a".to_string(), 4), ("c".to_string(), 1)]
    );
}

#[test]
fn lib_lists_the_stages_in_pipeline_order() {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let mods: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    let stages = [
        "app", "input", "model", "skills", "extract", "analyze", "fit", "pipeline", "tailor",
        "prep", "rank", "render",
    ];
    let listed: Vec<&str> = mods
        .iter()
        .copied()
        .filter(|m| stages.contains(m))
        .collect();
    assert_eq!(listed, stages);
}
