//! [`Boilerplate::CommentSection`]: readers' comments under an article.

use super::{Ctx, HtmlRule, Needs, label_only, labelled, named_box, removable_box};
use crate::dom::{AttrName, NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lexicon;
use crate::rules::lines::{LineRule, label_line};
use crate::text::lines::Lines;

/// A heading "Comments", "12 Comments", "Kommentare" ... and the section it opens.
/// Near miss left alone: "Comments on the draft law" as an article heading (not the whole label).
pub(crate) const LABELLED: HtmlRule = HtmlRule {
    name: "comment_section::comments_heading",
    kind: Boilerplate::CommentSection,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let label = ctx.heading_label(id)?;
        let counted = label.split_once(' ').is_some_and(|(n, rest)| {
            n.chars().all(|c| c.is_ascii_digit())
                && super::lexicon::section_label(rest) == Some(Boilerplate::CommentSection)
        });
        if counted {
            return Some(ctx.labelled_section(id));
        }
        labelled(ctx, id, Boilerplate::CommentSection)
    },
};

/// A block named `comments`, `comment-list`, `disqus_thread`, `docComments` ... (the
/// plural: one `comment` class is also how forums mark their posts, which are content). Near miss left alone: a
/// `comments` box that holds only the comment form (no comment yet), which
/// `comment_form` names better.
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "comment_section::named_box",
    kind: Boilerplate::CommentSection,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "comments",
                "commentlist",
                "commentslist",
                "disqus",
                "respond",
                "responses",
            ],
            u32::MAX,
        )
        .or_else(|| {
            let compound = ctx.ident(id).contains("comment")
                && ctx.named(id, &["comment*", "*comments"])
                && ctx.named(
                    id,
                    &["area", "list", "section", "wrapper", "container", "thread"],
                );
            if compound || camel_case_comments(ctx, id) {
                removable_box(ctx, id, u32::MAX)
            } else {
                None
            }
        })
        // Checked last: the subtree scan runs only on elements the names picked.
        .filter(|&hit| !only_a_form(ctx, hit))
    },
};

/// `true` when the element's `id` or a class is a camel-case name ending in `Comments`
/// (`docComments`, `postComments`): read as one word, the name would not say it.
fn camel_case_comments(ctx: &Ctx, id: NodeId) -> bool {
    [AttrName::Id, AttrName::Class].into_iter().any(|name| {
        ctx.dom.attr(id, name).is_some_and(|value| {
            value.split_ascii_whitespace().any(|token| {
                token
                    .strip_suffix("Comments")
                    .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_lowercase()))
            })
        })
    })
}

/// `true` when `id` holds a form and at most one paragraph (the form's own notes).
fn only_a_form(ctx: &Ctx, id: NodeId) -> bool {
    ctx.stats.sums(id).paragraphs <= 1
        && ((id + 1)..ctx.dom.end(id)).any(|n| ctx.dom.tag(n) == Some(Tag::Form))
}

/// A short element, not a heading, whose whole text is a comments label ("Join the conversation") (the element alone goes).
pub(crate) const LABEL_ONLY: HtmlRule = HtmlRule {
    name: "comment_section::label_only",
    kind: Boilerplate::CommentSection,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::CommentSection),
};

/// A comment count or a reply button on its own line: "12 Comments", "Reply".
pub(crate) const LINE_COUNT: LineRule = LineRule {
    name: "comment_section::count_line",
    kind: Boilerplate::CommentSection,
    fires: |lines: &Lines, i: usize| {
        let line = lines.get(i)?;
        let lower = line.text.to_lowercase();
        let mut words = lower.split_whitespace();
        let counted = match (words.next(), words.next(), words.next()) {
            (Some(n), Some(w), None) => {
                n.chars().all(|c| c.is_ascii_digit()) && lexicon::COMMENT_COUNT_WORDS.contains(&w)
            }
            (Some(w), None, None) => matches!(w, "reply" | "antworten" | "répondre" | "responder"),
            _ => false,
        };
        counted.then_some(i + 1)
    },
};

/// A comments label on its own line: "Comments", "Kommentare", "Comments are closed".
pub(crate) const LINE_LABEL: LineRule = LineRule {
    name: "comment_section::label_line",
    kind: Boilerplate::CommentSection,
    fires: |lines: &Lines, i: usize| label_line(lines, i, Boilerplate::CommentSection),
};

#[cfg(test)]
mod tests {
    #[test]
    fn a_comments_heading_at_the_end_of_the_body_takes_only_what_follows() {
        use crate::rules::testing::fired;
        let para = "<p>The senate resumed on Tuesday and observed a minute of silence, the clerk said.</p>";
        // More text elsewhere on the page than in the post, so the post is not protected.
        let elsewhere = "<p>Another story from the same site, with a long teaser that runs on.</p>";
        let page = format!(
            "<html><body><h1>Senate resumes</h1><div class=post><div class=entry>{para}{para}{para}\
             <h3>Comments</h3><p><span>Loading comments</span></p></div></div>\
             <div class=more>{}</div></body></html>",
            elsewhere.repeat(6)
        );
        let hits = fired(&page);
        assert_eq!(hits[0].0, "comment_section::comments_heading");
        assert_eq!(hits[0].1, "Comments");
    }

    #[test]
    fn count_lines_go() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("12 Comments")[0].0,
            "comment_section::count_line"
        );
        assert_eq!(fired_lines("Reply")[0].0, "comment_section::count_line");
        assert!(fired_lines("12 comments were made by readers of the paper.").is_empty());
    }

    #[test]
    fn lone_label_goes() {
        let page = crate::rules::testing::in_article("<p>Comments are closed.</p>");
        assert_eq!(
            crate::rules::testing::fired(&page)[0].0,
            "comment_section::label_only"
        );
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn a_camel_case_comments_box_goes() {
        let reply = "<p>This page says the index is rebuilt nightly, but ours is not.</p>";
        let page = in_article(&format!("<div id=docComments>{reply}</div>"));
        assert_eq!(fired(&page)[0].0, "comment_section::named_box");
        // One word that only ends in the letters is no such name.
        let page = in_article(&format!("<div class=Nocomments>{reply}</div>"));
        assert!(fired(&page).is_empty(), "{:?}", fired(&page));
    }

    #[test]
    fn counted_heading_and_named_area_go() {
        let page = in_article(
            "<section><h2>3 Comments</h2><p>Nice post, thanks for writing it all up.</p></section>",
        );
        assert_eq!(fired(&page)[0].0, "comment_section::comments_heading");
        let page = in_article(
            "<div class=comments-area><p>Nice post, thanks for writing it all up.</p></div>",
        );
        assert_eq!(fired(&page)[0].0, "comment_section::named_box");
    }

    #[test]
    fn comments_box_with_only_a_form_is_a_comment_form() {
        let page = in_article(
            "<div id=comments><div id=respond><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>",
        );
        assert_eq!(fired(&page)[0].0, "comment_form::reply_heading");
    }

    #[test]
    fn single_comment_class_stays() {
        assert!(
            fired(&in_article(
                "<div class=comment><p>Forum post text that is content here.</p></div>"
            ))
            .is_empty()
        );
    }
}
