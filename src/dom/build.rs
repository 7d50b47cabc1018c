//! html5ever + markup5ever_rcdom -> [`Dom`]: the only file that names the parser.
//!
//! Cost: one parse, then one iterative walk over the `RcDom` (explicit stack, no recursion),
//! so 100,000-deep pages build without touching the call stack.

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData as RcData, RcDom};

use super::{AttrName, Dom, Element, Node, NodeData, NodeId, Tag};

/// Parses `html` and converts the result into the arena.
pub(crate) fn build(html: &str) -> Dom {
    let rc = parse(html);
    convert(&rc.document)
}

/// html5ever's parse into an `RcDom` alone: the baseline the benchmarks compare against.
///
/// Scripting is off, as for a reader without JavaScript: `<noscript>` content is parsed as
/// markup, which is where many script-rendered pages keep their text for crawlers.
pub(crate) fn parse(html: &str) -> RcDom {
    let mut opts = ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    parse_document(RcDom::default(), opts).one(html)
}

enum Step {
    Enter(Handle, Option<NodeId>),
    Exit(NodeId),
}

fn convert(document: &Handle) -> Dom {
    let mut nodes: Vec<Node> = Vec::new();
    let mut stack = vec![Step::Enter(document.clone(), None)];
    while let Some(step) = stack.pop() {
        let (handle, parent) = match step {
            Step::Exit(id) => {
                let end = nodes.len();
                if let Some(node) = nodes.get_mut(id) {
                    node.end = end;
                }
                continue;
            }
            Step::Enter(handle, parent) => (handle, parent),
        };
        let data = match &handle.data {
            RcData::Document => NodeData::Document,
            RcData::Text { contents } => {
                NodeData::Text(contents.borrow().to_string().into_boxed_str())
            }
            RcData::Element { name, attrs, .. } => {
                NodeData::Element(element(&name.local, &attrs.borrow()))
            }
            RcData::Doctype { .. }
            | RcData::Comment { .. }
            | RcData::ProcessingInstruction { .. } => {
                continue;
            }
        };
        let id = nodes.len();
        nodes.push(Node {
            parent,
            end: id + 1,
            data,
        });
        stack.push(Step::Exit(id));
        let children = handle.children.borrow();
        stack.extend(
            children
                .iter()
                .rev()
                .map(|child| Step::Enter(child.clone(), Some(id))),
        );
    }
    Dom { nodes }
}

fn element(local: &str, attrs: &[html5ever::Attribute]) -> Element {
    let tag = Tag::from_name(local);
    let mut kept = Vec::new();
    let mut ident = String::new();
    for attr in attrs {
        let Some(name) = AttrName::from_name(&attr.name.local) else {
            continue;
        };
        if matches!(name, AttrName::Id | AttrName::Class) {
            if !ident.is_empty() {
                ident.push(' ');
            }
            ident.extend(attr.value.chars().flat_map(char::to_lowercase));
        }
        kept.push((name, attr.value.to_string().into_boxed_str()));
    }
    Element {
        tag,
        ident: ident.into_boxed_str(),
        attrs: kept,
    }
}
