//! Stage 4: `Dom` + `Stats` + `Verdicts` -> [`Located`]: where the main content is.
//!
//! Paragraphs score the containers above them (parent fully, grandparent half, then less),
//! as Readability does; scores are nudged by container names and semantic markup
//! (`itemprop=articleBody`, `article`), and then damped by link density, the nudge with
//! them (a block of links named `fs-body1` is no body). The best container is widened while
//! it holds too small a share of its parent's paragraph text, and joined by siblings that
//! read as content. Then, by the kind of page: an article body is joined by its other
//! sections when a page builder wrapped each in a wrapper of its own, by a shop's grid
//! of priced products before it (the prose is the buying advice below them), and by its
//! opening set apart (the title's block, a named standfirst, a block named like the body,
//! a Q&A page's question over its answers); on a page that
//! is not prose, a grid of items ([`crate::html::grid`]) much larger than the container
//! found is the content, and a landing page's sections are taken together. Boilerplate
//! found by `classify` counts for nothing here. A page with visible text always locates
//! something: with no paragraph, the `body` is the content. Never changes the tree. Cost:
//! two passes over the arena plus one walk up per paragraph, and one more pass for a grid.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::dom::{AttrName, Dom, NodeId, Tag};
use crate::html::classify::{Verdict, Verdicts};
use crate::html::grid::{ItemText, PRICE_SIGNS, item_grid, items_show_prices};
use crate::html::measure::Stats;
use crate::html::prune::Mask;
use crate::removal::Boilerplate;
use crate::tuning::{
    CARD_MAX_CHARS, CARD_MAX_LINKS, CARD_MIN_CHARS_PER_LINK, CARD_RUN_MIN, CLASS_WEIGHT,
    DATED_ITEMS_MIN, GRID_OVER_CONTENT, GRID_WITH_CONTENT_SLACK, ITEMS_OVER_TEXT, JOIN_LEVELS,
    JOIN_MAX_LINK_DENSITY, JOIN_MIN_PARAGRAPH_CHARS, JOIN_MIN_PARAGRAPHS, LABEL_SIBLINGS_READ,
    LANDING_MAIN_GROWTH, LANDING_PART_SHARE, LANDING_WHOLE_SHARE, LEDE_MAX_CHARS, LEDE_MAX_NODES,
    LEDE_MIN_CHARS, LEDE_SIBLINGS_READ, LEDE_SKIPPED_MAX_CHARS, LIST_IN_TEXT_MIN_ITEMS,
    NEAR_BEST_CANDIDATES, NEAR_BEST_MIN_SHARING, RELATED_OVER_REST, SECTION_GROUP_LEVELS,
    SECTION_GROUP_MAX_CHILDREN, SECTION_GROUP_MIN, SECTION_GROUP_TABLE_SHARE,
    SECTION_GROUP_TOP_SHARE, SECTION_HEADING_SCAN, SECTION_MAX_LINK_DENSITY, SECTION_MIN_CHARS,
    SEMANTIC_WEIGHT, SIBLING_PARAGRAPH_MAX_LINK_DENSITY, SIBLING_PARAGRAPH_MIN_CHARS,
    TITLE_INTRO_MIN_CHARS, Tuning,
};

/// The main content: subtrees in document order (one container, sometimes its siblings).
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub parts: Vec<NodeId>,
    /// The content is running text (an article body), not a page of items.
    pub prose: bool,
}

/// Paragraph text and link text of a node's subtree, boilerplate left out.
#[derive(Debug, Clone, Copy, Default)]
struct Clean {
    text_chars: u32,
    link_chars: u32,
    /// Characters in paragraphs (blocks with at least `min_paragraph_chars` of their own).
    paragraph_chars: u32,
}

impl Clean {
    fn link_density(&self) -> f32 {
        if self.text_chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.text_chars as f32
        }
    }
}

/// Finds the main content.
pub(crate) fn locate(
    dom: &Dom,
    mask: &Mask,
    stats: &Stats,
    verdicts: &Verdicts,
    tuning: &Tuning,
) -> Located {
    let body = dom.find(Tag::Body).unwrap_or(0);
    let n = dom.len();
    let removed = removed_nodes(dom, mask, verdicts);
    let clean = clean_sums(dom, stats, &removed, tuning);
    let mut score = vec![0.0f32; n];
    let mut scored = vec![false; n];
    for (id, &gone) in removed.iter().enumerate() {
        if gone || dom.element(id).is_none() {
            continue;
        }
        let own = stats.own(id);
        if own.text_chars < tuning.min_paragraph_chars {
            continue;
        }
        let points = 1.0 + own.commas.min(50) as f32 + (own.text_chars / 100).min(3) as f32;
        for (level, ancestor) in dom.ancestors(id).take(5).enumerate() {
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            if let Some(s) = score.get_mut(ancestor) {
                *s += points / divider;
            }
            if let Some(s) = scored.get_mut(ancestor) {
                *s = true;
            }
        }
    }
    let final_score = |id: NodeId| -> f32 {
        let c = clean.get(id).copied().unwrap_or_default();
        (score.get(id).copied().unwrap_or(0.0) + weight(dom, id)) * (1.0 - c.link_density())
    };
    let mut in_frame = vec![false; n];
    for frame in page_frame(dom, body) {
        in_frame[frame].fill(true);
    }
    let best = (0..n)
        .filter(|&id| scored[id] && !removed[id] && dom.contains(body, id) && id != body)
        .filter(|&id| !in_frame[id])
        .filter(|&id| !matches!(dom.tag(id), Some(Tag::Html | Tag::Body) | None))
        .max_by(|&a, &b| final_score(a).total_cmp(&final_score(b)));
    let Some(mut top) = best else {
        return Located {
            parts: vec![body],
            prose: false,
        };
    };

    // Several near-best candidates under one ancestor (posts of a thread, cards of a
    // listing, sections of a page): the ancestor is the content.
    let top_score = final_score(top);
    let mut near: Vec<NodeId> = (0..n)
        .filter(|&id| scored[id] && !removed[id] && id != top && dom.contains(body, id))
        .filter(|&id| final_score(id) >= top_score * tuning.near_best_share)
        .collect();
    near.sort_by(|&a, &b| final_score(b).total_cmp(&final_score(a)));
    near.truncate(NEAR_BEST_CANDIDATES);
    if let Some(holder) = list_holder(dom, &near, top) {
        top = holder;
    } else if near.len() >= NEAR_BEST_MIN_SHARING {
        let mut cursor = dom.parent(top);
        while let Some(ancestor) = cursor {
            if ancestor == body || !dom.contains(body, ancestor) {
                break;
            }
            let sharing = near.iter().filter(|&&c| dom.contains(ancestor, c)).count();
            if sharing >= NEAR_BEST_MIN_SHARING {
                top = ancestor;
                break;
            }
            cursor = dom.parent(ancestor);
        }
    }

    // Readability's climb: a parent that scores higher than the chain below it is the
    // real container (content split over several children).
    let mut last = final_score(top);
    let threshold = last / 3.0;
    let mut cursor = dom.parent(top);
    while let Some(parent) = cursor {
        if parent == body || !dom.contains(body, parent) {
            break;
        }
        if scored[parent] {
            let s = final_score(parent);
            if s < threshold {
                break;
            }
            if s > last {
                top = parent;
                break;
            }
            last = s;
        }
        cursor = dom.parent(parent);
    }

    // Widen: a container with too small a share of its parent's paragraphs is a piece of
    // the content, not the whole (posts of a thread, sections in sibling wrappers).
    // A container of prose (most of its text in paragraphs) is an article body already.
    let prose = |id: NodeId| {
        let c = clean[id];
        stats.sums(id).paragraphs >= tuning.prose_min_paragraphs
            && c.paragraph_chars as f32 >= tuning.prose_paragraph_share * c.text_chars as f32
    };
    while let Some(parent) = dom.parent(top) {
        if parent == body || !dom.contains(body, parent) || prose(top) {
            break;
        }
        let (here, there) = (clean[top], clean[parent]);
        let share = here.text_chars as f32 / there.text_chars.max(1) as f32;
        let adds_little =
            there.text_chars.saturating_sub(here.text_chars) <= tuning.widen_free_chars;
        if (share >= tuning.widen_below_share && !adds_little)
            || there.link_density() > tuning.widen_max_link_density
        {
            break;
        }
        top = parent;
    }

    let mut kin = Vec::new();
    if prose(top) {
        if let Some(grid) = products_before(dom, mask, &clean, &removed, body, top) {
            top = dom
                .ancestors(top)
                .find(|&a| dom.contains(a, grid))
                .filter(|&a| a != body)
                .unwrap_or(top);
        } else {
            (top, kin) = join_sections(dom, stats, &clean, &removed, body, top);
        }
    } else {
        top = take_grid(dom, &clean, &removed, body, top);
        if !prose(top) {
            top = widen_landing(dom, &clean, body, top);
        }
    }
    if kin.is_empty() {
        top = take_section_group(dom, &clean, &removed, body, top);
    }

    let top_score = final_score(top);
    let sibling_floor = (top_score * tuning.sibling_score_share).max(10.0);
    let title_intro = title_intro(dom, &clean, &removed, top);
    let ledes = if prose(top) {
        ledes(dom, &clean, &removed, top)
    } else {
        Vec::new()
    };
    let mut parts: Vec<NodeId> = match dom.parent(top) {
        Some(parent) if parent != 0 && dom.tag(top) != Some(Tag::Body) => dom
            .children(parent)
            .filter(|&sib| {
                sib == top
                    || kin.binary_search(&sib).is_ok()
                    || (!removed[sib]
                        && (scored[sib] && final_score(sib) >= sibling_floor
                            || reads_as_paragraph(dom, stats, &clean[sib], sib)
                            || (sib < top
                                && prose(top)
                                && shares_body_class(dom, &clean[sib], top, sib))))
            })
            .collect(),
        _ => vec![top],
    };
    // A Q&A page's question and answers, when one of them is the content found (or in it).
    let overlaps = |a: NodeId, b: NodeId| dom.contains(a, b) || dom.contains(b, a);
    let posts = if prose(top) {
        crate::html::thread::qa_posts(dom)
    } else {
        Vec::new()
    };
    let on_thread = posts.iter().any(|&q| parts.iter().any(|&p| overlaps(p, q)));
    let other_posts = posts
        .into_iter()
        .filter(|&q| on_thread && !removed[q] && parts.iter().all(|&p| !overlaps(p, q)));
    // Outside every other part: put in the arena's order.
    let joined = title_intro.into_iter().chain(ledes).chain(other_posts);
    let mut joined = joined.filter(|o| !parts.contains(o)).peekable();
    if joined.peek().is_some() {
        parts.extend(joined.collect::<Vec<_>>());
        parts.sort_unstable();
    }
    Located {
        parts,
        prose: prose(top),
    }
}

