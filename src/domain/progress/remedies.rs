//! How far the remedies of one diagnosed problem (问题/短板) have got: the question an official asks of a
//! problem ("our R&D intensity is low: is what the documents advise being done?").

use super::plan::severity;
use super::{Entry, Light, Scope, Standing};

/// The remedies of one problem taken together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RemedyRollup {
    /// Items that answer the problem.
    pub remedies: usize,
    /// Of them, adopted into the county's plan.
    pub adopted: usize,
    /// Of them, set aside (不适用).
    pub set_aside: usize,
    /// Mean percent of the adopted ones; `None` when none is adopted.
    pub percent: Option<u8>,
    /// The worst light among the adopted ones ([`Light::Unscheduled`] when none is adopted).
    pub worst: Light,
}

/// Rolls up the remedies' entries and standings; items not adopted count only in `remedies` and `set_aside`.
pub fn remedy_rollup<'a>(remedies: impl IntoIterator<Item = (&'a Entry, Standing)>) -> RemedyRollup {
    let mut rollup = RemedyRollup { remedies: 0, adopted: 0, set_aside: 0, percent: None, worst: Light::Unscheduled };
    let mut percent_sum = 0u32;
    for (entry, standing) in remedies {
        rollup.remedies += 1;
        match entry.scope {
            Scope::Adopted => {
                rollup.adopted += 1;
                percent_sum += u32::from(standing.percent);
                if severity(standing.light) > severity(rollup.worst) {
                    rollup.worst = standing.light;
                }
            }
            Scope::NotApplicable => rollup.set_aside += 1,
            Scope::Undecided => {}
        }
    }
    if rollup.adopted > 0 {
        rollup.percent = u8::try_from(percent_sum / rollup.adopted as u32).ok();
    }
    rollup
}

#[cfg(test)]
mod tests {
    use super::super::Status;
    use super::*;

    fn standing(percent: u8, light: Light) -> Standing {
        Standing { status: Status::InProgress, percent, light, overdue: false }
    }

    #[test]
    fn only_adopted_remedies_count_towards_percent_and_light() {
        let adopted = Entry { scope: Scope::Adopted, ..Entry::default() };
        let set_aside = Entry { scope: Scope::NotApplicable, ..Entry::default() };
        let undecided = Entry::default();
        let rollup = remedy_rollup([
            (&adopted, standing(40, Light::Green)),
            (&adopted, standing(80, Light::Red)),
            (&set_aside, standing(100, Light::Red)),
            (&undecided, standing(0, Light::Yellow)),
        ]);
        assert_eq!(
            rollup,
            RemedyRollup { remedies: 4, adopted: 2, set_aside: 1, percent: Some(60), worst: Light::Red }
        );
    }

    #[test]
    fn a_problem_with_nothing_adopted_has_no_percent() {
        let rollup = remedy_rollup([(&Entry::default(), standing(0, Light::Green))]);
        assert_eq!(rollup.percent, None);
        assert_eq!(rollup.worst, Light::Unscheduled);
        assert_eq!(rollup.adopted, 0);
    }
}
