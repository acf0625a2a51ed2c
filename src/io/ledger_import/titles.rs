//! Finding an item by the title a ledger gives it: exactly, else after dropping what offices add
//! (spaces, punctuation, full-width letters, a leading “1.”, “（一）” or “一是”).

use std::collections::HashMap;

use super::cells::half_width;
use super::plan::{MatchedBy, Unmatched};
use crate::domain::framework::Framework;

/// Chinese numerals as they start list entries.
const NUMERALS: &str = "一二三四五六七八九十";

/// Items by exact and by normalised title.
pub(super) struct TitleIndex<'a> {
    exact: HashMap<&'a str, &'a str>,
    normalized: HashMap<String, Vec<&'a str>>,
}

impl<'a> TitleIndex<'a> {
    /// Indexes every item of the framework.
    pub(super) fn new(fw: &'a Framework) -> Self {
        let mut exact = HashMap::new();
        let mut normalized: HashMap<String, Vec<&str>> = HashMap::new();
        for item in &fw.items {
            exact.insert(item.title.as_str(), item.id.as_str());
            normalized.entry(normalize_title(&item.title)).or_default().push(item.id.as_str());
        }
        Self { exact, normalized }
    }

    /// The item a title names, or why none.
    pub(super) fn find(&self, title: &str) -> Result<(String, MatchedBy), Unmatched> {
        if title.is_empty() {
            return Err(Unmatched::NoKey);
        }
        if let Some(id) = self.exact.get(title) {
            return Ok(((*id).to_owned(), MatchedBy::Title));
        }
        match self.normalized.get(&normalize_title(title)).map(Vec::as_slice) {
            Some([id]) => Ok(((*id).to_owned(), MatchedBy::NormalizedTitle)),
            Some(ids) if !ids.is_empty() => Err(Unmatched::Ambiguous(ids.iter().map(|s| (*s).to_owned()).collect())),
            _ => Err(Unmatched::NotFound),
        }
    }
}

/// A title as compared after the exact match failed: no leading list number, letters and digits only
/// (full-width ones made half-width), Latin in lower case, so "1. 打造自主可控的 技术生态供给体系。"
/// equals "打造自主可控的技术生态供给体系".
pub fn normalize_title(title: &str) -> String {
    let title: String = title.trim().chars().map(half_width).collect();
    strip_enumerator(&title).chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The title without a leading “1.”, “1、”, “1）”, “(1)”, “（一）”, “一、” or “一是”.
fn strip_enumerator(title: &str) -> &str {
    let is_numeral = |c: char| c.is_ascii_digit() || NUMERALS.contains(c);
    if let Some(inner) = title.strip_prefix('(') {
        let end = inner.find(|c: char| !is_numeral(c)).unwrap_or(inner.len());
        if end > 0
            && let Some(rest) = inner[end..].strip_prefix(')')
        {
            return rest.trim_start_matches(['、', '.', ' ']);
        }
        return title;
    }
    let end = title.find(|c: char| !is_numeral(c)).unwrap_or(title.len());
    if end == 0 {
        return title;
    }
    let rest = &title[end..];
    let chinese = !title[..end].starts_with(|c: char| c.is_ascii_digit());
    let stripped = if chinese {
        rest.strip_prefix('、').or_else(|| rest.strip_prefix('是'))
    } else {
        // “1.5亿元…” keeps its number: a dot counts only when no digit follows.
        rest.strip_prefix(['、', ')'])
            .or_else(|| rest.strip_prefix('.').filter(|r| !r.starts_with(|c: char| c.is_ascii_digit())))
    };
    stripped.map_or(title, str::trim_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalised_titles_ignore_spaces_punctuation_and_width() {
        assert_eq!(normalize_title("打造 自主可控的“技术生态”。"), normalize_title("打造自主可控的技术生态"));
        assert_eq!(normalize_title("ＡＩ平台"), "ai平台");
    }

    #[test]
    fn list_numbers_before_a_title_are_dropped() {
        for title in [
            "1.打造平台",
            "1、打造平台",
            "12. 打造平台",
            "（一）打造平台",
            "(1)打造平台",
            "一、打造平台",
            "三是打造平台",
        ] {
            assert_eq!(normalize_title(title), "打造平台", "{title}");
        }
    }

    #[test]
    fn numbers_that_belong_to_the_title_are_kept() {
        assert_eq!(normalize_title("5G基站建设"), "5g基站建设");
        assert_eq!(normalize_title("1.5亿元专项资金"), "15亿元专项资金");
        assert_eq!(normalize_title("一体化平台"), "一体化平台");
    }
}
