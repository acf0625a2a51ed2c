//! The documents whole and exact (issue #15): the recommendation units once missing, the diagnoses the
//! recommendations answer, the theory notes, and the editors' own judgements marked as theirs.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::framework;

use policy_cockpit::domain::framework::LinkBasis;

/// The seed text of a document: the source documents as plain text, in `tests/data/seeds/`.
fn seed(document: &str) -> String {
    let file = match document {
        "yuan-zou-2025" => "000_b44231040e49b11e.txt",
        "xxsb-wang-jian" | "xxsb-he-zhe" => "001_7984455a9379363e.txt",
        "bazhong-2025" => "002_090f710a03566b90.txt",
        "digital-economy-study" => "003_f198e87e01056c81.txt",
        "du-li" => "004_927c7aa7a21d6c74.txt",
        other => panic!("no seed for {other}"),
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds").join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether a title is in English: not empty, no Chinese characters.
fn english(title: &str) -> bool {
    !title.trim().is_empty() && !title.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Text without white space: the seeds break lines and pages inside sentences.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

#[test]
fn every_problem_quotes_its_document_verbatim_shortened_only_with_an_ellipsis() {
    let fw = framework();
    assert!(!fw.problems.is_empty());
    for problem in &fw.problems {
        let text = squeeze(&seed(&problem.source.document));
        for part in problem.quote.split('…').map(squeeze).filter(|p| !p.is_empty()) {
            assert!(text.contains(&part), "{}: “{part}” is not in its document", problem.id);
        }
        assert!(english(&problem.title_en), "{}: English title", problem.id);
    }
}

#[test]
fn every_problem_has_a_remedy_from_its_own_document() {
    let fw = framework();
    for problem in &fw.problems {
        assert!(
            problem
                .remedies
                .iter()
                .any(|r| fw.item(&r.item).is_some_and(|i| i.source.document == problem.source.document)),
            "{} should first be answered by its own document",
            problem.id
        );
        let mut items: Vec<&str> = problem.remedies.iter().map(|r| r.item.as_str()).collect();
        items.sort_unstable();
        assert!(items.windows(2).all(|w| w[0] != w[1]), "{} lists a remedy twice", problem.id);
    }
}

#[test]
fn bazhong_chapter_5_names_three_challenges_and_nine_local_problems() {
    let fw = framework();
    let titles: Vec<&str> = fw
        .problems
        .iter()
        .filter(|p| p.source.document == "bazhong-2025" && p.source.section.starts_with("第五章（巴中问题）"))
        .map(|p| p.title.as_str())
        .collect();
    let expected = [
        "研发投入强度不足",
        "创新人才匮乏",
        "创新平台能级不高",
        "产业链发展结构不优",
        "企业创新主体地位不突出",
        "创新成果转化应用通道不够顺畅",
        "体制机制障碍有待破除",
        "金融支持创新体系尚不健全",
        "创新服务体系效能有待提升",
    ];
    assert_eq!(titles, expected);
    let challenges = fw.problems.iter().filter(|p| p.source.section.starts_with("第五章（融合的挑战）")).count();
    assert_eq!(challenges, 3);
}

#[test]
fn section_6_1_is_built_on_the_institutional_obstacles_and_says_so() {
    let fw = framework();
    let problem = fw.problem("bz-p5.7").unwrap();
    let stated: Vec<&str> =
        problem.remedies.iter().filter(|r| r.basis == LinkBasis::Stated).map(|r| r.item.as_str()).collect();
    for id in ["bz-6.1.1", "bz-6.1.2", "bz-6.1.3", "bz-6.1.21", "bz-6.1.22"] {
        assert!(stated.contains(&id), "{id}");
    }
    assert!(fw.problems_for_item("bz-6.1.1").any(|p| p.id == "bz-p5.7"));
    assert_eq!(fw.problems_for_item("no-such-item").count(), 0);
    // 揭榜挂帅 answers weak firm-led innovation only in the editors' reading.
    let firms = fw.problem("bz-p5.5").unwrap();
    assert!(firms.remedies.iter().any(|r| r.item == "bz-6.1.5" && r.basis == LinkBasis::Editorial));
}

#[test]
fn the_four_principles_of_6_1_point_1_are_items_of_6_1() {
    let fw = framework();
    let principles = ["战略引领，需求导向", "市场主导，政府赋能", "数据驱动，智慧协同", "开放包容，动态调整"];
    for (n, words) in principles.iter().enumerate() {
        let item = fw
            .items
            .iter()
            .find(|i| i.source.document == "bazhong-2025" && i.title.ends_with(words))
            .unwrap_or_else(|| panic!("principle {words}"));
        assert_eq!(item.group, "bz-6.1");
        assert!(item.source.section.starts_with(&format!("6.1.1 {}", ["一是", "二是", "三是", "四是"][n])));
    }
    let market = fw.items.iter().find(|i| i.title.ends_with("市场主导，政府赋能")).unwrap();
    assert!(market.summary.contains("“搭建平台、制定规则、优化环境、提供服务”"));
}

#[test]
fn the_two_supports_for_collaborative_innovation_platforms_are_items_of_2_2_2() {
    let fw = framework();
    let supports: Vec<_> = fw.items.iter().filter(|i| i.source.section.starts_with("2.2.2")).collect();
    assert_eq!(supports.len(), 2);
    assert!(supports[0].summary.contains("中央财政投入渠道"));
    assert!(supports[1].summary.contains("人才发展规划、计划和工程"));
    assert!(supports.iter().all(|i| fw.group(&i.group).is_some_and(|g| g.section == "2.2.2")));
}

#[test]
fn the_mapping_to_figure_1_is_marked_as_the_editors_reading() {
    let fw = framework();
    assert!(fw.classification_note.contains("编者归类"), "{}", fw.classification_note);
    assert!(fw.classification_note.contains("图1"));
    assert!(fw.classification_note_en.contains("classification"), "{}", fw.classification_note_en);
}

#[test]
fn wang_jian_contributes_his_four_missing_units() {
    let fw = framework();
    let wang: Vec<_> = fw.items.iter().filter(|i| i.source.document == "xxsb-wang-jian").collect();
    let has = |words: &str| wang.iter().find(|i| i.summary.contains(words)).map(|i| i.id.as_str());
    assert_eq!(has("谁能参与并主导制定国际公认的人工智能治理规则和框架"), Some("xs-w1.1"));
    assert_eq!(has("“出题者”与“阅卷人”的主体地位"), Some("xs-w2.1"));
    assert_eq!(has("以企业为龙头，构建起有共同目标、风险共担、利益共享"), Some("xs-w2.2"));
    assert_eq!(has("以企业为枢纽，以场景为牵引，以数据与算力为基石，以安全可信为底线"), Some("xs-w4.0"));
    let governance = fw.item("xs-w1.1").unwrap();
    assert!(governance.summary.contains("这需要政府牵头"));
    // The lead principle of the paths heads its section.
    let paths: Vec<&str> = fw.items_in_group("xs-w4").map(|i| i.id.as_str()).collect();
    assert_eq!(paths.first(), Some(&"xs-w4.0"));
    assert_eq!(fw.items.len(), 137, "127 units before, 10 missing ones added");
}

#[test]
fn every_document_diagnoses_what_its_recommendations_answer() {
    let fw = framework();
    let count = |document: &str| fw.problems.iter().filter(|p| p.source.document == document).count();
    assert_eq!(count("yuan-zou-2025"), 3, "一: 脱节、协同机制不够、创新生态孱弱");
    assert_eq!(count("bazhong-2025"), 12, "chapter 5: three challenges, nine local problems");
    assert_eq!(count("xxsb-wang-jian"), 3, "three core challenges");
    assert_eq!(count("xxsb-he-zhe"), 1, "the risks firms cannot solve alone");
    assert_eq!(count("digital-economy-study"), 4, "二（二）: four shortcomings");
    assert_eq!(count("du-li"), 5, "三: five problems");
    let du_li: Vec<&str> =
        fw.problems.iter().filter(|p| p.source.document == "du-li").map(|p| p.title.as_str()).collect();
    assert_eq!(du_li[2], "算力资源供应相对不足");
    // The third challenge of 王坚 is answered in its own paragraph: that link is the document's.
    let fragmented = fw.problem("xs-wp3").unwrap();
    assert!(fragmented.remedies.iter().any(|r| r.item == "xs-w3.1" && r.basis == LinkBasis::Stated));
    // Catalog indicators only where they measure the problem.
    assert_eq!(fw.problem("dl-p3.3").unwrap().indicators, ["compute-capacity"]);
    assert!(fw.problem("bz-p5.7").unwrap().indicators.is_empty(), "no indicator measures 政出多门");
}

#[test]
fn practice_models_paths_driving_forces_and_channels_are_theory_notes() {
    let fw = framework();
    let bazhong = fw.document("bazhong-2025").unwrap();
    let in_section = |section: &str| bazhong.theory.iter().filter(|n| n.section == section).count();
    assert_eq!((in_section("1.3"), in_section("3.1"), in_section("3.2")), (4, 1, 1));
    let paths: Vec<&str> =
        bazhong.theory.iter().filter(|n| n.section.starts_with('4')).map(|n| n.title.as_str()).collect();
    assert_eq!(paths.len(), 3);
    assert!(
        paths[0].starts_with("技术驱动型") && paths[1].starts_with("市场牵引型") && paths[2].starts_with("平台赋能型")
    );
    let models: Vec<&str> = bazhong.theory.iter().take(4).map(|n| n.title.as_str()).collect();
    assert_eq!(
        models,
        ["“科研机构+企业”创新联合体模式", "“领军人才+新型研发机构”模式", "“场景驱动”模式", "“飞地”与协同创新模式"]
    );
    let digital = fw.document("digital-economy-study").unwrap();
    let channels = digital.theory.iter().filter(|n| n.section.starts_with("一·")).count();
    assert_eq!(channels, 3, "the three channels of 一");
    for note in fw.documents.iter().flat_map(|d| &d.theory) {
        assert!(english(&note.title_en), "{}", note.title);
    }
}

#[test]
fn the_corrections_of_the_audit_hold() {
    let fw = framework();
    let item = |id: &str| fw.item(id).unwrap_or_else(|| panic!("{id}"));
    // A quotation of 习近平总书记 is attributed, not given as the author's advice.
    let global = item("xs-w4.4");
    assert!(global.summary.contains("习近平总书记") && global.editor_note.as_deref().unwrap().contains("习近平总书记"));
    // The advantages the seed names, in its words.
    assert!(item("sz-3.1.2").summary.contains("创新资源集聚、创新主体协同、创新制度先发优势"));
    // No causal link the text does not make.
    assert!(!item("xs-w4.6").summary.contains("为此"));
    // The risk list is cited where it stands.
    assert!(item("xs-h1.2").source.section.contains("政府治理的作用越来越重要"));
    // A garbled heading is kept and said to be garbled, in both languages.
    let garbled = item("xs-w4.2");
    assert_eq!(garbled.title, "培育青蓝工程、产融合的开放协同创新机制");
    assert!(garbled.title_en.contains("garbled") && garbled.editor_note.is_some());
    // An example is not a lead department.
    let office = item("bz-6.1.2");
    assert!(office.departments.is_empty() && office.editor_note.as_deref().unwrap().contains("举例"));
    // Rebuilt from garbled text, and said so.
    for id in ["bz-6.1.3", "bz-6.3.13", "bz-6.3.14", "bz-6.3.15", "bz-6.3.16"] {
        assert!(item(id).editor_note.as_deref().is_some_and(|n| n.contains("重建")), "{id}");
    }
    // 颠覆性技术与未来产业 are more than 产学研协同.
    assert!(item("sz-3.5.3").elements.len() > 1);
    // The element keeps the seed's words on ChatGPT and says what is so.
    let (_, open) = fw.element("means.open-ecosystem").unwrap();
    assert!(open.meaning.contains("ChatGPT") && open.editor_note.as_deref().unwrap().contains("闭源"));
    // Mixed-level items of 袁野、邹桥 are not national only.
    for id in ["yz-3.1.2", "yz-3.3.2"] {
        assert_ne!(item(id).level, policy_cockpit::domain::framework::Level::National, "{id}");
        assert!(item(id).editor_note.is_some(), "{id} says why");
    }
    // Seed 002 is cited as the completion application it is.
    let bazhong = fw.document("bazhong-2025").unwrap();
    assert!(bazhong.citation.contains("结项申请书") && bazhong.citation.contains("尚未评审"));
}
