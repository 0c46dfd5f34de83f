use super::*;

fn tree(files: &[(&str, &str)]) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let root = std::env::temp_dir().join(format!(
        "frontdesk-l10n-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root
}

const EN: &str = "hello = Hello, { $name }!\nbye = Goodbye\nresults = { $count ->\n    [one] One result\n   *[other] { $count } results\n}\nsymbol = { $page } – { $city }\n";

fn lines(report: &Report) -> Vec<String> {
    report.problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn a_complete_translation_has_no_problems() {
    let fr = "hello = Bonjour, { $name } !\nbye = Au revoir\nresults = { $count ->\n    [one] Un résultat\n   *[other] { $count } résultats\n}\nsymbol = { $page } – { $city }\n";
    let root = tree(&[("en/main.ftl", EN), ("fr/main.ftl", fr)]);
    let report = check(&root, "en").unwrap();
    assert_eq!(lines(&report), Vec::<String>::new());
    assert_eq!(
        report.table[1],
        Completeness {
            locale: "fr".into(),
            expected: 4,
            present: 4,
            errors: 0,
            warnings: 0
        }
    );
}

#[test]
fn every_kind_of_problem_is_reported_with_its_place() {
    let es = "hello = Hola, { $nombre }!\nresults = { $count ->\n   *[other] { $count } resultados\n}\nbye = Goodbye\nold = Viejo\nbroken = { $x\n";
    let root = tree(&[("en/main.ftl", EN), ("es/main.ftl", es)]);
    let report = check(&root, "en").unwrap();
    let out = lines(&report);
    let path = root.join("es/main.ftl").display().to_string();
    let has = |text: &str| out.iter().any(|l| l == &format!("{path}{text}"));
    assert!(
        has(":1:1: error: hello does not use the variable $name"),
        "{out:#?}"
    );
    assert!(
        has(":1:1: error: hello uses $nombre, which en does not give"),
        "{out:#?}"
    );
    assert!(
        has(":2:1: error: results: the plural of $count lacks one (es needs one, other)"),
        "{out:#?}"
    );
    assert!(
        has(":5:1: warning: bye is the same as in en: is it translated?"),
        "{out:#?}"
    );
    assert!(
        has(":6:1: error: obsolete message old: en has no such message; delete it"),
        "{out:#?}"
    );
    assert!(has(": error: missing message symbol"), "{out:#?}");
    assert!(
        out.iter()
            .any(|l| l.starts_with(&format!("{path}:7:")) && l.contains("syntax error")),
        "{out:#?}"
    );
    assert_eq!(report.table[1].present, 3);
    assert!(report.errors() >= 6);
}

#[test]
fn arabic_needs_six_plural_forms_chinese_one() {
    assert_eq!(
        plural_categories("ar").unwrap(),
        ["few", "many", "one", "other", "two", "zero"]
            .into_iter()
            .collect()
    );
    assert_eq!(
        plural_categories("zh-Hans").unwrap(),
        ["other"].into_iter().collect()
    );
    assert_eq!(
        plural_categories("ur").unwrap(),
        ["one", "other"].into_iter().collect()
    );
    let ar = "hello = مرحبا { $name }\nbye = وداعا\nresults = { $count ->\n    [one] نتيجة واحدة\n   *[other] { $count } نتائج\n}\nsymbol = { $page } – { $city }\n";
    let zh = "hello = 你好，{ $name }！\nbye = 再见\nresults = 共 { $count } 个结果\nsymbol = { $page } – { $city }\n";
    let root = tree(&[
        ("en/main.ftl", EN),
        ("ar/main.ftl", ar),
        ("zh-Hans/main.ftl", zh),
    ]);
    let out = lines(&check(&root, "en").unwrap());
    assert_eq!(out.len(), 1, "{out:#?}");
    assert!(out[0].ends_with("results: the plural of $count lacks few, many, two, zero (ar needs few, many, one, other, two, zero)"));
}

#[test]
fn a_missing_file_and_a_duplicate_are_errors() {
    let root = tree(&[
        ("en/main.ftl", EN),
        ("en/services.ftl", "svc-a = A\n"),
        (
            "fr/main.ftl",
            "hello = Salut { $name }\nhello = Encore { $name }\n",
        ),
    ]);
    let out = lines(&check(&root, "en").unwrap());
    assert!(
        out.iter()
            .any(|l| l.contains("fr/services.ftl: error: file missing")),
        "{out:#?}"
    );
    assert!(
        out.iter()
            .any(|l| l.contains("fr/main.ftl:2:1: error: hello is defined twice")),
        "{out:#?}"
    );
}

#[test]
fn a_services_file_english_lacks_is_checked_for_syntax() {
    let root = tree(&[
        ("en/main.ftl", "a = A\n"),
        ("fr/main.ftl", "a = Ah\n"),
        ("fr/services.ftl", "svc-1 = Nid\nsvc-2 = { oops\n"),
    ]);
    let out = lines(&check(&root, "en").unwrap());
    assert_eq!(out.len(), 1, "{out:#?}");
    assert!(
        out[0].contains("fr/services.ftl:2:1: error: syntax error"),
        "{out:#?}"
    );
}

const CATALOGUE: &str = r#"{"topics": [
  {"id": "roads", "name": "Roads and sidewalks", "groups": ["Roads"], "services": [
    {"id": "road-closures", "name": "Road closures", "description": "See where roads are closed.",
     "online": {"url": "https://example.org/closures"}},
    {"id": "snow clearing", "name": "Snow {clearing}", "phone": {}}
  ]},
  {"id": "pay", "name": "Pay tickets", "services": []}
]}"#;

