//! The progress fields of the selected item, edited in place, and its history.

use egui::RichText;
use jiff::civil::Date;

use super::{fields, theme};
use crate::app::{AppState, Command};
use crate::domain::progress::{Entry, FieldValue, Status};
use crate::i18n::{Lang, names, strings as s};

/// Draws the editor for `item`; edits become [`Command::Edit`]. A status or percent picked here brings
/// the other along (`domain::progress::consistency`), in the same undo step.
pub fn show(ui: &mut egui::Ui, state: &AppState, item: &str, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let entry = state.entry(item);
    let edit = |value: FieldValue| Command::Edit { item: item.to_owned(), value };
    ui.horizontal(|ui| {
        ui.label(RichText::new(s::PROGRESS_HEADING.get(lang)).strong());
        super::light_badge(ui, state.light(item), lang);
        // Why, in words, where the user decides what to change.
        ui.label(RichText::new(state.light_reason(item)).small().weak());
    });
    ui.add_enabled_ui(state.progress.can_edit(), |ui| {
        let id = |field: &str| egui::Id::unique(("progress-field", item, field));
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new(s::FIELD_STATUS.get(lang)).small().weak());
            egui::ComboBox::from_id_salt(id("status"))
                .selected_text(names::status(entry.status).get(lang))
                .show_ui(ui, |ui| {
                    for status in Status::ALL {
                        if ui.selectable_label(entry.status == status, names::status(status).get(lang)).clicked()
                            && entry.status != status
                        {
                            commands.push(edit(FieldValue::Status(status)));
                        }
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(s::STATUS_PERCENT_RULE.get(lang));
        });
        if let Some(p) = fields::percent(ui, id("percent"), s::FIELD_PERCENT.get(lang), entry.percent, true) {
            commands.push(edit(FieldValue::Percent(p)));
        }
        dates(ui, entry, lang, &id, &mut |v| commands.push(edit(v)));
        if let Some(t) = fields::text(ui, id("lead"), s::FIELD_LEAD_UNIT.get(lang), &entry.lead_unit, "", false) {
            commands.push(edit(FieldValue::LeadUnit(t.trim().to_owned())));
        }
        let co = entry.co_units.join("、");
        if let Some(t) = fields::text(ui, id("co"), s::FIELD_CO_UNITS.get(lang), &co, s::CO_UNITS_HINT.get(lang), false)
        {
            commands.push(edit(FieldValue::CoUnits(split_units(&t))));
        }
        for (key, label, current, make) in [
            ("note", s::FIELD_NOTE, &entry.note, FieldValue::Note as fn(String) -> FieldValue),
            ("problems", s::FIELD_PROBLEMS, &entry.problems, FieldValue::Problems),
            ("next", s::FIELD_NEXT_STEPS, &entry.next_steps, FieldValue::NextSteps),
        ] {
            if let Some(t) = fields::text(ui, id(key), label.get(lang), current, "", true) {
                commands.push(edit(make(t)));
            }
        }
        let evidence = entry.evidence.join("\n");
        if let Some(t) =
            fields::text(ui, id("evidence"), s::FIELD_EVIDENCE.get(lang), &evidence, s::EVIDENCE_HINT.get(lang), true)
        {
            let lines = t.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
            commands.push(edit(FieldValue::Evidence(lines)));
        }
    });
    if let Some(at) = entry.updated_at {
        let at = super::local_time(at);
        ui.label(RichText::new(s::UPDATED.fill(lang, &[("at", &at), ("by", &entry.updated_by)])).small().weak());
    }
    history(ui, state, item, lang);
}

/// Makes the value of one of the date fields.
type DateField = fn(Option<Date>) -> FieldValue;

