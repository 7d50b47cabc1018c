//! Extracts every page of a crawl in parallel and writes one JSON line per page.
//!
//! ```text
//! cargo run --release --features serde --example batch -- INPUT [--format text|markdown|json]
//!     [--threads N] [--out FILE.jsonl]
//! ```
//!
//! `INPUT` is a directory of HTML files (`*.html`, `*.htm`, plain or `.gz`, searched
//! recursively), a JSONL file of `{"url": …, "html": …}` records, or a WARC file (`.warc`
//! or `.warc.gz`; its `response` records with an HTML payload, HTTP chunking and gzip undone,
//! the HTTP charset honoured). `examples/crawl_sample.rs` writes a WARC and a JSONL file to
//! try it on.
//!
//! Pages are read by one thread and extracted by all the others (rayon, one worker per core
//! unless `--threads`), through a bounded queue: memory holds a few pages per worker, not the
//! crawl. Each output line is `{"n", "url", "ok", …}`: with `ok: true`, the title, byline,
//! date and the article as `text`, `markdown` or `article` (the whole `Article` as JSON);
//! with `ok: false`, the `error`. A page that fails is reported and the run goes on. Lines
//! come in the order pages finish; `n` is the page's place in the input. A progress bar
//! with pages per second runs on stderr, and a summary (pages, failures, time, peak
//! memory) is printed there at the end.

use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::iter::{ParallelBridge, ParallelIterator};
use serde_json::{Value, json};
use unboil::{Article, Extractor};

/// The largest page read; bigger records are reported and skipped unread.
const MAX_PAGE_BYTES: u64 = 64 * 1024 * 1024;

fn main() {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}\n\n{USAGE}");
            std::process::exit(2);
        }
    };
    if let Some(threads) = args.threads
        && let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global()
    {
        eprintln!("cannot start {threads} threads: {e}");
        std::process::exit(2);
    }
    match run(&args) {
        Ok(summary) => eprintln!("{summary}"),
        Err(e) => {
            eprintln!("{}: {e}", args.input.display());
            std::process::exit(1);
        }
    }
}

const USAGE: &str = "usage: batch INPUT [--format text|markdown|json] [--threads N] [--out FILE]
  INPUT: a directory of *.html / *.html.gz, a .jsonl file of {\"url\", \"html\"}, or a .warc / .warc.gz file";

/// What the output lines carry.
#[derive(Debug, Clone, Copy)]
enum Format {
    Text,
    Markdown,
    Json,
}

struct Args {
    input: PathBuf,
    format: Format,
    threads: Option<usize>,
    out: Option<PathBuf>,
}

impl Args {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
        let (mut input, mut format, mut threads, mut out) = (None, Format::Text, None, None);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--format" => {
                    format = match args.next().as_deref() {
                        Some("text") => Format::Text,
                        Some("markdown") => Format::Markdown,
                        Some("json") => Format::Json,
                        other => return Err(format!("unknown format {other:?}")),
                    }
                }
                "--threads" => {
                    let n = args.next().and_then(|n| n.parse().ok()).filter(|&n| n > 0);
                    threads = Some(n.ok_or("--threads takes a number above 0")?);
                }
                "--out" => out = Some(PathBuf::from(args.next().ok_or("--out takes a file")?)),
                flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
                path => input = Some(PathBuf::from(path)),
            }
        }
        Ok(Args {
            input: input.ok_or("no INPUT given")?,
            format,
            threads,
            out,
        })
    }
}

/// One page to extract, or a record that could not be read as one.
struct Job {
    /// The page's place in the input, from 0.
    n: u64,
    url: Option<String>,
    page: Result<Page, String>,
}

struct Page {
    bytes: Vec<u8>,
    /// The charset the HTTP headers declared, which comes before the page's own.
    charset: Option<&'static encoding_rs::Encoding>,
}

/// Counts for the summary.
#[derive(Default)]
struct Counts {
    pages: AtomicU64,
    failed: AtomicU64,
    /// Records that hold no HTML page (requests, images, metadata): not counted as pages.
    skipped: AtomicU64,
}

