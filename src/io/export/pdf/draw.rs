//! Pieces shared by the report and the slides: tables, progress bars and the four-pillar diagram.

use super::{Fonts, Page, Rgb, Style};

/// Inner padding of table cells.
const CELL_PAD: f32 = 3.0;

/// A column of a [`Table`].
#[derive(Debug, Clone, PartialEq)]
pub struct TableColumn {
    /// Header text.
    pub header: String,
    /// Width in points.
    pub width: f32,
}

/// A table: header, columns and text styles; rows are lists of cells (text and an optional colour).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Columns, left to right.
    pub columns: Vec<TableColumn>,
    /// Style of body cells.
    pub body: Style,
    /// Style of the header row.
    pub head: Style,
    /// Lines a body cell may take before it is cut with “…” (`None`: all).
    pub max_lines: Option<usize>,
}

/// One body cell: its text and, if not the body colour, its colour.
pub type Cell = (String, Option<Rgb>);

impl Table {
    /// Each cell of a row wrapped into lines.
    pub fn wrap_row(&self, fonts: &Fonts, row: &[Cell]) -> Vec<Vec<String>> {
        self.columns
            .iter()
            .zip(row)
            .map(|(col, (text, _))| {
                let width = col.width - 2.0 * CELL_PAD;
                match self.max_lines {
                    Some(max) => fonts.clamp(text, self.body.size, width, max),
                    None => fonts.wrap(text, self.body.size, width),
                }
            })
            .collect()
    }

    /// Height of a row part of `lines` lines.
    pub fn row_height(&self, lines: usize) -> f32 {
        lines.max(1) as f32 * self.body.line_height() + 2.0 * CELL_PAD
    }

    /// Height of one body line.
    pub fn line_height(&self) -> f32 {
        self.body.line_height()
    }

    /// Draws the header row at `y`; returns its height.
    pub fn draw_header(&self, page: &mut Page, fonts: &Fonts, x: f32, y: f32) -> f32 {
        let wrapped: Vec<Vec<String>> =
            self.columns.iter().map(|c| fonts.wrap(&c.header, self.head.size, c.width - 2.0 * CELL_PAD)).collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        let h = lines as f32 * self.head.line_height() + 2.0 * CELL_PAD;
        let mut cx = x;
        for (col, text) in self.columns.iter().zip(&wrapped) {
            page.fill(cx, y, col.width, h, Rgb::SHADE);
            page.frame(cx, y, col.width, h, Rgb::RULE, 0.5);
            for (i, line) in text.iter().enumerate() {
                let top = y + CELL_PAD + i as f32 * self.head.line_height();
                page.text_centred(fonts, cx + col.width / 2.0, top, self.head, line);
            }
            cx += col.width;
        }
        h
    }

    /// Draws lines `from..to` of a wrapped row at `y`; returns the height drawn.
    pub fn draw_part(
        &self,
        page: &mut Page,
        x: f32,
        y: f32,
        row: (&[Cell], &[Vec<String>]),
        (from, to): (usize, usize),
    ) -> f32 {
        let (cells, wrapped) = row;
        let h = self.row_height(to - from);
        let mut cx = x;
        for ((col, (_, color)), lines) in self.columns.iter().zip(cells).zip(wrapped) {
            page.frame(cx, y, col.width, h, Rgb::RULE, 0.5);
            let style = Style { color: color.unwrap_or(self.body.color), ..self.body };
            for (i, line) in lines.iter().enumerate().take(to).skip(from) {
                page.text(cx + CELL_PAD, y + CELL_PAD + (i - from) as f32 * self.line_height(), style, line.as_str());
            }
            cx += col.width;
        }
        h
    }
}

/// A horizontal progress bar: `share` (0–1) of it filled with `color`.
pub fn bar(page: &mut Page, [x, y, w, h]: [f32; 4], share: f64, color: Rgb) {
    page.fill(x, y, w, h, Rgb::SHADE);
    let filled = (share.clamp(0.0, 1.0) as f32) * w;
    if filled > 0.0 {
        page.fill(x, y, filled, h, color);
    }
}

/// A bar split into coloured parts by count (e.g. items per status).
pub fn status_bar(page: &mut Page, [x, y, w, h]: [f32; 4], parts: &[(usize, Rgb)]) {
    let total: usize = parts.iter().map(|(n, _)| n).sum();
    page.fill(x, y, w, h, Rgb::SHADE);
    if total == 0 {
        return;
    }
    let mut cx = x;
    for (n, color) in parts {
        let pw = *n as f32 / total as f32 * w;
        if pw > 0.0 {
            page.fill(cx, y, pw, h, *color);
        }
        cx += pw;
    }
}

