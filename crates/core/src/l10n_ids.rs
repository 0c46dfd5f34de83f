//! Fluent message ids for the back end's text, derived from its codes by one documented rule
//! (locales/README.md), since codes like `001`, `A/B 7` or Mongo ids are not valid Fluent ids:
//! a code matching `[A-Za-z0-9_-]+` is used as it is; any other is written as `x` followed by
//! the lower-case hex of its UTF-8 bytes. Then `svc-{code}`, `svc-{code}-desc`,
//! `svc-{code}-q-{attr}`, `svc-{code}-q-{attr}-{key}`, `topic-{group}`, `status-{status}`.

/// The UI messages (main.ftl) whose ids the app builds at run time, by prefix: a message
/// starting with one of these counts as used, and an id the code builds from one is not
/// checked against main.ftl literally. `frontdesk-l10n`'s usage check reads this list.
pub const BUILT_UI_IDS: &[&str] = &[STATUS_WORD, crate::statement::GAP];

/// The prefix of the UI message naming a known status (`status-word-in_progress`).
pub const STATUS_WORD: &str = "status-word-";

/// The code as a Fluent-safe id part.
///
/// ```
/// use frontdesk_core::l10n_ids::part;
/// assert_eq!(part("RD-POTHOLE"), "RD-POTHOLE");
/// assert_eq!(part("A/B 7"), "x412f422037");
/// ```
pub fn part(code: &str) -> String {
    let plain = !code.is_empty()
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if plain {
        code.to_owned()
    } else {
        format!(
            "x{}",
            code.bytes().map(|b| format!("{b:02x}")).collect::<String>()
        )
    }
}

/// A service's name.
pub fn service(code: &str) -> String {
    format!("svc-{}", part(code))
}

/// A service's description.
pub fn service_description(code: &str) -> String {
    format!("svc-{}-desc", part(code))
}

/// A question (attribute) of a service.
pub fn question(code: &str, attribute: &str) -> String {
    format!("svc-{}-q-{}", part(code), part(attribute))
}

/// An option (value key) of a question.
pub fn option(code: &str, attribute: &str, key: &str) -> String {
    format!("svc-{}-q-{}-{}", part(code), part(attribute), part(key))
}

/// A topic (Open311 group).
pub fn topic(group: &str) -> String {
    format!("topic-{}", part(group))
}

/// A status word.
pub fn status(status: &str) -> String {
    format!("status-{}", part(status))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_that_are_not_fluent_ids_are_hex_encoded() {
        assert_eq!(service("001"), "svc-001");
        assert_eq!(
            service("4e090d24992b941e78000027"),
            "svc-4e090d24992b941e78000027"
        );
        assert_eq!(question("A/B 7", "WHERE"), "svc-x412f422037-q-WHERE");
        assert_eq!(
            option("S0301", "WHISPOLO", "STREE001"),
            "svc-S0301-q-WHISPOLO-STREE001"
        );
        assert_eq!(
            topic("Roads and sidewalks"),
            "topic-x526f61647320616e64207369646577616c6b73"
        );
        assert_eq!(topic("Streets-Sidewalks"), "topic-Streets-Sidewalks");
        assert_eq!(status("in_progress"), "status-in_progress");
        assert_eq!(part("é"), "xc3a9");
        assert_eq!(part(""), "x");
        assert_eq!(service_description("RD-POTHOLE"), "svc-RD-POTHOLE-desc");
    }
}
