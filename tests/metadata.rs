//! Article metadata, one small page of our own per source, then the conflicts between
//! sources, which the order of trust documented on `unboil::Article` settles.

use unboil::{Article, Extractor};

const PROSE: &str = "<p>The council met on Tuesday evening to discuss the new budget, which \
                     includes funding for roads, schools and the public library. Residents asked \
                     questions for more than an hour, and the vote was postponed to next week.</p>";

/// A page with `head` in its `<head>` and `body` before the article's prose.
fn page(head: &str, body: &str) -> String {
    format!(
        "<!doctype html><html><head>{head}</head><body><article>{body}{PROSE}{PROSE}</article>\
         </body></html>"
    )
}

fn extract(html: &str) -> Article {
    unboil::extract(html).expect("the page has an article")
}

// One source at a time.

#[test]
fn json_ld_in_a_graph_with_several_authors() {
    let a = extract(&page(
        r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Town News"},
            {"@type":"NewsArticle","headline":"Budget vote postponed",
             "author":[{"@type":"Person","name":"Ada Park"},{"@type":"Person","name":"Ben Ode"}],
             "datePublished":"2025-03-04T10:00:00+01:00","dateModified":"2025-03-05"}]}</script>"#,
        "",
    ));
    assert_eq!(a.title.as_deref(), Some("Budget vote postponed"));
    assert_eq!(a.byline.as_deref(), Some("Ada Park and Ben Ode"));
    assert_eq!(a.published.as_deref(), Some("2025-03-04"));
    assert_eq!(a.modified.as_deref(), Some("2025-03-05"));
}

#[test]
fn broken_json_ld_is_skipped_for_the_next_block() {
    let a = extract(&page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","headline": </script>
           <script type="application/ld+json">[{"@type":"BlogPosting","author":"Cleo Ruiz",
           "datePublished":"2024-11-02"}]</script>"#,
        "",
    ));
    assert_eq!(a.byline.as_deref(), Some("Cleo Ruiz"));
    assert_eq!(a.published.as_deref(), Some("2024-11-02"));
}

#[test]
fn json_ld_story_nodes_before_the_web_page_node() {
    // The WebPage node comes first and carries the site's own date; the posting is read.
    let a = extract(&page(
        r#"<script type="application/ld+json">[
            {"@type":"WebPage","datePublished":"2017-03-03"},
            {"@type":"DiscussionForumPosting","headline":"Which pump for a small pond?",
             "datePublished":"2024-02-21 13:00:00"}]</script>"#,
        "",
    ));
    assert_eq!(a.published.as_deref(), Some("2024-02-21"));
    // A question gives only `dateCreated`.
    let b = extract(&page(
        r#"<script type="application/ld+json">{"@type":"QAPage","mainEntity":
            {"@type":"Question","name":"Why does my pump hum?","dateCreated":"2023-06-05T08:00:00Z"}}
            </script>"#,
        "",
    ));
    assert_eq!(b.published.as_deref(), Some("2023-06-05"));
    // A forum thread: the posting is the page's main entity, its author the first poster.
    let c = extract(&page(
        r#"<script type="application/ld+json">{"@type":"WebPage","name":"Pond forum",
            "mainEntity":{"@type":"DiscussionForumPosting","headline":"Pump hums",
            "author":{"@type":"Person","name":"reefkeeper"},"datePublished":"2024-01-10"}}
            </script>"#,
        "",
    ));
    assert_eq!(c.byline.as_deref(), Some("reefkeeper"));
    // An FAQ's questions are not the page's story.
    let d = extract(&page(
        r#"<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[
            {"@type":"Question","name":"Is it loud?","author":{"@type":"Person","name":"Sam Lee"}}]}
            </script>"#,
        "",
    ));
    assert_eq!(d.byline, None);
}

#[test]
fn page_state_json_in_scripts() {
    let a = extract(&page(
        r#"<script>self.__STATE__={"post":{"slug":"budget","date":"2024-04-08T06:59:34","modified":"2024-05-01"}}</script>"#,
        "",
    ));
    assert_eq!(a.published.as_deref(), Some("2024-04-08"));
}

#[test]
fn a_page_that_declares_only_its_update_date() {
    let a = extract(&page(
        r#"<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">"#,
        "",
    ));
    assert_eq!(a.modified.as_deref(), Some("2023-06-12"));
    assert_eq!(a.published.as_deref(), Some("2023-06-12"));
}

#[test]
fn a_date_by_the_page_heading_when_the_content_repeats_the_title() {
    let html = format!(
        "<html><body><header><h1>Eleven pond pumps compared</h1><div>Chris Toy</div>\
         <div>March 17, 2025</div></header><article><h1>Eleven pond pumps compared</h1>\
         {PROSE}{PROSE}</article></body></html>"
    );
    assert_eq!(extract(&html).published.as_deref(), Some("2025-03-17"));
}

