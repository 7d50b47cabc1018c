//! Text the page shows twice: a photo carousel that repeats its captions after the
//! gallery, a caption's short and long forms ("… less", "… more"), a section printed once
//! for wide screens and once for narrow ones, a post of two paragraphs or more quoted whole
//! in a reply.
//!
//! Unlike the element rules, this one reads the built blocks: a copy is only a copy once
//! the text it repeats is known to be in the article. The paragraphs and headings of the
//! article, inside lists and quotes too, are read in order; code and tables end a run,
//! since they may repeat on purpose. A later copy goes when it repeats
//! - a run of at least [`REPEAT_MIN_RUN`] earlier paragraphs in the same order, holding
//!   [`REPEAT_MIN_RUN_CHARS`] characters, or
//! - the paragraph just before it;
//!
//! either way starting with a paragraph of [`REPEAT_MIN_CHARS`] characters or more, so
//! that short lines a page repeats on purpose (a schedule's "Drink during your workout",
//! a list's "Read more") stay. A copy cut short ("… more") repeats the text it starts. The
//! short units just before a repeated run that repeat those before its first copy (a
//! repeated section's heading) go with it.
//!
//! Runs are kept on a page of [`CODE_PAGE_MIN_BLOCKS`] code blocks or more: a tutorial
//! repeats its steps on purpose, once under each language's tab.
//!
//! Text a page repeats three times or more on purpose (each offer's terms) goes too, after
//! its first showing: measured on the benchmarks, telling templates from copies by their
//! count lost more than it gained.
//!
//! On a page that sells one product ([`Copies::Every`]) every later copy of a paragraph
//! or heading of [`PRODUCT_REPEAT_MIN_CHARS`] characters or more goes, wherever it
//! stands: such a page says each thing once, and shows it again only in its sticky bar,
//! its tabs or its layout for narrow screens.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use crate::article::{Block, Text};
use crate::removal::{Boilerplate, Removal};
use crate::tuning::{
    CODE_PAGE_MIN_BLOCKS, PRODUCT_REPEAT_MIN_CHARS, REPEAT_MIN_CHARS, REPEAT_MIN_RUN,
    REPEAT_MIN_RUN_CHARS,
};

/// Where a paragraph sits: the index of its block, then of the list item or quoted block
/// inside it, and so on down, [`PATH_MAX_STEPS`] steps at most (text nested deeper is not
/// read). Kept inline: no allocation per paragraph.
#[derive(Clone, Copy, Default)]
struct Path {
    steps: [usize; PATH_MAX_STEPS],
    len: usize,
}

const PATH_MAX_STEPS: usize = 8;

impl Path {
    /// `self` one step further down, or `None` past the deepest step read.
    fn then(self, step: usize) -> Option<Path> {
        let mut next = self;
        *next.steps.get_mut(next.len)? = step;
        next.len += 1;
        Some(next)
    }

    fn steps(&self) -> &[usize] {
        &self.steps[..self.len]
    }
}

/// One paragraph or heading of the article, with its comparison key; `None` for a block
/// that ends a run (code, a table).
struct Unit {
    path: Path,
    key: Option<Key>,
}

/// A paragraph's text as compared: lower-cased, whitespace collapsed, without a toggle's
/// "less" or "more" at its end; `cut` when it ended in "…" (a shortened copy).
#[derive(Clone)]
struct Key {
    text: String,
    cut: bool,
}

/// Which later copies go.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Copies {
    /// Runs of copies and copies of the paragraph just before: any page.
    Runs,
    /// Those, and every other copy of a paragraph or heading of
    /// [`PRODUCT_REPEAT_MIN_CHARS`] or more: a page that sells one product.
    Every,
}

