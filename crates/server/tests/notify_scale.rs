//! How many calls the notifier makes to the Open311 endpoint per interval for 1,000
//! subscriptions (`make bench` prints this test's line): batched, 50 ids a call, so 20, however
//! many of the requests changed; never one call per request.
// Its line is for `make bench` to read.
#![allow(clippy::print_stdout)]

mod support;

use std::sync::Arc;

use frontdesk_core::notify::Watched;
use frontdesk_server::notify::book::{Book, Channel, Subscription};
use frontdesk_server::notify::{Notifier, random_id};
use frontdesk_server::push_endpoint::Loopback;
use frontdesk_server::store::{Store, now};
use support::fakes::PushService;

const SUBSCRIPTIONS: usize = 1_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_subscriptions_cost_twenty_open311_calls_an_interval() {
    let store = Arc::new(Store::in_memory().unwrap());
    store.seed_if_empty(&support::quick_seed()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let push = PushService::start().await;
    let book = Book::in_memory().unwrap();
    let mut ids = Vec::new();
    for n in 0..SUBSCRIPTIONS {
        let id = support::ready_request(&store, None);
        let keys = push.subscription(&n.to_string());
        book.add(
            &Subscription {
                id: random_id(),
                request_id: id.clone(),
                language: "en".into(),
                channel: Channel::Push {
                    endpoint: keys["endpoint"].as_str().unwrap().into(),
                    p256dh: keys["keys"]["p256dh"].as_str().unwrap().into(),
                    auth: keys["keys"]["auth"].as_str().unwrap().into(),
                },
                told: Watched {
                    status: "open".into(),
                    notes: None,
                    expected: None,
                },
            },
            now(),
        )
        .unwrap();
        ids.push(id);
    }
    let notifier = Notifier::new(support::notify_setup(book, addr, Loopback::Allowed, None));
    support::serve_notifier(listener, store.clone(), None, notifier.clone());

    // A quiet interval, and one in which a tenth of the requests moved.
    for changed in [0, SUBSCRIPTIONS / 10] {
        for id in ids.iter().take(changed) {
            store
                .set_status(id, &open311::Status::InProgress, None, now())
                .unwrap();
        }
        let run = notifier.clone();
        let (looked, delivered) = tokio::task::spawn_blocking(move || (run.look(), run.deliver()))
            .await
            .unwrap();
        assert_eq!(looked.calls, SUBSCRIPTIONS.div_ceil(50));
        assert_eq!((looked.queued, delivered.delivered), (changed, changed));
        println!(
            "notifier: {} Open311 requests per interval for {SUBSCRIPTIONS} subscriptions ({changed} changed, {changed} messages)",
            looked.calls
        );
    }
    assert_eq!(push.accepted().len(), SUBSCRIPTIONS / 10);
}
