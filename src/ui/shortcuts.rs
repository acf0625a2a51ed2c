//! Keyboard habits: Ctrl+Z/Y undo and redo, Ctrl+F search, Ctrl+O open indicator data, Ctrl+S "saved" (progress
//! is saved after every edit; people press it from habit), Ctrl+Shift+S snapshot, F5 present, and in presentation
//! mode the arrow keys, Home, End and Esc. Keys become commands like clicks do.

use egui::{Context, Key, KeyboardShortcut, Modifiers};

use super::{checklist, dialogs, presentation};
use crate::app::{AppState, Command, Purpose};

fn pressed(ctx: &Context, modifiers: Modifiers, key: Key) -> bool {
    ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)))
}

/// Reads this frame's shortcuts.
pub fn read(ctx: &Context, state: &AppState) -> Vec<Command> {
    let mut out = Vec::new();
    if let Some(step) = state.presentation {
        let last = presentation::slides(state, ctx.content_rect().size()).len().saturating_sub(1);
        let next = [Key::ArrowRight, Key::ArrowDown, Key::PageDown, Key::Space];
        let previous = [Key::ArrowLeft, Key::ArrowUp, Key::PageUp];
        if pressed(ctx, Modifiers::NONE, Key::Escape) || pressed(ctx, Modifiers::NONE, Key::F5) {
            out.push(Command::Present(None));
        } else if next.into_iter().any(|k| pressed(ctx, Modifiers::NONE, k)) {
            out.push(Command::Present(Some((step + 1).min(last))));
        } else if previous.into_iter().any(|k| pressed(ctx, Modifiers::NONE, k)) {
            out.push(Command::Present(Some(step.saturating_sub(1))));
        } else if pressed(ctx, Modifiers::NONE, Key::Home) {
            out.push(Command::Present(Some(0)));
        } else if pressed(ctx, Modifiers::NONE, Key::End) {
            out.push(Command::Present(Some(last)));
        }
        return out;
    }
    if pressed(ctx, Modifiers::NONE, Key::F5) {
        out.push(Command::Present(Some(0)));
    }
    if pressed(ctx, Modifiers::COMMAND, Key::F) {
        ctx.memory_mut(|m| m.request_focus(checklist::search_id()));
    }
    if pressed(ctx, Modifiers::COMMAND, Key::O) {
        out.push(Command::ChooseFile(Purpose::OpenMetrics));
    }
    // Ctrl+Shift+S first: a plain Ctrl+S match would take it too.
    if pressed(ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::S) {
        if state.progress.can_edit() {
            dialogs::open(ctx, dialogs::Dialog::Snapshot);
        }
    } else if pressed(ctx, Modifiers::COMMAND, Key::S) {
        out.push(Command::ShowSaved);
    }
    // A focused text field keeps Ctrl+Z for its own text.
    if ctx.memory(|m| m.focused().is_none()) {
        if pressed(ctx, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z) || pressed(ctx, Modifiers::COMMAND, Key::Y) {
            out.push(Command::Redo);
        } else if pressed(ctx, Modifiers::COMMAND, Key::Z) {
            out.push(Command::Undo);
        }
    }
    out
}