/// When the best candidate `top` is a list, the near-best candidate holding it, if any:
/// a list of long items (an accordion's tips, each a paragraph's length) outscores the
/// article body around it, which scores nearly as well; the body is the content.
fn list_holder(dom: &Dom, near: &[NodeId], top: NodeId) -> Option<NodeId> {
    if !matches!(dom.tag(top), Some(Tag::Ul | Tag::Ol)) {
        return None;
    }
    near.iter().copied().find(|&c| dom.contains(c, top))
}

/// `true` when `parts` are a page of teaser cards: the link clusters removed from inside
/// them are cards (each link with a headline's worth of text, not a menu's or an archive's
/// one or two words) and hold more text than what is left. A recipe index or a category
/// page reads as prose once its cards are out, but the cards are its content.
/// Not when the content shows it is one article: it names its `articleBody`, or carries
/// its own byline or dateline (one or two; a run of them are the cards').
pub(crate) fn items_outweigh_text(
    dom: &Dom,
    stats: &Stats,
    verdicts: &Verdicts,
    parts: &[NodeId],
) -> bool {
    let total = text_left(dom, stats, verdicts, parts);
    let (mut cards, mut datelines) = (0u64, 0usize);
    for v in verdicts_within(dom, verdicts, parts) {
        let sums = stats.sums(v.node);
        match v.kind {
            Boilerplate::LinkCluster
                if sums.text_chars >= CARD_MIN_CHARS_PER_LINK * sums.links.max(1) =>
            {
                cards += u64::from(sums.text_chars);
            }
            Boilerplate::ArticleMeta => datelines += 1,
            _ => {}
        }
    }
    let names_article_body = || {
        parts.iter().any(|&part| {
            (part..dom.end(part)).any(|id| dom.attr(id, AttrName::Itemprop) == Some("articleBody"))
        })
    };
    cards as f32 > ITEMS_OVER_TEXT * total as f32
        && !(1..DATED_ITEMS_MIN).contains(&datelines)
        && !names_article_body()
}

/// `true` when the boxes of related items removed from `parts` hold more text than all
/// that is left there: a page of items whose items are named as related ones (a shop's
/// category page built from a product template's `related-product` block). Only asked on
/// a page that is not prose; an article's "Related posts" box beside its story stays out.
pub(crate) fn related_outweigh_rest(
    dom: &Dom,
    stats: &Stats,
    verdicts: &Verdicts,
    parts: &[NodeId],
) -> bool {
    let rest = text_left(dom, stats, verdicts, parts);
    let related: u64 = verdicts_within(dom, verdicts, parts)
        .filter(|v| v.kind == Boilerplate::RelatedPosts)
        .map(|v| u64::from(stats.sums(v.node).text_chars))
        .sum();
    related as f32 > RELATED_OVER_REST * rest as f32
}

/// `top`, then each wrapper above it that holds nothing else (its text is `top`'s),
/// [`JOIN_LEVELS`] in all at most: where a block set beside the body may sit.
fn sole_wrappers<'a>(
    dom: &'a Dom,
    clean: &'a [Clean],
    top: NodeId,
) -> impl Iterator<Item = NodeId> + 'a {
    std::iter::once(top)
        .chain(dom.ancestors(top))
        .take(JOIN_LEVELS)
        .take_while(move |&w| clean[w].text_chars == clean[top].text_chars)
}

/// The block before `top`, under the same parent, that holds the page's `h1` and the
/// text's opening paragraphs (a reference page's header: the title, then what the page is
/// about, with the body's sections after it in a block of their own). Or the block before
/// a wrapper of `top` that holds nothing else ([`JOIN_LEVELS`] up), when it holds less text
/// than `top` (a shop's welcome, its title and opening, beside the wrappers around its
/// grid of categories). `None` when there is none, or when its paragraphs are few or
/// mostly links (a hero's tagline, a menu).
fn title_intro(dom: &Dom, clean: &[Clean], removed: &[bool], top: NodeId) -> Option<NodeId> {
    for wrapper in sole_wrappers(dom, clean, top) {
        let Some(parent) = dom.parent(wrapper) else {
            break;
        };
        let intro = dom
            .children(parent)
            .take_while(|&c| c != wrapper)
            .filter(|&c| dom.element(c).is_some() && !removed[c])
            .find(|&c| (c..dom.end(c)).any(|n| dom.tag(n) == Some(Tag::H(1))));
        if let Some(intro) = intro {
            let c = clean[intro];
            return (c.paragraph_chars >= TITLE_INTRO_MIN_CHARS
                && c.link_density() <= JOIN_MAX_LINK_DENSITY
                && (wrapper == top || c.text_chars < clean[top].text_chars))
                .then_some(intro);
        }
    }
    None
}

/// The blocks just before the article body `top`, under its parent or beside a wrapper of
/// `top` that holds nothing else ([`JOIN_LEVELS`] up: the nearest level with any), named
/// as its opening ([`LEDE_NAMES`]: a standfirst, a summary, a one-line definition), each
/// plain text ([`LEDE_MIN_CHARS`] to [`LEDE_MAX_CHARS`], few links, no heading) ending a
/// sentence. Between them and the body only short blocks (a byline, share buttons, at
/// most [`LEDE_SKIPPED_MAX_CHARS`], a label row with its `h2` among them) or removed
/// ones: the search stops at the title's block (its `h1`) or one with more text, and
/// after [`LEDE_SIBLINGS_READ`] blocks with text.
fn ledes(dom: &Dom, clean: &[Clean], removed: &[bool], top: NodeId) -> Vec<NodeId> {
    sole_wrappers(dom, clean, top)
        .map(|wrapper| ledes_before(dom, clean, removed, wrapper))
        .find(|found| !found.is_empty())
        .unwrap_or_default()
}

/// The standfirsts just before `body` ([`ledes`]), under its parent.
fn ledes_before(dom: &Dom, clean: &[Clean], removed: &[bool], body: NodeId) -> Vec<NodeId> {
    let mut found = Vec::new();
    let before = std::iter::successors(dom.previous_sibling(body), |&c| dom.previous_sibling(c))
        .filter(|&c| dom.element(c).is_some() && clean[c].text_chars > 0)
        .take(LEDE_SIBLINGS_READ);
    for sib in before {
        let c = clean[sib];
        if removed[sib] {
            continue;
        }
        // The title's block ends the search; a label row with a heading of its own
        // ("Quick look") is judged by its size.
        if dom.end(sib) - sib > LEDE_MAX_NODES
            || (sib..dom.end(sib)).any(|n| dom.tag(n) == Some(Tag::H(1)))
        {
            break;
        }
        let named = dom
            .element(sib)
            .is_some_and(|e| crate::rules::names::ident_matches(&e.ident, LEDE_NAMES));
        let sentence = || {
            dom.collect_text(sib, |n| removed[n])
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?', '…'])
        };
        if named
            && (LEDE_MIN_CHARS..=LEDE_MAX_CHARS).contains(&c.text_chars)
            && c.link_density() <= JOIN_MAX_LINK_DENSITY
            && sentence()
        {
            found.push(sib);
        } else if c.text_chars > LEDE_SKIPPED_MAX_CHARS {
            break;
        }
    }
    found
}

