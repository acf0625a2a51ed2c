//! Every string the user sees, Chinese first and English second, in one table ([`strings`]).

mod errors;
pub mod evaluation;
pub mod help;
pub mod names;
pub mod strings;

use serde::{Deserialize, Serialize};

pub use errors::{
    column_role, describe_catalog_error, describe_catalog_problem, describe_cell_problem, describe_dropped_indicator,
    describe_export_error, describe_flaw, describe_guess, describe_import_error, describe_index_error,
    describe_json_file_error, describe_layout_problem, describe_load_error, describe_metrics_details,
    describe_metrics_error, describe_metrics_summary, describe_missing_glyphs, describe_progress_error,
    describe_row_problem, describe_row_problem_place, describe_skipped, describe_unmatched,
    describe_weights_file_error, format_name, io_reason, layout_name,
};
pub use errors::{describe_contradiction, describe_late_status};

/// The user's language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// 中文 (the default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Chinese first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The language's own name, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// Language from a locale such as `en_US.UTF-8`: English for `en*`, Chinese otherwise.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Zh }
    }
}

/// A user-facing string in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The string in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    /// The string in `lang` with each `{name}` replaced by its value.
    pub fn fill(&self, lang: Lang, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let mut out = self.get(lang).to_owned();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), &value.to_string());
        }
        out
    }
}

/// Shorthand for table entries.
pub(crate) const fn t(zh: &'static str, en: &'static str) -> Text {
    Text { zh, en }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder_in_the_chosen_language() {
        let text = t("{file} 第 {line} 行", "{file} line {line}");
        assert_eq!(text.fill(Lang::Zh, &[("file", &"a.json"), ("line", &3)]), "a.json 第 3 行");
        assert_eq!(text.fill(Lang::En, &[("file", &"a.json"), ("line", &3)]), "a.json line 3");
    }

    #[test]
    fn english_locales_choose_english_and_everything_else_chinese() {
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("C.UTF-8"), Lang::Zh);
    }
}
