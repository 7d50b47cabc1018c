//! Does an element's `id`/`class` name what a rule looks for: pattern matching on the
//! words of class names, and a per-page memo so that each distinct `id`/`class` string is
//! matched against each pattern list once, however many elements carry it (a page repeats
//! `menu-item` or `entry-meta` hundreds of times, and some thirty lists are asked about
//! every element).

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::dom::NodeId;

/// `true` when a word of `ident` (`id` and `class` values, lower-cased, space-separated)
/// matches one of `patterns`: `"share*"` matches words starting with `share`, `"*title"`
/// words ending with `title`, `"ad"` only the word `ad`. A pattern with `-` or `_`
/// (`"widget-area"`) matches a whole class name (`widget-area`, never
/// `entry-content-widget-area-x`); the others match the words of a class name
/// (`post-share-buttons` has `post`, `share` and `buttons`), save a word that says what
/// the block has (`sidebar` in `no-sidebars`: see [`name_words`]).
pub(crate) fn ident_matches(ident: &str, patterns: &'static [&'static str]) -> bool {
    read_once((patterns.as_ptr() as usize, patterns.len()), patterns).match_ident(ident)
}

/// One pattern, read.
#[derive(Debug, Clone, Copy)]
enum Pattern<'p> {
    Exact(&'p str),
    Prefix(&'p str),
    Suffix(&'p str),
}

impl<'p> Pattern<'p> {
    fn new(pattern: &'p str) -> Pattern<'p> {
        match (pattern.strip_prefix('*'), pattern.strip_suffix('*')) {
            (Some(suffix), _) => Pattern::Suffix(suffix),
            (None, Some(prefix)) => Pattern::Prefix(prefix),
            (None, None) => Pattern::Exact(pattern),
        }
    }

    fn matches(self, word: &str) -> bool {
        match self {
            Pattern::Exact(p) => word == p,
            Pattern::Prefix(p) => word.starts_with(p),
            Pattern::Suffix(p) => word.ends_with(p),
        }
    }
}

/// A pattern list, read once: the compound patterns (matched against whole class names)
/// apart from the others (matched against words), each side with the bytes its patterns
/// start or end with, so that most words are turned down by two bit tests.
#[derive(Debug)]
struct Patterns<'p> {
    classes: Side<'p>,
    words: Side<'p>,
}

/// Patterns of one side, and the first bytes of the exact and prefix ones and the last
/// bytes of the suffix ones: a word that has neither matches none.
#[derive(Debug, Default)]
struct Side<'p> {
    patterns: Vec<Pattern<'p>>,
    firsts: ByteSet,
    lasts: ByteSet,
    /// An empty pattern (`"*"`) matches every word.
    any: bool,
}

impl<'p> Side<'p> {
    fn new(patterns: impl Iterator<Item = &'p str>) -> Side<'p> {
        let mut side = Side::default();
        for pattern in patterns.map(Pattern::new) {
            match pattern {
                Pattern::Exact(p) | Pattern::Prefix(p) => match p.bytes().next() {
                    Some(first) => side.firsts.insert(first),
                    None => side.any = true,
                },
                Pattern::Suffix(p) => match p.bytes().last() {
                    Some(last) => side.lasts.insert(last),
                    None => side.any = true,
                },
            }
            side.patterns.push(pattern);
        }
        side
    }

    fn matches(&self, word: &str) -> bool {
        let (Some(first), Some(last)) = (word.bytes().next(), word.bytes().last()) else {
            return false;
        };
        (self.any || self.firsts.contains(first) || self.lasts.contains(last))
            && self.patterns.iter().any(|p| p.matches(word))
    }
}

/// A set of bytes.
#[derive(Debug, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, b: u8) {
        if let Some(bits) = self.0.get_mut(usize::from(b / 64)) {
            *bits |= 1 << (b % 64);
        }
    }

    fn contains(&self, b: u8) -> bool {
        self.0
            .get(usize::from(b / 64))
            .is_some_and(|bits| bits & (1 << (b % 64)) != 0)
    }
}

