//! Stage 5: `Dom` + removed nodes + located parts -> `Vec<Block>`.
//!
//! One walk over each located subtree in document order, with an explicit stack of open
//! containers (quote, list, item, figure, heading) closed when the walk passes their end.
//! Removed subtrees (never rendered, or boilerplate) are jumped over. Block nesting is
//! capped at `MAX_BLOCK_DEPTH`; deeper containers are read as plain blocks, so renderers
//! and `Drop` never recurse deep. Cost: one pass over the located nodes.

use url::Url;

use crate::article::{Block, ListItem, Span, Text};
use crate::dom::{AttrName, Dom, NodeData, NodeId, Tag};
use crate::html::inline::{InlineBuffer, Style, resolve};
use crate::html::table::{is_data_table, read_table};
use crate::rules::{self, lexicon};
use crate::tuning::{MAX_BLOCK_DEPTH, MAX_ICON_PIXELS};

enum Kind {
    /// A block element with no structure of its own: closes the paragraph around it.
    Plain,
    Heading(u8),
    Quote,
    List {
        ordered: bool,
        start: u32,
        items: Vec<ListItem>,
    },
    Item,
    Figure {
        src: Option<String>,
        alt: Option<String>,
    },
    /// An image's caption; `lines` when its blocks are lines of the caption, not
    /// paragraphs: a `<figcaption>`, or a block named a caption that holds neither a
    /// heading nor several paragraphs (one that does is text of its own: a product card's
    /// `div.caption`, a run of captions printed again under a carousel).
    Caption {
        lines: bool,
    },
}

struct Frame {
    end: NodeId,
    kind: Kind,
    blocks: Vec<Block>,
    caption: Option<Text>,
}

struct Builder<'a> {
    dom: &'a Dom,
    removed: &'a [bool],
    base: Option<&'a Url>,
    frames: Vec<Frame>,
    styles: Vec<(NodeId, Style)>,
    inline: InlineBuffer,
    /// Number of open frames that nest output blocks (quote, list, item).
    depth: usize,
}

/// Builds the body blocks of the located parts.
pub(crate) fn build_blocks(
    dom: &Dom,
    removed: &[bool],
    parts: &[NodeId],
    base: Option<&Url>,
) -> Vec<Block> {
    let mut b = Builder {
        dom,
        removed,
        base,
        frames: vec![Frame {
            end: usize::MAX,
            kind: Kind::Plain,
            blocks: Vec::new(),
            caption: None,
        }],
        styles: Vec::new(),
        inline: InlineBuffer::default(),
        depth: 0,
    };
    for &part in parts {
        b.walk(part);
        b.flush();
    }
    while b.frames.len() > 1 {
        b.close();
    }
    b.flush();
    b.frames.pop().map(|f| f.blocks).unwrap_or_default()
}

