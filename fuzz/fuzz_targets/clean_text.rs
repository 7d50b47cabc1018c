//! Any text through `clean_text` and every renderer: no panic, no hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(article) = unboil::clean_text(&text) {
        let _ = article.text();
        let _ = article.markdown();
        let _ = article.html();
    }
});