/// Names of a block that opens an article's text ([`ledes`]).
const LEDE_NAMES: &[&str] = &[
    "intro",
    "introduction",
    "*summary",
    "standfirst",
    "dek",
    "deck",
    "lede",
    "excerpt",
    "subtitle",
    "definition",
    "abstract",
];

/// `true` when the link cluster `v` is a list of links set in the text: a `ul` or `ol` of
/// [`LIST_IN_TEXT_MIN_ITEMS`] items or more, or a grid of as many cards ([`list_items`]),
/// alone or in a wrapper of its own, introduced
/// by the text kept just before it (a heading over it, a paragraph ending with a colon,
/// or the paragraph that opens a section under its heading) and followed by more kept
/// text. A guide's "The next pages cover:" and its list,
/// a heading's list of references: the text's own. A menu or a teaser list stands apart,
/// at the edge of the content, or between paragraphs that do not announce it (a news
/// story's inline "more stories" list).
pub(crate) fn list_in_text(dom: &Dom, stats: &Stats, verdicts: &Verdicts, v: &Verdict) -> bool {
    let text = stats.sums(v.node).text_chars;
    let list = (v.node..v.end).find(|&n| {
        stats.sums(n).text_chars * 10 >= text * 9 && list_items(dom, n) >= LIST_IN_TEXT_MIN_ITEMS
    });
    let (Some(_), Some(parent)) = (list, dom.parent(v.node)) else {
        return false;
    };
    // The siblings with text just before and after it (the empty ones between passed over,
    // up to a bound), each kept or removed.
    let kept = |n: NodeId| verdicts.covering(n).is_none();
    let with_text = |c: &NodeId| dom.element(*c).is_some() && stats.sums(*c).text_chars > 0;
    let before = std::iter::successors(dom.previous_sibling(v.node), |&c| dom.previous_sibling(c))
        .take(LABEL_SIBLINGS_READ)
        .find(with_text);
    let after = std::iter::successors(Some(v.end), |&c| Some(dom.end(c).max(c + 1)))
        .take_while(|&c| c < dom.end(parent))
        .take(LABEL_SIBLINGS_READ)
        .find(with_text);
    // Introduced: a section's heading over the list (the page's title is the edge of the
    // content), a paragraph that ends with a colon, or the one paragraph that opens a
    // section under its heading.
    let section_heading = |n: NodeId| dom.tag(n).is_some_and(|t| t.is_heading() && t != Tag::H(1));
    let introduces = |n: NodeId| {
        section_heading(n)
            || (n..dom.end(n))
                .rev()
                .filter_map(|m| dom.text(m))
                .find(|t| !t.trim().is_empty())
                .is_some_and(|t| t.trim_end().ends_with(':'))
            || (dom.tag(n) == Some(Tag::P)
                && std::iter::successors(dom.previous_sibling(n), |&c| dom.previous_sibling(c))
                    .take(LABEL_SIBLINGS_READ)
                    .find(with_text)
                    .is_some_and(|h| kept(h) && section_heading(h)))
    };
    before.is_some_and(|b| kept(b) && introduces(b)) && after.is_some_and(kept)
}

/// `true` when the link cluster `v` is one card of a run: [`CARD_RUN_MIN`] or more
/// siblings with its tag and its whole `class`, at least half of them kept, with text. A
/// card has a heading, a class that is not only a layout grid's ([`class_signature`]), at
/// most [`CARD_MAX_CHARS`] of text and [`CARD_MAX_LINKS`] links, and is no list or table:
/// a blog index's post cards, whose shorter summaries leave some mostly links (title and
/// tags). A run of cards is content or not as a whole. Reads at most
/// [`LABEL_SIBLINGS_READ`] of the siblings.
pub(crate) fn card_of_kept_run(
    dom: &Dom,
    mask: &Mask,
    stats: &Stats,
    verdicts: &Verdicts,
    v: &Verdict,
) -> bool {
    let class = |id: NodeId| dom.attr(id, AttrName::Class).map(str::trim);
    let (Some(signature), Some(parent)) = (class(v.node), dom.parent(v.node)) else {
        return false;
    };
    let titled = (v.node + 1..v.end).any(|n| dom.tag(n).is_some_and(Tag::is_heading));
    if !titled
        || class_signature(dom, v.node).is_none()
        || stats.sums(v.node).text_chars > CARD_MAX_CHARS
        || stats.sums(v.node).links > CARD_MAX_LINKS
        || matches!(
            dom.tag(v.node),
            Some(Tag::Ul | Tag::Ol | Tag::Dl | Tag::Table)
        )
    {
        return false;
    }
    let (mut alike, mut kept) = (0, 0);
    for c in dom.children(parent).take(LABEL_SIBLINGS_READ) {
        if dom.tag(c) != dom.tag(v.node) || class(c) != Some(signature) {
            continue;
        }
        alike += 1;
        if !mask.hidden(c) && stats.sums(c).text_chars > 0 && verdicts.covering(c).is_none() {
            kept += 1;
        }
    }
    alike >= CARD_RUN_MIN && kept * 2 >= alike
}

/// The items of `n` as a list of links: the `li` of a `ul` or `ol`, or the links of a grid
/// of cards, each a link around its own heading (a guide's "Apple", "GitHub", "Slack", each
/// a card leading to its page). 0 for anything else.
fn list_items(dom: &Dom, n: NodeId) -> usize {
    match dom.tag(n) {
        Some(Tag::Ul | Tag::Ol) => dom
            .children(n)
            .filter(|&c| dom.tag(c) == Some(Tag::Li))
            .count(),
        Some(_) => {
            let card = |c: NodeId| {
                dom.tag(c) == Some(Tag::A)
                    && (c + 1..dom.end(c)).any(|m| dom.tag(m).is_some_and(Tag::is_heading))
            };
            let mut cards = 0;
            for c in dom.children(n).filter(|&c| dom.element(c).is_some()) {
                if !card(c) {
                    return 0;
                }
                cards += 1;
            }
            cards
        }
        None => 0,
    }
}

/// The page's `main`, when the content found is a part of it on a page that shows no sign
/// of an article (the caller asks when the page has no publication date): a landing page's
/// hero, features, testimonials and sign-up are all its text, not only the block that
/// scored best. `None` when a part lies outside the `main`; when the `main` holds an
/// `article` or an `articleBody` (a story's own container, which the parts already
/// follow) or code (a reference page, whose best block is its text); or when it holds more
/// than [`LANDING_MAIN_GROWTH`] times the parts' text (a `main` that wraps the whole page,
/// menus and all).
pub(crate) fn landing_main(
    dom: &Dom,
    stats: &Stats,
    verdicts: &Verdicts,
    parts: &[NodeId],
) -> Option<NodeId> {
    let &first = parts.first()?;
    let main = dom
        .ancestors(first)
        .find(|&a| dom.tag(a) == Some(Tag::Main))?;
    let story = (main..dom.end(main)).any(|n| {
        dom.tag(n) == Some(Tag::Article)
            || dom.tag(n) == Some(Tag::Pre)
            || dom
                .attr(n, AttrName::Itemprop)
                .is_some_and(|v| v.contains("articleBody"))
    });
    let inside = parts.iter().all(|&p| dom.contains(main, p) && p != main);
    let grows = text_left(dom, stats, verdicts, &[main]) as f32
        > LANDING_MAIN_GROWTH * text_left(dom, stats, verdicts, parts) as f32;
    (inside && !story && !grows).then_some(main)
}

/// The verdicts on nodes inside one of `parts`.
fn verdicts_within<'a>(
    dom: &'a Dom,
    verdicts: &'a Verdicts,
    parts: &'a [NodeId],
) -> impl Iterator<Item = &'a Verdict> + 'a {
    verdicts
        .iter()
        .filter(move |v| parts.iter().any(|&p| (p..dom.end(p)).contains(&v.node)))
}

/// The text of `parts` that their verdicts leave.
fn text_left(dom: &Dom, stats: &Stats, verdicts: &Verdicts, parts: &[NodeId]) -> u64 {
    let all: u64 = parts
        .iter()
        .map(|&p| u64::from(stats.sums(p).text_chars))
        .sum();
    let removed: u64 = verdicts_within(dom, verdicts, parts)
        .map(|v| u64::from(stats.sums(v.node).text_chars))
        .sum();
    all.saturating_sub(removed)
}

