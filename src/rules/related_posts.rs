//! [`Boilerplate::RelatedPosts`]: teasers for other posts, "Check Also", "Related Posts".

use super::{Ctx, HtmlRule, Needs, label_only, labelled, named_box};
use crate::dom::{NodeId, Tag};
use crate::html::grid::shows_price;
use crate::removal::Boilerplate;
use crate::rules::lexicon;
use crate::rules::lines::{LineRule, label_line};
use crate::text::lines::Lines;
use crate::tuning::TEASER_TITLE_MAX_WORDS;
use crate::tuning::{LABEL_MAX_CHARS, LABEL_SIBLINGS_READ, LINE_MAX_CHARS, SECTION_MAX_CHARS};

/// A paragraph that is one link in capitals, a headline shouted between the paragraphs of a
/// story ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"): a teaser for another
/// story. Near misses left alone: a link in a sentence, a link in ordinary case, a short
/// capitalised call ("SHOP NOW", fewer than four words).
pub(crate) const SHOUTED_LINK: HtmlRule = HtmlRule {
    name: "related_posts::shouted_link",
    kind: Boilerplate::RelatedPosts,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let sums = ctx.stats.sums(id);
        let one_link = ctx.dom.tag(id) == Some(Tag::P)
            && sums.links == 1
            && sums.text_chars <= SHOUTED_LINK_MAX_CHARS
            && sums.link_chars * 20 >= sums.text_chars * 19;
        if !one_link || ctx.protected(id) {
            return None;
        }
        let text = ctx.short_text(id, SHOUTED_LINK_MAX_CHARS)?;
        let shouted = text.chars().any(char::is_alphabetic)
            && !text.chars().any(char::is_lowercase)
            && text.split_whitespace().count() >= SHOUTED_LINK_MIN_WORDS;
        shouted.then_some(id)
    },
};

/// Longest text of a shouted headline link.
const SHOUTED_LINK_MAX_CHARS: u32 = 160;

/// Fewest words of a shouted headline link (fewer: a button, "SHOP NOW").
const SHOUTED_LINK_MIN_WORDS: usize = 4;

/// A heading "Check Also", "Related Posts", "You may also like", "Lire aussi" ... and the
/// small section it opens. Near miss left alone: "Check also the river levels" (a sentence).
pub(crate) const LABELLED: HtmlRule = HtmlRule {
    name: "related_posts::teaser_heading",
    kind: Boilerplate::RelatedPosts,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let section = labelled(ctx, id, Boilerplate::RelatedPosts)?;
        Some(
            teaser_posts_after(ctx, section)
                .or_else(|| other_products_after(ctx, section))
                .unwrap_or(section),
        )
    },
};

/// On a page that declares one product, a heading that names other products ("Similar
/// items", "People who viewed this item also viewed": `lexicon::names_other_products`) and
/// the row of them it opens ([`other_products_after`]), else its small section. Near miss
/// left alone: the same heading on a page that declares no product.
pub(crate) const OTHER_PRODUCTS: HtmlRule = HtmlRule {
    name: "related_posts::other_products",
    kind: Boilerplate::RelatedPosts,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        if !ctx.heading_like(id) || !ctx.page_of_one_product() {
            return None;
        }
        let text = ctx.short_text(id, LABEL_MAX_CHARS)?;
        if !lexicon::names_other_products(&text) {
            return None;
        }
        let section = ctx.labelled_section(id);
        Some(other_products_after(ctx, section).unwrap_or(section))
    },
};

