//! Stage entry points for the criterion benches (`benches/stages.rs`, feature
//! `bench-internals`): thin wrappers, no logic; not a stable API.
use crate::article::Block;
use crate::dom::{self, Dom, NodeId};
use crate::extractor::Focus;
use crate::html::blocks::build_blocks;
use crate::html::classify::{Verdicts, classify};
use crate::html::locate;
use crate::html::measure::{Stats, measure};
use crate::html::prune::{Mask, Visibility, prune};
use crate::metadata;
use crate::tuning::Tuning;

/// `dom::build`: html5ever's parse straight into the arena; the node count.
pub fn parse_to_arena(html: &str) -> usize {
    dom::build(html).len()
}

/// A page taken once through the stages of `Extractor::run_html` with the default
/// options, each output kept so that one stage can be re-run alone on its inputs.
/// First pass only: the fallbacks (hidden text, item pages, the whole body) are not taken.
pub struct Prepared {
    dom: Dom,
    tuning: Tuning,
    mask: Mask,
    stats: Stats,
    verdicts: Verdicts,
    parts: Vec<NodeId>,
    removed: Vec<bool>,
}

/// Parses `html` and runs every stage once, keeping their outputs.
pub fn prepare(html: &str) -> Prepared {
    let dom = dom::build(html);
    let tuning = Tuning::for_focus(Focus::default());
    let mask = prune(&dom, Visibility::Rendered);
    let stats = measure(&dom, &mask, &tuning);
    let verdicts = classify(&dom, &mask, &stats, &tuning, &[]);
    let parts = locate::locate(&dom, &mask, &stats, &verdicts, &tuning).parts;
    let removed = locate::removed_nodes(&dom, &mask, &verdicts);
    Prepared {
        dom,
        tuning,
        mask,
        stats,
        verdicts,
        parts,
        removed,
    }
}

impl Prepared {
    /// Stage 1, `prune`: the `Mask`.
    pub fn prune(&self) -> impl Sized + use<> {
        prune(&self.dom, Visibility::Rendered)
    }

    /// Stage 2, `measure`: the `Stats`.
    pub fn measure(&self) -> impl Sized + use<> {
        measure(&self.dom, &self.mask, &self.tuning)
    }

    /// Stage 3, `classify` (every rule): the `Verdicts`.
    pub fn classify(&self) -> impl Sized + use<> {
        classify(&self.dom, &self.mask, &self.stats, &self.tuning, &[])
    }

    /// Stage 4, `locate`: the `Located` content.
    pub fn locate(&self) -> impl Sized + use<> {
        locate::locate(
            &self.dom,
            &self.mask,
            &self.stats,
            &self.verdicts,
            &self.tuning,
        )
    }

    /// `locate::removed_nodes`: the removed-node flags `blocks` reads.
    pub fn removed(&self) -> impl Sized + use<> {
        locate::removed_nodes(&self.dom, &self.mask, &self.verdicts)
    }

    /// Stage 5, `blocks`: the article body, no base URL.
    pub fn blocks(&self) -> Vec<Block> {
        build_blocks(&self.dom, &self.removed, &self.parts, None)
    }

    /// `metadata::read`, no base URL and no author-box name.
    pub fn metadata(&self) -> impl Sized + use<> {
        metadata::read(
            &self.dom,
            |id| self.mask.hidden(id),
            None,
            None,
            &self.parts,
        )
    }
}
