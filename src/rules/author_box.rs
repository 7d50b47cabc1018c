//! [`Boilerplate::AuthorBox`]: "About the author" boxes after the article.

use super::{Ctx, HtmlRule, Needs, lexicon, removable_box};
use crate::dom::{NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lines::LineRule;
use crate::text::lines::Lines;
use crate::tuning::AUTHOR_BIO_MAX_WORDS;
use crate::tuning::SECTION_MAX_CHARS;

/// A small section opened by a heading "About `<Name>`" ("About Grimrocker", "Über den Autor").
/// Signals: heading shape (opener + at most three capitalised words), section small.
/// Near misses left alone: an article's "About Syria" heading, whose section is the
/// article, and a guide's "About Responses", whose section holds code, a table or steps.
pub(crate) const ABOUT_HEADING: HtmlRule = HtmlRule {
    name: "author_box::about_heading",
    kind: Boilerplate::AuthorBox,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let label = ctx.heading_label(id)?;
        author_name(&label)?;
        let section = ctx.labelled_section(id);
        // A bio is a few lines: a section holding code, a table or numbered steps is the
        // page's own ("About Responses" in a framework's guide).
        let dom = ctx.dom;
        let reference = (section..dom.end(section))
            .any(|n| matches!(dom.tag(n), Some(Tag::Pre | Tag::Table | Tag::Ol)));
        (section != id && !reference).then_some(section)
    },
};

/// A block whose class names an author box (`author-info`, `author-bio`, `about-author`).
/// Near miss left alone: the byline `<span class="author">` (inline, not a box).
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "author_box::named_box",
    kind: Boilerplate::AuthorBox,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        let compound = ctx.ident(id).contains("author")
            && ctx.named(id, &["author*", "*author"])
            && ctx.named(
                id,
                &[
                    "info",
                    "bio",
                    "box",
                    "about",
                    "description",
                    "card",
                    "details",
                    "profile",
                ],
            );
        let whole = ctx.named(
            id,
            &[
                "authorbox",
                "authorbio",
                "authorinfo",
                "aboutauthor",
                "*authorbox",
            ],
        );
        if !(compound || whole) {
            return None;
        }
        removable_box(ctx, id, SECTION_MAX_CHARS)
    },
};

/// The name in an author-box heading: "About Grimrocker" -> "Grimrocker". `None` when the
/// heading does not read as one (lower-case words, more than three words, sentence marks).
pub(crate) fn author_name(label: &str) -> Option<&str> {
    let label = label.trim();
    let lower = label.to_lowercase();
    let opener = lexicon::AUTHOR_BOX_OPENERS
        .iter()
        .filter(|o| {
            lower.starts_with(*o)
                && lower
                    .get(o.len()..)
                    .is_some_and(|r| r.starts_with(' ') || r.is_empty())
        })
        .max_by_key(|o| o.len())?;
    let name = label.get(opener.len()..)?.trim();
    if name.is_empty() {
        // "About the author" and friends: a box with no name in its heading.
        return (opener.split(' ').count() > 1).then_some("");
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // "About This Game", "About Your Privacy": what the page is about, not who wrote it.
    let determiner = words
        .first()
        .is_some_and(|w| NOT_NAMES.iter().any(|d| w.eq_ignore_ascii_case(d)));
    let name_like = !determiner
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !name.contains(['?', '!', ':', ',', '.']);
    name_like.then_some(name)
}

/// Words that open what a page is about, never a name: "About This Game", "About Your
/// Privacy". ("About Our Editors" names the writers, so "our" is not one of them.)
const NOT_NAMES: [&str; 9] = [
    "this", "these", "that", "the", "your", "its", "their", "a", "an",
];

/// "About `<Name>`" on a line of its own, and a short bio after it when the next thing is
/// another boilerplate label or the end ("About Grimrocker" then "Leave a Reply"). Near miss
/// left alone: "About the cost of living" (not a name).
pub(crate) const LINE_ABOUT: LineRule = LineRule {
    name: "author_box::about_line",
    kind: Boilerplate::AuthorBox,
    fires: |lines: &Lines, i: usize| {
        let line = lines.get(i)?;
        if line.blank || line.words > 6 || author_name(line.text).is_none() {
            return None;
        }
        let Some(bio) = lines.next_text(i) else {
            return Some(i + 1);
        };
        let bio_line = lines.get(bio)?;
        let after_bio = lines.next_text(bio);
        let bio_is_last = after_bio.is_none_or(|j| {
            lines
                .get(j)
                .is_some_and(|l| lexicon::section_label(l.text).is_some())
        });
        let short_bio = bio_line.words <= AUTHOR_BIO_MAX_WORDS
            && lexicon::section_label(bio_line.text).is_none();
        Some(if short_bio && bio_is_last {
            bio + 1
        } else {
            i + 1
        })
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn about_line_goes() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("Text.\n\nAbout Grimrocker\n\nLeave a Reply")[0].0,
            "author_box::about_line"
        );
        assert!(fired_lines("About the cost of living in cities").is_empty());
    }

    use super::author_name;
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn about_heading_removes_its_box() {
        let page = in_article("<div class=x><h2>About Grimrocker</h2><p></p></div>");
        assert_eq!(
            fired(&page),
            [("author_box::about_heading", "About Grimrocker".to_string())]
        );
    }

    #[test]
    fn about_heading_over_code_stays() {
        let page = in_article(
            "<div class=x><h2>About Responses</h2><p>A view returns a response.</p>\
             <pre>return 'index'</pre></div>",
        );
        assert!(fired(&page).is_empty());
    }

    #[test]
    fn named_box_goes() {
        let page = in_article("<div class=author-bio><p>Jane writes about ships.</p></div>");
        assert_eq!(fired(&page)[0].0, "author_box::named_box");
    }

    #[test]
    fn section_heading_about_a_place_stays() {
        assert_eq!(author_name("About Grimrocker"), Some("Grimrocker"));
        assert_eq!(author_name("About the author"), Some(""));
        assert_eq!(author_name("About the cost of living in cities"), None);
        assert_eq!(author_name("About This Game"), None);
        assert_eq!(author_name("About Your Privacy"), None);
        assert_eq!(author_name("About Our Editors"), Some("Our Editors"));
        let page = in_article(
            "<h2>About Syria</h2><p>BODY_SENTINEL a long paragraph of the article itself.</p>",
        );
        assert!(fired(&page).is_empty());
    }
}
