//! [`Boilerplate::ArticleMeta`]: bylines, dates and category lines around the title (their
//! values go to the article's metadata, not its body).

use super::{Ctx, HtmlRule, label_only, named_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::META_LINE_MAX_CHARS;

/// A short block named `byline`, `entry-meta`, `post-meta`, `posted-on`, `dateline` ...
/// Near miss left alone: a block named `meta` that holds paragraphs (over the size limit).
pub(crate) const NAMED_LINE: HtmlRule = HtmlRule {
    name: "article_meta::named_line",
    kind: Boilerplate::ArticleMeta,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "byline*",
                "*byline",
                "entry-meta",
                "post-meta",
                "article-meta",
                "posted-on",
                "post-info",
                "entry-date",
                "dateline",
                "post-date",
                "article-date",
                "publish-date",
                "post-byline",
                "article-info",
                "meta-info",
            ],
            META_LINE_MAX_CHARS,
        )
    },
};

/// A short element that is a news agency's credit line ("Reporting by Greg Roumeliotis;
/// editing by Martin Howell"). Near miss left alone: a sentence that mentions reporting.
pub(crate) const CREDIT_LINE: HtmlRule = HtmlRule {
    name: "article_meta::credit_line",
    kind: Boilerplate::ArticleMeta,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::ArticleMeta),
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn credit_line_goes() {
        let page = in_article("<p>Reporting by Greg Roumeliotis; editing by Martin Howell</p>");
        assert_eq!(fired(&page)[0].0, "article_meta::credit_line");
        assert!(
            fired(&in_article(
                "<p>The reporting by the agency was accurate, officials said.</p>"
            ))
            .is_empty()
        );
    }

    #[test]
    fn byline_goes_and_long_meta_block_stays() {
        let page = in_article("<div class=entry-meta>By Jane Doe · August 12, 2016</div>");
        assert_eq!(fired(&page)[0].0, "article_meta::named_line");
        let long = format!(
            "<div class=entry-meta><p>{}</p></div>",
            "A real paragraph of text, with commas. ".repeat(20)
        );
        assert!(fired(&in_article(&long)).is_empty());
    }
}
