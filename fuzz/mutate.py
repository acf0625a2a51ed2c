#!/usr/bin/env python3
"""Mutated files from the project's own samples, run through the release binary (issue 21).

Each case takes a seed file (tests/data, sample-data, assets), damages it the ways files arrive damaged
(byte flips, truncation, inserted bytes, GBK/UTF-8 fragments, NULs, duplicated chunks, claimed sizes,
far-away cells and huge merges in XLSX, NaN/inf/1e308/-0 in place of numbers), and runs one command of
`policy-cockpit` on it in a fresh temporary folder, under a time limit and an address-space limit:
`validate`, `import-ledger --dry-run`, `index --metrics` or `progress list`.

Exit 0 or 1 is a clean answer; 2 is a usage error (a bug of this script); 101 a panic; SIGABRT an abort
(usually "memory allocation failed"); a kill at the time limit a timeout. Exit 1 whose message carries a
panic's words is counted as a contained panic (the guard caught it: not a crash, still worth a look).
Every failing input is copied to tests/data/fuzz-regressions/ named by its kind, which `cargo test`
replays. Python 3 standard library only.

    python3 fuzz/mutate.py --cases 60000 [--jobs 2] [--timeout 10] [--mem-mb 1024] [--seed 1]
"""

import argparse
import hashlib
import io
import json
import os
import random
import re
import resource
import shutil
import signal
import sys
import tempfile
import threading
import time
import zipfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGRESSIONS = os.path.join(ROOT, "tests", "data", "fuzz-regressions")

# Seeds: (kind, family, extension, path). The family names the loader the regression replay uses.
SEED_GLOBS = [
    ("metrics-csv", "metrics", "csv", ["tests/data/metrics/*.csv", "tests/data/real/**/*.csv", "sample-data/*.csv"]),
    ("metrics-xlsx", "metrics", "xlsx", ["tests/data/metrics/*.xlsx", "tests/data/real/**/*.xlsx"]),
    ("metrics-xls", "metrics", "xls", ["tests/data/metrics/*.xls", "tests/data/real/**/*.xls"]),
    ("parquet", "metrics", "parquet", ["tests/data/metrics/*.parquet"]),
    ("ledger-csv", "ledger", "csv", ["tests/data/ledgers/*.csv"]),
    ("ledger-xlsx", "ledger", "xlsx", ["tests/data/ledgers/*.xlsx"]),
    ("ledger-xls", "ledger", "xls", ["tests/data/ledgers/*.xls"]),
    ("progress", "progress", "json", ["tests/data/progress-v1.json", "sample-data/*.json"]),
    ("framework", "framework", "json", ["assets/framework.json"]),
    ("catalog", "catalog", "json", ["assets/indicators.json"]),
]

# Commands per family; {f} is the input, {t} the case's temporary folder.
COMMANDS = {
    "metrics": [
        ["validate", "{f}"],
        ["index", "--metrics", "{f}", "--out", "{t}/index.csv"],
        ["import-ledger", "{f}", "--dry-run", "--progress", "{t}/progress.json"],
    ],
    "ledger": [
        ["import-ledger", "{f}", "--dry-run", "--progress", "{t}/progress.json"],
        ["validate", "{f}"],
    ],
    "progress": [["progress", "list", "--file", "{f}"], ["validate", "{f}"]],
    "framework": [["validate", "{f}"], ["progress", "list", "--file", "{t}/none.json", "--framework", "{f}"]],
    "catalog": [["validate", "{f}"]],
}

# Words of a panic message, in an error the guard turned a panic into.
PANIC_WORDS = re.compile(
    rb"index out of bounds|called `(Option|Result)::unwrap\(\)`|attempt to (add|subtract|multiply)|capacity overflow"
    rb"|slice index|byte index|range end index|range start index|panicked at|not a char boundary|with overflow"
)

