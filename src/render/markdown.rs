//! Markdown (CommonMark): headings with `#`, emphasis, links, fenced code, pipe tables.
//! Nesting depth is bounded by the block builder, so the recursion here is shallow.

use crate::article::{Block, Span, Text};

/// Renders blocks as Markdown.
pub(crate) fn render(blocks: &[Block]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for block in blocks {
        let part = match block {
            Block::Heading { level, text } => format!(
                "{} {}",
                "#".repeat((*level).clamp(1, 6) as usize),
                inline(text)
            ),
            Block::Paragraph { text } => inline(text),
            Block::List {
                ordered,
                start,
                items,
            } => items
                .iter()
                .enumerate()
                .map(|(n, item)| {
                    let marker = if *ordered {
                        format!("{}. ", *start as usize + n)
                    } else {
                        "- ".to_string()
                    };
                    let pad = " ".repeat(marker.len());
                    let body = render(&item.blocks)
                        .replace("\n\n", "\n")
                        .replace('\n', &format!("\n{pad}"));
                    format!("{marker}{body}")
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Quote { blocks } => render(blocks)
                .lines()
                .map(|l| {
                    if l.is_empty() {
                        ">".to_string()
                    } else {
                        format!("> {l}")
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Image {
                src,
                alt,
                caption,
                credit,
            } => {
                let mut s = match src {
                    Some(src) => format!(
                        "![{}]({})",
                        escape(alt.as_deref().unwrap_or("")),
                        destination(src)
                    ),
                    None => String::new(),
                };
                let cap = [caption.as_ref().map(inline), credit.as_deref().map(escape)]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" — ");
                if !cap.is_empty() {
                    if !s.is_empty() {
                        s.push('\n');
                    }
                    s.push('*');
                    s.push_str(&cap);
                    s.push('*');
                }
                s
            }
            Block::Code { language, text } => {
                let fence = "`".repeat((longest_backtick_run(text) + 1).max(3));
                let info: String = language
                    .as_deref()
                    .unwrap_or("")
                    .chars()
                    .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '+' | '#' | '.' | '_'))
                    .collect();
                format!("{fence}{info}\n{text}\n{fence}")
            }
            Block::Table(table) => {
                let mut lines: Vec<String> = table
                    .caption
                    .iter()
                    .map(|c| format!("*{}*\n", inline(c)))
                    .collect();
                let width = table.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
                for (i, row) in table.rows.iter().enumerate() {
                    let mut cells: Vec<String> = row
                        .cells
                        .iter()
                        .map(|c| inline(c).replace('|', "\\|"))
                        .collect();
                    cells.resize(width, String::new());
                    lines.push(format!("| {} |", cells.join(" | ")));
                    if i == 0 {
                        lines.push(format!("|{}", " --- |".repeat(width)));
                    }
                }
                lines.join("\n")
            }
            Block::Rule => "---".to_string(),
        };
        if !part.is_empty() {
            parts.push(part);
        }
    }
    parts.join("\n\n")
}

fn inline(text: &Text) -> String {
    let mut out = String::new();
    for span in &text.0 {
        match span {
            Span::Plain(s) => out.push_str(&escape(s)),
            Span::Emphasis(s) => wrap(&mut out, "*", &escape(s)),
            Span::Strong(s) => wrap(&mut out, "**", &escape(s)),
            Span::Code(s) => code_span(&mut out, s),
            Span::Link {
                text,
                href: Some(href),
            } => out.push_str(&format!("[{}]({})", escape(text), destination(href))),
            Span::Link { text, href: None } => out.push_str(&escape(text)),
            Span::LineBreak => out.push_str("  \n"),
        }
    }
    out
}

/// Wraps the non-space core of `s` in `mark`, keeping its outer spaces outside.
fn wrap(out: &mut String, mark: &str, s: &str) {
    let core = s.trim();
    if core.is_empty() {
        out.push_str(s);
        return;
    }
    let lead = &s[..s.len() - s.trim_start().len()];
    let trail = &s[s.trim_end().len()..];
    out.push_str(lead);
    out.push_str(mark);
    out.push_str(core);
    out.push_str(mark);
    out.push_str(trail);
}

/// A link destination that cannot end early: spaces, parentheses and angle brackets are
/// percent-encoded.
fn destination(url: &str) -> String {
    url.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
        .replace('<', "%3C")
        .replace('>', "%3E")
}

/// Inline code fenced by one more backtick than the longest run inside (CommonMark), so
/// code holding backticks cannot end the span and let the rest be read as markup.
fn code_span(out: &mut String, s: &str) {
    let core = s.trim();
    if core.is_empty() {
        out.push_str(s);
        return;
    }
    let fence = "`".repeat(longest_backtick_run(core) + 1);
    let pad = if core.starts_with('`') || core.ends_with('`') {
        " "
    } else {
        ""
    };
    out.push_str(&s[..s.len() - s.trim_start().len()]);
    out.push_str(&format!("{fence}{pad}{core}{pad}{fence}"));
    out.push_str(&s[s.trim_end().len()..]);
}

fn longest_backtick_run(s: &str) -> usize {
    s.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(spans: Vec<Span>) -> Vec<Block> {
        vec![Block::Paragraph { text: Text(spans) }]
    }

    #[test]
    fn code_with_backticks_cannot_end_its_span() {
        let md = render(&paragraph(vec![Span::Code("a `` b".into())]));
        assert_eq!(md, "```a `` b```");
        let md = render(&paragraph(vec![Span::Code("`tick".into())]));
        assert_eq!(md, "`` `tick ``");
    }

    #[test]
    fn code_blocks_fence_longer_than_any_run_inside() {
        let md = render(&[Block::Code {
            language: Some("rust`\nx".into()),
            text: "```\n<script>".into(),
        }]);
        assert_eq!(md, "````rustx\n```\n<script>\n````");
    }

    #[test]
    fn link_destinations_cannot_close_early() {
        let md = render(&paragraph(vec![Span::Link {
            text: "x".into(),
            href: Some("https://a.example/p (1)<b>".into()),
        }]));
        assert_eq!(md, "[x](https://a.example/p%20%281%29%3Cb%3E)");
    }
}
