//! Checks on raw input before any parsing: emptiness, the size limit, and whether a text
//! looks like HTML.

use crate::error::Error;

/// Refuses input over `limit` bytes or with no visible character.
pub(crate) fn check(bytes: &[u8], limit: usize) -> Result<(), Error> {
    if bytes.len() > limit {
        return Err(Error::TooLarge {
            bytes: bytes.len(),
            limit,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace() || *b == 0) {
        return Err(Error::EmptyInput { bytes: bytes.len() });
    }
    Ok(())
}

/// What kind of document an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputKind {
    /// Markup: starts with a tag, or holds `<html`, `<body`, `<p>`-like tags early on.
    Html,
    /// Plain text, as scrapers and web archives write it.
    Text,
}

/// Guesses whether `bytes` are HTML or plain text from their first 4 KiB.
///
/// ```
/// use unboil::{sniff, InputKind};
/// assert_eq!(sniff(b"<!doctype html><p>Hi</p>"), InputKind::Html);
/// assert_eq!(sniff(b"A title\n\nA paragraph < 3 lines long."), InputKind::Text);
/// ```
pub fn sniff(bytes: &[u8]) -> InputKind {
    let head = bytes.get(..4096).unwrap_or(bytes);
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let trimmed = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if trimmed.starts_with("<!doctype")
        || trimmed.starts_with("<html")
        || trimmed.starts_with("<?xml")
        || trimmed.starts_with("<!--")
    {
        return InputKind::Html;
    }
    const TAGS: &[&str] = &[
        "<html", "<head", "<body", "<div", "<p>", "<p ", "<meta", "<title", "<article", "<br",
        "<span", "<a href",
    ];
    let tags = TAGS.iter().filter(|t| text.contains(*t)).count();
    if tags >= 2 || (trimmed.starts_with('<') && tags >= 1) {
        InputKind::Html
    } else {
        InputKind::Text
    }
}
