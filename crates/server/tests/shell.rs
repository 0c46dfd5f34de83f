//! The page before the app starts (issue 18), over real HTTP: `frontdesk-server shell` writes
//! the default language's shell, a `noscript` line per language and the picking script into
//! index.html; serving it, the server writes the shell in the language `Accept-Language` asks
//! for, with the script (and so the Content Security Policy's hash of it) unchanged.

mod support;

use std::io::Read;
use std::path::{Path, PathBuf};

use frontdesk_core::config::AppConfig;
use frontdesk_server::csp;
use frontdesk_server::shell::Shell;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// A dist with the repository's index.html, config.json (edited by `edit`) and locales, the
/// shell and the policy written as `make build` writes them.
fn dist(name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("frontdesk-shell-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&repo().join("locales"), &dir.join("locales"));
    let mut config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("public/config.json")).unwrap())
            .unwrap();
    edit(&mut config);
    let config = config.to_string();
    std::fs::write(dir.join("config.json"), &config).unwrap();
    let html = std::fs::read_to_string(repo().join("index.html")).unwrap();
    let shell = Shell::load(
        &dir.join("locales"),
        &AppConfig::parse(&config).unwrap(),
        None,
    )
    .unwrap();
    let html = shell.write(&html).unwrap();
    let policy = csp::meta_for(&config, &html).unwrap();
    std::fs::write(
        dir.join("index.html"),
        csp::with_meta(&html, &policy).unwrap(),
    )
    .unwrap();
    dir
}

async fn page(addr: std::net::SocketAddr, path: &str, headers: &str) -> support::Reply {
    support::http_raw(addr, &format!("GET {path} HTTP/1.1\r\n{headers}"), b"").await
}

fn script(html: &str) -> &str {
    let start = html.find("<script>(()=>{const S=").unwrap();
    let end = start + html[start..].find("</script>").unwrap();
    &html[start..end]
}

