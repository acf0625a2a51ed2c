//! Measuring and wrapping text in the bundled font, so lines break where they will be drawn; characters
//! the bundled subset lacks come from an installed font ([`super::system_fonts`]), and those no font has
//! are counted so the user is told.

use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeSet, HashMap};

use krilla::text::Font;

use super::system_fonts::{self, Candidate};
use crate::assets::NOTO_SANS_SC;

/// What stands in for a character no font has: a white square, in the bundled font (GB 2312 has it).
const BOX: char = '□';

/// Characters a line may not start with (Chinese typesetting rule); they hang at the end of the line before.
const NO_LINE_START: &str = "，。、；：！？）》」』”’…%,.;:!?)]}";
/// Characters a line may not end with; they move to the start of the next line.
const NO_LINE_END: &str = "（《「『“‘([{";

/// Which font draws a character, and its advance as a share of the font size.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    /// The bundled subset.
    Bundled,
    /// The installed font of this index among the candidates.
    Installed(usize),
    /// No font has it: drawn as [`BOX`], the character itself kept in the text layer.
    Missing,
}

/// A piece of a line drawn in one font.
pub struct Run<'f, 't> {
    /// The font.
    pub font: &'f Font,
    /// The text.
    pub text: &'t str,
    /// No font has these characters: draw [`Fonts::box_glyph`] for each.
    pub boxes: bool,
}

/// The report's fonts: for drawing (krilla) and for measuring (their advance widths).
pub struct Fonts {
    /// The font krilla embeds as a subset.
    pub font: Font,
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Installed fonts behind the bundled one, found on first need.
    installed: OnceCell<Vec<Candidate>>,
    /// Characters outside the bundled font: where each comes from and its advance.
    outside: RefCell<HashMap<char, (Source, f32)>>,
    /// Characters drawn that no font has.
    missing: RefCell<BTreeSet<char>>,
}

impl Fonts {
    /// Loads the bundled Noto Sans SC; `None` if the font data cannot be read (a build problem).
    pub fn load() -> Option<Self> {
        let face = ttf_parser::Face::parse(NOTO_SANS_SC, 0).ok()?;
        let font = Font::new(NOTO_SANS_SC.into(), 0)?;
        let units_per_em = f32::from(face.units_per_em());
        Some(Self {
            font,
            face,
            units_per_em,
            installed: OnceCell::new(),
            outside: RefCell::default(),
            missing: RefCell::default(),
        })
    }

    /// The characters drawn so far that no font could show, in code point order.
    pub fn missing(&self) -> Vec<char> {
        self.missing.borrow().iter().copied().collect()
    }

    /// The text split into runs of one font each, for drawing; records characters no font has.
    pub fn runs<'t>(&self, text: &'t str) -> Vec<Run<'_, 't>> {
        let mut runs: Vec<(Source, usize, usize)> = Vec::new();
        for (at, c) in text.char_indices() {
            let source = self.source(c).0;
            if source == Source::Missing {
                self.missing.borrow_mut().insert(c);
            }
            match runs.last_mut() {
                Some((last, _, end)) if *last == source => *end = at + c.len_utf8(),
                _ => runs.push((source, at, at + c.len_utf8())),
            }
        }
        runs.into_iter()
            .map(|(source, start, end)| {
                let font = match source {
                    Source::Installed(i) => self.candidate_font(i).map_or(&self.font, |f| &f.font),
                    Source::Bundled | Source::Missing => &self.font,
                };
                Run { font, text: &text[start..end], boxes: source == Source::Missing }
            })
            .collect()
    }

    /// The bundled font's glyph for [`BOX`], drawn for characters no font has.
    pub fn box_glyph(&self) -> u16 {
        self.face.glyph_index(BOX).unwrap_or_default().0
    }

    /// Where a character comes from and its advance.
    fn source(&self, c: char) -> (Source, f32) {
        if let Some(glyph) = self.face.glyph_index(c) {
            return (Source::Bundled, self.glyph_advance(glyph));
        }
        if let Some(found) = self.outside.borrow().get(&c) {
            return *found;
        }
        let installed = self.installed.get_or_init(system_fonts::installed);
        let found = installed
            .iter()
            .enumerate()
            .find_map(|(i, candidate)| candidate.font()?.advance(c).map(|a| (Source::Installed(i), a)))
            .unwrap_or((Source::Missing, self.glyph_advance(ttf_parser::GlyphId(self.box_glyph()))));
        self.outside.borrow_mut().insert(c, found);
        found
    }

    fn candidate_font(&self, i: usize) -> Option<&system_fonts::SystemFont> {
        self.installed.get()?.get(i)?.font()
    }

    fn glyph_advance(&self, glyph: ttf_parser::GlyphId) -> f32 {
        f32::from(self.face.glyph_hor_advance(glyph).unwrap_or_default()) / self.units_per_em
    }

    /// Distance from the top of a line box to the baseline, as a share of the font size.
    pub fn ascent(&self) -> f32 {
        f32::from(self.face.ascender()) / self.units_per_em
    }

    /// Width of the text at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    fn advance(&self, c: char) -> f32 {
        self.source(c).1
    }

    /// The text broken into lines no wider than `width`: between Chinese characters, at spaces
    /// between Latin words, inside a word only when it is wider than a line. Line breaks in the text are kept.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            self.wrap_paragraph(paragraph.trim_end_matches('\r'), size, width, &mut lines);
        }
        lines
    }

    fn wrap_paragraph(&self, text: &str, size: f32, width: f32, lines: &mut Vec<String>) {
        let mut line = String::new();
        let mut line_w = 0.0;
        for unit in units(text) {
            let unit_w = self.width(unit, size);
            let hangs = unit.chars().all(|c| NO_LINE_START.contains(c));
            if line_w + unit_w > width && !line.is_empty() && !hangs {
                let carried = match line.chars().last() {
                    Some(c) if NO_LINE_END.contains(c) && line.chars().count() > 1 => line.pop(),
                    _ => None,
                };
                lines.push(line.trim_end().to_owned());
                line.clear();
                line_w = 0.0;
                if let Some(c) = carried {
                    line.push(c);
                    line_w = self.advance(c) * size;
                }
                if unit.trim().is_empty() {
                    continue;
                }
            }
            if unit_w > width && line.is_empty() {
                // A word longer than a line: break it wherever it fills the line.
                for c in unit.chars() {
                    let w = self.advance(c) * size;
                    if line_w + w > width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += w;
                }
                continue;
            }
            line.push_str(unit);
            line_w += unit_w;
        }
        lines.push(line.trim_end().to_owned());
    }

    /// At most `max_lines` lines of the wrapped text; if it is longer, the last line ends in “…”.
    pub fn clamp(&self, text: &str, size: f32, width: f32, max_lines: usize) -> Vec<String> {
        let mut lines = self.wrap(text, size, width);
        if lines.len() > max_lines {
            lines.truncate(max_lines);
            if let Some(last) = lines.last_mut() {
                while !last.is_empty() && self.width(&format!("{last}…"), size) > width {
                    last.pop();
                }
                last.push('…');
            }
        }
        lines
    }
}

