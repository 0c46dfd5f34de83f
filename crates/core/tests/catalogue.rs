//! The inventory model on real service lists (Boston 118, Washington DC 86 from XML,
//! Bloomington 46 and 53) and on the shipped catalogue.json with the reference server's seed.

use std::path::PathBuf;

use frontdesk_core::catalogue::*;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures/open311")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn shipped() -> Vec<TopicSpec> {
    parse(include_str!("../../../public/catalogue.json"), "en")
        .unwrap()
        .topics
}

fn seed_services() -> Vec<open311::Service> {
    let seed: serde_json::Value =
        serde_json::from_str(include_str!("../../server/seed/catalogue.json")).unwrap();
    let list: Vec<serde_json::Value> = seed["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s["metadata"] = (!s["attributes"].as_array().unwrap().is_empty()).into();
            s
        })
        .collect();
    open311::decode::services_from_value(&serde_json::Value::Array(list)).unwrap()
}

fn names(topics: &[Topic]) -> Vec<&str> {
    topics.iter().map(|t| t.name.as_str()).collect()
}

#[test]
fn the_shipped_catalogue_has_mississaugas_topics_and_claims_every_seed_group() {
    let specs = shipped();
    for name in [
        "Pay tickets and penalties",
        "Permits and licences",
        "Property concerns",
        "Trees",
        "Taxes and property",
        "Roads and sidewalks",
        "Service vehicle complaints",
        "Library",
        "Recreation",
        "Parking",
        "Noise",
        "Litter and graffiti",
        "Civic services",
        "Drainage",
    ] {
        assert!(specs.iter().any(|s| s.name == name), "no topic {name}");
    }
    let topics = merge(&specs, &seed_services());
    assert!(
        topics
            .iter()
            .all(|t| t.name_source == NameSource::Catalogue),
        "every seed group is claimed: {:?}",
        names(&topics)
    );
    let roads = topics.iter().find(|t| t.id == "roads").unwrap();
    let kinds: Vec<_> = roads
        .entries
        .iter()
        .map(|e| std::mem::discriminant(&e.channel))
        .collect();
    assert!(
        roads
            .entries
            .iter()
            .any(|e| e.id == "RD-POTHOLE" && matches!(e.channel, Channel::Request(_)))
    );
    assert!(
        roads
            .entries
            .iter()
            .any(|e| matches!(e.channel, Channel::Online { .. }))
    );
    assert!(kinds.len() >= 5);
    let total: usize = topics.iter().map(|t| t.entries.len()).sum();
    assert_eq!(
        total,
        15 + 15,
        "15 Open311 services and 15 done elsewhere, each once"
    );
}

#[test]
fn boston_118_services_unclaimed_groups_become_topics_no_topic_twice() {
    let services = open311::decode::services(&fixture("boston-2018-services.json")).unwrap();
    let topics = merge(&shipped(), &services);
    let placed: usize = topics
        .iter()
        .flat_map(|t| &t.entries)
        .filter(|e| matches!(e.channel, Channel::Request(_)))
        .count();
    assert_eq!(placed, 118);
    let backend: Vec<_> = topics
        .iter()
        .filter(|t| t.name_source == NameSource::Backend)
        .collect();
    assert_eq!(
        backend.len(),
        11,
        "Boston's 11 groups: {:?}",
        names(&topics)
    );
    let mut ids: Vec<_> = topics.iter().map(|t| t.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), topics.len(), "no topic twice");
    assert!(
        backend
            .iter()
            .any(|t| t.name == "Streets-Sidewalks" || t.name.contains("Street"))
    );
}

#[test]
fn washington_dc_86_services_from_xml() {
    let services = open311::xml::services(&fixture("washingtondc-2012-services.xml")).unwrap();
    let topics = merge(&[], &services);
    assert_eq!(topics.iter().map(|t| t.entries.len()).sum::<usize>(), 86);
    assert!(
        topics
            .iter()
            .any(|t| t.name == "Department of Transportation" && t.entries.len() == 5)
    );
    let index = SearchIndex::new(&topics, |_| None);
    let hits = index.search("pothole");
    assert!(!hits.is_empty());
    let first = &topics[hits[0].topic].entries[hits[0].entry];
    assert!(
        first.name.to_lowercase().contains("pothole"),
        "{}",
        first.name
    );
}

