//! html5ever -> [`Dom`]: the parser's driver. Tokenizer, [`DepthGuard`], tree builder and
//! [`ArenaSink`] in one pipeline; `markup5ever_rcdom` only for the benchmarks' baseline.
//!
//! Cost: one parse into a linked arena, then one iterative pass into the read-only arena
//! (no recursion), so 100,000-deep pages build without touching the call stack.

use html5ever::TokenizerResult;
use html5ever::interface::TreeSink;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tokenizer::{BufferQueue, Tokenizer};
use html5ever::tree_builder::TreeBuilder;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::RcDom;

use super::Dom;
use super::depth::DepthGuard;
use super::noscript::NoscriptGuard;
use super::sink::ArenaSink;

/// Parses `html` with nesting capped (see [`DepthGuard`]) and raw text kept inside its
/// `<noscript>` (see [`NoscriptGuard`]) straight into the arena ([`ArenaSink`]): the parse
/// stays linear however deep the page nests.
pub(crate) fn build(html: &str) -> Dom {
    let opts = parse_opts();
    let builder = TreeBuilder::new(ArenaSink::new(), opts.tree_builder);
    let guards = NoscriptGuard::new(DepthGuard::new(builder));
    let tokenizer = Tokenizer::new(guards, opts.tokenizer);
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // Scripts are never run and encodings are settled before parsing, so any pause resumes.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let mut dom = tokenizer.sink.inner.inner.sink.finish();
    if crate::mojibake::references_a_lead(html) {
        dom.repair_double_encoding();
    }
    dom
}

fn parse_opts() -> ParseOpts {
    let mut opts = ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    opts
}

/// html5ever's parse into an `RcDom` alone: the baseline the benchmarks compare against.
///
/// Scripting is off, as for a reader without JavaScript: `<noscript>` content is parsed as
/// markup, which is where many script-rendered pages keep their text for crawlers.
pub(crate) fn parse(html: &str) -> RcDom {
    parse_document(RcDom::default(), parse_opts()).one(html)
}
