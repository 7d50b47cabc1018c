//! Charset detection: BOM, then `<meta charset>`, then `http-equiv` Content-Type, then UTF-8 with a Windows-1252 fallback.
//!
//! The `<meta>` prescan follows the HTML specification's "prescan a byte stream
//! to determine its encoding" algorithm, limited to the first 1024 bytes.
//! On top of the spec, a declared single-byte Latin charset (windows-1252,
//! ISO-8859-1, ISO-8859-15, US-ASCII) is overridden by UTF-8 when the bytes
//! are valid UTF-8 containing non-ASCII characters, because many real pages
//! declare a legacy charset although they are served as UTF-8.

use std::borrow::Cow;

use encoding_rs::{Encoding, ISO_8859_15, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};

/// How many leading bytes the `<meta>` prescan looks at (the HTML spec value).
const PRESCAN_LIMIT: usize = 1024;

/// The result of decoding an HTML document's bytes.
#[allow(
    dead_code,
    reason = "encoding and had_errors are diagnostics for tests and future callers; the pipeline reads the text"
)]
pub(crate) struct Decoded<'a> {
    /// The decoded text, without any byte order mark: the input itself when it is UTF-8.
    pub text: Cow<'a, str>,
    /// The encoding that was used to decode the bytes.
    pub encoding: &'static Encoding,
    /// Whether malformed byte sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

/// Decodes HTML bytes to a `String`, detecting the charset.
///
/// Order of precedence: a byte order mark (UTF-8, UTF-16LE, UTF-16BE), then a
/// `<meta charset>` or `<meta http-equiv="content-type">` declaration in the
/// first 1024 bytes, then UTF-8 if the bytes are valid UTF-8, else
/// windows-1252. A declared single-byte Latin charset yields to UTF-8 when
/// the bytes are valid UTF-8 with non-ASCII content. Never panics.
#[must_use]
pub(crate) fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return decode_with(encoding, body);
    }
    let head = bytes.get(..PRESCAN_LIMIT).unwrap_or(bytes);
    let declared = prescan(head);
    if declared.is_none_or(|d| d == UTF_8 || is_latin_single_byte(d))
        && let Ok(text) = std::str::from_utf8(bytes)
    {
        // Valid UTF-8 read as UTF-8 (undeclared, declared, or declared Latin with
        // non-ASCII content): the input itself, checked once.
        if declared.is_none_or(|d| d == UTF_8) || !text.is_ascii() {
            return Decoded {
                text: Cow::Borrowed(text),
                encoding: UTF_8,
                had_errors: false,
            };
        }
    }
    let encoding = match declared {
        Some(declared) if is_latin_single_byte(declared) => {
            if utf8_evidence(bytes) == Utf8Evidence::NonAscii {
                UTF_8
            } else {
                declared
            }
        }
        Some(declared) => declared,
        None => match utf8_evidence(bytes) {
            Utf8Evidence::Ascii | Utf8Evidence::NonAscii => UTF_8,
            Utf8Evidence::Invalid => WINDOWS_1252,
        },
    };
    decode_with(encoding, bytes)
}

/// Decodes `bytes` (already stripped of any BOM) with `encoding`.
fn decode_with<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Decoded<'a> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding,
        had_errors,
    }
}

/// Whether `encoding` belongs to the single-byte Latin family whose
/// declarations are often wrong for UTF-8 pages.
///
/// In `encoding_rs`, the `iso-8859-1`, `latin1` and `us-ascii` labels all map
/// to windows-1252.
fn is_latin_single_byte(encoding: &'static Encoding) -> bool {
    encoding == WINDOWS_1252 || encoding == ISO_8859_15
}

/// What the bytes look like from a UTF-8 point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Utf8Evidence {
    /// Pure ASCII: valid in UTF-8 and in every ASCII-compatible encoding.
    Ascii,
    /// Valid UTF-8 with at least one non-ASCII character. A multi-byte
    /// sequence cut off at the very end (a truncated download) is tolerated
    /// when the complete part already holds non-ASCII characters.
    NonAscii,
    /// Not UTF-8.
    Invalid,
}

