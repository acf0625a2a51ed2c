//! Parsers of files from elsewhere run under a guard: a panic inside one, ours or a library's, becomes
//! an error for that file instead of a dead window or a dead command, and prints nothing of its own.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while this thread runs guarded code, so the panic hook stays quiet for a panic that is caught.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

static QUIET_HOOK: Once = Once::new();

/// Runs `f`; a panic inside it is returned as its message. Whatever `f` touched is dropped with it, so
/// nothing half-changed is used afterwards.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_quiet_hook();
    let was = GUARDED.with(|g| g.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(was));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_owned())
    })
}

/// Keeps the default panic report for every panic but those [`contain`] catches.
fn install_quiet_hook() {
    QUIET_HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(Cell::get) {
                default(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_a_value_passes_through() {
        assert_eq!(contain(|| 7), Ok(7));
        let v: Vec<u8> = Vec::new();
        let caught = contain(|| v[3]);
        assert!(caught.as_ref().is_err_and(|m| m.contains("index out of bounds")), "{caught:?}");
        assert_eq!(contain(|| -> u8 { panic!("{}", "formatted") }), Err("formatted".to_owned()));
    }
}
