//! Which framework item a ledger row is about, from its 序号/编号 cell and its title. The id decides when
//! it is one of the framework's; a title that names another item makes the row a question for the user,
//! never a guess.

use super::plan::{MatchedBy, Nearest, Unmatched};
use super::titles::TitleIndex;
use crate::domain::framework::Framework;
use crate::domain::progress::plan::typed_id;

/// Finds items by id and by title.
pub(super) struct Matcher<'a> {
    fw: &'a Framework,
    titles: TitleIndex<'a>,
}

impl<'a> Matcher<'a> {
    /// Indexes the framework's items.
    pub(super) fn new(fw: &'a Framework) -> Self {
        Self { fw, titles: TitleIndex::new(fw) }
    }

    /// The item a row names by its id (as written in the 序号/编号 cell) and title, and how; or why none.
    pub(super) fn find(&self, id: &str, title: &str) -> Result<(String, MatchedBy), Unmatched> {
        let by_title = self.titles.find(title);
        let Some(item) = self.fw.item(&normalize_id(id)) else {
            return match by_title {
                // A running number beside a title is not an id; alone, it is one the framework lacks.
                Err(Unmatched::NoKey) if !id.trim().is_empty() => Err(Unmatched::UnknownId),
                other => other,
            };
        };
        match by_title {
            Ok((other, _)) if other != item.id => {
                Err(Unmatched::IdTitleConflict { id: item.id.clone(), id_title: item.title.clone(), title_item: other })
            }
            _ => Ok((item.id.clone(), MatchedBy::Id)),
        }
    }

    /// An item to suggest for a row that matched none, never applied: the item whose title is most like
    /// the row's, or, for an id alone, the one item whose id ends in it (“6.1.3” → bz-6.1.3).
    pub(super) fn nearest(&self, id: &str, title: &str) -> Option<Nearest> {
        let id = normalize_id(id);
        let found = if title.trim().is_empty() {
            let mut ends =
                self.fw.items.iter().filter(|i| !id.is_empty() && i.id.split_once('-').is_some_and(|(_, n)| n == id));
            match (ends.next(), ends.next()) {
                (Some(item), None) => Some(item.id.as_str()),
                _ => None,
            }
        } else {
            self.titles.nearest(title)
        };
        let item = self.fw.item(found?)?;
        Some(Nearest { id: item.id.clone(), title: item.title.clone(), title_en: item.title_en.clone() })
    }
}

/// An id as typed (“BZ－6．1．3 ”) as the framework writes it (“bz-6.1.3”): half-width, lower case, no spaces,
/// any dash a hyphen.
fn normalize_id(id: &str) -> String {
    typed_id(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::framework_file;

    #[test]
    fn an_id_and_a_title_that_name_different_items_are_a_question_not_a_match() {
        let fw = framework_file::embedded().expect("framework");
        let matcher = Matcher::new(&fw);
        assert_eq!(matcher.find("bz-6.1.3", "建立局际联席会议制度"), Ok(("bz-6.1.3".into(), MatchedBy::Id)));
        assert_eq!(matcher.find("bz-6.1.3", "（名称可与框架不同）"), Ok(("bz-6.1.3".into(), MatchedBy::Id)));
        assert_eq!(
            matcher.find("bz-6.1.3", "设立领导小组常设办公室"),
            Err(Unmatched::IdTitleConflict {
                id: "bz-6.1.3".into(),
                id_title: "建立局际联席会议制度".into(),
                title_item: "bz-6.1.2".into(),
            })
        );
        assert_eq!(matcher.find("3", "设立领导小组常设办公室"), Ok(("bz-6.1.2".into(), MatchedBy::Title)));
    }

    #[test]
    fn ids_are_found_as_typed_and_an_unknown_one_alone_is_named_as_such() {
        let fw = framework_file::embedded().expect("framework");
        let matcher = Matcher::new(&fw);
        for typed in ["BZ-6.1.3", "bz－6．1．3", " bz-6.1.3 ", "bz–6.1.3"] {
            assert_eq!(matcher.find(typed, ""), Ok(("bz-6.1.3".into(), MatchedBy::Id)), "{typed}");
        }
        assert_eq!(matcher.find("6.1.3", ""), Err(Unmatched::UnknownId));
        assert_eq!(matcher.find("", ""), Err(Unmatched::NoKey));
        assert_eq!(matcher.find("bz-9.9.9", "编号不存在"), Err(Unmatched::NotFound));
    }

    #[test]
    fn the_nearest_item_is_found_by_title_or_by_the_end_of_an_id() {
        let fw = framework_file::embedded().expect("framework");
        let matcher = Matcher::new(&fw);
        let nearest = |id: &str, title: &str| matcher.nearest(id, title).map(|n| n.id);
        assert_eq!(nearest("5", "建设县级产业科技大数据平台").as_deref(), Some("bz-6.1.9"));
        assert_eq!(nearest("6.1.3", "").as_deref(), Some("bz-6.1.3"));
        // 3.1.1 ends both yz-3.1.1 and sz-3.1.1: no suggestion.
        assert_eq!(nearest("3.1.1", ""), None);
        assert_eq!(nearest("", "某个不存在的举措"), None);
    }
}