/// Removes the later copies of repeated text from `blocks` and says what went.
pub(crate) fn drop_repeats(blocks: &mut Vec<Block>, copies: Copies) -> Vec<Removal> {
    if copies == Copies::Runs && !may_repeat(blocks) {
        return Vec::new();
    }
    let mut units = Vec::new();
    walk(blocks, Path::default(), &mut |path, text| match text {
        // Blank paragraphs are not read: every unit then holds a character, and a run too
        // short in characters is short in units as well.
        Some(text) => {
            let key = key(text);
            if !key.text.is_empty() {
                units.push(Unit {
                    path,
                    key: Some(key),
                });
            }
        }
        None => units.push(Unit { path, key: None }),
    });
    let mut found = find_copies(&units);
    if code_blocks(blocks) >= CODE_PAGE_MIN_BLOCKS {
        // A page of code examples repeats its steps on purpose, once per language tab.
        found.retain(|&(_, rule)| rule != RUN_RULE);
    }
    if copies == Copies::Every {
        found = with_every_copy(&units, found);
    }
    let copies = found;
    let mut removals = Vec::with_capacity(copies.len());
    // Later paths first, so that earlier indices stay valid while removing.
    for (unit, rule) in copies.into_iter().rev() {
        if let Some(text) = remove_at(blocks, units[unit].path.steps()) {
            removals.push(Removal {
                kind: Boilerplate::RepeatedText,
                rule,
                text: crate::removal::cut(&text),
            });
        }
    }
    removals.reverse();
    removals
}

/// Calls `visit` on `blocks`' paragraphs and headings in reading order, descending into
/// lists and quotes, with `None` for a block that ends a run (code, a table).
fn walk<'b>(blocks: &'b [Block], at: Path, visit: &mut impl FnMut(Path, Option<&'b Text>)) {
    for (i, block) in blocks.iter().enumerate() {
        let Some(path) = at.then(i) else { return };
        match block {
            Block::Paragraph { text } | Block::Heading { text, .. } => visit(path, Some(text)),
            Block::Quote { blocks } => walk(blocks, path, visit),
            Block::List { items, .. } => {
                for (n, item) in items.iter().enumerate() {
                    if let Some(item_path) = path.then(n) {
                        walk(&item.blocks, item_path, visit);
                    }
                }
            }
            Block::Code { .. } | Block::Table(_) => visit(path, None),
            Block::Image { .. } | Block::Rule => {}
        }
    }
}

/// The code blocks in `blocks`, inside lists and quotes too.
fn code_blocks(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Code { .. } => 1,
            Block::Quote { blocks } => code_blocks(blocks),
            Block::List { items, .. } => items.iter().map(|i| code_blocks(&i.blocks)).sum(),
            _ => 0,
        })
        .sum()
}

/// `false` when no two paragraphs long enough to be copies start alike: the common case,
/// told apart by hashing the first [`SIGNATURE_CHARS`] letters of each, without building
/// any key.
fn may_repeat(blocks: &[Block]) -> bool {
    let mut seen = FxHashSet::default();
    let mut alike = false;
    walk(blocks, Path::default(), &mut |_, text| {
        if let Some(text) = text
            && !alike
            && text.0.iter().map(|s| s.as_str().len()).sum::<usize>() >= REPEAT_MIN_CHARS
        {
            let mut hasher = FxHasher::default();
            text.0
                .iter()
                .flat_map(|span| span.as_str().chars())
                .filter(|c| !c.is_whitespace())
                .take(SIGNATURE_CHARS)
                .flat_map(char::to_lowercase)
                .for_each(|c| hasher.write_u32(u32::from(c)));
            alike = !seen.insert(hasher.finish());
        }
    });
    alike
}

/// How many letters of a paragraph [`may_repeat`] compares: fewer than
/// [`REPEAT_MIN_CHARS`], so that a copy cut short still starts like its whole form.
const SIGNATURE_CHARS: usize = 32;

