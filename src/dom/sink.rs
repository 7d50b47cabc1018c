//! html5ever's tree builder writing straight into a linked arena, then one pre-order pass
//! into the [`Dom`]. This replaces `markup5ever_rcdom`: no reference counting, no per-node
//! `RefCell`, attributes filtered to the ones a stage reads as elements are created, and
//! every tree operation (append, insert before, move, detach) is O(1), including the ones
//! `RcDom` does by shifting a `Vec` of children.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, LocalName, Namespace, QualName};

use super::{AttrName, Dom, Element, NO_PARENT, Node, NodeData, Tag};

/// A node handle: its index in the arena.
pub(crate) type Handle = u32;

const NONE: u32 = u32::MAX;

/// The tree under construction.
pub(crate) struct ArenaSink {
    nodes: RefCell<Vec<LinkedNode>>,
    /// Every element's kept attributes, a run per element, moved whole into the [`Dom`].
    attrs: RefCell<Vec<(AttrName, StrTendril)>>,
    /// The name [`TreeSink::elem_name`] gives for a handle that is not an element (the
    /// tree builder asks only about elements): empty, so it matches no rule.
    no_name: RefCell<QualName>,
}

struct LinkedNode {
    parent: u32,
    first_child: u32,
    last_child: u32,
    prev: u32,
    next: u32,
    data: LinkedData,
}

enum LinkedData {
    Document,
    Element {
        name: QualName,
        element: Element,
        /// The `<template>` contents fragment (never part of the rendered tree).
        template: u32,
        mathml_integration_point: bool,
    },
    Text(StrTendril),
    /// Comments, processing instructions and template fragments: kept for the tree
    /// builder's bookkeeping, dropped from the [`Dom`].
    Other,
}

impl ArenaSink {
    /// An empty tree. The arena grows as the page is read: sized up front from the page's
    /// bytes, it would reserve far more than script-heavy pages (few nodes per byte) use.
    pub(crate) fn new() -> ArenaSink {
        let nodes = vec![LinkedNode::new(LinkedData::Document)];
        ArenaSink {
            nodes: RefCell::new(nodes),
            attrs: RefCell::default(),
            no_name: RefCell::new(QualName::new(
                None,
                Namespace::default(),
                LocalName::default(),
            )),
        }
    }

    fn push(&self, data: LinkedData) -> Handle {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(LinkedNode::new(data));
        u32::try_from(nodes.len() - 1).unwrap_or(NONE)
    }

    fn create_text(&self, text: StrTendril) -> Handle {
        self.push(LinkedData::Text(text))
    }
}

impl LinkedNode {
    fn new(data: LinkedData) -> LinkedNode {
        LinkedNode {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev: NONE,
            next: NONE,
            data,
        }
    }
}

/// The linked nodes, addressed by `u32` handles.
trait Arena {
    fn node(&self, id: u32) -> Option<&LinkedNode>;
    fn node_mut(&mut self, id: u32) -> Option<&mut LinkedNode>;
}

impl Arena for [LinkedNode] {
    fn node(&self, id: u32) -> Option<&LinkedNode> {
        self.get(id as usize)
    }

    fn node_mut(&mut self, id: u32) -> Option<&mut LinkedNode> {
        self.get_mut(id as usize)
    }
}

/// Unlinks `id` from its parent and siblings.
fn detach(nodes: &mut [LinkedNode], id: u32) {
    let Some(node) = nodes.node(id) else { return };
    let (parent, prev, next) = (node.parent, node.prev, node.next);
    if parent == NONE {
        return;
    }
    match nodes.node_mut(prev) {
        Some(p) => p.next = next,
        None => {
            if let Some(p) = nodes.node_mut(parent) {
                p.first_child = next;
            }
        }
    }
    match nodes.node_mut(next) {
        Some(n) => n.prev = prev,
        None => {
            if let Some(p) = nodes.node_mut(parent) {
                p.last_child = prev;
            }
        }
    }
    if let Some(node) = nodes.node_mut(id) {
        node.parent = NONE;
        node.prev = NONE;
        node.next = NONE;
    }
}

