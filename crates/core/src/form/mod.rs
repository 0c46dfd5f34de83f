//! The request form generated from an Open311 service definition: which questions, how each is
//! asked, which are shown given the answers so far, what the resident typed (the draft),
//! validation step by step, and the request it becomes.

use std::collections::BTreeMap;

use open311::encode::{Answer, NewRequest};
use open311::{Attribute, Clause, Condition, ConditionOp, Datatype, ServiceDefinition};
use serde::{Deserialize, Serialize};

use crate::l10n_ids;

pub mod check;
pub mod journey;

pub use journey::{Back, Journey};

/// The longest description the form accepts (characters). Typing past it is never blocked;
/// the count says how far over it is.
pub const DESCRIPTION_LIMIT: usize = 4000;
/// A single choice with up to this many options is asked with radio buttons, beyond with a
/// select.
pub const RADIO_LIMIT: usize = 6;

/// The definition's attributes in the order a resident meets them: by `order`, then as the
/// server listed them (attributes without an `order` come after those with one).
pub fn in_order(definition: &ServiceDefinition) -> Vec<&Attribute> {
    let mut attributes: Vec<&Attribute> = definition.attributes.iter().collect();
    // A stable sort keeps the document order among equal orders.
    attributes.sort_by_key(|a| (a.order.is_none(), a.order.unwrap_or(0)));
    attributes
}

/// How a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// One line of text (`string`, and any datatype this app does not know).
    Line,
    /// Several lines (`text`).
    Paragraph,
    Number,
    /// A date and a time (`datetime`).
    DateTime,
    /// A date alone (Boston's `date`).
    Date,
    /// One choice, few options.
    Radios,
    /// One choice, many options.
    Select,
    /// Any choices.
    Checkboxes,
    /// A single tick (Boston's `boolean (checkbox)`): "true" when ticked.
    Tick,
    /// Nothing to answer: text to read (`variable=false`, Boston's `informational`).
    Guidance,
}

/// How `attribute` is asked.
pub fn control(attribute: &Attribute) -> Control {
    if !attribute.variable {
        return Control::Guidance;
    }
    match &attribute.datatype {
        Datatype::String | Datatype::Other(_) => Control::Line,
        Datatype::Text => Control::Paragraph,
        Datatype::Number => Control::Number,
        Datatype::Datetime => Control::DateTime,
        Datatype::Date => Control::Date,
        Datatype::SingleValueList if attribute.values.is_empty() => Control::Line,
        Datatype::SingleValueList if attribute.values.len() <= RADIO_LIMIT => Control::Radios,
        Datatype::SingleValueList => Control::Select,
        Datatype::MultiValueList if attribute.values.is_empty() => Control::Line,
        Datatype::MultiValueList => Control::Checkboxes,
        Datatype::Boolean => Control::Tick,
        Datatype::Informational => Control::Guidance,
    }
}

/// The question's `datatype_description` when it helps a resident; servers often fill it with
/// a word about the type ("Character", "Optional List of Values"), which does not.
pub fn useful_hint(attribute: &Attribute) -> Option<&str> {
    let hint = attribute.datatype_description.as_deref()?.trim();
    let folded = crate::text::fold(hint);
    let noise = [
        "",
        "character",
        "characters",
        "string",
        "text",
        "number",
        "numeric",
        "date",
        "datetime",
        "list",
        "list of values",
        "optional list of values",
        "required list of values",
        "singlevaluelist",
        "multivaluelist",
        "boolean",
    ];
    (!noise.contains(&folded.as_str()) && folded != crate::text::fold(&attribute.description))
        .then_some(hint)
}

/// The HTML id of a question's control (codes may hold any character).
pub fn field_id(code: &str) -> String {
    format!("q-{}", l10n_ids::part(code))
}

/// Answers by attribute code: one value, or several for a multivaluelist. Empty strings are
/// never kept.
pub type Answers = BTreeMap<String, Vec<String>>;

