//! Where extraction time goes on a directory of pages: each stage timed alone over every
//! page, summed, and shown as a share of html5ever's parse of the same pages (the baseline
//! of `examples/bench.rs`), measured in the same run.
//!
//! ```text
//! cargo run --release --features bench-internals --example stage_times -- ../shared/bench/wcxb-dev
//! ```
//!
//! Reads `DIR/html/*.html.gz` (a benchmark dataset) or `DIR/*.html`. Each stage runs on the
//! outputs of the stages before it (`unboil::stages::Prepared`), so the rows add up to
//! roughly the whole extraction, which is timed too.

#[path = "pages/mod.rs"]
mod pages;

use std::time::{Duration, Instant};

use unboil::stages::{self, Prepared};

fn main() {
    let (dir, pages) = pages::pages_from_args("stage_times");
    let pages: Vec<String> = pages
        .into_iter()
        .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
        .collect();
    let rows: Vec<(&str, Duration)> = vec![
        (
            "parse (html5ever + RcDom)",
            time(&pages, unboil::parse_only),
        ),
        ("dom build (own sink)", time(&pages, stages::parse_to_arena)),
        (
            "extract + text (whole)",
            time(&pages, |h| {
                unboil::extract(h).map(|a| a.text()).unwrap_or_default()
            }),
        ),
        ("  prune", time_stage(&pages, |p| drop(p.prune()))),
        ("  measure", time_stage(&pages, |p| drop(p.measure()))),
        ("  classify", time_stage(&pages, |p| drop(p.classify()))),
        ("  locate", time_stage(&pages, |p| drop(p.locate()))),
        ("  removed nodes", time_stage(&pages, |p| drop(p.removed()))),
        ("  blocks", time_stage(&pages, |p| drop(p.blocks()))),
        ("  metadata", time_stage(&pages, |p| drop(p.metadata()))),
    ];
    let parse = rows[0].1.as_secs_f64().max(1e-9);
    println!("{} pages from {dir}", pages.len());
    println!("| stage | total ms | share of parse |");
    println!("|---|---|---|");
    for (name, total) in rows {
        let secs = total.as_secs_f64();
        println!("| {name} | {:.1} | {:.3} |", secs * 1000.0, secs / parse);
    }
}

/// Total time of `run` over every page.
fn time<R>(pages: &[String], run: impl Fn(&str) -> R) -> Duration {
    pages
        .iter()
        .map(|html| {
            let start = Instant::now();
            std::hint::black_box(run(html));
            start.elapsed()
        })
        .sum()
}

/// Total time of one stage over every page, each page prepared (untimed) first.
fn time_stage(pages: &[String], run: impl Fn(&Prepared)) -> Duration {
    pages
        .iter()
        .map(|html| {
            let prepared = stages::prepare(html);
            let start = Instant::now();
            run(std::hint::black_box(&prepared));
            start.elapsed()
        })
        .sum()
}
