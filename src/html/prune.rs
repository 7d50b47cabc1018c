//! Stage 1: `Dom` -> [`Mask`] of nodes a reader never sees.
//!
//! Pruned: the `<head>`, scripts, styles, templates, embedded documents and media, form
//! controls (save a button that is a heading or an FAQ's question), dialogs (`<dialog>`,
//! `role="dialog"`, `aria-modal="true"`), and elements hidden by `hidden`,
//! `aria-hidden="true"` or an inline `display:none` / `visibility:hidden` — except what a
//! script shows without a click (React's streamed segments) and closed panels one click
//! away (tab panels, accordion sections opened by `aria-controls`, answers folded under
//! their question, outside menus). Never prunes for a class name or a text: that is
//! boilerplate, judged by `classify` with a named rule.
//! `<noscript>` content is kept: the page is read as a reader without JavaScript sees it.
//! Cost: one forward pass (a parent comes before its children in the arena).

use rustc_hash::FxHashSet;

use crate::dom::{AttrName, Dom, Element, NodeId, Tag};

/// `true` for every node that is never rendered (the node or an ancestor is pruned).
#[derive(Debug)]
pub(crate) struct Mask(Vec<bool>);

impl Mask {
    /// `true` when `id` is never rendered.
    pub(crate) fn hidden(&self, id: NodeId) -> bool {
        self.0.get(id).copied().unwrap_or(true)
    }
}

/// Which nodes count as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Visibility {
    /// What a browser renders: hidden elements are pruned.
    Rendered,
    /// All markup text, hidden elements included: the fallback for pages that ship their
    /// text hidden and reveal it with script (streamed server rendering, tab panels).
    Markup,
}

/// Marks never-rendered nodes.
pub(crate) fn prune(dom: &Dom, visibility: Visibility) -> Mask {
    let panels = controlled_panels(dom);
    let mut hidden = vec![false; dom.len()];
    // Nodes before this one are inside a `nav` or `header` (the arena is in document
    // order, so an ancestor's range covers its descendants).
    let mut menus_end = 0;
    for id in 0..dom.len() {
        if matches!(dom.tag(id), Some(Tag::Nav | Tag::Header)) {
            menus_end = menus_end.max(dom.end(id));
        }
        let inherited = dom
            .parent(id)
            .and_then(|p| hidden.get(p).copied())
            .unwrap_or(false);
        hidden[id] = inherited
            || dom.element(id).is_some_and(|e| {
                (never_rendered(e) && !heads_a_section(dom, id))
                    || (visibility == Visibility::Rendered
                        && (is_modal(dom, id)
                            || (hidden_by_page(dom, id)
                                && (id < menus_end || !is_closed_panel(dom, id, &panels)))))
            });
    }
    Mask(hidden)
}

/// The `id`s that a control on the page opens and closes (`aria-controls`): tab panels,
/// accordion sections, "Read more" expanders. Read in a pass of their own, before the
/// mask: a control may come after its panel in the page.
fn controlled_panels(dom: &Dom) -> FxHashSet<&str> {
    (0..dom.len())
        .filter_map(|id| dom.attr(id, AttrName::AriaControls))
        .flat_map(str::split_whitespace)
        .collect()
}

/// `true` for a closed panel: a tab panel (`role="tabpanel"`, or Bootstrap's `tab-pane`
/// class) or an element that a control
/// on the page opens (its `id` named by an `aria-controls`), or the collapsing wrapper whose
/// first element is one (`<div style="display:none"><div role="region" id="panel-1">`).
/// Its text is the page's, one click away (a product's description tab, an FAQ's answers),
/// so it is read as shown. [`prune`] does not ask inside a `nav` or `header`: there the
/// panels are the site's menus.
fn is_closed_panel(dom: &Dom, id: NodeId, panels: &FxHashSet<&str>) -> bool {
    let panel = |id: NodeId| {
        dom.attr(id, AttrName::Role)
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel"))
            || dom
                .attr(id, AttrName::Class)
                .is_some_and(|c| c.split_ascii_whitespace().any(|t| t == TAB_PANE_CLASS))
            || dom
                .attr(id, AttrName::Id)
                .is_some_and(|i| panels.contains(i.trim()))
    };
    // The wrapper's first element that shows something: a style sheet a component
    // writes before its markup (`<style>` first, as CSS-in-JS does) is not it.
    panel(id)
        || answers_a_question(dom, id)
        || dom
            .children(id)
            .find(|&c| {
                dom.element(c).is_some()
                    && !matches!(dom.tag(c), Some(Tag::Style | Tag::Script | Tag::Template))
            })
            .is_some_and(panel)
}