/// Sets `code`'s answer, dropping empty values (an emptied field is no answer).
pub fn set_answer(answers: &mut Answers, code: &str, values: Vec<String>) {
    let values: Vec<String> = values.into_iter().filter(|v| !v.is_empty()).collect();
    if values.is_empty() {
        answers.remove(code);
    } else {
        answers.insert(code.to_owned(), values);
    }
}

/// The codes of the questions shown for these answers, in form order. A question with
/// dependencies is shown when they hold; the answer to a hidden question counts as no answer,
/// so a question that depends on a hidden one is hidden too. A condition this app cannot
/// evaluate (an unknown operator) holds: better to ask too much than to hide a question.
pub fn shown(definition: &ServiceDefinition, answers: &Answers) -> Vec<String> {
    let mut visible_answers = Answers::new();
    let mut out = Vec::new();
    for attribute in in_order(definition) {
        let show = match &attribute.dependencies {
            None => true,
            Some(d) if d.conditions.is_empty() => true,
            Some(d) => {
                let mut results = d.conditions.iter().map(|c| holds(c, &visible_answers));
                match d.clause {
                    Clause::All => results.all(|r| r),
                    Clause::Any => results.any(|r| r),
                }
            }
        };
        if show {
            out.push(attribute.code.clone());
            if let Some(values) = answers.get(&attribute.code) {
                visible_answers.insert(attribute.code.clone(), values.clone());
            }
        }
    }
    out
}

/// The questions the resident can answer for these answers, in form order: shown (see
/// [`shown`]) and not guidance. What is validated, sent and listed on the check page.
pub fn answerable<'a>(definition: &'a ServiceDefinition, answers: &Answers) -> Vec<&'a Attribute> {
    let visible = shown(definition, answers);
    in_order(definition)
        .into_iter()
        .filter(|a| control(a) != Control::Guidance && visible.contains(&a.code))
        .collect()
}

fn number(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse::<f64>().ok()
}

fn holds(condition: &Condition, answers: &Answers) -> bool {
    let given: &[String] = answers
        .get(&condition.attribute)
        .map_or(&[], |v| v.as_slice());
    let first = condition.values.first().map(String::as_str).unwrap_or("");
    let equals = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
    let compare =
        |test: fn(f64, f64) -> bool| match (given.first().and_then(|g| number(g)), number(first)) {
            (Some(a), Some(b)) => test(a, b),
            _ => false,
        };
    match &condition.op {
        ConditionOp::Eq => given.iter().any(|g| equals(g, first)),
        ConditionOp::Neq => !given.iter().any(|g| equals(g, first)),
        ConditionOp::In => given
            .iter()
            .any(|g| condition.values.iter().any(|v| equals(g, v))),
        ConditionOp::Gt => compare(|a, b| a > b),
        ConditionOp::Gte => compare(|a, b| a >= b),
        ConditionOp::Lt => compare(|a, b| a < b),
        ConditionOp::Lte => compare(|a, b| a <= b),
        ConditionOp::Other(_) => true,
    }
}

/// A point from the device's location service.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub lat: f64,
    pub long: f64,
    /// Metres, as the device reported.
    #[serde(default)]
    pub accuracy: Option<f64>,
}

/// The optional "about you" details.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

/// The steps of a request, in order. A step with nothing to ask is left out by [`steps`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Location,
    /// The description and the service's questions.
    Questions,
    Photos,
    AboutYou,
    /// Check your answers, and send.
    Check,
}

impl Step {
    /// The step's segment in the address (`/services/{code}/request/{slug}`).
    pub const fn slug(self) -> &'static str {
        match self {
            Step::Location => "location",
            Step::Questions => "details",
            Step::Photos => "photos",
            Step::AboutYou => "about-you",
            Step::Check => "check",
        }
    }

    /// The step for a segment.
    pub fn from_slug(slug: &str) -> Option<Step> {
        [
            Step::Location,
            Step::Questions,
            Step::Photos,
            Step::AboutYou,
            Step::Check,
        ]
        .into_iter()
        .find(|s| s.slug() == slug)
    }
}

