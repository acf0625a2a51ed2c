#!/usr/bin/env python3
"""Writes the ledgers of tests/ledger_import_offices.rs the way other programs save them (invented
test data, 示例数据): an .xlsx by openpyxl, an .xls by xlwt and a GBK CSV as Excel's "CSV (逗号分隔)"
writes it. Title rows, a 填报单位 line, header cells with line breaks, a two-row header, group headings,
blank rows, cells merged down, dates and percentages in every common form, notes under the table.
Needs openpyxl and xlwt: pip install openpyxl xlwt."""
import datetime
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "巴中市科技创新与产业创新深度融合重点任务推进台账"


def xlsx():
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填报说明"
    notes["A1"] = "填报说明"
    notes["A2"] = "1. 每月5日前报送，完成时限请写具体日期。"
    notes["A3"] = "2. 本表为测试用示例数据。"
    sheet = book.create_sheet("推进台账")
    sheet["A1"] = TITLE
    sheet.merge_cells("A1:K1")
    sheet["A2"] = "填报单位：巴中市科技局（盖章）　　　　填报时间：2025年7月5日"
    sheet.merge_cells("A2:K2")
    header = ["序号", "重点任务", "牵头\n单位", "责任\n单位", "完成\n时限", "推进\n状态", "完成\n比例",
              "进展情况", "存在问题", "下步打算", "备注"]
    for c, h in enumerate(header, start=1):
        sheet.cell(row=3, column=c, value=h).alignment = Alignment(wrap_text=True)
    sheet["A4"] = "一、组织保障"
    sheet.merge_cells("A4:K4")
    rows = {
        5: [1, "1.成立科技创新与产业创新融合领导小组", "市科技局", "市委编办、市发改委",
            datetime.datetime(2025, 6, 30), "已完成", "100%", "已印发成立通知"],
        6: [2, "设立领导小组常设办公室", None, "市委编办", "2025年6月底", "推进中", 0.6, "办公室人员已抽调",
            "编制未落实", "7月底前完成挂牌"],
        7: [3, "建立局际联席会议制度", "市经信局", "市科技局；市财政局", "2025.06", "正常推进", 60,
            "已召开第一次联席会议"],
        10: [4, "组建创新联合体（新型研发机构）", "市科技局", None, 45838, "推进中", "30%"],
        11: [5, '实施"揭榜挂帅"和"赛马"机制', "市科技局", "市财政局", "2025-06-30", "滞后", "约一半",
             "首批榜单已发布", "揭榜企业少", "扩大宣传"],
        12: [6, "建设全市智慧农业大数据平台", "市农业农村局", None, "长期坚持", "推进中", 10],
        13: [7, '设立"科技与产业融合基金"', "市财政局", None, "长期", "未启动", 0],
    }
    for r, values in rows.items():
        for c, v in enumerate(values, start=1):
            if v is not None:
                sheet.cell(row=r, column=c, value=v)
    sheet["E5"].number_format = "yyyy/m/d"
    sheet["G6"].number_format = "0%"
    sheet.merge_cells("C5:C6")  # one lead unit for two items
    sheet["A9"] = "二、创新主体"
    sheet.merge_cells("A9:K9")
    sheet["A15"] = "填表人：王五　　　　审核人：李四　　　　联系电话：0827-5261234"
    sheet.merge_cells("A15:K15")
    book.save(os.path.join(HERE, "巴中市科技局-推进台账.xlsx"))


def xls():
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    sheet.write_merge(0, 0, 0, 7, TITLE)
    sheet.write(1, 0, "填报单位：巴中市经信局")
    sheet.write(1, 5, "填报时间：2025年7月5日")
    for c, h in enumerate(["序号", "重点任务", "牵头单位"]):
        sheet.write_merge(2, 3, c, c, h)
    sheet.write_merge(2, 2, 3, 4, "完成时限")
    sheet.write_merge(2, 2, 5, 7, "推进情况")
    for c, h in enumerate(["原定", "调整后", "状态", "完成比例", "进展情况"], start=3):
        sheet.write(3, c, h)
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    percent = xlwt.easyxf(num_format_str="0%")
    sheet.write(4, 0, 1)
    sheet.write(4, 1, "成立科技创新与产业创新融合领导小组")
    sheet.write(4, 2, "市科技局")
    sheet.write(4, 3, datetime.date(2025, 6, 30), date)
    sheet.write(4, 5, "已完成")
    sheet.write(4, 6, 1.0, percent)
    sheet.write(4, 7, "已成立")
    sheet.write(5, 0, 2)
    sheet.write(5, 1, "设立领导小组常设办公室")
    sheet.write(5, 2, "市科技局")
    sheet.write(5, 3, 2025.06)  # typed "2025.06" into a General cell
    sheet.write(5, 4, 2025.09)
    sheet.write(5, 5, "推进中")
    sheet.write(5, 6, 0.6, percent)
    sheet.write(5, 7, "人员已到位")
    sheet.write(6, 0, 3)
    sheet.write(6, 1, "建立局际联席会议制度")
    sheet.write(6, 2, "市经信局")
    sheet.write(6, 3, 45838)  # a date that lost its format
    sheet.write(6, 5, "推进中")
    sheet.write(6, 6, 0.35, percent)
    book.save(os.path.join(HERE, "巴中市经信局-推进台账.xls"))


def csv():
    # What Excel writes for "CSV (逗号分隔)" on a Chinese Windows: GBK, CRLF between rows, LF inside quoted
    # cells, merged cells as their first cell, dates and percentages as displayed.
    rows = [
        TITLE + ",,,,,,,,,",
        "填报单位：巴中市发改委,,,,,填报时间：2025年7月5日,,,,",
        '序号,重点任务,牵头单位,"责任\n单位","完成\n时限",状态,完成比例,进展情况,存在问题,下步打算',
        "一、组织保障,,,,,,,,,",
        "1,成立科技创新与产业创新融合领导小组,市科技局,市委编办、市发改委,2025/6/30,已完成,100%,已印发成立通知,,",
        '2,建立局际联席会议制度,市经信局,"市科技局,市财政局",2025年6月底,推进中,60%,"已召开第一次联席会议，\n明确了成员单位职责",,',
        '3,建设市级产业科技大数据平台,市大数据中心,,2025.06,推进中,45%,,数据归集难,"加快\n数据归集"',
        ",,,,,,,,,",
        "4,推动科研设施与仪器开放共享,市科技局,,2025-12-31,未启动,0%,,,",
        "5,修建县城停车场,市住建局,,2025/9/30,推进中,20%,,,",
        "6,建立产业知识产权联盟,市市场监管局,,年底,推进中,50%,,,",
        "填表人：赵六,,审核人：钱七,,,,,,,",
    ]
    with open(os.path.join(HERE, "巴中市发改委-推进台账-GBK.csv"), "wb") as f:
        f.write(("\r\n".join(rows) + "\r\n").encode("gbk"))


xlsx()
xls()
csv()