/// Classifies `bytes` as ASCII, non-ASCII UTF-8 or not UTF-8, in linear time.
fn utf8_evidence(bytes: &[u8]) -> Utf8Evidence {
    match std::str::from_utf8(bytes) {
        Ok(text) if text.is_ascii() => Utf8Evidence::Ascii,
        Ok(_) => Utf8Evidence::NonAscii,
        // `error_len() == None` means the input ends inside a sequence that
        // was valid so far. Only trust that with positive evidence before it,
        // so that e.g. Latin-1 "caf\xE9" at the end stays windows-1252.
        Err(error) if error.error_len().is_none() => {
            let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
            if valid.is_ascii() {
                Utf8Evidence::Invalid
            } else {
                Utf8Evidence::NonAscii
            }
        }
        Err(_) => Utf8Evidence::Invalid,
    }
}

/// Runs the HTML spec's prescan over `head` and returns the declared
/// encoding, if any.
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < head.len() {
        let rest = head.get(pos..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            // The `>` must be preceded by `--`; those may overlap the opening
            // `<!--`, so `<!-->` is a complete comment.
            let after_open = rest.get(2..).unwrap_or_default();
            let end = find(after_open, b"-->")?;
            // Leave `pos` on the closing `>`.
            pos += 2 + end + 2;
        } else if starts_with_ignore_case(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            pos += 5;
            if let Some(encoding) = parse_meta(head, &mut pos) {
                return Some(encoding);
            }
        } else if rest.first() == Some(&b'<')
            && (rest.get(1).is_some_and(u8::is_ascii_alphabetic)
                || (rest.get(1) == Some(&b'/') && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // Any other start or end tag: skip its name, then its attributes
            // (so that a `>` inside a quoted value does not end the tag).
            pos += 1;
            while head.get(pos).is_some_and(|&b| !is_space(b) && b != b'>') {
                pos += 1;
            }
            while get_attribute(head, &mut pos).is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            // Doctype, bogus comment, processing instruction: skip to `>`.
            let end = rest.iter().position(|&b| b == b'>')?;
            pos += end;
        }
        pos += 1;
    }
    None
}

/// Parses the attributes of a `<meta` tag starting at `pos` (just after the
/// tag name) and returns the encoding it declares, if any.
///
/// On return `pos` points at the tag's closing `>` (or past the end).
fn parse_meta(head: &[u8], pos: &mut usize) -> Option<&'static Encoding> {
    let mut seen_http_equiv = false;
    let mut seen_content = false;
    let mut seen_charset = false;
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    let mut charset: Option<&'static Encoding> = None;

    while let Some((name, value)) = get_attribute(head, pos) {
        match name.as_slice() {
            b"http-equiv" if !seen_http_equiv => {
                seen_http_equiv = true;
                if value == b"content-type" {
                    got_pragma = true;
                }
            }
            b"content" if !seen_content => {
                seen_content = true;
                // A `charset` attribute seen earlier takes precedence.
                let found = if charset.is_none() {
                    extract_charset(&value).and_then(Encoding::for_label)
                } else {
                    None
                };
                if found.is_some() {
                    charset = found;
                    need_pragma = Some(true);
                }
            }
            b"charset" if !seen_charset => {
                seen_charset = true;
                charset = Encoding::for_label(&value);
                need_pragma = Some(false);
            }
            _ => {}
        }
    }

    // A tag cut off by the end of the prescan window is not trusted: its
    // last value may be truncated.
    if *pos >= head.len() {
        return None;
    }
    match need_pragma {
        None => return None,
        Some(true) if !got_pragma => return None,
        Some(_) => {}
    }
    let encoding = charset?;
    if encoding == UTF_16BE || encoding == UTF_16LE {
        Some(UTF_8)
    } else if encoding == X_USER_DEFINED {
        Some(WINDOWS_1252)
    } else {
        Some(encoding)
    }
}

