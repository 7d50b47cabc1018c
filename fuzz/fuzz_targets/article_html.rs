//! Any bytes through `extract_bytes`, then `Article::html()` re-parsed as a browser would:
//! nothing executable may survive (the same check as `tests/xss.rs`), and rendering twice
//! gives the same output.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/safety/mod.rs"]
mod safety;

fuzz_target!(|data: &[u8]| {
    let extractor = unboil::Extractor::new()
        .base_url("https://fuzz.example/dir/page.html")
        .expect("a valid base URL");
    if let Ok(article) = extractor.extract_bytes(data) {
        let html = article.html();
        if let Some(found) = safety::first_unsafe(&html) {
            panic!("unsafe output: {found}\n{html}");
        }
        assert_eq!(html, article.html(), "html() is not deterministic");
    }
});
