//! [`Boilerplate::Widget`]: forms and other interface pieces with no prose.

use super::{Ctx, HtmlRule, Needs, removable_box};
use crate::dom::{NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lines::{LineRule, label_line};
use crate::text::lines::Lines;
use crate::tuning::WIDGET_MAX_CHARS;

/// A small `form` (search boxes, login boxes); comment forms are caught first by
/// `comment_form`. Near miss left alone: a form wrapping a whole page (ASP.NET style), which
/// is over the size limit or protected.
pub(crate) const FORM: HtmlRule = HtmlRule {
    name: "widget::form",
    kind: Boilerplate::Widget,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        if ctx.dom.tag(id) == Some(Tag::Form) {
            removable_box(ctx, id, WIDGET_MAX_CHARS)
        } else {
            None
        }
    },
};

/// A line that is only an interface control: "Learn more", "Add to cart", "Copy link",
/// "Loading...". Near miss left alone: a sentence that starts with those words.
pub(crate) const LINE_BUTTON: LineRule = LineRule {
    name: "widget::button_line",
    kind: Boilerplate::Widget,
    fires: |lines: &Lines, i: usize| label_line(lines, i, Boilerplate::Widget),
};

#[cfg(test)]
mod tests {
    #[test]
    fn button_line_goes_and_sentence_stays() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(fired_lines("Learn more")[0].0, "widget::button_line");
        assert!(
            fired_lines("Learn more about the river in the museum, the guide said.").is_empty()
        );
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn search_form_goes() {
        assert_eq!(
            fired(&in_article(
                "<form><label>Search for:</label><input></form>"
            ))[0]
                .0,
            "widget::form"
        );
    }
}
