//! Policy Cockpit (政策驾驶舱): track how far the recommendations on the deep integration of
//! sci-tech and industrial innovation have got, beside the four-pillar theory and the region's data.
//!
//! Dependencies point inward: [`ui`] and [`cli`] use [`app`], [`io`] and [`domain`];
//! [`io`] uses [`domain`]; [`domain`] uses nothing of ours but the [`i18n`] table for its messages.

pub mod app;
pub mod assets;
pub mod cli;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod ui;
