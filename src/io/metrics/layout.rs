//! Which column is which, and so which layout the table has. Headers are matched in Chinese or
//! English, full-width or not, with or without a unit in brackets.

use crate::domain::metrics::{normalize, split_unit};

use super::report::{Guess, Layout};
use super::title::without_english;
use super::value::parse_year;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnRole {
    /// 地区 / region.
    Region,
    /// 年份 / year.
    Year,
    /// 指标 / indicator.
    Indicator,
    /// 数值 / value.
    Value,
    /// 单位 / unit.
    Unit,
    /// 来源 / source.
    Source,
    /// 备注 / note.
    Note,
    /// 行政区划代码 / code: tells apart regions of the same name; the region itself when no name column.
    Code,
    /// 省份 / province: tells apart regions of the same name.
    Province,
    /// 地市 / city: tells apart regions of the same name.
    City,
}

/// Header names of each role, folded as [`normalize`] folds them.
const ROLE_NAMES: [(ColumnRole, &[&str]); 10] = [
    (
        ColumnRole::Region,
        &[
            "地区",
            "区县",
            "县(市、区)",
            "县(市,区)",
            "县(区、市)",
            "县(区)",
            "区(县)",
            "县市区",
            "县区",
            "区域",
            "地区名称",
            "行政区划",
            "行政区",
            "地名",
            "县域",
            "县",
            "region",
            "county",
            "district",
            "area",
            "regionname",
            "name",
            "nameen",
            "名称",
        ],
    ),
    (ColumnRole::Year, &["年份", "年度", "年", "统计年度", "year"]),
    (
        ColumnRole::Indicator,
        &["指标", "指标名称", "指标名", "统计指标", "项目", "indicator", "indicatorname", "variable", "metric"],
    ),
    (ColumnRole::Value, &["数值", "值", "数据", "指标值", "value", "val"]),
    (ColumnRole::Unit, &["单位", "计量单位", "unit", "units"]),
    (ColumnRole::Source, &["来源", "数据来源", "资料来源", "出处", "source"]),
    (ColumnRole::Note, &["备注", "说明", "注", "note", "notes", "remark", "remarks"]),
    (
        ColumnRole::Code,
        &[
            "行政区划代码",
            "区划代码",
            "行政代码",
            "地区代码",
            "代码",
            "code",
            "adcode",
            "regioncode",
            "areacode",
            "countycode",
        ],
    ),
    (
        ColumnRole::Province,
        &[
            "省",
            "省份",
            "省份名称",
            "省名",
            "所属省份",
            "所属省",
            "省(区、市)",
            "省(自治区、直辖市)",
            "province",
            "prov",
            "provincename",
        ],
    ),
    (
        ColumnRole::City,
        &[
            "地市",
            "市",
            "城市",
            "城市名称",
            "所属地市",
            "所属市",
            "地级市",
            "市(州)",
            "市州",
            "city",
            "cityname",
            "prefecture",
        ],
    ),
];

/// The role a header names, if any.
pub(super) fn role_of(header: &str) -> Option<ColumnRole> {
    let (chinese, _) = without_english(header);
    let whole = normalize(&chinese);
    let base = normalize(split_unit(&chinese).0);
    ROLE_NAMES.iter().find(|(_, names)| names.iter().any(|n| *n == whole || *n == base)).map(|(role, _)| *role)
}

/// True for a header row of a table without a region column: an indicator column, or years as columns.
pub(super) fn is_regionless_header(texts: &[&str]) -> bool {
    let years = texts.iter().filter(|t| role_of(t).is_none() && parse_year(t).is_some()).count();
    texts.iter().any(|t| role_of(t) == Some(ColumnRole::Indicator)) && (years >= 1 || texts.len() >= 2)
}

/// The place a title or file name starts with: "通江县科技创新主要指标（2021—2023年）" → 通江县, after any table
/// number ("表2-1 "). Up to ten Chinese characters ending in 县, 区, 市, 州, 旗, 盟 or 省.
pub(super) fn region_in_title(title: &str) -> Option<String> {
    let t =
        title.trim_start_matches(|c: char| c == '表' || c.is_ascii_alphanumeric() || "-—．.、 \u{3000}".contains(c));
    let cjk = |c: &char| ('\u{4E00}'..='\u{9FFF}').contains(c);
    let head: Vec<char> = t.chars().take_while(cjk).take(10).collect();
    let end = head.iter().position(|c| "县区市州旗盟省".contains(*c)).filter(|&i| i >= 1)?;
    let name: String = head[..=end].iter().collect();
    (!name.starts_with('各') && !name.starts_with('全')).then_some(name)
}

/// True when a header names the region column, or a column that can stand in for it (code, province, city).
pub(super) fn is_region_header(header: &str) -> bool {
    matches!(role_of(header), Some(ColumnRole::Region | ColumnRole::Code | ColumnRole::Province | ColumnRole::City))
}

