//! Sanitized HTML: the blocks written as article markup, then cleaned by `ammonia` with an
//! explicit allow-list (no script, no event handlers, no `javascript:` URLs; links get
//! `rel="noopener noreferrer"`).

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::article::{Block, Span, Text};
use crate::html::inline::ALLOWED_SCHEMES;

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "br",
        "hr",
        "ul",
        "ol",
        "li",
        "blockquote",
        "figure",
        "figcaption",
        "img",
        "pre",
        "code",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "a",
        "em",
        "strong",
        "small",
    ]
    .into_iter()
    .collect();
    let mut b = ammonia::Builder::empty();
    b.tags(tags)
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("img", ["src", "alt"])
        .add_tag_attributes("ol", ["start"])
        .add_tag_attributes("code", ["class"])
        .url_schemes(ALLOWED_SCHEMES.iter().copied().collect())
        .link_rel(Some("noopener noreferrer"))
        .url_relative(ammonia::UrlRelative::PassThrough);
    b
});

/// Renders blocks as sanitized HTML.
pub(crate) fn render(blocks: &[Block]) -> String {
    let mut raw = String::new();
    write_blocks(&mut raw, blocks);
    SANITIZER.clean(&raw).to_string()
}

fn write_blocks(out: &mut String, blocks: &[Block]) {
    for block in blocks {
        match block {
            Block::Heading { level, text } => {
                let l = (*level).clamp(1, 6);
                out.push_str(&format!("<h{l}>"));
                write_text(out, text);
                out.push_str(&format!("</h{l}>\n"));
            }
            Block::Paragraph { text } => {
                out.push_str("<p>");
                write_text(out, text);
                out.push_str("</p>\n");
            }
            Block::List {
                ordered,
                start,
                items,
            } => {
                let tag = if *ordered { "ol" } else { "ul" };
                if *ordered && *start != 1 {
                    out.push_str(&format!("<ol start=\"{start}\">\n"));
                } else {
                    out.push_str(&format!("<{tag}>\n"));
                }
                for item in items {
                    out.push_str("<li>");
                    write_blocks(out, &item.blocks);
                    out.push_str("</li>\n");
                }
                out.push_str(&format!("</{tag}>\n"));
            }
            Block::Quote { blocks } => {
                out.push_str("<blockquote>\n");
                write_blocks(out, blocks);
                out.push_str("</blockquote>\n");
            }
            Block::Image {
                src,
                alt,
                caption,
                credit,
            } => {
                out.push_str("<figure>");
                if let Some(src) = src {
                    out.push_str(&format!(
                        "<img src=\"{}\" alt=\"{}\">",
                        attr(src),
                        attr(alt.as_deref().unwrap_or(""))
                    ));
                }
                if caption.is_some() || credit.is_some() {
                    out.push_str("<figcaption>");
                    if let Some(c) = caption {
                        write_text(out, c);
                    }
                    if let Some(c) = credit {
                        out.push_str(&format!(" <small>{}</small>", escape(c)));
                    }
                    out.push_str("</figcaption>");
                }
                out.push_str("</figure>\n");
            }
            Block::Code { language, text } => {
                match language {
                    Some(l) => out.push_str(&format!("<pre><code class=\"language-{}\">", attr(l))),
                    None => out.push_str("<pre><code>"),
                }
                out.push_str(&escape(text));
                out.push_str("</code></pre>\n");
            }
            Block::Table(table) => {
                out.push_str("<table>\n");
                if let Some(c) = &table.caption {
                    out.push_str("<caption>");
                    write_text(out, c);
                    out.push_str("</caption>\n");
                }
                for row in &table.rows {
                    let cell = if row.header { "th" } else { "td" };
                    out.push_str("<tr>");
                    for c in &row.cells {
                        out.push_str(&format!("<{cell}>"));
                        write_text(out, c);
                        out.push_str(&format!("</{cell}>"));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</table>\n");
            }
            Block::Rule => out.push_str("<hr>\n"),
        }
    }
}

fn write_text(out: &mut String, text: &Text) {
    for span in &text.0 {
        match span {
            Span::Plain(s) => out.push_str(&escape(s)),
            Span::Emphasis(s) => out.push_str(&format!("<em>{}</em>", escape(s))),
            Span::Strong(s) => out.push_str(&format!("<strong>{}</strong>", escape(s))),
            Span::Code(s) => out.push_str(&format!("<code>{}</code>", escape(s))),
            Span::Link {
                text,
                href: Some(h),
            } => out.push_str(&format!("<a href=\"{}\">{}</a>", attr(h), escape(text))),
            Span::Link { text, href: None } => out.push_str(&escape(text)),
            Span::LineBreak => out.push_str("<br>"),
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn attr(s: &str) -> String {
    escape(s).replace('"', "&quot;")
}
