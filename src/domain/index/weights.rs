//! Indicator weights: the entropy weight method (熵权法) from the data, equal weights, or an
//! expert's weights. Every set sums to 1 over the indicators used.

use super::IndexError;
use super::normalise::Column;
use crate::domain::metrics::{Catalog, IndicatorId, Panel};

/// How the indicators are weighted.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Weighting {
    /// 熵权法: indicators that tell regions apart more weigh more (the default).
    #[default]
    Entropy,
    /// 等权: every indicator the same.
    Equal,
    /// 专家权重: weights an office sets.
    Expert(ExpertWeights),
}

/// The weighting method without its data, for labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeightMethod {
    /// 熵权法.
    Entropy,
    /// 等权.
    Equal,
    /// 专家权重.
    Expert,
}

impl Weighting {
    /// The method, without its data.
    pub fn method(&self) -> WeightMethod {
        match self {
            Weighting::Entropy => WeightMethod::Entropy,
            Weighting::Equal => WeightMethod::Equal,
            Weighting::Expert(_) => WeightMethod::Expert,
        }
    }
}

/// Weights set by experts: indicator (catalog id or the name the file uses) and a relative weight
/// (any scale; they are divided by their sum). An indicator not named, or weighted 0, is left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExpertWeights {
    /// Indicator and weight, in the order given.
    pub weights: Vec<(String, f64)>,
}

impl ExpertWeights {
    /// Each panel indicator's expert weight (`None`: not named or 0); an unknown name or a negative
    /// or non-numeric weight is an error naming it.
    pub(super) fn resolve(&self, panel: &Panel, catalog: &Catalog) -> Result<Vec<Option<f64>>, IndexError> {
        let mut out = vec![None; panel.indicators().len()];
        let mut unknown = Vec::new();
        for (key, weight) in &self.weights {
            if !weight.is_finite() || *weight < 0.0 {
                return Err(IndexError::BadWeight { key: key.clone(), value: *weight });
            }
            let by_catalog = || catalog.find(key).and_then(|entry| panel.indicator_id(&entry.id));
            match panel.indicator_id(key).or_else(by_catalog) {
                Some(IndicatorId(i)) if *weight > 0.0 => out[i as usize] = Some(*weight),
                Some(_) => {}
                None => unknown.push(key.clone()),
            }
        }
        if !unknown.is_empty() {
            return Err(IndexError::UnknownWeightKeys { keys: unknown });
        }
        Ok(out)
    }
}

/// Entropy weights of scaled columns: `p = z / Σz` over the cells with a value, `e = −Σ p ln p / ln n`,
/// `d = 1 − e`, `w = d / Σd`. The shift of the scaling keeps every `z > 0`, so `ln p` is defined.
pub(super) fn entropy(columns: &[&Column]) -> Vec<f64> {
    let divergence: Vec<f64> = columns
        .iter()
        .map(|c| {
            let values = || c.z.iter().copied().filter(|v| !v.is_nan());
            let sum: f64 = values().sum();
            let h: f64 = values().map(|z| z / sum).map(|p| -p * p.ln()).sum();
            (1.0 - h / (c.present as f64).ln()).max(0.0)
        })
        .collect();
    normalised(&divergence)
}

/// Equal weights.
pub(super) fn equal(count: usize) -> Vec<f64> {
    vec![1.0 / count as f64; count]
}

/// Weights divided by their sum; equal weights when they sum to nothing (every column uniform).
pub(super) fn normalised(raw: &[f64]) -> Vec<f64> {
    let sum: f64 = raw.iter().sum();
    if sum > 0.0 { raw.iter().map(|w| w / sum).collect() } else { equal(raw.len()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(z: &[f64]) -> Column {
        let present = z.iter().filter(|v| !v.is_nan()).count();
        Column { z: z.to_vec(), min: 0.0, max: 1.0, interpolated: 0, left_out: z.len() - present, present }
    }

    #[test]
    fn an_indicator_that_separates_regions_more_weighs_more() {
        // a: one region far ahead; b: nearly even. Entropy of b is near ln 3, so d_b ≈ 0.
        let (a, b) = (col(&[0.01, 0.01, 1.0]), col(&[0.9, 0.95, 1.0]));
        let w = entropy(&[&a, &b]);
        assert!(w[0] > 0.9 && w[1] < 0.1, "{w:?}");
        assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn missing_cells_are_left_out_of_the_entropy() {
        let with_gap = col(&[0.01, f64::NAN, 1.0]);
        let without = col(&[0.01, 1.0]);
        let other = col(&[0.5, 0.6, 1.0]);
        assert_eq!(entropy(&[&with_gap, &other]), entropy(&[&without, &other]));
    }
}