/// What the reader knows beyond the headers.
#[derive(Clone, Copy, Default)]
pub(super) struct Hints<'a> {
    /// A year the title (or file name) gives, standing in for a year column.
    pub year: Option<i32>,
    /// The title or file name names the one region, so no region column is needed.
    pub region_from_title: bool,
    /// The title or file name names the one indicator, so years as columns need no indicator column.
    pub indicator_named: bool,
    /// The first data rows, as text, to tell a column of places from a column of their groups.
    pub sample: &'a [Vec<String>],
    /// Whether a name is a group of places (东部地区, North China), from the catalog.
    pub is_group: Option<&'a dyn Fn(&str) -> bool>,
}

/// Which column plays which part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Columns {
    /// The layout.
    pub layout: Layout,
    /// The region column; `None` for a one-region table whose region comes from its title.
    pub region: Option<usize>,
    /// The year column (none when the years are columns, or the year comes from the title).
    pub year: Option<usize>,
    /// The indicator column (long and wide-by-year layouts).
    pub indicator: Option<usize>,
    /// The value column (long layout).
    pub value: Option<usize>,
    /// The unit column.
    pub unit: Option<usize>,
    /// The source column.
    pub source: Option<usize>,
    /// The note column.
    pub note: Option<usize>,
    /// Columns that tell apart regions of the same name: city, province, code (the most telling first).
    pub region_keys: [Option<usize>; 3],
    /// Indicator columns (wide by indicator): index, header.
    pub indicators: Vec<(usize, String)>,
    /// Year columns (wide by year): index, year.
    pub years: Vec<(usize, i32)>,
    /// Headers of columns not read.
    pub ignored: Vec<String>,
    /// What was inferred about the columns (an English or group region column set aside).
    pub guesses: Vec<Guess>,
    /// The one indicator of a table without an indicator column, named by its title or file name: name, unit.
    pub fixed_indicator: Option<(String, String)>,
}

/// Why no layout could be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutProblem {
    /// No column names a region.
    NoRegionColumn,
    /// Several columns could play one part.
    Ambiguous {
        /// The part.
        role: ColumnRole,
        /// Their headers.
        columns: Vec<String>,
    },
    /// A value column and year columns both: long or wide by year?
    ValueAndYearColumns {
        /// The year columns' headers.
        years: Vec<String>,
    },
    /// Years as columns and a year column both.
    YearColumnAndYearColumns {
        /// The year columns' headers.
        years: Vec<String>,
    },
    /// Years as columns but no indicator column to say what the values are.
    YearsWithoutIndicator {
        /// The year columns' headers.
        years: Vec<String>,
    },
    /// No year column, no years as columns, and no year in the title.
    NoYear,
    /// An indicator column, but neither a value column nor years as columns.
    NoValueColumn,
    /// A region and a year, but no other column to read as an indicator.
    NoIndicatorColumns,
}

/// Tells the layout from the headers; `year_from_title` stands in for a missing year column.
#[cfg(test)]
pub(super) fn detect(headers: &[String], year_from_title: Option<i32>) -> Result<Columns, LayoutProblem> {
    detect_with(headers, Hints { year: year_from_title, ..Hints::default() })
}

