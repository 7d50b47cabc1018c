//! Stage 2: `Dom` + `Mask` -> [`Stats`]: text, link and paragraph counts per node.
//!
//! Two passes over the arena: a forward pass assigns every visible text node to its nearest
//! block ancestor (its *owner*: the paragraph it reads as), a reverse pass sums each node's
//! counts into its parent. Never looks at class names or words. Cost: O(nodes + text bytes).

use crate::dom::{Dom, NodeId, Tag};
use crate::html::prune::Mask;
use crate::tuning::Tuning;

/// Counts over a node's whole subtree (hidden nodes count zero).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Sums {
    /// Visible non-whitespace characters.
    pub text_chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// Number of links (`a` with text or not).
    pub links: u32,
    /// Number of paragraphs: owners with at least `min_paragraph_chars` of their own.
    pub paragraphs: u32,
}

/// Counts of the text a block element holds directly, outside nested blocks.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Own {
    /// Non-whitespace characters.
    pub text_chars: u32,
    /// Of those, characters inside links.
    pub link_chars: u32,
    /// Commas (`,` `，` `、` `،`): a cheap sign of sentences.
    pub commas: u32,
}

/// Per-node counts.
#[derive(Debug)]
pub(crate) struct Stats {
    sums: Vec<Sums>,
    own: Vec<Own>,
}

impl Stats {
    /// Counts over `id`'s subtree.
    pub(crate) fn sums(&self, id: NodeId) -> Sums {
        self.sums.get(id).copied().unwrap_or_default()
    }

    /// Counts of the text `id` holds directly (zero unless `id` is a block).
    pub(crate) fn own(&self, id: NodeId) -> Own {
        self.own.get(id).copied().unwrap_or_default()
    }
}

impl Sums {
    /// Link characters over all characters, 0..=1 (0 for an empty node).
    pub(crate) fn link_density(&self) -> f32 {
        if self.text_chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.text_chars as f32
        }
    }

    fn add(&mut self, other: Sums) {
        self.text_chars = self.text_chars.saturating_add(other.text_chars);
        self.link_chars = self.link_chars.saturating_add(other.link_chars);
        self.links = self.links.saturating_add(other.links);
        self.paragraphs = self.paragraphs.saturating_add(other.paragraphs);
    }
}

/// Counts text, links and paragraphs for every node.
pub(crate) fn measure(dom: &Dom, mask: &Mask, tuning: &Tuning) -> Stats {
    let n = dom.len();
    let mut sums = vec![Sums::default(); n];
    let mut own = vec![Own::default(); n];
    let mut owner: Vec<NodeId> = vec![0; n];
    let mut in_link = vec![false; n];
    for id in 0..n {
        let parent = dom.parent(id);
        let parent_owner = parent.and_then(|p| owner.get(p).copied()).unwrap_or(0);
        let parent_in_link = parent
            .and_then(|p| in_link.get(p).copied())
            .unwrap_or(false);
        let tag = dom.tag(id);
        owner[id] = if tag.is_some_and(Tag::is_block) {
            id
        } else {
            parent_owner
        };
        in_link[id] = parent_in_link || tag == Some(Tag::A);
        if mask.hidden(id) {
            continue;
        }
        if tag == Some(Tag::A) {
            sums[id].links = 1;
        }
        let Some(text) = dom.text(id) else { continue };
        let (chars, commas) = count(text);
        let link_chars = if in_link[id] { chars } else { 0 };
        sums[id].text_chars = chars;
        sums[id].link_chars = link_chars;
        if let Some(o) = own.get_mut(owner[id]) {
            o.text_chars = o.text_chars.saturating_add(chars);
            o.link_chars = o.link_chars.saturating_add(link_chars);
            o.commas = o.commas.saturating_add(commas);
        }
    }
    for id in 0..n {
        if own[id].text_chars >= tuning.min_paragraph_chars {
            sums[id].paragraphs = 1;
        }
    }
    for id in (1..n).rev() {
        if let Some(p) = dom.parent(id) {
            let s = sums[id];
            if let Some(ps) = sums.get_mut(p) {
                ps.add(s);
            }
        }
    }
    Stats { sums, own }
}

/// Non-whitespace characters and clause commas of a text, in one pass over its bytes:
/// ASCII a byte at a time, only other characters decoded.
fn count(text: &str) -> (u32, u32) {
    let bytes = text.as_bytes();
    let is_space = |b: u8| b.is_ascii_whitespace() || b == 0x0b;
    // Whether the character at `at` is whitespace or the text ends there.
    let space_or_end = |at: usize| match bytes.get(at) {
        None => true,
        Some(&b) if b < 0x80 => is_space(b),
        Some(_) => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(char::is_whitespace),
    };
    let (mut chars, mut commas) = (0u32, 0u32);
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            if !is_space(b) {
                chars = chars.saturating_add(1);
            }
            // A Latin comma separates clauses only when a space follows: "2,676,127" is
            // a number.
            if b == b',' && space_or_end(at + 1) {
                commas = commas.saturating_add(1);
            }
            at += 1;
            continue;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        if !c.is_whitespace() {
            chars = chars.saturating_add(1);
        }
        let clause = match c {
            '،' => space_or_end(at),
            '，' | '、' => true,
            _ => false,
        };
        if clause {
            commas = commas.saturating_add(1);
        }
    }
    (chars, commas)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::build;
    use crate::extractor::Focus;
    use crate::html::prune::prune;

    #[test]
    fn counts_text_links_and_paragraphs_bottom_up() {
        let dom = build(
            "<div><p>one two three four five six seven, eight</p><p><a href=x>link</a> text</p></div>",
        );
        let mask = prune(&dom, crate::html::prune::Visibility::Rendered);
        let stats = measure(&dom, &mask, &Tuning::for_focus(Focus::Balanced));
        let div = dom.find(Tag::Div).unwrap();
        let s = stats.sums(div);
        assert_eq!(s.text_chars, 33 + 8);
        assert_eq!(s.link_chars, 4);
        assert_eq!(s.links, 1);
        assert_eq!(s.paragraphs, 1);
        let p = dom.find(Tag::P).unwrap();
        assert_eq!(stats.own(p).commas, 1);
    }

    #[test]
    fn commas_inside_numbers_are_not_clauses() {
        assert_eq!(count("Positive (2,170,923), negative"), (28, 1));
        assert_eq!(count("一，二、三"), (5, 2));
        // The byte-wise count agrees with the plain definition, a character at a time.
        fn reference(text: &str) -> (u32, u32) {
            let (mut chars, mut commas) = (0, 0);
            let mut iter = text.chars().peekable();
            while let Some(c) = iter.next() {
                chars += u32::from(!c.is_whitespace());
                let clause = match c {
                    ',' | '،' => iter.peek().is_none_or(|n| n.is_whitespace()),
                    '，' | '、' => true,
                    _ => false,
                };
                commas += u32::from(clause);
            }
            (chars, commas)
        }
        for text in [
            "a, b,c ,",
            " \t\x0b\x0c\r\n,",
            "",
            ",",
            "x,\ny",
            "é, à,\u{a0}b,\u{2003}",
            "x,é",
            "مرحبا، عالم،",
            "a\u{3000}b\u{85}c\u{2028}",
            "日本，語、",
        ] {
            assert_eq!(count(text), reference(text), "{text:?}");
        }
    }
}
