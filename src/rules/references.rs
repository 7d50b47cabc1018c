//! [`Boilerplate::References`]: the list of sources under a text.

use super::{Ctx, HtmlRule, Needs, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::SECTION_MAX_CHARS;

/// A block named `references`, `reflist`, `mw-references-wrap` (a wiki's numbered
/// sources) or `footnotes` (a blog's notes under the post): what a text points to, not
/// its text. Near miss left alone:
/// `reference-guide` (a page whose content is a reference manual names itself so).
pub(crate) const NAMED_LIST: HtmlRule = HtmlRule {
    name: "references::named_list",
    kind: Boilerplate::References,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &["references", "reflist", "mw-references-wrap", "footnotes"],
            SECTION_MAX_CHARS,
        )
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn a_source_list_goes_and_a_reference_guide_stays() {
        let wiki = in_article(
            "<div class=reflist><ol class=references><li><cite class=citation>Hall, C. \
             (2019). Rivers of the north. Oxford.</cite></li></ol></div>",
        );
        assert_eq!(fired(&wiki)[0].0, "references::named_list");
        let notes = in_article(
            "<div class=footnotes><ol><li id=fn1>First printed in the keeper's log, 1901.</li></ol></div>",
        );
        assert_eq!(fired(&notes)[0].0, "references::named_list");
        let guide = in_article(
            "<div class=reference-guide><p>The river rose all night, said the keeper.</p></div>",
        );
        assert!(fired(&guide).is_empty());
    }
}
