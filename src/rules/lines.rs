//! The table of contents of plain-text rules: [`LINE_RULES`], one named rule per line, each
//! in the file of its [`Boilerplate`] kind (as `LINE_*` constants).
//!
//! A line rule looks at one line and answers with the end (exclusive) of the run of lines
//! it removes, starting at that line. Shape first (length, punctuation, runs, truncation),
//! phrases second (from `lexicon`).

use super::{
    advertisement, article_meta, author_box, breadcrumbs, comment_form, comment_section,
    cookie_notice, empty_image_credit, footer, lexicon, navigation, newsletter, related_posts,
    share_bar, widget,
};
use crate::removal::Boilerplate;
use crate::text::lines::Lines;
use crate::tuning::LINE_LABEL_MAX_CHARS;

/// A named plain-text rule.
pub(crate) struct LineRule {
    /// `file::rule`, unique.
    pub name: &'static str,
    /// Why what it removes is boilerplate.
    pub kind: Boilerplate,
    /// The end (exclusive) of the lines to remove when the rule fires on line `i`.
    pub fires: fn(&Lines, usize) -> Option<usize>,
}

/// Every line rule, tried in this order on each line not yet removed; the first that fires
/// wins. Section rules (a label and what follows it) come before single-line rules.
pub(crate) static LINE_RULES: &[LineRule] = &[
    empty_image_credit::LINE_BARE_LABEL,
    author_box::LINE_ABOUT,
    article_meta::LINE_BYLINE,
    comment_form::LINE_FORM,
    related_posts::LINE_TEASERS,
    comment_section::LINE_COUNT,
    comment_section::LINE_LABEL,
    share_bar::LINE_BUTTONS,
    newsletter::LINE_LABEL,
    cookie_notice::LINE_NOTICE,
    advertisement::LINE_LABEL,
    footer::LINE_COPYRIGHT,
    breadcrumbs::LINE_TRAIL,
    widget::LINE_BUTTON,
    navigation::LINE_MENU_RUN,
];

/// A line rule's body: fires on a short line whose whole text is a label of `kind`,
/// removing that line.
pub(crate) fn label_line(lines: &Lines, i: usize, kind: Boilerplate) -> Option<usize> {
    let line = lines.get(i)?;
    (!line.blank
        && line.chars <= LINE_LABEL_MAX_CHARS
        && lexicon::section_label(line.text) == Some(kind))
    .then_some(i + 1)
}

/// One past the last line of the run of consecutive lines from `start` that satisfy `in_run`
/// (`start` itself when it does not).
pub(crate) fn run_end(start: usize, in_run: impl Fn(usize) -> bool) -> usize {
    (start..).find(|&j| !in_run(j)).unwrap_or(start)
}

/// `text` lower-cased, without trailing `*`, `:` and spaces: how form labels are compared.
pub(crate) fn bare(text: &str) -> String {
    text.trim()
        .trim_end_matches(['*', ':', ' ', '(', ')'])
        .trim()
        .to_lowercase()
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs the text classify stage and reports what fired.
    use crate::text::{classify::classify, lines::lines};

    /// `(rule name, first removed line)` for every removal, in order.
    pub(crate) fn fired_lines(text: &str) -> Vec<(&'static str, String)> {
        let lines = lines(text);
        classify(&lines)
            .iter()
            .map(|v| {
                (
                    v.rule,
                    lines
                        .get(v.start)
                        .map(|l| l.text.to_string())
                        .unwrap_or_default(),
                )
            })
            .collect()
    }
}
