//! The table of contents of boilerplate rules: [`HTML_RULES`], one named rule per line,
//! each in the file of its [`Boilerplate`] kind.
//!
//! A rule looks at one element and answers with the element to remove (itself, or the
//! section around it). Rules are cheap: they read precomputed counts and the element's
//! `id`/`class` words, and collect text only for short labels.

pub(crate) mod lexicon;
pub(crate) mod lines;
pub(crate) mod names;
mod slug;

mod advertisement;
pub(crate) mod article_meta;
mod author_box;
mod breadcrumbs;
mod comment_form;
mod comment_section;
mod cookie_notice;
mod customer_reviews;
mod empty_image_credit;
mod footer;
mod link_cluster;
mod navigation;
mod newsletter;
mod pagination;
mod print_only;
mod references;
mod related_posts;
pub(crate) mod repeated_text;
mod screen_reader_only;
mod share_bar;
mod sidebar;
mod site_header;
mod unindexed;
mod widget;

use std::cell::{Cell, OnceCell, RefCell};

use crate::dom::{AttrName, Dom, NodeId, Tag};
use crate::html::measure::Stats;
use crate::html::prune::Mask;
use crate::removal::Boilerplate;
use crate::tuning::{
    DATED_ITEMS_MIN, DATELINE_MAX_CHARS, LABEL_MAX_CHARS, LABEL_MAX_NODES,
    LABEL_PROSE_ABOVE_PARAGRAPHS, LABEL_SIBLINGS_READ, LINE_MAX_CHARS, LINE_SIBLINGS_READ,
    PROSE_MAX_LINK_DENSITY, PROSE_MIN_PARAGRAPHS, Tuning,
};
pub(crate) use lexicon::short_text_finder;
use names::{NameMemo, ident_matches};

/// What a rule sees: the page and the counts of earlier stages.
pub(crate) struct Ctx<'a> {
    pub dom: &'a Dom,
    pub mask: &'a Mask,
    pub stats: &'a Stats,
    pub tuning: &'a Tuning,
    /// The page's `body` (or the document node when there is none).
    pub body: NodeId,
    /// The first visible `h1`: the article's title lives there, so no rule removes a
    /// section that contains it.
    pub title_heading: Option<NodeId>,
    /// The last element whose text was read as a label: the label rules all ask about
    /// the same element in turn, and about the wrappers inside it that hold the same text.
    label_memo: Cell<Option<LabelMemo>>,
    /// What each distinct `id`/`class` string was found to name.
    names: RefCell<NameMemo<'a>>,
    /// Whether the page is a run of dated items, found when first asked.
    dated_items: OnceCell<bool>,
    /// Whether the page declares one product, found when first asked.
    one_product: OnceCell<bool>,
}

/// The label an element's text names, remembered for the elements inside it.
#[derive(Debug, Clone, Copy)]
struct LabelMemo {
    node: NodeId,
    end: NodeId,
    text_chars: u32,
    kind: Option<Boilerplate>,
}

impl<'a> Ctx<'a> {
    /// The context for classifying `dom`.
    pub(crate) fn new(dom: &'a Dom, mask: &'a Mask, stats: &'a Stats, tuning: &'a Tuning) -> Self {
        let body = dom.find(Tag::Body).unwrap_or(0);
        let title_heading =
            (0..dom.len()).find(|&id| dom.tag(id) == Some(Tag::H(1)) && !mask.hidden(id));
        Ctx {
            dom,
            mask,
            stats,
            tuning,
            body,
            title_heading,
            label_memo: Cell::new(None),
            names: RefCell::default(),
            dated_items: OnceCell::new(),
            one_product: OnceCell::new(),
        }
    }

