//! A small page-description layer over krilla: layouts fill [`Page`]s with text and vector shapes,
//! then [`render`] writes them as one PDF with the font embedded as a subset. Laying out first and
//! drawing last lets every page carry "page n of N".
//!
//! Coordinates are points from the page's top-left corner; text is placed by the top of its line box.

mod draw;
mod flow;
mod system_fonts;
mod text;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{GlyphId, KrillaGlyph, TextDirection};

pub use draw::{Cell, DiagramPillar, Table, TableColumn, bar, pillar_diagram, status_bar};
pub use flow::{Area, Flow};
pub use system_fonts::covers as installed_font_covers;
pub use text::Fonts;

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Black text.
    pub const TEXT: Rgb = Rgb(0x20, 0x21, 0x24);
    /// Secondary text (sources, footers).
    pub const WEAK: Rgb = Rgb(0x5f, 0x63, 0x68);
    /// Rules and table borders.
    pub const RULE: Rgb = Rgb(0xbd, 0xc1, 0xc6);
    /// Background of table headers and empty bars.
    pub const SHADE: Rgb = Rgb(0xee, 0xf0, 0xf3);
    /// White.
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
}

/// A text style: size in points, colour, and whether it is bold (drawn filled and outlined).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    /// Colour.
    pub color: Rgb,
    /// Heavier strokes for headings.
    pub bold: bool,
}

impl Style {
    /// Regular text of a size and colour.
    pub const fn new(size: f32, color: Rgb) -> Self {
        Self { size, color, bold: false }
    }

    /// The same, bold.
    pub const fn bold(self) -> Self {
        Self { bold: true, ..self }
    }

    /// Height of one line of this style.
    pub fn line_height(&self) -> f32 {
        self.size * 1.45
    }
}

/// One thing drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// A line of text; `y` is the top of its line box.
    Text {
        /// Left edge.
        x: f32,
        /// Top of the line box.
        y: f32,
        /// How it looks.
        style: Style,
        /// The text (one line).
        text: String,
    },
    /// A rectangle, filled and/or outlined.
    Rect {
        /// Left, top, width, height.
        rect: [f32; 4],
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline colour and width.
        stroke: Option<(Rgb, f32)>,
    },
    /// A filled polygon.
    Polygon {
        /// Corners.
        points: Vec<(f32, f32)>,
        /// Fill colour.
        fill: Rgb,
    },
    /// A straight line or a polyline.
    Line {
        /// Points joined in order.
        points: Vec<(f32, f32)>,
        /// Colour.
        color: Rgb,
        /// Width.
        width: f32,
    },
}

/// A page being laid out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// What is drawn, in order.
    pub ops: Vec<Op>,
}

impl Page {
    /// Adds one line of text with its top at `y`.
    pub fn text(&mut self, x: f32, y: f32, style: Style, text: impl Into<String>) {
        let text = text.into();
        if !text.is_empty() {
            self.ops.push(Op::Text { x, y, style, text });
        }
    }

    /// Adds a line of text centred on `cx`.
    pub fn text_centred(&mut self, fonts: &Fonts, cx: f32, y: f32, style: Style, text: &str) {
        self.text(cx - fonts.width(text, style.size) / 2.0, y, style, text);
    }

    /// Adds a line of text ending at `right`.
    pub fn text_right(&mut self, fonts: &Fonts, right: f32, y: f32, style: Style, text: &str) {
        self.text(right - fonts.width(text, style.size), y, style, text);
    }

    /// Adds a filled rectangle.
    pub fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.ops.push(Op::Rect { rect: [x, y, w, h], fill: Some(color), stroke: None });
    }

    /// Adds an outlined rectangle.
    pub fn frame(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb, width: f32) {
        self.ops.push(Op::Rect { rect: [x, y, w, h], fill: None, stroke: Some((color, width)) });
    }

    /// Adds a line between two points.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), color: Rgb, width: f32) {
        self.ops.push(Op::Line { points: vec![from, to], color, width });
    }
}

