//! The HTML pipeline's stages, in order: prune, measure, classify, locate, blocks.

pub(crate) mod blocks;
pub(crate) mod classify;
pub(crate) mod declared;
pub(crate) mod grid;
pub(crate) mod inline;
pub(crate) mod locate;
pub(crate) mod measure;
pub(crate) mod prune;
pub(crate) mod table;
pub(crate) mod thread;
