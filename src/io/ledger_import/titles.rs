//! Finding an item by the title a ledger gives it: exactly, else after dropping what offices add
//! (spaces, punctuation, full-width letters, a leading “1.”, “（一）” or “一是”).

use std::collections::{HashMap, HashSet};

use super::cells::half_width;
use super::plan::{MatchedBy, Unmatched};
use crate::domain::framework::Framework;

/// Chinese numerals as they start list entries.
const NUMERALS: &str = "一二三四五六七八九十";

/// How alike two titles must be (Dice coefficient of their character pairs) for one to be suggested for
/// the other: “建设县级产业科技大数据平台” and “建设市级产业科技大数据平台” score 0.83, two different
/// platforms that share “建设” and “大数据平台” about 0.4.
const SIMILAR: f64 = 0.6;

/// Items by exact and by normalised title, and each title's character pairs for suggestions.
pub(super) struct TitleIndex<'a> {
    exact: HashMap<&'a str, &'a str>,
    normalized: HashMap<String, Vec<&'a str>>,
    pairs: Vec<(&'a str, HashSet<(char, char)>)>,
}

impl<'a> TitleIndex<'a> {
    /// Indexes every item of the framework.
    pub(super) fn new(fw: &'a Framework) -> Self {
        let mut exact = HashMap::new();
        let mut normalized: HashMap<String, Vec<&str>> = HashMap::new();
        let mut pairs = Vec::new();
        for item in &fw.items {
            exact.insert(item.title.as_str(), item.id.as_str());
            let key = normalize_title(&item.title);
            pairs.push((item.id.as_str(), char_pairs(&key)));
            normalized.entry(key).or_default().push(item.id.as_str());
        }
        Self { exact, normalized, pairs }
    }

    /// The item whose title is most like `title`, if alike enough and no other is as alike; a suggestion
    /// to show, never a match.
    pub(super) fn nearest(&self, title: &str) -> Option<&'a str> {
        let pairs = char_pairs(&normalize_title(title));
        if pairs.is_empty() {
            return None;
        }
        let dice = |other: &HashSet<(char, char)>| {
            2.0 * pairs.intersection(other).count() as f64 / (pairs.len() + other.len()) as f64
        };
        let mut scored: Vec<(f64, &str)> = self.pairs.iter().map(|(id, p)| (dice(p), *id)).collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        match scored.as_slice() {
            [(best, id), (second, _), ..] if *best >= SIMILAR && best > second => Some(id),
            [(best, id)] if *best >= SIMILAR => Some(id),
            _ => None,
        }
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

/// The pairs of neighbouring characters of a text.
fn char_pairs(text: &str) -> HashSet<(char, char)> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
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
    fn the_nearest_title_is_suggested_only_when_it_is_alike_enough() {
        let fw = crate::io::framework_file::embedded().expect("framework");
        let index = TitleIndex::new(&fw);
        assert_eq!(index.nearest("建设县级产业科技大数据平台"), Some("bz-6.1.9"));
        assert_eq!(index.nearest("建立局际联席会议机制"), Some("bz-6.1.3"));
        assert_eq!(index.nearest("建设全市智慧农业大数据平台"), None);
        assert_eq!(index.nearest("某个不存在的举措"), None);
        assert_eq!(index.nearest("平"), None);
    }

    #[test]
    fn numbers_that_belong_to_the_title_are_kept() {
        assert_eq!(normalize_title("5G基站建设"), "5g基站建设");
        assert_eq!(normalize_title("1.5亿元专项资金"), "15亿元专项资金");
        assert_eq!(normalize_title("一体化平台"), "一体化平台");
    }
}
