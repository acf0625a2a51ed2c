//! Chinese glyphs everywhere: the bundled Noto Sans SC subset, embedded in the binary.
//! eframe adds the system's fonts behind it for rare characters outside the subset.

use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};
use egui::{Context, FontFamily};

/// The bundled CJK font (kept here too for code that names it through the UI).
pub use crate::assets::NOTO_SANS_SC;

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
