//! [`Boilerplate::Navigation`]: site menus and navigation bars.

use super::{Ctx, HtmlRule, Needs, named_box};
use crate::dom::{AttrName, NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lines::{LineRule, run_end};
use crate::text::lines::Lines;
use crate::tuning::SECTION_MAX_CHARS;
use crate::tuning::{
    MENU_ITEM_MAX_CHARS, MENU_ITEM_MAX_WORDS, MENU_ROLE_MIN_ITEMS, MENU_RUN_MIN_LINES,
};

/// A `nav` element or `role="navigation"`, whatever share of the page it holds (a mega
/// menu's descriptions can outweigh a page of job cards). Near misses left alone: a `nav`
/// wrapping the page's title, and one over [`SECTION_MAX_CHARS`].
pub(crate) const NAV_ELEMENT: HtmlRule = HtmlRule {
    name: "navigation::nav_element",
    kind: Boilerplate::Navigation,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        let nav = ctx.dom.tag(id) == Some(Tag::Nav)
            || ctx.dom.attr(id, AttrName::Role).is_some_and(|r| {
                r.eq_ignore_ascii_case("navigation") || r.eq_ignore_ascii_case("menubar")
            });
        let small = ctx.stats.sums(id).text_chars <= SECTION_MAX_CHARS;
        (nav && small && !ctx.root_or_title(id)).then_some(id)
    },
};

/// A block named `nav`, `navbar`, `menu`, `navigation`, whose text is mostly links.
/// Near miss left alone: a restaurant's `menu` section of dishes (prose, few links).
pub(crate) const NAMED_MENU: HtmlRule = HtmlRule {
    name: "navigation::named_menu",
    kind: Boilerplate::Navigation,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        if ctx.stats.sums(id).link_density() < ctx.tuning.link_cluster_density {
            return None;
        }
        named_box(
            ctx,
            id,
            &[
                "nav",
                "navbar",
                "navigation",
                "menu",
                "*menu",
                "menu*",
                "topbar",
                "skip*",
            ],
            SECTION_MAX_CHARS,
        )
    },
};

/// A list of choices the page declares a menu: at least [`MENU_ROLE_MIN_ITEMS`] element
/// children, most of them `role="menuitem"` (`menuitemradio`, `menuitemcheckbox`) or
/// `role="option"` (a language picker, a sort order's choices), however long it is and
/// whatever share of the page it holds (its links read as one long paragraph). Near miss
/// left alone: a list with one menu item among its entries.
pub(crate) const MENU_ITEMS: HtmlRule = HtmlRule {
    name: "navigation::menu_items",
    kind: Boilerplate::Navigation,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        let (mut items, mut choices) = (0u32, 0u32);
        for child in ctx.dom.children(id) {
            if ctx.dom.element(child).is_none() {
                continue;
            }
            items += 1;
            let role = ctx.dom.attr(child, AttrName::Role).unwrap_or("").trim();
            choices += u32::from(role.starts_with("menuitem") || role == "option");
        }
        let menu = items >= MENU_ROLE_MIN_ITEMS && choices * 5 >= items * 4;
        (menu && !ctx.root_or_title(id)).then_some(id)
    },
};

/// A run of menu lines: at least `MENU_RUN_MIN_LINES` short lines in a row (no blank line
/// between), none a sentence or a list item. Near miss left alone: a list of short
/// sentences, or a two-line address.
pub(crate) const LINE_MENU_RUN: LineRule = LineRule {
    name: "navigation::menu_run",
    kind: Boilerplate::Navigation,
    fires: |lines: &Lines, i: usize| {
        let menu = |j: usize| {
            lines.get(j).is_some_and(|l| {
                !l.blank
                    && l.words <= MENU_ITEM_MAX_WORDS
                    && !l.sentence
                    && l.marker.is_none()
                    && l.chars <= MENU_ITEM_MAX_CHARS
                    // A byline or a date belongs to an article's header, not to a menu.
                    && super::byline_name(l.text).is_none()
                    && crate::metadata::date::find_visible(l.text).is_none()
            })
        };
        let end = run_end(i, menu);
        (end - i >= MENU_RUN_MIN_LINES).then_some(end)
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn menu_run_goes_and_short_pair_stays() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("Home\nNews\nSport\nWeather")[0].0,
            "navigation::menu_run"
        );
        assert!(fired_lines("Jane Doe\nOslo").is_empty());
        // Near miss: a title, its byline and its date are short lines too.
        let header = fired_lines("Budget vote postponed\nBy Ada Park\nMarch 4, 2025");
        assert!(
            header
                .iter()
                .all(|(rule, _)| *rule != "navigation::menu_run"),
            "{header:?}"
        );
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn menus_go_and_prose_menus_stay() {
        assert_eq!(
            fired(&in_article("<nav><a href=/>Home</a></nav>"))[0].0,
            "navigation::nav_element"
        );
        let menu =
            "<ul class=main-menu><li><a href=/a>World</a></li><li><a href=/b>Sport</a></li></ul>";
        assert_eq!(fired(&in_article(menu))[0].0, "navigation::named_menu");
        let dishes =
            "<div class=menu><p>Roast lamb with rosemary, potatoes and a red wine sauce.</p></div>";
        assert!(fired(&in_article(dishes)).is_empty());
    }

    #[test]
    fn declared_menus_go_however_long() {
        let choice = |lang: &str| {
            format!("<a role=menuitemradio href=\"/trending/{lang}\">{lang} language</a>")
        };
        let picker: String = (0..300).map(|n| choice(&format!("L{n}"))).collect();
        let html = format!("<div data-filter-list>{picker}</div>");
        assert_eq!(fired(&in_article(&html))[0].0, "navigation::menu_items");
        // Near miss: a list with one menu item among its entries.
        let list = format!(
            "<div>{}<a href=/a>Alder</a><a href=/b>Birch</a><a href=/c>Cedar</a>\
             <a href=/d>Damson</a><a href=/e>Elm</a></div>",
            choice("Rust")
        );
        assert!(
            fired(&in_article(&list))
                .iter()
                .all(|(rule, _)| *rule != "navigation::menu_items")
        );
    }
}