fn run(args: &Args) -> std::io::Result<String> {
    let input = args.input.clone();
    let counts = Counts::default();
    // A few pages per worker wait in the queue; the reader blocks when it is full.
    let (sender, receiver) = sync_channel::<Job>(rayon::current_num_threads() * 4);
    let out: Box<dyn Write + Send> = match &args.out {
        Some(path) => Box::new(std::fs::File::create(path)?),
        None => Box::new(std::io::stdout()),
    };
    let out = Mutex::new(BufWriter::new(out));
    let progress = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} {pos} pages  {per_sec}  {elapsed_precise}  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    progress.enable_steady_tick(Duration::from_millis(200));
    let started = Instant::now();
    let extractor = Extractor::new().max_input_bytes(MAX_PAGE_BYTES as usize);
    let read_result = std::thread::scope(|scope| {
        let reader = scope.spawn({
            let (input, counts) = (&input, &counts);
            // The sender goes with the reader: the queue closes when the input ends.
            move || read_input(input, &sender, counts)
        });
        extract_all(receiver, &extractor, args.format, &out, &counts, &progress);
        reader.join()
    });
    progress.finish_and_clear();
    out.into_inner()
        .map_err(|_| std::io::Error::other("output lock poisoned"))?
        .flush()?;
    match read_result {
        Ok(result) => result?,
        Err(_) => return Err(std::io::Error::other("the reader thread panicked")),
    }
    let seconds = started.elapsed().as_secs_f64();
    let pages = counts.pages.load(Ordering::Relaxed);
    Ok(format!(
        "pages={pages} failed={} skipped_records={} seconds={seconds:.2} pages_per_s={:.1} threads={} peak_rss_mib={}",
        counts.failed.load(Ordering::Relaxed),
        counts.skipped.load(Ordering::Relaxed),
        pages as f64 / seconds.max(1e-9),
        rayon::current_num_threads(),
        peak_rss_mib().map_or("?".to_string(), |m| format!("{m:.1}")),
    ))
}

/// Extracts every job the reader sends, on every worker, writing each line as it is done.
fn extract_all(
    receiver: Receiver<Job>,
    extractor: &Extractor,
    format: Format,
    out: &Mutex<BufWriter<Box<dyn Write + Send>>>,
    counts: &Counts,
    progress: &ProgressBar,
) {
    receiver.into_iter().par_bridge().for_each(|job| {
        let line = extract_one(extractor, format, job, counts, progress);
        if let Ok(mut out) = out.lock() {
            // A closed stdout (`| head`) is not a page failure; the reader stops on its own.
            let _ = writeln!(out, "{line}");
        }
        progress.inc(1);
    });
}

/// The output line for one job.
fn extract_one(
    extractor: &Extractor,
    format: Format,
    job: Job,
    counts: &Counts,
    progress: &ProgressBar,
) -> Value {
    counts.pages.fetch_add(1, Ordering::Relaxed);
    let result = job.page.and_then(|page| {
        let article = match page.charset {
            Some(charset) if charset != encoding_rs::UTF_8 => {
                let (text, _, _) = charset.decode(&page.bytes);
                extractor.extract(&text)
            }
            _ => extractor.extract_bytes(&page.bytes),
        };
        article.map_err(|e| e.to_string())
    });
    let mut line = json!({ "n": job.n, "url": job.url });
    match result {
        Ok(article) => {
            line["ok"] = json!(true);
            fill(&mut line, &article, format);
        }
        Err(error) => {
            counts.failed.fetch_add(1, Ordering::Relaxed);
            progress.set_message(format!("{} failed", counts.failed.load(Ordering::Relaxed)));
            progress.println(format!(
                "page {} ({}): {error}",
                job.n,
                job.url.as_deref().unwrap_or("-")
            ));
            line["ok"] = json!(false);
            line["error"] = json!(error);
        }
    }
    line
}

