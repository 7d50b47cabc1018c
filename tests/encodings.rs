//! Pages in other encodings and writing systems: UTF-16 with a BOM, legacy encodings
//! declared by `<meta charset>` or `http-equiv`, zero-width and bidi controls, RTL and CJK
//! articles. The text must come out exactly as written, decoded correctly. Each case is
//! measured like the other hostile cases (`tests/measure`). All pages are generated here.

mod measure;

use measure::measure;
use unboil::{Article, Extractor};

/// A page whose article is `paragraphs`, with a navigation bar and a footer around it,
/// `head` inserted in `<head>`.
fn page(head: &str, lang: &str, dir: &str, title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head>{head}<title>{title}</title>\
         </head><body><nav><a href=\"/\">NAV_ONE</a> <a href=\"/b\">NAV_TWO</a></nav><main>\
         <article><h1>{title}</h1>{body}</article></main><footer>FOOTER_TEXT</footer></body></html>"
    )
}

fn extract_bytes(name: &str, bytes: &[u8]) -> Article {
    let (result, _) = measure(name, bytes.len(), || Extractor::new().extract_bytes(bytes));
    match result {
        Ok(article) => article,
        Err(e) => panic!("{name}: expected an article, got {e}"),
    }
}

/// Every paragraph comes out whole and in order, and the title is found; no boilerplate.
fn assert_article(name: &str, article: &Article, title: &str, paragraphs: &[&str]) {
    let text = article.text();
    for p in paragraphs {
        assert!(text.contains(p), "{name}: missing {p:?} in\n{text}");
    }
    assert_eq!(article.title.as_deref(), Some(title), "{name}");
    for boilerplate in ["NAV_ONE", "FOOTER_TEXT"] {
        assert!(
            !text.contains(boilerplate),
            "{name}: {boilerplate} in\n{text}"
        );
    }
}

const RUSSIAN: [&str; 2] = [
    "Городской совет во вторник обсудил новый бюджет, в который вошли расходы на дороги, школы и библиотеку.",
    "Жители задавали вопросы больше часа, и голосование перенесли на следующую неделю.",
];
const JAPANESE: [&str; 2] = [
    "市議会は火曜日の夜に新しい予算について話し合い、道路や学校、図書館の費用が含まれていることを確認した。",
    "住民は一時間以上にわたって質問を続け、採決は翌週に延期された。議長は来月までに報告書を出すと約束した。",
];
const CHINESE: [&str; 2] = [
    "市议会星期二晚上讨论了新的预算，其中包括道路、学校和公共图书馆的经费，会议持续了很长时间。",
    "居民们提问超过一个小时，投票被推迟到下周。主席承诺在下个月之前发布一份书面报告，列出所有支出。",
];
const KOREAN: [&str; 2] = [
    "시의회는 화요일 저녁 도로와 학교, 공공 도서관 예산이 포함된 새 예산안을 논의했다.",
    "주민들은 한 시간 넘게 질문을 이어갔고 표결은 다음 주로 미뤄졌다. 의장은 다음 달까지 보고서를 내겠다고 약속했다.",
];
const FRENCH: [&str; 2] = [
    "Le conseil municipal s'est réuni mardi soir pour débattre du nouveau budget, qui prévoit des crédits pour les routes, les écoles et la bibliothèque.",
    "Les habitants ont posé des questions pendant plus d'une heure, et le vote a été reporté à la semaine prochaine. « Ça suffit », a lancé un élu.",
];
const ARABIC: [&str; 2] = [
    "ناقش مجلس المدينة مساء الثلاثاء الميزانية الجديدة، التي تشمل تمويل الطرق والمدارس والمكتبة العامة.",
    "طرح السكان أسئلتهم لأكثر من ساعة، وتأجل التصويت إلى الأسبوع المقبل. ووعد الرئيس بتقرير مكتوب خلال شهر.",
];
const HEBREW: [&str; 2] = [
    "מועצת העיר דנה ביום שלישי בערב בתקציב החדש, הכולל מימון לכבישים, לבתי ספר ולספרייה הציבורית.",
    "התושבים שאלו שאלות במשך יותר משעה, וההצבעה נדחתה לשבוע הבא. היושב ראש הבטיח דוח כתוב בתוך חודש.",
];