/// The steps of this form: photos only when the city takes them (see [`Journey`]).
pub fn steps(photos: bool) -> Vec<Step> {
    let mut steps = vec![Step::Location, Step::Questions];
    if photos {
        steps.push(Step::Photos);
    }
    steps.extend([Step::AboutYou, Step::Check]);
    steps
}

/// Everything the resident has typed for one service, kept on the device as it is typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub service_code: String,
    /// The step the resident was on (its slug), so a reload returns there.
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub position: Option<Position>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub answers: Answers,
    #[serde(default)]
    pub contact: Contact,
    /// Ids of the photos kept on the device for this draft.
    #[serde(default)]
    pub photos: Vec<String>,
    /// Whether the resident asked this device to remember the contact details.
    #[serde(default)]
    pub remember_contact: bool,
}

impl Draft {
    /// An empty draft for `service_code`.
    pub fn new(service_code: &str) -> Draft {
        Draft {
            service_code: service_code.to_owned(),
            ..Draft::default()
        }
    }

    /// Whether the resident has typed anything worth keeping.
    pub fn is_blank(&self) -> bool {
        self.address.trim().is_empty()
            && self.position.is_none()
            && self.description.trim().is_empty()
            && self.answers.is_empty()
            // Contact details remembered on the device were not typed for this request.
            && (self.contact == Contact::default() || self.remember_contact)
            && self.photos.is_empty()
    }
}

/// What is wrong with one field. Each maps to one translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Neither an address nor a position.
    NoLocation,
    /// A required question has no answer.
    Required,
    NotANumber,
    /// Not a date and time (`YYYY-MM-DDTHH:MM`).
    NotADateTime,
    /// Not a date (`YYYY-MM-DD`).
    NotADate,
    /// Longer than the limit (characters).
    TooLong {
        limit: usize,
    },
    /// An answer that is not one of the options (a stale draft after the city changed them).
    UnknownChoice,
    BadEmail,
    BadPhone,
}

impl Problem {
    /// The Fluent id of the message that tells the resident; `$question` (the question's
    /// label) and `$limit` are its variables.
    pub const fn message_id(&self) -> &'static str {
        match self {
            Problem::NoLocation => "problem-no-location",
            Problem::Required => "problem-required",
            Problem::NotANumber => "problem-not-a-number",
            Problem::NotADateTime => "problem-not-a-datetime",
            Problem::NotADate => "problem-not-a-date",
            Problem::UnknownChoice => "problem-unknown-choice",
            Problem::TooLong { .. } => "problem-too-long",
            Problem::BadEmail => "problem-bad-email",
            Problem::BadPhone => "problem-bad-phone",
        }
    }
}

/// A problem with the field whose HTML id is `field`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    /// The attribute code for a question, for the label.
    pub code: Option<String>,
    pub problem: Problem,
}

/// The HTML ids of the fields that are not questions.
pub mod fields {
    pub const ADDRESS: &str = "address";
    pub const DESCRIPTION: &str = "description";
    pub const FIRST_NAME: &str = "first-name";
    pub const LAST_NAME: &str = "last-name";
    pub const EMAIL: &str = "email";
    pub const PHONE: &str = "phone";
}

