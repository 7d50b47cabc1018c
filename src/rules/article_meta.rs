//! [`Boilerplate::ArticleMeta`]: bylines, dates and category lines around the title (their
//! values go to the article's metadata, not its body).

use super::{Ctx, HtmlRule, Needs, label_only, lexicon, named_box, short_text_with_digit};
use crate::article::Block;
use crate::dom::{AttrName, NodeId, Tag};
use crate::metadata::date;
use crate::removal::Boilerplate;
use crate::removal::Removal;
use crate::rules::lines::LineRule;
use crate::text::lines::Lines;
use crate::tuning::{
    BYLINE_MAX_WORDS, DATED_ITEMS_MIN, DATELINE_MAX_CHARS, META_LINE_MAX_CHARS,
    POSTER_CARD_MAX_CHARS, POSTER_STAT_MAX_CHARS, TITLE_HEADER_MAX_CHARS,
};

/// A short block named `byline`, `entry-meta`, `post-meta`, `posted-on`, `dateline`, or
/// a wiki's category line (`catlinks`) ...
/// Near miss left alone: a block named `meta` that holds paragraphs (over the size limit).
pub(crate) const NAMED_LINE: HtmlRule = HtmlRule {
    name: "article_meta::named_line",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "byline*",
                "*byline",
                "entry-meta",
                "post-meta",
                "article-meta",
                "posted-on",
                "post-info",
                "entry-date",
                "dateline",
                "post-date",
                "article-date",
                "publish-date",
                "post-byline",
                "article-info",
                "meta-info",
                "catlinks",
            ],
            META_LINE_MAX_CHARS,
        )
    },
};

/// What sits beside the title in the article's own header (a `header` inside an `article`,
/// or named `entry-header`, `article-header`, `post__header` ...): the standfirst, the
/// byline and date line, the section label, the lead image's credit. The title heading
/// stays (it is read into the title), and so does all of a header over
/// [`TITLE_HEADER_MAX_CHARS`] (one that wraps the text itself). Near miss left alone: a
/// landing page's hero `header` inside `main`, which is no article's.
pub(crate) const TITLE_HEADER: HtmlRule = HtmlRule {
    name: "article_meta::title_header",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let title = ctx.title_heading?;
        // Only the pieces beside the title's chain of wrappers: their parent holds it.
        if dom.contains(id, title) || !dom.contains(dom.parent(id)?, title) {
            return None;
        }
        let header = dom
            .ancestors(id)
            .find(|&a| dom.tag(a) == Some(Tag::Header))?;
        let articles = || {
            dom.ancestors(header)
                .any(|a| dom.tag(a) == Some(Tag::Article))
                || ctx.named(
                    header,
                    &[
                        "*article-header",
                        "*entry-header",
                        "*post-header",
                        "*story-header",
                        "*article__header",
                        "*entry__header",
                        "*post__header",
                        "*story__header",
                    ],
                )
        };
        (dom.contains(header, title)
            && ctx.stats.sums(header).text_chars <= TITLE_HEADER_MAX_CHARS
            && articles())
        .then_some(id)
    },
};

/// A forum post's card about its writer, beside or under the post: join date, post count,
/// rank, badges, signature (`signature`, `userextras`, `postprofile`, `user-info`,
/// `usertitle`, `author-pane`, Invision Community's `cAuthorPane`, FluxBB's `postleft`,
/// XenForo's `messageUserInfo` and `MessageCard__header`, MyBB's `author_statistics`),
/// and the post's header line of date and edits (`ipsComment_meta`). Near miss left alone: a post's own text,
/// which is no card.
pub(crate) const POSTER_CARD: HtmlRule = HtmlRule {
    name: "article_meta::poster_card",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "signature",
                "*signature",
                "userextras",
                "postprofile",
                "user-info",
                "userinfo",
                "usertitle",
                "user-title",
                "author-pane",
                "postbit-details",
                "member-stats",
                "postleft",
                "messageuserinfo",
                "extrauserinfo",
                "author_statistics",
                "messagecard__header",
                // Invision Community's author panes and post headers.
                "cauthorpane",
                "cauthorpane_mobile",
                "ipsentry__author-column",
                "ipscomment_meta",
            ],
            POSTER_CARD_MAX_CHARS,
        )
    },
};

