//! A page of items (a shop's product grid, a blog's list of posts): the element whose
//! children are a run of alike items, each a link with a little text. [`locate`] takes
//! it for the content when the best paragraph container is much smaller: on such pages
//! the items are what the page is about, and they hold no paragraphs to score.
//!
//! [`locate`]: crate::html::locate

use memchr::memmem;

use crate::dom::{AttrName, Declaration, Dom, NodeId, Tag};
use crate::tuning::{
    GRID_MAX_SIGNATURES, GRID_MIN_ITEMS, GRID_MIN_LINKED_SHARE, GRID_MIN_PRICED_SHARE,
};

/// Text and links of a subtree, boilerplate left out (what `locate` counts).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ItemText {
    pub text_chars: u32,
    pub link_chars: u32,
}

/// The element in `body` whose alike children (same tag, same first class) hold the most
/// text, when there are at least [`GRID_MIN_ITEMS`] of them with text and most of them
/// hold a link, and it starts after the page's title heading (menus and announcement
/// bars come before it); `None` on a page without such a run. `text(id)` gives a subtree's text
/// with boilerplate left out; removed nodes give none. One pass over the children of
/// every element, comparing each child with at most [`GRID_MAX_SIGNATURES`] others.
pub(crate) fn item_grid(
    dom: &Dom,
    body: NodeId,
    removed: &[bool],
    text: impl Fn(NodeId) -> ItemText,
) -> Option<(NodeId, u32)> {
    let mut best: Option<(NodeId, u32)> = None;
    // (signature, items, items with a link, text) per distinct child signature.
    let mut runs: Vec<((Tag, &str), u32, u32, u32)> = Vec::new();
    // Menus and announcement bars come before the page's title; its items come after.
    let first = (body..dom.end(body))
        .find(|&id| dom.tag(id) == Some(Tag::H(1)) && !removed.get(id).copied().unwrap_or(true))
        .unwrap_or(body);
    for parent in first..dom.end(body) {
        if removed.get(parent).copied().unwrap_or(true) || dom.element(parent).is_none() {
            continue;
        }
        runs.clear();
        for child in dom.children(parent) {
            let Some(tag) = dom.tag(child) else { continue };
            let t = text(child);
            if t.text_chars == 0 {
                continue;
            }
            let class = dom
                .attr(child, AttrName::Class)
                .and_then(|c| c.split_whitespace().next())
                .unwrap_or("");
            let signature = (tag, class);
            let linked = u32::from(t.link_chars > 0);
            let full = runs.len() >= GRID_MAX_SIGNATURES;
            match runs.iter_mut().find(|r| r.0 == signature) {
                Some(run) => {
                    run.1 += 1;
                    run.2 += linked;
                    run.3 += t.text_chars;
                }
                // Items share a few signatures; children that are all different (a
                // hostile page's million distinct classes) are no grid, and are not all
                // compared with each other.
                None if !full => runs.push((signature, 1, linked, t.text_chars)),
                None => {}
            }
        }
        for &(_, items, linked, chars) in &runs {
            let alike =
                items >= GRID_MIN_ITEMS && linked as f32 >= GRID_MIN_LINKED_SHARE * items as f32;
            if alike && best.is_none_or(|(_, most)| chars > most) {
                best = Some((parent, chars));
            }
        }
    }
    best
}

/// `true` when most of `grid`'s items with text show a price (a currency sign by a
/// figure): a shop's grid of products, not a list of posts or links. `hidden(id)` tells
/// the nodes not shown.
pub(crate) fn items_show_prices(dom: &Dom, grid: NodeId, hidden: impl Fn(NodeId) -> bool) -> bool {
    let (mut items, mut priced) = (0u32, 0u32);
    for item in dom.children(grid) {
        if dom.element(item).is_none() || hidden(item) {
            continue;
        }
        let text = dom.collect_text(item, &hidden);
        if text.trim().is_empty() {
            continue;
        }
        items += 1;
        priced += u32::from(shows_price(&text));
    }
    items >= GRID_MIN_ITEMS && priced as f32 >= GRID_MIN_PRICED_SHARE * items as f32
}

