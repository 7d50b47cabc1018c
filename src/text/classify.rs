//! Stage 2: `Lines` -> [`LineVerdicts`]: runs [`LINE_RULES`] once over the text.
//!
//! Lines are visited in order; the first rule that fires removes its run of lines and the
//! walk continues after it. Verdicts never overlap. Cost: one pass, each rule O(run length).

use crate::removal::Boilerplate;
use crate::rules::lines::LINE_RULES;
use crate::text::lines::Lines;

/// One removed run of lines.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineVerdict {
    /// First removed line.
    pub start: usize,
    /// One past the last removed line.
    pub end: usize,
    /// Why.
    pub kind: Boilerplate,
    /// The rule's name.
    pub rule: &'static str,
}

/// Removed runs, disjoint, in order.
#[derive(Debug, Default)]
pub(crate) struct LineVerdicts(Vec<LineVerdict>);

impl LineVerdicts {
    /// All verdicts in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &LineVerdict> {
        self.0.iter()
    }

    /// `removed[i]` is `true` for every line inside a verdict.
    pub(crate) fn removed(&self, len: usize) -> Vec<bool> {
        let mut removed = vec![false; len];
        for v in &self.0 {
            for r in removed.iter_mut().take(v.end).skip(v.start) {
                *r = true;
            }
        }
        removed
    }
}

/// Runs every line rule on every line once.
pub(crate) fn classify(lines: &Lines) -> LineVerdicts {
    let mut verdicts = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines.get(i).is_some_and(|l| l.blank) {
            i += 1;
            continue;
        }
        let hit = LINE_RULES
            .iter()
            .find_map(|rule| (rule.fires)(lines, i).map(|end| (rule, end)));
        match hit {
            Some((rule, end)) if end > i => {
                verdicts.push(LineVerdict {
                    start: i,
                    end,
                    kind: rule.kind,
                    rule: rule.name,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    LineVerdicts(verdicts)
}
