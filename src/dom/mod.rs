//! The read-only page tree every stage shares.
//!
//! Nodes live in one `Vec` in document order (pre-order), so a node's subtree is the index
//! range `id..end`, its first child is `id + 1`, its next sibling is its `end`, and bottom-up
//! sums are one reverse pass. No walk over a `Dom` needs recursion.

pub(crate) mod build;
pub(crate) mod depth;
pub(crate) mod noscript;
pub(crate) mod sink;
pub(crate) mod tag;

pub(crate) use build::build;
use html5ever::tendril::StrTendril;
use html5ever::{LocalName, local_name};
pub(crate) use tag::Tag;

/// Index of a node in its [`Dom`]; only a `Dom` hands them out.
pub(crate) type NodeId = usize;

/// The parsed page, read-only after [`build()`].
#[derive(Debug)]
pub(crate) struct Dom {
    nodes: Vec<Node>,
    /// Every element's kept attributes, one run per element ([`Element::attrs`]): one
    /// allocation for the page, not one per element.
    attrs: Vec<(AttrName, StrTendril)>,
    /// What [`Dom::node`] answers for an id out of range: an empty document node.
    nowhere: Node,
    /// The elements that declare something in schema.org terms, in document order: those
    /// with an `itemtype`, and JSON-LD scripts ([`Dom::schema_declarations`]). Found once,
    /// when the tree is built: several stages ask.
    declaring: Vec<NodeId>,
}

/// [`Node::parent`] of the document node.
pub(crate) const NO_PARENT: u32 = u32::MAX;

/// One node of the page.
#[derive(Debug)]
pub(crate) struct Node {
    /// The parent's id ([`NO_PARENT`] for the document node). Ids are stored as `u32`
    /// (a page of 4 billion nodes is far over any size limit) to keep nodes small.
    pub parent: u32,
    /// One past the last node of this node's subtree.
    pub end: u32,
    /// What the node is.
    pub data: NodeData,
}

/// The kinds of node kept from the parse (comments, doctypes and processing instructions
/// are dropped while building).
#[derive(Debug)]
pub(crate) enum NodeData {
    Document,
    Element(Element),
    /// The parser's own buffer, moved in: usually a slice of the input, never copied.
    Text(StrTendril),
}

/// An element, with the attributes a stage reads.
#[derive(Debug)]
pub(crate) struct Element {
    pub tag: Tag,
    /// `id` and `class` lower-cased and joined by a space: what naming rules look at.
    /// Usually the attribute's own buffer, shared, when it is one lower-case value.
    pub ident: StrTendril,
    /// Where its attributes are in [`Dom::attrs`]: `start..end`.
    pub attrs: (u32, u32),
}

/// The number in the `id` of one of React's streamed segments (`S:1f`) or of their
/// placeholders (`B:3`, `P:a`), after `prefix`: hexadecimal digits.
pub(crate) fn streamed_id<'a>(id: &'a str, prefix: &str) -> Option<&'a str> {
    id.strip_prefix(prefix)
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The attributes kept while building; all others are dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AttrName {
    Id,
    Class,
    Role,
    Itemprop,
    Itemtype,
    Href,
    Src,
    DataSrc,
    Srcset,
    Alt,
    Title,
    Hidden,
    Style,
    AriaHidden,
    AriaModal,
    AriaControls,
    AriaLabel,
    Lang,
    Content,
    Name,
    Property,
    Rel,
    Datetime,
    Type,
    HttpEquiv,
    Start,
    Width,
    Height,
    Colspan,
    Rowspan,
}

