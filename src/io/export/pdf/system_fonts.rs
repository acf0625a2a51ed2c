//! Installed fonts that can draw what the bundled subset lacks: rare names (䶮), traditional characters
//! (進), symbols. Looked up at well-known paths only (no font service, nothing downloaded), and read
//! only when a text needs them.

use std::cell::OnceCell;
use std::path::PathBuf;
use std::sync::Arc;

/// An installed font, read.
pub struct SystemFont {
    /// The file's bytes.
    data: Arc<Vec<u8>>,
    /// The face within a collection (.ttc); 0 for a single font.
    index: u32,
    /// The same face for krilla to embed.
    pub font: krilla::text::Font,
}

impl SystemFont {
    /// The face, parsed (cheap: it reads the table directory).
    pub fn face(&self) -> Option<ttf_parser::Face<'_>> {
        ttf_parser::Face::parse(&self.data, self.index).ok()
    }

    /// The character's advance as a share of the font size, if the font has it.
    pub fn advance(&self, c: char) -> Option<f32> {
        let face = self.face()?;
        let glyph = face.glyph_index(c)?;
        Some(f32::from(face.glyph_hor_advance(glyph).unwrap_or_default()) / f32::from(face.units_per_em()))
    }
}

/// An installed font file, read the first time a character needs it.
pub struct Candidate {
    path: PathBuf,
    index: u32,
    loaded: OnceCell<Option<SystemFont>>,
}

impl Candidate {
    /// The font, read on first use; `None` when it cannot be read.
    pub fn font(&self) -> Option<&SystemFont> {
        self.loaded
            .get_or_init(|| {
                let data = Arc::new(std::fs::read(&self.path).ok()?);
                ttf_parser::Face::parse(&data, self.index).ok()?;
                let font = krilla::text::Font::new(data.clone().into(), self.index)?;
                Some(SystemFont { data, index: self.index, font })
            })
            .as_ref()
    }
}

/// Candidate fonts, best first: the full Noto Sans CJK SC (the bundled subset's own design), other Chinese
/// fonts that ship with each system, then fonts with wide symbol coverage.
fn candidates() -> Vec<(PathBuf, u32)> {
    let windows = std::env::var_os("WINDIR").map_or_else(|| PathBuf::from(r"C:\Windows"), PathBuf::from).join("Fonts");
    let unix: [(&str, u32); 14] = [
        // Debian/Ubuntu fonts-noto-cjk (face 2 = SC), Arch, Fedora.
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
        ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
        ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", 2),
        ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
        ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
        // macOS.
        ("/System/Library/Fonts/PingFang.ttc", 0),
        ("/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
        ("/System/Library/Fonts/STHeiti Light.ttc", 0),
        ("/Library/Fonts/Arial Unicode.ttf", 0),
        ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
        ("/System/Library/Fonts/Apple Symbols.ttf", 0),
    ];
    // Windows: 微软雅黑, 宋体 and its Extension B companion, 微軟正黑體 (traditional), Segoe UI Symbol.
    let windows_fonts = [("msyh.ttc", 0), ("simsun.ttc", 0), ("simsunb.ttf", 0), ("msjh.ttc", 0), ("seguisym.ttf", 0)];
    let mut out: Vec<(PathBuf, u32)> = unix.iter().map(|(p, i)| (PathBuf::from(p), *i)).collect();
    out.extend(windows_fonts.iter().map(|(name, i)| (windows.join(name), *i)));
    out
}

/// The candidate fonts that are installed, best first (none is read yet).
pub fn installed() -> Vec<Candidate> {
    candidates()
        .into_iter()
        .filter(|(path, _)| path.is_file())
        .map(|(path, index)| Candidate { path, index, loaded: OnceCell::new() })
        .collect()
}

/// Whether an installed font can draw the character (for callers that explain what a PDF will show).
pub fn covers(c: char) -> bool {
    installed().iter().any(|candidate| candidate.font().and_then(|f| f.advance(c)).is_some())
}
