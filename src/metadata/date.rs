//! Dates to ISO 8601.

/// A date from a machine-readable source (`datetime`, `content`, JSON): the ISO form, or
/// failing that a date written for people ("March 27, 2025" in a meta tag).
pub(crate) fn parse_any(raw: &str) -> Option<String> {
    normalize(raw).or_else(|| find_visible(raw))
}

/// The date in a URL's path: `/2024/05/06/slug` or a segment that starts with
/// `2024-05-06`. `YYYY-MM-DD`, or `None`.
pub(crate) fn from_url_path(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let segments: Vec<&str> = path.split('/').collect();
    segments
        .windows(3)
        .find_map(|w| {
            let [y, m, d] = w else { return None };
            let all_digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
                n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
            };
            (all_digits(y, 4..=4) && all_digits(m, 1..=2) && all_digits(d, 1..=2))
                .then(|| build(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
                .flatten()
        })
        .or_else(|| {
            segments.iter().find_map(|s| {
                let head = s.get(..10)?;
                let shaped = head.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                });
                shaped.then(|| normalize(head)).flatten()
            })
        })
}

/// Normalizes a machine-readable date ("2016-08-12T10:00:00+00:00", "2016/08/12") to
/// `YYYY-MM-DD`; `None` when it is not one or is not plausible (see [`build`]).
pub(crate) fn normalize(raw: &str) -> Option<String> {
    let digits: Vec<u32> = raw
        .trim()
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [y, m, d] = digits.as_slice() else {
        return None;
    };
    // A full date-time starts with the year; anything else is not machine-readable.
    if !raw.trim_start().starts_with(|c: char| c.is_ascii_digit()) || *y < 1000 {
        return None;
    }
    build(*y, *m, *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_url_paths() {
        assert_eq!(
            from_url_path("https://a.example/2025/12/18/slug/").as_deref(),
            Some("2025-12-18")
        );
        assert_eq!(
            from_url_path("https://a.example/articles/2025-12-15+Rust").as_deref(),
            Some("2025-12-15")
        );
        assert_eq!(from_url_path("https://a.example/2025/12/slug"), None);
        assert_eq!(from_url_path("https://a.example/p/12345/67/89"), None);
    }

    #[test]
    fn future_and_early_dates_are_rejected() {
        let today = today_days();
        let (y, m, d) = civil_from_days(today + 2);
        assert_eq!(build(y, m, d), None, "the day after tomorrow");
        let (y, m, d) = civil_from_days(today);
        assert!(build(y, m, d).is_some(), "today");
        assert_eq!(build(1994, 12, 31), None);
        assert_eq!(build(2023, 2, 30), None, "no such day");
        assert_eq!(parse_any("March 27, 2025").as_deref(), Some("2025-03-27"));
    }

    #[test]
    fn iso_and_slashed_dates_normalize() {
        assert_eq!(
            normalize("2016-08-12T10:00:00+00:00").as_deref(),
            Some("2016-08-12")
        );
        assert_eq!(normalize("2016/8/2").as_deref(), Some("2016-08-02"));
        assert_eq!(normalize("August 12"), None);
        assert_eq!(normalize("1970-01-01"), None);
    }
}

/// Month names and abbreviations (EN, DE, FR, ES), lower-case, with their number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("janvier", 1),
    ("enero", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("abril", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
];

/// Words a dateline may hold besides the date itself: labels, weekdays, clock words (EN,
/// DE, FR, ES), lower-case.
const DATELINE_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "modified",
    "last",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "veröffentlicht",
    "aktualisiert",
    "um",
    "uhr",
    "publié",
    "mis",
    "à",
    "jour",
    "le",
    "publicado",
    "actualizado",
    "el",
    "a",
    "las",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// `true` when `text` is a dateline and nothing else: a date written for people, with only
/// labels ("Published", "Updated"), weekdays, times ("8:22AM", "19:09") and time zones
/// ("EST") around it. "Updated 5:27 am CST, Wednesday, November 20, 2019".
pub(crate) fn is_dateline(text: &str) -> bool {
    // The words first, without allocating: most lines fail on their first word.
    let only_date_words = dateline_words(text).all(is_date_word);
    only_date_words && (find_visible(text).is_some() || labelled_time(text))
}

/// The words of a line as [`is_dateline`] reads them: split at spaces and separators,
/// trimmed of dots, colons and brackets.
pub(crate) fn dateline_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '|' | '-' | '–' | '—' | '·' | '•' | '/' | '／')
    })
    .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ':' | ';' | '(' | ')')))
    .filter(|w| !w.is_empty())
}

