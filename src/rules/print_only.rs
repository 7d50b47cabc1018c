//! [`Boilerplate::PrintOnly`]: blocks a page shows only on paper.

use super::{Ctx, HtmlRule, Needs, removable_box};
use crate::dom::NodeId;
use crate::removal::Boilerplate;
use crate::tuning::SECTION_MAX_CHARS;

/// A block whose class shows it only when the page is printed: `print-only`,
/// `visible-print`, `print-header` (the page's address and a logo above a printout),
/// `print-footer`, a wiki's `printfooter` ("Retrieved from …"), or Bootstrap's `d-none` with a `d-print-*` display. Near miss left
/// alone: `d-lg-none d-print-block`, which small screens show too, and `no-print` (what
/// the printout leaves out, shown on screen).
pub(crate) const PRINT_ONLY: HtmlRule = HtmlRule {
    name: "print_only::print_class",
    kind: Boilerplate::PrintOnly,
    needs: Needs::Name,
    fires: |ctx: &Ctx, id: NodeId| {
        let ident = ctx.ident(id);
        let print_only = ctx.named(
            id,
            &[
                "print-only",
                "printonly",
                "print_only",
                "only-print",
                "visible-print",
                "visible-print-block",
                "visible-print-inline",
                "show-for-print",
                "print-header",
                "print-footer",
                "printfooter",
                "header-print",
            ],
        ) || bootstrap_print_only(ident);
        if print_only {
            removable_box(ctx, id, SECTION_MAX_CHARS)
        } else {
            None
        }
    },
};

/// `d-none` (hidden on every screen) with a `d-print-*` display and no `d-{size}-*`
/// display that shows it on some screen.
fn bootstrap_print_only(ident: &str) -> bool {
    let mut hidden = false;
    let mut printed = false;
    for class in ident.split_ascii_whitespace() {
        match class.strip_prefix("d-") {
            Some("none") => hidden = true,
            Some(rest) if rest.starts_with("print-") => printed = true,
            Some(rest) if rest.contains('-') => return false,
            _ => {}
        }
    }
    hidden && printed
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn print_only_blocks_go_and_screen_blocks_stay() {
        for block in [
            "<div class=print-header>https://news.example/story-1</div>",
            "<div class=\"container d-none d-print-block\">Citation: the river story</div>",
            "<p class=\"visible-print\">Printed from news.example</p>",
            "<div class=printfooter>Retrieved from \"https://wiki.example/River\"</div>",
        ] {
            assert_eq!(
                fired(&in_article(block))[0].0,
                "print_only::print_class",
                "{block}"
            );
        }
        for block in [
            "<div class=\"d-lg-none d-print-block\">The river rose all night, said the keeper.</div>",
            "<div class=no-print>The river rose all night, said the keeper.</div>",
            "<div class=\"d-none d-md-block\">The river rose all night, said the keeper.</div>",
        ] {
            assert!(fired(&in_article(block)).is_empty(), "{block}");
        }
    }
}
