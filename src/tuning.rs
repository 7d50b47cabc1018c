//! Every tunable number, in one table with one column per [`Focus`]. A threshold written
//! inside a rule or stage is a bug: it belongs here, with its unit and its reason.

use crate::extractor::Focus;

/// Removed text kept in a [`Removal`](crate::Removal), in characters; the rest is cut with `…`
/// so a removed 50 MB comment thread does not come back whole.
pub const REMOVAL_TEXT_MAX_CHARS: usize = 300;

/// Default input limit, in bytes (64 MiB): far above any real article page, low enough that a
/// runaway download is refused before parsing.
pub(crate) const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Deepest block nesting kept in the output (quotes and lists inside each other); deeper
/// content is flattened into the level above, so renderers and `Drop` never recurse deep.
pub(crate) const MAX_BLOCK_DEPTH: usize = 8;

/// Largest `colspan`/`rowspan` honoured, in cells; larger values are clamped.
pub(crate) const MAX_CELL_SPAN: usize = 32;

/// Images whose declared width or height is at most this many pixels are icons, spacers or
/// tracking pixels, not content.
pub(crate) const MAX_ICON_PIXELS: u32 = 40;

/// The numbers that change with [`Focus`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tuning {
    /// A text block needs this many characters of its own to count as a paragraph when
    /// scoring containers (readability's 25: shorter lines are labels and buttons).
    pub min_paragraph_chars: u32,
    /// Link density (link characters / all characters, 0..=1) above which a block of several
    /// links is a link cluster.
    pub link_cluster_density: f32,
    /// A link cluster needs at least this many links (one link in a sentence is content).
    pub link_cluster_min_links: u32,
    /// A block labelled by a boilerplate heading ("Related Posts") is removed whole only when
    /// its own text is at most this many characters; a bigger one is the article itself.
    pub labelled_section_max_chars: u32,
    /// A container sharing the best score's ancestry is taken as well when its score is at
    /// least this share (0..=1) of the best.
    pub sibling_score_share: f32,
    /// The chosen container is widened to its parent while it holds less than this share
    /// (0..=1) of the parent's paragraph text, provided the parent is not link-heavy.
    pub widen_below_share: f32,
    /// Link density (0..=1) above which a parent is not taken when widening.
    pub widen_max_link_density: f32,
    /// A parent adding at most this many characters (a title, a tab label) is a wrapper and
    /// is always taken when widening, link density permitting.
    pub widen_free_chars: u32,
    /// A candidate scoring at least this share (0..=1) of the best is a near-best one
    /// (Readability uses 0.75; posts and cards vary more in length than article sections).
    pub near_best_share: f32,
    /// A container with at least this many paragraphs ...
    pub prose_min_paragraphs: u32,
    /// ... holding at least this share (0..=1) of its text in paragraphs is an article body
    /// and is not widened.
    pub prose_paragraph_share: f32,
}

impl Tuning {
    /// The numbers for `focus`.
    pub(crate) fn for_focus(focus: Focus) -> Tuning {
        match focus {
            Focus::Precision => Tuning {
                min_paragraph_chars: 25,
                link_cluster_density: 0.45,
                link_cluster_min_links: 2,
                labelled_section_max_chars: 3000,
                sibling_score_share: 0.3,
                widen_below_share: 0.5,
                widen_max_link_density: 0.25,
                widen_free_chars: 100,
                near_best_share: 0.75,
                prose_min_paragraphs: 3,
                prose_paragraph_share: 0.6,
            },
            Focus::Balanced => Tuning {
                min_paragraph_chars: 25,
                link_cluster_density: 0.55,
                link_cluster_min_links: 3,
                labelled_section_max_chars: 2000,
                sibling_score_share: 0.2,
                widen_below_share: 0.85,
                widen_max_link_density: 0.5,
                widen_free_chars: 200,
                near_best_share: 0.6,
                prose_min_paragraphs: 10,
                prose_paragraph_share: 0.8,
            },
            Focus::Recall => Tuning {
                min_paragraph_chars: 20,
                link_cluster_density: 0.7,
                link_cluster_min_links: 4,
                labelled_section_max_chars: 1200,
                sibling_score_share: 0.1,
                widen_below_share: 0.8,
                widen_max_link_density: 0.45,
                widen_free_chars: 400,
                near_best_share: 0.75,
                prose_min_paragraphs: 8,
                prose_paragraph_share: 0.8,
            },
        }
    }
}