/// On a page that declares one product, the nearest wrapper the label opens (nothing shown
/// before it) whose text after the label shows [`OTHER_PRODUCTS_MIN_PRICES`] prices or
/// more: a carousel of other products ("Similar items", "Customers also viewed") whose
/// cards hold a headline's words each, too many for a label's small section. Not a wrapper
/// holding the title heading (the buy box), nor one of more than
/// [`OTHER_PRODUCTS_MAX_CHARS`].
fn other_products_after(ctx: &Ctx, label: NodeId) -> Option<NodeId> {
    let dom = ctx.dom;
    if !ctx.page_of_one_product() {
        return None;
    }
    let mut inner = label;
    for parent in dom.ancestors(label).take(OTHER_PRODUCTS_LEVELS) {
        if ctx.root_or_title(parent) || ctx.stats.sums(parent).text_chars > OTHER_PRODUCTS_MAX_CHARS
        {
            return None;
        }
        // Nothing shown before the label's side (a parent of very many children is read
        // only so far, and taken for more than a row).
        let opens = dom
            .children(parent)
            .take(LABEL_SIBLINGS_READ)
            .find(|&c| c == inner || ctx.stats.sums(c).text_chars > 0)
            == Some(inner);
        if !opens {
            return None;
        }
        let prices = (dom.end(inner)..dom.end(parent))
            .take(OTHER_PRODUCTS_MAX_NODES)
            .filter_map(|n| dom.text(n).filter(|_| !ctx.mask.hidden(n)))
            .filter(|t| shows_price(t))
            .take(OTHER_PRODUCTS_MIN_PRICES)
            .count();
        if prices >= OTHER_PRODUCTS_MIN_PRICES {
            return Some(parent);
        }
        inner = parent;
    }
    None
}

/// Fewest prices after a teaser label that make what it opens a row of other products,
/// levels climbed from the label to find them, most text such a row holds, and most nodes
/// read after the label for its prices.
const OTHER_PRODUCTS_MIN_PRICES: usize = 3;
const OTHER_PRODUCTS_LEVELS: usize = 12;
const OTHER_PRODUCTS_MAX_CHARS: u32 = 8_000;
const OTHER_PRODUCTS_MAX_NODES: usize = 20_000;

/// The label's parent when the label opens it and everything shown after it is a post of
/// its own (two or more `article` elements; scripts and empty ad slots aside): a run of
/// whole teaser posts, however much of the page's text they hold (a blog that prints six
/// other posts under "You may like" in full). Not when the parent holds the title heading.
fn teaser_posts_after(ctx: &Ctx, label: NodeId) -> Option<NodeId> {
    let dom = ctx.dom;
    let parent = dom.parent(label)?;
    let mut elements = dom.children(parent).filter(|&c| dom.element(c).is_some());
    if elements.next() != Some(label) || ctx.root_or_title(parent) {
        return None;
    }
    let mut posts = 0;
    for c in elements {
        if dom.tag(c) == Some(Tag::Article) {
            posts += 1;
        } else if ctx.stats.sums(c).text_chars > 0 {
            return None;
        }
    }
    (posts >= 2).then_some(parent)
}

/// A block named `related-posts`, `yarpp`, `more-stories`, `recommended` ...
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "related_posts::named_box",
    kind: Boilerplate::RelatedPosts,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "related*",
                "*related",
                "yarpp*",
                "recommended*",
                "*recommended",
                "*recommendations",
                "morestories",
                "readmore",
                "read-more",
                "crp",
            ],
            SECTION_MAX_CHARS,
        )
    },
};

/// A short element, not a heading, whose whole text is a teaser label ("Top stories", "Explore further") (the element alone goes).
pub(crate) const LABEL_ONLY: HtmlRule = HtmlRule {
    name: "related_posts::label_only",
    kind: Boilerplate::RelatedPosts,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::RelatedPosts),
};

/// A paragraph that is one link, in a run of such paragraphs under a paragraph that is a
/// teaser label ("You may also like..." then one headline link a paragraph). Empty
/// elements (ad slots) may stand between them. Near miss left alone: a one-link paragraph
/// under a paragraph of text (a source, a "read the report" link).
pub(crate) const LINKED_HEADLINE: HtmlRule = HtmlRule {
    name: "related_posts::linked_headline",
    kind: Boilerplate::RelatedPosts,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        if !one_link_paragraph(ctx, id) || ctx.protected(id) {
            return None;
        }
        let mut at = id;
        for _ in 0..LINKED_HEADLINES_READ {
            at = ctx.previous_element(at)?;
            if ctx.stats.sums(at).text_chars == 0 || one_link_paragraph(ctx, at) {
                continue;
            }
            let label = ctx.dom.tag(at) == Some(Tag::P)
                && ctx.label_kind(at, LINE_MAX_CHARS) == Some(Boilerplate::RelatedPosts);
            return label.then_some(id);
        }
        None
    },
};