impl Builder<'_> {
    fn walk(&mut self, root: NodeId) {
        let end = self.dom.end(root);
        let mut id = root;
        while id < end {
            self.close_before(id);
            if self.removed.get(id).copied().unwrap_or(true) {
                id = self.dom.end(id).max(id + 1);
                continue;
            }
            id = match &self.dom.node(id).data {
                NodeData::Text(t) => {
                    let style = self.styles.last().map_or(Style::Plain, |(_, s)| s.clone());
                    self.inline.push_text(t, &style);
                    id + 1
                }
                NodeData::Element(_) => self.open(id),
                NodeData::Document => id + 1,
            };
        }
        self.close_before(end);
        while self.frames.len() > 1 && self.frames.last().is_some_and(|f| f.end <= end) {
            self.close();
        }
    }

    /// Handles an element; returns the next node to visit.
    fn open(&mut self, id: NodeId) -> NodeId {
        let dom = self.dom;
        let Some(tag) = dom.tag(id) else {
            return id + 1;
        };
        let end = dom.end(id);
        // Inside a `<figcaption>`, a block (`<figcaption><div>…</div></figcaption>`) is a
        // line of the caption, not a paragraph of the article.
        if tag.is_block() && matches!(self.top_kind(), Some(Kind::Caption { lines: true })) {
            self.inline.push_break();
            return id + 1;
        }
        if tag == Tag::Span && self.glued_to_element(id) {
            // Spans a style sheet sets apart (a price beside its name, a field's name beside
            // its type) are written with nothing between them; their words are not one.
            let style = self.styles.last().map_or(Style::Plain, |(_, s)| s.clone());
            if style != Style::Code {
                self.inline.push_text(" ", &style);
            }
        }
        match tag {
            Tag::Pre => {
                self.flush();
                let text = raw_text(dom, id, self.removed);
                if !text.trim().is_empty() {
                    self.emit(Block::Code {
                        language: code_language(dom, id),
                        text,
                    });
                }
                return end;
            }
            Tag::Table if is_data_table(dom, id, self.removed) => {
                self.flush();
                let table = read_table(dom, id, self.removed);
                if !table.rows.is_empty() {
                    self.emit(Block::Table(table));
                }
                return end;
            }
            Tag::Img => self.image(id),
            // Two breaks in a row separate paragraphs, as pages without `<p>` write them.
            Tag::Br if self.inline.ends_with_break() => self.flush(),
            Tag::Br => self.inline.push_break(),
            Tag::Hr => {
                self.flush();
                self.emit(Block::Rule);
            }
            Tag::H(level) => self.push(id, Kind::Heading(level)),
            Tag::Ul | Tag::Ol | Tag::Menu if self.depth < MAX_BLOCK_DEPTH => {
                let start = dom
                    .attr(id, AttrName::Start)
                    .and_then(|s| s.trim().parse::<u32>().ok())
                    .unwrap_or(1);
                self.push(
                    id,
                    Kind::List {
                        ordered: tag == Tag::Ol,
                        start,
                        items: Vec::new(),
                    },
                );
            }
            Tag::Li
                if self.depth < MAX_BLOCK_DEPTH
                    && matches!(self.top_kind(), Some(Kind::List { .. })) =>
            {
                self.push(id, Kind::Item)
            }
            Tag::Blockquote if self.depth < MAX_BLOCK_DEPTH => self.push(id, Kind::Quote),
            Tag::Figure => self.push(
                id,
                Kind::Figure {
                    src: None,
                    alt: None,
                },
            ),
            Tag::Figcaption
                if self
                    .frames
                    .iter()
                    .any(|f| matches!(f.kind, Kind::Figure { .. })) =>
            {
                self.push(id, Kind::Caption { lines: true })
            }
            // Inside a figure, a block named a caption or a credit (`<div class=
            // "Figure-credit">`) is the figure's caption, as a `figcaption` is.
            Tag::Div | Tag::P | Tag::Span
                if self.in_figure()
                    && !matches!(self.top_kind(), Some(Kind::Caption { .. }))
                    && rules::names_caption(dom.element(id).map_or("", |e| &*e.ident)) =>
            {
                self.push(
                    id,
                    Kind::Caption {
                        lines: one_caption(dom, id),
                    },
                )
            }
            // A caption outside a figure (`<div class="wp-caption-text">`, `<p class=
            // "photo-credit">`): read as the caption of an image, not as a paragraph.
            Tag::Figcaption | Tag::Div | Tag::P | Tag::Span
                if !self.in_figure()
                    && rules::names_caption(dom.element(id).map_or("", |e| &*e.ident)) =>
            {
                self.push(
                    id,
                    Kind::Figure {
                        src: None,
                        alt: None,
                    },
                );
                self.push(
                    id,
                    Kind::Caption {
                        lines: tag == Tag::Figcaption || one_caption(dom, id),
                    },
                );
            }
            Tag::A => {
                let href = dom
                    .attr(id, AttrName::Href)
                    .and_then(|h| resolve(h, self.base));
                self.styles.push((end, Style::Link(href)));
            }
            Tag::Em | Tag::I => self.push_style(end, Style::Emphasis),
            Tag::Strong | Tag::B => self.push_style(end, Style::Strong),
            Tag::Code => self.push_style(end, Style::Code),
            t if t.is_block() => self.push(id, Kind::Plain),
            _ => {}
        }
        id + 1
    }

    /// `true` for a styled element (it has a `class`) that follows an element with
    /// nothing between them, unless its text goes on the sentence of the one before it
    /// (a comma or a full stop after a bolded phrase: `<span class=c1><b>App
    /// Store</b></span><span class=c1>, the …</span>` is "App Store, the").
    fn glued_to_element(&self, id: NodeId) -> bool {
        self.dom.attr(id, AttrName::Class).is_some()
            && self
                .dom
                .previous_sibling(id)
                .is_some_and(|before| self.dom.element(before).is_some())
            && !self
                .dom
                .collect_text_prefix(id, |n| self.removed.get(n).copied().unwrap_or(true), 1)
                .starts_with(CLOSING_PUNCTUATION)
    }

    fn in_figure(&self) -> bool {
        self.frames
            .iter()
            .any(|f| matches!(f.kind, Kind::Figure { .. }))
    }

    fn push_style(&mut self, end: NodeId, style: Style) {
        // Inside a link the link wins: a span is one thing.
        if !matches!(self.styles.last(), Some((_, Style::Link(_)))) {
            self.styles.push((end, style));
        }
    }

    fn top_kind(&self) -> Option<&Kind> {
        self.frames.last().map(|f| &f.kind)
    }

    fn push(&mut self, id: NodeId, kind: Kind) {
        self.flush();
        if matches!(kind, Kind::Quote | Kind::List { .. } | Kind::Item) {
            self.depth += 1;
        }
        self.frames.push(Frame {
            end: self.dom.end(id),
            kind,
            blocks: Vec::new(),
            caption: None,
        });
    }

    /// Closes every frame and style that ends at or before `id`.
    fn close_before(&mut self, id: NodeId) {
        while self.styles.last().is_some_and(|(end, _)| *end <= id) {
            self.styles.pop();
        }
        while self.frames.len() > 1 && self.frames.last().is_some_and(|f| f.end <= id) {
            self.close();
        }
    }

    fn close(&mut self) {
        self.take_figure_credit();
        let heading = matches!(
            self.top_kind(),
            Some(Kind::Heading(_)) | Some(Kind::Caption { .. })
        );
        if !heading {
            self.flush();
        }
        let Some(frame) = self.frames.pop() else {
            return;
        };
        if matches!(frame.kind, Kind::Quote | Kind::List { .. } | Kind::Item) {
            self.depth = self.depth.saturating_sub(1);
        }
        let mut blocks = frame.blocks;
        match frame.kind {
            Kind::Plain => self.emit_all(blocks),
            Kind::Heading(level) => {
                if let Some(text) = self.inline.take() {
                    self.emit(Block::Heading { level, text });
                }
                self.emit_all(blocks);
            }
            Kind::Quote => {
                if !blocks.is_empty() {
                    self.emit(Block::Quote { blocks });
                }
            }
            Kind::List {
                ordered,
                start,
                items,
            } => {
                if !items.is_empty() {
                    self.emit(Block::List {
                        ordered,
                        start,
                        items,
                    });
                }
                self.emit_all(blocks);
            }
            Kind::Item => match self.frames.last_mut() {
                Some(Frame {
                    kind: Kind::List { items, .. },
                    ..
                }) if !blocks.is_empty() => items.push(ListItem::new(blocks)),
                _ => self.emit_all(blocks),
            },
            Kind::Caption { .. } => {
                let text = self.inline.take();
                if let Some(f) = self
                    .frames
                    .iter_mut()
                    .rev()
                    .find(|f| matches!(f.kind, Kind::Figure { .. }))
                {
                    // A second caption block (the credit under the caption) adds a line.
                    if let Some(more) = text {
                        f.caption = Some(add_caption_line(f.caption.take(), more));
                    }
                }
                self.emit_all(blocks);
            }
            Kind::Figure { src, alt } => {
                let (caption, credit) = split_credit(frame.caption);
                if src.is_none() && blocks.is_empty() {
                    // A lone caption: it belongs to the image just before it, if that one
                    // has none of its own.
                    if let Some(Block::Image {
                        caption: c @ None,
                        credit: r @ None,
                        ..
                    }) = self.frames.last_mut().and_then(|f| f.blocks.last_mut())
                    {
                        *c = caption;
                        *r = credit;
                        return;
                    }
                }
                let image_pos = blocks.iter().position(|b| matches!(b, Block::Image { .. }));
                let code = blocks.iter().any(|b| matches!(b, Block::Code { .. }));
                if src.is_none() && image_pos.is_none() && code {
                    // A code listing's caption ("Listing 3: the server's main loop") is a
                    // line of the text, not an image's.
                    blocks.extend(caption.map(|text| Block::Paragraph { text }));
                    blocks.extend(credit.map(|credit| Block::Paragraph {
                        text: Text::from(credit.as_str()),
                    }));
                } else if src.is_some() || caption.is_some() || credit.is_some() {
                    let image = Block::Image {
                        src,
                        alt,
                        caption,
                        credit,
                    };
                    blocks.insert(image_pos.unwrap_or(0), image);
                }
                blocks.retain(|b| {
                    !matches!(
                        b,
                        Block::Image {
                            src: None,
                            caption: None,
                            credit: None,
                            ..
                        }
                    )
                });
                self.emit_all(blocks);
            }
        }
    }

    /// Text written straight into a figure with an image, beside its caption (`<figure>
    /// <img><figcaption>…</figcaption><cite>Photo: Ana Ruiz</cite></figure>`), is the
    /// caption's too (a credit), not a paragraph of the article.
    fn take_figure_credit(&mut self) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        let Kind::Figure { src, .. } = &frame.kind else {
            return;
        };
        let has_image = src.is_some()
            || frame
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Image { .. }));
        if !has_image || self.inline.is_blank() {
            return;
        }
        let Some(text) = self.inline.take() else {
            return;
        };
        frame.caption = Some(add_caption_line(frame.caption.take(), text));
    }

    fn image(&mut self, id: NodeId) {
        let dom = self.dom;
        let small = |a: AttrName| {
            dom.attr(id, a)
                .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
                .is_some_and(|px| px <= MAX_ICON_PIXELS)
        };
        if small(AttrName::Width) || small(AttrName::Height) {
            return;
        }
        let src = [AttrName::DataSrc, AttrName::Src]
            .into_iter()
            .filter_map(|a| dom.attr(id, a))
            .find(|s| !s.trim().is_empty() && !s.trim_start().starts_with("data:"))
            .and_then(|s| resolve(s, self.base));
        let alt = dom
            .attr(id, AttrName::Alt)
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string);
        if let Some(Frame {
            kind: Kind::Figure { src: fs, alt: fa },
            ..
        }) = self
            .frames
            .iter_mut()
            .rev()
            .find(|f| matches!(f.kind, Kind::Figure { .. }))
        {
            if fs.is_none() {
                *fs = src;
                *fa = alt;
            }
            return;
        }
        if src.is_some()
            && self.inline.is_blank()
            && !matches!(self.top_kind(), Some(Kind::Heading(_)))
        {
            self.flush();
            self.emit(Block::Image {
                src,
                alt,
                caption: None,
                credit: None,
            });
        }
    }

    /// Ends the paragraph being collected.
    fn flush(&mut self) {
        if matches!(
            self.top_kind(),
            Some(Kind::Heading(_)) | Some(Kind::Caption { .. })
        ) {
            return;
        }
        if let Some(text) = self.inline.take() {
            self.emit(Block::Paragraph { text });
        }
    }

    fn emit(&mut self, block: Block) {
        if let Some(f) = self.frames.last_mut() {
            f.blocks.push(block);
        }
    }

    fn emit_all(&mut self, blocks: Vec<Block>) {
        if let Some(f) = self.frames.last_mut() {
            f.blocks.extend(blocks);
        }
    }
}