/// Links the detached `child` as the last child of `parent`.
fn link_last(nodes: &mut [LinkedNode], parent: u32, child: u32) {
    let last = nodes.node(parent).map_or(NONE, |p| p.last_child);
    if let Some(c) = nodes.node_mut(child) {
        c.parent = parent;
        c.prev = last;
        c.next = NONE;
    }
    match nodes.node_mut(last) {
        Some(l) => l.next = child,
        None => {
            if let Some(p) = nodes.node_mut(parent) {
                p.first_child = child;
            }
        }
    }
    if let Some(p) = nodes.node_mut(parent) {
        p.last_child = child;
    }
}

/// Links the detached `child` just before `sibling`, under `sibling`'s parent.
fn link_before(nodes: &mut [LinkedNode], sibling: u32, child: u32) {
    let Some(s) = nodes.node(sibling) else { return };
    let (parent, prev) = (s.parent, s.prev);
    if let Some(c) = nodes.node_mut(child) {
        c.parent = parent;
        c.prev = prev;
        c.next = sibling;
    }
    if let Some(s) = nodes.node_mut(sibling) {
        s.prev = child;
    }
    match nodes.node_mut(prev) {
        Some(p) => p.next = child,
        None => {
            if let Some(p) = nodes.node_mut(parent) {
                p.first_child = child;
            }
        }
    }
}

/// Appends `text` to node `id` when it is a text node; `false` otherwise.
fn extend_text(nodes: &mut [LinkedNode], id: u32, text: &StrTendril) -> bool {
    match nodes.node_mut(id).map(|n| &mut n.data) {
        Some(LinkedData::Text(existing)) => {
            existing.push_tendril(text);
            true
        }
        _ => false,
    }
}

