//! [`Boilerplate::Widget`]: forms and other interface pieces with no prose.

use super::{Ctx, HtmlRule, removable_box};
use crate::dom::{NodeId, Tag};
use crate::removal::Boilerplate;
use crate::tuning::WIDGET_MAX_CHARS;

/// A small `form` (search boxes, login boxes); comment forms are caught first by
/// `comment_form`. Near miss left alone: a form wrapping a whole page (ASP.NET style), which
/// is over the size limit or protected.
pub(crate) const FORM: HtmlRule = HtmlRule {
    name: "widget::form",
    kind: Boilerplate::Widget,
    fires: |ctx: &Ctx, id: NodeId| {
        if ctx.dom.tag(id) == Some(Tag::Form) {
            removable_box(ctx, id, WIDGET_MAX_CHARS)
        } else {
            None
        }
    },
};

#[cfg(test)]
mod tests {
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
