//! A token filter between html5ever's tokenizer and its tree builder that caps element
//! nesting, as browsers do (Chromium's parser stops nesting at 512 levels).
//!
//! Why: the tree builder scans its stack of open elements for most tags ("is a `<p>` in
//! button scope?"), so a page nesting 100,000 `<div>`s costs 100,000² steps inside the
//! parser. The guard keeps its own model of that stack, bounded by [`MAX_DEPTH`], and drops
//! start tags that would nest deeper (with their matching end tags). Their text is kept: it
//! lands in the deepest element allowed, as in a browser.
//!
//! The model is approximate. It follows the implied closings that matter for depth: end tags
//! close everything opened after their element, a new `<li>`, `<dt>`/`<dd>`, `<td>`/`<th>`,
//! `<tr>`, `<option>`, `<a>` or heading closes its open predecessor, and a block start tag
//! closes an open `<p>`. Elements that cannot nest in themselves without a counted container
//! between (list items, cells, paragraphs, ...) are forwarded even at the cap, so on a
//! real page the guard never drops more than the excess nesting. All of its work per token is
//! bounded by [`MAX_DEPTH`].

use std::cell::RefCell;

use html5ever::tokenizer::{Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{LocalName, local_name};

/// The deepest element nesting passed to the tree builder.
pub(crate) const MAX_DEPTH: usize = 512;

/// Wraps a token sink (html5ever's tree builder) and filters tags that nest too deep.
pub(crate) struct DepthGuard<S> {
    pub inner: S,
    state: RefCell<Model>,
}

#[derive(Default)]
struct Model {
    /// Open elements as the guard sees them, innermost last; never longer than `MAX_DEPTH`.
    open: Vec<LocalName>,
    /// Start tags dropped at the cap, by name, whose end tags are still to come.
    dropped: Vec<(LocalName, usize)>,
    /// Open `<svg>`/`<math>` elements: inside them `<x/>` closes itself.
    foreign: usize,
    /// Open `<p>`, `<a>` and `<li>` elements (see [`counted`]): most start tags imply
    /// closing one of these, and when none is open the stack need not be searched.
    counts: [usize; 3],
}

/// The place in [`Model::counts`] of an element whose open count is kept.
fn counted(name: &LocalName) -> Option<usize> {
    match *name {
        local_name!("p") => Some(0),
        local_name!("a") => Some(1),
        local_name!("li") => Some(2),
        _ => None,
    }
}

impl<S> DepthGuard<S> {
    pub(crate) fn new(inner: S) -> DepthGuard<S> {
        DepthGuard {
            inner,
            state: RefCell::new(Model::default()),
        }
    }
}

impl<S: TokenSink> TokenSink for DepthGuard<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
        if let Token::TagToken(tag) = &token {
            let pass = self.state.borrow_mut().admit(tag);
            if !pass {
                return TokenSinkResult::Continue;
            }
        }
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

impl Model {
    /// Updates the model for `tag`; `false` when the tag is to be dropped.
    fn admit(&mut self, tag: &Tag) -> bool {
        match tag.kind {
            TagKind::StartTag => self.start(tag),
            TagKind::EndTag => self.end(&tag.name),
        }
    }

    fn start(&mut self, tag: &Tag) -> bool {
        let name = &tag.name;
        if is_void(name) || (self.foreign > 0 && tag.self_closing) || is_document_level(name) {
            return true;
        }
        self.close_implied_by(name);
        if self.open.len() >= MAX_DEPTH {
            if cannot_nest_alone(name) {
                return true;
            }
            match self.dropped.iter_mut().find(|(n, _)| n == name) {
                Some((_, count)) => *count += 1,
                None => self.dropped.push((name.clone(), 1)),
            }
            return false;
        }
        if is_foreign_root(name) {
            self.foreign += 1;
        }
        if let Some(count) = counted(name).and_then(|i| self.counts.get_mut(i)) {
            *count += 1;
        }
        self.open.push(name.clone());
        true
    }

    fn end(&mut self, name: &LocalName) -> bool {
        if let Some(i) = self.dropped.iter().position(|(n, _)| n == name) {
            if let Some((_, count)) = self.dropped.get_mut(i) {
                *count -= 1;
                if *count == 0 {
                    self.dropped.swap_remove(i);
                }
            }
            return false;
        }
        if let Some(at) = self.open.iter().rposition(|n| n == name) {
            self.truncate(at);
        }
        true
    }

    /// Applies the closings a start tag `name` implies for an open element before it.
    fn close_implied_by(&mut self, name: &LocalName) {
        let top_is_heading = self.open.last().is_some_and(is_heading);
        if is_heading(name) && top_is_heading {
            self.truncate(self.open.len() - 1);
        }
        if closes_p(name) {
            self.close_open(&local_name!("p"), SCOPE);
        }
        match *name {
            local_name!("li") => self.close_open(name, &[local_name!("ul"), local_name!("ol")]),
            local_name!("dt") | local_name!("dd") => {
                self.close_open(&local_name!("dt"), &[local_name!("dl")]);
                self.close_open(&local_name!("dd"), &[local_name!("dl")]);
            }
            local_name!("td") | local_name!("th") => {
                self.close_open(&local_name!("td"), TABLE_SCOPE);
                self.close_open(&local_name!("th"), TABLE_SCOPE);
            }
            local_name!("tr") => self.close_open(name, &[local_name!("table")]),
            local_name!("table") => self.close_open(name, TABLE_SCOPE),
            local_name!("option") => self.close_open(name, &[local_name!("select")]),
            local_name!("a") => self.close_open(name, SCOPE),
            _ => {}
        }
    }

    /// Closes the innermost open `name` and all inside it, unless a `boundary` element
    /// lies between it and the top.
    fn close_open(&mut self, name: &LocalName, boundary: &[LocalName]) {
        if counted(name).and_then(|i| self.counts.get(i)) == Some(&0) {
            return;
        }
        for at in (0..self.open.len()).rev() {
            let Some(open) = self.open.get(at) else {
                return;
            };
            if open == name {
                self.truncate(at);
                return;
            }
            if boundary.contains(open) {
                return;
            }
        }
    }

    fn truncate(&mut self, at: usize) {
        for closed in self.open.get(at..).unwrap_or_default() {
            if is_foreign_root(closed) {
                self.foreign = self.foreign.saturating_sub(1);
            }
            if let Some(count) = counted(closed).and_then(|i| self.counts.get_mut(i)) {
                *count = count.saturating_sub(1);
            }
        }
        self.open.truncate(at);
    }
}

/// Elements that limit the reach of an implied closing.
const SCOPE: &[LocalName] = &[
    local_name!("table"),
    local_name!("td"),
    local_name!("th"),
    local_name!("caption"),
    local_name!("button"),
    local_name!("marquee"),
    local_name!("object"),
    local_name!("applet"),
    local_name!("template"),
];

const TABLE_SCOPE: &[LocalName] = &[local_name!("table"), local_name!("template")];

fn is_void(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("param")
            | local_name!("keygen")
            | local_name!("basefont")
            | local_name!("bgsound")
            | local_name!("frame")
            | local_name!("image")
    )
}

