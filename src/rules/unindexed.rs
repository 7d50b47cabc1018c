//! [`Boilerplate::Unindexed`]: blocks the page itself marks as no part of its content.

use super::{Ctx, HtmlRule, Needs, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::SECTION_MAX_CHARS;

/// A block whose class tells search engines to leave it out of the page's content: Google's
/// `nocontent` (a documentation site's banner, its "was this helpful" box and licence
/// footer) and Yahoo's `robots-nocontent`. The page's own word, so no other sign is asked
/// for. Near miss left alone: such a block holding most of the page's text (protected),
/// and `no-content` (an empty state's name: "no results").
pub(crate) const NOCONTENT_CLASS: HtmlRule = HtmlRule {
    name: "unindexed::nocontent_class",
    kind: Boilerplate::Unindexed,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &["nocontent", "robots-nocontent"],
            SECTION_MAX_CHARS,
        )
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn a_block_marked_nocontent_goes() {
        let footer = in_article(
            "<div class=\"devsite-content-footer nocontent\"><p>Except as otherwise noted, \
             the content of this page is licensed under a Creative Commons license.</p></div>",
        );
        assert_eq!(fired(&footer)[0].0, "unindexed::nocontent_class");
        let empty = in_article("<div class=no-content><p>Nothing matched your search.</p></div>");
        assert!(fired(&empty).is_empty());
    }
}