/// The comparison key of a paragraph, built in one pass over its spans.
fn key(text: &Text) -> Key {
    let len = text.0.iter().map(|span| span.as_str().len()).sum();
    let mut key = String::with_capacity(len);
    let mut space = false;
    let mut push = |c: char, key: &mut String| {
        if c.is_whitespace() {
            space = !key.is_empty();
        } else {
            if space {
                key.push(' ');
                space = false;
            }
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                key.extend(c.to_lowercase());
            }
        }
    };
    for span in &text.0 {
        let s = span.as_str();
        if s.is_ascii() {
            s.bytes().for_each(|b| push(char::from(b), &mut key));
        } else {
            s.chars().for_each(|c| push(c, &mut key));
        }
    }
    for toggle in [" less", " more"] {
        if key.ends_with(toggle) {
            key.truncate(key.len() - toggle.len());
        }
    }
    let mut cut = false;
    for ellipsis in ["...", "…"] {
        if key.ends_with(ellipsis) {
            key.truncate(key.len() - ellipsis.len());
            key.truncate(key.trim_end().len());
            cut = true;
        }
    }
    Key { text: key, cut }
}

/// `true` when one of `a` and `b` repeats the other: the same text, or, for a copy cut
/// short, a start of at least [`REPEAT_MIN_CHARS`] of the other.
fn repeats(a: &Key, b: &Key) -> bool {
    let (short, long) = if a.text.len() <= b.text.len() {
        (a, b)
    } else {
        (b, a)
    };
    short.text == long.text
        || (short.cut && short.text.len() >= REPEAT_MIN_CHARS && long.text.starts_with(&short.text))
}

/// The rule that finds runs of copies.
const RUN_RULE: &str = "repeated_text::repeated_run";

