//! The seed page in its own form, plain text (`../shared/seed/us-russia-article.txt`), through
//! `clean_text`: the expected article written by hand from the seed. Skips with a message
//! when `../shared` is absent.

use std::path::PathBuf;

use unboil::{Article, Block, Boilerplate};

fn seed() -> Option<String> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/us-russia-article.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipping: {} not found", path.display());
            None
        }
    }
}

/// One line per block: its kind and the first five words of its text, list items included.
fn shape(article: &Article) -> Vec<String> {
    let start = |s: &str| s.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    for block in &article.blocks {
        match block {
            Block::Heading { level, text } => out.push(format!("H{level} {}", text.plain())),
            Block::Paragraph { text } => out.push(format!("P {}", start(&text.plain()))),
            Block::List {
                ordered,
                start: first,
                items,
            } => {
                out.push(format!(
                    "L ordered={ordered} start={first} items={}",
                    items.len()
                ));
                for item in items {
                    if let Some(Block::Paragraph { text }) = item.blocks.first() {
                        out.push(format!("  - {}", start(&text.plain())));
                    }
                }
            }
            Block::Image {
                src,
                credit,
                caption,
                ..
            } => out.push(format!(
                "I src={src:?} caption={:?} credit={credit:?}",
                caption.as_ref().map(|c| c.plain())
            )),
            other => out.push(format!("? {other:?}")),
        }
    }
    out
}

#[test]
fn seed_text_gives_the_expected_article() {
    let Some(text) = seed() else { return };
    let article = unboil::clean_text(&text).expect("the seed has content");
    assert_eq!(
        article.title.as_deref(),
        Some("US & Russia: Potential Benefits to the world with Collaborative Relationship")
    );
    assert_eq!(article.byline.as_deref(), Some("Grimrocker"));
    let expected = [
        "P It has long been speculated",
        "H2 So What Exactly Happened in Syria between the US and Russia?",
        "P Last year, the US and",
        "P This was probably done because",
        "P The Pentagon Press secretary Peter",
        "H2 So, Can Russia and America Ever Work Together to Crush the Islamic State?",
        "P This is the big question",
        "P ISIS – which is now",
        "P The stakes are growing higher",
        "P At this crisis situation, the",
        "H2 Space Might be a Common Place of Interest",
        "I src=None caption=None credit=Some(\"Scott Kelly & Mikhail Kornienko\")",
        "P It’s okay to start off",
        "P It is just fantastic to",
        "P These two space agencies have",
        "P As Kelly says, “What’s most",
        "P This could be related well",
        "P Kelly also says that “We",
        "P Take a bow astronauts. We",
        "H2 8 Factors that will ensure a successful US-Russia Tie up",
        "L ordered=true start=1 items=4",
        "  - Enhancing Regional integration: Regional integration",
        "  - Ensuring markets remain transparent and",
        "  - US and Russia to be",
        "  - When both sides have strong",
        "P According to Benjamin Parker, who",
        "L ordered=true start=5 items=4",
        "  - Strengthening economic ties: When all",
        "  - Working together to prevent worldwide",
        "  - Free transfer of talented people,",
        "  - Together making sure that the",
        "H2 Obama Advisor: “It is better when the US and Russia can work together”",
        "P Things finally seemed to land",
        "P Last year in December, 2015,",
        "P The mutual relationship of these",
    ];
    assert_eq!(shape(&article), expected);
}

#[test]
fn seed_text_paragraphs_are_intact() {
    let Some(text) = seed() else { return };
    let article = unboil::clean_text(&text).expect("the seed has content");
    let seed_lines: Vec<&str> = text.lines().map(str::trim).collect();
    for block in &article.blocks {
        if let Block::Paragraph { text } = block {
            let plain = text.plain();
            assert!(
                seed_lines.contains(&plain.as_str()),
                "not a seed line verbatim: {plain}"
            );
        }
    }
}

#[test]
fn seed_text_removals_are_the_boilerplate() {
    let Some(text) = seed() else { return };
    let article = unboil::clean_text(&text).expect("the seed has content");
    let kinds: Vec<Boilerplate> = article.removed.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            Boilerplate::EmptyImageCredit,
            Boilerplate::EmptyImageCredit,
            Boilerplate::EmptyImageCredit,
            Boilerplate::EmptyImageCredit,
            Boilerplate::EmptyImageCredit,
            Boilerplate::AuthorBox,
            Boilerplate::CommentForm,
            Boilerplate::RelatedPosts,
        ]
    );
    let texts: Vec<&str> = article.removed.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts[5], "About Grimrocker");
    assert!(texts[6].starts_with("Leave a Reply Your email address will not be published."));
    assert!(texts[7].starts_with("Check Also The Latest Tech Innovations in Plastic"));
    let body = article.text();
    for gone in [
        "Image Source:",
        "About Grimrocker",
        "Leave a Reply",
        "Check Also",
        "It is no secret",
    ] {
        assert!(!body.contains(gone), "{gone:?} left in the text");
    }
}
