//! Design tokens: colours, sizes and spacing in one place. Light by default: projectors wash out dark themes.

use egui::{Color32, Context, FontFamily, FontId, TextStyle, Theme};

use crate::domain::framework::PillarId;
use crate::domain::metrics::Judgement;
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

/// Charts: the band of the middle half of all regions (premultiplied, a quarter opaque).
pub const CHART_BAND: Color32 = Color32::from_rgba_premultiplied(24, 31, 35, 64);
/// Charts: the median of all regions.
pub const CHART_MEDIAN: Color32 = Color32::from_rgb(0x45, 0x5a, 0x64);

/// Line colours of the charts, told apart on a projector and in grey print (Tableau 10, darkened).
pub const CHART_LINES: [Color32; 8] = [
    Color32::from_rgb(0x1f, 0x5f, 0x9e),
    Color32::from_rgb(0xd9, 0x6a, 0x00),
    Color32::from_rgb(0x2e, 0x7d, 0x32),
    Color32::from_rgb(0x8e, 0x24, 0xaa),
    Color32::from_rgb(0x6d, 0x4c, 0x41),
    Color32::from_rgb(0x00, 0x83, 0x8f),
    Color32::from_rgb(0xc2, 0x18, 0x5b),
    Color32::from_rgb(0x55, 0x55, 0x55),
];

/// The colour of the `n`th line of a chart.
pub fn chart_line(n: usize) -> Color32 {
    CHART_LINES[n % CHART_LINES.len()]
}

/// The roof of the diagram and slide titles: the goal of integration.
pub const GOAL: Color32 = Color32::from_rgb(0xb7, 0x1c, 0x1c);

/// Colours that change with the light or dark theme.
#[derive(Debug)]
pub struct Palette {
    /// Main text drawn by the painter.
    pub text: Color32,
    /// Secondary text drawn by the painter.
    pub weak: Color32,
    /// Card backgrounds in the diagram.
    pub card: Color32,
    /// An empty slot or the unfilled part of a bar.
    pub empty_slot: Color32,
    /// Background of error banners.
    pub error_bg: Color32,
    /// Text of error banners.
    pub error_text: Color32,
    /// Labels that mark illustrative sample data (示例数据).
    pub sample_text: Color32,
    /// Background of presentation slides.
    pub slide_bg: Color32,
    /// Pillar tints, in the order of [`PillarId::ALL`].
    tints: [Color32; 4],
}

impl Palette {
    /// Light tint of a pillar (shafts, selected cards).
    pub fn tint(&self, pillar: PillarId) -> Color32 {
        let i = PillarId::ALL.iter().position(|p| *p == pillar).unwrap_or(0);
        self.tints[i]
    }
}

/// The light theme (the default: projectors wash out dark themes).
pub static LIGHT: Palette = Palette {
    text: Color32::from_rgb(0x20, 0x21, 0x24),
    weak: Color32::from_rgb(0x5f, 0x63, 0x68),
    card: Color32::WHITE,
    empty_slot: Color32::from_rgb(0xe4, 0xe6, 0xea),
    error_bg: Color32::from_rgb(0xfd, 0xec, 0xea),
    error_text: Color32::from_rgb(0x9b, 0x1c, 0x1c),
    sample_text: Color32::from_rgb(0xb2, 0x4a, 0x00),
    slide_bg: Color32::WHITE,
    tints: [
        Color32::from_rgb(0xe3, 0xee, 0xfa),
        Color32::from_rgb(0xe6, 0xf4, 0xe7),
        Color32::from_rgb(0xfd, 0xef, 0xe0),
        Color32::from_rgb(0xf1, 0xe6, 0xf7),
    ],
};

/// The dark theme.
pub static DARK: Palette = Palette {
    text: Color32::from_rgb(0xe8, 0xea, 0xed),
    weak: Color32::from_rgb(0xa0, 0xa4, 0xaa),
    card: Color32::from_rgb(0x26, 0x28, 0x2c),
    empty_slot: Color32::from_rgb(0x3c, 0x40, 0x44),
    error_bg: Color32::from_rgb(0x4a, 0x1c, 0x1c),
    error_text: Color32::from_rgb(0xff, 0xb4, 0xab),
    sample_text: Color32::from_rgb(0xff, 0xb8, 0x6c),
    slide_bg: Color32::from_rgb(0x1b, 0x1c, 0x1f),
    tints: [
        Color32::from_rgb(0x1d, 0x2b, 0x3d),
        Color32::from_rgb(0x1e, 0x30, 0x22),
        Color32::from_rgb(0x3a, 0x2a, 0x18),
        Color32::from_rgb(0x2e, 0x20, 0x36),
    ],
};

/// The palette of the theme in use.
pub fn palette(ctx: &Context) -> &'static Palette {
    if ctx.global_style().visuals.dark_mode { &DARK } else { &LIGHT }
}

/// Colour of a light; always drawn with its icon and word as well.
pub fn light_color(light: Light) -> Color32 {
    match light {
        Light::Unscheduled => Color32::from_rgb(0x80, 0x84, 0x8a),
        Light::Green => Color32::from_rgb(0x1e, 0x7e, 0x34),
        Light::Yellow => Color32::from_rgb(0xb2, 0x6a, 0x00),
        Light::Red => Color32::from_rgb(0xc6, 0x28, 0x28),
    }
}

/// Colour of a key figure's movement; always drawn with its arrow and word as well.
pub fn judgement_color(judgement: Judgement) -> Color32 {
    match judgement {
        Judgement::Better => light_color(Light::Green),
        Judgement::Worse => light_color(Light::Red),
        Judgement::Same | Judgement::Unknown => light_color(Light::Unscheduled),
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

/// Sets the theme (light unless `dark`) and the text sizes.
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
