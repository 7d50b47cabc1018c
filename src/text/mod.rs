//! The plain-text pipeline's stages, in order: lines, classify, blocks.

pub(crate) mod blocks;
pub(crate) mod classify;
pub(crate) mod lines;
