//! The framework shipped with the app holds what the source documents say, each item with its source.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::framework;

use policy_cockpit::domain::framework::{Audience, Framework, GroupKind, Item, Level, PillarId};

#[test]
fn shipped_framework_has_the_four_pillars_of_figure_1_with_their_elements() {
    let fw = framework();
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
    let fw = framework();
    assert!(fw.flaws().is_empty());
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
    let fw = framework();
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
    let fw = framework();
    let local = |i: &&Item| fw.group(&i.group).is_some_and(|g| g.kind == GroupKind::LocalAction);
    let county: Vec<_> = fw.items.iter().filter(|i| i.source.document == "bazhong-2025").filter(local).collect();
    assert!(county.iter().all(|i| i.source.section.starts_with('6')), "all from chapter 6");
    // Levels follow the content: 6.4's rules, Belt and Road, global hubs, going abroad and security review are
    // national in scope; the rest is for a city or county.
    let national: Vec<&str> = county.iter().filter(|i| i.level == Level::National).map(|i| i.id.as_str()).collect();
    assert_eq!(national, ["bz-6.4.2", "bz-6.4.3", "bz-6.4.4", "bz-6.4.5", "bz-6.4.6", "bz-6.4.7"]);
    assert!(county.iter().all(|i| i.level != Level::Provincial));
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
    let fw = framework();
    let count = |prefix: &str| fw.items.iter().filter(|i| i.source.document.starts_with(prefix)).count();
    assert!(count("xxsb-") >= 5, "enterprise-led collaboration paths of 学习时报");
    let directions = fw.groups.iter().filter(|g| g.kind == GroupKind::StrategicDirection).count();
    assert_eq!(directions, 5, "five strategic directions of the digital-economy study");
    let du_li = fw.groups.iter().filter(|g| g.document == "du-li" && g.kind == GroupKind::PracticePath).count();
    assert_eq!(du_li, 5, "five practice paths of 杜传忠、李钰葳");
}

#[test]
fn du_li_theory_keeps_the_three_data_stages_in_order() {
    let fw = framework();
    let du_li = fw.document("du-li").expect("du-li");
    let titles: Vec<&str> = du_li.theory.iter().map(|n| n.title.as_str()).take(3).collect();
    assert_eq!(titles, ["数据获取", "数据冶炼", "数据增值"]);
    assert!(du_li.theory.iter().all(|n| n.section.starts_with('二')));
    let digital = fw.document("digital-economy-study").expect("digital-economy-study");
    let dimensions = digital.theory.iter().filter(|n| n.title.ends_with("维度")).count();
    assert_eq!(dimensions, 4, "four dimensions of the mechanism");
}

#[test]
fn citations_read_as_document_then_section() {
    let fw = framework();
    let item = fw.item("yz-4.1.1").expect("yz-4.1.1");
    assert_eq!(fw.cite(&item.source), "袁野、邹桥 2025，四（一）一");
}

fn audiences(fw: &Framework, id: &str) -> Vec<Audience> {
    fw.item(id).unwrap_or_else(|| panic!("{id} is in the framework")).addressed_to.clone()
}

#[test]
fn items_are_addressed_to_whom_their_text_names() {
    let fw = framework();
    // 巴中 6.1.3 二是“企业层面” (CEO/CTO, NDAs, FTO, going abroad) and 6.3.1 二是 (front-line posts, Scrum).
    for id in ["bz-6.1.14", "bz-6.1.15", "bz-6.1.16", "bz-6.1.17", "bz-6.1.18", "bz-6.3.4", "bz-6.3.5"] {
        assert_eq!(audiences(&fw, id), [Audience::Firms], "{id} is a firm's own practice");
    }
    assert_eq!(audiences(&fw, "bz-6.1.1"), [Audience::Government], "the leading group of the city's bureaus");
    assert!(audiences(&fw, "yz-3.2.1").contains(&Audience::Firms), "华为、阿里、百度 as system technology sources");
    let network = [
        Audience::Government,
        Audience::Firms,
        Audience::ResearchInstitutes,
        Audience::FinancialInstitutions,
        Audience::Intermediaries,
    ];
    assert_eq!(audiences(&fw, "bz-6.3.15"), network, "政府、企业、科研院所、金融机构、科技中介");
    assert_eq!(audiences(&fw, "bz-6.2.1"), [Audience::Intermediaries]);
    assert!(audiences(&fw, "bz-6.4.1").contains(&Audience::Talent), "外籍高层次人才");
    assert!(audiences(&fw, "bz-6.3.13").is_empty(), "risk scanning names no actor");
}

