//! [`Boilerplate::EmptyImageCredit`]: captions that hold a credit label and no name.

use super::{Ctx, HtmlRule, Needs, lexicon};
use crate::dom::{NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lines::LineRule;
use crate::text::lines::Lines;
use crate::tuning::CREDIT_LABEL_MAX_CHARS;

/// A `figcaption` (or an element classed as a caption) reading only "Image Source:",
/// "Photo:", "Foto:" ... Signals: caption element, text is a credit label with nothing after.
/// Near miss left alone: "Image Source: Scott Kelly" (a credit, kept on the image).
pub(crate) const CAPTION_LABEL_ONLY: HtmlRule = HtmlRule {
    name: "empty_image_credit::caption_label_only",
    kind: Boilerplate::EmptyImageCredit,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let caption = ctx.dom.tag(id) == Some(Tag::Figcaption)
            || ctx.named(id, &["caption", "*caption", "credit*", "*credit"]);
        if !caption {
            return None;
        }
        let text = ctx.short_text(id, CREDIT_LABEL_MAX_CHARS)?;
        (!text.is_empty() && lexicon::credit(&text) == Some("")).then_some(id)
    },
};

/// A line that is only a credit label: "Image Source:", "Photo:", "Foto:". Near miss left
/// alone: "Image Source: Scott Kelly" (a credit, kept as an image).
pub(crate) const LINE_BARE_LABEL: LineRule = LineRule {
    name: "empty_image_credit::bare_label_line",
    kind: Boilerplate::EmptyImageCredit,
    fires: |lines: &Lines, i: usize| {
        let line = lines.get(i)?;
        (!line.blank
            && line.chars <= CREDIT_LABEL_MAX_CHARS as usize
            && lexicon::credit(line.text) == Some(""))
        .then_some(i + 1)
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn bare_credit_line_goes_and_named_credit_stays() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("Image Source:")[0].0,
            "empty_image_credit::bare_label_line"
        );
        assert!(fired_lines("Image Source: NASA").is_empty());
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn bare_credit_label_goes() {
        let page =
            in_article("<figure><img src=a.jpg><figcaption>Image Source:</figcaption></figure>");
        assert_eq!(
            fired(&page),
            [(
                "empty_image_credit::caption_label_only",
                "Image Source:".to_string()
            )]
        );
    }

    #[test]
    fn named_credit_stays() {
        let page = in_article(
            "<figure><img src=a.jpg><figcaption>Image Source: NASA</figcaption></figure>",
        );
        assert!(fired(&page).is_empty());
    }
}
