//! The facts of the seed page, one test each: `tests/fixtures/html/seed_wordpress.html`, a
//! WordPress-style page around the article "US & Russia: Potential Benefits to the world with
//! Collaborative Relationship", with a menu, a sidebar, a footer, a cookie notice, empty
//! "Image Source:" captions, an author box, a "Check Also" teaser and a comment form.

use unboil::{Article, Block, Boilerplate, Extractor};

const FIXTURE: &str = include_str!("fixtures/html/seed_wordpress.html");

fn article() -> Article {
    unboil::extract(FIXTURE).expect("the seed page extracts")
}

/// The five `h2` headings of `div.entry-content`, in page order.
const H2_HEADINGS: [&str; 5] = [
    "So What Exactly Happened in Syria between the US and Russia?",
    "So, Can Russia and America Ever Work Together to Crush the Islamic State?",
    "Space Might be a Common Place of Interest",
    "8 Factors that will ensure a successful US-Russia Tie up",
    "Obama Advisor: “It is better when the US and Russia can work together”",
];

/// The first and the last 40 characters of each of the 19 `<p>` of `div.entry-content`, in
/// page order.
const PARAGRAPHS: [(&str, &str); 19] = [
    (
        "It has long been speculated whether or w",
        "agenda. Yes, we are talking about Syria.",
    ),
    (
        "Last year, the US and Russia came to an ",
        "over Syria do not over cross each other.",
    ),
    (
        "This was probably done because the Russi",
        "r relations between the two superpowers.",
    ),
    (
        "The Pentagon Press secretary Peter Cook ",
        "opinion clash between the two countries.",
    ),
    (
        "This is the big question that arises aft",
        "ually start happening at a larger scale.",
    ),
    (
        "ISIS – which is now a fully fledged terr",
        "sia and the US, but for the whole world.",
    ),
    (
        "The stakes are growing higher everyday a",
        "ISIS and other terrorist groups at once.",
    ),
    (
        "At this crisis situation, the US and Rus",
        "mon values which he shares with America.",
    ),
    (
        "It’s okay to start off with something co",
        "problems and discussions on the ground.”",
    ),
    (
        "It is just fantastic to think that while",
        "n each other, although sometimes we do.”",
    ),
    (
        "These two space agencies have cooperated",
        "imitate the same bonding that they have?",
    ),
    (
        "As Kelly says, “What’s most important to",
        "urvive and get the mission accomplished.",
    ),
    (
        "This could be related well to the situat",
        " help the world in such times of crises.",
    ),
    (
        "Kelly also says that “We understand that",
        "ery difficult for a long period of time.",
    ),
    (
        "Take a bow astronauts. We sure do hope o",
        "orld leaders can say the same very soon.",
    ),
    (
        "According to Benjamin Parker, who is the",
        "ion knows what to do about it,” he said.",
    ),
    (
        "Things finally seemed to land right in p",
        "s we did with respect to the Iran deal.”",
    ),
    (
        "Last year in December, 2015, these were ",
        "towards Russia-US cooperation in future.",
    ),
    (
        "The mutual relationship of these two sup",
        " economical strong situation for us all.",
    ),
];

const FIRST_PARAGRAPH: &str = "It has long been speculated whether or whether not it will be \
    better if the US and Russia keep their differences aside and work together. Some would \
    argue that these two countries having extremely opposing views might never be able to do \
    so. However in the past, we have seen them work together; and when they did, they really \
    put aside all their views and worked towards an agenda. Yes, we are talking about Syria.";

/// Every block, nested ones included, in document order.
fn all_blocks(blocks: &[Block]) -> Vec<&Block> {
    let mut out = Vec::new();
    let mut stack: Vec<&Block> = blocks.iter().rev().collect();
    while let Some(block) = stack.pop() {
        out.push(block);
        match block {
            Block::List { items, .. } => {
                stack.extend(items.iter().rev().flat_map(|item| item.blocks.iter().rev()))
            }
            Block::Quote { blocks } => stack.extend(blocks.iter().rev()),
            _ => {}
        }
    }
    out
}

