//! Characters outside the bundled font subset in exported PDFs: drawn from an installed CJK font when
//! one has them (Debian: fonts-noto-cjk, which `.ci/run` installs), else counted in the export message
//! and still present in the PDF's text layer. The PDFs are read back with poppler's pdftotext and pdffonts.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::framework;

use std::path::Path;
use std::process::Command;

use policy_cockpit::app::{AppState, Command as AppCommand, Settings};
use policy_cockpit::domain::progress::{FieldValue, ProgressBook};
use policy_cockpit::io::export::{self, ExportFormat, ExportInput, installed_font_covers};

/// A rare name (CJK Extension A), a traditional character and a symbol: none is in the bundled subset.
const RARE: [char; 3] = ['䶮', '進', '☑'];
/// An unassigned code point: no font has it.
const NO_FONT: char = '\u{2FFFD}';

fn poppler(tool: &str, file: &Path) -> String {
    let mut command = Command::new(tool);
    command.arg(file);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let out = command.output().unwrap_or_else(|e| panic!("{tool} not found ({e}); install poppler-utils"));
    assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn book_with_note(note: &str) -> ProgressBook {
    let mut book = ProgressBook::default();
    book.set("yz-3.1.1", FieldValue::Note(note.into()), "测试", "2026-11-20T02:00:00Z".parse().unwrap());
    book
}

#[test]
fn characters_outside_the_subset_are_drawn_from_an_installed_font() {
    let covered: Vec<char> = RARE.into_iter().filter(|c| installed_font_covers(*c)).collect();
    if covered.is_empty() {
        eprintln!("skipped: no installed font has any of {RARE:?} (Debian: apt-get install fonts-noto-cjk)");
        return;
    }
    let note: String = covered.iter().collect();
    let (fw, book) = (framework(), book_with_note(&format!("牵头人李{note}已到位")));
    let dir = tempfile::tempdir().unwrap();
    for format in [ExportFormat::Report, ExportFormat::Slides] {
        let pdf = dir.path().join(format.default_file_name("2026-11-25".parse().unwrap(), Default::default()));
        let input = ExportInput::new(&fw, &book, "2026-11-25".parse().unwrap(), "巴中市");
        let exported = export::export(format, &input, &pdf).unwrap();
        assert!(exported.missing_glyphs.is_empty(), "{:?}", exported.missing_glyphs);
        if format == ExportFormat::Slides {
            continue; // notes are on the report's tables only
        }
        let text = poppler("pdftotext", &pdf);
        assert!(text.contains(&format!("李{note}已到位")), "{note} missing from the text:\n{text}");
        // The bundled subset and the installed font, both embedded.
        let fonts = poppler("pdffonts", &pdf);
        assert!(fonts.lines().skip(2).count() >= 2, "only one font embedded:\n{fonts}");
    }
}

#[test]
fn a_character_no_font_has_is_counted_and_stays_in_the_text() {
    let (fw, book) = (framework(), book_with_note(&format!("编号{NO_FONT}待定")));
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    let input = ExportInput::new(&fw, &book, "2026-11-25".parse().unwrap(), "巴中市");
    let exported = export::export(ExportFormat::Report, &input, &pdf).unwrap();
    assert_eq!(exported.missing_glyphs, [NO_FONT]);
    let text = poppler("pdftotext", &pdf);
    assert!(text.contains(&format!("编号{NO_FONT}待定")), "not in the text layer:\n{text}");
}

#[test]
fn the_window_says_how_many_characters_could_not_be_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("报告.pdf");
    let mut state = AppState::new(Settings::default(), "2026-11-25".parse().unwrap());
    let note = format!("编号{NO_FONT}待定");
    state.apply(AppCommand::Edit { item: "yz-3.1.1".into(), value: FieldValue::Note(note) });
    state.apply(AppCommand::Export(ExportFormat::Report, pdf.clone()));
    let notice = state.notice.unwrap();
    assert!(notice.starts_with("已导出："), "{notice}");
    assert!(notice.contains("其中 1 个字符内置字体和本机字体都没有") && notice.contains("U+2FFFD"), "{notice}");
}
