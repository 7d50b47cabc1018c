//! [`Boilerplate::Breadcrumbs`]: "Home › News › World" trails.

use super::{Ctx, HtmlRule, removable_box};
use crate::dom::{AttrName, NodeId};
use crate::removal::Boilerplate;
use crate::tuning::WIDGET_MAX_CHARS;

/// A small block named `breadcrumb*`, labelled `aria-label="breadcrumb"`, or typed
/// `schema.org/BreadcrumbList`.
pub(crate) const TRAIL: HtmlRule = HtmlRule {
    name: "breadcrumbs::trail",
    kind: Boilerplate::Breadcrumbs,
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

#[cfg(test)]
mod tests {
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