/// All visible strings of one block (not of its nested blocks): text, image alt, caption
/// and credit, code, table cells.
fn own_strings(block: &Block) -> Vec<String> {
    match block {
        Block::Heading { text, .. } | Block::Paragraph { text, .. } => vec![text.plain()],
        Block::Image {
            alt,
            caption,
            credit,
            ..
        } => alt
            .iter()
            .cloned()
            .chain(caption.iter().map(|c| c.plain()))
            .chain(credit.iter().cloned())
            .collect(),
        Block::Code { text, .. } => vec![text.clone()],
        Block::Table(table) => table
            .caption
            .iter()
            .map(|c| c.plain())
            .chain(
                table
                    .rows
                    .iter()
                    .flat_map(|row| row.cells.iter().map(|c| c.plain())),
            )
            .collect(),
        _ => Vec::new(),
    }
}

/// The plain text of a list item.
fn item_text(blocks: &[Block]) -> String {
    all_blocks(blocks)
        .into_iter()
        .flat_map(own_strings)
        .collect::<Vec<_>>()
        .join(" ")
}

fn top_level_paragraphs(article: &Article) -> Vec<String> {
    article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { text, .. } => Some(text.plain()),
            _ => None,
        })
        .collect()
}

/// The `needles` that occur in `haystack`.
fn found<'a>(haystack: &str, needles: &[&'a str]) -> Vec<&'a str> {
    needles
        .iter()
        .copied()
        .filter(|n| haystack.contains(n))
        .collect()
}

#[test]
fn title_is_the_headline_without_site_name() {
    assert_eq!(
        article().title.as_deref(),
        Some("US & Russia: Potential Benefits to the world with Collaborative Relationship")
    );
}

#[test]
fn five_h2_headings_in_order() {
    let article = article();
    let headings: Vec<String> = all_blocks(&article.blocks)
        .into_iter()
        .filter_map(|b| match b {
            Block::Heading { level: 2, text, .. } => Some(text.plain()),
            _ => None,
        })
        .collect();
    assert_eq!(headings, H2_HEADINGS);
}

#[test]
fn two_ordered_lists_of_four_the_second_starting_at_5() {
    let article = article();
    let lists: Vec<(u32, Vec<String>)> = all_blocks(&article.blocks)
        .into_iter()
        .filter_map(|b| match b {
            Block::List {
                ordered: true,
                start,
                items,
                ..
            } => Some((*start, items.iter().map(|i| item_text(&i.blocks)).collect())),
            _ => None,
        })
        .collect();
    let shape: Vec<(u32, usize)> = lists
        .iter()
        .map(|(start, items)| (*start, items.len()))
        .collect();
    assert_eq!(
        shape,
        [(1, 4), (5, 4)],
        "(start, items) of each ordered list: {lists:#?}"
    );
    let firsts: Vec<&str> = lists.iter().map(|(_, items)| items[0].as_str()).collect();
    assert!(
        firsts[0].starts_with("Enhancing Regional integration:")
            && firsts[1].starts_with("Strengthening economic ties:"),
        "first items: {firsts:#?}"
    );
}

#[test]
fn every_article_paragraph_is_present_intact() {
    let paragraphs = top_level_paragraphs(&article());
    for (start, end) in PARAGRAPHS {
        let matching: Vec<&String> = paragraphs.iter().filter(|p| p.starts_with(start)).collect();
        assert_eq!(
            matching.len(),
            1,
            "paragraph blocks starting with {start:?}: {matching:#?}\nall paragraphs: {paragraphs:#?}"
        );
        assert!(
            matching[0].ends_with(end),
            "the paragraph starting with {start:?} should end with {end:?}: {:?}",
            matching[0]
        );
    }
}

#[test]
fn paragraph_blocks_are_exactly_the_article_paragraphs() {
    let paragraphs = top_level_paragraphs(&article());
    let extra: Vec<&String> = paragraphs
        .iter()
        .filter(|p| !PARAGRAPHS.iter().any(|(start, _)| p.starts_with(start)))
        .collect();
    assert!(
        extra.is_empty(),
        "paragraph blocks that are not article paragraphs: {extra:#?}"
    );
    assert_eq!(paragraphs.len(), PARAGRAPHS.len(), "{paragraphs:#?}");
}

#[test]
fn empty_image_source_captions_are_gone() {
    let article = article();
    let with_credit_label: Vec<String> = all_blocks(&article.blocks)
        .into_iter()
        .flat_map(own_strings)
        .filter(|s| s.contains("Image Source"))
        .collect();
    assert!(with_credit_label.is_empty(), "{with_credit_label:#?}");
    assert!(
        !article.text().contains("Image Source"),
        "{}",
        article.text()
    );
}

#[test]
fn five_empty_image_credits_recorded() {
    let article = article();
    let credits: Vec<_> = article
        .removed
        .iter()
        .filter(|r| r.kind == Boilerplate::EmptyImageCredit)
        .collect();
    assert_eq!(credits.len(), 5, "{credits:#?}");
}

