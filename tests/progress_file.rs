//! The progress file store: saves that survive being killed, one writer at a time, changes by other programs
//! caught before writing, old schemas migrated, broken files left alone and restorable from backups.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use jiff::{SignedDuration, Timestamp};
use policy_cockpit::domain::progress::{Entry, FieldValue, ProgressBook, SCHEMA_VERSION, Status};
use policy_cockpit::i18n::{Lang, describe_progress_error};
use policy_cockpit::io::json_file::JsonFileError;
use policy_cockpit::io::progress_file::{self, KEEP_BACKUPS, ProgressFileError, ProgressStore, SaveStep, ValueProblem};

const V1_FILE: &str = "tests/data/progress-v1.json";
/// Set for a child process: the progress file it saves to in a loop until killed.
#[cfg(unix)]
const SAVE_LOOP_ENV: &str = "POLICY_COCKPIT_TEST_SAVE_LOOP";
/// Set for a child process: the progress file it tries to open once.
const OPEN_ONCE_ENV: &str = "POLICY_COCKPIT_TEST_OPEN_ONCE";
/// Printed by the save-loop child once it holds the lock.
#[cfg(unix)]
const SAVING: &str = "CHILD-SAVING";

/// These tests run one at a time: a child process forked by one test holds copies of the parent's open files
/// until it execs, and with them any lock another test just released, which would make that test's next open
/// see `Locked`. (The app starts no processes, so this is about the tests, not the store.)
fn serial() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn temp_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.json");
    (dir, path)
}

/// The state after the `n`th save: every value says which save it was, so a torn write cannot pass for one.
fn book_n(n: u32) -> ProgressBook {
    let mut book = ProgressBook::default();
    for i in 0..200 {
        let entry = Entry {
            status: Status::InProgress,
            percent: u8::try_from(n % 101).unwrap(),
            note: format!("第 {n} 次保存：举措 {i} 的进展情况"),
            ..Entry::default()
        };
        book.entries.insert(format!("item-{i:03}"), entry);
    }
    book
}

/// Which save a book is, checking that it is exactly that state.
fn save_number(book: &ProgressBook) -> u32 {
    let note = &book.entries["item-000"].note;
    let n = note.trim_start_matches("第 ").split(' ').next().unwrap().parse().unwrap();
    assert_eq!(*book, book_n(n), "the book is not any whole saved state");
    n
}

fn book_with(item: &str, entry: Entry) -> ProgressBook {
    let mut book = ProgressBook::default();
    book.entries.insert(item.to_owned(), entry);
    book
}

fn date(text: &str) -> jiff::civil::Date {
    text.parse().unwrap()
}

/// Runs `test`, a test of this executable, again in a child process with `env` set to the progress file: a
/// test that needs another process plays that process itself when it finds `env` set, so the helper
/// is no test of its own.
fn child(test: &str, env: &str, path: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args(["--exact", test, "--nocapture", "--test-threads=1"]).env(env, path);
    command
}

/// The child's part in `a_store_killed_while_saving_leaves_a_whole_file_and_a_free_lock`: save until killed.
#[cfg(unix)]
fn save_in_a_loop_until_killed(path: &Path) -> ! {
    let (mut store, book) = ProgressStore::open(path).unwrap();
    let mut n = save_number(&book);
    println!("{SAVING}");
    loop {
        n += 1;
        store.save(&book_n(n)).unwrap();
    }
}

/// The child's part in `a_second_open_is_refused_in_this_process_and_in_another`: open once, say how it went.
fn open_once(path: &Path) {
    match ProgressStore::open(path) {
        Ok(_) => println!("OUTCOME=opened"),
        Err(ProgressFileError::Locked { .. }) => println!("OUTCOME=locked"),
        Err(e) => panic!("{e}"),
    }
}

fn open_in_another_process(path: &Path) -> &'static str {
    let test = "a_second_open_is_refused_in_this_process_and_in_another";
    let out = child(test, OPEN_ONCE_ENV, path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    if stdout.contains("OUTCOME=locked") {
        "locked"
    } else if stdout.contains("OUTCOME=opened") {
        "opened"
    } else {
        panic!("the child said nothing: {stdout}")
    }
}