/// Words of a title or summary that name each audience.
fn cues(audience: &Audience) -> &'static [&'static str] {
    match audience {
        Audience::Government => {
            // 财政 is the government's purse; 国家引导 the state steering a fund.
            &[
                "政府",
                "部门",
                "国家层面",
                "国家引导",
                "地方",
                "央地",
                "政企",
                "领导小组",
                "办公室",
                "中央",
                "省市",
                "市厅",
                "财政",
            ]
        }
        Audience::Firms => &["企业", "产业界"],
        Audience::Universities => &["高校", "大学", "学院", "教育界", "学术界", "市校"],
        Audience::ResearchInstitutes => {
            &["科研院所", "科研机构", "研究院所", "研究机构", "实验室", "新型研发机构", "院所", "学术界", "研究院"]
        }
        Audience::FinancialInstitutions => &["银行", "基金", "投资", "资本", "金融", "保险"],
        Audience::Intermediaries => &["中介", "行业协会"],
        Audience::Talent => &["人才", "科研人员", "专家", "教师", "学生", "科学家"],
        Audience::Unknown(_) => &[],
    }
}

#[test]
fn every_audience_is_named_by_the_item_text_or_by_the_section_it_cites() {
    let fw = framework();
    // The summary leaves the actor to its section: 6.1.3 二是“企业层面”, 6.2.2 二是/三是 on universities'
    // teaching and teachers, 6.3.1 二是 opened by “企业在市场一线…”, and the paragraph “政府需积极引导协调”.
    let by_section = [
        ("bz-6.1.15", Audience::Firms),
        ("bz-6.1.18", Audience::Firms),
        ("bz-6.2.15", Audience::Universities),
        ("bz-6.2.18", Audience::Universities),
        ("bz-6.3.5", Audience::Firms),
        ("xs-h1.3", Audience::Government),
    ];
    let mut unnamed = Vec::new();
    for item in &fw.items {
        let text = format!("{}{}", item.title, item.summary);
        for audience in &item.addressed_to {
            if !cues(audience).iter().any(|cue| text.contains(cue)) {
                unnamed.push((item.id.as_str(), audience.clone()));
            }
        }
    }
    let expected: Vec<_> = by_section.iter().map(|(id, a)| (*id, a.clone())).collect();
    assert_eq!(unnamed, expected, "an audience the text does not name is invented");
}

#[test]
fn every_item_whose_summary_makes_firms_the_actor_is_addressed_to_firms() {
    let fw = framework();
    let firm_as_actor = [
        "领军企业",
        "龙头企业",
        "平台企业",
        "标杆企业",
        "“链主”企业",
        "头部企业",
        "支持企业",
        "鼓励企业",
        "引导企业",
        "推动企业",
        "企业牵头",
        "企业主导",
        "企业发布",
        "企业出题",
        "企业在市场一线",
    ];
    for item in &fw.items {
        if let Some(phrase) = firm_as_actor.iter().find(|p| item.summary.contains(*p)) {
            assert!(
                item.addressed_to.contains(&Audience::Firms),
                "{} says “{phrase}” but is not addressed to firms",
                item.id
            );
        }
    }
    let firm_items = fw.items.iter().filter(|i| i.addressed_to.contains(&Audience::Firms)).count();
    assert!(firm_items >= 40, "only {firm_items} items addressed to firms");
}

#[test]
fn audiences_are_listed_once_each_in_the_vocabulary_order() {
    let fw = framework();
    for item in &fw.items {
        let positions: Vec<usize> =
            item.addressed_to.iter().map(|a| Audience::ALL.iter().position(|b| b == a).unwrap_or(usize::MAX)).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{}: {:?}", item.id, item.addressed_to);
    }
}
