//! [`Boilerplate::Widget`]: forms and other interface pieces with no prose.

use super::{Ctx, HtmlRule, Needs, label_only, named_box, removable_box, short_text_with_digit};
use crate::dom::{AttrName, NodeId, Tag};
use crate::removal::Boilerplate;
use crate::rules::lines::{LineRule, label_line};
use crate::text::lines::Lines;
use crate::tuning::{OPTION_PICKER_MIN_CHOICES, WIDGET_MAX_CHARS};

/// A small `form` (search boxes, login boxes); comment forms are caught first by
/// `comment_form`. Near misses left alone: a form wrapping a whole page (ASP.NET style),
/// which is over the size limit or protected, and a form that shows no control, only
/// text (a forum's post body, wrapped in the form its author edits it with).
pub(crate) const FORM: HtmlRule = HtmlRule {
    name: "widget::form",
    kind: Boilerplate::Widget,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        if ctx.dom.tag(id) == Some(Tag::Form) && shows_control(ctx, id) {
            removable_box(ctx, id, WIDGET_MAX_CHARS)
        } else {
            None
        }
    },
};

/// `true` when a control inside `id` is shown.
fn shows_control(ctx: &Ctx, id: NodeId) -> bool {
    shown_controls(ctx, id).next().is_some()
}

/// The controls shown inside `id`, each with its `type` (`""` when it has none): fields,
/// lists to choose from, buttons; hidden inputs are left out. Controls hold no text, so
/// the mask counts them all as never rendered; what tells is whether the element holding
/// one is shown.
fn shown_controls<'a>(ctx: &'a Ctx, id: NodeId) -> impl Iterator<Item = (Tag, &'a str)> + 'a {
    (id + 1..ctx.dom.end(id)).filter_map(move |n| {
        let tag = ctx.dom.tag(n)?;
        let kind = ctx.dom.attr(n, AttrName::Type).unwrap_or("").trim();
        let control = match tag {
            Tag::Input => !kind.eq_ignore_ascii_case("hidden"),
            Tag::Textarea | Tag::Select | Tag::Button => true,
            _ => false,
        };
        let shown = control && ctx.dom.parent(n).is_some_and(|p| !ctx.mask.hidden(p));
        shown.then_some((tag, kind))
    })
}

/// A readers' poll: a small block named `poll`, `polls`, `wp-polls` (question, answers,
/// vote counts). Near miss left alone: `pollution` or `polling-station` (the word must be
/// `poll` itself).
pub(crate) const POLL: HtmlRule = HtmlRule {
    name: "widget::poll",
    kind: Boilerplate::Widget,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(ctx, id, &["poll", "polls", "wp-polls"], WIDGET_MAX_CHARS)
    },
};

/// A box the page opens over itself on a click or a timer: named `popup`, `popover`,
/// `popups` (a newsletter offer, a price's small print, a video player's shell). Near
/// miss left alone: `popular-posts` (the word must be `popup` itself).
pub(crate) const POPUP: HtmlRule = HtmlRule {
    name: "widget::popup",
    kind: Boilerplate::Widget,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(ctx, id, &["popup", "popups", "popover"], WIDGET_MAX_CHARS)
    },
};

/// A script's state written into the page as JSON text (`<div class="grid-state
/// hidden-by-css">{"widget":"grid","items":[…]}</div>`), which a style sheet hides and a
/// script reads: an element whose only child is one text that is a JSON object or list
/// of objects (`{"` … `}`, `[{"` … `]`) with [`STATE_BLOB_MIN_KEYS`] keys or more. Near
/// misses left alone: JSON in `pre` or `code` (a reference page's example), and a sentence
/// that merely starts with a brace.
pub(crate) const STATE_BLOB: HtmlRule = HtmlRule {
    name: "widget::state_blob",
    kind: Boilerplate::Widget,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        // One child, a text: the node after `id` and nothing else in its subtree.
        if dom.end(id) != id + 2 {
            return None;
        }
        let text = dom.text(id + 1)?.trim();
        let json = (text.starts_with("{\"") && text.ends_with('}'))
            || (text.starts_with("[{\"") && text.ends_with(']'));
        let in_code = || {
            std::iter::once(id)
                .chain(dom.ancestors(id))
                .any(|a| matches!(dom.tag(a), Some(Tag::Pre | Tag::Code)))
        };
        (json
            && text.matches("\":").take(STATE_BLOB_MIN_KEYS).count() == STATE_BLOB_MIN_KEYS
            && !in_code()
            && !ctx.root_or_title(id))
        .then_some(id)
    },
};

