//! The publication and update dates: declared sources in order of trust, then dates
//! written for people by the title, in date-named elements and at the start of the content.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::date;
use super::jsonld;
use super::{Metas, first_attr};
use crate::dom::{AttrName, Dom, NodeId, Tag};
use crate::tuning::{
    DATE_CONTENT_HEAD_CHARS, DATE_ELEMENT_MAX_NODES, DATE_HEADER_LEVELS, DATE_HEADER_MAX_NODES,
    DATE_NEAR_TITLE_CHARS,
};

/// `<meta>` keys naming the publication date, most trusted first.
const PUBLISHED_META_KEYS: &[&str] = &[
    "article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "citation_publication_date",
    "citation_date",
    "dcterms.date",
    "dcterms.created",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "published-date",
    "publication_date",
    "publication-date",
    "published",
    "sailthru.date",
    "parsely-pub-date",
    "ms.date",
];

/// `<meta>` keys naming the date of the last update, most trusted first.
const MODIFIED_META_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "modified-date",
    "updated",
];

/// The date of the last update: JSON-LD `dateModified`, the meta keys, then
/// `itemprop="dateModified"`.
pub(super) fn modified_date(dom: &Dom, metas: &Metas, ld: &jsonld::LinkedData) -> Option<String> {
    let parsed = |raw: Option<String>| raw.as_deref().and_then(date::parse_any);
    parsed(ld.date_modified.clone())
        .or_else(|| {
            MODIFIED_META_KEYS
                .iter()
                .find_map(|key| parsed(metas.get(&[key])))
        })
        .or_else(|| itemprop_date(dom, "dateModified"))
}

/// The first microdata date named `prop` (`<meta itemprop=… content>`, `<time itemprop=…
/// datetime>`).
fn itemprop_date(dom: &Dom, prop: &str) -> Option<String> {
    first_attr(
        dom,
        |id| dom.attr(id, AttrName::Itemprop) == Some(prop),
        &[AttrName::Content, AttrName::Datetime],
    )
    .as_deref()
    .and_then(date::parse_any)
}

/// The publication date the page declares, from the most trusted source that gives a
/// plausible one (each source is checked on its own, so a broken value does not hide the
/// next): JSON-LD `datePublished`, the meta keys, `itemprop="datePublished"`, page-state
/// JSON in scripts, the first `<time datetime>`, the date in the page URL's path
/// (`url_date`, `/2024/05/06/`).
pub(super) fn declared_published(
    dom: &Dom,
    metas: &Metas,
    ld: &jsonld::LinkedData,
    url_date: Option<String>,
) -> Option<String> {
    let parsed = |raw: Option<String>| raw.as_deref().and_then(date::parse_any);
    parsed(ld.date_published.clone())
        .or_else(|| {
            PUBLISHED_META_KEYS
                .iter()
                .find_map(|key| parsed(metas.get(&[key])))
        })
        .or_else(|| itemprop_date(dom, "datePublished"))
        .or_else(|| script_date(dom))
        .or_else(|| {
            (0..dom.len())
                .filter(|&id| dom.tag(id) == Some(Tag::Time))
                .find_map(|id| dom.attr(id, AttrName::Datetime).and_then(date::parse_any))
        })
        .or(url_date)
}

/// The publication date: the `declared` one; without it, a date written by a title
/// heading (`headings`, most likely first), then in an element named for dates, then at
/// the start of the content. A declared date equal to the `modified` date yields to an
/// earlier date written by the title.
pub(super) fn published_date(
    dom: &Dom,
    hidden: &impl Fn(NodeId) -> bool,
    declared: Option<String>,
    modified: Option<&str>,
    content: &[NodeId],
    headings: &[NodeId],
) -> Option<String> {
    let by_title = || {
        headings
            .iter()
            .find_map(|&heading| title_area_date(dom, hidden, heading))
    };
    // A declared publication date that is also the update date may be a stamp of the
    // last save, not of the publication: an earlier date written by the title wins over
    // it. (ISO dates compare as strings.)
    if declared.is_some() && declared.as_deref() == modified {
        return by_title()
            .filter(|written| Some(written.as_str()) < declared.as_deref())
            .or(declared);
    }
    declared
        .or_else(by_title)
        .or_else(|| visible_date(dom, hidden, content))
}