/// `true` for an answer folded under its question: the element just before it (a
/// heading, a button, a `dt`) reads as a question, at most [`QUESTION_MAX_BYTES`] long and
/// ending with `?` (an FAQ whose script opens the answer, no `aria-controls` naming it).
fn answers_a_question(dom: &Dom, id: NodeId) -> bool {
    let Some(question) =
        std::iter::successors(dom.previous_sibling(id), |&c| dom.previous_sibling(c))
            .take(QUESTION_SIBLINGS_READ)
            .find(|&c| dom.element(c).is_some())
    else {
        return false;
    };
    reads_as_question(dom, question)
}

/// `true` when the text of `id` is at most [`QUESTION_MAX_BYTES`] long and ends with `?`,
/// in at most [`QUESTION_MAX_NODES`] nodes (a question is a line, not a section: the
/// bound keeps the read short whatever the page).
fn reads_as_question(dom: &Dom, id: NodeId) -> bool {
    if dom.end(id) - id > QUESTION_MAX_NODES {
        return false;
    }
    let text = dom.collect_text_prefix(id, |_| false, QUESTION_MAX_BYTES + 1);
    text.len() <= QUESTION_MAX_BYTES && text.ends_with('?')
}

/// Longest question an answer folds under ([`answers_a_question`]) ...
const QUESTION_MAX_BYTES: usize = 300;

/// ... and most nodes it is made of.
const QUESTION_MAX_NODES: usize = 64;

/// Siblings read back from a folded answer to find its question (whitespace and comments
/// between them).
const QUESTION_SIBLINGS_READ: usize = 8;

/// The class Bootstrap's tabs give each panel (and many themes copy): a tab panel too.
const TAB_PANE_CLASS: &str = "tab-pane";

fn never_rendered(e: &Element) -> bool {
    let by_tag = matches!(
        e.tag,
        Tag::Head
            | Tag::Title
            | Tag::Meta
            | Tag::Link
            | Tag::Script
            | Tag::Style
            | Tag::Template
            | Tag::Iframe
            | Tag::Svg
            | Tag::Math
            | Tag::Canvas
            | Tag::Object
            | Tag::Embed
            | Tag::Video
            | Tag::Audio
            | Tag::Source
            | Tag::Input
            | Tag::Textarea
            | Tag::Select
            | Tag::Option
            | Tag::Button
            | Tag::Dialog
    );
    by_tag
}

/// `true` for the button a heading is made of: an accordion's header
/// (`<h3><button aria-expanded="false">Shipping and returns</button></h3>`, the ARIA
/// pattern), whose words are the section's heading, shown closed or open, and an FAQ's
/// question over its answer ([`asks_over_an_answer`]). Any other button's words are a
/// control's ("Add to cart", "Menu") and are not read.
fn heads_a_section(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id) == Some(Tag::Button)
        && (dom
            .parent(id)
            .is_some_and(|p| dom.tag(p).is_some_and(Tag::is_heading) || dom.role_is(p, "heading"))
            || asks_over_an_answer(dom, id))
}