/// A shop's page of products with its prose below (buying advice written for search
/// engines): a grid of items that show prices, before `top` in the page and outside it,
/// is the content.
fn products_before(
    dom: &Dom,
    mask: &Mask,
    clean: &[Clean],
    removed: &[bool],
    body: NodeId,
    top: NodeId,
) -> Option<NodeId> {
    // Most pages show no price before their prose: told by one scan of the text there,
    // without looking for a grid.
    let priced = (body..top).any(|id| dom.text(id).is_some_and(|t| t.contains(PRICE_SIGNS)));
    if !priced {
        return None;
    }
    let text = |id: NodeId| ItemText {
        text_chars: clean[id].text_chars,
        link_chars: clean[id].link_chars,
    };
    let (grid, _) = item_grid(dom, body, removed, text)?;
    let before = dom.end(grid) <= top && !dom.contains(grid, top);
    (before && items_show_prices(dom, grid, |id| mask.hidden(id) || removed[id])).then_some(grid)
}

/// A page of items: a grid that holds much more text than the container `top` found is
/// the content, with `top` when the two sit close together (a collection's heading and
/// intro above its products). `top` itself otherwise.
fn take_grid(dom: &Dom, clean: &[Clean], removed: &[bool], body: NodeId, top: NodeId) -> NodeId {
    let text = |id: NodeId| ItemText {
        text_chars: clean[id].text_chars,
        link_chars: clean[id].link_chars,
    };
    let Some((grid, items_chars)) = item_grid(dom, body, removed, text) else {
        return top;
    };
    if (items_chars as f32) < GRID_OVER_CONTENT * clean[top].text_chars as f32
        || dom.contains(top, grid)
    {
        return top;
    }
    let common = dom
        .ancestors(top)
        .find(|&a| dom.contains(a, grid))
        .unwrap_or(body);
    let both = clean[top].text_chars + clean[grid].text_chars;
    if dom.contains(grid, top)
        || common == body
        || clean[common].text_chars as f32 > GRID_WITH_CONTENT_SLACK * both as f32
    {
        grid
    } else {
        common
    }
}

/// An article split over sections in wrappers of their own (page builders): the first
/// wrapper of `top` (itself included, [`JOIN_LEVELS`] up) whose siblings of the same kind
/// (same tag, same class) hold prose (paragraphs, not a caption or a highlights box) with
/// few links, and those siblings, in document order. `(top, [])` when there is none.
fn join_sections(
    dom: &Dom,
    stats: &Stats,
    clean: &[Clean],
    removed: &[bool],
    body: NodeId,
    top: NodeId,
) -> (NodeId, Vec<NodeId>) {
    for wrapper in std::iter::once(top)
        .chain(dom.ancestors(top))
        .take(JOIN_LEVELS)
    {
        let Some(parent) = dom.parent(wrapper) else {
            break;
        };
        if wrapper == body || parent == body || !dom.contains(body, parent) {
            break;
        }
        let Some(signature) = class_signature(dom, wrapper) else {
            continue;
        };
        let kin: Vec<NodeId> = dom
            .children(parent)
            .filter(|&sib| sib != wrapper && !removed[sib])
            .filter(|&sib| class_signature(dom, sib) == Some(signature))
            .filter(|&sib| {
                let c = clean[sib];
                stats.sums(sib).paragraphs >= JOIN_MIN_PARAGRAPHS
                    && c.paragraph_chars >= JOIN_MIN_PARAGRAPH_CHARS
                    && c.link_density() <= JOIN_MAX_LINK_DENSITY
            })
            .collect();
        if !kin.is_empty() {
            return (wrapper, kin);
        }
    }
    (top, Vec::new())
}

/// A landing page: sections side by side, the container `top` found holding less than
/// [`LANDING_PART_SHARE`] of the page's text. With the boilerplate out, the nearest
/// ancestor holding [`LANDING_WHOLE_SHARE`] of it (else the `body`) is the content.
fn widen_landing(dom: &Dom, clean: &[Clean], body: NodeId, top: NodeId) -> NodeId {
    let page = clean[body].text_chars as f32;
    if clean[top].text_chars as f32 >= LANDING_PART_SHARE * page {
        return top;
    }
    dom.ancestors(top)
        .take_while(|&a| a != body && dom.contains(body, a))
        .find(|&a| clean[a].text_chars as f32 >= LANDING_WHOLE_SHARE * page)
        .unwrap_or(body)
}

/// The page's own frame, outside any `article` or `main`, as node ranges: its footers
/// (`footer`, `role="contentinfo"`), whose legal notes and footnotes can outweigh a short
/// page's text, and its banners (a `header` or `role="banner"` holding the site's
/// navigation), whose promises ("Free shipping on all orders. Questions? Call us") can read
/// as the only prose of a page of items. Neither is ever the content. A `header` with no
/// navigation (a landing page's hero) is not the frame.
fn page_frame(dom: &Dom, body: NodeId) -> Vec<std::ops::Range<NodeId>> {
    let mut frame: Vec<std::ops::Range<NodeId>> = Vec::new();
    // Nodes before this one are inside an `article` or `main` (the arena is in document
    // order, so an ancestor's range covers its descendants).
    let mut story_end = 0;
    let mut id = body;
    while id < dom.end(body) {
        let tag = dom.tag(id);
        if matches!(tag, Some(Tag::Article | Tag::Main)) {
            story_end = story_end.max(dom.end(id));
        }
        let banner = (tag == Some(Tag::Header) || dom.role_is(id, "banner"))
            && (id + 1..dom.end(id))
                .any(|n| dom.tag(n) == Some(Tag::Nav) || dom.role_is(n, "navigation"));
        let footer = tag == Some(Tag::Footer) || dom.role_is(id, "contentinfo");
        if (footer || banner) && id >= story_end {
            frame.push(id..dom.end(id));
            // Footers and banners inside this one are part of it.
            id = dom.end(id).max(id + 1);
        } else {
            id += 1;
        }
    }
    frame
}

/// A page of sections (a service's hero, features, clients, FAQ): the container `top`
/// found is one of [`SECTION_GROUP_MIN`] or more headed sections side by side, each with
/// some text and few links, and holds under [`SECTION_GROUP_TOP_SHARE`] of their text (a
/// table, under [`SECTION_GROUP_TABLE_SHARE`]: a course page's schedule): the group is the
/// content.
/// An article's own container (`article`, `main`, `itemprop="articleBody"`) stays.
fn take_section_group(
    dom: &Dom,
    clean: &[Clean],
    removed: &[bool],
    body: NodeId,
    top: NodeId,
) -> NodeId {
    let own_body = matches!(dom.tag(top), Some(Tag::Article | Tag::Main))
        || dom.attr(top, AttrName::Itemprop) == Some("articleBody");
    if own_body {
        return top;
    }
    let section = |id: NodeId| {
        !removed[id]
            && clean[id].text_chars >= SECTION_MIN_CHARS
            && clean[id].link_density() < SECTION_MAX_LINK_DENSITY
            && (id + 1..dom.end(id))
                .take(SECTION_HEADING_SCAN)
                .any(|n| dom.tag(n).is_some_and(Tag::is_heading))
    };
    // A table is one section's schedule or reference, however much of the text it holds.
    let top_share = if matches!(dom.tag(top), Some(Tag::Table | Tag::Tbody)) {
        SECTION_GROUP_TABLE_SHARE
    } else {
        SECTION_GROUP_TOP_SHARE
    };
    dom.ancestors(top)
        .take_while(|&a| dom.contains(body, a))
        .take(SECTION_GROUP_LEVELS)
        .find(|&a| {
            (clean[top].text_chars as f32) < top_share * clean[a].text_chars as f32
                && dom
                    .children(a)
                    .take(SECTION_GROUP_MAX_CHILDREN)
                    .filter(|&c| section(c))
                    .count()
                    >= SECTION_GROUP_MIN
        })
        .unwrap_or(top)
}

/// An element's tag and first class that is not a layout grid's (`row`, `row-fluid`,
/// `col-md-8`, `container`): what the wrappers a page builder repeats for each section share.
fn class_signature(dom: &Dom, id: NodeId) -> Option<(Tag, &str)> {
    let layout = |c: &str| {
        matches!(c, "row" | "col" | "container" | "clearfix")
            || c.starts_with("col-")
            || c.starts_with("container-")
            || c.starts_with("row-")
    };
    let class = dom
        .attr(id, AttrName::Class)?
        .split_whitespace()
        .find(|c| !layout(c))?;
    Some((dom.tag(id)?, class))
}

