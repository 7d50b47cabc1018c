//! [`Boilerplate::ShareBar`]: "Share this" buttons and follow links.

use super::{Ctx, HtmlRule, label_only, labelled, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::WIDGET_MAX_CHARS;

/// A heading "Share this:", "Teilen", "Partager" and the small section it opens.
pub(crate) const LABELLED: HtmlRule = HtmlRule {
    name: "share_bar::share_heading",
    kind: Boilerplate::ShareBar,
    fires: |ctx: &Ctx, id: NodeId| labelled(ctx, id, Boilerplate::ShareBar),
};

/// A small block named `share*`, `social*`, `addthis`, `sociable`. Near miss left alone: a
/// big wrapper named `social-layout` that holds the article (over the widget size limit).
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "share_bar::named_box",
    kind: Boilerplate::ShareBar,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "share*", "*share", "sharing*", "social*", "addthis*", "sociable", "*sharing",
            ],
            WIDGET_MAX_CHARS,
        )
    },
};

/// A short element, not a heading, whose whole text is a share label ("Share this on WhatsApp") (the element alone goes).
pub(crate) const LABEL_ONLY: HtmlRule = HtmlRule {
    name: "share_bar::label_only",
    kind: Boilerplate::ShareBar,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::ShareBar),
};

#[cfg(test)]
mod tests {
    #[test]
    fn lone_label_goes() {
        let page =
            crate::rules::testing::in_article("<div><a href=w>Share this on WhatsApp</a></div>");
        assert_eq!(
            crate::rules::testing::fired(&page)[0].0,
            "share_bar::label_only"
        );
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn sharedaddy_bar_goes() {
        let page = in_article(
            "<div class='sharedaddy sd-sharing-enabled'><h3>Share this:</h3><a href=t>Twitter</a></div>",
        );
        assert!(fired(&page)[0].0.starts_with("share_bar::"));
        let page = in_article("<div class=social-links><a href=t>Twitter</a></div>");
        assert_eq!(fired(&page)[0].0, "share_bar::named_box");
    }

    #[test]
    fn sentence_about_sharing_stays() {
        assert!(
            fired(&in_article(
                "<p>Share prices fell sharply on Monday, traders said.</p>"
            ))
            .is_empty()
        );
    }
}