/// The spec's "get an attribute" algorithm.
///
/// Returns the lower-cased name and value of the next attribute, or `None`
/// when the tag ends (`pos` is left on the `>`) or the input runs out.
/// Every `Some` consumes at least one byte, so callers may loop on it.
fn get_attribute(head: &[u8], pos: &mut usize) -> Option<(Vec<u8>, Vec<u8>)> {
    while head.get(*pos).is_some_and(|&b| is_space(b) || b == b'/') {
        *pos += 1;
    }
    if *head.get(*pos)? == b'>' {
        return None;
    }
    let mut name = Vec::new();
    let mut value = Vec::new();

    // Attribute name.
    loop {
        let b = *head.get(*pos)?;
        if b == b'=' && !name.is_empty() {
            *pos += 1;
            break;
        }
        if is_space(b) {
            skip_spaces(head, pos);
            if *head.get(*pos)? != b'=' {
                return Some((name, value));
            }
            *pos += 1;
            break;
        }
        if b == b'/' || b == b'>' {
            return Some((name, value));
        }
        name.push(b.to_ascii_lowercase());
        *pos += 1;
    }

    // Attribute value.
    skip_spaces(head, pos);
    let first = *head.get(*pos)?;
    if first == b'"' || first == b'\'' {
        *pos += 1;
        loop {
            let b = *head.get(*pos)?;
            *pos += 1;
            if b == first {
                return Some((name, value));
            }
            value.push(b.to_ascii_lowercase());
        }
    }
    if first == b'>' {
        return Some((name, value));
    }
    value.push(first.to_ascii_lowercase());
    *pos += 1;
    loop {
        let b = *head.get(*pos)?;
        if is_space(b) || b == b'>' {
            return Some((name, value));
        }
        value.push(b.to_ascii_lowercase());
        *pos += 1;
    }
}

/// The spec's "extract a character encoding from a meta element" algorithm,
/// applied to an already lower-cased `content` value; returns the raw label.
fn extract_charset(content: &[u8]) -> Option<&[u8]> {
    let mut pos = 0;
    loop {
        pos += find(content.get(pos..)?, b"charset")? + b"charset".len();
        let mut cursor = pos;
        skip_spaces(content, &mut cursor);
        if content.get(cursor) != Some(&b'=') {
            // Not `charset=`: search again after this occurrence.
            continue;
        }
        cursor += 1;
        skip_spaces(content, &mut cursor);
        let rest = content.get(cursor..)?;
        return match rest.first()? {
            &quote @ (b'"' | b'\'') => {
                let inner = rest.get(1..)?;
                let end = inner.iter().position(|&b| b == quote)?;
                inner.get(..end)
            }
            _ => {
                let end = rest
                    .iter()
                    .position(|&b| is_space(b) || b == b';')
                    .unwrap_or(rest.len());
                rest.get(..end)
            }
        };
    }
}

/// Advances `pos` past ASCII whitespace as the HTML spec defines it.
fn skip_spaces(bytes: &[u8], pos: &mut usize) {
    while bytes.get(*pos).is_some_and(|&b| is_space(b)) {
        *pos += 1;
    }
}

/// HTML whitespace: tab, line feed, form feed, carriage return, space.
const fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// Whether `bytes` starts with `prefix`, ignoring ASCII case.
fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

