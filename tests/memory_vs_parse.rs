//! Extraction's peak heap, page by page, against html5ever's parse of the same page, on
//! the shared benchmarks (`../shared/bench/*/html/*.html.gz`; skipped with a printed
//! reason when they are absent). Heap sizes are counts of bytes requested, not timings, so
//! the bounds are deterministic:
//!
//! - extraction's peak is at most twice the parse's peak (the parse into an `RcDom`);
//! - extraction's peak is at most the parse's peak plus four times the page.
//!
//! `cargo run --release --example memory -- DIR` prints the same measurement in full.

mod measure;

use std::io::Read;
use std::path::Path;

/// Datasets measured, under `../shared/bench`.
const DATASETS: &[&str] = &["scrapinghub", "wcxb-dev"];

#[test]
fn extraction_peak_stays_within_twice_the_parse_and_four_times_the_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench");
    let extractor = unboil::Extractor::new();
    for name in DATASETS {
        let dir = root.join(name).join("html");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            println!("skipped: {} is absent", dir.display());
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        // Tables built once per process (phrase automatons, pattern lists) are built by a
        // first extraction, not charged to the first page measured.
        let _ = extractor.extract(measure::WARM_UP_PAGE);
        let (mut pages, mut worst_ratio, mut over) = (0, 0.0f64, Vec::new());
        for path in paths
            .iter()
            .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(path).expect("page file"))
                .read_to_end(&mut bytes)
                .expect("gzip page");
            let html = String::from_utf8_lossy(&bytes).into_owned();
            let (_, parse) = measure::peak_heap(|| unboil::parse_only(&html));
            let (_, extract) = measure::peak_heap(|| {
                extractor
                    .extract_bytes(&bytes)
                    .map(|article| article.text())
                    .unwrap_or_default()
            });
            pages += 1;
            worst_ratio = worst_ratio.max(extract as f64 / parse.max(1) as f64);
            if extract > 2 * parse || extract > parse + 4 * bytes.len() {
                over.push(format!(
                    "{}: page {} B, parse peak {parse} B, extraction peak {extract} B",
                    path.display(),
                    bytes.len()
                ));
            }
        }
        println!("{name}: {pages} pages, highest extraction / parse peak {worst_ratio:.2}");
        assert!(
            over.is_empty(),
            "{name}: {} page(s) over the bounds:\n{}",
            over.len(),
            over.join("\n")
        );
    }
}
