//! Inline text: whitespace collapsing, emphasis, code and links made absolute.

use url::Url;

use crate::article::{Span, Text};

/// The inline style a text run is in, innermost wins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Style {
    Plain,
    Emphasis,
    Strong,
    Code,
    Link(Option<String>),
}

/// A paragraph being collected: spans with whitespace collapsed across node boundaries.
#[derive(Debug, Default)]
pub(crate) struct InlineBuffer {
    spans: Vec<Span>,
    /// The last character pushed was whitespace (or nothing was pushed yet).
    at_space: bool,
}

impl InlineBuffer {
    /// Appends `text` in `style`, collapsing runs of whitespace to one space.
    pub(crate) fn push_text(&mut self, text: &str, style: &Style) {
        if self.spans.is_empty() {
            self.at_space = true;
        }
        let mut collapsed = String::with_capacity(text.len());
        collapse_into(&mut collapsed, text, &mut self.at_space);
        if collapsed.is_empty() {
            return;
        }
        match (self.spans.last_mut(), style) {
            (Some(Span::Plain(s)), Style::Plain)
            | (Some(Span::Emphasis(s)), Style::Emphasis)
            | (Some(Span::Strong(s)), Style::Strong)
            | (Some(Span::Code(s)), Style::Code) => s.push_str(&collapsed),
            (Some(Span::Link { text, href }), Style::Link(h)) if href == h => {
                text.push_str(&collapsed)
            }
            _ => self.spans.push(match style {
                Style::Plain => Span::Plain(collapsed),
                Style::Emphasis => Span::Emphasis(collapsed),
                Style::Strong => Span::Strong(collapsed),
                Style::Code => Span::Code(collapsed),
                Style::Link(href) => Span::Link {
                    text: collapsed,
                    href: href.clone(),
                },
            }),
        }
    }

    /// Appends a hard line break.
    pub(crate) fn push_break(&mut self) {
        if !self.spans.is_empty() {
            trim_end(&mut self.spans);
            self.spans.push(Span::LineBreak);
            self.at_space = true;
        }
    }

    /// `true` when the last thing collected is a line break (a second `<br>` in a row ends
    /// the paragraph).
    pub(crate) fn ends_with_break(&self) -> bool {
        matches!(self.spans.last(), Some(Span::LineBreak))
    }

    /// `true` when nothing visible was collected.
    pub(crate) fn is_blank(&self) -> bool {
        self.spans.iter().all(|s| s.as_str().trim().is_empty())
    }

    /// Takes the collected text, trimmed; `None` when blank.
    pub(crate) fn take(&mut self) -> Option<Text> {
        let mut spans = std::mem::take(&mut self.spans);
        self.at_space = true;
        while matches!(spans.last(), Some(Span::LineBreak)) {
            spans.pop();
        }
        trim_end(&mut spans);
        while spans
            .first()
            .is_some_and(|s| matches!(s, Span::LineBreak) || s.as_str().trim().is_empty())
        {
            spans.remove(0);
        }
        if let Some(first) = spans.first_mut() {
            map_str(first, |s| s.trim_start().to_string());
        }
        let text = Text(spans);
        (!text.is_blank()).then_some(text)
    }
}

fn trim_end(spans: &mut Vec<Span>) {
    while spans
        .last()
        .is_some_and(|s| !matches!(s, Span::LineBreak) && s.as_str().trim().is_empty())
    {
        spans.pop();
    }
    if let Some(last) = spans.last_mut() {
        map_str(last, |s| s.trim_end().to_string());
    }
}

fn map_str(span: &mut Span, f: impl Fn(&str) -> String) {
    match span {
        Span::Plain(s) | Span::Emphasis(s) | Span::Strong(s) | Span::Code(s) => *s = f(s),
        Span::Link { text, .. } => *text = f(text),
        Span::LineBreak => {}
    }
}

