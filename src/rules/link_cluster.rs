//! [`Boilerplate::LinkCluster`]: blocks made mostly of links.

use super::{Ctx, HtmlRule, Needs, removable_box};
use crate::dom::{NodeId, Tag};
use crate::removal::Boilerplate;
use crate::tuning::SECTION_MAX_CHARS;

/// A list, table or container with several links whose text is mostly link text
/// (link density over `link_cluster_density`): menus, tag clouds, teaser lists without a
/// label. Near miss left alone: a paragraph with a link in a sentence (one link, and a `p`
/// is prose), or a list of items that carry text of their own.
pub(crate) const DENSE_LINKS: HtmlRule = HtmlRule {
    name: "link_cluster::dense_links",
    kind: Boilerplate::LinkCluster,
    needs: Needs::Anything,
    fires: |ctx: &Ctx, id: NodeId| {
        let container = matches!(
            ctx.dom.tag(id),
            Some(
                Tag::Ul
                    | Tag::Ol
                    | Tag::Dl
                    | Tag::Div
                    | Tag::Section
                    | Tag::Table
                    | Tag::Menu
                    | Tag::Nav
                    | Tag::Aside
                    | Tag::Header
                    | Tag::Footer
            )
        );
        let sums = ctx.stats.sums(id);
        let dense = sums.links >= ctx.tuning.link_cluster_min_links
            && sums.link_density() > ctx.tuning.link_cluster_density;
        if container && dense {
            removable_box(ctx, id, SECTION_MAX_CHARS)
        } else {
            None
        }
    },
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::{fired, in_article};

    #[test]
    fn link_list_goes_and_prose_list_stays() {
        let links = "<ul><li><a href=/a>First other story</a></li><li><a href=/b>Second other story</a></li>\
                     <li><a href=/c>Third other story</a></li></ul>";
        assert_eq!(fired(&in_article(links))[0].0, "link_cluster::dense_links");
        let prose = "<ul><li>Apples are <a href=/a>sweet</a> and crisp in autumn.</li><li>Pears <a href=/b>too</a>, mostly.</li>\
                     <li>Plums <a href=/c>less</a> so in a dry year.</li></ul>";
        assert!(fired(&in_article(prose)).is_empty());
    }
}