impl<'p> Patterns<'p> {
    fn new(patterns: &[&'p str]) -> Patterns<'p> {
        let compound = |p: &&str| p.bytes().any(|b| b == b'-' || b == b'_');
        Patterns {
            classes: Side::new(patterns.iter().copied().filter(compound)),
            words: Side::new(patterns.iter().copied().filter(|p| !compound(p))),
        }
    }

    fn match_split(&self, split: &Split) -> bool {
        split
            .classes
            .iter()
            .any(|class| self.classes.matches(class))
            || split.words.iter().any(|word| self.words.matches(word))
    }

    fn match_ident(&self, ident: &str) -> bool {
        ident.split_ascii_whitespace().any(|class| {
            self.classes.matches(class) || name_words(class).any(|word| self.words.matches(word))
        })
    }
}

/// The words of one class name that name the block, in order: a word after one that says
/// what the block has (`has-sidebar`, `with-reviews`, `layout-sidebar-left`) names a part
/// of its layout, not the block, and is left out, and so are all the words after one of
/// absence (`no-sidebars`, `hide-read-more-ad`).
pub(crate) fn name_words(class: &str) -> impl Iterator<Item = &str> {
    // After a word of absence ("no", "without", "hide") the rest of the name is what the
    // block lacks; after a word of having, the next word is what it has.
    let (mut absent, mut after_has) = (false, false);
    class
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && !NOT_NAMES.contains(word))
        .filter(move |word| {
            let skip = absent || after_has;
            absent |= matches!(*word, "no" | "without" | "hide");
            after_has = matches!(*word, "has" | "with" | "layout");
            !skip
        })
}

/// Words that start like a boilerplate name but say something else: a `shared_rating` is
/// the page's own (shared by its users), a `shareholder-letter` an investor's text, not a
/// share bar's (`share*`).
const NOT_NAMES: &[&str] = &["shared", "shareholder", "shareholders"];

/// The answers of [`ident_matches`] on one page.
///
/// Pattern lists are told apart by address: rules pass `'static` lists, so one list keeps
/// one address (and is read into [`Patterns`] once). Two lists at one address would be
/// the same list, and a list seen at a second address is only matched again, so the memo
/// can never change an answer. The first [`MEMO_LISTS`] lists are remembered, as two bits
/// per distinct ident (asked, matched); any list after those is matched each time.
#[derive(Debug, Default)]
pub(crate) struct NameMemo<'a> {
    /// Each distinct ident, numbered in order of first sight.
    idents: FxHashMap<&'a str, u32>,
    /// The element asked about last, and its ident's number.
    current: Option<(NodeId, u32)>,
    /// By ident number: the lists asked about (bit `i` for `lists[i]`), and those matched.
    answers: Vec<(u64, u64)>,
    /// Each list seen on this page, read, in order of first sight ...
    lists: Vec<Rc<Patterns<'static>>>,
    /// ... and its place there, by `(address, length)`.
    list_numbers: FxHashMap<(usize, usize), usize>,
    /// The class names and their words of the ident last matched against a list, split
    /// once for all the lists it is matched against.
    split: Option<(u32, Split<'a>)>,
}

/// An ident's class names, and their words.
#[derive(Debug, Default)]
struct Split<'a> {
    classes: Vec<&'a str>,
    words: Vec<&'a str>,
}

impl<'a> Split<'a> {
    fn new(ident: &'a str) -> Split<'a> {
        let classes: Vec<&str> = ident.split_ascii_whitespace().collect();
        let words = classes.iter().flat_map(|class| name_words(class)).collect();
        Split { classes, words }
    }
}

thread_local! {
    /// Every pattern list read on this thread, by `(address, length)`: lists are read
    /// once per thread, not once per page.
    static READ_LISTS: RefCell<FxHashMap<(usize, usize), Rc<Patterns<'static>>>> =
        RefCell::default();
}

/// `patterns`, read, from the thread's lists when it was read before.
fn read_once(address: (usize, usize), patterns: &'static [&'static str]) -> Rc<Patterns<'static>> {
    READ_LISTS
        .try_with(|lists| {
            Rc::clone(
                lists
                    .borrow_mut()
                    .entry(address)
                    .or_insert_with(|| Rc::new(Patterns::new(patterns))),
            )
        })
        // The thread is ending: read it for this one use.
        .unwrap_or_else(|_| Rc::new(Patterns::new(patterns)))
}

/// How many pattern lists a [`NameMemo`] remembers answers for (the bits of a `u64`).
const MEMO_LISTS: usize = 64;

