//! [`Extractor`]: the options, and the HTML pipeline's stages in order.

use url::Url;

use crate::article::{Article, Block};
use crate::charset;
use crate::dom::{self, AttrName, Dom, NodeId, Tag};
use crate::error::Error;
use crate::html::classify::{Verdict, classify, reclassify_without};
use crate::html::measure::{Stats, measure};
use crate::html::prune::{Mask, Visibility, prune};
use crate::html::{blocks::build_blocks, declared, grid, locate, thread};
use crate::input;
use crate::metadata;
use crate::mojibake;
use crate::removal::{Boilerplate, Removal};
use crate::rules::repeated_text::Copies;
use crate::rules::{self, lexicon};
use crate::text::{blocks as text_blocks, classify as text_classify, lines as text_lines};
use crate::tuning::{
    DEFAULT_MAX_INPUT_BYTES, MIN_RENDERED_TEXT_CHARS, REMOVAL_TEXT_MAX_CHARS, Tuning,
};

/// Which way to lean when a block could be content or boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
#[non_exhaustive]
pub enum Focus {
    /// Leave out anything doubtful: cleaner text, some content lost.
    Precision,
    /// The default: the best F1 on the benchmarks.
    #[default]
    Balanced,
    /// Keep anything that may be content: nothing lost, more boilerplate kept.
    Recall,
}

