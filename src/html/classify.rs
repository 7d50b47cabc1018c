//! Stage 3: `Dom` + `Mask` + `Stats` -> [`Verdicts`]: runs [`HTML_RULES`] once over the page.
//!
//! Elements are visited in document order; the first rule that fires removes its target's
//! subtree, and the walk jumps past it. Verdicts never overlap: a target that encloses
//! earlier verdicts (a labelled section around an empty caption) replaces them. On a page
//! of items, [`reclassify_without`] takes the link clusters back and walks their subtrees
//! once more. Never changes the tree. Cost: one pass (plus that walk over the clusters),
//! each rule O(1) on counts except short label texts.

use std::ops::Range;

use crate::dom::{Dom, NodeId, Tag};
use crate::html::measure::Stats;
use crate::html::prune::Mask;
use crate::removal::Boilerplate;
use crate::rules::{Ctx, HTML_RULES, HtmlRule};
use crate::tuning::Tuning;

/// One removed subtree.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Verdict {
    /// Root of the removed subtree.
    pub node: NodeId,
    /// One past its last node.
    pub end: NodeId,
    /// Why.
    pub kind: Boilerplate,
    /// The rule's name.
    pub rule: &'static str,
}

/// Removed subtrees, disjoint, in document order.
#[derive(Debug, Default)]
pub(crate) struct Verdicts(Vec<Verdict>);

impl Verdicts {
    /// These verdicts but those of `kind` on a node inside one of `parts`.
    pub(crate) fn without_inside(
        &self,
        kind: Boilerplate,
        dom: &Dom,
        parts: &[NodeId],
    ) -> Verdicts {
        let inside = |v: &Verdict| parts.iter().any(|&p| dom.contains(p, v.node));
        Verdicts(
            self.0
                .iter()
                .filter(|v| v.kind != kind || !inside(v))
                .copied()
                .collect(),
        )
    }

    /// These verdicts but those `drop` turns down.
    pub(crate) fn dropping(&self, drop: impl Fn(&Verdict) -> bool) -> Verdicts {
        Verdicts(self.0.iter().filter(|v| !drop(v)).copied().collect())
    }

    /// The verdict whose subtree holds `id`, if any (verdicts are disjoint and in
    /// document order, so a binary search finds it).
    pub(crate) fn covering(&self, id: NodeId) -> Option<&Verdict> {
        let after = self.0.partition_point(|v| v.node <= id);
        after
            .checked_sub(1)
            .and_then(|i| self.0.get(i))
            .filter(|v| id < v.end)
    }

    /// All verdicts in document order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Verdict> {
        self.0.iter()
    }
}

/// Runs every rule on every visible element once.
/// Rules of the kinds in `keep` are skipped (comments kept as content, say).
pub(crate) fn classify(
    dom: &Dom,
    mask: &Mask,
    stats: &Stats,
    tuning: &Tuning,
    keep: &[Boilerplate],
) -> Verdicts {
    let ctx = Ctx::new(dom, mask, stats, tuning);
    let mut verdicts: Vec<Verdict> = Vec::new();
    let end = dom.end(ctx.body).max(ctx.body + 1);
    walk(&ctx, ctx.body..end, keep, &mut verdicts);
    Verdicts(verdicts)
}

/// `verdicts` without those of `kind`, and with what the other rules find inside the
/// subtrees those verdicts removed: a page of items keeps its link clusters, but a menu
/// inside one (a header's navigation, first taken whole for its links) still goes. Rules
/// of the kinds in `keep` are skipped, as in [`classify`] (a page of items passes teaser
/// labels, [`Boilerplate::RelatedPosts`], there: "Latest News" over a run of linked
/// stories heads the items themselves). Cost: one more walk over the subtrees of `kind`
/// only.
pub(crate) fn reclassify_without(
    dom: &Dom,
    mask: &Mask,
    stats: &Stats,
    tuning: &Tuning,
    verdicts: &Verdicts,
    kind: Boilerplate,
    keep: &[Boilerplate],
) -> Verdicts {
    let ctx = Ctx::new(dom, mask, stats, tuning);
    let mut keep = keep.to_vec();
    keep.push(kind);
    let mut out = Vec::with_capacity(verdicts.0.len());
    for v in &verdicts.0 {
        if v.kind == kind {
            walk(&ctx, v.node..v.end, &keep, &mut out);
        } else {
            out.push(*v);
        }
    }
    Verdicts(out)
}