#[test]
fn washington_dcs_br_tags_become_paragraphs_not_markup() {
    let services = open311::xml::services(&fixture("washingtondc-2012-services.xml")).unwrap();
    let with_br: Vec<_> = services
        .iter()
        .filter_map(|s| s.description.as_deref())
        .filter(|d| d.contains("<br>"))
        .collect();
    assert!(with_br.len() > 10, "DC sends <br> in descriptions");
    let mut split = 0;
    for description in &with_br {
        let shown = frontdesk_core::text::paragraphs(description);
        assert!(!shown.is_empty(), "{description}");
        assert!(
            shown.iter().flatten().all(|line| !line.contains("<br>")),
            "{shown:?}"
        );
        split += usize::from(shown.len() >= 2);
    }
    assert!(
        split >= 10,
        "most <br><br> separate paragraphs: {split} of {}",
        with_br.len()
    );
}

#[test]
fn bloomington_46_and_53_services() {
    for (file, count) in [
        ("bloomington-2012-services.json", 46),
        ("bloomington-2018-services.derived.json", 53),
    ] {
        let services = open311::decode::services(&fixture(file)).unwrap();
        assert_eq!(services.len(), count);
        let topics = merge(&shipped(), &services);
        let requests = topics
            .iter()
            .flat_map(|t| &t.entries)
            .filter(|e| matches!(e.channel, Channel::Request(_)))
            .count();
        assert!(
            requests >= count,
            "{file}: every service placed at least once"
        );
    }
}

