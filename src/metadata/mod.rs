//! Article metadata from the page: title, byline, date, site, language, URL, description,
//! lead image.
//!
//! The order of trust, field by field, is documented on [`crate::Article`].

pub(crate) mod date;
mod jsonld;
mod language;

use url::Url;

use crate::dom::{AttrName, Dom, NodeId, Tag};
use crate::html::inline::resolve;
use crate::rules::lexicon;
use crate::tuning::{
    BYLINE_ELEMENT_MAX_NODES, BYLINE_MAX_WORDS, DATE_CONTENT_HEAD_CHARS, DATE_ELEMENT_MAX_NODES,
    DATE_HEADER_LEVELS, DATE_HEADER_MAX_NODES, DATE_NEAR_TITLE_CHARS, TITLE_H1_MIN_SHARED,
    TITLE_MAX_WORDS,
};

/// The metadata found on a page.
#[derive(Debug, Default)]
pub(crate) struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site_name: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    pub description: Option<String>,
    pub lead_image: Option<String>,
}

/// Reads every metadata field from the page. `author_box` is the text of a removed author
/// box heading, if any.
/// `content` is the located main content: an `h1` inside it is preferred to one elsewhere.
pub(crate) fn read(
    dom: &Dom,
    hidden: impl Fn(NodeId) -> bool,
    base: Option<&Url>,
    author_box: Option<&str>,
    content: &[NodeId],
) -> Metadata {
    let metas = Metas::collect(dom);
    let ld = jsonld::read(dom);
    let site_name = metas
        .get(&["og:site_name", "application-name"])
        .or(ld.publisher.clone());
    let visible_h1 = |id: NodeId| dom.tag(id) == Some(Tag::H(1)) && !hidden(id);
    let h1_id = content
        .iter()
        .find_map(|&part| (part..dom.end(part)).find(|&id| visible_h1(id)))
        .or_else(|| (0..dom.len()).find(|&id| visible_h1(id)));
    // Documentation headings end in a permalink mark ("Guide¶", "Guide #").
    let h1 = h1_id
        .map(|id| {
            dom.collect_text(id, &hidden)
                .trim_end_matches(['¶', '#', '§', '🔗'])
                .trim_end()
                .to_string()
        })
        .filter(|t| !t.is_empty());
    let page_title = dom
        .find(Tag::Title)
        .map(|id| dom.collect_text(id, |_| false))
        .filter(|t| !t.is_empty());
    let og_title = metas
        .get(&["og:title", "twitter:title"])
        .or(ld.headline.clone());
    let url = link_rel(dom, "canonical")
        .or_else(|| metas.get(&["og:url"]))
        .and_then(|u| resolve(&u, base));
    let host = url
        .as_deref()
        .or(base.map(Url::as_str))
        .and_then(|u| Url::parse(u).ok())
        .and_then(|u| {
            u.host_str().map(|h| {
                h.trim_start_matches("www.")
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect()
            })
        })
        .unwrap_or_default();
    let site = Site {
        names: [site_name.as_deref(), ld.publisher.as_deref()]
            .into_iter()
            .flatten()
            .map(lexicon::normalize)
            .collect(),
        host,
    };
    let is_story = ld.is_article
        || metas
            .get(&["og:type"])
            .is_some_and(|t| t.eq_ignore_ascii_case("article"));
    let title = choose_title(h1, og_title, page_title, &site, is_story);
    let valid = |a: String| {
        let a = clean_byline(&a);
        (!a.is_empty() && !names_no_one(&a)).then_some(a)
    };
    // An organisation, or the site itself, named as the author yields to a person named
    // on the page.
    let person = |a: &String| !site.names(a);
    let (ld_person, ld_organization) = match ld.author.clone() {
        Some(a) if ld.author_is_organization || !person(&a) => (None, Some(a)),
        other => (other, None),
    };
    let meta_author = metas.get(&[
        "author",
        "article:author",
        "dc.creator",
        "byl",
        "sailthru.author",
        "parsely-author",
    ]);
    let byline = ld_person
        .and_then(valid)
        .or_else(|| meta_author.clone().filter(person).and_then(valid))
        .or_else(|| microdata_author(dom).and_then(valid))
        .or_else(|| visible_byline(dom, &hidden).and_then(valid))
        .or_else(|| {
            author_box
                .and_then(crate::rules::author_box_name)
                .and_then(valid)
        })
        .or_else(|| ld_organization.and_then(valid))
        .or_else(|| meta_author.and_then(valid));
    let modified = modified_date(dom, &metas, &ld);
    let url_date = url
        .as_deref()
        .or(base.map(Url::as_str))
        .and_then(date::from_url_path);
    let published = published_date(dom, &hidden, &metas, &ld, content, h1_id, url_date);
    let language = dom
        .find(Tag::Html)
        .and_then(|h| dom.attr(h, AttrName::Lang))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .or_else(|| {
            metas
                .get(&["og:locale", "language", "content-language", "dc.language"])
                .map(|l| l.replace('_', "-"))
        })
        .or_else(|| {
            // The start of the content is enough, however long the page.
            let mut text = String::new();
            let nodes = content.iter().flat_map(|&part| part..dom.end(part));
            for id in nodes.filter(|&id| !hidden(id)) {
                if text.len() >= language::SAMPLE_CHARS {
                    break;
                }
                if let Some(t) = dom.text(id) {
                    text.push_str(t);
                    text.push(' ');
                }
            }
            language::guess(&text).map(str::to_string)
        });
    let description = metas.get(&["og:description", "description", "twitter:description"]);
    let lead_image = metas
        .get(&[
            "og:image",
            "og:image:url",
            "twitter:image",
            "twitter:image:src",
        ])
        .and_then(|u| resolve(&u, base));
    Metadata {
        title,
        byline,
        published,
        modified,
        site_name,
        language,
        url,
        description,
        lead_image,
    }
}

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
fn modified_date(dom: &Dom, metas: &Metas, ld: &jsonld::LinkedData) -> Option<String> {
    let parsed = |raw: Option<String>| raw.as_deref().and_then(date::parse_any);
    parsed(ld.date_modified.clone())
        .or_else(|| {
            MODIFIED_META_KEYS
                .iter()
                .find_map(|key| parsed(metas.get(&[key])))
        })
        .or_else(|| {
            parsed(first_attr(
                dom,
                |id| dom.attr(id, AttrName::Itemprop) == Some("dateModified"),
                &[AttrName::Content, AttrName::Datetime],
            ))
        })
}

