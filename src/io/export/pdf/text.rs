//! Measuring and wrapping text in the bundled font, so lines break where they will be drawn.

use krilla::text::Font;

use crate::assets::NOTO_SANS_SC;

/// Characters a line may not start with (Chinese typesetting rule); they hang at the end of the line before.
const NO_LINE_START: &str = "，。、；：！？）》」』”’…%,.;:!?)]}";
/// Characters a line may not end with; they move to the start of the next line.
const NO_LINE_END: &str = "（《「『“‘([{";

/// The report's font: for drawing (krilla) and for measuring (its advance widths).
pub struct Fonts {
    /// The font krilla embeds as a subset.
    pub font: Font,
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
}

impl Fonts {
    /// Loads the bundled Noto Sans SC; `None` if the font data cannot be read (a build problem).
    pub fn load() -> Option<Self> {
        let face = ttf_parser::Face::parse(NOTO_SANS_SC, 0).ok()?;
        let font = Font::new(NOTO_SANS_SC.to_vec().into(), 0)?;
        let units_per_em = f32::from(face.units_per_em());
        Some(Self { font, face, units_per_em })
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
        let glyph = self.face.glyph_index(c).unwrap_or_default();
        f32::from(self.face.glyph_hor_advance(glyph).unwrap_or_default()) / self.units_per_em
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
        || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—')
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
    fn clamped_text_ends_in_an_ellipsis() {
        let lines = fonts().clamp("一二三四五六七八九十", 10.0, 40.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
    }
}
