//! The crate's error type.

/// Why an extraction could not produce an [`Article`](crate::Article).
///
/// Every variant carries the numbers a caller needs to act on it. Bad input never panics;
/// it ends here or in a best-effort article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input was empty or held only whitespace.
    #[error("input is empty ({bytes} bytes, no visible characters)")]
    EmptyInput {
        /// Length of the input in bytes.
        bytes: usize,
    },
    /// The input is larger than [`Extractor::max_input_bytes`](crate::Extractor::max_input_bytes).
    #[error("input is {bytes} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Length of the input in bytes.
        bytes: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The input was read, but holds nothing to extract: an HTML page with no visible text,
    /// no title and no description (a page that shows no text but names itself, such as a
    /// shell its scripts fill in, gives an [`Article`](crate::Article) with its metadata and
    /// no blocks), or plain text that is all boilerplate.
    #[error("no content found: the page has nothing to extract ({bytes} bytes of input)")]
    NoContent {
        /// Length of the input in bytes.
        bytes: usize,
    },
    /// The input type is not supported by this call (for example plain text given to the
    /// HTML pipeline when text mode is not available).
    #[error("unsupported input: {reason}")]
    Unsupported {
        /// What is not supported.
        reason: &'static str,
    },
}

impl Error {
    /// `true` when the page was read but held nothing to extract ([`Error::NoContent`] or
    /// [`Error::EmptyInput`]): a normal outcome on the web, not a fault.
    ///
    /// ```
    /// let err = unboil::extract("<html><body><script>x()</script></body></html>").unwrap_err();
    /// assert!(err.is_no_content());
    /// ```
    pub fn is_no_content(&self) -> bool {
        matches!(self, Error::NoContent { .. } | Error::EmptyInput { .. })
    }
}
