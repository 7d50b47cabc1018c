//! Tables: data tables become [`Table`] rows and cells (spans capped); layout tables are
//! left to the block walk, which reads their cells as blocks.

use crate::article::{Table, TableRow, Text};
use crate::dom::{AttrName, Dom, NodeId, Tag};
use crate::tuning::{MAX_CELL_SPAN, MAX_DATA_CELL_CHARS};

/// `true` when `table` holds data rather than page layout: no nested table, and no cell
/// long enough to be a column of prose.
pub(crate) fn is_data_table(dom: &Dom, table: NodeId, removed: &[bool]) -> bool {
    let mut cell_chars = 0usize;
    for id in (table + 1)..dom.end(table) {
        if removed.get(id).copied().unwrap_or(true) {
            continue;
        }
        match dom.tag(id) {
            Some(Tag::Table) => return false,
            Some(Tag::Td | Tag::Th) => cell_chars = 0,
            _ => {}
        }
        if let Some(t) = dom.text(id) {
            cell_chars += t.trim().chars().count();
            if cell_chars > MAX_DATA_CELL_CHARS {
                return false;
            }
        }
    }
    true
}

/// Reads a data table's rows; `removed` nodes are skipped.
pub(crate) fn read_table(dom: &Dom, table: NodeId, removed: &[bool]) -> Table {
    let skip = |n: NodeId| removed.get(n).copied().unwrap_or(true);
    let mut rows = Vec::new();
    let mut caption = None;
    for id in (table + 1)..dom.end(table) {
        match dom.tag(id) {
            Some(Tag::Caption) if !skip(id) => {
                let text = dom.collect_text(id, skip);
                if !text.is_empty() {
                    caption = Some(Text::from(text.as_str()));
                }
            }
            Some(Tag::Tr) if !skip(id) => {
                let in_head = dom
                    .ancestors(id)
                    .take_while(|&a| a != table)
                    .any(|a| dom.tag(a) == Some(Tag::Thead));
                let mut cells = Vec::new();
                let mut all_th = true;
                for cell in dom.children(id) {
                    let tag = dom.tag(cell);
                    if !matches!(tag, Some(Tag::Td | Tag::Th)) || skip(cell) {
                        continue;
                    }
                    all_th &= tag == Some(Tag::Th);
                    cells.push(Text::from(dom.collect_text(cell, skip).as_str()));
                    let span = dom
                        .attr(cell, AttrName::Colspan)
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, MAX_CELL_SPAN);
                    cells.extend(std::iter::repeat_n(Text::default(), span - 1));
                }
                if !cells.is_empty() && cells.iter().any(|c| !c.is_blank()) {
                    rows.push(TableRow::new(in_head || all_th, cells));
                }
            }
            _ => {}
        }
    }
    Table { caption, rows }
}
