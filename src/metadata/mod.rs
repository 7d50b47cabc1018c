//! Article metadata from the page: title, byline, date, site, language, URL, description,
//! lead image.
//!
//! The order of trust, field by field, is documented on [`crate::Article`].

mod byline;
pub(crate) mod date;
mod jsonld;
mod language;
mod published;
mod title;

use url::Url;

use byline::{clean_byline, microdata_author, names_no_one, visible_byline};
use published::{declared_published, modified_date, published_date};
use title::{Site, choose_title};

use crate::dom::{AttrName, Dom, NodeId, Tag};
use crate::html::inline::resolve;
use crate::rules::lexicon;

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
    /// The structured data's description of the page's one product (not a field of the
    /// article: the text that may stand in for a description the page does not show).
    pub product_description: Option<String>,
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
    let content_h1 = content
        .iter()
        .find_map(|&part| (part..dom.end(part)).find(|&id| visible_h1(id)));
    // The page's first heading with text, read once.
    let page_h1 = (0..dom.len())
        .filter(|&id| visible_h1(id))
        .find_map(|id| heading_text(dom, id, &hidden).map(|text| (id, text)))
        .filter(|&(id, _)| Some(id) != content_h1);
    // The content's heading first, then the page's first heading with text.
    let headings: Vec<NodeId> = content_h1
        .into_iter()
        .chain(page_h1.as_ref().map(|&(id, _)| id))
        .collect();
    let h1s: Vec<String> = content_h1
        .and_then(|id| heading_text(dom, id, &hidden))
        .into_iter()
        .chain(page_h1.map(|(_, text)| text))
        .collect();
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
    let title = choose_title(&h1s, og_title, page_title, &site, is_story);
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
    let declared = declared_published(dom, &metas, &ld, url_date);
    // A date is written by the page's first heading when the content repeats the title.
    let published = published_date(
        dom,
        &hidden,
        declared,
        modified.as_deref(),
        content,
        &headings,
    )
    // A page that declares only when it was updated was published then or before: that
    // date is the best there is.
    .or_else(|| modified.clone());
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
        product_description: ld.product_description,
    }
}

/// A heading's text, without a thread's label before it ("News"), a date set inside it,
/// or a permalink mark after it ("Guide¶", "Guide #"); `None` when nothing is left.
fn heading_text(dom: &Dom, id: NodeId, hidden: impl Fn(NodeId) -> bool) -> Option<String> {
    let titled = dom.collect_text(id, |n| {
        hidden(n) || is_heading_label(dom, n) || dom.tag(n) == Some(Tag::Time)
    });
    let text = if titled.trim().is_empty() {
        dom.collect_text(id, &hidden)
    } else {
        titled
    };
    let text = text.trim_end_matches(['¶', '#', '§', '🔗']).trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// A label set inside a heading before a forum thread's title ("News", "Solved"): an
/// element named `label` or `prefix`.
fn is_heading_label(dom: &Dom, id: NodeId) -> bool {
    dom.element(id).is_some_and(|e| {
        e.ident
            .split(' ')
            .any(|name| matches!(name, "label" | "prefix"))
    })
}

/// `<meta name|property|itemprop=... content=...>` pairs, keys lower-cased.
pub(super) struct Metas(Vec<(String, String)>);

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
    pub(super) fn get(&self, keys: &[&str]) -> Option<String> {
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

pub(super) fn first_attr(
    dom: &Dom,
    pick: impl Fn(NodeId) -> bool,
    attrs: &[AttrName],
) -> Option<String> {
    (0..dom.len()).filter(|&id| pick(id)).find_map(|id| {
        attrs
            .iter()
            .find_map(|&a| dom.attr(id, a))
            .map(str::to_string)
    })
}
