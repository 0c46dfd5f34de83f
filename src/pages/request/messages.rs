//! What the form says about a problem with an answer, and about a place, in the resident's
//! language.

use fluent_bundle::FluentValue;
use frontdesk_core::form::{FieldError, Position, Problem};
use frontdesk_core::l10n_ids;
use leptos::prelude::*;

use super::Ctx;
use crate::i18n::{I18n, Names};

impl Ctx {
    /// The message for the problem with `field`, if the resident has been told of one.
    pub(super) fn error_for(&self, field: impl Into<String>) -> Signal<Option<String>> {
        let (this, field) = (*self, field.into());
        Signal::derive(move || {
            this.errors.with(|errors| {
                errors
                    .iter()
                    .find(|e| e.field == field)
                    .map(|e| this.message(e))
            })
        })
    }

    /// The resident-facing message for a problem, naming the question it is about. Reactive.
    pub(super) fn message(&self, error: &FieldError) -> String {
        let i18n = I18n::expect();
        let names = Names::new();
        let code = self.code();
        let question = error
            .code
            .as_deref()
            .and_then(|attribute| {
                self.definition.with(|d| {
                    d.get()?
                        .attributes
                        .iter()
                        .find(|a| a.code == attribute)
                        .map(|a| {
                            names
                                .backend(&l10n_ids::question(&code, attribute), &a.description)
                                .text
                        })
                })
            })
            .unwrap_or_default();
        let limit = match error.problem {
            Problem::TooLong { limit } => limit,
            _ => 0,
        };
        i18n.tr_with(
            error.problem.message_id(),
            &[
                ("question", FluentValue::from(question)),
                ("limit", FluentValue::from(limit)),
            ],
        )
    }
}

/// The place in words: the device's location, "Your location: 43.58900, -79.64400 (accurate to
/// about 12 m)", or a pin put on the map, "The pin on the map: 43.58900, -79.64400".
pub(super) fn located(i18n: I18n, p: Position) -> String {
    i18n.tr_with(
        if p.accuracy.is_some() {
            "request-located"
        } else {
            "request-pinned"
        },
        &[
            ("lat", FluentValue::from(format!("{:.5}", p.lat))),
            ("long", FluentValue::from(format!("{:.5}", p.long))),
            (
                "accuracy",
                FluentValue::from(p.accuracy.map_or(0.0, f64::round)),
            ),
        ],
    )
}