    /// `true` when a visible text inside `id` has an ASCII digit: a cheap test before a
    /// rule that reads dates or counts collects the text.
    pub(crate) fn has_digit(&self, id: NodeId) -> bool {
        (id..self.dom.end(id)).any(|n| {
            self.dom
                .text(n)
                .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()) && !self.mask.hidden(n))
        })
    }

    /// `true` when the inline element `id` is words in the middle of a sentence: the line
    /// it is on (its block, cut at nested blocks and `br`) has visible words both before
    /// and after it ("On **July 4, 2025**, the bill was signed"). A date alone on its line,
    /// one that opens a byline ("**05/10/2018** - Posted by") or ends an attribution
    /// ("(@handle) October 16, 2024") is none.
    pub(crate) fn mid_sentence(&self, id: NodeId) -> bool {
        let dom = self.dom;
        if dom.tag(id).is_none_or(Tag::is_block) {
            return false;
        }
        // The outermost inline element holding `id`: its siblings are the line's other parts.
        let mut top = id;
        while let Some(parent) = dom.parent(top) {
            if dom.tag(parent).is_none_or(Tag::is_block) {
                break;
            }
            top = parent;
        }
        let words =
            |n: NodeId| !self.mask.hidden(n) && dom.text(n).is_some_and(|t| !t.trim().is_empty());
        let breaks_line = |n: NodeId| dom.tag(n).is_some_and(|t| t.is_block() || t == Tag::Br);
        // Words inside `top` on either side of `id`, or in the siblings of `top` up to the
        // nearest block or `br`.
        let side = |inside: std::ops::Range<NodeId>, siblings: &mut dyn Iterator<Item = NodeId>| {
            inside.into_iter().any(words)
                || siblings
                    .take(LINE_SIBLINGS_READ)
                    .take_while(|&c| !breaks_line(c))
                    .any(|c| (c..dom.end(c)).any(words))
        };
        let mut before =
            std::iter::successors(dom.previous_sibling(top), |&c| dom.previous_sibling(c));
        let mut after = std::iter::successors(dom.next_sibling(top), |&c| dom.next_sibling(c));
        side(top + 1..id, &mut before) && side(dom.end(id)..dom.end(top), &mut after)
    }

    /// `true` when the page declares one product ([`crate::html::grid::declares_one_product`]).
    pub(crate) fn page_of_one_product(&self) -> bool {
        *self
            .one_product
            .get_or_init(|| crate::html::grid::declares_one_product(self.dom))
    }

    /// `true` on a page of dated items (a forum thread's posts, a blog's listing): it has
    /// [`DATED_ITEMS_MIN`] or more visible texts that are datelines, so its dates belong
    /// to its items rather than to one article's header.
    pub(crate) fn page_of_dated_items(&self) -> bool {
        *self.dated_items.get_or_init(|| {
            (0..self.dom.len())
                .filter_map(|id| self.dom.text(id).filter(|_| !self.mask.hidden(id)))
                .filter(|t| {
                    (6..=DATELINE_MAX_CHARS as usize).contains(&t.len())
                        && t.bytes().any(|b| b.is_ascii_digit())
                        && crate::metadata::date::is_dateline(t)
                })
                .nth(DATED_ITEMS_MIN - 1)
                .is_some()
        })
    }
}

/// A named boilerplate rule.
pub(crate) struct HtmlRule {
    /// `file::rule`, unique.
    pub name: &'static str,
    /// Why what it removes is boilerplate.
    pub kind: Boilerplate,
    /// What an element must have for the rule to fire on it; elements without it are not
    /// offered to the rule (in debug builds they are, and the rule must not fire).
    pub needs: Needs,
    /// The element to remove when the rule fires on this element.
    pub fires: fn(&Ctx, NodeId) -> Option<NodeId>,
}

/// What an element must have for a rule to fire on it: a cheap test that spares most
/// elements most rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Needs {
    /// An `id` or `class` (name rules).
    Name,
    /// Visible text (label rules).
    Text,
    /// Nothing (rules on tags, roles and counts).
    Anything,
}

impl Needs {
    /// `true` when element `id` has what the rule needs.
    pub(crate) fn met(self, ctx: &Ctx, id: NodeId) -> bool {
        match self {
            Needs::Name => !ctx.ident(id).is_empty(),
            Needs::Text => ctx.stats.sums(id).text_chars > 0,
            Needs::Anything => true,
        }
    }
}

