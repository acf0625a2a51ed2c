//! PATCH(policy-cockpit): targeted regression tests for the patches listed in
//! PATCHES.md.

mod common;

use std::io::Cursor;

use calamine::{Reader, Xls, XlsError, Xlsx, XlsxError, MAX_DENSE_CELLS};
use common::*;

fn xlsx_with_sheet_edit(edit: impl Fn(&mut String)) -> Vec<u8> {
    let mut entries = unzip(&fixture("yearbook-2024.xlsx"));
    for (name, data) in &mut entries {
        if name == "xl/worksheets/sheet1.xml" {
            let mut s = String::from_utf8(data.clone()).unwrap();
            edit(&mut s);
            *data = s.into_bytes();
        }
    }
    zip_stored(&entries)
}

#[test]
fn xlsx_far_cell_is_an_error_not_an_abort() {
    for far in ["XFD1048576", "CV1048576"] {
        let bytes = xlsx_with_sheet_edit(|s| {
            let i = s.find("</sheetData>").unwrap();
            s.insert_str(
                i,
                &format!("<row r=\"1048576\"><c r=\"{far}\"><v>1</v></c></row>"),
            );
        });
        let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
        let name = wb.sheet_names()[0].clone();
        match wb.worksheet_range(&name) {
            Err(XlsxError::SheetTooLarge { rows, cols, .. }) => {
                assert!(rows * cols > MAX_DENSE_CELLS)
            }
            other => panic!("{far}: expected SheetTooLarge, got {other:?}"),
        }
        // streaming the cells still works and sees the far cell
        let mut cells = wb.worksheet_cells_reader(&name).unwrap();
        let mut last = None;
        while let Some(c) = cells.next_cell().unwrap() {
            last = Some(c.get_position());
        }
        assert_eq!(last.unwrap().0, 1_048_575);
    }
}

#[test]
fn xlsx_huge_counts_do_not_allocate() {
    let mut entries = unzip(&fixture("yearbook-2024.xlsx"));
    for (name, data) in &mut entries {
        if name == "xl/sharedStrings.xml" {
            let s = String::from_utf8(data.clone()).unwrap();
            let i = s.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
            let j = i + s[i..].find('"').unwrap();
            *data = format!("{}99999999999999{}", &s[..i], &s[j..]).into_bytes();
        }
        if name == "xl/worksheets/sheet1.xml" {
            let s = String::from_utf8(data.clone()).unwrap();
            let i = s.find("</sheetData>").unwrap();
            let f = "<row r=\"40\"><c r=\"A40\"><f t=\"shared\" si=\"18446744073709551615\" \
                     ref=\"A40:A41\">1+1</f><v>2</v></c><c r=\"B40\"><f t=\"shared\" \
                     si=\"18446744073709551615\"/><v>2</v></c></row>";
            *data = format!("{}{f}{}", &s[..i], &s[i..]).into_bytes();
        }
    }
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(zip_stored(&entries))).unwrap();
    let name = wb.sheet_names()[0].clone();
    wb.worksheet_range(&name).unwrap();
    let formulas = wb.worksheet_formula(&name).unwrap();
    assert_eq!(formulas.get_value((39, 1)).map(String::as_str), Some("1+1"));
}

#[test]
fn xlsx_overlong_reference_is_an_error() {
    let bytes = xlsx_with_sheet_edit(|s| {
        *s = s.replacen("r=\"A1\"", "r=\"ZZZZZZZZ99999999999\"", 1);
    });
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let name = wb.sheet_names()[0].clone();
    assert!(wb.worksheet_range(&name).is_err());
}

/// Offsets of BIFF records of type `typ` with data length `len`.
fn find_records(data: &[u8], typ: u16, len: u16) -> Vec<usize> {
    let mut pat = typ.to_le_bytes().to_vec();
    pat.extend(len.to_le_bytes());
    (0..data.len() - 4)
        .filter(|i| data[*i..*i + 4] == pat[..])
        .collect()
}

