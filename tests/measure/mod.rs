//! Time and peak heap of one hostile case, for `tests/hostile.rs`, `tests/hostile_text.rs`
//! and `tests/encodings.rs`, and the random bytes they feed.
//!
//! A counting global allocator tracks the bytes each thread has live on the heap, so the
//! other tests of a binary, running on their own threads, never count against a case (the
//! crate does all its work on the caller's thread). [`measure`] runs one case at a time
//! (a lock, for steadier timings), records the peak above what was live before the call, asserts
//! it is within the bound the crate documents (`unboil` rustdoc, "Resource use"), and prints
//! one row of the table the closing notes quote:
//! `cargo test --release --test hostile -- --nocapture --test-threads=1 | grep '^|'`.
#![allow(
    unsafe_code,
    reason = "a GlobalAlloc wrapper has to be unsafe; it only forwards to System and counts"
)]
#![allow(
    dead_code,
    reason = "each test binary uses its own part of the harness"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The documented bound: extraction's peak heap is at most `PEAK_PER_INPUT_BYTE` times the
/// input size plus `PEAK_FIXED` bytes (the input itself, owned by the caller, not counted).
pub const PEAK_PER_INPUT_BYTE: usize = 80;
pub const PEAK_FIXED: usize = 8 << 20;

struct Counting;

thread_local! {
    /// Bytes allocated minus bytes freed by this thread (freeing another thread's memory
    /// can take it below zero).
    static LIVE: Cell<isize> = const { Cell::new(0) };
    /// The highest `LIVE` since the last reset.
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

// SAFETY: every call forwards to `System` with the caller's arguments unchanged; the
// counters are plain atomics and never affect what is returned.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            shrank(layout.size());
            grew(new_size);
        }
        new
    }
}

// `try_with`: a thread's locals may be gone while it frees its last memory.
fn grew(bytes: usize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get().wrapping_add_unsigned(bytes);
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

fn shrank(bytes: usize) {
    let _ = LIVE.try_with(|live| live.set(live.get().wrapping_sub_unsigned(bytes)));
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What one case cost.
#[derive(Debug, Clone, Copy)]
pub struct Cost {
    pub elapsed: Duration,
    /// Peak heap above what was live when the case started, in bytes.
    pub peak: usize,
}

/// Runs `case` on an input of `input_len` bytes, alone; prints its row and checks the
/// documented memory bound.
pub fn measure<T>(name: &str, input_len: usize, case: impl FnOnce() -> T) -> (T, Cost) {
    let _alone = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let start = Instant::now();
    let (out, peak) = peak_heap(case);
    let elapsed = start.elapsed();
    let cost = Cost { elapsed, peak };
    println!(
        "| {name} | {} | {:.3} s | {} | {:.1}x |",
        human(input_len),
        elapsed.as_secs_f64(),
        human(peak),
        peak as f64 / input_len.max(1) as f64
    );
    let bound = PEAK_PER_INPUT_BYTE * input_len + PEAK_FIXED;
    assert!(
        peak <= bound,
        "{name}: peak heap {} over the documented bound {} ({PEAK_PER_INPUT_BYTE} x input + {})",
        human(peak),
        human(bound),
        human(PEAK_FIXED)
    );
    (out, cost)
}

/// A page that makes the crate build its once-per-process tables (phrase automatons, the
/// thread's pattern lists), so that measuring starts after them: names, a label, a script
/// date, a byline.
pub const WARM_UP_PAGE: &str = r#"<html><body><div class="entry-content post" id="main">
<h1 class="entry-title">Warm-up</h1><p class="byline">By Jane Doe</p>
<script>var state = {"datePublished": "2020-01-02"};</script>
<p>Some text of the article, long enough to read as a paragraph, with a comma.</p>
<div class="related-posts"><h3>Related posts</h3><a href="/a">A</a></div>
<footer class="site-footer">© 2020 Site. All rights reserved.</footer></div></body></html>"#;

/// Runs `case` and returns the most heap it had live at once on this thread, above what
/// was live before it started.
pub fn peak_heap<T>(case: impl FnOnce() -> T) -> (T, usize) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let out = case();
    let peak = usize::try_from(PEAK.with(Cell::get) - before).unwrap_or(0);
    (out, peak)
}

/// xorshift64: fixed, dependency-free pseudo-random bytes.
pub fn random_bytes(len: usize, mut state: u64) -> Vec<u8> {
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

/// Bytes as B, KiB or MiB.
pub fn human(bytes: usize) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / (1u64 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}
