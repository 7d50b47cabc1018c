//! The public data an extraction returns: [`Article`], [`Block`], [`Span`] and friends.

use crate::removal::Removal;

/// A clean article: metadata, the body as typed blocks, and every removal with its reason.
///
/// Render it with [`Article::text`], [`Article::markdown`], [`Article::html`] or (feature
/// `serde`) `Article::json`. The title is a field, not a block: renderers print the body.
/// On a page that declares one product (schema.org `Product`), the product's name stays
/// as the body's heading too: it heads the description.
///
/// ```
/// let html = "<html><head><title>Hello</title></head><body><article>\
///             <h1>Hello</h1><p>The body of the article, a sentence long enough to count.</p>\
///             </article></body></html>";
/// let article = unboil::extract(html)?;
/// assert_eq!(article.title.as_deref(), Some("Hello"));
/// assert_eq!(article.text(), "The body of the article, a sentence long enough to count.");
/// # Ok::<(), unboil::Error>(())
/// ```
///
/// # Where the metadata comes from
///
/// Each field takes the first source, in this order of trust, that gives a usable value; a
/// value that fails its check (a byline naming no one, a date that is not a real day, lies
/// in the future or before 1995) falls through to the next source.
///
/// | field | sources, most trusted first |
/// |---|---|
/// | `title` | the content's `h1` (a date or thread label inside it left out) when `og:title` or `<title>` holds it as a part set off by separators or as half its words; the page's first `h1` with text when a meta title is that heading; either when a long meta title is its start cut short; else `og:title` (or `twitter:title`, JSON-LD `headline`) and `<title>` when they agree; else a short `h1`; else the meta title. The site name (`og:site_name`, JSON-LD publisher, host name) is removed from "Title \| Site", "Site - Title", "Title « Site". |
/// | `byline` | JSON-LD `author` (a person) of the story, then of the `WebPage`, `<meta name="author">` and `article:author`, Dublin Core `dc.creator`, microdata `itemprop="author"`, `rel="author"` links, links to author pages and byline elements, a "By …" line, the author box ("About Grimrocker"); an organisation or the site itself named as author only after all of those. Labels ("Written by:") and roles are dropped; several authors are joined as written ("A, B, and C"). |
/// | `published` | JSON-LD `datePublished` (or `dateCreated`) of the story (an article, a post, a forum thread, a question) before that of the `WebPage`, `article:published_time` and the other date metas (Dublin Core included, written dates accepted), `itemprop="datePublished"`, page-state JSON in scripts (`publishedAt`, …, `date` last), the first `<time datetime>`, the URL's date path (`/2024/05/06/`), a date written by the title heading (EN, DE, FR, ES formats; the content's heading, then the page's first), a date in an element named for dates, the start of the content; last, the `modified` date, when the page declares only that. |
/// | `modified` | JSON-LD `dateModified`, `article:modified_time`, `og:updated_time` and similar metas, `itemprop="dateModified"`. |
/// | `site_name` | `og:site_name`, `application-name`, JSON-LD publisher. |
/// | `language` | `<html lang>`, `og:locale` and language metas, then a guess from the text's common words (en, de, fr, es, it, nl, pt). |
/// | `url` | `<link rel="canonical">`, `og:url` (absolute against the base URL). |
/// | `description` | `og:description`, `<meta name="description">`, `twitter:description`. |
/// | `lead_image` | `og:image`, `twitter:image` (absolute against the base URL). |
///
/// In plain-text mode ([`crate::clean_text`]): the title is the heading-like line before the
/// body, the byline comes from a "By …" line or the author box, and the date from a short
/// dated line under the title.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Article {
    /// The article's title, without the site name.
    pub title: Option<String>,
    /// The author or authors, as written on the page.
    pub byline: Option<String>,
    /// Publication date, ISO 8601 (`YYYY-MM-DD`).
    pub published: Option<String>,
    /// Date of the last update the page declares, ISO 8601 (`YYYY-MM-DD`).
    pub modified: Option<String>,
    /// The site's name.
    pub site_name: Option<String>,
    /// The page's language tag (`en`, `de-AT`, ...).
    pub language: Option<String>,
    /// The canonical URL of the page.
    pub url: Option<String>,
    /// The page's own summary.
    pub description: Option<String>,
    /// The lead image's URL.
    pub lead_image: Option<String>,
    /// The body, in reading order. On a product page that shows its description only
    /// once a script runs, the description its structured data declares comes first.
    pub blocks: Vec<Block>,
    /// What was removed as boilerplate, in page order, each with the rule that fired.
    pub removed: Vec<Removal>,
}