/// Title and language of the PDF, for its metadata.
pub struct Info<'a> {
    /// Document title.
    pub title: &'a str,
    /// BCP 47 language tag, e.g. "zh-CN".
    pub language: &'a str,
}

/// Writes the pages as a PDF of the given page size in points.
pub fn render(pages: &[Page], size: (f32, f32), fonts: &Fonts, info: &Info<'_>) -> Result<Vec<u8>, String> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(info.title.to_owned())
            .language(info.language.to_owned())
            .creator("政策驾驶舱 Policy Cockpit".to_owned()),
    );
    let settings = PageSettings::from_wh(size.0, size.1).ok_or("page size")?;
    for page in pages {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for op in &page.ops {
            draw(&mut surface, op, fonts);
        }
        surface.finish();
        pdf_page.finish();
    }
    document.finish().map_err(|e| format!("{e:?}"))
}

fn paint(color: Rgb) -> Fill {
    Fill { paint: rgb::Color::new(color.0, color.1, color.2).into(), opacity: NormalizedF32::ONE, ..Fill::default() }
}

fn stroke(color: Rgb, width: f32) -> Stroke {
    Stroke { paint: rgb::Color::new(color.0, color.1, color.2).into(), width, ..Stroke::default() }
}

fn draw(surface: &mut Surface<'_>, op: &Op, fonts: &Fonts) {
    match op {
        Op::Text { x, y, style, text } => {
            surface.set_fill(Some(paint(style.color)));
            surface.set_stroke(style.bold.then(|| stroke(style.color, style.size * 0.035)));
            let baseline = y + (style.line_height() - style.size) / 2.0 + fonts.ascent() * style.size;
            draw_line(surface, Point::from_xy(*x, baseline), style.size, text, fonts);
        }
        Op::Rect { rect: [x, y, w, h], fill, stroke: outline } => {
            let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)) else { return };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            let Some(path) = builder.finish() else { return };
            surface.set_fill(fill.map(paint));
            surface.set_stroke(outline.map(|(c, w)| stroke(c, w)));
            surface.draw_path(&path);
        }
        Op::Polygon { points, fill } => {
            if let Some(path) = polyline(points, true) {
                surface.set_fill(Some(paint(*fill)));
                surface.set_stroke(None);
                surface.draw_path(&path);
            }
        }
        Op::Line { points, color, width } => {
            if let Some(path) = polyline(points, false) {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*color, *width)));
                surface.draw_path(&path);
            }
        }
    }
}

/// One line of text, in runs of one font each (see [`Fonts::runs`]).
fn draw_line(surface: &mut Surface<'_>, start: Point, size: f32, text: &str, fonts: &Fonts) {
    let mut x = start.x;
    for run in fonts.runs(text) {
        let at = Point::from_xy(x, start.y);
        if run.boxes {
            // A box per character, each mapped to the character so copying and searching still work.
            let glyphs: Vec<KrillaGlyph> = run
                .text
                .char_indices()
                .map(|(i, c)| KrillaGlyph {
                    glyph_id: GlyphId::new(u32::from(fonts.box_glyph())),
                    text_range: i..i + c.len_utf8(),
                    x_advance: fonts.width(&c.to_string(), 1.0),
                    x_offset: 0.0,
                    y_offset: 0.0,
                    y_advance: 0.0,
                    location: None,
                })
                .collect();
            surface.draw_glyphs(at, &glyphs, run.font.clone(), run.text, size, false);
        } else {
            surface.draw_text(at, run.font.clone(), size, run.text, false, TextDirection::Auto);
        }
        x += fonts.width(run.text, size);
    }
}

fn polyline(points: &[(f32, f32)], close: bool) -> Option<krilla::geom::Path> {
    let (first, rest) = points.split_first()?;
    let mut builder = PathBuilder::new();
    builder.move_to(first.0, first.1);
    for p in rest {
        builder.line_to(p.0, p.1);
    }
    if close {
        builder.close();
    }
    builder.finish()
}
