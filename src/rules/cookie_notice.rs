//! [`Boilerplate::CookieNotice`]: cookie and consent banners.

use super::{Ctx, HtmlRule, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::WIDGET_MAX_CHARS;

/// A small block named `cookie*`, `consent`, `gdpr`. Near miss left alone: a recipe's
/// `<div class="cookie-recipe">` with the whole article in it (too big for a banner).
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "cookie_notice::named_banner",
    kind: Boilerplate::CookieNotice,
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

#[cfg(test)]
mod tests {
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