/// Extraction options. Cheap to clone, `Send + Sync`, reusable across threads and pages.
///
/// Defaults: no base URL (links stay as written), [`Focus::Balanced`], comments removed,
/// input limit 64 MiB.
///
/// ```
/// use unboil::{Extractor, Focus};
/// let extractor = Extractor::new()
///     .base_url("https://example.org/news/")?
///     .focus(Focus::Precision)
///     .max_input_bytes(8 * 1024 * 1024);
/// let article = extractor.extract("<article><h1>T</h1><p>A paragraph of the story, with \
///     <a href='more.html'>a link</a> in it.</p></article>")?;
/// let html = article.html();
/// assert!(html.contains("https://example.org/news/more.html"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    base: Option<Url>,
    focus: Focus,
    keep_comments: bool,
    max_input_bytes: usize,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the default options.
    pub fn new() -> Extractor {
        Extractor {
            base: None,
            focus: Focus::default(),
            keep_comments: false,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }

    /// Resolve relative links and image sources against `url` (default: none, links stay
    /// as written).
    ///
    /// # Errors
    /// [`Error::Unsupported`] when `url` is not an absolute URL.
    ///
    /// ```
    /// assert!(unboil::Extractor::new().base_url("not a url").is_err());
    /// ```
    pub fn base_url(mut self, url: &str) -> Result<Extractor, Error> {
        self.base = Some(Url::parse(url).map_err(|_| Error::Unsupported {
            reason: "base URL is not an absolute URL",
        })?);
        Ok(self)
    }

    /// Lean towards precision or recall (default [`Focus::Balanced`]).
    ///
    /// ```
    /// let e = unboil::Extractor::new().focus(unboil::Focus::Recall);
    /// # let _ = e;
    /// ```
    pub fn focus(mut self, focus: Focus) -> Extractor {
        self.focus = focus;
        self
    }

    /// Keep readers' comments as content (default `false`: removed as
    /// [`Boilerplate::CommentSection`]).
    ///
    /// ```
    /// let e = unboil::Extractor::new().keep_comments(true);
    /// # let _ = e;
    /// ```
    pub fn keep_comments(mut self, keep: bool) -> Extractor {
        self.keep_comments = keep;
        self
    }

    /// Refuse inputs larger than `bytes` before parsing (default 64 MiB).
    ///
    /// ```
    /// let e = unboil::Extractor::new().max_input_bytes(10);
    /// assert!(matches!(e.extract("<p>more than ten bytes</p>"), Err(unboil::Error::TooLarge { .. })));
    /// ```
    pub fn max_input_bytes(mut self, bytes: usize) -> Extractor {
        self.max_input_bytes = bytes;
        self
    }

    /// Extracts the article from an HTML string.
    ///
    /// # Errors
    /// [`Error::TooLarge`] over the size limit, [`Error::EmptyInput`] for blank input,
    /// [`Error::NoContent`] when the page has no visible text and no title or description
    /// (with a title or description it gives the metadata and no blocks).
    ///
    /// ```
    /// let a = unboil::Extractor::new().extract("<p>Just one paragraph of visible text.</p>")?;
    /// assert_eq!(a.text(), "Just one paragraph of visible text.");
    /// # Ok::<(), unboil::Error>(())
    /// ```
    pub fn extract(&self, html: &str) -> Result<Article, Error> {
        input::check(html.as_bytes(), self.max_input_bytes)?;
        self.run_html(&dom::build(&mojibake::repair(html)), html.len())
    }

    /// Extracts the article from HTML bytes, detecting the charset (BOM, `<meta charset>`,
    /// `http-equiv`, then UTF-8 with a Windows-1252 fallback).
    ///
    /// # Errors
    /// As [`Extractor::extract`].
    ///
    /// ```
    /// let bytes = b"<meta charset=windows-1252><p>Caf\xe9 cr\xe8me, a paragraph of text.</p>";
    /// let a = unboil::Extractor::new().extract_bytes(bytes)?;
    /// assert_eq!(a.text(), "Café crème, a paragraph of text.");
    /// # Ok::<(), unboil::Error>(())
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        input::check(bytes, self.max_input_bytes)?;
        let decoded = charset::decode(bytes);
        self.run_html(&dom::build(&mojibake::repair(&decoded.text)), bytes.len())
    }

    /// Cleans already-scraped plain text (scraper dumps, web-archive text, text copied out
    /// of a browser): boilerplate lines are removed and recorded, structure is recovered
    /// (title, headings, lists with their numbering, quotes, credited images, paragraphs).
    /// CRLF, CR and LF line ends are all accepted.
    ///
    /// # Errors
    /// [`Error::TooLarge`] over the size limit, [`Error::EmptyInput`] for blank input,
    /// [`Error::NoContent`] when every line is boilerplate.
    ///
    /// ```
    /// let text = "A Short Story\n\nThe whole story fits in this one sentence of running text.\n\nImage Source:\n\nLeave a Reply";
    /// let a = unboil::Extractor::new().clean_text(text)?;
    /// assert_eq!(a.title.as_deref(), Some("A Short Story"));
    /// assert_eq!(a.text(), "The whole story fits in this one sentence of running text.");
    /// assert_eq!(a.removed.len(), 2);
    /// # Ok::<(), unboil::Error>(())
    /// ```
    pub fn clean_text(&self, text: &str) -> Result<Article, Error> {
        input::check(text.as_bytes(), self.max_input_bytes)?;
        self.run_text(&mojibake::repair(text))
    }

    /// The plain-text stages, in order.
    fn run_text(&self, text: &str) -> Result<Article, Error> {
        let lines = text_lines::lines(text);
        let verdicts = text_classify::classify(&lines);
        let removed = verdicts.removed(lines.len());
        let teasers_from = verdicts
            .iter()
            .find(|v| v.kind == Boilerplate::RelatedPosts)
            .map(|v| v.start);
        let structured = text_blocks::build_blocks(&lines, &removed, teasers_from);
        if structured.blocks.is_empty() {
            return Err(Error::NoContent { bytes: text.len() });
        }
        let line_text = |start: usize, end: usize| {
            let mut out = String::new();
            for l in (start..end)
                .filter_map(|i| lines.get(i))
                .filter(|l| !l.blank)
            {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(l.text);
            }
            crate::removal::cut(&out)
        };
        let removals: Vec<Removal> = verdicts
            .iter()
            .map(|v| Removal {
                kind: v.kind,
                rule: v.rule,
                text: line_text(v.start, v.end),
            })
            .collect();
        // A "By" line names the author where it stands; an author box, at the end.
        let first_line = |kind: Boilerplate| {
            verdicts
                .iter()
                .filter(move |v| v.kind == kind)
                .filter_map(|v| lines.get(v.start))
                .map(|l| l.text)
        };
        let byline = first_line(Boilerplate::ArticleMeta)
            .find_map(crate::rules::byline_name)
            .map(str::to_string)
            .or_else(|| first_line(Boilerplate::AuthorBox).find_map(crate::rules::author_box_name));
        Ok(Article {
            title: structured.title,
            published: structured.published,
            byline,
            blocks: structured.blocks,
            removed: removals,
            ..Article::default()
        })
    }

    /// The HTML stages, in order.
    fn run_html(&self, dom: &Dom, input_bytes: usize) -> Result<Article, Error> {
        let tuning = Tuning::for_focus(self.focus);
        // On a forum thread the replies are the posts, whatever their box is named.
        let keep: &[Boilerplate] = if self.keep_comments || thread::declares_thread(dom) {
            &[Boilerplate::CommentSection]
        } else {
            &[]
        };
        let (mask, stats) = self.visible(dom, &tuning);
        let mut verdicts = classify(dom, &mask, &stats, &tuning, keep);
        let mut located = locate::locate(dom, &mask, &stats, &verdicts, &tuning);
        if keep.is_empty() && thread::replies_outweigh_story(dom, &stats, &verdicts, &located.parts)
        {
            // A shared link or a short question over its replies: the replies are the page.
            verdicts = classify(dom, &mask, &stats, &tuning, &[Boilerplate::CommentSection]);
            located = locate::locate(dom, &mask, &stats, &verdicts, &tuning);
        }
        if !located.prose {
            // Not an article: on a page of items (listings, collections, link pages) the
            // links are the content, so link clusters are not boilerplate here, and a
            // teaser label heads the items themselves. On a page that declares one
            // product, "Customers also bought" heads other products all the same.
            let one_product = grid::declares_one_product(dom);
            let mut passed = keep.to_vec();
            if !one_product {
                passed.push(Boilerplate::RelatedPosts);
            }
            let items = reclassify_without(
                dom,
                &mask,
                &stats,
                &tuning,
                &verdicts,
                Boilerplate::LinkCluster,
                &passed,
            );
            located = locate::locate(dom, &mask, &stats, &items, &tuning);
            verdicts = items;
            if !one_product && locate::related_outweigh_rest(dom, &stats, &verdicts, &located.parts)
            {
                // The page's only items, named as related ones: they are the page (not on a
                // product's page, whose other products outweigh its buy box).
                let kept = [keep, &[Boilerplate::LinkCluster]].concat();
                verdicts = reclassify_without(
                    dom,
                    &mask,
                    &stats,
                    &tuning,
                    &verdicts,
                    Boilerplate::RelatedPosts,
                    &kept,
                );
                located = locate::locate(dom, &mask, &stats, &verdicts, &tuning);
            }
        } else if locate::items_outweigh_text(dom, &stats, &verdicts, &located.parts) {
            // Prose around a page of cards (a recipe index's intro): the cards inside the
            // content are the content, not link clusters.
            verdicts = verdicts.without_inside(Boilerplate::LinkCluster, dom, &located.parts);
        } else {
            // Lists of links the text introduces and goes on after are the text's, and so
            // are cards of a run whose other cards are kept.
            let inside = |v: &Verdict| {
                located
                    .parts
                    .iter()
                    .any(|&p| p < v.node && v.node < dom.end(p))
            };
            verdicts = verdicts.dropping(|v| {
                v.kind == Boilerplate::LinkCluster
                    && inside(v)
                    && (locate::list_in_text(dom, &stats, &verdicts, v)
                        || locate::card_of_kept_run(dom, &mask, &stats, &verdicts, v))
            });
        }
        let removed = locate::removed_nodes(dom, &mask, &verdicts);
        let mut removals: Vec<Removal> = verdicts
            .iter()
            .map(|v| Removal {
                kind: v.kind,
                rule: v.rule,
                text: removed_text(dom, &mask, v.node),
            })
            .collect();
        let author_box = verdicts
            .iter()
            .find(|v| v.kind == Boilerplate::AuthorBox)
            .and_then(|v| first_heading_text(dom, v.node));
        let meta = metadata::read(
            dom,
            |id| mask.hidden(id),
            self.base.as_ref(),
            author_box.as_deref(),
            &located.parts,
        );
        // No date: no article but a landing page, whose `main` is its text. (A byline is
        // no sign either way: a landing page's testimonials sign their quotes.)
        let landing = (located.prose && meta.published.is_none())
            .then(|| locate::landing_main(dom, &stats, &verdicts, &located.parts))
            .flatten();
        let parts = match &landing {
            Some(main) => std::slice::from_ref(main),
            None => located.parts.as_slice(),
        };
        let mut blocks = build_blocks(dom, &removed, parts, self.base.as_ref());
        if blocks.is_empty() {
            // A located container that yields nothing (all images, all boilerplate): the
            // whole visible body, boilerplate still left out, rather than nothing.
            let body = dom.find(Tag::Body).unwrap_or(0);
            blocks = build_blocks(dom, &removed, &[body], self.base.as_ref());
        }
        // A page that shows no text but names itself (an application shell its scripts
        // fill in) still gives its title, date, description and the rest, with no blocks.
        if blocks.is_empty() && meta.title.is_none() && meta.description.is_none() {
            return Err(Error::NoContent { bytes: input_bytes });
        }
        let one_product = grid::declares_one_product(dom);
        // A product's name heads its description, as the page shows it: it stays.
        if !one_product {
            drop_title_heading(&mut blocks, meta.title.as_deref());
        }
        removals.extend(rules::article_meta::drop_lead_meta(&mut blocks));
        let copies = if one_product {
            Copies::Every
        } else {
            Copies::Runs
        };
        removals.extend(rules::repeated_text::drop_repeats(&mut blocks, copies));
        // A product page may show its description only once a script runs; its
        // structured data declares it all the same.
        if let Some(description) = &meta.product_description
            && one_product
        {
            declared::add_product_description(&mut blocks, description, self.base.as_ref());
        }
        Ok(Article {
            title: meta.title,
            byline: meta.byline,
            published: meta.published,
            modified: meta.modified,
            site_name: meta.site_name,
            language: meta.language,
            url: meta.url,
            description: meta.description,
            lead_image: meta.lead_image,
            blocks,
            removed: removals,
        })
    }
}

