//! The byline: visible bylines, microdata authors, and the cleanup every source's value
//! goes through (labels, roles, entities, names that name no one).

use crate::dom::{AttrName, Dom, NodeId, Tag};
use crate::rules::lexicon;
use crate::tuning::{BYLINE_ELEMENT_MAX_NODES, BYLINE_MAX_WORDS};

/// The visible byline: `rel="author"`, `itemprop="author"`, a link to an author page, or a
/// short element named `byline` / `author`; failing those, a short line that opens with
/// "By" ("By Jane Doe | April 5, 2024").
pub(super) fn visible_byline(dom: &Dom, hidden: &impl Fn(NodeId) -> bool) -> Option<String> {
    let marked = |id: NodeId| {
        dom.attr(id, AttrName::Rel)
            .is_some_and(|r| r.split_whitespace().any(|t| t == "author"))
            || dom
                .attr(id, AttrName::Itemprop)
                .is_some_and(|p| p == "author")
            || (dom.tag(id) == Some(Tag::A)
                && dom.attr(id, AttrName::Href).is_some_and(|h| {
                    // One search for the pieces' common start before the pieces.
                    (h.contains("/aut") || h.contains("/writer"))
                        && AUTHOR_PATHS.iter().any(|p| h.contains(p))
                }))
            || dom.element(id).is_some_and(|e| {
                e.ident
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| matches!(w, "byline" | "author" | "fn" | "username"))
            })
    };
    let short = |id: NodeId| dom.end(id) - id <= BYLINE_ELEMENT_MAX_NODES && !hidden(id);
    (0..dom.len())
        .filter(|&id| short(id) && marked(id))
        .filter_map(|id| first_name_text(dom, hidden, id))
        .find(|t| t.chars().count() <= 80 && !t.chars().any(|c| c.is_ascii_digit()))
        .or_else(|| {
            (0..dom.len())
                .filter(|&id| {
                    short(id)
                        && dom.tag(id).is_some_and(|t| t.is_block() || t == Tag::Span)
                        && may_open_byline(dom, hidden, id)
                })
                .find_map(|id| {
                    let text = dom.collect_text(id, hidden);
                    let line = text
                        .split(['|', '·', '—', '–', ',', '•'])
                        .next()
                        .unwrap_or("");
                    let line = line.split(" on ").next().unwrap_or(line);
                    crate::rules::byline_name(line).map(str::to_string)
                })
        })
}

/// `false` when the text of `id` cannot open with a byline opener ("By", "Von", …): its
/// first word does not begin one. Checked on the first text node, so the text of
/// every short block on the page is not collected to find the one byline.
fn may_open_byline(dom: &Dom, hidden: &impl Fn(NodeId) -> bool, id: NodeId) -> bool {
    let mut node = id;
    while node < dom.end(id) {
        if node != id && hidden(node) {
            node = dom.end(node).max(node + 1);
            continue;
        }
        if let Some(word) = dom.text(node).and_then(|t| t.split_whitespace().next()) {
            // Openers are ASCII: a word that lower-cases to the start of one is ASCII too.
            return lexicon::BYLINE_OPENERS.iter().any(|opener| {
                opener
                    .as_bytes()
                    .get(..word.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(word.as_bytes()))
            });
        }
        node += 1;
    }
    false
}

/// The first microdata author (`itemprop="author"`): its `itemprop="name"` (text or
/// `content`), else its own text. Structured data, so read even where it is not shown.
pub(super) fn microdata_author(dom: &Dom) -> Option<String> {
    let author = (0..dom.len()).find(|&id| {
        dom.attr(id, AttrName::Itemprop) == Some("author") && dom.tag(id) != Some(Tag::Meta)
    })?;
    let name = (author..dom.end(author))
        .find(|&id| dom.attr(id, AttrName::Itemprop) == Some("name"))
        .map(|id| {
            dom.attr(id, AttrName::Content)
                .map_or_else(|| dom.collect_text(id, |_| false), str::to_string)
        })
        .unwrap_or_else(|| dom.collect_text(author, |_| false));
    let name = clean_byline(&name);
    (!name.is_empty() && name.chars().count() <= 80).then_some(name)
}

