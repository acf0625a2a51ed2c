//! Loading a metrics file: 100,000 rows of long CSV (500 regions × 5 years × 40 indicators, 0.5 %
//! missing), read, decoded, laid out and linked to the catalog. Reports the median of 5 loads and
//! the process's peak memory. No target yet. Run: `cargo bench --bench load_metrics`;
//! `METRICS_BENCH_FILE=national.csv cargo bench --bench load_metrics` loads that file instead
//! (e.g. the national panel of `../shared/tools/gen_panel.py`).

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use policy_cockpit::io::framework_file;
use policy_cockpit::io::metrics::{self, catalog_file};

const REGIONS: usize = 500;
const YEARS: std::ops::RangeInclusive<i32> = 2021..=2025;
const INDICATORS: [&str; 8] = [
    "R&D经费投入(亿元)",
    "高新技术企业数(家)",
    "技术合同成交额(亿元)",
    "科技型中小企业数(家)",
    "数字经济核心产业增加值(亿元)",
    "5G基站数(个)",
    "社会消费品零售总额(亿元)",
    "常住人口(万人)",
];
const RUNS: usize = 5;

/// A deterministic long CSV of 100,000 rows: 40 indicators (the 8 names, five variants each).
fn write_file(dir: &std::path::Path) -> PathBuf {
    let mut text = String::from("region,year,indicator,value\n");
    let mut n: u64 = 0;
    for r in 1..=REGIONS {
        for year in YEARS {
            for k in 0..40 {
                n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let name = INDICATORS[k % INDICATORS.len()];
                let name =
                    if k < INDICATORS.len() { name.to_owned() } else { format!("{name}{}", k / INDICATORS.len()) };
                let value =
                    if n.is_multiple_of(200) { String::new() } else { format!("{:.2}", (n >> 40) as f64 / 1e4) };
                let _ = writeln!(text, "县{r:04},{year},{name},{value}");
            }
        }
    }
    let path = dir.join("bench-100k.csv");
    std::fs::write(&path, text).expect("write bench file");
    path
}

/// Peak resident memory of this process (Linux), in MB.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = std::env::var_os("METRICS_BENCH_FILE").map_or_else(|| write_file(dir.path()), PathBuf::from);
    let framework = framework_file::embedded().expect("framework");
    let catalog = catalog_file::embedded(&framework).expect("catalog");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let before = peak_mb();
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut summary = String::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let loaded = metrics::load(&path, &catalog).expect("load");
        times.push(t.elapsed());
        let c = loaded.panel.counts();
        summary = format!(
            "{} rows read, {} regions × {} years × {} indicators, {} values, {} missing",
            loaded.report.rows_read, c.regions, c.years, c.indicators, c.values, c.missing
        );
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "load_metrics: {} ({:.1} MB): {summary}; {RUNS} loads: median {:.0} ms, max {:.0} ms; peak memory {:.0} MB (before loading {:.0} MB)",
        path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default(),
        size as f64 / 1e6,
        ms(times[RUNS / 2]),
        ms(times[RUNS - 1]),
        peak_mb().unwrap_or(f64::NAN),
        before.unwrap_or(f64::NAN),
    );
}