impl AttrName {
    /// The attribute of a local name, if it is one that is kept (atoms compared, not
    /// strings).
    fn from_local(name: &LocalName) -> Option<AttrName> {
        Some(match *name {
            local_name!("id") => AttrName::Id,
            local_name!("class") => AttrName::Class,
            local_name!("role") => AttrName::Role,
            local_name!("itemprop") => AttrName::Itemprop,
            local_name!("itemtype") => AttrName::Itemtype,
            local_name!("href") => AttrName::Href,
            local_name!("src") => AttrName::Src,
            local_name!("srcset") => AttrName::Srcset,
            local_name!("alt") => AttrName::Alt,
            local_name!("title") => AttrName::Title,
            local_name!("hidden") => AttrName::Hidden,
            local_name!("style") => AttrName::Style,
            local_name!("aria-hidden") => AttrName::AriaHidden,
            local_name!("aria-modal") => AttrName::AriaModal,
            local_name!("aria-controls") => AttrName::AriaControls,
            local_name!("aria-label") => AttrName::AriaLabel,
            local_name!("lang") => AttrName::Lang,
            local_name!("content") => AttrName::Content,
            local_name!("name") => AttrName::Name,
            local_name!("property") => AttrName::Property,
            local_name!("rel") => AttrName::Rel,
            local_name!("datetime") => AttrName::Datetime,
            local_name!("type") => AttrName::Type,
            local_name!("http-equiv") => AttrName::HttpEquiv,
            local_name!("start") => AttrName::Start,
            local_name!("width") => AttrName::Width,
            local_name!("height") => AttrName::Height,
            local_name!("colspan") => AttrName::Colspan,
            local_name!("rowspan") => AttrName::Rowspan,
            // Lazy-loading sources are not in the static atom table: compared as text.
            _ if matches!(&**name, "data-src" | "data-lazy-src" | "data-original") => {
                AttrName::DataSrc
            }
            _ => return None,
        })
    }
}

impl Dom {
    /// The tree of `nodes`, in pre-order, with the attributes its elements point into.
    pub(crate) fn new(nodes: Vec<Node>, attrs: Vec<(AttrName, StrTendril)>) -> Dom {
        let mut dom = Dom {
            nodes,
            attrs,
            nowhere: Node {
                parent: NO_PARENT,
                end: 0,
                data: NodeData::Document,
            },
            declaring: Vec::new(),
        };
        dom.declaring = (0..dom.len())
            .filter(|&id| {
                dom.attr(id, AttrName::Itemtype).is_some()
                    || (dom.tag(id) == Some(Tag::Script)
                        && dom
                            .attr(id, AttrName::Type)
                            .is_some_and(|t| t.contains("ld+json")))
            })
            .collect();
        dom
    }

    /// Number of nodes.
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The node with this id. Ids come from this `Dom`, so the lookup cannot fail; an id
    /// from elsewhere is a bug and yields the document node rather than a panic.
    pub(crate) fn node(&self, id: NodeId) -> &Node {
        self.nodes.get(id).unwrap_or(&self.nowhere)
    }

    /// The element data of `id`, or `None` for text and the document node.
    pub(crate) fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.node(id).data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The tag of `id` (`None` for text and the document node).
    pub(crate) fn tag(&self, id: NodeId) -> Option<Tag> {
        self.element(id).map(|e| e.tag)
    }

    /// The text of a text node.
    pub(crate) fn text(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// An attribute of an element node.
    pub(crate) fn attr(&self, id: NodeId, name: AttrName) -> Option<&str> {
        let (start, end) = self.element(id)?.attrs;
        self.attrs
            .get(start as usize..end as usize)?
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| &**v)
    }

    /// Repairs the double encoding that character references wrote into text nodes
    /// (`&acirc;&euro;&rdquo;` is "â€”", an em dash encoded twice), which the repair of the
    /// page's source before parsing cannot see ([`crate::mojibake`]).
    pub(crate) fn repair_double_encoding(&mut self) {
        for node in &mut self.nodes {
            if let NodeData::Text(text) = &mut node.data {
                if let std::borrow::Cow::Owned(fixed) = crate::mojibake::repair(text) {
                    *text = StrTendril::from(fixed);
                }
            }
        }
    }

    /// The elements with an `itemtype` (schema.org items in microdata), in document order.
    pub(crate) fn items(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.declaring
            .iter()
            .copied()
            .filter(|&id| self.attr(id, AttrName::Itemtype).is_some())
    }

