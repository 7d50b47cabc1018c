//! The title: the page's heading against its meta titles, with the site's name removed.

use crate::rules::lexicon;
use crate::tuning::{TITLE_H1_MIN_SHARED, TITLE_MAX_WORDS};

/// Picks the title. The page's own heading (`h1`) when `og:title` or `<title>` confirms it
/// by containing it; on a story page (an article, a post or a question, by `og:type` or
/// JSON-LD), the `h1` too when it shares enough words with the meta title; otherwise
/// `og:title` and `<title>` with the site name removed when the two agree (an `h1` that
/// says something else is a section or a slogan); on a story page a short `h1`; then
/// whichever meta title there is, then the `h1`.
///
/// Sources are compared with typographic quotes read as ASCII ([`plain_quotes`]): one
/// page often writes its title with `’` in the heading and `'` in `<title>`. The title
/// keeps the quotes of the source it comes from.
pub(super) fn choose_title(
    h1: Option<String>,
    og: Option<String>,
    page: Option<String>,
    site: &Site,
    is_story: bool,
) -> Option<String> {
    let norm = |s: &str| lexicon::normalize(&plain_quotes(s));
    let og = og.map(|t| strip_site(&t, site)).filter(|t| !t.is_empty());
    let page = page.map(|t| strip_site(&t, site)).filter(|t| !t.is_empty());
    let h1 = h1
        .map(|h| without_site_part(&h, site))
        .filter(|h| !norm(h).is_empty() && !site.names(h));
    let short_h1 = h1
        .as_ref()
        .is_some_and(|h| h.split_whitespace().count() <= TITLE_MAX_WORDS);
    if let Some(h) = &h1 {
        let nh = norm(h);
        if [&og, &page]
            .into_iter()
            .flatten()
            .any(|t| norm(t).contains(&nh))
        {
            return h1;
        }
        let meta = og.as_ref().or(page.as_ref());
        let shares_words = meta.is_none_or(|m| word_share(h, m) >= TITLE_H1_MIN_SHARED);
        if is_story && short_h1 && shares_words {
            return h1;
        }
    }
    if let (Some(o), Some(p)) = (&og, &page)
        && norm(o) == norm(p)
    {
        return og;
    }
    if is_story && short_h1 {
        return h1;
    }
    og.or(page).or(h1)
}

/// `title` with typographic apostrophes and quotation marks written as ASCII, for
/// comparing: `‘ ’ ‚ ‛` as `'`, `“ ” „ ‟` as `"`. Guillemets and primes stay.
fn plain_quotes(title: &str) -> String {
    title
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => '"',
            other => other,
        })
        .collect()
}

/// The share of `heading`'s words that also occur in `other` (case-folded).
fn word_share(heading: &str, other: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (mine, theirs) = (words(heading), words(other));
    if mine.is_empty() {
        return 0.0;
    }
    let shared = mine.iter().filter(|w| theirs.contains(w)).count();
    shared as f64 / mine.len() as f64
}

/// A heading without a part that names the site ("Best Exhibitions – Gazette"), whatever
/// the other parts; a heading with no such part stays whole.
fn without_site_part(heading: &str, site: &Site) -> String {
    splits(heading)
        .find_map(|(sep, parts)| {
            let kept: Vec<&str> = parts.iter().copied().filter(|p| !site.names(p)).collect();
            (kept.len() < parts.len() && !kept.is_empty()).then(|| kept.join(sep))
        })
        .unwrap_or_else(|| heading.trim().to_string())
}

/// `title` split at each separator that occurs in it, in the order of
/// [`TITLE_SEPARATORS`], with the parts trimmed.
fn splits(title: &str) -> impl Iterator<Item = (&'static str, Vec<&str>)> {
    TITLE_SEPARATORS.iter().filter_map(move |&sep| {
        let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
        (parts.len() >= 2).then_some((sep, parts))
    })
}

/// What separates a title from the site's name.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " « ", " » ", " :: ", " · ", " • ", " / ",
];

/// Removes the site name from "Title | Site", "Site - Title", "Title « Site": at the first
/// separator that splits the title, the parts naming the site (a known site name, or the
/// site's host name: "Gazette" on gazette.example) go, and the first part left is the
/// title ("Title | Section | Site" gives "Title").
fn strip_site(title: &str, site: &Site) -> String {
    splits(title)
        .find_map(|(_, parts)| {
            parts
                .into_iter()
                .find(|p| !p.is_empty() && !site.names(p))
                .map(str::to_string)
        })
        .unwrap_or_else(|| title.trim().to_string())
}

/// What a page says its site is called.
pub(super) struct Site {
    /// `og:site_name`, `application-name`, JSON-LD publisher, normalized.
    pub(super) names: Vec<String>,
    /// Letters and digits of the host name without `www.` ("gazetteexample").
    pub(super) host: String,
}

impl Site {
    /// `true` when `part` of a title names the site.
    pub(super) fn names(&self, part: &str) -> bool {
        let norm = lexicon::normalize(part);
        let letters: String = norm.chars().filter(|c| c.is_alphanumeric()).collect();
        self.names.contains(&norm)
            || (letters.chars().count() >= 4
                && !self.host.is_empty()
                && self.host.starts_with(&letters))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_agree_whatever_their_quotes() {
        let site = Site {
            names: vec![],
            host: String::new(),
        };
        // The heading writes ’, the page title ': the heading is confirmed all the same,
        // and keeps its quotes.
        let title = choose_title(
            Some("The Beginner\u{2019}s \u{201C}Guide\u{201D}".into()),
            None,
            Some("The Beginner's \"Guide\" to Everything".into()),
            &site,
            false,
        );
        assert_eq!(
            title.as_deref(),
            Some("The Beginner\u{2019}s \u{201C}Guide\u{201D}")
        );
        assert_eq!(
            plain_quotes("\u{00AB}Le titre\u{00BB} 5\u{2032}"),
            "\u{00AB}Le titre\u{00BB} 5\u{2032}"
        );
    }

    #[test]
    fn site_name_leaves_the_title() {
        let site = Site {
            names: vec!["world affairs blog".into()],
            host: "gazetteexample".into(),
        };
        assert_eq!(
            strip_site("US & Russia: Benefits | World Affairs Blog", &site),
            "US & Russia: Benefits"
        );
        assert_eq!(
            strip_site("Best UK Art Exhibitions 2025 – Gazette", &site),
            "Best UK Art Exhibitions 2025"
        );
        assert_eq!(
            strip_site("World Affairs Blog - A longer article title here", &site),
            "A longer article title here"
        );
        // Near miss: with no part naming the site, the first part is the title.
        assert_eq!(
            strip_site("A longer article title here | Opinion | Elsewhere", &site),
            "A longer article title here"
        );
    }
}
