//! `frontdesk-server`: the reference Open311 GeoReport v2 back end (SQLite), which also serves
//! the built app; and the staff's command line for moving requests along.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, Subcommand};
use frontdesk_server::georeport::{Jurisdiction, Policy};
use frontdesk_server::{ServerSetup, faults::Faults, limit, notify, store};

/// Frontdesk's reference Open311 GeoReport v2 server. With no sub-command it serves
/// /open311/v2/ from the database and the built app from --dist.
#[derive(Parser, Debug)]
#[command(name = "frontdesk-server", version, about)]
struct Cli {
    /// The SQLite database (created, migrated and seeded on first use).
    #[arg(long, global = true, default_value = "data/frontdesk.sqlite")]
    db: PathBuf,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// The built app (Trunk's dist/): index.html, hashed assets, config.json.
    #[arg(long)]
    dist: Option<PathBuf>,
    /// Serve /locales/ from this folder with no-cache, so a translator's edit shows on reload.
    #[arg(long)]
    locales: Option<PathBuf>,
    /// Require this api_key on POST (403 when missing or wrong). Without it no key is checked.
    #[arg(long)]
    api_key: Option<String>,
    /// Require this jurisdiction_id on every call (400 when missing, 404 when different).
    /// Without it jurisdiction_id is ignored.
    #[arg(long)]
    jurisdiction: Option<String>,
    /// Batch services' tokens never resolve to a request id.
    #[arg(long)]
    tokens_never_resolve: bool,
    /// Fault: milliseconds added before every Open311 answer.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Fault: share (0 to 1) of Open311 calls answered with a 500.
    #[arg(long, default_value_t = 0.0)]
    error_rate: f64,
    /// Fault: errors come as HTML pages instead of an errors array.
    #[arg(long)]
    html_errors: bool,
    /// Fault: successful JSON bodies are cut in half.
    #[arg(long)]
    malformed_json: bool,
    /// Fault: no CORS headers on Open311 answers.
    #[arg(long)]
    no_cors: bool,
    /// Proxy mode: forward /open311/v2/X to URL/X (the city endpoint's base, e.g.
    /// https://city.example/open311/v2), adding the api_key from the OPEN311_API_KEY
    /// environment variable.
    #[arg(long, value_name = "URL")]
    upstream: Option<String>,
    /// What the upstream speaks: json (passed through) or xml (converted to JSON).
    #[arg(long, default_value = "json", value_parser = ["json", "xml"])]
    upstream_format: String,
    /// Seconds to wait for the upstream before answering 504.
    #[arg(long, default_value_t = 30)]
    upstream_timeout: u64,
    /// POSTs to the Open311 endpoint per client address: N/min (a burst of N, refilled at N a
    /// minute; over it, 429 with Retry-After), or off.
    #[arg(long, default_value = "20/min", value_name = "N/min")]
    post_limit: String,
    /// A reverse proxy in front of this server (an address or block, e.g. 10.0.0.0/8; may be
    /// repeated): only from these is X-Forwarded-For believed for the client's address.
    #[arg(long, value_name = "CIDR")]
    trusted_proxy: Vec<String>,
    /// Notifications (issue 16): residents subscribe to a request by browser push or email,
    /// and are told of each change of its status, notes or expected date (/notify/v1/).
    #[arg(long)]
    notify: bool,
    /// Seconds between the notifier's looks at the Open311 endpoint.
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    notify_interval: u64,
    /// Let push subscriptions point at loopback addresses, over http too (local test push
    /// services). Never in production.
    #[arg(long)]
    notify_allow_loopback: bool,
    /// The notifier's VAPID key file, made (mode 0600) on first start if missing; keep it:
    /// a new key orphans every browser's subscription. Default: vapid.key beside --db.
    #[arg(long, value_name = "PATH")]
    vapid_key: Option<PathBuf>,
    /// Who push services contact about this notifier (mailto:... or https://...); required
    /// with --notify.
    #[arg(long, value_name = "URI")]
    vapid_subject: Option<String>,
    /// The mail server for email notifications (smtp://host:25, smtp://host:587?tls=required,
    /// smtps://host:465); without it email is not offered.
    #[arg(long, value_name = "URL")]
    smtp: Option<String>,
    /// The sender of email notifications ("City 311 <noreply@city.example>"); required with
    /// --smtp.
    #[arg(long, value_name = "MAILBOX")]
    mail_from: Option<String>,
    /// Where residents reach this server (links in emails). Default: http://LISTEN.
    #[arg(long, value_name = "URL")]
    public_url: Option<String>,
    /// Where residents reach the app (request links in emails). Default: --public-url.
    #[arg(long, value_name = "URL")]
    app_url: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// The app's Content Security Policy for a config.json: written into index.html's meta tag
    /// with --write (for static hosts: run it again after editing config.json), otherwise
    /// printed as the header value this server sends with --page's inline scripts hashed.
    Csp {
        /// The config.json the app is served with.
        #[arg(long, default_value = "dist/config.json")]
        config: PathBuf,
        /// The index.html whose meta tag to write.
        #[arg(long, value_name = "INDEX_HTML")]
        write: Option<PathBuf>,
        /// The index.html whose inline scripts and styles the printed policy allows.
        #[arg(long, default_value = "dist/index.html")]
        page: PathBuf,
    },
    /// The page's shell (heading, lead, "Loading…", noscript) in the config's default language,
    /// with a script that shows it in the resident's language before the first paint: written
    /// into --write (make build runs it; for static hosts, run it again after editing
    /// config.json, then `csp --write`, which hashes the script).
    Shell {
        /// The config.json the app is served with.
        #[arg(long, default_value = "dist/config.json")]
        config: PathBuf,
        /// The translations (languages.json and each language's main.ftl).
        #[arg(long, default_value = "dist/locales")]
        locales: PathBuf,
        /// The index.html to write the shell into.
        #[arg(long, value_name = "INDEX_HTML", default_value = "dist/index.html")]
        write: PathBuf,
    },
    /// The web app manifest for a config.json (the city's name, colours, icons): written to
    /// --write (for static hosts: run it again after editing config.json), otherwise printed.
    /// This server makes it from --dist's config.json on each request.
    Manifest {
        /// The config.json the app is served with.
        #[arg(long, default_value = "dist/config.json")]
        config: PathBuf,
        /// Where to write it (dist/manifest.webmanifest).
        #[arg(long, value_name = "FILE")]
        write: Option<PathBuf>,
    },
    /// Staff actions on requests (they work while the server runs).
    Request {
        #[command(subcommand)]
        action: RequestAction,
    },
}