    /// `true` when `id`'s `role` is `role` (ASCII case and surrounding spaces ignored).
    pub(crate) fn role_is(&self, id: NodeId, role: &str) -> bool {
        self.attr(id, AttrName::Role)
            .is_some_and(|r| r.trim().eq_ignore_ascii_case(role))
    }

    /// What the page declares about itself in schema.org terms, in document order: each
    /// `itemtype` value, and the text of each JSON-LD block (`<script
    /// type="application/ld+json">`), as found (not parsed: a search for a type name is
    /// all its readers need).
    pub(crate) fn schema_declarations(&self) -> impl Iterator<Item = Declaration<'_>> + '_ {
        self.declaring.iter().flat_map(move |&id| {
            let item_type = self.attr(id, AttrName::Itemtype).map(Declaration::ItemType);
            let linked_data = (self.tag(id) == Some(Tag::Script)
                && self
                    .attr(id, AttrName::Type)
                    .is_some_and(|t| t.contains("ld+json")))
            .then(|| {
                self.children(id)
                    .filter_map(|c| self.text(c))
                    .map(Declaration::LinkedData)
            })
            .into_iter()
            .flatten();
            item_type.into_iter().chain(linked_data)
        })
    }

    /// One past the last node of `id`'s subtree.
    pub(crate) fn end(&self, id: NodeId) -> NodeId {
        self.node(id).end as NodeId
    }

    /// The parent of `id`.
    pub(crate) fn parent(&self, id: NodeId) -> Option<NodeId> {
        let parent = self.node(id).parent;
        (parent != NO_PARENT).then_some(parent as NodeId)
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: id + 1,
            end: self.end(id),
        }
    }

    /// The sibling just before `id`, if any: the node before `id` in document order is the
    /// last of that sibling's subtree, so climb from it.
    pub(crate) fn previous_sibling(&self, id: NodeId) -> Option<NodeId> {
        let parent = self.parent(id)?;
        let mut at = id.checked_sub(1).filter(|&at| at > parent)?;
        while self.parent(at) != Some(parent) {
            at = self.parent(at)?;
        }
        Some(at)
    }

    /// The sibling just after `id`, if any: the node after `id`'s subtree, when it is still
    /// under `id`'s parent.
    pub(crate) fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        let parent = self.parent(id)?;
        let next = self.end(id);
        (next < self.end(parent)).then_some(next)
    }

    /// The ancestors of `id`, nearest first (not including `id`).
    pub(crate) fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// `true` when `inner` lies in the subtree of `outer` (or is `outer`).
    pub(crate) fn contains(&self, outer: NodeId, inner: NodeId) -> bool {
        outer <= inner && inner < self.end(outer)
    }

    /// The first element with this tag, in document order.
    pub(crate) fn find(&self, tag: Tag) -> Option<NodeId> {
        (0..self.len()).find(|&id| self.tag(id) == Some(tag))
    }

    /// The text of `id`'s subtree with whitespace collapsed to single spaces, skipping
    /// subtrees for which `skip` answers `true`.
    pub(crate) fn collect_text(&self, id: NodeId, skip: impl Fn(NodeId) -> bool) -> String {
        self.collect_text_prefix(id, skip, usize::MAX)
    }

    /// [`Dom::collect_text`] that stops once it has `max_bytes` or more: the start of a
    /// long text without the cost of the rest.
    pub(crate) fn collect_text_prefix(
        &self,
        id: NodeId,
        skip: impl Fn(NodeId) -> bool,
        max_bytes: usize,
    ) -> String {
        let mut out = String::new();
        let end = self.end(id);
        let mut cur = id;
        while cur < end && out.len() < max_bytes {
            if cur != id && skip(cur) {
                cur = self.end(cur);
                continue;
            }
            if let Some(t) = self.text(cur) {
                push_collapsed(&mut out, t);
            } else if self.tag(cur).is_some_and(|t| t.is_block() || t == Tag::Br)
                && !out.ends_with(' ')
            {
                out.push(' ');
            }
            cur += 1;
        }
        // Trimmed in place: the text is most of what a caller allocates.
        out.truncate(out.trim_end().len());
        let leading = out.len() - out.trim_start().len();
        out.drain(..leading);
        out
    }
}

