//! Stage 3: `Lines` + removed lines -> title and `Vec<Block>`.
//!
//! First the main run of text is found: lines of running prose score for it, short lines
//! and removed lines against it, and the best-scoring contiguous run wins (one pass, as
//! for the maximum subarray). Within it, lines become headings (short, alone, no sentence
//! ending, followed by text), list items (`1.` / `1)` / `-` / `•`), quotes (`>`), credited
//! images ("Image Source: NASA") and paragraphs. The title is the heading-like line just
//! before the run. Cost: two passes over the lines.

use crate::article::{Block, ListItem, Text};
use crate::metadata::date;
use crate::rules::lexicon;
use crate::text::lines::{Lines, Marker};
use crate::tuning::{
    DATE_LINE_LOOKAHEAD_LINES, DATE_LINE_MAX_WORDS, HEADING_MAX_WORDS, PROSE_LINE_MIN_WORDS,
    REMOVED_LINE_PENALTY, SHORT_LINE_PENALTY, TITLE_LOOKBACK_LINES,
};

/// What the text holds.
#[derive(Debug, Default)]
pub(crate) struct Structured {
    pub title: Option<String>,
    /// A date from a short dated line near the title ("Published April 26, 2024").
    pub published: Option<String>,
    pub blocks: Vec<Block>,
}

/// Builds the title and blocks from the lines that were not removed. `teasers_from` is the
/// first line of the first teaser run ("You may also like", removed as related posts):
/// what follows it is most likely other posts' text.
pub(crate) fn build_blocks(
    lines: &Lines,
    removed: &[bool],
    teasers_from: Option<usize>,
) -> Structured {
    let gone = |i: usize| removed.get(i).copied().unwrap_or(true);
    let (start, end) = main_run(lines, &gone, teasers_from);
    let title_line = title_before(lines, start, &gone);
    let mut blocks = Vec::new();
    let mut i = start;
    // Numbers of the last ordered list under the current heading, for lists that restart.
    let mut last_number: Option<u32> = None;
    let mut announced: Option<u32> = None;
    while i < end {
        let Some(line) = lines.get(i) else { break };
        if line.blank || gone(i) || Some(i) == title_line {
            i += 1;
            continue;
        }
        if let Some(marker) = line.marker {
            let ordered = matches!(marker, Marker::Number(_));
            let mut items = Vec::new();
            let mut first_number = None;
            let mut j = i;
            while j < end {
                let Some(l) = lines.get(j) else { break };
                if l.blank || gone(j) {
                    j += 1;
                    continue;
                }
                match l.marker {
                    Some(m) if matches!(m, Marker::Number(_)) == ordered => {
                        if let Marker::Number(n) = m {
                            first_number.get_or_insert(n);
                        }
                        items.push(ListItem::new(vec![Block::Paragraph {
                            text: Text::from(strip_marker(l.text)),
                        }]));
                        j += 1;
                    }
                    _ => break,
                }
            }
            let mut start_number = first_number.unwrap_or(1);
            if ordered {
                // "8 Factors ..." above two lists of four: the second restarts at 1 on the
                // page, but continues the count the heading announced.
                if let (1, Some(prev), Some(total)) = (start_number, last_number, announced) {
                    if prev < total {
                        start_number = prev + 1;
                    }
                }
                last_number = Some(start_number + items.len().saturating_sub(1) as u32);
            }
            blocks.push(Block::List {
                ordered,
                start: start_number,
                items,
            });
            i = j;
            continue;
        }
        if let Some(name) = credit_name(line.text) {
            blocks.push(Block::Image {
                src: None,
                alt: None,
                caption: None,
                credit: Some(name.to_string()),
            });
        } else if is_heading(lines, i, end, &gone) {
            announced = leading_number(line.text);
            last_number = None;
            blocks.push(Block::Heading {
                level: 2,
                text: Text::from(line.text),
            });
        } else if let Some(quoted) = line.text.strip_prefix('>') {
            blocks.push(Block::Quote {
                blocks: vec![Block::Paragraph {
                    text: Text::from(quoted.trim()),
                }],
            });
        } else {
            blocks.push(Block::Paragraph {
                text: Text::from(line.text),
            });
        }
        i += 1;
    }
    Structured {
        title: title_line
            .and_then(|t| lines.get(t))
            .map(|l| l.text.to_string()),
        published: dated_line(lines, title_line.unwrap_or(start)),
        blocks,
    }
}

