//! One ledger cell read as a date and as a percent: text in the forms offices write, numbers of any size.
#![no_main]

use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;
use policy_cockpit::io::ledger_import::{CellValue, read_date, read_percent};

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else { return };
    let cell = match kind % 4 {
        0 => CellValue::Text(String::from_utf8_lossy(rest).into_owned()),
        1 | 2 => {
            let mut bytes = [0u8; 8];
            bytes.iter_mut().zip(rest).for_each(|(b, r)| *b = *r);
            let n = if kind % 4 == 1 {
                f64::from_le_bytes(bytes)
            } else {
                f64::from(i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
            };
            CellValue::Number(n)
        }
        _ => {
            let year = i16::from_le_bytes([rest.first().copied().unwrap_or(0), rest.get(1).copied().unwrap_or(0)]);
            let (m, d) = (rest.get(2).map_or(1, |m| (m % 12 + 1) as i8), rest.get(3).map_or(1, |d| (d % 28 + 1) as i8));
            match Date::new(year, m, d) {
                Ok(date) => CellValue::Date(date),
                Err(_) => CellValue::Empty,
            }
        }
    };
    if let Some(percent) = read_percent(&cell, kind & 4 != 0) {
        assert!(percent <= 100, "{cell:?} read as {percent}%");
    }
    let _ = read_date(&cell);
    let _ = cell.text();
});
