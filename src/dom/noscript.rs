//! A token filter between html5ever's tokenizer and the rest of the pipeline that keeps a
//! `<noscript>` from swallowing the page.
//!
//! unboil parses with scripting off, so a `<noscript>`'s content is read as markup (it is
//! where many script-rendered pages keep their text for crawlers). A browser with scripts
//! on reads that content as plain text instead, so pages get away with markup there that
//! would break a scripting-off parse: the common one is a tracking pixel written
//! `<noscript><iframe src="…" /></noscript>`. An `iframe` is a raw-text element, and `/>`
//! does not close it, so everything up to a `</iframe>` that never comes, the whole rest
//! of the page, would become the iframe's text.
//!
//! Inside a `<noscript>`, the filter closes a raw-text element (`iframe`, `noembed`,
//! `noframes`, `xmp`) right after its start tag and keeps the tokenizer reading markup:
//! `</noscript>` then ends the `noscript` as its author meant. Outside a `<noscript>`
//! tokens pass untouched. Cost: a name comparison per tag.

use std::cell::Cell;

use html5ever::tokenizer::{Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{LocalName, local_name};

/// Wraps a token sink and closes raw-text elements opened inside a `<noscript>`.
pub(crate) struct NoscriptGuard<S> {
    pub inner: S,
    /// Open `<noscript>` elements.
    open: Cell<usize>,
}

impl<S> NoscriptGuard<S> {
    pub(crate) fn new(inner: S) -> NoscriptGuard<S> {
        NoscriptGuard {
            inner,
            open: Cell::new(0),
        }
    }
}

/// Elements whose start tag switches the tokenizer to raw text until their end tag.
fn is_raw_text(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("xmp")
    )
}

impl<S: TokenSink> TokenSink for NoscriptGuard<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
        let Token::TagToken(tag) = &token else {
            return self.inner.process_token(token, line_number);
        };
        if tag.name == local_name!("noscript") {
            let open = self.open.get();
            self.open.set(match tag.kind {
                TagKind::StartTag => open.saturating_add(1),
                TagKind::EndTag => open.saturating_sub(1),
            });
            return self.inner.process_token(token, line_number);
        }
        if self.open.get() == 0 || tag.kind != TagKind::StartTag || !is_raw_text(&tag.name) {
            return self.inner.process_token(token, line_number);
        }
        let end = Tag {
            kind: TagKind::EndTag,
            name: tag.name.clone(),
            self_closing: false,
            attrs: Vec::new(),
            had_duplicate_attributes: false,
        };
        match self.inner.process_token(token, line_number) {
            // The tree builder opened the element and asked for raw text: it gets the
            // element's end tag at once, and the tokenizer goes on reading markup.
            TokenSinkResult::RawData(_) => {
                let _ = self.inner.process_token(Token::TagToken(end), line_number);
                TokenSinkResult::Continue
            }
            other => other,
        }
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

#[cfg(test)]
mod tests {
    use crate::dom::{Tag, build};

    fn paragraphs(html: &str) -> usize {
        let dom = build(html);
        (0..dom.len())
            .filter(|&id| dom.tag(id) == Some(Tag::P))
            .count()
    }

    #[test]
    fn a_pixel_in_a_noscript_does_not_swallow_the_page() {
        let page = "<body><noscript><iframe src=\"https://t.example/ns\" height=\"0\" /></noscript>\
                    <p>First.</p><p>Second.</p></body>";
        assert_eq!(paragraphs(page), 2);
        // Near miss: outside a noscript the parse follows the standard: an unclosed
        // iframe's text runs to the end of the page.
        let bare = "<body><iframe src=\"https://t.example/ns\" /><p>First.</p></body>";
        assert_eq!(paragraphs(bare), 0);
        // A closed iframe in a noscript, and a noscript's own text, are as before.
        let closed = "<body><noscript><iframe src=x></iframe><p>Enable scripts.</p></noscript>\
                      <p>After.</p></body>";
        assert_eq!(paragraphs(closed), 2);
    }
}
