//! The GeoReport v2 model, as the decoders produce it: every id and code an opaque string,
//! absent values as `None`, lists always lists.

use crate::DateTime;

/// A request type offered by the city (GET Service List).
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// Unique id of the request type; opaque text even when a server sends a number.
    pub service_code: String,
    /// Human name.
    pub service_name: String,
    /// Brief description, verbatim (it may contain line breaks or even `<br>`: it is text).
    pub description: Option<String>,
    /// Whether a service definition (extra questions) must be fetched.
    pub metadata: bool,
    /// What a POST returns.
    pub service_type: ServiceType,
    /// Synonyms from the comma-separated `keywords`.
    pub keywords: Vec<String>,
    /// Categories: `group`, plus FixMyStreet's `groups` list.
    pub groups: Vec<String>,
    /// What residents should know before asking (an extension: the spec sends
    /// `service_notice` only after a POST; some servers, ours included, list it here too).
    pub service_notice: Option<String>,
}

/// What submitting a request to a service returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServiceType {
    /// A `service_request_id` at once. The spec's default, also used for unknown values.
    Realtime,
    /// A `token`, resolved to an id later through `tokens/{token}`.
    Batch,
    /// Neither: the request cannot be tracked.
    Blackbox,
}

impl ServiceType {
    /// The spec's word for the type.
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceType::Realtime => "realtime",
            ServiceType::Batch => "batch",
            ServiceType::Blackbox => "blackbox",
        }
    }

    /// Reads the spec's word in any case; anything else is [`ServiceType::Realtime`].
    pub fn parse(text: &str) -> ServiceType {
        match text.trim().to_ascii_lowercase().as_str() {
            "batch" => ServiceType::Batch,
            "blackbox" => ServiceType::Blackbox,
            _ => ServiceType::Realtime,
        }
    }
}

/// The questions of a service (GET Service Definition).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceDefinition {
    /// The service the questions belong to.
    pub service_code: String,
    /// The questions, sorted by `order`, then document order (servers repeat and skip orders).
    pub attributes: Vec<Attribute>,
}

/// One question of a service definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// Sent as `attribute[code]`.
    pub code: String,
    /// `false`: display-only text (the description), no input, nothing sent.
    pub variable: bool,
    /// What kind of answer.
    pub datatype: Datatype,
    /// Must be answered before sending.
    pub required: bool,
    /// Help about the expected format.
    pub datatype_description: Option<String>,
    /// Display order as sent (`None` when absent or not a number).
    pub order: Option<i64>,
    /// The question or instruction.
    pub description: String,
    /// The choices of a list question, in document order.
    pub values: Vec<AttributeValue>,
    /// When to ask it (Boston's conditional questions); `None`: always.
    pub dependencies: Option<Dependencies>,
}

/// The kind of answer an attribute takes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Datatype {
    /// One line of text.
    String,
    /// A number.
    Number,
    /// A date and time (sent as ISO 8601).
    Datetime,
    /// Several lines of text.
    Text,
    /// One choice of `values`.
    SingleValueList,
    /// Any choices of `values`.
    MultiValueList,
    /// Boston: display-only text.
    Informational,
    /// Boston's `boolean (checkbox)`: a yes/no tick.
    Boolean,
    /// Boston: a date without a time.
    Date,
    /// Anything else, as sent (lower-cased); shown as a text input.
    Other(String),
}

impl Datatype {
    /// Reads a datatype name in any case.
    pub fn parse(text: &str) -> Datatype {
        let lower = text.trim().to_ascii_lowercase();
        match lower.as_str() {
            "string" => Datatype::String,
            "number" => Datatype::Number,
            "datetime" => Datatype::Datetime,
            "text" => Datatype::Text,
            "singlevaluelist" => Datatype::SingleValueList,
            "multivaluelist" => Datatype::MultiValueList,
            "informational" => Datatype::Informational,
            "date" => Datatype::Date,
            b if b.starts_with("boolean") => Datatype::Boolean,
            _ => Datatype::Other(lower),
        }
    }

