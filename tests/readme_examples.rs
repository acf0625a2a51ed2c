//! Every command example in README.md runs verbatim: each line of a `sh` block that starts with `$ ` (joined with
//! its `\` continuations) is run in order by `sh`, from a folder that holds the repository's `sample-data`,
//! `assets` and `tests` (as the repository root does), with `policy-cockpit` on the PATH. It must exit 0, and each
//! line shown under it must appear in what it printed (spaces compared loosely; `…` stands for anything).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

/// One example: the command and the lines shown under it.
struct Example {
    command: String,
    shown: Vec<String>,
}

/// The `$` examples of every `sh` block of the README, in order.
fn examples(readme: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut in_block = false;
    let mut continued = false;
    // Lines shown belong to the last `$` line of the same block.
    let mut attached = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_block = line.trim() == "```sh";
            attached = false;
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            out.push(Example { command: command.to_owned(), shown: Vec::new() });
            continued = command.ends_with('\\');
            attached = true;
        } else if let Some(last) = out.last_mut().filter(|_| continued) {
            last.command = format!("{}\n{line}", last.command);
            continued = line.ends_with('\\');
        } else if let Some(last) = out.last_mut().filter(|_| attached) {
            last.shown.push(line.to_owned());
        }
    }
    out
}

/// Whitespace folded to single spaces.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `line` matches `shown`, where `…` stands for any text.
fn matches(shown: &str, line: &str) -> bool {
    let mut rest = line;
    let parts: Vec<&str> = shown.split('…').map(str::trim).collect();
    for (n, part) in parts.iter().enumerate() {
        if part.is_empty() {
            continue;
        }
        let found = if n == 0 { rest.starts_with(part).then_some(0) } else { rest.find(part) };
        match found {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    parts.last().is_none_or(|last| last.is_empty() || rest.is_empty())
}

#[test]
fn every_example_in_the_readme_runs_verbatim_and_prints_what_it_shows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let examples = examples(&readme);
    assert!(examples.len() >= 15, "only {} examples found", examples.len());

    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("仓库 根目录");
    std::fs::create_dir(&work).unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    #[cfg(unix)]
    {
        for folder in ["sample-data", "assets", "tests"] {
            std::os::unix::fs::symlink(root.join(folder), work.join(folder)).unwrap();
        }
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_policy-cockpit"), bin.join("policy-cockpit")).unwrap();
    }
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());

    for example in &examples {
        let out = Command::new("sh")
            .arg("-c")
            .arg(&example.command)
            .current_dir(&work)
            .env("PATH", &path)
            .env("LANG", "zh_CN.UTF-8")
            .env_remove("LC_ALL")
            .output()
            .unwrap();
        let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.status.code(), Some(0), "`{}` failed:\n{printed}", example.command);
        let lines: Vec<String> = printed.lines().map(squeeze).collect();
        for shown in example.shown.iter().map(|l| squeeze(l)).filter(|l| !l.is_empty() && l != "…") {
            assert!(
                lines.iter().any(|line| matches(&shown, line)),
                "`{}` did not print “{shown}”; it printed:\n{printed}",
                example.command
            );
        }
    }
}

#[test]
fn the_wildcard_matches_what_varies_and_nothing_else() {
    assert!(matches("已新增任务 T-…：标题", "已新增任务 T-7H52：标题"));
    assert!(!matches("已新增任务 T-…：标题", "已新增任务 T-7H52：别的"));
    assert!(matches("报告.pdf：已导出 PDF 报告（A4），…", "报告.pdf：已导出 PDF 报告（A4），170 KB，用时 519 毫秒"));
    assert!(!matches("abc", "abcd"), "without … a line must match whole");
    assert!(matches("a … c", "a b c"));
}
