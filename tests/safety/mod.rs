//! What "sanitized" means for `Article::html()`, checked the way a browser would see it:
//! the output is parsed again by html5ever and every node is inspected. Shared by
//! `tests/xss.rs`, `tests/properties.rs` and the fuzz target `fuzz/fuzz_targets/article_html.rs`.

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{NodeData, RcDom};

/// Elements that run code, load other documents, or change how the page is read.
const UNSAFE_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "base",
    "meta",
    "link",
    "template",
    "noscript",
    "xmp",
    "plaintext",
    "noembed",
    "noframes",
    "title",
];

/// Attributes whose value is a URL.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "background",
    "cite",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "xlink:href",
];

/// The first executable thing found in `html` (parsed as a browser would), or `None`.
pub fn first_unsafe(html: &str) -> Option<String> {
    first_unsafe_with(html, true)
}

/// [`first_unsafe`] for HTML rendered from Markdown, whose links carry no `rel`.
#[allow(
    dead_code,
    reason = "used by tests/xss.rs, not by every file including this module"
)]
pub fn first_unsafe_markdown(html: &str) -> Option<String> {
    first_unsafe_with(html, false)
}

fn first_unsafe_with(html: &str, links_need_rel: bool) -> Option<String> {
    let mut opts = ParseOpts::default();
    opts.tree_builder.scripting_enabled = true;
    let dom = parse_document(RcDom::default(), opts).one(html);
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            let tag: &str = &name.local;
            if UNSAFE_ELEMENTS.contains(&tag) {
                return Some(format!("<{tag}> element"));
            }
            for attr in attrs.borrow().iter() {
                let attr_name = attr.name.local.to_ascii_lowercase();
                if attr_name.starts_with("on") {
                    return Some(format!("{attr_name}= on <{tag}>"));
                }
                if matches!(
                    attr_name.as_str(),
                    "style" | "srcdoc" | "srcset" | "formaction"
                ) {
                    return Some(format!("{attr_name}= on <{tag}>"));
                }
                if URL_ATTRIBUTES.contains(&attr_name.as_str()) && is_script_url(&attr.value) {
                    return Some(format!("{attr_name}={:?} on <{tag}>", &*attr.value));
                }
            }
            if links_need_rel && tag == "a" && has_attr(&attrs.borrow(), "href") {
                let rel = attr_value(&attrs.borrow(), "rel").unwrap_or_default();
                if !(rel.contains("noopener") && rel.contains("noreferrer")) {
                    return Some(format!("<a> without rel=\"noopener noreferrer\" ({rel:?})"));
                }
            }
        }
        stack.extend(node.children.borrow().iter().cloned());
    }
    None
}

fn has_attr(attrs: &[html5ever::Attribute], name: &str) -> bool {
    attrs.iter().any(|a| &*a.name.local == name)
}

fn attr_value(attrs: &[html5ever::Attribute], name: &str) -> Option<String> {
    attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| a.value.to_string())
}

/// A URL a browser would run or render as a document: `javascript:`, `vbscript:`,
/// `data:text/html` (and any `data:` but images), whatever the case, with the whitespace
/// and control characters browsers strip removed first.
pub fn is_script_url(value: &str) -> bool {
    let cleaned: String = value
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    cleaned.starts_with("javascript:")
        || cleaned.starts_with("vbscript:")
        || (cleaned.starts_with("data:") && !cleaned.starts_with("data:image/"))
}