/// The best-scoring contiguous run of lines `[start, end)`: prose lines and list items add
/// their words, short lines and removed lines subtract. Prose after the first teaser label
/// adds half its words: posts printed whole under "You may also like" outweigh a short
/// article, but are not it. With no prose at all, every line.
fn main_run(
    lines: &Lines,
    gone: &impl Fn(usize) -> bool,
    teasers_from: Option<usize>,
) -> (usize, usize) {
    let (mut best, mut best_range) = (0i64, (0, lines.len()));
    let (mut sum, mut run_start) = (0i64, 0usize);
    for i in 0..lines.len() {
        let Some(line) = lines.get(i) else { break };
        let score = if line.blank {
            0
        } else if gone(i) {
            -REMOVED_LINE_PENALTY
        } else if (line.words >= PROSE_LINE_MIN_WORDS && line.sentence)
            || (line.marker.is_some() && line.words >= 3)
        {
            let words = line.words as i64;
            if teasers_from.is_some_and(|t| i > t) {
                words / 2
            } else {
                words
            }
        } else {
            -SHORT_LINE_PENALTY
        };
        if sum <= 0 {
            sum = 0;
            run_start = i;
        }
        sum += score;
        if sum > best {
            best = sum;
            best_range = (run_start, i + 1);
        }
    }
    let (mut start, end) = best_range;
    // A heading or list intro just before the first prose line belongs to the run (the
    // page's first line stays out: that is where a title or a site name stands).
    if best > 0 {
        if let Some(prev) = lines.prev_text(start) {
            let heading_like = lines
                .get(prev)
                .is_some_and(|l| !gone(prev) && l.words <= HEADING_MAX_WORDS && !l.sentence);
            if heading_like && lines.prev_text(prev).is_some() {
                start = prev;
            }
        }
    }
    (start, end)
}

/// The date of the first short line with a written date among the few text lines from
/// `from` on (bylines and date lines stand just under the title).
fn dated_line(lines: &Lines, from: usize) -> Option<String> {
    let mut i = from;
    for _ in 0..DATE_LINE_LOOKAHEAD_LINES {
        let line = lines.get(i)?;
        if !line.blank && line.words <= DATE_LINE_MAX_WORDS {
            if let Some(date) = date::find_visible(line.text) {
                return Some(date);
            }
        }
        i = lines.next_text(i)?;
    }
    None
}

/// The title: the first heading-like line within `TITLE_LOOKBACK_LINES` text lines before
/// the run, or the run's own first line when it reads as one.
fn title_before(lines: &Lines, start: usize, gone: &impl Fn(usize) -> bool) -> Option<usize> {
    let title_like = |i: usize| {
        lines.get(i).is_some_and(|l| {
            !l.blank
                && !gone(i)
                && l.words >= 2
                && l.words <= HEADING_MAX_WORDS
                && !ends_sentence(l.text)
                && l.marker.is_none()
        })
    };
    let mut seen = 0;
    let mut i = start;
    let mut found = None;
    while let Some(prev) = lines.prev_text(i) {
        if seen >= TITLE_LOOKBACK_LINES {
            break;
        }
        seen += 1;
        if title_like(prev) {
            found = Some(prev);
        }
        i = prev;
    }
    found.or_else(|| {
        let first = (start..lines.len()).find(|&j| lines.get(j).is_some_and(|l| !l.blank))?;
        (title_like(first) && lines.stands_alone(first)).then_some(first)
    })
}

