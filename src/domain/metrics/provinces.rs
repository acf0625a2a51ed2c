//! Province-level names as files write them: 北京, 北京市, "北 京", Beijing and the GB/T 2260 code 110000 are
//! one region. The table is `assets/provinces.json` (public facts), built into the binary.

use std::sync::OnceLock;

use serde::Deserialize;

use super::name::{normalize, region_name};

/// One province-level division.
#[derive(Debug, Clone, Deserialize)]
pub struct Province {
    /// GB/T 2260 code, e.g. "110000".
    pub code: String,
    /// Full name, e.g. 北京市.
    pub name: String,
    /// Short name, e.g. 北京.
    pub short: String,
    /// English names, e.g. Beijing.
    pub en: Vec<String>,
}

#[derive(Deserialize)]
struct Table {
    provinces: Vec<Province>,
}

/// The table, read once.
fn table() -> &'static [Province] {
    static TABLE: OnceLock<Vec<Province>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // Built in and checked by a test, so it always parses; an empty table only loses the matching.
        serde_json::from_str::<Table>(include_str!("../../../assets/provinces.json"))
            .map(|t| t.provinces)
            .unwrap_or_default()
    })
}

/// The province-level division a region name, short name, English name or code names.
pub fn province(name: &str) -> Option<&'static Province> {
    let key = normalize(&region_name(name)).replace(['_', '-'], "");
    if key.is_empty() {
        return None;
    }
    table().iter().find(|p| {
        key == normalize(&p.name)
            || key == normalize(&p.short)
            || p.en.iter().any(|e| key == normalize(e).replace(['_', '-'], ""))
            || key == p.code
            || (key.len() == 2 && p.code.starts_with(&key))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_short_names_english_names_and_codes_are_one_province() {
        for written in ["北京", "北京市", "北 京", "北\u{3000}京", "Beijing", "BEIJING", "110000", "11"] {
            assert_eq!(province(written).map(|p| p.name.as_str()), Some("北京市"), "{written}");
        }
        for written in ["内蒙古", "内蒙古自治区", "Inner Mongolia", "Inner_Mongolia"] {
            assert_eq!(province(written).map(|p| p.code.as_str()), Some("150000"), "{written}");
        }
        assert_eq!(table().len(), 34);
        assert!(province("通江县").is_none() && province("全国").is_none() && province("").is_none());
    }
}