/// A small xorshift generator; the seed is printed so a failing run can be repeated.
struct Random(u64);

impl Random {
    fn seeded() -> Self {
        let seed = std::env::var("PROGRESS_KILL_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
            now.as_secs() ^ u64::from(now.subsec_nanos()) << 32 | 1
        });
        println!("kill test seed: PROGRESS_KILL_SEED={seed}");
        Self(seed)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

#[cfg(unix)]
#[test]
fn a_store_killed_while_saving_leaves_a_whole_file_and_a_free_lock() {
    if let Some(path) = std::env::var_os(SAVE_LOOP_ENV) {
        save_in_a_loop_until_killed(Path::new(&path));
    }
    let _serial = serial();
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;

    let (_dir, path) = temp_file();
    ProgressStore::open(&path).unwrap().0.save(&book_n(0)).unwrap();
    let mut random = Random::seeded();
    let (mut last, mut killed_mid_write) = (0, 0);
    for kill in 0..40 {
        let mut saver = child("a_store_killed_while_saving_leaves_a_whole_file_and_a_free_lock", SAVE_LOOP_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(saver.stdout.take().unwrap()).lines();
        assert!(lines.any(|line| line.unwrap().contains(SAVING)), "kill {kill}: the child never started saving");
        std::thread::sleep(std::time::Duration::from_millis(random.below(31)));
        saver.kill().unwrap();
        let status = saver.wait().unwrap();
        assert_eq!(status.signal(), Some(9), "kill {kill}: the child stopped by itself ({status})");
        killed_mid_write += usize::from(temp_files(&path) > 0);

        let (store, book) = ProgressStore::open(&path).unwrap_or_else(|e| panic!("kill {kill}: {e}"));
        let n = save_number(&book);
        assert!(n >= last, "kill {kill}: save {n} came back after save {last}");
        last = n;
        drop(store);
        for backup in progress_file::backups(&path) {
            save_number(&ProgressStore::read(&backup).unwrap_or_else(|e| panic!("kill {kill}: {e}")));
        }
    }
    println!("40 kills, {killed_mid_write} of them with a temporary file half written; {last} saves in all");
    assert!(last > 0, "no save finished before a kill: the test proved nothing");
    assert_eq!(temp_files(&path), 0, "an open removes what killed saves left behind");
}

/// Temporary files beside the progress file and among its backups.
#[cfg(unix)]
fn temp_files(path: &Path) -> usize {
    let beside = fs::read_dir(path.parent().unwrap()).unwrap();
    let backups = fs::read_dir(progress_file::backup_dir(path)).into_iter().flatten();
    beside.chain(backups).filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains(".tmp-")).count()
}

#[test]
fn a_schema_1_file_is_migrated_and_its_original_kept_byte_for_byte() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let original = fs::read(V1_FILE).unwrap();
    fs::write(&path, &original).unwrap();

    let (store, book) = ProgressStore::open(&path).unwrap();
    assert_eq!(book.schema_version, SCHEMA_VERSION);
    assert_eq!(book.entries.len(), 8);
    assert!(book.history.is_empty() && book.snapshots.is_empty());
    let expected = Entry {
        status: Status::InProgress,
        percent: 40,
        deadline: Some(date("2026-12-31")),
        lead_unit: "市科技局".into(),
        note: "梳理本地算力、数据资源清单，已对接省级算力调度平台。".into(),
        ..Entry::default()
    };
    assert_eq!(book.entry("yz-3.1.1"), expected);
    assert_eq!((book.entry("bz-6.1.1").status, book.entry("bz-6.1.1").percent), (Status::Done, 100));
    assert_eq!(book.entry("bz-6.1.5").status, Status::InProgress, "English status words are read");
    assert_eq!(book.entry("yz-3.2.1").status, Status::Blocked);
    assert_eq!((book.entry("dl-4.1.1").status, book.entry("dl-4.1.1").deadline), (Status::Paused, None));
    assert_eq!(
        book.entry("bz-6.2.1"),
        Entry { deadline: Some(date("2027-06-30")), lead_unit: "市教科体局".into(), ..Entry::default() }
    );
    assert_eq!(book.entry("sz-3.1.1").status, Status::Done);