/// Pieces a line may break between: each CJK character alone, a Latin word with no spaces, each space.
fn units(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let len = if first.is_whitespace() || is_wide(first) {
            first.len_utf8()
        } else {
            rest.find(|c: char| c.is_whitespace() || is_wide(c)).unwrap_or(rest.len())
        };
        let (unit, tail) = rest.split_at(len);
        rest = tail;
        Some(unit)
    })
}

/// CJK ideographs, punctuation and full-width forms: a line may break before or after each.
fn is_wide(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FFEF}')
        || matches!(c, '\u{20000}'..='\u{3FFFF}' | '“' | '”' | '‘' | '’' | '…' | '—')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().expect("bundled font")
    }

    #[test]
    fn chinese_breaks_between_characters_and_fits_the_width() {
        let f = fonts();
        let lines = f.wrap("打造自主可控的技术生态供给体系", 10.0, 52.0);
        assert_eq!(lines, ["打造自主可", "控的技术生", "态供给体系"]);
        assert!(lines.iter().all(|l| f.width(l, 10.0) <= 52.0));
    }

    #[test]
    fn punctuation_does_not_start_a_line() {
        let lines = fonts().wrap("一二三四，五六", 10.0, 40.0);
        assert_eq!(lines, ["一二三四，", "五六"]);
    }

    #[test]
    fn an_opening_quote_does_not_end_a_line() {
        let lines = fonts().wrap("一二三“四五”", 10.0, 40.0);
        assert_eq!(lines, ["一二三", "“四五”"]);
    }

    #[test]
    fn latin_words_wrap_at_spaces_and_long_words_are_cut() {
        let f = fonts();
        let lines = f.wrap("Build a self-reliant supply system", 10.0, 90.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| !l.starts_with(' ') && f.width(l, 10.0) <= 90.0), "{lines:?}");
        assert!(f.wrap(&"x".repeat(100), 10.0, 50.0).iter().all(|l| f.width(l, 10.0) <= 50.0));
    }

    #[test]
    fn a_character_no_font_has_is_its_own_run_of_boxes_and_is_recorded() {
        let f = fonts();
        // An unassigned code point: neither the subset nor any installed font has it.
        let runs = f.runs("编号\u{2FFFD}待定");
        let pieces: Vec<(&str, bool)> = runs.iter().map(|r| (r.text, r.boxes)).collect();
        assert_eq!(pieces, [("编号", false), ("\u{2FFFD}", true), ("待定", false)]);
        assert_eq!(f.missing(), ['\u{2FFFD}']);
        assert!(f.width("\u{2FFFD}", 10.0) > 0.0, "the box takes room");
    }

    #[test]
    fn clamped_text_ends_in_an_ellipsis() {
        let lines = fonts().clamp("一二三四五六七八九十", 10.0, 40.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
    }
}
