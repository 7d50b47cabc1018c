//! Text a page declares but does not show: the description in a product page's structured
//! data (`Product.description` in JSON-LD), when the page shows it only once a script has
//! run (a dialog the shopper opens, a framework's state) and the blocks found hold little
//! of it.

use rustc_hash::FxHashSet;
use url::Url;

use crate::article::Block;
use crate::dom::{self, Tag};
use crate::html::blocks::build_blocks;
use crate::render::text;
use crate::tuning::{DECLARED_DESCRIPTION_MIN_WORDS, DECLARED_DESCRIPTION_SHOWN_SHARE};

/// Puts the product's declared `description` before `blocks` when it runs to
/// [`DECLARED_DESCRIPTION_MIN_WORDS`] words and under [`DECLARED_DESCRIPTION_SHOWN_SHARE`]
/// of its words are in them already. A description written as HTML keeps its paragraphs
/// and lists; a plain one gives a paragraph per line. Percent-encoded text ("An%20elegant")
/// is a site's bug and is left out. Returns whether the description was added.
pub(crate) fn add_product_description(
    blocks: &mut Vec<Block>,
    description: &str,
    base: Option<&Url>,
) -> bool {
    if description.contains("%20") {
        return false;
    }
    let declared_words = words(description);
    if declared_words.len() < DECLARED_DESCRIPTION_MIN_WORDS {
        return false;
    }
    let shown: FxHashSet<String> = words(&text::render(blocks)).into_iter().collect();
    let distinct: FxHashSet<&str> = declared_words.iter().map(String::as_str).collect();
    let found = distinct.iter().filter(|w| shown.contains(**w)).count();
    if found as f32 >= DECLARED_DESCRIPTION_SHOWN_SHARE * distinct.len() as f32 {
        return false;
    }
    let html = if description.contains('<') {
        description.to_string()
    } else {
        description
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| format!("<p>{l}</p>"))
            .collect()
    };
    let fragment = dom::build(&html);
    let body = fragment.find(Tag::Body).unwrap_or(0);
    let declared = build_blocks(&fragment, &vec![false; fragment.len()], &[body], base);
    if declared.is_empty() {
        return false;
    }
    blocks.splice(0..0, declared);
    true
}

/// The lower-cased words of `text`, in order.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DESCRIPTION: &str = "A light running shirt cut slim, in a fabric that dries fast \
        and breathes through long runs.\nMachine wash cold with like colours, and hang it \
        to dry in the shade.";

    fn shown(text: &str) -> Vec<Block> {
        vec![Block::Paragraph { text: text.into() }]
    }

    #[test]
    fn a_description_the_page_does_not_show_comes_first() {
        let mut blocks = shown("Size guide. Free returns within 30 days.");
        assert!(add_product_description(&mut blocks, DESCRIPTION, None));
        let out = text::render(&blocks);
        assert!(out.starts_with("A light running shirt"), "{out}");
        assert!(
            out.contains("\n\nMachine wash cold"),
            "one paragraph per line: {out}"
        );
        assert!(out.ends_with("Free returns within 30 days."));
    }

    #[test]
    fn a_description_already_shown_is_not_repeated() {
        let mut blocks = shown(&DESCRIPTION.replace('\n', " "));
        assert!(!add_product_description(&mut blocks, DESCRIPTION, None));
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn short_or_encoded_descriptions_are_left_out() {
        let mut blocks = shown("Size guide.");
        assert!(!add_product_description(
            &mut blocks,
            "A light running shirt.",
            None
        ));
        let encoded = DESCRIPTION.replace(' ', "%20");
        assert!(!add_product_description(&mut blocks, &encoded, None));
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn a_description_in_html_keeps_its_list() {
        let html = "<p>A light running shirt cut slim, in a fabric that dries fast &amp; \
            breathes through long runs and hot days alike.</p><ul><li>Slim fit</li>\
            <li>Machine wash cold</li></ul>";
        let mut blocks = shown("Size guide.");
        assert!(add_product_description(&mut blocks, html, None));
        assert!(matches!(blocks[1], Block::List { .. }), "{blocks:?}");
        assert!(text::render(&blocks).contains("dries fast & breathes"));
    }
}
