//! Which UI messages the code uses: every message id written in the app's and the crates'
//! Rust sources must exist in the default locale's `main.ftl`, and every message there must be
//! used (or be one the code builds at run time, listed by prefix in
//! `frontdesk_core::l10n_ids::BUILT_UI_IDS`). A message nobody shows still costs every
//! translator its time.
//!
//! An id is recognised as a string literal shaped like one (`request-check-title`: lower-case
//! words joined by `-`) whose first word starts some message in `main.ftl`, outside an HTML
//! attribute that names a CSS class, an element id or the like, and outside test modules.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Literals shaped like message ids that are not: an element id the code shares, and a
/// command-line word.
pub const NOT_MESSAGES: &[&str] = &["error-summary", "service-ids"];

/// HTML attributes whose values are never messages.
const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "for",
    "autocomplete",
    "type",
    "name",
    "inputmode",
    "href",
    "accept",
    "rel",
    "role",
    "dir",
    "also",
    "key",
];

/// A literal in a source file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Use {
    pub id: String,
    pub file: PathBuf,
    pub line: usize,
}

/// What the check found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Ids the code uses that `main.ftl` lacks.
    pub missing: Vec<Use>,
    /// Messages of `main.ftl` that no code uses.
    pub unused: Vec<String>,
}

/// The string literals of `source` shaped like message ids, with their line, outside test
/// modules (everything from the first `#[cfg(test)]` on) and outside attribute values.
pub fn literals(source: &str) -> Vec<(String, usize)> {
    let code = source.split("#[cfg(test)]").next().unwrap_or("");
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // A line comment: skip to its end.
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            // A char literal holding a quote: not a string.
            b'\'' if bytes.get(i + 1) == Some(&b'"') && bytes.get(i + 2) == Some(&b'\'') => i += 3,
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let text = &code[start..end.min(code.len())];
                let before = code[..i].trim_end();
                let attribute = before.strip_suffix('=').is_some_and(|b| {
                    let name = b
                        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                        .next()
                        .unwrap_or("");
                    ATTRIBUTES.contains(&name) || name.starts_with("aria-")
                });
                if is_id_shaped(text) && !attribute {
                    let line = code[..i].matches('\n').count() + 1;
                    out.push((text.to_owned(), line));
                }
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// `words-joined-by-hyphens`, lower case, at least two words (one word is never an id here).
fn is_id_shaped(text: &str) -> bool {
    let mut words = text.split('-');
    let first = words.next().unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_lowercase())
        && text.contains('-')
        && text.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        })
}

/// Checks `sources` (path and text) against the ids of `main.ftl` (`messages`).
pub fn check(messages: &BTreeSet<String>, sources: &[(PathBuf, String)], built: &[&str]) -> Usage {
    let namespaces: BTreeSet<&str> = messages
        .iter()
        .filter_map(|m| m.split('-').next())
        .collect();
    let mut used = BTreeSet::new();
    let mut missing = Vec::new();
    for (file, text) in sources {
        for (id, line) in literals(text) {
            if messages.contains(&id) {
                used.insert(id);
            } else if built
                .iter()
                .any(|p| id.starts_with(p) || p.starts_with(&id))
                || NOT_MESSAGES.contains(&id.as_str())
            {
            } else if namespaces.contains(id.split('-').next().unwrap_or("")) {
                missing.push(Use {
                    id,
                    file: file.clone(),
                    line,
                });
            }
        }
    }
    let unused = messages
        .iter()
        .filter(|m| !used.contains(*m) && !built.iter().any(|p| m.starts_with(p)))
        .cloned()
        .collect();
    missing.sort();
    Usage { missing, unused }
}

/// The message ids of a Fluent file (not its terms, `-name`).
pub fn message_ids(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            (line.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
            .then(|| id.to_owned())
        })
        .collect()
}

/// Every `.rs` file under `roots`, with its text.
pub fn rust_sources(roots: &[PathBuf]) -> std::io::Result<Vec<(PathBuf, String)>> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.path());
        for entry in entries {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.clone(), std::fs::read_to_string(&path)?));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for root in roots {
        walk(root, &mut out)?;
    }
    Ok(out)
}