/// Position of the first occurrence of a short `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{BIG5, EUC_KR, GBK, SHIFT_JIS, WINDOWS_1251};

    /// Encodes `html` with `encoding`, checking that every character mapped.
    fn encode(encoding: &'static Encoding, html: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(html);
        assert!(
            !unmappable,
            "test text not representable in {}",
            encoding.name()
        );
        bytes.into_owned()
    }

    /// Asserts that `bytes` decode to `text` with `encoding` and no errors.
    fn assert_decodes(bytes: &[u8], encoding: &'static Encoding, text: &str) {
        let decoded = decode(bytes);
        assert_eq!(decoded.encoding, encoding, "wrong encoding for {bytes:?}");
        assert_eq!(decoded.text, text);
        assert!(!decoded.had_errors);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("<p>café</p>".as_bytes());
        assert_decodes(&bytes, UTF_8, "<p>café</p>");
    }

    #[test]
    fn utf8_bom_beats_meta() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("<meta charset=windows-1251><p>café</p>".as_bytes());
        assert_decodes(&bytes, UTF_8, "<meta charset=windows-1251><p>café</p>");
    }

    #[test]
    fn utf16le_bom() {
        let text = "<p>héllo 日本</p>";
        let mut bytes = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_decodes(&bytes, UTF_16LE, text);
    }

    #[test]
    fn utf16be_bom() {
        let text = "<p>héllo 日本</p>";
        let mut bytes = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        assert_decodes(&bytes, UTF_16BE, text);
    }

    #[test]
    fn meta_charset_shift_jis() {
        let html = "<html><head><meta charset=\"Shift_JIS\"><title>テスト</title></head>\
                    <body><p>吾輩は猫である。名前はまだ無い。</p></body></html>";
        let bytes = encode(SHIFT_JIS, html);
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_decodes(&bytes, SHIFT_JIS, html);
    }

    #[test]
    fn http_equiv_windows_1251() {
        let html = "<html><head><meta http-equiv=\"Content-Type\" \
                    content=\"text/html; charset=windows-1251\"></head>\
                    <body><p>Привет, мир! Съешь же ещё этих мягких французских булок.</p></body></html>";
        assert_decodes(&encode(WINDOWS_1251, html), WINDOWS_1251, html);
    }

    #[test]
    fn http_equiv_attribute_order_and_quotes() {
        let html = "<META CONTENT='text/html;charset = \"windows-1251\"' HTTP-EQUIV=content-type><p>Привет</p>";
        assert_decodes(&encode(WINDOWS_1251, html), WINDOWS_1251, html);
    }

    #[test]
    fn content_without_http_equiv_is_ignored() {
        let bytes = b"<meta content=\"text/html; charset=windows-1251\"><p>caf\xE9</p>";
        assert_decodes(
            bytes,
            WINDOWS_1252,
            "<meta content=\"text/html; charset=windows-1251\"><p>café</p>",
        );
    }

    #[test]
    fn meta_charset_gbk() {
        let html = "<meta charset=\"gbk\"><p>中华人民共和国，你好世界。</p>";
        assert_decodes(&encode(GBK, html), GBK, html);
    }

    #[test]
    fn gb2312_label_maps_to_gbk() {
        let html = "<meta charset=\"gb2312\"><p>简体中文网页</p>";
        assert_decodes(&encode(GBK, html), GBK, html);
    }

    #[test]
    fn meta_charset_euc_kr() {
        let html = "<meta charset=\"euc-kr\"><p>대한민국의 수도는 서울입니다.</p>";
        assert_decodes(&encode(EUC_KR, html), EUC_KR, html);
    }

    #[test]
    fn meta_charset_big5() {
        let html = "<meta charset=big5><p>繁體中文網頁</p>";
        assert_decodes(&encode(BIG5, html), BIG5, html);
    }

    #[test]
    fn iso_8859_1_declared_with_latin1_bytes() {
        let bytes = b"<meta charset=\"iso-8859-1\"><p>caf\xE9 cr\xE8me br\xFBl\xE9e</p>";
        assert_decodes(
            bytes,
            WINDOWS_1252,
            "<meta charset=\"iso-8859-1\"><p>café crème brûlée</p>",
        );
    }

    #[test]
    fn iso_8859_1_declared_but_utf8_bytes() {
        let html = "<meta charset=\"iso-8859-1\"><p>café crème brûlée — “quotes”</p>";
        assert_decodes(html.as_bytes(), UTF_8, html);
    }

    #[test]
    fn windows_1252_http_equiv_but_utf8_bytes() {
        let html = "<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1252\"><p>naïve</p>";
        assert_decodes(html.as_bytes(), UTF_8, html);
    }

    #[test]
    fn iso_8859_15_declared() {
        assert_decodes(
            b"<meta charset=iso-8859-15><p>5 \xA4</p>",
            ISO_8859_15,
            "<meta charset=iso-8859-15><p>5 €</p>",
        );
        let html = "<meta charset=iso-8859-15><p>5 €</p>";
        assert_decodes(html.as_bytes(), UTF_8, html);
    }

    #[test]
    fn latin_declared_ascii_keeps_declaration() {
        let html = "<meta charset=iso-8859-1><p>plain</p>";
        assert_decodes(html.as_bytes(), WINDOWS_1252, html);
    }

    #[test]
    fn cyrillic_declaration_is_obeyed_even_for_utf8_bytes() {
        let html = "<meta charset=windows-1251><p>é</p>";
        let decoded = decode(html.as_bytes());
        assert_eq!(decoded.encoding, WINDOWS_1251);
        assert_eq!(decoded.text, "<meta charset=windows-1251><p>Г©</p>");
    }

    #[test]
    fn undeclared_valid_utf8() {
        let html = "<p>Grüße, 世界</p>";
        assert_decodes(html.as_bytes(), UTF_8, html);
    }

    #[test]
    fn undeclared_ascii_is_utf8() {
        assert_decodes(b"<p>hello</p>", UTF_8, "<p>hello</p>");
    }

    #[test]
    fn undeclared_invalid_utf8_falls_back_to_windows_1252() {
        assert_decodes(
            b"<p>caf\xE9 \x93ok\x94</p>",
            WINDOWS_1252,
            "<p>café “ok”</p>",
        );
        // A trailing Latin-1 byte that looks like a truncated UTF-8 lead byte.
        assert_decodes(b"caf\xE9", WINDOWS_1252, "café");
    }

    #[test]
    fn truncated_utf8_tail_stays_utf8() {
        let mut bytes = "<p>Grüße ".as_bytes().to_vec();
        bytes.extend_from_slice("世".as_bytes().get(..2).unwrap_or_default());
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, UTF_8);
        assert_eq!(decoded.text, "<p>Grüße \u{FFFD}");
        assert!(decoded.had_errors);
    }

    #[test]
    fn empty_input() {
        assert_decodes(b"", UTF_8, "");
    }

    #[test]
    fn meta_inside_comment_is_ignored() {
        let bytes = b"<!-- <meta charset=\"windows-1251\"> --><p>caf\xE9</p>";
        assert_decodes(
            bytes,
            WINDOWS_1252,
            "<!-- <meta charset=\"windows-1251\"> --><p>café</p>",
        );
    }

    #[test]
    fn meta_after_comment_is_used() {
        let html = "<!-- note --><!--><meta charset=windows-1251><p>Привет</p>";
        assert_decodes(&encode(WINDOWS_1251, html), WINDOWS_1251, html);
    }

    #[test]
    fn unclosed_comment_hides_everything() {
        let bytes = b"<!-- <meta charset=windows-1251><p>caf\xE9</p>";
        assert_eq!(decode(bytes).encoding, WINDOWS_1252);
    }

    #[test]
    fn unquoted_charset() {
        let html = "<!DOCTYPE html><html><head><meta charset=windows-1251 /></head><p>Привет</p>";
        assert_decodes(&encode(WINDOWS_1251, html), WINDOWS_1251, html);
    }

    #[test]
    fn gt_inside_quoted_attribute_does_not_end_tag() {
        let html = "<meta name=\"a>b\" charset=\"shift_jis\"><p>日本語</p>";
        assert_decodes(&encode(SHIFT_JIS, html), SHIFT_JIS, html);
        let bytes = b"<div title=\"<meta charset=windows-1251>\"><p>caf\xE9</p>";
        assert_eq!(decode(bytes).encoding, WINDOWS_1252);
    }

    #[test]
    fn charset_on_other_tags_is_ignored() {
        let bytes = b"<script charset=\"windows-1251\"></script><p>caf\xE9</p>";
        assert_eq!(decode(bytes).encoding, WINDOWS_1252);
    }

    #[test]
    fn unknown_label_is_skipped_for_later_meta() {
        let html = "<meta charset=\"no-such-charset\"><meta charset=\"euc-kr\"><p>한국어</p>";
        assert_decodes(&encode(EUC_KR, html), EUC_KR, html);
    }

    #[test]
    fn utf16_label_means_utf8() {
        let html = "<meta charset=\"utf-16\"><p>café</p>";
        assert_decodes(html.as_bytes(), UTF_8, html);
    }

    #[test]
    fn x_user_defined_means_windows_1252() {
        assert_decodes(
            b"<meta charset=x-user-defined><p>caf\xE9</p>",
            WINDOWS_1252,
            "<meta charset=x-user-defined><p>café</p>",
        );
    }

    #[test]
    fn meta_beyond_prescan_window_is_ignored() {
        let mut bytes = b"<p>".to_vec();
        bytes.resize(PRESCAN_LIMIT, b'x');
        bytes.extend_from_slice(b"<meta charset=windows-1251><p>caf\xE9</p>");
        assert_eq!(decode(&bytes).encoding, WINDOWS_1252);
    }

    #[test]
    fn meta_cut_by_prescan_window_is_ignored() {
        let mut bytes = b"<p>".to_vec();
        bytes.resize(PRESCAN_LIMIT - 20, b'x');
        bytes.extend_from_slice(b"<meta charset=\"windows-1251\"><p>caf\xE9</p>");
        assert_eq!(decode(&bytes).encoding, WINDOWS_1252);
    }

    #[test]
    fn extract_charset_cases() {
        assert_eq!(
            extract_charset(b"text/html; charset=utf-8"),
            Some(&b"utf-8"[..])
        );
        assert_eq!(
            extract_charset(b"text/html;charset = 'koi8-r'"),
            Some(&b"koi8-r"[..])
        );
        assert_eq!(
            extract_charset(b"charsetx; charset=gbk;x"),
            Some(&b"gbk"[..])
        );
        assert_eq!(extract_charset(b"text/html; charset=\"utf-8"), None);
        assert_eq!(extract_charset(b"text/html; charset="), None);
        assert_eq!(extract_charset(b"text/html"), None);
    }

    #[test]
    fn random_binary_does_not_panic() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let prefixes: [&[u8]; 8] = [
            b"",
            b"<meta ",
            b"<meta charset=\"",
            b"<meta http-equiv=content-type content='charset=",
            b"<!--",
            b"<a href=",
            b"</",
            b"\xFF\xFE",
        ];
        let alphabet = b"<>!-/?=\"' \tmetaMETAcharsetcontent;\x80\xE9\xFF\x00";
        for round in 0..2000usize {
            let len = usize::try_from(next() % 1500).unwrap_or(0);
            let mut bytes = prefixes
                .get(round % prefixes.len())
                .copied()
                .unwrap_or_default()
                .to_vec();
            for _ in 0..len {
                let r = next();
                let byte = if r % 2 == 0 {
                    let idx = usize::try_from((r >> 8) % alphabet.len() as u64).unwrap_or(0);
                    alphabet.get(idx).copied().unwrap_or(b'x')
                } else {
                    r.to_le_bytes().get(3).copied().unwrap_or(0)
                };
                bytes.push(byte);
            }
            let decoded = decode(&bytes);
            // Anything longer than a BOM decodes to at least one character.
            assert!(bytes.len() <= 3 || !decoded.text.is_empty());
        }
    }
}
