//! Peak heap of extraction, page by page, against html5ever's parse of the same page.
//!
//! ```text
//! cargo run --release --example memory -- ../shared/bench/wcxb-dev
//! ```
//!
//! Reads `DIR/html/*.html.gz` (a benchmark dataset) or `DIR/*.html`. For each page, a
//! counting allocator (the one `tests/hostile.rs` uses) records the most heap live at once
//! during html5ever's parse into an `RcDom` ("the parse", dropped at the end as in
//! `examples/bench.rs`), and during extraction (`extract_bytes`, then `text()`). The input
//! itself is not counted, nor the tables built once per process (a small page is extracted
//! before measuring). Prints the distribution of extraction's peak over the parse's
//! peak and over the page's size, and the pages above the two bounds of issue 7:
//! extraction at most twice the parse's peak, and at most 4 × the page plus the parse's
//! peak (the parsed tree).

#[path = "../tests/measure/mod.rs"]
mod measure;
#[path = "pages/mod.rs"]
mod pages;

fn main() {
    let (dir, pages) = pages::pages_from_args("memory");
    let extractor = unboil::Extractor::new();
    // The tables built once per process (phrase automatons, pattern lists) are built here,
    // not charged to the first page.
    let _ = extractor.extract(measure::WARM_UP_PAGE);
    let mut rows = Vec::with_capacity(pages.len());
    for (name, bytes) in &pages {
        let html = String::from_utf8_lossy(bytes);
        let (_, parse) = measure::peak_heap(|| unboil::parse_only(&html));
        let (_, extract) = measure::peak_heap(|| {
            extractor
                .extract_bytes(bytes)
                .map(|article| article.text())
                .unwrap_or_default()
        });
        rows.push(Row {
            name: name.clone(),
            html: bytes.len(),
            parse,
            extract,
        });
    }
    report(&dir, &mut rows);
}

struct Row {
    name: String,
    html: usize,
    parse: usize,
    extract: usize,
}

impl Row {
    fn over_parse(&self) -> f64 {
        self.extract as f64 / self.parse.max(1) as f64
    }

    /// Extraction's peak beyond the parse's, per byte of page.
    fn beyond_parse_per_byte(&self) -> f64 {
        self.extract.saturating_sub(self.parse) as f64 / self.html.max(1) as f64
    }
}

fn report(dir: &str, rows: &mut [Row]) {
    let n = rows.len();
    let total = |f: fn(&Row) -> usize| rows.iter().map(f).sum::<usize>() as f64;
    println!("{n} pages from {dir}");
    println!(
        "all pages: html {:.1} MiB, parse peaks {:.1} MiB, extraction peaks {:.1} MiB (sums)",
        total(|r| r.html) / 1048576.0,
        total(|r| r.parse) / 1048576.0,
        total(|r| r.extract) / 1048576.0,
    );
    println!("| per page | median | p99 | max | pages over the bound |");
    println!("|---|---|---|---|---|");
    let over_parse = distribution(rows, Row::over_parse);
    println!(
        "| extraction peak / parse peak | {:.2} | {:.2} | {:.2} | {} above 2 |",
        over_parse.0,
        over_parse.1,
        over_parse.2,
        rows.iter().filter(|r| r.over_parse() > 2.0).count()
    );
    let beyond = distribution(rows, Row::beyond_parse_per_byte);
    println!(
        "| (extraction peak - parse peak) / page bytes | {:.2} | {:.2} | {:.2} | {} above 4 |",
        beyond.0,
        beyond.1,
        beyond.2,
        rows.iter()
            .filter(|r| r.beyond_parse_per_byte() > 4.0)
            .count()
    );
    let per_byte = distribution(rows, |r| r.extract as f64 / r.html.max(1) as f64);
    println!(
        "| extraction peak / page bytes | {:.2} | {:.2} | {:.2} | - |",
        per_byte.0, per_byte.1, per_byte.2
    );
    rows.sort_by(|a, b| b.over_parse().total_cmp(&a.over_parse()));
    print_top("highest extraction / parse", rows);
    rows.sort_by(|a, b| {
        b.beyond_parse_per_byte()
            .total_cmp(&a.beyond_parse_per_byte())
    });
    print_top("highest (extraction - parse) / page bytes", rows);
}

fn print_top(heading: &str, rows: &[Row]) {
    println!("{heading}:");
    for row in rows.iter().take(5) {
        println!(
            "  {}: html {} B, parse {} B, extraction {} B ({:.2}x the parse, {:.2} per page byte beyond it)",
            row.name,
            row.html,
            row.parse,
            row.extract,
            row.over_parse(),
            row.beyond_parse_per_byte()
        );
    }
}

/// Median, 99th percentile and maximum of `f` over `rows`.
fn distribution(rows: &[Row], f: impl Fn(&Row) -> f64) -> (f64, f64, f64) {
    let mut values: Vec<f64> = rows.iter().map(f).collect();
    values.sort_by(f64::total_cmp);
    let at = |p: f64| {
        values
            .get(((values.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    (at(0.5), at(0.99), at(1.0))
}
