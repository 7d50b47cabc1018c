//! Does the page declare itself a discussion thread (`DiscussionForumPosting` in JSON-LD or
//! microdata)? On such a page the replies are the content: a box named `comments` holds
//! the posts, not readers' comments under an article.

use memchr::memmem;

use crate::dom::{AttrName, Dom, Tag};

/// The schema.org type of a forum thread's post.
const THREAD_TYPE: &str = "DiscussionForumPosting";

/// `true` when a JSON-LD block or an `itemtype` names [`THREAD_TYPE`].
pub(crate) fn declares_thread(dom: &Dom) -> bool {
    let finder = memmem::Finder::new(THREAD_TYPE);
    (0..dom.len()).any(|id| {
        if dom
            .attr(id, AttrName::Itemtype)
            .is_some_and(|t| finder.find(t.as_bytes()).is_some())
        {
            return true;
        }
        dom.tag(id) == Some(Tag::Script)
            && dom
                .attr(id, AttrName::Type)
                .is_some_and(|t| t.contains("ld+json"))
            && dom
                .children(id)
                .filter_map(|c| dom.text(c))
                .any(|t| finder.find(t.as_bytes()).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::declares_thread;
    use crate::dom::build;

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
}