/// Largest text, in characters, of a widget found by its name (share bar, cookie notice,
/// newsletter box, ad slot): a "share" class on a bigger element is a layout wrapper.
pub(crate) const WIDGET_MAX_CHARS: u32 = 800;

/// Radio buttons, at least, in a set of choices (`widget::option_picker`).
pub(crate) const OPTION_PICKER_MIN_CHOICES: usize = 2;

/// Screen-reader text is a spoken hint of at most this many characters; a longer block
/// named so is a section shipped hidden, left to the other rules.
pub(crate) const SCREEN_READER_MAX_CHARS: u32 = 400;

/// Largest text, in characters, of a section found by its name (author box, related posts,
/// sidebar): bigger named sections are wrappers that may hold the article.
pub(crate) const SECTION_MAX_CHARS: u32 = 6000;

/// Score added to (or taken from) a container whose `id`/`class` says content (or not):
/// Readability's 25, worth about eight average paragraphs.
pub(crate) const CLASS_WEIGHT: f32 = 25.0;

/// Score added to a container marked `itemprop="articleBody"` (half of it for `article`):
/// explicit markup outweighs a class name.
pub(crate) const SEMANTIC_WEIGHT: f32 = 30.0;

/// A table cell with more text than this, in characters, is a column of a layout table.
pub(crate) const MAX_DATA_CELL_CHARS: usize = 400;

/// Largest text, in characters, of a byline or date line found by its name: longer blocks
/// named `meta` hold more than a line.
pub(crate) const META_LINE_MAX_CHARS: u32 = 300;

/// An article's own header (title, standfirst, byline, lead image credit) holds at most
/// this many characters; a longer one wraps the text itself.
pub(crate) const TITLE_HEADER_MAX_CHARS: u32 = 1500;

/// A page showing fewer visible characters than this is read with its hidden text as well
/// (pages that ship their content hidden and reveal it with script).
pub(crate) const MIN_RENDERED_TEXT_CHARS: u32 = 250;

/// How many near-best candidates (after the best) are looked at for a shared ancestor
/// (Readability's 5 top candidates, less the best).
pub(crate) const NEAR_BEST_CANDIDATES: usize = 4;

/// Near-best candidates that must share an ancestor for it to become the content
/// (Readability's 3).
pub(crate) const NEAR_BEST_MIN_SHARING: usize = 3;

/// Paragraphs that make a block read as prose (see `Ctx::reads_as_prose`).
pub(crate) const PROSE_MIN_PARAGRAPHS: u32 = 3;
/// Link density (0..=1) under which a block of paragraphs reads as prose.
pub(crate) const PROSE_MAX_LINK_DENSITY: f32 = 0.2;

/// Longest label text a heading rule reads, in characters.
pub(crate) const LABEL_MAX_CHARS: u32 = 80;

/// Longest lone label or credit line a `label_only` rule reads, in characters
/// ("Reporting by ...; editing by ..." runs long).
pub(crate) const LINE_MAX_CHARS: u32 = 200;

/// Paragraphs above a label heading, inside a parent, that make the parent more than the
/// section the label opens.
pub(crate) const LABEL_PROSE_ABOVE_PARAGRAPHS: u32 = 2;

/// Children of a parent read before a label's section when checking for prose above it;
/// a section further down is in a parent that is more than that section.
pub(crate) const LABEL_SIBLINGS_READ: usize = 256;

/// Siblings read on either side of an inline element for the rest of its line
/// (`Ctx::mid_sentence`).
pub(crate) const LINE_SIBLINGS_READ: usize = 64;

/// Longest dateline: "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19,
/// 2019" is 72 characters.
pub(crate) const DATELINE_MAX_CHARS: u32 = 100;

/// Alike children (same tag, same first class) an element needs to be a grid of items.
pub(crate) const GRID_MIN_ITEMS: u32 = 5;

/// Distinct kinds of children (tag and class) followed per element when looking for a
/// grid: a bound on the work for a page whose children all differ.
pub(crate) const GRID_MAX_SIGNATURES: usize = 16;

/// Share of a grid's items that must hold a link (a card links to its page).
pub(crate) const GRID_MIN_LINKED_SHARE: f32 = 0.5;

