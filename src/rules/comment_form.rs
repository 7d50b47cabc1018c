//! [`Boilerplate::CommentForm`]: the form for writing a comment, "Leave a Reply".

use super::{Ctx, HtmlRule, Needs, label_only, labelled};
use crate::dom::{NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lexicon;
use crate::rules::lines::{LineRule, bare};
use crate::text::lines::Lines;
use crate::tuning::LINE_LABEL_MAX_CHARS;

/// A heading "Leave a Reply" / "Schreibe einen Kommentar" and the small section it opens.
/// Near miss left alone: a paragraph that asks readers to leave a reply (not a heading).
pub(crate) const LABELLED: HtmlRule = HtmlRule {
    name: "comment_form::reply_heading",
    kind: Boilerplate::CommentForm,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| labelled(ctx, id, Boilerplate::CommentForm),
};

/// A `form` holding a text area: a comment form whatever its words. Near miss left alone:
/// a search form (no text area), judged by `widget::form`.
pub(crate) const FORM_WITH_TEXT_AREA: HtmlRule = HtmlRule {
    name: "comment_form::form_with_text_area",
    kind: Boilerplate::CommentForm,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        if ctx.dom.tag(id) != Some(Tag::Form) || ctx.protected(id) {
            return None;
        }
        let end = ctx.dom.end(id);
        ((id + 1)..end)
            .any(|n| ctx.dom.tag(n) == Some(Tag::Textarea))
            .then_some(id)
    },
};

/// A short element, not a heading, whose whole text is a comment-form label ("Leave a comment") (the element alone goes).
pub(crate) const LABEL_ONLY: HtmlRule = HtmlRule {
    name: "comment_form::label_only",
    kind: Boilerplate::CommentForm,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::CommentForm),
};

/// "Leave a Reply" and the form after it: notes, field labels ("Name *", "Email *",
/// "Website") and buttons ("Post Comment"), blank lines between. Near miss left alone: a
/// sentence inviting replies.
pub(crate) const LINE_FORM: LineRule = LineRule {
    name: "comment_form::form_lines",
    kind: Boilerplate::CommentForm,
    fires: |lines: &Lines, i: usize| {
        let is_form = |j: usize| {
            lines.get(j).is_some_and(|l| {
                l.chars <= LINE_LABEL_MAX_CHARS
                    && (lexicon::section_label(l.text) == Some(Boilerplate::CommentForm)
                        || lexicon::FORM_FIELDS.contains(&bare(l.text).as_str()))
            })
        };
        if !is_form(i) || lines.get(i).is_none_or(|l| l.blank) {
            return None;
        }
        let mut end = i + 1;
        while let Some(next) = lines.next_text(end - 1) {
            if !is_form(next) {
                break;
            }
            end = next + 1;
        }
        Some(end)
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn reply_form_lines_go_together() {
        use crate::rules::lines::testing::fired_lines;
        let text = "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nName *\nEmail *\nWebsite\nPost Comment";
        assert_eq!(
            fired_lines(text),
            [("comment_form::form_lines", "Leave a Reply".to_string())]
        );
        assert!(fired_lines("Leave a reply below if you disagree with the author.").is_empty());
    }

    #[test]
    fn lone_label_goes() {
        let page = crate::rules::testing::in_article("<p>Leave a comment</p>");
        assert_eq!(
            crate::rules::testing::fired(&page)[0].0,
            "comment_form::label_only"
        );
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn reply_heading_takes_its_form() {
        let page =
            in_article("<div id=respond><h3>Leave a Reply</h3><form><p>Name *</p></form></div>");
        assert_eq!(
            fired(&page),
            [(
                "comment_form::reply_heading",
                "Leave a Reply Name *".to_string()
            )]
        );
    }

    #[test]
    fn form_with_text_area_goes_and_prose_stays() {
        let page = in_article("<form><label>Comment</label><textarea></textarea></form>");
        assert_eq!(fired(&page)[0].0, "comment_form::form_with_text_area");
        assert!(
            fired(&in_article(
                "<p>Leave a reply below if you disagree with the author.</p>"
            ))
            .is_empty()
        );
    }
}