FRAGMENTS = [
    "地区".encode("gbk"), "指标".encode("gb18030"), "全市".encode("utf-8"), "合计".encode("utf-8"),
    b"\xe5\x9c", b"\xe5", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xc0\x80", b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80", b"\x81\x30", "（万元）".encode("utf-8"), b'"', b'""', b",,,,", b"\r", b"\n\n", b"\t",
]
SPECIALS = [b"NaN", b"nan", b"inf", b"-inf", b"Infinity", b"1e308", b"-1e308", b"1e309", b"-0", b"-0.0",
            b"5e-324", b"1e99999", b"18446744073709551616", b"-9223372036854775809", b"0x7fffffff", b"1.#INF"]
CLAIMED = [0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0x10000000, 0xFFFFFFFE, 0xFFFF, 0x7FFF, 0, 1]
MAX_WIDE = 4 << 20
NUMBER = re.compile(rb"(?<![A-Za-z0-9_.])-?\d+(\.\d+)?([eE][-+]?\d+)?(?![A-Za-z0-9_])")


# ---------- byte-level mutations ----------

def flip(data, rng):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 4, 16])):
        if data:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def set_byte(data, rng):
    data = bytearray(data)
    for _ in range(rng.choice([1, 2, 8])):
        if data:
            data[rng.randrange(len(data))] = rng.choice([0, 0xFF, 0x7F, 0x80, rng.randrange(256)])
    return bytes(data)


def truncate(data, rng):
    if len(data) < 2:
        return data
    return data[: rng.randrange(1, len(data))]


def insert_random(data, rng):
    at = rng.randrange(len(data) + 1)
    return data[:at] + os.urandom(rng.choice([1, 3, 16, 256])) + data[at:]


def insert_fragment(data, rng):
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(FRAGMENTS) * rng.choice([1, 1, 5, 200]) + data[at:]


def insert_nuls(data, rng):
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"\x00" * rng.choice([1, 2, 64, 4096]) + data[at:]


def duplicate_chunk(data, rng):
    if not data:
        return data
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.choice([8, 64, 512, 4096]))
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[a:b] * rng.choice([1, 2, 20]) + data[at:]


def delete_chunk(data, rng):
    if len(data) < 2:
        return data
    a = rng.randrange(len(data))
    return data[:a] + data[a + rng.choice([1, 8, 64, 512]):]


def claimed_size(data, rng):
    """Overwrites a 16- or 32-bit little-endian field with a size no file could hold (CFB, BIFF, Parquet)."""
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 3])):
        if len(data) < 8:
            break
        at = rng.randrange(len(data) - 4) & ~1
        value = rng.choice(CLAIMED)
        width = rng.choice([2, 4])
        data[at:at + width] = (value & ((1 << (8 * width)) - 1)).to_bytes(width, "little")
    return bytes(data)


def special_number(data, rng):
    numbers = list(NUMBER.finditer(data))
    if not numbers:
        return insert_fragment(data, rng)
    for m in rng.sample(numbers, min(len(numbers), rng.choice([1, 1, 3, 20]))):
        data = data[:m.start()] + rng.choice(SPECIALS) + data[m.end():] if m.end() <= len(data) else data
    return data


def wide_csv(data, rng):
    """Every line's cells repeated to about 1,000 columns, and the rows repeated: width and memory."""
    lines = data.splitlines()[:50]
    times = rng.choice([50, 200])
    body = [b",".join([line] * times) for line in lines]
    # At most a few MB, as the 3.4 MB table: a second widening would make hundreds of MB.
    return (b"\n".join(body * rng.choice([1, 10])) + b"\n")[:MAX_WIDE]


BYTE_MUTATIONS = [flip, set_byte, truncate, insert_random, insert_fragment, insert_nuls, duplicate_chunk,
                  delete_chunk, claimed_size, special_number]
TEXT_MUTATIONS = BYTE_MUTATIONS + [special_number, special_number, insert_fragment]


# ---------- XLSX: inside the zip ----------

def cell_ref_far(xml, rng):
    refs = list(re.finditer(rb'<c r="([A-Z]+\d+)"', xml))
    if not refs:
        return xml
    m = rng.choice(refs)
    far = rng.choice([b"XFD1048576", b"CV1048576", b"A1048576", b"XFD1", b"ZZZZ1", b"A0", b"A99999999999"])
    return xml[:m.start(1)] + far + xml[m.end(1):]


