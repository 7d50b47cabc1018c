//! Runs unboil over every page of a benchmark dataset and writes predictions for
//! `score.py`.
//!
//! ```text
//! cargo run --release --example bench -- ../shared/bench/scrapinghub --out sh.preds.json
//! python3 ../shared/bench/score.py ../shared/bench/scrapinghub sh.preds.json
//! ```
//!
//! The last line printed is
//! `pages=N errors=N pages_per_s=X ms_median=X ms_p99=X parse_pages_per_s=X ratio_to_parse=X`:
//! times cover extraction and text rendering (not file reading); `parse_*` is html5ever
//! parsing alone on the same pages in the same run.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dataset = None;
    let mut out = None;
    let mut text_mode = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--text" => text_mode = true,
            "--out" => out = it.next().map(PathBuf::from),
            other => dataset = Some(PathBuf::from(other)),
        }
    }
    let Some(dataset) = dataset else {
        eprintln!("usage: bench DATASET_DIR [--text] [--out PREDS.json]");
        std::process::exit(2);
    };
    let pages = match read_pages(&dataset, text_mode) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cannot read {}: {e}", dataset.display());
            std::process::exit(2);
        }
    };
    let extractor = unboil::Extractor::new();
    let mut preds = BTreeMap::new();
    let mut times = Vec::with_capacity(pages.len());
    let mut errors = 0usize;
    for (id, bytes) in &pages {
        let start = Instant::now();
        let result = if text_mode {
            extractor.clean_text(&String::from_utf8_lossy(bytes))
        } else {
            extractor.extract_bytes(bytes)
        };
        let entry = match result {
            Ok(article) => {
                let body = article.text();
                times.push(start.elapsed().as_secs_f64());
                serde_json::json!({
                    "body": body,
                    "title": article.title,
                    "author": article.byline,
                    "date": article.published,
                })
            }
            Err(e) => {
                times.push(start.elapsed().as_secs_f64());
                if !e.is_no_content() {
                    errors += 1;
                    eprintln!("{id}: {e}");
                }
                serde_json::json!({ "body": "" })
            }
        };
        preds.insert(id.clone(), entry);
    }
    let mut parse_total = 0.0;
    for (_, bytes) in &pages {
        let start = Instant::now();
        let html = String::from_utf8_lossy(bytes);
        std::hint::black_box(unboil::parse_only(&html));
        parse_total += start.elapsed().as_secs_f64();
    }
    if let Some(out) = out {
        let json = serde_json::to_string(&preds).unwrap_or_default();
        if let Err(e) = std::fs::write(&out, json) {
            eprintln!("cannot write {}: {e}", out.display());
            std::process::exit(2);
        }
    }
    let total: f64 = times.iter().sum();
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        times
            .get(((times.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(0.0)
            * 1000.0
    };
    let n = pages.len();
    println!(
        "pages={n} errors={errors} pages_per_s={:.1} ms_median={:.3} ms_p99={:.3} parse_pages_per_s={:.1} ratio_to_parse={:.2}",
        n as f64 / total.max(1e-9),
        pct(0.5),
        pct(0.99),
        n as f64 / parse_total.max(1e-9),
        total / parse_total.max(1e-9),
    );
}

/// `(id, bytes)` for every page of the dataset, sorted by id.
fn read_pages(dataset: &Path, text_mode: bool) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let (dir, suffix) = if text_mode {
        ("text", ".txt.gz")
    } else {
        ("html", ".html.gz")
    };
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dataset.join(dir))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some(id) = name.strip_suffix(suffix) else {
            continue;
        };
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
        pages.push((id.to_string(), bytes));
    }
    pages.sort();
    Ok(pages)
}
