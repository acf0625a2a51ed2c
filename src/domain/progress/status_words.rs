//! Reading a status as people write it, the one reader for `progress set` and ledger import: the app's
//! own words (未开始, 推进中, 已完成, 受阻, 暂缓, or not-started, in-progress …) and those offices use
//! for them (进行中, 在建, 已办结, 未启动 …).
//!
//! Words that say an item is behind (滞后, 延期, 逾期, 超期 …) judge the pace, not the stage: such an item
//! is under way, so it reads as 推进中, flagged so the user is told. Whether it is late the app works out
//! from its deadline (the light turns red past the deadline, yellow when behind the straight line); 受阻
//! would claim an obstacle the office did not name.

use super::Status;

/// Words offices use for a status, besides the app's own.
const WORDS: [(&str, Status); 30] = [
    ("进行中", Status::InProgress),
    ("在建", Status::InProgress),
    ("在推进", Status::InProgress),
    ("正在推进", Status::InProgress),
    ("正在实施", Status::InProgress),
    ("实施中", Status::InProgress),
    ("推进", Status::InProgress),
    ("正常推进", Status::InProgress),
    ("有序推进", Status::InProgress),
    ("序时推进", Status::InProgress),
    ("按序时推进", Status::InProgress),
    ("按计划推进", Status::InProgress),
    ("持续推进", Status::InProgress),
    ("已启动", Status::InProgress),
    ("完成", Status::Done),
    ("已办结", Status::Done),
    ("办结", Status::Done),
    ("已完结", Status::Done),
    ("已落实", Status::Done),
    ("未启动", Status::NotStarted),
    ("尚未启动", Status::NotStarted),
    ("未开展", Status::NotStarted),
    ("尚未开展", Status::NotStarted),
    ("暂停", Status::Paused),
    ("已暂缓", Status::Paused),
    ("已暂停", Status::Paused),
    ("阻滞", Status::Blocked),
    ("已受阻", Status::Blocked),
    ("受阻中", Status::Blocked),
    ("停滞", Status::Blocked),
];

/// Words that say an item is behind its schedule; read as 推进中 (see the module's notes).
const LATE_WORDS: [&str; 13] = [
    "滞后",
    "进度滞后",
    "推进滞后",
    "滞后推进",
    "延期",
    "已延期",
    "延期推进",
    "逾期",
    "已逾期",
    "超期",
    "已超期",
    "延迟",
    "推迟",
];

/// A status read from a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusWord {
    /// The status it means.
    pub status: Status,
    /// The word said the item is behind (滞后, 延期 …); it was read as 推进中 and the user should be told.
    pub late: bool,
}

/// Reads a status word; spaces (also full-width ones) around and inside are ignored. `None` for a word
/// that is not a status.
pub fn read(text: &str) -> Option<StatusWord> {
    let word: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if LATE_WORDS.contains(&word.as_str()) {
        return Some(StatusWord { status: Status::InProgress, late: true });
    }
    // “in progress” typed with a space is the English word too.
    let dashed = text.split_whitespace().collect::<Vec<_>>().join("-");
    Status::parse(&word)
        .or_else(|| Status::parse(&dashed))
        .or_else(|| WORDS.iter().find(|(w, _)| *w == word).map(|(_, s)| *s))
        .map(|status| StatusWord { status, late: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(text: &str) -> Option<Status> {
        read(text).map(|w| w.status)
    }

    #[test]
    fn the_apps_own_words_and_the_offices_words_are_read() {
        assert_eq!(status("推进中"), Some(Status::InProgress));
        assert_eq!(status("in-progress"), Some(Status::InProgress));
        assert_eq!(status("in progress"), Some(Status::InProgress));
        assert_eq!(status("Done"), Some(Status::Done));
        for word in ["进行中", "在建", "正在推进", " 推进中 ", "推 进 中", "\u{3000}进行中"] {
            assert_eq!(status(word), Some(Status::InProgress), "{word:?}");
        }
        assert_eq!(status("已办结"), Some(Status::Done));
        assert_eq!(status("未启动"), Some(Status::NotStarted));
    }

    #[test]
    fn lateness_words_read_as_in_progress_and_say_so() {
        for word in ["滞后", "延期", "逾期", "已超期"] {
            assert_eq!(read(word), Some(StatusWord { status: Status::InProgress, late: true }), "{word}");
        }
        assert_eq!(read("推进中").map(|w| w.late), Some(false));
    }

    #[test]
    fn other_words_are_not_statuses() {
        for word in ["finished", "60%", "大部分", "", "已完成60%"] {
            assert_eq!(read(word), None, "{word}");
        }
    }
}
