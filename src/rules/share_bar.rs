//! [`Boilerplate::ShareBar`]: "Share this" buttons and follow links.

use super::{Ctx, HtmlRule, Needs, label_only, labelled, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::rules::lexicon;
use crate::rules::lines::{LineRule, bare, run_end};
use crate::text::lines::Lines;
use crate::tuning::LINE_LABEL_MAX_CHARS;
use crate::tuning::WIDGET_MAX_CHARS;

/// A heading "Share this:", "Teilen", "Partager" and the small section it opens.
pub(crate) const LABELLED: HtmlRule = HtmlRule {
    name: "share_bar::share_heading",
    kind: Boilerplate::ShareBar,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| labelled(ctx, id, Boilerplate::ShareBar),
};

/// A small block named `share*`, `social*`, `addthis`, `sociable`. Near miss left alone: a
/// big wrapper named `social-layout` that holds the article (over the widget size limit).
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "share_bar::named_box",
    kind: Boilerplate::ShareBar,
    needs: Needs::Name,
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
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::ShareBar),
};

/// Share labels and buttons, one per line: "Share this:", "Facebook", "Twitter", "Print".
/// Near miss left alone: a sentence that names a network.
pub(crate) const LINE_BUTTONS: LineRule = LineRule {
    name: "share_bar::button_lines",
    kind: Boilerplate::ShareBar,
    fires: |lines: &Lines, i: usize| {
        let is_button = |j: usize| {
            lines.get(j).is_some_and(|l| {
                !l.blank
                    && (lexicon::SHARE_TARGETS.contains(&bare(l.text).as_str())
                        || (l.chars <= LINE_LABEL_MAX_CHARS
                            && lexicon::section_label(l.text) == Some(Boilerplate::ShareBar)))
            })
        };
        is_button(i).then(|| run_end(i, is_button))
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn share_lines_go() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("Share this:\nFacebook\nTwitter"),
            [("share_bar::button_lines", "Share this:".to_string())]
        );
        assert!(fired_lines("Facebook said on Monday it would change its rules.").is_empty());
    }

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
