//! The notifier's words, in each subscriber's language, from the same Fluent files the app
//! uses: `locales/<lang>/notify.ftl` (titles, bodies, the emails and the pages their links open)
//! and `main.ftl`'s status words. A language the notifier has no `notify.ftl` for is written in
//! the default language; a message missing in a language falls back to the default's.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use frontdesk_core::locale::Direction;
use frontdesk_core::notify::Watched;
use unic_langid::LanguageIdentifier;

/// The language every other falls back to.
pub const DEFAULT: &str = "en";
/// The longest note put in a notification (characters): a push message must stay under 3 KB.
const MAX_NOTE_CHARS: usize = 400;

/// The messages of every language that has a `notify.ftl`.
pub struct Texts {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// The right-to-left languages (from `languages.json`).
    rtl: Vec<String>,
}

/// What a notification says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub title: String,
    pub body: String,
    /// The status in words.
    pub status: String,
}

impl Texts {
    /// Reads `root/<lang>/notify.ftl` (and the status words of `main.ftl`) for each language
    /// folder under `root`. Errors name the file; the default language must be there.
    pub fn load(root: &Path) -> Result<Texts, String> {
        let mut bundles = BTreeMap::new();
        let folders = std::fs::read_dir(root).map_err(|e| format!("{}: {e}", root.display()))?;
        for folder in folders.filter_map(|e| e.ok()) {
            let path = folder.path().join("notify.ftl");
            let Ok(lang) = folder.file_name().into_string() else {
                continue;
            };
            if !path.is_file() {
                continue;
            }
            let mut sources = vec![
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?,
            ];
            if let Ok(main) = std::fs::read_to_string(folder.path().join("main.ftl")) {
                sources.push(main);
            }
            bundles.insert(lang.clone(), bundle(&lang, &sources));
        }
        if !bundles.contains_key(DEFAULT) {
            return Err(format!("{} has no {DEFAULT}/notify.ftl", root.display()));
        }
        let languages = root.join("languages.json");
        let rtl = std::fs::read_to_string(&languages)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                frontdesk_core::locale::parse_languages(&text).map_err(|e| e.to_string())
            })
            .map_err(|e| format!("{}: {e}", languages.display()))?
            .into_iter()
            .filter(|l| l.dir == Direction::RightToLeft)
            .map(|l| l.code)
            .collect();
        Ok(Texts { bundles, rtl })
    }

    /// Texts from sources in memory (language, notify.ftl, main.ftl), for tests.
    pub fn from_sources(sources: &[(&str, &str, &str)]) -> Texts {
        Texts {
            bundles: sources
                .iter()
                .map(|(lang, notify, main)| {
                    (
                        (*lang).to_owned(),
                        bundle(lang, &[(*notify).to_owned(), (*main).to_owned()]),
                    )
                })
                .collect(),
            rtl: vec!["ar".into(), "ur".into()],
        }
    }

    /// The HTML `dir` of `lang`.
    pub fn dir(&self, lang: &str) -> &'static str {
        if self.rtl.iter().any(|l| l == lang) {
            Direction::RightToLeft.as_str()
        } else {
            Direction::LeftToRight.as_str()
        }
    }

    /// The language the notifier writes to someone who asked in `wanted` (`ar`, `zh-Hans`,
    /// `fr-CA`): it, or its base language, or the default.
    pub fn language(&self, wanted: &str) -> String {
        let wanted = wanted.trim();
        let find = |code: &str| {
            self.bundles
                .keys()
                .find(|lang| lang.eq_ignore_ascii_case(code))
                .cloned()
        };
        find(wanted)
            .or_else(|| wanted.split('-').next().and_then(find))
            .unwrap_or_else(|| DEFAULT.to_owned())
    }

    /// Message `id` in `lang` (or the default language), with `args`.
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, (*value).to_owned());
        }
        for lang in [lang, DEFAULT] {
            let Some(bundle) = self.bundles.get(lang) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// A status in words: `main.ftl`'s `status-word-...`, or as the city wrote it.
    pub fn status(&self, lang: &str, status: &str) -> String {
        let id = frontdesk_core::tracking::message_id(&open311::Status::parse(status));
        match id {
            Some(id) if self.has(lang, &id) || self.has(DEFAULT, &id) => self.text(lang, &id, &[]),
            _ => status.to_owned(),
        }
    }

    fn has(&self, lang: &str, id: &str) -> bool {
        self.bundles
            .get(lang)
            .is_some_and(|b| b.get_message(id).is_some())
    }

    /// What a subscriber in `lang` is told when request `id` reads `state`.
    pub fn change(&self, lang: &str, id: &str, state: &Watched) -> Message {
        let status = self.status(lang, &state.status);
        let mut lines = vec![self.text(lang, "notify-body-status", &[("status", &status)])];
        if let Some(note) = &state.notes {
            let note: String = note.chars().take(MAX_NOTE_CHARS).collect();
            lines.push(self.text(lang, "notify-body-note", &[("note", &note)]));
        }
        if let Some(expected) = &state.expected {
            let date = expected.get(..10).unwrap_or(expected);
            lines.push(self.text(lang, "notify-body-expected", &[("date", date)]));
        }
        if state.is_closed() {
            lines.push(self.text(lang, "notify-body-closed", &[]));
        }
        Message {
            title: self.text(lang, "notify-title", &[("id", id)]),
            body: lines.join("\n"),
            status,
        }
    }
}

fn bundle(lang: &str, sources: &[String]) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No invisible isolation marks around the reference number: a resident copies it from a
    // notification or an email into the app's lookup, and mail clients show the marks in
    // subjects. The numbers are digits and Latin letters, which bidi places well in the
    // right-to-left languages' sentences.
    bundle.set_use_isolating(false);
    for source in sources {
        // A file with a broken entry still gives its good ones (make l10n names the broken).
        let resource =
            FluentResource::try_new(source.clone()).unwrap_or_else(|(partial, _)| partial);
        // A message already added is kept: notify.ftl comes first and main.ftl cannot replace it.
        let _ = bundle.add_resource(resource);
    }
    bundle
}
