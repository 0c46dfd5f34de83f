//! "Tell me when this changes" (issue 16): the offer on the confirmation page and on a
//! request's page, the line in My requests with its Stop button, and the keeper that ends the
//! subscriptions of requests the resident forgot. Browser notifications ask for permission
//! only after the resident's tap; email is filled in from the request when it had one.
//!
//! Its code is a piece of its own (`pieces::load_notify`), fetched only when a page that
//! offers updates is shown and the city's config offers them. The decisions (what the browser
//! can do, what a refusal means, the device's list) are `frontdesk_core::notify`'s.
//!
//! `device.rs`: what the device keeps and what the browser can do; `notifier.rs`: asking the
//! notifier and the browser's push manager; `offer.rs`: the offer; `following.rs`: the line with
//! Stop, and the keeper.

mod device;
mod following;
mod notifier;
mod offer;

use frontdesk_core::submission::Submission;
use leptos::prelude::*;

use following::{Card, keep};
use offer::Offer;

/// What a page shows of the notifications.
#[derive(Clone)]
pub enum NotifyView {
    /// The offer for one request: on the confirmation page and a request's page.
    Offer(Box<OfferFor>),
    /// The line in a My requests card: "you get updates", with Stop.
    Card(String),
    /// Nothing to see: ends the subscriptions of requests no longer on the device.
    Keeper,
}

/// The request the offer is for.
#[derive(Clone)]
pub struct OfferFor {
    /// `None` while the city has given only a batch token.
    pub request_id: Option<String>,
    /// The address given with the request, to fill in.
    pub email: Option<String>,
    /// A closed request has nothing more to tell.
    pub closed: bool,
    /// A request not yet in My requests (looked up by reference): kept there when the
    /// resident subscribes, so that they can see and stop it.
    pub follow: Option<Submission>,
}

/// The piece's entry point (`pieces::load_notify`).
pub fn make(view: NotifyView) -> AnyView {
    match view {
        NotifyView::Offer(offer) => view! { <Offer offer=*offer/> }.into_any(),
        NotifyView::Card(request_id) => view! { <Card request_id/> }.into_any(),
        NotifyView::Keeper => {
            keep();
            ().into_any()
        }
    }
}