impl<'a> NameMemo<'a> {
    /// [`ident_matches`]`(ident, patterns)` for element `id`, whose ident is `ident`.
    pub(crate) fn matches(
        &mut self,
        id: NodeId,
        ident: &'a str,
        patterns: &'static [&'static str],
    ) -> bool {
        if ident.is_empty() {
            return false;
        }
        let number = match self.current {
            Some((current, number)) if current == id => number,
            _ => {
                let next = u32::try_from(self.idents.len()).unwrap_or(u32::MAX);
                let number = *self.idents.entry(ident).or_insert(next);
                if number == next {
                    self.answers.push((0, 0));
                }
                self.current = Some((id, number));
                number
            }
        };
        let address = (patterns.as_ptr() as usize, patterns.len());
        let lists = &mut self.lists;
        let list = *self.list_numbers.entry(address).or_insert_with(|| {
            lists.push(read_once(address, patterns));
            lists.len() - 1
        });
        let (Some((asked, matched)), Some(read)) =
            (self.answers.get_mut(number as usize), self.lists.get(list))
        else {
            return ident_matches(ident, patterns);
        };
        if list >= MEMO_LISTS {
            return read.match_ident(ident);
        }
        let bit = 1u64 << list;
        if *asked & bit == 0 {
            *asked |= bit;
            let split = match &mut self.split {
                Some((split_number, split)) if *split_number == number => split,
                slot => &mut slot.insert((number, Split::new(ident))).1,
            };
            if read.match_split(split) {
                *matched |= bit;
            }
        }
        *matched & bit != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ident_patterns_match_whole_words_prefixes_and_suffixes() {
        assert!(ident_matches("post-share-buttons", &["share*"]));
        assert!(ident_matches("sharedaddy sd", &["share*"]));
        assert!(ident_matches("top ad", &["ad"]));
        assert!(!ident_matches("header-wrap", &["ad"]));
        assert!(ident_matches("entry-title", &["*title"]));
        assert!(ident_matches("x widget-area y", &["widget-area"]));
        assert!(!ident_matches("entry-content-read-more", &["read-more"]));
        assert!(!ident_matches("elementor-widget", &["widgets"]));
        assert!(!ident_matches("", &["ad", "*title"]));
        // Every byte value can start or end a pattern; `*` alone matches any word.
        assert!(ident_matches("zz-ÿ", &["*ÿ"]));
        assert!(ident_matches("x9", &["x9"]));
        assert!(ident_matches("any", &["*"]));
        assert!(!ident_matches("--", &["*"]));
    }

    #[test]
    fn a_word_for_what_a_block_has_is_not_its_name() {
        static SIDEBAR: &[&str] = &["sidebar*", "*sidebar"];
        // A page laid out without or beside a sidebar is the page, not the sidebar.
        for layout in [
            "page no-sidebars",
            "c-layout-sidebar-left",
            "wrap has-sidebar",
        ] {
            assert!(!ident_matches(layout, SIDEBAR), "{layout}");
        }
        // The sidebar itself, and a word after it, still match.
        assert!(ident_matches("sidebar-left", SIDEBAR));
        assert!(ident_matches("no-js sidebar", SIDEBAR));
        assert_eq!(
            name_words("layout-sidebar-left").collect::<Vec<_>>(),
            ["layout", "left"]
        );
        // After a word of absence, the rest of the name is what the block lacks: a grid
        // that hides its read-more ad is no ad.
        assert_eq!(
            name_words("hide-read-more-ad").collect::<Vec<_>>(),
            ["hide"]
        );
        assert!(!ident_matches("grid hide-read-more-ad", &["ad"]));
        assert!(ident_matches("ad-slot hide-mobile", &["ad"]));
    }

    #[test]
    fn words_that_only_start_like_a_name_are_none() {
        static SHARE: &[&str] = &["share*"];
        assert!(!ident_matches("block shared_game_rating", SHARE));
        assert!(!ident_matches("shareholder-letter", SHARE));
        assert!(ident_matches("sharedaddy sd-sharing-enabled", SHARE));
        assert!(ident_matches("post-share-buttons", SHARE));
    }

    #[test]
    fn memo_gives_the_same_answers_as_matching() {
        static SHARE: &[&str] = &["share*"];
        static TITLE: &[&str] = &["*title", "widget-area"];
        let idents = [
            "post-share-buttons",
            "no-sidebar widget-area",
            "entry-title",
            "",
            "x widget-area",
            "share",
        ];
        let mut memo = NameMemo::default();
        // Every element twice over, several elements sharing an ident, both lists.
        for round in 0..2 {
            for (id, ident) in idents.iter().chain(idents.iter()).enumerate() {
                for patterns in [SHARE, TITLE] {
                    assert_eq!(
                        memo.matches(id + round, ident, patterns),
                        ident_matches(ident, patterns),
                        "{ident:?} against {patterns:?}"
                    );
                }
            }
        }
    }
}
