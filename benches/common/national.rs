//! The national panel for benchmarks: 2,844 counties × 25 years (2001–2025) × 40 indicators in the long
//! layout of `../shared/tools/gen_panel.py` (`region,year,indicator,value`, 0.5 % of values empty),
//! written by a small deterministic generator so a benchmark needs no Python. Values are illustrative.
//! `METRICS_BENCH_FILE=path` uses that file instead (e.g. the output of gen_panel.py).
// Each benchmark uses the part it needs.
#![allow(dead_code)]

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Counties in the panel.
pub const REGIONS: usize = 2844;
/// Years in the panel.
pub const YEARS: std::ops::RangeInclusive<i32> = 2001..=2025;

/// The indicators of gen_panel.py, with their units.
pub const INDICATORS: [&str; 40] = [
    "R&D经费投入(亿元)",
    "高新技术企业数(家)",
    "技术合同成交额(亿元)",
    "规上工业增加值增速(%)",
    "科技型中小企业数(家)",
    "R&D经费投入强度(%)",
    "地区生产总值(亿元)",
    "发明专利授权量(件)",
    "研发人员数(人)",
    "高新技术产业增加值(亿元)",
    "一般公共预算收入(亿元)",
    "科学技术支出(亿元)",
    "财政科技支出占比(%)",
    "人均地区生产总值(元)",
    "规上工业企业数(家)",
    "有研发活动的规上企业占比(%)",
    "高新技术产业增加值占规上工业比重(%)",
    "专利申请量(件)",
    "每万人口高价值发明专利拥有量(件)",
    "研发人员全时当量(人年)",
    "每万人口研发人员数(人)",
    "技术合同登记数(项)",
    "科技成果转化项目数(项)",
    "省级以上研发平台数(个)",
    "新型研发机构数(个)",
    "科技企业孵化器数(个)",
    "众创空间数(个)",
    "专精特新中小企业数(家)",
    "上市公司数(家)",
    "战略性新兴产业产值(亿元)",
    "数字经济核心产业增加值(亿元)",
    "固定资产投资增速(%)",
    "高技术制造业投资增速(%)",
    "社会消费品零售总额(亿元)",
    "进出口总额(亿美元)",
    "实际利用外资(万美元)",
    "常住人口(万人)",
    "城镇化率(%)",
    "城镇居民人均可支配收入(元)",
    "农村居民人均可支配收入(元)",
];

/// The file to use: `METRICS_BENCH_FILE`, else the national panel written into `dir`.
pub fn file(dir: &Path) -> PathBuf {
    std::env::var_os("METRICS_BENCH_FILE").map_or_else(|| write(dir), PathBuf::from)
}

/// Writes the national panel as long CSV into `dir`.
pub fn write(dir: &Path) -> PathBuf {
    let path = dir.join("national-long.csv");
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&path).expect("create bench file"));
    out.write_all(b"region,year,indicator,value\n").expect("write");
    let mut n: u64 = 20_250_101;
    for r in 1..=REGIONS {
        let size = 1.0 + (r % 97) as f64 / 10.0;
        for year in YEARS {
            let growth = 1.0 + f64::from(year - 2001) * 0.04;
            for (k, name) in INDICATORS.iter().enumerate() {
                n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let noise = 0.9 + (n >> 44) as f64 / f64::from(1u32 << 20) * 0.2;
                let value = size * growth * noise * (k + 1) as f64;
                if n.is_multiple_of(200) {
                    writeln!(out, "县{r:04},{year},{name},").expect("write");
                } else if name.ends_with("(家)") || name.ends_with("(个)") || name.ends_with("(件)") {
                    writeln!(out, "县{r:04},{year},{name},{}", value.round() as u64).expect("write");
                } else {
                    writeln!(out, "县{r:04},{year},{name},{value:.2}").expect("write");
                }
            }
        }
    }
    out.flush().expect("flush");
    path
}

/// Peak resident memory of this process (Linux), in MB.
pub fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