def huge_merge(xml, rng):
    ref = rng.choice([b"A1:XFD1048576", b"A1:A1048576", b"B2:CV1048576", b"A1:XFD1"])
    merge = b'<mergeCells count="1"><mergeCell ref="' + ref + b'"/></mergeCells>'
    if b"<mergeCells" in xml:
        return re.sub(rb"<mergeCells[^>]*>", b'<mergeCells count="2"><mergeCell ref="' + ref + b'"/>', xml, count=1)
    return xml.replace(b"</sheetData>", b"</sheetData>" + merge, 1)


def huge_dimension(xml, rng):
    ref = rng.choice([b"A1:XFD1048576", b"A1:CV1048576", b"XFD1048576"])
    if b"<dimension" in xml:
        return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref + b'"', xml, count=1)
    return xml.replace(b"<sheetData", b'<dimension ref="' + ref + b'"/><sheetData', 1)


def formatted_far_cell(xml, rng):
    cell = b'<c r="XFD1048576" s="1"/>' if rng.random() < 0.5 else b'<c r="XFD1048576" s="1"><v>1</v></c>'
    row = b'<row r="1048576">' + cell + b"</row>"
    return xml.replace(b"</sheetData>", row + b"</sheetData>", 1)


XML_MUTATIONS = [cell_ref_far, huge_merge, huge_dimension, formatted_far_cell, lambda x, r: special_number(x, r),
                 lambda x, r: flip(x, r), lambda x, r: truncate(x, r), lambda x, r: insert_fragment(x, r),
                 lambda x, r: duplicate_chunk(x, r)]


def mutate_xlsx(data, rng, names):
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        members = [(i, zin.read(i.filename)) for i in zin.infolist()]
    except Exception:
        return flip(data, rng)
    sheets = [k for k, (i, _) in enumerate(members) if re.match(r"xl/worksheets/sheet\d*\.xml$", i.filename)]
    others = [k for k, (i, _) in enumerate(members) if i.filename.endswith(".xml") and k not in sheets]
    if sheets and rng.random() < 0.8:
        k = rng.choice(sheets)
    elif others:
        k = rng.choice(others)
    else:
        return flip(data, rng)
    info, body = members[k]
    mutation = rng.choice(XML_MUTATIONS if k in sheets else XML_MUTATIONS[4:])
    names.append("xml:" + getattr(mutation, "__name__", "lambda").replace("<lambda>", "bytes"))
    members[k] = (info, mutation(body, rng))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for i, b in members:
            zout.writestr(i.filename, b)
    return out.getvalue()


# ---------- JSON ----------

