//! [`Boilerplate::Footer`]: page footers with copyright and legal links.

use super::{Ctx, HtmlRule, Needs, label_only, named_box, removable_box};
use crate::dom::{AttrName, NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lines::{LineRule, label_line};
use crate::text::lines::Lines;
use crate::tuning::LINE_LABEL_MAX_CHARS;
use crate::tuning::SECTION_MAX_CHARS;

/// A `footer` element, `role="contentinfo"`, or a block named `footer` / `site-footer`.
/// Inside an article a footer holds tags and share links, which are boilerplate too.
/// The page's own footer (a `footer` or `contentinfo` outside any `article` or `main`) goes
/// whatever its size, even when it holds most of the page's text: on a page whose scripts
/// fill in the rest, its links and legal notes are all there is, and they are still not an
/// article.
/// Near miss left alone: a block merely named `footer` that holds most of the page's
/// paragraphs (protected).
pub(crate) const PAGE_FOOTER: HtmlRule = HtmlRule {
    name: "footer::page_footer",
    kind: Boilerplate::Footer,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let hit = dom.tag(id) == Some(Tag::Footer)
            || dom
                .attr(id, AttrName::Role)
                .is_some_and(|r| r.eq_ignore_ascii_case("contentinfo"))
            || ctx.named(
                id,
                &[
                    "footer",
                    "site-footer",
                    "sitefooter",
                    "pagefooter",
                    "copyright",
                ],
            );
        if !hit {
            None
        } else if page_footer(ctx, id) {
            // Whatever its size: a maker's footnotes and legal notes run to pages.
            (!ctx.root_or_title(id)).then_some(id)
        } else {
            removable_box(ctx, id, SECTION_MAX_CHARS)
        }
    },
};

/// The page's fine print: a block named `disclaimer`, `disclosure`, `legal` or
/// `fine-print` (an offer's numbered terms, a fund's risk notes, an affiliate disclosure),
/// which a footer would hold if the page had put it there. Near miss left alone: such a
/// block holding most of the page's text (a legal notice page is its notice: protected).
pub(crate) const FINE_PRINT: HtmlRule = HtmlRule {
    name: "footer::fine_print",
    kind: Boilerplate::Footer,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "disclaimer",
                "disclaimers",
                "disclosures",
                "legal",
                "fine-print",
                "fineprint",
            ],
            SECTION_MAX_CHARS,
        )
    },
};

/// `true` for the page's own footer: a `footer` element or `role="contentinfo"` with no
/// `article` or `main` around it.
fn page_footer(ctx: &Ctx, id: NodeId) -> bool {
    let dom = ctx.dom;
    let footer = dom.tag(id) == Some(Tag::Footer)
        || dom
            .attr(id, AttrName::Role)
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("contentinfo"));
    footer
        && !dom
            .ancestors(id)
            .any(|a| matches!(dom.tag(a), Some(Tag::Article | Tag::Main)))
}

/// A short element whose text is a copyright line ("© 2019 Press TV. All rights
/// reserved.", "Copyright 2019 ..."), wherever it stands. Near miss left alone: a sentence
/// about copyright law (not a whole-line label: it neither opens with "Copyright" nor says
/// "all rights reserved").
pub(crate) const COPYRIGHT_LINE: HtmlRule = HtmlRule {
    name: "footer::copyright_line",
    kind: Boilerplate::Footer,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::Footer),
};

/// A copyright line: "© 2016 Site", "Copyright 2019 ...", "... All rights reserved."
pub(crate) const LINE_COPYRIGHT: LineRule = LineRule {
    name: "footer::copyright_line_text",
    kind: Boilerplate::Footer,
    fires: |lines: &Lines, i: usize| {
        let line = lines.get(i)?;
        (line.text.starts_with('©') && line.chars <= LINE_LABEL_MAX_CHARS)
            .then_some(i + 1)
            .or_else(|| label_line(lines, i, Boilerplate::Footer))
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn copyright_text_line_goes() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("© 2016 World Affairs Blog")[0].0,
            "footer::copyright_line_text"
        );
        assert!(fired_lines("The court said the copyright had expired in 1990.").is_empty());
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn fine_print_goes_but_not_a_page_of_it() {
        let terms = in_article(
            "<div class=disclaimer><ol><li>This offer is open to new accounts only and may end \
             at any time.</li><li>Fees and expenses still apply.</li></ol></div>",
        );
        assert_eq!(fired(&terms)[0].0, "footer::fine_print");
        // A shop's collapsible filter (`facets__disclosure`) is no fine print.
        let filter =
            in_article("<details class=facets__disclosure><summary>Roast</summary></details>");
        assert!(fired(&filter).iter().all(|f| f.0 != "footer::fine_print"));
        // A legal notice that is the page is the content.
        let notice = format!(
            "<body><div class=legal><h1>Terms of use</h1>{}</div></body>",
            "<p>By using this site you agree to these terms, which we may change with notice \
             posted on this page at any time.</p>"
                .repeat(5)
        );
        assert!(fired(&notice).is_empty());
    }

    #[test]
    fn copyright_line_goes() {
        let page = in_article("<p>Copyright 2019 Press TV. All rights reserved.</p>");
        assert_eq!(fired(&page)[0].0, "footer::copyright_line");
        assert!(
            fired(&in_article(
                "<p>The court said the copyright had expired in 1990.</p>"
            ))
            .is_empty()
        );
    }

    #[test]
    fn page_footer_goes_even_as_all_the_text() {
        let shell = "<body><div id=root></div><footer><h5>Help</h5><p>Help Center, \
                     Disputes, Return policy, Report infringement, Transparency \
                     Center</p><p>Russian, Portuguese, Spanish, French, German</p></footer>\
                     </body>";
        assert_eq!(fired(shell)[0].0, "footer::page_footer");
        // Whatever its size: pages of footnotes are still the footer.
        let note = "<p>Testing was conducted in March with preproduction units; results vary.</p>";
        let long = format!(
            "<body><main><h1>Lamp</h1><p>A lamp that fits in a pocket.</p></main>\
             <footer>{}</footer></body>",
            note.repeat(120)
        );
        assert_eq!(fired(&long)[0].0, "footer::page_footer");
        // A `footer` inside `main` that holds its text is the content's.
        let story = "<body><main><footer><p>The river rose all night, the keeper said.</p>\
                     <p>By dawn the bridge was gone and the village cut off.</p></footer>\
                     </main></body>";
        assert!(fired(story).is_empty());
    }

    #[test]
    fn footer_goes() {
        let page = in_article("<footer>© 2016 Site. All rights reserved.</footer>");
        assert_eq!(fired(&page)[0].0, "footer::page_footer");
    }
}