/// `true` for a button that reads as a question (see [`reads_as_question`]) with an
/// element after it: an FAQ's question over its answer.
fn asks_over_an_answer(dom: &Dom, id: NodeId) -> bool {
    std::iter::successors(dom.next_sibling(id), |&c| dom.next_sibling(c))
        .take(QUESTION_SIBLINGS_READ)
        .any(|c| dom.element(c).is_some())
        && reads_as_question(dom, id)
}

/// `true` for an element the page hides itself. A streamed segment is not hidden: React's
/// streaming server rendering sends each part of the page that was not ready in a
/// `<div hidden id="S:0">` at the end of the body, and its script moves it into place.
/// `aria-hidden="true"` hides an element from screen readers only, but it marks what the
/// page does not show far more often than not (slides out of view, closed panels, icons);
/// on a link it marks a second link to where another goes (a teaser's summary beside its
/// linked headline), and on struck-out and inserted text (`del`, `ins`, `s`) a shop's old
/// and new prices, read out by a visually hidden sentence instead, which are all shown;
/// on the page's `main` it marks the page behind a dialog the script had open when the
/// page was saved, which is shown too, and so is a title or a price beside its copy for
/// screen readers ([`read_out_beside`]).
fn hidden_by_page(dom: &Dom, id: NodeId) -> bool {
    let behind_dialog = || dom.tag(id) == Some(Tag::Main) || dom.role_is(id, "main");
    (dom.attr(id, AttrName::Hidden).is_some() && !is_streamed_segment(dom, id))
        || (dom
            .attr(id, AttrName::AriaHidden)
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            && !matches!(dom.tag(id), Some(Tag::A | Tag::Del | Tag::Ins | Tag::S))
            && !behind_dialog()
            && !read_out_beside(dom, id))
        || dom.attr(id, AttrName::Style).is_some_and(hides)
}

/// `true` when the element after `id` holds the same text: `id` is what the page shows,
/// hidden from screen readers, and the next element reads it out to them instead, hidden
/// from the eye by a style sheet (`<span aria-hidden="true">Blue jacket</span><span
/// class="clipped">Blue jacket</span>`). The copy for screen readers goes as boilerplate
/// (`screen_reader_only`); this one is shown. Both are short (at most
/// [`READ_OUT_MAX_NODES`] nodes and [`READ_OUT_MAX_BYTES`] of text).
fn read_out_beside(dom: &Dom, id: NodeId) -> bool {
    let Some(next) = std::iter::successors(dom.next_sibling(id), |&c| dom.next_sibling(c))
        .find(|&c| dom.element(c).is_some())
    else {
        return false;
    };
    let short = |n: NodeId| dom.end(n) - n <= READ_OUT_MAX_NODES;
    if !short(id) || !short(next) {
        return false;
    }
    let shown = dom.collect_text_prefix(id, |_| false, READ_OUT_MAX_BYTES + 1);
    !shown.is_empty()
        && shown.len() <= READ_OUT_MAX_BYTES
        && dom.collect_text_prefix(next, |_| false, READ_OUT_MAX_BYTES + 1) == shown
}

/// Most nodes of an element and of its copy read out to screen readers
/// ([`read_out_beside`]): a title's or a price's few spans.
const READ_OUT_MAX_NODES: usize = 16;

/// Most bytes of their text.
const READ_OUT_MAX_BYTES: usize = 300;

/// `true` for a modal dialog drawn by script (`role="dialog"`, `role="alertdialog"`,
/// `aria-modal="true"`): like a `<dialog>`, it is not shown until something opens it.
fn is_modal(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, AttrName::Role).is_some_and(|r| {
        let r = r.trim();
        r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog")
    }) || dom
        .attr(id, AttrName::AriaModal)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// `true` for React's streamed segment: an element whose `id` is `S:` and a number.
fn is_streamed_segment(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, AttrName::Id)
        .and_then(|v| crate::dom::streamed_id(v, "S:"))
        .is_some()
}

