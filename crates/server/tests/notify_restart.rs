//! The notifier as deployed: the `frontdesk-server` binary with `--notify`, a staff member
//! moving a request along with `frontdesk-server request set-status`, a push service and a
//! mail server of the test's own, and the server killed (`kill -9`) while a message is on its
//! way: after the restart each change reaches each subscriber once, and no email address is
//! in the server's logs.

mod support;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use frontdesk_server::store::Store;
use serde_json::json;
use support::fakes::{MailSink, PushService, mail_parts};

const ADDRESS: &str = "kill-nine-resident@example.org";

fn free_port() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

fn server(dir: &Path, listen: SocketAddr, mail: SocketAddr) -> Child {
    Command::new(env!("CARGO_BIN_EXE_frontdesk-server"))
        .arg("--db")
        .arg(dir.join("frontdesk.sqlite"))
        .args(["--listen", &listen.to_string()])
        .args([
            "--notify",
            "--notify-interval",
            "1",
            "--notify-allow-loopback",
        ])
        .args(["--vapid-subject", "mailto:311@city.example"])
        .arg("--locales")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"))
        .args(["--smtp", &format!("smtp://{mail}")])
        .args(["--mail-from", "City 311 <noreply@city.example>"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap()
}

/// Kills `child` with SIGKILL and returns what it wrote to standard error.
fn kill_nine(mut child: Child) -> String {
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&output.stderr).into_owned()
}

async fn until<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    for _ in 0..300 {
        if let Some(found) = check() {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("waited 30 s for {what}");
}

async fn up(addr: SocketAddr) {
    for _ in 0..300 {
        if tokio::net::TcpStream::connect(addr).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not start");
}

async fn subscribe(addr: SocketAddr, body: serde_json::Value) -> String {
    let reply = support::http_raw(
        addr,
        "POST /notify/v1/subscriptions HTTP/1.1\r\nContent-Type: application/json\r\n",
        body.to_string().as_bytes(),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["id"].as_str().unwrap().to_owned()
}

fn change_mails(mail: &MailSink) -> Vec<String> {
    mail.mails()
        .iter()
        .map(|m| mail_parts(m))
        .filter(|(head, _)| head.contains("has changed"))
        .map(|(_, body)| body)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_on_its_way_when_the_server_is_killed_arrives_once_after_the_restart() {
    let dir: PathBuf = std::env::temp_dir().join(format!("frontdesk-kill9-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let push = PushService::start().await;
    let mail = MailSink::start().await;
    let listen = free_port();

    let first = server(&dir, listen, mail.addr);
    up(listen).await;
    let store = Store::open(&dir.join("frontdesk.sqlite")).unwrap();
    let id = support::ready_request(&store, None);
    subscribe(
        listen,
        json!({"service_request_id": id, "language": "ar", "push": push.subscription("ar")}),
    )
    .await;
    subscribe(
        listen,
        json!({"service_request_id": id, "language": "en", "email": ADDRESS}),
    )
    .await;
    // The address is confirmed from the first email.
    let confirm = until("the confirmation email", || {
        mail.mails().first().map(|m| mail_parts(m).1)
    })
    .await;
    let link = confirm
        .split_whitespace()
        .find(|w| w.contains("/notify/v1/confirm/"))
        .unwrap()
        .to_owned();
    let path = link.split_once(&listen.to_string()).unwrap().1.to_owned();
    assert_eq!(support::get(listen, &path).await.status, 200);

    // Staff close the request; the push service holds the message until the server is killed.
    push.hold_next();
    let staff = Command::new(env!("CARGO_BIN_EXE_frontdesk-server"))
        .arg("--db")
        .arg(dir.join("frontdesk.sqlite"))
        .args([
            "request",
            "set-status",
            &id,
            "closed",
            "--note",
            "Filled on Tuesday",
        ])
        .output()
        .unwrap();
    assert!(
        staff.status.success(),
        "{}",
        String::from_utf8_lossy(&staff.stderr)
    );
    until("the push message to be on its way", || {
        (push.arrived() >= 1).then_some(())
    })
    .await;
    let first_log = kill_nine(first);
    assert!(push.accepted().is_empty());

    let second = server(&dir, listen, mail.addr);
    up(listen).await;
    let pushed = until("the push message after the restart", || {
        push.accepted().first().cloned()
    })
    .await;
    until("the email after the restart", || {
        (!change_mails(&mail).is_empty()).then_some(())
    })
    .await;
    // Two more looks: nothing is sent twice.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    let second_log = kill_nine(second);

    assert_eq!(push.accepted().len(), 1);
    assert_eq!(pushed.payload["status"], "closed");
    assert_eq!(pushed.payload["title"], format!("تغيّر الطلب {id}"));
    assert!(
        pushed.payload["body"]
            .as_str()
            .unwrap()
            .contains("Filled on Tuesday")
    );
    assert_eq!(pushed.payload["url"], format!("/requests/{id}"));
    let emails = change_mails(&mail);
    assert_eq!(emails.len(), 1, "{emails:?}");
    assert!(emails[0].contains("Status: Closed"), "{}", emails[0]);
    // A closed request ended both subscriptions.
    let book = frontdesk_server::notify::book::Book::open(&dir.join("frontdesk.sqlite")).unwrap();
    assert_eq!(book.count().unwrap(), 0);
    for log in [&first_log, &second_log] {
        assert!(log.contains("notifier"), "{log}");
        assert!(
            !log.contains(ADDRESS),
            "an email address in the logs: {log}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