/// Keys under which page-state JSON in scripts (not JSON-LD) stores the publication date.
const SCRIPT_DATE_KEYS: &[&str] = &[
    "datePublished",
    "publishDate",
    "publishedAt",
    "published_at",
    "publishedDate",
    "first_publication_date",
    "publicationDate",
    "postDate",
    "pubDate",
    "date_published",
    "date",
];

/// One pass over script text for every key of [`SCRIPT_DATE_KEYS`], the longest key
/// first where keys overlap (`date_published` before `date`).
static SCRIPT_DATE_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(SCRIPT_DATE_KEYS)
        .ok()
});

/// The first script holding a publication date in page-state JSON
/// (`"publishedAt":"2025-10-20T13:08:55"`, escaped quotes allowed), by the first key of
/// [`SCRIPT_DATE_KEYS`] it has. One pass over each script's text, which is not copied.
fn script_date(dom: &Dom) -> Option<String> {
    let finder = SCRIPT_DATE_FINDER.as_ref()?;
    (0..dom.len())
        .filter(|&id| dom.tag(id) == Some(Tag::Script))
        .find_map(|id| {
            dom.children(id)
                .filter_map(|child| dom.text(child))
                .find_map(|text| keyed_script_date(finder, text))
        })
}

/// The date after the most trusted key found in `text`, by [`SCRIPT_DATE_KEYS`] order.
fn keyed_script_date(finder: &AhoCorasick, text: &str) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for found in finder.find_iter(text) {
        let key = found.pattern().as_usize();
        if best.as_ref().is_some_and(|(best_key, _)| *best_key <= key) {
            continue;
        }
        // A whole key: `"update"` does not hold the key `date`.
        let before = text[..found.start()].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = text.get(found.end()..).unwrap_or("");
        let value = rest.trim_start_matches(['"', '\\', '\'', ':', ' ', '\t', '\n', '\r']);
        // The value must follow the key closely: `"key":"`, `\"key\":\"`.
        if rest.len() - value.len() > 8 {
            continue;
        }
        if let Some(date) = value.get(..10).and_then(date::normalize) {
            if key == 0 {
                return Some(date);
            }
            best = Some((key, date));
        }
    }
    best.map(|(_, date)| date)
}

/// Every part a date-named element's `id`/`class` has (see `visible_date`).
static DATE_NAME_PARTS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    crate::rules::short_text_finder(&["meta", "byline", "date", "time", "posted", "published"])
});

/// A date written for people away from the title: in a short element named for dates or
/// bylines (`post-date`, `entry-meta`, `byline`), then at the start of the main content.
fn visible_date(dom: &Dom, hidden: &impl Fn(NodeId) -> bool, content: &[NodeId]) -> Option<String> {
    let dated = |id: NodeId| {
        dom.end(id) - id <= DATE_ELEMENT_MAX_NODES
            && dom.element(id).is_some_and(|e| {
                // Whole words ("meta", "byline") or parts of compound names
                // ("publicationTime", "dateAndAuthor", "post-date"); one pass over the
                // name first, since most names hold none of these.
                DATE_NAME_PARTS
                    .as_ref()
                    .is_none_or(|parts| parts.is_match(&*e.ident))
                    && e.ident.split(|c: char| !c.is_alphanumeric()).any(|w| {
                        matches!(w, "meta" | "byline")
                            || w.contains("date")
                            || w.starts_with("time")
                            || w.ends_with("time")
                            || w.contains("posted")
                            || w.contains("published")
                    })
            })
            && !hidden(id)
    };
    (0..dom.len())
        .filter(|&id| dated(id))
        .find_map(|id| date::find_visible(&dom.collect_text(id, hidden)))
        .or_else(|| {
            let first = content.first()?;
            let text = dom.collect_text_prefix(*first, hidden, 4 * DATE_CONTENT_HEAD_CHARS);
            let head: String = text.chars().take(DATE_CONTENT_HEAD_CHARS).collect();
            date::find_visible(&head)
        })
}