/// Tells the layout from the headers and what else is known.
pub(super) fn detect_with(headers: &[String], hints: Hints<'_>) -> Result<Columns, LayoutProblem> {
    let (year_from_title, region_from_title) = (hints.year, hints.region_from_title);
    let mut by_role: Vec<(ColumnRole, Vec<usize>)> = Vec::new();
    let mut years = Vec::new();
    let mut rest = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        // A column without a header (a trailing separator, a spacer column) holds nothing to read.
        if h.trim().is_empty() {
            continue;
        }
        if let Some(role) = role_of(h) {
            match by_role.iter_mut().find(|(r, _)| *r == role) {
                Some((_, cols)) => cols.push(i),
                None => by_role.push((role, vec![i])),
            }
        } else if let Some(year) = parse_year(h) {
            years.push((i, year));
        } else {
            rest.push(i);
        }
    }
    let mut guesses = Vec::new();
    let mut set_aside = Vec::new();
    settle_region_columns(headers, &mut by_role, &hints, &mut guesses, &mut set_aside);
    let one = |role: ColumnRole| -> Result<Option<usize>, LayoutProblem> {
        match by_role.iter().find(|(r, _)| *r == role).map(|(_, c)| c.as_slice()) {
            None | Some([]) => Ok(None),
            Some([only]) => Ok(Some(*only)),
            Some(many) => {
                Err(LayoutProblem::Ambiguous { role, columns: many.iter().map(|&i| headers[i].clone()).collect() })
            }
        }
    };
    // Without a name column, the city, the province or the code names the region (a province panel).
    let code = one(ColumnRole::Code)?;
    let (mut city, mut province) = (one(ColumnRole::City)?, one(ColumnRole::Province)?);
    let (region, code) = match (one(ColumnRole::Region)?, city, province, code) {
        (Some(region), ..) => (Some(region), code),
        (None, Some(c), ..) => {
            city = None;
            (Some(c), code)
        }
        (None, None, Some(p), _) => {
            province = None;
            (Some(p), code)
        }
        (None, None, None, Some(code)) => (Some(code), None),
        (None, None, None, None) if region_from_title => (None, None),
        (None, None, None, None) => return Err(LayoutProblem::NoRegionColumn),
    };
    let (year, indicator, value) = (one(ColumnRole::Year)?, one(ColumnRole::Indicator)?, one(ColumnRole::Value)?);
    let mut columns = Columns {
        layout: Layout::Long,
        region,
        year,
        indicator,
        value,
        unit: one(ColumnRole::Unit)?,
        source: one(ColumnRole::Source)?,
        note: one(ColumnRole::Note)?,
        region_keys: [city, province, code],
        indicators: Vec::new(),
        years: Vec::new(),
        ignored: Vec::new(),
        guesses,
        fixed_indicator: None,
    };
    let year_names = || years.iter().map(|&(i, _)| headers[i].clone()).collect::<Vec<_>>();
    match (indicator, value, years.is_empty()) {
        (Some(_), Some(_), false) => return Err(LayoutProblem::ValueAndYearColumns { years: year_names() }),
        (Some(_), Some(_), true) if year.is_some() || year_from_title.is_some() => columns.layout = Layout::Long,
        (Some(_), Some(_), true) => return Err(LayoutProblem::NoYear),
        (Some(_), None, false) if year.is_some() => {
            return Err(LayoutProblem::YearColumnAndYearColumns { years: year_names() });
        }
        (Some(_), None, false) => {
            columns.layout = Layout::WideByYear;
            columns.years.clone_from(&years);
        }
        (Some(_), None, true) => return Err(LayoutProblem::NoValueColumn),
        // The title or the file name says what the values are.
        (None, None, false) if hints.indicator_named && year.is_none() => {
            columns.layout = Layout::WideByYear;
            columns.years.clone_from(&years);
        }
        (None, _, false) => return Err(LayoutProblem::YearsWithoutIndicator { years: year_names() }),
        (None, _, true) => {
            if year.is_none() && year_from_title.is_none() {
                return Err(LayoutProblem::NoYear);
            }
            columns.layout = Layout::WideByIndicator;
            // A header called 数值 in a wide table is an indicator like any other.
            rest.extend(value);
            rest.sort_unstable();
            columns.value = None;
            columns.indicators = rest.iter().map(|&i| (i, headers[i].clone())).collect();
            rest.clear();
            if columns.indicators.is_empty() {
                return Err(LayoutProblem::NoIndicatorColumns);
            }
        }
    }
    rest.extend(set_aside);
    rest.sort_unstable();
    columns.ignored = rest.iter().map(|&i| headers[i].clone()).filter(|h| !h.trim().is_empty()).collect();
    Ok(columns)
}

