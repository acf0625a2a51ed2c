//! Which framework item a ledger row is about, from its 序号/编号 cell and its title. The id decides when
//! it is one of the framework's; a title that names another item makes the row a question for the user,
//! never a guess.

use super::plan::{MatchedBy, Unmatched};
use super::titles::TitleIndex;
use crate::domain::framework::Framework;

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
        let Some(item) = self.fw.item(id) else { return by_title };
        match by_title {
            Ok((other, _)) if other != item.id => {
                Err(Unmatched::IdTitleConflict { id: item.id.clone(), id_title: item.title.clone(), title_item: other })
            }
            _ => Ok((item.id.clone(), MatchedBy::Id)),
        }
    }
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
}
