//! Repair of text encoded twice: UTF-8 bytes read as Windows-1252 (or Latin-1) and
//! written out as UTF-8 again, so that "—" reads "â€”" and "é" reads "Ã©".
//!
//! Pages scraped through a misconfigured pipeline arrive this way, with a correct
//! `charset` declaration, so no decoder can undo it. The repair runs on the decoded page
//! before it is parsed, and on each text node after when the page writes the opening
//! character of such a run as a character reference (`&acirc;&euro;&rdquo;`, the same
//! damage written with references), and only where the damage cannot be ordinary text: a
//! run of
//! characters that Windows-1252 writes as single bytes, whose bytes form a UTF-8
//! sequence for a Latin-1 letter, a Windows-1252 letter, punctuation or an emoji.
//! "Straße»" and "São" are left alone; a page without the mark of double encoding (a
//! `Â`, `Ã`, `Å`, `Æ`, `Ë`, `â` or `ð` followed by a character Windows-1252 writes as a
//! byte from 0x80 to 0xBF) is returned as it is, after one fast scan.

use std::borrow::Cow;

/// `text` with every double-encoded sequence decoded once more ("cafÃ©" gives "café");
/// `text` itself, borrowed, when there is none.
#[must_use]
pub(crate) fn repair(text: &str) -> Cow<'_, str> {
    if !has_double_encoding(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let Some(lead) = single_byte(c).filter(|&b| is_lead(b)) else {
            out.push(c);
            continue;
        };
        let need = continuation_count(lead);
        // The characters after the lead, read as the bytes Windows-1252 writes for them.
        let mut bytes = [lead, 0, 0, 0];
        let mut ends = at + c.len_utf8();
        let mut lookahead = chars.clone();
        let mut complete = true;
        for slot in bytes.iter_mut().skip(1).take(need) {
            match lookahead.next() {
                Some((i, next)) if single_byte(next).is_some_and(is_continuation) => {
                    *slot = single_byte(next).unwrap_or_default();
                    ends = i + next.len_utf8();
                }
                _ => {
                    complete = false;
                    break;
                }
            }
        }
        let decoded = complete
            .then(|| std::str::from_utf8(&bytes[..=need]).ok())
            .flatten()
            .and_then(|s| s.chars().next());
        match decoded {
            Some(fixed) => {
                out.push(fixed);
                while chars.peek().is_some_and(|&(i, _)| i < ends) {
                    chars.next();
                }
            }
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `true` when `text` holds a lead character of double encoding followed by a character
/// Windows-1252 writes as a continuation byte. Every lead (U+00C2 to U+00F0) is written
/// in UTF-8 starting with the byte `0xC3`: the scan looks at those bytes only.
fn has_double_encoding(text: &str) -> bool {
    memchr::memchr_iter(0xC3, text.as_bytes()).any(|at| {
        let mut rest = text.get(at..).unwrap_or_default().chars();
        let lead = rest.next().and_then(single_byte).is_some_and(is_lead);
        lead && rest
            .next()
            .and_then(single_byte)
            .is_some_and(is_continuation)
    })
}

/// `true` when `html` writes, as a character reference, a character that opens a
/// double-encoded sequence (`&acirc;`, `&#195;`, `&#xF0;`): only then can the text parsed
/// from it hold damage that [`repair`] of the source did not see. One `memchr` pass.
pub(crate) fn references_a_lead(html: &str) -> bool {
    let bytes = html.as_bytes();
    memchr::memchr_iter(b'&', bytes).any(|at| {
        let rest = bytes.get(at + 1..).unwrap_or_default();
        let reference = rest
            .get(..REFERENCE_MAX_BYTES.min(rest.len()))
            .unwrap_or_default();
        match reference.strip_prefix(b"#") {
            Some(number) => {
                let (digits, radix) = match number.strip_prefix(b"x").or(number.strip_prefix(b"X"))
                {
                    Some(hex) => (hex, 16),
                    None => (number, 10),
                };
                let end = digits
                    .iter()
                    .position(|b| !(*b as char).is_digit(radix))
                    .unwrap_or(digits.len());
                std::str::from_utf8(&digits[..end])
                    .ok()
                    .and_then(|d| u32::from_str_radix(d, radix).ok())
                    .and_then(char::from_u32)
                    .and_then(single_byte)
                    .is_some_and(is_lead)
            }
            // A name may end without its `;` (`&eth` in "&ethical" is read as "ð").
            None => LEAD_NAMES.iter().any(|name| reference.starts_with(name)),
        }
    })
}

/// The names of the characters that open a double-encoded sequence ([`is_lead`]: Â, Ã,
/// Å, Æ, Ë, â, ð).
const LEAD_NAMES: &[&[u8]] = &[
    b"Acirc", b"Atilde", b"Aring", b"AElig", b"Euml", b"acirc", b"eth",
];

/// Most bytes of a character reference read after its `&`.
const REFERENCE_MAX_BYTES: usize = 10;

/// The byte Windows-1252 writes for `c`, with its five unassigned bytes read as Latin-1
/// (U+0081, U+008D, U+008F, U+0090, U+009D); `None` for ASCII and for characters it
/// cannot write.
fn single_byte(c: char) -> Option<u8> {
    let byte = match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(byte)
}

/// UTF-8 lead bytes whose characters a page plausibly holds: Latin-1 and Windows-1252
/// letters (`0xC2`, `0xC3`, `0xC5`, `0xC6`, `0xCB`), general punctuation and symbols
/// (`0xE2`), emoji (`0xF0`). Other leads would turn ordinary text ("ß»") into rare
/// scripts.
fn is_lead(byte: u8) -> bool {
    matches!(byte, 0xC2 | 0xC3 | 0xC5 | 0xC6 | 0xCB | 0xE2 | 0xF0)
}

fn is_continuation(byte: u8) -> bool {
    (0x80..=0xBF).contains(&byte)
}

/// How many continuation bytes follow `lead`.
fn continuation_count(lead: u8) -> usize {
    match lead {
        0xE0..=0xEF => 2,
        0xF0..=0xF7 => 3,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `s` encoded twice: its UTF-8 bytes read as Windows-1252.
    fn twice(s: &str) -> String {
        encoding_rs::WINDOWS_1252
            .decode(s.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn only_references_to_a_sequences_opening_character_are_looked_into() {
        for html in [
            "rankings&acirc;&euro;&rdquo;it",
            "caf&#195;&#169;",
            "&#xE2;&#x80;&#x94;",
            "&#xf0;",
            "an &ethical reading",
        ] {
            assert!(references_a_lead(html), "{html}");
        }
        // Near misses: references to other characters, and the opening characters
        // written as themselves (the repair of the source sees those).
        for html in [
            "Fish &amp; chips, caf&eacute;, &#233;, &nbsp;, &#x2014;",
            "â€”",
            "&#19",
            "&",
        ] {
            assert!(!references_a_lead(html), "{html}");
        }
    }

    #[test]
    fn double_encoded_text_is_decoded_once_more() {
        for s in [
            "itertools — Functions creating iterators",
            "A DIY Investor’s Guide",
            "Café crème, naïve, Œuvre, 5 €",
            "Ellipsis… and “quotes” ✓ 🎉",
        ] {
            assert_eq!(repair(&twice(s)), s, "{s}");
        }
        // Latin-1 read of the control range (U+0080 to U+009F) as well.
        assert_eq!(repair("it\u{e2}\u{80}\u{94}s"), "it—s");
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        for s in [
            "Straße» und São Paulo",
            "Ã la carte is not a thing, but Ã alone is",
            "Price: 5Â",
            "plain ASCII",
            "Ελληνικά and 日本語",
        ] {
            assert!(matches!(repair(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn a_cut_sequence_at_the_end_stays() {
        assert_eq!(repair("dash \u{e2}\u{80}"), "dash \u{e2}\u{80}");
        assert_eq!(repair("\u{c3}"), "\u{c3}");
    }
}
