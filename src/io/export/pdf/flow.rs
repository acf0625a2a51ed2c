//! Flowing content down pages: a cursor that starts a new page when the next block does not fit.

use super::{Cell, Fonts, Page, Style, Table};

/// The part of a page that content flows into.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    /// Left edge.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Width.
    pub width: f32,
    /// Bottom edge.
    pub bottom: f32,
}

/// Pages filled top to bottom.
pub struct Flow<'f> {
    /// The font, to measure and wrap.
    pub fonts: &'f Fonts,
    /// Pages so far; the last is the one being filled.
    pub pages: Vec<Page>,
    /// Where the next block starts on the last page.
    pub y: f32,
    /// The area content flows into.
    pub area: Area,
}

impl<'f> Flow<'f> {
    /// Starts on an empty first page.
    pub fn new(fonts: &'f Fonts, area: Area) -> Self {
        Self { fonts, pages: vec![Page::default()], y: area.top, area }
    }

    /// The page being filled.
    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Space left on this page.
    pub fn room(&self) -> f32 {
        self.area.bottom - self.y
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.area.top;
    }

    /// Starts a new page unless `height` still fits on this one (and this one is not empty).
    pub fn keep(&mut self, height: f32) {
        if self.room() < height && self.y > self.area.top {
            self.new_page();
        }
    }

    /// Moves down by `height` (not past the page end).
    pub fn gap(&mut self, height: f32) {
        self.y = (self.y + height).min(self.area.bottom);
    }

    /// Wrapped text across the full width, breaking pages between lines.
    pub fn paragraph(&mut self, style: Style, text: &str) {
        let (x, width) = (self.area.left, self.area.width);
        for line in self.fonts.wrap(text, style.size, width) {
            self.keep(style.line_height());
            let y = self.y;
            self.page().text(x, y, style, line);
            self.y += style.line_height();
        }
    }

    /// A heading kept on the same page as at least `keep_with` points of what follows.
    pub fn heading(&mut self, style: Style, text: &str, keep_with: f32) {
        let lines = self.fonts.wrap(text, style.size, self.area.width);
        self.keep(lines.len() as f32 * style.line_height() + keep_with);
        self.paragraph(style, text);
    }

    /// A table; rows that do not fit go on the next page under a repeated header, and a row taller
    /// than the room left is split between lines.
    pub fn table(&mut self, table: &Table, rows: &[Vec<Cell>]) {
        let x = self.area.left;
        let fonts = self.fonts;
        let header_h = {
            let mut probe = Page::default();
            table.draw_header(&mut probe, fonts, 0.0, 0.0)
        };
        self.keep(header_h + table.row_height(2));
        self.header(table);
        for row in rows {
            let wrapped = table.wrap_row(fonts, row);
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut from = 0;
            while from < lines {
                // Lines that fit above the page end under the row's padding (a hair of slack against rounding).
                let pad = table.row_height(1) - table.line_height();
                let fit = ((self.room() - pad) / table.line_height() + 1e-3).floor().max(0.0) as usize;
                let fresh = self.y <= self.area.top + header_h + 0.5;
                // Start a new page rather than leave one or two lines of a row behind.
                if fit < (lines - from).min(2) && !fresh {
                    self.new_page();
                    self.header(table);
                    continue;
                }
                let to = lines.min(from + fit.max(1));
                let y = self.y;
                self.y += table.draw_part(self.page(), x, y, (row, &wrapped), (from, to));
                from = to;
            }
        }
    }

    fn header(&mut self, table: &Table) {
        let (x, y, fonts) = (self.area.left, self.y, self.fonts);
        self.y += table.draw_header(self.page(), fonts, x, y);
    }
}
