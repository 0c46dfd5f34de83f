//! The real binary: what was accepted survives a restart and a kill -9; the staff command line
//! works while the server runs; --help documents every flag and sub-command.

mod support;

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use open311::{Receipt, Status};
use support::*;

const BIN: &str = env!("CARGO_BIN_EXE_frontdesk-server");

fn free_port() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

async fn spawn(db: &Path, addr: SocketAddr) -> Child {
    let mut child = Command::new(BIN)
        .args(["--db", db.to_str().unwrap(), "--listen", &addr.to_string()])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(addr).await.is_ok() {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("server did not start");
}

fn temp_db(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("frontdesk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir.join("nested/frontdesk.sqlite")
}

#[tokio::test]
async fn accepted_requests_survive_kill_9_and_restart() {
    let db = temp_db("kill");
    let addr = free_port();
    let mut server = spawn(&db, addr).await;
    let r = post(addr, "/open311/v2/requests.json", POTHOLE).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let Receipt::Id(id) = open311::decode::submitted(&r.body).unwrap().receipt else {
        panic!()
    };
    server.kill().unwrap(); // SIGKILL: no shutdown code runs
    server.wait().unwrap();

    let mut server = spawn(&db, addr).await;
    let r = get(addr, &format!("/open311/v2/requests/{id}.json")).await;
    assert_eq!(r.status, 200, "the request survived: {}", r.body);
    assert_eq!(
        open311::decode::request(&r.body)
            .unwrap()
            .description
            .as_deref(),
        Some("Deep hole")
    );
    // Not seeded twice.
    assert_eq!(
        open311::decode::services(&get(addr, "/open311/v2/services.json").await.body)
            .unwrap()
            .len(),
        15
    );

    // Staff move it along from the command line while the server runs; the next GET sees it.
    let out = Command::new(BIN)
        .args([
            "--db",
            db.to_str().unwrap(),
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
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = open311::decode::request(
        &get(addr, &format!("/open311/v2/requests/{id}.json"))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(r.status, Some(Status::Closed));
    assert_eq!(r.status_notes.as_deref(), Some("Filled on Tuesday"));

    let out = Command::new(BIN)
        .args([
            "--db",
            db.to_str().unwrap(),
            "request",
            "set-status",
            "nope",
            "open",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no request has the id nope"));
    server.kill().unwrap();
    server.wait().unwrap();
}

#[test]
fn help_documents_every_flag_and_sub_command() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--db",
        "--listen",
        "--dist",
        "--locales",
        "--api-key",
        "--jurisdiction",
        "--tokens-never-resolve",
        "--latency-ms",
        "--error-rate",
        "--html-errors",
        "--malformed-json",
        "--no-cors",
        "--upstream",
        "--upstream-format",
        "--upstream-timeout",
        "request",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}:\n{help}");
    }
    let out = Command::new(BIN)
        .args(["request", "set-status", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("--note"));
}
