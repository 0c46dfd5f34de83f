//! The service inventory: the city's topics from `catalogue.json` merged with the Open311
//! service list, and search over it.
//!
//! A topic names the Open311 `group`s it claims; an Open311 group that no topic claims becomes
//! a topic of its own, named by the group text; a service with no group goes under "other
//! services". No topic appears twice. Besides Open311 request forms, a topic lists services
//! done elsewhere: online (a link that leaves the site), by phone, or at a counter.

use open311::Service;
use serde_json::Value;

use crate::city_text::{CityText, Fault, key_below};
use crate::json;
use crate::l10n_ids;
use crate::text::{fold, search_words, words};

/// How a resident gets a service done.
#[derive(Debug, Clone, PartialEq)]
pub enum Channel {
    /// An Open311 request form in this app.
    Request(Service),
    /// Another city system online; the link leaves this site.
    Online { url: String },
    /// By phone; `None` means the city's help line from the settings.
    Phone {
        number: Option<String>,
        hours: Option<String>,
    },
    /// In person.
    Counter {
        address: String,
        hours: Option<String>,
    },
}

/// One service in the inventory.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The Open311 service code, or the catalogue's id.
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub keywords: Vec<String>,
    pub channel: Channel,
}

impl Entry {
    /// The Fluent id that may translate the name (`svc-{code}` or `link-{id}`).
    pub fn name_id(&self) -> String {
        match self.channel {
            Channel::Request(_) => l10n_ids::service(&self.id),
            _ => format!("link-{}", l10n_ids::part(&self.id)),
        }
    }
}

/// Where a topic's name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameSource {
    /// catalogue.json, in the city's default language.
    Catalogue,
    /// An Open311 group's text, in the back end's language.
    Backend,
    /// The app's own "Other services" (a UI message).
    Interface,
}

/// A topic and its services.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: String,
    /// The name as given (for `NameSource::Interface`, the Fluent id of the UI message).
    pub name: String,
    pub name_source: NameSource,
    pub keywords: Vec<String>,
    pub entries: Vec<Entry>,
}

impl Topic {
    /// The Fluent id that may translate the name: `topic-{group}` for a topic made from an
    /// Open311 group (the documented rule), `topic-{id}` for the catalogue's own topics.
    pub fn name_id(&self) -> String {
        match self.name_source {
            NameSource::Backend => l10n_ids::topic(&self.name),
            _ => l10n_ids::topic(&self.id),
        }
    }
}

/// A topic as catalogue.json describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicSpec {
    pub id: String,
    pub name: String,
    pub groups: Vec<String>,
    pub keywords: Vec<String>,
    pub entries: Vec<Entry>,
}

/// What is wrong in catalogue.json: where (a JSON path such as `topics[2].services[0].url`)
/// and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    pub path: String,
    pub problem: Problem,
}

/// The kinds of problem in catalogue.json.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NotJson {
        line: usize,
        column: usize,
    },
    Missing,
    WrongType(&'static str),
    Duplicate(String),
    /// A service must say exactly one of online, phone or counter.
    NoChannel,
    /// A link must be an absolute https (or http) URL.
    BadUrl,
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.problem {
            Problem::NotJson { line, column } => write!(
                f,
                "catalogue.json is not valid JSON (line {line}, column {column})"
            ),
            Problem::Missing => write!(f, "catalogue.json: {} is missing", self.path),
            Problem::WrongType(expected) => {
                write!(f, "catalogue.json: {} should be {expected}", self.path)
            }
            Problem::Duplicate(id) => {
                write!(f, "catalogue.json: {} repeats the id \"{id}\"", self.path)
            }
            Problem::NoChannel => write!(
                f,
                "catalogue.json: {} needs exactly one of \"online\", \"phone\" or \"counter\"",
                self.path
            ),
            Problem::BadUrl => write!(f, "catalogue.json: {} is not an http(s) address", self.path),
        }
    }
}

