//! JSON-LD (`<script type="application/ld+json">`): the story node's headline, author,
//! date and publisher, inside `@graph`, arrays and `mainEntity` too. Broken JSON is
//! skipped.

use serde_json::Value;

use crate::dom::{AttrName, Dom, Tag};

/// Fields read from the page's JSON-LD.
#[derive(Debug, Default)]
pub(crate) struct LinkedData {
    pub headline: Option<String>,
    pub author: Option<String>,
    /// The author is an organisation (`"@type": "Organization"`), not a person.
    pub author_is_organization: bool,
    pub date_published: Option<String>,
    pub date_modified: Option<String>,
    pub publisher: Option<String>,
    /// A node typed as an article, a post or a question (not just a `WebPage`) was found.
    pub is_article: bool,
    /// The `description` of the page's one product (`Product`, `ProductGroup`); `None` when
    /// several products give different ones.
    pub product_description: Option<String>,
}

/// Types of one story: an article or a post.
const NEWS_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "TechArticle",
    "ScholarlyArticle",
    "OpinionNewsArticle",
    "LiveBlogPosting",
];

/// Types of a discussion: one story too. (A story's `dateCreated` stands in for a missing
/// `datePublished`: a question gives only that.)
const DISCUSSION_TYPES: &[&str] = &["DiscussionForumPosting", "QAPage", "Question"];

/// Reads the page's JSON-LD: each field from the first story node (an article, a post, a
/// discussion) that has it, then from the first `WebPage` node that has it.
pub(crate) fn read(dom: &Dom) -> LinkedData {
    let mut out = LinkedData::default();
    let documents: Vec<Value> = (0..dom.len())
        .filter(|&id| {
            dom.tag(id) == Some(Tag::Script)
                && dom
                    .attr(id, AttrName::Type)
                    .is_some_and(|t| t.contains("ld+json"))
        })
        .filter_map(|id| serde_json::from_str::<Value>(&dom.collect_text(id, |_| false)).ok())
        .collect();
    let mut stories = Vec::new();
    let mut pages = Vec::new();
    let mut products = Vec::new();
    for value in &documents {
        // Depth-first over arrays, `@graph` and `mainEntity` (a page's story, a question
        // page's question; an FAQ's questions are not the story), in document order, no
        // recursion.
        let mut queue = vec![value];
        while let Some(v) = queue.pop() {
            match v {
                Value::Array(items) => queue.extend(items.iter().rev()),
                Value::Object(map) => {
                    let kind = map.get("@type");
                    if !is_type(kind, &["FAQPage"]) {
                        queue.extend(map.get("mainEntity"));
                    }
                    queue.extend(map.get("@graph"));
                    if is_type(kind, NEWS_TYPES) || is_type(kind, DISCUSSION_TYPES) {
                        stories.push(map);
                    } else if is_type(kind, &["WebPage"]) {
                        pages.push(map);
                    } else if is_type(kind, PRODUCT_TYPES) {
                        products.push(map);
                    }
                }
                _ => {}
            }
        }
    }
    out.is_article = !stories.is_empty();
    out.product_description = one_description(&products);
    for map in stories.into_iter().chain(pages) {
        fill(&mut out, map);
    }
    out
}

/// Types of one product on sale.
const PRODUCT_TYPES: &[&str] = &["Product", "ProductGroup"];

/// The description the products share: `None` when none gives one or two differ (a page
/// of several products).
fn one_description(products: &[&serde_json::Map<String, Value>]) -> Option<String> {
    let mut found: Option<&str> = None;
    for map in products {
        let Some(text) = map
            .get("description")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
        else {
            continue;
        };
        match found {
            Some(earlier) if earlier != text => return None,
            _ => found = Some(text),
        }
    }
    found.map(str::to_string)
}

fn is_type(t: Option<&Value>, types: &[&str]) -> bool {
    match t {
        Some(Value::String(s)) => types.contains(&s.as_str()),
        Some(Value::Array(a)) => a.iter().any(|v| is_type(Some(v), types)),
        _ => false,
    }
}

fn fill(out: &mut LinkedData, map: &serde_json::Map<String, Value>) {
    let text = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    if out.headline.is_none() {
        out.headline = text(map.get("headline")).or_else(|| text(map.get("name")));
    }
    if out.date_published.is_none() {
        out.date_published =
            text(map.get("datePublished")).or_else(|| text(map.get("dateCreated")));
    }
    if out.date_modified.is_none() {
        out.date_modified = text(map.get("dateModified"));
    }
    if out.author.is_none() {
        out.author = names(map.get("author"));
        out.author_is_organization = is_organization(map.get("author"));
    }
    if out.publisher.is_none() {
        out.publisher = names(map.get("publisher"));
    }
}

/// `true` when every author given is typed as an organisation.
fn is_organization(v: Option<&Value>) -> bool {
    let org = |v: &Value| {
        v.get("@type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.ends_with("Organization") || t == "Corporation")
    };
    match v {
        Some(Value::Array(items)) => !items.is_empty() && items.iter().all(org),
        Some(other) => org(other),
        None => false,
    }
}

/// A person or organisation's name, or several joined with ", ".
fn names(v: Option<&Value>) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(m) => m
            .get("name")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string()),
        _ => None,
    };
    let list: Vec<String> = match v? {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    };
    let list: Vec<String> = list.into_iter().filter(|s| !s.is_empty()).collect();
    // Joined as a person would write them: "A and B", "A, B, and C".
    match list.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [first, second] => Some(format!("{first} and {second}")),
        [rest @ .., last] => Some(format!("{}, and {last}", rest.join(", "))),
    }
}