/// Every HTML rule, tried in this order on each element; the first that fires wins.
/// Label rules (a heading naming its section) come before name rules so a "Related Posts"
/// box inside a sidebar is explained by its label; lone labels ("Top stories" in a `span`)
/// and `link_cluster` come last because they are the most general.
pub(crate) static HTML_RULES: &[HtmlRule] = &[
    screen_reader_only::SCREEN_READER_TEXT,
    print_only::PRINT_ONLY,
    unindexed::NOCONTENT_CLASS,
    empty_image_credit::CAPTION_LABEL_ONLY,
    author_box::ABOUT_HEADING,
    author_box::NAMED_BOX,
    comment_form::LABELLED,
    comment_form::FORM_WITH_TEXT_AREA,
    related_posts::LABELLED,
    related_posts::OTHER_PRODUCTS,
    related_posts::NAMED_BOX,
    comment_section::LABELLED,
    references::NAMED_LIST,
    comment_section::NAMED_BOX,
    customer_reviews::NAMED_BOX,
    share_bar::LABELLED,
    share_bar::NAMED_BOX,
    newsletter::LABELLED,
    newsletter::NAMED_BOX,
    cookie_notice::NAMED_BOX,
    article_meta::NAMED_LINE,
    article_meta::POSTER_CARD,
    article_meta::TITLE_HEADER,
    advertisement::LABEL_ONLY,
    advertisement::NAMED_SLOT,
    breadcrumbs::TRAIL,
    pagination::NAMED_PAGER,
    navigation::NAV_ELEMENT,
    navigation::NAMED_MENU,
    navigation::MENU_ITEMS,
    site_header::PAGE_HEADER,
    footer::PAGE_FOOTER,
    footer::FINE_PRINT,
    sidebar::ASIDE,
    sidebar::NAMED_COLUMN,
    widget::FORM,
    widget::POLL,
    widget::STATE_BLOB,
    widget::POPUP,
    widget::OPTION_PICKER,
    widget::BUTTON_ROW,
    widget::BUTTON_LINK,
    widget::CTA_BOX,
    widget::VOTES,
    widget::HOVER_CARD,
    related_posts::LABEL_ONLY,
    related_posts::SHOUTED_LINK,
    related_posts::LINKED_HEADLINE,
    comment_form::LABEL_ONLY,
    comment_section::LABEL_ONLY,
    share_bar::LABEL_ONLY,
    newsletter::LABEL_ONLY,
    widget::LABEL_ONLY,
    widget::SLIDE_COUNTER,
    widget::RESULT_COUNT,
    widget::VERSION_PICKER,
    widget::HEADING_ANCHOR,
    pagination::PAGE_COUNTER,
    footer::COPYRIGHT_LINE,
    article_meta::CREDIT_LINE,
    article_meta::POSTER_STAT,
    article_meta::TAG_LIST,
    article_meta::DATE_LINE,
    article_meta::MACHINE_TIMESTAMP,
    article_meta::READING_TIME,
    link_cluster::DENSE_LINKS,
];

impl<'a> Ctx<'a> {
    /// `true` when naming rules must leave `id` alone: the page's `html`, `body` or `main`,
    /// a section holding the title heading, or one holding most of the page's paragraphs.
    pub(crate) fn protected(&self, id: NodeId) -> bool {
        if self.root_or_title(id) {
            return true;
        }
        let (page, here) = (self.stats.sums(self.body), self.stats.sums(id));
        (page.paragraphs >= 4 && here.paragraphs * 2 > page.paragraphs)
            || (here.paragraphs > 0 && u64::from(here.text_chars) * 2 > u64::from(page.text_chars))
    }

    /// `true` for the page's `html`, `body` or `main`, and for an element holding the title
    /// heading: what no rule removes, whatever its name or size.
    pub(crate) fn root_or_title(&self, id: NodeId) -> bool {
        matches!(
            self.dom.tag(id),
            Some(Tag::Html | Tag::Body | Tag::Main) | None
        ) || self.title_heading.is_some_and(|h| self.dom.contains(id, h))
    }

    /// `true` when `id` reads as running text: several paragraphs, few links. A layout
    /// name on such a block (`sidebar-first-only`, the main column of a page with a
    /// sidebar) describes the layout, not the block.
    pub(crate) fn reads_as_prose(&self, id: NodeId) -> bool {
        let sums = self.stats.sums(id);
        sums.paragraphs >= PROSE_MIN_PARAGRAPHS && sums.link_density() < PROSE_MAX_LINK_DENSITY
    }

