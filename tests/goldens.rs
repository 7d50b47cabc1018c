//! Golden tests over the hand-written fixtures: every `tests/fixtures/html/X.html` is
//! extracted with base URL `https://fixtures.example/page/` (every `tests/fixtures/text/X.txt`
//! is cleaned with `clean_text`) and compared with two goldens
//! beside it, `X.md` (a metadata header, `---`, then `Article::markdown()`) and `X.removed`
//! (one `kind<TAB>rule<TAB>text` line per `Article::removed` entry). One test walks the
//! folder, so a new fixture needs no new test function; `tests/fixtures/README.md` says what
//! each page pins. Pages in `known-gaps/` are skipped and reported.
//!
//! (Re)write the goldens after an intended change, then read the diff:
//! `UNBOIL_BLESS=1 cargo test --test goldens`

use std::fs;
use std::path::{Path, PathBuf};

use unboil::{Article, Extractor};

/// The fixture folders, relative to the crate root, with the input each holds.
const FIXTURES: &[Fixtures] = &[
    Fixtures {
        dir: "tests/fixtures/html",
        ext: "html",
        input: Input::Html,
    },
    Fixtures {
        dir: "tests/fixtures/text",
        ext: "txt",
        input: Input::Text,
    },
];

/// A folder of fixtures.
struct Fixtures {
    dir: &'static str,
    ext: &'static str,
    input: Input,
}

/// How a fixture is read.
#[derive(Clone, Copy)]
enum Input {
    /// HTML, through `Extractor::extract_bytes`.
    Html,
    /// Plain text, through `Extractor::clean_text`.
    Text,
}
/// Pages the extractor is known to get wrong, skipped; the reasons are in its `README.md`.
const KNOWN_GAPS: &str = "known-gaps";
const BASE_URL: &str = "https://fixtures.example/page/";
const BLESS_VAR: &str = "UNBOIL_BLESS";
const BLESS_COMMAND: &str = "UNBOIL_BLESS=1 cargo test --test goldens";
/// Differing lines printed per golden on a mismatch.
const DIFF_LINES: usize = 20;
/// Above this many line pairs the diff compares line by line instead of aligning.
const DIFF_MAX_CELLS: usize = 4_000_000;

#[test]
fn fixture_pages_match_their_goldens() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os(BLESS_VAR).is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    let mut total = 0;
    for fixtures in FIXTURES {
        let dir = root.join(fixtures.dir);
        report_known_gaps(&dir.join(KNOWN_GAPS), fixtures);
        let pages = files_with_extension(&dir, fixtures.ext);
        assert!(!pages.is_empty(), "no fixture pages in {}", dir.display());
        total += pages.len();
        for page in &pages {
            let name = relative(root, page);
            if let Err(problems) = check_page(root, page, fixtures.input, bless) {
                eprintln!("FAILED {name}:");
                for line in problems.iter().flat_map(|p| p.lines()) {
                    eprintln!("  {line}");
                }
                eprintln!();
                failures.push(name);
            }
        }
        for golden in orphan_goldens(&dir, fixtures.ext) {
            eprintln!(
                "FAILED {}: a golden without its page {}.{}; delete it\n",
                relative(root, &golden),
                stem(&golden),
                fixtures.ext
            );
            failures.push(relative(root, &golden));
        }
    }

    assert!(
        failures.is_empty(),
        "{} failures over {total} fixture pages (details above): {}\n\
         If the new output is intended, rewrite the goldens with `{BLESS_COMMAND}` and read \
         the diff before committing.",
        failures.len(),
        failures.join(", ")
    );
    if bless {
        eprintln!("blessed {total} fixture pages");
    }
}

/// Extracts one page and compares (or, when blessing, writes) its two goldens; the
/// problems found, one message each.
fn check_page(root: &Path, page: &Path, input: Input, bless: bool) -> Result<(), Vec<String>> {
    let bytes = fs::read(page).map_err(|e| vec![format!("cannot read {}: {e}", page.display())])?;
    let extractor = Extractor::new()
        .base_url(BASE_URL)
        .map_err(|e| vec![format!("base URL {BASE_URL}: {e}")])?;
    let article = match input {
        Input::Html => extractor.extract_bytes(&bytes),
        Input::Text => extractor.clean_text(&String::from_utf8_lossy(&bytes)),
    }
    .map_err(|e| vec![format!("extraction failed: {e}")])?;
    let goldens = [
        (page.with_extension("md"), markdown_golden(&article)),
        (page.with_extension("removed"), removed_golden(&article)),
    ];
    let mut problems = Vec::new();
    for (path, actual) in goldens {
        let shown = relative(root, &path);
        let result = if bless {
            bless_golden(&path, &actual).map(|changed| {
                if changed {
                    eprintln!("blessed {shown}");
                }
            })
        } else {
            compare_golden(&path, &shown, &actual)
        };
        if let Err(problem) = result {
            problems.push(problem);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// `X.md`: the metadata, one `field: value` line each (`-` when absent), `---`, then the
/// markdown.
fn markdown_golden(article: &Article) -> String {
    let fields = [
        ("title", &article.title),
        ("byline", &article.byline),
        ("published", &article.published),
        ("site_name", &article.site_name),
        ("language", &article.language),
        ("url", &article.url),
    ];
    let mut out = String::new();
    for (field, value) in fields {
        let value = value.as_deref().map_or_else(|| "-".to_string(), one_line);
        out.push_str(&format!("{field}: {value}\n"));
    }
    out.push_str("---\n");
    out.push_str(&article.markdown());
    out.push('\n');
    out
}

/// `X.removed`: one `kind<TAB>rule<TAB>text` line per removal, in page order.
fn removed_golden(article: &Article) -> String {
    article
        .removed
        .iter()
        .map(|r| format!("{}\t{}\t{}\n", r.kind.name(), r.rule, one_line(&r.text)))
        .collect()
}

/// A value made safe for a one-line, tab-separated field: line breaks and tabs escaped.
fn one_line(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
        .replace('\t', "\\t")
}

/// Writes `actual` to `path` when it differs; `Ok(true)` when the file changed.
fn bless_golden(path: &Path, actual: &str) -> Result<bool, String> {
    if fs::read_to_string(path).is_ok_and(|old| old == actual) {
        return Ok(false);
    }
    fs::write(path, actual).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(true)
}

fn compare_golden(path: &Path, shown: &str, actual: &str) -> Result<(), String> {
    let expected = match fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).replace("\r\n", "\n"),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!(
                "missing golden {shown}; write it with `{BLESS_COMMAND}` and review it"
            ));
        }
        Err(e) => return Err(format!("cannot read {shown}: {e}")),
    };
    if expected == actual {
        return Ok(());
    }
    Err(format!(
        "{shown} differs (- golden, + now):\n{}",
        line_diff(&expected, actual, DIFF_LINES)
    ))
}