impl TreeSink for ArenaSink {
    type Handle = Handle;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        let mut linked = self.nodes.into_inner();
        // The growth slack goes before the read-only arena is allocated beside it: the
        // peak of the whole extraction is here. (Shrinking reallocates in place.)
        linked.shrink_to_fit();
        let attrs = self.attrs.into_inner();
        place_streamed_segments(&mut linked, &attrs);
        flatten(linked, attrs)
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        0
    }

    /// A shared borrow of the arena, held only while the tree builder reads the name:
    /// html5ever never mutates the tree while it holds one (its `ElemName` for
    /// `Ref<QualName>` exists for sinks like this one), and reading needs no copy.
    fn elem_name<'a>(&'a self, target: &'a Handle) -> Ref<'a, QualName> {
        let element = Ref::filter_map(self.nodes.borrow(), |nodes| {
            match nodes.node(*target).map(|n| &n.data) {
                Some(LinkedData::Element { name, .. }) => Some(name),
                _ => None,
            }
        });
        element.unwrap_or_else(|_| self.no_name.borrow())
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let template = if flags.template {
            self.push(LinkedData::Other)
        } else {
            NONE
        };
        let element = element(&name.local, attrs, &mut self.attrs.borrow_mut());
        self.push(LinkedData::Element {
            name,
            element,
            template,
            mathml_integration_point: flags.mathml_annotation_xml_integration_point,
        })
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.push(LinkedData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.push(LinkedData::Other)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let child = match child {
            NodeOrText::AppendText(text) => {
                let last = self
                    .nodes
                    .borrow()
                    .node(*parent)
                    .map_or(NONE, |p| p.last_child);
                if extend_text(&mut self.nodes.borrow_mut(), last, &text) {
                    return;
                }
                self.create_text(text)
            }
            NodeOrText::AppendNode(node) => node,
        };
        let mut nodes = self.nodes.borrow_mut();
        detach(&mut nodes, child);
        link_last(&mut nodes, *parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .node(*element)
            .is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        match self.nodes.borrow().node(*target).map(|n| &n.data) {
            Some(LinkedData::Element { template, .. }) if *template != NONE => *template,
            _ => *target,
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let child = match new_node {
            NodeOrText::AppendText(text) => {
                let prev = self.nodes.borrow().node(*sibling).map_or(NONE, |s| s.prev);
                if extend_text(&mut self.nodes.borrow_mut(), prev, &text) {
                    return;
                }
                self.create_text(text)
            }
            NodeOrText::AppendNode(node) => node,
        };
        let mut nodes = self.nodes.borrow_mut();
        detach(&mut nodes, child);
        link_before(&mut nodes, *sibling, child);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        let mut arena = self.attrs.borrow_mut();
        if let Some(LinkedData::Element { element, .. }) =
            nodes.node_mut(*target).map(|n| &mut n.data)
        {
            // The element's run moves to the end of the arena, where it can grow (this
            // happens for a repeated `<html>` or `<body>` tag only).
            let (start, end) = (element.attrs.0 as usize, element.attrs.1 as usize);
            let kept: Vec<_> = arena.get(start..end).unwrap_or_default().to_vec();
            element.attrs = (arena_len(&arena), arena_len(&arena));
            arena.extend(kept);
            element.attrs.1 = arena_len(&arena);
            for attr in attrs {
                let present = |arena: &[(AttrName, StrTendril)], name| {
                    arena
                        .get(element.attrs.0 as usize..)
                        .unwrap_or_default()
                        .iter()
                        .any(|(n, _)| *n == name)
                };
                if let Some(name) = AttrName::from_local(&attr.name.local)
                    && !present(&arena, name)
                {
                    add_attr(element, &mut arena, name, attr.value);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes.node(*node).map_or(NONE, |n| n.first_child);
        while child != NONE {
            let next = nodes.node(child).map_or(NONE, |c| c.next);
            detach(&mut nodes, child);
            link_last(&mut nodes, *new_parent, child);
            child = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        matches!(
            self.nodes.borrow().node(*handle).map(|n| &n.data),
            Some(LinkedData::Element {
                mathml_integration_point: true,
                ..
            })
        )
    }
}

/// The linked tree, in document order, as the read-only arena: one loop with an explicit
/// stack of open nodes, moving each node's data out (no copies).
/// React's streamed server rendering sends each part of the page that was not ready as a
/// `<div hidden id="S:1">` at the end of the body, and a script moves it to its placeholder
/// `<template id="B:1">` (or `P:1`; the numbers are hexadecimal). This does the move, so
/// the part is read where it belongs (inside `main`, beside its heading). A segment that
/// holds its own placeholder stays put.
fn place_streamed_segments(linked: &mut [LinkedNode], attrs: &[(AttrName, StrTendril)]) {
    let id_of = |node: &LinkedNode| match &node.data {
        LinkedData::Element { element, .. } => attrs
            .get(element.attrs.0 as usize..element.attrs.1 as usize)?
            .iter()
            .find(|(name, _)| *name == AttrName::Id)
            .map(|(_, value)| (element.tag, &**value)),
        _ => None,
    };
    let number = |id: &str, prefix: &str| super::streamed_id(id, prefix).map(str::to_string);
    let mut segments = rustc_hash::FxHashMap::default();
    let mut placeholders = Vec::new();
    for (handle, node) in (0u32..).zip(linked.iter()) {
        match id_of(node) {
            // A boundary's (`B:`) or a nested segment's (`P:`) placeholder.
            Some((Tag::Template, id)) => placeholders.extend(
                number(id, "B:")
                    .or_else(|| number(id, "P:"))
                    .map(|n| (n, handle)),
            ),
            Some((_, id)) => {
                if let Some(n) = number(id, "S:") {
                    segments.insert(n, handle);
                }
            }
            None => {}
        }
    }
    for (n, placeholder) in placeholders {
        // Each segment moves once: the walks up from placeholders stay as few as segments.
        let Some(segment) = segments.remove(&n) else {
            continue;
        };
        let mut ancestor = placeholder;
        let mut inside = false;
        while let Some(node) = linked.node(ancestor) {
            if ancestor == segment {
                inside = true;
                break;
            }
            ancestor = node.parent;
        }
        if !inside && linked.node(placeholder).is_some_and(|p| p.parent != NONE) {
            detach(linked, segment);
            link_before(linked, placeholder, segment);
        }
    }
}

fn flatten(mut linked: Vec<LinkedNode>, attrs: Vec<(AttrName, StrTendril)>) -> Dom {
    let mut nodes: Vec<Node> = Vec::with_capacity(linked.len());
    // Arena ids of the emitted ancestors of `current`.
    let mut open: Vec<u32> = Vec::new();
    let mut current = 0;
    let mut parent = NO_PARENT;
    // Emit `current`, then descend into its children or move on.
    while let Some(node) = linked.node_mut(current) {
        let data = std::mem::replace(&mut node.data, LinkedData::Other);
        let first_child = node.first_child;
        let kept = match data {
            LinkedData::Document => Some(NodeData::Document),
            LinkedData::Element { element, .. } => Some(NodeData::Element(element)),
            LinkedData::Text(text) => Some(NodeData::Text(text)),
            LinkedData::Other => None,
        };
        let mut next = NONE;
        if let Some(data) = kept {
            // Ids fit in `u32` (see `Node::parent`); a tree past that is cut there.
            let Ok(id) = u32::try_from(nodes.len()) else {
                break;
            };
            nodes.push(Node {
                parent,
                end: id.saturating_add(1),
                data,
            });
            if first_child != NONE {
                open.push(id);
                parent = id;
                next = first_child;
            }
        }
        // No children to enter: go to the next sibling, closing finished parents.
        let mut from = current;
        while next == NONE {
            let sibling = linked.node(from).map_or(NONE, |n| n.next);
            if sibling != NONE {
                next = sibling;
                break;
            }
            let Some(closed) = open.pop() else {
                return Dom::new(nodes, attrs);
            };
            let end = u32::try_from(nodes.len()).unwrap_or(u32::MAX);
            if let Some(node) = nodes.get_mut(closed as usize) {
                node.end = end;
            }
            parent = open.last().copied().unwrap_or(NO_PARENT);
            from = linked.node(from).map_or(NONE, |n| n.parent);
        }
        current = next;
    }
    // Cut short: the nodes still open end where the tree stops.
    let end = u32::try_from(nodes.len()).unwrap_or(u32::MAX);
    for closed in open {
        if let Some(node) = nodes.get_mut(closed as usize) {
            node.end = end;
        }
    }
    Dom::new(nodes, attrs)
}

fn element(
    local: &LocalName,
    attrs: Vec<Attribute>,
    arena: &mut Vec<(AttrName, StrTendril)>,
) -> Element {
    let start = arena_len(arena);
    let mut element = Element {
        tag: Tag::from_local(local),
        ident: StrTendril::new(),
        attrs: (start, start),
    };
    for attr in attrs {
        if let Some(name) = AttrName::from_local(&attr.name.local) {
            add_attr(&mut element, arena, name, attr.value);
        }
    }
    element
}

/// The arena's length as a position in it (`u32`, like node ids; a page is far smaller).
fn arena_len(arena: &[(AttrName, StrTendril)]) -> u32 {
    u32::try_from(arena.len()).unwrap_or(u32::MAX)
}

/// Keeps the attribute at the end of the arena, where the element's run ends (its value
/// moved, not copied); `id` and `class` also go into the element's lower-cased `ident`.
fn add_attr(
    element: &mut Element,
    arena: &mut Vec<(AttrName, StrTendril)>,
    name: AttrName,
    value: StrTendril,
) {
    if matches!(name, AttrName::Id | AttrName::Class) && !value.is_empty() {
        let lower_already = if value.is_ascii() {
            !value.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            !value.chars().any(char::is_uppercase)
        };
        if element.ident.is_empty() && lower_already {
            // One lower-case value: the ident shares its buffer, nothing is copied.
            element.ident = value.clone();
        } else {
            if !element.ident.is_empty() {
                element.ident.push_char(' ');
            }
            let lower = value.to_lowercase();
            element.ident.push_slice(&lower);
        }
    }
    arena.push((name, value));
    element.attrs.1 = arena_len(arena);
}

#[cfg(test)]
mod tests {
    use super::super::build;

    /// The tree as one line per node, indented by depth: tags by name, text quoted.
    fn outline(html: &str) -> String {
        let dom = build(html);
        let mut out = String::new();
        for id in 0..dom.len() {
            let depth = dom.ancestors(id).count();
            let label = match (dom.tag(id), dom.text(id)) {
                (_, Some(text)) => format!("{text:?}"),
                (Some(tag), None) => format!("{tag:?}"),
                (None, None) => "#document".to_string(),
            };
            out.push_str(&format!("{}{label}\n", "  ".repeat(depth)));
        }
        out
    }

    /// The part of the outline inside `<body>`, re-indented from zero.
    fn body(html: &str) -> String {
        outline(html)
            .lines()
            .skip_while(|l| l.trim() != "Body")
            .skip(1)
            .map(|l| l.get(6..).unwrap_or(l).to_string() + "\n")
            .collect()
    }

    #[test]
    fn double_encoding_written_as_references_is_repaired() {
        // "â€”" and "â€™" (an em dash and an apostrophe encoded twice) written with
        // character references, which the repair of the source before parsing cannot see.
        assert_eq!(
            body("<p>rankings&acirc;&euro;&rdquo;it&acirc;&euro;&trade;s</p>"),
            "P\n  \"rankings—it’s\"\n"
        );
        // Near miss: a name written with references is text ("São").
        assert_eq!(body("<p>S&atilde;o Paulo</p>"), "P\n  \"São Paulo\"\n");
    }

    #[test]
    fn text_in_a_table_is_fostered_before_it() {
        assert_eq!(
            body("<table><tr><td>a</td></tr>x</table>"),
            "\"x\"\nTable\n  Tbody\n    Tr\n      Td\n        \"a\"\n"
        );
    }

    #[test]
    fn misnested_formatting_is_adopted() {
        assert_eq!(
            body("<b>1<i>2</b>3</i>"),
            "B\n  \"1\"\n  I\n    \"2\"\nI\n  \"3\"\n"
        );
    }

    #[test]
    fn misnested_blocks_reparent_children() {
        // The adoption agency moves the <p>'s children into a new <b> under the <p>.
        assert_eq!(
            body("<b>1<p>2</b>3</p>"),
            "B\n  \"1\"\nP\n  B\n    \"2\"\n  \"3\"\n"
        );
    }

    #[test]
    fn template_contents_and_comments_are_not_in_the_tree() {
        assert_eq!(
            body("<p>0</p><template><p>t</p></template><p>a<!--c-->b</p>"),
            "P\n  \"0\"\nTemplate\nP\n  \"a\"\n  \"b\"\n"
        );
    }

    #[test]
    fn streamed_segments_move_to_their_placeholders() {
        assert_eq!(
            body(
                "<main><h1>T</h1><template id=\"B:1\"></template></main>\
                 <div hidden id=\"S:1\"><p>late</p></div><div hidden id=\"S:9\">x</div>"
            ),
            "Main\n  H(1)\n    \"T\"\n  Div\n    P\n      \"late\"\n  Template\nDiv\n  \"x\"\n"
        );
        // Hexadecimal numbers, and a nested segment's `P:` placeholder.
        assert_eq!(
            body("<div><template id=\"P:1a\"></template></div><div hidden id=\"S:1a\">z</div>"),
            "Div\n  Div\n    \"z\"\n  Template\n"
        );
        // A segment holding its own placeholder stays where it is.
        assert_eq!(
            body("<div id=\"S:2\"><template id=\"B:2\"></template>y</div>"),
            "Div\n  Template\n  \"y\"\n"
        );
    }

    #[test]
    fn a_repeated_html_tag_adds_only_missing_attributes() {
        let dom = build("<html lang=en><body><p>x</p><html lang=fr id=Top class=Page><p>y</p>");
        let html = dom.find(super::Tag::Html).unwrap();
        assert_eq!(dom.attr(html, super::AttrName::Lang), Some("en"));
        assert_eq!(dom.attr(html, super::AttrName::Id), Some("Top"));
        assert_eq!(&*dom.element(html).unwrap().ident, "top page");
        // The paragraph's attributes are its own, untouched by the move.
        let dom = build("<p id=a>x</p><body class=late><p id=b>y</p>");
        let body = dom.find(super::Tag::Body).unwrap();
        assert_eq!(dom.attr(body, super::AttrName::Class), Some("late"));
        let ps: Vec<_> = (0..dom.len())
            .filter(|&i| dom.tag(i) == Some(super::Tag::P))
            .collect();
        assert_eq!(dom.attr(ps[0], super::AttrName::Id), Some("a"));
        assert_eq!(dom.attr(ps[1], super::AttrName::Id), Some("b"));
    }

    #[test]
    fn adjacent_text_merges_and_attributes_are_filtered() {
        let dom = build("<p id=Main class='A b' onclick=x data-y=z>one &amp; two</p>");
        let p = dom.find(super::Tag::P).unwrap();
        let element = dom.element(p).unwrap();
        assert_eq!(&*element.ident, "main a b");
        assert_eq!(
            element.attrs.1 - element.attrs.0,
            2,
            "only id and class are kept here"
        );
        assert_eq!(dom.attr(p, super::AttrName::Class), Some("A b"));
        assert_eq!(dom.attr(p, super::AttrName::Href), None);
        assert_eq!(dom.text(p + 1), Some("one & two"));
        assert_eq!(dom.end(p), p + 2);
    }
}