/// The first piece of text in a byline element that can be a name: a label ("By",
/// "Written by") and an avatar's initial are skipped, and a name and the role beside it
/// in another element ("Liz Kenny" / "Former Consultant") are not run together. A
/// sentence is not a name.
fn first_name_text(dom: &Dom, hidden: &impl Fn(NodeId) -> bool, id: NodeId) -> Option<String> {
    (id..dom.end(id))
        .filter(|&t| !hidden(t))
        .filter_map(|t| dom.text(t))
        .map(clean_byline)
        .find(|t| {
            t.chars().filter(|c| c.is_alphanumeric()).count() > 1
                && t.split_whitespace().count() <= BYLINE_MAX_WORDS
                && !t.ends_with(['.', '!', '?'])
                && strip_label(&format!("{t} x")).is_none_or(|rest| rest != "x")
        })
}

/// Path pieces of links to an author's page.
const AUTHOR_PATHS: &[&str] = &[
    "/author/",
    "/authors/",
    "/autor/",
    "/auteur/",
    "/writer/",
    "/writers/",
];

/// `true` for a byline value that names no one: a label ("Author", "Admin"), a template key
/// ("page.head.author") or an address.
pub(super) fn names_no_one(byline: &str) -> bool {
    let lower = byline.to_lowercase();
    matches!(
        lower.as_str(),
        "author" | "admin" | "administrator" | "by" | "staff" | "editor" | "autor" | "auteur"
    ) || lower.ends_with(" by")
        || (!byline.contains(' ') && byline.matches('.').count() >= 2)
        || lower.starts_with("http")
        || byline.contains('@')
}

/// A byline as a name: HTML entities a page double-encoded decoded, labels ("Written
/// by:", "Author") dropped, and what follows a spaced separator (" | Author",
/// " - Editorial Team", "Joe – Joe") cut off, as are trailing separators.
pub(super) fn clean_byline(raw: &str) -> String {
    let mut collapsed = String::new();
    crate::dom::push_collapsed(&mut collapsed, &decode_entities(raw));
    let mut s = collapsed.trim();
    while let Some(rest) = strip_label(s) {
        s = rest;
    }
    for separator in [" | ", " – ", " — ", " - ", " · ", " • "] {
        if let Some((name, _)) = s.split_once(separator)
            && !name.trim().is_empty()
        {
            s = name;
        }
    }
    // "amondale (Amondale)": a display name in brackets after the handle adds nothing.
    let s = match s
        .trim_end()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once(" ("))
    {
        Some((name, _)) if !name.trim().is_empty() => name,
        _ => s,
    };
    s.trim()
        .trim_end_matches([',', '|', '-', '·', '•'])
        .trim()
        .trim_matches(['"', '“', '”'])
        .trim()
        .to_string()
}

/// `s` without a leading byline label (and the colon after it), if it has one.
fn strip_label(s: &str) -> Option<&str> {
    let lower = s.to_lowercase();
    lexicon::BYLINE_LABELS.iter().find_map(|label| {
        let rest = lower.strip_prefix(label)?;
        let rest_trimmed = rest.trim_start_matches(':').trim_start();
        // A whole word, followed by a name.
        let boundary = rest.starts_with([' ', ':']);
        (boundary && !rest_trimmed.is_empty())
            .then(|| s.get(s.len() - rest_trimmed.len()..))
            .flatten()
    })
}

/// The five entities a page encodes twice in JSON-LD and meta values ("Maria &amp;amp;
/// Katerina" reads "Maria &amp; Katerina" after parsing).
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_lose_their_by() {
        assert_eq!(clean_byline(" By  Jane Doe, "), "Jane Doe");
        assert_eq!(clean_byline("amondale (Amondale)"), "amondale");
        assert!(
            names_no_one("Admin")
                && names_no_one("page.head.author")
                && !names_no_one("A. J. Neal")
        );
    }
}