/// Share of a grid's items that show a price, at least, for it to be a shop's products.
pub(crate) const GRID_MIN_PRICED_SHARE: f32 = 0.6;

/// How many times the text of the located content a grid of items must hold to be taken
/// for the content instead, on a page that is not prose.
pub(crate) const GRID_OVER_CONTENT: f32 = 2.0;

/// Text per link of a block of teaser cards (a headline, often a line of summary); a menu
/// or an archive list has a word or two per link.
pub(crate) const CARD_MIN_CHARS_PER_LINK: u32 = 30;

/// How many times the text left in the located content the link clusters removed from
/// it must hold for the page to be a page of items (their links are then content).
pub(crate) const ITEMS_OVER_TEXT: f32 = 1.0;

/// On a page that is not prose, related items removed from the content holding this many
/// times the text left there are the page's items
/// ([`crate::html::locate::related_outweigh_rest`]).
pub(crate) const RELATED_OVER_REST: f32 = 2.0;

/// How much more text than the container and the grid together their common ancestor
/// may hold to be taken as the content; beyond it the grid alone is.
pub(crate) const GRID_WITH_CONTENT_SLACK: f32 = 1.3;

/// How many wrappers above an article body are searched for siblings of the same kind
/// that hold the rest of the article (page builders wrap each section, some seven or eight
/// deep: section > row > column > row > module > rich text).
pub(crate) const JOIN_LEVELS: usize = 10;

/// Paragraphs a sibling wrapper needs to hold the rest of the article.
pub(crate) const JOIN_MIN_PARAGRAPHS: u32 = 2;

/// Paragraph text a sibling wrapper needs to hold the rest of the article.
pub(crate) const JOIN_MIN_PARAGRAPH_CHARS: u32 = 200;

/// Most links a sibling wrapper may have to hold the rest of the article.
pub(crate) const JOIN_MAX_LINK_DENSITY: f32 = 0.25;

/// On a page that is not prose, a container with less than this share of the page's
/// text (boilerplate left out) is one section of a landing page, not its content.
pub(crate) const LANDING_PART_SHARE: f32 = 0.2;

/// The share of the page's text (boilerplate left out) the container of a landing
/// page's sections holds.
pub(crate) const LANDING_WHOLE_SHARE: f32 = 0.6;

/// On a page with no date, the page's `main` is the content when it holds at most this
/// many times the text of the container found (`locate::landing_main`).
pub(crate) const LANDING_MAIN_GROWTH: f32 = 3.0;

/// Text a page must keep beside a block of customer reviews for the block to go: less,
/// and the page is a page of reviews.
pub(crate) const REVIEWS_MIN_REST_CHARS: u32 = 400;

/// Datelines from which a page is a run of dated items (posts, listed articles), whose
/// dates are kept: an article has one or two (published, updated).
pub(crate) const DATED_ITEMS_MIN: usize = 3;

/// Most nodes a label may span. Without this cap, every ancestor of one short sentence in
/// a 100,000-deep nest would walk its whole subtree: time quadratic in depth.
pub(crate) const LABEL_MAX_NODES: usize = 64;

/// Longest caption, in characters, that can be a bare credit label ("Image Source:").
pub(crate) const CREDIT_LABEL_MAX_CHARS: u32 = 40;

/// A sibling paragraph of more than this many characters joins the content when its link
/// density is under `SIBLING_PARAGRAPH_MAX_LINK_DENSITY` (Readability's 80 and 0.25); a
/// shorter one joins only with no links and a comma.
pub(crate) const SIBLING_PARAGRAPH_MIN_CHARS: u32 = 80;

/// See `SIBLING_PARAGRAPH_MIN_CHARS`; 0..=1.
pub(crate) const SIBLING_PARAGRAPH_MAX_LINK_DENSITY: f32 = 0.25;

/// Longest line, in characters, that a text rule reads as a label.
pub(crate) const LINE_LABEL_MAX_CHARS: usize = 160;

/// An author bio after "About `<Name>`" is removed with it when at most this many words.
pub(crate) const AUTHOR_BIO_MAX_WORDS: usize = 80;

/// A teaser title after "Check Also" has at most this many words.
pub(crate) const TEASER_TITLE_MAX_WORDS: usize = 16;

/// A cookie notice is one line of at most this many words.
pub(crate) const COOKIE_LINE_MAX_WORDS: usize = 60;