fn fill(line: &mut Value, article: &Article, format: Format) {
    match format {
        Format::Json => {
            line["article"] = serde_json::from_str(&article.json()).unwrap_or(Value::Null);
        }
        Format::Text | Format::Markdown => {
            line["title"] = json!(article.title);
            line["byline"] = json!(article.byline);
            line["published"] = json!(article.published);
            line["language"] = json!(article.language);
            let (key, body) = match format {
                Format::Markdown => ("markdown", article.markdown()),
                _ => ("text", article.text()),
            };
            line[key] = json!(body);
        }
    }
}

/// Sends every page of `input` as a job, in input order.
fn read_input(input: &Path, sender: &SyncSender<Job>, counts: &Counts) -> std::io::Result<()> {
    let name = input.to_string_lossy().to_lowercase();
    let mut n = 0;
    let mut send = |url: Option<String>, page: Result<Page, String>| {
        let sent = sender.send(Job { n, url, page }).is_ok();
        n += 1;
        sent
    };
    if input.is_dir() {
        for path in html_files(input)? {
            let url = Some(path.display().to_string());
            if !send(url, read_file(&path).map_err(|e| e.to_string())) {
                break;
            }
        }
    } else if name.ends_with(".jsonl") || name.ends_with(".jsonl.gz") {
        for line in open(input)?.lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let (url, page) = jsonl_record(&line);
            if !send(url, page) {
                break;
            }
        }
    } else if name.ends_with(".warc") || name.ends_with(".warc.gz") {
        read_warc(open(input)?, &mut send, counts)?;
    } else {
        return Err(std::io::Error::other(
            "not a directory, .jsonl(.gz) or .warc(.gz)",
        ));
    }
    Ok(())
}

/// A file, through gzip when its name ends in `.gz`.
fn open(path: &Path) -> std::io::Result<Box<dyn BufRead + Send>> {
    let file = std::fs::File::open(path)?;
    Ok(if path.extension().is_some_and(|e| e == "gz") {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    })
}

