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
    if let Some(v) = plain_decimal(text.as_bytes()) {
        return Value::Number(v);
    }
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

/// The powers of ten a double holds exactly.
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// A number written plainly ("1224", "-3.5", "0.62"), read without allocating; `None` for anything
/// else, which the general path reads. With at most 15 digits the digits and the power of ten are
/// exact doubles, so one division gives the correctly rounded value, the same as `str::parse`.
fn plain_decimal(bytes: &[u8]) -> Option<f64> {
    let (negative, digits) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, bytes),
    };
    let mut mantissa: u64 = 0;
    let (mut count, mut fraction, mut dot) = (0usize, 0usize, false);
    for &b in digits {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                count += 1;
                fraction += usize::from(dot);
                if count > 15 {
                    return None;
                }
            }
            b'.' if !dot => dot = true,
            _ => return None,
        }
    }
    if count == 0 {
        return None;
    }
    let v = mantissa as f64 / EXACT_POWERS_OF_TEN[fraction];
    Some(if negative { -v } else { v })
}

/// Reads a year from cell text: "2024", "2024年", "2024年度", "2024.0". Years outside 1900–2100 are refused.
pub(super) fn parse_year(text: &str) -> Option<i32> {
    if let Some(year) = four_digits(text.as_bytes()) {
        return (1900..=2100).contains(&year).then_some(year);
    }
    let folded = fold_digits(trim(text));
    let t = folded.as_ref();
    let t = t.strip_suffix("年度").or_else(|| t.strip_suffix('年')).unwrap_or(t);
    let t = t.strip_suffix(".0").unwrap_or(t);
    four_digits(t.as_bytes()).filter(|y| (1900..=2100).contains(y))
}

/// Full-width digits ("２０２３") as ASCII; other text unchanged.
fn fold_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() || !text.chars().any(|c| ('０'..='９').contains(&c)) {
        return text.into();
    }
    let fold =
        |c: char| if ('０'..='９').contains(&c) { char::from(b'0' + (c as u32 - '０' as u32) as u8) } else { c };
    text.chars().map(fold).collect::<String>().into()
}

/// The year of a date written out in a year column: "2023-12-31", "2023/12/31", "2023-12-31T00:00:00".
pub(super) fn year_of_date_text(text: &str) -> Option<i32> {
    let folded = fold_digits(trim(text));
    let bytes = folded.as_bytes();
    let sep = *bytes.get(4)?;
    let month_digit = bytes.get(5).is_some_and(u8::is_ascii_digit);
    let year = four_digits(bytes.get(..4)?)?;
    (matches!(sep, b'-' | b'/' | b'.') && month_digit && (1900..=2100).contains(&year)).then_some(year)
}

/// Excel's serial day numbers (day 1 is 1900-01-01, 1900 counted as a leap year as Excel does).
const EXCEL_SERIALS: std::ops::RangeInclusive<f64> = 2958.0..=73050.0;

/// The year of an Excel date serial (44926 is 2022-12-31); numbers that are years themselves are not serials.
pub(super) fn year_of_excel_serial(v: f64) -> Option<i32> {
    if !EXCEL_SERIALS.contains(&v) {
        return None;
    }
    // Serial 60 is Excel's fictitious 1900-02-29; every serial from 61 on counts days from 1899-12-30.
    let days = v.floor() as i64;
    let date = jiff::civil::date(1899, 12, 30).checked_add(jiff::Span::new().days(days)).ok()?;
    Some(i32::from(date.year()))
}

/// Exactly four ASCII digits, as a number.
fn four_digits(bytes: &[u8]) -> Option<i32> {
    let &[a, b, c, d] = bytes else { return None };
    [a, b, c, d].iter().try_fold(0, |y, &b| b.is_ascii_digit().then(|| y * 10 + i32::from(b - b'0')))
}

/// A year from a number cell.
pub(super) fn year_from_number(v: f64) -> Option<i32> {
    (v.fract() == 0.0 && (1900.0..=2100.0).contains(&v)).then_some(v as i32)
}

/// Trims ASCII and ideographic spaces.
pub(super) fn trim(text: &str) -> &str {
    // Most cells start with a character that is not a space and end in an ASCII one: nothing to decode.
    // Bytes that can start a space: ASCII up to ' ', and the lead bytes of U+0085/U+00A0 (C2),
    // U+1680 (E1), U+2000–U+205F (E2), U+3000 (E3) and U+FEFF (EF).
    let bytes = text.as_bytes();
    if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last())
        && first > b' '
        && !matches!(first, 0x7F | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
        && last > b' '
        && last < 0x7F
    {
        return text;
    }
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
    fn spaces_of_every_kind_are_trimmed_and_plain_text_is_left_alone() {
        for (t, want) in [
            ("县0001", "县0001"),
            (" 县0001\t", "县0001"),
            ("\u{3000}巴州区\u{3000}", "巴州区"),
            ("\u{feff}地区", "地区"),
            ("\u{a0}12", "12"),
            ("R&D经费投入(亿元)", "R&D经费投入(亿元)"),
            ("高新技术企业数 ", "高新技术企业数"),
            ("", ""),
        ] {
            assert_eq!(trim(t), want, "{t:?}");
        }
    }

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
    fn plain_decimals_read_exactly_as_the_standard_parser_reads_them() {
        for t in ["0", "-0", "12", "0.62", "1224.5", "-3.25", "+7", "1.", ".5", "123456789012345", "0.10000000000001"] {
            let standard: f64 = t.parse().unwrap_or(f64::NAN);
            assert_eq!(plain_decimal(t.as_bytes()).map(f64::to_bits), Some(standard.to_bits()), "{t}");
        }
        for t in ["", "-", ".", "1.2.3", "1e5", "1,224", " 1", "1234567890123456", "—"] {
            assert_eq!(plain_decimal(t.as_bytes()), None, "{t}");
        }
    }

    #[test]
    fn years_are_read_from_text_and_titles() {
        assert_eq!(parse_year("2024年"), Some(2024));
        assert_eq!(parse_year("2024年度"), Some(2024));
        assert_eq!(parse_year("2024.0"), Some(2024));
        assert_eq!(parse_year("2025H1"), None);
        assert_eq!(parse_year("3024"), None);
        assert_eq!(parse_year("２０２３"), Some(2023));
        assert_eq!(parse_year("２０２３年"), Some(2023));
        assert_eq!(year_of_date_text("2023-12-31T00:00:00"), Some(2023));
        assert_eq!(year_of_date_text("2023/6/30"), Some(2023));
        assert_eq!(year_of_date_text("2023年"), None);
        assert_eq!(year_of_excel_serial(44926.0), Some(2022));
        assert_eq!(year_of_excel_serial(45291.0), Some(2023));
        assert_eq!(year_of_excel_serial(2023.0), None);
        assert_eq!(year_in_title("巴中市各县（区）科技活动主要指标（2024年）"), Some(2024));
        assert_eq!(year_in_title("2019—2024年主要指标"), None);
        assert_eq!(year_in_title("表3-12 科技活动"), None);
    }
}