#[test]
fn credited_image_is_kept_with_its_credit() {
    let article = article();
    let credited: Vec<&Block> = all_blocks(&article.blocks)
        .into_iter()
        .filter(|b| {
            matches!(b, Block::Image { credit: Some(c), .. } if c == "Scott Kelly & Mikhail Kornienko")
        })
        .collect();
    assert_eq!(credited.len(), 1, "images: {:#?}", images(&article));
}

fn images(article: &Article) -> Vec<&Block> {
    all_blocks(&article.blocks)
        .into_iter()
        .filter(|b| matches!(b, Block::Image { .. }))
        .collect()
}

/// Asserts that `article.removed` holds a removal of `kind` whose text starts with `prefix`.
fn assert_removed(article: &Article, kind: Boilerplate, prefix: &str) {
    assert!(
        article
            .removed
            .iter()
            .any(|r| r.kind == kind && r.text.starts_with(prefix)),
        "no {kind:?} removal starting with {prefix:?} in {:#?}",
        article.removed
    );
}

#[test]
fn author_box_is_removed() {
    let article = article();
    let text = article.text();
    assert!(!text.contains("About Grimrocker"), "{text}");
    assert_removed(&article, Boilerplate::AuthorBox, "");
}

#[test]
fn comment_form_is_removed() {
    let article = article();
    let text = article.text();
    assert_eq!(
        found(&text, &["Leave a Reply", "Post Comment"]),
        Vec::<&str>::new(),
        "{text}"
    );
    assert_removed(&article, Boilerplate::CommentForm, "");
}

#[test]
fn check_also_teaser_is_removed() {
    let article = article();
    let text = article.text();
    assert!(!text.contains("Check Also"), "{text}");
    assert_removed(&article, Boilerplate::RelatedPosts, "Check Also");
}

#[test]
fn byline_is_the_author() {
    assert_eq!(article().byline.as_deref(), Some("Grimrocker"));
}

#[test]
fn nothing_from_menus_sidebar_footer_or_cookie_notice() {
    let text = article().text();
    let leaked = found(
        &text,
        &[
            // header and menu
            "Skip to content",
            "Analysis and opinion on international politics",
            "Menu",
            "Economy",
            "Technology",
            "Contact",
            // post navigation
            "Post navigation",
            "Previous Post",
            "Next Post",
            "Brexit",
            // sidebar
            "Search for",
            "Recent Posts",
            "Subscribe to our newsletter",
            "straight to your inbox",
            "Latest Tech Innovations",
            // footer
            "About Us",
            "Privacy Policy",
            "Terms of Use",
            "Advertise",
            "All rights reserved",
            "World Affairs Blog",
            // cookie notice
            "We use cookies",
            "Accept",
        ],
    );
    assert_eq!(leaked, Vec::<&str>::new(), "{text}");
}

#[test]
fn related_posts_list_is_gone() {
    let text = article().text();
    let leaked = found(
        &text,
        &[
            "Related Posts",
            "South China Sea",
            "NATO Summit",
            "One Year Later",
        ],
    );
    assert_eq!(leaked, Vec::<&str>::new(), "{text}");
}

#[test]
fn share_bar_is_gone() {
    let text = article().text();
    assert_eq!(
        found(&text, &["Share this", "Twitter", "Facebook"]),
        Vec::<&str>::new(),
        "{text}"
    );
}

#[test]
fn published_date() {
    assert_eq!(article().published.as_deref(), Some("2016-08-12"));
}

#[test]
fn image_sources_absolute_with_base_url() {
    let article = Extractor::new()
        .base_url("https://worldaffairs.example/us-russia/")
        .expect("an absolute base URL")
        .extract(FIXTURE)
        .expect("the seed page extracts");
    let images = images(&article);
    assert!(!images.is_empty(), "no images: {:#?}", article.blocks);
    for image in images {
        assert!(
            matches!(image, Block::Image { src: Some(src), .. }
                if src.starts_with("https://worldaffairs.example/wp-content/")),
            "{image:?}"
        );
    }
}

#[test]
fn html_has_no_script() {
    let html = article().html();
    assert!(!html.contains("<script"), "{html}");
}

#[test]
fn markdown_starts_with_first_paragraph() {
    let markdown = article().markdown();
    assert!(markdown.starts_with(FIRST_PARAGRAPH), "{markdown}");
}