/// Every `*.html`/`*.htm` file under `dir` (plain or `.gz`), sorted, found without recursion.
fn html_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let (mut found, mut dirs) = (Vec::new(), vec![dir.to_path_buf()]);
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            let name = path.to_string_lossy().to_lowercase();
            if path.is_dir() {
                dirs.push(path);
            } else if [".html", ".htm", ".html.gz", ".htm.gz"]
                .iter()
                .any(|ext| name.ends_with(ext))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn read_file(path: &Path) -> std::io::Result<Page> {
    let mut bytes = Vec::new();
    open(path)?
        .take(MAX_PAGE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(Page {
        bytes,
        charset: None,
    })
}

/// `{"url": …, "html": …}`: the URL (when there is one) and the page, or why not.
fn jsonl_record(line: &str) -> (Option<String>, Result<Page, String>) {
    let record: Value = match serde_json::from_str(line) {
        Ok(record) => record,
        Err(e) => return (None, Err(format!("not a JSON record: {e}"))),
    };
    let url = record["url"].as_str().map(str::to_string);
    let page = match record["html"].as_str() {
        Some(html) => Ok(Page {
            bytes: html.as_bytes().to_vec(),
            charset: None,
        }),
        None => Err("the record has no \"html\" string".to_string()),
    };
    (url, page)
}

/// Sends the HTML page of every `response` record; other records are counted as skipped.
fn read_warc(
    reader: Box<dyn BufRead + Send>,
    send: &mut impl FnMut(Option<String>, Result<Page, String>) -> bool,
    counts: &Counts,
) -> std::io::Result<()> {
    let mut warc = warc::WarcReader::new(reader);
    let mut records = warc.stream_records();
    while let Some(record) = records.next_item() {
        let record = match record {
            Ok(record) => record,
            // A broken record header leaves no way to find the next record.
            Err(e) => {
                send(None, Err(format!("unreadable WARC record: {e}")));
                return Ok(());
            }
        };
        if *record.warc_type() != warc::RecordType::Response {
            counts.skipped.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        let url = record
            .header(warc::WarcHeader::TargetURI)
            .map(|u| u.into_owned());
        if record.content_length() > MAX_PAGE_BYTES {
            let size = record.content_length();
            if !send(
                url,
                Err(format!("record of {size} bytes skipped (over the limit)")),
            ) {
                return Ok(());
            }
            continue;
        }
        let body = match record.into_buffered() {
            Ok(record) => record.body().to_vec(),
            Err(e) => {
                send(url, Err(format!("cannot read the record body: {e}")));
                return Ok(());
            }
        };
        let page = match http::html_payload(&body) {
            Ok(Some(page)) => Ok(page),
            Ok(None) => {
                counts.skipped.fetch_add(1, Ordering::Relaxed);
                continue;
            }
            Err(e) => Err(e),
        };
        if !send(url, page) {
            return Ok(());
        }
    }
    Ok(())
}

/// The HTTP response inside a WARC `response` record.
mod http {
    use std::io::Read;

    use super::{MAX_PAGE_BYTES, Page};

    /// The page of an HTTP response whose type is HTML, with chunking and gzip/deflate
    /// undone; `None` for other types.
    pub(super) fn html_payload(response: &[u8]) -> Result<Option<Page>, String> {
        let split = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or("no end to the HTTP headers")?;
        let head = String::from_utf8_lossy(&response[..split]);
        let mut body = response[split + 4..].to_vec();
        let header = |name: &str| {
            head.lines().skip(1).find_map(|line| {
                let (key, value) = line.split_once(':')?;
                key.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| value.trim().to_ascii_lowercase())
            })
        };
        let content_type = header("content-type").unwrap_or_default();
        // No type at all: sniffed as HTML, as browsers do for a crawl's pages.
        let html = content_type.is_empty()
            || content_type.starts_with("text/html")
            || content_type.starts_with("application/xhtml+xml");
        if !html {
            return Ok(None);
        }
        if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
            body = dechunk(&body)?;
        }
        match header("content-encoding").as_deref() {
            Some("gzip" | "x-gzip") => body = inflate(flate2::read::MultiGzDecoder::new(&*body))?,
            Some("deflate") => body = inflate(flate2::read::ZlibDecoder::new(&*body))?,
            _ => {}
        }
        let charset = content_type
            .split(';')
            .find_map(|param| param.trim().strip_prefix("charset="))
            .and_then(|label| encoding_rs::Encoding::for_label(label.trim_matches('"').as_bytes()));
        Ok(Some(Page {
            bytes: body,
            charset,
        }))
    }

    /// The body of a chunked transfer (`size CRLF data CRLF … 0 CRLF CRLF`).
    fn dechunk(mut chunked: &[u8]) -> Result<Vec<u8>, String> {
        let mut body = Vec::new();
        loop {
            let line_end = chunked
                .windows(2)
                .position(|w| w == b"\r\n")
                .ok_or("a chunk size line without its end")?;
            let size_line = String::from_utf8_lossy(&chunked[..line_end]);
            let size_hex = size_line.split(';').next().unwrap_or("").trim();
            let size = usize::from_str_radix(size_hex, 16)
                .map_err(|_| format!("a chunk size that is not hex: {size_hex:?}"))?;
            let data = &chunked[line_end + 2..];
            if size == 0 {
                return Ok(body);
            }
            let chunk = data.get(..size).ok_or("a chunk cut short")?;
            body.extend_from_slice(chunk);
            chunked = data.get(size + 2..).unwrap_or(&[]);
        }
    }

    fn inflate(decoder: impl Read) -> Result<Vec<u8>, String> {
        let mut body = Vec::new();
        decoder
            .take(MAX_PAGE_BYTES + 1)
            .read_to_end(&mut body)
            .map_err(|e| format!("cannot decompress the body: {e}"))?;
        Ok(body)
    }
}

/// The process's peak resident memory (Linux `VmHWM`), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}
