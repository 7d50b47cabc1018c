//! Accuracy floors on the shared benchmarks, scored in Rust exactly as
//! `../shared/bench/score.py` scores them. Each floor is a ratchet: raise it when the measured
//! value goes up, never lower it. A dataset that is not there is skipped with a printed reason.
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

/// A page's score, its extraction error (other than no content) and its panic message.
type PageOutcome = (PageScore, Option<String>, Option<String>);

/// Shingle F1 on `scrapinghub` (score.py's `F1`); measured 0.9368 when set. Only goes up.
const SCRAPINGHUB_SHINGLE_F1_FLOOR: f64 = 0.935;
/// Word F1 on `wcxb-dev` (score.py's `word_F1`); measured 0.8137 when set. Only goes up.
const WCXB_WORD_F1_FLOOR: f64 = 0.81;

/// Every page of one dataset: truth body, extracted body, and what went wrong.
struct Run {
    pages: Vec<PageScore>,
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

/// Runs `unboil::extract_bytes` over every page of `name` (in parallel, one worker per core)
/// and scores each against its truth; `None` (after saying why) when the dataset is absent.
fn run(name: &str) -> Option<Run> {
    let dir = dataset_dir(name);
    let truth_path = dir.join("truth.json");
    if !truth_path.exists() {
        eprintln!("skipping: ../shared/bench/{name} not found");
        return None;
    }
    let truth_json = std::fs::read_to_string(&truth_path).expect("truth.json is readable");
    let truth: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&truth_json).expect("truth.json is a JSON object");
    let truth: Vec<(String, String)> = truth
        .into_iter()
        .map(|(id, t)| {
            let body = t
                .get("body")
                .and_then(|b| b.as_str())
                .unwrap_or("")
                .to_string();
            (id, body)
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
                    let Some((id, true_body)) = truth.get(i) else {
                        break;
                    };
                    let bytes = read_gz(&dir.join("html").join(format!("{id}.html.gz")));
                    let (body, error, panic) = match catch_unwind(AssertUnwindSafe(|| {
                        unboil::extract_bytes(&bytes).map(|a| a.text())
                    })) {
                        Ok(Ok(body)) => (body, None, None),
                        Ok(Err(e)) if e.is_no_content() => (String::new(), None, None),
                        Ok(Err(e)) => (String::new(), Some(format!("{id}: {e}")), None),
                        Err(payload) => {
                            let msg = payload
                                .downcast_ref::<&str>()
                                .map(|s| s.to_string())
                                .or_else(|| payload.downcast_ref::<String>().cloned())
                                .unwrap_or_default();
                            (String::new(), None, Some(format!("{id}: {msg}")))
                        }
                    };
                    let score = PageScore::new(true_body, &body);
                    results.lock().expect("no worker panics holding the lock")[i] =
                        Some((score, error, panic));
                }
            });
        }
    });

    let mut run = Run {
        pages: Vec::new(),
        errors: Vec::new(),
        panics: Vec::new(),
    };
    for (score, error, panic) in results.into_inner().expect("lock").into_iter().flatten() {
        run.pages.push(score);
        run.errors.extend(error);
        run.panics.extend(panic);
    }
    assert_eq!(run.pages.len(), truth.len(), "every page scored");
    Some(run)
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

#[test]
fn scrapinghub_shingle_f1_floor() {
    let Some(run) = run("scrapinghub") else {
        return;
    };
    let (p, r, f1) = common::shingle_summary(&run.pages);
    let (wp, wr, wf1) = common::word_summary(&run.pages);
    println!(
        "scrapinghub: pages {} F1 {} P {} R {} (word_F1 {} word_P {} word_R {})",
        run.pages.len(),
        fmt(f1),
        fmt(p),
        fmt(r),
        fmt(wf1),
        fmt(wp),
        fmt(wr)
    );
    assert_no_faults("scrapinghub", &run);
    let f1 = f1.unwrap_or(0.0);
    assert!(
        f1 >= SCRAPINGHUB_SHINGLE_F1_FLOOR,
        "scrapinghub shingle F1 {f1:.4} (P {}, R {}) is below the floor {SCRAPINGHUB_SHINGLE_F1_FLOOR}",
        fmt(p),
        fmt(r)
    );
}

#[test]
fn wcxb_word_f1_floor() {
    let Some(run) = run("wcxb-dev") else { return };
    let (wp, wr, wf1) = common::word_summary(&run.pages);
    let (p, r, f1) = common::shingle_summary(&run.pages);
    println!(
        "wcxb-dev: pages {} word_F1 {} word_P {} word_R {} (F1 {} P {} R {})",
        run.pages.len(),
        fmt(wf1),
        fmt(wp),
        fmt(wr),
        fmt(f1),
        fmt(p),
        fmt(r)
    );
    assert_no_faults("wcxb-dev", &run);
    let wf1 = wf1.unwrap_or(0.0);
    assert!(
        wf1 >= WCXB_WORD_F1_FLOOR,
        "wcxb-dev word F1 {wf1:.4} (P {}, R {}) is below the floor {WCXB_WORD_F1_FLOOR}",
        fmt(wp),
        fmt(wr)
    );
}
