//! Prints the clean article of a page, and with `--explain` what was removed and why.
//!
//! ```text
//! cargo run --example unboil                          # the embedded WordPress-style page
//! cargo run --example unboil -- --explain             # ... and every removal with its rule
//! cargo run --example unboil -- page.html --format markdown
//! curl -s https://example.org/post | cargo run --example unboil -- - --base-url https://example.org/post
//! cargo run --example unboil --features serde -- page.html --format json
//! ```
//!
//! Options: `--format text|markdown|html|json` (default `text`), `--explain`, `--html` or
//! `--text` to override the detected input type, `--base-url URL` to make links absolute.
//! Exit codes: 0 success, 1 extraction or I/O error, 2 bad arguments or unsupported input.

use std::io::{Read, Write};
use std::process::ExitCode;

use unboil::{Article, Extractor, InputKind};

/// The page shown when no FILE is given.
const EMBEDDED: &[u8] = include_bytes!("../tests/fixtures/html/seed_wordpress.html");

#[cfg(not(feature = "serde"))]
const NEEDS_SERDE: &str = "--format json needs the `serde` feature: cargo run --example unboil --features serde -- --format json";

const USAGE: &str = "usage: unboil [FILE|-] [--format text|markdown|html|json] [--explain] [--text|--html] [--base-url URL]

  FILE              the page to read; `-` reads stdin; none runs on the embedded example page
  --format FORMAT   text (default), markdown, html, or json (needs `--features serde`)
  --explain         after the article, list every removal: [kind] rule: text
  --text, --html    treat the input as plain text or as HTML instead of detecting it
  --base-url URL    resolve relative links and image sources against URL";

/// How to render the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    /// Only with the `serde` feature: `Article::json` needs it.
    #[cfg(feature = "serde")]
    Json,
}

/// The command line, parsed by hand.
#[derive(Debug)]
struct Args {
    /// `None`: the embedded page; `Some("-")`: stdin.
    input: Option<String>,
    format: Format,
    explain: bool,
    /// `Some` when `--text` or `--html` overrides [`unboil::sniff`].
    kind: Option<InputKind>,
    base_url: Option<String>,
    help: bool,
}

impl Args {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
        let mut parsed = Args {
            input: None,
            format: Format::Text,
            explain: false,
            kind: None,
            base_url: None,
            help: false,
        };
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "-h" | "--help" => parsed.help = true,
                "--explain" => parsed.explain = true,
                "--text" => parsed.kind = Some(InputKind::Text),
                "--html" => parsed.kind = Some(InputKind::Html),
                "--format" => {
                    parsed.format = match args.next().as_deref() {
                        Some("text") => Format::Text,
                        Some("markdown" | "md") => Format::Markdown,
                        Some("html") => Format::Html,
                        #[cfg(feature = "serde")]
                        Some("json") => Format::Json,
                        #[cfg(not(feature = "serde"))]
                        Some("json") => return Err(NEEDS_SERDE.to_string()),
                        Some(other) => return Err(format!("unknown format `{other}`")),
                        None => return Err("--format needs a value".to_string()),
                    }
                }
                "--base-url" => {
                    parsed.base_url = Some(args.next().ok_or("--base-url needs a URL")?)
                }
                flag if flag.starts_with('-') && flag != "-" => {
                    return Err(format!("unknown option `{flag}`"));
                }
                _ if parsed.input.is_some() => {
                    return Err(format!("unexpected argument `{arg}`: only one FILE"));
                }
                _ => parsed.input = Some(arg),
            }
        }
        Ok(parsed)
    }
}

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(msg) => {
            eprintln!("error: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.help {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let bytes = match read_input(args.input.as_deref()) {
        Ok(bytes) => bytes,
        Err(msg) => {
            eprintln!("error: {msg}");
            return ExitCode::from(1);
        }
    };
    let kind = args.kind.unwrap_or_else(|| unboil::sniff(&bytes));
    let mut extractor = Extractor::new();
    if let Some(url) = &args.base_url {
        extractor = match extractor.base_url(url) {
            Ok(extractor) => extractor,
            Err(e) => {
                eprintln!("error: --base-url {url}: {e}");
                return ExitCode::from(2);
            }
        };
    }
    let result = match kind {
        InputKind::Text => extractor.clean_text(&String::from_utf8_lossy(&bytes)),
        _ => extractor.extract_bytes(&bytes),
    };
    let article = match result {
        Ok(article) => article,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };

    let mut out = render(&article, args.format);
    if args.explain {
        // JSON lists the removals itself: explain on stderr so stdout stays valid JSON.
        if matches!(args.format, Format::Text | Format::Markdown | Format::Html) {
            out += &explain(&article);
        } else {
            eprint!("{}", explain(&article));
        }
    }
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        // `unboil ... | head` closing the pipe early is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// The page's bytes: the embedded page, stdin (`-`) or a file.
fn read_input(input: Option<&str>) -> Result<Vec<u8>, String> {
    match input {
        None => Ok(EMBEDDED.to_vec()),
        Some("-") => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            Ok(bytes)
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}")),
    }
}

/// The article as text, Markdown, HTML or JSON, ending with a newline.
fn render(article: &Article, format: Format) -> String {
    let mut out = String::new();
    match format {
        Format::Text => {
            if let Some(title) = &article.title {
                out += &format!("{title}\n\n");
            }
            let byline = article.byline.as_ref().map(|b| format!("By {b}"));
            let dateline: Vec<String> = byline
                .into_iter()
                .chain(article.published.clone())
                .collect();
            if !dateline.is_empty() {
                out += &format!("{}\n\n", dateline.join(" · "));
            }
            out += &article.text();
        }
        Format::Markdown => {
            if let Some(title) = &article.title {
                out += &format!("# {title}\n\n");
            }
            out += &article.markdown();
        }
        Format::Html => out += &article.html(),
        #[cfg(feature = "serde")]
        Format::Json => out += &article.json(),
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The `Removed:` section: one line per removal, `  [kind] rule: text`.
fn explain(article: &Article) -> String {
    let mut out = String::from("\nRemoved:\n");
    if article.removed.is_empty() {
        out += "  (nothing)\n";
    }
    for removal in &article.removed {
        out += &format!(
            "  [{}] {}: {}\n",
            removal.kind,
            removal.rule,
            truncate(&removal.text, 80)
        );
    }
    out
}

/// `text` cut to `max` characters, with `…` when cut.
fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