/// Paragraphs read back from a headline link for its label.
const LINKED_HEADLINES_READ: usize = 12;

/// `true` for a `p` whose text is one link.
fn one_link_paragraph(ctx: &Ctx, id: NodeId) -> bool {
    let sums = ctx.stats.sums(id);
    ctx.dom.tag(id) == Some(Tag::P)
        && sums.links == 1
        && sums.text_chars > 0
        && sums.link_chars * 20 >= sums.text_chars * 19
}

/// A teaser label ("Check Also", "Related Posts", "You may also like") and the teasers after
/// it: titles (short lines without a full stop) and excerpts cut off with "..." or "…".
/// Stops at the first line of running text. Near miss left alone: "Check also the river
/// levels before you go." (a sentence, not a label).
pub(crate) const LINE_TEASERS: LineRule = LineRule {
    name: "related_posts::teaser_lines",
    kind: Boilerplate::RelatedPosts,
    fires: |lines: &Lines, i: usize| {
        let mut end = label_line(lines, i, Boilerplate::RelatedPosts)?;
        // "Related: Roundup of the week" is a teaser itself, not a label over teasers.
        if carries_headline(lines.get(i)?.text) {
            return Some(end);
        }
        while let Some(next) = lines.next_text(end - 1) {
            let Some(l) = lines.get(next) else { break };
            let truncated = l.text.ends_with("...") || l.text.ends_with('…');
            let title = l.words <= TEASER_TITLE_MAX_WORDS && !l.sentence;
            if !(truncated || title)
                || lexicon::section_label(l.text).is_some_and(|k| k != Boilerplate::RelatedPosts)
            {
                break;
            }
            end = next + 1;
        }
        Some(end)
    },
};

/// `true` for a label line that goes on with a headline after its colon ("READ MORE:
/// Plague confirmed in Beijing").
fn carries_headline(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(_, rest)| rest.split_whitespace().count() >= 2)
}

#[cfg(test)]
mod tests {
    #[test]
    fn headline_links_under_a_teaser_paragraph_go() {
        use crate::rules::testing::{fired, in_article};
        let page = in_article(
            "<p>You may also like...</p><p><a href=/a>Who will make the Hall in 2020?</a></p>\
             <div class=slot></div><p><a href=/b>Fans really want the band in the Hall</a></p>",
        );
        let names: Vec<_> = fired(&page).into_iter().map(|f| f.0).collect();
        assert_eq!(
            names,
            [
                "related_posts::label_only",
                "related_posts::linked_headline",
                "related_posts::linked_headline"
            ]
        );
        // Under a paragraph of text, a one-link paragraph is the story's own.
        let source = in_article(
            "<p>The council published its report on Tuesday, after a year of work.</p>\
             <p><a href=/r>Read the full report</a></p>",
        );
        assert!(fired(&source).is_empty());
    }

    #[test]
    fn a_row_of_other_products_goes_but_never_the_buy_box() {
        use crate::rules::testing::fired;
        let declared = r#"<script type="application/ld+json">{"@type": "Product"}</script>"#;
        let cards = "<ul><li><a href=/1>Aran knit cable jumper in cream merino wool</a> £28.50</li>\
                     <li><a href=/2>Vintage navy guernsey sweater, size 40</a> £35.00</li>\
                     <li><a href=/3>Heavy roll neck fisherman jumper, charcoal</a> £49.99</li></ul>";
        let row = format!(
            "<html><head>{declared}</head><body><div class=buy><h1>Harbour jumper</h1><p>£42.00</p></div>\
             <section><div class=head><h2>Similar items</h2></div><div class=row>{cards}</div></section></body></html>"
        );
        let removed = fired(&row);
        assert_eq!(removed.len(), 1, "{removed:?}");
        assert_eq!(removed[0].0, "related_posts::other_products");
        assert!(removed[0].1.contains("£49.99"), "{removed:?}");
        // The heading inside the buy box, which holds the title: only its own line goes.
        let in_buy_box = format!(
            "<html><head>{declared}</head><body><div class=buy><h1>Harbour jumper</h1><p>£42.00</p>\
             <h2>Similar items</h2>{cards}</div></body></html>"
        );
        let removed = fired(&in_buy_box);
        assert_eq!(
            removed,
            [("related_posts::other_products", "Similar items".to_string())]
        );
        // With no product declared, the heading names nothing.
        assert!(fired(&row.replace(declared, "")).is_empty());
    }

