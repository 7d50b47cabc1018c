//! Writes a sample crawl for `examples/batch.rs`: a WARC file or a JSONL file of N pages,
//! made from the crate's own fixture pages (`tests/fixtures/html/*.html`), each page given
//! its own URL and a numbered paragraph so that no two are the same.
//!
//! ```text
//! cargo run --release --example crawl_sample -- warc /tmp/crawl.warc 10000
//! cargo run --release --example crawl_sample -- jsonl /tmp/crawl.jsonl 10000
//! ```
//!
//! The WARC holds what a crawler records: a `warcinfo` record, then per page a `request`
//! and a `response` (HTTP headers and the page; every third one chunked, every fifth one
//! gzip-encoded, a few in windows-1252 declared only in the HTTP header), plus an image
//! response (not HTML, skipped by `batch`) and a response whose HTTP headers never end
//! (reported by `batch` as a failed page) every 1,000 pages.

use std::io::{BufWriter, Write};
use std::path::Path;

use warc::{BufferedBody, Record, RecordBuilder, RecordType, WarcHeader, WarcWriter};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(kind), Some(out), Some(count)) = (
        args.first(),
        args.get(1),
        args.get(2).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: crawl_sample warc|jsonl OUT COUNT");
        std::process::exit(2);
    };
    let pages = fixture_pages();
    let written = match kind.as_str() {
        "warc" => write_warc(Path::new(out), &pages, count),
        "jsonl" => write_jsonl(Path::new(out), &pages, count),
        other => {
            eprintln!("unknown kind {other:?}: warc or jsonl");
            std::process::exit(2);
        }
    };
    match written {
        Ok(()) => eprintln!("wrote {count} pages to {out}"),
        Err(e) => {
            eprintln!("cannot write {out}: {e}");
            std::process::exit(1);
        }
    }
}

/// The fixture pages, sorted by name.
fn fixture_pages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap_or_default())
        .collect()
}

/// Page `i`: a fixture with a paragraph naming `i` added to its body.
fn page(pages: &[String], i: usize) -> String {
    let base = &pages[i % pages.len()];
    let marker = format!("<p>Sample page number {i} of the generated crawl, for batch runs.</p>");
    match base.rfind("</body>") {
        Some(at) => format!("{}{marker}{}", &base[..at], &base[at..]),
        None => format!("{base}{marker}"),
    }
}

fn url(i: usize) -> String {
    format!("https://sample.example/{}/page-{i}.html", i % 97)
}

fn write_jsonl(out: &Path, pages: &[String], count: usize) -> std::io::Result<()> {
    let mut file = BufWriter::new(std::fs::File::create(out)?);
    for i in 0..count {
        let record = serde_json::json!({ "url": url(i), "html": page(pages, i) });
        writeln!(file, "{record}")?;
    }
    file.flush()
}

fn write_warc(out: &Path, pages: &[String], count: usize) -> std::io::Result<()> {
    let mut warc = WarcWriter::new(BufWriter::new(std::fs::File::create(out)?));
    warc.write(&record(
        RecordType::WarcInfo,
        None,
        "application/warc-fields",
        b"software: unboil crawl_sample\r\nformat: WARC File Format 1.1\r\n".to_vec(),
    )?)?;
    for i in 0..count {
        let url = url(i);
        let request = format!("GET /page-{i}.html HTTP/1.1\r\nHost: sample.example\r\n\r\n");
        warc.write(&record(
            RecordType::Request,
            Some(&url),
            "application/http; msgtype=request",
            request.into_bytes(),
        )?)?;
        warc.write(&record(
            RecordType::Response,
            Some(&url),
            "application/http; msgtype=response",
            http_response(&page(pages, i), i)?,
        )?)?;
        if i % 1000 == 999 {
            let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG".to_vec();
            let broken = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n<p>no blank line".to_vec();
            for (suffix, body) in [("logo.png", image), ("broken.html", broken)] {
                let url = format!("https://sample.example/{suffix}?after={i}");
                warc.write(&record(
                    RecordType::Response,
                    Some(&url),
                    "application/http; msgtype=response",
                    body,
                )?)?;
            }
        }
    }
    warc.into_inner().map_err(|e| e.into_error())?.flush()
}

/// The HTTP response carrying `html`, in one of the encodings a crawl meets.
fn http_response(html: &str, i: usize) -> std::io::Result<Vec<u8>> {
    let (charset, mut body) = if i % 7 == 3 {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(html);
        ("windows-1252", bytes.into_owned())
    } else {
        ("utf-8", html.as_bytes().to_vec())
    };
    let mut head = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={charset}\r\n");
    if i % 5 == 0 {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&body)?;
        body = gz.finish()?;
        head.push_str("Content-Encoding: gzip\r\n");
    }
    if i % 3 == 0 {
        head.push_str("Transfer-Encoding: chunked\r\n\r\n");
        let mut chunked = head.into_bytes();
        for chunk in body.chunks(4096) {
            chunked.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            chunked.extend_from_slice(chunk);
            chunked.extend_from_slice(b"\r\n");
        }
        chunked.extend_from_slice(b"0\r\n\r\n");
        return Ok(chunked);
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut response = head.into_bytes();
    response.extend_from_slice(&body);
    Ok(response)
}

fn record(
    kind: RecordType,
    url: Option<&str>,
    content_type: &str,
    body: Vec<u8>,
) -> std::io::Result<Record<BufferedBody>> {
    let mut builder = RecordBuilder::default()
        .warc_type(kind)
        .header(WarcHeader::ContentType, content_type)
        .body(body);
    if let Some(url) = url {
        builder = builder.header(WarcHeader::TargetURI, url);
    }
    builder.build().map_err(std::io::Error::other)
}