/// Start, original and revised deadline; a text that is not a date is shown as an error and not saved.
fn dates(
    ui: &mut egui::Ui,
    entry: &Entry,
    lang: Lang,
    id: &dyn Fn(&str) -> egui::Id,
    push: &mut dyn FnMut(FieldValue),
) {
    let rows: [(&str, _, Option<Date>, DateField); 3] = [
        ("start", s::FIELD_START, entry.start, FieldValue::Start),
        ("deadline", s::FIELD_DEADLINE, entry.deadline, FieldValue::Deadline),
        ("revised", s::FIELD_REVISED_DEADLINE, entry.revised_deadline, FieldValue::RevisedDeadline),
    ];
    let mut errors = Vec::new();
    ui.columns(3, |cols| {
        for ((key, label, current, make), ui) in rows.into_iter().zip(cols) {
            let error_id = id(key).with("error");
            // A text that is not a date stays in the field, so the user can correct it rather than type it again.
            let bad = ui.data(|d| d.get_temp::<String>(error_id));
            let current_text = bad.clone().unwrap_or_else(|| current.map(|d| d.to_string()).unwrap_or_default());
            if let Some(text) = fields::text(ui, id(key), label.get(lang), &current_text, s::DATE_HINT.get(lang), false)
            {
                match parse_date(&text) {
                    Ok(date) => {
                        ui.data_mut(|d| d.remove::<String>(error_id));
                        push(make(date));
                    }
                    Err(()) => {
                        ui.data_mut(|d| d.insert_temp(error_id, text));
                    }
                }
            }
            if let Some(bad) = ui.data(|d| d.get_temp::<String>(error_id)) {
                errors.push(bad);
            }
        }
    });
    // Below the three narrow fields, across the whole width, so the message is never cut.
    for bad in errors {
        let text = s::BAD_DATE.fill(lang, &[("text", &bad)]);
        ui.label(RichText::new(text).small().color(theme::palette(ui.ctx()).error_text));
    }
}

/// Empty is no date; otherwise any form the ledger import reads: 2026-12-31, 2026/6/30, 2026.6.30, 2026年6月30日,
/// 2027年6月底, 2026年三季度.
fn parse_date(text: &str) -> Result<Option<Date>, ()> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    crate::io::ledger_import::read_date_text(t).map(Some).ok_or(())
}

/// Units typed as "市科技局、市财政局" or with commas.
fn split_units(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；']).map(str::trim).filter(|u| !u.is_empty()).map(str::to_owned).collect()
}

fn history(ui: &mut egui::Ui, state: &AppState, item: &str, lang: Lang) {
    let changes: Vec<_> = state.progress.book.history_of(item).collect();
    egui::CollapsingHeader::new(s::HISTORY_HEADING.fill(lang, &[("count", &changes.len())]))
        .id_salt(("history", item))
        .show(ui, |ui| {
            let empty = s::EMPTY_VALUE.get(lang);
            for change in changes.iter().take(500) {
                let or_empty = |v: &str| if v.is_empty() { empty.to_owned() } else { v.to_owned() };
                let line = s::HISTORY_LINE.fill(
                    lang,
                    &[
                        ("at", &super::local_time(change.at)),
                        ("by", &change.by),
                        ("field", &names::field(change.field).get(lang)),
                        ("old", &or_empty(&change.old)),
                        ("new", &or_empty(&change.new)),
                    ],
                );
                ui.label(RichText::new(line).small());
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_accept_slashes_and_dots_and_empty_means_none() {
        assert_eq!(parse_date("2026/12/31"), Ok(Some("2026-12-31".parse().expect("d"))));
        assert_eq!(parse_date("2026.6.30"), Ok(Some("2026-06-30".parse().expect("d"))));
        assert_eq!(parse_date("2026年6月30日"), Ok(Some("2026-06-30".parse().expect("d"))));
        assert_eq!(parse_date("2026-02-30"), Err(()));
        assert_eq!(parse_date(" "), Ok(None));
        assert_eq!(parse_date("明年"), Err(()));
        assert_eq!(parse_date("2027年6月底"), Ok(Some("2027-06-30".parse().expect("d"))), "the ledger's forms too");
    }

    #[test]
    fn units_split_on_chinese_and_latin_separators() {
        assert_eq!(split_units("市科技局、市财政局，市经信局"), ["市科技局", "市财政局", "市经信局"]);
    }
}
