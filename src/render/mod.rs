//! Renderers: they see only the [`Article`](crate::Article).

pub(crate) mod html;
#[cfg(feature = "serde")]
pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod text;