/// `true` for a word a dateline is made of: a number, date or time ("8:22AM", "19th"), a
/// time zone ("EST", "GMT+1"), a month or weekday, or a label ("Published", "Updated").
pub(crate) fn is_date_word(w: &str) -> bool {
    let is_any = |word: &str, list: &[&str]| list.iter().any(|l| l.eq_ignore_ascii_case(word));
    let month = |w: &str| MONTHS.iter().any(|(name, _)| name.eq_ignore_ascii_case(w));
    // Numbers, dates and times, with an "am"/"pm" or ordinal glued on.
    let numeric = w.starts_with(|c: char| c.is_ascii_digit())
        && w.trim_end_matches(|c: char| "apmstndrhe.APMSTNDRHE".contains(c))
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'/' | b'.' | b'-'));
    // A time zone: "EST", "CEST", "GMT+1".
    let zone = (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) && w != "BY";
    let prefixed_zone = w
        .get(..3)
        .is_some_and(|p| p.eq_ignore_ascii_case("gmt") || p.eq_ignore_ascii_case("utc"));
    numeric
        || zone
        || prefixed_zone
        || month(w)
        || is_any(w, DATELINE_WORDS)
        || (!w.is_ascii() && {
            let lower = w.to_lowercase();
            month(&lower) || DATELINE_WORDS.contains(&lower.as_str())
        })
}

/// `true` when a line of dateline words says when it was updated or published by the
/// time alone: "Updated at 1:23 p.m." (a time with no label, "8:22AM EST", is not one).
fn labelled_time(text: &str) -> bool {
    let labelled = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | ':'))
        .any(|w| {
            [
                "published",
                "updated",
                "posted",
                "modified",
                "aktualisiert",
                "veröffentlicht",
            ]
            .iter()
            .any(|l| w.eq_ignore_ascii_case(l))
        });
    let timed = text.split_whitespace().any(|w| {
        let (hours, minutes) = w.split_once(':').unwrap_or(("", ""));
        !hours.is_empty()
            && hours.bytes().all(|b| b.is_ascii_digit())
            && minutes
                .get(..2)
                .is_some_and(|m| m.bytes().all(|b| b.is_ascii_digit()))
    });
    labelled && timed
}

/// The first date written for people in `text`: "April 26, 2024", "26 April 2024",
/// "26. April 2024", "26 avril 2024", "26 de abril de 2024", "Apr 26 2024", or numeric
/// "2024-04-26" / "26.04.2024". `YYYY-MM-DD`, or `None`.
pub(crate) fn find_visible(text: &str) -> Option<String> {
    dates_in(text).next()
}

fn dates_in(text: &str) -> impl Iterator<Item = String> {
    let lower = text.to_lowercase();
    let words: Vec<String> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '(' | ')'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ':' | ';')))
        .filter(|w| !w.is_empty() && *w != "de" && *w != "del")
        .map(str::to_string)
        .collect();
    (0..words.len()).filter_map(move |i| date_at(&words, i))
}

/// The date that word `i` of `words` starts or whose month it names, if any.
fn date_at(words: &[String], i: usize) -> Option<String> {
    let month = |w: &str| MONTHS.iter().find(|(name, _)| *name == w).map(|&(_, n)| n);
    let number = |w: &str| {
        w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h', 'e'])
            .parse::<u32>()
            .ok()
    };
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    let w = word(i);
    if let Some(iso) = numeric(w) {
        return Some(iso);
    }
    let m = month(w)?;
    let (next, after) = (word(i + 1), word(i + 2));
    let prev = if i > 0 { word(i - 1) } else { "" };
    // "April 26, 2024"
    if let (Some(d), Some(y)) = (number(next), after.parse::<u32>().ok())
        && let Some(iso) = build(y, m, d)
    {
        return Some(iso);
    }
    // "26 April 2024"
    let (d, y) = (number(prev)?, next.parse::<u32>().ok()?);
    build(y, m, d)
}

