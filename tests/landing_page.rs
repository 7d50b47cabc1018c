//! A landing page (no date, no article markup, no code) gives its whole `main`: the hero's
//! tagline and the testimonials beside the best-scoring block. The same page with a
//! publication date reads as an article, and with a code block as a reference page: the
//! text of either is that block alone.

use std::fs;

const FIXTURE: &str = "tests/fixtures/html/landing_main.html";
const TESTIMONIAL: &str = "Overtime disputes went from weekly to never";
const TAGLINE: &str = "Plan every crew for the week in minutes";
const FEATURES: &str = "Harbour work does not keep office hours";

fn text_of(html: &str) -> String {
    unboil::extract(html).expect("the page has text").text()
}

#[test]
fn a_landing_page_gives_its_whole_main() {
    let html = fs::read_to_string(FIXTURE).expect("fixture");
    let text = text_of(&html);
    for part in [TAGLINE, FEATURES, TESTIMONIAL] {
        assert!(text.contains(part), "{part:?} missing from {text}");
    }
}

#[test]
fn a_dated_page_gives_its_best_block_only() {
    let html = fs::read_to_string(FIXTURE).expect("fixture").replace(
        "</head>",
        r#"<meta property="article:published_time" content="2026-01-05"></head>"#,
    );
    let text = text_of(&html);
    assert!(text.contains(FEATURES), "{text}");
    assert!(!text.contains(TESTIMONIAL), "{text}");
}

#[test]
fn a_page_with_code_gives_its_best_block_only() {
    let html = fs::read_to_string(FIXTURE).expect("fixture").replace(
        "<p>At the end of the month",
        "<pre><code>quayside import rota.csv</code></pre><p>At the end of the month",
    );
    let text = text_of(&html);
    assert!(text.contains("quayside import rota.csv"), "{text}");
    assert!(!text.contains(TESTIMONIAL), "{text}");
}
