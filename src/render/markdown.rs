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
                    Some(src) => format!("![{}]({})", escape(alt.as_deref().unwrap_or("")), src),
                    None => String::new(),
                };
                let cap = [caption.as_ref().map(inline), credit.clone()]
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
                let fence = if text.contains("```") { "~~~~" } else { "```" };
                format!(
                    "{fence}{}\n{text}\n{fence}",
                    language.as_deref().unwrap_or("")
                )
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
            Span::Code(s) => wrap(&mut out, "`", s),
            Span::Link {
                text,
                href: Some(href),
            } => out.push_str(&format!(
                "[{}]({})",
                escape(text),
                href.replace(')', "%29").replace(' ', "%20")
            )),
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
