//! [`Boilerplate::Advertisement`]: ads, sponsored slots and their "Advertisement" labels.

use super::{Ctx, HtmlRule, Needs, label_only, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::rules::lines::{LineRule, label_line};
use crate::text::lines::Lines;
use crate::tuning::WIDGET_MAX_CHARS;

/// A short element whose whole text is "Advertisement", "Anzeige", "Publicité" ...
/// Near miss left alone: a sentence about advertising.
pub(crate) const LABEL_ONLY: HtmlRule = HtmlRule {
    name: "advertisement::label_only",
    kind: Boilerplate::Advertisement,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::Advertisement),
};

/// A small block named `ad`, `ads`, `advert*`, `adsbygoogle`, `sponsor*`, `dfp`.
/// Near miss left alone: `header` or `shadow` (the word must be `ad` itself).
pub(crate) const NAMED_SLOT: HtmlRule = HtmlRule {
    name: "advertisement::named_slot",
    kind: Boilerplate::Advertisement,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "ad",
                "ads",
                "advert*",
                "adsbygoogle",
                "adslot",
                "adunit",
                "sponsor*",
                "dfp",
                "gpt",
                "banner-ad",
                "taboola*",
                "outbrain*",
            ],
            WIDGET_MAX_CHARS,
        )
    },
};

/// A line that is an advertisement label ("Advertisement", "Anzeige").
pub(crate) const LINE_LABEL: LineRule = LineRule {
    name: "advertisement::label_line",
    kind: Boilerplate::Advertisement,
    fires: |lines: &Lines, i: usize| label_line(lines, i, Boilerplate::Advertisement),
};

#[cfg(test)]
mod tests {
    #[test]
    fn label_line_goes() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("Advertisement")[0].0,
            "advertisement::label_line"
        );
        assert!(fired_lines("Advertising revenue rose, the company said.").is_empty());
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn ad_label_and_slot_go() {
        assert_eq!(
            fired(&in_article("<div>Advertisement</div>"))[0].0,
            "advertisement::label_only"
        );
        assert_eq!(
            fired(&in_article("<div class='ad top'>Buy now</div>"))[0].0,
            "advertisement::named_slot"
        );
        assert!(
            fired(&in_article(
                "<div class=header-wrap><p>Advertising revenue rose, the company said.</p></div>"
            ))
            .is_empty()
        );
    }
}
