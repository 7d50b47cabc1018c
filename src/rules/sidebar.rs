//! [`Boilerplate::Sidebar`]: sidebars and widget columns.

use super::{Ctx, HtmlRule, Needs, named_box, removable_box};
use crate::dom::{AttrName, NodeId, Tag};
use crate::removal::Boilerplate;
use crate::tuning::SECTION_MAX_CHARS;

/// An `aside` outside the article body, or `role="complementary"`. Near miss left alone:
/// an `aside` inside the article (a pull quote or fact box, which is content).
pub(crate) const ASIDE: HtmlRule = HtmlRule {
    name: "sidebar::aside",
    kind: Boilerplate::Sidebar,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let hit = (dom.tag(id) == Some(Tag::Aside) && !ctx.inside_content(id))
            || dom
                .attr(id, AttrName::Role)
                .is_some_and(|r| r.eq_ignore_ascii_case("complementary"));
        if hit {
            removable_box(ctx, id, SECTION_MAX_CHARS)
        } else {
            None
        }
    },
};

/// A block named `sidebar` or `widget-area`. Near misses left alone: `widget` alone, which
/// page builders put on every block of the page, content included; and a block of prose
/// named for the layout (`sidebar-first-only`: the main column beside a sidebar).
pub(crate) const NAMED_COLUMN: HtmlRule = HtmlRule {
    name: "sidebar::named_column",
    kind: Boilerplate::Sidebar,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "sidebar*",
                "*sidebar",
                "widget-area",
                "widgetarea",
                "widgets-area",
            ],
            SECTION_MAX_CHARS,
        )
        .filter(|&hit| !ctx.reads_as_prose(hit))
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn sidebar_goes_and_fact_box_stays() {
        let page = "<body><article><h1>T</h1><p>BODY_SENTINEL text of the article, long enough.</p>\
                    <aside><p>Fact box inside the article, which is content.</p></aside></article>\
                    <aside><h2>Recent Posts</h2></aside></body>";
        let fired = fired(page);
        assert_eq!(fired.len(), 1);
        assert_eq!(fired[0].0, "sidebar::aside");
        assert_eq!(
            crate::rules::testing::fired(&in_article("<div id=sidebar>x</div>"))[0].0,
            "sidebar::named_column"
        );
    }
}
