//! Broken framework files are refused with a message that names the item and the field.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use policy_cockpit::domain::framework::{Entity, Flaw, PillarId};
use policy_cockpit::i18n::{Lang, describe_load_error};
use policy_cockpit::io::framework_file::{self, EMBEDDED_JSON, FrameworkLoadError};
use policy_cockpit::io::json_file::JsonFileError;
use serde_json::Value;

fn shipped_json() -> Value {
    serde_json::from_str(EMBEDDED_JSON).expect("embedded JSON parses")
}

fn parse(value: &Value) -> Result<policy_cockpit::domain::framework::Framework, FrameworkLoadError> {
    framework_file::parse(&value.to_string(), Path::new("office.json"))
}

fn flaws(value: &Value) -> Vec<Flaw> {
    match parse(value) {
        Err(FrameworkLoadError::Invalid { flaws, .. }) => flaws,
        other => panic!("expected an invalid framework, got {other:?}"),
    }
}

#[test]
fn a_duplicated_item_id_is_named() {
    let mut fw = shipped_json();
    let first = fw["items"][0]["id"].clone();
    fw["items"][1]["id"] = first.clone();
    let found = flaws(&fw);
    assert!(found.contains(&Flaw::DuplicateId { entity: Entity::Item, id: first.as_str().unwrap().to_owned() }));
}

#[test]
fn an_item_without_a_source_is_named_with_the_field() {
    let mut fw = shipped_json();
    let id = fw["items"][3]["id"].as_str().unwrap().to_owned();
    fw["items"][3].as_object_mut().map(|o| o.remove("source"));
    let found = flaws(&fw);
    assert!(found.contains(&Flaw::Missing { entity: Entity::Item, id: id.clone(), field: "source.document" }));
    assert!(found.contains(&Flaw::Missing { entity: Entity::Item, id: id.clone(), field: "source.section" }));
    let message = describe_load_error(&parse(&fw).unwrap_err(), Lang::Zh);
    assert!(message.contains(&id) && message.contains("source.document"), "{message}");
}

#[test]
fn a_lost_pillar_is_refused() {
    let mut fw = shipped_json();
    fw["pillars"].as_array_mut().map(|p| p.remove(2));
    let found = flaws(&fw);
    assert!(found.contains(&Flaw::MissingPillar(PillarId::Means)));
    // Items that pointed at the lost pillar's elements are reported too.
    assert!(found.iter().any(|p| matches!(p, Flaw::UnknownReference { field: "elements", .. })));
}

#[test]
fn an_unknown_element_or_group_reference_is_refused() {
    let mut fw = shipped_json();
    fw["items"][0]["elements"] = serde_json::json!(["foundation.nonsense"]);
    fw["items"][1]["group"] = serde_json::json!("no-such-group");
    let found = flaws(&fw);
    assert!(found.iter().any(|p| matches!(p, Flaw::UnknownReference { value, .. } if value == "foundation.nonsense")));
    assert!(found.iter().any(|p| matches!(p, Flaw::UnknownReference { value, .. } if value == "no-such-group")));
}

#[test]
fn an_unknown_audience_word_is_named_with_its_item() {
    let mut fw = shipped_json();
    let id = fw["items"][3]["id"].as_str().unwrap().to_owned();
    fw["items"][3]["addressed_to"] = serde_json::json!(["firms", "farmers"]);
    let found = flaws(&fw);
    assert_eq!(found, vec![Flaw::UnknownAudience { item: id.clone(), word: "farmers".into() }]);
    let message = describe_load_error(&parse(&fw).unwrap_err(), Lang::En);
    assert!(
        message.contains(&id) && message.contains("farmers") && message.contains("research_institutes"),
        "{message}"
    );
}

#[test]
fn an_item_without_addressed_to_loads_with_no_audience() {
    let mut fw = shipped_json();
    fw["items"][0].as_object_mut().unwrap().remove("addressed_to");
    let loaded = parse(&fw).expect("addressed_to is optional");
    assert!(loaded.items[0].addressed_to.is_empty());
}

#[test]
fn a_non_ascii_id_is_refused() {
    let mut fw = shipped_json();
    fw["items"][0]["id"] = serde_json::json!("举措-1");
    assert!(flaws(&fw).iter().any(|p| matches!(p, Flaw::BadId { entity: Entity::Item, position: 1, .. })));
}

