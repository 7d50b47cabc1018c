//! What was removed and why: [`Removal`] and the [`Boilerplate`] kinds.

use crate::tuning::REMOVAL_TEXT_MAX_CHARS;

/// One piece of the page that was removed as boilerplate.
///
/// ```
/// let html = std::fs::read_to_string("tests/fixtures/html/seed_wordpress.html").unwrap();
/// let article = unboil::extract(&html)?;
/// for removal in &article.removed {
///     println!("{:?} by {}: {}", removal.kind, removal.rule, removal.text);
/// }
/// # Ok::<(), unboil::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Removal {
    /// Why it went.
    pub kind: Boilerplate,
    /// The rule that fired, as `file::rule` (`"comment_form::reply_heading"`), so
    /// `grep` finds it in `src/rules/`.
    pub rule: &'static str,
    /// The removed text, whitespace collapsed, cut after
    /// 300 characters with `…`.
    pub text: String,
}

/// Why a piece of a page is boilerplate. Each kind's rules live in `src/rules/<kind>.rs`
/// (the kind in snake case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Boilerplate {
    /// Site menus and navigation bars (`rules/navigation.rs`).
    Navigation,
    /// "Home › News › World" trails (`rules/breadcrumbs.rs`).
    Breadcrumbs,
    /// Image captions that name a credit label and nothing else, "Image Source:"
    /// (`rules/empty_image_credit.rs`).
    EmptyImageCredit,
    /// "About the author" boxes (`rules/author_box.rs`).
    AuthorBox,
    /// Teasers for other posts: "Check Also", "Related Posts", "You may also like"
    /// (`rules/related_posts.rs`).
    RelatedPosts,
    /// Readers' comments (`rules/comment_section.rs`).
    CommentSection,
    /// Buyers' reviews under a product, a course or a game (`rules/customer_reviews.rs`).
    CustomerReviews,
    /// The form for writing a comment, "Leave a Reply" (`rules/comment_form.rs`).
    CommentForm,
    /// "Share this" buttons and follow links (`rules/share_bar.rs`).
    ShareBar,
    /// Newsletter and subscription boxes, paywall prompts and appeals for support
    /// (`rules/newsletter.rs`).
    Newsletter,
    /// Cookie and consent banners (`rules/cookie_notice.rs`).
    CookieNotice,
    /// Advertisements and sponsored slots (`rules/advertisement.rs`).
    Advertisement,
    /// Page footers: copyright, legal links (`rules/footer.rs`).
    Footer,
    /// The site header with logo and menus (`rules/site_header.rs`).
    SiteHeader,
    /// Sidebars and widget columns (`rules/sidebar.rs`).
    Sidebar,
    /// "Page 1 2 3 Next" and previous/next post links (`rules/pagination.rs`).
    Pagination,
    /// Blocks made mostly of links with little text of their own (`rules/link_cluster.rs`).
    LinkCluster,
    /// Forms, buttons and other interface widgets (`rules/widget.rs`).
    Widget,
    /// Bylines, dates, category lines and the standfirst around the title; their values
    /// are read into the article's metadata (`rules/article_meta.rs`).
    ArticleMeta,
    /// Text the page shows twice: carousel captions repeated after the gallery, a
    /// caption's short form after its long one, a section printed for two screen sizes
    /// (`rules/repeated_text.rs`).
    RepeatedText,
    /// Blocks shown only when the page is printed: the page's address above a printout, a
    /// citation box (`rules/print_only.rs`).
    PrintOnly,
    /// Text moved off the screen for screen readers: "Skip to content", "Regular price",
    /// "(opens in a new tab)" (`rules/screen_reader_only.rs`).
    ScreenReaderOnly,
    /// The list of sources under a text: "References", a wiki's numbered citations
    /// (`rules/references.rs`).
    References,
    /// Blocks the page marks as no part of its content for search engines, with the
    /// `nocontent` class (`rules/unindexed.rs`).
    Unindexed,
}

impl Boilerplate {
    /// The kind's name in snake case, as its rule file is named.
    ///
    /// ```
    /// assert_eq!(unboil::Boilerplate::RelatedPosts.name(), "related_posts");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Boilerplate::Navigation => "navigation",
            Boilerplate::Breadcrumbs => "breadcrumbs",
            Boilerplate::EmptyImageCredit => "empty_image_credit",
            Boilerplate::AuthorBox => "author_box",
            Boilerplate::RelatedPosts => "related_posts",
            Boilerplate::CommentSection => "comment_section",
            Boilerplate::CustomerReviews => "customer_reviews",
            Boilerplate::CommentForm => "comment_form",
            Boilerplate::ShareBar => "share_bar",
            Boilerplate::Newsletter => "newsletter",
            Boilerplate::CookieNotice => "cookie_notice",
            Boilerplate::Advertisement => "advertisement",
            Boilerplate::Footer => "footer",
            Boilerplate::SiteHeader => "site_header",
            Boilerplate::Sidebar => "sidebar",
            Boilerplate::Pagination => "pagination",
            Boilerplate::LinkCluster => "link_cluster",
            Boilerplate::Widget => "widget",
            Boilerplate::ArticleMeta => "article_meta",
            Boilerplate::RepeatedText => "repeated_text",
            Boilerplate::PrintOnly => "print_only",
            Boilerplate::ScreenReaderOnly => "screen_reader_only",
            Boilerplate::References => "references",
            Boilerplate::Unindexed => "unindexed",
        }
    }
}

impl std::fmt::Display for Boilerplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// `text` cut after [`REMOVAL_TEXT_MAX_CHARS`] characters with `…`, as a [`Removal`]'s
/// text is.
pub(crate) fn cut(text: &str) -> String {
    match text.char_indices().nth(REMOVAL_TEXT_MAX_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}
