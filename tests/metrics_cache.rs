//! The binary cache of metrics files: a file opened again comes from it unchanged, a changed file is
//! read again, and a damaged entry is ignored without a word to the user.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::{catalog, framework};

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use policy_cockpit::app::Metrics;
use policy_cockpit::domain::metrics::Panel;
use policy_cockpit::io::load_progress::LoadProgress;
use policy_cockpit::io::metrics::Loaded;
use policy_cockpit::io::metrics::cache::{self, MetricsCache};

/// A copy of the sourced sample figures (sources, notes, a unit column) in a temporary folder.
fn source(dir: &Path) -> PathBuf {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/四川巴中_2024-2025_文献数据.csv");
    let path = dir.join("巴中.csv");
    std::fs::copy(sample, &path).unwrap();
    path
}

/// Loads `path` in full and stores it in the cache.
fn load_and_store(cache: &MetricsCache, path: &Path) -> Loaded {
    let (loaded, key) = cache::load_keyed(path, &catalog(), &LoadProgress::new()).unwrap();
    cache.store(path, key.expect("the file did not change while read"), &loaded).unwrap();
    loaded
}

fn same_panel(a: &Panel, b: &Panel) -> bool {
    let bits = |p: &Panel| p.cube().0.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
    a.meta() == b.meta() && bits(a) == bits(b) && a.cube().1 == b.cube().1
}

#[test]
fn a_file_opened_again_comes_from_the_cache_with_the_same_panel_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = source(dir.path());
    let cache = MetricsCache::new(dir.path().join("cache"));
    assert!(cache.lookup(&path, &catalog()).is_none(), "nothing cached yet");
    let loaded = load_and_store(&cache, &path);
    let hit = cache.lookup(&path, &catalog()).expect("a cache hit");
    assert_eq!(hit.hash, cache::content_hash(&path, &LoadProgress::new()).unwrap());
    assert_eq!(hit.loaded.report, loaded.report);
    assert!(same_panel(&hit.loaded.panel, &loaded.panel));
    assert!(
        hit.loaded
            .panel
            .source(
                hit.loaded.panel.region_id("巴中市").unwrap(),
                2024,
                hit.loaded.panel.indicator_id("地区生产总值增速").unwrap()
            )
            .is_some()
    );
}

#[test]
fn a_changed_source_is_not_taken_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let path = source(dir.path());
    let cache = MetricsCache::new(dir.path().join("cache"));
    load_and_store(&cache, &path);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("6.3", "6.4")).unwrap();
    assert!(cache.lookup(&path, &catalog()).is_none(), "a new modification time misses the cache");

    // An edit that keeps the size and the time: the entry is served, and its hash tells the caller it is stale.
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    load_and_store(&cache, &path);
    std::fs::write(&path, text.replace("6.3", "6.5")).unwrap();
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
    let hit = cache.lookup(&path, &catalog()).expect("size and time match");
    assert_ne!(hit.hash, cache::content_hash(&path, &LoadProgress::new()).unwrap());
}

#[test]
fn a_damaged_cache_entry_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let path = source(dir.path());
    let cache = MetricsCache::new(dir.path().join("cache"));
    let loaded = load_and_store(&cache, &path);
    let entry = cache.entry_path(&path);
    let good = std::fs::read(&entry).unwrap();
    let flip = |at: usize| {
        let mut bytes = good.clone();
        bytes[at] ^= 0x20;
        bytes
    };
    let damaged: Vec<(&str, Vec<u8>)> = vec![
        ("a byte of the values flipped", flip(good.len() - 20)),
        ("a byte of the metadata flipped", flip(100)),
        ("a length in the header changed", flip(57)),
        ("cut short", good[..good.len() / 2].to_vec()),
        ("empty", Vec::new()),
        ("not an entry at all", b"PK\x03\x04 something else".to_vec()),
    ];
    for (what, bytes) in damaged {
        std::fs::write(&entry, bytes).unwrap();
        assert!(cache.lookup(&path, &catalog()).is_none(), "{what}");
    }
    // The source still loads, and the entry is rewritten.
    let again = load_and_store(&cache, &path);
    assert_eq!(again.report, loaded.report);
    assert!(cache.lookup(&path, &catalog()).is_some());
}

/// Polls until the background load is finished; the datasets it left.
fn wait(metrics: &mut Metrics) {
    let start = Instant::now();
    while metrics.loading.is_some() {
        metrics.poll();
        assert!(start.elapsed() < Duration::from_secs(30), "the background load never finished");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn the_window_shows_a_cached_file_and_replaces_it_when_the_bytes_changed_under_the_same_size_and_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = source(dir.path());
    let framework = framework();
    let mut metrics = Metrics::with_samples(&framework);
    let samples = metrics.datasets.len();
    metrics.cache = Some(MetricsCache::new(dir.path().join("cache")));
    metrics.open(path.clone());
    wait(&mut metrics);
    assert!(metrics.cache.as_ref().unwrap().lookup(&path, &catalog()).is_some(), "the first open fills the cache");

    let text = std::fs::read_to_string(&path).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::write(&path, text.replace("6.3", "6.5")).unwrap();
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
    metrics.open(path.clone());
    wait(&mut metrics);
    assert_eq!(metrics.datasets.len(), samples + 2, "the stale copy was replaced, not added to");
    let panel = &metrics.datasets[samples + 1].loaded.panel;
    let growth = panel.value(panel.region_id("巴中市").unwrap(), 2024, panel.indicator_id("地区生产总值增速").unwrap());
    assert_eq!(growth, Some(6.5));
    assert!(metrics.error.is_none());
}
