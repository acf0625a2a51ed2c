//! What the lines above a table say, read as a person reads them: the data portal's "指标：地区生产总值(亿元)"
//! and "地区：上海", a yearbook's "1-8 各地区研究与试验发展(R&D)经费投入强度" with "单位：%" under it, and the
//! English translations beside the Chinese, which are set aside.

use crate::domain::metrics::split_unit;

/// Facts the title lines give.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct TitleFacts {
    /// The indicator a "指标：" line names, with the unit in its brackets.
    pub indicator: Option<(String, Option<String>)>,
    /// The indicator a numbered table title names ("1-8 各地区…经费投入强度" → "…经费投入强度").
    pub table_subject: Option<String>,
    /// The unit of a "单位：" line.
    pub unit: Option<String>,
    /// The one region a "地区：" line names.
    pub region: Option<String>,
}

/// Reads the title lines (each a cell or a line of text above the header).
pub(super) fn read(lines: &[String]) -> TitleFacts {
    let mut facts = TitleFacts::default();
    for line in lines {
        let line = line.trim();
        if let Some(value) = labelled(line, &["指标", "Indicators", "Indicator"]) {
            let (name, unit) = split_unit(value);
            if !name.is_empty() {
                facts.indicator = Some((name.to_owned(), unit.map(str::to_owned)));
            }
        } else if let Some(value) = labelled(line, &["地区", "Region"]) {
            facts.region = Some(value.to_owned()).filter(|v| !v.is_empty());
        } else if let Some(value) = labelled(line, &["单位", "计量单位"]) {
            facts.unit = Some(value.to_owned()).filter(|v| !v.is_empty());
        } else if facts.table_subject.is_none()
            && let Some(subject) = table_subject(line)
        {
            facts.table_subject = Some(subject);
        }
    }
    facts
}

/// The text after "label：" or "label:", when the line starts with one of the labels.
fn labelled<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    labels.iter().find_map(|label| {
        let rest = line.strip_prefix(label)?.trim_start();
        let rest = rest.strip_prefix('：').or_else(|| rest.strip_prefix(':'))?;
        Some(rest.trim())
    })
}

/// The subject of a numbered yearbook table title: "1-8 各地区研究与试验发展(R&D)经费投入强度" →
/// "研究与试验发展(R&D)经费投入强度"; "8-7 国内三种专利申请数按地区分布(2023年)" → "国内三种专利申请数".
/// `None` for a line without a table number or Chinese text.
fn table_subject(line: &str) -> Option<String> {
    let rest = line.trim_start_matches(['表', ' ', '\u{3000}']);
    let number_end = rest.find(|c: char| !(c.is_ascii_digit() || "-—.．－".contains(c)))?;
    let number = &rest[..number_end];
    if !number.chars().next().is_some_and(|c| c.is_ascii_digit()) || !number.contains(['-', '—', '.', '．', '－']) {
        return None;
    }
    let mut subject = rest[number_end..].trim_matches([' ', '\u{3000}']);
    if subject.contains("续表") || !subject.chars().any(is_cjk) {
        return None;
    }
    for prefix in ["各地区", "分地区", "按地区分", "各省份", "分省", "各省"] {
        subject = subject.strip_prefix(prefix).unwrap_or(subject);
    }
    // A year in brackets at the end names the year, not the indicator.
    if let Some(open) = subject.rfind(['(', '（']) {
        let inside = subject[open..].trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
        if inside.trim_end_matches('年').chars().all(|c| c.is_ascii_digit()) {
            subject = subject[..open].trim_end();
        }
    }
    for suffix in ["按地区分布", "按地区分", "分地区情况", "情况"] {
        subject = subject.strip_suffix(suffix).unwrap_or(subject);
    }
    (!subject.is_empty()).then(|| subject.to_owned())
}