/// A forum poster's stat line, or a run of them in one element: "Join Date: Aug 2008",
/// "Joined: 12 Mar 2010", "Posts: 1,077", "Member since 2015" (what a poster card holds
/// when it has no name of its own). Near misses left alone: a sentence that opens with
/// such words ("Posts about the trip: three"), which has no digit or runs longer.
pub(crate) const POSTER_STAT: HtmlRule = HtmlRule {
    name: "article_meta::poster_stat",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let text = short_text_with_digit(ctx, id, POSTER_STAT_MAX_CHARS)?;
        poster_stat(&text).then_some(id)
    },
};

/// `true` when `text` opens with a poster card's field.
fn poster_stat(text: &str) -> bool {
    const FIELDS: [&str; 4] = ["join date:", "joined:", "posts:", "member since"];
    let text = text.trim_start();
    FIELDS.iter().any(|field| {
        text.get(..field.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(field))
    })
}

/// A line that is only a dateline: "Updated 5:27 am CST, Wednesday, November 20, 2019",
/// "PUBLISHED: 10:48, Tue, Nov 19, 2019". Near misses left alone: a sentence with a date in
/// it (the date in an element of its own too), dates in lists and tables (an events
/// listing's dates are its content), and every dateline of a page of dated items (a forum
/// thread's posts).
pub(crate) const DATE_LINE: HtmlRule = HtmlRule {
    name: "article_meta::date_line",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let text = short_text_with_digit(ctx, id, DATELINE_MAX_CHARS)?;
        if !crate::metadata::date::is_dateline(&text) || ctx.page_of_dated_items() {
            return None;
        }
        // A date set in bold inside a sentence is the sentence's words.
        if ctx.mid_sentence(id) {
            return None;
        }
        let listed = |n: NodeId| {
            matches!(
                ctx.dom.tag(n),
                Some(
                    Tag::Ul
                        | Tag::Ol
                        | Tag::Dl
                        | Tag::Li
                        | Tag::Dt
                        | Tag::Dd
                        | Tag::Table
                        | Tag::Td
                        | Tag::Th
                        | Tag::Caption
                )
            )
        };
        (!listed(id) && !ctx.dom.ancestors(id).any(listed)).then_some(id)
    },
};

/// A short element whose text is a machine's timestamp, "2021-04-08T04:06:17.467Z+00:00":
/// the value a script formats for the reader, left in the markup. Never the text, on any
/// page. Near miss left alone: a date written for people ("April 8, 2021", "2021-04-08").
pub(crate) const MACHINE_TIMESTAMP: HtmlRule = HtmlRule {
    name: "article_meta::machine_timestamp",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let text = short_text_with_digit(ctx, id, MACHINE_TIMESTAMP_MAX_CHARS)?;
        is_machine_timestamp(&text).then_some(id)
    },
};

/// Longest machine timestamp ("2021-04-08T04:06:17.467891Z+00:00" and then some).
const MACHINE_TIMESTAMP_MAX_CHARS: u32 = 40;

/// `true` for `YYYY-MM-DDTHH:MM` and whatever seconds, fraction and zone follow, alone.
fn is_machine_timestamp(text: &str) -> bool {
    let b = text.trim().as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    b.len() >= 16
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16..]
            .iter()
            .all(|c| c.is_ascii_digit() || matches!(c, b':' | b'.' | b'Z' | b'+' | b'-'))
}