/// `true` for an inline style that hides the element.
fn hides(style: &str) -> bool {
    // Most styles name neither value: told without allocating.
    let names = |word: &[u8]| {
        style
            .as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    if !names(b"none") && !names(b"hidden") {
        return false;
    }
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::build;

    fn hidden_texts(html: &str) -> Vec<String> {
        let dom = build(html);
        let mask = prune(&dom, Visibility::Rendered);
        (0..dom.len())
            .filter(|&id| mask.hidden(id))
            .filter_map(|id| dom.text(id).map(str::to_string))
            .collect()
    }

    #[test]
    fn scripts_styles_and_hidden_elements_are_pruned() {
        let hidden = hidden_texts(
            "<p>BODY_SENTINEL</p><script>SCRIPT</script><div style='display: none'>\
             <b>HIDDEN</b></div><p hidden>ATTR</p><span aria-hidden=true>ARIA</span>",
        );
        assert_eq!(hidden, ["SCRIPT", "HIDDEN", "ATTR", "ARIA"]);
        // A link hidden from screen readers only (it repeats the headline's link) is shown.
        let hidden = hidden_texts(
            "<h2><a href=/a>Headline</a></h2><p><a href=/a aria-hidden=true>SUMMARY</a></p>",
        );
        assert!(hidden.is_empty(), "{hidden:?}");
        // A shop's old and new price, hidden from screen readers only (a visually hidden
        // sentence reads them out instead), are shown.
        let hidden = hidden_texts(
            "<p><del aria-hidden=true>$39.95</del> <ins aria-hidden=true>$29.95</ins> \
             <s aria-hidden=true>$45</s></p>",
        );
        assert!(hidden.is_empty(), "{hidden:?}");
        // A title shown to the eye, hidden from screen readers, beside its copy read out to
        // them instead, is shown; with another text beside it, it stays hidden.
        let hidden = hidden_texts(
            "<div class=card-title><span aria-hidden=true><span>Blue jacket</span></span>\
             <span class=clipped>Blue jacket</span></div>\
             <div><span aria-hidden=true>ICON</span><span>Share</span></div>",
        );
        assert_eq!(hidden, ["ICON"]);
    }

    #[test]
    fn closed_panels_are_shown_but_not_menus() {
        // A tab panel and an accordion section that controls open are the page's text; a
        // menu opened from the header stays hidden, as does hidden text no control opens.
        let hidden = hidden_texts(
            "<header><button aria-controls=\"menu\">Menu</button>\
             <div id=menu hidden>MENU</div></header>\
             <button aria-controls=\"desc specs\">Description</button>\
             <div id=desc hidden>DESCRIPTION</div><div id=specs style=\"display:none\">SPECS</div>\
             <div role=tabpanel aria-hidden=true>REVIEWS_TAB</div><div hidden>UNREFERENCED</div>\
             <button aria-controls=\"care\">Care</button><div class=collapse \
             style=\"display:none\"><div role=region id=care>CARE</div></div>\
             <button aria-controls=\"size\">Size</button><div style=\"display:none\">\
             <style>.x{}</style><div id=size>SIZE</div></div>",
        );
        assert_eq!(
            hidden,
            [
                "Menu",
                "MENU",
                "Description",
                "UNREFERENCED",
                "Care",
                "Size",
                ".x{}"
            ]
        );
    }

    #[test]
    fn an_answer_folded_under_its_question_is_shown() {
        // No control names the answers: the script opens the one after the question, a
        // heading or a button (shown as the answer's heading). A question with no answer
        // after it is a control.
        let hidden = hidden_texts(
            "<div class=faq><h3>Can I return it?</h3>\n<div style=\"display:none\">\
             <p>Within thirty days.</p></div>\
             <button>Does it fit a queen bed?</button><div hidden>It does.</div></div>\
             <h3>Returns</h3><div style=\"display:none\">NOT_A_QUESTION</div>\
             <p>Why does the river rise each spring, long after the snow has gone from the \
             valley floor and the farmers have sown their fields, when nobody in the town \
             expects it and the ferry has to stop for a week while the water rushes under \
             the old bridge and over the meadows down to the weir, where the miller's cat \
             waits for it every year?</p><div hidden>AFTER_A_LONG_PARAGRAPH</div>\
             <header><a>Need help?</a><div hidden>MENU_PANEL</div></header>\
             <div><button>Need a hand?</button></div>",
        );
        assert_eq!(
            hidden,
            [
                "NOT_A_QUESTION",
                "AFTER_A_LONG_PARAGRAPH",
                "MENU_PANEL",
                "Need a hand?"
            ]
        );
    }

    #[test]
    fn a_button_that_is_a_heading_is_shown() {
        // An accordion's header: the button is the heading's text. A button beside a
        // heading, or in a paragraph, is a control.
        let hidden = hidden_texts(
            "<h3><button aria-expanded=false aria-controls=a1>Shipping and returns</button></h3>\
             <div role=heading aria-level=3><button>Care</button></div>\
             <h3>Sizes <span><button>EDIT</button></span></h3>\
             <div><h3>Reviews</h3><button>WRITE_A_REVIEW</button></div>\
             <p><button>ADD_TO_CART</button></p>",
        );
        assert_eq!(hidden, ["EDIT", "WRITE_A_REVIEW", "ADD_TO_CART"]);
    }

    #[test]
    fn bootstrap_tab_panes_are_panels() {
        // Bootstrap's `tab-pane` class marks a tab panel even when no control names it;
        // a class that only starts like it does not.
        let hidden = hidden_texts(
            "<div class=tab-panes><div class=\"tab-pane active\">OVERVIEW</div>\
             <div class=tab-pane style=\"display:none\">SPECS</div></div>\
             <div class=tab-pane-note style=\"display:none\">NOTE</div>",
        );
        assert_eq!(hidden, ["NOTE"]);
    }

    #[test]
    fn a_main_behind_an_open_dialog_is_shown() {
        let hidden = hidden_texts(
            "<main role=presentation aria-hidden=true><p>BODY_SENTINEL</p></main>\
             <div aria-hidden=true>SLIDE</div>",
        );
        assert_eq!(hidden, ["SLIDE"]);
    }

    #[test]
    fn modal_dialogs_are_pruned() {
        // A privacy policy in a modal and a dialog drawn by script are not shown until
        // opened; a region that only names a dialog's role as a word stays.
        let hidden = hidden_texts(
            "<div role=\"dialog\"><p>POLICY</p></div><div role=alertdialog>ALERT</div>\
             <div aria-modal=\"true\">MODAL</div><div role=\"region\">SHOWN</div>\
             <div aria-modal=\"false\">ALSO_SHOWN</div>",
        );
        assert_eq!(hidden, ["POLICY", "ALERT", "MODAL"]);
    }

    #[test]
    fn streamed_segments_are_shown() {
        // React's streaming: the late part of the page arrives hidden, with the script that
        // moves it into place; other hidden elements stay hidden.
        let hidden = hidden_texts(
            "<main><template id=\"B:0\"></template></main><div hidden id=\"S:0\"><p>LATE</p></div>\
             <div hidden id=\"S:x\">NOT_A_SEGMENT</div><script>$RC(\"B:0\",\"S:0\")</script>",
        );
        assert_eq!(hidden, ["NOT_A_SEGMENT", "$RC(\"B:0\",\"S:0\")"]);
    }

    #[test]
    fn markup_visibility_keeps_hidden_text() {
        let dom = build("<div hidden><p>STREAMED_SENTINEL</p></div><script>SCRIPT</script>");
        let mask = prune(&dom, Visibility::Markup);
        let kept: Vec<_> = (0..dom.len())
            .filter(|&id| !mask.hidden(id))
            .filter_map(|id| dom.text(id))
            .collect();
        assert_eq!(kept, ["STREAMED_SENTINEL"]);
    }

    #[test]
    fn visible_style_is_kept() {
        assert!(hidden_texts("<p style='display:block'>BODY_SENTINEL</p>").is_empty());
    }
}
