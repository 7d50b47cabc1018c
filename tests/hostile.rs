//! Hostile input: empty, blank, absurdly deep, absurdly wide, not text at all, too large.
//! Each case must end in an `Ok` or an `Err`, never a panic or a stack overflow; the test
//! threads have Rust's default 2 MiB stack, so deep nesting here proves the walks are loops.

use unboil::{Error, Extractor};

/// Nesting depth of the default suite for `<div>`. html5ever's tree builder checks element
/// scope by walking its stack of open elements on every `<div>`, so parsing nested divs is
/// quadratic in depth: 100,000 levels take about 35 s in a release build, all of it in
/// html5ever (perf: `in_scope_named`). That case runs in `hundred_thousand_deep_div_nesting`,
/// ignored by default: `cargo test --release --test hostile -- --ignored`. Inline and table
/// nesting parse fast and run at the full 100,000 levels below.
const DEPTH: usize = 10_000;

/// `open` repeated `depth` times around a sentinel paragraph, then `close` as many times.
fn nested_to(depth: usize, open: &str, close: &str) -> String {
    let mut html = String::with_capacity(depth * (open.len() + close.len()) + 64);
    html.push_str("<html><body>");
    for _ in 0..depth {
        html.push_str(open);
    }
    html.push_str("BODY_SENTINEL deep inside the nesting.");
    for _ in 0..depth {
        html.push_str(close);
    }
    html.push_str("</body></html>");
    html
}

/// Any outcome but a panic is fine; says which, for `--nocapture`.
fn survives(name: &str, result: Result<unboil::Article, Error>) {
    match result {
        Ok(article) => println!("{name}: Ok, {} blocks", article.blocks.len()),
        Err(e) => println!("{name}: Err({e})"),
    }
}

/// xorshift64: fixed, dependency-free pseudo-random bytes.
fn random_bytes(len: usize, mut state: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(&state.to_le_bytes());
    }
    out.truncate(len);
    out
}

#[test]
fn empty_input_is_empty_input() {
    assert!(
        matches!(unboil::extract(""), Err(Error::EmptyInput { .. })),
        "{:?}",
        unboil::extract("")
    );
    assert!(matches!(
        unboil::extract_bytes(b""),
        Err(Error::EmptyInput { .. })
    ));
}

#[test]
fn whitespace_only_is_empty_input() {
    let blank = " \t\r\n  \n\u{a0}\n";
    let result = unboil::extract(" \t\r\n  \n\n");
    assert!(
        matches!(result, Err(Error::EmptyInput { .. })),
        "{result:?}"
    );
    // A no-break space is not ASCII whitespace: no content, whichever way it is reported.
    let result = unboil::extract(blank);
    assert!(
        result.as_ref().is_err_and(Error::is_no_content),
        "{result:?}"
    );
}

/// `open` repeated `DEPTH` times around a sentinel paragraph.
fn nested(open: &str, close: &str) -> String {
    nested_to(DEPTH, open, close)
}

#[test]
#[ignore = "about 35 s in release, minutes in debug (html5ever scope checks); run with --release -- --ignored"]
fn hundred_thousand_deep_div_nesting() {
    survives(
        "div 100k",
        unboil::extract(&nested_to(100_000, "<div>", "</div>")),
    );
}

#[test]
fn deep_div_nesting_does_not_panic() {
    survives("div", unboil::extract(&nested("<div>", "</div>")));
}

#[test]
fn deep_bold_nesting_does_not_panic() {
    survives("b", unboil::extract(&nested_to(100_000, "<b>", "</b>")));
}

#[test]
fn deep_table_nesting_does_not_panic() {
    survives(
        "table",
        unboil::extract(&nested_to(100_000, "<table><tr><td>", "</td></tr></table>")),
    );
}

#[test]
fn deep_unclosed_div_nesting_does_not_panic() {
    survives("unclosed div", unboil::extract(&nested("<div>", "")));
}

#[test]
fn hundred_thousand_sibling_paragraphs_complete() {
    let mut html = String::from("<html><body><article>");
    for i in 0..100_000 {
        html.push_str(&format!("<p>BODY_SENTINEL paragraph {i}.</p>"));
    }
    html.push_str("</article></body></html>");
    let start = std::time::Instant::now();
    let article = unboil::extract(&html).expect("a page of paragraphs has content");
    println!(
        "100,000 paragraphs: {} blocks in {:?}",
        article.blocks.len(),
        start.elapsed()
    );
    assert!(article.text().contains("BODY_SENTINEL paragraph 99999."));
}

#[test]
fn invalid_utf8_does_not_panic() {
    let mut bytes = b"<html><body><p>BODY_SENTINEL before ".to_vec();
    bytes.extend_from_slice(&[
        0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x9F, 0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80,
    ]);
    bytes.extend_from_slice(b" after.</p></body></html>");
    survives("invalid utf-8", unboil::extract_bytes(&bytes));
    survives(
        "invalid utf-8 alone",
        unboil::extract_bytes(&[0xFF, 0xFE, 0xFD, 0x80, 0x80]),
    );
}

#[test]
fn random_binary_does_not_panic() {
    for (seed, len) in [
        (0x9E37_79B9_7F4A_7C15, 1),
        (0x2545_F491_4F6C_DD1D, 100),
        (88_172_645_463_325_252, 65_536),
    ] {
        let bytes = random_bytes(len, seed);
        survives(
            &format!("random {len} bytes"),
            unboil::extract_bytes(&bytes),
        );
        let mut tagged = b"<html><body>".to_vec();
        tagged.extend_from_slice(&bytes);
        survives(
            &format!("random {len} bytes in a body"),
            unboil::extract_bytes(&tagged),
        );
    }
}

#[test]
fn scripts_only_is_no_content() {
    let html = "<html><head><script>var a = 1;</script></head><body>\
                <script>document.write('NAV_SENTINEL');</script>\
                <script type=\"application/ld+json\">{\"@type\": \"Thing\"}</script>\
                <noscript></noscript></body></html>";
    let result = unboil::extract(html);
    assert!(
        result.as_ref().is_err_and(Error::is_no_content),
        "{result:?}"
    );
}

#[test]
fn over_the_size_limit_is_too_large() {
    let mut html = String::from("<html><body><p>");
    while html.len() < 1024 - "</p></body></html>".len() {
        html.push_str("BODY_SENTINEL ");
    }
    html.push_str("</p></body></html>");
    let extractor = Extractor::new().max_input_bytes(100);
    let result = extractor.extract(&html);
    assert!(
        matches!(result, Err(Error::TooLarge { bytes, limit: 100 }) if bytes == html.len()),
        "{result:?}"
    );
    let result = extractor.extract_bytes(html.as_bytes());
    assert!(
        matches!(result, Err(Error::TooLarge { limit: 100, .. })),
        "{result:?}"
    );
}