    #[test]
    fn whole_posts_under_a_teaser_label_go_however_long() {
        use crate::rules::testing::fired;
        let para = "<p>Love yourself first, and the rest will follow: the people who matter, \
                    the work that fits, the days that feel like your own.</p>";
        let post = |n: usize| format!("<article class=postbox id=p{n}>{para}{para}</article>");
        let page = format!(
            "<body><article><h1>Only who loves himself</h1>{para}</article><article>\
             <h3>You may also like...</h3>{}{}{}<script>ads()</script><ins></ins></article></body>",
            post(1),
            post(2),
            post(3)
        );
        let hits = fired(&page);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].0, "related_posts::teaser_heading");
        assert!(hits[0].1.starts_with("You may also like... Love yourself"));
        // A paragraph of the wrapper's own after the label: the label alone goes.
        let mixed = page.replace(
            "<script>",
            "<p>And a note from the editor, with thanks.</p><script>",
        );
        assert_eq!(fired(&mixed)[0].1, "You may also like...");
    }

    #[test]
    fn a_teaser_line_with_its_headline_takes_no_lines_after_it() {
        use crate::rules::lines::testing::fired_lines;
        let text = "Related: Roundup of deals announced in August\n\nWritten By Ana Ruiz\n\nAna Ruiz is the editor.";
        assert_eq!(fired_lines(text)[0].0, "related_posts::teaser_lines");
        let lines = crate::text::lines::lines(text);
        let verdicts = crate::text::classify::classify(&lines);
        let teaser = verdicts.iter().next().expect("the teaser goes");
        assert_eq!((teaser.start, teaser.end), (0, 1));
    }

    #[test]
    fn check_also_teaser_lines_go() {
        use crate::rules::lines::testing::fired_lines;
        let text = "Check Also\n\n\nThe Latest Tech Innovations\n\nIt is no secret that surgery is gaining momentum all over ...";
        let fired = fired_lines(text);
        assert_eq!(fired.len(), 1);
        assert_eq!(fired[0].0, "related_posts::teaser_lines");
        assert!(fired_lines("Check also the river levels before you go.").is_empty());
    }

    #[test]
    fn a_shouted_headline_link_goes_and_quiet_links_stay() {
        use crate::rules::testing::{fired, in_article};
        let shouted = in_article(
            "<p><strong><a href=/s>SEAN SPICER ELIMINATED FROM THE SHOW</a></strong></p>",
        );
        assert_eq!(fired(&shouted)[0].0, "related_posts::shouted_link");
        for quiet in [
            "<p><a href=/s>Sean Spicer eliminated from the show</a></p>",
            "<p><a href=/s>SHOP NOW</a></p>",
            "<p>The council said <a href=/r>THE REPORT WAS LATE AGAIN</a> on Tuesday.</p>",
        ] {
            let names: Vec<_> = fired(&in_article(quiet)).into_iter().map(|f| f.0).collect();
            assert!(!names.contains(&"related_posts::shouted_link"), "{quiet}");
        }
    }

    #[test]
    fn lone_label_goes() {
        let page = crate::rules::testing::in_article("<div><span>Top stories</span></div>");
        assert_eq!(
            crate::rules::testing::fired(&page)[0].0,
            "related_posts::label_only"
        );
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn check_also_teaser_goes_whole() {
        let page = in_article(
            "<div class=box><h3>Check Also</h3><div><a href=/x><h4>Other story</h4></a>\
             <p>It is no secret that other stories exist all over ...</p></div></div>",
        );
        let fired = fired(&page);
        assert_eq!(fired.len(), 1);
        assert_eq!(fired[0].0, "related_posts::teaser_heading");
        assert!(fired[0].1.starts_with("Check Also Other story"));
    }

    #[test]
    fn sentence_starting_check_also_stays() {
        let page =
            in_article("<p>Check also the river levels before you go, since they change.</p>");
        assert!(fired(&page).is_empty());
    }
}