impl Extractor {
    /// Prunes and measures the page as rendered; a page that shows almost no text but
    /// holds hidden text (revealed by script) is read with its hidden text instead.
    fn visible(&self, dom: &Dom, tuning: &Tuning) -> (Mask, Stats) {
        let body = dom.find(Tag::Body).unwrap_or(0);
        let mask = prune(dom, Visibility::Rendered);
        let stats = measure(dom, &mask, tuning);
        let shown = stats.sums(body).text_chars;
        // The page's `main` (or `role="main"`) shows nothing: its content waits for a
        // script to lift a `display: none` (a shop's lock-down wrapper), however much text
        // the menus around it show.
        let main = (0..dom.len()).find(|&id| {
            dom.tag(id) == Some(Tag::Main)
                || dom
                    .attr(id, AttrName::Role)
                    .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
        });
        let main_blank = main.is_some_and(|m| !mask.hidden(m) && stats.sums(m).text_chars == 0);
        if shown >= MIN_RENDERED_TEXT_CHARS && !main_blank {
            return (mask, stats);
        }
        let markup_mask = prune(dom, Visibility::Markup);
        let markup_stats = measure(dom, &markup_mask, tuning);
        let main_filled =
            main.is_some_and(|m| markup_stats.sums(m).text_chars >= MIN_RENDERED_TEXT_CHARS);
        let more_text =
            shown < MIN_RENDERED_TEXT_CHARS && markup_stats.sums(body).text_chars > shown;
        if (main_blank && main_filled) || more_text {
            (markup_mask, markup_stats)
        } else {
            (mask, stats)
        }
    }
}