/// `true` when the page declares one product: schema.org `Product` in its JSON-LD or
/// microdata, and no `ItemList` (a category page lists its products so).
pub(crate) fn declares_one_product(dom: &Dom) -> bool {
    let product = memmem::Finder::new("\"Product\"");
    let list = memmem::Finder::new("ItemList");
    let mut declared = false;
    for declaration in dom.schema_declarations() {
        let text = declaration.text();
        if list.find(text.as_bytes()).is_some() {
            return false;
        }
        declared |= match declaration {
            Declaration::ItemType(kind) => kind.trim_end_matches('/').ends_with("/Product"),
            Declaration::LinkedData(json) => product.find(json.as_bytes()).is_some(),
        };
    }
    declared
}

/// The currency signs a shop's prices are written with.
pub(crate) const PRICE_SIGNS: [char; 5] = ['$', '€', '£', '¥', '₹'];

/// `true` when `text` holds a currency sign with a figure beside it ("$36", "€ 132,34",
/// "19,99 €").
pub(crate) fn shows_price(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        PRICE_SIGNS.contains(c)
            && (chars[i + 1..].iter().take(2).any(char::is_ascii_digit)
                || chars[..i].iter().rev().take(2).any(char::is_ascii_digit))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_declared_product_and_a_list_of_them() {
        use super::declares_one_product;
        use crate::dom::build;
        let ld = r#"<script type="application/ld+json">{"@type":"Product","name":"Bag"}</script>"#;
        assert!(declares_one_product(&build(ld)));
        let micro = r#"<div itemscope itemtype="https://schema.org/Product"><p>Bag</p></div>"#;
        assert!(declares_one_product(&build(micro)));
        // A category page lists its products: an ItemList, even of Products.
        let list = r#"<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"Product"}]}</script>"#;
        assert!(!declares_one_product(&build(list)));
        // The word in the text is no declaration.
        assert!(!declares_one_product(&build(
            "<p>\"Product\" of the year</p>"
        )));
    }

    use super::*;

    fn grid_of(html: &str) -> Option<String> {
        let dom = crate::dom::build(html);
        let body = dom.find(Tag::Body)?;
        let removed = vec![false; dom.len()];
        let text = |id: NodeId| ItemText {
            text_chars: dom.collect_text(id, |_| false).len() as u32,
            link_chars: (id..dom.end(id))
                .filter(|&n| dom.tag(n) == Some(Tag::A))
                .map(|n| dom.collect_text(n, |_| false).len() as u32)
                .sum(),
        };
        item_grid(&dom, body, &removed, text).map(|(id, _)| {
            dom.element(id)
                .map_or(String::new(), |e| e.ident.to_string())
        })
    }

    #[test]
    fn a_run_of_linked_cards_is_a_grid() {
        let card = "<li class=\"card c1\"><a href=/p>Trail pack</a> <span>$119</span></li>";
        let page = format!(
            "<body><p>Intro</p><ul class=products>{}</ul></body>",
            card.repeat(6)
        );
        assert_eq!(grid_of(&page).as_deref(), Some("products"));
    }

    #[test]
    fn prices_are_a_currency_sign_by_a_figure() {
        for priced in ["$36", "€ 132,34", "19,99 €", "From £1,099"] {
            assert!(super::shows_price(priced), "{priced}");
        }
        for text in ["$ signs", "Save 20%", "€uro", "4 min read"] {
            assert!(!super::shows_price(text), "{text}");
        }
    }

    #[test]
    fn paragraphs_without_links_are_not_a_grid() {
        let para = "<p>A paragraph of prose with no link in it at all.</p>";
        let page = format!("<body><div class=post>{}</div></body>", para.repeat(8));
        assert_eq!(grid_of(&page), None);
    }
}