/// The publication date: the declared date from the most trusted source that gives a
/// plausible one (each source is checked on its own, so a broken value does not hide the
/// next): JSON-LD `datePublished`, the meta keys, `itemprop="datePublished"`, page-state
/// JSON in scripts, the first `<time datetime>`, the date in the page URL's path
/// (`/2024/05/06/`). Without one, a date written by the title
/// heading, then in an element named for dates, then at the start of the content.
fn published_date(
    dom: &Dom,
    hidden: &impl Fn(NodeId) -> bool,
    metas: &Metas,
    ld: &jsonld::LinkedData,
    content: &[NodeId],
    h1_id: Option<NodeId>,
    url_date: Option<String>,
) -> Option<String> {
    let parsed = |raw: Option<String>| raw.as_deref().and_then(date::parse_any);
    let declared = parsed(ld.date_published.clone())
        .or_else(|| {
            PUBLISHED_META_KEYS
                .iter()
                .find_map(|key| parsed(metas.get(&[key])))
        })
        .or_else(|| {
            parsed(first_attr(
                dom,
                |id| dom.attr(id, AttrName::Itemprop) == Some("datePublished"),
                &[AttrName::Content, AttrName::Datetime],
            ))
        })
        .or_else(|| script_date(dom))
        .or_else(|| {
            (0..dom.len())
                .filter(|&id| dom.tag(id) == Some(Tag::Time))
                .find_map(|id| dom.attr(id, AttrName::Datetime).and_then(date::parse_any))
        })
        .or(url_date);
    let Some(heading) = h1_id else {
        return declared.or_else(|| visible_date(dom, hidden, content));
    };
    declared
        .or_else(|| title_area_date(dom, hidden, heading))
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
];

/// The first publication date stored in a script's page-state JSON
/// (`"publishedAt":"2025-10-20T13:08:55"`), escaped quotes allowed. Linear in script text.
fn script_date(dom: &Dom) -> Option<String> {
    (0..dom.len())
        .filter(|&id| dom.tag(id) == Some(Tag::Script))
        .find_map(|id| {
            let text = dom.collect_text(id, |_| false);
            SCRIPT_DATE_KEYS.iter().find_map(|key| {
                text.match_indices(key).find_map(|(at, _)| {
                    let rest = text.get(at + key.len()..)?;
                    let value = rest.trim_start_matches(['"', '\\', '\'', ':', ' ']);
                    // The value must follow the key closely: `"key":"`, `\"key\":\"`.
                    if rest.len() - value.len() > 8 {
                        return None;
                    }
                    date::normalize(value.get(..10)?)
                })
            })
        })
}

