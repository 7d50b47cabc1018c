//! Stage 3: `Dom` + `Mask` + `Stats` -> [`Verdicts`]: runs [`HTML_RULES`] once over the page.
//!
//! Elements are visited in document order; the first rule that fires removes its target's
//! subtree, and the walk jumps past it. Verdicts never overlap: a target that encloses
//! earlier verdicts (a labelled section around an empty caption) replaces them. Never
//! changes the tree. Cost: one pass, each rule O(1) on counts except short label texts.

use crate::dom::{Dom, NodeId};
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
    /// The same verdicts without those of `kind`.
    pub(crate) fn without(&self, kind: Boilerplate) -> Verdicts {
        Verdicts(self.0.iter().filter(|v| v.kind != kind).copied().collect())
    }

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
    let mut id = ctx.body;
    let end = dom.end(ctx.body).max(ctx.body + 1);
    while id < end {
        if mask.hidden(id) || dom.element(id).is_none() {
            id += 1;
            continue;
        }
        let hit = HTML_RULES
            .iter()
            .filter(|rule| !keep.contains(&rule.kind) && offered(&ctx, rule, id))
            .find_map(|rule| (rule.fires)(&ctx, id).map(|target| (rule, target)));
        match hit {
            Some((rule, target)) if dom.contains(target, id) => {
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
    Verdicts(verdicts)
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
