//! Indicator and header names as people write them: full-width or ASCII, with or without spaces,
//! with the unit in brackets at the end ("R&D经费支出（亿元）").

/// A name folded for matching: full-width ASCII to ASCII, brackets unified, whitespace dropped,
/// ASCII lower-cased. "Ｒ＆Ｄ经费 支出" and "r&d经费支出" fold to the same key.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let c = fold_char(c);
            (!c.is_whitespace()).then(|| c.to_ascii_lowercase())
        })
        .collect()
}

/// Full-width forms (U+FF01–U+FF5E) as ASCII, the ideographic space as a space, 【】 as [].
fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '【' => '[',
        '】' => ']',
        other => other,
    }
}

/// Splits a trailing unit in brackets off a name: "R&D经费支出（亿元）" → ("R&D经费支出", Some("亿元")).
/// Only text that looks like a unit is taken, so "瞪羚（独角兽）企业数" and "GDP（2024年）" stay whole.
pub fn split_unit(name: &str) -> (&str, Option<&str>) {
    let trimmed = strip_marks(name);
    let Some(close) = trimmed.chars().last() else { return (trimmed, None) };
    let open = match close {
        ')' | '）' => ['(', '（'],
        ']' | '】' => ['[', '【'],
        _ => return (trimmed, None),
    };
    let body = &trimmed[..trimmed.len() - close.len_utf8()];
    let Some(start) = body.rfind(open) else { return (trimmed, None) };
    let opener_len = body[start..].chars().next().map_or(1, char::len_utf8);
    let unit = body[start + opener_len..].trim();
    let base = strip_marks(&body[..start]);
    if base.is_empty() || !looks_like_unit(unit) { (trimmed, None) } else { (base, Some(unit)) }
}

/// True for an indicator measured in percent: its unit is % (or 百分点), or its name says 占比, 比重, 强度 or %.
pub fn is_percent_measure(name: &str, unit: &str) -> bool {
    const PERCENT_WORDS: [&str; 5] = ["占比", "比重", "强度", "%", "％"];
    matches!(unit.trim(), "%" | "％" | "百分比" | "百分点") || PERCENT_WORDS.iter().any(|w| name.contains(w))
}

/// The unit a number is written with in a cell ("12家", "1.88亿元"): the number and the unit, when the text
/// after the number looks like a unit.
pub fn split_number_unit(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let at = text.char_indices().rev().find(|(_, c)| c.is_ascii_digit() || ('０'..='９').contains(c))?;
    let end = at.0 + at.1.len_utf8();
    let (number, unit) = (text[..end].trim(), text[end..].trim());
    (!number.is_empty() && looks_like_unit(unit) && !unit.contains('%')).then_some((number, unit))
}

/// A header without the marks yearbooks add to it: footnote marks at the end ("①", "*", "※", "注1", "（注）")
/// and a leading "其中：" for a sub-item.
pub fn strip_marks(name: &str) -> &str {
    let is_mark = |c: char| matches!(c, '\u{2460}'..='\u{2473}' | '*' | '＊' | '※' | '¹' | '²' | '³' | '⁴' | '⁵');
    let mut t = name.trim();
    loop {
        let before = t;
        t = t.trim_end_matches(is_mark).trim_end();
        for note in ["（注）", "(注)", "[注]"] {
            t = t.strip_suffix(note).unwrap_or(t).trim_end();
        }
        // "注1", "注①" at the end; a header that is only "注" or ends in "备注" is left alone.
        let digits = t.trim_end_matches(|c: char| c.is_ascii_digit() || is_mark(c));
        if digits.len() < t.len() && digits.ends_with('注') && digits.len() > '注'.len_utf8() {
            t = digits[..digits.len() - '注'.len_utf8()].trim_end();
        }
        for lead in ["其中：", "其中:", "其中 ", "#"] {
            t = t.strip_prefix(lead).unwrap_or(t).trim_start();
        }
        if t == before {
            return t;
        }
    }
}

/// Units end in a counting or money word or are short ASCII (%, PFlops); periods and remarks are not units.
fn looks_like_unit(text: &str) -> bool {
    const ENDINGS: &str = "元%‰家户个项件人位名台套次吨亩年米里度座所处只辆张本篇份批点倍";
    const NOT_UNITS: [&str; 6] = ["半年", "季", "月", "含", "口径", "注"];
    let chars = text.chars().count();
    if chars == 0 || chars > 8 || text.chars().any(|c| c.is_ascii_digit()) || NOT_UNITS.iter().any(|w| text.contains(w))
    {
        return false;
    }
    let ascii_unit = text.chars().all(|c| c.is_ascii_alphabetic() || c == '%' || c == '/');
    ascii_unit || text.chars().last().is_some_and(|c| ENDINGS.contains(c))
}