fn err(path: impl Into<String>, problem: Problem) -> CatalogueError {
    CatalogueError {
        path: path.into(),
        problem,
    }
}

fn string(value: &Value, path: &str) -> Result<String, CatalogueError> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
        Value::Null | Value::String(_) => Err(err(path, Problem::Missing)),
        _ => Err(err(path, Problem::WrongType("text"))),
    }
}

fn optional_string(value: &Value, path: &str) -> Result<Option<String>, CatalogueError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        other => string(other, path).map(Some),
    }
}

/// The translations the city wrote into catalogue.json (`city_text.rs`), by the Fluent id
/// that `services.ftl` would translate the same text with (`topic-roads`, `link-{id}`,
/// `link-{id}-desc`, `link-{id}-hours`, `link-{id}-address`).
/// A list, not a map: a few entries, and every generic map costs the app's first download.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CityTexts(Vec<(String, CityText)>);

impl CityTexts {
    /// The city's text under `id`, if it gave translations for it.
    pub fn get(&self, id: &str) -> Option<&CityText> {
        self.0
            .iter()
            .find(|(key, _)| key == id)
            .map(|(_, text)| text)
    }

    /// Each id with its text, in the order catalogue.json has them.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &CityText)> {
        self.0.iter().map(|(id, text)| (id.as_str(), text))
    }

    fn insert(&mut self, id: String, text: CityText) {
        self.0.retain(|(key, _)| *key != id);
        self.0.push((id, text));
    }
}

/// A parsed catalogue.json: its topics in the city's language, and the city's own translations.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalogue {
    pub topics: Vec<TopicSpec>,
    pub texts: CityTexts,
}

/// Reads a city text: a string or an object of language to text holding `city_language`.
/// Keeps its translations under `id`; returns the city's own text.
struct Reader<'a> {
    city_language: &'a str,
    texts: CityTexts,
}

impl Reader<'_> {
    fn optional(
        &mut self,
        value: &Value,
        path: &str,
        id: String,
    ) -> Result<Option<String>, CatalogueError> {
        if let Value::String(_) | Value::Null = value {
            return optional_string(value, path);
        }
        match CityText::from_value(value, self.city_language) {
            Ok(Some(text)) => {
                let city = text.city().to_owned();
                if text.languages().next().is_some() {
                    self.texts.insert(id, text);
                }
                Ok(Some(city))
            }
            Ok(None) => Ok(None),
            Err(Fault::Missing(sub)) => Err(err(key_below(path, &sub), Problem::Missing)),
            Err(Fault::Invalid(sub)) if sub.is_empty() => {
                Err(err(path, Problem::WrongType("text")))
            }
            Err(Fault::Invalid(sub)) => Err(err(
                key_below(path, &sub),
                Problem::WrongType("text, under a language code"),
            )),
        }
    }

    fn required(
        &mut self,
        value: &Value,
        path: &str,
        id: String,
    ) -> Result<String, CatalogueError> {
        self.optional(value, path, id)?
            .ok_or_else(|| err(path, Problem::Missing))
    }
}

fn strings(value: &Value, path: &str) -> Result<Vec<String>, CatalogueError> {
    match value {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| string(v, &format!("{path}[{i}]")))
            .collect(),
        _ => Err(err(path, Problem::WrongType("a list of text"))),
    }
}

/// Parses and validates catalogue.json, whose texts are in `city_language` (config.json's
/// `default_language`) unless an object gives them in several.
pub fn parse(text: &str, city_language: &str) -> Result<Catalogue, CatalogueError> {
    parse_with(text, &json::serde_parse, city_language)
}