#[test]
fn a_save_stamp_yields_to_an_earlier_date_by_the_title() {
    let stamped = |written: &str| {
        extract(&page(
            r#"<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">
               <meta property="article:modified_time" content="2025-12-19T03:30:00+00:00">"#,
            &format!("<h1>Budget vote postponed</h1><p>Ada Park</p><p>{written}</p>"),
        ))
    };
    // Published and updated on the same day: the date the page writes by its title is
    // earlier, so the declared one is a stamp of the last save.
    assert_eq!(
        stamped("December 18, 2025").published.as_deref(),
        Some("2025-12-18")
    );
    // A later written date is an update: the declared date stays.
    assert_eq!(
        stamped("Last updated: Dec 21, 2025").published.as_deref(),
        Some("2025-12-19")
    );
}

#[test]
fn a_forum_threads_label_is_not_part_of_its_title() {
    let a = extract(&page(
        "<title>Tips - Which pump for a small pond? | Pond Forum</title>",
        r#"<h1><span class="label label--primary">Tips</span><span class="label-append">&nbsp;</span>Which pump for a small pond?</h1>"#,
    ));
    assert_eq!(a.title.as_deref(), Some("Which pump for a small pond?"));
}

#[test]
fn opengraph_and_twitter_meta() {
    let a = Extractor::new()
        .base_url("https://news.example/2025/budget.html")
        .unwrap()
        .extract(&page(
            r#"<meta property="og:title" content="Budget vote postponed">
               <meta property="og:site_name" content="Town News">
               <meta property="og:description" content="The council postponed its vote.">
               <meta property="og:image" content="/img/council.jpg">
               <meta property="og:url" content="https://news.example/2025/budget">
               <meta property="og:locale" content="en_GB">
               <meta property="article:published_time" content="2025-03-04T10:00:00Z">"#,
            "",
        ))
        .unwrap();
    assert_eq!(a.title.as_deref(), Some("Budget vote postponed"));
    assert_eq!(a.site_name.as_deref(), Some("Town News"));
    assert_eq!(
        a.description.as_deref(),
        Some("The council postponed its vote.")
    );
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://news.example/img/council.jpg")
    );
    assert_eq!(a.url.as_deref(), Some("https://news.example/2025/budget"));
    assert_eq!(a.language.as_deref(), Some("en-GB"));
    assert_eq!(a.published.as_deref(), Some("2025-03-04"));
    let t = extract(&page(
        r#"<meta name="twitter:title" content="Only on Twitter">"#,
        "",
    ));
    assert_eq!(t.title.as_deref(), Some("Only on Twitter"));
}

#[test]
fn named_meta_tags_with_a_written_date() {
    let a = extract(&page(
        r#"<meta name="author" content="Dana Holm">
           <meta name="description" content="A budget story.">
           <meta name="date" content="March 27, 2025">"#,
        "",
    ));
    assert_eq!(a.byline.as_deref(), Some("Dana Holm"));
    assert_eq!(a.description.as_deref(), Some("A budget story."));
    assert_eq!(a.published.as_deref(), Some("2025-03-27"));
}

#[test]
fn dublin_core() {
    let a = extract(&page(
        r#"<meta name="DC.creator" content="Eli Sand"><meta name="DC.date" content="2023-06-30">
           <meta name="DC.language" content="en">"#,
        "",
    ));
    assert_eq!(a.byline.as_deref(), Some("Eli Sand"));
    assert_eq!(a.published.as_deref(), Some("2023-06-30"));
    assert_eq!(a.language.as_deref(), Some("en"));
}

#[test]
fn microdata_author_and_date_even_where_hidden() {
    let a = extract(&page(
        "",
        r#"<div style="display:none"><div itemprop="author" itemscope>
           <span itemprop="name">Fay Moss</span></div></div>
           <meta itemprop="datePublished" content="2022-01-15">"#,
    ));
    assert_eq!(a.byline.as_deref(), Some("Fay Moss"));
    assert_eq!(a.published.as_deref(), Some("2022-01-15"));
}

#[test]
fn rel_author_link() {
    let a = extract(&page(
        "",
        r#"<p>Story: <a rel="author" href="/people/gil">Gil Hart</a></p>"#,
    ));
    assert_eq!(a.byline.as_deref(), Some("Gil Hart"));
}

