//! Which language to show: the languages on offer, how a resident's choice is negotiated, and
//! the generated pseudo-locales translators and developers use to test layouts.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

/// Accented and lengthened English, left to right: finds text that is not translatable and
/// layouts that break with longer text.
pub const PSEUDO_LTR: &str = "en-XA";
/// Mirrored English, right to left: finds layouts that do not mirror.
pub const PSEUDO_RTL: &str = "ar-XB";

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Direction {
    #[serde(rename = "ltr")]
    LeftToRight,
    #[serde(rename = "rtl")]
    RightToLeft,
}

impl Direction {
    /// The HTML `dir` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// A language on offer, as listed in `locales/languages.json`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Language {
    /// BCP 47 code, also the folder under `locales/`.
    pub code: String,
    /// The language's name in itself ("Français").
    pub name: String,
    pub dir: Direction,
}

impl Language {
    /// The two pseudo-locales, generated from English (no folder of their own).
    pub fn pseudo() -> [Language; 2] {
        [
            Language {
                code: PSEUDO_LTR.into(),
                name: "Ëñğļîšħ (pseudo)".into(),
                dir: Direction::LeftToRight,
            },
            Language {
                code: PSEUDO_RTL.into(),
                name: "English (mirrored)".into(),
                dir: Direction::RightToLeft,
            },
        ]
    }

    /// Whether this is a generated pseudo-locale.
    pub fn is_pseudo(code: &str) -> bool {
        code == PSEUDO_LTR || code == PSEUDO_RTL
    }
}

/// Parses `languages.json`; entries with an invalid code are dropped.
pub fn parse_languages(json: &str) -> Result<Vec<Language>, serde_json::Error> {
    let list: Vec<Language> = serde_json::from_str(json)?;
    Ok(valid_languages(list))
}

/// [`parse_languages`] with another JSON parser (the browser's, in the app); `None` when the
/// text is not a list of languages.
pub fn parse_languages_with(json: &str, parse: crate::json::Parse) -> Option<Vec<Language>> {
    let list: Vec<Language> = serde_json::from_value(parse(json)?).ok()?;
    Some(valid_languages(list))
}

fn valid_languages(list: Vec<Language>) -> Vec<Language> {
    list.into_iter()
        .filter(|l| l.code.parse::<LanguageIdentifier>().is_ok())
        .collect()
}

/// The languages to offer: those of `config.languages` that `languages.json` knows, in the
/// config's order. Pseudo-locales are not offered in the picker; `?lang=` reaches them.
pub fn offered(config_languages: &[String], known: &[Language]) -> Vec<Language> {
    config_languages
        .iter()
        .filter_map(|code| known.iter().find(|l| &l.code == code).cloned())
        .collect()
}

/// Picks the language: `?lang=` in the address, then the resident's saved choice, then the
/// browser's languages (best match, `fr-CA` finds `fr`, `zh-CN` finds `zh-Hans`), then the
/// default. Pseudo-locales are accepted from the address or a saved choice only.
pub fn negotiate(
    from_address: Option<&str>,
    saved: Option<&str>,
    browser: &[String],
    offered: &[Language],
    default: &str,
) -> String {
    let explicit = |code: Option<&str>| {
        let code = code?.trim();
        if Language::is_pseudo(code) {
            return Some(code.to_owned());
        }
        // An explicit choice may differ in case or region from what is on offer.
        best_match(&[code.to_owned()], offered)
    };
    explicit(from_address)
        .or_else(|| explicit(saved))
        .or_else(|| best_match(browser, offered))
        .unwrap_or_else(|| default.to_owned())
}

fn best_match(requested: &[String], offered: &[Language]) -> Option<String> {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| r.parse().ok())
        .map(add_likely_script)
        .collect();
    let available: Vec<LanguageIdentifier> =
        offered.iter().filter_map(|l| l.code.parse().ok()).collect();
    let found = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    found.first().map(|id| {
        let index = available.iter().position(|a| a == *id).unwrap_or(0);
        offered[index].code.clone()
    })
}