/// One schema.org declaration of a page ([`Dom::schema_declarations`]).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Declaration<'a> {
    /// A microdata `itemtype` value (`https://schema.org/Product`).
    ItemType(&'a str),
    /// The text of a JSON-LD block, or of one of its text nodes.
    LinkedData(&'a str),
}

impl<'a> Declaration<'a> {
    /// The declaration's text.
    pub(crate) fn text(self) -> &'a str {
        match self {
            Declaration::ItemType(t) | Declaration::LinkedData(t) => t,
        }
    }
}

/// Appends `text` to `out` with every run of whitespace turned into one space (none at
/// the start of an empty `out`), and soft hyphens dropped.
pub(crate) fn push_collapsed(out: &mut String, text: &str) {
    let mut word_start = 0;
    // Ends a word at `at`, before a character `width` bytes wide that is dropped: a space
    // (written as one, when `space`) or a soft hyphen, a hyphenation hint shown only where
    // a line breaks.
    let mut cut = |out: &mut String, at: usize, width: usize, space: bool| {
        out.push_str(text.get(word_start..at).unwrap_or(""));
        if space && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        word_start = at + width;
    };
    if text.is_ascii() {
        // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, carriage
        // return, space.
        for (at, b) in text.bytes().enumerate() {
            if matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
                cut(out, at, 1, true);
            }
        }
    } else {
        for (at, c) in text.char_indices() {
            if c.is_whitespace() {
                cut(out, at, c.len_utf8(), true);
            } else if c == '\u{AD}' {
                cut(out, at, c.len_utf8(), false);
            }
        }
    }
    out.push_str(text.get(word_start..).unwrap_or(""));
}

/// Iterator over the children of a node.
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
    end: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        // An `end` at or before `id` would be a malformed tree; stop rather than loop.
        let after = self.dom.end(id);
        self.next = if after > id { after } else { self.end };
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_joins_words_with_single_spaces() {
        let mut s = String::new();
        push_collapsed(&mut s, "  a \n b  ");
        push_collapsed(&mut s, "c");
        assert_eq!(s, "a b c");
    }

    #[test]
    fn collapse_matches_splitting_on_unicode_whitespace() {
        // The plain definition, a character at a time: any run of `char::is_whitespace`
        // is one space, and never the first character of `out`.
        fn reference(out: &mut String, text: &str) {
            for c in text.chars() {
                if !c.is_whitespace() {
                    out.push(c);
                } else if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
        }
        let texts = [
            "",
            " ",
            "a",
            " a",
            "a ",
            "  a \n b  ",
            "\u{a0}x\u{2003}y\u{3000}",
            "é\té",
            "\x0b\x0cz",
            "x\r\ny",
            "日本 語",
            "a\u{85}b",
        ];
        for prefix in ["", "w", "w "] {
            for text in texts {
                let (mut fast, mut plain) = (prefix.to_string(), prefix.to_string());
                push_collapsed(&mut fast, text);
                reference(&mut plain, text);
                assert_eq!(fast, plain, "{prefix:?} + {text:?}");
            }
        }
    }

    #[test]
    fn children_and_subtrees_follow_document_order() {
        let dom = build("<p>one<b>two</b></p><p>three</p>");
        let body = dom.find(Tag::Body).unwrap();
        let kids: Vec<_> = dom.children(body).collect();
        assert_eq!(kids.len(), 2);
        assert_eq!(dom.collect_text(kids[0], |_| false), "onetwo");
        assert!(dom.contains(body, kids[1]));
        assert_eq!(dom.ancestors(kids[1]).next(), Some(body));
        // Siblings either way, across a subtree, and none past the ends.
        assert_eq!(dom.next_sibling(kids[0]), Some(kids[1]));
        assert_eq!(dom.previous_sibling(kids[1]), Some(kids[0]));
        assert_eq!(dom.next_sibling(kids[1]), None);
        assert_eq!(dom.previous_sibling(kids[0]), None);
    }
}
