//! `make bench`: search over 1,000 services, natively. Prints one JSON line.
//! (Run with --release; the budget is in tests/e2e/bench/budgets.json.)

use std::time::Instant;

use frontdesk_core::catalogue::{SearchIndex, merge};

fn main() {
    let words = [
        "pothole", "tree", "graffiti", "parking", "noise", "litter", "sidewalk", "light", "drain",
        "permit", "sign", "bench", "park", "snow", "water", "dumping", "café", "straße", "école",
        "bus",
    ];
    let services: Vec<open311::Service> = (0..1000)
        .map(|i| open311::Service {
            service_code: format!("S{i:04}"),
            service_name: format!(
                "{} {} report {i}",
                words[i % words.len()],
                words[(i * 7) % words.len()]
            ),
            description: Some(format!(
                "Tell the city about a {} near a {} in your neighbourhood.",
                words[(i * 3) % words.len()],
                words[(i * 11) % words.len()]
            )),
            metadata: false,
            service_type: open311::ServiceType::Realtime,
            keywords: vec![words[(i * 5) % words.len()].to_owned()],
            groups: vec![format!("Group {}", i % 25)],
            service_notice: None,
        })
        .collect();
    let topics = merge(&[], &services);
    let index = SearchIndex::new(&topics, |_| None);
    let queries = [
        "pot",
        "tree sign",
        "CAFE",
        "strasse",
        "ecole bus",
        "report 99",
        "zzz",
        "park",
        "neighbourhood",
        "light drain",
    ];
    let rounds = 50;
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for q in queries {
            found += index.search(q).len();
        }
    }
    let per_query_ms = start.elapsed().as_secs_f64() * 1000.0 / (rounds * queries.len()) as f64;
    // One line of JSON on standard output for bench.mjs.
    let line = format!(
        "{{\"services\":{},\"queries\":{},\"ms_per_query\":{per_query_ms:.4},\"hits\":{found}}}\n",
        services.len(),
        rounds * queries.len()
    );
    let _ = std::io::Write::write_all(&mut std::io::stdout(), line.as_bytes());
}