/// One block of the body.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Block {
    /// A section heading; `level` is 1 to 6.
    Heading {
        /// 1 (`h1`) to 6 (`h6`).
        level: u8,
        /// The heading's text.
        text: Text,
    },
    /// A paragraph of running text.
    Paragraph {
        /// The paragraph's text.
        text: Text,
    },
    /// A list.
    List {
        /// Numbered (`ol`) or bulleted (`ul`).
        ordered: bool,
        /// Number of the first item of an ordered list (1 unless the page says otherwise).
        start: u32,
        /// The items, in order.
        items: Vec<ListItem>,
    },
    /// A quotation, itself made of blocks.
    Quote {
        /// The quoted blocks.
        blocks: Vec<Block>,
    },
    /// An image, with its caption and credit split apart.
    Image {
        /// Absolute URL when a base URL was known; `None` when the page gave only a credit.
        src: Option<String>,
        /// Alternative text.
        alt: Option<String>,
        /// The caption, without the credit.
        caption: Option<Text>,
        /// Who the image is credited to ("Scott Kelly & Mikhail Kornienko").
        credit: Option<String>,
    },
    /// Preformatted code, whitespace kept.
    Code {
        /// Language named by the page (`class="language-rust"`).
        language: Option<String>,
        /// The code.
        text: String,
    },
    /// A data table.
    Table(Table),
    /// A thematic break (`hr`).
    Rule,
}

/// One item of a [`Block::List`]: usually a single paragraph, sometimes nested lists.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListItem {
    /// The item's content.
    pub blocks: Vec<Block>,
}

/// A data table: rows of cells, header rows first.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Table {
    /// The caption, if any.
    pub caption: Option<Text>,
    /// The rows, in order.
    pub rows: Vec<TableRow>,
}

/// One row of a [`Table`].
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TableRow {
    /// `true` for a header row (`th` cells or `thead`).
    pub header: bool,
    /// The cells, in order.
    pub cells: Vec<Text>,
}

/// Running text: a sequence of inline spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Text(pub Vec<Span>);

/// One inline piece of [`Text`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "type", content = "value", rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Span {
    /// Plain text.
    Plain(String),
    /// Emphasised text (`em`, `i`).
    Emphasis(String),
    /// Strong text (`strong`, `b`).
    Strong(String),
    /// Inline code (`code`, `kbd`, `samp`).
    Code(String),
    /// A link; `href` is absolute when a base URL was known, `None` when unusable.
    Link {
        /// The link's text.
        text: String,
        /// Where it points.
        href: Option<String>,
    },
    /// A hard line break (`br`).
    LineBreak,
}

impl Span {
    /// The span's visible text (`"\n"` for a line break).
    pub fn as_str(&self) -> &str {
        match self {
            Span::Plain(s) | Span::Emphasis(s) | Span::Strong(s) | Span::Code(s) => s,
            Span::Link { text, .. } => text,
            Span::LineBreak => "\n",
        }
    }
}

impl Text {
    /// The text without markup.
    ///
    /// ```
    /// use unboil::{Span, Text};
    /// let t = Text(vec![Span::Plain("a ".into()), Span::Strong("b".into())]);
    /// assert_eq!(t.plain(), "a b");
    /// ```
    pub fn plain(&self) -> String {
        self.0.iter().map(Span::as_str).collect()
    }

    /// `true` when the text holds no visible character.
    pub fn is_blank(&self) -> bool {
        self.0.iter().all(|s| s.as_str().trim().is_empty())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(vec![Span::Plain(s.to_string())])
    }
}

impl ListItem {
    /// An item made of the given blocks.
    pub fn new(blocks: Vec<Block>) -> ListItem {
        ListItem { blocks }
    }
}

impl Table {
    /// A table of the given rows, without caption.
    pub fn new(rows: Vec<TableRow>) -> Table {
        Table {
            caption: None,
            rows,
        }
    }
}

impl TableRow {
    /// A row of the given cells.
    pub fn new(header: bool, cells: Vec<Text>) -> TableRow {
        TableRow { header, cells }
    }
}
