//! Plain text: blocks separated by a blank line, list items and table rows on their own
//! lines, the form the benchmarks' ground truth uses.

use crate::article::{Block, Text};

/// Renders blocks as plain text.
pub(crate) fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    // An explicit stack of (blocks, next index, line prefix): no recursion.
    let mut stack: Vec<(&[Block], usize, String)> = vec![(blocks, 0, String::new())];
    while let Some((list, i, prefix)) = stack.pop() {
        let Some(block) = list.get(i) else { continue };
        stack.push((list, i + 1, prefix.clone()));
        let mut para = |text: String| {
            if text.trim().is_empty() {
                return;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&text);
        };
        match block {
            Block::Heading { text, .. } | Block::Paragraph { text } => para(line(text)),
            Block::List {
                ordered,
                start,
                items,
            } => {
                let lines: Vec<String> = items
                    .iter()
                    .enumerate()
                    .map(|(n, item)| {
                        let marker = if *ordered {
                            format!("{}. ", *start as usize + n)
                        } else {
                            "- ".to_string()
                        };
                        format!("{marker}{}", render(&item.blocks).replace("\n\n", "\n"))
                    })
                    .collect();
                para(lines.join("\n"));
            }
            Block::Quote { blocks } => stack.push((blocks, 0, prefix)),
            Block::Image { .. } => {}
            Block::Code { text, .. } => para(text.clone()),
            Block::Table(table) => {
                let rows: Vec<String> = table
                    .rows
                    .iter()
                    .map(|r| r.cells.iter().map(line).collect::<Vec<_>>().join("\t"))
                    .collect();
                let caption = table.caption.as_ref().map(line);
                para(
                    caption
                        .into_iter()
                        .chain(rows)
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
            Block::Rule => {}
        }
    }
    out
}

/// A text's characters with line breaks kept.
pub(crate) fn line(text: &Text) -> String {
    text.plain()
}