/// In a table whose title names its subject, a 合计 column is the subject itself and the short category
/// columns beside it are the subject of each category: under "8-7 国内三种专利申请数按地区分布", 合计 → 国内三种专利
/// 申请数 and 发明 → 发明专利申请数. Tables without a 合计 column keep their headers.
pub(super) fn name_by_subject(indicators: &mut [(usize, String)], subject: &str) {
    let is_total = |h: &str| matches!(split_unit(h).0, "合计" | "总计" | "总数");
    if !indicators.iter().any(|(_, h)| is_total(h)) {
        return;
    }
    // The measure without its qualifiers: 国内三种专利申请数 → 专利申请数.
    let mut core = subject;
    for qualifier in ["国内", "国外", "境内", "全部", "各类", "各种"] {
        core = core.strip_prefix(qualifier).unwrap_or(core);
    }
    let counted = core.char_indices().find(|(_, c)| *c == '种' || *c == '类').map(|(i, c)| (i, c.len_utf8()));
    if let Some((at, len)) =
        counted.filter(|(at, _)| core[..*at].chars().all(|c| "一二三四五六七八九十0123456789".contains(c)) && *at > 0)
    {
        core = &core[at + len..];
    }
    for (_, header) in indicators.iter_mut() {
        let (name, unit) = split_unit(header);
        let renamed = if is_total(header) {
            subject.to_owned()
        } else if name.chars().count() <= 4 && !core.is_empty() && core != subject {
            format!("{name}{core}")
        } else {
            continue;
        };
        *header = match unit {
            Some(u) => format!("{renamed}（{u}）"),
            None => renamed,
        };
    }
}

/// Spaces between Chinese characters dropped, as yearbooks pad short names to a column's width ("契 税",
/// "专 项收 入"); spaces between Latin words kept.
pub(super) fn squeeze_spaces(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
            let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if before.is_some_and(|c| is_cjk(*c)) && after.is_some_and(|c| is_cjk(*c)) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// A cell's Chinese with its English translation set aside: "合计\nTotal" → ("合计", Some("Total")); "专利申请数
/// \nPatent\nApplications" → ("专利申请数", …); "地区 Region" → ("地区", …). Text without Chinese, or without
/// English beside it, comes back whole.
pub(super) fn without_english(text: &str) -> (String, Option<String>) {
    if !text.chars().any(is_cjk) {
        return (text.to_owned(), None);
    }
    let (mut kept, mut english) = (Vec::new(), Vec::new());
    let mut seen_chinese = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // English comes after the Chinese; "R&D" on a line before it is part of the Chinese name.
        if seen_chinese && (!english.is_empty() && !line.chars().any(is_cjk) || is_english(line)) {
            english.push(line);
        } else if let Some((chinese, tail)) = english_tail(line) {
            seen_chinese = true;
            kept.push(chinese);
            english.push(tail);
        } else {
            seen_chinese |= line.chars().any(is_cjk);
            kept.push(line);
        }
    }
    if english.is_empty() || kept.is_empty() {
        return (text.to_owned(), None);
    }
    (kept.concat(), Some(english.join(" ")))
}

/// A line of English words: no Chinese, and at least two ASCII letters (a unit line "(%)" is not English).
pub(super) fn is_english(line: &str) -> bool {
    !line.chars().any(is_cjk) && line.chars().filter(char::is_ascii_alphabetic).count() >= 2
}

