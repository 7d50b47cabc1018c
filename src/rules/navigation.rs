//! [`Boilerplate::Navigation`]: site menus and navigation bars.

use super::{Ctx, HtmlRule, named_box, removable_box};
use crate::dom::{AttrName, NodeId, Tag};
use crate::removal::Boilerplate;
use crate::tuning::SECTION_MAX_CHARS;

/// A `nav` element or `role="navigation"`. Near miss left alone: a `nav` wrapping the whole
/// page (protected: it holds the title or most paragraphs).
pub(crate) const NAV_ELEMENT: HtmlRule = HtmlRule {
    name: "navigation::nav_element",
    kind: Boilerplate::Navigation,
    fires: |ctx: &Ctx, id: NodeId| {
        let nav = ctx.dom.tag(id) == Some(Tag::Nav)
            || ctx.dom.attr(id, AttrName::Role).is_some_and(|r| {
                r.eq_ignore_ascii_case("navigation") || r.eq_ignore_ascii_case("menubar")
            });
        if nav {
            removable_box(ctx, id, SECTION_MAX_CHARS)
        } else {
            None
        }
    },
};

/// A block named `nav`, `navbar`, `menu`, `navigation`, whose text is mostly links.
/// Near miss left alone: a restaurant's `menu` section of dishes (prose, few links).
pub(crate) const NAMED_MENU: HtmlRule = HtmlRule {
    name: "navigation::named_menu",
    kind: Boilerplate::Navigation,
    fires: |ctx: &Ctx, id: NodeId| {
        if ctx.stats.sums(id).link_density() < ctx.tuning.link_cluster_density {
            return None;
        }
        named_box(
            ctx,
            id,
            &[
                "nav",
                "navbar",
                "navigation",
                "menu",
                "*menu",
                "menu*",
                "topbar",
                "skip*",
            ],
            SECTION_MAX_CHARS,
        )
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn menus_go_and_prose_menus_stay() {
        assert_eq!(
            fired(&in_article("<nav><a href=/>Home</a></nav>"))[0].0,
            "navigation::nav_element"
        );
        let menu =
            "<ul class=main-menu><li><a href=/a>World</a></li><li><a href=/b>Sport</a></li></ul>";
        assert_eq!(fired(&in_article(menu))[0].0, "navigation::named_menu");
        let dishes =
            "<div class=menu><p>Roast lamb with rosemary, potatoes and a red wine sauce.</p></div>";
        assert!(fired(&in_article(dishes)).is_empty());
    }
}