#[test]
fn services_without_a_group_go_under_other_services_last() {
    let services = open311::decode::services(r#"[{"service_code":"A","service_name":"Zebra crossing"},{"service_code":"B","service_name":"Apple tree","group":"Trees"}]"#).unwrap();
    let mut topics = merge(&shipped(), &services);
    sort_by(
        &mut topics,
        |t| t.name.clone(),
        |e| e.name.clone(),
        folded_order,
    );
    let last = topics.last().unwrap();
    assert_eq!(last.id, OTHER_TOPIC);
    assert_eq!(last.name, OTHER_TOPIC_MESSAGE);
    assert_eq!(last.entries[0].name, "Zebra crossing");
    let trees = topics.iter().find(|t| t.id == "trees").unwrap();
    assert!(trees.entries.iter().any(|e| e.name == "Apple tree"));
    // Sorted, accent-insensitively.
    let sorted: Vec<_> = topics.iter().map(|t| t.name.clone()).collect();
    let mut expected = sorted[..sorted.len() - 1].to_vec();
    expected.sort_by(|a, b| folded_order(a, b));
    assert_eq!(sorted[..sorted.len() - 1], expected[..]);
}

#[test]
fn search_is_accent_and_case_insensitive_by_word_prefix_ranked_name_keyword_description() {
    let topics = merge(&shipped(), &seed_services());
    let index = SearchIndex::new(&topics, |_| None);
    let top = |q: &str| {
        index
            .search(q)
            .first()
            .map(|h| topics[h.topic].entries[h.entry].id.clone())
    };
    assert_eq!(top("POTHOLE").as_deref(), Some("RD-POTHOLE"));
    assert_eq!(
        top("pôt").as_deref(),
        Some("RD-POTHOLE"),
        "accent-insensitive prefix"
    );
    assert_eq!(top("graff").as_deref(), Some("LG-GRAFFITI"));
    // A name that starts with the word comes before one that only contains it.
    assert_eq!(top("tree").as_deref(), Some("TR-TREE"));
    assert!(
        index.search("othole").is_empty(),
        "word prefixes, not substrings"
    );
    // Name before keyword before description.
    let hits = index.search("parking");
    let ids: Vec<_> = hits
        .iter()
        .map(|h| topics[h.topic].entries[h.entry].id.as_str())
        .collect();
    assert_eq!(ids[0], "PK-PARKING", "{ids:?}");
    let pos = |id: &str| ids.iter().position(|x| *x == id).unwrap();
    assert!(pos("pay-parking-ticket") < pos("PK-SIGN"), "{ids:?}");
    // Every word must match.
    assert!(index.search("pothole library").is_empty());
    // Topic names match: "drainage" finds the flooding service.
    assert_eq!(top("drainage").as_deref(), Some("DR-FLOODING"));
}

#[test]
fn search_finds_translated_names() {
    let topics = merge(&shipped(), &seed_services());
    let index = SearchIndex::new(&topics, |id| {
        (id == "svc-RD-POTHOLE").then(|| "Nid-de-poule".to_owned())
    });
    let hits = index.search("nid de poule");
    assert_eq!(
        topics[hits[0].topic].entries[hits[0].entry].id,
        "RD-POTHOLE"
    );
    let index = SearchIndex::new(&topics, |id| {
        (id == "svc-TR-TREE").then(|| "صيانة الأشجار".to_owned())
    });
    let hits = index.search("اشجار");
    assert_eq!(topics[hits[0].topic].entries[hits[0].entry].id, "TR-TREE");
}

#[test]
fn catalogue_errors_name_the_place() {
    let e = parse(
        r#"{"topics":[{"id":"a","name":"A","services":[{"id":"x","name":"X"}]}]}"#,
        "en",
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "catalogue.json: topics[0].services[0] needs exactly one of \"online\", \"phone\" or \"counter\""
    );
    let e = parse(
        r#"{"topics":[{"id":"a","name":"A"},{"id":"a","name":"B"}]}"#,
        "en",
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "catalogue.json: topics[1].id repeats the id \"a\""
    );
    let e = parse(r#"{"topics":[{"id":"a","name":"A","services":[{"id":"x","name":"X","online":{"url":"javascript:alert(1)"}}]}]}"#, "en").unwrap_err();
    assert_eq!(e.problem, Problem::BadUrl);
    assert_eq!(
        parse("{", "en").unwrap_err().problem,
        Problem::NotJson { line: 1, column: 1 }
    );
    assert_eq!(
        parse(r#"{"topics":{}}"#, "en").unwrap_err().to_string(),
        "catalogue.json: topics should be a list"
    );
    assert_eq!(
        parse(r#"{"topics":[{"name":"A"}]}"#, "en")
            .unwrap_err()
            .to_string(),
        "catalogue.json: topics[0].id is missing"
    );
}

#[test]
fn references_are_recognised() {
    for yes in [
        "1000042",
        "14-00684314",
        "A-173480",
        "4e090d24992b941e78000027",
        " 101005420892 ",
    ] {
        assert!(looks_like_reference(yes), "{yes}");
    }
    for no in [
        "pothole",
        "311",
        "tree 2",
        "pothole2",
        "",
        "graffiti-on-sign-1",
    ] {
        assert!(!looks_like_reference(no), "{no}");
    }
}

#[test]
fn catalogue_texts_may_be_translated_by_the_city() {
    let catalogue = parse(
        r#"{"topics":[{"id":"tax","name":{"en":"Taxes","fr":"Impôts"},"services":[
            {"id":"pay","name":{"en":"Pay","ar":"ادفع"},"description":"Online.","online":{"url":"https://city.example/pay"}},
            {"id":"desk","name":"Desk","counter":{"address":{"en":"City Hall","fr":"Hôtel de ville"},"hours":{"en":"9 to 5"}}}
        ]}]}"#,
        "en",
    )
    .unwrap();
    // The city's own language stays the text everything else reads.
    assert_eq!(catalogue.topics[0].name, "Taxes");
    assert_eq!(catalogue.topics[0].entries[0].name, "Pay");
    // Translations are kept under the ids services.ftl would use; a text with none is not.
    let ids: Vec<&str> = catalogue.texts.iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["link-pay", "link-desk-address", "topic-tax"]);
    let text = |id: &str| catalogue.texts.get(id).unwrap();
    assert_eq!(text("topic-tax").show("fr", "en").text, "Impôts");
    assert_eq!(text("link-pay").show("fr", "en").lang, Some("en"));
    assert!(catalogue.texts.get("link-desk").is_none());
    // An object without the city's language, or with a value that is not text, is named.
    let e = parse(r#"{"topics":[{"id":"a","name":{"fr":"A"}}]}"#, "en").unwrap_err();
    assert_eq!(
        e.to_string(),
        "catalogue.json: topics[0].name.en is missing"
    );
    let e = parse(r#"{"topics":[{"id":"a","name":{"en":"A","fr":1}}]}"#, "en").unwrap_err();
    assert_eq!(
        e.to_string(),
        "catalogue.json: topics[0].name.fr should be text, under a language code"
    );
    // A French city writes French: its objects must hold French.
    assert!(parse(r#"{"topics":[{"id":"a","name":{"fr":"A"}}]}"#, "fr").is_ok());
}
