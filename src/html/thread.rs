//! Is the page a discussion thread? On such a page the replies are the content: a box
//! named `comments` holds the posts, not readers' comments under an article. A page says
//! so in its schema (`DiscussionForumPosting` in JSON-LD or microdata), or shows it: a
//! shared link or a line of question over a long run of replies, or a declared question
//! (`QAPage`) under which the replies hold more than the question.

use memchr::memmem;

use crate::dom::{AttrName, Dom, NodeId};
use crate::html::classify::Verdicts;
use crate::html::measure::Stats;
use crate::removal::Boilerplate;

/// Text the comment boxes hold, at least, on a page whose replies are its content.
const DISCUSSION_MIN_CHARS: u32 = 1500;
/// Text the content holds, at most, beside them: a shared link's title and a line or two.
const STORY_MAX_CHARS: u32 = 300;
/// The replies hold this many times the content's text, at least.
const REPLIES_PER_STORY: u32 = 4;

/// The schema.org type of a forum thread's post.
const THREAD_TYPE: &str = "DiscussionForumPosting";

/// `true` when a JSON-LD block or an `itemtype` names [`THREAD_TYPE`].
pub(crate) fn declares_thread(dom: &Dom) -> bool {
    declares(dom, THREAD_TYPE)
}

/// `true` when a JSON-LD block or an `itemtype` names `schema_type`.
fn declares(dom: &Dom, schema_type: &str) -> bool {
    let finder = memmem::Finder::new(schema_type);
    dom.schema_declarations()
        .any(|d| finder.find(d.text().as_bytes()).is_some())
}

/// `true` when the boxes taken for comments hold the page: the content found beside
/// them is a line or two (a shared link, a short question) and they hold several times
/// as much text, or the page declares a question and its answers ([`declares_questions`])
/// and they hold more text than the content found. Readers' comments under an article
/// stay boilerplate: the article holds more text than [`STORY_MAX_CHARS`].
pub(crate) fn replies_outweigh_story(
    dom: &Dom,
    stats: &Stats,
    verdicts: &Verdicts,
    parts: &[NodeId],
) -> bool {
    let comments: u32 = verdicts
        .iter()
        .filter(|v| v.kind == Boilerplate::CommentSection)
        .map(|v| stats.sums(v.node).text_chars)
        .sum();
    if comments < DISCUSSION_MIN_CHARS {
        return false;
    }
    let inside = |node: NodeId| parts.iter().any(|&p| dom.contains(p, node));
    let located: u32 = parts.iter().map(|&p| stats.sums(p).text_chars).sum();
    let removed: u32 = verdicts
        .iter()
        .filter(|v| inside(v.node))
        .map(|v| stats.sums(v.node).text_chars)
        .sum();
    let story = located.saturating_sub(removed);
    (story <= STORY_MAX_CHARS && story.saturating_mul(REPLIES_PER_STORY) <= comments)
        || (story < comments && declares_questions(dom))
}

/// The schema.org type of a page of a question and its answers.
const QUESTION_PAGE_TYPE: &str = "QAPage";

/// `true` when a JSON-LD block or an `itemtype` names [`QUESTION_PAGE_TYPE`]: there the
/// boxes taken for comments that hold more than the content found are its answers (a
/// Q&A site whose answers sit in a `comments` feed under the question).
fn declares_questions(dom: &Dom) -> bool {
    declares(dom, QUESTION_PAGE_TYPE)
}

/// The posts of a Q&A page marked up in microdata, in document order: the text
/// (`itemprop="text"`) of the item typed `schema.org/Question` itself, and of each item
/// typed `schema.org/Answer` inside it, not of any other item (a comment's). A site that
/// wraps the whole page in the question's item (Stack Exchange) shows the question's text
/// in a block apart from the answers, and either can outweigh the other. Empty on a page
/// with no question. Cost: one pass over the question's subtree.
pub(crate) fn qa_posts(dom: &Dom) -> Vec<NodeId> {
    let typed = |id: NodeId, schema_type: &str| {
        dom.attr(id, AttrName::Itemtype).is_some_and(|t| {
            t.split_ascii_whitespace().any(|t| {
                t.strip_suffix(schema_type)
                    .is_some_and(|rest| rest.ends_with('/'))
            })
        })
    };
    let Some(question) = dom.items().find(|&id| typed(id, QUESTION_TYPE)) else {
        return Vec::new();
    };
    // The nearest item above each node of the question's subtree (arena order: a parent
    // comes before its children).
    let mut item_above = vec![question; dom.end(question) - question];
    let mut posts: Vec<NodeId> = Vec::new();
    for id in question + 1..dom.end(question) {
        let parent = dom.parent(id).unwrap_or(question);
        let item = if parent != question && dom.attr(parent, AttrName::Itemtype).is_some() {
            parent
        } else {
            item_above[parent - question]
        };
        item_above[id - question] = item;
        let post_of = item == question
            || (typed(item, ANSWER_TYPE) && item_above[item - question] == question);
        let is_text = || {
            dom.attr(id, AttrName::Itemprop)
                .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "text"))
        };
        let inside_last = posts.last().is_some_and(|&last| dom.contains(last, id));
        if post_of && !inside_last && is_text() {
            posts.push(id);
        }
    }
    posts
}

