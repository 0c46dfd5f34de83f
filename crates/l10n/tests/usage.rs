//! Every UI message id in the code exists in English, and every English message is used.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use frontdesk_core::l10n_ids::BUILT_UI_IDS;
use frontdesk_l10n::usage::{self, Use};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sources() -> Vec<(PathBuf, String)> {
    let mut roots = vec![repo().join("src")];
    for entry in std::fs::read_dir(repo().join("crates")).unwrap() {
        let src = entry.unwrap().path().join("src");
        if src.is_dir() {
            roots.push(src);
        }
    }
    usage::rust_sources(&roots).unwrap()
}

#[test]
fn every_message_the_code_uses_exists_and_every_message_is_used() {
    let english = std::fs::read_to_string(repo().join("locales/en/main.ftl")).unwrap();
    let messages = usage::message_ids(&english);
    assert!(messages.len() > 200, "read main.ftl's ids");
    let sources = sources();
    assert!(
        sources
            .iter()
            .any(|(p, _)| p.ends_with("src/pages/request/check.rs"))
    );
    let found = usage::check(&messages, &sources, BUILT_UI_IDS);
    let missing: Vec<String> = found
        .missing
        .iter()
        .map(|u| format!("{} ({}:{})", u.id, u.file.display(), u.line))
        .collect();
    assert_eq!(
        missing,
        Vec::<String>::new(),
        "used in the code, missing from en/main.ftl"
    );
    assert_eq!(
        found.unused,
        Vec::<String>::new(),
        "in en/main.ftl, used nowhere"
    );
}

fn messages(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| (*s).to_owned()).collect()
}

fn source(text: &str) -> Vec<(PathBuf, String)> {
    vec![(Path::new("src/page.rs").to_owned(), text.to_owned())]
}

#[test]
fn a_missing_message_is_named_with_its_place() {
    let found = usage::check(
        &messages(&["request-title", "request-send"]),
        &source(
            "fn f() {\n    i18n.tr(\"request-title\");\n    i18n.tr(\"request-sned\");\n    i18n.tr(\"request-send\");\n}\n",
        ),
        &[],
    );
    assert_eq!(
        found.missing,
        [Use {
            id: "request-sned".into(),
            file: "src/page.rs".into(),
            line: 3
        }]
    );
    assert!(found.unused.is_empty());
}

#[test]
fn an_unused_message_is_reported_unless_built_at_run_time() {
    let ids = messages(&[
        "request-title",
        "request-old",
        "status-word-open",
        "status-word-closed",
    ]);
    let found = usage::check(
        &ids,
        &source(r#"fn f() { tr("request-title"); format!("status-word-{}", s); }"#),
        &["status-word-"],
    );
    assert_eq!(found.unused, ["request-old"]);
    assert!(found.missing.is_empty(), "{:?}", found.missing);
    // Without the prefix declared, the built ones are unused too.
    let found = usage::check(&ids, &source(r#"tr("request-title");"#), &[]);
    assert_eq!(found.unused.len(), 3);
}

#[test]
fn attributes_tests_comments_and_other_words_are_not_messages() {
    let text = r#"
        view! { <div class="request-step" id="request-form" aria-describedby="request-hint"></div> }
        // i18n.tr("request-in-a-comment")
        let slug = "about-you"; let single = "request";
        #[cfg(test)]
        mod tests { fn t() { tr("request-only-in-tests"); } }
    "#;
    let found = usage::check(&messages(&["request-title"]), &source(text), &[]);
    assert!(found.missing.is_empty(), "{:?}", found.missing);
    assert_eq!(
        found.unused,
        ["request-title"],
        "a test's use does not count"
    );
}

#[test]
fn every_message_the_notifier_uses_exists_and_every_one_is_used() {
    let english = std::fs::read_to_string(repo().join("locales/en/notify.ftl")).unwrap();
    let messages = usage::message_ids(&english);
    assert!(messages.len() > 10, "read notify.ftl's ids");
    let sources = usage::rust_sources(&[repo().join("crates/server/src")]).unwrap();
    let found = usage::check(&messages, &sources, &[]);
    let missing: Vec<String> = found
        .missing
        .iter()
        .filter(|u| u.id.starts_with("notify-"))
        .map(|u| format!("{} ({}:{})", u.id, u.file.display(), u.line))
        .collect();
    assert_eq!(
        missing,
        Vec::<String>::new(),
        "used by the notifier, missing from en/notify.ftl"
    );
    assert_eq!(
        found.unused,
        Vec::<String>::new(),
        "in en/notify.ftl, used nowhere"
    );
}
