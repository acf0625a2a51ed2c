//! The domain: plain Rust types and rules with no UI and no files.

pub mod framework;
pub mod index;
pub mod metrics;
pub mod progress;
