//! [`Boilerplate::Newsletter`]: newsletter and subscription boxes, paywall prompts and
//! appeals for support.

use super::{Ctx, HtmlRule, Needs, label_only, labelled, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::rules::lines::{LineRule, label_line};
use crate::text::lines::Lines;
use crate::tuning::WIDGET_MAX_CHARS;

/// A heading "Subscribe to our newsletter" / "Newsletter abonnieren" and its section.
pub(crate) const LABELLED: HtmlRule = HtmlRule {
    name: "newsletter::signup_heading",
    kind: Boilerplate::Newsletter,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| labelled(ctx, id, Boilerplate::Newsletter),
};

/// A short element, not a heading, whose whole text is a sign-up prompt ("Click here to
/// subscribe", "Join our mailing list!", a paywall's "To Read the Full Story") (the
/// element alone goes). Near miss left alone: a sentence that mentions a newsletter.
pub(crate) const LABEL_ONLY: HtmlRule = HtmlRule {
    name: "newsletter::label_only",
    kind: Boilerplate::Newsletter,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::Newsletter),
};

/// A small block named `newsletter`, `subscribe`, `signup`, `mailchimp`, `mc4wp`, or a
/// wiki's `siteNotice` (the banner its appeals and announcements run in).
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "newsletter::named_box",
    kind: Boilerplate::Newsletter,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "newsletter*",
                "*newsletter",
                "subscribe*",
                "*subscribe",
                "subscription",
                "signup",
                "mailchimp*",
                "mc4wp*",
                "optin",
                "sitenotice",
            ],
            WIDGET_MAX_CHARS,
        )
    },
};

/// A line that is a newsletter label ("Subscribe to our newsletter").
pub(crate) const LINE_LABEL: LineRule = LineRule {
    name: "newsletter::label_line",
    kind: Boilerplate::Newsletter,
    fires: |lines: &Lines, i: usize| label_line(lines, i, Boilerplate::Newsletter),
};

#[cfg(test)]
mod tests {
    #[test]
    fn label_line_goes() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("Subscribe to our newsletter")[0].0,
            "newsletter::label_line"
        );
        assert!(fired_lines("The newsletter was founded in 1990, its editor said.").is_empty());
    }

    #[test]
    fn a_signup_prompt_goes_and_a_sentence_about_a_newsletter_stays() {
        use crate::rules::testing::{fired, in_article};
        for prompt in [
            "<p>Get the latest updates right in your inbox. Subscribe to our letters.</p>",
            "<div><a href=/s>To Read the Full Story</a></div>",
        ] {
            assert_eq!(
                fired(&in_article(prompt))[0].0,
                "newsletter::label_only",
                "{prompt}"
            );
        }
        let sentence = in_article("<p>The newsletter was founded in 1990, its editor said.</p>");
        assert!(fired(&sentence).is_empty());
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn signup_box_goes_and_article_mention_stays() {
        let page =
            in_article("<div class=newsletter-box><p>Get the best stories every week.</p></div>");
        assert_eq!(fired(&page)[0].0, "newsletter::named_box");
        let notice = in_article(
            "<div id=siteNotice><p>Help us keep the wiki running: give a little today.</p></div>",
        );
        assert_eq!(fired(&notice)[0].0, "newsletter::named_box");
        assert!(
            fired(&in_article(
                "<p>The newsletter was founded in 1990, its editor said.</p>"
            ))
            .is_empty()
        );
    }
}
