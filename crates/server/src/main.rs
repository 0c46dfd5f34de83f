//! `frontdesk-server`: serves the built app (and, as the reference back end grows, Open311).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;

/// Frontdesk's server: serves the built app from --dist.
#[derive(Parser, Debug)]
#[command(name = "frontdesk-server", version, about)]
struct Cli {
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// The built app (Trunk's dist/ folder): index.html, hashed assets, config.json.
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
    /// Serve /locales/ from this folder with no-cache, so a translator's edit shows on reload.
    #[arg(long)]
    locales: Option<PathBuf>,
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    if !cli.dist.join("index.html").is_file() {
        eprintln!(
            "frontdesk-server: {} has no index.html; build the app first (make build)",
            cli.dist.display()
        );
        std::process::exit(2);
    }
    let app = frontdesk_server::static_files::router(&cli.dist, cli.locales.as_deref());
    let listener = match tokio::net::TcpListener::bind(cli.listen).await {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!("frontdesk-server: cannot listen on {}: {err}", cli.listen);
            std::process::exit(2);
        }
    };
    eprintln!(
        "frontdesk-server: serving {} on http://{}/",
        cli.dist.display(),
        cli.listen
    );
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(err) = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        eprintln!("frontdesk-server: {err}");
        std::process::exit(1);
    }
}
