//! Keyboard habits: Ctrl+Z/Y undo and redo, Ctrl+F search, Ctrl+O open indicator data, Ctrl+S "saved" (progress
//! is saved after every edit; people press it from habit), Ctrl+Shift+S snapshot, F5 present, F11 full screen,
//! and in presentation mode the arrow keys, Home, End and Esc. Keys become commands like clicks do.
//!
//! [`LIST`] is what the help window shows; [`read`] acts on the same constants, so the two cannot drift apart.

use egui::{Context, Key, KeyboardShortcut, Modifiers};

use super::{checklist, dialogs, presentation};
use crate::app::{AppState, Command, Purpose};
use crate::i18n::{Lang, Text, help as h};

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const PRESENT: [KeyboardShortcut; 1] = [key(Key::F5)];
const FULLSCREEN: [KeyboardShortcut; 1] = [key(Key::F11)];
const SEARCH: [KeyboardShortcut; 1] = [ctrl(Key::F)];
const OPEN_METRICS: [KeyboardShortcut; 1] = [ctrl(Key::O)];
const SAVE: [KeyboardShortcut; 1] = [ctrl(Key::S)];
/// Take a snapshot (also shown beside the menu entry).
pub const SNAPSHOT: [KeyboardShortcut; 1] = [ctrl_shift(Key::S)];
const UNDO: [KeyboardShortcut; 1] = [ctrl(Key::Z)];
const REDO: [KeyboardShortcut; 2] = [ctrl(Key::Y), ctrl_shift(Key::Z)];
const NEXT: [KeyboardShortcut; 4] = [key(Key::ArrowRight), key(Key::ArrowDown), key(Key::PageDown), key(Key::Space)];
const PREVIOUS: [KeyboardShortcut; 3] = [key(Key::ArrowLeft), key(Key::ArrowUp), key(Key::PageUp)];
const FIRST: [KeyboardShortcut; 1] = [key(Key::Home)];
const LAST: [KeyboardShortcut; 1] = [key(Key::End)];
const STOP: [KeyboardShortcut; 2] = [key(Key::Escape), key(Key::F5)];

/// Where a shortcut works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// On the main screen.
    Main,
    /// While presenting.
    Presenting,
    /// Anywhere.
    Anywhere,
}

/// A shortcut as the help window lists it: the keys (any of them does it), what it does, and where.
#[derive(Debug, Clone, Copy)]
pub struct Shortcut {
    /// The keys.
    pub keys: &'static [KeyboardShortcut],
    /// What it does.
    pub does: Text,
    /// Where it works.
    pub place: Where,
}

const fn entry(keys: &'static [KeyboardShortcut], does: Text, place: Where) -> Shortcut {
    Shortcut { keys, does, place }
}

/// Every shortcut, in the order the help lists them.
pub const LIST: [Shortcut; 13] = [
    entry(&PRESENT, h::DOES_PRESENT, Where::Main),
    entry(&SEARCH, h::DOES_SEARCH, Where::Main),
    entry(&OPEN_METRICS, h::DOES_OPEN_METRICS, Where::Main),
    entry(&SAVE, h::DOES_SAVE, Where::Main),
    entry(&SNAPSHOT, h::DOES_SNAPSHOT, Where::Main),
    entry(&UNDO, h::DOES_UNDO, Where::Main),
    entry(&REDO, h::DOES_REDO, Where::Main),
    entry(&NEXT, h::DOES_NEXT, Where::Presenting),
    entry(&PREVIOUS, h::DOES_PREVIOUS, Where::Presenting),
    entry(&FIRST, h::DOES_FIRST, Where::Presenting),
    entry(&LAST, h::DOES_LAST, Where::Presenting),
    entry(&STOP, h::DOES_STOP, Where::Presenting),
    entry(&FULLSCREEN, h::DOES_FULLSCREEN, Where::Anywhere),
];

/// A key combination as people write it: "Ctrl+Shift+S", "→", "Esc".
pub fn label(shortcut: &KeyboardShortcut, lang: Lang) -> String {
    let modifiers = egui::ModifierNames::NAMES.format(&shortcut.modifiers, cfg!(target_os = "macos"));
    let key = match shortcut.logical_key {
        Key::ArrowLeft => "←",
        Key::ArrowRight => "→",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::Escape => "Esc",
        Key::PageUp => "PgUp",
        Key::PageDown => "PgDn",
        Key::Space => h::KEY_SPACE.get(lang),
        other => other.name(),
    };
    if modifiers.is_empty() { key.to_owned() } else { format!("{modifiers}+{key}") }
}

/// Several keys that do the same, e.g. "Ctrl+Y 或 Ctrl+Shift+Z".
pub fn labels(keys: &[KeyboardShortcut], lang: Lang) -> String {
    keys.iter().map(|k| label(k, lang)).collect::<Vec<_>>().join(h::KEYS_OR.get(lang))
}

fn pressed(ctx: &Context, keys: &[KeyboardShortcut]) -> bool {
    keys.iter().any(|k| ctx.input_mut(|i| i.consume_shortcut(k)))
}

/// Reads this frame's shortcuts.
pub fn read(ctx: &Context, state: &AppState) -> Vec<Command> {
    let mut out = Vec::new();
    if pressed(ctx, &FULLSCREEN) {
        let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!full));
    }
    if let Some(step) = state.presentation {
        let last = presentation::slides(state, ctx.content_rect().size()).len().saturating_sub(1);
        if pressed(ctx, &STOP) {
            out.push(Command::Present(None));
        } else if pressed(ctx, &NEXT) {
            out.push(Command::Present(Some((step + 1).min(last))));
        } else if pressed(ctx, &PREVIOUS) {
            out.push(Command::Present(Some(step.saturating_sub(1))));
        } else if pressed(ctx, &FIRST) {
            out.push(Command::Present(Some(0)));
        } else if pressed(ctx, &LAST) {
            out.push(Command::Present(Some(last)));
        }
        return out;
    }
    if pressed(ctx, &PRESENT) {
        out.push(Command::Present(Some(0)));
    }
    if pressed(ctx, &SEARCH) {
        ctx.memory_mut(|m| m.request_focus(checklist::search_id()));
    }
    if pressed(ctx, &OPEN_METRICS) {
        out.push(Command::ChooseFile(Purpose::OpenMetrics));
    }
    // Ctrl+Shift+S first: a plain Ctrl+S match would take it too.
    if pressed(ctx, &SNAPSHOT) {
        if state.progress.can_edit() {
            dialogs::open(ctx, dialogs::Dialog::Snapshot);
        }
    } else if pressed(ctx, &SAVE) {
        out.push(Command::ShowSaved);
    }
    // A focused text field keeps Ctrl+Z for its own text.
    if ctx.memory(|m| m.focused().is_none()) {
        // Ctrl+Shift+Z before Ctrl+Z, for the same reason.
        if pressed(ctx, &REDO) {
            out.push(Command::Redo);
        } else if pressed(ctx, &UNDO) {
            out.push(Command::Undo);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_as_people_write_them() {
        assert_eq!(
            label(&SNAPSHOT[0], Lang::Zh),
            if cfg!(target_os = "macos") { "Cmd+Shift+S" } else { "Ctrl+Shift+S" }
        );
        assert_eq!(labels(&STOP, Lang::Zh), "Esc 或 F5");
        assert_eq!(label(&NEXT[0], Lang::En), "→");
    }
}
