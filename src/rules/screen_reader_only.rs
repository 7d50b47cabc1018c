//! [`Boilerplate::ScreenReaderOnly`]: text a page hides from the screen and gives to
//! screen readers.

use super::{Ctx, HtmlRule, Needs};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::SCREEN_READER_MAX_CHARS;

/// An element whose class moves it off the screen for screen readers: `sr-only`,
/// `visually-hidden`, `screen-reader-text`, `a11y-hidden`, `offscreen`, `clipped` (cut to
/// one pixel by a CSS `clip` rule, a design system's name for it). Such text spells
/// out what the eye reads from the layout: "Skip to product information", "Regular
/// price", "Variant sold out or unavailable", "(opens in a new tab)", a price repeated
/// for the ear. Spans and headings count as well as blocks; a block over
/// [`SCREEN_READER_MAX_CHARS`] is left alone (a whole section shipped hidden is no
/// spoken hint), and so is the title's heading. Near miss left alone: `hidden-xs` (hidden
/// on small screens only, shown on others) and `visually-hidden-focusable` alone, which
/// a skip link's focus shows: it still goes, named `sr-only` beside it, as most are.
pub(crate) const SCREEN_READER_TEXT: HtmlRule = HtmlRule {
    name: "screen_reader_only::sr_class",
    kind: Boilerplate::ScreenReaderOnly,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        let spoken = ctx.stats.sums(id).text_chars <= SCREEN_READER_MAX_CHARS
            && ctx.named(
                id,
                &[
                    "sr-only",
                    "*-sr-only",
                    "sr_only",
                    "visually-hidden",
                    "*-visually-hidden",
                    "*__visually-hidden",
                    "visuallyhidden",
                    "hidden-visually",
                    "screen-reader-text",
                    "screen-reader-only",
                    "screenreader-only",
                    "screenreader",
                    "a11y-hidden",
                    "element-invisible",
                    "offscreen",
                    "clipped",
                ],
            );
        (spoken && !ctx.root_or_title(id)).then_some(id)
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn spoken_hints_go_and_screen_text_stays() {
        for block in [
            "<a href=#main class=\"sr-only sr-only-focusable\">Skip to content</a>",
            "<span class=visually-hidden>Regular price</span>",
            "<span class=a-offscreen>$19.99</span>",
            "<span>EUR 163.12<span class=clipped>EUR 163.12</span></span>",
            "<span class=\"u-visually-hidden\">Opens in a new window</span>",
            "<label><span class=screen-reader-text>Search for:</span></label>",
        ] {
            let page = in_article(&format!("<p>The river rose all night. {block}</p>"));
            assert_eq!(fired(&page)[0].0, "screen_reader_only::sr_class", "{block}");
        }
        for block in [
            "<p class=hidden-xs>The river rose all night, said the keeper.</p>",
            "<p class=visually-hidden-focusable>The river rose all night.</p>",
            "<div class=srt-only-card>The river rose all night, said the keeper.</div>",
            "<p class=\"clip clip-text\">The river rose all night, said the keeper.</p>",
        ] {
            assert!(fired(&in_article(block)).is_empty(), "{block}");
        }
    }
}