    let backups = progress_file::backups(&path);
    assert_eq!(backups.len(), 1);
    assert!(backups[0].to_string_lossy().ends_with("-schema1.json"), "{backups:?}");
    assert_eq!(fs::read(&backups[0]).unwrap(), original, "the original is kept byte for byte");

    drop(store);
    assert!(fs::read_to_string(&path).unwrap().contains("\"schema_version\": 3"));
    let (_store, again) = ProgressStore::open(&path).unwrap();
    assert_eq!(again, book);
    assert_eq!(progress_file::backups(&path).len(), 1, "a file already migrated is not migrated again");
}

/// A file written by the build before the work plan (schema 2, the illustrative record of that build) opens with
/// every entry, history line and snapshot as it was, every item 待定 and no tasks; the original is kept.
#[test]
fn a_schema_2_file_from_the_build_before_the_work_plan_is_migrated_and_its_original_kept() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let original = fs::read("tests/data/progress-v2.json").unwrap();
    fs::write(&path, &original).unwrap();
    let old: serde_json::Value = serde_json::from_slice(&original).unwrap();
    let (store, book) = ProgressStore::open(&path).unwrap();
    assert_eq!(book.schema_version, SCHEMA_VERSION);
    assert_eq!(book.entries.len(), old["entries"].as_object().unwrap().len());
    assert_eq!(book.history.len(), old["history"].as_array().unwrap().len());
    assert_eq!(book.snapshots.len(), old["snapshots"].as_array().unwrap().len());
    assert_eq!(book.entry("bz-6.1.5").status, Status::Blocked);
    assert!(!book.plan_started() && book.tasks().next().is_none());
    let backups = progress_file::backups(&path);
    assert!(backups.iter().any(|b| b.to_string_lossy().ends_with("-schema2.json")), "{backups:?}");
    drop(store);
    assert!(fs::read_to_string(&path).unwrap().contains("\"schema_version\": 3"));
}

#[test]
fn reading_a_schema_1_file_migrates_it_in_memory_and_writes_nothing() {
    let _serial = serial();
    let before = fs::read(V1_FILE).unwrap();
    let book = ProgressStore::read(Path::new(V1_FILE)).unwrap();
    assert_eq!(book.entries.len(), 8);
    assert_eq!(fs::read(V1_FILE).unwrap(), before);
    assert!(progress_file::backups(Path::new(V1_FILE)).is_empty());
}

#[test]
fn a_second_open_is_refused_in_this_process_and_in_another() {
    if let Some(path) = std::env::var_os(OPEN_ONCE_ENV) {
        return open_once(Path::new(&path));
    }
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (store, _) = ProgressStore::open(&path).unwrap();
    let second = ProgressStore::open(&path).unwrap_err();
    assert!(matches!(second, ProgressFileError::Locked { .. }), "{second:?}");
    assert!(describe_progress_error(&second, Lang::Zh).contains("已在另一个窗口或命令行中打开"));
    assert_eq!(open_in_another_process(&path), "locked");
    let restore = progress_file::restore_backup(&path, Path::new(V1_FILE));
    assert!(matches!(restore, Err(ProgressFileError::Locked { .. })), "restoring must wait for the store: {restore:?}");

    drop(store);
    assert_eq!(open_in_another_process(&path), "opened");
    assert!(ProgressStore::open(&path).is_ok());
}

#[test]
fn a_file_changed_by_another_program_is_reported_and_not_overwritten() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.save(&book_n(1)).unwrap();
    let theirs = "{\"schema_version\": 2, \"entries\": {\"bz-6.1.1\": {\"status\": \"done\", \"percent\": 100}}}\n";
    fs::write(&path, theirs).unwrap();

    let error = store.save(&book_n(2)).unwrap_err();
    assert!(matches!(error, ProgressFileError::ExternallyModified { .. }), "{error:?}");
    assert!(describe_progress_error(&error, Lang::En).contains("changed by another program"));
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);

    store.overwrite(&book_n(2)).unwrap();
    assert_eq!(ProgressStore::read(&path).unwrap(), book_n(2));
    assert_eq!(fs::read_to_string(&progress_file::backups(&path)[0]).unwrap(), theirs, "their version is backed up");
    store.save(&book_n(3)).unwrap();
}

