//! The documentation as the tests read it: README.md, then every Markdown file under docs/.
//! Every Rust test that reads documentation reads it through these (tests/e2e/support.mjs's
//! `documentation` and `docBlock` are the same for the end-to-end tests).

use std::path::{Path, PathBuf};

/// Each documentation file's path (from the repository root) and text, the README first.
pub fn documentation() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![PathBuf::from("README.md")];
    fn walk(root: &Path, dir: PathBuf, files: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(root.join(&dir)).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for path in entries {
            let relative = dir.join(path.file_name().unwrap());
            if path.is_dir() {
                walk(root, relative, files);
            } else if path.extension().is_some_and(|e| e == "md") {
                files.push(relative);
            }
        }
    }
    walk(root, PathBuf::from("docs"), &mut files);
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(root.join(&f)).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            (f.display().to_string(), text)
        })
        .collect()
}

/// The text under `heading` (a whole heading line, `### Events`) to the next heading of the same
/// or a higher level, in whichever documentation file has that heading.
pub fn section(heading: &str) -> String {
    let docs = documentation();
    let (_, text) = docs
        .iter()
        .find(|(_, text)| text.contains(&format!("\n{heading}\n")))
        .unwrap_or_else(|| panic!("no documentation file has the heading {heading:?}"));
    let start = text.find(&format!("\n{heading}\n")).unwrap();
    let level = heading.split(' ').next().unwrap();
    let rest = &text[start + heading.len() + 2..];
    let end = (1..=level.len()).filter_map(|n| rest.find(&format!("\n{} ", "#".repeat(n)))).min().unwrap_or(rest.len());
    rest[..end].to_string()
}

/// Whether any documentation file contains `text`.
pub fn mentions(text: &str) -> bool {
    documentation().iter().any(|(_, t)| t.contains(text))
}
