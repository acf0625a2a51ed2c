//! Reopening a metrics file from the binary cache against reading it again: the national panel
//! (2,844 counties × 25 years × 40 indicators, 138 MB of long CSV; `METRICS_BENCH_FILE` for another
//! file). Reports the median of several full CSV loads, of cache loads (the entry read, checked and
//! linked to the catalog: what the window shows first), and of hashing the source (the check that
//! runs after the cached copy is shown). Issue 9's target: cache load ≤ 0.1 × CSV load.
//! Run: `cargo bench --bench metrics_cache`.

#[path = "common/national.rs"]
mod national;

use std::time::{Duration, Instant};

use policy_cockpit::io::framework_file;
use policy_cockpit::io::load_progress::LoadProgress;
use policy_cockpit::io::metrics::cache::{self, MetricsCache};
use policy_cockpit::io::metrics::{self, catalog_file};

const RUNS: usize = 7;

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = national::file(dir.path());
    let catalog = catalog_file::embedded(&framework_file::embedded().expect("framework")).expect("catalog");
    let cache = MetricsCache::new(dir.path().join("cache"));

    let csv: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            metrics::load(&path, &catalog).expect("load");
            t.elapsed()
        })
        .collect();
    let t = Instant::now();
    let (loaded, key) = cache::load_keyed(&path, &catalog, &LoadProgress::new()).expect("load");
    let keyed = t.elapsed();
    let t = Instant::now();
    cache.store(&path, key.expect("the file did not change while read"), &loaded).expect("store");
    let store = t.elapsed();
    let entry_mb = std::fs::metadata(cache.entry_path(&path)).map_or(0.0, |m| m.len() as f64 / 1e6);
    let cached: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            let hit = cache.lookup(&path, &catalog).expect("a cache hit");
            assert_eq!(hit.loaded.report, loaded.report);
            t.elapsed()
        })
        .collect();
    let hashed: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            cache::content_hash(&path, &LoadProgress::new()).expect("hash");
            t.elapsed()
        })
        .collect();
    let (csv, cached, hashed) = (median(csv), median(cached), median(hashed));
    let c = loaded.panel.counts();
    println!(
        "metrics_cache: {} ({:.1} MB, {} regions × {} years × {} indicators): CSV load median {csv:.0} ms \
         (with hashing {:.0} ms); cache entry {entry_mb:.1} MB written in {:.0} ms; cache load median {cached:.1} ms \
         = {:.3} × CSV (target ≤ 0.1); source hash check after it {hashed:.1} ms; peak memory {:.0} MB",
        path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default(),
        std::fs::metadata(&path).map_or(0.0, |m| m.len() as f64 / 1e6),
        c.regions,
        c.years,
        c.indicators,
        keyed.as_secs_f64() * 1000.0,
        store.as_secs_f64() * 1000.0,
        cached / csv,
        national::peak_mb().unwrap_or(f64::NAN),
    );
}