/// A date written by the title heading: in the article's header (the heading's near
/// ancestors, just after the title, then just before it), then anywhere in the text that
/// follows the heading, or precedes it, within [`DATE_NEAR_TITLE_CHARS`].
fn title_area_date(dom: &Dom, hidden: &impl Fn(NodeId) -> bool, heading: NodeId) -> Option<String> {
    let title = dom.collect_text(heading, hidden);
    dom.ancestors(heading)
        .take(DATE_HEADER_LEVELS)
        .take_while(|&a| dom.end(a) - a <= DATE_HEADER_MAX_NODES)
        .find_map(|a| {
            let text = dom.collect_text(a, hidden);
            let (before, after) = text
                .split_once(title.as_str())
                .unwrap_or(("", text.as_str()));
            let head: String = after.chars().take(DATE_CONTENT_HEAD_CHARS).collect();
            let tail_start = before
                .char_indices()
                .rev()
                .nth(DATE_CONTENT_HEAD_CHARS)
                .map_or(0, |(i, _)| i);
            date::find_visible(&head)
                .or_else(|| date::find_visible(before.get(tail_start..).unwrap_or("")))
        })
        .or_else(|| date_near_title(dom, hidden, heading))
}

/// A date written in the visible text that follows the title heading in document order,
/// wherever the page's markup puts it (after a subtitle, a lead image, a byline), within
/// [`DATE_NEAR_TITLE_CHARS`] of text; then in as much text just before the heading.
fn date_near_title(dom: &Dom, hidden: &impl Fn(NodeId) -> bool, heading: NodeId) -> Option<String> {
    let (before, after) = near_title_text(dom, hidden, heading);
    date::find_visible(&after).or_else(|| date::find_visible(&before))
}

/// Up to [`DATE_NEAR_TITLE_CHARS`] of visible text just before the heading, and as much
/// just after it.
fn near_title_text(
    dom: &Dom,
    hidden: &impl Fn(NodeId) -> bool,
    heading: NodeId,
) -> (String, String) {
    let visible_text = |id: NodeId| dom.text(id).filter(|_| !hidden(id));
    let mut after = String::new();
    for id in dom.end(heading)..dom.len() {
        if after.len() >= DATE_NEAR_TITLE_CHARS {
            break;
        }
        if let Some(text) = visible_text(id) {
            after.push_str(text);
            after.push(' ');
        }
    }
    let mut before: Vec<&str> = Vec::new();
    let mut budget = DATE_NEAR_TITLE_CHARS;
    for id in (0..heading).rev() {
        if budget == 0 {
            break;
        }
        if let Some(text) = visible_text(id) {
            budget = budget.saturating_sub(text.len());
            before.push(text);
        }
    }
    before.reverse();
    (before.join(" "), after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_state_json_dates_are_read() {
        let dom = crate::dom::build(
            "<script>window.__STATE__={\"slug\":\"x\",\"publishedAt\":\"2025-10-20T13:08:55\"}</script>",
        );
        assert_eq!(script_date(&dom).as_deref(), Some("2025-10-20"));
        let far = crate::dom::build(
            "<script>var publishedAt = compute(); var other = \"2025-10-20\";</script>",
        );
        assert_eq!(script_date(&far), None);
        // `date` is the least trusted key, and only a whole key.
        let both = crate::dom::build(
            "<script>{\"update\":\"2025-11-01\",\"date\":\"2025-10-20\",\"publishDate\":\"2025-10-19\"}</script>",
        );
        assert_eq!(script_date(&both).as_deref(), Some("2025-10-19"));
        let part = crate::dom::build("<script>{\"lastupdate\":\"2025-11-01\"}</script>");
        assert_eq!(script_date(&part), None);
    }
}
