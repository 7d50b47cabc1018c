//! Criterion benches over our own fixture pages (`tests/fixtures/html/*.html`, read at start):
//! html5ever's parse alone, the arena build, the whole `extract`, then each stage alone on
//! the outputs of the stages before it, then each renderer on a pre-extracted `Article`.
//! One group per stage, one bench per page (`<stage>/<page>`), throughput in bytes of the
//! page's HTML, so a regression names its stage.
//!
//! ```sh
//! cargo bench --features bench-internals --bench stages
//! cargo bench --features bench-internals --bench stages -- --warm-up-time 1 --measurement-time 2
//! ```

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput};
use unboil::stages::{self, Prepared};

/// One fixture page.
struct Page {
    name: String,
    html: String,
}

/// Every `tests/fixtures/html/*.html`, by name.
fn fixtures() -> Vec<Page> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut pages: Vec<Page> = entries
        .map(|entry| entry.expect("fixture directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "html"))
        .map(|path| Page {
            name: path
                .file_stem()
                .expect("fixture file name")
                .to_string_lossy()
                .into_owned(),
            html: std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display())),
        })
        .collect();
    pages.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(!pages.is_empty(), "no fixtures in {}", dir.display());
    pages
}

/// Group `stage`: for each page, `setup` once (untimed), then `run` on its output (timed).
fn group<'a, T, R>(
    c: &mut Criterion,
    stage: &str,
    pages: &'a [Page],
    setup: impl Fn(&'a Page) -> T,
    run: impl Fn(&T) -> R,
) {
    let mut g = c.benchmark_group(stage);
    for page in pages {
        let input = setup(page);
        g.throughput(Throughput::Bytes(page.html.len() as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(&page.name),
            &input,
            |b, input| {
                b.iter(|| run(black_box(input)));
            },
        );
    }
    g.finish();
}

fn html(page: &Page) -> &str {
    &page.html
}

fn prepare(page: &Page) -> Prepared {
    stages::prepare(&page.html)
}

fn article(page: &Page) -> unboil::Article {
    unboil::extract(&page.html)
        .unwrap_or_else(|e| panic!("fixture {} does not extract: {e}", page.name))
}

fn benches(c: &mut Criterion) {
    let pages = fixtures();
    group(c, "parse", &pages, html, |h| unboil::parse_only(h));
    group(c, "dom_build", &pages, html, |h| stages::parse_to_arena(h));
    group(c, "extract", &pages, html, |h| unboil::extract(h));

    group(c, "prune", &pages, prepare, Prepared::prune);
    group(c, "measure", &pages, prepare, Prepared::measure);
    group(c, "classify", &pages, prepare, Prepared::classify);
    group(c, "locate", &pages, prepare, Prepared::locate);
    group(c, "removed_nodes", &pages, prepare, Prepared::removed);
    group(c, "blocks", &pages, prepare, Prepared::blocks);
    group(c, "metadata", &pages, prepare, Prepared::metadata);

    group(c, "render_text", &pages, article, unboil::Article::text);
    group(
        c,
        "render_markdown",
        &pages,
        article,
        unboil::Article::markdown,
    );
    group(c, "render_html", &pages, article, unboil::Article::html);
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
}