/// Browsers say `zh-CN` or `zh-SG` for Simplified Chinese and `zh-TW` or `zh-HK` for
/// Traditional; the offered codes are `zh-Hans` and `zh-Hant`. Adds the script those regions
/// imply. Cantonese (`yue`) readers read Traditional Chinese, and browsers say `fil` for
/// Filipino, which is offered as Tagalog (`tl`).
fn add_likely_script(mut id: LanguageIdentifier) -> LanguageIdentifier {
    match id.language.as_str() {
        "yue" => {
            id.language = "zh".parse().unwrap_or_else(|_| unreachable!());
            id.script = Some("Hant".parse().unwrap_or_else(|_| unreachable!()));
        }
        "fil" => id.language = "tl".parse().unwrap_or_else(|_| unreachable!()),
        _ => {}
    }
    if id.language.as_str() == "zh" && id.script.is_none() {
        let traditional = matches!(
            id.region.as_ref().map(|r| r.as_str()),
            Some("TW" | "HK" | "MO")
        );
        id.script = Some(
            if traditional { "Hant" } else { "Hans" }
                .parse()
                .unwrap_or_else(|_| unreachable!()),
        );
    }
    id
}

/// en-XA: each letter accented, words lengthened by about a third, text in brackets so
/// truncation shows. Only Fluent's text is changed: variables (server data) stay as they are.
pub fn pseudo_accented(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() * 2);
    out.push('[');
    for c in text.chars() {
        let accented = match c {
            'a' => 'å',
            'b' => 'ƀ',
            'c' => 'ç',
            'd' => 'ð',
            'e' => 'é',
            'f' => 'ƒ',
            'g' => 'ĝ',
            'h' => 'ĥ',
            'i' => 'î',
            'j' => 'ĵ',
            'k' => 'ķ',
            'l' => 'ļ',
            'm' => 'ɱ',
            'n' => 'ñ',
            'o' => 'ö',
            'p' => 'þ',
            'q' => 'ǫ',
            'r' => 'ŕ',
            's' => 'š',
            't' => 'ţ',
            'u' => 'û',
            'v' => 'ṽ',
            'w' => 'ŵ',
            'x' => 'ẋ',
            'y' => 'ý',
            'z' => 'ž',
            'A' => 'Å',
            'B' => 'Ɓ',
            'C' => 'Ç',
            'D' => 'Ð',
            'E' => 'É',
            'F' => 'Ƒ',
            'G' => 'Ĝ',
            'H' => 'Ĥ',
            'I' => 'Î',
            'J' => 'Ĵ',
            'K' => 'Ķ',
            'L' => 'Ļ',
            'M' => 'Ṁ',
            'N' => 'Ñ',
            'O' => 'Ö',
            'P' => 'Þ',
            'Q' => 'Ǫ',
            'R' => 'Ŕ',
            'S' => 'Š',
            'T' => 'Ţ',
            'U' => 'Û',
            'V' => 'Ṽ',
            'W' => 'Ŵ',
            'X' => 'Ẋ',
            'Y' => 'Ý',
            'Z' => 'Ž',
            other => other,
        };
        out.push(accented);
        // Vowels doubled: about 30 % longer, as German or French often are.
        if matches!(c, 'a' | 'e' | 'o' | 'A' | 'E' | 'O') {
            out.push(accented);
        }
    }
    out.push(']');
    out
}