/// Marks that end or continue the sentence before them, never a word of their own.
const CLOSING_PUNCTUATION: &[char] = &[',', '.', ';', ':', '?', '!', ')', ']', '…'];

/// `caption` with `line` under it, or `line` alone when there is no caption yet.
fn add_caption_line(caption: Option<Text>, line: Text) -> Text {
    match caption {
        Some(mut caption) => {
            caption.0.push(Span::LineBreak);
            caption.0.extend(line.0);
            caption
        }
        None => line,
    }
}

/// `true` when a block named a caption holds no heading and at most one paragraph: one
/// caption, whatever `div`s it is split into.
fn one_caption(dom: &Dom, id: NodeId) -> bool {
    let mut paragraphs = 0;
    for n in (id + 1)..dom.end(id) {
        match dom.tag(n) {
            Some(Tag::H(_)) => return false,
            Some(Tag::P) => paragraphs += 1,
            _ => {}
        }
    }
    paragraphs <= 1
}

/// Splits a caption into its text and its credit: "Image Source: NASA" -> (None, "NASA").
fn split_credit(caption: Option<Text>) -> (Option<Text>, Option<String>) {
    let Some(caption) = caption else {
        return (None, None);
    };
    let plain = caption.plain();
    match lexicon::credit(&plain) {
        Some("") => (None, None),
        Some(name) => (None, Some(name.to_string())),
        None => (Some(caption), None),
    }
}

