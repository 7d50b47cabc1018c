//! [`Boilerplate::Footer`]: page footers with copyright and legal links.

use super::{Ctx, HtmlRule, removable_box};
use crate::dom::{AttrName, NodeId, Tag};
use crate::removal::Boilerplate;
use crate::tuning::SECTION_MAX_CHARS;

/// A `footer` element, `role="contentinfo"`, or a block named `footer` / `site-footer`.
/// Inside an article a footer holds tags and share links, which are boilerplate too.
/// Near miss left alone: a `footer` that holds most of the page's paragraphs (protected).
pub(crate) const PAGE_FOOTER: HtmlRule = HtmlRule {
    name: "footer::page_footer",
    kind: Boilerplate::Footer,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let hit = dom.tag(id) == Some(Tag::Footer)
            || dom
                .attr(id, AttrName::Role)
                .is_some_and(|r| r.eq_ignore_ascii_case("contentinfo"))
            || ctx.named(
                id,
                &[
                    "footer",
                    "site-footer",
                    "sitefooter",
                    "pagefooter",
                    "copyright",
                ],
            );
        if hit {
            removable_box(ctx, id, SECTION_MAX_CHARS)
        } else {
            None
        }
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn footer_goes() {
        let page = in_article("<footer>© 2016 Site. All rights reserved.</footer>");
        assert_eq!(fired(&page)[0].0, "footer::page_footer");
    }
}