/// A short element that only says how long the article takes to read: "6 min read",
/// "Reading time: 2 minutes", "Tempo de leitura: 1 minuto". Near miss left alone: "8 min
/// read: How to choose a daypack" (a teaser's title).
pub(crate) const READING_TIME: HtmlRule = HtmlRule {
    name: "article_meta::reading_time",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let text = short_text_with_digit(ctx, id, READING_TIME_MAX_CHARS)?;
        is_reading_time(&text).then_some(id)
    },
};

/// Longest text a reading-time notice has ("Tempo de leitura: 12 minutos").
const READING_TIME_MAX_CHARS: u32 = 40;

/// `true` when `text` is a reading-time notice and nothing else: a number, a unit of
/// minutes and a word for reading, in English, German, French, Spanish, Portuguese or
/// Italian.
pub(crate) fn is_reading_time(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut number = false;
    let mut reading = false;
    for word in lower
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '|' | '·' | '•' | '-' | ','))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
    {
        if word.bytes().all(|b| b.is_ascii_digit()) {
            number = true;
            continue;
        }
        match word {
            "read" | "reading" | "leitura" | "lesezeit" | "lecture" | "lectura" | "lettura" => {
                reading = true
            }
            "min" | "mins" | "minute" | "minutes" | "minuto" | "minutos" | "minuten" | "minuti"
            | "time" | "tempo" | "de" | "temps" | "tiempo" | "di" => {}
            _ => return false,
        }
    }
    number && reading
}

