//! Saving progress: 200 items with 10,000 history entries, the whole save (backup, temporary file,
//! fsync, rename, fsync of the folder). Target: at most 20 ms. Run: `cargo bench --bench save_progress`.

use std::time::{Duration, Instant};

use jiff::Timestamp;
use policy_cockpit::domain::progress::{FieldValue, ProgressBook, Status};
use policy_cockpit::io::progress_file::ProgressStore;

const ITEMS: usize = 200;
const HISTORY: usize = 10_000;
const RUNS: usize = 60;

fn book() -> ProgressBook {
    let mut book = ProgressBook::default();
    let start: Timestamp = "2026-01-05T01:00:00Z".parse().expect("timestamp");
    let mut n = 0;
    // Some edits repeat a value and record nothing; go on until the history is full.
    while book.history.len() < HISTORY {
        let item = format!("bench-{}", n % ITEMS);
        let at = start + jiff::SignedDuration::from_mins(n as i64 * 17);
        let value = match n % 4 {
            0 => FieldValue::Percent(((n / ITEMS) % 101) as u8),
            1 => FieldValue::Status(if n % 8 == 1 { Status::InProgress } else { Status::Blocked }),
            2 => FieldValue::Note(format!("第{n}次推进：召开专题会议，协调用地、资金与人才保障事项")),
            _ => FieldValue::LeadUnit(format!("市科技局{}", n % 7)),
        };
        book.set(&item, value, "张三", at);
        n += 1;
    }
    book
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("progress.json");
    let mut book = book();
    let (mut store, _) = ProgressStore::open(&path).expect("open");
    store.save(&book).expect("first save");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    for n in 0..RUNS {
        book.set("bench-0", FieldValue::Percent((n % 100) as u8), "张三", Timestamp::now());
        let t = Instant::now();
        store.save(&book).expect("save");
        times.push(t.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "save_progress: {} entries, {} history entries, file {:.1} MB, {RUNS} saves: median {:.2} ms, p95 {:.2} ms, max {:.2} ms (target ≤ 20 ms)",
        book.entries.len(),
        book.history.len(),
        size as f64 / 1e6,
        ms(times[RUNS / 2]),
        ms(times[RUNS * 95 / 100]),
        ms(times[RUNS - 1]),
    );
}
