//! `frontdesk-l10n`: the translators' command (`make l10n`).
//!
//! - `frontdesk-l10n [check] [--root locales] [--default en] [--catalogue public/catalogue.json]
//!   [--config public/config.json]`: every problem in every locale, one line each, notes where
//!   catalogue.json and a services.ftl translate the same text, then a completeness table;
//!   exit 1 on any error, 0 with only warnings.
//! - `frontdesk-l10n service-ids [--url URL] [--catalogue public/catalogue.json]`: the
//!   services.ftl message ids a running back end's services and the city's catalogue.json use,
//!   with their own text, ready to paste into a services.ftl.

use std::path::PathBuf;
use std::process::ExitCode;

fn value(args: &[String], flag: &str, default: &str) -> String {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| default.to_owned())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("service-ids") => service_ids(
            &value(&args, "--url", "http://127.0.0.1:8080/open311/v2"),
            &value(&args, "--catalogue", "public/catalogue.json"),
            args.iter().any(|a| a == "--catalogue"),
            &city_language(&value(&args, "--config", "public/config.json")),
        ),
        Some("--help" | "-h" | "help") => {
            eprintln!(
                "usage: frontdesk-l10n [check] [--root locales] [--default en] [--catalogue public/catalogue.json] [--config public/config.json]\n       frontdesk-l10n service-ids [--url http://127.0.0.1:8080/open311/v2] [--catalogue public/catalogue.json] [--config public/config.json]"
            );
            ExitCode::SUCCESS
        }
        _ => check(
            &PathBuf::from(value(&args, "--root", "locales")),
            &value(&args, "--default", "en"),
            &value(&args, "--catalogue", "public/catalogue.json"),
            &city_language(&value(&args, "--config", "public/config.json")),
        ),
    }
}

/// The language the city writes its files in: config.json's `default_language` (English when
/// the file cannot be read or used; `make l10n` is not the place to report it).
fn city_language(config: &str) -> String {
    std::fs::read_to_string(config)
        .ok()
        .and_then(|text| frontdesk_core::config::AppConfig::parse(&text).ok())
        .map_or_else(|| "en".to_owned(), |c| c.default_language)
}

fn check(root: &std::path::Path, default: &str, catalogue: &str, city_language: &str) -> ExitCode {
    let report = match frontdesk_l10n::check(root, default) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("frontdesk-l10n: cannot read {}: {e}", root.display());
            return ExitCode::from(2);
        }
    };
    let mut out = String::new();
    for problem in &report.problems {
        out.push_str(&format!("{problem}\n"));
    }
    // The city's own translations in catalogue.json, where a translator's also exist. A
    // catalogue that cannot be read or used is the app's and the server's to report.
    if let Some(parsed) = std::fs::read_to_string(catalogue)
        .ok()
        .and_then(|text| frontdesk_core::catalogue::parse(&text, city_language).ok())
    {
        for overlap in frontdesk_l10n::city::overlaps(root, &parsed.texts) {
            out.push_str(&format!("{overlap}\n"));
        }
    }
    out.push_str(&format!(
        "\n{:<10} {:>9} {:>9} {:>7} {:>9} {:>6}  {}\n",
        "locale", "messages", "present", "errors", "warnings", "done", "reviewed"
    ));
    for row in &report.table {
        // The default language is the original: nothing to review.
        let reviewed = match report.reviewed.get(&row.locale) {
            _ if row.locale == default => "original",
            Some(true) => "yes",
            Some(false) => "no",
            None => "not in languages.json",
        };
        out.push_str(&format!(
            "{:<10} {:>9} {:>9} {:>7} {:>9} {:>5}%  {reviewed}\n",
            row.locale,
            row.expected,
            row.present,
            row.errors,
            row.warnings,
            row.percent()
        ));
    }
    let errors = report.errors();
    out.push_str(&format!(
        "{errors} errors, {} warnings; plural categories checked against CLDR {}\n",
        report.problems.len() - errors,
        frontdesk_l10n::cldr_version()
    ));
    eprint!("{out}");
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn service_ids(
    base: &str,
    catalogue: &str,
    catalogue_given: bool,
    city_language: &str,
) -> ExitCode {
    let base = base.trim_end_matches('/');
    let fetch = |url: String| -> Result<String, String> {
        ureq::get(&url)
            .call()
            .map_err(|e| format!("{url}: {e}"))?
            .into_body()
            .read_to_string()
            .map_err(|e| format!("{url}: {e}"))
    };
    let specs = match std::fs::read_to_string(catalogue) {
        Ok(text) => match frontdesk_core::catalogue::parse(&text, city_language) {
            Ok(catalogue) => catalogue.topics,
            Err(e) => {
                eprintln!("frontdesk-l10n: {catalogue}: {e}");
                return ExitCode::FAILURE;
            }
        },
        // A deployment may have no catalogue: its topics are then the back end's groups.
        Err(e) if !catalogue_given && e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!(
                "frontdesk-l10n: no catalogue at {catalogue}: listing the back end's ids only (--catalogue PATH)"
            );
            Vec::new()
        }
        Err(e) => {
            eprintln!("frontdesk-l10n: cannot read {catalogue}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let run = || -> Result<String, String> {
        let services = open311::decode::services(&fetch(format!("{base}/services.json"))?)
            .map_err(|e| e.to_string())?;
        let mut listed = Vec::new();
        for service in services {
            let definition = if service.metadata {
                let text = fetch(format!(
                    "{base}/services/{}.json",
                    open311::encode::segment(&service.service_code)
                ))?;
                open311::decode::service_definition(&text).ok()
            } else {
                None
            };
            listed.push((service, definition));
        }
        Ok(frontdesk_l10n::ids::document(&listed, &specs))
    };
    match run() {
        // The ids go to standard output, to be redirected into a services.ftl.
        Ok(text) => match std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        },
        Err(e) => {
            eprintln!("frontdesk-l10n: {e} (is `make run` running?)");
            ExitCode::FAILURE
        }
    }
}