/// A heading: alone between blank lines, short, no closing full stop, and followed by
/// text that is not another heading candidate.
fn is_heading(lines: &Lines, i: usize, end: usize, gone: &impl Fn(usize) -> bool) -> bool {
    let Some(line) = lines.get(i) else {
        return false;
    };
    if line.words > HEADING_MAX_WORDS || ends_sentence(line.text) || !lines.stands_alone(i) {
        return false;
    }
    let next = ((i + 1)..end).find(|&j| {
        lines
            .get(j)
            .is_some_and(|l| !l.blank && credit_name(l.text).is_none())
            && !gone(j)
    });

    next.and_then(|j| lines.get(j))
        .is_some_and(|n| n.words > HEADING_MAX_WORDS || n.marker.is_some() || ends_sentence(n.text))
}

/// Ends like a statement (`.`, `!`, `…`, `;`), as a heading does not; a question mark or a
/// closing quote is allowed in headings.
fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '…', ';', ','])
}

/// The name in a credit line ("Image Source: NASA" -> "NASA"); `None` for other lines.
fn credit_name(text: &str) -> Option<&str> {
    lexicon::credit(text).filter(|n| !n.is_empty())
}

/// The number a heading opens with ("8 Factors ..." -> 8).
fn leading_number(text: &str) -> Option<u32> {
    text.split_whitespace().next()?.parse().ok()
}

/// The item text without its list marker.
fn strip_marker(text: &str) -> &str {
    let digits = text.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = if digits.len() < text.len() {
        digits.strip_prefix(['.', ')']).unwrap_or(digits)
    } else {
        let mut chars = text.chars();
        chars.next();
        chars.as_str()
    };
    rest.trim_start()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::lines;

    fn structure(text: &str) -> Structured {
        let l = lines(text);
        let removed = vec![false; l.len()];
        build_blocks(&l, &removed, None)
    }

    #[test]
    fn posts_printed_whole_under_a_teaser_label_do_not_outweigh_the_article() {
        let article = "Only the one who loves himself can love others well, and that is where the \
                       work of a good life begins, with patience, every single morning.";
        let post = "Gratitude lives in the details of a day: the first smile on waking, the \
                    prayer of thanks, the coffee shared with a friend before the work begins.";
        // A list of teaser headlines, then three posts printed whole: more words than the
        // article's two paragraphs, but other posts' words.
        let headlines: String = (1..=14)
            .map(|n| format!("Messages for a good morning number {n}\n\n"))
            .collect();
        let text = format!(
            "Only Who Loves Himself\n\n{article}\n\n{article}\n\nYou may also like...\n\n\
             {headlines}{post}\n\nShare\n\n{post}\n\nShare\n\n{post}"
        );
        let a = crate::Extractor::new().clean_text(&text).unwrap();
        assert_eq!(a.text(), format!("{article}\n\n{article}"));
    }

    #[test]
    fn title_heading_paragraphs_and_lists() {
        let text = "A Title Of The Piece\n\nThe first paragraph has enough words to count as prose in this text.\n\n\
                    6 Things To Know\n\n  1. One thing that matters.\n  2. Another thing here.\n\n\
                    A paragraph between the two lists, long enough to be running prose here.\n\n\
                    1. Third item of the six.\n2. Fourth item of the six.";
        let s = structure(text);
        assert_eq!(s.title.as_deref(), Some("A Title Of The Piece"));
        assert_eq!(structure("A Title Of The Piece\n\nMarch 3, 2025\n\nThe first paragraph has enough words to count as prose here.").published.as_deref(), Some("2025-03-03"));
        assert!(
            matches!(&s.blocks[1], Block::Heading { text, .. } if text.plain() == "6 Things To Know")
        );
        assert!(
            matches!(&s.blocks[2], Block::List { ordered: true, start: 1, items } if items.len() == 2)
        );
        assert!(matches!(
            &s.blocks[4],
            Block::List {
                ordered: true,
                start: 3,
                ..
            }
        ));
    }

    #[test]
    fn strip_marker_drops_numbers_and_bullets() {
        assert_eq!(strip_marker("12) Twelve"), "Twelve");
        assert_eq!(strip_marker("• Bullet"), "Bullet");
    }
}
