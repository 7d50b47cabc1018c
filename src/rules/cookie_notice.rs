//! [`Boilerplate::CookieNotice`]: cookie and consent banners.

use super::{Ctx, HtmlRule, Needs, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::rules::lexicon;
use crate::rules::lines::LineRule;
use crate::text::lines::Lines;
use crate::tuning::COOKIE_LINE_MAX_WORDS;
use crate::tuning::WIDGET_MAX_CHARS;

/// A small block named `cookie*`, `consent`, `gdpr`. Near miss left alone: a recipe's
/// `<div class="cookie-recipe">` with the whole article in it (too big for a banner).
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "cookie_notice::named_banner",
    kind: Boilerplate::CookieNotice,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "cookie*", "*cookie", "cookies", "consent*", "*consent", "gdpr*",
            ],
            WIDGET_MAX_CHARS,
        )
    },
};

/// A line announcing cookies ("We use cookies to ...", "Diese Website verwendet Cookies").
/// Near miss left alone: a recipe line about cookies (no consent phrase).
pub(crate) const LINE_NOTICE: LineRule = LineRule {
    name: "cookie_notice::notice_line",
    kind: Boilerplate::CookieNotice,
    fires: |lines: &Lines, i: usize| {
        let line = lines.get(i)?;
        (line.words <= COOKIE_LINE_MAX_WORDS
            && lexicon::section_label(line.text) == Some(Boilerplate::CookieNotice))
        .then_some(i + 1)
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn cookie_line_goes() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("We use cookies to ensure that we give you the best experience.")[0].0,
            "cookie_notice::notice_line"
        );
        assert!(fired_lines("Bake the cookies for twelve minutes.").is_empty());
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn cookie_banner_goes() {
        let page = in_article("<div id=cookie-notice>We use cookies. <a href=#>Accept</a></div>");
        assert_eq!(fired(&page)[0].0, "cookie_notice::named_banner");
        assert!(
            fired(&in_article(
                "<p>The cookie jar was empty again, she said.</p>"
            ))
            .is_empty()
        );
    }
}
