//! [`Boilerplate::SiteHeader`]: the page's header with logo, tagline and menus.

use super::{Ctx, HtmlRule, Needs, removable_box};
use crate::dom::{AttrName, NodeId, Tag};
use crate::removal::Boilerplate;
use crate::tuning::SECTION_MAX_CHARS;

/// A `header` outside any `article`/`main`, `role="banner"`, or a block named `masthead` /
/// `site-header`. Near miss left alone: the article's own `<header class="entry-header">`
/// with the title (inside the article, and protected by the title heading).
pub(crate) const PAGE_HEADER: HtmlRule = HtmlRule {
    name: "site_header::page_header",
    kind: Boilerplate::SiteHeader,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let ident = ctx.ident(id);
        let hit = (dom.tag(id) == Some(Tag::Header) && !ctx.inside_content(id))
            || dom
                .attr(id, AttrName::Role)
                .is_some_and(|r| r.eq_ignore_ascii_case("banner"))
            || ident.contains("masthead")
            || ident.contains("site-header")
            || ident.contains("page-header") && !ctx.inside_content(id);
        if hit {
            removable_box(ctx, id, SECTION_MAX_CHARS)
        } else {
            None
        }
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    #[test]
    fn page_header_goes_and_article_header_stays() {
        let page = "<body><header><a href=/>Site</a> The tagline</header><article><header><h1>T</h1>\
                    <p>By a writer</p></header><p>BODY_SENTINEL text of the article, long enough.</p></article></body>";
        // The byline beside the title goes as article meta; the header itself stays.
        let headers: Vec<_> = fired(page)
            .into_iter()
            .filter(|f| f.0 == "site_header::page_header")
            .collect();
        assert_eq!(
            headers,
            [("site_header::page_header", "Site The tagline".to_string())]
        );
    }
}
