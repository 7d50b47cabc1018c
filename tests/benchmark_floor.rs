//! Accuracy floors on the shared benchmarks, scored in Rust exactly as
//! `../shared/bench/score.py` scores them: HTML mode (`html/<id>.html.gz` through
//! `extract_bytes`) and text mode (`text/<id>.txt.gz` through `clean_text`). Each floor is a
//! ratchet: raise it when the measured value goes up, never lower it. A dataset (or mode
//! folder) that is not there is skipped with a printed reason.
//!
//! ```text
//! cargo test --test benchmark_floor -- --nocapture
//! ```

mod common;

use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::PageScore;
use unboil::{Article, Error};

/// A page's score, its snippet rates, its extraction error (other than no content) and its
/// panic message.
type PageOutcome = (
    PageScore,
    FieldMatches,
    SnippetRates,
    Option<String>,
    Option<String>,
);

/// Share of the truth's `with` and `without` snippets found in a page's text: `None` where
/// the truth has none.
type SnippetRates = [Option<f64>; 2];

/// Title, author and date against the truth: `None` where the truth has no value.
type FieldMatches = [Option<bool>; 3];

/// Shingle F1 on `scrapinghub` (score.py's `F1`); measured 0.9763 when set. Only goes up.
const SCRAPINGHUB_SHINGLE_F1_FLOOR: f64 = 0.974;
/// Word F1 on `wcxb-dev` (score.py's `word_F1`); measured 0.8904 when set. Only goes up.
const WCXB_WORD_F1_FLOOR: f64 = 0.889;
/// Word F1 by page type on `wcxb-dev` (score.py's `--by-type`): the per-type targets
/// (documentation 0.95, product 0.68, service 0.86 ...), each at or under what was measured
/// when set (article 0.9599, documentation 0.9509, service 0.8656, forum 0.8334, listing
/// 0.7596, collection 0.7412, product 0.6954). Only go up.
const WCXB_TYPE_WORD_F1_FLOORS: &[(&str, f64)] = &[
    ("article", 0.955),
    ("documentation", 0.95),
    ("service", 0.862),
    ("forum", 0.832),
    ("listing", 0.758),
    ("collection", 0.74),
    ("product", 0.694),
];
/// Text mode (`text/<id>.txt.gz` through `clean_text`): shingle F1 on `scrapinghub`
/// (score.py's `F1`); measured 0.8788 when set. Only goes up.
const SCRAPINGHUB_TEXT_SHINGLE_F1_FLOOR: f64 = 0.875;
/// Text mode (`text/<id>.txt.gz` through `clean_text`): word F1 on `wcxb-dev` (score.py's
/// `word_F1`); measured 0.7855 when set. Only goes up.
const WCXB_TEXT_WORD_F1_FLOOR: f64 = 0.784;
/// Metadata exact-match rates on `wcxb-dev` (score.py's `title`, `author`, `date`, which
/// also apply NFKC; this port folds case and whitespace only); measured 0.8004, 0.8024 and
/// 0.8715 by score.py when set (0.7990 for the title here). Only go up.
const WCXB_TITLE_FLOOR: f64 = 0.795;
const WCXB_AUTHOR_FLOOR: f64 = 0.80;
const WCXB_DATE_FLOOR: f64 = 0.865;
/// Share of the truth's `with` snippets (text that must be kept) found on `wcxb-dev`
/// (score.py's `with`: case-insensitive substrings, a page without snippets counting 1);
/// measured 0.8244 when set. Only goes up.
const WCXB_WITH_FLOOR: f64 = 0.823;
/// Share of the truth's `without` snippets (boilerplate) found on `wcxb-dev` (score.py's
/// `without`, over pages with snippets); the target is 0.05 at most, measured 0.0489 when
/// set. Only goes down.
const WCXB_WITHOUT_CEILING: f64 = 0.05;

/// How one page file becomes an article.
type Extract = fn(&[u8]) -> Result<Article, Error>;