/// The article's own byline or dateline left at the head of its text, where no named
/// block held it: among the first [`LEAD_META_BLOCKS`] blocks, a paragraph that is a byline
/// ("by Jeff Foust —") or a short line with a date whose other words are a handful
/// ("October 12, 2018/0 Comments/in News /by admin"). Not on a page of dated items (a
/// thread's post headers are its content), nor past the head of the text, save a last
/// paragraph that is a labelled byline ("Written by Ana Ruiz"). Returns what went.
pub(crate) fn drop_lead_meta(blocks: &mut Vec<Block>) -> Vec<Removal> {
    // A paragraph, or a list of one item ("- by Ana Ruiz / 2016.12.01"), whitespace
    // collapsed (a no-break space often follows "by").
    let paragraph_text = |b: &Block| {
        let text = match b {
            Block::Paragraph { text } => text.plain(),
            Block::List { items, .. } if items.len() == 1 => match items[0].blocks.as_slice() {
                [Block::Paragraph { text }] => text.plain(),
                _ => return None,
            },
            _ => return None,
        };
        Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    let mut removals = Vec::new();
    // A labelled byline closing the text ("Written by Ana Ruiz"): the head's byline, put
    // at the foot.
    let foot_byline = blocks
        .last()
        .and_then(paragraph_text)
        .filter(|t| labelled_byline_line(t));
    if let Some(text) = foot_byline {
        blocks.pop();
        removals.push(Removal {
            kind: Boilerplate::ArticleMeta,
            rule: "article_meta::foot_byline",
            text: crate::removal::cut(&text),
        });
    }
    // A page of dated items: read only when the head holds a candidate (most pages' head
    // holds none, and this reads every paragraph).
    let dated_items = || {
        blocks
            .iter()
            // Long paragraphs are told without collecting their text.
            .filter(|b| {
                !matches!(b, Block::Paragraph { text }
                    if text.0.iter().map(|s| s.as_str().len()).sum::<usize>()
                        > DATELINE_MAX_CHARS as usize)
            })
            .filter_map(paragraph_text)
            .filter(|t| lead_meta_line(t))
            .take(DATED_ITEMS_MIN)
            .count()
            >= DATED_ITEMS_MIN
    };
    let head_meta = |t: &str| {
        let t = t.trim_matches(['—', '–', '-', '|', ' ']);
        byline_name(t).is_some() || lead_meta_line(t) || labelled_byline_line(t)
    };
    let any_head_meta = blocks
        .iter()
        .take(LEAD_META_BLOCKS)
        .filter_map(paragraph_text)
        .any(|t| head_meta(&t));
    if !any_head_meta || dated_items() {
        return removals;
    }
    let mut i = 0;
    let mut seen = 0;
    while i < blocks.len() && seen < LEAD_META_BLOCKS {
        seen += 1;
        let meta = blocks
            .get(i)
            .and_then(paragraph_text)
            .filter(|t| head_meta(t));
        match meta {
            Some(text) => {
                blocks.remove(i);
                removals.push(Removal {
                    kind: Boilerplate::ArticleMeta,
                    rule: "article_meta::lead_meta_line",
                    text: crate::removal::cut(&text),
                });
            }
            None => i += 1,
        }
    }
    removals
}

/// `true` for a short line that opens with a byline label of two words or more ("Posted
/// by", "Publicado por:", "Written by") and goes on with the name, a category, tags.
fn labelled_byline_line(text: &str) -> bool {
    if text.len() > META_LINE_MAX_CHARS as usize
        || text.split_whitespace().count() > LEAD_META_MAX_WORDS
    {
        return false;
    }
    let lower = text.to_lowercase();
    lexicon::BYLINE_LABELS
        .iter()
        .filter(|label| label.contains(' '))
        .any(|label| lower.starts_with(label))
}

/// Blocks at the head of the text searched for a leftover byline or dateline.
const LEAD_META_BLOCKS: usize = 3;

/// Most words a leftover dateline has, date included.
const LEAD_META_MAX_WORDS: usize = 15;

/// Words besides the date that a leftover dateline may hold (a category, an author).
const LEAD_META_OTHER_WORDS: usize = 4;

/// `true` for a short line with a date whose other words, besides "by", "in", "comments"
/// and the like, are at most [`LEAD_META_OTHER_WORDS`].
fn lead_meta_line(text: &str) -> bool {
    if text.len() > META_LINE_MAX_CHARS as usize {
        return false;
    }
    let words: Vec<&str> = date::dateline_words(text).collect();
    // Read as words: "2018/0 Comments" holds the year.
    if words.len() > LEAD_META_MAX_WORDS || date::find_visible(&words.join(" ")).is_none() {
        return false;
    }
    let other = words
        .iter()
        .filter(|w| !date::is_date_word(w))
        .filter(|w| {
            ![
                "by", "in", "comments", "comment", "no", "de", "por", "von", "par",
            ]
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
        })
        .count();
    other <= LEAD_META_OTHER_WORDS
}

/// A short element that is a news agency's credit line ("Reporting by Greg Roumeliotis;
/// editing by Martin Howell") or a post's tag line ("Tags: BGR Deals"). Near miss left
/// alone: a sentence that mentions reporting.
pub(crate) const CREDIT_LINE: HtmlRule = HtmlRule {
    name: "article_meta::credit_line",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::ArticleMeta),
};

/// A post's tags: an element whose links are all `rel="tag"` and hold most of its text
/// ("Tags: calendario stock car 2018, stock car brasil, …"). Near misses left alone: a
/// sentence with a tag link in it (most of its text is no link), and the one link itself.
pub(crate) const TAG_LIST: HtmlRule = HtmlRule {
    name: "article_meta::tag_list",
    kind: Boilerplate::ArticleMeta,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let sums = ctx.stats.sums(id);
        let tag = dom.tag(id)?;
        let list_like = sums.links >= 2 || (sums.links == 1 && tag.is_block());
        if !list_like
            || sums.text_chars == 0
            || tag == Tag::A
            || sums.text_chars > TAG_LIST_MAX_CHARS
            || sums.link_chars * 10 < sums.text_chars * 6
            || ctx.root_or_title(id)
        {
            return None;
        }
        let rel_tag = |a: NodeId| {
            dom.attr(a, AttrName::Rel).is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("tag"))
            })
        };
        (id..dom.end(id))
            .filter(|&n| dom.tag(n) == Some(Tag::A) && dom.attr(n, AttrName::Href).is_some())
            .all(rel_tag)
            .then_some(id)
    },
};

