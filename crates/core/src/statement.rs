//! The accessibility statement's facts: the standard aimed at, the last full audit, what does
//! not yet conform and what still waits for a person. One committed source,
//! `public/accessibility.json`, served as `/accessibility.json`: the statement page shows
//! it, and `make audit` checks it against the conformance report it has just written
//! (`tests/e2e/audit/statement.mjs`), so the page cannot claim what the evidence does not show.
//!
//! Whether the service conforms is not written down but follows from the lists: fully when
//! nothing is listed as not conforming or waiting for review, partially otherwise.

use serde_json::Value;

use crate::json;

/// The statement's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The WCAG version aimed at ("2.2").
    pub version: String,
    /// The level aimed at ("AA").
    pub level: String,
    /// The last full `make audit`.
    pub last_audit: Audit,
    /// Criteria the report marks "Partially Supports" or "Does Not Support", each with the
    /// Fluent id of a sentence saying, in plain words, what is wrong.
    pub not_conforming: Vec<Gap>,
    /// Criteria with automated evidence only, or none: no verdict until a person reviews them.
    pub awaiting_review: Vec<String>,
    /// Other known problems, as Fluent ids (`a11y-gap-…`), not tied to one criterion.
    pub other_gaps: Vec<String>,
}

/// The last full audit: when, of which commit, and what it covered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audit {
    /// The day it ran: year, month, day.
    pub date: (u16, u8, u8),
    /// The commit audited.
    pub commit: String,
    /// How many languages it walked.
    pub languages: u32,
    /// How many scans (page or state, language, screen) it made.
    pub scans: u32,
    /// How many of them failed.
    pub failed: u32,
}

/// A criterion that does not yet conform, and what a resident meets there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// The success criterion ("1.4.10").
    pub criterion: String,
    /// The Fluent id of the plain-words sentence (`a11y-gap-…`).
    pub message: String,
}

/// How far the service conforms, by the statement's own lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conformance {
    /// Nothing fails, nothing waits for review.
    Full,
    /// Something fails or waits for review.
    Partial,
}

impl Statement {
    /// Fully when nothing is listed as not conforming or waiting for review.
    pub fn conformance(&self) -> Conformance {
        if self.not_conforming.is_empty() && self.awaiting_review.is_empty() {
            Conformance::Full
        } else {
            Conformance::Partial
        }
    }
}

/// What is wrong with the statement file, naming the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementError {
    /// Where: `last_audit.date`, `not_conforming[0].criterion`; empty for the whole file.
    pub path: String,
    /// What is expected there.
    pub expected: &'static str,
}

impl std::fmt::Display for StatementError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "accessibility statement: {}", self.expected)
        } else {
            write!(
                f,
                "accessibility statement: {} should be {}",
                self.path, self.expected
            )
        }
    }
}

/// The prefix of every known problem's message id: the statement's file names them, so they
/// are built at run time as far as the code can see.
pub const GAP: &str = "a11y-gap-";

fn err(path: impl Into<String>, expected: &'static str) -> StatementError {
    StatementError {
        path: path.into(),
        expected,
    }
}

/// Parses the statement with `parse` (serde_json natively, the browser's `JSON.parse` in the app).
pub fn parse_with(text: &str, parse: json::Parse) -> Result<Statement, StatementError> {
    let root = parse(text).ok_or_else(|| err("", "JSON"))?;
    from_value(&root)
}

/// Natively, with serde_json.
pub fn parse(text: &str) -> Result<Statement, StatementError> {
    parse_with(text, &json::serde_parse)
}