def json_structure(data, rng):
    """Values of the wrong type, huge strings and lists, deep nesting, special numbers in a valid document."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except Exception:
        return flip(data, rng)
    nodes = []

    def walk(v):
        if isinstance(v, dict):
            for key in list(v):
                nodes.append((v, key))
                walk(v[key])
        elif isinstance(v, list):
            for i in range(len(v)):
                nodes.append((v, i))
                walk(v[i])
    walk(doc)
    for _ in range(rng.choice([1, 1, 3])):
        if not nodes:
            break
        parent, key = rng.choice(nodes)
        parent[key] = rng.choice([
            None, -1, 2**64, 1e308, -0.0, "", "x" * 100000, [], {}, [[[[[[[[[[[]]]]]]]]]]], True, "2026-02-30",
            "0226-06-30", "-0001-01-01", 101, 255, 256, 4294967296, "已完成", "\u0000", "\ud7ff",
            parent[key] if not isinstance(parent[key], list) else parent[key] * 50,
        ])
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.3)
    if rng.random() < 0.1:
        text = text.replace("1", "NaN", 1).replace("2", "Infinity", 1)
    return text.encode("utf-8")


def deep_json(data, rng):
    depth = rng.choice([200, 10000, 200000])
    return b'{"schema_version": 1, "items": ' + b"[" * depth + b"]" * depth + b"}"


# ---------- cases ----------

def mutate(kind, data, rng):
    names = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if kind.endswith("xlsx") and rng.random() < 0.7:
            data = mutate_xlsx(data, rng, names)
            continue
        if kind in ("progress", "framework", "catalog") and rng.random() < 0.4:
            m = rng.choice([json_structure, json_structure, json_structure, deep_json])
        elif kind.endswith("csv") and rng.random() < 0.03:
            m = wide_csv
        elif kind.endswith("csv") or kind in ("progress", "framework", "catalog"):
            m = rng.choice(TEXT_MUTATIONS)
        else:
            m = rng.choice(BYTE_MUTATIONS + [claimed_size, claimed_size, flip])
        names.append(m.__name__)
        data = m(data, rng)
    return data, "+".join(names)


def classify(status, stderr, timed_out):
    if timed_out:
        return "timeout"
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        return "abort" if sig == signal.SIGABRT else "signal-%d" % sig
    code = os.WEXITSTATUS(status)
    if code == 101:
        return "panic"
    if code == 134:
        return "abort"
    if code == 2:
        return "usage"
    if code in (0, 1):
        if b"memory allocation of" in stderr:
            return "abort"
        return "contained-panic" if code == 1 and PANIC_WORDS.search(stderr) else "ok"
    return "exit-%d" % code


def run_case(args, case):
    kind, family, ext, data, command, mutation = case
    with tempfile.TemporaryDirectory(prefix="pc-fuzz-") as tmp:
        path = os.path.join(tmp, "input." + ext)
        with open(path, "wb") as f:
            f.write(data)
        # GNU time forks the command from its own small process and reports its peak RSS: a child forked
        # straight from this script would inherit the script's high-water mark in ru_maxrss.
        rss_path = os.path.join(tmp, "rss")
        argv = ["/usr/bin/time", "-q", "-f", "%M", "-o", rss_path, args.bin, "--lang", "en"] + \
            [a.format(f=path, t=tmp) for a in command]
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp,
               "LANG": "C.UTF-8", "MALLOC_ARENA_MAX": "2", "RUST_BACKTRACE": "0"}
        limit = args.mem_mb * 1024 * 1024

        def limits():
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        err_path = os.path.join(tmp, "stderr")
        start = time.monotonic()
        with open(err_path, "wb") as err, open(os.devnull, "wb") as out:
            pid = spawn(argv, env, out, err, limits)
            timed_out = threading.Event()

            def kill():
                timed_out.set()
                try:
                    os.killpg(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            timer = threading.Timer(args.timeout, kill)
            timer.start()
            _, status, usage = os.wait4(pid, 0)
            timer.cancel()
        seconds = time.monotonic() - start
        with open(err_path, "rb") as f:
            stderr = f.read(1 << 20)
        rss_kb, signalled = usage.ru_maxrss, None
        if os.path.exists(rss_path):
            with open(rss_path) as f:
                report = f.read()
            numbers = re.findall(r"^(\d+)$", report, re.M)
            rss_kb = int(numbers[-1]) if numbers else rss_kb
            killed = re.search(r"terminated by signal (\d+)", report)
            signalled = int(killed.group(1)) if killed else None
    if signalled is not None and not timed_out.is_set():
        status = signalled  # as wait4 reports a death by that signal
    outcome = classify(status, stderr, timed_out.is_set())
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
    return {"code": code, "kind": kind, "family": family, "ext": ext, "command": command[0] if command[0] != "progress" else
            "progress list", "mutation": mutation, "outcome": outcome, "seconds": seconds,
            "rss_kb": rss_kb, "stderr": stderr[-2000:].decode("utf-8", "replace"), "data": data}


def spawn(argv, env, out, err, limits):
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()
            limits()
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    return pid


def load_seeds():
    import glob
    seeds = []
    for kind, family, ext, patterns in SEED_GLOBS:
        files = sorted({p for pat in patterns for p in glob.glob(os.path.join(ROOT, pat), recursive=True)})
        for p in files:
            with open(p, "rb") as f:
                seeds.append((kind, family, ext, f.read(), os.path.relpath(p, ROOT)))
    return seeds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--mem-mb", type=int, default=1024)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")),
                                                  "release", "policy-cockpit"))
    ap.add_argument("--out", default=os.path.join(ROOT, "fuzz", "out"), help="summary and case log")
    ap.add_argument("--no-save", action="store_true", help="do not copy failing inputs to the regression corpus")
    args = ap.parse_args()
    if not os.access(args.bin, os.X_OK):
        sys.exit("no release binary at %s: run `cargo build --release` (or pass --bin)" % args.bin)
    seeds = load_seeds()
    by_kind = defaultdict(list)
    for s in seeds:
        by_kind[s[0]].append(s)
    kinds = sorted(by_kind)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    def cases():
        for n in range(args.cases):
            kind = kinds[n % len(kinds)]  # every kind the same share
            _, family, ext, data, _ = rng.choice(by_kind[kind])
            mutated, mutation = mutate(kind, data, rng)
            command = COMMANDS[family][(n // len(kinds)) % len(COMMANDS[family])]
            yield (kind, family, ext, mutated, command, mutation)

    stats = defaultdict(lambda: defaultdict(int))
    peak = defaultdict(int)
    slowest = defaultdict(float)
    failures = []
    started = time.monotonic()
    log = open(os.path.join(args.out, "cases.jsonl"), "w")
    with ThreadPoolExecutor(args.jobs) as pool:
        pending = []
        done = 0
        for case in cases():
            pending.append(pool.submit(run_case, args, case))
            if len(pending) >= args.jobs * 8:
                for r in (f.result() for f in pending):
                    done += 1
                    record(r, stats, peak, slowest, failures, log, args)
                pending = []
                if done % 2000 == 0:
                    print("%d cases, %d failures, %.0f s" % (done, len(failures), time.monotonic() - started),
                          flush=True)
        for r in (f.result() for f in pending):
            record(r, stats, peak, slowest, failures, log, args)
    log.close()
    write_summary(args, stats, peak, slowest, failures, time.monotonic() - started)
    return 1 if failures else 0


def record(r, stats, peak, slowest, failures, log, args):
    for key in (r["kind"], "command " + r["command"], "all"):
        stats[key]["cases"] += 1
        stats[key][r["outcome"]] += 1
        peak[key] = max(peak[key], r["rss_kb"])
        slowest[key] = max(slowest[key], r["seconds"])
    data = r.pop("data")
    log.write(json.dumps({k: v for k, v in r.items() if k != "stderr"}) + "\n")
    if r["outcome"] == "ok":
        return
    sha = hashlib.sha256(data).hexdigest()[:12]
    # family-format-outcome-hash.ext: the family tells the replay which loader reads it.
    name = "%s-%s-%s-%s.%s" % (r["family"], r["kind"].split("-")[-1], r["outcome"], sha, r["ext"])
    r["file"] = name
    failures.append(r)
    if not args.no_save:
        os.makedirs(REGRESSIONS, exist_ok=True)
        with open(os.path.join(REGRESSIONS, name), "wb") as f:
            f.write(data)
    with open(os.path.join(args.out, "failures.jsonl"), "a") as f:
        f.write(json.dumps(r) + "\n")


def write_summary(args, stats, peak, slowest, failures, seconds):
    outcomes = ["ok", "panic", "abort", "timeout", "contained-panic", "usage"]
    extra = sorted({o for s in stats.values() for o in s} - set(outcomes) - {"cases"})
    header = "%-22s %7s " % ("kind", "cases") + " ".join("%8s" % o[:8] for o in outcomes + extra) + \
        "  peak-RSS-MB  slowest-s"
    lines = ["mutate.py: %d cases in %.0f s, %d jobs, %.0f s limit, %d MB address space, seed %d" %
             (stats["all"]["cases"], seconds, args.jobs, args.timeout, args.mem_mb, args.seed), header]
    for key in sorted(stats, key=lambda k: (k == "all", k.startswith("command"), k)):
        s = stats[key]
        lines.append("%-22s %7d " % (key, s["cases"]) + " ".join("%8d" % s[o] for o in outcomes + extra) +
                     "  %11.1f  %9.2f" % (peak[key] / 1024, slowest[key]))
    for f in failures[:50]:
        lines.append("FAIL %s %s (%s): %s" % (f["outcome"], f["file"], f["mutation"],
                                              f["stderr"].strip().splitlines()[-1:] or ""))
    text = "\n".join(lines) + "\n"
    with open(os.path.join(args.out, "summary.txt"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    sys.exit(main())