/// `true` when the sibling `sib` of the article body `top` is a block of the body's own:
/// of its tag, with every class of its or its `id` (a CMS writes the text in blocks of one
/// name, an opening one set apart: `rich-text-block w-richtext`, then `rich-text-block
/// intro w-richtext`; `id="wtr-content"` twice), and text in paragraphs with few links.
fn shares_body_class(dom: &Dom, clean: &Clean, top: NodeId, sib: NodeId) -> bool {
    // The body's names, at most `BODY_NAMES_COMPARED` of them: each is looked for among
    // the sibling's, so a page of long class lists stays linear.
    let has_all = |name: AttrName| {
        let (Some(body), Some(own)) = (dom.attr(top, name), dom.attr(sib, name)) else {
            return false;
        };
        let names: Vec<&str> = body
            .split_ascii_whitespace()
            .take(BODY_NAMES_COMPARED + 1)
            .collect();
        (1..=BODY_NAMES_COMPARED).contains(&names.len())
            && names
                .iter()
                .all(|c| own.split_ascii_whitespace().any(|o| o == *c))
    };
    clean.paragraph_chars >= SIBLING_PARAGRAPH_MIN_CHARS
        && clean.paragraph_chars * 2 >= clean.text_chars
        && clean.link_density() <= JOIN_MAX_LINK_DENSITY
        && dom.tag(top) == dom.tag(sib)
        && (has_all(AttrName::Class) || has_all(AttrName::Id))
}

/// Most names of the body's `class` compared with a sibling's ([`shares_body_class`]): a
/// longer list is a utility framework's, which names no block.
const BODY_NAMES_COMPARED: usize = 16;

/// A sibling that is itself a paragraph of prose with few links.
fn reads_as_paragraph(dom: &Dom, stats: &Stats, clean: &Clean, id: NodeId) -> bool {
    if dom.tag(id) != Some(Tag::P) {
        return false;
    }
    let own = stats.own(id);
    let ld = clean.link_density();
    (own.text_chars > SIBLING_PARAGRAPH_MIN_CHARS && ld < SIBLING_PARAGRAPH_MAX_LINK_DENSITY)
        || (own.text_chars > 0 && ld == 0.0 && own.commas > 0)
}

/// Container names that say "content" or "not content", and semantic markup.
fn weight(dom: &Dom, id: NodeId) -> f32 {
    let Some(e) = dom.element(id) else { return 0.0 };
    let ident = &*e.ident;
    let mut w = 0.0;
    let names = |finder: &LazyLock<Option<AhoCorasick>>, words: &[&str]| match finder.as_ref() {
        Some(finder) => finder.is_match(ident),
        None => words.iter().any(|p| ident.contains(p)),
    };
    if !ident.is_empty() && names(&POSITIVE_FINDER, POSITIVE) {
        w += CLASS_WEIGHT;
    }
    if !ident.is_empty() && names(&NEGATIVE_FINDER, NEGATIVE) {
        w -= CLASS_WEIGHT;
    }
    if dom.attr(id, AttrName::Itemprop).is_some_and(|v| {
        v.split_whitespace()
            .any(|t| t == "articleBody" || t == "text")
    }) {
        w += SEMANTIC_WEIGHT;
    }
    if e.tag == Tag::Article {
        w += SEMANTIC_WEIGHT / 2.0;
    }
    w
}

/// Readability's positive container words, matched inside `id`/`class`.
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog",
    "story",
];
/// Readability's negative container words.
const NEGATIVE: &[&str] = &[
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "foot",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
];

/// [`POSITIVE`] and [`NEGATIVE`], each searched for in one pass over a name.
static POSITIVE_FINDER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| crate::rules::short_text_finder(POSITIVE));
static NEGATIVE_FINDER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| crate::rules::short_text_finder(NEGATIVE));

/// `true` for nodes never rendered or inside a boilerplate verdict.
pub(crate) fn removed_nodes(dom: &Dom, mask: &Mask, verdicts: &Verdicts) -> Vec<bool> {
    let mut removed: Vec<bool> = (0..dom.len()).map(|id| mask.hidden(id)).collect();
    for v in verdicts.iter() {
        for r in removed.iter_mut().take(v.end).skip(v.node) {
            *r = true;
        }
    }
    removed
}

