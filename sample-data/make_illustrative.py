#!/usr/bin/env python3
"""Writes 巴中县区指标_2019-2025_示例数据.csv: an ILLUSTRATIVE panel (示例数据) for the five districts
and counties of Bazhong, 2019-2025, one column per indicator, covering the four pillars of 图1.

The numbers are invented: plausible in size for Bazhong (a city of about 900 亿元 GDP whose 2025
first-half R&D spending was 4.89 亿元), but not statistics. The file says so in its name, in its
title row and in the 备注 column of every row. Deterministic: same script, same file.

Where an indicator is also in the sourced file (四川巴中_2024-2025_文献数据.csv, the figures of seed 002
chapter 5), the districts add up to the city's figure, and a sourced growth rate holds between the
district sums of two years: a meeting is never shown two numbers for one fact.

Usage: python3 sample-data/make_illustrative.py   (stdlib only)
"""
import csv
import io
import os
import random

YEARS = range(2019, 2026)
# region: (GDP 2019 in 亿元, growth of size per year, innovation tilt)
REGIONS = {
    "巴州区": (205.0, 0.060, 1.25),
    "恩阳区": (72.0, 0.065, 0.80),
    "通江县": (150.0, 0.055, 0.90),
    "南江县": (140.0, 0.057, 0.95),
    "平昌县": (185.0, 0.058, 1.00),
}
# header (with unit), value in 2019 per 100 亿元 of GDP, yearly growth, decimals, first year (earlier: —)
INDICATORS = [
    ("地区生产总值（亿元）", None, None, 1, 2019),
    ("R&D经费投入（亿元）", 0.55, 0.14, 2, 2019),
    ("R&D经费投入强度（%）", None, None, 2, 2019),
    ("科学技术支出（亿元）", 0.18, 0.10, 2, 2019),
    ("国家高新技术企业数（家）", 6.0, 0.16, 0, 2019),
    ("科技型中小企业数（家）", 14.0, 0.20, 0, 2019),
    ("研发人员数（人）", 260.0, 0.09, 0, 2019),
    ("技术合同成交额（亿元）", 0.35, 0.22, 2, 2019),
    ("产学研合作项目数（项）", 2.0, 0.18, 0, 2019),
    ("揭榜挂帅项目数（个）", 0.4, 0.25, 0, 2022),
    ("数字经济核心产业增加值（亿元）", 2.2, 0.15, 2, 2019),
    ("5G基站数（个）", 60.0, 0.30, 0, 2020),
    ("人工智能应用场景数（个）", 0.8, 0.35, 0, 2022),
]
# City totals the sourced file fixes: header -> {year: sum of the five districts}. The district values of the
# indicator are scaled to them (every year by the factor of the nearest fixed year) and, being counts, shared
# out so that the rounded values add up exactly.
CITY_SUMS = {
    # “备案国家科技型中小企业362家（增长38.1%）”: 2024 is 362, so 2023 is 362 / 1.381 ≈ 262.
    "科技型中小企业数（家）": {2023: 262, 2024: 362},
    # “揭榜“揭榜挂帅”项目7个”, listed with the 2024 figures.
    "揭榜挂帅项目数（个）": {2024: 7},
}
# City growth rates the sourced file gives: header -> (year, growth over the year before). The year's district
# values and all later ones are scaled so that the sums grow at that rate.
CITY_GROWTH = {
    # “地区生产总值增长6.3%” (2024).
    "地区生产总值（亿元）": (2024, 0.063),
}
TITLE = "巴中市各县（区）科技创新主要指标（示例数据，数值为虚构，非真实统计）"
NOTE = "示例数据：数值为虚构，仅供演示，不是统计数据"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "巴中县区指标_2019-2025_示例数据.csv")


def invent():
    """The invented values: {(region, year, header): value}, None before an indicator's first year."""
    rng = random.Random(20251125)
    values = {}
    for region, (gdp0, g, tilt) in REGIONS.items():
        for year in YEARS:
            t = year - 2019
            covid = 0.97 if year == 2020 else 1.0
            gdp = gdp0 * (1 + g) ** t * covid * rng.uniform(0.99, 1.01)
            for header, per100, growth, decimals, first in INDICATORS:
                if year < first:
                    v = None
                elif header.startswith("地区生产总值"):
                    v = gdp
                elif header.startswith("R&D经费投入强度"):
                    v = None  # worked out from the final R&D and GDP values
                else:
                    v = per100 * gdp0 / 100 * tilt * (1 + growth) ** t * rng.uniform(0.92, 1.08)
                    if first > 2019:
                        v *= (year - first + 1) / 2
                values[(region, year, header)] = v
    return values


def city_sum(values, year, header):
    return sum(values[(r, year, header)] for r in REGIONS)


def share_out(values, year, header, total):
    """Rounds the districts' values of a count so that they add up to `total` (largest remainders)."""
    exact = {r: values[(r, year, header)] for r in REGIONS}
    floors = {r: int(v) for r, v in exact.items()}
    left = total - sum(floors.values())
    for r in sorted(REGIONS, key=lambda r: exact[r] - floors[r], reverse=True)[:left]:
        floors[r] += 1
    for r in REGIONS:
        values[(r, year, header)] = floors[r]


def fit_to_city(values):
    """Scales the invented values to the sourced city figures (CITY_SUMS, CITY_GROWTH)."""
    for header, sums in CITY_SUMS.items():
        factors = {year: total / city_sum(values, year, header) for year, total in sums.items()}
        for year in YEARS:
            nearest = min(factors, key=lambda y: abs(y - year))
            for r in REGIONS:
                if values[(r, year, header)] is not None:
                    values[(r, year, header)] *= factors[nearest]
        for year, total in sums.items():
            share_out(values, year, header, total)
    for header, (year, rate) in CITY_GROWTH.items():
        factor = city_sum(values, year - 1, header) * (1 + rate) / city_sum(values, year, header)
        for later in (y for y in YEARS if y >= year):
            for r in REGIONS:
                values[(r, later, header)] *= factor


def main():
    values = invent()
    fit_to_city(values)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([TITLE])
    w.writerow(["区县", "年份"] + [h for h, *_ in INDICATORS] + ["备注"])
    for region in REGIONS:
        for year in YEARS:
            row = [region, year]
            for header, _, _, decimals, _ in INDICATORS:
                v = values[(region, year, header)]
                if header.startswith("R&D经费投入强度"):
                    v = values[(region, year, "R&D经费投入（亿元）")] / values[(region, year, "地区生产总值（亿元）")] * 100
                if v is None:
                    row.append("—")
                else:
                    row.append(f"{v:.{decimals}f}" if decimals else str(max(0, round(v))))
            row.append(NOTE)
            w.writerow(row)
    with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    print(OUT)


if __name__ == "__main__":
    main()