/// Reads the statement from a JSON tree.
pub fn from_value(root: &Value) -> Result<Statement, StatementError> {
    if !root.is_object() {
        return Err(err("", "a JSON object"));
    }
    let standard = &root["standard"];
    let version = text(&standard["version"], "standard.version")?;
    if !version
        .split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(err("standard.version", "a WCAG version such as \"2.2\""));
    }
    let level = text(&standard["level"], "standard.level")?;
    if !matches!(level.as_str(), "A" | "AA" | "AAA") {
        return Err(err("standard.level", "\"A\", \"AA\" or \"AAA\""));
    }
    let audit = &root["last_audit"];
    let date = date(&audit["date"]).ok_or_else(|| err("last_audit.date", "a date, YYYY-MM-DD"))?;
    let commit = text(&audit["commit"], "last_audit.commit")?;
    if commit.len() < 7 || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(err(
            "last_audit.commit",
            "a commit id (at least 7 hex digits)",
        ));
    }
    let count = |key: &'static str, path: &'static str| {
        audit[key]
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| err(path, "a whole number"))
    };
    let last_audit = Audit {
        date,
        commit,
        languages: count("languages", "last_audit.languages")?,
        scans: count("scans", "last_audit.scans")?,
        failed: count("failed", "last_audit.failed")?,
    };
    let not_conforming = list(&root["not_conforming"], "not_conforming")?
        .iter()
        .enumerate()
        .map(|(i, gap)| {
            let criterion =
                criterion(&gap["criterion"], &format!("not_conforming[{i}].criterion"))?;
            let message = gap_id(&gap["message"], &format!("not_conforming[{i}].message"))?;
            Ok(Gap { criterion, message })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let awaiting_review = list(&root["awaiting_review"], "awaiting_review")?
        .iter()
        .enumerate()
        .map(|(i, c)| criterion(c, &format!("awaiting_review[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    let other_gaps = list(&root["other_gaps"], "other_gaps")?
        .iter()
        .enumerate()
        .map(|(i, id)| gap_id(id, &format!("other_gaps[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Statement {
        version,
        level,
        last_audit,
        not_conforming,
        awaiting_review,
        other_gaps,
    })
}

fn text(value: &Value, path: &str) -> Result<String, StatementError> {
    match value.as_str().map(str::trim) {
        Some(s) if !s.is_empty() => Ok(s.to_owned()),
        _ => Err(err(path, "text")),
    }
}

fn list<'a>(value: &'a Value, path: &str) -> Result<&'a [Value], StatementError> {
    match value {
        Value::Null => Ok(&[]),
        Value::Array(items) => Ok(items),
        _ => Err(err(path, "a list")),
    }
}

/// A WCAG success criterion's number: three dot-separated whole numbers ("2.4.11").
fn criterion(value: &Value, path: &str) -> Result<String, StatementError> {
    let number =
        text(value, path).map_err(|_| err(path, "a success criterion such as \"1.4.10\""))?;
    let parts: Vec<&str> = number.split('.').collect();
    if parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        Ok(number)
    } else {
        Err(err(path, "a success criterion such as \"1.4.10\""))
    }
}

/// A known problem's Fluent id: `a11y-gap-` and lowercase letters, digits and hyphens, so the
/// file can name only the statement's own sentences.
fn gap_id(value: &Value, path: &str) -> Result<String, StatementError> {
    let id = text(value, path).map_err(|_| err(path, "a message id starting a11y-gap-"))?;
    let rest = id.strip_prefix(GAP).unwrap_or("");
    if !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        Ok(id)
    } else {
        Err(err(path, "a message id starting a11y-gap-"))
    }
}

/// `YYYY-MM-DD`, a real day of the Gregorian calendar.
fn date(value: &Value) -> Option<(u16, u8, u8)> {
    let text = value.as_str()?;
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || y.len() != 4
        || m.len() != 2
        || d.len() != 2
        || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        return None;
    }
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../public/accessibility.json");

    fn sample() -> Value {
        serde_json::json!({
            "standard": { "version": "2.2", "level": "AA" },
            "last_audit": { "date": "2026-12-02", "commit": "999b83c", "languages": 18, "scans": 792, "failed": 0 },
            "not_conforming": [{ "criterion": "1.4.10", "message": "a11y-gap-map-reflow" }],
            "awaiting_review": ["1.1.1", "2.4.6"],
            "other_gaps": ["a11y-gap-server-text"]
        })
    }

    #[test]
    fn the_shipped_statement_reads() {
        let statement = parse(SHIPPED).expect("public/accessibility.json");
        assert_eq!(
            (statement.version.as_str(), statement.level.as_str()),
            ("2.2", "AA")
        );
    }

    #[test]
    fn reads_every_fact() {
        let statement = from_value(&sample()).unwrap();
        assert_eq!(statement.last_audit.date, (2026, 12, 2));
        assert_eq!(statement.last_audit.scans, 792);
        assert_eq!(statement.not_conforming[0].criterion, "1.4.10");
        assert_eq!(statement.not_conforming[0].message, "a11y-gap-map-reflow");
        assert_eq!(statement.awaiting_review, ["1.1.1", "2.4.6"]);
        assert_eq!(statement.other_gaps, ["a11y-gap-server-text"]);
        assert_eq!(statement.conformance(), Conformance::Partial);
    }

    #[test]
    fn conforms_fully_only_when_nothing_fails_or_waits() {
        let mut value = sample();
        value["not_conforming"] = serde_json::json!([]);
        assert_eq!(
            from_value(&value).unwrap().conformance(),
            Conformance::Partial
        );
        value["awaiting_review"] = serde_json::json!([]);
        assert_eq!(from_value(&value).unwrap().conformance(), Conformance::Full);
        // Other gaps (the city's own texts untranslated) are not a criterion's failure.
        assert_eq!(from_value(&value).unwrap().other_gaps.len(), 1);
    }

    #[test]
    fn errors_name_the_key() {
        let cases: [(&str, Value, &str); 9] = [
            (
                "standard.version",
                serde_json::json!("two"),
                "standard.version",
            ),
            (
                "standard.level",
                serde_json::json!("AAAA"),
                "standard.level",
            ),
            (
                "last_audit.date",
                serde_json::json!("2026-02-30"),
                "last_audit.date",
            ),
            (
                "last_audit.date",
                serde_json::json!("2 December 2026"),
                "last_audit.date",
            ),
            (
                "last_audit.commit",
                serde_json::json!("HEAD"),
                "last_audit.commit",
            ),
            (
                "last_audit.scans",
                serde_json::json!(-1),
                "last_audit.scans",
            ),
            (
                "awaiting_review",
                serde_json::json!(["1.1"]),
                "awaiting_review[0]",
            ),
            (
                "other_gaps",
                serde_json::json!(["catalogue-title"]),
                "other_gaps[0]",
            ),
            (
                "not_conforming",
                serde_json::json!([{ "criterion": "1.4.10", "message": "a11y-gap-<b>" }]),
                "not_conforming[0].message",
            ),
        ];
        for (key, bad, path) in cases {
            let mut value = sample();
            let mut at = &mut value;
            for part in key.split('.') {
                at = &mut at[part];
            }
            *at = bad.clone();
            let error = from_value(&value).expect_err(&format!("{key} = {bad}"));
            assert_eq!(error.path, path, "{key} = {bad}");
            assert!(error.to_string().contains(path), "{error}");
        }
        assert_eq!(
            parse("[").unwrap_err().to_string(),
            "accessibility statement: JSON"
        );
        assert_eq!(parse("[]").unwrap_err().path, "");
    }

    #[test]
    fn dates_are_real_days() {
        assert_eq!(date(&serde_json::json!("2024-02-29")), Some((2024, 2, 29)));
        assert_eq!(date(&serde_json::json!("2100-02-29")), None);
        assert_eq!(date(&serde_json::json!("2026-13-01")), None);
        assert_eq!(date(&serde_json::json!("2026-1-01")), None);
        assert_eq!(date(&serde_json::json!("2026-+1-+2")), None);
    }
}