    /// The element's `id` and `class` words.
    pub(crate) fn ident(&self, id: NodeId) -> &'a str {
        self.dom.element(id).map_or("", |e| &e.ident)
    }

    /// `true` when a word of the element's `id`/`class` matches one of `patterns`
    /// ([`names::ident_matches`] tells how): `"share*"` matches words starting with
    /// `share`, `"ad"` only the word `ad`, and `"widget-area"` a whole class name.
    /// `patterns` is a `'static` list, so the answer for each distinct `id`/`class`
    /// string is worked out once per page.
    pub(crate) fn named(&self, id: NodeId, patterns: &'static [&'static str]) -> bool {
        let ident = self.ident(id);
        // A name made from the element's own words is no name (checked on a match only).
        self.names.borrow_mut().matches(id, ident, patterns)
            && slug::without_slugs(self.dom, id, ident)
                .is_none_or(|names| ident_matches(&names, patterns))
    }

    /// The visible text of `id`, collapsed, or `None` when it is longer than
    /// `max_chars` or spread over more than `LABEL_MAX_NODES` nodes (both counted before
    /// collecting, so long or deep sections cost nothing: a label is a few nodes).
    pub(crate) fn short_text(&self, id: NodeId, max_chars: u32) -> Option<String> {
        let nodes = self.dom.end(id).saturating_sub(id);
        if self.stats.sums(id).text_chars > max_chars || nodes > LABEL_MAX_NODES {
            return None;
        }
        Some(self.dom.collect_text(id, |n| self.mask.hidden(n)))
    }

    /// The boilerplate kind that the whole text of `id` names
    /// ([`lexicon::section_label`]), or `None` when the text is longer than `max_chars`
    /// or spread over more than `LABEL_MAX_NODES` nodes. The text is read once per
    /// element, however many rules ask.
    pub(crate) fn label_kind(&self, id: NodeId, max_chars: u32) -> Option<Boilerplate> {
        let nodes = self.dom.end(id).saturating_sub(id);
        if self.stats.sums(id).text_chars > max_chars || nodes > LABEL_MAX_NODES {
            return None;
        }
        let text_chars = self.stats.sums(id).text_chars;
        // The same element, or one inside it holding all of its text (`<li><a>Home</a>`):
        // the same words, so the same label.
        if let Some(memo) = self.label_memo.get()
            && (memo.node..memo.end).contains(&id)
            && memo.text_chars == text_chars
        {
            return memo.kind;
        }
        let kind =
            lexicon::collected_section_label(self.dom.collect_text(id, |n| self.mask.hidden(n)));
        self.label_memo.set(Some(LabelMemo {
            node: id,
            end: self.dom.end(id),
            text_chars,
            kind,
        }));
        kind
    }

    /// `true` for a heading-like element: an `h1`-`h6`, or an element whose class says
    /// it is a title.
    pub(crate) fn heading_like(&self, id: NodeId) -> bool {
        self.dom.tag(id).is_some_and(|tag| {
            tag.is_heading()
                || (matches!(
                    tag,
                    Tag::Div | Tag::P | Tag::Span | Tag::Strong | Tag::B | Tag::Other
                ) && self.named(id, &["title", "*title", "heading", "*heading", "header"]))
        })
    }

    /// The label of a heading-like element: an `h1`-`h6`, or a short element whose class
    /// says it is a title. `None` for anything else or for long text.
    pub(crate) fn heading_label(&self, id: NodeId) -> Option<String> {
        if !self.heading_like(id) {
            return None;
        }
        self.short_text(id, LABEL_MAX_CHARS)
    }

    /// The section a boilerplate label names: the label's parent and then every ancestor
    /// that adds no paragraph of its own, while within `labelled_section_max_chars` and
    /// while no prose stands above the section inside the ancestor (a label opens its
    /// section); the label alone when even its parent is too big or holds prose above it.
    /// Never a protected element.
    pub(crate) fn labelled_section(&self, label: NodeId) -> NodeId {
        let limit = self.tuning.labelled_section_max_chars;
        let mut section = label;
        while let Some(parent) = self.dom.parent(section) {
            let sums = self.stats.sums(parent);
            let adds_paragraphs = sums.paragraphs > self.stats.sums(section).paragraphs;
            // A label opens its section: prose above it belongs to something else (the
            // article whose last heading is "Comments"). A parent with a great many
            // children before the section is more than the section anyway, and is not
            // read through (a page of a million labels).
            let mut paragraphs_above = 0;
            let mut reached = false;
            for c in self.dom.children(parent).take(LABEL_SIBLINGS_READ) {
                if c == section {
                    reached = true;
                    break;
                }
                paragraphs_above += self.stats.sums(c).paragraphs;
            }
            let prose_above = !reached || paragraphs_above >= LABEL_PROSE_ABOVE_PARAGRAPHS;
            if self.protected(parent)
                || sums.text_chars > limit
                || (section != label && adds_paragraphs)
                || prose_above
            {
                break;
            }
            section = parent;
        }
        section
    }

    /// The element just before `id` under the same parent, with nothing but whitespace
    /// between them.
    pub(crate) fn previous_element(&self, id: NodeId) -> Option<NodeId> {
        let dom = self.dom;
        let parent = dom.parent(id)?;
        let mut at = id;
        loop {
            // The node before `at` in document order is the last node of the previous
            // sibling (or the parent itself): climb from it to the parent's child.
            let mut prev = at.checked_sub(1)?;
            if prev == parent {
                return None;
            }
            while let Some(up) = dom.parent(prev) {
                if up == parent {
                    break;
                }
                prev = up;
            }
            if dom.element(prev).is_some() {
                return Some(prev);
            }
            if !dom.text(prev).is_some_and(|t| t.trim().is_empty()) {
                return None;
            }
            at = prev;
        }
    }

    /// `true` when `id` is inside an `article` or `main` element or the article body.
    pub(crate) fn inside_content(&self, id: NodeId) -> bool {
        self.inside(id, true)
    }

    /// `true` when `id` is inside a story: an `article` element or the article body (a
    /// page's `main` alone is no story: a service page has one too).
    pub(crate) fn inside_story(&self, id: NodeId) -> bool {
        self.inside(id, false)
    }

    /// `true` when an ancestor of `id` is an `article`, the article body, or (when
    /// `main_counts`) a `main`.
    fn inside(&self, id: NodeId, main_counts: bool) -> bool {
        self.dom.ancestors(id).any(|a| {
            let tag = self.dom.tag(a);
            tag == Some(Tag::Article)
                || (main_counts && tag == Some(Tag::Main))
                || self.dom.attr(a, AttrName::Itemprop) == Some("articleBody")
        })
    }
}