/// [`parse`] with another JSON parser (the browser's, in the app); a syntax error is placed by
/// [`json::syntax_error_at`].
pub fn parse_with(
    text: &str,
    parse: json::Parse,
    city_language: &str,
) -> Result<Catalogue, CatalogueError> {
    let mut reader = Reader {
        city_language,
        texts: CityTexts::default(),
    };
    let root = parse(text).ok_or_else(|| {
        let (line, column) = json::syntax_error_at(text).unwrap_or((1, 1));
        err("", Problem::NotJson { line, column })
    })?;
    let Some(topics) = root.get("topics") else {
        return Err(err("topics", Problem::Missing));
    };
    let Value::Array(topics) = topics else {
        return Err(err("topics", Problem::WrongType("a list")));
    };
    let mut specs = Vec::new();
    let mut topic_ids = Vec::new();
    let mut service_ids: Vec<String> = Vec::new();
    for (t, topic) in topics.iter().enumerate() {
        let at = format!("topics[{t}]");
        if !topic.is_object() {
            return Err(err(at, Problem::WrongType("an object")));
        }
        let id = string(&topic["id"], &format!("{at}.id"))?;
        if topic_ids.contains(&id) {
            return Err(err(format!("{at}.id"), Problem::Duplicate(id)));
        }
        topic_ids.push(id.clone());
        let mut entries = Vec::new();
        let services = match &topic["services"] {
            Value::Null => Vec::new(),
            Value::Array(items) => items.clone(),
            _ => return Err(err(format!("{at}.services"), Problem::WrongType("a list"))),
        };
        for (s, service) in services.iter().enumerate() {
            let at = format!("{at}.services[{s}]");
            let sid = string(&service["id"], &format!("{at}.id"))?;
            if service_ids.contains(&sid) {
                return Err(err(format!("{at}.id"), Problem::Duplicate(sid)));
            }
            service_ids.push(sid.clone());
            let link = format!("link-{}", l10n_ids::part(&sid));
            let channels = ["online", "phone", "counter"]
                .iter()
                .filter(|k| !service[**k].is_null())
                .count();
            if channels != 1 {
                return Err(err(at, Problem::NoChannel));
            }
            let channel = if !service["online"].is_null() {
                let url = string(&service["online"]["url"], &format!("{at}.online.url"))?;
                if !(url.starts_with("https://") || url.starts_with("http://"))
                    || url.contains(char::is_whitespace)
                {
                    return Err(err(format!("{at}.online.url"), Problem::BadUrl));
                }
                Channel::Online { url }
            } else if !service["phone"].is_null() {
                Channel::Phone {
                    number: optional_string(
                        &service["phone"]["number"],
                        &format!("{at}.phone.number"),
                    )?,
                    hours: reader.optional(
                        &service["phone"]["hours"],
                        &format!("{at}.phone.hours"),
                        format!("{link}-hours"),
                    )?,
                }
            } else {
                Channel::Counter {
                    address: reader.required(
                        &service["counter"]["address"],
                        &format!("{at}.counter.address"),
                        format!("{link}-address"),
                    )?,
                    hours: reader.optional(
                        &service["counter"]["hours"],
                        &format!("{at}.counter.hours"),
                        format!("{link}-hours"),
                    )?,
                }
            };
            entries.push(Entry {
                id: sid,
                name: reader.required(&service["name"], &format!("{at}.name"), link.clone())?,
                description: reader.optional(
                    &service["description"],
                    &format!("{at}.description"),
                    format!("{link}-desc"),
                )?,
                keywords: strings(&service["keywords"], &format!("{at}.keywords"))?,
                channel,
            });
        }
        specs.push(TopicSpec {
            name: reader.required(&topic["name"], &format!("{at}.name"), l10n_ids::topic(&id))?,
            groups: strings(&topic["groups"], &format!("{at}.groups"))?,
            keywords: strings(&topic["keywords"], &format!("{at}.keywords"))?,
            id,
            entries,
        });
    }
    Ok(Catalogue {
        topics: specs,
        texts: reader.texts,
    })
}

/// The id of the topic for services with no group.
pub const OTHER_TOPIC: &str = "other";
/// The UI message naming that topic.
pub const OTHER_TOPIC_MESSAGE: &str = "catalogue-other-services";

