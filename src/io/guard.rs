//! Parsers of files from elsewhere run under a guard: a panic inside one, ours or a library's, becomes
//! an error for that file instead of a dead window or a dead command, and prints nothing of its own.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

thread_local! {
    /// Set while this thread runs guarded code, so the panic hook stays quiet for a panic that is caught.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

static QUIET_HOOK: Once = Once::new();

/// Guarded calls running now, on any thread.
static ACTIVE: AtomicUsize = AtomicUsize::new(0);

/// Names of the worker threads of polars' pool ("polars-0" …): the Parquet reader runs there, and a panic
/// there is handed to the guarded caller that waits on it.
const POOL_THREAD_PREFIX: &str = "polars-";

/// Runs `f`; a panic inside it is returned as its message. Whatever `f` touched is dropped with it, so
/// nothing half-changed is used afterwards.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_quiet_hook();
    let was = GUARDED.with(|g| g.replace(true));
    ACTIVE.fetch_add(1, Ordering::SeqCst);
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    ACTIVE.fetch_sub(1, Ordering::SeqCst);
    GUARDED.with(|g| g.set(was));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_owned())
    })
}

/// Keeps the default panic report for every panic but those [`contain`] catches, also when a guarded call
/// waits on polars' pool and the panic happens there.
fn install_quiet_hook() {
    QUIET_HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(Cell::get) && (ACTIVE.load(Ordering::SeqCst) == 0 || !on_pool_thread()) {
                default(info);
            }
        }));
    });
}

fn on_pool_thread() -> bool {
    std::thread::current().name().is_some_and(|name| name.starts_with(POOL_THREAD_PREFIX))
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

    #[test]
    fn a_panic_on_a_pool_thread_a_guarded_call_waits_on_becomes_its_message() {
        let caught = contain(|| {
            let worker = std::thread::Builder::new().name("polars-0".to_owned()).spawn(|| panic!("in the pool"));
            match worker.map(std::thread::JoinHandle::join) {
                Ok(Err(payload)) => panic::resume_unwind(payload),
                _ => 0,
            }
        });
        assert_eq!(caught, Err("in the pool".to_owned()));
    }
}
