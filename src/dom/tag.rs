//! The element names the pipeline reasons about, and which of them are blocks.

use html5ever::{LocalName, local_name};

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
    /// `del`, `ins`, and `s` or `strike`: edits and struck-out text (a shop's old price).
    Del,
    Ins,
    S,
    Other,
}

impl Tag {
    /// The tag of an element's local name (atoms compared, not strings).
    pub(crate) fn from_local(name: &LocalName) -> Tag {
        match *name {
            local_name!("html") => Tag::Html,
            local_name!("head") => Tag::Head,
            local_name!("body") => Tag::Body,
            local_name!("title") => Tag::Title,
            local_name!("meta") => Tag::Meta,
            local_name!("link") => Tag::Link,
            local_name!("script") => Tag::Script,
            local_name!("style") => Tag::Style,
            local_name!("template") => Tag::Template,
            local_name!("noscript") => Tag::Noscript,
            local_name!("iframe")
            | local_name!("frame")
            | local_name!("frameset")
            | local_name!("noframes") => Tag::Iframe,
            local_name!("svg") => Tag::Svg,
            local_name!("math") => Tag::Math,
            local_name!("canvas") => Tag::Canvas,
            local_name!("object") | local_name!("applet") => Tag::Object,
            local_name!("embed") => Tag::Embed,
            local_name!("video") => Tag::Video,
            local_name!("audio") => Tag::Audio,
            local_name!("picture") => Tag::Picture,
            local_name!("source") => Tag::Source,
            local_name!("form") => Tag::Form,
            local_name!("input") => Tag::Input,
            local_name!("textarea") => Tag::Textarea,
            local_name!("select") | local_name!("datalist") => Tag::Select,
            local_name!("option") | local_name!("optgroup") => Tag::Option,
            local_name!("button") => Tag::Button,
            local_name!("label") => Tag::Label,
            local_name!("nav") => Tag::Nav,
            local_name!("header") => Tag::Header,
            local_name!("footer") => Tag::Footer,
            local_name!("aside") => Tag::Aside,
            local_name!("main") => Tag::Main,
            local_name!("article") => Tag::Article,
            local_name!("section") => Tag::Section,
            local_name!("div")
            | local_name!("hgroup")
            | local_name!("fieldset")
            | local_name!("legend")
            | local_name!("output") => Tag::Div,
            local_name!("p") => Tag::P,
            local_name!("h1") => Tag::H(1),
            local_name!("h2") => Tag::H(2),
            local_name!("h3") => Tag::H(3),
            local_name!("h4") => Tag::H(4),
            local_name!("h5") => Tag::H(5),
            local_name!("h6") => Tag::H(6),
            local_name!("ul") => Tag::Ul,
            local_name!("ol") => Tag::Ol,
            local_name!("li") => Tag::Li,
            local_name!("dl") => Tag::Dl,
            local_name!("dt") => Tag::Dt,
            local_name!("dd") => Tag::Dd,
            local_name!("blockquote") => Tag::Blockquote,
            local_name!("pre")
            | local_name!("listing")
            | local_name!("xmp")
            | local_name!("plaintext") => Tag::Pre,
            local_name!("code") | local_name!("kbd") | local_name!("samp") | local_name!("tt") => {
                Tag::Code
            }
            local_name!("figure") => Tag::Figure,
            local_name!("figcaption") => Tag::Figcaption,
            local_name!("img") => Tag::Img,
            local_name!("table") => Tag::Table,
            local_name!("caption") => Tag::Caption,
            local_name!("thead") => Tag::Thead,
            local_name!("tbody") => Tag::Tbody,
            local_name!("tfoot") => Tag::Tfoot,
            local_name!("tr") => Tag::Tr,
            local_name!("td") => Tag::Td,
            local_name!("th") => Tag::Th,
            local_name!("hr") => Tag::Hr,
            local_name!("br") | local_name!("wbr") => Tag::Br,
            local_name!("a") => Tag::A,
            local_name!("em") | local_name!("cite") | local_name!("dfn") | local_name!("var") => {
                Tag::Em
            }
            local_name!("i") => Tag::I,
            local_name!("strong") => Tag::Strong,
            local_name!("b") => Tag::B,
            local_name!("time") => Tag::Time,
            local_name!("address") => Tag::Address,
            local_name!("details") => Tag::Details,
            local_name!("summary") => Tag::Summary,
            local_name!("dialog") => Tag::Dialog,
            local_name!("menu") => Tag::Menu,
            local_name!("center") => Tag::Center,
            local_name!("font") => Tag::Font,
            local_name!("span") => Tag::Span,
            local_name!("sup") => Tag::Sup,
            local_name!("sub") => Tag::Sub,
            local_name!("del") => Tag::Del,
            local_name!("ins") => Tag::Ins,
            local_name!("s") | local_name!("strike") => Tag::S,
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
