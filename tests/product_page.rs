//! A product page whose description opens in a dialog (hidden until a script shows it):
//! the description its structured data declares stands in, once. The same page with the
//! dialog shown gives the page's own copy only; a page declaring a list of products gets
//! no description from them. And a product page's carousel of other products, under a
//! heading that names them ("Similar items"), goes whole; on a page that declares no
//! product, the heading names nothing and both stay. A product's name heads its body (it
//! is the `title` too); on a page that declares no product the title's heading goes.

use std::fs;

const FIXTURE: &str = "tests/fixtures/html/product_declared_description.html";
const DESCRIPTION: &str = "reflective strip across the back catches headlights";

fn text_of(html: &str) -> String {
    unboil::extract(html).expect("the page has text").text()
}

fn fixture() -> String {
    fs::read_to_string(FIXTURE).expect("fixture")
}

#[test]
fn a_hidden_description_comes_from_the_declared_product() {
    let text = text_of(&fixture());
    assert_eq!(text.matches(DESCRIPTION).count(), 1, "{text}");
    assert!(
        text.starts_with("Built for the long coastal runs"),
        "{text}"
    );
}

#[test]
fn a_shown_description_is_not_added_again() {
    let html = fixture().replace(
        r#" role="dialog" aria-modal="false" style="display: none""#,
        "",
    );
    let text = text_of(&html);
    assert_eq!(text.matches(DESCRIPTION).count(), 1, "{text}");
    assert!(
        text.contains("Product details"),
        "the page's own copy: {text}"
    );
}

#[test]
fn a_list_of_products_lends_no_description() {
    let html = fixture().replace(
        "</head>",
        r#"<script type="application/ld+json">{"@context": "https://schema.org",
            "@type": "ItemList", "itemListElement": []}</script></head>"#,
    );
    let text = text_of(&html);
    assert!(!text.contains(DESCRIPTION), "{text}");
}

const SIMILAR_ITEMS: &str = "tests/fixtures/html/product_similar_items.html";
const OTHER_PRODUCT: &str = "Aran knit cable jumper";

/// The similar-items page without its product declaration (its one `<script>`).
fn similar_items_undeclared() -> String {
    let html = fs::read_to_string(SIMILAR_ITEMS).expect("fixture");
    let start = html.find("<script").expect("declaration");
    let end = html.find("</script>").expect("declaration") + "</script>".len();
    format!("{}{}", &html[..start], &html[end..])
}

#[test]
fn a_product_page_drops_its_carousel_of_other_products() {
    let text = text_of(&fs::read_to_string(SIMILAR_ITEMS).expect("fixture"));
    assert!(!text.contains(OTHER_PRODUCT), "{text}");
    assert!(text.contains("Condition: pre-owned"), "{text}");
}

#[test]
fn a_page_declaring_no_product_keeps_the_label_and_its_items() {
    let text = text_of(&similar_items_undeclared());
    assert!(text.contains("Similar items"), "{text}");
    assert!(text.contains(OTHER_PRODUCT), "{text}");
}

const NAME: &str = "Harbour wool fisherman jumper, navy, size M";

#[test]
fn a_products_name_heads_its_body() {
    let article = unboil::extract(&fs::read_to_string(SIMILAR_ITEMS).expect("fixture"))
        .expect("the page has text");
    assert_eq!(article.title.as_deref(), Some(NAME));
    assert!(article.text().starts_with(NAME), "{}", article.text());
}

#[test]
fn a_page_declaring_no_product_keeps_its_title_out_of_the_body() {
    let article = unboil::extract(&similar_items_undeclared()).expect("the page has text");
    assert_eq!(article.title.as_deref(), Some(NAME));
    assert!(!article.text().contains(NAME), "{}", article.text());
}
