//! 设置 is a window that keeps what is typed (Tab and Enter stay inside it), the first-run welcome asks for name,
//! unit and region once, and 帮助 lists the shortcuts and explains the lights in plain words.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::{harness, harness_as_is};

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::Settings;
use policy_cockpit::i18n::Lang;

/// Lets half a second pass: two clicks within 0.3 s count as a double click, which a button does not take as a
/// click (a person does not click the header and then the window that fast).
fn pause(h: &mut egui_kittest::Harness<'static, policy_cockpit::app::CockpitApp>) {
    for _ in 0..30 {
        h.step();
    }
}

/// The window on default settings with 设置 open and the cursor in `field`.
fn settings_at(field: &str) -> egui_kittest::Harness<'static, policy_cockpit::app::CockpitApp> {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_role_and_label(Role::Button, "设置").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, field).click();
    h.run();
    h
}

fn type_text(h: &egui_kittest::Harness<'static, policy_cockpit::app::CockpitApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
}

#[test]
fn typing_a_name_then_tab_then_a_unit_sets_both_and_never_switches_the_language() {
    let mut h = settings_at("填报人");
    type_text(&h, "张三");
    h.run();
    h.key_press(Key::Tab);
    h.run();
    type_text(&h, "县科技局");
    h.run();
    // Enter, then Tab and Enter again: the keys the header's English button used to catch.
    for key in [Key::Enter, Key::Tab, Key::Tab, Key::Enter] {
        h.key_press(key);
        h.run();
    }
    let settings = &h.state().state.settings;
    assert_eq!(settings.user_name, "张三");
    assert_eq!(settings.user_unit, "县科技局");
    assert_eq!(settings.lang, Lang::Zh, "the language stays Chinese");
    assert!(h.query_by_role_and_label(Role::TextInput, "本单位").is_some(), "the window is still open");
}

#[test]
fn esc_closes_the_settings_window_and_keeps_what_was_typed() {
    let mut h = settings_at("地区");
    type_text(&h, "通江县");
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_role_and_label(Role::TextInput, "填报人").is_none(), "the window is closed");
    assert_eq!(h.state().state.settings.region, "通江县");
}

#[test]
fn the_settings_window_offers_the_regions_of_the_loaded_data() {
    let mut h = settings_at("地区");
    type_text(&h, "通江");
    h.run();
    h.get_by_role_and_label(Role::Button, "通江县").click();
    h.run();
    assert_eq!(h.state().state.settings.region, "通江县");
}

#[test]
fn fresh_settings_show_the_welcome_and_start_stores_the_three_values_once() {
    let mut h = harness_as_is(Settings::default());
    h.run();
    h.get_by_label("欢迎使用政策驾驶舱");
    for (field, value) in [("填报人", "李四"), ("本单位", "县发改局"), ("地区", "巴州区")] {
        h.get_by_role_and_label(Role::TextInput, field).click();
        h.run();
        type_text(&h, value);
        h.run();
    }
    h.get_by_role_and_label(Role::Button, "开始使用").click();
    h.run();
    let settings = h.state().state.settings.clone();
    assert_eq!((settings.user_name.as_str(), settings.user_unit.as_str()), ("李四", "县发改局"));
    assert_eq!(settings.region, "巴州区");
    assert!(settings.welcomed);
    assert!(h.query_by_label("欢迎使用政策驾驶舱").is_none());
    // Emptied again, the settings do not bring the welcome back.
    for command in [
        policy_cockpit::app::Command::SetUserName(String::new()),
        policy_cockpit::app::Command::SetUserUnit(String::new()),
        policy_cockpit::app::Command::SetRegion(String::new()),
    ] {
        h.state_mut().state.apply(command);
    }
    h.run();
    assert!(h.query_by_label("欢迎使用政策驾驶舱").is_none());
}

#[test]
fn later_puts_the_welcome_off_for_good_without_setting_anything() {
    let mut h = harness_as_is(Settings::default());
    h.run();
    h.get_by_role_and_label(Role::Button, "以后再说").click();
    h.run();
    let settings = &h.state().state.settings;
    assert!(settings.welcomed && settings.user_name.is_empty() && settings.region.is_empty());
    assert!(h.query_by_label("欢迎使用政策驾驶舱").is_none());
}

#[test]
fn help_lists_the_shortcuts_and_its_notes_explain_the_yellow_light() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_role_and_label(Role::Button, "帮助").click();
    h.run();
    pause(&mut h);
    h.get_by_label("F5");
    h.get_by_label("F11");
    h.get_by_label("开始演示（从第一页）");
    h.get_by_label("Ctrl+Shift+S");
    h.get_by_label("无需保存：每次修改都已自动保存");
    h.get_by_label("使用指南").click();
    h.run();
    assert!(h.query_by_label_contains("导入台账").is_some(), "the guide names the ledger import");
    pause(&mut h);
    h.get_by_label("说明").click();
    h.run();
    assert!(h.query_by_label_contains("黄灯：离期限不足 14 天").is_some(), "the notes explain the yellow light");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("说明").is_none(), "Esc closes the help");
}