/// "2024-04-26", "2024/04/26", "26.04.2024", and the date of an ISO date-time written out
/// ("2024-04-26t08:10+02:00", lower-cased).
fn numeric(word: &str) -> Option<String> {
    let word = match word.get(..10) {
        Some(day) if word.len() > 10 && word.as_bytes().get(10) == Some(&b't') => day,
        _ => word,
    };
    let parts: Vec<&str> = word.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (a, b, c) = (
        a.parse::<u32>().ok()?,
        b.parse::<u32>().ok()?,
        c.parse::<u32>().ok()?,
    );
    let year_first =
        parts.first().is_some_and(|p| p.len() == 4) && (word.contains('-') || word.contains('/'));
    let year_last = parts.get(2).is_some_and(|p| p.len() == 4);
    if year_first {
        build(a, b, c)
    } else if year_last && word.contains('.') {
        // "26.04.2024": day first.
        build(c, b, a)
    } else if year_last && word.contains('/') {
        // "10/31/2024": month first, as written in the US, unless the first number cannot
        // be a month ("31/10/2024").
        if a > 12 {
            build(c, b, a)
        } else {
            build(c, a, b)
        }
    } else {
        None
    }
}

/// `YYYY-MM-DD` for a real calendar day from 1995 (before the web published articles)
/// up to tomorrow (a page's time zone may be ahead of this machine's); `None` otherwise.
fn build(y: u32, m: u32, d: u32) -> Option<String> {
    let days = days_from_civil(y, m, d)?;
    let plausible = days >= days_from_civil(1995, 1, 1)? && days <= today_days() + 1;
    plausible.then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Days since 1970-01-01 of a valid Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: u32, m: u32, d: u32) -> Option<i64> {
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let valid = (1..=12).contains(&m)
        && d >= 1
        && month_days
            .get(m as usize - 1)
            .is_some_and(|&last| d <= last);
    if !valid {
        return None;
    }
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Today, in days since 1970-01-01 (UTC), from the system clock.
fn today_days() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |t| {
            i64::try_from(t.as_secs() / 86_400).unwrap_or(i64::MAX)
        })
}

#[cfg(test)]
fn civil_from_days(z: i64) -> (u32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as u32, m as u32, d as u32)
}

#[cfg(test)]
mod visible_tests {
    use super::{find_visible, is_dateline};

    #[test]
    fn datelines_and_lines_that_say_more() {
        for line in [
            "Updated 5:27 am CST, Wednesday, November 20, 2019",
            "Published Monday, November 18, 2019 8:22AM EST",
            "November 20, 2019 - 11:28 AMT",
            "20 Nov, 2019 05:47",
            "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
            "Veröffentlicht am 3. März 2025 um 10:15 Uhr",
            "Updated at 1:23 p.m.",
        ] {
            assert!(is_dateline(line), "{line}");
        }
        for line in [
            "By Justine Coleman - 11/18/19 11:04 PM EST",
            "The vote is on November 20, 2019.",
            "Opening night: Friday, March 6, 2026 at the Town Hall",
            "8:22AM EST",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    #[test]
    fn visible_dates_in_four_languages() {
        assert_eq!(
            find_visible("Posted on April 26, 2024 by Jane").as_deref(),
            Some("2024-04-26")
        );
        assert_eq!(
            find_visible("Updated: 26 Apr 2024").as_deref(),
            Some("2024-04-26")
        );
        assert_eq!(
            find_visible("Veröffentlicht am 3. März 2025").as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            find_visible("publié le 1er août 2023").as_deref(),
            Some("2023-08-01")
        );
        assert_eq!(
            find_visible("5 de mayo de 2022").as_deref(),
            Some("2022-05-05")
        );
        assert_eq!(
            find_visible("Stand: 26.04.2024").as_deref(),
            Some("2024-04-26")
        );
        assert_eq!(
            find_visible("Updated: 10/31/2024").as_deref(),
            Some("2024-10-31")
        );
        assert_eq!(find_visible("31/10/2024").as_deref(), Some("2024-10-31"));
        assert_eq!(
            find_visible("Published 2022-11-23T08:10+02:00").as_deref(),
            Some("2022-11-23")
        );
        assert_eq!(find_visible("May the force be with you"), None);
        assert_eq!(find_visible("We sold 3 million in March."), None);
    }
}