#[test]
fn a_misspelt_field_is_refused_with_its_line() {
    let text = EMBEDDED_JSON.replacen("\"departments\"", "\"departmets\"", 1);
    match framework_file::parse(&text, Path::new("office.json")) {
        Err(FrameworkLoadError::File(JsonFileError::Json { line, detail, truncated: false, .. })) => {
            assert!(line > 1);
            assert!(detail.contains("departmets"), "{detail}");
        }
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[test]
fn a_truncated_file_is_reported_as_truncated_with_line_and_column() {
    let middle = EMBEDDED_JSON.as_bytes()[..EMBEDDED_JSON.len() / 2].iter().rposition(|&b| b == b'\n').unwrap();
    let cut = &EMBEDDED_JSON[..middle];
    let err = framework_file::parse(cut, Path::new("office.json")).err();
    let Some(err @ FrameworkLoadError::File(JsonFileError::Json { truncated: true, line, .. })) = err else {
        panic!("expected a truncated-JSON error, got {err:?}");
    };
    let message = describe_load_error(&err, Lang::Zh);
    assert!(message.contains("office.json") && message.contains(&format!("第 {line} 行")), "{message}");
    assert!(message.contains("不完整"), "{message}");
}

#[test]
fn a_newer_schema_version_is_refused() {
    let mut fw = shipped_json();
    fw["schema_version"] = serde_json::json!(99);
    assert_eq!(flaws(&fw), vec![Flaw::UnsupportedSchema { found: 99 }]);
}

#[test]
fn gbk_text_is_refused_with_the_byte_offset_and_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gbk.json");
    std::fs::write(&path, b"{\"title\": \"\xD5\xFE\xB2\xDF\"}").unwrap();
    let err = framework_file::load(&path).err();
    assert!(
        matches!(err, Some(FrameworkLoadError::File(JsonFileError::Encoding { ref source, .. })) if source.offset == 11)
    );
    let message = describe_load_error(&err.unwrap(), Lang::Zh);
    assert!(message.contains("GBK") && message.contains("UTF-8"), "{message}");
}

#[test]
fn a_file_saved_with_a_bom_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.json");
    std::fs::write(&path, format!("\u{feff}{EMBEDDED_JSON}")).unwrap();
    let fw = framework_file::load(&path).unwrap();
    assert_eq!(fw.pillars.len(), 4);
}

/// The position of a diagnosis in the shipped file, and its id.
fn problem_at(fw: &Value, index: usize) -> String {
    fw["problems"][index]["id"].as_str().unwrap().to_owned()
}

#[test]
fn a_problem_without_remedies_is_refused_naming_it() {
    let mut fw = shipped_json();
    let id = problem_at(&fw, 0);
    fw["problems"][0]["remedies"] = serde_json::json!([]);
    assert_eq!(flaws(&fw), vec![Flaw::ProblemWithoutRemedy { problem: id.clone() }]);
    let message = describe_load_error(&parse(&fw).unwrap_err(), Lang::Zh);
    assert!(message.contains(&format!("问题/短板“{id}”没有对应举措")), "{message}");
}

#[test]
fn a_problem_whose_remedy_is_not_an_item_is_refused_naming_both() {
    let mut fw = shipped_json();
    let id = problem_at(&fw, 1);
    fw["problems"][1]["remedies"][0]["item"] = serde_json::json!("bz-9.9.9");
    assert_eq!(flaws(&fw), vec![Flaw::UnknownRemedy { problem: id.clone(), item: "bz-9.9.9".into() }]);
    let message = describe_load_error(&parse(&fw).unwrap_err(), Lang::Zh);
    assert!(message.contains(&id) && message.contains("“bz-9.9.9”在框架中不存在"), "{message}");
}

#[test]
fn a_problem_whose_indicator_is_not_in_the_catalog_is_refused_naming_both() {
    let mut fw = shipped_json();
    let id = problem_at(&fw, 2);
    fw["problems"][2]["indicators"] = serde_json::json!(["tech-contract-value", "happiness-index"]);
    assert_eq!(flaws(&fw), vec![Flaw::UnknownIndicator { problem: id.clone(), indicator: "happiness-index".into() }]);
    let message = describe_load_error(&parse(&fw).unwrap_err(), Lang::Zh);
    assert!(message.contains(&id) && message.contains("“happiness-index”不在指标目录"), "{message}");
}

#[test]
fn a_problem_without_a_quote_or_source_is_named_with_the_field() {
    let mut fw = shipped_json();
    let id = problem_at(&fw, 0);
    fw["problems"][0]["quote"] = serde_json::json!(" ");
    fw["problems"][0]["source"]["document"] = serde_json::json!("no-such-document");
    let found = flaws(&fw);
    assert!(found.contains(&Flaw::Missing { entity: Entity::Problem, id: id.clone(), field: "quote" }));
    let unknown = Flaw::UnknownReference {
        entity: Entity::Problem,
        id: id.clone(),
        field: "source.document",
        value: "no-such-document".into(),
    };
    assert!(found.contains(&unknown), "{found:?}");
}

#[test]
fn an_older_file_without_problems_or_notes_still_loads() {
    let mut fw = shipped_json();
    let object = fw.as_object_mut().unwrap();
    for key in ["problems", "classification_note", "classification_note_en"] {
        object.remove(key);
    }
    for item in fw["items"].as_array_mut().unwrap() {
        item.as_object_mut().unwrap().remove("editor_note");
    }
    let loaded = parse(&fw).expect("the diagnoses and notes are optional");
    assert!(loaded.problems.is_empty() && loaded.classification_note.is_empty());
    assert!(loaded.items.iter().all(|i| i.editor_note.is_none()));
}
