//! Cell text as statisticians write it: "—", "…", "-" and blanks for missing, thousands separators,
//! full-width digits, numbers stored as text, "2024年" for a year.

/// What a cell holds once read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Value {
    /// Blank, or a mark that the figure is missing or not applicable.
    Missing,
    /// A number.
    Number(f64),
    /// Text that is not a number.
    Bad,
}

/// Marks yearbooks and spreadsheets use for "no figure".
const MISSING_MARKS: [&str; 17] =
    ["—", "——", "–", "-", "--", "―", "…", "……", "...", "..", "/", "无", "na", "n/a", "null", "nan", "#n/a"];

/// Reads a value from cell text.
pub(super) fn parse_value(text: &str) -> Value {
    let t = trim(text);
    if t.is_empty() || MISSING_MARKS.iter().any(|m| t.eq_ignore_ascii_case(m)) {
        return Value::Missing;
    }
    let mut plain = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '０'..='９' => plain.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
            '．' => plain.push('.'),
            '－' | '−' => plain.push('-'),
            '＋' => plain.push('+'),
            ',' | '，' | ' ' | '\u{a0}' | '\u{2009}' | '\'' => {}
            c => plain.push(c),
        }
    }
    let plain = plain.strip_suffix(['%', '％']).unwrap_or(&plain);
    match plain.parse::<f64>() {
        Ok(v) if v.is_finite() && plain.bytes().any(|b| b.is_ascii_digit()) => Value::Number(v),
        _ => Value::Bad,
    }
}

/// Reads a year from cell text: "2024", "2024年", "2024年度", "2024.0". Years outside 1900–2100 are refused.
pub(super) fn parse_year(text: &str) -> Option<i32> {
    let t = trim(text);
    let t = t.strip_suffix("年度").or_else(|| t.strip_suffix('年')).unwrap_or(t);
    let t = t.strip_suffix(".0").unwrap_or(t);
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// A year from a number cell.
pub(super) fn year_from_number(v: f64) -> Option<i32> {
    (v.fract() == 0.0 && (1900.0..=2100.0).contains(&v)).then_some(v as i32)
}

/// Trims ASCII and ideographic spaces.
pub(super) fn trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}')
}

/// The single year a title names ("……（2024年）"), if it names exactly one.
pub(super) fn year_in_title(title: &str) -> Option<i32> {
    let chars: Vec<char> = title.chars().collect();
    let mut found: Vec<i32> = Vec::new();
    for i in 0..chars.len().saturating_sub(3) {
        let window: String = chars[i..i + 4].iter().collect();
        let before_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let after_digit = chars.get(i + 4).is_some_and(char::is_ascii_digit);
        if before_digit || after_digit {
            continue;
        }
        if let Some(year) = parse_year(&window)
            && !found.contains(&year)
        {
            found.push(year);
        }
    }
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yearbook_marks_and_blanks_are_missing() {
        for t in ["", "  ", "—", "…", "-", "……", "/", "N/A", "\u{3000}"] {
            assert_eq!(parse_value(t), Value::Missing, "{t:?}");
        }
    }

    #[test]
    fn numbers_as_text_with_separators_and_full_width_digits_are_read() {
        assert_eq!(parse_value("13,006"), Value::Number(13006.0));
        assert_eq!(parse_value(" 1 224 "), Value::Number(1224.0));
        assert_eq!(parse_value("４．８９"), Value::Number(4.89));
        assert_eq!(parse_value("-3.5"), Value::Number(-3.5));
        assert_eq!(parse_value("6.3%"), Value::Number(6.3));
        assert_eq!(parse_value("约12"), Value::Bad);
        assert_eq!(parse_value("inf"), Value::Bad);
    }

    #[test]
    fn years_are_read_from_text_and_titles() {
        assert_eq!(parse_year("2024年"), Some(2024));
        assert_eq!(parse_year("2024年度"), Some(2024));
        assert_eq!(parse_year("2024.0"), Some(2024));
        assert_eq!(parse_year("2025H1"), None);
        assert_eq!(parse_year("3024"), None);
        assert_eq!(year_in_title("巴中市各县（区）科技活动主要指标（2024年）"), Some(2024));
        assert_eq!(year_in_title("2019—2024年主要指标"), None);
        assert_eq!(year_in_title("表3-12 科技活动"), None);
    }
}
