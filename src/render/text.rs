//! Plain text: blocks separated by a blank line, a heading (or a paragraph that ends with
//! a colon, introducing what follows) on the line just above the block it heads, list
//! items and table rows on their own lines (an item with no text, only pictures, left out).

use crate::article::{Block, Text};

/// Renders blocks as plain text.
pub(crate) fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    // Whether the last block written heads the next one (a heading, or a paragraph that
    // ends with a colon): the next block follows on the next line.
    let mut under_heading = false;
    // An explicit stack of (blocks, next index, line prefix): no recursion.
    let mut stack: Vec<(&[Block], usize, String)> = vec![(blocks, 0, String::new())];
    while let Some((list, i, prefix)) = stack.pop() {
        let Some(block) = list.get(i) else { continue };
        stack.push((list, i + 1, prefix.clone()));
        let heading = matches!(block, Block::Heading { .. });
        let mut para = |text: String| {
            if text.trim().is_empty() {
                return;
            }
            if !out.is_empty() {
                out.push_str(if under_heading { "\n" } else { "\n\n" });
            }
            out.push_str(&text);
            under_heading = heading || text.trim_end().ends_with(':');
        };
        match block {
            Block::Heading { text, .. } | Block::Paragraph { text } => para(line(text)),
            Block::List {
                ordered,
                start,
                items,
            } => {
                // An item without text (a carousel's picture, a colour swatch) is no line:
                // its number is kept by the others, as the page shows them.
                let lines: Vec<String> = items
                    .iter()
                    .enumerate()
                    .filter_map(|(n, item)| {
                        let text = render(&item.blocks);
                        if text.trim().is_empty() {
                            return None;
                        }
                        let marker = if *ordered {
                            format!("{}. ", *start as usize + n)
                        } else {
                            "- ".to_string()
                        };
                        Some(format!("{marker}{}", text.replace("\n\n", "\n")))
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

#[cfg(test)]
mod tests {
    #[test]
    fn a_heading_or_a_colon_sits_on_the_line_above_what_it_heads() {
        let a = crate::extract(
            "<article><h2>Tides</h2><figure><img src=/t.jpg alt=''><figcaption>Low water.\
             </figcaption></figure><p>The river rose all night, and the ferry stopped.</p>\
             <h2>Roads</h2><h3>North</h3><ul><li>Closed at the bridge.</li><li>Open to \
             the farm.</li></ul><p>Buses run from the hall on the hill until Friday.</p>\
             <p>Bring with you:</p><ul><li>Boots.</li></ul><p>The keeper said: wait.</p>\
             </article>",
        )
        .unwrap();
        assert_eq!(
            a.text(),
            "Tides\nThe river rose all night, and the ferry stopped.\n\nRoads\nNorth\n\
             - Closed at the bridge.\n- Open to the farm.\n\n\
             Buses run from the hall on the hill until Friday.\n\nBring with you:\n- Boots.\n\n\
             The keeper said: wait."
        );
    }

    #[test]
    fn an_item_without_text_is_no_line() {
        let a = crate::extract(
            "<article><p>Two packs we carried on the long walk along the river, all week.</p>\
             <ul><li><ul><li><img src=/a.jpg alt='Front'></li><li><img src=/b.jpg alt='Back'>\
             </li></ul><a href=/p>Paragon 68</a> $158</li><li><ul><li><img src=/c.jpg \
             alt='Side'></li></ul></li><li>Trailmade 60 $106</li></ul><ol><li>Pack.</li>\
             <li><img src=/d.jpg alt=''></li><li>Walk.</li></ol></article>",
        )
        .unwrap();
        assert_eq!(
            a.text(),
            "Two packs we carried on the long walk along the river, all week.\n\n\
             - Paragon 68 $158\n- Trailmade 60 $106\n\n1. Pack.\n3. Walk."
        );
    }
}
