//! Helpers shared by the hostile-input tests (PATCH(policy-cockpit)).
//!
//! Only public calamine API that also exists in the pristine 0.38.0 release is
//! used here, so that `hostile.rs` can be run against both versions.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::PathBuf;

use calamine::{open_workbook_auto_from_rs, Reader, Xls, Xlsx};

pub fn fixture(name: &str) -> Vec<u8> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", name]
        .iter()
        .collect();
    std::fs::read(path).expect("fixture")
}

/// Deterministic xorshift64* PRNG.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

/// Unzips an xlsx into (name, bytes) entries, in archive order.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("entry");
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("read entry");
        out.push((f.name().expect("name").to_string(), data));
    }
    out
}

/// Zips entries without compression (so byte mutations hit the XML itself).
pub fn zip_stored(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in entries {
        w.start_file(name.as_str(), opts).expect("start_file");
        w.write_all(data).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

/// Opens `bytes` the way the app does and reads everything: every sheet's
/// range, formulas and merged cells, plus a streamed pass for xlsx.
pub fn read_all(bytes: &[u8]) {
    if let Ok(mut wb) = open_workbook_auto_from_rs(Cursor::new(bytes)) {
        for name in wb.sheet_names() {
            let _ = wb.worksheet_range(&name);
            let _ = wb.worksheet_formula(&name);
        }
        let _ = wb.worksheets();
    }
    if let Ok(wb) = Xls::<_>::new(Cursor::new(bytes)) {
        for name in wb.sheet_names() {
            let _ = wb.merge_cells_by_sheet_name(&name);
        }
    }
    if let Ok(mut wb) = Xlsx::<_>::new(Cursor::new(bytes)) {
        for name in wb.sheet_names() {
            let _ = wb.merge_cells_by_sheet_name(&name);
            if let Ok(mut cells) = wb.worksheet_cells_reader(&name) {
                let mut n = 0u32;
                while let Ok(Some(_)) = cells.next_cell() {
                    n += 1;
                    if n > 1_000_000 {
                        break;
                    }
                }
            }
        }
    }
}

const EXTREME_U16: [u16; 8] = [0, 1, 0x00FF, 0x0100, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF];
const EXTREME_U32: [u32; 9] = [
    0,
    1,
    0xFF,
    0xFFFF,
    0x0001_0000,
    0x7FFF_FFFF,
    0xFFFF_FFFA,
    0xFFFF_FFFE,
    0xFFFF_FFFF,
];

/// One generic byte-level mutation.
pub fn mutate_bytes(rng: &mut Rng, data: &mut Vec<u8>) {
    if data.is_empty() {
        data.push(0);
    }
    match rng.below(8) {
        0 => {
            for _ in 0..1 + rng.below(16) {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
        }
        1 => {
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(data.len());
                data[i] = rng.next() as u8;
            }
        }
        2 if data.len() >= 2 => {
            let i = rng.below(data.len() - 1) & !1;
            let v = *rng.pick(&EXTREME_U16);
            data[i..i + 2].copy_from_slice(&v.to_le_bytes());
        }
        3 => {
            if data.len() > 4 {
                let i = rng.below(data.len() - 4) & !3;
                let v = if rng.below(2) == 0 {
                    *rng.pick(&EXTREME_U32)
                } else {
                    // a plausible sector id, possibly creating a cycle
                    rng.below(data.len() / 512 + 2) as u32
                };
                data[i..i + 4].copy_from_slice(&v.to_le_bytes());
            }
        }
        4 => {
            let n = rng.below(data.len());
            data.truncate(n);
        }
        5 => {
            // insert a chunk (random bytes or a copy of existing bytes)
            let at = rng.below(data.len() + 1);
            let len = 1 + rng.below(600);
            let chunk: Vec<u8> = if rng.below(2) == 0 {
                (0..len).map(|_| rng.next() as u8).collect()
            } else {
                let s = rng.below(data.len());
                data[s..(s + len).min(data.len())].to_vec()
            };
            data.splice(at..at, chunk);
        }
        6 => {
            // overwrite a region with a copy of another one (keeps the length)
            let len = 1 + rng.below(512);
            let s = rng.below(data.len());
            let d = rng.below(data.len());
            let chunk = data[s..(s + len).min(data.len())].to_vec();
            let end = (d + chunk.len()).min(data.len());
            data[d..end].copy_from_slice(&chunk[..end - d]);
        }
        _ => {
            // remove a chunk
            let s = rng.below(data.len());
            let e = (s + 1 + rng.below(600)).min(data.len());
            data.drain(s..e);
        }
    }
}

/// XLS-aware mutation: move cells far away / corrupt record lengths.
pub fn mutate_xls_records(rng: &mut Rng, data: &mut [u8]) {
    // (record type, data length) of cell records carrying row/col first
    const CELLS: [(u16, u16); 5] = [
        (0x0203, 14),
        (0x00FD, 10),
        (0x027E, 10),
        (0x0204, 0),
        (0x0006, 0),
    ];
    let mut hits = Vec::new();
    for i in 0..data.len().saturating_sub(8) {
        let typ = u16::from_le_bytes([data[i], data[i + 1]]);
        let len = u16::from_le_bytes([data[i + 2], data[i + 3]]);
        if CELLS.iter().any(|(t, l)| *t == typ && (*l == 0 || *l == len))
            || typ == 0x0200 // Dimensions
            || typ == 0x00E5 // MergeCells
            || typ == 0x00FC // SST
            || typ == 0x0085 // BoundSheet8
            || typ == 0x00BD
        // MulRk
        {
            hits.push(i);
        }
    }
    if hits.is_empty() {
        return;
    }
    let i = *rng.pick(&hits);
    let field = i + 4 + 2 * rng.below(4);
    if rng.below(4) == 0 {
        // corrupt the record length
        let v = *rng.pick(&EXTREME_U16);
        data[i + 2..i + 4].copy_from_slice(&v.to_le_bytes());
    } else if field + 2 <= data.len() {
        let v = *rng.pick(&EXTREME_U16);
        data[field..field + 2].copy_from_slice(&v.to_le_bytes());
    }
}

const FAR_REFS: [&str; 10] = [
    "XFD1048576",
    "CV1048576",
    "A1048576",
    "XFD1",
    "ZZZZZZZZ99999999999",
    "A0",
    "",
    "A4294967296",
    "B2:A1",
    "A1:XFD1048576",
];

/// XLSX-aware mutation of one XML entry's text.
pub fn mutate_xml(rng: &mut Rng, xml: &mut Vec<u8>) {
    let mut s = String::from_utf8_lossy(xml).into_owned();
    match rng.below(7) {
        0 | 1 => {
            // move a cell / dimension / merge reference far away
            let attrs = ["r=\"", "ref=\"", "spans=\""];
            let attr = *rng.pick(&attrs);
            let hits: Vec<usize> = s.match_indices(attr).map(|(i, _)| i).collect();
            if !hits.is_empty() {
                let start = *rng.pick(&hits) + attr.len();
                if let Some(end) = s[start..].find('"') {
                    let far = *rng.pick(&FAR_REFS);
                    s.replace_range(start..start + end, far);
                }
            }
        }
        2 => {
            // huge counts / indices
            for (attr, val) in [
                ("uniqueCount=\"", "99999999999999"),
                ("count=\"", "4294967295"),
                ("si=\"", "18446744073709551615"),
            ] {
                if let Some(i) = s.find(attr) {
                    if rng.below(2) == 0 {
                        let start = i + attr.len();
                        if let Some(end) = s[start..].find('"') {
                            s.replace_range(start..start + end, val);
                        }
                    }
                }
            }
        }
        3 => {
            // a cell far away, or a shared formula with a huge index
            if let Some(i) = s.find("</sheetData>") {
                let far = *rng.pick(&FAR_REFS);
                let cell = if rng.below(2) == 0 {
                    format!("<row r=\"1048576\"><c r=\"{far}\"><v>1</v></c></row>")
                } else {
                    format!(
                        "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"4000000000\" ref=\"A2:A3\">1+1</f><v>2</v></c></row>"
                    )
                };
                s.insert_str(i, &cell);
            }
        }
        4 => {
            // shared string index out of range
            if let Some(i) = s.find("<v>") {
                s.insert_str(i + 3, "99999999999");
            }
        }
        _ => {
            let mut b = s.into_bytes();
            mutate_bytes(rng, &mut b);
            *xml = b;
            return;
        }
    }
    *xml = s.into_bytes();
}

/// Builds the `i`-th mutated input from a pristine fixture.
pub fn make_case(rng: &mut Rng, base: &[u8], is_xls: bool) -> Vec<u8> {
    if is_xls {
        let mut data = base.to_vec();
        for _ in 0..1 + rng.below(3) {
            if rng.below(3) == 0 {
                mutate_xls_records(rng, &mut data);
            } else {
                mutate_bytes(rng, &mut data);
            }
        }
        data
    } else {
        let mut entries = unzip(base);
        match rng.below(3) {
            0 => {
                // byte-level mutation of the stored zip
                let mut data = zip_stored(&entries);
                for _ in 0..1 + rng.below(3) {
                    mutate_bytes(rng, &mut data);
                }
                data
            }
            _ => {
                for _ in 0..1 + rng.below(3) {
                    let xmls: Vec<usize> = (0..entries.len())
                        .filter(|i| entries[*i].0.starts_with("xl/"))
                        .collect();
                    let i = *rng.pick(&xmls);
                    mutate_xml(rng, &mut entries[i].1);
                }
                zip_stored(&entries)
            }
        }
    }
}

pub type PanicTally = BTreeMap<String, usize>;
