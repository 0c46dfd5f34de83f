//! The shipped locales are complete and correct, and languages.json lists exactly them.

use std::path::PathBuf;

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

#[test]
fn every_shipped_locale_is_complete_with_no_errors() {
    let report = frontdesk_l10n::check(&locales(), "en").unwrap();
    let errors: Vec<String> = report
        .problems
        .iter()
        .filter(|p| p.severity == frontdesk_l10n::Severity::Error)
        .map(|p| p.to_string())
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    for row in &report.table {
        assert_eq!(row.percent(), 100, "{} is incomplete", row.locale);
    }
    assert!(report.table.len() >= 6);
}

#[test]
fn languages_json_lists_every_locale_folder_with_its_direction() {
    let list: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(locales().join("languages.json")).unwrap())
            .unwrap();
    let list = list.as_array().unwrap();
    let mut folders: Vec<String> = std::fs::read_dir(locales())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    folders.sort();
    let mut codes: Vec<String> = list
        .iter()
        .map(|l| l["code"].as_str().unwrap().to_owned())
        .collect();
    codes.sort();
    assert_eq!(codes, folders);
    for language in list {
        assert!(!language["name"].as_str().unwrap().is_empty());
        let rtl = matches!(language["code"].as_str(), Some("ar" | "ur"));
        assert_eq!(
            language["dir"],
            if rtl { "rtl" } else { "ltr" },
            "{language}"
        );
    }
}