fn service(code: &str, group: &str, notice: Option<&str>) -> open311::Service {
    open311::Service {
        service_code: code.into(),
        service_name: format!("{code} name"),
        description: None,
        metadata: false,
        service_type: open311::ServiceType::Realtime,
        keywords: Vec::new(),
        groups: vec![group.into()],
        service_notice: notice.map(Into::into),
    }
}

#[test]
fn the_catalogue_gives_topic_and_link_ids() {
    assert_eq!(
        ids::catalogue_ids(CATALOGUE, "en").unwrap(),
        "topic-roads = Roads and sidewalks\n\
         link-road-closures = Road closures\n\
         link-road-closures-desc = See where roads are closed.\n\
         link-x736e6f7720636c656172696e67 = Snow {\"{\"}clearing{\"}\"}\n\
         \n\
         topic-pay = Pay tickets\n"
    );
    assert!(ids::catalogue_ids("{\"topics\": 3}", "en").is_err());
}

#[test]
fn a_service_notice_has_its_own_id_and_groups_are_split_by_claim() {
    let services = [
        service("RD-1", "Roads", Some("Inspected within\n24 hours.")),
        service("A/B", "Trees", Some("  ")),
    ];
    let specs = frontdesk_core::catalogue::parse(CATALOGUE, "en")
        .unwrap()
        .topics;
    let listed: Vec<_> = services.iter().map(|s| (s.clone(), None)).collect();
    let out = ids::document(&listed, &specs);
    assert!(
        out.contains("\nsvc-RD-1 = RD-1 name\nsvc-RD-1-notice = Inspected within 24 hours.\n"),
        "{out}"
    );
    assert!(out.contains("\nsvc-x412f42 = A/B name\n"), "{out}");
    assert!(!out.contains("svc-x412f42-notice"), "{out}");
    assert!(out.contains("\ntopic-Trees = Trees\n"), "{out}");
    assert!(out.contains("\ntopic-Roads = Roads\n"), "{out}");
    assert_eq!(
        ids::group_lines(&specs, &services),
        (
            "topic-Trees = Trees\n".into(),
            "topic-Roads = Roads\n".into()
        )
    );
    // The output is one valid .ftl with every id once.
    let names = message_ids(&out);
    let unique: BTreeSet<&String> = names.iter().collect();
    assert_eq!(names.len(), unique.len(), "{out}");
    assert!(fluent_syntax::parser::parse(out.as_str()).is_ok(), "{out}");
}