/// A pillar of the diagram with its progress.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagramPillar {
    /// Pillar name.
    pub name: String,
    /// Element names.
    pub elements: Vec<String>,
    /// Strong colour.
    pub color: Rgb,
    /// Light tint.
    pub tint: Rgb,
    /// Mean percent complete of its items, 0–1.
    pub share: f64,
    /// Caption under the bar, e.g. "完成 3/45 · 平均 12%".
    pub caption: String,
}

/// Draws the four-pillar diagram (the goal as a roof over the pillars, each with its elements and a
/// progress bar) into `width` at `(x, y)`, with sizes multiplied by `scale`; returns its height.
pub fn pillar_diagram(
    page: &mut Page,
    fonts: &Fonts,
    (x, y, width, scale): (f32, f32, f32, f32),
    goal: &str,
    pillars: &[DiagramPillar],
) -> f32 {
    let n = pillars.len().max(1) as f32;
    let gap = 6.0 * scale;
    let col_w = (width - gap * (n - 1.0)) / n;
    let pad = 4.0 * scale;
    let head = Style::new(12.0 * scale, Rgb::WHITE).bold();
    let card = Style::new(9.5 * scale, Rgb::TEXT);
    let caption = Style::new(8.5 * scale, Rgb::TEXT);

    let roof_h = 30.0 * scale;
    page.ops.push(super::Op::Polygon {
        points: vec![(x + width * 0.08, y), (x + width * 0.92, y), (x + width, y + roof_h), (x, y + roof_h)],
        fill: Rgb(0xb7, 0x1c, 0x1c),
    });
    let goal_style = Style::new(12.0 * scale, Rgb::WHITE).bold();
    page.text_centred(fonts, x + width / 2.0, y + (roof_h - goal_style.line_height()) / 2.0, goal_style, goal);

    let head_h = head.line_height() + 2.0 * pad;
    let card_lines = pillars
        .iter()
        .flat_map(|p| &p.elements)
        .map(|e| fonts.wrap(e, card.size, col_w - 2.0 * pad).len())
        .max()
        .unwrap_or(1);
    let card_h = card_lines as f32 * card.line_height() + 2.0 * pad;
    let max_elements = pillars.iter().map(|p| p.elements.len()).max().unwrap_or(0) as f32;
    let bar_h = 7.0 * scale;
    let progress_h = bar_h + caption.line_height() + 2.0 * pad;
    let top = y + roof_h + gap;
    let shaft_bottom = top + head_h + gap + max_elements * (card_h + gap) + progress_h;
    for (i, pillar) in pillars.iter().enumerate() {
        let cx = x + i as f32 * (col_w + gap);
        page.fill(cx + col_w * 0.1, top + head_h, col_w * 0.8, shaft_bottom - top - head_h, pillar.tint);
        page.fill(cx, top, col_w, head_h, pillar.color);
        page.text_centred(fonts, cx + col_w / 2.0, top + pad, head, &pillar.name);
        let mut cy = top + head_h + gap;
        for element in &pillar.elements {
            page.ops.push(super::Op::Rect {
                rect: [cx, cy, col_w, card_h],
                fill: Some(Rgb::WHITE),
                stroke: Some((pillar.color, 0.8 * scale)),
            });
            let lines = fonts.wrap(element, card.size, col_w - 2.0 * pad);
            let text_h = lines.len() as f32 * card.line_height();
            for (j, line) in lines.iter().enumerate() {
                let ly = cy + (card_h - text_h) / 2.0 + j as f32 * card.line_height();
                page.text_centred(fonts, cx + col_w / 2.0, ly, card, line);
            }
            cy += card_h + gap;
        }
        let by = top + head_h + gap + max_elements * (card_h + gap) + pad * 0.5;
        bar(page, [cx + pad, by, col_w - 2.0 * pad, bar_h], pillar.share, pillar.color);
        page.text_centred(fonts, cx + col_w / 2.0, by + bar_h + pad * 0.5, caption, &pillar.caption);
    }
    let base_h = 5.0 * scale;
    page.fill(x, shaft_bottom, width, base_h, Rgb::WEAK);
    shaft_bottom + base_h - y
}