#[derive(Subcommand, Debug)]
enum RequestAction {
    /// Sets a request's status (open, closed, or an extended state such as in_progress,
    /// action_scheduled, fixed, duplicate), its status_notes and updated_datetime, and adds an
    /// entry to its history.
    SetStatus {
        /// The service_request_id.
        id: String,
        /// The new status.
        status: String,
        /// Why, shown to the resident as status_notes.
        #[arg(long)]
        note: Option<String>,
    },
}

fn fail(message: String) -> ! {
    eprintln!("frontdesk-server: {message}");
    std::process::exit(1)
}

fn csp_command(config: &std::path::Path, write: Option<&std::path::Path>, page: &std::path::Path) {
    use frontdesk_server::csp;
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())))
    };
    let config_text = read(config);
    match write {
        Some(index) => {
            let html = read(index);
            let policy = csp::meta_for(&config_text, &html)
                .unwrap_or_else(|e| fail(format!("{}: {e}", config.display())));
            let written = csp::with_meta(&html, &policy)
                .unwrap_or_else(|e| fail(format!("{}: {e}", index.display())));
            std::fs::write(index, written)
                .unwrap_or_else(|e| fail(format!("{}: {e}", index.display())));
            eprintln!(
                "frontdesk-server: the Content Security Policy in {} now follows {}",
                index.display(),
                config.display()
            );
        }
        None => {
            if let Err(e) = frontdesk_core::config::AppConfig::parse(&config_text) {
                fail(format!("{}: {e}", config.display()));
            }
            #[allow(clippy::print_stdout)]
            {
                println!("{}", csp::header_for(Some(&config_text), &read(page)));
            }
        }
    }
}

fn manifest_command(config: &std::path::Path, write: Option<&std::path::Path>) {
    let text = std::fs::read_to_string(config)
        .map_err(|e| e.to_string())
        .and_then(|text| frontdesk_server::manifest::text_for(&text))
        .unwrap_or_else(|e| fail(format!("{}: {e}", config.display())));
    match write {
        Some(file) => {
            std::fs::write(file, format!("{text}\n"))
                .unwrap_or_else(|e| fail(format!("{}: {e}", file.display())));
            eprintln!(
                "frontdesk-server: {} now follows {}",
                file.display(),
                config.display()
            );
        }
        #[allow(clippy::print_stdout)]
        None => println!("{text}"),
    }
}