#[test]
fn after_a_reload_the_other_programs_version_is_the_one_saved_over() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.save(&book_n(1)).unwrap();
    let theirs = book_with("bz-6.1.1", Entry { status: Status::Done, percent: 100, ..Entry::default() });
    fs::write(&path, serde_json::to_string(&theirs).unwrap()).unwrap();

    assert!(matches!(store.save(&book_n(2)), Err(ProgressFileError::ExternallyModified { .. })));
    let mut reloaded = store.reload().unwrap();
    assert_eq!(reloaded, theirs);
    reloaded.entries.insert("bz-6.1.5".into(), Entry { percent: 35, ..Entry::default() });
    store.save(&reloaded).unwrap();
    assert_eq!(ProgressStore::read(&path).unwrap(), reloaded);
}

#[test]
fn a_file_created_or_deleted_behind_the_store_counts_as_changed() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    fs::write(&path, "{\"schema_version\": 2}").unwrap();
    assert!(matches!(store.save(&book_n(1)), Err(ProgressFileError::ExternallyModified { .. })));
    store.overwrite(&book_n(1)).unwrap();
    fs::remove_file(&path).unwrap();
    assert!(matches!(store.save(&book_n(2)), Err(ProgressFileError::ExternallyModified { .. })));
}

#[test]
fn a_truncated_progress_file_is_reported_left_untouched_and_restorable() {
    let _serial = serial();
    let (dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.save(&book_n(1)).unwrap();
    store.save(&book_n(2)).unwrap();
    drop(store);
    let full = fs::read(&path).unwrap();
    let truncated = full[..full.len() / 2].to_vec();
    fs::write(&path, &truncated).unwrap();
    // A newer backup that is broken too: the search goes past it.
    fs::write(progress_file::backup_dir(&path).join("progress-29991231T235959.999Z.json"), "{\"schema").unwrap();

    for result in [ProgressStore::open(&path).map(|(_, book)| book), ProgressStore::read(&path)] {
        let error = result.unwrap_err();
        let ProgressFileError::File(JsonFileError::Json { line, column, truncated: true, .. }) = error else {
            panic!("{error:?}")
        };
        assert!(line > 1 && column > 0, "line {line}, column {column}");
        let message = describe_progress_error(&error, Lang::Zh);
        assert!(
            message.contains(&format!("第 {line} 行第 {column} 列")) && message.contains("文件不完整"),
            "{message}"
        );
        assert!(message.contains("progress.backups"), "the message says where the backups are: {message}");
    }
    assert_eq!(fs::read(&path).unwrap(), truncated, "the broken file is left byte for byte");

    let (backup, book) = progress_file::newest_good_backup(&path).unwrap();
    assert_eq!(book, book_n(1));
    let set_aside = progress_file::restore_backup(&path, &backup).unwrap().unwrap();
    let name = set_aside.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("progress.broken-") && name.ends_with(".json"), "{name}");
    assert_eq!(set_aside.parent().unwrap(), dir.path());
    assert_eq!(fs::read(&set_aside).unwrap(), truncated, "the broken file is kept aside, not deleted");
    assert_eq!(ProgressStore::open(&path).unwrap().1, book_n(1));
}