/// Merges the catalogue's topics with the Open311 services.
pub fn merge(specs: &[TopicSpec], services: &[Service]) -> Vec<Topic> {
    let mut topics: Vec<Topic> = specs
        .iter()
        .map(|s| Topic {
            id: s.id.clone(),
            name: s.name.clone(),
            name_source: NameSource::Catalogue,
            keywords: s.keywords.clone(),
            entries: Vec::new(),
        })
        .collect();
    let claims = |group: &str| -> Option<usize> {
        let group = fold(group.trim());
        specs
            .iter()
            .position(|s| s.groups.iter().any(|g| fold(g) == group) || fold(&s.name) == group)
    };
    let mut other = Vec::new();
    for service in services {
        let entry = Entry {
            id: service.service_code.clone(),
            name: service.service_name.clone(),
            description: service.description.clone(),
            keywords: service.keywords.clone(),
            channel: Channel::Request(service.clone()),
        };
        if service.groups.is_empty() {
            other.push(entry);
            continue;
        }
        let mut placed: Vec<usize> = Vec::new();
        for group in &service.groups {
            let index = match claims(group) {
                Some(index) => index,
                None => {
                    // A group no topic claims becomes a topic, once.
                    let folded = fold(group.trim());
                    match topics.iter().position(|t| {
                        t.name_source == NameSource::Backend && fold(&t.name) == folded
                    }) {
                        Some(index) => index,
                        None => {
                            topics.push(Topic {
                                id: format!("group-{}", l10n_ids::part(group.trim())),
                                name: group.trim().to_owned(),
                                name_source: NameSource::Backend,
                                keywords: Vec::new(),
                                entries: Vec::new(),
                            });
                            topics.len() - 1
                        }
                    }
                }
            };
            if !placed.contains(&index) {
                topics[index].entries.push(entry.clone());
                placed.push(index);
            }
        }
    }
    for (topic, spec) in topics.iter_mut().zip(specs) {
        topic.entries.extend(spec.entries.iter().cloned());
    }
    if !other.is_empty() {
        topics.push(Topic {
            id: OTHER_TOPIC.into(),
            name: OTHER_TOPIC_MESSAGE.into(),
            name_source: NameSource::Interface,
            keywords: Vec::new(),
            entries: other,
        });
    }
    topics.retain(|t| !t.entries.is_empty());
    topics
}

/// Sorts each topic's entries, and the topics, with `compare` (the browser's `Intl.Collator`
/// for the active language in the app; [`folded_order`] here).
pub fn sort_by(
    topics: &mut [Topic],
    name_of_topic: impl Fn(&Topic) -> String,
    name_of_entry: impl Fn(&Entry) -> String,
    compare: impl Fn(&str, &str) -> std::cmp::Ordering,
) {
    for topic in topics.iter_mut() {
        topic
            .entries
            .sort_by(|a, b| compare(&name_of_entry(a), &name_of_entry(b)));
    }
    // "Other services" stays last, where residents look for leftovers.
    topics.sort_by(|a, b| {
        (a.id == OTHER_TOPIC)
            .cmp(&(b.id == OTHER_TOPIC))
            .then_with(|| compare(&name_of_topic(a), &name_of_topic(b)))
    });
}

/// A fallback collation: folded text, then the original.
pub fn folded_order(a: &str, b: &str) -> std::cmp::Ordering {
    fold(a).cmp(&fold(b)).then_with(|| a.cmp(b))
}

/// Field weights: a match in the name ranks before a keyword, before the topic, before the
/// description.
const NAME: u32 = 8;
const KEYWORD: u32 = 4;
const TOPIC: u32 = 2;
const DESCRIPTION: u32 = 1;

/// A bonus for a name that begins with the query's first word ("tree" ranks "Tree
/// maintenance" before "Permit to remove a tree"): less than the gap between two fields.
const NAME_START: u32 = 2;