/// `html`, `head` and `body` are opened once however often their tags appear.
fn is_document_level(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("html") | local_name!("head") | local_name!("body")
    )
}

fn is_foreign_root(name: &LocalName) -> bool {
    matches!(*name, local_name!("svg") | local_name!("math"))
}

fn is_heading(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
    )
}

/// Elements that need another element between two of them to nest (a list between list
/// items, a table between cells, ...): safe to forward at the cap.
fn cannot_nest_alone(name: &LocalName) -> bool {
    is_heading(name)
        || matches!(
            *name,
            local_name!("p")
                | local_name!("li")
                | local_name!("dt")
                | local_name!("dd")
                | local_name!("tr")
                | local_name!("td")
                | local_name!("th")
                | local_name!("tbody")
                | local_name!("thead")
                | local_name!("tfoot")
                | local_name!("caption")
                | local_name!("colgroup")
                | local_name!("option")
                | local_name!("optgroup")
                | local_name!("a")
                | local_name!("button")
                | local_name!("form")
                | local_name!("nobr")
                | local_name!("select")
                | local_name!("rb")
                | local_name!("rt")
                | local_name!("rp")
                | local_name!("rtc")
        )
}

/// Start tags that close an open `<p>` (the HTML standard's "close a p element").
fn closes_p(name: &LocalName) -> bool {
    is_heading(name)
        || matches!(
            *name,
            local_name!("address")
                | local_name!("article")
                | local_name!("aside")
                | local_name!("blockquote")
                | local_name!("center")
                | local_name!("details")
                | local_name!("dialog")
                | local_name!("dir")
                | local_name!("div")
                | local_name!("dl")
                | local_name!("dd")
                | local_name!("dt")
                | local_name!("fieldset")
                | local_name!("figcaption")
                | local_name!("figure")
                | local_name!("footer")
                | local_name!("form")
                | local_name!("header")
                | local_name!("hgroup")
                | local_name!("li")
                | local_name!("listing")
                | local_name!("main")
                | local_name!("menu")
                | local_name!("nav")
                | local_name!("ol")
                | local_name!("p")
                | local_name!("plaintext")
                | local_name!("pre")
                | local_name!("search")
                | local_name!("section")
                | local_name!("summary")
                | local_name!("table")
                | local_name!("ul")
                | local_name!("xmp")
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(kind: TagKind, name: &str) -> Tag {
        Tag {
            kind,
            name: LocalName::from(name),
            self_closing: false,
            attrs: Vec::new(),
            had_duplicate_attributes: false,
        }
    }

    fn run(model: &mut Model, tags: &[(TagKind, &str)]) -> Vec<bool> {
        tags.iter()
            .map(|(kind, name)| model.admit(&tag(*kind, name)))
            .collect()
    }

    #[test]
    fn nesting_beyond_the_cap_is_dropped_with_its_end_tags() {
        let mut model = Model::default();
        let opens = vec![(TagKind::StartTag, "div"); MAX_DEPTH + 3];
        let passed = run(&mut model, &opens);
        assert!(passed[..MAX_DEPTH].iter().all(|p| *p));
        assert!(passed[MAX_DEPTH..].iter().all(|p| !*p));
        let closes = vec![(TagKind::EndTag, "div"); MAX_DEPTH + 3];
        let passed = run(&mut model, &closes);
        assert!(passed[..3].iter().all(|p| !*p), "the dropped ends go first");
        assert!(passed[3..].iter().all(|p| *p));
        assert!(model.open.is_empty());
    }

    #[test]
    fn implied_closings_keep_a_long_flat_page_shallow() {
        // Unclosed <div>s in list items, cells and paragraphs close with their parents, so
        // thousands of them never reach the cap (near miss of the test above).
        let mut model = Model::default();
        let mut tags = vec![(TagKind::StartTag, "ul")];
        for _ in 0..2000 {
            tags.extend([(TagKind::StartTag, "li"), (TagKind::StartTag, "div")]);
        }
        tags.push((TagKind::EndTag, "ul"));
        tags.push((TagKind::StartTag, "table"));
        for _ in 0..2000 {
            tags.extend([
                (TagKind::StartTag, "tr"),
                (TagKind::StartTag, "td"),
                (TagKind::StartTag, "span"),
                (TagKind::StartTag, "p"),
                (TagKind::StartTag, "b"),
            ]);
        }
        tags.push((TagKind::EndTag, "table"));
        let passed = run(&mut model, &tags);
        assert!(passed.iter().all(|p| *p));
        assert!(model.open.is_empty());
    }

    #[test]
    fn self_closing_tags_close_only_in_svg() {
        let mut model = Model::default();
        let mut path = tag(TagKind::StartTag, "path");
        path.self_closing = true;
        model.admit(&tag(TagKind::StartTag, "svg"));
        for _ in 0..1000 {
            model.admit(&path);
        }
        assert_eq!(model.open.len(), 1);
        model.admit(&tag(TagKind::EndTag, "svg"));
        let mut div = tag(TagKind::StartTag, "div");
        div.self_closing = true;
        model.admit(&div);
        assert_eq!(model.open.len(), 1, "<div/> opens a div in HTML");
    }
}