/// ar-XB: the English text reversed inside a right-to-left override, so it reads mirrored in
/// a right-to-left page and any part the layout fails to mirror stands out.
pub fn pseudo_mirrored(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_owned();
    }
    format!("\u{202E}{text}\u{202C}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Vec<Language> {
        parse_languages(include_str!("../../../locales/languages.json")).unwrap()
    }

    fn langs(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn the_shipped_list_has_eighteen_languages_two_right_to_left() {
        let list = shipped();
        assert_eq!(list.len(), 18);
        let rtl: Vec<_> = list
            .iter()
            .filter(|l| l.dir == Direction::RightToLeft)
            .map(|l| l.code.as_str())
            .collect();
        assert_eq!(rtl, ["ar", "ur"]);
        assert_eq!(
            list.iter().find(|l| l.code == "fr").unwrap().name,
            "Français"
        );
    }

    #[test]
    fn offered_follows_the_config_and_drops_unknown_codes() {
        let offered = offered(&langs(&["fr", "en", "tlh"]), &shipped());
        assert_eq!(
            offered.iter().map(|l| l.code.as_str()).collect::<Vec<_>>(),
            ["fr", "en"]
        );
    }

    #[test]
    fn address_then_saved_then_browser_then_default() {
        let all = shipped();
        assert_eq!(
            negotiate(Some("ar"), Some("fr"), &langs(&["es"]), &all, "en"),
            "ar"
        );
        assert_eq!(
            negotiate(None, Some("fr"), &langs(&["es"]), &all, "en"),
            "fr"
        );
        assert_eq!(
            negotiate(None, None, &langs(&["es-MX", "en"]), &all, "en"),
            "es"
        );
        assert_eq!(negotiate(None, None, &langs(&["de-DE"]), &all, "en"), "en");
        assert_eq!(
            negotiate(Some("xx"), None, &langs(&["fr-CA"]), &all, "en"),
            "fr",
            "an unknown ?lang= is ignored"
        );
        assert_eq!(negotiate(Some("AR"), None, &[], &all, "en"), "ar");
    }

    #[test]
    fn chinese_browsers_find_simplified_chinese() {
        let all = shipped();
        assert_eq!(
            negotiate(None, None, &langs(&["zh-CN"]), &all, "en"),
            "zh-Hans"
        );
        assert_eq!(
            negotiate(None, None, &langs(&["zh"]), &all, "en"),
            "zh-Hans"
        );
        assert_eq!(
            negotiate(None, None, &langs(&["zh-TW"]), &all, "en"),
            "zh-Hant"
        );
    }

    #[test]
    fn cantonese_finds_traditional_chinese_and_filipino_finds_tagalog() {
        let list = |codes: &[&str]| -> Vec<Language> {
            codes
                .iter()
                .map(|c| Language {
                    code: (*c).into(),
                    name: (*c).into(),
                    dir: Direction::LeftToRight,
                })
                .collect()
        };
        let offered = list(&["en", "zh-Hans", "zh-Hant", "tl"]);
        for (browser, chosen) in [
            ("yue", "zh-Hant"),
            ("yue-HK", "zh-Hant"),
            ("zh-HK", "zh-Hant"),
            ("zh-MO", "zh-Hant"),
            ("zh-Hant-TW", "zh-Hant"),
            ("zh-SG", "zh-Hans"),
            ("fil", "tl"),
            ("fil-PH", "tl"),
            ("tl", "tl"),
        ] {
            assert_eq!(
                negotiate(None, None, &langs(&[browser]), &offered, "en"),
                chosen,
                "{browser}"
            );
        }
        // Without Traditional Chinese on offer, Cantonese readers get the default, not
        // Simplified Chinese.
        let no_hant = list(&["en", "zh-Hans"]);
        assert_eq!(
            negotiate(None, None, &langs(&["yue"]), &no_hant, "en"),
            "en"
        );
    }

    #[test]
    fn only_offered_languages_are_chosen() {
        let some = offered(&langs(&["en", "fr"]), &shipped());
        assert_eq!(negotiate(Some("ar"), None, &[], &some, "en"), "en");
        assert_eq!(negotiate(None, None, &langs(&["ur"]), &some, "en"), "en");
    }

    #[test]
    fn pseudo_locales_come_only_from_an_explicit_choice() {
        let all = shipped();
        assert_eq!(negotiate(Some("en-XA"), None, &[], &all, "en"), "en-XA");
        assert_eq!(negotiate(None, Some("ar-XB"), &[], &all, "en"), "ar-XB");
        assert_eq!(negotiate(None, None, &langs(&["en-XA"]), &all, "en"), "en");
    }

    #[test]
    fn pseudo_transforms_leave_no_plain_ascii_letters() {
        let out = pseudo_accented("Skip to main content");
        assert_eq!(out, "[Šķîþ ţöö ɱååîñ çööñţééñţ]");
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()));
        assert_eq!(pseudo_accented(" "), " ");
        assert_eq!(pseudo_mirrored("Call"), "\u{202E}Call\u{202C}");
    }
}