/// Fewest keys of a JSON text that make it a script's state ([`STATE_BLOB`]).
const STATE_BLOB_MIN_KEYS: usize = 3;

/// A voting control: a small box named `vote`, `votes`, `vote-count`, `votecell` (a
/// thread's up and down arrows and the score between them), `voters` or `upvoter` (a
/// comment's arrow and its score), `likes` or `like-count` (a post's "7 Likes"). Near
/// miss left alone: a `devote` or `voter-guide` block (the word must be the vote itself).
pub(crate) const VOTES: HtmlRule = HtmlRule {
    name: "widget::votes",
    kind: Boilerplate::Widget,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &[
                "vote",
                "votes",
                "votecell",
                "vote-count",
                "js-vote-count",
                "voters",
                "upvoter",
                "js-voting-container",
                "likes",
                "like-count",
            ],
            VOTES_MAX_CHARS,
        )
    },
};

/// A voting control's text: a score, "Vote up", "Vote down".
const VOTES_MAX_CHARS: u32 = 40;

/// A set of choices made with radio buttons: a product's sizes, colours and pack sizes
/// ("Size 1 lb 2 lbs 5 lbs"), a sort order. At least [`OPTION_PICKER_MIN_CHOICES`] shown,
/// in a small block. Near misses left alone: a checklist of check boxes (a planner's
/// to-do list is content), a single radio button, and code tabs (radio buttons over code
/// blocks).
pub(crate) const OPTION_PICKER: HtmlRule = HtmlRule {
    name: "widget::option_picker",
    kind: Boilerplate::Widget,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        if ctx.stats.sums(id).text_chars > WIDGET_MAX_CHARS
            || !matches!(ctx.dom.tag(id), Some(Tag::Div | Tag::Other | Tag::Ul))
        {
            return None;
        }
        let choices = shown_controls(ctx, id)
            .filter(|&(tag, kind)| tag == Tag::Input && kind.eq_ignore_ascii_case("radio"))
            .take(OPTION_PICKER_MIN_CHOICES)
            .count();
        // Radio buttons over code blocks are a set of code tabs (one per language), whose
        // code is the page's text.
        let holds_code = || ((id + 1)..ctx.dom.end(id)).any(|n| ctx.dom.tag(n) == Some(Tag::Pre));
        if choices >= OPTION_PICKER_MIN_CHOICES && !holds_code() {
            removable_box(ctx, id, WIDGET_MAX_CHARS)
        } else {
            None
        }
    },
};

/// A row of buttons: a block named `buttons` (`wp-block-buttons`, `hero-buttons`,
/// `headerButtonsGroup`), `btn-group` or `button-group` ("Request a consultation", "Start
/// your free trial"). Near miss left alone: a single `button-text` paragraph inside prose.
pub(crate) const BUTTON_ROW: HtmlRule = HtmlRule {
    name: "widget::button_row",
    kind: Boilerplate::Widget,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(
            ctx,
            id,
            &["buttons", "*buttons", "btn-group", "button-group"],
            WIDGET_MAX_CHARS,
        )
    },
};

/// A link drawn as a button standing alone: an `a` named `btn`, `button` or `cta`
/// (`btn-primary`, `wp-block-button__link`, `cta-link`), or holding a label so named
/// (`slide-button-text`), or alone in a wrapper so named (`price_button`), with a short
/// text ("Get started", "Book your free demo", "Shop now"). Near misses left alone: such a
/// link inside a sentence ("... or [read the guide] to learn more."), and a long one.
pub(crate) const BUTTON_LINK: HtmlRule = HtmlRule {
    name: "widget::button_link",
    kind: Boilerplate::Widget,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let chars = ctx.stats.sums(id).text_chars;
        if dom.tag(id) != Some(Tag::A)
            || !(1..=BUTTON_LINK_MAX_CHARS).contains(&chars)
            || ctx.protected(id)
        {
            return None;
        }
        // The name is the link's, its label's inside, or that of a wrapper holding the
        // link alone.
        let wrapper = dom
            .parent(id)
            .filter(|&p| ctx.stats.sums(p).text_chars == chars);
        let drawn = (id..dom.end(id))
            .chain(wrapper)
            .any(|n| dom.element(n).is_some() && ctx.named(n, BUTTON_NAMES));
        if !drawn {
            return None;
        }
        let paragraph = dom
            .ancestors(id)
            .find(|&a| dom.tag(a).is_some_and(Tag::is_block))?;
        let around = ctx.stats.sums(paragraph).text_chars - chars;
        (around < BUTTON_LINK_MAX_CHARS).then_some(id)
    },
};