/// A label rule's body: fires on a heading whose text names `kind`, removing its section.
pub(crate) fn labelled(ctx: &Ctx, id: NodeId, kind: Boilerplate) -> Option<NodeId> {
    (ctx.heading_like(id) && ctx.label_kind(id, LABEL_MAX_CHARS) == Some(kind))
        .then(|| ctx.labelled_section(id))
}

/// A label rule's body for anything but a heading: fires on a short element whose whole
/// text is a label of `kind` ("Share this on WhatsApp", "Top stories", "Advertisement"),
/// removing that element alone.
pub(crate) fn label_only(ctx: &Ctx, id: NodeId, kind: Boilerplate) -> Option<NodeId> {
    let tag = ctx.dom.tag(id)?;
    // Table cells are data: a "Share" column header is not a share button. A label is a
    // label even when it is all the page shows (a script-filled page's "You need to enable
    // JavaScript"), so only the root and the title are spared.
    if tag.is_heading() || matches!(tag, Tag::Td | Tag::Th | Tag::Caption) || ctx.root_or_title(id)
    {
        return None;
    }
    if ctx.label_kind(id, LINE_MAX_CHARS) != Some(kind) {
        return None;
    }
    // A link in a sentence is the sentence's words ("Questions? Get in touch. We reply
    // within a day."), not a button; a label that opens its paragraph is a label ("SEE
    // MORE: Students under siege").
    if !tag.is_block() {
        let dom = ctx.dom;
        let paragraph = dom
            .ancestors(id)
            .find(|&a| dom.tag(a).is_some_and(Tag::is_block))
            .filter(|&a| dom.tag(a) == Some(Tag::P));
        if let Some(p) = paragraph {
            let around = ctx.stats.sums(p).text_chars - ctx.stats.sums(id).text_chars;
            let words_before = (p + 1..id)
                .any(|n| !ctx.mask.hidden(n) && dom.text(n).is_some_and(|t| !t.trim().is_empty()));
            if around >= LABEL_IN_SENTENCE_CHARS && words_before {
                return None;
            }
        }
    }
    // A heading inside is the label; its own rule removes the section it opens.
    let holds_heading =
        ((id + 1)..ctx.dom.end(id)).any(|n| ctx.dom.tag(n).is_some_and(Tag::is_heading));
    (!holds_heading).then_some(id)
}