/// The removed text for a [`Removal`], cut at `REMOVAL_TEXT_MAX_CHARS`.
fn removed_text(dom: &Dom, mask: &Mask, id: NodeId) -> String {
    // Enough bytes for one character more than is kept, however wide the characters.
    let enough = 4 * (REMOVAL_TEXT_MAX_CHARS + 2);
    crate::removal::cut(&dom.collect_text_prefix(id, |n| mask.hidden(n), enough))
}

fn first_heading_text(dom: &Dom, root: NodeId) -> Option<String> {
    ((root)..dom.end(root))
        .find(|&id| {
            dom.tag(id).is_some_and(Tag::is_heading)
                || dom.element(id).is_some_and(|e| e.ident.contains("title"))
        })
        .map(|id| dom.collect_text(id, |_| false))
}

/// The title is a field, not a block: drop the heading (or, on pages without headings, the
/// paragraph) that repeats it near the top.
fn drop_title_heading(blocks: &mut Vec<Block>, title: Option<&str>) {
    let Some(title) = title else { return };
    // Compared with plain quotes: the title may keep a meta title's `'` where the heading
    // writes `’`.
    let title = lexicon::normalize(&lexicon::plain_quotes(title));
    let pos = blocks.iter().take(4).position(|b| match b {
        Block::Heading { text, .. } | Block::Paragraph { text } => {
            lexicon::normalize(&lexicon::plain_quotes(&text.plain())) == title
        }
        _ => false,
    });
    if let Some(pos) = pos {
        blocks.remove(pos);
    }
    // A headline long enough to be one story's, printed again further down (a gallery's
    // overlay, a sticky bar), is the same field again.
    if title.split_whitespace().count() >= TITLE_COPY_MIN_WORDS {
        blocks.retain(|b| match b {
            Block::Heading { text, .. } | Block::Paragraph { text } => {
                lexicon::normalize(&lexicon::plain_quotes(&text.plain())) != title
            }
            _ => true,
        });
    }
}

/// Words a title needs for a later copy of it in the body to go as well: a short title
/// ("Contact", "Pricing") may also name a section.
const TITLE_COPY_MIN_WORDS: usize = 5;
