//! Hostile plain text through `clean_text`: empty, blank, one huge line, a million lines,
//! control bytes, mixed line ends. Each case ends in an `Ok` or a typed `Err`, never a
//! panic; each is timed and its peak heap checked against the documented bound
//! (`tests/measure`). All inputs are generated here.

mod measure;

use measure::{measure, random_bytes};
use unboil::{Error, Extractor};

/// Runs `clean_text` on `text` as one measured case; any outcome but a panic is fine.
fn survives(name: &str, text: &str) -> Result<unboil::Article, Error> {
    let (result, _) = measure(name, text.len(), || unboil::clean_text(text));
    result
}

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
    let _ = survives("one 50 MiB line", &text);
}

#[test]
fn text_million_short_lines_do_not_panic() {
    let text = "word\n".repeat(1_000_000);
    let _ = survives("1,000,000 lines of \"word\"", &text);
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
    let _ = survives("prose with controls", &mixed);
    let _ = survives("controls alone", &controls);
    let _ = survives("controls per line", &controls.repeat(1_000));
    let _ = survives("NUL alone", "\0\0\0\n\0");
    for (seed, len) in [
        (0x9E37_79B9_7F4A_7C15, 100),
        (88_172_645_463_325_252, 65_536),
    ] {
        let bytes = random_bytes(len, seed);
        let _ = survives(
            &format!("random {len} bytes as text"),
            &String::from_utf8_lossy(&bytes),
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
