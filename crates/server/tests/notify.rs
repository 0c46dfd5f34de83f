//! The notifier (issue 16) over real HTTP: subscriptions and their refusals, one message per
//! change through a push service that decrypts it and a mail server that keeps it, the confirm
//! and unsubscribe links, batching, back-off, and messages surviving a restart.

mod support;

use std::path::PathBuf;
use std::sync::Arc;

use frontdesk_server::faults::Faults;
use frontdesk_server::georeport::Policy;
use frontdesk_server::notify::book::Book;
use frontdesk_server::notify::send::Mailer;
use frontdesk_server::notify::texts::Texts;
use frontdesk_server::notify::{Delivered, Looked, Notifier};
use frontdesk_server::push_endpoint::Loopback;
use frontdesk_server::store::{Store, now};
use open311::Status;
use serde_json::{Value, json};
use support::fakes::{MailSink, PushService, mail_parts};
use support::{Reply, http_raw};

fn locales() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"))
}

struct Rig {
    addr: std::net::SocketAddr,
    store: Arc<Store>,
    notifier: Arc<Notifier>,
    push: PushService,
    mail: MailSink,
}

async fn rig_with(book: Book, loopback: Loopback) -> Rig {
    let store = Arc::new(Store::in_memory().unwrap());
    store.seed_if_empty(&support::quick_seed()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let push = PushService::start().await;
    let mail = MailSink::start().await;
    let mut setup = support::notify_setup(
        book,
        addr,
        loopback,
        Some(
            Mailer::new(
                &format!("smtp://{}", mail.addr),
                "City 311 <noreply@city.example>",
            )
            .unwrap(),
        ),
    );
    setup.origins = vec!["https://app.city.example".into()];
    let notifier = Notifier::new(setup);
    support::serve_notifier(listener, store.clone(), None, notifier.clone());
    Rig {
        addr,
        store,
        notifier,
        push,
        mail,
    }
}

async fn rig() -> Rig {
    rig_with(Book::in_memory().unwrap(), Loopback::Allowed).await
}

impl Rig {
    fn new_request(&self) -> String {
        support::ready_request(&self.store, Some("A deep hole"))
    }

    fn set(&self, id: &str, status: Status, note: Option<&str>) {
        assert!(self.store.set_status(id, &status, note, now()).unwrap());
    }

    async fn post(&self, body: &Value) -> Reply {
        http_raw(
            self.addr,
            "POST /notify/v1/subscriptions HTTP/1.1\r\nContent-Type: application/json\r\n",
            body.to_string().as_bytes(),
        )
        .await
    }

    async fn subscribe_push(&self, id: &str, language: &str, path: &str) -> String {
        let reply = self
            .post(&json!({"service_request_id": id, "language": language, "push": self.push.subscription(path)}))
            .await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        reply.json()["id"].as_str().unwrap().to_owned()
    }

    async fn look(&self) -> Looked {
        let n = self.notifier.clone();
        tokio::task::spawn_blocking(move || n.look()).await.unwrap()
    }

    async fn deliver(&self) -> Delivered {
        let n = self.notifier.clone();
        tokio::task::spawn_blocking(move || n.deliver())
            .await
            .unwrap()
    }

    /// One interval: look, then deliver.
    async fn interval(&self) -> (Looked, Delivered) {
        (self.look().await, self.deliver().await)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_key_is_a_p256_public_key() {
    let rig = rig().await;
    let reply = support::get(rig.addr, "/notify/v1/key").await;
    assert_eq!(reply.status, 200);
    use base64::Engine;
    let key = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(reply.json()["vapid_public_key"].as_str().unwrap())
        .unwrap();
    assert_eq!(key.len(), 65);
    assert_eq!(key[0], 4, "uncompressed point");
    assert_eq!(reply.json()["email"], true);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_change_is_told_once_and_a_closed_request_ends_it() {
    let rig = rig().await;
    let id = rig.new_request();
    let reply = rig
        .post(&json!({"service_request_id": id, "language": "en", "push": rig.push.subscription("a")}))
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let sub = reply.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(reply.json()["status"], "open");
    // At least 128 bits of randomness: 16 bytes, base64url.
    assert_eq!(sub.len(), 22);

    // Nothing changed: nothing is sent.
    let (looked, _) = rig.interval().await;
    assert_eq!((looked.calls, looked.queued), (1, 0));
    assert!(rig.push.accepted().is_empty());

    rig.set(&id, Status::InProgress, Some("Crew booked for Tuesday"));
    let (looked, delivered) = rig.interval().await;
    assert_eq!((looked.queued, delivered.delivered), (1, 1));
    // Looking again finds nothing new.
    let (looked, delivered) = rig.interval().await;
    assert_eq!((looked.queued, delivered.delivered), (0, 0));
    let pushed = rig.push.accepted();
    assert_eq!(pushed.len(), 1);
    let payload = &pushed[0].payload;
    assert_eq!(payload["service_request_id"], id.as_str());
    assert_eq!(payload["status"], "in_progress");
    assert_eq!(payload["title"], format!("Request {id} has changed"));
    let body = payload["body"].as_str().unwrap();
    assert!(body.contains("Status: In progress"), "{body}");
    assert!(body.contains("Crew booked for Tuesday"), "{body}");
    assert_eq!(payload["url"], format!("/requests/{id}"));
    assert!(payload.to_string().len() < 3000);
    assert_eq!(pushed[0].claims["sub"], "mailto:311@city.example");
    assert_eq!(pushed[0].topic.as_deref().map(str::len), Some(32));
    assert!(pushed[0].ttl.is_some());

    rig.set(&id, Status::Fixed, Some("Filled"));
    let (looked, delivered) = rig.interval().await;
    assert_eq!((looked.queued, delivered.delivered), (1, 1));
    let last = &rig.push.accepted()[1].payload;
    assert_eq!(last["status"], "fixed");
    assert!(
        last["body"]
            .as_str()
            .unwrap()
            .contains("You will not get more messages")
    );
    // The subscription has ended: reopening tells no one.
    assert_eq!(rig.notifier.book().count().unwrap(), 0);
    rig.set(&id, Status::Reopened, None);
    let (looked, _) = rig.interval().await;
    assert_eq!((looked.calls, looked.queued), (0, 0));
    assert_eq!(rig.push.accepted().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_is_in_the_subscribers_language() {
    let rig = rig().await;
    let id = rig.new_request();
    rig.subscribe_push(&id, "ar", "ar").await;
    rig.subscribe_push(&id, "fr-CA", "fr").await;
    rig.subscribe_push(&id, "xx", "xx").await;
    rig.set(&id, Status::Closed, None);
    let (_, delivered) = rig.interval().await;
    assert_eq!(delivered.delivered, 3);
    let by_path = |path: &str| {
        rig.push
            .accepted()
            .into_iter()
            .find(|p| p.path == path)
            .unwrap()
            .payload
    };
    let ar = by_path("ar");
    assert_eq!(ar["title"], format!("تغيّر الطلب {id}"));
    assert!(ar["body"].as_str().unwrap().contains("مغلق"), "{ar}");
    let fr = by_path("fr");
    assert!(fr["body"].as_str().unwrap().contains("Clôturée"), "{fr}");
    // A language with no notify.ftl is written in English.
    assert!(by_path("xx")["body"].as_str().unwrap().contains("Closed"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_subscriptions_are_refused_with_a_reason() {
    let rig = rig().await;
    let id = rig.new_request();
    let push = rig.push.subscription("a");
    let error_of = |reply: &Reply| {
        reply.json()["error"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };

    let unknown = rig
        .post(&json!({"service_request_id": "999999", "push": push}))
        .await;
    assert_eq!(unknown.status, 404);
    assert!(error_of(&unknown).contains("999999"));

    for (body, says) in [
        (json!({"service_request_id": id}), "either push or email"),
        (
            json!({"service_request_id": id, "push": push, "email": "a@b.example"}),
            "either push or email",
        ),
        (
            json!({"service_request_id": "", "push": push}),
            "service_request_id",
        ),
        (
            json!({"service_request_id": id, "email": "not an address"}),
            "email",
        ),
        (
            json!({"service_request_id": id, "push": {"endpoint": push["endpoint"], "keys": {"p256dh": "AAAA", "auth": "AAAA"}}}),
            "keys",
        ),
        (
            json!({"service_request_id": id, "push": {"endpoint": "ftp://push.example/x", "keys": push["keys"]}}),
            "push.endpoint",
        ),
        (
            json!({"service_request_id": id, "push": {"endpoint": "https://10.0.0.7/x", "keys": push["keys"]}}),
            "push.endpoint",
        ),
        (json!([1, 2]), "not a subscription"),
    ] {
        let reply = rig.post(&body).await;
        assert_eq!(reply.status, 400, "{body}: {}", reply.body);
        assert!(error_of(&reply).contains(says), "{body}: {}", reply.body);
    }
    let huge =
        json!({"service_request_id": id, "email": format!("{}@x.example", "a".repeat(20_000))});
    let reply = rig.post(&huge).await;
    assert_eq!(reply.status, 413);
    assert!(!error_of(&reply).is_empty());
    assert_eq!(rig.notifier.book().count().unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loopback_push_services_are_refused_unless_allowed() {
    let rig = rig_with(Book::in_memory().unwrap(), Loopback::Refused).await;
    let id = rig.new_request();
    let reply = rig
        .post(&json!({"service_request_id": id, "push": rig.push.subscription("a")}))
        .await;
    assert_eq!(reply.status, 400, "{}", reply.body);
    let keys = rig.push.subscription("a")["keys"].clone();
    for endpoint in [
        "https://[::1]/x",
        "https://localhost/x",
        "https://127.0.0.2:8443/x",
    ] {
        let reply = rig
            .post(&json!({"service_request_id": id, "push": {"endpoint": endpoint, "keys": keys}}))
            .await;
        assert_eq!(reply.status, 400, "{endpoint}: {}", reply.body);
    }
    assert_eq!(rig.notifier.book().count().unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asking_twice_keeps_one_subscription_and_delete_ends_it() {
    let rig = rig().await;
    let id = rig.new_request();
    let first = rig.subscribe_push(&id, "en", "a").await;
    let again = rig.subscribe_push(&id, "en", "a").await;
    assert_eq!(first, again);
    assert_eq!(rig.notifier.book().count().unwrap(), 1);
    let path = format!("/notify/v1/subscriptions/{first}");
    let reply = support::http(rig.addr, "DELETE", &path, None).await;
    assert_eq!(reply.status, 204);
    let reply = support::http(rig.addr, "DELETE", &path, None).await;
    assert_eq!(reply.status, 404);
    assert!(reply.json()["error"].is_string());
    rig.set(&id, Status::Closed, None);
    rig.interval().await;
    assert!(rig.push.accepted().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_on_another_origin_may_call_it() {
    let rig = rig().await;
    let reply = http_raw(
        rig.addr,
        "OPTIONS /notify/v1/subscriptions HTTP/1.1\r\nOrigin: https://app.city.example\r\nAccess-Control-Request-Method: DELETE\r\n",
        b"",
    )
    .await;
    assert_eq!(
        reply.header("access-control-allow-origin"),
        Some("https://app.city.example")
    );
    let other = http_raw(
        rig.addr,
        "GET /notify/v1/key HTTP/1.1\r\nOrigin: https://evil.example\r\n",
        b"",
    )
    .await;
    assert_eq!(other.header("access-control-allow-origin"), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ids_are_asked_about_fifty_at_a_time() {
    let rig = rig().await;
    let ids: Vec<String> = (0..120).map(|_| rig.new_request()).collect();
    for (n, id) in ids.iter().enumerate() {
        rig.subscribe_push(id, "en", &n.to_string()).await;
    }
    let before = rig.notifier.open311_calls();
    for id in &ids[..7] {
        rig.set(id, Status::InProgress, None);
    }
    let (looked, delivered) = rig.interval().await;
    assert_eq!(looked.calls, 3, "120 requests in calls of at most 50");
    assert_eq!(rig.notifier.open311_calls() - before, 3);
    assert_eq!((looked.queued, delivered.delivered), (7, 7));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_push_service_that_forgot_the_browser_ends_it_and_a_busy_one_is_retried_later() {
    let rig = rig().await;
    let gone_request = rig.new_request();
    rig.subscribe_push(&gone_request, "en", "gone").await;
    rig.push.answer_next(410, None);
    rig.set(&gone_request, Status::InProgress, None);
    let (_, delivered) = rig.interval().await;
    assert_eq!(delivered.gone, 1);
    assert_eq!(rig.notifier.book().count().unwrap(), 0);

    let busy_request = rig.new_request();
    rig.subscribe_push(&busy_request, "en", "busy").await;
    rig.push.answer_next(429, Some(2));
    rig.set(&busy_request, Status::InProgress, None);
    let (_, delivered) = rig.interval().await;
    assert_eq!((delivered.later, delivered.delivered), (1, 0));
    // Not before the push service's Retry-After.
    assert_eq!(rig.deliver().await.delivered, 0);
    tokio::time::sleep(std::time::Duration::from_millis(2_100)).await;
    let delivered = rig.deliver().await;
    assert_eq!(delivered.delivered, 1);
    assert_eq!(rig.push.accepted().len(), 1);
    assert_eq!(rig.push.arrived(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn email_asks_first_then_tells_each_change_with_a_one_click_stop() {
    let rig = rig().await;
    let id = rig.new_request();
    let address = "resident@example.org";
    let reply = rig
        .post(&json!({"service_request_id": id, "language": "en", "email": address}))
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let sub = reply.json()["id"].as_str().unwrap().to_owned();

    // The first email asks to confirm; a change before that sends nothing.
    rig.set(&id, Status::InProgress, None);
    let (looked, delivered) = rig.interval().await;
    assert_eq!((looked.queued, delivered.delivered), (0, 1));
    let mails = rig.mail.mails();
    assert_eq!(mails.len(), 1);
    let (head, body) = mail_parts(&mails[0]);
    assert!(
        head.contains(&format!("Subject: Confirm emails about request {id}")),
        "{head}"
    );
    assert!(head.contains(&format!("To: {address}")), "{head}");
    assert!(
        head.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{head}"
    );
    let confirm = body
        .split_whitespace()
        .find(|w| w.contains("/notify/v1/confirm/"))
        .expect("a confirmation link")
        .to_owned();
    assert!(
        !confirm.contains(&sub),
        "the link's secret is not the subscription id"
    );
    let path = confirm.split_once(&rig.addr.to_string()).unwrap().1;

    // Someone who only knows the subscription id cannot confirm it.
    let wrong = support::get(rig.addr, &format!("/notify/v1/confirm/{sub}")).await;
    assert_eq!(wrong.status, 404);
    let page = support::get(rig.addr, path).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains(&format!("You will get an email when request {id} changes")),
        "{}",
        page.body
    );
    assert!(page.body.contains("lang=\"en\""));

    // Now the change made before confirming is told, once.
    let (looked, delivered) = rig.interval().await;
    assert_eq!((looked.queued, delivered.delivered), (1, 1));
    rig.interval().await;
    let mails = rig.mail.mails();
    assert_eq!(mails.len(), 2);
    let (head, body) = mail_parts(&mails[1]);
    assert!(
        head.contains(&format!("Subject: Request {id} has changed")),
        "{head}"
    );
    assert!(body.contains("Status: In progress"), "{body}");
    assert!(body.contains(&format!("/requests/{id}")), "{body}");
    let stop = format!("http://{}/notify/v1/subscriptions/{sub}/stop", rig.addr);
    assert!(body.contains(&stop), "{body}");
    assert!(
        head.contains(&format!("List-Unsubscribe: <{stop}>")),
        "{head}"
    );

    // One click stops it (RFC 8058's POST or a plain GET of the link).
    let page = support::http(
        rig.addr,
        "POST",
        &format!("/notify/v1/subscriptions/{sub}/stop"),
        Some("List-Unsubscribe=One-Click"),
    )
    .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("You will not get more messages"));
    assert_eq!(rig.notifier.book().count().unwrap(), 0);
    rig.set(&id, Status::Closed, None);
    rig.interval().await;
    assert_eq!(rig.mail.mails().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_noticed_before_a_restart_is_sent_after_it() {
    let file = std::env::temp_dir().join(format!("frontdesk-notify-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let rig = rig_with(Book::open(&file).unwrap(), Loopback::Allowed).await;
    let id = rig.new_request();
    rig.subscribe_push(&id, "en", "a").await;
    rig.set(&id, Status::InProgress, None);
    // Noticed, not yet delivered: then the notifier is gone.
    assert_eq!(rig.look().await.queued, 1);
    drop(rig.notifier);

    let again = Notifier::new(support::notify_setup(
        Book::open(&file).unwrap(),
        rig.addr,
        Loopback::Allowed,
        None,
    ));
    let run = again.clone();
    let delivered = tokio::task::spawn_blocking(move || (run.look(), run.deliver()))
        .await
        .unwrap();
    assert_eq!((delivered.0.queued, delivered.1.delivered), (0, 1));
    assert_eq!(rig.push.accepted().len(), 1);
    let _ = std::fs::remove_file(&file);
}

#[test]
fn the_payload_fits_a_push_message_whatever_the_note() {
    let texts = Texts::load(&locales()).unwrap();
    let state = frontdesk_core::notify::Watched {
        status: "in_progress".into(),
        notes: Some("ملاحظة طويلة جدا ".repeat(500)),
        expected: Some("2026-12-10T09:00:00Z".into()),
    };
    let message = texts.change("ar", &"9".repeat(200), &state);
    let payload = json!({"title": message.title, "body": message.body, "url": "/requests/x", "status": "in_progress", "service_request_id": "9".repeat(200)});
    assert!(
        payload.to_string().len() < 3000,
        "{}",
        payload.to_string().len()
    );
    assert!(message.body.contains("2026-12-10"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_proxy_mode_it_watches_the_city_endpoint_through_the_proxy() {
    use frontdesk_server::proxy::{Upstream, UpstreamFormat};
    // The city's endpoint: another server, with its own database.
    let (city, city_store) = support::start(Policy::default(), Faults::default()).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let push = PushService::start().await;
    let notifier = Notifier::new(support::notify_setup(
        Book::in_memory().unwrap(),
        addr,
        Loopback::Allowed,
        None,
    ));
    support::serve_notifier(
        listener,
        Arc::new(Store::in_memory().unwrap()),
        Some(Upstream {
            base_url: format!("http://{city}/open311/v2"),
            format: UpstreamFormat::Json,
            api_key: None,
            timeout: std::time::Duration::from_secs(5),
        }),
        notifier.clone(),
    );
    let id = support::ready_request(&city_store, None);
    let reply = http_raw(
        addr,
        "POST /notify/v1/subscriptions HTTP/1.1\r\nContent-Type: application/json\r\n",
        json!({"service_request_id": id, "language": "es", "push": push.subscription("es")})
            .to_string()
            .as_bytes(),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    // Unknown to the city: unknown to the notifier.
    let unknown = http_raw(
        addr,
        "POST /notify/v1/subscriptions HTTP/1.1\r\nContent-Type: application/json\r\n",
        json!({"service_request_id": "42", "push": push.subscription("x")})
            .to_string()
            .as_bytes(),
    )
    .await;
    assert_eq!(unknown.status, 404);

    assert!(
        city_store
            .set_status(&id, &Status::ActionScheduled, Some("Martes"), now())
            .unwrap()
    );
    let run = notifier.clone();
    let (looked, delivered) = tokio::task::spawn_blocking(move || (run.look(), run.deliver()))
        .await
        .unwrap();
    assert_eq!(
        (looked.calls, looked.queued, delivered.delivered),
        (1, 1, 1)
    );
    let payload = &push.accepted()[0].payload;
    assert_eq!(payload["status"], "action_scheduled");
    assert_eq!(payload["title"], format!("La solicitud {id} ha cambiado"));
}
