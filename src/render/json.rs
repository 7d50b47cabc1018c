//! JSON (feature `serde`): the whole [`Article`](crate::Article) with `serde_json`.

use crate::article::Article;

/// Serializes the article; the types are plain data, so this cannot fail in practice, and
/// an impossible failure yields `"null"` rather than a panic.
pub(crate) fn render(article: &Article) -> String {
    serde_json::to_string_pretty(article).unwrap_or_else(|_| "null".to_string())
}