/// URL schemes a link or image may keep; anything else (`javascript:`, `vbscript:`,
/// `data:`, `file:`, ...) is dropped. The sanitizer of `Article::html()` uses the same list.
pub(crate) const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Makes `href` absolute against `base`, the caller's base URL (a page's own `<base>` is
/// not trusted). `None` for empty, unparsable and script URLs: an absolute URL must use one
/// of [`ALLOWED_SCHEMES`], checked after the URL standard's parse, which removes the tabs,
/// newlines and control characters a browser ignores ("java\tscript:"). Without a base,
/// a relative URL stays as written.
pub(crate) fn resolve(href: &str, base: Option<&Url>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let url = match Url::parse(href) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => match base {
            Some(base) => base.join(href).ok()?,
            None => return Some(href.to_string()),
        },
        Err(_) => return None,
    };
    ALLOWED_SCHEMES
        .contains(&url.scheme())
        .then(|| url.to_string())
}

/// Appends `text` to `out` with each run of whitespace one space (none right after a
/// space, as `at_space` says) and control characters dropped.
fn collapse_into(out: &mut String, text: &str, at_space: &mut bool) {
    if !text.is_ascii() {
        collapse_chars_into(out, text, at_space);
        return;
    }
    // ASCII: whole words at a time.
    let bytes = text.as_bytes();
    let is_space = |b: u8| b.is_ascii_whitespace() || b == 0x0b;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if is_space(b) {
            if !*at_space {
                out.push(' ');
                *at_space = true;
            }
            at += 1;
        } else if b.is_ascii_control() {
            at += 1;
        } else {
            let start = at;
            while bytes
                .get(at)
                .is_some_and(|&b| !is_space(b) && !b.is_ascii_control())
            {
                at += 1;
            }
            out.push_str(text.get(start..at).unwrap_or(""));
            *at_space = false;
        }
    }
}

/// [`collapse_into`] a character at a time, for any text.
fn collapse_chars_into(out: &mut String, text: &str, at_space: &mut bool) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !*at_space {
                out.push(' ');
                *at_space = true;
            }
        } else if !c.is_control() {
            out.push(c);
            *at_space = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_collapse_matches_the_general_one() {
        for text in [
            "",
            " ",
            "a  b",
            "\tx\x0b\x0cy\r\n",
            "a\x01b\x7f c ",
            "  lead",
            "trail  ",
        ] {
            for start in [false, true] {
                let (mut fast, mut fast_space) = (String::from("w"), start);
                let (mut plain, mut plain_space) = (String::from("w"), start);
                collapse_into(&mut fast, text, &mut fast_space);
                collapse_chars_into(&mut plain, text, &mut plain_space);
                assert_eq!((fast, fast_space), (plain, plain_space), "{text:?}");
            }
        }
    }

    #[test]
    fn whitespace_collapses_across_spans_and_trims() {
        let mut b = InlineBuffer::default();
        b.push_text("  Hello \n", &Style::Plain);
        b.push_text(" world ", &Style::Strong);
        b.push_text(" again ", &Style::Plain);
        let t = b.take().unwrap();
        assert_eq!(t.plain(), "Hello world again");
        assert_eq!(t.0[1], Span::Strong("world ".into()));
    }

    #[test]
    fn links_resolve_and_scripts_do_not() {
        let base = Url::parse("https://example.org/a/b.html").unwrap();
        assert_eq!(
            resolve("../c.jpg", Some(&base)).as_deref(),
            Some("https://example.org/c.jpg")
        );
        assert_eq!(resolve("JavaScript:alert(1)", Some(&base)), None);
        assert_eq!(resolve("/x", None).as_deref(), Some("/x"));
        for script in [
            "java\tscript:alert(1)",
            "\u{1}javascript:alert(1)",
            " VBScript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
        ] {
            assert_eq!(resolve(script, None), None, "{script:?}");
            assert_eq!(resolve(script, Some(&base)), None, "{script:?}");
        }
    }
}
