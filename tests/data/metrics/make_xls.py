#!/usr/bin/env python3
"""Writes yearbook-2024.xls, the Excel 97-2003 twin of yearbook-2024.xlsx (made by
examples/make_metrics_data.rs): title row, merged two-row header, units in headers, "—", "…",
numbers as text, footnotes. Invented test data (示例数据). Needs xlwt: pip install xlwt."""
import os

import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("表3-12")
sheet.write_merge(0, 0, 0, 3, "表3-12  巴中市各县（区）科技活动主要指标（2024年）")
sheet.write_merge(2, 3, 0, 0, "县（市、区）")
sheet.write_merge(2, 2, 1, 2, "科技投入")
sheet.write(3, 1, "R&D经费支出（亿元）")
sheet.write(3, 2, "科学技术支出（万元）")
sheet.write_merge(2, 3, 3, 3, "高新技术企业数（家）")
rows = [
    ("巴州区", 3.12, 4120, "31"),
    ("恩阳区", 1.05, "—", 12),
    ("通江县", "1.87", "2,650", "…"),
]
for n, row in enumerate(rows):
    for c, v in enumerate(row):
        sheet.write(4 + n, c, v)
sheet.write(8, 0, "注：本表为测试用示例数据，数值为虚构，不是统计资料。")
book.save(os.path.join(HERE, "yearbook-2024.xls"))