/// The units that are copies, each with the rule that found it, in reading order.
///
/// First the copies of the paragraph just before; then runs, among the units left. Each
/// paragraph is looked up by its first [`REPEAT_MIN_CHARS`] bytes among the earlier ones
/// (the first paragraph with that start stands for all), and the search goes on after a
/// run found, so it is linear in the article's length.
fn find_copies(units: &[Unit]) -> Vec<(usize, &'static str)> {
    let long_key = |u: usize| {
        units[u]
            .key
            .as_ref()
            .filter(|k| k.text.len() >= REPEAT_MIN_CHARS)
    };
    let mut adjacent = vec![false; units.len()];
    for i in 1..units.len() {
        adjacent[i] = long_key(i)
            .zip(units[i - 1].key.as_ref())
            .is_some_and(|(k, before)| repeats(before, k));
    }
    let live: Vec<usize> = (0..units.len()).filter(|&u| !adjacent[u]).collect();
    let keys: Vec<Option<&Key>> = live.iter().map(|&u| units[u].key.as_ref()).collect();
    let mut in_run = vec![false; live.len()];
    let mut first_with_start: FxHashMap<&str, usize> = FxHashMap::default();
    // Units before this one are taken: the end of the last run found.
    let mut floor = 0;
    let mut i = 0;
    while i < live.len() {
        let Some(k) = long_key(live[i]) else {
            i += 1;
            continue;
        };
        let start = prefix(&k.text);
        let earlier = first_with_start.get(start).copied();
        first_with_start.entry(start).or_insert(i);
        let Some((j, run)) = earlier
            .map(|j| (j, run_length(&keys, j, i)))
            .filter(|&(_, run)| run > 0)
        else {
            i += 1;
            continue;
        };
        // The short units just before the run that repeat those before the earlier one go
        // with it: a repeated section's heading.
        let mut back = 0;
        while i - back > floor
            && j > back
            && i - back > j + run
            && let (Some(a), Some(b)) = (keys[j - back - 1], keys[i - back - 1])
            && repeats(a, b)
        {
            back += 1;
        }
        in_run[i - back..i + run].fill(true);
        i += run;
        floor = i;
    }
    let mut copies: Vec<(usize, &'static str)> = (0..units.len())
        .filter(|&u| adjacent[u])
        .map(|u| (u, "repeated_text::adjacent_copy"))
        .chain(
            (0..live.len())
                .filter(|&l| in_run[l])
                .map(|l| (live[l], RUN_RULE)),
        )
        .collect();
    copies.sort_unstable_by_key(|&(u, _)| u);
    copies
}

/// `copies` with every other unit of [`PRODUCT_REPEAT_MIN_CHARS`] or more that repeats an
/// earlier one, in reading order.
fn with_every_copy(
    units: &[Unit],
    mut copies: Vec<(usize, &'static str)>,
) -> Vec<(usize, &'static str)> {
    let mut is_copy = vec![false; units.len()];
    for &(u, _) in &copies {
        is_copy[u] = true;
    }
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    for (u, unit) in units.iter().enumerate() {
        let Some(key) = &unit.key else { continue };
        let first = seen.insert(key.text.as_str());
        if !first && !is_copy[u] && key.text.chars().count() >= PRODUCT_REPEAT_MIN_CHARS {
            copies.push((u, "repeated_text::product_copy"));
        }
    }
    copies.sort_unstable_by_key(|&(u, _)| u);
    copies
}

/// How many keys from `later` on repeat those from `earlier` on, in order, when that run
/// is long enough to be a copy ([`REPEAT_MIN_RUN`] units, [`REPEAT_MIN_RUN_CHARS`]
/// characters); else 0. The earlier run stops where the later one starts.
fn run_length(keys: &[Option<&Key>], earlier: usize, later: usize) -> usize {
    let (mut len, mut chars) = (0, 0);
    while earlier + len < later {
        let (Some(a), Some(Some(b))) = (keys[earlier + len], keys.get(later + len)) else {
            break;
        };
        if !repeats(a, b) {
            break;
        }
        chars += b.text.len();
        len += 1;
    }
    if len >= REPEAT_MIN_RUN && chars >= REPEAT_MIN_RUN_CHARS {
        len
    } else {
        0
    }
}

/// The first [`REPEAT_MIN_CHARS`] bytes of `key`, cut back to a character boundary.
fn prefix(key: &str) -> &str {
    let mut end = REPEAT_MIN_CHARS.min(key.len());
    while !key.is_char_boundary(end) {
        end -= 1;
    }
    &key[..end]
}

/// Removes the paragraph at `path` and returns its text; a list item, list or quote left
/// empty by it goes too.
fn remove_at(blocks: &mut Vec<Block>, path: &[usize]) -> Option<String> {
    let (&first, rest) = path.split_first()?;
    if rest.is_empty() {
        let text = match blocks.get(first)? {
            Block::Paragraph { text } | Block::Heading { text, .. } => text.plain(),
            _ => return None,
        };
        blocks.remove(first);
        return Some(text);
    }
    let text = match blocks.get_mut(first)? {
        Block::Quote { blocks: inner } => {
            let text = remove_at(inner, rest)?;
            if inner.is_empty() {
                blocks.remove(first);
            }
            text
        }
        Block::List { items, .. } => {
            let (&item, below) = rest.split_first()?;
            let text = remove_at(&mut items.get_mut(item)?.blocks, below)?;
            if items[item].blocks.is_empty() {
                items.remove(item);
            }
            if items.is_empty() {
                blocks.remove(first);
            }
            text
        }
        _ => return None,
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ListItem;

    fn p(text: &str) -> Block {
        Block::Paragraph {
            text: Text::from(text),
        }
    }

    fn texts(blocks: &[Block]) -> Vec<String> {
        let mut texts = Vec::new();
        walk(blocks, Path::default(), &mut |_, text| {
            texts.extend(text.map(Text::plain));
        });
        texts
    }

    const CAPTION: &str = "The defence secretaries shake hands in Hanoi on Wednesday, at the start of a visit meant to strengthen military ties.";
    const OTHER: &str = "Both ministers then spoke to reporters about the coast guard ship that is to be handed over next year.";

    #[test]
    fn a_tutorials_steps_repeat_under_each_language() {
        let code = |text: &str| Block::Code {
            language: None,
            text: text.into(),
        };
        let tab = |n: usize| vec![p(CAPTION), p(OTHER), code(&format!("example {n}"))];
        let mut blocks: Vec<Block> = (0..5).flat_map(tab).collect();
        assert!(drop_repeats(&mut blocks, Copies::Runs).is_empty());
        // With fewer code blocks, the later runs are copies.
        let mut blocks: Vec<Block> = (0..4).flat_map(tab).collect();
        assert_eq!(drop_repeats(&mut blocks, Copies::Runs).len(), 6);
    }

    #[test]
    fn a_product_page_says_each_thing_once() {
        let name = "Harbour Trail Shirt, slim fit";
        let blocks = || {
            vec![
                p(name),
                p("Size"),
                p(OTHER),
                p("In stock"),
                p(name),
                p("Size"),
                p("In stock"),
            ]
        };
        // Anywhere on a page that sells one product: the name's second showing goes, the
        // short labels stay.
        let mut product = blocks();
        let removed = drop_repeats(&mut product, Copies::Every);
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].rule, "repeated_text::product_copy");
        assert_eq!(removed[0].text, name);
        assert_eq!(product.len(), 6);
        // On any other page a lone, short copy far from the first stays.
        let mut any = blocks();
        assert!(drop_repeats(&mut any, Copies::Runs).is_empty());
    }

    #[test]
    fn a_run_shown_again_goes() {
        let mut blocks = vec![
            Block::List {
                ordered: false,
                start: 1,
                items: vec![ListItem {
                    blocks: vec![p(CAPTION), p(OTHER)],
                }],
            },
            p(CAPTION),
            p(OTHER),
            p("The story itself starts here, and it is long enough to be a paragraph of its own."),
        ];
        let removed = drop_repeats(&mut blocks, Copies::Runs);
        assert_eq!(removed.len(), 2);
        assert_eq!(removed[0].rule, "repeated_text::repeated_run");
        assert_eq!(blocks.len(), 2);
        assert!(matches!(blocks[0], Block::List { .. }));
    }

    #[test]
    fn a_caption_cut_short_after_its_whole_form_goes() {
        let cut = format!("{}… more", &CAPTION[..80]);
        let mut blocks = vec![p(&format!("{CAPTION} less")), p(&cut), p(OTHER)];
        let removed = drop_repeats(&mut blocks, Copies::Runs);
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].rule, "repeated_text::adjacent_copy");
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn short_lines_and_lone_repeats_stay() {
        // A schedule that repeats its short lines, and one long paragraph quoted again
        // later on its own: neither is a copy of a run.
        let mut blocks = vec![
            p("Drink during your workout"),
            p("Post-workout meal"),
            p(CAPTION),
            p("Drink during your workout"),
            p("Post-workout meal"),
            p(OTHER),
            p(CAPTION),
        ];
        let before = texts(&blocks);
        assert!(drop_repeats(&mut blocks, Copies::Runs).is_empty());
        assert_eq!(texts(&blocks), before);
    }

    #[test]
    fn a_heading_that_opens_the_next_paragraph_stays() {
        let heading = &CAPTION[..70];
        let mut blocks = vec![
            Block::Heading {
                level: 2,
                text: Text::from(heading),
            },
            p(CAPTION),
        ];
        assert!(drop_repeats(&mut blocks, Copies::Runs).is_empty());
    }

    #[test]
    fn code_and_tables_end_a_run() {
        let code = Block::Code {
            language: None,
            text: "x = 1".into(),
        };
        let mut blocks = vec![p(CAPTION), code.clone(), p(CAPTION), code, p(OTHER)];
        assert!(drop_repeats(&mut blocks, Copies::Runs).is_empty());
    }

    #[test]
    fn alternating_copies_take_linear_time() {
        // A B A B …: each run found is twice the last.
        let mut blocks: Vec<Block> = (0..200_000)
            .map(|n| p(if n % 2 == 0 { CAPTION } else { OTHER }))
            .collect();
        drop_repeats(&mut blocks, Copies::Runs);
        assert_eq!(texts(&blocks).len(), 2);
    }

    #[test]
    fn a_million_copies_take_linear_time() {
        // Each run found doubles the next one: the search stays linear.
        let mut blocks: Vec<Block> = (0..200_000).map(|_| p(CAPTION)).collect();
        let removed = drop_repeats(&mut blocks, Copies::Runs);
        assert_eq!(blocks.len(), 1);
        assert_eq!(removed.len(), 199_999);
    }
}
