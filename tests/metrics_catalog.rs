//! The indicator catalog: the shipped one ties indicators to the framework soundly; a broken one is
//! refused with the entry and field named.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::framework;

use std::path::Path;

use policy_cockpit::domain::framework::PillarId;
use policy_cockpit::domain::metrics::{CatalogProblem, Direction};
use policy_cockpit::i18n::{Lang, describe_catalog_error};
use policy_cockpit::io::json_file::JsonFileError;
use policy_cockpit::io::metrics::catalog_file::{self, CatalogLoadError, EMBEDDED_JSON};
use serde_json::{Value, json};

fn problems(edit: impl FnOnce(&mut Value)) -> Vec<CatalogProblem> {
    let mut value: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    edit(&mut value);
    match catalog_file::parse(&value.to_string(), Path::new("office.json"), &framework()) {
        Err(CatalogLoadError::Invalid { problems, .. }) => problems,
        other => panic!("expected an invalid catalog, got {other:?}"),
    }
}

#[test]
fn the_shipped_catalog_is_sound_and_every_pillar_has_indicators() {
    let c = catalog_file::embedded(&framework()).unwrap();
    for pillar in PillarId::ALL {
        assert!(c.for_pillar(pillar).count() >= 4, "{pillar:?}");
    }
    assert!(c.indicators.iter().all(|i| !i.name_en.is_empty()));
}

#[test]
fn the_issues_examples_are_linked_as_the_framework_reads_them() {
    let c = catalog_file::embedded(&framework()).unwrap();
    let smes = c.find("科技型中小企业数").unwrap();
    assert_eq!(
        (smes.pillar, smes.elements.as_slice()),
        (Some(PillarId::Carrier), ["carrier.actors".to_owned()].as_slice())
    );
    let rd = c.find("R&D投入").unwrap();
    assert_eq!(rd.pillar, Some(PillarId::Foundation));
    assert_eq!(rd.elements, ["foundation.government", "foundation.market"]);
    assert_eq!(c.find("技术合同成交额").unwrap().elements, ["means.collaboration"]);
    assert!(c.find("揭榜挂帅项目数").unwrap().items.contains(&"bz-6.1.5".to_owned()));
    assert_eq!(c.for_item("bz-6.1.5").next().unwrap().id, "jiebang-projects");
    assert_eq!(c.find("区域创新能力排名").unwrap().direction, Direction::LowerIsBetter);
}

#[test]
fn an_unknown_item_is_named_with_its_entry_and_field() {
    let found = problems(|v| v["indicators"][0]["items"] = json!(["bz-9.9.9"]));
    assert_eq!(
        found,
        [CatalogProblem::UnknownReference { id: "gdp".into(), field: "items", value: "bz-9.9.9".into() }]
    );
}

#[test]
fn an_element_of_another_pillar_is_refused() {
    let found = problems(|v| {
        let entry = v["indicators"].as_array_mut().unwrap().iter_mut().find(|e| e["id"] == "tech-smes").unwrap();
        entry["elements"] = json!(["means.collaboration"]);
    });
    assert_eq!(
        found,
        [CatalogProblem::ElementOutsidePillar { id: "tech-smes".into(), element: "means.collaboration".into() }]
    );
}

#[test]
fn an_alias_claimed_twice_a_missing_unit_and_a_duplicate_id_are_each_named() {
    let found = problems(|v| {
        v["indicators"][1]["aliases"] = json!(["GDP"]);
        v["indicators"][2]["unit"] = json!("");
        v["indicators"][3]["id"] = v["indicators"][2]["id"].clone();
    });
    assert_eq!(
        found,
        [
            CatalogProblem::DuplicateName { id: "gdp-growth".into(), name: "GDP".into(), first: "gdp".into() },
            CatalogProblem::Missing { id: "gdp-per-capita".into(), field: "unit" },
            CatalogProblem::DuplicateId { id: "gdp-per-capita".into() },
        ]
    );
}

#[test]
fn a_truncated_catalog_is_reported_with_line_and_column_in_the_users_language() {
    let cut = &EMBEDDED_JSON[..200];
    let e = catalog_file::parse(cut, Path::new("cut.json"), &framework()).unwrap_err();
    assert!(matches!(e, CatalogLoadError::File(JsonFileError::Json { truncated: true, .. })), "{e:?}");
    let zh = describe_catalog_error(&e, Lang::Zh);
    assert!(zh.starts_with("cut.json：第 ") && zh.contains("文件不完整"), "{zh}");
}

/// The audit of issue #15: links the text does not support are gone, names are the seed's.
#[test]
fn indicators_link_only_what_the_text_supports() {
    let c = catalog_file::embedded(&framework()).unwrap();
    let get = |id: &str| c.get(id).unwrap_or_else(|| panic!("{id}"));
    // 域外 is outside Bazhong (6.4 总之: 市厅、市校、校企合作), not overseas M&A (bz-6.4.6).
    assert_eq!(get("external-mentors").items, ["bz-6.4.9"]);
    // 战略性新兴产业 grows out of 003 三（五）3, not out of chip substitution (sz-3.2.2).
    assert_eq!(get("strategic-emerging-output").items, ["sz-3.5.3"]);
    // Seed 000 二（二）二 places 新型研发机构 among the 有力主体.
    let institutions = get("new-rd-institutions");
    assert_eq!(
        (institutions.pillar, institutions.elements.as_slice()),
        (Some(PillarId::Carrier), ["carrier.actors".to_owned()].as_slice())
    );
    assert!(!get("digital-core-va").items.contains(&"dl-4.2.1".to_owned()));
    assert!(!get("invention-patents").items.contains(&"bz-6.1.20".to_owned()));
    assert!(!get("base-stations-5g").elements.contains(&"core.algorithm-compute-data".to_owned()), "5G is not compute");
    assert_eq!(get("gazelles").name, "瞪羚（独角兽）企业数");
    assert_eq!(c.find("瞪羚企业数").unwrap().id, "gazelles", "the short name still reads");
}