/// The pages of a dataset in one input mode.
#[derive(Clone, Copy)]
struct Mode {
    /// Subfolder of the dataset holding the pages: `html` or `text`.
    folder: &'static str,
    /// What follows the page id in a page's file name.
    suffix: &'static str,
    /// Runs the extractor on a page's (decompressed) bytes.
    extract: Extract,
}

/// `html/<id>.html.gz` through `unboil::extract_bytes`.
const HTML: Mode = Mode {
    folder: "html",
    suffix: ".html.gz",
    extract: unboil::extract_bytes,
};

/// `text/<id>.txt.gz` through `unboil::clean_text` (the dumps are UTF-8).
const TEXT: Mode = Mode {
    folder: "text",
    suffix: ".txt.gz",
    extract: |bytes| unboil::clean_text(&String::from_utf8_lossy(bytes)),
};

/// Every page of one dataset: truth body, extracted body, and what went wrong.
struct Run {
    pages: Vec<PageScore>,
    /// Each page's type in the truth (`article` when it names none), in page order.
    page_types: Vec<String>,
    /// Title, author and date matches, page by page.
    fields: Vec<FieldMatches>,
    /// `with` and `without` snippet rates, page by page.
    snippets: Vec<SnippetRates>,
    /// `id: error` for every Err that is not `is_no_content()`.
    errors: Vec<String>,
    /// `id: message` for every panic.
    panics: Vec<String>,
}

fn dataset_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/bench")
        .join(name)
}

/// Runs `mode.extract` over every page of `name` (in parallel, one worker per core) and
/// scores each against its truth; `None` (after saying why) when the dataset or its
/// `mode.folder` is absent.
fn run(name: &str, mode: Mode) -> Option<Run> {
    let dir = dataset_dir(name);
    let truth_path = dir.join("truth.json");
    if !truth_path.exists() {
        eprintln!("skipping: ../shared/bench/{name} not found");
        return None;
    }
    let pages_dir = dir.join(mode.folder);
    if !pages_dir.is_dir() {
        eprintln!("skipping: ../shared/bench/{name}/{} not found", mode.folder);
        return None;
    }
    let truth_json = std::fs::read_to_string(&truth_path).expect("truth.json is readable");
    let truth: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&truth_json).expect("truth.json is a JSON object");
    let truth: Vec<Truth> = truth
        .into_iter()
        .map(|(id, t)| {
            let text = |key: &str| t.get(key).and_then(|v| v.as_str()).map(str::to_string);
            let snippets = |key: &str| -> Vec<String> {
                t.get(key)
                    .and_then(|v| v.as_array())
                    .map(|a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            Truth {
                body: text("body").unwrap_or_default(),
                fields: [text("title"), text("author"), text("date")],
                page_type: text("page_type").unwrap_or_else(|| "article".to_string()),
                snippets: [snippets("with"), snippets("without")],
                id,
            }
        })
        .collect();

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<PageOutcome>>> = Mutex::new(vec![None; truth.len()]);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(Truth {
                        id,
                        body: true_body,
                        fields: true_fields,
                        snippets: true_snippets,
                        ..
                    }) = truth.get(i)
                    else {
                        break;
                    };
                    let bytes = read_gz(&pages_dir.join(format!("{id}{}", mode.suffix)));
                    let none = || (String::new(), [None, None, None]);
                    let ((body, fields), error, panic) =
                        match catch_unwind(AssertUnwindSafe(|| {
                            (mode.extract)(&bytes)
                                .map(|a| (a.text(), [a.title, a.byline, a.published]))
                        })) {
                            Ok(Ok(found)) => (found, None, None),
                            Ok(Err(e)) if e.is_no_content() => (none(), None, None),
                            Ok(Err(e)) => (none(), Some(format!("{id}: {e}")), None),
                            Err(payload) => {
                                let msg = payload
                                    .downcast_ref::<&str>()
                                    .map(|s| s.to_string())
                                    .or_else(|| payload.downcast_ref::<String>().cloned())
                                    .unwrap_or_default();
                                (none(), None, Some(format!("{id}: {msg}")))
                            }
                        };
                    let score = PageScore::new(true_body, &body);
                    let snippets = true_snippets.each_ref().map(|s| snippets_found(&body, s));
                    let matches = [0, 1, 2].map(|f| {
                        field_match(f == 2, true_fields[f].as_deref(), fields[f].as_deref())
                    });
                    results.lock().expect("no worker panics holding the lock")[i] =
                        Some((score, matches, snippets, error, panic));
                }
            });
        }
    });

    let mut run = Run {
        pages: Vec::new(),
        page_types: truth.into_iter().map(|t| t.page_type).collect(),
        fields: Vec::new(),
        snippets: Vec::new(),
        errors: Vec::new(),
        panics: Vec::new(),
    };
    for (score, fields, snippets, error, panic) in
        results.into_inner().expect("lock").into_iter().flatten()
    {
        run.pages.push(score);
        run.fields.push(fields);
        run.snippets.push(snippets);
        run.errors.extend(error);
        run.panics.extend(panic);
    }
    assert_eq!(run.pages.len(), run.page_types.len(), "every page scored");
    Some(run)
}

