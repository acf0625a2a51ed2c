//! The normalised matrix: each indicator's values over all region-years (pooled, so every year is
//! on one scale), gaps inside a region's series filled by linear interpolation, then min–max scaled
//! to [0.01, 1] with the good direction up. An indicator that cannot be scaled is dropped and says why.

use super::{DropReason, SHIFT};
use crate::domain::metrics::Direction;

/// One indicator scaled for the index.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Column {
    /// Scaled values `[region][year]` in [`SHIFT`], 1]; `NaN` = no value even after interpolation.
    pub z: Vec<f64>,
    /// Smallest raw value over all region-years.
    pub min: f64,
    /// Largest raw value over all region-years.
    pub max: f64,
    /// Cells filled by interpolation.
    pub interpolated: usize,
    /// Cells without a value that were left out.
    pub left_out: usize,
    /// Cells with a value (read or interpolated).
    pub present: usize,
}

/// Fills the gaps inside each region's series (cells `[region][year]`, `years` ascending) by linear
/// interpolation in the year between the nearest reported values; returns the filled values and
/// how many cells were filled. Cells before a region's first or after its last value stay `NaN`.
pub(super) fn interpolate(values: &[f64], years: &[i32]) -> (Vec<f64>, usize) {
    let mut out = values.to_vec();
    let mut filled = 0;
    if years.is_empty() {
        return (out, 0);
    }
    for row in out.chunks_mut(years.len()) {
        let mut last: Option<usize> = None;
        for y in 0..row.len() {
            if row[y].is_nan() {
                continue;
            }
            if let Some(a) = last.filter(|a| y > a + 1) {
                let (ya, yb) = (f64::from(years[a]), f64::from(years[y]));
                let (va, vb) = (row[a], row[y]);
                for k in a + 1..y {
                    row[k] = va + (vb - va) * (f64::from(years[k]) - ya) / (yb - ya);
                    filled += 1;
                }
            }
            last = Some(y);
        }
    }
    (out, filled)
}

/// Scales one indicator's raw values (`[region][year]`), or says why it cannot be used.
pub(super) fn column(values: &[f64], years: &[i32], direction: Direction) -> Result<Column, DropReason> {
    let (mut z, interpolated) = interpolate(values, years);
    let (mut min, mut max, mut present) = (f64::INFINITY, f64::NEG_INFINITY, 0usize);
    for &v in z.iter().filter(|v| !v.is_nan()) {
        min = min.min(v);
        max = max.max(v);
        present += 1;
    }
    if present < 2 {
        return Err(DropReason::TooFewValues { count: present });
    }
    let range = max - min;
    // Equal values (up to rounding noise) cannot tell regions apart and would divide by zero.
    if range <= f64::EPSILON * max.abs().max(min.abs()).max(1.0) {
        return Err(DropReason::NoVariance { value: min });
    }
    for v in z.iter_mut().filter(|v| !v.is_nan()) {
        let up = match direction {
            Direction::HigherIsBetter => (*v - min) / range,
            Direction::LowerIsBetter => (max - *v) / range,
        };
        *v = SHIFT + (1.0 - SHIFT) * up;
    }
    Ok(Column { z, min, max, interpolated, left_out: values.len() - present, present })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAN: f64 = f64::NAN;

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-12)
    }

    #[test]
    fn a_gap_inside_a_series_is_interpolated_by_year_and_the_ends_are_left_out() {
        // One region, years 2019, 2020, 2022, 2023: 2020 lies between 10 (2019) and 40 (2022) → 20.
        let (out, filled) = interpolate(&[10.0, NAN, 40.0, NAN], &[2019, 2020, 2022, 2023]);
        assert_eq!(filled, 1);
        assert_eq!(out[..3], [10.0, 20.0, 40.0]);
        assert!(out[3].is_nan(), "after the last value nothing is invented");
    }

    #[test]
    fn gaps_do_not_leak_across_regions() {
        // Two regions of two years: region 0 ends with a gap, region 1 starts with one.
        let (out, filled) = interpolate(&[1.0, NAN, NAN, 5.0], &[2024, 2025]);
        assert_eq!(filled, 0);
        assert!(out[1].is_nan() && out[2].is_nan());
    }

    #[test]
    fn min_max_puts_the_best_at_one_and_the_worst_at_the_shift() {
        // 2, 4, 6: (x − 2) / 4 → 0, 0.5, 1 → 0.01 + 0.99 × that → 0.01, 0.505, 1.
        let c = column(&[2.0, 4.0, 6.0], &[2025], Direction::HigherIsBetter).expect("usable");
        assert!(close(&c.z, &[0.01, 0.505, 1.0]), "{:?}", c.z);
        let r = column(&[2.0, 4.0, 6.0], &[2025], Direction::LowerIsBetter).expect("usable");
        assert!(close(&r.z, &[1.0, 0.505, 0.01]), "{:?}", r.z);
        assert_eq!((c.min, c.max, c.present, c.left_out), (2.0, 6.0, 3, 0));
    }

    #[test]
    fn an_indicator_without_variance_or_with_one_value_is_dropped() {
        assert_eq!(
            column(&[3.0, 3.0, 3.0], &[2025], Direction::HigherIsBetter),
            Err(DropReason::NoVariance { value: 3.0 })
        );
        assert_eq!(
            column(&[NAN, 3.0, NAN], &[2025], Direction::HigherIsBetter),
            Err(DropReason::TooFewValues { count: 1 })
        );
    }
}
