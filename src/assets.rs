//! Files built into the binary that both the window and the exporters use.

/// Noto Sans CJK SC, subset to GB 2312 and the framework's characters (SIL OFL 1.1, see `assets/fonts/OFL.txt`).
pub const NOTO_SANS_SC: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Subset.otf");
