//! The evaluation index on a national panel (target: under 2 s). Times `index::evaluate` (entropy
//! weights, TOPSIS, pillar sub-indices, coupling, ranks) on a panel built in memory of the national
//! size — 2,844 regions × 25 years × 40 catalog indicators, 2 % missing — and, when a file is named
//! by `INDEX_BENCH_FILE` or the first argument (e.g. the output of `../shared/tools/gen_panel.py`),
//! on that file too (its loading is timed apart and not counted). Median of 5 runs.
//! Run: `cargo bench --bench evaluation_index` or
//! `INDEX_BENCH_FILE=/work/data/national-long.csv cargo bench --bench evaluation_index`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use policy_cockpit::domain::index::{self, Options, Weighting};
use policy_cockpit::domain::metrics::{Catalog, Observation, Panel, PanelBuilder, RegionId};
use policy_cockpit::io::framework_file;
use policy_cockpit::io::metrics::{self, catalog_file};

const REGIONS: usize = 2_844;
const YEARS: std::ops::RangeInclusive<i32> = 2001..=2025;
const INDICATORS: usize = 40;
const RUNS: usize = 5;

/// A deterministic panel of the national size whose indicators are the catalog's first 40.
fn synthetic(catalog: &Catalog) -> Panel {
    let mut b = PanelBuilder::new("synthetic national panel");
    let regions: Vec<RegionId> = (1..=REGIONS).map(|r| b.region(&format!("县{r:04}"))).collect();
    let indicators: Vec<_> = catalog.indicators.iter().take(INDICATORS).map(|e| b.indicator(&e.name, "").0).collect();
    let mut n: u64 = 1;
    let mut origin = 0u32;
    for &region in &regions {
        let level = f64::from(region.0 % 97) / 10.0;
        for year in YEARS {
            for &indicator in &indicators {
                n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let noise = (n >> 40) as f64 / (1u64 << 24) as f64;
                let value = (!n.is_multiple_of(50)).then(|| level * (1.0 + f64::from(year - 2000) / 25.0) + noise);
                b.push(Observation { region, year, indicator, value, source: None, origin });
                origin += 1;
            }
        }
    }
    let (mut panel, _) = b.build();
    panel.link_catalog(catalog);
    panel
}

fn time(panel: &Panel, catalog: &Catalog, weighting: &Weighting) -> (Duration, Duration, String) {
    let options = Options { weighting: weighting.clone(), ..Options::default() };
    let mut times = Vec::with_capacity(RUNS);
    let mut summary = String::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let e = index::evaluate(panel, catalog, &options).expect("evaluate");
        let year = e.latest_year().expect("a scored year");
        let obstacles = e.obstacles(RegionId(0), year).len();
        times.push(t.elapsed());
        summary = format!(
            "{} regions × {} years × {} indicators used ({} dropped), {} missing cells left out, {obstacles} obstacles of one region",
            e.regions.len(),
            e.years.len(),
            e.indicators.len(),
            e.dropped.len(),
            e.missing.left_out,
        );
    }
    times.sort();
    (times[RUNS / 2], times[RUNS - 1], summary)
}

fn report(what: &str, panel: &Panel, catalog: &Catalog) {
    for weighting in [Weighting::Entropy, Weighting::Equal] {
        let (median, max, summary) = time(panel, catalog, &weighting);
        println!(
            "evaluation_index: {what}, {weighting:?}: {summary}; {RUNS} runs: median {:.0} ms, max {:.0} ms (target < 2000 ms)",
            median.as_secs_f64() * 1000.0,
            max.as_secs_f64() * 1000.0,
        );
    }
}

fn main() {
    let framework = framework_file::embedded().expect("framework");
    let catalog = catalog_file::embedded(&framework).expect("catalog");
    report("synthetic national panel (in memory)", &synthetic(&catalog), &catalog);
    let file = std::env::var_os("INDEX_BENCH_FILE")
        .map(PathBuf::from)
        .or_else(|| std::env::args().skip(1).find(|a| !a.starts_with('-')).map(PathBuf::from));
    match file {
        Some(path) if path.exists() => {
            let t = Instant::now();
            let loaded = metrics::load(&path, &catalog).expect("load the panel file");
            println!("evaluation_index: loaded {} in {:.1} s (not counted)", path.display(), t.elapsed().as_secs_f64());
            report(&path.display().to_string(), &loaded.panel, &catalog);
        }
        Some(path) => {
            println!("evaluation_index: {} does not exist; only the in-memory panel was timed", path.display())
        }
        None => println!("evaluation_index: set INDEX_BENCH_FILE to time a panel file too (e.g. gen_panel.py output)"),
    }
}