fn shell_command(config: &std::path::Path, locales: &std::path::Path, index: &std::path::Path) {
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())))
    };
    let settings = frontdesk_core::config::AppConfig::parse(&read(config))
        .unwrap_or_else(|e| fail(format!("{}: {e}", config.display())));
    let written = frontdesk_server::shell::Shell::load(locales, &settings, None)
        .and_then(|shell| shell.write(&read(index)))
        .unwrap_or_else(|e| fail(e));
    std::fs::write(index, written).unwrap_or_else(|e| fail(format!("{}: {e}", index.display())));
    eprintln!(
        "frontdesk-server: the shell in {} now follows {} and {}",
        index.display(),
        config.display(),
        locales.display()
    );
}

/// The notifier `--notify` asks for; exits with the reason when a setting is unusable.
fn notifier(cli: &Cli, trusted: Vec<limit::Cidr>) -> Arc<notify::Notifier> {
    use frontdesk_server::push_endpoint::Loopback;
    use frontdesk_server::webpush::Vapid;
    let beside_db = |name: &str| {
        cli.db
            .parent()
            .map(|d| d.join(name))
            .unwrap_or_else(|| name.into())
    };
    let vapid_path = cli
        .vapid_key
        .clone()
        .unwrap_or_else(|| beside_db("vapid.key"));
    let vapid =
        Vapid::load_or_create(&vapid_path).unwrap_or_else(|e| fail(format!("--vapid-key: {e}")));
    let subject = cli
        .vapid_subject
        .clone()
        .filter(|s| s.starts_with("mailto:") || s.starts_with("https://"))
        .unwrap_or_else(|| {
            fail("--notify needs --vapid-subject mailto:... (or https://...)".into())
        });
    let mailer = cli.smtp.as_deref().map(|smtp| {
        let from = cli
            .mail_from
            .as_deref()
            .unwrap_or_else(|| fail("--smtp needs --mail-from".into()));
        notify::send::Mailer::new(smtp, from).unwrap_or_else(|e| fail(e))
    });
    let locales = cli
        .locales
        .clone()
        .or_else(|| cli.dist.as_ref().map(|d| d.join("locales")))
        .unwrap_or_else(|| fail("--notify needs --dist or --locales (for notify.ftl)".into()));
    let texts = notify::texts::Texts::load(&locales).unwrap_or_else(|e| fail(e));
    let book = notify::book::Book::open(&cli.db)
        .unwrap_or_else(|e| fail(format!("{}: {e}", cli.db.display())));
    // The notifier asks this server's own Open311 endpoint (which in proxy mode forwards).
    let own = match cli.listen {
        SocketAddr::V4(a) if a.ip().is_unspecified() => {
            SocketAddr::from(([127, 0, 0, 1], a.port()))
        }
        SocketAddr::V6(a) if a.ip().is_unspecified() => {
            SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, a.port()))
        }
        other => other,
    };
    let public_url = cli
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", cli.listen))
        .trim_end_matches('/')
        .to_owned();
    let app_url = cli
        .app_url
        .clone()
        .unwrap_or_else(|| public_url.clone())
        .trim_end_matches('/')
        .to_owned();
    let origins = [&app_url, &public_url]
        .iter()
        .filter_map(|url| frontdesk_core::media::other_origin(url))
        .collect();
    let per_minute = limit::parse_rate(&cli.post_limit).unwrap_or_else(|e| fail(e));
    notify::Notifier::new(notify::NotifySetup {
        book,
        open311: format!("http://{own}/open311/v2"),
        jurisdiction_id: cli.jurisdiction.clone(),
        pusher: notify::send::Pusher::new(
            vapid,
            subject,
            if cli.notify_allow_loopback {
                Loopback::Allowed
            } else {
                Loopback::Refused
            },
        ),
        mailer,
        texts,
        public_url,
        app_url,
        origins,
        limiter: per_minute.map(|n| Arc::new(limit::Limiter::new(n, trusted))),
    })
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    if let Some(Command::Manifest { config, write }) = &cli.command {
        manifest_command(config, write.as_deref());
        return;
    }
    if let Some(Command::Shell {
        config,
        locales,
        write,
    }) = &cli.command
    {
        shell_command(config, locales, write);
        return;
    }
    if let Some(Command::Csp {
        config,
        write,
        page,
    }) = &cli.command
    {
        csp_command(config, write.as_deref(), page);
        return;
    }
    let store =
        store::Store::open(&cli.db).unwrap_or_else(|e| fail(format!("{}: {e}", cli.db.display())));
    if let Some(Command::Request {
        action: RequestAction::SetStatus { id, status, note },
    }) = &cli.command
    {
        let status = open311::Status::parse(status);
        match store.set_status(id, &status, note.as_deref(), store::now()) {
            Ok(true) => {
                eprintln!("frontdesk-server: request {id} is now {}", status.as_str());
                return;
            }
            Ok(false) => fail(format!("no request has the id {id}")),
            Err(e) => fail(format!("{}: {e}", cli.db.display())),
        }
    }
    match store.seed_if_empty(frontdesk_server::SEED_CATALOGUE) {
        Ok(0) => {}
        Ok(n) => eprintln!(
            "frontdesk-server: seeded {n} services into {}",
            cli.db.display()
        ),
        Err(e) => fail(e.to_string()),
    }
    if let Some(dist) = &cli.dist
        && !dist.join("index.html").is_file()
    {
        fail(format!(
            "{} has no index.html; build the app first (make build)",
            dist.display()
        ));
    }
    if !(0.0..=1.0).contains(&cli.error_rate) {
        fail("--error-rate must be between 0 and 1".into());
    }
    let trusted: Vec<limit::Cidr> = cli
        .trusted_proxy
        .iter()
        .map(|c| {
            c.parse()
                .unwrap_or_else(|e: String| fail(format!("--trusted-proxy: {e}")))
        })
        .collect();
    let post_limit = limit::parse_rate(&cli.post_limit)
        .unwrap_or_else(|e| fail(e))
        .map(|n| Arc::new(limit::Limiter::new(n, trusted.clone())));
    let notifier = cli.notify.then(|| notifier(&cli, trusted.clone()));
    let app = frontdesk_server::app(ServerSetup {
        store: Arc::new(store),
        policy: Policy {
            api_key: cli.api_key.clone(),
            jurisdiction: cli
                .jurisdiction
                .clone()
                .map_or(Jurisdiction::Ignore, Jurisdiction::Require),
            tokens_never_resolve: cli.tokens_never_resolve,
        },
        faults: Faults {
            latency: Duration::from_millis(cli.latency_ms),
            error_rate: cli.error_rate,
            html_errors: cli.html_errors,
            malformed_json: cli.malformed_json,
            no_cors: cli.no_cors,
            ..Faults::default()
        },
        upstream: cli
            .upstream
            .clone()
            .map(|base_url| frontdesk_server::proxy::Upstream {
                base_url,
                format: if cli.upstream_format == "xml" {
                    frontdesk_server::proxy::UpstreamFormat::Xml
                } else {
                    frontdesk_server::proxy::UpstreamFormat::Json
                },
                api_key: std::env::var("OPEN311_API_KEY")
                    .ok()
                    .filter(|k| !k.is_empty()),
                timeout: Duration::from_secs(cli.upstream_timeout),
            }),
        media_dir: Some(
            cli.db
                .parent()
                .map(|d| d.join("media"))
                .unwrap_or_else(|| "media".into()),
        ),
        dist: cli.dist.clone(),
        locales: cli.locales.clone(),
        post_limit,
        notifier: notifier.clone(),
    });
    let listener = tokio::net::TcpListener::bind(cli.listen)
        .await
        .unwrap_or_else(|e| fail(format!("cannot listen on {}: {e}", cli.listen)));
    match &cli.upstream {
        Some(upstream) => eprintln!(
            "frontdesk-server: Open311 at http://{}/open311/v2/ forwards to {upstream}",
            cli.listen
        ),
        None => eprintln!(
            "frontdesk-server: Open311 at http://{}/open311/v2/ (database {})",
            cli.listen,
            cli.db.display()
        ),
    }
    if let Some(dist) = &cli.dist {
        eprintln!(
            "frontdesk-server: app from {} at http://{}/",
            dist.display(),
            cli.listen
        );
    }
    if let Some(notifier) = &notifier {
        notifier.spawn(Duration::from_secs(cli.notify_interval.max(1)));
        eprintln!(
            "frontdesk-server: notifier at http://{}/notify/v1/ ({} subscriptions), looking every {} s",
            cli.listen,
            notifier.book().count().unwrap_or(0),
            cli.notify_interval
        );
    }
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    // The peer's address is the client's (or its proxy's): the POST limit keys on it.
    let app = app.into_make_service_with_connect_info::<SocketAddr>();
    if let Err(e) = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        fail(e.to_string());
    }
}
