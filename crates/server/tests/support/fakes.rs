//! The notifier's far ends, for its tests: a push service (it checks the VAPID token, decrypts
//! each message with the browser's private key, and answers as scripted) and a mail server
//! that keeps what it is sent.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use frontdesk_server::webpush;
use p256::SecretKey;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use rand_core::{OsRng, RngCore};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// A message the push service accepted.
#[derive(Debug, Clone)]
pub struct Pushed {
    /// The subscription it was for (the endpoint's last segment).
    pub path: String,
    /// The decrypted payload.
    pub payload: Value,
    pub topic: Option<String>,
    pub ttl: Option<String>,
    /// The VAPID token's claims.
    pub claims: Value,
}

/// The scripted answer that holds a request (see [`PushService::hold_next`]).
const HOLD: u16 = 0;

#[derive(Default)]
struct PushState {
    accepted: Vec<Pushed>,
    /// Answers to give instead of accepting: status and Retry-After.
    script: VecDeque<(u16, Option<u64>)>,
    delay: Duration,
    /// Requests that arrived (accepted or not).
    arrived: usize,
}

/// A browser's push service, and the browser's keys.
#[derive(Clone)]
pub struct PushService {
    pub addr: SocketAddr,
    key: Arc<SecretKey>,
    auth: [u8; 16],
    state: Arc<Mutex<PushState>>,
}

impl PushService {
    /// Starts one on a free loopback port.
    pub async fn start() -> PushService {
        let mut auth = [0u8; 16];
        OsRng.fill_bytes(&mut auth);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let service = PushService {
            addr: listener.local_addr().unwrap(),
            key: Arc::new(SecretKey::random(&mut OsRng)),
            auth,
            state: Arc::default(),
        };
        let router = Router::new()
            .route("/push/{path}", axum::routing::post(receive))
            .with_state(service.clone());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        service
    }

    /// The browser's subscription for `path`, as `PushSubscription.toJSON()` gives it.
    pub fn subscription(&self, path: &str) -> Value {
        json!({
            "endpoint": format!("http://{}/push/{path}", self.addr),
            "keys": {
                "p256dh": URL_SAFE_NO_PAD.encode(self.key.public_key().to_encoded_point(false).as_bytes()),
                "auth": URL_SAFE_NO_PAD.encode(self.auth),
            }
        })
    }

    /// What it accepted so far.
    pub fn accepted(&self) -> Vec<Pushed> {
        self.state.lock().unwrap().accepted.clone()
    }

    /// How many requests arrived.
    pub fn arrived(&self) -> usize {
        self.state.lock().unwrap().arrived
    }

    /// The next request is answered `status` (with `Retry-After`), not accepted.
    pub fn answer_next(&self, status: u16, retry_after: Option<u64>) {
        self.state
            .lock()
            .unwrap()
            .script
            .push_back((status, retry_after));
    }

    /// Accepting takes this long (the message counts only once answered).
    pub fn set_delay(&self, delay: Duration) {
        self.state.lock().unwrap().delay = delay;
    }

    /// The next request is held for an hour, then answered 503: a sender stopped meanwhile
    /// has not delivered it.
    pub fn hold_next(&self) {
        self.answer_next(HOLD, None);
    }
}

async fn receive(
    State(service): State<PushService>,
    Path(path): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let (scripted, delay) = {
        let mut state = service.state.lock().unwrap();
        state.arrived += 1;
        (state.script.pop_front(), state.delay)
    };
    let Some(claims) = header("authorization").and_then(|a| webpush::verified_claims(&a)) else {
        return (
            StatusCode::UNAUTHORIZED,
            "VAPID token missing or not verified",
        )
            .into_response();
    };
    assert_eq!(
        claims["aud"],
        format!("http://{}", service.addr),
        "the token is for this push service"
    );
    assert_eq!(header("content-encoding").as_deref(), Some("aes128gcm"));
    let Ok(plain) = webpush::decrypt(&body, &service.key, &service.auth) else {
        return (StatusCode::BAD_REQUEST, "cannot decrypt").into_response();
    };
    if let Some((HOLD, _)) = scripted {
        tokio::time::sleep(Duration::from_secs(3600)).await;
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    if let Some((status, retry_after)) = scripted {
        let mut response = StatusCode::from_u16(status).unwrap().into_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert("retry-after", seconds.to_string().parse().unwrap());
        }
        return response;
    }
    tokio::time::sleep(delay).await;
    service.state.lock().unwrap().accepted.push(Pushed {
        path,
        payload: serde_json::from_slice(&plain).expect("the payload is JSON"),
        topic: header("topic"),
        ttl: header("ttl"),
        claims,
    });
    StatusCode::CREATED.into_response()
}

/// A mail server that keeps every message (SMTP, no TLS, no authentication).
#[derive(Clone)]
pub struct MailSink {
    pub addr: SocketAddr,
    mails: Arc<Mutex<Vec<String>>>,
}

impl MailSink {
    pub async fn start() -> MailSink {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sink = MailSink {
            addr: listener.local_addr().unwrap(),
            mails: Arc::default(),
        };
        let mails = sink.mails.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(session(stream, mails.clone()));
            }
        });
        sink
    }

    /// The messages received, as sent (headers and encoded body).
    pub fn mails(&self) -> Vec<String> {
        self.mails.lock().unwrap().clone()
    }
}

async fn session(stream: tokio::net::TcpStream, mails: Arc<Mutex<Vec<String>>>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    let _ = write.write_all(b"220 sink ESMTP\r\n").await;
    while let Ok(Some(line)) = lines.next_line().await {
        let verb = line.get(..4).unwrap_or(&line).to_ascii_uppercase();
        let answer: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250 sink\r\n",
            "DATA" => {
                let _ = write.write_all(b"354 go on\r\n").await;
                let mut message = Vec::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    if line == "." {
                        break;
                    }
                    message.push(line.strip_prefix('.').map_or(line.clone(), str::to_owned));
                }
                mails.lock().unwrap().push(message.join("\r\n"));
                b"250 kept\r\n"
            }
            "QUIT" => {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            }
            _ => b"250 ok\r\n",
        };
        let _ = write.write_all(answer).await;
    }
}

/// A message's text body, decoded (base64 or quoted-printable), and its headers unfolded.
pub fn mail_parts(mail: &str) -> (String, String) {
    let (head, body) = mail.split_once("\r\n\r\n").unwrap_or((mail, ""));
    let head = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let encoding = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Transfer-Encoding:"))
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let body = match encoding.as_str() {
        "base64" => String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(body.replace("\r\n", ""))
                .unwrap(),
        )
        .unwrap(),
        "quoted-printable" => {
            let joined = body.replace("=\r\n", "");
            let mut bytes = Vec::new();
            let mut chars = joined.bytes().peekable();
            while let Some(b) = chars.next() {
                if b == b'=' {
                    let hex: String = [chars.next().unwrap(), chars.next().unwrap()]
                        .iter()
                        .map(|c| *c as char)
                        .collect();
                    bytes.push(u8::from_str_radix(&hex, 16).unwrap());
                } else {
                    bytes.push(b);
                }
            }
            String::from_utf8(bytes).unwrap()
        }
        _ => body.to_owned(),
    };
    (head, body.replace("\r\n", "\n"))
}