    /// The name as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Datatype::String => "string",
            Datatype::Number => "number",
            Datatype::Datetime => "datetime",
            Datatype::Text => "text",
            Datatype::SingleValueList => "singlevaluelist",
            Datatype::MultiValueList => "multivaluelist",
            Datatype::Informational => "informational",
            Datatype::Boolean => "boolean",
            Datatype::Date => "date",
            Datatype::Other(name) => name,
        }
    }
}

/// One choice of a list question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeValue {
    /// Sent as the answer (opaque text).
    pub key: String,
    /// Shown to the resident (the key when a server sends no name).
    pub name: String,
}

/// When a question is asked: its conditions, all or any of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependencies {
    /// `AND` (all) or `OR` (any).
    pub clause: Clause,
    /// The conditions on other answers.
    pub conditions: Vec<Condition>,
}

/// How conditions combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clause {
    /// Every condition holds (`AND`).
    All,
    /// At least one holds (`OR`, the default).
    Any,
}

/// A condition on another question's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// The code of the question it looks at.
    pub attribute: String,
    /// The comparison.
    pub op: ConditionOp,
    /// The value(s) compared with (`in` takes several).
    pub values: Vec<String>,
}

/// Comparisons in Boston's conditions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConditionOp {
    Eq,
    Neq,
    In,
    Gt,
    Gte,
    Lt,
    Lte,
    /// An operator this crate does not know, as sent.
    Other(String),
}

impl ConditionOp {
    /// Reads an operator name in any case.
    pub fn parse(text: &str) -> ConditionOp {
        match text.trim().to_ascii_lowercase().as_str() {
            "eq" | "=" | "==" => ConditionOp::Eq,
            "neq" | "ne" | "!=" => ConditionOp::Neq,
            "in" => ConditionOp::In,
            "gt" | ">" => ConditionOp::Gt,
            "gte" | ">=" => ConditionOp::Gte,
            "lt" | "<" => ConditionOp::Lt,
            "lte" | "<=" => ConditionOp::Lte,
            other => ConditionOp::Other(other.to_owned()),
        }
    }
}

/// A request's status: the spec's two, FixMyStreet's extended states, or anything else as sent.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Status {
    Open,
    Closed,
    InProgress,
    ActionScheduled,
    Investigating,
    ForTriage,
    InternalReferral,
    Reopened,
    Fixed,
    Duplicate,
    NotCouncilsResponsibility,
    NoFurtherAction,
    Cancelled,
    /// A status this crate does not know, normalised to lower snake case (`on_hold`).
    Other(String),
}

impl Status {
    /// Reads a status in any case and with spaces, hyphens or underscores
    /// (`open`, `Closed`, `IN_PROGRESS`, `in progress`, `Action scheduled`).
    pub fn parse(text: &str) -> Status {
        let normal: String = text
            .trim()
            .chars()
            .map(|c| {
                if c == ' ' || c == '-' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        match normal.as_str() {
            "open" | "opened" | "new" | "submitted" => Status::Open,
            "closed" | "close" | "resolved" | "completed" | "done" => Status::Closed,
            "in_progress" | "inprogress" | "progress" => Status::InProgress,
            "action_scheduled" | "scheduled" => Status::ActionScheduled,
            "investigating" => Status::Investigating,
            "for_triage" => Status::ForTriage,
            "internal_referral" => Status::InternalReferral,
            "reopen" | "reopened" => Status::Reopened,
            "fixed" => Status::Fixed,
            "duplicate" => Status::Duplicate,
            "not_councils_responsibility" => Status::NotCouncilsResponsibility,
            "no_further_action" => Status::NoFurtherAction,
            "cancelled" | "canceled" => Status::Cancelled,
            _ => Status::Other(normal),
        }
    }

    /// The normalised word: the spec's `open`/`closed`, FixMyStreet's states in lower case.
    pub fn as_str(&self) -> &str {
        match self {
            Status::Open => "open",
            Status::Closed => "closed",
            Status::InProgress => "in_progress",
            Status::ActionScheduled => "action_scheduled",
            Status::Investigating => "investigating",
            Status::ForTriage => "for_triage",
            Status::InternalReferral => "internal_referral",
            Status::Reopened => "reopened",
            Status::Fixed => "fixed",
            Status::Duplicate => "duplicate",
            Status::NotCouncilsResponsibility => "not_councils_responsibility",
            Status::NoFurtherAction => "no_further_action",
            Status::Cancelled => "cancelled",
            Status::Other(word) => word,
        }
    }

    /// Whether the city considers the request finished (the spec's `closed` and the final
    /// extended states). Unknown statuses count as not finished.
    pub fn is_closed(&self) -> bool {
        matches!(
            self,
            Status::Closed
                | Status::Fixed
                | Status::Duplicate
                | Status::NotCouncilsResponsibility
                | Status::NoFurtherAction
                | Status::Cancelled
        )
    }

    /// The spec's two-valued filter word for this status (`open` or `closed`).
    pub fn spec_word(&self) -> &'static str {
        if self.is_closed() { "closed" } else { "open" }
    }
}

/// A point in WGS84 decimal degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLong {
    pub lat: f64,
    pub long: f64,
}