#[test]
fn byline_elements_drop_labels_and_roles() {
    let a = extract(&page("", r#"<p class="byline">By Hana Ito</p>"#));
    assert_eq!(a.byline.as_deref(), Some("Hana Ito"));
    let b = extract(&page(
        "",
        r#"<div class="author"><span>Written by:</span> <a href="/team/liz">Liz Kenny</a>
           <span>Former Management Consultant</span></div>"#,
    ));
    assert_eq!(b.byline.as_deref(), Some("Liz Kenny"));
}

#[test]
fn time_element_and_url_path_dates() {
    let a = extract(&page(
        "",
        r#"<time datetime="2024-03-01T05:00:00">March 1</time>"#,
    ));
    assert_eq!(a.published.as_deref(), Some("2024-03-01"));
    let b = extract(&page(
        r#"<link rel="canonical" href="https://news.example/2021/08/04/pipes/">"#,
        "",
    ));
    assert_eq!(b.published.as_deref(), Some("2021-08-04"));
}

#[test]
fn visible_dates_in_four_languages_by_the_title() {
    for (line, iso) in [
        ("Published March 9, 2026", "2026-03-09"),
        ("Veröffentlicht am 3. März 2025", "2025-03-03"),
        ("Publié le 1er août 2023", "2023-08-01"),
        ("Publicado el 5 de mayo de 2022", "2022-05-05"),
    ] {
        let a = extract(&page(
            "",
            &format!("<h1>Budget vote</h1><div><span>{line}</span></div>"),
        ));
        assert_eq!(a.published.as_deref(), Some(iso), "{line}");
    }
}

#[test]
fn author_box_names_the_author() {
    let a = extract(&page(
        "",
        "</article><div class=\"author-box\"><h3>About Grimrocker</h3><p>Grimrocker writes \
         about space.</p></div><article>",
    ));
    assert_eq!(a.byline.as_deref(), Some("Grimrocker"));
}

#[test]
fn site_names_are_removed_from_page_titles() {
    for title in [
        "Budget vote postponed | Town News",
        "Town News - Budget vote postponed",
        "Budget vote postponed « Town News",
    ] {
        let a = extract(&page(
            &format!(r#"<title>{title}</title><meta property="og:site_name" content="Town News">"#),
            "<h1>Budget vote postponed</h1>",
        ));
        assert_eq!(a.title.as_deref(), Some("Budget vote postponed"), "{title}");
    }
}

#[test]
fn language_from_the_page_then_a_guess_from_the_text() {
    let declared = unboil::extract(&format!("<html lang=\"de-AT\"><body>{PROSE}</body></html>"));
    assert_eq!(declared.unwrap().language.as_deref(), Some("de-AT"));
    let guessed = unboil::extract(&format!("<html><body>{PROSE}{PROSE}</body></html>"));
    assert_eq!(guessed.unwrap().language.as_deref(), Some("en"));
}

// Dates nobody can have published on.

#[test]
fn future_and_pre_web_dates_are_rejected_for_the_next_source() {
    let a = extract(&page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2999-01-01"}</script>
           <meta property="article:published_time" content="1970-01-01">
           <meta name="date" content="2020-02-02">"#,
        "",
    ));
    assert_eq!(a.published.as_deref(), Some("2020-02-02"));
}

// Conflicts: the order of trust.

#[test]
fn json_ld_beats_meta_beats_the_visible_byline() {
    let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ida Lund"},"datePublished":"2025-01-10"}</script>"#;
    let meta = r#"<meta name="author" content="Jon Berg"><meta property="article:published_time" content="2025-01-11">"#;
    let visible = r#"<h1>Budget</h1><p class="byline">By Kai Mora, January 12, 2025</p>"#;
    let all = extract(&page(&format!("{ld}{meta}"), visible));
    assert_eq!(all.byline.as_deref(), Some("Ida Lund"));
    assert_eq!(all.published.as_deref(), Some("2025-01-10"));
    let meta_and_visible = extract(&page(meta, visible));
    assert_eq!(meta_and_visible.byline.as_deref(), Some("Jon Berg"));
    assert_eq!(meta_and_visible.published.as_deref(), Some("2025-01-11"));
    let visible_only = extract(&page("", visible));
    assert_eq!(visible_only.byline.as_deref(), Some("Kai Mora"));
    assert_eq!(visible_only.published.as_deref(), Some("2025-01-12"));
}

#[test]
fn an_organisation_or_the_site_yields_to_a_person_on_the_page() {
    let org = r#"<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Town Clinic"}}</script>"#;
    let visible = r#"<p class="byline">By Lea Voss</p>"#;
    assert_eq!(
        extract(&page(org, visible)).byline.as_deref(),
        Some("Lea Voss")
    );
    assert_eq!(
        extract(&page(org, "")).byline.as_deref(),
        Some("Town Clinic")
    );
    let site = r#"<meta property="og:site_name" content="Town News"><meta name="author" content="Town News">"#;
    assert_eq!(
        extract(&page(site, visible)).byline.as_deref(),
        Some("Lea Voss")
    );
}

#[test]
fn bylines_that_name_no_one_fall_through() {
    let a = extract(&page(
        r#"<meta name="author" content="admin">"#,
        r#"<p class="byline">By Mia Stone</p>"#,
    ));
    assert_eq!(a.byline.as_deref(), Some("Mia Stone"));
}

// Plain text.

#[test]
fn text_mode_reads_title_byline_and_dated_line() {
    let text = "Home | News | Sport\n\nBudget vote postponed\nBy Ada Park\nMarch 4, 2025\n\
                The council met on Tuesday evening to discuss the new budget, which includes \
                funding for roads, schools and the public library.\n\
                Residents asked questions for more than an hour, and the vote was postponed to \
                next week after a long debate.\n";
    let a = unboil::clean_text(text).unwrap();
    assert_eq!(a.title.as_deref(), Some("Budget vote postponed"));
    assert_eq!(a.byline.as_deref(), Some("Ada Park"));
    assert_eq!(a.published.as_deref(), Some("2025-03-04"));
}

#[test]
fn a_story_page_trusts_its_heading_and_a_section_page_its_title() {
    // An article's h1 that rewords its meta title is the headline.
    let story = extract(&page(
        r#"<meta property="og:type" content="article">
           <meta property="og:title" content="Council postpones budget vote after long debate">"#,
        "<h1>Budget vote postponed after a long debate</h1>",
    ));
    assert_eq!(
        story.title.as_deref(),
        Some("Budget vote postponed after a long debate")
    );
    // On a page that is not one story, a short h1 is a section label.
    let section = extract(&page(
        r#"<meta property="og:type" content="website"><title>Spring gardening guides | Town News</title>
           <meta property="og:site_name" content="Town News">"#,
        "<h1>Latest</h1>",
    ));
    assert_eq!(section.title.as_deref(), Some("Spring gardening guides"));
}

#[test]
fn headings_lose_permalink_marks_and_site_parts() {
    let docs = extract(&page("", "<h1>Monitoring and Management Guide¶</h1>"));
    assert_eq!(
        docs.title.as_deref(),
        Some("Monitoring and Management Guide")
    );
    let branded = extract(&page(
        r#"<meta property="og:site_name" content="Artlog">"#,
        "<h1>Best Exhibitions of 2025 – Artlog</h1>",
    ));
    assert_eq!(branded.title.as_deref(), Some("Best Exhibitions of 2025"));
}

#[test]
fn a_date_inside_the_heading_is_not_part_of_the_title() {
    let dated = extract(&page(
        "",
        r#"<h1><a href="/post"><time datetime="2025-12-18">Dec 18 2025</time> Preparing a transition</a></h1>"#,
    ));
    assert_eq!(dated.title.as_deref(), Some("Preparing a transition"));
    assert_eq!(dated.published.as_deref(), Some("2025-12-18"));
}

#[test]
fn an_empty_heading_gives_way_to_the_next() {
    // A logo heading with only an image, then the post's heading.
    let html = format!(
        "<html><head><title>Composing a landscape — Mark Rowe | Landscape Photography</title>\
         </head><body><header><h1><img src=logo.png alt=''></h1></header>\
         <div class=intro><h1>Composing a landscape</h1><p>By Mark Rowe</p></div>\
         <main>{PROSE}{PROSE}</main></body></html>"
    );
    assert_eq!(
        extract(&html).title.as_deref(),
        Some("Composing a landscape")
    );
}

#[test]
fn a_soft_hyphen_in_the_heading_is_not_part_of_the_title() {
    let html = page(
        "<title>Council Department: Home Repair Assistance Program</title>",
        "<h1>Home Repair Assis\u{ad}tance Program</h1>",
    );
    assert_eq!(
        extract(&html).title.as_deref(),
        Some("Home Repair Assistance Program")
    );
}

#[test]
fn the_title_is_a_field_not_a_block_wherever_the_page_repeats_it() {
    // The heading at the top goes, and so does the copy a gallery overlay prints lower down;
    // a short title that also names a section ("Pricing") keeps that section's heading.
    let a = extract(&page(
        "<title>New ferries highlight the harbour show | Town News</title>",
        "<h1>New ferries highlight the harbour show</h1><p>Ferry photos</p>\
         <div class=gallery-overlay><p>New ferries highlight the harbour show</p></div>",
    ));
    assert_eq!(
        a.title.as_deref(),
        Some("New ferries highlight the harbour show")
    );
    assert!(!a.text().contains("New ferries highlight"), "{}", a.text());
    let short = extract(&page(
        "<title>Pricing</title>",
        "<h1>Pricing</h1><p>Plans for teams of every size.</p><h2>Pricing</h2>",
    ));
    assert!(short.text().contains("Pricing"), "{}", short.text());
}
