//! html5ever + markup5ever_rcdom -> [`Dom`]: the only file that names the parser.
//!
//! Cost: one parse, then one iterative walk over the `RcDom` (explicit stack, no recursion),
//! so 100,000-deep pages build without touching the call stack.

use html5ever::TokenizerResult;
use html5ever::interface::TreeSink;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tokenizer::{BufferQueue, Tokenizer};
use html5ever::tree_builder::TreeBuilder;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData as RcData, RcDom};

use super::depth::DepthGuard;
use super::{AttrName, Dom, Element, Node, NodeData, NodeId, Tag};

/// Parses `html` with nesting capped (see [`DepthGuard`]) and converts it into the arena.
pub(crate) fn build(html: &str) -> Dom {
    convert(parse_guarded(html))
}

/// html5ever's parse with a [`DepthGuard`] between tokenizer and tree builder, so the
/// parse stays linear however deep the page nests.
fn parse_guarded(html: &str) -> RcDom {
    let opts = parse_opts();
    let builder = TreeBuilder::new(RcDom::default(), opts.tree_builder);
    let tokenizer = Tokenizer::new(DepthGuard::new(builder), opts.tokenizer);
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // Scripts are never run and encodings are settled before parsing, so any pause resumes.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.inner.sink.finish()
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

enum Step {
    Enter(Handle, Option<NodeId>),
    Exit(NodeId),
}

/// Moves the tree into the arena, taking each node's children out as it goes, so every
/// `RcDom` node is freed once visited and the two trees never coexist whole.
fn convert(rc: RcDom) -> Dom {
    let mut nodes: Vec<Node> = Vec::new();
    let mut stack = vec![Step::Enter(rc.document, None)];
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
        let children = std::mem::take(&mut *handle.children.borrow_mut());
        stack.extend(
            children
                .into_iter()
                .rev()
                .map(|child| Step::Enter(child, Some(id))),
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
