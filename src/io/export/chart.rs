//! Key-indicator charts: one line chart per series, drawn as vectors with real-text labels.

use crate::i18n::{Lang, strings as s};

use super::IndicatorSeries;
use super::pdf::{Flow, Fonts, Page, Rgb, Style};

const LABEL: Style = Style::new(8.0, Rgb::WEAK);
const LINE: Rgb = Rgb(0x1f, 0x5f, 0xa8);
const VALUE: Style = Style::new(8.5, Rgb::TEXT);

/// A chart block in the report: name and unit, the chart, its source.
pub fn flow_chart(flow: &mut Flow<'_>, series: &IndicatorSeries, lang: Lang) {
    let height = 150.0;
    let heading = Style::new(10.5, Rgb::TEXT).bold();
    let name =
        if series.unit.is_empty() { series.name.clone() } else { format!("{}（{}）", series.name, series.unit) };
    flow.heading(heading, &name, height + 30.0);
    let (x, y, w) = (flow.area.left, flow.y, flow.area.width);
    let fonts = flow.fonts;
    line_chart(flow.page(), fonts, [x, y + 4.0, w, height], series);
    flow.gap(height + 8.0);
    if !series.source.is_empty() {
        flow.paragraph(LABEL, &s::EXPORT_CHART_SOURCE.fill(lang, &[("source", &series.source)]));
    }
    flow.gap(10.0);
}

/// A line chart of the series in `[x, y, w, h]`: value axis with four grid lines, a label per point.
pub fn line_chart(page: &mut Page, fonts: &Fonts, [x, y, w, h]: [f32; 4], series: &IndicatorSeries) {
    let values: Vec<f64> = series.points.iter().map(|(_, v)| *v).filter(|v| v.is_finite()).collect();
    let (Some(min), Some(max)) = (values.iter().copied().reduce(f64::min), values.iter().copied().reduce(f64::max))
    else {
        return;
    };
    let (lo, hi) = axis_range(min, max);
    let axis_w = 40.0;
    let label_h = LABEL.line_height();
    let plot = [x + axis_w, y + label_h / 2.0, w - axis_w - 8.0, h - label_h * 2.0];
    for i in 0..=4 {
        let v = lo + (hi - lo) * f64::from(i) / 4.0;
        let gy = plot[1] + plot[3] - (i as f32 / 4.0) * plot[3];
        page.line((plot[0], gy), (plot[0] + plot[2], gy), Rgb(0xe0, 0xe3, 0xe7), 0.5);
        page.text_right(fonts, plot[0] - 4.0, gy - label_h / 2.0, LABEL, &number(v));
    }
    let n = series.points.len();
    let step = if n > 1 { plot[2] / (n - 1) as f32 } else { 0.0 };
    let px = |i: usize| if n > 1 { plot[0] + i as f32 * step } else { plot[0] + plot[2] / 2.0 };
    let py = |v: f64| plot[1] + plot[3] - (((v - lo) / (hi - lo)) as f32) * plot[3];
    let points: Vec<(f32, f32)> = series
        .points
        .iter()
        .enumerate()
        .filter(|(_, (_, v))| v.is_finite())
        .map(|(i, (_, v))| (px(i), py(*v)))
        .collect();
    if let [(bx, by)] = points[..] {
        // One year only (a yearbook's usual case): a column reads better than a lone dot.
        let bar_w = (plot[2] / 6.0).min(48.0);
        page.fill(bx - bar_w / 2.0, by, bar_w, plot[1] + plot[3] - by, LINE);
    } else {
        page.ops.push(super::pdf::Op::Line { points: points.clone(), color: LINE, width: 1.5 });
        for (px, py) in &points {
            page.fill(px - 2.0, py - 2.0, 4.0, 4.0, LINE);
        }
    }
    // The newest value written above its point, so the figure can be read off without the axis.
    if let (Some(&(lx, ly)), Some(last)) = (points.last(), values.last()) {
        page.text_centred(fonts, lx, ly - label_h - 2.0, VALUE, &number(*last));
    }
    // Label every point when they fit, else every k-th so labels never overlap.
    let widest = series.points.iter().map(|(l, _)| fonts.width(l, LABEL.size)).fold(0.0_f32, f32::max);
    let every = if step > 0.0 { ((widest + 6.0) / step).ceil().max(1.0) as usize } else { 1 };
    for (i, (label, _)) in series.points.iter().enumerate().step_by(every) {
        page.text_centred(fonts, px(i), plot[1] + plot[3] + 3.0, LABEL, label);
    }
}

/// A value axis that starts at zero for positive data and has round ends.
fn axis_range(min: f64, max: f64) -> (f64, f64) {
    let lo = if min >= 0.0 { 0.0 } else { min };
    let hi = if max <= lo { lo + 1.0 } else { max };
    let span = hi - lo;
    let magnitude = 10_f64.powf(span.log10().floor());
    let nice = (span / magnitude).ceil() * magnitude;
    (lo, lo + nice)
}

/// A tick label: whole numbers without decimals, others with up to two.
fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 { format!("{v:.0}") } else { format!("{v:.2}").trim_end_matches('0').to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_starts_at_zero_and_ends_on_a_round_number() {
        assert_eq!(axis_range(3.2, 87.0), (0.0, 90.0));
        assert_eq!(axis_range(5.0, 5.0), (0.0, 5.0));
        assert_eq!(axis_range(-4.0, 6.0), (-4.0, 6.0));
    }
}