#[test]
fn a_hand_broken_file_is_reported_with_line_and_column_and_left_untouched() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let text = concat!(
        "{\n",
        "  \"schema_version\": 2,\n",
        "  \"entries\": {\n",
        "    \"yz-3.1.1\": {\n",
        "      \"status\": \"in_progress\"\n", // the comma someone deleted
        "      \"percent\": 40\n",
        "    }\n",
        "  }\n",
        "}\n",
    );
    fs::write(&path, text).unwrap();
    let error = ProgressStore::open(&path).unwrap_err();
    assert!(
        matches!(error, ProgressFileError::File(JsonFileError::Json { line: 6, column: 7, truncated: false, .. })),
        "{error:?}"
    );
    assert!(describe_progress_error(&error, Lang::En).contains("line 6, column 7"));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_value_out_of_range_is_reported_with_item_and_field_and_left_untouched() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let text = "{\"schema_version\": 2, \"entries\": {\"bz-6.1.5\": {\"status\": \"in_progress\", \"percent\": 180}}}";
    fs::write(&path, text).unwrap();
    let error = ProgressStore::open(&path).unwrap_err();
    let ProgressFileError::BadValue { ref item, field, ref problem, .. } = error else { panic!("{error:?}") };
    assert_eq!((item.as_str(), field, problem), ("bz-6.1.5", "percent", &ValueProblem::PercentOver100 { found: 180 }));
    assert!(describe_progress_error(&error, Lang::Zh).contains("举措“bz-6.1.5”的字段 percent：完成比例 180 超过 100"));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_file_from_a_newer_build_is_refused_and_left_untouched() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let text = "{\"schema_version\": 4, \"entries\": {}, \"owners\": []}";
    fs::write(&path, text).unwrap();
    let error = ProgressStore::open(&path).unwrap_err();
    assert!(matches!(error, ProgressFileError::UnsupportedSchema { found: 4, .. }), "{error:?}");
    assert!(describe_progress_error(&error, Lang::En).contains("newer version"));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn backups_are_rotated_to_the_newest_10() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    for n in 1..=15 {
        store.save(&book_n(n)).unwrap();
    }
    let kept: Vec<u32> =
        progress_file::backups(&path).iter().map(|b| save_number(&ProgressStore::read(b).unwrap())).collect();
    assert_eq!(KEEP_BACKUPS, 10);
    assert_eq!(kept, (5..=14).rev().collect::<Vec<_>>(), "the 10 versions replaced last, newest first");
}

#[test]
fn restoring_over_a_good_file_keeps_it_as_a_backup() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.save(&book_n(1)).unwrap();
    store.save(&book_n(2)).unwrap();
    drop(store);
    let backup = progress_file::backups(&path)[0].clone();
    assert_eq!(progress_file::restore_backup(&path, &backup).unwrap(), None);
    assert_eq!(ProgressStore::read(&path).unwrap(), book_n(1));
    assert_eq!(ProgressStore::read(&progress_file::backups(&path)[0]).unwrap(), book_n(2));
}

#[test]
fn a_missing_file_opens_as_an_empty_book_and_its_first_save_makes_no_backup() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    assert!(matches!(ProgressStore::read(&path), Err(ProgressFileError::File(JsonFileError::Read { .. }))));
    let (mut store, book) = ProgressStore::open(&path).unwrap();
    assert_eq!(book, ProgressBook::default());
    assert_eq!(store.path(), path);
    store.save(&book_n(1)).unwrap();
    assert!(progress_file::backups(&path).is_empty());
    assert_eq!(ProgressStore::read(&path).unwrap(), book_n(1));
}

#[test]
fn a_saved_file_is_pretty_printed_utf8_with_keys_in_a_stable_order() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let mut book =
        book_with("yz-3.1.1", Entry { percent: 40, note: "已对接省级算力调度平台".into(), ..Entry::default() });
    book.entries.insert("bz-6.1.5".into(), Entry { status: Status::Blocked, ..Entry::default() });
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.save(&book).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("{\n  \"schema_version\": 3,\n  \"entries\": {\n    \"bz-6.1.5\": {\n"), "{text}");
    assert!(text.contains("\"note\": \"已对接省级算力调度平台\""), "Chinese is written as it is: {text}");
    assert!(text.find("bz-6.1.5") < text.find("yz-3.1.1") && text.ends_with("}\n"));
    store.save(&book).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "the same book gives the same bytes");
}

#[test]
fn a_file_saved_with_a_utf8_bom_by_another_program_loads() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend("{\"schema_version\": 1, \"items\": [{\"id\": \"bz-6.1.1\", \"status\": \"已完成\"}]}".as_bytes());
    fs::write(&path, bytes).unwrap();
    let (_store, book) = ProgressStore::open(&path).unwrap();
    assert_eq!(book.entry("bz-6.1.1").status, Status::Done);
}