/// Longest text of a tag list.
const TAG_LIST_MAX_CHARS: u32 = 600;

/// A byline on a line of its own: "By Marta Lind", "Von Jana Berg", "Par Luc Martin",
/// "Por Ana Ruiz". The name goes to the article's byline. Near miss left alone: "By the
/// way, the road is closed." (lower-case words, a sentence).
pub(crate) const LINE_BYLINE: LineRule = LineRule {
    name: "article_meta::byline_line",
    kind: Boilerplate::ArticleMeta,
    fires: |lines: &Lines, i: usize| byline_name(lines.get(i)?.text).map(|_| i + 1),
};

/// The name in a byline line ("By Marta Lind" -> "Marta Lind").
pub(crate) fn byline_name(line: &str) -> Option<&str> {
    let (opener, name) = line.trim().split_once(' ')?;
    if !lexicon::BYLINE_OPENERS.contains(&opener.to_lowercase().as_str()) {
        return None;
    }
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_like = (1..=BYLINE_MAX_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(*w, "and" | "und" | "et" | "y" | "&")
        })
        && !name.ends_with(['.', '!', '?']);
    name_like.then_some(name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_tag_list_goes_and_a_tag_link_in_a_sentence_stays() {
        use crate::rules::testing::{fired, in_article};
        let tags = in_article(
            "<p><strong>Tags<br><a href=/t/a rel=tag>stock car 2018</a>, <a href=/t/b \
             rel=tag>stock car brasil</a></strong></p>",
        );
        assert_eq!(fired(&tags)[0].0, "article_meta::tag_list");
        let line = in_article("<p>Tags: <a href=/t/deals rel=tag>Deals</a></p>");
        assert_eq!(fired(&line)[0].0, "article_meta::credit_line");
        let sentence = in_article(
            "<p>The season opens in <a href=/t/cascavel rel=tag>Cascavel</a> in March, as \
             it did last year.</p>",
        );
        assert!(fired(&sentence).is_empty());
    }

    #[test]
    fn what_sits_beside_the_title_in_the_articles_header_goes() {
        use crate::rules::testing::fired;
        let para = "<p>The river rose all night, and the keeper said the town had never seen \
                    the like of it, not in forty years.</p>";
        let header = "<header class=entry-header><span class=kicker>Weather</span><h1>Flood \
                      night</h1><p class=dek>A town counts the cost.</p><div><span>Author:</span> \
                      <a rel=author>Ann Lee</a></div></header>";
        let story = format!("<body><article>{header}{para}{para}</article></body>");
        let gone: Vec<_> = fired(&story)
            .into_iter()
            .filter(|f| f.0 == "article_meta::title_header")
            .map(|f| f.1)
            .collect();
        assert_eq!(
            gone,
            ["Weather", "A town counts the cost.", "Author: Ann Lee"]
        );
        // A landing page's hero header is no article's.
        let hero = format!(
            "<body><main><header class=hero><h1>Flood cover</h1><p>Insurance that pays \
             within a week.</p></header>{para}</main></body>"
        );
        assert!(fired(&hero).is_empty());
    }

    #[test]
    fn a_leftover_byline_or_dateline_at_the_head_goes() {
        use crate::article::{Block, Text};
        let para = |t: &str| Block::Paragraph {
            text: Text::from(t),
        };
        let body = "The council met on Tuesday to discuss the budget for roads and schools.";
        let mut blocks = vec![
            para("by\u{a0}Jeff Lane \u{2014}"),
            para("October 12, 2018/0 Comments/in Town News /by admin"),
            para("- Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad"),
            para(body),
            para("By Ana Ruiz"),
        ];
        let removed = super::drop_lead_meta(&mut blocks);
        assert_eq!(removed.len(), 3, "{removed:?}");
        // The head only: a byline further down is the text's (a quoted sign-off).
        assert_eq!(blocks, [para(body), para("By Ana Ruiz")]);
        // Save a labelled byline that closes the text.
        let mut signed = vec![para(body), para("Written by Ana Ruiz")];
        let removed = super::drop_lead_meta(&mut signed);
        assert_eq!(removed[0].rule, "article_meta::foot_byline");
        assert_eq!(signed, [para(body)]);
        // A sentence with a date is no dateline.
        let mut story = vec![para(
            "On October 12, 2018 the council voted to close the old bridge.",
        )];
        assert!(super::drop_lead_meta(&mut story).is_empty());
        assert!(super::labelled_byline_line("Posted by Ann Lee in Rivers"));
        assert!(!super::labelled_byline_line(
            "Posted by road, the parcel took a week to reach the island, and then another to reach the farm."
        ));
        // On a page of dated items (a thread's post headers) the datelines stay.
        let mut thread = vec![
            para("Posted March 5, 2024"),
            para(body),
            para("Posted March 6, 2024"),
            para(body),
            para("Posted March 7, 2024"),
        ];
        assert!(super::drop_lead_meta(&mut thread).is_empty());
    }

    #[test]
    fn machine_timestamps_go_and_dates_for_people_stay() {
        for stamp in [
            "2021-04-08T04:06:17.467Z+00:00",
            "2019-01-21T21:40",
            "2024-05-22T19:19:46Z",
        ] {
            assert!(super::is_machine_timestamp(stamp), "{stamp}");
        }
        for date in [
            "2021-04-08",
            "April 8, 2021",
            "2021-04-08T04:06 in Paris",
            "2021-04-08 04:06",
        ] {
            assert!(!super::is_machine_timestamp(date), "{date}");
        }
        use crate::rules::testing::{fired, in_article};
        let comment =
            in_article("<ul><li>Nice. <span>2021-04-08T04:06:17.467Z+00:00</span></li></ul>");
        assert_eq!(fired(&comment)[0].0, "article_meta::machine_timestamp");
    }

    #[test]
    fn reading_time_notices_go_and_teasers_stay() {
        for notice in [
            "6 min read",
            "Reading time: 2 minutes",
            "Tempo de leitura: 1 minuto",
            "Lesezeit: 4 Min.",
        ] {
            assert!(super::is_reading_time(notice), "{notice}");
        }
        for text in [
            "8 min read: How to choose a daypack",
            "Read 3 reviews",
            "10 minutes",
        ] {
            assert!(!super::is_reading_time(text), "{text}");
        }
        let page = crate::rules::testing::in_article("<p class=meta>5 min read</p>");
        assert_eq!(
            crate::rules::testing::fired(&page)[0].0,
            "article_meta::reading_time"
        );
    }

    #[test]
    fn byline_line_goes_and_sentence_stays() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(super::byline_name("By Marta Lind"), Some("Marta Lind"));
        assert_eq!(
            fired_lines("By Marta Lind")[0].0,
            "article_meta::byline_line"
        );
        assert!(fired_lines("By the way, the road is closed.").is_empty());
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn credit_line_goes() {
        let page = in_article("<p>Reporting by Greg Roumeliotis; editing by Martin Howell</p>");
        assert_eq!(fired(&page)[0].0, "article_meta::credit_line");
        assert!(
            fired(&in_article(
                "<p>The reporting by the agency was accurate, officials said.</p>"
            ))
            .is_empty()
        );
    }

    #[test]
    fn poster_stat_lines_go() {
        let card = "<div class=smallfont><div>Join Date: <b>Aug 2008</b></div>\
                    <div>Posts: <b>1,077</b></div></div>";
        let post = format!(
            "<div>{card}<p>Lisa Ray</p><div>{}</div></div>",
            "<p>A post about the trip.</p>".repeat(4)
        );
        let lines: Vec<_> = fired(&in_article(&post))
            .into_iter()
            .map(|(rule, text)| (rule, text.trim().to_string()))
            .collect();
        assert_eq!(
            lines,
            [(
                "article_meta::poster_stat",
                "Join Date: Aug 2008 Posts: 1,077".to_string()
            )]
        );
        assert!(fired(&in_article("<p>Posts about the trip: three, all long.</p>")).is_empty());
        let long = "<p>Posts: 3 this week, each one about our long trip over the mountains and the lakes.</p>";
        assert_eq!(fired(&in_article(long)), []);
    }

    #[test]
    fn dateline_goes_and_listed_dates_stay() {
        let page =
            in_article("<p><span>Updated</span> 5:27 am CST, Wednesday, November 20, 2019</p>");
        assert_eq!(fired(&page)[0].0, "article_meta::date_line");
        let events =
            in_article("<ul><li>Friday, March 6, 2026</li><li>Saturday, March 7, 2026</li></ul>");
        assert!(fired(&events).is_empty());
        let posts = in_article(
            &"<div><p>Posted March 6, 2026</p><p>Nice photos of the river.</p></div>".repeat(3),
        );
        assert!(fired(&posts).is_empty());
        // A date in bold in the middle of a sentence is the sentence's words; one that opens
        // a byline line is a dateline still.
        let sentence = in_article(
            "<div class=callout><span>On <strong>July 4, 2025</strong>, the bill was signed \
             into law.</span></div>",
        );
        assert!(fired(&sentence).is_empty());
        let byline = in_article(
            "<p class=title>River levels</p><small><b>05/10/2018</b> - Posted by Ana</small>",
        );
        assert_eq!(
            fired(&byline),
            [("article_meta::date_line", "05/10/2018".to_string())]
        );
    }

    #[test]
    fn byline_goes_and_long_meta_block_stays() {
        let page = in_article("<div class=entry-meta>By Jane Doe · August 12, 2016</div>");
        assert_eq!(fired(&page)[0].0, "article_meta::named_line");
        let categories = in_article(
            "<div id=catlinks class=catlinks>Categories: <ul><li><a href=/c/1>Rivers</a></li>\
             <li><a href=/c/2>Floods</a></li></ul></div>",
        );
        assert_eq!(fired(&categories)[0].0, "article_meta::named_line");
        let long = format!(
            "<div class=entry-meta><p>{}</p></div>",
            "A real paragraph of text, with commas. ".repeat(20)
        );
        assert!(fired(&in_article(&long)).is_empty());
    }

    #[test]
    fn poster_card_goes_and_the_post_stays() {
        let card = in_article(
            "<div class=\"message-userExtras\"><dl><dt>Joined</dt><dd>Mar 2016</dd>\
             <dt>Messages</dt><dd>6,214</dd></dl></div>",
        );
        assert_eq!(fired(&card)[0].0, "article_meta::poster_card");
        let signature = in_article("<div class=\"message-signature\">Two pumps, one pond.</div>");
        assert_eq!(fired(&signature)[0].0, "article_meta::poster_card");
        let pane = in_article(
            "<aside class=\"ipsComment_author cAuthorPane\"><h3>DevBiker</h3><ul \
             class=cAuthorPane_stats><li>10.2k posts</li></ul></aside>",
        );
        assert_eq!(fired(&pane)[0].0, "article_meta::poster_card");
        // FluxBB's column beside the post, MyBB's statistics under the name.
        let column = in_article(
            "<div class=postleft><dl><dt>keeper</dt><dd>Member</dd><dd>Registered: \
             2011-04-02</dd><dd>Posts: 1,077</dd></dl></div>",
        );
        assert_eq!(fired(&column)[0].0, "article_meta::poster_card");
        let stats = in_article("<div class=author_statistics>Posts: 116<br>Threads: 23</div>");
        assert_eq!(fired(&stats)[0].0, "article_meta::poster_card");
        let post = in_article(&format!(
            "<div class=\"message-body\"><p>{}</p></div>",
            "The pump I chose runs quietly, and it has kept the water clear all summer. ".repeat(3)
        ));
        assert!(fired(&post).is_empty());
    }
}
