//! [`Boilerplate::Pagination`]: page numbers and previous/next post links.

use super::{Ctx, HtmlRule, Needs, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::WIDGET_MAX_CHARS;

/// A small block named `pagination`, `pager`, `post-navigation`, `nav-links`, `page-numbers`.
pub(crate) const NAMED_PAGER: HtmlRule = HtmlRule {
    name: "pagination::named_pager",
    kind: Boilerplate::Pagination,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "pagination*",
                "*pagination",
                "pager",
                "paging",
                "postnavigation",
                "prevnext",
                "pagenav",
                "wp-pagenavi",
                "post-navigation",
                "nav-links",
                "page-numbers",
                "post-nav",
                "next-prev",
                "prev-next",
                // DocBook's "Prev Up Home Next" bars above and below each page.
                "navheader",
                "navfooter",
            ],
            WIDGET_MAX_CHARS,
        )
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn pager_goes() {
        let page = in_article(
            "<div class=nav-links><a href=/p>Previous post</a><a href=/n>Next post</a></div>",
        );
        assert_eq!(fired(&page)[0].0, "pagination::named_pager");
        // DocBook's bar over a manual's page.
        let docbook = in_article(
            "<div class=navheader><table><tr><td><a href=p.html>Prev</a></td><td><a \
             href=u.html>Up</a></td><td><a href=n.html>Next</a></td></tr></table></div>",
        );
        assert_eq!(fired(&docbook)[0].0, "pagination::named_pager");
    }
}
