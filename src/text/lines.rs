//! Stage 1: `&str` -> [`Lines`]: the text split at CRLF, CR or LF, each line trimmed and
//! described by its shape (words, sentence ending, list marker, blank neighbours).
//!
//! Never looks at words from a phrase list: shape only. Cost: one pass over the text.

/// One line of the input.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// The line without surrounding whitespace.
    pub text: &'a str,
    /// Number of whitespace-separated words.
    pub words: usize,
    /// Characters (not bytes).
    pub chars: usize,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, `:` or a closing quote after one.
    pub sentence: bool,
    /// The line is blank.
    pub blank: bool,
    /// The list marker, if the line starts with one.
    pub marker: Option<Marker>,
}

/// A list item's marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    /// `1.` or `1)`, with its number.
    Number(u32),
    /// `-`, `•`, `*`, `·`, `–`.
    Bullet,
}

/// The lines of a text.
#[derive(Debug)]
pub(crate) struct Lines<'a>(pub Vec<Line<'a>>);

impl<'a> Lines<'a> {
    /// The line at `i` (`None` past the end).
    pub(crate) fn get(&self, i: usize) -> Option<&Line<'a>> {
        self.0.get(i)
    }

    /// Number of lines.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// The next non-blank line after `i`.
    pub(crate) fn next_text(&self, i: usize) -> Option<usize> {
        ((i + 1)..self.len()).find(|&j| !self.0[j].blank)
    }

    /// The previous non-blank line before `i`.
    pub(crate) fn prev_text(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| !self.0[j].blank)
    }

    /// `true` when the lines just before and after `i` are blank (or the text's edge): the
    /// line stands alone, as headings and paragraphs do.
    pub(crate) fn stands_alone(&self, i: usize) -> bool {
        let blank = |j: Option<usize>| j.and_then(|j| self.get(j)).is_none_or(|l| l.blank);
        blank(i.checked_sub(1)) && blank(Some(i + 1))
    }
}

/// Splits `text` into described lines.
pub(crate) fn lines(text: &str) -> Lines<'_> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let (line, next) = match rest.find(['\r', '\n']) {
            Some(i) => {
                let after = if rest[i..].starts_with("\r\n") {
                    i + 2
                } else {
                    i + 1
                };
                (&rest[..i], Some(&rest[after..]))
            }
            None => (rest, None),
        };
        out.push(describe(line));
        match next {
            Some(n) => rest = n,
            None => break,
        }
    }
    Lines(out)
}

fn describe(raw: &str) -> Line<'_> {
    let text = raw.trim_matches(|c: char| {
        c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}'
    });
    let words = text.split_whitespace().count();
    let last = text
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', '*'])
        .chars()
        .last();
    Line {
        text,
        words,
        chars: text.chars().count(),
        sentence: matches!(last, Some('.' | '!' | '?' | '…' | ':' | '。' | '！' | '？')),
        blank: text.is_empty(),
        marker: marker(text),
    }
}

fn marker(text: &str) -> Option<Marker> {
    let mut chars = text.chars();
    let first = chars.next()?;
    if matches!(first, '-' | '•' | '*' | '·' | '–' | '▪' | '◦')
        && chars.next().is_some_and(char::is_whitespace)
    {
        return Some(Marker::Bullet);
    }
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let mut after = text.get(digits.len()..)?.chars();
    let punct = after.next()?;
    (matches!(punct, '.' | ')') && after.next().is_some_and(char::is_whitespace))
        .then(|| digits.parse().ok().map(Marker::Number))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_every_line_ending() {
        let l = lines("a\r\nb\rc\nd");
        let texts: Vec<_> = l.0.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
    }

    #[test]
    fn shapes_are_read() {
        let l = lines("  1. Enhancing integration: yes.\n- bullet\n2024 was a year\nA title?");
        assert_eq!(l.0[0].marker, Some(Marker::Number(1)));
        assert!(l.0[0].sentence);
        assert_eq!(l.0[1].marker, Some(Marker::Bullet));
        assert_eq!(l.0[2].marker, None);
        assert!(l.0[3].sentence);
    }
}
