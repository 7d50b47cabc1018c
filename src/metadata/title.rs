//! The title: the page's heading against its meta titles, with the site's name removed.

use crate::rules::lexicon::{self, plain_quotes};
use crate::tuning::{
    TITLE_CUT_MIN_CHARS, TITLE_H1_MIN_SHARED, TITLE_LABEL_MAX_WORDS, TITLE_MAX_WORDS,
};

/// Picks the title from `h1s`, the content's heading then the page's first (either may be
/// missing). The content's heading when `og:title` or `<title>` confirms it ([`confirms`]:
/// holds it as a part, or as half its words); the page's heading when a meta title is that
/// heading; either when a meta title is its start cut short; on a story page (an article,
/// a post or a question, by `og:type` or JSON-LD), the first heading too when it shares
/// enough words with the meta title; otherwise
/// `og:title` and `<title>` with the site name removed when the two agree (an `h1` that
/// says something else is a section or a slogan); on a story page a short `h1`; then
/// whichever meta title there is, then the `h1`.
///
/// Sources are compared with typographic quotes read as ASCII ([`plain_quotes`]): one
/// page often writes its title with `’` in the heading and `'` in `<title>`. When a meta
/// title says what the heading says in a plainer spelling (plain quotes, not all
/// capitals), that spelling is kept; otherwise the title is spelled as its source.
pub(super) fn choose_title(
    h1s: &[String],
    og: Option<String>,
    page: Option<String>,
    site: &Site,
    is_story: bool,
) -> Option<String> {
    let norm = |s: &str| lexicon::normalize(&plain_quotes(s));
    let og = og.map(|t| strip_site(&t, site)).filter(|t| !t.is_empty());
    let page = page.map(|t| strip_site(&t, site)).filter(|t| !t.is_empty());
    let headings: Vec<String> = h1s
        .iter()
        .map(|h| without_site_part(h, site))
        .filter(|h| !norm(h).is_empty() && !site.names(h))
        .collect();
    let metas = || [&og, &page].into_iter().flatten();
    for (nth, h) in headings.iter().enumerate() {
        let nh = norm(h);
        // The content's heading is confirmed by a meta title holding it; a heading elsewhere
        // on the page only by one it is most of, at the end ("Blog: Title"): a blog's
        // name is the other part of its titles ("Blog: Title" for the heading "Blog").
        let confirmed = if nth == 0 {
            metas().any(|t| confirms(&norm(t), &nh))
        } else {
            metas().any(|t| {
                let t = norm(t);
                t == nh || (t.ends_with(&nh) && confirms(&t, &nh) && nh.len() * 2 >= t.len())
            })
        };
        if confirmed {
            // The heading without the count or year its meta title carries ("Recent Trends"
            // under "8 Recent Trends", "Best Tutors" under "Best Tutors 2025"): the meta title.
            if let Some(t) = metas().find(|t| adds_a_number(&norm(t), &nh)) {
                return Some(t.clone());
            }
            // The same words, spelled plainer in a meta title: that spelling.
            let plainer = metas().find(|t| {
                plain_quotes(t).to_lowercase() == plain_quotes(h).to_lowercase()
                    && styling(t) < styling(h)
            });
            return Some(plainer.unwrap_or(h).clone());
        }
        if metas().any(|t| cut_short(&norm(t), &nh)) {
            return Some(h.clone());
        }
        // A section's label before the title in the heading ("Blog: Title"): the meta
        // title, without it.
        if let Some(t) = metas().find(|t| labelled(&nh, &norm(t))) {
            return Some(t.clone());
        }
    }
    let h1 = headings.into_iter().next();
    let short_h1 = h1
        .as_ref()
        .is_some_and(|h| h.split_whitespace().count() <= TITLE_MAX_WORDS);
    if let Some(h) = &h1 {
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

/// `true` when `meta` is `heading` with one number more, before or after it ("8 recent
/// trends" for "recent trends", "best tutors 2025" for "best tutors").
fn adds_a_number(meta: &str, heading: &str) -> bool {
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let before = meta
        .strip_suffix(heading)
        .and_then(|rest| rest.strip_suffix(' '))
        .is_some_and(number);
    let after = meta
        .strip_prefix(heading)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(number);
    before || after
}

/// `true` when the meta title `meta` confirms the heading `heading` (both normalized): it
/// holds the heading as one of its parts, set off by separators or the title's ends
/// ("Hiking Boots: Shop Boots for Hiking"), or as at least half of its words. A heading
/// that is only a few words inside a longer phrase ("Arch Linux" in "What happened with
/// Arch Linux ISO", "Pet Insurance" in "Pet Insurance for Dogs & Cats") is a logo or a
/// section name, not the title.
fn confirms(meta: &str, heading: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
    };
    let half = words(heading) * 2 >= words(meta);
    let sets_off = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && !c.is_whitespace());
    meta.match_indices(heading).any(|(at, _)| {
        let before = meta[..at].trim_end();
        let after = meta[at + heading.len()..].trim_start();
        let bounded = meta[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && meta[at + heading.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        bounded
            && (half || (sets_off(before.chars().next_back()) && sets_off(after.chars().next())))
    })
}

/// `true` when the meta title `meta` is the heading `heading` cut short (both normalized):
/// a long start of it, stopped inside a phrase ("… your monitor, laptop, and k") rather
/// than before a separator ("Title | Site").
fn cut_short(meta: &str, heading: &str) -> bool {
    meta.chars().count() >= TITLE_CUT_MIN_CHARS
        && heading.len() > meta.len()
        && heading.starts_with(meta)
        && heading[meta.len()..]
            .trim_start()
            .starts_with(char::is_alphanumeric)
}

/// `true` when the heading `heading` is the meta title `meta` (both normalized) after a
/// short label and a separator: "blog: title", "news - title".
fn labelled(heading: &str, meta: &str) -> bool {
    let Some(label) = heading.strip_suffix(meta) else {
        return false;
    };
    let label = label.trim_end();
    !meta.is_empty()
        && label.ends_with([':', '-', '|', '–', '—', '»'])
        && (1..=TITLE_LABEL_MAX_WORDS).contains(
            &label
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count(),
        )
}

/// How styled a spelling of a title is: one for typographic quotes, one for capitals
/// throughout ("BEST DRIP COFFEE MAKERS", set in large type).
fn styling(title: &str) -> u8 {
    let typographic = plain_quotes(title) != title;
    let capitals = title.chars().any(char::is_uppercase) && !title.chars().any(char::is_lowercase);
    u8::from(typographic) + u8::from(capitals)
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
                .find(|p| p.chars().any(char::is_alphabetic) && !site.names(p))
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

    fn no_site() -> Site {
        Site {
            names: vec![],
            host: String::new(),
        }
    }

    fn title(h1s: &[&str], og: Option<&str>, page: Option<&str>) -> Option<String> {
        let h1s: Vec<String> = h1s.iter().map(|h| h.to_string()).collect();
        choose_title(
            &h1s,
            og.map(Into::into),
            page.map(Into::into),
            &no_site(),
            false,
        )
    }

    #[test]
    fn sources_agree_whatever_their_quotes() {
        // The heading writes ’, the page title ': the heading is confirmed all the same,
        // and keeps its quotes.
        assert_eq!(
            title(
                &["The Beginner\u{2019}s \u{201C}Guide\u{201D}"],
                None,
                Some("The Beginner's \"Guide\" to Everything"),
            )
            .as_deref(),
            Some("The Beginner\u{2019}s \u{201C}Guide\u{201D}")
        );
        // A meta title with the same words in plain quotes gives its spelling.
        assert_eq!(
            title(
                &["Why Isn\u{2019}t It Done?"],
                Some("Why Isn't It Done?"),
                None
            )
            .as_deref(),
            Some("Why Isn't It Done?")
        );
        assert_eq!(
            plain_quotes("\u{00AB}Le titre\u{00BB} 5\u{2032}"),
            "\u{00AB}Le titre\u{00BB} 5\u{2032}"
        );
    }

    #[test]
    fn a_meta_title_with_the_count_or_year_the_heading_drops_wins() {
        assert_eq!(
            title(
                &["Recent Trends in Photography"],
                Some("8 Recent Trends in Photography"),
                None
            )
            .as_deref(),
            Some("8 Recent Trends in Photography")
        );
        assert_eq!(
            title(
                &["Best Tutoring Platforms"],
                None,
                Some("Best Tutoring Platforms 2025")
            )
            .as_deref(),
            Some("Best Tutoring Platforms 2025")
        );
        // More than a number: the heading stays.
        assert_eq!(
            title(
                &["Best Tutoring Platforms"],
                None,
                Some("Best Tutoring Platforms for Kids")
            )
            .as_deref(),
            Some("Best Tutoring Platforms")
        );
    }

    #[test]
    fn a_meta_title_confirms_a_heading_it_holds_as_a_part() {
        // Set off by a separator, or half the title: confirmed.
        assert!(confirms(
            "hiking boots: shop boots for hiking",
            "hiking boots"
        ));
        assert!(confirms("pond pumps compared", "pond pumps"));
        // A few words inside a longer phrase: a logo or a section, not the title.
        assert!(!confirms(
            "what happened with arch linux iso in 2024",
            "arch linux"
        ));
        assert!(!confirms(
            "pet insurance for dogs and cats",
            "pet insurance"
        ));
        // Words, not letters: "art" is not in "party".
        assert!(!confirms("party", "art"));
        assert_eq!(
            title(
                &["Arch Linux"],
                None,
                Some("What happened with Arch Linux ISO in 2024")
            )
            .as_deref(),
            Some("What happened with Arch Linux ISO in 2024")
        );
    }

    #[test]
    fn a_meta_title_cut_short_yields_to_the_whole_heading() {
        let heading =
            "Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard";
        assert_eq!(
            title(
                &[heading],
                None,
                Some("Ergonomic desk step by step: how to set up your monitor, laptop, and k")
            )
            .as_deref(),
            Some(heading)
        );
        // A heading that adds the site after a separator is not the whole title.
        assert!(!cut_short(
            "vehicle rental news and reporting coverage",
            "vehicle rental news and reporting coverage | gazette"
        ));
    }

    #[test]
    fn a_label_before_the_title_in_the_heading_goes() {
        assert_eq!(
            title(
                &["Blog: Pond pumps compared"],
                None,
                Some("Pond pumps compared | Gazette")
            )
            .as_deref(),
            Some("Pond pumps compared")
        );
        // Without a separator, the words belong to the title.
        assert!(!labelled(
            "the best pond pumps compared",
            "pond pumps compared"
        ));
    }

    #[test]
    fn a_heading_outside_the_content_must_equal_a_meta_title() {
        // The content's heading rewords the title; the page's first heading is the blog's
        // name, which the page title holds as a part: the meta title wins.
        assert_eq!(
            title(
                &["Small is the new large", "Engora Data Blog"],
                Some("Small adventures with small language models"),
                Some("Engora Data Blog: Small adventures with small language models"),
            )
            .as_deref(),
            Some("Small adventures with small language models")
        );
        // The page's heading that is the end and most of the page title ("Blog: Title")
        // beats a section heading in the content.
        assert_eq!(
            title(
                &["What is attestation", "Hardware-attested builds"],
                None,
                Some("Gx Blog: Hardware-attested builds"),
            )
            .as_deref(),
            Some("Hardware-attested builds")
        );
        // The page's question heading, equal to og:title, beats an answer's heading.
        assert_eq!(
            title(
                &["Backup", "How to back up my system?"],
                Some("How to back up my system?"),
                None,
            )
            .as_deref(),
            Some("How to back up my system?")
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
        // A part without letters ("2024") is not a title.
        assert_eq!(
            strip_site("2024 - Pros and Cons of Travel Agents", &site),
            "Pros and Cons of Travel Agents"
        );
        // Near miss: with no part naming the site, the first part is the title.
        assert_eq!(
            strip_site("A longer article title here | Opinion | Elsewhere", &site),
            "A longer article title here"
        );
    }
}