/// One page's truth.
struct Truth {
    id: String,
    body: String,
    /// Title, author and date.
    fields: [Option<String>; 3],
    page_type: String,
    /// The `with` and `without` snippets.
    snippets: [Vec<String>; 2],
}

/// score.py's `snippets_found`: the share of `snippets` that `text` holds, case-insensitive;
/// `None` without snippets.
fn snippets_found(text: &str, snippets: &[String]) -> Option<f64> {
    if snippets.is_empty() {
        return None;
    }
    let text = text.to_lowercase();
    let found = snippets
        .iter()
        .filter(|s| text.contains(&s.to_lowercase()))
        .count();
    Some(found as f64 / snippets.len() as f64)
}

/// score.py's `field_match`: `None` without a true value; dates compare on the true value's
/// length (its `YYYY-MM-DD`), other fields after folding case and whitespace.
fn field_match(is_date: bool, truth: Option<&str>, predicted: Option<&str>) -> Option<bool> {
    let truth = truth.map(str::trim).filter(|t| !t.is_empty())?;
    let Some(predicted) = predicted.map(str::trim).filter(|p| !p.is_empty()) else {
        return Some(false);
    };
    if is_date {
        let t = truth.get(..10).unwrap_or(truth);
        return Some(predicted.get(..t.len()) == Some(t));
    }
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    Some(fold(predicted) == fold(truth))
}

fn read_gz(path: &Path) -> Vec<u8> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    bytes
}

fn fmt(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.4}"))
}

/// Fails on any panic or any error other than no-content, listing every page.
fn assert_no_faults(name: &str, run: &Run) {
    assert!(
        run.panics.is_empty(),
        "{name}: {} page(s) panicked:\n{}",
        run.panics.len(),
        run.panics.join("\n")
    );
    assert!(
        run.errors.is_empty(),
        "{name}: {} page(s) failed with an error other than no-content:\n{}",
        run.errors.len(),
        run.errors.join("\n")
    );
}

/// Runs `name` in `mode`, prints its scores (`label` names the run) and fails on a fault or
/// when shingle F1 is below `floor`.
fn shingle_f1_floor(name: &str, label: &str, mode: Mode, floor: f64) {
    let Some(run) = run(name, mode) else { return };
    let (p, r, f1) = common::shingle_summary(&run.pages);
    let (wp, wr, wf1) = common::word_summary(&run.pages);
    println!(
        "{label}: pages {} F1 {} P {} R {} (word_F1 {} word_P {} word_R {})",
        run.pages.len(),
        fmt(f1),
        fmt(p),
        fmt(r),
        fmt(wf1),
        fmt(wp),
        fmt(wr)
    );
    assert_no_faults(label, &run);
    let f1 = f1.unwrap_or(0.0);
    assert!(
        f1 >= floor,
        "{label} shingle F1 {f1:.4} (P {}, R {}) is below the floor {floor}",
        fmt(p),
        fmt(r)
    );
}

