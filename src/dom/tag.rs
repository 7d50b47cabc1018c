//! The element names the pipeline reasons about, and which of them are blocks.

/// An HTML element name, reduced to the ones a stage distinguishes; everything else is
/// [`Tag::Other`] (an unknown element is treated as inline, like a browser treats `<span>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Html,
    Head,
    Body,
    Title,
    Meta,
    Link,
    Script,
    Style,
    Template,
    Noscript,
    Iframe,
    Svg,
    Math,
    Canvas,
    Object,
    Embed,
    Video,
    Audio,
    Picture,
    Source,
    Form,
    Input,
    Textarea,
    Select,
    Option,
    Button,
    Label,
    Nav,
    Header,
    Footer,
    Aside,
    Main,
    Article,
    Section,
    Div,
    P,
    H(u8),
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Blockquote,
    Pre,
    Code,
    Figure,
    Figcaption,
    Img,
    Table,
    Caption,
    Thead,
    Tbody,
    Tfoot,
    Tr,
    Td,
    Th,
    Hr,
    Br,
    A,
    Em,
    I,
    Strong,
    B,
    Time,
    Address,
    Details,
    Summary,
    Dialog,
    Menu,
    Center,
    Font,
    Span,
    Sup,
    Sub,
    Other,
}

impl Tag {
    /// Maps a lower-case HTML local name to its tag.
    pub(crate) fn from_name(name: &str) -> Tag {
        match name {
            "html" => Tag::Html,
            "head" => Tag::Head,
            "body" => Tag::Body,
            "title" => Tag::Title,
            "meta" => Tag::Meta,
            "link" => Tag::Link,
            "script" => Tag::Script,
            "style" => Tag::Style,
            "template" => Tag::Template,
            "noscript" => Tag::Noscript,
            "iframe" | "frame" | "frameset" | "noframes" => Tag::Iframe,
            "svg" => Tag::Svg,
            "math" => Tag::Math,
            "canvas" => Tag::Canvas,
            "object" | "applet" => Tag::Object,
            "embed" => Tag::Embed,
            "video" => Tag::Video,
            "audio" => Tag::Audio,
            "picture" => Tag::Picture,
            "source" => Tag::Source,
            "form" => Tag::Form,
            "input" => Tag::Input,
            "textarea" => Tag::Textarea,
            "select" | "datalist" => Tag::Select,
            "option" | "optgroup" => Tag::Option,
            "button" => Tag::Button,
            "label" => Tag::Label,
            "nav" => Tag::Nav,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "aside" => Tag::Aside,
            "main" => Tag::Main,
            "article" => Tag::Article,
            "section" => Tag::Section,
            "div" | "hgroup" | "fieldset" | "legend" | "output" => Tag::Div,
            "p" => Tag::P,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "h5" => Tag::H(5),
            "h6" => Tag::H(6),
            "ul" => Tag::Ul,
            "ol" => Tag::Ol,
            "li" => Tag::Li,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "blockquote" => Tag::Blockquote,
            "pre" | "listing" | "xmp" | "plaintext" => Tag::Pre,
            "code" | "kbd" | "samp" | "tt" => Tag::Code,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "img" => Tag::Img,
            "table" => Tag::Table,
            "caption" => Tag::Caption,
            "thead" => Tag::Thead,
            "tbody" => Tag::Tbody,
            "tfoot" => Tag::Tfoot,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
            "th" => Tag::Th,
            "hr" => Tag::Hr,
            "br" | "wbr" => Tag::Br,
            "a" => Tag::A,
            "em" | "cite" | "dfn" | "var" => Tag::Em,
            "i" => Tag::I,
            "strong" => Tag::Strong,
            "b" => Tag::B,
            "time" => Tag::Time,
            "address" => Tag::Address,
            "details" => Tag::Details,
            "summary" => Tag::Summary,
            "dialog" => Tag::Dialog,
            "menu" => Tag::Menu,
            "center" => Tag::Center,
            "font" => Tag::Font,
            "span" => Tag::Span,
            "sup" => Tag::Sup,
            "sub" => Tag::Sub,
            _ => Tag::Other,
        }
    }

    /// Elements that start a new line of text: text inside them belongs to them, not to the
    /// paragraph around them.
    pub(crate) fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Html
                | Tag::Body
                | Tag::Form
                | Tag::Nav
                | Tag::Header
                | Tag::Footer
                | Tag::Aside
                | Tag::Main
                | Tag::Article
                | Tag::Section
                | Tag::Div
                | Tag::P
                | Tag::H(_)
                | Tag::Ul
                | Tag::Ol
                | Tag::Li
                | Tag::Dl
                | Tag::Dt
                | Tag::Dd
                | Tag::Blockquote
                | Tag::Pre
                | Tag::Figure
                | Tag::Figcaption
                | Tag::Table
                | Tag::Caption
                | Tag::Thead
                | Tag::Tbody
                | Tag::Tfoot
                | Tag::Tr
                | Tag::Td
                | Tag::Th
                | Tag::Hr
                | Tag::Address
                | Tag::Details
                | Tag::Summary
                | Tag::Dialog
                | Tag::Menu
                | Tag::Center
                | Tag::Noscript
                | Tag::Iframe
                | Tag::Select
                | Tag::Textarea
        )
    }

    /// Elements that hold prose as a unit of reading: their direct text is one paragraph.
    pub(crate) fn is_heading(self) -> bool {
        matches!(self, Tag::H(_))
    }
}