fn clean_sums(dom: &Dom, stats: &Stats, removed: &[bool], tuning: &Tuning) -> Vec<Clean> {
    let n = dom.len();
    let mut clean = vec![Clean::default(); n];
    for (id, c) in clean.iter_mut().enumerate() {
        if removed.get(id).copied().unwrap_or(true) {
            continue;
        }
        if dom.text(id).is_some() {
            let s = stats.sums(id);
            c.text_chars = s.text_chars;
            c.link_chars = s.link_chars;
        }
        let own = stats.own(id).text_chars;
        if own >= tuning.min_paragraph_chars {
            c.paragraph_chars = own;
        }
    }
    for id in (1..n).rev() {
        if let Some(p) = dom.parent(id) {
            let c = clean[id];
            if let Some(pc) = clean.get_mut(p) {
                pc.text_chars = pc.text_chars.saturating_add(c.text_chars);
                pc.link_chars = pc.link_chars.saturating_add(c.link_chars);
                pc.paragraph_chars = pc.paragraph_chars.saturating_add(c.paragraph_chars);
            }
        }
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_footer_is_never_the_content() {
        // Footnotes in the page's footer outweigh a short product page, but are not it; a
        // footer inside an article is the article's.
        let note = "Testing was conducted in March, with preproduction units, and results may vary, as batteries age. ";
        let html = format!(
            "<body><div class=hero><h1>Pocket Lamp</h1><p>{}</p></div>\
             <footer><ol><li><p>{}</p></li><li><p>{}</p></li><li><p>{}</p></li></ol></footer></body>",
            "A lamp that fits in a pocket, lights a tent for a night, and charges by cable in an hour. ".repeat(2),
            note.repeat(3),
            note.repeat(3),
            note.repeat(3),
        );
        let dom = crate::dom::build(&html);
        let frame = page_frame(&dom, dom.find(Tag::Body).unwrap());
        assert_eq!(frame.len(), 1);
        let (_, _, located) = run(&dom);
        assert!(located.parts.iter().all(|&p| !frame[0].contains(&p)));

        let story =
            crate::dom::build("<body><article><p>Text.</p><footer>Notes</footer></article></body>");
        assert!(page_frame(&story, story.find(Tag::Body).unwrap()).is_empty());
    }

    #[test]
    fn a_list_that_outscores_its_article_is_part_of_it() {
        let dom = crate::dom::build(
            "<body><div class=entry><p>Intro.</p><div class=accordion><ul><li>Tip.</li></ul>\
             </div></div><div class=aside><p>Other.</p></div></body>",
        );
        let named = |class: &str| {
            (0..dom.len())
                .find(|&id| dom.attr(id, AttrName::Class) == Some(class))
                .unwrap()
        };
        let (entry, aside, list) = (named("entry"), named("aside"), dom.find(Tag::Ul).unwrap());
        // The body around the list scores nearly as well: it is the content.
        assert_eq!(list_holder(&dom, &[aside, entry], list), Some(entry));
        // A near-best candidate elsewhere holds nothing, and a best that is no list stays.
        assert_eq!(list_holder(&dom, &[aside], list), None);
        assert_eq!(
            list_holder(&dom, &[dom.find(Tag::Body).unwrap()], entry),
            None
        );
    }

    #[test]
    fn a_container_name_does_not_lift_a_block_of_links() {
        // A card that is one link holds its excerpt in `fs-body1` (a font-size class): the
        // name holds "body" and weighs as a container's, but its text is all link, so the
        // weight is damped with the score.
        let card = "<a href=/q><article><h3>Can a river run backwards?</h3><div \
                    class=fs-body1><p>Even rivers must heed the sands of time.</p></div>\
                    </article></a>";
        let html = format!(
            "<body><div class=latest>{card}</div><div class=lede><p>The river rose all \
             night, and by morning the lower town was under water.</p><p>Boats went out at \
             dawn, and the keeper counted them back in, one by one.</p></div></body>"
        );
        let dom = crate::dom::build(&html);
        let (_, _, located) = run(&dom);
        let lede = (0..dom.len())
            .find(|&id| dom.attr(id, AttrName::Class) == Some("lede"))
            .unwrap();
        assert_eq!(located.parts, [lede]);
    }

    #[test]
    fn the_site_banner_is_never_the_content() {
        // A shop's banner holds the only sentences of a page of product cards; the cards
        // are all links, but the banner's promise is not the page.
        let promise = "<p>Free shipping on all orders over fifty pounds, and questions answered \
                       by phone, every day, from eight in the morning.</p>";
        let card = |n: usize| {
            format!(
                "<li><a href=/p{n}><h3>Walnut desk lamp, model {n}</h3><span>£49</span></a></li>"
            )
        };
        let cards: String = (0..12).map(card).collect();
        let html = format!(
            "<body><header><nav><a href=/>Home</a> <a href=/lamps>Lamps</a></nav>{promise}\
             </header><ul class=products>{cards}</ul></body>"
        );
        let dom = crate::dom::build(&html);
        let frame = page_frame(&dom, dom.find(Tag::Body).unwrap());
        assert_eq!(frame.len(), 1);
        let (_, _, located) = run(&dom);
        assert!(located.parts.iter().all(|&p| !frame[0].contains(&p)));

        // A hero `header` with no navigation is the page's own opening.
        let hero = crate::dom::build(&format!("<body><header>{promise}</header></body>"));
        assert!(page_frame(&hero, hero.find(Tag::Body).unwrap()).is_empty());
    }

    /// The measures, verdicts and located content of `dom`, as the extractor finds them.
    fn run(dom: &Dom) -> (Stats, Verdicts, Located) {
        let tuning = Tuning::for_focus(crate::extractor::Focus::Balanced);
        let mask = crate::html::prune::prune(dom, crate::html::prune::Visibility::Rendered);
        let stats = crate::html::measure::measure(dom, &mask, &tuning);
        let verdicts = crate::html::classify::classify(dom, &mask, &stats, &tuning, &[]);
        let located = locate(dom, &mask, &stats, &verdicts, &tuning);
        (stats, verdicts, located)
    }

    /// Whether the located content of `html` is a page of cards.
    fn cards_outweigh(html: &str) -> bool {
        let dom = crate::dom::build(html);
        let (stats, verdicts, located) = run(&dom);
        items_outweigh_text(&dom, &stats, &verdicts, &located.parts)
    }

    #[test]
    fn the_title_block_beside_the_bodys_wrapper_opens_the_text() {
        let sentence = "The river rose all night, and by morning the ferry had stopped, the \
                        lower road was under water and the school was shut. ";
        let intro = |n: usize| {
            format!(
                "<div class=head><h1>Flood</h1><p>{}</p></div>",
                sentence.repeat(n)
            )
        };
        let page = |head: &str, beside: &str| {
            format!(
                "<div class=page>{head}<div class=outer><div class=body><p>{}</p><p>{}</p>\
                 </div>{beside}</div></div>",
                sentence.repeat(3),
                sentence.repeat(3)
            )
        };
        let found = |html: &str| {
            with_clean(html, |dom, clean, removed| {
                title_intro(dom, clean, removed, classed(dom, "body")) == Some(classed(dom, "head"))
            })
        };
        // The body's wrapper holds nothing else: the title block before it is the opening.
        assert!(found(&page(&intro(3), "")));
        // Near misses: the wrapper holds more than the body; the block is longer than the
        // body (a page of its own, not an opening).
        assert!(!found(&page(&intro(3), &format!("<p>{sentence}</p>"))));
        assert!(!found(&page(&intro(8), "")));
    }

    /// Runs `f` on the tree of `html`, its sums with the boilerplate out, and its removed
    /// nodes.
    fn with_clean<R>(html: &str, f: impl FnOnce(&Dom, &[Clean], &[bool]) -> R) -> R {
        let dom = crate::dom::build(html);
        let tuning = Tuning::for_focus(crate::extractor::Focus::Balanced);
        let mask = crate::html::prune::prune(&dom, crate::html::prune::Visibility::Rendered);
        let (stats, verdicts, _) = run(&dom);
        let removed = removed_nodes(&dom, &mask, &verdicts);
        let clean = clean_sums(&dom, &stats, &removed, &tuning);
        f(&dom, &clean, &removed)
    }

    /// The first element of `dom` whose class is `name`.
    fn classed(dom: &Dom, name: &str) -> NodeId {
        (0..dom.len())
            .find(|&id| dom.attr(id, AttrName::Class) == Some(name))
            .unwrap()
    }

    /// The texts of the standfirsts found before the block named `body` in `html`.
    fn standfirsts(html: &str) -> Vec<String> {
        with_clean(html, |dom, clean, removed| {
            ledes(dom, clean, removed, classed(dom, "body"))
                .into_iter()
                .map(|n| dom.collect_text(n, |_| false))
                .collect()
        })
    }

    #[test]
    fn a_standfirst_over_the_body_opens_the_text() {
        let page = |before: &str| {
            format!(
                "<div class=wrap><h1>Flood</h1>{before}<div class=body><p>The river rose all \
                 night, and by morning the ferry had stopped.</p></div></div>"
            )
        };
        let standfirst = "<div class=article-intro>The town spent the night on sandbags, and \
                          the river, as it does each spring, won again.</div>";
        // Passed over: a byline, and a label row with a heading of its own.
        for between in [
            "<div class=byline>By Ann Lee</div>",
            "<div class=row><h2>Quick look</h2></div>",
        ] {
            let found = standfirsts(&page(&format!("{standfirst}{between}")));
            assert_eq!(
                found,
                [
                    "The town spent the night on sandbags, and the river, as it does each spring, won again."
                ],
                "{between}"
            );
        }
        // Near misses: a block not named as an opening (an affiliate note), an opening
        // that is no sentence (a label), and one above a longer block.
        let note = "<div class=disclosure>We may earn a commission from links on this \
                    page, but we only recommend what we trust.</div>";
        let label = "<div class=summary>Flood, river, ferry, school, sandbags, hall, keeper \
                     and forecast</div>";
        let far = format!(
            "{standfirst}<div class=gallery-note>{}</div>",
            "Photos from readers along the river. ".repeat(5)
        );
        let over_title = format!("{standfirst}<div class=head><h1>Flood</h1></div>");
        let over_section = format!(
            "{standfirst}<div class=aside><h2>Tides</h2><p>{}</p></div>",
            "The tide tables for the month. ".repeat(5)
        );
        for before in [note, label, &far, &over_title, &over_section] {
            assert!(standfirsts(&page(before)).is_empty(), "{before}");
        }
    }

    #[test]
    fn a_standfirst_beside_the_bodys_wrapper_opens_the_text() {
        let body = "<div class=body><p>The river rose all night, and by morning the ferry \
                    had stopped.</p></div>";
        let page = |wrapped: &str| {
            format!(
                "<div class=wrap><h1>Flood</h1><div class=article-summary>The town spent the \
                 night on sandbags, and the river, as it does each spring, won again.</div>\
                 <div class=row>{wrapped}</div></div>"
            )
        };
        let html = page(&format!("<div class=col>{body}</div>"));
        let found = standfirsts(&html);
        assert_eq!(
            found,
            [
                "The town spent the night on sandbags, and the river, as it does each spring, won again."
            ]
        );
        // Near miss: the wrapper holds more than the body, so the summary is its.
        let shared = format!("<div class=col>{body}<p>Next: the harbour.</p></div>");
        assert!(standfirsts(&page(&shared)).is_empty());
    }

    #[test]
    fn an_opening_block_named_like_the_body_is_the_bodys() {
        let para = "The harbour wall held through the night, though the water came within a \
                    hand of its top, and the ferry ran again by noon. ";
        let body = format!("<p>{}</p>", para.repeat(3)).repeat(20);
        let page = |before: &str, after: &str| {
            format!(
                "<body><main><h1>Storm</h1>{before}<div class=\"rich-text w-richtext\">{body}\
                 </div>{after}</main><aside><a href=/a>A</a></aside></body>"
            )
        };
        let opening = "Residents of the lower town spent a second night away from home as \
                       the council kept its warning in place for the coast. The school stays \
                       shut and the buses run a Sunday timetable.";
        let parts = |html: &str| {
            let dom = crate::dom::build(html);
            let (_, _, located) = run(&dom);
            located
                .parts
                .iter()
                .map(|&p| dom.collect_text(p, |_| false))
                .collect::<Vec<_>>()
        };
        let found = parts(&page(
            &format!("<div class=\"rich-text lead-in w-richtext\"><p>{opening}</p></div>"),
            "",
        ));
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0], opening);
        // Near misses: a block of another name, one after the body (a call to action in
        // the body's style), one mostly links.
        let cta = "Want more coast news? Sign up for our Friday letter and get the tide \
                   tables and the ferry times in your inbox every week.";
        for (before, after) in [
            (
                format!("<div class=notice><p>{opening}</p></div>"),
                String::new(),
            ),
            (
                String::new(),
                format!("<div class=\"rich-text w-richtext\"><p>{cta}</p></div>"),
            ),
            (
                format!(
                    "<div class=\"rich-text w-richtext\"><p><a href=/1>{opening}</a></p></div>"
                ),
                String::new(),
            ),
        ] {
            assert_eq!(parts(&page(&before, &after)).len(), 1, "{before}{after}");
        }
    }

    /// How many cards (elements with a class) of `html` go as link clusters, and how many
    /// of them [`card_of_kept_run`] keeps.
    fn cards_kept(html: &str) -> (usize, usize) {
        let dom = crate::dom::build(html);
        let mask = crate::html::prune::prune(&dom, crate::html::prune::Visibility::Rendered);
        let (stats, verdicts, _) = run(&dom);
        let clusters: Vec<&Verdict> = verdicts
            .iter()
            .filter(|v| v.kind == Boilerplate::LinkCluster)
            .filter(|v| dom.attr(v.node, AttrName::Class).is_some())
            .collect();
        let kept = clusters
            .iter()
            .filter(|v| card_of_kept_run(&dom, &mask, &stats, &verdicts, v))
            .count();
        (clusters.len(), kept)
    }

    #[test]
    fn a_card_goes_or_stays_with_its_run() {
        let card = |class: &str, title: &str, summary: &str| {
            format!(
                "<div class=\"{class}\"><a href=/{title}><h3>{title}</h3></a><p>{summary}</p>\
                 <div><a href=/t/a>Data</a> <a href=/t/b>Mobile</a> <a href=/t/c>Design</a></div>\
                 </div>"
            )
        };
        let long = "We moved ticket checks onto the device, with signed passes that verify \
                    without a network, since phones lose signal a mile out of the harbour.";
        let page = |cards: &[String]| {
            format!(
                "<main><h1>Engineering</h1><section>{}</section></main>",
                cards.concat()
            )
        };
        // Three of four post cards keep their summaries: the short one is a card too.
        let run = [
            card("post-card", "Caches", long),
            card("post-card", "Tickets", long),
            card("post-card", "Tides", "Two lessons."),
            card("post-card", "On-call", long),
        ];
        assert_eq!(cards_kept(&page(&run)), (1, 1));
        // With its picture linked and five tags (seven links) too, but not with seven.
        let tagged = |tags: usize| {
            let links: String = (0..tags)
                .map(|n| format!("<a href=/t/{n}>Tag {n}</a> "))
                .collect();
            card("post-card", "Tides", "Two lessons.").replace(
                "<div><a href=/t/a>Data</a> <a href=/t/b>Mobile</a> <a href=/t/c>Design</a></div>",
                &format!("<a href=/Tides><img src=t.png></a><div>{links}</div>"),
            )
        };
        let mut run = run.clone();
        run[2] = tagged(5);
        assert_eq!(cards_kept(&page(&run)), (1, 1));
        run[2] = tagged(7);
        assert_eq!(cards_kept(&page(&run)), (1, 0));
        // Near misses: most of the run goes as links; the short card is one of three only;
        // its siblings share no class with it; it has no heading.
        let mostly_links = [
            card("post-card", "Caches", long),
            card("post-card", "Tickets", "Short."),
            card("post-card", "Tides", "Two lessons."),
            card("post-card", "On-call", "Brief."),
        ];
        let three = [
            card("post-card", "Caches", long),
            card("post-card", "Tickets", long),
            card("post-card", "Tides", "Two lessons."),
        ];
        let unlike = [
            card("post-card", "Caches", long),
            card("post-card", "Tickets", long),
            card("promo-card", "Tides", "Two lessons."),
            card("post-card", "On-call", long),
        ];
        let untitled = [
            card("post-card", "Caches", long),
            card("post-card", "Tickets", long),
            card("post-card", "Tides", "Two lessons.").replace("h3", "span"),
            card("post-card", "On-call", long),
        ];
        for cards in [&mostly_links[..], &three, &unlike, &untitled] {
            let (clusters, kept) = cards_kept(&page(cards));
            assert!(clusters > 0 && kept == 0, "{clusters} {kept} {cards:?}");
        }
    }

    #[test]
    fn cards_outweigh_an_intro_but_not_an_article() {
        let intro = "<p>Everything on one tray and into a hot oven, dinner is ready before the \
                     table is set, with vegetables that roast beside the meat.</p>";
        let card = |n: usize| {
            format!(
                "<li><a href=/r{n}><h3>Lemon chicken thighs number {n} with crispy \
                 potatoes</h3><span>84 reviews / 5 average</span></a></li>"
            )
        };
        let row = |from: usize| {
            format!(
                "<ul class=row>{}</ul>",
                (from..from + 3).map(card).collect::<String>()
            )
        };
        let cards = format!("{}{}{}", row(0), row(3), row(6));
        let index = format!("<body><main><h1>Suppers</h1>{intro}{intro}{cards}</main></body>");
        assert!(cards_outweigh(&index));
        // The same cards beside a story that names its body are the story's teasers.
        let story = format!(
            "<body><main><h1>Suppers</h1><div itemprop=articleBody>{intro}{intro}</div>\
             {cards}</main></body>"
        );
        assert!(!cards_outweigh(&story));
        // A menu's one or two words per link are no cards.
        let menu = (0..30)
            .map(|n| format!("<li><a href=/m{n}>Menu {n}</a></li>"))
            .collect::<String>();
        let page =
            format!("<body><main><h1>Suppers</h1>{intro}{intro}<ul>{menu}</ul></main></body>");
        assert!(!cards_outweigh(&page));
    }

    /// Whether `products_before` finds a grid of products before the `div.seo` of `html`.
    fn products_before_seo(html: &str) -> bool {
        let dom = crate::dom::build(html);
        let tuning = Tuning::for_focus(crate::extractor::Focus::Balanced);
        let mask = crate::html::prune::prune(&dom, crate::html::prune::Visibility::Rendered);
        let stats = crate::html::measure::measure(&dom, &mask, &tuning);
        let verdicts = crate::html::classify::classify(&dom, &mask, &stats, &tuning, &[]);
        let removed = removed_nodes(&dom, &mask, &verdicts);
        let clean = clean_sums(&dom, &stats, &removed, &tuning);
        let body = dom.find(Tag::Body).unwrap();
        let seo = (0..dom.len())
            .find(|&id| dom.attr(id, AttrName::Class) == Some("seo"))
            .unwrap();
        products_before(&dom, &mask, &clean, &removed, body, seo).is_some()
    }

    #[test]
    fn a_shops_products_come_before_its_buying_advice() {
        let advice = "<div class=seo><p>Merino base layers move sweat away from the skin on \
                      the climb, and a fleece keeps the warmth in when you stop.</p></div>";
        let grid = |note: &str| {
            let item = |n: usize| {
                format!(
                    "<li class=tile><a href=/p{n}>Ridgeline tee {n}</a><span>Charcoal, \
                     three colours</span><span>{note}</span></li>"
                )
            };
            format!(
                "<ul class=grid>{}</ul>",
                (0..8).map(item).collect::<String>()
            )
        };
        let page = |first: &str, second: &str| format!("<body><main>{first}{second}</main></body>");
        assert!(products_before_seo(&page(&grid("$48"), advice)));
        assert!(products_before_seo(&page(&grid("19,99 €"), advice)));
        // Near misses: items without prices (a list of posts), and products after the
        // prose (a story's "shop the look").
        assert!(!products_before_seo(&page(&grid("Sizes S to XL"), advice)));
        assert!(!products_before_seo(&page(advice, &grid("$48"))));
    }

    #[test]
    fn sections_nested_deep_in_a_page_builder_are_joined() {
        // Each section sits seven wrappers deep (section > row > column > module > ...).
        let para = "<p>Money invested early grows for longer, because the returns earn returns \
                    of their own, and fees matter more over decades than any tip.</p>";
        let section = |n: usize| {
            format!(
                "<div class=\"dnd-section row-{n}\"><div class=row-fluid><div class=\"span12 \
                 dnd-column\"><div class=dnd-row><div class=row-fluid><div class=dnd-module>\
                 <div class=rich-text><span class=module-text id=s{n}>{para}{para}</span></div>\
                 </div></div></div></div></div></div>"
            )
        };
        let html = format!(
            "<body><div id=page>{}{}{}</div></body>",
            section(1),
            section(2),
            section(3)
        );
        let dom = crate::dom::build(&html);
        let tuning = Tuning::for_focus(crate::extractor::Focus::Balanced);
        let mask = crate::html::prune::prune(&dom, crate::html::prune::Visibility::Rendered);
        let stats = crate::html::measure::measure(&dom, &mask, &tuning);
        let removed = vec![false; dom.len()];
        let clean = clean_sums(&dom, &stats, &removed, &tuning);
        let body = dom.find(Tag::Body).unwrap();
        let top = (0..dom.len())
            .find(|&id| dom.attr(id, AttrName::Id) == Some("s2"))
            .unwrap();
        let (wrapper, kin) = join_sections(&dom, &stats, &clean, &removed, body, top);
        assert_eq!(
            kin.len(),
            2,
            "joined at {:?}",
            dom.element(wrapper).map(|e| &e.ident)
        );
    }

    #[test]
    fn a_long_faq_is_one_section_of_a_landing_page() {
        // The FAQ is the page's only prose and holds over half of its text, five wrappers
        // below the page's sections: the sections together are the content.
        let section = |name: &str| {
            format!(
                "<section class={name}><h2>Why {name}</h2><p>Licensed therapists answer within \
                 a day, sessions fit around work, and plans start at a fair monthly price \
                 for {name}.</p></section>"
            )
        };
        let answer = "<h3>Can I switch?</h3><p>Yes, at any time, at no cost, from your \
                      account page, and your new therapist reads your history, with your \
                      consent, before the first session.</p>";
        let html = format!(
            "<body><main>{}{}{}{}<div><section class=faq><div class=wrap><div class=list>\
             <div id=faq>{}</div></div></div></section></div></main></body>",
            section("hero"),
            section("steps"),
            section("plans"),
            section("reviews"),
            answer.repeat(4)
        );
        let dom = crate::dom::build(&html);
        let (stats, _, located) = run(&dom);
        let faq = (0..dom.len())
            .find(|&id| dom.attr(id, AttrName::Id) == Some("faq"))
            .unwrap();
        let share = stats.sums(faq).text_chars as f32
            / stats.sums(dom.find(Tag::Main).unwrap()).text_chars as f32;
        assert!((0.5..SECTION_GROUP_TOP_SHARE).contains(&share), "{share}");
        let hero = dom.find(Tag::Section).unwrap();
        assert!(located.parts.iter().any(|&p| dom.contains(p, hero)));
    }

    #[test]
    fn layout_classes_are_not_a_section_kind() {
        let dom = crate::dom::build(
            "<div class=\"row article-header\"></div><div class=\"col-sm-12 wpb_wrapper\"></div>\
             <section class=\"guide-section section-2\"></section><div class=row></div>",
        );
        let signatures: Vec<_> = (0..dom.len())
            .filter(|&id| dom.element(id).is_some_and(|e| !e.ident.is_empty()))
            .map(|id| class_signature(&dom, id).map(|(_, class)| class))
            .collect();
        assert_eq!(
            signatures,
            [
                Some("article-header"),
                Some("wpb_wrapper"),
                Some("guide-section"),
                None
            ]
        );
    }
}