/// The first `max` differing lines of `old` and `new`, `-` for lines only in `old` and `+`
/// for lines only in `new`, each with its line number; lines are aligned on a longest
/// common subsequence, so one inserted line shows as one line.
fn line_diff(old: &str, new: &str, max: usize) -> String {
    let old: Vec<&str> = old.split('\n').collect();
    let new: Vec<&str> = new.split('\n').collect();
    let mut out = Vec::new();
    let mut push = |sign: char, line_no: usize, line: &str| {
        out.push(format!("  {sign}{line_no:>4} | {line}"));
    };
    for edit in edits(&old, &new) {
        match edit {
            Edit::Same => {}
            Edit::Removed(i) => push('-', i + 1, old[i]),
            Edit::Added(j) => push('+', j + 1, new[j]),
        }
    }
    let total = out.len();
    if total > max {
        out.truncate(max);
        out.push(format!("  ... and {} more differing lines", total - max));
    }
    if total == 0 {
        out.push("  (no line differs: the difference is in line endings)".to_string());
    }
    out.join("\n")
}

enum Edit {
    Same,
    /// Index into the old lines.
    Removed(usize),
    /// Index into the new lines.
    Added(usize),
}

/// The edit script from `old` to `new`: common prefix and suffix first, then a longest
/// common subsequence on what is left (line by line when that would be too large).
fn edits(old: &[&str], new: &[&str]) -> Vec<Edit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (a, b) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut script: Vec<Edit> = (0..prefix).map(|_| Edit::Same).collect();
    if (a.len() + 1) * (b.len() + 1) > DIFF_MAX_CELLS {
        for k in 0..a.len().max(b.len()) {
            match (a.get(k), b.get(k)) {
                (Some(x), Some(y)) if x == y => script.push(Edit::Same),
                (x, y) => {
                    if x.is_some() {
                        script.push(Edit::Removed(prefix + k));
                    }
                    if y.is_some() {
                        script.push(Edit::Added(prefix + k));
                    }
                }
            }
        }
    } else {
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        let width = b.len() + 1;
        let mut lcs = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                lcs[i * width + j] = if a[i] == b[j] {
                    lcs[(i + 1) * width + j + 1] + 1
                } else {
                    lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if i < a.len() && j < b.len() && a[i] == b[j] {
                script.push(Edit::Same);
                i += 1;
                j += 1;
            } else if j == b.len()
                || (i < a.len() && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])
            {
                script.push(Edit::Removed(prefix + i));
                i += 1;
            } else {
                script.push(Edit::Added(prefix + j));
                j += 1;
            }
        }
    }
    script.extend((0..suffix).map(|_| Edit::Same));
    script
}

/// Reports the pages of `known-gaps/` as skipped.
fn report_known_gaps(dir: &Path, fixtures: &Fixtures) {
    if !dir.is_dir() {
        return;
    }
    for page in files_with_extension(dir, fixtures.ext) {
        eprintln!(
            "known gap: {} (reason in {}/{KNOWN_GAPS}/README.md)",
            stem(&page),
            fixtures.dir
        );
    }
}

/// Goldens (`.md`, `.removed`) whose page is missing.
fn orphan_goldens(dir: &Path, page_ext: &str) -> Vec<PathBuf> {
    let mut orphans: Vec<PathBuf> = ["md", "removed"]
        .into_iter()
        .flat_map(|ext| files_with_extension(dir, ext))
        .filter(|golden| !golden.with_extension(page_ext).is_file())
        .collect();
    orphans.sort();
    orphans
}

/// The files of `dir` (not of its subfolders) ending in `.ext`, sorted.
fn files_with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

/// `path` relative to the crate root, for messages.
fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