/// "地区 Region" → ("地区", "Region"): Chinese, a space, then English words to the end of the line.
fn english_tail(line: &str) -> Option<(&str, &str)> {
    let (at, _) = line.char_indices().rev().find(|(_, c)| is_cjk(*c) || "）)%".contains(*c))?;
    let end = at + line[at..].chars().next().map_or(0, char::len_utf8);
    let tail = &line[end..];
    (tail.starts_with([' ', '\u{3000}']) && is_english(tail.trim())).then(|| (line[..end].trim(), tail.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn portal_title_lines_name_the_indicator_with_its_unit_or_the_region() {
        let facts = read(&lines(&["数据库：分省年度数据", "指标：地区生产总值(亿元)", "时间：最近20年"]));
        assert_eq!(facts.indicator, Some(("地区生产总值".to_owned(), Some("亿元".to_owned()))));
        let facts = read(&lines(&["数据库：主要城市年度数据", "地区：上海", "时间：最近20年"]));
        assert_eq!((facts.indicator, facts.region.as_deref()), (None, Some("上海")));
    }

    #[test]
    fn a_numbered_yearbook_title_names_its_subject_and_a_unit_line_its_unit() {
        let facts = read(&lines(&["1-8 各地区研究与试验发展(R&D)经费投入强度", "单位：%"]));
        assert_eq!(facts.table_subject.as_deref(), Some("研究与试验发展(R&D)经费投入强度"));
        assert_eq!(facts.unit.as_deref(), Some("%"));
        let subject = |t: &str| read(&lines(&[t])).table_subject;
        assert_eq!(subject("8-7 国内三种专利申请数按地区分布(2023年)").as_deref(), Some("国内三种专利申请数"));
        assert_eq!(subject("8-34 技术市场技术流向地域(合同数)").as_deref(), Some("技术市场技术流向地域(合同数)"));
        assert_eq!(
            subject("1-7 各地区研究与试验发展(R&D)经费内部支出(2023年)").as_deref(),
            Some("研究与试验发展(R&D)经费内部支出")
        );
        assert_eq!(subject("5-4 续表 continued"), None);
        assert_eq!(subject("通江县主要指标"), None);
    }

    #[test]
    fn a_total_column_takes_the_subject_and_its_categories_the_measure() {
        let mut columns: Vec<(usize, String)> =
            ["合计", "发明", "实用新型", "外观设计"].iter().enumerate().map(|(i, h)| (i, (*h).to_owned())).collect();
        name_by_subject(&mut columns, "国内三种专利申请数");
        let names: Vec<&str> = columns.iter().map(|(_, h)| h.as_str()).collect();
        assert_eq!(names, ["国内三种专利申请数", "发明专利申请数", "实用新型专利申请数", "外观设计专利申请数"]);
        let mut plain = vec![(0, "有R&D活动的企业数".to_owned()), (1, "新产品".to_owned())];
        name_by_subject(&mut plain, "规上工业企业数量");
        assert_eq!(plain[1].1, "新产品", "no 合计 column: headers stay");
    }

    #[test]
    fn spaces_padding_chinese_names_are_dropped_and_those_between_words_kept() {
        assert_eq!(squeeze_spaces("专 项收 入"), "专项收入");
        assert_eq!(squeeze_spaces("契  税"), "契税");
        assert_eq!(squeeze_spaces("R&D 经费"), "R&D 经费");
        assert_eq!(squeeze_spaces("Inner Mongolia"), "Inner Mongolia");
    }

    #[test]
    fn english_translations_are_set_aside_and_chinese_kept() {
        assert_eq!(without_english("合计\nTotal"), ("合计".to_owned(), Some("Total".to_owned())));
        assert_eq!(
            without_english("有研发机构\n的企业数\nNumber of Enterprises\nwith R&D Institutions"),
            ("有研发机构的企业数".to_owned(), Some("Number of Enterprises with R&D Institutions".to_owned()))
        );
        assert_eq!(without_english("地区 Region").0, "地区");
        assert_eq!(without_english("R&D经费\n(万元)\nR&D Expenditure\n(10000 yuan)").0, "R&D经费(万元)");
        assert_eq!(without_english("R&D经费内部支出"), ("R&D经费内部支出".to_owned(), None));
        assert_eq!(without_english("Beijing"), ("Beijing".to_owned(), None));
        assert_eq!(without_english("R&D\n经费\n(万元)").0, "R&D\n经费\n(万元)");
        assert_eq!(
            without_english("研发\n机构数\n(个)\nR&D\nInstitutions\n(unit)"),
            ("研发机构数(个)".to_owned(), Some("R&D Institutions (unit)".to_owned()))
        );
        assert_eq!(without_english("GDP增速 (%)").0, "GDP增速 (%)");
    }
}