/// The problems on `step`, in the order of the fields on the page.
pub fn validate(
    step: Step,
    definition: Option<&ServiceDefinition>,
    draft: &Draft,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut error = |field: &str, code: Option<&str>, problem: Problem| {
        errors.push(FieldError {
            field: field.to_owned(),
            code: code.map(str::to_owned),
            problem,
        })
    };
    match step {
        Step::Location => {
            if draft.address.trim().is_empty() && draft.position.is_none() {
                error(fields::ADDRESS, None, Problem::NoLocation);
            }
        }
        Step::Questions => {
            if draft.description.chars().count() > DESCRIPTION_LIMIT {
                error(
                    fields::DESCRIPTION,
                    None,
                    Problem::TooLong {
                        limit: DESCRIPTION_LIMIT,
                    },
                );
            }
            let Some(definition) = definition else {
                return errors;
            };
            for attribute in answerable(definition, &draft.answers) {
                let control = control(attribute);
                let id = field_id(&attribute.code);
                let code = Some(attribute.code.as_str());
                let values = draft
                    .answers
                    .get(&attribute.code)
                    .cloned()
                    .unwrap_or_default();
                if values.is_empty() {
                    if attribute.required {
                        error(&id, code, Problem::Required);
                    }
                    continue;
                }
                let problem = match control {
                    Control::Number => number(&values[0]).is_none().then_some(Problem::NotANumber),
                    Control::DateTime => {
                        (!is_local_datetime(&values[0])).then_some(Problem::NotADateTime)
                    }
                    Control::Date => (!is_date(&values[0])).then_some(Problem::NotADate),
                    Control::Radios | Control::Select | Control::Checkboxes => values
                        .iter()
                        .any(|v| !attribute.values.iter().any(|o| o.key == *v))
                        .then_some(Problem::UnknownChoice),
                    _ => None,
                };
                if let Some(problem) = problem {
                    error(&id, code, problem);
                }
            }
        }
        Step::Photos | Step::Check => {}
        Step::AboutYou => {
            let email = draft.contact.email.trim();
            if !email.is_empty() && !is_email(email) {
                error(fields::EMAIL, None, Problem::BadEmail);
            }
            let phone = draft.contact.phone.trim();
            if !phone.is_empty() && !is_phone(phone) {
                error(fields::PHONE, None, Problem::BadPhone);
            }
        }
    }
    errors
}

/// The problems of every step, for the check-your-answers page before sending.
pub fn validate_all(
    steps: &[Step],
    definition: Option<&ServiceDefinition>,
    draft: &Draft,
) -> Vec<(Step, FieldError)> {
    steps
        .iter()
        .flat_map(|&step| {
            validate(step, definition, draft)
                .into_iter()
                .map(move |e| (step, e))
        })
        .collect()
}

fn digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|b| b.is_ascii_digit())
}

/// `YYYY-MM-DD` with a plausible month and day.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.trim().split('-').collect();
    matches!(parts.as_slice(), [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2)
        && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&d.parse::<u8>().unwrap_or(0)))
}

/// `YYYY-MM-DDTHH:MM` (seconds optional), as a `datetime-local` input gives it.
pub fn is_local_datetime(text: &str) -> bool {
    let Some((date, time)) = text.trim().split_once(['T', ' ']) else {
        return false;
    };
    let parts: Vec<&str> = time.split(':').collect();
    is_date(date)
        && matches!(parts.as_slice(), [h, m] | [h, m, _] if digits(h, 2) && digits(m, 2)
            && h.parse::<u8>().unwrap_or(99) < 24 && m.parse::<u8>().unwrap_or(99) < 60)
}

/// An address with one `@`, something before it and a dotted domain after it, no spaces.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !text.contains(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

