//! [`Boilerplate::Breadcrumbs`]: "Home › News › World" trails.

use super::{Ctx, HtmlRule, Needs, removable_box};
use crate::dom::{AttrName, NodeId};
use crate::removal::Boilerplate;
use crate::rules::lines::LineRule;
use crate::text::lines::Lines;
use crate::tuning::BREADCRUMB_MAX_WORDS;
use crate::tuning::WIDGET_MAX_CHARS;

/// A small block named `breadcrumb*`, labelled `aria-label="breadcrumb"`, or typed
/// `schema.org/BreadcrumbList`.
pub(crate) const TRAIL: HtmlRule = HtmlRule {
    name: "breadcrumbs::trail",
    kind: Boilerplate::Breadcrumbs,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let hit = ctx.named(
            id,
            &["breadcrumb*", "*breadcrumb", "*breadcrumbs", "crumbs"],
        ) || dom
            .attr(id, AttrName::AriaLabel)
            .is_some_and(|v| v.to_lowercase().contains("breadcrumb"))
            || dom
                .attr(id, AttrName::Itemtype)
                .is_some_and(|v| v.contains("BreadcrumbList"));
        if hit {
            removable_box(ctx, id, WIDGET_MAX_CHARS)
        } else {
            None
        }
    },
};

/// A trail on one line: "Home › News › City", "Home / Blog / Travel". Signals: two or more
/// trail separators between short parts, no sentence ending.
pub(crate) const LINE_TRAIL: LineRule = LineRule {
    name: "breadcrumbs::trail_line",
    kind: Boilerplate::Breadcrumbs,
    fires: |lines: &Lines, i: usize| {
        let line = lines.get(i)?;
        let separators = [" › ", " » ", " > ", " / ", " | "]
            .iter()
            .map(|s| line.text.matches(s).count())
            .max()
            .unwrap_or(0);
        (separators >= 2 && line.words <= BREADCRUMB_MAX_WORDS && !line.sentence).then_some(i + 1)
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn trail_line_goes() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(
            fired_lines("Home › News › City")[0].0,
            "breadcrumbs::trail_line"
        );
        assert!(fired_lines("Prices rose 3 / 4 / 5 percent in turn, officials said.").is_empty());
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn trail_goes() {
        let page =
            in_article("<nav aria-label=breadcrumb><a href=/>Home</a> › <a href=/n>News</a></nav>");
        assert_eq!(fired(&page)[0].0, "breadcrumbs::trail");
        let page = in_article("<ol class=breadcrumb><li>Home</li></ol>");
        assert_eq!(fired(&page)[0].0, "breadcrumbs::trail");
    }
}
