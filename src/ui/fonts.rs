//! Chinese glyphs everywhere: the bundled Noto Sans SC subset, embedded in the binary.
//! eframe adds the system's fonts behind it for rare characters outside the subset.

use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};
use egui::{Context, FontFamily};

/// Noto Sans CJK SC, subset to GB 2312 and the framework's characters (SIL OFL 1.1, see `assets/fonts/OFL.txt`).
pub const NOTO_SANS_SC: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf");

/// Installs the CJK font: first choice for proportional text (consistent Latin and Chinese), fallback for monospace.
pub fn install(ctx: &Context) {
    ctx.add_font(FontInsert::new(
        "NotoSansSC",
        FontData::from_static(NOTO_SANS_SC),
        vec![
            InsertFontFamily { family: FontFamily::Proportional, priority: FontPriority::Highest },
            InsertFontFamily { family: FontFamily::Monospace, priority: FontPriority::Lowest },
        ],
    ));
}