/// A date written for people away from the title: in a short element named for dates or
/// bylines (`post-date`, `entry-meta`, `byline`), then at the start of the main content.
fn visible_date(dom: &Dom, hidden: &impl Fn(NodeId) -> bool, content: &[NodeId]) -> Option<String> {
    let dated = |id: NodeId| {
        dom.element(id).is_some_and(|e| {
            // Whole words ("meta", "byline") or parts of compound names
            // ("publicationTime", "dateAndAuthor", "post-date").
            e.ident.split(|c: char| !c.is_alphanumeric()).any(|w| {
                matches!(w, "meta" | "byline")
                    || w.contains("date")
                    || w.starts_with("time")
                    || w.ends_with("time")
                    || w.contains("posted")
                    || w.contains("published")
            })
        }) && dom.end(id) - id <= DATE_ELEMENT_MAX_NODES
            && !hidden(id)
    };
    (0..dom.len())
        .filter(|&id| dated(id))
        .find_map(|id| date::find_visible(&dom.collect_text(id, hidden)))
        .or_else(|| {
            let first = content.first()?;
            let text = dom.collect_text(*first, hidden);
            let head: String = text.chars().take(DATE_CONTENT_HEAD_CHARS).collect();
            date::find_visible(&head)
        })
}

/// A date written by the title heading: in the article's header (the heading's near
/// ancestors, just after the title, then just before it), then anywhere in the text that
/// follows the heading, or precedes it, within [`DATE_NEAR_TITLE_CHARS`].
fn title_area_date(dom: &Dom, hidden: &impl Fn(NodeId) -> bool, heading: NodeId) -> Option<String> {
    dom.ancestors(heading)
        .take(DATE_HEADER_LEVELS)
        .take_while(|&a| dom.end(a) - a <= DATE_HEADER_MAX_NODES)
        .find_map(|a| {
            let text = dom.collect_text(a, hidden);
            let title = dom.collect_text(heading, hidden);
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

/// `<meta name|property|itemprop=... content=...>` pairs, keys lower-cased.
struct Metas(Vec<(String, String)>);

impl Metas {
    fn collect(dom: &Dom) -> Metas {
        let pairs = (0..dom.len())
            .filter(|&id| dom.tag(id) == Some(Tag::Meta))
            .filter_map(|id| {
                let key = dom
                    .attr(id, AttrName::Property)
                    .or_else(|| dom.attr(id, AttrName::Name))
                    .or_else(|| dom.attr(id, AttrName::Itemprop))?;
                let mut value = String::new();
                crate::dom::push_collapsed(&mut value, dom.attr(id, AttrName::Content)?);
                let value = value.trim();
                (!value.is_empty()).then(|| (key.trim().to_lowercase(), value.to_string()))
            })
            .collect();
        Metas(pairs)
    }

    /// The first value for any of `keys`, in the order of `keys`.
    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.0
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        })
    }
}

fn link_rel(dom: &Dom, rel: &str) -> Option<String> {
    (0..dom.len())
        .filter(|&id| dom.tag(id) == Some(Tag::Link))
        .find(|&id| {
            dom.attr(id, AttrName::Rel)
                .is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case(rel)))
        })
        .and_then(|id| dom.attr(id, AttrName::Href))
        .map(str::to_string)
}

fn first_attr(dom: &Dom, pick: impl Fn(NodeId) -> bool, attrs: &[AttrName]) -> Option<String> {
    (0..dom.len()).filter(|&id| pick(id)).find_map(|id| {
        attrs
            .iter()
            .find_map(|&a| dom.attr(id, a))
            .map(str::to_string)
    })
}