/// Characters of a paragraph around an inline label that make the label part of a sentence.
const LABEL_IN_SENTENCE_CHARS: u32 = 40;

/// The visible text of a short element that holds a digit (a date, a count), for the rules
/// that read one: `None` for a heading, a table cell, a protected element, one with more
/// than `max_chars` of text or without a digit.
pub(crate) fn short_text_with_digit(ctx: &Ctx, id: NodeId, max_chars: u32) -> Option<String> {
    let tag = ctx.dom.tag(id)?;
    let short = !tag.is_heading()
        && !matches!(tag, Tag::Td | Tag::Th | Tag::Caption)
        && ctx.stats.sums(id).text_chars <= max_chars;
    (short && ctx.has_digit(id) && !ctx.protected(id))
        .then(|| ctx.dom.collect_text(id, |n| ctx.mask.hidden(n)))
}

/// A name rule's body: fires on an unprotected block named by one of `patterns` whose text
/// is at most `max_chars`.
pub(crate) fn named_box(
    ctx: &Ctx,
    id: NodeId,
    patterns: &'static [&'static str],
    max_chars: u32,
) -> Option<NodeId> {
    // The cheap tests first: most elements are inline or too big, whatever their name.
    (small_block(ctx, id, max_chars) && ctx.named(id, patterns) && !ctx.protected(id)).then_some(id)
}

/// `Some(id)` when `id` is an unprotected block (or unknown element) with at most
/// `max_chars` of text: what a name rule may remove.
pub(crate) fn removable_box(ctx: &Ctx, id: NodeId, max_chars: u32) -> Option<NodeId> {
    (small_block(ctx, id, max_chars) && !ctx.protected(id)).then_some(id)
}

/// `true` when `id` is a block (or unknown element) with at most `max_chars` of text.
fn small_block(ctx: &Ctx, id: NodeId, max_chars: u32) -> bool {
    let block = ctx
        .dom
        .tag(id)
        .is_some_and(|t| t.is_block() || t == Tag::Other);
    block && ctx.stats.sums(id).text_chars <= max_chars
}

/// `true` when an `id`/`class` names an image caption or credit (`wp-caption-text`,
/// `photo-credit`, `media-caption`): the block builder reads such blocks as captions.
pub(crate) fn names_caption(ident: &str) -> bool {
    ident_matches(
        ident,
        &[
            "caption",
            "*caption",
            "caption*",
            "credit",
            "credits",
            "*credit",
            "photocredit",
            "imagecredit",
        ],
    )
}

/// The name in a byline line ("By Marta Lind" -> "Marta Lind").
pub(crate) fn byline_name(line: &str) -> Option<&str> {
    article_meta::byline_name(line)
}

/// The name in an author-box heading ("About Grimrocker" -> "Grimrocker"), for the byline.
pub(crate) fn author_box_name(label: &str) -> Option<String> {
    author_box::author_name(label)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs the classify stage on a snippet and reports what fired.
    use crate::dom::build;
    use crate::extractor::Focus;
    use crate::html::{classify::classify, measure::measure, prune::prune};
    use crate::tuning::Tuning;

    /// `(rule name, removed text)` for every removal on the page, in order.
    pub(crate) fn fired(html: &str) -> Vec<(&'static str, String)> {
        let dom = build(html);
        let mask = prune(&dom, crate::html::prune::Visibility::Rendered);
        let tuning = Tuning::for_focus(Focus::Balanced);
        let stats = measure(&dom, &mask, &tuning);
        let verdicts = classify(&dom, &mask, &stats, &tuning, &[]);
        verdicts
            .iter()
            .map(|v| (v.rule, dom.collect_text(v.node, |n| mask.hidden(n))))
            .collect()
    }

    /// A page with enough article text around `snippet` that the snippet is not the page.
    pub(crate) fn in_article(snippet: &str) -> String {
        let para = "<p>BODY_SENTINEL sentence that reads like an article, with a comma.</p>";
        format!(
            "<html><body><article><h1>Title</h1>{p}{p}{p}{p}{p}{snippet}</article></body></html>",
            p = para
        )
    }
}
