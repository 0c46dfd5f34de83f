//! Check your answers: the rows of the summary before sending, what each says and which step
//! its "Change" link goes to. The app only translates and shows them.

use open311::ServiceDefinition;

use super::journey::Journey;
use super::{Contact, Control, Draft, Position, Step, answerable, control, field_id, fields};
use crate::l10n_ids;

/// What a row is about.
#[derive(Debug, Clone, PartialEq)]
pub enum RowLabel {
    /// One of the app's own (a Fluent id in main.ftl).
    Message(&'static str),
    /// A service's question: its services.ftl id, and the server's own words for it.
    Question { id: String, text: String },
}

/// One value of an answer as the resident reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// As typed.
    Typed(String),
    /// An option, by its name (its services.ftl id, and the server's name for it), never its
    /// key.
    Choice { id: String, name: String },
    /// A ticked box ("Yes").
    Ticked,
}

/// What a row says.
#[derive(Debug, Clone, PartialEq)]
pub enum RowValue {
    /// Nothing given ("Not given").
    NotGiven,
    /// The address as typed, the device's position, or both.
    Place {
        address: Option<String>,
        position: Option<Position>,
    },
    /// The resident's own text (the description).
    Text(String),
    /// A question's answer: its values, shown together on one line.
    Answer(Vec<Part>),
    /// How many photos.
    Photos(usize),
    /// Lines of the resident's own text (contact details: name, email, phone).
    Lines(Vec<String>),
}

/// One row of the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: RowLabel,
    pub value: RowValue,
    /// The step "Change" goes to.
    pub step: Step,
    /// The field "Change" puts the resident on (an HTML id), if not the step's first.
    pub field: Option<String>,
}

/// The contact details as the summary lists them: the name (first and last), the email, the
/// phone, each trimmed, those given only.
pub fn contact_lines(contact: &Contact) -> Vec<String> {
    let name = format!("{} {}", contact.first_name.trim(), contact.last_name.trim())
        .trim()
        .to_owned();
    [
        name,
        contact.email.trim().to_owned(),
        contact.phone.trim().to_owned(),
    ]
    .into_iter()
    .filter(|l| !l.is_empty())
    .collect()
}

/// The rows for `draft` on `service_code`'s form: where, the description, each question shown
/// (none while the definition is unknown; guidance never), the photos (when the form has that
/// step), and the contact details.
pub fn rows(
    journey: &Journey,
    service_code: &str,
    definition: Option<&ServiceDefinition>,
    draft: &Draft,
) -> Vec<Row> {
    let mut rows = Vec::new();
    let address = Some(draft.address.trim().to_owned()).filter(|a| !a.is_empty());
    rows.push(Row {
        label: RowLabel::Message("request-check-location"),
        value: if address.is_none() && draft.position.is_none() {
            RowValue::NotGiven
        } else {
            RowValue::Place {
                address,
                position: draft.position,
            }
        },
        step: Step::Location,
        field: None,
    });
    let description = draft.description.trim();
    rows.push(Row {
        label: RowLabel::Message("request-check-description"),
        value: if description.is_empty() {
            RowValue::NotGiven
        } else {
            RowValue::Text(description.to_owned())
        },
        step: Step::Questions,
        field: Some(fields::DESCRIPTION.to_owned()),
    });
    if let Some(definition) = definition {
        for attribute in answerable(definition, &draft.answers) {
            let how = control(attribute);
            let values = draft
                .answers
                .get(&attribute.code)
                .cloned()
                .unwrap_or_default();
            let parts: Vec<Part> = match how {
                Control::Radios | Control::Select | Control::Checkboxes => values
                    .into_iter()
                    .map(|v| match attribute.values.iter().find(|o| o.key == v) {
                        Some(o) => Part::Choice {
                            id: l10n_ids::option(service_code, &attribute.code, &o.key),
                            name: o.name.clone(),
                        },
                        // A key the city no longer offers: shown as it was kept.
                        None => Part::Typed(v),
                    })
                    .collect(),
                Control::Tick if !values.is_empty() => vec![Part::Ticked],
                _ => values.into_iter().map(Part::Typed).collect(),
            };
            rows.push(Row {
                label: RowLabel::Question {
                    id: l10n_ids::question(service_code, &attribute.code),
                    text: attribute.description.clone(),
                },
                value: if parts.is_empty() {
                    RowValue::NotGiven
                } else {
                    RowValue::Answer(parts)
                },
                step: Step::Questions,
                field: Some(field_id(&attribute.code)),
            });
        }
    }
    if journey.has(Step::Photos) {
        rows.push(Row {
            label: RowLabel::Message("request-check-photos"),
            value: match draft.photos.len() {
                0 => RowValue::NotGiven,
                n => RowValue::Photos(n),
            },
            step: Step::Photos,
            field: None,
        });
    }
    let lines = contact_lines(&draft.contact);
    rows.push(Row {
        label: RowLabel::Message("request-check-contact"),
        value: if lines.is_empty() {
            RowValue::NotGiven
        } else {
            RowValue::Lines(lines)
        },
        step: Step::AboutYou,
        field: None,
    });
    rows
}
