//! Where a city's own translations in catalogue.json (`{"en": "...", "fr": "..."}`, see
//! `frontdesk_core::city_text`) and a translator's `services.ftl` translate the same text: the
//! app shows the translator's, and `make l10n` says so, one note per text and language.

use std::path::{Path, PathBuf};

use frontdesk_core::catalogue::CityTexts;

/// A text both catalogue.json and a services.ftl translate into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    /// The services.ftl that wins.
    pub path: PathBuf,
    /// Its 1-based line with the message.
    pub line: usize,
    pub id: String,
    pub language: String,
}

impl std::fmt::Display for Overlap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: note: {} is translated here and in catalogue.json's \"{}\": the app shows this one (translators' files win)",
            self.path.display(),
            self.line,
            self.id,
            self.language
        )
    }
}

/// Every text of `texts` that `root/<language>/services.ftl` also translates.
pub fn overlaps(root: &Path, texts: &CityTexts) -> Vec<Overlap> {
    let mut found = Vec::new();
    for (id, text) in texts.iter() {
        for language in text.languages() {
            let path = root.join(language).join("services.ftl");
            let Ok(source) = std::fs::read_to_string(&path) else {
                continue;
            };
            if let Some(line) = message_line(&source, id) {
                found.push(Overlap {
                    path,
                    line,
                    id: id.to_owned(),
                    language: language.to_owned(),
                });
            }
        }
    }
    found
}

/// The line where message `id` starts (`id = ...` at the start of a line).
fn message_line(source: &str, id: &str) -> Option<usize> {
    source
        .lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|index| index + 1)
}
