//! [`Boilerplate::Pagination`]: page numbers and previous/next post links.

use super::{Ctx, HtmlRule, Needs, named_box, short_text_with_digit};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::WIDGET_MAX_CHARS;

/// A small block named `pagination`, `pager`, `post-navigation`, `nav-links`, `page-numbers`.
pub(crate) const NAMED_PAGER: HtmlRule = HtmlRule {
    name: "pagination::named_pager",
    kind: Boilerplate::Pagination,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "pagination*",
                "*pagination",
                "pager",
                "paging",
                "postnavigation",
                "prevnext",
                "pagenav",
                "wp-pagenavi",
                "post-navigation",
                "nav-links",
                "page-numbers",
                "post-nav",
                "next-prev",
                "prev-next",
                // DocBook's "Prev Up Home Next" bars above and below each page.
                "navheader",
                "navfooter",
            ],
            WIDGET_MAX_CHARS,
        )
    },
};

/// A page counter standing alone: "Page 1 of 8", "Seite 2 von 5", "Página 3 de 9" (the
/// position of a story split over pages, or of a listing). Near miss left alone: a line
/// with more words ("Page 1 of 8: the river's source").
pub(crate) const PAGE_COUNTER: HtmlRule = HtmlRule {
    name: "pagination::page_counter",
    kind: Boilerplate::Pagination,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let text = short_text_with_digit(ctx, id, PAGE_COUNTER_MAX_CHARS)?;
        is_page_counter(&text).then_some(id)
    },
};

/// Longest text a page counter has ("Página 100 de 120").
const PAGE_COUNTER_MAX_CHARS: u32 = 30;

/// "Page 1 of 8": a word for a page, then a position within a count, as a gallery's
/// counter has it ([`super::widget::is_slide_counter`]).
fn is_page_counter(text: &str) -> bool {
    let text = text.trim();
    let Some((word, rest)) = text.split_once(char::is_whitespace) else {
        return false;
    };
    ["page", "seite", "página", "pagina"].contains(&word.to_lowercase().as_str())
        && !rest.contains('/')
        && super::widget::is_slide_counter(rest)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_page_counter_goes_and_a_longer_line_stays() {
        for counter in ["Page 1 of 8", "Seite 2 von 5", "Página 3 de 9"] {
            assert!(super::is_page_counter(counter), "{counter}");
        }
        for line in [
            "Page 1 of 8: the river's source",
            "Page 9 of 8",
            "Pages 1 of 8",
        ] {
            assert!(!super::is_page_counter(line), "{line}");
        }
        use crate::rules::testing::{fired, in_article};
        let page = in_article("<p class=muted>Page 1 of 8</p>");
        assert_eq!(fired(&page)[0].0, "pagination::page_counter");
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn pager_goes() {
        let page = in_article(
            "<div class=nav-links><a href=/p>Previous post</a><a href=/n>Next post</a></div>",
        );
        assert_eq!(fired(&page)[0].0, "pagination::named_pager");
        // DocBook's bar over a manual's page.
        let docbook = in_article(
            "<div class=navheader><table><tr><td><a href=p.html>Prev</a></td><td><a \
             href=u.html>Up</a></td><td><a href=n.html>Next</a></td></tr></table></div>",
        );
        assert_eq!(fired(&docbook)[0].0, "pagination::named_pager");
    }
}
