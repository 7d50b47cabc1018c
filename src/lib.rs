//! # unboil
//!
//! Takes a scraped web page and gives back the article: title, byline, date and the body as
//! typed [`Block`]s (headings, paragraphs, lists, quotes, images with caption and credit,
//! code, tables), with every piece of boilerplate that was removed recorded in
//! [`Article::removed`] with the rule that removed it.
//!
//! ```
//! let html = r#"<html><head><title>Moon landing | Daily Planet</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article><h1>Moon landing</h1>
//!     <p>The crew landed on the moon on Sunday, the agency said, after a long flight.</p>
//!     <h3>Related Posts</h3>
//!   </article>
//!   <footer>© Daily Planet</footer></body></html>"#;
//! let article = unboil::extract(html)?;
//! assert_eq!(article.title.as_deref(), Some("Moon landing"));
//! assert_eq!(article.text(), "The crew landed on the moon on Sunday, the agency said, after a long flight.");
//! assert!(article.removed.iter().any(|r| r.kind == unboil::Boilerplate::Navigation));
//! # Ok::<(), unboil::Error>(())
//! ```
//!
//! Use an [`Extractor`] for options (base URL, [`Focus`], comments, size limit). The crate
//! never panics on input: bad pages give an [`Error`] or a best-effort article.
//!
//! # Resource use
//!
//! Web pages are hostile input, and every stage is built for it (the cases are tests in
//! `tests/hostile.rs`, `tests/encodings.rs` and `tests/hostile_text.rs`, and three fuzz
//! targets run in `fuzz/`):
//!
//! - **Size.** Input over [`Extractor::max_input_bytes`] (64 MiB by default) is refused
//!   with [`Error::TooLarge`] before any decoding or parsing.
//! - **Time** is linear in the input size. Element nesting is capped at 512 levels while
//!   parsing, as browsers do: deeper start tags are dropped and their text kept, so
//!   100,000 nested `<div>`s cost what 100,000 siblings cost.
//! - **Stack.** No stage recurses per nesting level; the blocks built are at most 8 deep.
//! - **Memory.** Extraction's peak heap is at most 80 times the input size plus 8 MiB
//!   (the input itself not counted). The cost is per element, so the multiple depends on
//!   how dense the markup is: ordinary pages stay near 5 to 15 times, and the worst case
//!   measured, 2,000,000 unclosed `<p>` tags (3 bytes per element), reaches 70 times. On
//!   every page of the shared benchmarks the peak is below twice what html5ever's own
//!   parse into an `RcDom` takes (`tests/memory_vs_parse.rs`), usually below it.
//! - **Output.** [`Article::html`] is sanitized by `ammonia` with an allow-list of article
//!   markup; link and image URLs keep only `http`, `https` and `mailto` and resolve against
//!   the caller's base URL, never the page's `<base>`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// The library never panics on input; tests and examples may (clippy.toml allows it in tests).
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod article;
mod charset;
mod dom;
mod error;
mod extractor;
mod html;
mod input;
mod metadata;
mod mojibake;
mod removal;
mod render;
mod rules;
mod text;
mod tuning;

pub use article::{Article, Block, ListItem, Span, Table, TableRow, Text};
pub use error::Error;
pub use extractor::{Extractor, Focus};
pub use input::{InputKind, sniff};
pub use removal::{Boilerplate, Removal};

/// Extracts the article from an HTML string with the default [`Extractor`].
///
/// # Errors
/// [`Error::EmptyInput`], [`Error::TooLarge`] (over 64 MiB), [`Error::NoContent`].
///
/// ```
/// let a = unboil::extract("<p>One paragraph, long enough to be an article body.</p>")?;
/// assert_eq!(a.blocks.len(), 1);
/// # Ok::<(), unboil::Error>(())
/// ```
pub fn extract(html: &str) -> Result<Article, Error> {
    Extractor::new().extract(html)
}

/// Extracts the article from HTML bytes in any charset, with the default [`Extractor`].
///
/// # Errors
/// As [`extract`].
///
/// ```
/// let a = unboil::extract_bytes(b"\xEF\xBB\xBF<p>UTF-8 with a byte order mark.</p>")?;
/// assert_eq!(a.text(), "UTF-8 with a byte order mark.");
/// # Ok::<(), unboil::Error>(())
/// ```
pub fn extract_bytes(bytes: &[u8]) -> Result<Article, Error> {
    Extractor::new().extract_bytes(bytes)
}

/// Cleans already-scraped plain text with the default [`Extractor`]: see
/// [`Extractor::clean_text`].
///
/// # Errors
/// [`Error::EmptyInput`], [`Error::TooLarge`] (over 64 MiB), [`Error::NoContent`].
///
/// ```
/// let a = unboil::clean_text("Title Line\n\nA paragraph of running text, long enough to be prose.")?;
/// assert_eq!(a.title.as_deref(), Some("Title Line"));
/// # Ok::<(), unboil::Error>(())
/// ```
pub fn clean_text(text: &str) -> Result<Article, Error> {
    Extractor::new().clean_text(text)
}

/// html5ever parsing alone, into an `RcDom`, and nothing else: the baseline that speed
/// ratios are measured against. Not part of the stable API.
#[doc(hidden)]
pub fn parse_only(html: &str) -> usize {
    let rc = dom::build::parse(html);
    rc.document.children.borrow().len()
}

/// Stage entry points for the criterion benches; not a stable API.
#[doc(hidden)]
#[cfg(feature = "bench-internals")]
pub mod stages;

impl Article {
    /// The body as plain text: blocks separated by a blank line, each heading (and each
    /// paragraph that ends with a colon) on the line just above the block it introduces,
    /// list items one per line, table cells separated by tabs. The title is not repeated, and images with their captions and credits are
    /// left out (the form of the benchmarks' ground truth); [`Article::markdown`] and
    /// [`Article::html`] keep them.
    ///
    /// ```
    /// let a = unboil::extract(
    ///     "<article><h2>Intro</h2><p>Some <em>text</em> in a paragraph.</p><p>And more.</p></article>",
    /// )?;
    /// assert_eq!(a.text(), "Intro\nSome text in a paragraph.\n\nAnd more.");
    /// # Ok::<(), unboil::Error>(())
    /// ```
    pub fn text(&self) -> String {
        render::text::render(&self.blocks)
    }

    /// The body as CommonMark Markdown.
    ///
    /// ```
    /// let a = unboil::extract("<article><h2>Intro</h2><p>Some <em>text</em> in a paragraph.</p></article>")?;
    /// assert_eq!(a.markdown(), "## Intro\n\nSome *text* in a paragraph.");
    /// # Ok::<(), unboil::Error>(())
    /// ```
    pub fn markdown(&self) -> String {
        render::markdown::render(&self.blocks)
    }

    /// The body as sanitized HTML (ammonia allow-list: article markup only, no scripts,
    /// no event handlers, no `javascript:` URLs, links with `rel="noopener noreferrer"`).
    ///
    /// ```
    /// let a = unboil::extract("<p onclick='x()'>Text <a href='javascript:alert(1)'>here</a>, clean.</p>")?;
    /// assert_eq!(a.html(), "<p>Text here, clean.</p>\n");
    /// # Ok::<(), unboil::Error>(())
    /// ```
    pub fn html(&self) -> String {
        render::html::render(&self.blocks)
    }

    /// The whole article as pretty-printed JSON (feature `serde`).
    #[cfg(feature = "serde")]
    pub fn json(&self) -> String {
        render::json::render(self)
    }
}
