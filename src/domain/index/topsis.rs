//! TOPSIS on the weighted, min–max-scaled matrix: each region-year's distance to the ideal (the best
//! value any region reached in any year, on every indicator) and to the anti-ideal (the worst), and
//! its closeness `D⁻ / (D⁺ + D⁻)` in [0, 1]. Pillar sub-indices are weighted means of the same values.

use super::SHIFT;
use super::normalise::Column;

/// Closeness to the ideal of every cell, and the share of the weight the cell has values for;
/// `NaN` closeness for a cell with no value at all.
///
/// A missing indicator is left out of both distances. Leaving it out is the same as giving the
/// remaining indicators their weights re-scaled to sum to 1, because the closeness is a ratio of
/// the two distances and the scale cancels.
pub(super) fn closeness(columns: &[&Column], weights: &[f64], cells: usize) -> (Vec<f64>, Vec<f64>) {
    let mut to_ideal = vec![0.0; cells];
    let mut to_anti = vec![0.0; cells];
    let mut covered = vec![0.0; cells];
    for (column, &w) in columns.iter().zip(weights) {
        // The ideal and anti-ideal of a scaled column are 1 and SHIFT: its best and worst cells.
        let w2 = w * w;
        for (c, &z) in column.z.iter().enumerate() {
            if z.is_nan() {
                continue;
            }
            to_ideal[c] += w2 * (1.0 - z) * (1.0 - z);
            to_anti[c] += w2 * (z - SHIFT) * (z - SHIFT);
            covered[c] += w;
        }
    }
    let score = to_ideal
        .iter()
        .zip(&to_anti)
        .zip(&covered)
        .map(|((plus, minus), cover)| {
            if *cover <= 0.0 {
                return f64::NAN;
            }
            let (plus, minus) = (plus.sqrt(), minus.sqrt());
            minus / (plus + minus)
        })
        .collect();
    (score, covered)
}

/// Weighted mean of the scaled values of some columns in one cell; `None` without any value.
pub(super) fn weighted_mean(columns: &[&Column], weights: &[f64], cell: usize) -> Option<f64> {
    let (mut sum, mut weight) = (0.0, 0.0);
    for (column, &w) in columns.iter().zip(weights) {
        let z = column.z[cell];
        if !z.is_nan() {
            sum += w * z;
            weight += w;
        }
    }
    (weight > 0.0).then(|| sum / weight)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(z: &[f64]) -> Column {
        Column { z: z.to_vec(), min: 0.0, max: 1.0, interpolated: 0, left_out: 0, present: z.len() }
    }

    #[test]
    fn the_best_cell_scores_one_and_the_worst_zero() {
        let (a, b) = (col(&[1.0, 0.01, 0.5]), col(&[1.0, 0.01, 0.3]));
        let (score, covered) = closeness(&[&a, &b], &[0.5, 0.5], 3);
        assert_eq!((score[0], score[1]), (1.0, 0.0));
        assert!(score[2] > 0.0 && score[2] < 1.0);
        assert_eq!(covered, vec![1.0; 3]);
    }

    #[test]
    fn a_missing_value_is_left_out_and_counted_in_the_coverage() {
        let (a, b) = (col(&[0.4, 0.4]), col(&[f64::NAN, 0.7]));
        let (score, covered) = closeness(&[&a, &b], &[0.25, 0.75], 2);
        // Cell 0 has only a: D⁺ = 0.25 × 0.6, D⁻ = 0.25 × 0.39 → 0.39 / 0.99.
        assert!((score[0] - 0.39 / 0.99).abs() < 1e-12, "{}", score[0]);
        assert_eq!(covered, vec![0.25, 1.0]);
        assert_eq!(weighted_mean(&[&a, &b], &[0.25, 0.75], 0), Some(0.4));
    }
}
