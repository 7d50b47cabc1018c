//! [`Boilerplate::RelatedPosts`]: teasers for other posts, "Check Also", "Related Posts".

use super::{Ctx, HtmlRule, Needs, label_only, labelled, named_box};
use crate::dom::{NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lexicon;
use crate::rules::lines::{LineRule, label_line};
use crate::text::lines::Lines;
use crate::tuning::SECTION_MAX_CHARS;
use crate::tuning::TEASER_TITLE_MAX_WORDS;

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
    fires: |ctx: &Ctx, id: NodeId| labelled(ctx, id, Boilerplate::RelatedPosts),
};

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