/// Words of a class name that draw a link as a button.
const BUTTON_NAMES: &[&str] = &["btn", "button", "cta", "*btn", "btn*", "*button"];

/// Longest text of a button link.
const BUTTON_LINK_MAX_CHARS: u32 = 40;

/// A call to action inside a story: a small block named `cta` (`cta-banner`, `post-cta`)
/// within an `article` or the article body: "Ready to grow your team? Book a call". Near
/// misses left alone: such a block on a service's page outside any `article` (its calls to
/// action are its sections), and one with more text than a banner's.
pub(crate) const CTA_BOX: HtmlRule = HtmlRule {
    name: "widget::cta_box",
    kind: Boilerplate::Widget,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        named_box(ctx, id, &["cta", "cta*", "*cta"], WIDGET_MAX_CHARS)
            .filter(|&cta| ctx.inside_story(cta))
    },
};

/// A hover card: a box right after a link that opens by repeating the link (its text, or a
/// link to the same address), with links of its own (a person's card with a photo and
/// their latest stories, shown when the pointer rests on their name), inside a paragraph.
/// Near misses left alone: text after a link that goes on in other words, a box with no
/// link, and a grid's card (an image link, then the product's name linked again), which
/// is no paragraph's.
pub(crate) const HOVER_CARD: HtmlRule = HtmlRule {
    name: "widget::hover_card",
    kind: Boilerplate::Widget,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        let sums = ctx.stats.sums(id);
        if !matches!(dom.tag(id), Some(Tag::Span | Tag::Div | Tag::Other))
            || sums.links < 2
            || sums.text_chars > WIDGET_MAX_CHARS
        {
            return None;
        }
        // A hover card sits in a sentence: a card of a grid is no hover card.
        let in_sentence = dom
            .ancestors(id)
            .take(HOVER_CARD_PARAGRAPH_LEVELS)
            .any(|a| dom.tag(a) == Some(Tag::P));
        if !in_sentence {
            return None;
        }
        let link = ctx
            .previous_element(id)
            .filter(|&p| dom.tag(p) == Some(Tag::A))?;
        let name = ctx.short_text(link, HOVER_CARD_NAME_MAX_CHARS)?;
        if name.chars().count() < HOVER_CARD_NAME_MIN_CHARS {
            return None;
        }
        // The card's text opens with the name, or it has a picture and its first link goes
        // where the name goes; another link is the card's own (a word split over two
        // links, the sentence going on, is no card).
        let first_link = (id + 1..dom.end(id)).find(|&n| dom.tag(n) == Some(Tag::A));
        let pictured = (id + 1..dom.end(id)).any(|n| dom.tag(n) == Some(Tag::Img));
        let same_target = pictured
            && first_link.is_some_and(|a| {
                dom.attr(a, AttrName::Href)
                    .is_some_and(|h| Some(h) == dom.attr(link, AttrName::Href))
            });
        let card = || dom.collect_text_prefix(id, |n| ctx.mask.hidden(n), name.len() + 8);
        (same_target || card().starts_with(&name)).then_some(id)
    },
};

/// A hover card's paragraph is at most this many levels above it.
const HOVER_CARD_PARAGRAPH_LEVELS: usize = 3;

/// A hover card's name is a link of this many characters at least ...
const HOVER_CARD_NAME_MIN_CHARS: usize = 3;

/// ... and at most this many.
const HOVER_CARD_NAME_MAX_CHARS: u32 = 80;