/// Runs `name` in `mode`, prints its scores (`label` names the run) and fails on a fault or
/// when word F1 is below `floor`; gives the run back for more floors (`None` when skipped).
fn word_f1_floor(name: &str, label: &str, mode: Mode, floor: f64) -> Option<Run> {
    let run = run(name, mode)?;
    let (wp, wr, wf1) = common::word_summary(&run.pages);
    let (p, r, f1) = common::shingle_summary(&run.pages);
    println!(
        "{label}: pages {} word_F1 {} word_P {} word_R {} (F1 {} P {} R {})",
        run.pages.len(),
        fmt(wf1),
        fmt(wp),
        fmt(wr),
        fmt(f1),
        fmt(p),
        fmt(r)
    );
    assert_no_faults(label, &run);
    let wf1 = wf1.unwrap_or(0.0);
    assert!(
        wf1 >= floor,
        "{label} word F1 {wf1:.4} (P {}, R {}) is below the floor {floor}",
        fmt(wp),
        fmt(wr)
    );
    Some(run)
}

#[test]
fn scrapinghub_shingle_f1_floor() {
    shingle_f1_floor(
        "scrapinghub",
        "scrapinghub",
        HTML,
        SCRAPINGHUB_SHINGLE_F1_FLOOR,
    );
}

#[test]
fn wcxb_word_f1_floor() {
    let Some(run) = word_f1_floor("wcxb-dev", "wcxb-dev", HTML, WCXB_WORD_F1_FLOOR) else {
        return;
    };
    let mut below = Vec::new();
    for &(page_type, floor) in WCXB_TYPE_WORD_F1_FLOORS {
        let f1 = common::mean(
            run.pages
                .iter()
                .zip(&run.page_types)
                .filter(|(_, t)| t.as_str() == page_type)
                .map(|(page, _)| page.word.2),
        )
        .unwrap_or(0.0);
        println!("wcxb-dev {page_type}: word_F1 {f1:.4} (floor {floor})");
        if f1 < floor {
            below.push(format!("{page_type} {f1:.4} < {floor}"));
        }
    }
    assert!(
        below.is_empty(),
        "wcxb-dev word F1 below the floor for: {below:?}"
    );
    // score.py averages `with` over every page (one without snippets counts 1), `without`
    // over the pages that have some.
    let with = common::mean(run.snippets.iter().map(|s| s[0].unwrap_or(1.0))).unwrap_or(0.0);
    let without = common::mean(run.snippets.iter().filter_map(|s| s[1])).unwrap_or(0.0);
    println!("wcxb-dev snippets: with {with:.4} without {without:.4}");
    assert!(
        with >= WCXB_WITH_FLOOR,
        "with {with:.4} below {WCXB_WITH_FLOOR}"
    );
    assert!(
        without <= WCXB_WITHOUT_CEILING,
        "without {without:.4} above {WCXB_WITHOUT_CEILING}"
    );
}

#[test]
fn scrapinghub_text_shingle_f1_floor() {
    shingle_f1_floor(
        "scrapinghub",
        "scrapinghub text",
        TEXT,
        SCRAPINGHUB_TEXT_SHINGLE_F1_FLOOR,
    );
}

#[test]
fn wcxb_text_word_f1_floor() {
    let _ = word_f1_floor("wcxb-dev", "wcxb-dev text", TEXT, WCXB_TEXT_WORD_F1_FLOOR);
}

#[test]
fn wcxb_metadata_floors() {
    let Some(run) = run("wcxb-dev", HTML) else {
        return;
    };
    let rate = |f: usize| {
        let known: Vec<bool> = run.fields.iter().filter_map(|m| m[f]).collect();
        known.iter().filter(|m| **m).count() as f64 / known.len().max(1) as f64
    };
    let (title, author, date) = (rate(0), rate(1), rate(2));
    println!("wcxb-dev metadata: title {title:.4} author {author:.4} date {date:.4}");
    assert!(
        title >= WCXB_TITLE_FLOOR,
        "title {title:.4} below {WCXB_TITLE_FLOOR}"
    );
    assert!(
        author >= WCXB_AUTHOR_FLOOR,
        "author {author:.4} below {WCXB_AUTHOR_FLOOR}"
    );
    assert!(
        date >= WCXB_DATE_FLOOR,
        "date {date:.4} below {WCXB_DATE_FLOOR}"
    );
}