#[cfg(test)]
mod debug {
    use super::*;
    use crate::extractor::Focus;
    use crate::html::{classify::classify, measure::measure, prune::prune};

    #[test]
    #[ignore = "debugging aid: UNBOIL_PAGE=/path/page.html cargo test debug_page -- --ignored --nocapture"]
    fn debug_page() {
        let Ok(path) = std::env::var("UNBOIL_PAGE") else {
            return;
        };
        let html = std::fs::read_to_string(path).unwrap();
        let dom = crate::dom::build(&html);
        let tuning = Tuning::for_focus(Focus::Balanced);
        let mask = prune(&dom, crate::html::prune::Visibility::Rendered);
        let stats = measure(&dom, &mask, &tuning);
        let verdicts = classify(&dom, &mask, &stats, &tuning, &[]);
        for v in verdicts.iter() {
            let e = dom.element(v.node).unwrap();
            eprintln!(
                "verdict {} {:?} {} chars={}",
                v.rule,
                e.tag,
                e.ident,
                stats.sums(v.node).text_chars
            );
        }
        let mut located = locate(&dom, &mask, &stats, &verdicts, &tuning);
        if !located.prose {
            let items = crate::html::classify::reclassify_without(
                &dom,
                &mask,
                &stats,
                &tuning,
                &verdicts,
                Boilerplate::LinkCluster,
                &[Boilerplate::RelatedPosts],
            );
            for v in items.iter() {
                eprintln!(
                    "again {} {:?}",
                    v.rule,
                    dom.element(v.node).map(|e| &e.ident)
                );
            }
            located = locate(&dom, &mask, &stats, &items, &tuning);
        }
        eprintln!(
            "prose={} items_outweigh={}",
            located.prose,
            items_outweigh_text(&dom, &stats, &verdicts, &located.parts)
        );
        for &p in &located.parts {
            let e = dom.element(p).unwrap();
            let chain: Vec<String> = dom
                .ancestors(p)
                .take(4)
                .map(|a| {
                    format!(
                        "{:?}.{}",
                        dom.tag(a),
                        dom.element(a).map_or("", |e| &e.ident)
                    )
                })
                .collect();
            eprintln!(
                "part {:?} {} chars={} up={:?}",
                e.tag,
                e.ident,
                stats.sums(p).text_chars,
                chain
            );
        }
        eprintln!(
            "body chars={}",
            stats.sums(dom.find(Tag::Body).unwrap()).text_chars
        );
        let clean = clean_sums(
            &dom,
            &stats,
            &removed_nodes(&dom, &mask, &verdicts),
            &tuning,
        );
        // An element's tag and names, text and paragraph characters, links and verdict.
        let describe = |id: NodeId| {
            format!(
                "{:?}.{} chars={} clean={} para={} ld={:.2} verdict={:?}",
                dom.tag(id),
                dom.element(id).map_or("", |e| &e.ident),
                stats.sums(id).text_chars,
                clean[id].text_chars,
                clean[id].paragraph_chars,
                clean[id].link_density(),
                verdicts.covering(id).map(|v| v.rule),
            )
        };
        // UNBOIL_TREE=name: the subtree of the first element so named, 4 levels deep.
        if let Ok(name) = std::env::var("UNBOIL_TREE") {
            let root = (0..dom.len())
                .find(|&id| dom.element(id).is_some_and(|e| e.ident.contains(&*name)));
            let mut stack: Vec<(NodeId, usize)> = root.into_iter().map(|r| (r, 0)).collect();
            while let Some((id, depth)) = stack.pop() {
                if stats.sums(id).text_chars == 0 {
                    continue;
                }
                eprintln!(
                    "{}{} hidden={}",
                    "  ".repeat(depth),
                    describe(id),
                    mask.hidden(id)
                );
                if depth < 4 {
                    let kids: Vec<NodeId> = dom
                        .children(id)
                        .filter(|&c| dom.element(c).is_some())
                        .collect();
                    stack.extend(kids.into_iter().rev().map(|c| (c, depth + 1)));
                }
            }
        }
        // UNBOIL_FIND=words: where those words sit relative to the parts.
        let Ok(needle) = std::env::var("UNBOIL_FIND") else {
            return;
        };
        let in_text = |id: NodeId| dom.text(id).is_some_and(|t| t.contains(&needle));
        let unread = |id: NodeId| {
            dom.ancestors(id)
                .any(|a| matches!(dom.tag(a), Some(Tag::Script | Tag::Title | Tag::Style)))
        };
        let Some(hit) = (0..dom.len())
            .find(|&id| in_text(id) && !unread(id))
            .or_else(|| (0..dom.len()).find(|&id| in_text(id)))
        else {
            eprintln!("find: not in any text node");
            return;
        };
        let hidden = dom.ancestors(hit).find(|&a| mask.hidden(a));
        let verdict = dom
            .ancestors(hit)
            .find_map(|a| verdicts.covering(a))
            .map(|v| {
                format!(
                    "{}@{:?}.{}",
                    v.rule,
                    dom.tag(v.node),
                    dom.element(v.node).map_or("", |e| &e.ident)
                )
            });
        let lca = dom
            .ancestors(hit)
            .enumerate()
            .find(|&(_, a)| located.parts.iter().any(|&p| dom.contains(a, p)));
        if let Some((_, a)) = lca {
            // The children of the common ancestor: where the words sit beside the parts.
            for c in dom.children(a).filter(|&c| dom.element(c).is_some()) {
                let mark = if dom.contains(c, hit) {
                    "<- words"
                } else if located.parts.iter().any(|&p| dom.contains(c, p)) {
                    "<- part"
                } else {
                    ""
                };
                eprintln!("  child {} {mark}", describe(c));
            }
        }
        let inside = located.parts.iter().any(|&p| dom.contains(p, hit));
        eprintln!(
            "FIND inside={inside} hidden={:?} verdict={:?} lca={:?}",
            hidden.map(|h| format!(
                "{:?}.{}",
                dom.tag(h),
                dom.element(h).map_or("", |e| &e.ident)
            )),
            verdict,
            lca.map(|(lvl, a)| format!(
                "up{lvl} {:?}.{} chars={}",
                dom.tag(a),
                dom.element(a).map_or("", |e| &e.ident),
                stats.sums(a).text_chars
            )),
        );
    }
}