/// A short element whose whole text is an interface control: "Load more", "Close",
/// "Caption", "Report error". Near miss left alone: a sentence that starts with those words.
pub(crate) const LABEL_ONLY: HtmlRule = HtmlRule {
    name: "widget::label_only",
    kind: Boilerplate::Widget,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| label_only(ctx, id, Boilerplate::Widget),
};

/// A gallery's position counter standing alone: "Image 1 of 8", "1 / 23", "Photo 2 of 5".
/// Near miss left alone: a line with more words ("Chapter 1 of 8: the river").
pub(crate) const SLIDE_COUNTER: HtmlRule = HtmlRule {
    name: "widget::slide_counter",
    kind: Boilerplate::Widget,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let text = short_text_with_digit(ctx, id, SLIDE_COUNTER_MAX_CHARS)?;
        is_slide_counter(&text).then_some(id)
    },
};

/// Longest text a slide counter has ("Picture 100 of 120").
const SLIDE_COUNTER_MAX_CHARS: u32 = 30;

/// "Image 1 of 8", "Image 1 of / 8", "1 / 8", "Bild 2 von 5", "Photo 3 sur 9": an optional
/// word for a picture, a position, "of" or a slash, a count at least the position.
pub(crate) fn is_slide_counter(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut words = lower
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .peekable();
    let picture = |w: &str| {
        matches!(
            w,
            "image" | "photo" | "picture" | "slide" | "bild" | "foto" | "imagen" | "diapositive"
        )
    };
    let number = |w: Option<&str>| w.and_then(|w| w.parse::<u32>().ok());
    if words.peek().is_some_and(|w| picture(w)) {
        words.next();
    }
    let Some(position) = number(words.next()) else {
        return false;
    };
    // A slash is a separator already; "of" and its translations are words.
    if words
        .peek()
        .is_some_and(|w| matches!(*w, "of" | "von" | "de" | "sur"))
    {
        words.next();
    } else if !text.contains('/') {
        return false;
    }
    // The position is within the count ("24/7" is not a counter).
    number(words.next()).is_some_and(|count| (1..=count).contains(&position))
        && words.next().is_none()
}

/// A listing's count of what it shows, standing alone: "Showing 1–24 of 291 results",
/// "Showing 24 of 133 results", "33 Results", "1-12 of 40 items". Near miss left alone: a
/// sentence with a count ("We found 33 results in the archive").
pub(crate) const RESULT_COUNT: HtmlRule = HtmlRule {
    name: "widget::result_count",
    kind: Boilerplate::Widget,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let text = short_text_with_digit(ctx, id, RESULT_COUNT_MAX_CHARS)?;
        is_result_count(&text).then_some(id)
    },
};

/// Longest text a result count has ("Showing 1,201–1,224 of 12,345 products").
const RESULT_COUNT_MAX_CHARS: u32 = 50;

/// "Showing 1–24 of 291 results", "33 Results": an optional "Showing", figures and ranges
/// with "of" between them, then a word for what is counted.
fn is_result_count(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.first() == Some(&"showing") {
        words.remove(0);
    }
    let counted = words.pop().is_some_and(|w| {
        matches!(
            w,
            "results" | "result" | "items" | "item" | "products" | "product"
        )
    });
    let figure = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '–'))
    };
    counted
        && words.iter().any(|w| figure(w))
        && words
            .iter()
            .all(|w| figure(w) || matches!(*w, "of" | "out" | "-" | "–"))
}

/// A documentation site's version switcher: "Supported Versions: Current (18) / 17 / 16 /
/// 15", "Other versions: 3.12 | 3.11 | dev". Near miss left alone: a sentence about
/// versions ("Versions: the 2.0 release drops support for …").
pub(crate) const VERSION_PICKER: HtmlRule = HtmlRule {
    name: "widget::version_picker",
    kind: Boilerplate::Widget,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        // Each version a link: counted before any text is read.
        if (ctx.stats.sums(id).links as usize) < VERSION_PICKER_MIN_VERSIONS {
            return None;
        }
        let text = short_text_with_digit(ctx, id, VERSION_PICKER_MAX_CHARS)?;
        is_version_picker(&text).then_some(id)
    },
};

/// Longest text a version switcher has.
const VERSION_PICKER_MAX_CHARS: u32 = 300;