#[test]
fn xls_far_cell_is_an_error_not_an_abort() {
    let mut data = fixture("yearbook-2024.xls");
    // the LabelSst (0x00FD) records of the sheet
    let hits = find_records(&data, 0x00FD, 10);
    let i = *hits.last().expect("a LabelSst record");
    data[i + 4..i + 6].copy_from_slice(&0xFFFFu16.to_le_bytes()); // row
    data[i + 6..i + 8].copy_from_slice(&0xFFFFu16.to_le_bytes()); // col
    let mut wb: Xls<_> = Xls::new(Cursor::new(data)).expect("workbook still opens");
    let names = wb.sheet_names();
    let mut too_large = 0;
    for name in &names {
        match wb.worksheet_range(name) {
            Err(XlsError::SheetTooLarge { rows, cols, .. }) => {
                assert_eq!((rows, cols), (65536, 65536));
                too_large += 1;
            }
            Ok(_) => (),
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(too_large, 1);
    // worksheets() skips it instead of allocating
    assert_eq!(wb.worksheets().len(), names.len() - 1);
    let e = XlsError::SheetTooLarge {
        sheet: "S".into(),
        rows: 65536,
        cols: 65536,
    };
    assert_eq!(
        e.to_string(),
        "Worksheet 'S' is too large: 65536 rows x 65536 columns exceeds 10000000 cells"
    );
}

#[test]
fn xls_fat_cycle_is_an_error_not_a_hang() {
    let mut data = fixture("yearbook-2024.xls");
    let u32_at = |d: &[u8], i: usize| u32::from_le_bytes(d[i..i + 4].try_into().unwrap());
    let dir_start = u32_at(&data, 48) as usize;
    let fat_sector = u32_at(&data, 76) as usize; // first DIFAT entry
    let entry = (fat_sector + 1) * 512 + 4 * dir_start;
    // directory chain points to itself
    data[entry..entry + 4].copy_from_slice(&(dir_start as u32).to_le_bytes());
    let t = std::time::Instant::now();
    let r = Xls::<_>::new(Cursor::new(data));
    assert!(t.elapsed().as_secs() < 2);
    match r {
        Err(XlsError::Cfb(e)) => assert!(e.to_string().contains("sector chain"), "{e}"),
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("expected an error"),
    }
}

#[test]
fn xls_fat_entry_out_of_range_is_an_error() {
    let mut data = fixture("yearbook-2024.xls");
    let u32_at = |d: &[u8], i: usize| u32::from_le_bytes(d[i..i + 4].try_into().unwrap());
    let dir_start = u32_at(&data, 48) as usize;
    let fat_sector = u32_at(&data, 76) as usize;
    let entry = (fat_sector + 1) * 512 + 4 * dir_start;
    // a sector id inside the file but beyond the FAT
    data[entry..entry + 4].copy_from_slice(&7u32.to_le_bytes());
    let _ = Xls::<_>::new(Cursor::new(data)); // must not panic
}

#[test]
fn xls_huge_dimensions_do_not_reserve() {
    let mut data = fixture("yearbook-2024.xls");
    // BIFF8 Dimensions: rwMic u32, rwMac u32, colMic u16, colMac u16, reserved
    for i in find_records(&data, 0x0200, 14) {
        data[i + 4..i + 8].copy_from_slice(&0u32.to_le_bytes());
        data[i + 8..i + 12].copy_from_slice(&u32::MAX.to_le_bytes());
        data[i + 12..i + 14].copy_from_slice(&0u16.to_le_bytes());
        data[i + 14..i + 16].copy_from_slice(&0x00FFu16.to_le_bytes());
    }
    let mut wb: Xls<_> = Xls::new(Cursor::new(data)).unwrap();
    for name in wb.sheet_names() {
        wb.worksheet_range(&name).unwrap();
    }
}

#[test]
fn xls_truncated_everywhere_does_not_panic_in_cfb() {
    let data = fixture("yearbook-2024.xls");
    for n in (0..data.len()).step_by(7) {
        let r = std::panic::catch_unwind(|| {
            let _ = Xls::<_>::new(Cursor::new(&data[..n]));
        });
        assert!(r.is_ok(), "panic with {n} bytes");
    }
}