/// Runs the rules on the visible elements of `range`, in document order, appending to
/// `verdicts`; a target outside `range` (an ancestor of where the walk began) is passed
/// over.
fn walk(ctx: &Ctx, range: Range<NodeId>, keep: &[Boilerplate], verdicts: &mut Vec<Verdict>) {
    let (dom, mask) = (ctx.dom, ctx.mask);
    let floor = range.start;
    let mut id = range.start;
    while id < range.end {
        if mask.hidden(id) || dom.element(id).is_none() {
            id += 1;
            continue;
        }
        // Code is the text, whatever its words: `def login():` is no login button.
        if dom.tag(id) == Some(Tag::Pre) {
            id = dom.end(id).max(id + 1);
            continue;
        }
        let hit = HTML_RULES
            .iter()
            .filter(|rule| !keep.contains(&rule.kind) && offered(ctx, rule, id))
            .find_map(|rule| (rule.fires)(ctx, id).map(|target| (rule, target)));
        match hit {
            Some((rule, target)) if target >= floor && dom.contains(target, id) => {
                // Earlier verdicts inside the target give way to it (all past `floor`, as
                // the target is).
                while verdicts.last().is_some_and(|v| v.node >= target) {
                    verdicts.pop();
                }
                let target_end = dom.end(target);
                verdicts.push(Verdict {
                    node: target,
                    end: target_end,
                    kind: rule.kind,
                    rule: rule.name,
                });
                id = target_end.max(id + 1);
            }
            _ => id += 1,
        }
    }
}

/// `true` when `rule` is to be tried on `id`: the element has what the rule needs. In
/// debug builds (the tests) a rule not offered is tried all the same, and must not fire:
/// a wrong `needs` fails every test page that shows it.
fn offered(ctx: &Ctx, rule: &HtmlRule, id: NodeId) -> bool {
    let met = rule.needs.met(ctx, id);
    debug_assert!(
        met || (rule.fires)(ctx, id).is_none(),
        "{} fired on an element without what it needs ({:?})",
        rule.name,
        rule.needs
    );
    met
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor::Focus;
    use crate::html::measure::measure;
    use crate::html::prune::{Visibility, prune};

    /// The rules that fire on `html`, first as classified, then with `LinkCluster` taken
    /// back and its subtrees classified again.
    fn rules_before_and_after(html: &str) -> (Vec<&'static str>, Vec<&'static str>) {
        let dom = crate::dom::build(html);
        let tuning = Tuning::for_focus(Focus::Balanced);
        let mask = prune(&dom, Visibility::Rendered);
        let stats = measure(&dom, &mask, &tuning);
        let first = classify(&dom, &mask, &stats, &tuning, &[]);
        let again = reclassify_without(
            &dom,
            &mask,
            &stats,
            &tuning,
            &first,
            Boilerplate::LinkCluster,
            &[Boilerplate::RelatedPosts],
        );
        let names = |v: &Verdicts| v.iter().map(|v| v.rule).collect::<Vec<_>>();
        (names(&first), names(&again))
    }

    #[test]
    fn a_menu_inside_a_cluster_taken_back_still_goes() {
        let links: String = (0..12)
            .map(|n| format!("<a href=/c{n}>Category {n}</a> "))
            .collect();
        let html = format!(
            "<body><div class=top>{links}<div role=navigation><a href=/a>Account</a> \
             <a href=/b>Basket</a></div></div><main>{}</main></body>",
            "<p>Spades, forks and rakes for every bed, with handles in ash and heads in \
             forged steel that keep their edge through years of digging.</p>"
                .repeat(6)
        );
        let (first, again) = rules_before_and_after(&html);
        assert_eq!(first, ["link_cluster::dense_links"]);
        assert_eq!(again, ["navigation::nav_element"]);
    }
}
