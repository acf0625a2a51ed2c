//! The coupling coordination degree of the pillar sub-indices, with the corrected coupling model for
//! n systems of 王淑佳、孔伟、任亮、治丹丹、戴彬婷《国内耦合协调度模型的误区及修正》, 自然资源学报,
//! 2021, 36(3): 793 ff.:
//!
//! `C = √{ [1 − Σ_{i<j} |Uᵢ − Uⱼ| / Σ_{m=1}^{n−1} m] × [Π (Uᵢ / max U)]^{1/(n−1)} }`,
//! `T = Σ Uᵢ / n`, `D = √(C·T)`.
//!
//! The first factor is 1 minus the mean gap between two pillars, the second the geometric mean of the
//! other pillars' ratios to the strongest one: C is 1 only when all pillars are equal, and it spreads
//! over [0, 1] instead of crowding near 1 as the traditional `n·(ΠU)^{1/n}/ΣU` does.

/// Coupling C, development T and coordination D of one region-year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coupling {
    /// Coupling degree C in [0, 1]: how evenly the pillars have developed.
    pub c: f64,
    /// Comprehensive development index T: the mean of the pillar sub-indices.
    pub t: f64,
    /// Coupling coordination degree D = √(C·T).
    pub d: f64,
    /// The class of D.
    pub class: CoordinationClass,
}

/// The usual ten classes of the coupling coordination degree, 0.1 wide, each including its upper
/// bound: (0, 0.1] 极度失调 … (0.9, 1] 优质协调 (D = 0 counts as 极度失调).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CoordinationClass {
    /// 极度失调, D ≤ 0.1.
    ExtremeImbalance,
    /// 严重失调, 0.1 < D ≤ 0.2.
    SevereImbalance,
    /// 中度失调, 0.2 < D ≤ 0.3.
    ModerateImbalance,
    /// 轻度失调, 0.3 < D ≤ 0.4.
    MildImbalance,
    /// 濒临失调, 0.4 < D ≤ 0.5.
    VergeOfImbalance,
    /// 勉强协调, 0.5 < D ≤ 0.6.
    BarelyCoordinated,
    /// 初级协调, 0.6 < D ≤ 0.7.
    Primary,
    /// 中级协调, 0.7 < D ≤ 0.8.
    Intermediate,
    /// 良好协调, 0.8 < D ≤ 0.9.
    Good,
    /// 优质协调, 0.9 < D ≤ 1.
    HighQuality,
}

impl CoordinationClass {
    /// All classes, lowest first.
    pub const ALL: [CoordinationClass; 10] = [
        Self::ExtremeImbalance,
        Self::SevereImbalance,
        Self::ModerateImbalance,
        Self::MildImbalance,
        Self::VergeOfImbalance,
        Self::BarelyCoordinated,
        Self::Primary,
        Self::Intermediate,
        Self::Good,
        Self::HighQuality,
    ];

    /// The class of a coordination degree.
    pub fn of(d: f64) -> Self {
        // Upper bounds belong to their class; the tolerance keeps 0.3 (as computed) in (0.2, 0.3].
        let index = ((d * 10.0) - 1e-9).ceil() - 1.0;
        Self::ALL[index.clamp(0.0, 9.0) as usize]
    }

    /// The range of D in the class, `(lower, upper]`.
    pub fn bounds(self) -> (f64, f64) {
        let i = Self::ALL.iter().position(|c| *c == self).unwrap_or(0) as f64;
        (i / 10.0, (i + 1.0) / 10.0)
    }

    /// True for the classes from 勉强协调 up (D > 0.5).
    pub fn is_coordinated(self) -> bool {
        self >= Self::BarelyCoordinated
    }
}

/// C, T and D of some sub-indices (each in [0, 1]); `None` for fewer than two.
pub fn coupling(u: &[f64]) -> Option<Coupling> {
    let n = u.len();
    if n < 2 || u.iter().any(|x| !x.is_finite()) {
        return None;
    }
    let pairs = (n * (n - 1) / 2) as f64; // Σ_{m=1}^{n−1} m
    let mut gaps = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            gaps += (u[i] - u[j]).abs();
        }
    }
    let max = u.iter().copied().fold(0.0, f64::max);
    let balance = if max > 0.0 { u.iter().map(|x| x / max).product::<f64>().powf(1.0 / (n - 1) as f64) } else { 0.0 };
    let c = ((1.0 - gaps / pairs).max(0.0) * balance).sqrt().clamp(0.0, 1.0);
    let t = u.iter().sum::<f64>() / n as f64;
    let d = (c * t).sqrt();
    Some(Coupling { c, t, d, class: CoordinationClass::of(d) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_pillars_couple_fully() {
        let k = coupling(&[0.6; 4]).expect("four values");
        assert!((k.c - 1.0).abs() < 1e-12 && (k.t - 0.6).abs() < 1e-12);
        assert!((k.d - 0.6f64.sqrt()).abs() < 1e-12);
        assert_eq!(k.class, CoordinationClass::Intermediate, "√0.6 = 0.775");
    }

    #[test]
    fn two_systems_reduce_to_the_papers_two_system_form() {
        // n = 2: C = √{[1 − (U₂ − U₁)] × U₁/U₂} with U₁ = 0.3, U₂ = 0.6 → √(0.7 × 0.5) = √0.35.
        let k = coupling(&[0.3, 0.6]).expect("two values");
        assert!((k.c - 0.35f64.sqrt()).abs() < 1e-12, "{}", k.c);
    }

    #[test]
    fn classes_include_their_upper_bound() {
        assert_eq!(CoordinationClass::of(0.0), CoordinationClass::ExtremeImbalance);
        assert_eq!(CoordinationClass::of(0.1), CoordinationClass::ExtremeImbalance);
        assert_eq!(CoordinationClass::of(0.1000001), CoordinationClass::SevereImbalance);
        assert_eq!(CoordinationClass::of(0.1 + 0.2), CoordinationClass::ModerateImbalance, "0.30000000000000004");
        assert_eq!(CoordinationClass::of(0.55), CoordinationClass::BarelyCoordinated);
        assert_eq!(CoordinationClass::of(1.0), CoordinationClass::HighQuality);
        assert_eq!(CoordinationClass::HighQuality.bounds(), (0.9, 1.0));
    }
}