#[test]
fn legacy_encodings_declared_in_meta_are_decoded() {
    let cases: [(&str, &str, &str, &str, &[&str]); 5] = [
        (
            "Shift_JIS",
            "ja",
            "予算の議論",
            "<meta charset=\"Shift_JIS\">",
            &JAPANESE,
        ),
        (
            "GBK",
            "zh",
            "预算讨论",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">",
            &CHINESE,
        ),
        (
            "EUC-KR",
            "ko",
            "예산 논의",
            "<meta charset=\"euc-kr\">",
            &KOREAN,
        ),
        (
            "windows-1251",
            "ru",
            "Обсуждение бюджета",
            "<meta http-equiv=\"content-type\" content=\"text/html;charset=windows-1251\">",
            &RUSSIAN,
        ),
        (
            "ISO-8859-1",
            "fr",
            "Le débat du budget",
            "<META CHARSET=iso-8859-1>",
            &FRENCH,
        ),
    ];
    for (label, lang, title, meta, paragraphs) in cases {
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).expect("a known label");
        let html = page(meta, lang, "ltr", title, paragraphs);
        let (bytes, _, unmappable) = encoding.encode(&html);
        assert!(!unmappable, "{label}: the test page must be representable");
        let name = format!("{label} declared");
        let article = extract_bytes(&name, &bytes);
        assert_article(&name, &article, title, paragraphs);
    }
}

fn utf16(html: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in html.encode_utf16() {
        let pair = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

#[test]
fn utf16_with_a_bom_is_decoded() {
    let html = page("", "ru", "ltr", "Обсуждение бюджета", &RUSSIAN);
    for (name, big_endian) in [("UTF-16LE with BOM", false), ("UTF-16BE with BOM", true)] {
        let article = extract_bytes(name, &utf16(&html, big_endian));
        assert_article(name, &article, "Обсуждение бюджета", &RUSSIAN);
    }
}

#[test]
fn utf8_with_a_bom_beats_a_wrong_declaration() {
    let html = page(
        "<meta charset=\"windows-1252\">",
        "fr",
        "ltr",
        "Le débat du budget",
        &FRENCH,
    );
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(html.as_bytes());
    let article = extract_bytes("UTF-8 BOM, declared windows-1252", &bytes);
    assert_article("UTF-8 BOM", &article, "Le débat du budget", &FRENCH);
}

#[test]
fn text_encoded_twice_is_decoded_once_more() {
    // A page whose UTF-8 went through a Windows-1252 reading on its way here: "débat"
    // arrives as "dÃ©bat" under a correct UTF-8 declaration. The words come out as written.
    let title = "Le débat du budget, l’essentiel";
    let html = page("<meta charset=\"utf-8\">", "fr", "ltr", title, &FRENCH);
    let (twice, _, _) = encoding_rs::WINDOWS_1252.decode(html.as_bytes());
    assert!(twice.contains("dÃ©bat"));
    let article = extract_bytes("UTF-8 read as Windows-1252", twice.as_bytes());
    assert_article("UTF-8 read as Windows-1252", &article, title, &FRENCH);
}

#[test]
fn right_to_left_articles_come_out_whole() {
    for (name, lang, title, paragraphs) in [
        ("Arabic article", "ar", "نقاش الميزانية", &ARABIC),
        ("Hebrew article", "he", "הדיון בתקציב", &HEBREW),
    ] {
        let html = page("<meta charset=\"utf-8\">", lang, "rtl", title, paragraphs);
        let article = extract_bytes(name, html.as_bytes());
        assert_article(name, &article, title, paragraphs);
    }
}

#[test]
fn cjk_articles_come_out_whole() {
    for (name, lang, title, paragraphs) in [
        ("Japanese article", "ja", "予算の議論", &JAPANESE),
        ("Chinese article", "zh", "预算讨论", &CHINESE),
        ("Korean article", "ko", "예산 논의", &KOREAN),
    ] {
        let html = page("<meta charset=\"utf-8\">", lang, "ltr", title, paragraphs);
        let article = extract_bytes(name, html.as_bytes());
        assert_article(name, &article, title, paragraphs);
    }
}

#[test]
fn zero_width_and_bidi_controls_are_kept_inside_words() {
    // Zero-width space, joiner and non-joiner, word joiner, BOM, and the bidi embeddings,
    // overrides and isolates, inside and between words: nothing breaks, and the words are
    // still there (the controls are the author's, so they stay).
    let controls = [
        '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{202a}', '\u{202b}',
        '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
        '\u{200e}', '\u{200f}',
    ];
    let mut marked = String::new();
    for (i, word) in FRENCH[0].split(' ').enumerate() {
        if i > 0 {
            marked.push(' ');
        }
        marked.push_str(word);
        marked.push(controls[i % controls.len()]);
    }
    let html = page(
        "<meta charset=\"utf-8\">",
        "fr",
        "ltr",
        "Le débat du budget",
        &[&marked, FRENCH[1]],
    );
    let article = extract_bytes("zero-width and bidi controls", html.as_bytes());
    assert_article(
        "zero-width and bidi",
        &article,
        "Le débat du budget",
        &[&marked, FRENCH[1]],
    );
}
