//! The evaluation index and its leave-one-out check on a panel of fuzzed numbers: NaN, infinities, huge and
//! tiny values, missing cells, a 全市 or 合计 row among the places, any weighting.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_cockpit::domain::index::{self, ExpertWeights, Options, Weighting};
use policy_cockpit::domain::metrics::{Observation, PanelBuilder, RegionId};
use policy_cockpit_fuzz::CATALOG;

/// Bytes read one at a time; zeros once they run out.
struct Input<'a>(&'a [u8]);

impl Input<'_> {
    fn byte(&mut self) -> u8 {
        let Some((&b, rest)) = self.0.split_first() else { return 0 };
        self.0 = rest;
        b
    }

    fn f64(&mut self) -> f64 {
        f64::from_le_bytes(std::array::from_fn(|_| self.byte()))
    }

    /// A value as files hold them, with the awkward ones often.
    fn value(&mut self) -> Option<Option<f64>> {
        Some(Some(match self.byte() {
            0 => return Some(None),
            1 => return None,
            2 => f64::NAN,
            3 => f64::INFINITY,
            4 => f64::NEG_INFINITY,
            5 => 1e308,
            6 => -1e308,
            7 => -0.0,
            8 => f64::MIN_POSITIVE,
            9 => 5e-324,
            10 => f64::MAX,
            11 => self.f64(),
            b => f64::from(b) * 1.5 - 100.0,
        }))
    }
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input(data);
    let (regions, years, indicators, flags) =
        (input.byte() % 14 + 1, input.byte() % 6 + 1, input.byte() % 5 + 1, input.byte());
    let mut builder = PanelBuilder::new("fuzz.csv");
    let total_at = (flags & 1 != 0).then_some(usize::from(flags >> 4) % usize::from(regions));
    let region_ids: Vec<_> = (0..usize::from(regions))
        .map(|r| match total_at {
            Some(t) if t == r => builder.region(if flags & 2 != 0 { "全市" } else { "合计" }),
            _ => builder.region(&format!("区县{r}")),
        })
        .collect();
    let names: Vec<String> = (0..indicators)
        .map(|k| {
            let pick = input.byte();
            match CATALOG.indicators.get(usize::from(pick)) {
                Some(entry) if pick % 3 != 0 => entry.name.clone(),
                _ => format!("指标{k}"),
            }
        })
        .collect();
    let indicator_ids: Vec<_> = names.iter().map(|n| builder.indicator(n, "").0).collect();
    let odd_years = flags & 4 != 0;
    let year_of = |y: u8, input: &mut Input| {
        if odd_years { i32::from_le_bytes(std::array::from_fn(|_| input.byte())) } else { 2015 + i32::from(y) }
    };
    let year_list: Vec<i32> = (0..years).map(|y| year_of(y, &mut input)).collect();
    let mut origin = 0;
    for &indicator in &indicator_ids {
        for &region in &region_ids {
            for &year in &year_list {
                origin += 1;
                if let Some(value) = input.value() {
                    builder.push(Observation { region, year, indicator, value, source: None, origin });
                }
            }
        }
    }
    if builder.is_empty() {
        return;
    }
    let (mut panel, _) = builder.build();
    panel.link_catalog(&CATALOG);
    let weighting = match flags >> 6 {
        0 | 1 => Weighting::Entropy,
        2 => Weighting::Equal,
        _ => Weighting::Expert(ExpertWeights {
            weights: names.iter().map(|n| (n.clone(), f64::from(input.byte() % 5) - 0.5)).collect(),
        }),
    };
    let Ok(evaluation) = index::evaluate(&panel, &CATALOG, &Options { weighting, ..Options::default() }) else { return };
    let cells = (0..evaluation.regions.len()).flat_map(|r| evaluation.years.iter().map(move |&y| (r, y)));
    for scored in cells.filter_map(|(r, y)| evaluation.get(RegionId(r as u32), y)) {
        assert!((0.0..=1.0).contains(&scored.score), "score {} out of [0, 1]", scored.score);
        assert!(scored.rank >= 1 && scored.rank <= scored.ranked, "rank {} of {}", scored.rank, scored.ranked);
    }
    assert!(evaluation.regions.iter().all(|r| r != "全市" && r != "合计"), "a total row was ranked");
    let _ = index::stability(&panel, &evaluation);
});