/// Fewest versions a switcher offers, each a link.
const VERSION_PICKER_MIN_VERSIONS: usize = 3;

/// A label of a few words ending in "version(s)" and a colon, then only version names
/// (figures like "9.6", or "current", "latest", "dev" ...) between separators.
fn is_version_picker(text: &str) -> bool {
    let lower = text.to_lowercase();
    let Some((label, versions)) = lower.split_once(':') else {
        return false;
    };
    let label_words: Vec<&str> = label.split_whitespace().collect();
    let labelled = label_words.len() <= 3
        && label_words
            .last()
            .is_some_and(|w| matches!(*w, "version" | "versions"));
    let names: Vec<&str> = versions
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | ',' | '(' | ')' | '·'))
        .filter(|w| !w.is_empty())
        .collect();
    let version_name = |w: &&str| {
        (w.len() <= 8
            && w.chars().any(|c| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'))
            || matches!(
                *w,
                "current" | "latest" | "stable" | "dev" | "devel" | "main" | "master" | "nightly"
            )
    };
    labelled && names.len() >= VERSION_PICKER_MIN_VERSIONS && names.iter().all(version_name)
}

/// A heading's permalink: a link in a heading to a place in the page (`href="#…"`) whose
/// text is a mark, not words ("¶", "#", "§", an icon font's glyph). Near miss left alone:
/// a heading whose words are the link ("Installation", linked to itself).
pub(crate) const HEADING_ANCHOR: HtmlRule = HtmlRule {
    name: "widget::heading_anchor",
    kind: Boilerplate::Widget,
    needs: Needs::Text,
    fires: |ctx: &Ctx, id: NodeId| {
        let dom = ctx.dom;
        if dom.tag(id) != Some(Tag::A) {
            return None;
        }
        let in_page = dom
            .attr(id, AttrName::Href)
            .is_some_and(|h| h.trim_start().starts_with('#'));
        if !in_page {
            return None;
        }
        let in_heading = dom
            .ancestors(id)
            .take(HEADING_ANCHOR_LEVELS)
            .any(|a| dom.tag(a).is_some_and(Tag::is_heading));
        if !in_heading {
            return None;
        }
        let text = ctx.short_text(id, HEADING_ANCHOR_MAX_BYTES)?;
        let text = text.trim();
        let mark = !text.is_empty()
            && text.chars().count() <= HEADING_ANCHOR_MAX_CHARS
            && !text.chars().any(char::is_alphanumeric);
        mark.then_some(id)
    },
};

/// Longest text of a permalink mark (in characters, and in bytes before it is read), and
/// levels up from it to its heading.
const HEADING_ANCHOR_MAX_CHARS: usize = 3;
const HEADING_ANCHOR_MAX_BYTES: u32 = 16;
const HEADING_ANCHOR_LEVELS: usize = 3;

/// A line that is only an interface control: "Learn more", "Add to cart", "Copy link",
/// "Loading...". Near miss left alone: a sentence that starts with those words.
pub(crate) const LINE_BUTTON: LineRule = LineRule {
    name: "widget::button_line",
    kind: Boilerplate::Widget,
    fires: |lines: &Lines, i: usize| label_line(lines, i, Boilerplate::Widget),
};

#[cfg(test)]
mod tests {
    #[test]
    fn result_counts_go_and_sentences_with_counts_stay() {
        for count in [
            "Showing 1–24 of 291 results",
            "Showing 24 of 133 results",
            "33 Results",
            "1-12 of 40 items",
        ] {
            assert!(super::is_result_count(count), "{count}");
        }
        for sentence in [
            "We found 33 results in the archive",
            "Results",
            "24/7 results",
        ] {
            assert!(!super::is_result_count(sentence), "{sentence}");
        }
        use crate::rules::testing::{fired, in_article};
        let page = in_article("<div class=toolbar><p>Showing 1–24 of 291 results</p></div>");
        assert_eq!(fired(&page)[0].0, "widget::result_count");
    }

    #[test]
    fn version_pickers_go_and_sentences_about_versions_stay() {
        for picker in [
            "Supported Versions: Current (18) / 17 / 16 / 15 / 14",
            "Unsupported versions: 13 / 12 / 11 / 9.6 / 9.5",
            "Other versions: 3.12 | 3.11 | dev",
        ] {
            assert!(super::is_version_picker(picker), "{picker}");
        }
        for sentence in [
            "Versions: the 2.0 release drops support for old 1.x clients",
            "Supported versions: 14",
            "Python 3.12 is one of the supported versions: 3.12, 3.11",
        ] {
            assert!(!super::is_version_picker(sentence), "{sentence}");
        }
        use crate::rules::testing::{fired, in_article};
        let page = in_article(
            "<div class=switcher>Supported Versions: <a href=/18/>Current</a> \
             (<a href=/18/>18</a>) / <a href=/17/>17</a> / <a href=/16/>16</a></div>",
        );
        assert_eq!(fired(&page)[0].0, "widget::version_picker");
    }

    #[test]
    fn button_line_goes_and_sentence_stays() {
        use crate::rules::lines::testing::fired_lines;
        assert_eq!(fired_lines("Learn more")[0].0, "widget::button_line");
        assert!(
            fired_lines("Learn more about the river in the museum, the guide said.").is_empty()
        );
    }

    use crate::rules::testing::{fired, in_article};

    #[test]
    fn lone_controls_go_and_sentences_stay() {
        let page = in_article(
            "<div><p class=open>Caption</p><p class=shut>Close</p></div>\
             <p>Close the gate behind you when you leave the park.</p>",
        );
        let names: Vec<_> = fired(&page).into_iter().map(|f| f.0).collect();
        assert_eq!(names, ["widget::label_only", "widget::label_only"]);
        // A control's words inside a sentence are the sentence's.
        let sentence = in_article(
            "<p>Want an app built for you? <a href=/c>Get in touch</a>. We answer within a \
             day, every day of the week.</p>",
        );
        assert!(fired(&sentence).is_empty());
        // Opening its paragraph, it is a label still.
        let opening = in_article(
            "<p><a href=/s>Sign up</a>: stay on top of the news with our free letters.</p>",
        );
        assert_eq!(fired(&opening)[0].0, "widget::label_only");
    }

    #[test]
    fn a_script_notice_goes_even_as_all_the_page_shows() {
        let shell = "<body><noscript>You need to enable JavaScript to run this app.</noscript>\
                     <div id=root></div></body>";
        assert_eq!(fired(shell)[0].0, "widget::label_only");
    }

    #[test]
    fn a_readers_poll_goes_and_pollution_stays() {
        let poll = in_article(
            "<div class=wp-polls><p>Which pump do you use?</p><ul><li>Solar (41%, 1,680 \
             Votes)</li><li>Mains (59%, 2,410 Votes)</li></ul></div>",
        );
        assert_eq!(fired(&poll)[0].0, "widget::poll");
        let pollution = in_article("<div class=pollution-map>River pollution by county</div>");
        assert!(fired(&pollution).is_empty());
    }

    #[test]
    fn a_popup_goes_and_popular_posts_stay() {
        let popup = in_article(
            "<div class=\"elementor-location-popup\"><p>Get a 12-month plan at half price \
             today.</p></div>",
        );
        assert_eq!(fired(&popup)[0].0, "widget::popup");
        let popular = in_article("<div class=popular-posts><p>The river rose all night.</p></div>");
        assert!(fired(&popular).iter().all(|f| f.0 != "widget::popup"));
    }

    #[test]
    fn a_hover_card_goes_and_the_name_stays() {
        let page = in_article(
            "<p>A man threatened Rep. <a href=/p/omar>Ilhan Omar</a><span class=card><img \
             src=o.jpg><a href=/p/omar>Ilhan Omar</a><a href=/s/1>Senators call for a 5G \
             coordinator</a></span> (D-Minn.), prosecutors said.</p>",
        );
        let hits = fired(&page);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].0, "widget::hover_card");
        assert_eq!(hits[0].1, "Ilhan OmarSenators call for a 5G coordinator");
        // A card naming the person in full, its first link going where the name goes.
        let full = in_article(
            "<p>Gov. <a href=/p/noem>Kristi Noem</a><span><img src=n.jpg><a href=/p/noem>\
             Kristi Lynn Noem</a><a href=/s/2>Governor doubles down</a></span> spoke.</p>",
        );
        assert_eq!(fired(&full)[0].0, "widget::hover_card");
        // A word split over two links, and a grid's card, stay.
        let split = in_article(
            "<p>Today it may have <a href=/n>expand</a><span><a href=/n>ed</a> to Europa, \
             as <a href=/s>scientists</a> said.</span></p>",
        );
        assert!(fired(&split).is_empty());
        let grid = "<body><div class=card><a href=/mug><img src=m.jpg></a><div><a href=/mug>\
                    Stoneware mug</a> <a href=/shop>Pottery shop</a></div></div></body>";
        assert!(fired(grid).iter().all(|f| f.0 != "widget::hover_card"));
        // Text after a link that goes on in other words stays.
        let aside = in_article(
            "<p>Ask <a href=/p/omar>Ilhan Omar</a><span> or <a href=/p/lee>Ann Lee</a> \
             about it.</span></p>",
        );
        assert!(fired(&aside).is_empty());
    }

    #[test]
    fn a_row_of_buttons_goes() {
        let row = in_article(
            "<div class=wp-block-buttons><div class=wp-block-button><a href=/call>Request a \
             free consultation</a></div></div>",
        );
        assert_eq!(fired(&row)[0].0, "widget::button_row");
        let prose = in_article("<p class=button-text>Press the red button twice to stop it.</p>");
        assert!(fired(&prose).is_empty());
        let votes = in_article(
            "<div class=votecell><button>Up</button><div class=js-vote-count>67</div></div>",
        );
        assert_eq!(fired(&votes)[0].0, "widget::votes");
        let likes = in_article("<div class=post-likes>7 Likes</div>");
        assert_eq!(fired(&likes)[0].0, "widget::votes");
        let arrow = in_article(
            "<div class=voters><label class=comment_folder></label><a class=upvoter              href=/login>10</a></div>",
        );
        assert_eq!(fired(&arrow)[0].0, "widget::votes");
        let guide = in_article("<div class=voter-guide>12 candidates</div>");
        assert!(fired(&guide).is_empty());
    }

    #[test]
    fn a_link_drawn_as_a_button_goes_but_not_in_a_sentence() {
        let alone = in_article(
            "<div class=hero-actions><a class=\"btn btn-primary\" href=/demo>Book your free \
             demo</a></div>",
        );
        assert_eq!(fired(&alone)[0].0, "widget::button_link");
        let cta = in_article("<p><a class=cta-link href=/shop>Shop the range</a></p>");
        assert_eq!(fired(&cta)[0].0, "widget::button_link");
        // The name may be the label's inside the link, or a wrapper's holding it alone.
        let label = in_article(
            "<div><a href=/brand><span class=slide-button-text>Explore the brand</span></a></div>",
        );
        assert_eq!(fired(&label)[0].0, "widget::button_link");
        let wrapper =
            in_article("<div class=price_button><a href=/buy>Check price at the shop</a></div>");
        assert_eq!(fired(&wrapper)[0].0, "widget::button_link");
        // A wrapper holding more than the link names a box, not the link.
        let row = in_article(
            "<div><div class=button-wrap>Prices checked daily <a href=/buy>at the shop</a></div></div>",
        );
        assert!(fired(&row).iter().all(|f| f.0 != "widget::button_link"));
        // Inside a sentence the link's words are the sentence's.
        let sentence = in_article(
            "<p>Every plan starts with a call: <a class=btn href=/demo>book a demo</a> and we \
             walk you through the numbers.</p>",
        );
        assert!(fired(&sentence).is_empty());
        // A long link is a headline, whatever it is named.
        let headline = in_article(
            "<div><a class=card-button href=/story>The river that ran backwards for a whole \
             summer, and why</a></div>",
        );
        assert!(fired(&headline).is_empty());
    }

    #[test]
    fn a_call_to_action_goes_from_a_story_only() {
        let banner = "<div class=post-cta><h4>Want more jobs with less effort?</h4><a \
                      href=/demo>Book a demo</a></div>";
        let text = "<p>The keeper counts the boats each morning and writes the tally in the log \
                    by the door.</p>"
            .repeat(3);
        let story = format!("<body><article><h1>T</h1>{text}{banner}</article></body>");
        assert_eq!(fired(&story)[0].0, "widget::cta_box");
        let service = format!("<body><main><h1>T</h1>{text}{banner}</main></body>");
        assert!(fired(&service).iter().all(|f| f.0 != "widget::cta_box"));
    }

    #[test]
    fn slide_counters_go() {
        for counter in ["Image 1 of / 8", "Image 1 of 8", "1 / 23", "Bild 2 von 5"] {
            assert!(super::is_slide_counter(counter), "{counter}");
        }
        for text in [
            "Chapter 1 of 8: the river",
            "24/7",
            "1 of the best",
            "2024 / 2025 season",
        ] {
            assert!(!super::is_slide_counter(text), "{text}");
        }
        assert_eq!(
            fired(&in_article(
                "<div><span>Image</span> <span>1</span> of <span>8</span></div>"
            ))[0]
                .0,
            "widget::slide_counter"
        );
    }

    #[test]
    fn a_scripts_state_goes_and_code_stays() {
        let blob = "<div class=grid-state>{\"widget\":\"grid\",\"page\":\"browse\",\
                    \"items\":[\"B0CX\",\"B0CY\"]}</div>";
        assert_eq!(fired(&in_article(blob))[0].0, "widget::state_blob");
        let list = "<span>[{\"id\":1,\"name\":\"lamp\",\"price\":5}]</span>";
        assert_eq!(fired(&in_article(list))[0].0, "widget::state_blob");
        for block in [
            "<pre><code>{\"widget\":\"grid\",\"page\":\"browse\",\"items\":[]}</code></pre>",
            "<p>{\"a\": 1} is an object whose \"b\": and \"c\": keys come later.</p>",
            "<div class=grid-state>{\"widget\":\"grid\",\"page\":\"browse\"}</div>",
        ] {
            assert!(fired(&in_article(block)).is_empty(), "{block}");
        }
    }

    #[test]
    fn option_pickers_go_and_checklists_stay() {
        let choice = |v: &str| format!("<label><input type=radio name=size>{v}</label>");
        let sizes = format!(
            "<div class=variant-picker><span>Size</span>{}{}{}</div>",
            choice("1 lb"),
            choice("2 lbs"),
            choice("5 lbs")
        );
        assert_eq!(fired(&in_article(&sizes))[0].0, "widget::option_picker");
        let checklist = "<ul><li><input type=checkbox> Book the venue</li>\
                         <li><input type=checkbox> Send the invitations</li></ul>";
        assert!(fired(&in_article(checklist)).is_empty());
        let single = format!("<div>{}</div>", choice("Gift wrap"));
        assert!(fired(&in_article(&single)).is_empty());
        let code_tabs = format!(
            "<div class=tabbed-set>{}{}{}<pre><code>pip install river</code></pre></div>",
            choice("pip"),
            choice("uv"),
            choice("conda")
        );
        assert!(fired(&in_article(&code_tabs)).is_empty());
    }

    #[test]
    fn search_form_goes() {
        assert_eq!(
            fired(&in_article(
                "<form><label>Search for:</label><input></form>"
            ))[0]
                .0,
            "widget::form"
        );
        // A post's text in the form its author edits it with: the editor is hidden.
        let post = "<form><input type=\"hidden\" name=\"id\"><div class=\"md\"><p>I grew \
                    tomatoes on the balcony all summer.</p></div><div style=\"display:none\">\
                    <button>save</button></div></form>";
        assert_eq!(fired(&in_article(post)), vec![]);
    }

    #[test]
    fn a_headings_permalink_mark_goes() {
        let page = in_article(
            "<h2 id=install>Install<a class=headerlink href=\"#install\">¶</a></h2>\
             <h3 id=build>Build <a href=\"#build\"><span>#</span></a></h3>",
        );
        assert_eq!(
            fired(&page),
            [
                ("widget::heading_anchor", "¶".to_string()),
                ("widget::heading_anchor", "#".to_string())
            ]
        );
        // A heading whose words are the link, a permalink drawn as an icon with no text
        // (nothing to take out), and a footnote mark in a paragraph stay.
        let words = in_article(
            "<h2><a href=\"#usage\">Usage</a></h2><h2>Notes<a href=\"#notes\"> </a></h2>\
             <p>See the note<a href=\"#n1\">*</a>.</p>",
        );
        assert_eq!(fired(&words), vec![]);
    }
}