struct Document {
    id: String,
    topic: usize,
    entry: usize,
    fields: Vec<(u32, Vec<String>)>,
    /// The first word of each of the entry's names (its own and its translation).
    name_starts: Vec<String>,
}

/// A search index over the inventory, built once per language.
pub struct SearchIndex {
    documents: Vec<Document>,
}

/// A search result: which entry of which topic, and how well it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub topic: usize,
    pub entry: usize,
    pub score: u32,
}

impl SearchIndex {
    /// Indexes `topics`. `translate` gives the active language's text for a Fluent id, if any,
    /// so translated names are searchable too.
    pub fn new(topics: &[Topic], translate: impl Fn(&str) -> Option<String>) -> SearchIndex {
        let mut documents = Vec::new();
        for (t, topic) in topics.iter().enumerate() {
            let mut topic_words = search_words(&topic.name);
            topic_words.extend(topic.keywords.iter().flat_map(|k| search_words(k)));
            if let Some(name) = translate(&topic.name_id()) {
                topic_words.extend(search_words(&name));
            }
            for (e, entry) in topics[t].entries.iter().enumerate() {
                let mut name = search_words(&entry.name);
                let mut name_starts: Vec<String> = words(&entry.name).into_iter().take(1).collect();
                if let Some(translated) = translate(&entry.name_id()) {
                    name.extend(search_words(&translated));
                    name_starts.extend(words(&translated).into_iter().take(1));
                }
                let keywords = entry
                    .keywords
                    .iter()
                    .flat_map(|k| search_words(k))
                    .collect();
                let description = entry.description.as_deref().map(words).unwrap_or_default();
                documents.push(Document {
                    id: entry.id.clone(),
                    topic: t,
                    entry: e,
                    fields: vec![
                        (NAME, name),
                        (KEYWORD, keywords),
                        (TOPIC, topic_words.clone()),
                        (DESCRIPTION, description),
                    ],
                    name_starts,
                });
            }
        }
        SearchIndex { documents }
    }

    /// Entries where every word of `query` starts a word of the entry (`pot` finds
    /// "Pothole"), best first: by where the words matched, then in index order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let terms = words(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .documents
            .iter()
            .filter_map(|doc| {
                let mut score: u32 = 0;
                for term in &terms {
                    let best = doc
                        .fields
                        .iter()
                        .filter(|(_, words)| words.iter().any(|w| w.starts_with(term.as_str())))
                        .map(|(weight, _)| *weight)
                        .max()?;
                    score += best;
                }
                if doc
                    .name_starts
                    .iter()
                    .any(|w| w.starts_with(terms[0].as_str()))
                {
                    score += NAME_START;
                }
                Some((
                    doc.id.as_str(),
                    Hit {
                        topic: doc.topic,
                        entry: doc.entry,
                        score,
                    },
                ))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .fold(Vec::<(&str, Hit)>::new(), |mut kept, (id, hit)| {
                // One entry may sit in two topics: list it once, in its best place.
                match kept.iter_mut().find(|(k, _)| *k == id) {
                    Some((_, best)) if best.score < hit.score => *best = hit,
                    Some(_) => {}
                    None => kept.push((id, hit)),
                }
                kept
            })
            .into_iter()
            .map(|(_, hit)| hit)
            .collect();
        // Stable: equal scores keep the catalogue's order.
        hits.sort_by_key(|hit| std::cmp::Reverse(hit.score));
        hits
    }
}

/// Whether a query looks like a request reference (`1000042`, `14-00684314`, `A-173480`, a
/// Mongo id), so the page can offer "track this request".
pub fn looks_like_reference(query: &str) -> bool {
    let q = query.trim();
    (4..=40).contains(&q.len())
        && q.chars().any(|c| c.is_ascii_digit())
        && q.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.'))
        && q.chars().filter(|c| c.is_ascii_digit()).count() * 2
            >= q.chars().filter(|c| c.is_ascii_alphanumeric()).count()
}