/// A service request as the city reports it (GET Service Requests / GET Service Request).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceRequest {
    /// The reference; `None` while only a token exists.
    pub service_request_id: Option<String>,
    /// The token of a batch submission still being processed.
    pub token: Option<String>,
    /// Normalised status (`None` when the server sent none).
    pub status: Option<Status>,
    /// Why the status changed, verbatim (some servers put a note id here).
    pub status_notes: Option<String>,
    pub service_name: Option<String>,
    pub service_code: Option<String>,
    pub description: Option<String>,
    pub agency_responsible: Option<String>,
    pub service_notice: Option<String>,
    pub requested_datetime: Option<DateTime>,
    pub updated_datetime: Option<DateTime>,
    pub expected_datetime: Option<DateTime>,
    /// The address (`address` in replies, `address_string` in the POST).
    pub address: Option<String>,
    pub address_id: Option<String>,
    pub zipcode: Option<String>,
    /// The point, or `None` when absent, unparsable, out of range, or 0,0 ("unknown").
    pub location: Option<LatLong>,
    /// Every media URL, whatever shape `media_url` came in.
    pub media_urls: Vec<String>,
    /// The update history (`extensions=true`), oldest first as sent.
    pub notes: Vec<Note>,
    /// Submitted answers, from any of the three shapes servers use.
    pub attributes: Vec<RequestAttribute>,
}

/// One entry of a request's history (Connected Bits `notes`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Note {
    pub datetime: Option<DateTime>,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// `submitted`, `opened`, `closed`, `activity`, ... as sent.
    pub note_type: Option<String>,
    /// The status the note set, when the server says.
    pub status: Option<Status>,
}

/// A submitted answer, as a request reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestAttribute {
    pub code: String,
    /// The question's text, when the server sends it.
    pub label: Option<String>,
    /// The answer(s).
    pub values: Vec<String>,
}

/// What POST Service Request returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    /// The reference, the token, or nothing.
    pub receipt: Receipt,
    /// What the city will do, to show the resident.
    pub service_notice: Option<String>,
    pub account_id: Option<String>,
}

/// How a submitted request can be followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Receipt {
    /// A realtime service's reference.
    Id(String),
    /// A batch service's token, to resolve through `tokens/{token}`.
    Token(String),
    /// A blackbox service: no tracking.
    Untracked,
}

/// An entry of a GET Token reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenReply {
    pub token: Option<String>,
    /// `None` while the city has not created the request yet.
    pub service_request_id: Option<String>,
}

/// Service Discovery.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Discovery {
    pub changeset: Option<String>,
    pub contact: Option<String>,
    pub key_service: Option<String>,
    pub endpoints: Vec<DiscoveryEndpoint>,
}

/// One endpoint listed by discovery.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DiscoveryEndpoint {
    pub specification: Option<String>,
    pub url: Option<String>,
    pub changeset: Option<String>,
    /// `production` or `test`.
    pub endpoint_type: Option<String>,
    /// MIME types (`text/xml`, `application/json`).
    pub formats: Vec<String>,
}