/// The schema.org type of a question on a Q&A page ...
const QUESTION_TYPE: &str = "Question";

/// ... and of an answer to it.
const ANSWER_TYPE: &str = "Answer";

#[cfg(test)]
mod tests {
    use super::{declares_thread, qa_posts};
    use crate::dom::build;

    #[test]
    fn a_qa_pages_posts_are_its_question_and_answers() {
        let answer = |text: &str| {
            format!(
                r#"<div itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>{text}</p></div><div itemscope itemtype="https://schema.org/Comment"><span itemprop="text">A comment.</span></div></div>"#
            )
        };
        let page = |question: &str| {
            format!(
                r#"<div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why?</h1>{question}<div class=answers>{}{}</div></div>"#,
                answer("Feed it twice a day."),
                answer("Keep it cooler.")
            )
        };
        let posts_of = |html: &str| {
            let dom = build(html);
            qa_posts(&dom)
                .into_iter()
                .map(|id| dom.collect_text(id, |_| false))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            posts_of(&page(
                r#"<div itemprop="text"><p>It smells of solvent.</p></div>"#
            )),
            [
                "It smells of solvent.",
                "Feed it twice a day.",
                "Keep it cooler."
            ]
        );
        // Near misses: a question with no text of its own has its answers only (never a
        // comment's text); a page whose items are no question has none.
        assert_eq!(
            posts_of(&page("")),
            ["Feed it twice a day.", "Keep it cooler."]
        );
        let review = r#"<div itemscope itemtype="https://schema.org/Review"><div itemprop="text">Good.</div></div>"#;
        assert!(posts_of(review).is_empty());
    }

    #[test]
    fn threads_are_told_by_their_schema_type() {
        let ld = r#"<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Pumps"}</script>"#;
        assert!(declares_thread(&build(ld)));
        let micro = r#"<article itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>Hi</p></article>"#;
        assert!(declares_thread(&build(micro)));
        let article = r#"<script type="application/ld+json">{"@type":"NewsArticle","commentCount":3}</script>"#;
        assert!(!declares_thread(&build(article)));
        // The words in a story's text are not a declaration.
        assert!(!declares_thread(&build(
            "<p>DiscussionForumPosting is a schema type.</p>"
        )));
    }

    /// A page of `threads` comment trees of three replies each under `story`.
    fn page_with_replies(story: &str, threads: usize) -> String {
        let reply = "<div class=\"comment\"><p>I tried the same change on a larger codebase \
                     and the build got slower by a few percent, but the hot loops got \
                     faster, which is the trade we wanted in the end.</p></div>";
        let tree = format!("<ol class=\"comments\"><li>{reply}{reply}{reply}</li></ol>");
        format!(
            "<main><h1>Closures and inlining</h1>{story}<div>{}</div></main>",
            tree.repeat(threads)
        )
    }

    fn text_of(html: &str) -> String {
        crate::extract(html).map(|a| a.text()).unwrap_or_default()
    }

    #[test]
    fn replies_under_a_shared_link_are_the_page() {
        let link = "<p><a href=\"https://blog.example.org/post\">blog.example.org</a></p>";
        assert!(text_of(&page_with_replies(link, 6)).contains("the hot loops got faster"));
        // Near miss: the comments under an article stay out, however many they are.
        let article = "<p>Our compiler stopped inlining closures that capture their \
                       environment, because the size heuristic counted the captured values \
                       at every call site.</p><p>Measuring the body after the environment \
                       is lowered brought most of them back under the threshold, and run \
                       time on the benchmark suite fell by a tenth.</p><p>Build times rose \
                       by two percent on the largest crate, which the team accepted.</p>";
        let text = text_of(&page_with_replies(article, 6));
        assert!(
            text.contains("fell by a tenth") && !text.contains("hot loops"),
            "{text}"
        );
        // Near miss: a few replies under a link, under `DISCUSSION_MIN_CHARS`, stay out.
        assert!(!text_of(&page_with_replies(link, 2)).contains("hot loops"));
    }

    #[test]
    fn answers_in_a_comment_feed_of_a_question_page_are_the_page() {
        let qa_page = r#"<script type="application/ld+json">{"@type":"QAPage"}</script>"#;
        let question = "<p>Our compiler stopped inlining closures that capture their                         environment, because the size heuristic counted the captured values                         at every call site. Is there a way to measure the body after the                         environment is lowered, so that most of them come back under the                         threshold, without the build times rising on the largest crate? \
                        We tried counting only the values a closure reads, but the numbers \
                        barely moved.</p>";
        // The question is longer than a shared link, and its answers outweigh it.
        let page = format!("{qa_page}{}", page_with_replies(question, 6));
        assert!(text_of(&page).contains("hot loops"), "{page}");
        // Near misses: the same page without the declaration; a declared question page
        // whose comments hold less than the content (the answers are its content).
        assert!(!text_of(&page_with_replies(question, 6)).contains("hot loops"));
        let long_question = question.repeat(6);
        let page = format!("{qa_page}{}", page_with_replies(&long_question, 2));
        assert!(!text_of(&page).contains("hot loops"));
    }
}