/// A breadcrumb trail has at most this many words.
pub(crate) const BREADCRUMB_MAX_WORDS: usize = 16;

/// A menu item line has at most this many words ...
pub(crate) const MENU_ITEM_MAX_WORDS: usize = 4;

/// ... and at most this many characters ...
pub(crate) const MENU_ITEM_MAX_CHARS: usize = 40;

/// ... and a menu is at least this many such lines in a row.
pub(crate) const MENU_RUN_MIN_LINES: usize = 3;

/// Element children, at least, of a list of choices the page declares a menu.
pub(crate) const MENU_ROLE_MIN_ITEMS: u32 = 5;

/// A text line of at least this many words ending like a sentence is prose and scores for
/// the main run (shorter lines are menus, labels and teaser titles).
pub(crate) const PROSE_LINE_MIN_WORDS: usize = 10;

/// Score a short line takes from the main run, in words of prose.
pub(crate) const SHORT_LINE_PENALTY: i64 = 1;

/// Score a removed (boilerplate) line takes from the main run, in words of prose.
pub(crate) const REMOVED_LINE_PENALTY: i64 = 4;

/// A heading (or title) line has at most this many words.
pub(crate) const HEADING_MAX_WORDS: usize = 20;

/// How many text lines before the main run are searched for the title.
pub(crate) const TITLE_LOOKBACK_LINES: usize = 3;

/// A byline line names at most this many words after "By".
pub(crate) const BYLINE_MAX_WORDS: usize = 5;

/// A page's `h1` of at most this many words is its title even when no meta tag repeats it;
/// a longer one is a sentence set in large type.
pub(crate) const TITLE_MAX_WORDS: usize = 30;

/// The shortest meta title read as a heading cut short when the heading starts with it:
/// shorter, it is more likely a section name that happens to open the heading.
pub(crate) const TITLE_CUT_MIN_CHARS: usize = 40;

/// A label before the title in a heading ("Blog: …") has at most this many words.
pub(crate) const TITLE_LABEL_MAX_WORDS: usize = 3;

/// Share of a story page's `h1` words that its meta title must also hold for the `h1` to
/// be the title ("Blog" or "Contact us" over an article's own title share none).
pub(crate) const TITLE_H1_MIN_SHARED: f64 = 0.2;

/// An element named for dates holds at most this many nodes (a date line, not a column).
pub(crate) const DATE_ELEMENT_MAX_NODES: usize = 40;

/// Characters at the start of the main content searched for a written date when no
/// element names one.
pub(crate) const DATE_CONTENT_HEAD_CHARS: usize = 300;

/// An element read for a byline holds at most this many nodes (a byline, not a bio).
pub(crate) const BYLINE_ELEMENT_MAX_NODES: usize = 24;

/// Text lines from the title on searched for a dated line.
pub(crate) const DATE_LINE_LOOKAHEAD_LINES: usize = 6;

/// A dated line (byline, date line) has at most this many words.
pub(crate) const DATE_LINE_MAX_WORDS: usize = 15;

/// Ancestors of the title heading searched for a written date ("By Jane · April 8, 2024"
/// under the title) ...
pub(crate) const DATE_HEADER_LEVELS: usize = 3;

/// ... while they hold at most this many nodes (an article header, not the page).
pub(crate) const DATE_HEADER_MAX_NODES: usize = 200;

/// Characters of visible text read after (and before) the title heading for a written
/// date, wherever the markup puts it.
pub(crate) const DATE_NEAR_TITLE_CHARS: usize = 800;

/// A repeated paragraph is a copy only when it has at least this many characters (the
/// first of a repeated run, or one repeated right after itself); shorter lines repeat on
/// purpose ("Read more", a schedule's "Drink during your workout").
pub(crate) const REPEAT_MIN_CHARS: usize = 60;

/// A run of paragraphs repeated in the same order is a copy from this many paragraphs on,
pub(crate) const REPEAT_MIN_RUN: usize = 2;

/// ... holding at least this many characters.
pub(crate) const REPEAT_MIN_RUN_CHARS: usize = 120;

/// Fewest code blocks on a page whose runs of repeated text stay (`repeated_text`): a
/// tutorial with a tab per language repeats each step's text under every tab.
pub(crate) const CODE_PAGE_MIN_BLOCKS: usize = 5;