/// The text of a `pre`, whitespace kept, `br` as newlines.
fn raw_text(dom: &Dom, pre: NodeId, removed: &[bool]) -> String {
    let mut out = String::new();
    let mut id = pre + 1;
    let end = dom.end(pre);
    while id < end {
        if removed.get(id).copied().unwrap_or(true) || hidden_code_line(dom, id) {
            id = dom.end(id).max(id + 1);
            continue;
        }
        if let Some(t) = dom.text(id) {
            out.push_str(t);
        } else if dom.tag(id) == Some(Tag::Br) {
            out.push('\n');
        } else if code_line(dom, id) && !out.is_empty() && !out.ends_with('\n') {
            // A highlighter that draws each line as a box of its own writes no newline
            // between them: the box is the line break.
            out.push('\n');
        }
        id += 1;
    }
    let trimmed = out.trim_matches('\n');
    trimmed.trim_end().to_string()
}

/// `true` for an element that is one line of a code block: a block (`<div>` per line) or
/// a highlighter's line box (`<span class="line">`, CodeMirror's `cm-line`).
fn code_line(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id).is_some_and(Tag::is_block)
        || dom.attr(id, AttrName::Class).is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|w| matches!(w, "line" | "cm-line" | "code-line" | "token-line"))
        })
}

