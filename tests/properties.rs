//! Properties that hold for any input (proptest):
//! - `extract`, `extract_bytes` and `clean_text` never panic, whatever the bytes;
//! - `text()` of an article carries no markup;
//! - `html()`, re-parsed as a browser would, carries no script, no `on*` attribute and no
//!   `javascript:`/`vbscript:`/`data:text/html` URL (`tests/safety/mod.rs`);
//! - extraction and rendering are deterministic.
//!
//! Random strings rarely look like pages, so most cases come from a small HTML grammar that
//! mixes article markup, boilerplate containers, hostile attributes and broken nesting.

mod safety;

use proptest::prelude::*;

/// Elements whose content is parsed as markup (raw-text elements such as `<textarea>` and
/// `<title>` would turn the generated tags into text, which is not markup in the output).
const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "b",
    "i",
    "em",
    "strong",
    "a",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "pre",
    "code",
    "nav",
    "footer",
    "header",
    "aside",
    "article",
    "main",
    "section",
    "form",
    "svg",
    "math",
    "noscript",
    "br",
    "hr",
    "select",
    "option",
    "button",
    "dl",
    "dt",
    "dd",
    "script",
    "style",
];

/// Attributes, benign and hostile, with values.
const ATTRS: &[&str] = &[
    "class=\"content\"",
    "class=\"comments\"",
    "id=\"main\"",
    "href=\"/local/page\"",
    "href=\"https://example.org/x\"",
    "href=\"javascript:alert(1)\"",
    "href=\" java&#x09;script:alert(1)\"",
    "src=\"data:text/html,<script>alert(1)</script>\"",
    "src=\"photo.jpg\"",
    "onerror=\"alert(1)\"",
    "onclick=alert(1)",
    "style=\"background:url(javascript:alert(1))\"",
    "hidden",
    "aria-hidden=\"true\"",
    "itemprop=\"articleBody\"",
    "role=\"navigation\"",
    "srcdoc=\"<script>alert(1)</script>\"",
];

/// Words of text: letters, digits and punctuation, never `<` or `&`.
fn words() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-zA-Z0-9àéßжд]{1,9}[,.]?", 1..24).prop_map(|w| w.join(" "))
}

fn token() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(TAGS);
    let attrs = prop::collection::vec(prop::sample::select(ATTRS), 0..3);
    prop_oneof![
        3 => (tag.clone(), attrs).prop_map(|(t, a)| format!("<{t} {}>", a.join(" "))),
        2 => tag.prop_map(|t| format!("</{t}>")),
        4 => words(),
        1 => Just("<!-- a comment -->".to_string()),
        1 => Just("&amp; 1 &lt; 2 &gt; &#x41;".to_string()),
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..80).prop_map(|tokens| {
        format!(
            "<html><head><title>T</title></head><body>{}",
            tokens.concat()
        )
    })
}

/// `<` followed by what starts a tag, comment or declaration.
fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_extract_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = unboil::extract_bytes(&bytes);
        let _ = unboil::clean_text(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn any_string_extracts_without_panic(text in "\\PC{0,512}") {
        let _ = unboil::extract(&text);
        let _ = unboil::clean_text(&text);
    }

    #[test]
    fn generated_pages_give_clean_text_and_safe_html(html in page()) {
        let first = unboil::extract(&html);
        let second = unboil::extract(&html);
        prop_assert_eq!(&first, &second, "extraction is not deterministic");
        if let Ok(article) = first {
            let text = article.text();
            prop_assert!(!has_markup(&text), "markup in text(): {:?}", text);
            let rendered = article.html();
            prop_assert_eq!(safety::first_unsafe(&rendered), None, "{}", rendered);
            prop_assert_eq!(&rendered, &article.html(), "html() is not deterministic");
            prop_assert_eq!(article.markdown(), article.markdown());
        }
    }

    #[test]
    fn generated_text_cleans_deterministically(lines in prop::collection::vec(words(), 0..40)) {
        let text = lines.join("\n");
        let first = unboil::clean_text(&text);
        prop_assert_eq!(&first, &unboil::clean_text(&text));
        if let Ok(article) = first {
            prop_assert!(!has_markup(&article.text()));
            prop_assert_eq!(safety::first_unsafe(&article.html()), None);
        }
    }
}

#[test]
fn the_markup_check_is_not_vacuous() {
    assert!(has_markup("a <b>bold</b> word"));
    assert!(has_markup("</p>"));
    assert!(!has_markup("1 < 2 and 3 > 2"));
}