/// On a page that sells one product, any later copy of a paragraph or heading of this many
/// characters or more goes (`repeated_text`, `Copies::Every`): shorter ones are labels
/// ("Size", "In stock") a product page shows beside each option.
pub(crate) const PRODUCT_REPEAT_MIN_CHARS: usize = 20;

/// A page of sections: at least this many headed sections side by side ...
pub(crate) const SECTION_GROUP_MIN: usize = 4;

/// ... each with this much text ...
pub(crate) const SECTION_MIN_CHARS: u32 = 80;

/// ... and at most this link density ...
pub(crate) const SECTION_MAX_LINK_DENSITY: f32 = 0.5;

/// ... found among the first this many children of one of the container's nearest this
/// many ancestors ...
pub(crate) const SECTION_GROUP_MAX_CHILDREN: usize = 64;
pub(crate) const SECTION_GROUP_LEVELS: usize = 7;

/// ... a section's heading found among its first this many nodes; the group is the
/// content when the container found holds under this share of its text (its testimonials
/// or comparison table may have gone as boilerplate, so not as little as half).
pub(crate) const SECTION_HEADING_SCAN: usize = 2_000;
pub(crate) const SECTION_GROUP_TOP_SHARE: f32 = 0.6;
/// ... or this share, when the container found is a table (a course page's schedule
/// outweighs its details, announcements and assignments, each a section of its own).
pub(crate) const SECTION_GROUP_TABLE_SHARE: f32 = 0.9;

/// A forum poster's card (join date, post count, signature) holds at most this many
/// characters.
pub(crate) const POSTER_CARD_MAX_CHARS: u32 = 600;

/// Longest text of a forum poster's stat line or run of them ("Join Date: Aug 2008
/// Location: SIN Posts: 1,077"); a post's own words run longer.
pub(crate) const POSTER_STAT_MAX_CHARS: u32 = 60;

/// Fewest items of a list of links that text on both sides makes the text's own
/// (`locate::list_in_text`); two links between paragraphs are a teaser pair.
pub(crate) const LIST_IN_TEXT_MIN_ITEMS: usize = 3;

/// Fewest alike siblings (same tag, same class) that make a run of cards, whose cards are
/// all content when half of them or more are kept (`locate::card_of_kept_run`).
pub(crate) const CARD_RUN_MIN: usize = 4;

/// Most characters of such a card: a teaser's title, date, summary and tags. A longer
/// block is a section of a page builder's, whose siblings share its utility classes.
pub(crate) const CARD_MAX_CHARS: u32 = 300;

/// ... and most links: its page's, twice (image and title), and up to six tags. A box of
/// picks, each a product's link and its price's, is a list of other pages.
pub(crate) const CARD_MAX_LINKS: u32 = 8;

/// Fewest characters of a standfirst or summary over an article's body
/// (`locate::ledes`): a shorter line is a label ...
pub(crate) const LEDE_MIN_CHARS: u32 = 60;

/// ... and most: a longer block is a section of its own. A review's summary of its picks
/// runs to a thousand.
pub(crate) const LEDE_MAX_CHARS: u32 = 1200;

/// Most nodes of such a block.
pub(crate) const LEDE_MAX_NODES: usize = 200;

/// Most characters of a block between a standfirst and the body (a byline, a date, share
/// buttons): more, and the standfirst belongs to something else.
pub(crate) const LEDE_SKIPPED_MAX_CHARS: u32 = 120;

/// Blocks with text read back from the body for a standfirst: a byline, a date, a
/// reading time, share buttons, a rating, each in a block of its own.
pub(crate) const LEDE_SIBLINGS_READ: usize = 12;

/// Fewest characters of paragraphs in the block holding the title that make it the
/// text's opening (`locate::title_intro`): a tagline under a hero's heading has fewer.
pub(crate) const TITLE_INTRO_MIN_CHARS: u32 = 250;

/// Fewest words of a product's declared description that may stand in for one the page
/// does not show (`declared::add_product_description`): a shorter one is the product's
/// name again ...
pub(crate) const DECLARED_DESCRIPTION_MIN_WORDS: usize = 20;

/// ... and the share of its distinct words the blocks found may already hold: more, and
/// the page shows it.
pub(crate) const DECLARED_DESCRIPTION_SHOWN_SHARE: f32 = 0.5;
