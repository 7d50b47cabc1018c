//! Shows that extraction time grows linearly with the input: times `extract` (parse,
//! extract, render text) on pages from 10 KB to 100 MB, and on `<div>` nesting from 1,000 to
//! 100,000 levels, and prints the time per megabyte next to html5ever's own parse of the
//! same page, so the ratio, not the machine, is what to read.
//!
//! ```sh
//! cargo run --release --example scaling            # up to 10 MB
//! cargo run --release --example scaling -- --huge  # adds 100 MB
//! ```
//!
//! The pages repeat the article of `tests/fixtures/html/news_semantic.html` (a page written
//! for this project) inside one body, so every size has the same markup density.

use std::time::Instant;

const FIXTURE: &str = include_str!("../tests/fixtures/html/news_semantic.html");

/// The fixture's `<body>` content, repeated until the page reaches `bytes`.
fn page_of(bytes: usize) -> String {
    let body = FIXTURE
        .split_once("<body")
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(_, rest)| rest.split("</body>").next().unwrap_or(rest))
        .unwrap_or(FIXTURE);
    let mut html = String::with_capacity(bytes + body.len() + 64);
    html.push_str("<!doctype html><html><head><title>Scaling</title></head><body>");
    while html.len() < bytes {
        html.push_str("<section>");
        html.push_str(body);
        html.push_str("</section>");
    }
    html.push_str("</body></html>");
    html
}

fn nested_divs(depth: usize) -> String {
    let mut html = "<div>".repeat(depth);
    html.push_str("The text at the bottom of the nesting, with a few words, and a comma.");
    html.push_str(&"</div>".repeat(depth));
    html
}

/// Best of `runs` timings of `f`, in seconds.
fn best_of(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn row(label: &str, html: &str) {
    let runs = (20_000_000 / html.len().max(1)).clamp(1, 50);
    let extractor = unboil::Extractor::new().max_input_bytes(usize::MAX);
    let extract = best_of(runs, || {
        let text = extractor
            .extract(html)
            .map(|a| a.text())
            .unwrap_or_default();
        std::hint::black_box(text);
    });
    let parse = best_of(runs, || {
        std::hint::black_box(unboil::parse_only(html));
    });
    let mb = html.len() as f64 / 1e6;
    println!(
        "| {label} | {:.2} MB | {:.1} ms | {:.1} ms/MB | {:.1} ms/MB | {:.2} |",
        mb,
        extract * 1e3,
        extract * 1e3 / mb,
        parse * 1e3 / mb,
        extract / parse
    );
}

fn main() {
    let huge = std::env::args().any(|a| a == "--huge");
    println!("| input | size | extract | extract per MB | parse per MB | ratio to parse |");
    println!("|---|---|---|---|---|---|");
    let mut sizes = vec![10_000, 100_000, 1_000_000, 10_000_000];
    if huge {
        sizes.push(100_000_000);
    }
    for bytes in sizes {
        row(&format!("article x{}", bytes / 1000), &page_of(bytes));
    }
    for depth in [1_000, 10_000, 100_000] {
        // html5ever alone is quadratic in nesting depth; only unboil's guarded parse is timed
        // for the deep pages (the parse column is the same page parsed by html5ever).
        let html = nested_divs(depth);
        let start = Instant::now();
        let _ = std::hint::black_box(unboil::extract(&html));
        let extract = start.elapsed().as_secs_f64();
        let mb = html.len() as f64 / 1e6;
        println!(
            "| div nesting {depth} | {mb:.2} MB | {:.1} ms | {:.1} ms/MB | (quadratic) | - |",
            extract * 1e3,
            extract * 1e3 / mb
        );
    }
}