/// Of several columns that could name the places, keeps the one a person reads as the place: a column
/// headed in Chinese over its English twin (地区 | Region), and a column of places over a column of their
/// groups (Province beside a Region of 东部地区/North China). The others are set aside and said.
fn settle_region_columns(
    headers: &[String],
    by_role: &mut [(ColumnRole, Vec<usize>)],
    hints: &Hints<'_>,
    guesses: &mut Vec<Guess>,
    set_aside: &mut Vec<usize>,
) {
    let sample = hints.sample;
    let chinese = |i: usize| headers[i].chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    let values = |i: usize| {
        let mut values: Vec<&str> =
            sample.iter().filter_map(|r| r.get(i)).map(String::as_str).filter(|v| !v.is_empty()).collect();
        values.sort_unstable();
        values.dedup();
        values
    };
    let distinct = |i: usize| values(i).len();
    let Some(at) = by_role.iter().position(|(r, _)| *r == ColumnRole::Region) else { return };
    let cols = &mut by_role[at].1;
    if cols.len() > 1 && cols.iter().any(|&i| chinese(i)) {
        for &i in cols.iter().filter(|&&i| !chinese(i)) {
            guesses.push(Guess::EnglishRegionColumn { column: headers[i].clone() });
            set_aside.push(i);
        }
        cols.retain(|&i| chinese(i));
    }
    let Some(is_group) = hints.is_group else { return };
    if cols.len() != 1 {
        return;
    }
    let region = cols[0];
    // Most of its names are groups the catalog knows.
    let names = values(region);
    if names.is_empty() || names.iter().filter(|n| is_group(n)).count() * 2 < names.len() {
        return;
    }
    // A province or city column with more distinct names than the region column: the region column groups them.
    let finer = by_role
        .iter()
        .filter(|(r, _)| matches!(r, ColumnRole::City | ColumnRole::Province))
        .flat_map(|(_, c)| c.iter().copied())
        .filter(|&i| distinct(i) > distinct(region))
        .max_by_key(|&i| distinct(i));
    if let Some(place) = finer {
        guesses.push(Guess::GroupColumn { column: headers[region].clone(), region: headers[place].clone() });
        set_aside.push(region);
        by_role[at].1.clear();
        for (_, c) in by_role.iter_mut() {
            if c.contains(&place) {
                c.retain(|&i| i != place);
            }
        }
        by_role[at].1.push(place);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn chinese_and_english_long_headers_are_recognised() {
        for names in [
            ["地区", "年份", "指标", "数值"],
            ["region", "year", "indicator", "value"],
            ["县（市、区）", "年度", "指标名称", "值"],
        ] {
            let c = detect(&headers(&names), None).unwrap();
            assert_eq!(
                (c.layout, c.region, c.year, c.indicator, c.value),
                (Layout::Long, Some(0), Some(1), Some(2), Some(3))
            );
        }
    }

    #[test]
    fn one_column_per_indicator_is_wide_by_indicator() {
        let c =
            detect(&headers(&["区县", "年份", "R&D经费支出（亿元）", "高新技术企业数（家）", "备注"]), None).unwrap();
        assert_eq!(c.layout, Layout::WideByIndicator);
        assert_eq!(c.indicators, vec![(2, "R&D经费支出（亿元）".to_owned()), (3, "高新技术企业数（家）".to_owned())]);
        assert_eq!(c.note, Some(4));
    }

    #[test]
    fn columns_without_a_header_are_not_indicators() {
        let c = detect(&headers(&["区县", "年份", "GDP", "", " "]), None).unwrap();
        assert_eq!(c.indicators, vec![(2, "GDP".to_owned())]);
        assert!(c.ignored.is_empty());
    }

    #[test]
    fn one_column_per_year_is_wide_by_year() {
        let c = detect(&headers(&["地区", "指标", "单位", "2019", "2020年", "2021"]), None).unwrap();
        assert_eq!(c.layout, Layout::WideByYear);
        assert_eq!(c.years, vec![(3, 2019), (4, 2020), (5, 2021)]);
    }

    #[test]
    fn a_year_from_the_title_stands_in_for_a_year_column() {
        let h = headers(&["地区", "R&D经费支出（亿元）"]);
        assert_eq!(detect(&h, None), Err(LayoutProblem::NoYear));
        assert_eq!(detect(&h, Some(2024)).unwrap().layout, Layout::WideByIndicator);
    }

    #[test]
    fn code_province_and_city_columns_tell_regions_apart_and_are_not_indicators() {
        let c = detect(&headers(&["行政区划代码", "省份", "地市", "区县", "年份", "GDP"]), None).unwrap();
        assert_eq!((c.region, c.region_keys), (Some(3), [Some(2), Some(1), Some(0)]));
        assert_eq!(c.indicators, vec![(5, "GDP".to_owned())]);
        let c = detect(&headers(&["adcode", "year", "GDP"]), None).unwrap();
        assert_eq!((c.region, c.region_keys), (Some(0), [None, None, None]));
    }

    #[test]
    fn a_place_is_taken_from_the_start_of_a_title() {
        assert_eq!(region_in_title("通江县科技创新主要指标（2021—2023年）").as_deref(), Some("通江县"));
        assert_eq!(region_in_title("表2-1 平昌县主要指标").as_deref(), Some("平昌县"));
        assert_eq!(region_in_title("各县（区）科技活动"), None);
        assert_eq!(region_in_title("科技创新主要指标"), None);
    }

    #[test]
    fn ambiguous_tables_say_what_was_found() {
        assert_eq!(detect(&headers(&["年份", "指标", "数值"]), None), Err(LayoutProblem::NoRegionColumn));
        assert_eq!(
            detect(&headers(&["地区", "区县", "年份", "GDP"]), None),
            Err(LayoutProblem::Ambiguous { role: ColumnRole::Region, columns: headers(&["地区", "区县"]) })
        );
        assert_eq!(
            detect(&headers(&["地区", "指标", "数值", "2023", "2024"]), None),
            Err(LayoutProblem::ValueAndYearColumns { years: headers(&["2023", "2024"]) })
        );
        assert_eq!(detect(&headers(&["地区", "年份", "指标"]), None), Err(LayoutProblem::NoValueColumn));
        assert_eq!(
            detect(&headers(&["地区", "2023", "2024"]), None),
            Err(LayoutProblem::YearsWithoutIndicator { years: headers(&["2023", "2024"]) })
        );
    }
}
