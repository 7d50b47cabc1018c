//! Hostile input: empty, blank, absurdly deep, absurdly wide, not text at all, too large.
//! Each case must end in an `Ok` or an `Err`, never a panic or a stack overflow; the test
//! threads have Rust's default 2 MiB stack, so deep nesting here proves the walks are loops.
//! The `text_*` cases do the same for plain-text mode (`clean_text`): empty, blank, one huge
//! line, a million lines, control bytes, mixed line ends. All inputs are generated here.

use unboil::{Error, Extractor};

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

// Plain-text mode (`clean_text`).

/// Paragraphs of running prose, one line each, for the text-mode cases.
const PROSE: [&str; 8] = [
    "The committee met on Tuesday to review the budget for the coming year, and the talks ran late.",
    "Several members asked why the road repairs promised last spring had still not been started.",
    "The treasurer said that the contractor had been paid in advance, which drew sharp questions.",
    "A resident who attended the meeting told reporters that the town deserved a clear answer soon.",
    "The chair promised a written report within a month, listing every payment made since January.",
    "Members also voted to extend the library's opening hours on weekends during the summer months.",
    "The proposal passed by a wide margin after a short debate about the cost of the extra staff.",
    "The next meeting is planned for the first week of the new month, in the hall on Main Street.",
];

#[test]
fn text_empty_input_is_empty_input() {
    let result = unboil::clean_text("");
    assert!(
        matches!(result, Err(Error::EmptyInput { bytes: 0 })),
        "{result:?}"
    );
    let result = Extractor::new().clean_text("");
    assert!(
        matches!(result, Err(Error::EmptyInput { bytes: 0 })),
        "{result:?}"
    );
}

#[test]
fn text_whitespace_only_is_empty_input() {
    let many_newlines = "\n".repeat(100_000);
    for blank in [
        " ",
        "\t",
        "\n",
        "\r",
        "\r\n\r\n",
        " \t\r\n  \n\r \x0c\n\t ",
        many_newlines.as_str(),
    ] {
        let result = unboil::clean_text(blank);
        assert!(
            matches!(result, Err(Error::EmptyInput { bytes }) if bytes == blank.len()),
            "{blank:?}: {result:?}"
        );
    }
    // No-break and other Unicode spaces are not ASCII whitespace: no content, whichever way
    // it is reported.
    let result = unboil::clean_text("\u{a0}\n\u{2003}\u{3000}\r\n\u{200b}\u{feff}");
    assert!(
        result.as_ref().is_err_and(Error::is_no_content),
        "{result:?}"
    );
}

#[test]
fn text_fifty_megabyte_line_does_not_panic() {
    const WORDS: &str = "the quick brown fox jumps over the lazy dog while seven wizards quietly \
                         judge boxing matches and a sphinx of black quartz hears my vow ";
    assert!(WORDS.is_ascii() && !WORDS.contains(['\n', '\r']));
    let len = 50 * 1024 * 1024;
    let mut text = WORDS.repeat(len / WORDS.len() + 1);
    text.truncate(len);
    survives("one 50 MiB line", unboil::clean_text(&text));
}

#[test]
fn text_million_short_lines_do_not_panic() {
    let text = "word\n".repeat(1_000_000);
    survives("1,000,000 lines of \"word\"", unboil::clean_text(&text));
}

#[test]
fn text_nul_and_control_bytes_do_not_panic() {
    // Every C0 control, DEL, C1 controls, NEL, line/paragraph separators, BOM and zero-width
    // characters, inside words, between words and on lines of their own.
    let controls: String = (0u32..0x20)
        .chain([
            0x7f, 0x80, 0x85, 0x9f, 0x2028, 0x2029, 0xfeff, 0x200b, 0xfffd,
        ])
        .filter_map(char::from_u32)
        .collect();
    let mut mixed = String::new();
    for (i, paragraph) in PROSE.iter().enumerate() {
        for (j, word) in paragraph.split(' ').enumerate() {
            if j > 0 {
                mixed.push(if (i + j) % 3 == 0 { '\0' } else { ' ' });
            }
            mixed.push_str(word);
            if let Some(c) = controls.chars().nth((i * 7 + j) % controls.chars().count()) {
                mixed.push(c);
            }
        }
        mixed.push_str("\n\0\x01\x1b[0m\x7f\n");
    }
    survives("prose with controls", unboil::clean_text(&mixed));
    survives("controls alone", unboil::clean_text(&controls));
    survives(
        "controls per line",
        unboil::clean_text(&controls.repeat(1_000)),
    );
    survives("NUL alone", unboil::clean_text("\0\0\0\n\0"));
    for (seed, len) in [
        (0x9E37_79B9_7F4A_7C15, 100),
        (88_172_645_463_325_252, 65_536),
    ] {
        let bytes = random_bytes(len, seed);
        survives(
            &format!("random {len} bytes as text"),
            unboil::clean_text(&String::from_utf8_lossy(&bytes)),
        );
    }
}

#[test]
fn text_mixed_line_endings_split_paragraphs() {
    // Between consecutive paragraphs: a single CRLF, CR or LF, and blank lines made of each
    // and of mixtures ("\n\r" is LF then CR: two line ends, not one).
    let separators = ["\r\n", "\r", "\n", "\r\n\r\n", "\r\r", "\n\n", "\n\r"];
    assert_eq!(separators.len(), PROSE.len() - 1);
    let mut text = String::from(PROSE[0]);
    for (separator, paragraph) in separators.iter().zip(&PROSE[1..]) {
        text.push_str(separator);
        text.push_str(paragraph);
    }
    text.push('\r');
    let article = unboil::clean_text(&text).expect("paragraphs of prose are content");
    let paragraphs: Vec<String> = article
        .blocks
        .iter()
        .map(|b| match b {
            unboil::Block::Paragraph { text } => text.plain(),
            other => panic!("only paragraphs expected, got {other:?}"),
        })
        .collect();
    assert_eq!(
        paragraphs, PROSE,
        "one paragraph per line, whatever its line end"
    );
    assert_eq!(article.title, None);
    assert_eq!(article.text(), PROSE.join("\n\n"));
}