/// A phone number: at least 7 digits; spaces, `+ - ( ) .` and an extension allowed.
pub fn is_phone(text: &str) -> bool {
    let lower = text.to_lowercase();
    let cut = ["ext", "x", "#"]
        .iter()
        .filter_map(|mark| lower.find(mark))
        .min()
        .unwrap_or(lower.len());
    let main = &lower[..cut];
    main.chars().filter(char::is_ascii_digit).count() >= 7
        && main
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// The request to send: the shown questions' answers only (an answer to a question the
/// resident then hid is not sent), a `datetime` answer completed with `utc_offset` (the
/// device's, like `-05:00`), and only the contact details given.
pub fn to_request(
    definition: Option<&ServiceDefinition>,
    draft: &Draft,
    utc_offset: &str,
) -> NewRequest {
    let trimmed = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let mut attributes = Vec::new();
    if let Some(definition) = definition {
        for attribute in answerable(definition, &draft.answers) {
            let control = control(attribute);
            let Some(values) = draft.answers.get(&attribute.code) else {
                continue;
            };
            let values = match control {
                Control::DateTime => values
                    .iter()
                    .map(|v| with_offset(v.trim(), utc_offset))
                    .collect(),
                Control::Number => values.iter().map(|v| v.trim().replace(',', ".")).collect(),
                _ => values.iter().map(|v| v.trim().to_owned()).collect(),
            };
            attributes.push(Answer {
                code: attribute.code.clone(),
                values,
                multiple: attribute.datatype == Datatype::MultiValueList,
            });
        }
    }
    NewRequest {
        service_code: draft.service_code.clone(),
        lat_long: draft.position.map(|p| (p.lat, p.long)),
        address_string: trimmed(&draft.address),
        attributes,
        email: trimmed(&draft.contact.email),
        first_name: trimmed(&draft.contact.first_name),
        last_name: trimmed(&draft.contact.last_name),
        phone: trimmed(&draft.contact.phone),
        description: trimmed(&draft.description),
        ..NewRequest::default()
    }
}

fn with_offset(local: &str, offset: &str) -> String {
    let local = local.replacen(' ', "T", 1);
    if local.len() == 16 {
        format!("{local}:00{offset}")
    } else {
        format!("{local}{offset}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn definition(json: &str) -> ServiceDefinition {
        open311::decode::service_definition(json).expect("a definition")
    }

    #[test]
    fn order_then_document_order_then_unordered() {
        let definition = definition(
            r#"{"service_code":"X","attributes":[
                {"code":"c","order":2,"description":"C","datatype":"string"},
                {"code":"none","description":"N","datatype":"string"},
                {"code":"a","order":1,"description":"A","datatype":"string"},
                {"code":"b","order":2,"description":"B","datatype":"string"},
                {"code":"neg","order":-1,"description":"Neg","datatype":"string"}
            ]}"#,
        );
        let codes: Vec<&str> = in_order(&definition)
            .iter()
            .map(|a| a.code.as_str())
            .collect();
        assert_eq!(codes, ["neg", "a", "c", "b", "none"]);
    }

    #[test]
    fn dates_times_emails_and_phones() {
        assert!(is_date("2026-11-23"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("23/11/2026"));
        assert!(is_local_datetime("2026-11-23T09:30"));
        assert!(is_local_datetime("2026-11-23 09:30:15"));
        assert!(!is_local_datetime("2026-11-23T24:00"));
        assert!(!is_local_datetime("2026-11-23"));
        assert!(is_email("a.b@city.example"));
        assert!(!is_email("a b@city.example"));
        assert!(!is_email("ab@city"));
        assert!(!is_email("@city.example"));
        assert!(is_phone("905-615-4311"));
        assert!(is_phone("+1 (905) 615 4311 ext. 12"));
        assert!(!is_phone("311"));
        assert!(!is_phone("call me"));
        assert_eq!(
            with_offset("2026-11-23T09:30", "-05:00"),
            "2026-11-23T09:30:00-05:00"
        );
    }

    #[test]
    fn hints_that_only_name_the_type_are_dropped() {
        let d = definition(
            r#"{"service_code":"X","attributes":[
                {"code":"a","description":"Is it hazardous?","datatype":"singlevaluelist","datatype_description":"Optional List of Values"},
                {"code":"b","description":"Pole","datatype":"string","datatype_description":"The number on the pole"},
                {"code":"c","description":"Note","datatype":"text","datatype_description":"Character"}
            ]}"#,
        );
        let hints: Vec<Option<&str>> = d.attributes.iter().map(useful_hint).collect();
        assert_eq!(hints, [None, Some("The number on the pole"), None]);
    }
}
