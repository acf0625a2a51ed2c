//! The framework shipped with the app holds what the source documents say, each item with its source.
#![allow(clippy::unwrap_used)]

use policy_cockpit::domain::framework::{Framework, GroupKind, Level, PillarId};
use policy_cockpit::io::framework_file;

fn shipped() -> Framework {
    framework_file::embedded().expect("embedded framework loads")
}

#[test]
fn shipped_framework_has_the_four_pillars_of_figure_1_with_their_elements() {
    let fw = shipped();
    let expected = [
        (PillarId::Foundation, "基础支撑", ["有为政府", "有效市场"]),
        (PillarId::Carrier, "关键载体", ["有容环境", "有力主体"]),
        (PillarId::Means, "重要手段", ["开源开放创新生态", "产学研协同"]),
        (PillarId::Core, "核心要素", ["“算法+算力+数据”", "应用场景"]),
    ];
    assert_eq!(fw.pillars.len(), 4);
    for ((id, name, elements), pillar) in expected.iter().zip(&fw.pillars) {
        assert_eq!(pillar.id, *id);
        assert_eq!(pillar.name, *name);
        let names: Vec<&str> = pillar.elements.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, elements.to_vec(), "elements of {name}");
        assert_eq!(pillar.source.document, "yuan-zou-2025");
        for element in &pillar.elements {
            assert!(element.meaning.chars().count() >= 40, "{} needs the document's explanation", element.id);
            assert!(element.source.section.starts_with('二'), "{} comes from section 二", element.id);
        }
    }
}

#[test]
fn every_item_cites_a_known_document_and_section_and_strengthens_a_pillar() {
    let fw = shipped();
    assert!(fw.problems().is_empty());
    for item in &fw.items {
        let doc = fw.document(&item.source.document);
        assert!(doc.is_some(), "{} cites an unknown document", item.id);
        assert!(!item.source.section.trim().is_empty(), "{} has no section", item.id);
        assert!(!fw.pillars_of(item).is_empty(), "{} strengthens no pillar", item.id);
        let group = fw.group(&item.group).map(|g| g.document.as_str());
        assert_eq!(group, Some(item.source.document.as_str()), "{} sits under another document's section", item.id);
    }
}

#[test]
fn paths_and_policy_choices_of_yuan_zou_have_three_items_each() {
    let fw = shipped();
    let path_titles = ["增加高质量科技供给", "强化企业科技创新主体地位", "促进科技成果转化应用"];
    let paths: Vec<_> =
        fw.groups.iter().filter(|g| g.document == "yuan-zou-2025" && g.kind == GroupKind::PracticePath).collect();
    assert_eq!(paths.iter().map(|g| g.title.as_str()).collect::<Vec<_>>(), path_titles);
    let choices: Vec<_> =
        fw.groups.iter().filter(|g| g.document == "yuan-zou-2025" && g.kind == GroupKind::PolicyChoice).collect();
    assert_eq!(choices.len(), 5);
    for group in paths.iter().chain(&choices) {
        assert_eq!(fw.items_in_group(&group.id).count(), 3, "{} should have three items", group.title);
    }
    let sections: Vec<&str> = choices.iter().map(|g| g.section.as_str()).collect();
    assert_eq!(sections, ["四（一）", "四（二）", "四（三）", "四（四）", "四（五）"]);
}

#[test]
fn county_actions_of_the_bazhong_report_cover_every_topic_of_chapter_6() {
    let fw = shipped();
    let county: Vec<_> = fw.items.iter().filter(|i| i.source.document == "bazhong-2025").collect();
    assert!(county.iter().all(|i| i.source.section.starts_with('6')), "all from chapter 6");
    assert!(county.iter().filter(|i| i.level == Level::CityCounty).count() >= county.len() - 2);
    let topics = [
        "领导小组",
        "联席会议",
        "创新联合体",
        "揭榜挂帅",
        "基金",
        "数据平台",
        "仪器",
        "知识产权",
        "中介",
        "中试",
        "人才",
        "迭代",
        "风险",
        "开放",
    ];
    for topic in topics {
        assert!(
            county.iter().any(|i| i.title.contains(topic) || i.summary.contains(topic)),
            "no county action mentions {topic}"
        );
    }
    let leading_group = county.iter().find(|i| i.title.contains("领导小组")).map(|i| &i.departments);
    assert!(leading_group.is_some_and(|d| d.len() >= 3), "the leading group names its departments");
}

#[test]
fn the_other_three_documents_contribute_their_paths() {
    let fw = shipped();
    let count = |prefix: &str| fw.items.iter().filter(|i| i.source.document.starts_with(prefix)).count();
    assert!(count("xxsb-") >= 5, "enterprise-led collaboration paths of 学习时报");
    let directions = fw.groups.iter().filter(|g| g.kind == GroupKind::StrategicDirection).count();
    assert_eq!(directions, 5, "five strategic directions of the digital-economy study");
    let du_li = fw.groups.iter().filter(|g| g.document == "du-li" && g.kind == GroupKind::PracticePath).count();
    assert_eq!(du_li, 5, "five practice paths of 杜传忠、李钰葳");
}

#[test]
fn du_li_theory_keeps_the_three_data_stages_in_order() {
    let fw = shipped();
    let du_li = fw.document("du-li").expect("du-li");
    let titles: Vec<&str> = du_li.theory.iter().map(|n| n.title.as_str()).take(3).collect();
    assert_eq!(titles, ["数据获取", "数据冶炼", "数据增值"]);
    assert!(du_li.theory.iter().all(|n| n.section.starts_with('二')));
    let digital = fw.document("digital-economy-study").expect("digital-economy-study");
    assert_eq!(digital.theory.len(), 4, "four dimensions of the mechanism");
}

#[test]
fn citations_read_as_document_then_section() {
    let fw = shipped();
    let item = fw.item("yz-4.1.1").expect("yz-4.1.1");
    assert_eq!(fw.cite(&item.source), "袁野、邹桥 2025，四（一）一");
}