/// `true` for a line the code block hides until the reader asks for it: the setup lines
/// of a runnable example, which mdBook marks `<span class="boring">`.
fn hidden_code_line(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, AttrName::Class)
        .is_some_and(|c| c.split_ascii_whitespace().any(|w| w == "boring"))
}

/// The language a code block names in its class (`language-rust`, `lang-py`).
fn code_language(dom: &Dom, pre: NodeId) -> Option<String> {
    let code_child = dom.children(pre).find(|&c| dom.tag(c) == Some(Tag::Code));
    [Some(pre), code_child]
        .into_iter()
        .flatten()
        .find_map(|id| {
            dom.attr(id, AttrName::Class)?
                .split_whitespace()
                .find_map(|c| {
                    c.strip_prefix("language-")
                        .or_else(|| c.strip_prefix("lang-"))
                        .filter(|l| !l.is_empty())
                        .map(str::to_string)
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;
    use crate::dom::build;

    fn blocks_of(html: &str) -> Vec<Block> {
        let dom = build(html);
        let removed = vec![false; dom.len()];
        let body = dom.find(Tag::Body).unwrap();
        build_blocks(&dom, &removed, &[body], None)
    }

    #[test]
    fn a_code_listings_caption_is_a_paragraph() {
        let blocks = blocks_of(
            "<figure class=listing><pre><code>fn main() {}</code></pre>\
             <figcaption>Listing 3: the smallest program</figcaption></figure>",
        );
        assert_eq!(
            blocks,
            [
                Block::Code {
                    language: None,
                    text: "fn main() {}".into()
                },
                Block::Paragraph {
                    text: Text::from("Listing 3: the smallest program")
                }
            ]
        );
    }

    #[test]
    fn a_code_blocks_hidden_setup_lines_stay_hidden() {
        let blocks = blocks_of(
            "<pre><code><span class=boring>use std::fmt;\n</span>fn main() {}\n\
             <span class=\"hljs-keyword\">let</span> x = 1;</code></pre>",
        );
        assert_eq!(
            blocks,
            [Block::Code {
                language: None,
                text: "fn main() {}\nlet x = 1;".into()
            }]
        );
    }

    #[test]
    fn styled_spans_side_by_side_are_separate_words() {
        let text = |html: &str| crate::render::text::render(&blocks_of(html));
        assert_eq!(
            text("<p><span class=name>Bolt</span><span class=price>$4</span></p>"),
            "Bolt $4"
        );
        // Punctuation goes on the sentence before it.
        assert_eq!(
            text("<p><span class=c1><b>App Store</b></span><span class=c1>, the shop.</span></p>"),
            "App Store, the shop."
        );
        // Unstyled pieces of one word, and inline code's tokens, stay joined.
        assert_eq!(text("<p><span>Hel</span><span>lo</span></p>"), "Hello");
        assert_eq!(
            text("<p><code><span class=n>f</span><span class=p>(</span></code></p>"),
            "f("
        );
    }

    #[test]
    fn headings_paragraphs_and_numbered_lists() {
        let blocks = blocks_of(
            "<h2>Intro</h2><p>One <em>two</em></p><ol start=5><li>five</li><li>six</li></ol>",
        );
        assert_eq!(
            blocks[0],
            Block::Heading {
                level: 2,
                text: Text::from("Intro")
            }
        );
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                text: Text(vec![
                    Span::Plain("One ".into()),
                    Span::Emphasis("two".into())
                ])
            }
        );
        let Block::List {
            ordered: true,
            start: 5,
            items,
        } = &blocks[2]
        else {
            panic!("{:?}", blocks[2])
        };
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn figure_caption_splits_off_its_credit() {
        let blocks = blocks_of(
            "<figure><img src=a.jpg alt=A><figcaption>Image Source: NASA</figcaption></figure>",
        );
        assert_eq!(
            blocks,
            [Block::Image {
                src: Some("a.jpg".into()),
                alt: Some("A".into()),
                caption: None,
                credit: Some("NASA".into())
            }]
        );
    }

    #[test]
    fn lone_caption_joins_the_image_before_it() {
        let blocks = blocks_of(
            "<p><img src=a.jpg></p><div class=wp-caption-text>The harbour at dawn.</div><p>Body text.</p>",
        );
        assert_eq!(blocks.len(), 2);
        let Block::Image {
            caption: Some(c), ..
        } = &blocks[0]
        else {
            panic!("{:?}", blocks[0])
        };
        assert_eq!(c.plain(), "The harbour at dawn.");
    }

    #[test]
    fn blocks_inside_a_caption_are_its_lines() {
        let blocks = blocks_of(
            "<figure><div><img src=a.jpg></div><figcaption><div>The harbour at dawn.</div>\
             <p>Image source: Port Authority</p></figcaption></figure><p>Body text.</p>",
        );
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        let Block::Image {
            caption: Some(c), ..
        } = &blocks[0]
        else {
            panic!("{:?}", blocks[0])
        };
        assert!(c.plain().starts_with("The harbour at dawn."), "{c:?}");
        // A credit written beside the figcaption is the caption's too.
        let credited = blocks_of(
            "<figure><img src=a.jpg><span><figcaption>Smoke over the city.</figcaption>\
             <cite>Ana Ruiz/Getty Images</cite></span></figure>",
        );
        assert_eq!(credited.len(), 1, "{credited:?}");
        // Blocks named a caption and a credit inside a figure are its caption's lines.
        let named = blocks_of(
            "<figure><img src=a.jpg><div class=figure-content><div class=figure-caption>\
             Smoke over the city.</div><div class=figure-credit>(Ana Ruiz / AP)</div></div>\
             </figure><p>Body text.</p>",
        );
        assert_eq!(named.len(), 2, "{named:?}");
        let Block::Image {
            caption: Some(c), ..
        } = &named[0]
        else {
            panic!("{:?}", named[0])
        };
        assert_eq!(c.plain(), "Smoke over the city.\n(Ana Ruiz / AP)");
        // A block named a caption that holds a heading is a card's text: its paragraphs.
        let card = blocks_of(
            "<a href=/lamp><img src=lamp.jpg><div class=caption><h3>Pocket lamp</h3>\
             <div>Maker: Lumen</div><div>Price: $20</div></div></a>",
        );
        assert!(card.len() >= 3, "{card:?}");
    }

    #[test]
    fn double_breaks_separate_paragraphs() {
        let blocks = blocks_of("<div>First line<br>same paragraph<br><br>Second paragraph</div>");
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                text: Text::from("Second paragraph")
            }
        );
    }

    #[test]
    fn code_keeps_whitespace_and_language() {
        let blocks =
            blocks_of("<pre><code class=language-rust>fn main() {\n    x();\n}</code></pre>");
        assert_eq!(
            blocks,
            [Block::Code {
                language: Some("rust".into()),
                text: "fn main() {\n    x();\n}".into()
            }]
        );
    }

    #[test]
    fn code_lines_drawn_as_boxes_are_lines() {
        for html in [
            "<pre><code><span class=line><span>npm</span><span> create vite</span></span>\
             <span class=line><span>cd</span><span> app</span></span></code></pre>",
            "<pre><div><div><span>npm</span> create vite</div><div>cd app\n</div></div></pre>",
        ] {
            let text = match &blocks_of(html)[..] {
                [Block::Code { text, .. }] => text.clone(),
                other => panic!("{other:?}"),
            };
            assert_eq!(text, "npm create vite\ncd app", "{html}");
        }
    }

    #[test]
    fn nesting_is_capped() {
        let html = format!(
            "{}deep{}",
            "<blockquote>".repeat(50),
            "</blockquote>".repeat(50)
        );
        let mut depth = 0;
        let mut blocks = blocks_of(&html);
        while let Some(Block::Quote { blocks: inner }) = blocks.first().cloned() {
            depth += 1;
            blocks = inner;
        }
        assert_eq!(depth, MAX_BLOCK_DEPTH);
    }
}
