//! Colours of the printed outputs: the same hues as the window's theme (`ui::theme`), which the io
//! layer cannot use, so that a pillar or a light looks the same on paper and on screen.

use super::pdf::Rgb;
use crate::domain::framework::PillarId;
use crate::domain::progress::{Light, Status};

/// Strong colour of a pillar.
pub fn pillar(pillar: PillarId) -> Rgb {
    match pillar {
        PillarId::Foundation => Rgb(0x1f, 0x5f, 0xa8),
        PillarId::Carrier => Rgb(0x2e, 0x7d, 0x32),
        PillarId::Means => Rgb(0xc2, 0x5e, 0x00),
        PillarId::Core => Rgb(0x6a, 0x1b, 0x9a),
    }
}

/// Light tint of a pillar.
pub fn pillar_tint(pillar: PillarId) -> Rgb {
    match pillar {
        PillarId::Foundation => Rgb(0xe3, 0xee, 0xfa),
        PillarId::Carrier => Rgb(0xe6, 0xf4, 0xe7),
        PillarId::Means => Rgb(0xfd, 0xef, 0xe0),
        PillarId::Core => Rgb(0xf1, 0xe6, 0xf7),
    }
}

/// Colour of a light; always printed with its icon and word as well.
pub fn light(light: Light) -> Rgb {
    match light {
        Light::Unscheduled => Rgb(0x5f, 0x63, 0x68),
        Light::Green => Rgb(0x1e, 0x7e, 0x34),
        Light::Yellow => Rgb(0xb2, 0x6a, 0x00),
        Light::Red => Rgb(0xc6, 0x28, 0x28),
    }
}

/// Colour of a status in bars and legends.
pub fn status(status: Status) -> Rgb {
    match status {
        Status::NotStarted => Rgb(0xc4, 0xc8, 0xce),
        Status::InProgress => Rgb(0x4a, 0x86, 0xc8),
        Status::Done => Rgb(0x2e, 0x9e, 0x4f),
        Status::Blocked => Rgb(0xc6, 0x28, 0x28),
        Status::Paused => Rgb(0xe0, 0xa1, 0x1b),
    }
}
