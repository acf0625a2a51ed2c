//! Design tokens: colours, sizes and spacing in one place. Light by default: projectors wash out dark themes.

use egui::{Color32, Context, FontFamily, FontId, TextStyle, Theme};

use crate::domain::framework::PillarId;
use crate::domain::progress::Light;

/// Body text size in points.
pub const BODY: f32 = 15.0;
/// Small print (sources, ids).
pub const SMALL: f32 = 12.5;
/// Panel headings.
pub const HEADING: f32 = 19.0;
/// The app title in the header.
pub const TITLE: f32 = 22.0;
/// Gap between blocks.
pub const GAP: f32 = 8.0;
/// Corner radius of cards.
pub const RADIUS: u8 = 6;

/// Secondary text (sources, hints).
pub const WEAK_TEXT: Color32 = Color32::from_rgb(0x5f, 0x63, 0x68);
/// Main text.
pub const STRONG_TEXT: Color32 = Color32::from_rgb(0x20, 0x21, 0x24);
/// The roof of the diagram: the goal of integration.
pub const GOAL: Color32 = Color32::from_rgb(0xb7, 0x1c, 0x1c);
/// An empty slot (e.g. a pillar an item does not strengthen).
pub const EMPTY_SLOT: Color32 = Color32::from_rgb(0xe4, 0xe6, 0xea);
/// Labels that mark illustrative sample data (示例数据).
pub const SAMPLE_TEXT: Color32 = Color32::from_rgb(0xb2, 0x4a, 0x00);
/// Background of error banners.
pub const ERROR_BG: Color32 = Color32::from_rgb(0xfd, 0xec, 0xea);
/// Text of error banners.
pub const ERROR_TEXT: Color32 = Color32::from_rgb(0x9b, 0x1c, 0x1c);

/// Colour of a light; always drawn with its icon and word as well.
pub fn light_color(light: Light) -> Color32 {
    match light {
        Light::Unscheduled => WEAK_TEXT,
        Light::Green => Color32::from_rgb(0x1e, 0x7e, 0x34),
        Light::Yellow => Color32::from_rgb(0xb2, 0x6a, 0x00),
        Light::Red => Color32::from_rgb(0xc6, 0x28, 0x28),
    }
}

/// Strong colour of a pillar (headings, borders).
pub fn pillar_color(pillar: PillarId) -> Color32 {
    match pillar {
        PillarId::Foundation => Color32::from_rgb(0x1f, 0x5f, 0xa8),
        PillarId::Carrier => Color32::from_rgb(0x2e, 0x7d, 0x32),
        PillarId::Means => Color32::from_rgb(0xc2, 0x5e, 0x00),
        PillarId::Core => Color32::from_rgb(0x6a, 0x1b, 0x9a),
    }
}

/// Light tint of a pillar (card backgrounds).
pub fn pillar_tint(pillar: PillarId) -> Color32 {
    match pillar {
        PillarId::Foundation => Color32::from_rgb(0xe3, 0xee, 0xfa),
        PillarId::Carrier => Color32::from_rgb(0xe6, 0xf4, 0xe7),
        PillarId::Means => Color32::from_rgb(0xfd, 0xef, 0xe0),
        PillarId::Core => Color32::from_rgb(0xf1, 0xe6, 0xf7),
    }
}

/// Sets the light theme and the text sizes.
pub fn apply(ctx: &Context) {
    ctx.set_theme(Theme::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::new(SMALL, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(BODY, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(BODY, FontFamily::Proportional)),
            (TextStyle::Heading, FontId::new(HEADING, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(SMALL, FontFamily::Monospace)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(GAP, GAP * 0.75);
        style.spacing.button_padding = egui::vec2(GAP, GAP * 0.5);
    });
}