#[test]
fn a_book_of_200_entries_and_10000_changes_round_trips() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let mut book = ProgressBook::default();
    let start: Timestamp = "2026-01-05T01:00:00Z".parse().unwrap();
    for i in 0..10_000_i64 {
        let at = start + SignedDuration::from_mins(i);
        let item = format!("item-{:03}", i % 200);
        book.set(&item, FieldValue::Note(format!("第 {i} 次更新：已召开推进会")), "张三", at);
    }
    book.take_snapshot("第三次推进会", start);
    assert_eq!((book.entries.len(), book.history.len()), (200, 10_000));

    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.save(&book).unwrap();
    drop(store);
    assert_eq!(ProgressStore::read(&path).unwrap(), book);
    assert_eq!(ProgressStore::open(&path).unwrap().1, book);
}

#[test]
fn a_broken_file_without_backups_does_not_point_at_a_backups_folder() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    fs::write(&path, "{\"schema_version\": 2, \"entries\": {").unwrap();
    let error = ProgressStore::read(&path).unwrap_err();
    let message = describe_progress_error(&error, Lang::Zh);
    assert!(message.contains("没有可恢复的备份"), "{message}");
    assert!(!message.contains(".backups"), "there is no such folder to point at: {message}");
}

/// How many more saves [`disk_full`] fails.
static FULL_FOR: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A disk that is full for the next [`FULL_FOR`] saves: the temporary file cannot be written.
fn disk_full(step: SaveStep, _path: &Path) -> std::io::Result<()> {
    use std::sync::atomic::Ordering;
    let full = step == SaveStep::TempWritten
        && FULL_FOR.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok();
    if full { Err(std::io::Error::from(std::io::ErrorKind::StorageFull)) } else { Ok(()) }
}