#[test]
fn the_written_page_is_in_the_default_language_with_a_line_per_language_and_the_script() {
    let dir = dist("written", |_| {});
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#), "{html}");
    assert!(html.contains(r#"<h1 class="page__title">City services</h1>"#));
    assert!(html.contains(r#"<p class="site-header__home">City of Mississauga</p>"#));
    // No script can change a noscript: every other language has its line there, in itself,
    // with the city's number to call.
    let lines = html.matches("<li lang=").count();
    assert_eq!(lines, 17, "{html}");
    assert!(html.contains(r#"<li lang="ar" dir="rtl">"#));
    assert!(html.contains("اتصل بالرقم"));
    assert_eq!(html.matches(r#"<a href="tel:311">311</a>"#).count(), 18);
    // The script's table has every offered language; the policy allows exactly it.
    let script = script(&html);
    for code in [
        "\"c\":\"ar\",\"d\":\"rtl\"",
        "\"c\":\"zh-Hant\"",
        "\"c\":\"hmn\"",
    ] {
        assert!(script.contains(code), "{code}");
    }
    let meta = csp::meta_policy(&html).unwrap();
    let body = &script["<script>".len()..];
    let hash = csp::Inline::of(&format!("<script>{body}</script>")).scripts[0].clone();
    assert!(meta.contains(&hash), "{meta}");
    // Written again (after a config edit), the page keeps one shell and one script.
    let again = Shell::load(
        &dir.join("locales"),
        &AppConfig::parse(&std::fs::read_to_string(dir.join("config.json")).unwrap()).unwrap(),
        None,
    )
    .unwrap()
    .write(&html)
    .unwrap();
    assert_eq!(again.matches("<script>(()=>{const S=").count(), 1);
    assert_eq!(again.matches("<h1 ").count(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_server_writes_the_shell_in_the_language_the_browser_asks_for() {
    let dir = dist("served", |_| {});
    let addr = support::serve_dist(&dir).await;
    let written = std::fs::read_to_string(dir.join("index.html")).unwrap();

    let arabic = page(addr, "/", "Accept-Language: ar-EG,ar;q=0.9,en;q=0.5\r\n").await;
    assert_eq!(arabic.status, 200);
    assert!(arabic.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(
        arabic
            .body
            .contains(r#"<h1 class="page__title">خدمات المدينة</h1>"#)
    );
    assert!(arabic.body.contains("جارٍ التحميل…"));
    // The city's name has no Arabic: it is the city's English, marked.
    assert!(
        arabic
            .body
            .contains(r#"<p class="site-header__home" lang="en">City of Mississauga</p>"#)
    );
    // Its noscript is Arabic alone; the script is the one whose hash the policy holds.
    assert!(arabic.body.contains("تحتاج هذه الخدمة إلى JavaScript"));
    assert!(!arabic.body.contains("<li lang="));
    assert_eq!(script(&arabic.body), script(&written));
    let header = arabic.header("content-security-policy").unwrap();
    assert_eq!(
        header.replace(" frame-ancestors 'none';", ""),
        csp::meta_policy(&arabic.body).unwrap()
    );
    assert_eq!(
        arabic.header("vary"),
        Some("accept-language, accept-encoding")
    );

    // Deep links get the same page; negotiation is the app's (fil -> Tagalog, yue and zh-TW ->
    // Traditional Chinese, an unknown language -> the default).
    for (asked, lang, heading) in [
        ("fil", "tl", "Mga serbisyo ng lungsod"),
        ("yue", "zh-Hant", "市政服務"),
        ("zh-TW", "zh-Hant", "市政服務"),
        ("zh", "zh-Hans", "市政服务"),
        ("pt-BR", "pt", "Serviços municipais"),
        ("de-DE, *;q=0.1", "en", "City services"),
    ] {
        let reply = page(
            addr,
            "/services/RD-POTHOLE",
            &format!("Accept-Language: {asked}\r\n"),
        )
        .await;
        assert!(
            reply.body.contains(&format!(r#"<html lang="{lang}""#)),
            "{asked}"
        );
        assert!(reply.body.contains(&format!(">{heading}</h1>")), "{asked}");
    }
    let none = page(addr, "/index.html", "").await;
    assert!(none.body.contains(r#"<html lang="en" dir="ltr">"#));

    // Compressed when asked, the same page; a second ask is answered from what was kept, and
    // a browser holding it gets 304.
    let (head, body) = raw(addr, "Accept-Language: ar\r\nAccept-Encoding: gzip, br\r\n").await;
    assert!(head.contains("content-encoding: br"), "{head}");
    let mut text = String::new();
    brotli::Decompressor::new(&body[..], 4096)
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text, arabic.body);
    let etag = head
        .lines()
        .find_map(|l| l.strip_prefix("etag: "))
        .unwrap()
        .to_owned();
    let again = page(
        addr,
        "/",
        &format!("Accept-Language: ar\r\nAccept-Encoding: br\r\nIf-None-Match: {etag}\r\n"),
    )
    .await;
    assert_eq!(again.status, 304);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_city_name_in_a_language_and_hostile_text_stay_text() {
    let dir = dist("hostile", |config| {
        config["city"]["name"] = serde_json::json!({
            "en": "City of <script>alert(1)</script> & Co",
            "fr": "Ville de \"Mississauga\""
        });
    });
    let addr = support::serve_dist(&dir).await;
    let french = page(addr, "/", "Accept-Language: fr-CA\r\n").await;
    assert!(
        french
            .body
            .contains(r#"<p class="site-header__home">Ville de &quot;Mississauga&quot;</p>"#)
    );
    let english = page(addr, "/", "Accept-Language: en\r\n").await;
    assert!(
        english
            .body
            .contains("City of &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
    );
    assert!(!english.body.contains("<script>alert(1)"));
    // In the script's table too, `</script>` cannot end the script.
    assert!(!script(&english.body).contains("alert(1)</script>"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A GET of `/` whose body is kept as bytes (compressed).
async fn raw(addr: std::net::SocketAddr, headers: &str) -> (String, Vec<u8>) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            format!("GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{headers}\r\n")
                .as_bytes(),
        )
        .await
        .unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.unwrap();
    let split = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&bytes[..split]).to_ascii_lowercase();
    assert!(!head.contains("transfer-encoding: chunked"), "{head}");
    (head, bytes[split + 4..].to_vec())
}
