//! [`Boilerplate::CustomerReviews`]: buyers' reviews under a product, a course or a game.

use super::names::name_words;
use super::{Ctx, HtmlRule, Needs};
use crate::dom::{NodeId, Tag};
use crate::removal::Boilerplate;
use crate::tuning::REVIEWS_MIN_REST_CHARS;

/// A block of customer reviews: a name that says reviews (`reviews`, `customer-reviews`,
/// `user_reviews_list`, `review-list`, a reviews vendor's `okeReviews`, `yotpo`, `jdgm`),
/// with the marks of buyers' reviews inside (star ratings, "helpful" votes, "verified"
/// buyers). Reviews are readers' posts, like comments: on a product page they often hold
/// more text than the product's own description, so they may go even when they hold most
/// of the page's text, as long as the title stays and some text is left beside them.
/// Near misses left alone: an editorial review (`review-body` around the article, or
/// sections named `…-review` in a buying guide), a `WebcamPreview`, and a post classed
/// `category-camera-reviews`.
pub(crate) const NAMED_BOX: HtmlRule = HtmlRule {
    name: "customer_reviews::named_box",
    kind: Boilerplate::CustomerReviews,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        let block = ctx
            .dom
            .tag(id)
            .is_some_and(|t| t.is_block() || t == Tag::Other);
        (block && names_reviews(ctx.ident(id)) && !guarded(ctx, id) && holds_review_marks(ctx, id))
            .then_some(id)
    },
};

/// `true` when a class or `id` of `ident` names a block of reviews. Taxonomy classes
/// (`category-…`, `tag-…`) describe a post, not a block, and are passed over, and so are
/// names of what a block has (`title-container--with-reviews`: a product card's title
/// beside its star rating; see [`name_words`]).
fn names_reviews(ident: &str) -> bool {
    if !ident.contains("review") {
        return false;
    }
    ident
        .split(' ')
        .filter(|name| !name.starts_with("category-") && !name.starts_with("tag-"))
        .any(|name| {
            let words: Vec<&str> = name_words(name).collect();
            let reviews = words.iter().any(|w| {
                matches!(*w, "reviews" | "yotpo" | "jdgm" | "okereviews")
                    || w.starts_with("okereviews")
            });
            let review_list = words.contains(&"review")
                && words.iter().any(|w| {
                    matches!(
                        *w,
                        "list" | "section" | "container" | "wrapper" | "widget" | "feed"
                    )
                });
            // An editor's reviews (`editorialReviews`: the publisher's blurbs) are the
            // product's own text.
            let editorial = words.iter().any(|w| w.starts_with("editorial"));
            (reviews || review_list) && !editorial
        })
}

/// Words of buyers' reviews: their votes and their buyers' badges. The bare words
/// "helpful" and "verified" are not enough: an editor's review is "helpful" too.
const REVIEW_MARKS: [&str; 8] = [
    "found this helpful",
    "found this review helpful",
    "was this review helpful",
    "helpful (",
    "verified purchase",
    "verified buyer",
    "verified reviewer",
    "verified owner",
];

/// `true` when `id` holds what buyers' reviews show: a star rating (an element named
/// `star…` or `rating…`), or votes and buyers' badges in its text ([`REVIEW_MARKS`]).
fn holds_review_marks(ctx: &Ctx, id: NodeId) -> bool {
    let rated = ((id + 1)..ctx.dom.end(id)).any(|n| {
        ctx.ident(n)
            .split([' ', '-', '_'])
            .any(|w| w.starts_with("star") || w.starts_with("rating"))
    });
    rated || {
        let text = ctx
            .dom
            .collect_text(id, |n| ctx.mask.hidden(n))
            .to_lowercase();
        REVIEW_MARKS.iter().any(|mark| text.contains(mark))
    }
}

/// `true` when `id` must stay although it is named for reviews: it is the page's root or
/// `main`, holds the title heading, or leaves less than [`REVIEWS_MIN_REST_CHARS`] of text
/// beside it (a page of reviews).
fn guarded(ctx: &Ctx, id: NodeId) -> bool {
    let page = ctx.stats.sums(ctx.body).text_chars;
    let here = ctx.stats.sums(id).text_chars;
    ctx.root_or_title(id) || page.saturating_sub(here) < REVIEWS_MIN_REST_CHARS
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn review_blocks_go_even_when_longer_than_the_description() {
        let review = "<div class=review><span class=stars>4 of 5</span><p>Great pack, the straps are comfortable on long hikes \
                      and the pockets hold everything I need for a day out.</p></div>";
        let description = "<p>A 25-liter day pack with a padded back panel, side pockets and \
                           a rain cover, made of recycled nylon.</p>";
        let page = in_article(&format!(
            "{}<section class=\"product-reviews\"><h2>Customer Reviews</h2>{}</section>",
            description.repeat(2),
            review.repeat(12)
        ));
        let hits = fired(&page);
        assert_eq!(hits[0].0, "customer_reviews::named_box");
        assert!(hits[0].1.starts_with("Customer Reviews"));
    }

    #[test]
    fn names_that_only_look_like_reviews() {
        assert!(super::names_reviews("product-reviews"));
        assert!(super::names_reviews("user_reviews_list"));
        assert!(super::names_reviews("review-list"));
        assert!(!super::names_reviews("webcampreview-container"));
        assert!(!super::names_reviews("hentry category-camera-reviews"));
        assert!(!super::names_reviews("hisense-dishwasher-review"));
        assert!(!super::names_reviews("editorialreviews_feature_div"));
        assert!(!super::names_reviews(
            "product-card_title-container product-card_title-container--with-reviews__x1"
        ));
    }

    #[test]
    fn an_editorial_review_stays() {
        let page = "<html><body><article class=\"review-container\"><h1>The Trail 25, tested</h1>\
                    <p>We carried the pack for a month, on trails and in town, and it held up.</p>\
                    </article><footer><p>Site footer text that is short.</p></footer></body></html>";
        assert!(
            fired(page)
                .iter()
                .all(|(rule, _)| *rule != "customer_reviews::named_box")
        );
    }
}
