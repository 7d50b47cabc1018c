//! Any bytes through `extract_bytes` and every renderer: no panic, no hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = unboil::extract_bytes(data) {
        let _ = article.text();
        let _ = article.markdown();
        let _ = article.html();
    }
});