/// The visible byline: `rel="author"`, `itemprop="author"`, a link to an author page, or a
/// short element named `byline` / `author`; failing those, a short line that opens with
/// "By" ("By Jane Doe | April 5, 2024").
fn visible_byline(dom: &Dom, hidden: &impl Fn(NodeId) -> bool) -> Option<String> {
    let marked = |id: NodeId| {
        dom.attr(id, AttrName::Rel)
            .is_some_and(|r| r.split_whitespace().any(|t| t == "author"))
            || dom
                .attr(id, AttrName::Itemprop)
                .is_some_and(|p| p == "author")
            || (dom.tag(id) == Some(Tag::A)
                && dom
                    .attr(id, AttrName::Href)
                    .is_some_and(|h| AUTHOR_PATHS.iter().any(|p| h.contains(p))))
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
                    short(id) && dom.tag(id).is_some_and(|t| t.is_block() || t == Tag::Span)
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

/// The first microdata author (`itemprop="author"`): its `itemprop="name"` (text or
/// `content`), else its own text. Structured data, so read even where it is not shown.
fn microdata_author(dom: &Dom) -> Option<String> {
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
fn names_no_one(byline: &str) -> bool {
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
fn clean_byline(raw: &str) -> String {
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

/// Picks the title. The page's own heading (`h1`) when `og:title` or `<title>` confirms it
/// by containing it; on a story page (an article, a post or a question, by `og:type` or
/// JSON-LD), the `h1` too when it shares enough words with the meta title; otherwise
/// `og:title` and `<title>` with the site name removed when the two agree (an `h1` that
/// says something else is a section or a slogan); on a story page a short `h1`; then
/// whichever meta title there is, then the `h1`.
fn choose_title(
    h1: Option<String>,
    og: Option<String>,
    page: Option<String>,
    site: &Site,
    is_story: bool,
) -> Option<String> {
    let norm = |s: &str| lexicon::normalize(s);
    let og = og.map(|t| strip_site(&t, site)).filter(|t| !t.is_empty());
    let page = page.map(|t| strip_site(&t, site)).filter(|t| !t.is_empty());
    let h1 = h1
        .map(|h| without_site_part(&h, site))
        .filter(|h| !norm(h).is_empty() && !site.names(h));
    let short_h1 = h1
        .as_ref()
        .is_some_and(|h| h.split_whitespace().count() <= TITLE_MAX_WORDS);
    if let Some(h) = &h1 {
        let nh = norm(h);
        if [&og, &page]
            .into_iter()
            .flatten()
            .any(|t| norm(t).contains(&nh))
        {
            return h1;
        }
        let meta = og.as_ref().or(page.as_ref());
        let shares_words = meta.is_none_or(|m| word_share(h, m) >= TITLE_H1_MIN_SHARED);
        if is_story && short_h1 && shares_words {
            return h1;
        }
    }
    if let (Some(o), Some(p)) = (&og, &page)
        && norm(o) == norm(p)
    {
        return og;
    }
    if is_story && short_h1 {
        return h1;
    }
    og.or(page).or(h1)
}

/// The share of `heading`'s words that also occur in `other` (case-folded).
fn word_share(heading: &str, other: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (mine, theirs) = (words(heading), words(other));
    if mine.is_empty() {
        return 0.0;
    }
    let shared = mine.iter().filter(|w| theirs.contains(w)).count();
    shared as f64 / mine.len() as f64
}

/// A heading without a part that names the site ("Best Exhibitions – Gazette"), whatever
/// the other parts; a heading with no such part stays whole.
fn without_site_part(heading: &str, site: &Site) -> String {
    for sep in TITLE_SEPARATORS {
        let parts: Vec<&str> = heading.split(sep).map(str::trim).collect();
        if parts.len() < 2 {
            continue;
        }
        let kept: Vec<&str> = parts.iter().copied().filter(|p| !site.names(p)).collect();
        if kept.len() < parts.len() && !kept.is_empty() {
            return kept.join(sep);
        }
    }
    heading.trim().to_string()
}

/// What separates a title from the site's name.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " « ", " » ", " :: ", " · ", " • ", " / ",
];

/// Removes the site name from "Title | Site", "Site - Title", "Title « Site": at the first
/// separator that splits the title, the parts naming the site (a known site name, or the
/// site's host name: "Gazette" on gazette.example) go, and the first part left is the
/// title ("Title | Section | Site" gives "Title").
fn strip_site(title: &str, site: &Site) -> String {
    for sep in TITLE_SEPARATORS {
        let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
        if parts.len() < 2 {
            continue;
        }
        if let Some(first) = parts.iter().find(|p| !p.is_empty() && !site.names(p)) {
            return (*first).to_string();
        }
    }
    title.trim().to_string()
}

/// What a page says its site is called.
struct Site {
    /// `og:site_name`, `application-name`, JSON-LD publisher, normalized.
    names: Vec<String>,
    /// Letters and digits of the host name without `www.` ("gazetteexample").
    host: String,
}

impl Site {
    /// `true` when `part` of a title names the site.
    fn names(&self, part: &str) -> bool {
        let norm = lexicon::normalize(part);
        let letters: String = norm.chars().filter(|c| c.is_alphanumeric()).collect();
        self.names.contains(&norm)
            || (letters.chars().count() >= 4
                && !self.host.is_empty()
                && self.host.starts_with(&letters))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_name_leaves_the_title() {
        let site = Site {
            names: vec!["world affairs blog".into()],
            host: "gazetteexample".into(),
        };
        assert_eq!(
            strip_site("US & Russia: Benefits | World Affairs Blog", &site),
            "US & Russia: Benefits"
        );
        assert_eq!(
            strip_site("Best UK Art Exhibitions 2025 – Gazette", &site),
            "Best UK Art Exhibitions 2025"
        );
        assert_eq!(
            strip_site("World Affairs Blog - A longer article title here", &site),
            "A longer article title here"
        );
        // Near miss: with no part naming the site, the first part is the title.
        assert_eq!(
            strip_site("A longer article title here | Opinion | Elsewhere", &site),
            "A longer article title here"
        );
    }

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
    }

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