#[test]
fn saves_failing_on_a_full_disk_leave_the_backups_distinct_versions() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.set_fault_hook(disk_full);
    for n in 1..=5 {
        store.save(&book_n(n)).unwrap();
    }
    FULL_FOR.store(12, std::sync::atomic::Ordering::SeqCst);
    for _ in 0..12 {
        let error = store.save(&book_n(6)).unwrap_err();
        assert!(matches!(error, ProgressFileError::Write { .. }), "{error:?}");
    }
    assert_eq!(ProgressStore::read(&path).unwrap(), book_n(5), "the file is left whole");
    store.save(&book_n(6)).unwrap();
    let kept: Vec<u32> =
        progress_file::backups(&path).iter().map(|b| save_number(&ProgressStore::read(b).unwrap())).collect();
    assert_eq!(kept, [5, 4, 3, 2, 1], "one backup per version replaced, none for the saves that failed");
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_save_keeps_a_private_files_permissions() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.save(&book_n(1)).unwrap();
    set_mode(&path, 0o600);
    store.save(&book_n(2)).unwrap();
    store.save(&book_n(3)).unwrap();
    assert_eq!(mode(&path), 0o600, "a private record stays private");
    assert_eq!(ProgressStore::read(&path).unwrap(), book_n(3));
    for backup in progress_file::backups(&path) {
        assert_eq!(mode(&backup) & 0o077, 0, "{} is readable by others", backup.display());
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_with_a_message_and_left_as_it_is() {
    let _serial = serial();
    for read_only in [0o444, 0o400] {
        let (_dir, path) = temp_file();
        let (mut store, _) = ProgressStore::open(&path).unwrap();
        store.save(&book_n(1)).unwrap();
        set_mode(&path, read_only);
        let before = fs::read(&path).unwrap();

        let error = store.save(&book_n(2)).unwrap_err();
        assert!(matches!(error, ProgressFileError::ReadOnlyFile { .. }), "{read_only:o}: {error:?}");
        assert!(describe_progress_error(&error, Lang::Zh).contains("文件是只读的"));
        assert!(describe_progress_error(&error, Lang::En).contains("read-only"));
        assert!(matches!(store.overwrite(&book_n(2)), Err(ProgressFileError::ReadOnlyFile { .. })));
        assert_eq!(fs::read(&path).unwrap(), before, "{read_only:o}: the file is not overwritten");
        assert_eq!(mode(&path), read_only);
    }
}

#[cfg(unix)]
#[test]
fn a_save_through_a_symlink_writes_its_target_and_keeps_the_link() {
    let _serial = serial();
    let (dir, link) = temp_file();
    fs::create_dir(dir.path().join("shared")).unwrap();
    let target = dir.path().join("shared/real.json");
    ProgressStore::open(&target).unwrap().0.save(&book_n(1)).unwrap();
    std::os::unix::fs::symlink("shared/real.json", &link).unwrap();
    {
        let (mut store, book) = ProgressStore::open(&link).unwrap();
        assert_eq!(book, book_n(1));
        store.save(&book_n(2)).unwrap();
        assert_eq!(store.path(), link);
        // Lock and backups follow the target: a second link to the same file is the same file.
        let second = dir.path().join("other-name.json");
        std::os::unix::fs::symlink(&target, &second).unwrap();
        assert!(matches!(ProgressStore::open(&second), Err(ProgressFileError::Locked { .. })));
    }
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    assert_eq!(ProgressStore::read(&target).unwrap(), book_n(2), "the target got the edit");
    assert!(dir.path().join("shared/real.json.lock").exists());
    let backups = progress_file::backups(&link);
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(backups[0].parent().unwrap(), dir.path().join("shared/real.backups"));
    assert_eq!(save_number(&ProgressStore::read(&backups[0]).unwrap()), 1);
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_refused_with_a_message_and_left_as_it_is() {
    let _serial = serial();
    let (dir, link) = temp_file();
    std::os::unix::fs::symlink("gone/progress.json", &link).unwrap();
    let error = match ProgressStore::open(&link) {
        Ok((mut store, _)) => store.save(&book_n(1)).unwrap_err(),
        Err(error) => error,
    };
    let ProgressFileError::DanglingSymlink { ref target, .. } = error else { panic!("{error:?}") };
    assert_eq!(target, &dir.path().join("gone/progress.json"));
    let message = describe_progress_error(&error, Lang::Zh);
    assert!(message.contains("符号链接") && message.contains("目标文件不存在"), "{message}");
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is not replaced");
}

/// What "another program" writes in the race tests.
const THEIRS: &str = "{\"schema_version\": 2, \"entries\": {\"bz-6.1.1\": {\"status\": \"done\", \"percent\": 100}}}\n";

/// Another program writes the file (in place) once, after the store's last check and before its rename.
fn outside_write_before_rename(step: SaveStep, path: &Path) -> std::io::Result<()> {
    if step == SaveStep::BeforeRename { fs::write(path, THEIRS) } else { Ok(()) }
}

/// Another program replaces the file (by rename, as careful editors do) right after the temporary file is written.
fn outside_replace_after_temp(step: SaveStep, path: &Path) -> std::io::Result<()> {
    if step != SaveStep::TempWritten {
        return Ok(());
    }
    let theirs = path.with_extension("theirs");
    fs::write(&theirs, THEIRS)?;
    fs::rename(theirs, path)
}

#[test]
fn an_outside_write_landing_just_before_the_rename_is_kept_as_a_backup_and_reported() {
    let _serial = serial();
    let (_dir, path) = temp_file();
    let (mut store, _) = ProgressStore::open(&path).unwrap();
    store.save(&book_n(1)).unwrap();
    store.set_fault_hook(outside_write_before_rename);

    let error = store.save(&book_n(2)).unwrap_err();
    let ProgressFileError::OutsideVersionKept { ref backup, .. } = error else { panic!("{error:?}") };
    assert_eq!(fs::read_to_string(backup).unwrap(), THEIRS, "the other program's version is kept");
    assert!(progress_file::backups(&path).contains(backup));
    assert!(describe_progress_error(&error, Lang::Zh).contains("对方的版本没有丢失"));
    assert_eq!(ProgressStore::read(&path).unwrap(), book_n(2));

    // A replacement that lands before the last check is caught there, and nothing is written.
    store.set_fault_hook(outside_replace_after_temp);
    let error = store.save(&book_n(3)).unwrap_err();
    assert!(matches!(error, ProgressFileError::ExternallyModified { .. }), "{error:?}");
    assert_eq!(fs::read_to_string(&path).unwrap(), THEIRS);
}