/// A region's name without the padding yearbooks put inside short Chinese names ("通 江 县", "全\u{3000}市");
/// names in Latin letters keep their spaces ("Bazhou District").
pub fn region_name(raw: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = raw.trim();
    let cjk = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    if trimmed.chars().any(char::is_whitespace) && trimmed.chars().any(cjk) {
        trimmed.chars().filter(|c| !c.is_whitespace()).collect::<String>().into()
    } else {
        trimmed.into()
    }
}

/// True for a row that sums or averages the others rather than being a place of its own: "全市", "全  省",
/// "合计", "总计", "全国". Rankings and indices leave these out; charts may show them for reference.
pub fn is_total_region(name: &str) -> bool {
    const TOTALS: [&str; 9] = ["合计", "总计", "全国", "全省", "全市", "全州", "全盟", "全县", "全区"];
    const PREFIXES: [&str; 3] = ["合计", "总计", "全市合计"];
    let key = normalize(name);
    TOTALS.contains(&key.as_str()) || PREFIXES.iter().any(|p| key.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_chinese_region_names_lose_their_spaces_and_latin_names_keep_them() {
        assert_eq!(region_name("通 江 县"), "通江县");
        assert_eq!(region_name(" 全\u{3000}\u{3000}市 "), "全市");
        assert_eq!(region_name("Bazhou District"), "Bazhou District");
    }

    #[test]
    fn totals_are_told_from_places() {
        for total in ["全市", "全  市", "合计", "合 计", "总计", "全国", "全省", "合计（不含市本级）"]
        {
            assert!(is_total_region(total), "{total}");
        }
        for place in ["巴州区", "全州县", "市本级", "通江县", "全椒县"] {
            assert!(!is_total_region(place), "{place}");
        }
    }

    #[test]
    fn full_width_and_spaces_fold_to_one_key() {
        assert_eq!(normalize("Ｒ＆Ｄ经费 支出"), normalize("r&d经费支出"));
        assert_eq!(normalize("县（市、区）"), "县(市、区)");
    }

    #[test]
    fn units_in_brackets_are_split_off() {
        assert_eq!(split_unit("R&D经费支出（亿元）"), ("R&D经费支出", Some("亿元")));
        assert_eq!(split_unit("R&D经费投入(亿元)"), ("R&D经费投入", Some("亿元")));
        assert_eq!(split_unit("规上工业增加值增速(%)"), ("规上工业增加值增速", Some("%")));
        assert_eq!(split_unit("研发人员全时当量(人年)"), ("研发人员全时当量", Some("人年")));
        assert_eq!(split_unit("算力规模[PFlops]"), ("算力规模", Some("PFlops")));
    }

    #[test]
    fn footnote_marks_and_sub_item_prefixes_are_not_part_of_the_name() {
        assert_eq!(split_unit("R&D经费投入（亿元）①"), ("R&D经费投入", Some("亿元")));
        assert_eq!(split_unit("国家高新技术企业数*（家）"), ("国家高新技术企业数", Some("家")));
        assert_eq!(split_unit("其中：高新技术企业（家）"), ("高新技术企业", Some("家")));
        assert_eq!(split_unit("技术合同成交额注2"), ("技术合同成交额", None));
        assert_eq!(split_unit("5G基站数※"), ("5G基站数", None));
        assert_eq!(split_unit("备注"), ("备注", None));
        assert_eq!(split_unit("注"), ("注", None));
    }

    #[test]
    fn brackets_that_are_not_units_stay_in_the_name() {
        assert_eq!(split_unit("瞪羚（独角兽）企业数"), ("瞪羚（独角兽）企业数", None));
        assert_eq!(split_unit("地区生产总值（2024年）"), ("地区生产总值（2024年）", None));
        assert_eq!(split_unit("研发投入（上半年）"), ("研发投入（上半年）", None));
        assert_eq!(split_unit("县(市、区)"), ("县(市、区)", None));
        assert_eq!(split_unit("（亿元）"), ("（亿元）", None));
    }
}