#[test]
fn one_file_checked_without_files_says_what_the_folder_check_says() {
    // `check_pair` (what `make fuzz` drives) and `check` report the same problems.
    let pl = "hello = Cześć, { $nme }!\nresults = { $count ->\n   *[other] { $count } wyników\n}\nextra = Nie ma\nbad = {\n";
    let root = tree(&[("en/main.ftl", EN), ("pl/main.ftl", pl)]);
    let prefix = format!("{}/", root.display());
    let from_folder: Vec<String> = lines(&check(&root, "en").unwrap())
        .iter()
        .map(|l| l.replace(&prefix, ""))
        .collect();
    let from_texts: Vec<String> = check_pair("pl", EN, pl)
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert!(!from_texts.is_empty());
    assert_eq!(from_texts, from_folder);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_plural_category_the_language_never_uses_is_a_warning_at_its_line() {
    // Chinese has only [other]; Urdu has [one] and [other], never [few].
    let zh = "hello = 你好，{ $name }！\nbye = 再见\nresults = { $count ->\n    [one] 一个结果\n   *[other] 共 { $count } 个结果\n}\nsymbol = { $page } – { $city }\n";
    let ur = "hello = سلام { $name }\nbye = خدا حافظ\nresults = { $count ->\n    [one] ایک نتیجہ\n    [few] چند نتائج\n   *[other] { $count } نتائج\n}\nsymbol = { $page } – { $city }\n";
    let root = tree(&[
        ("en/main.ftl", EN),
        ("zh-Hans/main.ftl", zh),
        ("ur/main.ftl", ur),
    ]);
    let report = check(&root, "en").unwrap();
    let out = lines(&report);
    let zh_path = root.join("zh-Hans/main.ftl").display().to_string();
    let ur_path = root.join("ur/main.ftl").display().to_string();
    let version = cldr_version();
    assert!(
        out.contains(&format!("{zh_path}:4:1: warning: results: the plural of $count has [one], which zh-Hans never uses (CLDR {version}: zh-Hans uses other); it can go")),
        "{out:#?}"
    );
    assert!(
        out.contains(&format!("{ur_path}:5:1: warning: results: the plural of $count has [few], which ur never uses (CLDR {version}: ur uses one, other); it can go")),
        "{out:#?}"
    );
    assert_eq!(report.errors(), 0, "{out:#?}");
    assert_eq!(out.len(), 2, "{out:#?}");
}

#[test]
fn a_language_cldr_has_no_plural_rules_for_is_said_not_skipped() {
    assert_eq!(plural_categories("hmn"), None);
    let hmn = "hello = Nyob zoo { $name }\nbye = Sib ntsib dua\nresults = { $count ->\n   *[other] { $count } yam\n}\nsymbol = { $page } – { $city }\n";
    let root = tree(&[("en/main.ftl", EN), ("hmn/main.ftl", hmn)]);
    let report = check(&root, "en").unwrap();
    let out = lines(&report);
    assert_eq!(
        out,
        vec![format!(
            "{}: warning: CLDR {} has no plural rules for hmn: its plurals are not checked (each keeps its *[other])",
            root.join("hmn").display(),
            cldr_version()
        )]
    );
    assert_eq!(report.table[1].warnings, 1);
    assert!(cldr_version() >= 37);
}

#[test]
fn whether_each_language_is_reviewed_comes_from_languages_json() {
    let languages = r#"[{"code": "en", "name": "English", "dir": "ltr"},
        {"code": "fr", "name": "Français", "dir": "ltr", "reviewed": true},
        {"code": "ar", "name": "العربية", "dir": "rtl", "reviewed": false}]"#;
    let root = tree(&[("en/main.ftl", EN), ("languages.json", languages)]);
    let report = check(&root, "en").unwrap();
    assert_eq!(
        report.reviewed,
        [
            ("en".to_owned(), false),
            ("fr".to_owned(), true),
            ("ar".to_owned(), false)
        ]
        .into_iter()
        .collect()
    );
    assert!(reviewed(&root.join("nowhere")).is_empty());
}

#[test]
fn a_text_translated_by_both_catalogue_json_and_services_ftl_is_noted_for_the_translator() {
    let root = std::env::temp_dir().join(format!("l10n-city-{}", std::process::id()));
    std::fs::create_dir_all(root.join("fr")).unwrap();
    std::fs::write(
        root.join("fr/services.ftl"),
        "# services\n\ntopic-tax = Impôts locaux\nlink-pay = Payer\n",
    )
    .unwrap();
    let catalogue = frontdesk_core::catalogue::parse(
        r#"{"topics":[{"id":"tax","name":{"en":"Taxes","fr":"Impôts","ar":"الضرائب"},"services":[
            {"id":"pay","name":"Pay","online":{"url":"https://city.example/pay"}}]}]}"#,
        "en",
    )
    .unwrap();
    let notes = crate::city::overlaps(&root, &catalogue.texts);
    // link-pay is a plain string in catalogue.json: nothing to note; ar has no services.ftl.
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].line, 3);
    assert_eq!(
        notes[0].to_string(),
        format!(
            "{}:3: note: topic-tax is translated here and in catalogue.json's \"fr\": the app shows this one (translators' files win)",
            root.join("fr/services.ftl").display()
        )
    );
    std::fs::remove_dir_all(&root).unwrap();
}
