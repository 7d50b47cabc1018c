//! Names that are the element's own words: an `id` or class made from the text it holds
//! (`what-is-social-media-marketing` on the heading "What is Social Media Marketing?", an
//! anchor a site's editor writes for every heading). Such a name says what the text says,
//! not what the block is: no naming rule takes a heading about "social media" for a share
//! bar, or a card about an "App Store" for an ad.
//!
//! Cost: asked only of an element a naming rule matched; its text is read only when a name
//! of its has [`SLUG_MIN_WORDS`] words or more, and only as far as it agrees with the name.

use crate::dom::{AttrName, Dom, NodeId, Tag};

/// A name with fewer words is a component's name (`entry-title`, `menu-item-type`), too
/// short to tell from a slug.
const SLUG_MIN_WORDS: usize = 3;

/// ... and with fewer letters and digits than this, the same.
const SLUG_MIN_CHARS: usize = 12;

/// Most nodes in the subtree of an element whose class is a slug (a heading, a card).
const SLUG_MAX_NODES: usize = 64;

/// Fewest words of an `id` that is a slug of its section's heading: one word (`comments`)
/// is a component's name as often as a heading's.
const ANCHOR_MIN_WORDS: usize = 2;

/// `ident` (the `id` and classes of `id`) without the names that are a slug of the
/// element's own text, or `None` when it has none.
pub(crate) fn without_slugs(dom: &Dom, id: NodeId, ident: &str) -> Option<String> {
    // A class slug names a heading or a card, never a page's container; an `id` slug may
    // name a whole section after its heading (documentation generators anchor every
    // section so: `<section id="about-responses"><h2>About Responses`).
    let small = dom.end(id).saturating_sub(id) <= SLUG_MAX_NODES;
    let own_id = dom.attr(id, AttrName::Id).map(str::trim);
    let anchor = |name: &str| {
        own_id.is_some_and(|i| i.eq_ignore_ascii_case(name)) && words(name) >= ANCHOR_MIN_WORDS
    };
    let slug = |name: &str| {
        ((small && long_enough(name)) || anchor(name)) && text_opens_with(dom, id, name)
    };
    if !ident.split_ascii_whitespace().any(slug) {
        return None;
    }
    let kept: Vec<&str> = ident
        .split_ascii_whitespace()
        .filter(|n| !slug(n))
        .collect();
    Some(kept.join(" "))
}

/// `true` when `name` has the words and letters a slug needs.
fn long_enough(name: &str) -> bool {
    words(name) >= SLUG_MIN_WORDS
        && name.chars().filter(|c| c.is_alphanumeric()).count() >= SLUG_MIN_CHARS
}

/// The words of a name (`about-responses` has two).
fn words(name: &str) -> usize {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// `true` when the text of `id`'s subtree opens with the letters and digits of `name`,
/// case, spaces, hyphens and punctuation aside ("ChatGPT Launches an App Store" opens with
/// `chat-gpt-launches`). Reads the text only as far as it agrees with the name: most
/// names part from the text at its first letter.
fn text_opens_with(dom: &Dom, id: NodeId, name: &str) -> bool {
    let mut wanted = folded(name).peekable();
    for node in id..dom.end(id) {
        let Some(text) = dom.text(node) else {
            continue;
        };
        // A style or script names the element too (`#replay-signup { ... }`): not text.
        let code = dom
            .parent(node)
            .and_then(|p| dom.tag(p))
            .is_some_and(|t| matches!(t, Tag::Style | Tag::Script | Tag::Template));
        if code {
            continue;
        }
        for c in folded(text) {
            match wanted.next() {
                Some(w) if w == c => {}
                Some(_) => return false,
                None => return true,
            }
        }
        if wanted.peek().is_none() {
            return true;
        }
    }
    false
}

/// Letters and digits only, lower-cased: a slug and its text compare equal once both lose
/// their spaces, hyphens and punctuation.
fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::without_slugs;
    use crate::dom::Tag;

    fn slugs_dropped(html: &str, tag: Tag) -> Option<String> {
        let dom = crate::dom::build(html);
        let id = dom.find(tag).unwrap();
        without_slugs(&dom, id, &dom.element(id).unwrap().ident)
    }

    #[test]
    fn a_heading_anchor_made_from_its_words_is_no_name() {
        let heading = "<h2 id=what-is-social-media-marketing class=\"wp-heading share-title\">What \
                       is Social Media Marketing?</h2>";
        assert_eq!(
            slugs_dropped(heading, Tag::H(2)).as_deref(),
            Some("wp-heading share-title")
        );
        // A cut slug is a slug still; spelling apart is no matter.
        let cut =
            "<div class=\"chat-gpt-launches card\"><h3>ChatGPT Launches an App Store</h3></div>";
        assert_eq!(slugs_dropped(cut, Tag::Div).as_deref(), Some("card"));
        // A component's name that is not the text stays, and so does a short one.
        let named = "<div class=\"social-share-buttons\">Share this story</div>";
        assert_eq!(slugs_dropped(named, Tag::Div), None);
        let short = "<div class=share-it>Share it with a friend today</div>";
        assert_eq!(slugs_dropped(short, Tag::Div), None);
        // A section's `id` made from its heading is no name, however long the section.
        let steps = "<p>A view returns a response.</p>".repeat(40);
        let section = format!(
            "<section id=about-responses class=section><h2>About Responses</h2>{steps}</section>"
        );
        assert_eq!(
            slugs_dropped(&section, Tag::Section).as_deref(),
            Some("section")
        );
        // A style sheet that names the element is not its text.
        let styled = "<div id=replay-signup><style>#replay-signup { margin: 0 }</style>\
                      <h3>Sign up for the newsletter</h3></div>";
        assert_eq!(slugs_dropped(styled, Tag::Div), None);
        // A one-word `id` stays a name: `comments` names a component as often.
        let comments = "<section id=comments><h2>Comments</h2><p>Nice post.</p></section>";
        assert_eq!(slugs_dropped(comments, Tag::Section), None);
    }

    #[test]
    fn a_heading_named_for_its_words_is_no_share_bar() {
        use crate::rules::testing::{fired, in_article};
        let heading = in_article(
            "<h2 id=top-social-media-marketing-certificates>Top social media marketing \
             certificates</h2>",
        );
        assert!(fired(&heading).is_empty());
        let bar = in_article("<div class=social-share><a href=/s>Share</a></div>");
        assert_eq!(fired(&bar)[0].0, "share_bar::named_box");
    }
}
