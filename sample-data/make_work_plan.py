#!/usr/bin/env python3
"""Writes progress-示例数据.json: an ILLUSTRATIVE county work plan (示例数据) for 通江县 on the framework.

The plan is invented: which items the county adopts or sets aside, its tasks, units, dates, figures and
progress are made up to show the app at work. The file says so in its label. Targets are set on
indicators of the illustrative county panel (巴中县区指标_2019-2025_示例数据.csv), from its 2024 values,
so that the app can track them from that file.

Every entry's fields are written into the history as the app would have recorded them (one change per
field, at the time of the edit), and a snapshot taken at the third progress meeting keeps the state of
that day. Deterministic: same script, same file.

Usage: python3 sample-data/make_work_plan.py   (stdlib only)
"""
import copy
import csv
import json
import os

LABEL = "示例数据：通江县（虚构）科技创新与产业创新深度融合工作计划，推进情况为虚构，仅用于演示界面和会议材料，不代表任何单位的真实进度。"

# The eight units that carry the plan, with the person who keeps each unit's rows.
UNITS = {
    "县委办": "县委办 王某",
    "县发改局": "县发改局 李某",
    "县经信局": "县经信局 赵某",
    "县教科体局": "县教科体局 孙某",
    "县财政局": "县财政局 周某",
    "县人社局": "县人社局 郑某",
    "县市场监管局": "县市场监管局 吴某",
    "县大数据中心": "县大数据中心 冯某",
}
OFFICE = "县发改局 李某"  # the 领导小组办公室 decides what the county adopts

# Items set aside, with the reason the county gives.
NOT_APPLICABLE = {
    "yz-3.1.1": "国家层面关键核心技术攻关，县级不承担。",
    "yz-3.3.2": "全国一体化转化资源流通机制由国家层面建设。",
    "yz-4.2.1": "基础理论研究由国家和高校、科研院所承担，县内无相关机构。",
    "yz-4.2.2": "应用基础研究由国家和高校、科研院所承担，县内无相关机构。",
    "yz-4.2.3": "原始创新策源体系属国家布局，县级不承担。",
    "yz-4.3.1": "县内暂无科技领军企业。",
    "yz-4.3.2": "县内暂无科技领军企业。",
    "yz-4.3.3": "县内暂无科技领军企业，高能级创新联合体由省市统筹。",
    "yz-4.5.1": "基础研究与交叉学科人才培养由高校承担，县内无普通高校。",
    "sz-3.1.2": "新型举国体制由国家统筹。",
    "sz-3.1.3": "颠覆性技术换道布局属国家层面。",
    "sz-3.5.3": "自主创新数字产业体系属国家层面。",
    "dl-4.1.1": "人工智能关键核心技术攻关属国家层面。",
    "dl-4.2.2": "算力基础设施由国家和省统筹布局，县级接入市级平台。",
    "dl-4.5.1": "法律法规属国家立法事项。",
    "xs-h1.2": "法律法规属国家立法事项。",
    "bz-6.4.2": "跨境数据流动管理属国家事权。",
    "bz-6.4.3": "国际规则与标准制定属国家层面。",
    "bz-6.4.4": "共建“一带一路”科技创新合作属国家层面，县里不单独开展。",
    "bz-6.2.3": "县域暂不具备条件，待市级试点后再议。",
    "bz-6.2.14": "县内无普通高校，由高校自主实施。",
    "bz-6.2.15": "县内无普通高校，由高校自主实施。",
    "bz-6.2.16": "县内无普通高校，由高校自主实施。",
    "bz-6.1.16": "企业内部管理制度，由企业自行建立；县里通过知识产权培训引导（见 bz-6.1.12）。",
    "bz-6.1.18": "县内企业暂无国际化经营业务。",
    "bz-6.3.5": "企业内部研发管理方式，由企业自主采用。",
}

# Adopted items: id -> (lead unit of the item, its own state when it has no tasks, or None).
# Own state: (status, percent, start, deadline, note).
ADOPTED = {
    "bz-6.1.1": ("县委办", None),
    "bz-6.1.2": ("县发改局", None),
    "bz-6.1.3": ("县发改局", None),
    "bz-6.1.4": ("县教科体局", None),
    "bz-6.1.5": ("县教科体局", None),
    "bz-6.1.6": ("县发改局", ("not_started", 0, "2026-09-01", "2027-06-30", "")),
    "bz-6.1.7": ("县财政局", None),
    "bz-6.1.8": ("县财政局", None),
    "bz-6.1.9": ("县大数据中心", None),
    "bz-6.1.10": ("县教科体局", None),
    "bz-6.1.11": ("县市场监管局", None),
    "bz-6.1.12": ("县市场监管局", None),
    "bz-6.1.13": ("县市场监管局", ("in_progress", 20, "2026-05-01", "2027-06-30", "已梳理银耳、富硒茶两项地方标准的修订需求。")),
    "bz-6.1.14": ("县市场监管局", None),
    "bz-6.1.19": ("县人社局", None),
    "bz-6.1.20": ("县市场监管局", None),
    "bz-6.2.1": ("县教科体局", None),
    "bz-6.2.2": ("县大数据中心", None),
    "bz-6.2.4": ("县教科体局", None),
    "bz-6.2.5": ("县经信局", None),
    "bz-6.2.6": ("县教科体局", None),
    "bz-6.2.9": ("县财政局", None),
    "bz-6.2.10": ("县发改局", None),
    "bz-6.2.11": ("县人社局", None),
    "bz-6.2.12": ("县人社局", None),
    "bz-6.2.13": ("县教科体局", None),
    "bz-6.2.18": ("县人社局", ("in_progress", 30, "2026-04-01", "2027-03-31", "职称评审增设“成果转化”评价指标的方案已起草。")),
    "bz-6.2.19": ("县人社局", None),
    "bz-6.3.1": ("县经信局", None),
    "bz-6.3.2": ("县教科体局", None),
    "bz-6.3.7": ("县大数据中心", None),
    "bz-6.3.10": ("县财政局", None),
    "bz-6.3.13": ("县发改局", None),
    "bz-6.4.9": ("县发改局", None),
    "yz-3.1.3": ("县大数据中心", None),
    "yz-4.1.3": ("县财政局", None),
    "sz-3.3.2": ("县经信局", None),
    "dl-4.3.1": ("县教科体局", None),
    "dl-4.3.2": ("县经信局", None),
    "dl-4.4.2": ("县人社局", None),
    "xs-w4.3": ("县经信局", ("in_progress", 85, "2026-03-01", "2026-12-31", "建立“链主企业+配套中小企业”名单，开展供需对接会2场。")),
}


# The county and its columns in the illustrative panel, where targets take their base values.
COUNTY = "通江县"
PANEL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "巴中县区指标_2019-2025_示例数据.csv")
COLUMNS = {
    "jiebang-projects": "揭榜挂帅项目数（个）",
    "iur-projects": "产学研合作项目数（项）",
    "ai-scenarios": "人工智能应用场景数（个）",
    "base-stations-5g": "5G基站数（个）",
    "tech-smes": "科技型中小企业数（家）",
    "high-tech-enterprises": "国家高新技术企业数（家）",
    "rd-intensity": "R&D经费投入强度（%）",
    "tech-contract-value": "技术合同成交额（亿元）",
    "digital-core-va": "数字经济核心产业增加值（亿元）",
}


def panel_value(indicator, year):
    """The county's value of a catalog indicator in the illustrative panel, as written there."""
    with open(PANEL, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    header = rows[0]
    column = header.index(COLUMNS[indicator])
    cell = next(r[column] for r in rows[1:] if r[0] == COUNTY and r[1] == str(year))
    return float(cell) if "." in cell else int(cell)


def target(indicator, unit, target_value, base_year=2024, target_year=2026):
    return {"indicator": indicator, "unit": unit, "base_value": panel_value(indicator, base_year),
            "base_year": base_year, "target_value": target_value, "target_year": target_year}


# The county's tasks. Each: parents, title, lead, co-units, status, percent, start, deadline, and optional
# note / problems / next_steps / evidence / target / revised deadline / percent at the meeting of 2026-10-20.
TASKS = [
    dict(parents=["bz-6.1.1"], title="印发县科技创新与产业创新融合领导小组工作规则", lead="县委办", status="done", percent=100,
         start="2026-01-10", deadline="2026-03-31", note="工作规则已印发，明确成员单位职责。", evidence=["通委办〔2026〕示例3号"]),
    dict(parents=["bz-6.1.1"], title="领导小组每半年听取一次推进情况汇报", lead="县委办", co=["县发改局"], status="in_progress", percent=85,
         start="2026-03-01", deadline="2026-12-31", note="已于6月召开第一次全体会议。", next_steps="12月召开年度总结会。", meeting=50),
    dict(parents=["bz-6.1.2"], title="在县发改局设立领导小组办公室并配备专职人员3名", lead="县发改局", status="done", percent=100,
         start="2026-02-01", deadline="2026-04-30", note="办公室已挂牌，3名专职人员到岗。"),
    dict(parents=["bz-6.1.3"], title="按季度召开局际联席会议，建立问题清单并销号管理", lead="县发改局", co=["县经信局", "县教科体局"],
         status="in_progress", percent=85, start="2026-03-01", deadline="2026-12-31", note="已召开三次联席会议，问题清单21项，已销号14项。",
         next_steps="12月召开第四次联席会议。", meeting=50),
    dict(parents=["bz-6.1.4"], title="组建通江银耳产业创新联合体", lead="县教科体局", co=["县经信局"], status="in_progress", percent=85,
         start="2026-03-01", deadline="2026-12-31", note="已吸收龙头企业3家、省内高校1所、科研院所1家。", meeting=45),
    dict(parents=["bz-6.1.4", "bz-6.2.6"], title="培育县级新型研发机构2家", lead="县教科体局", status="in_progress", percent=50,
         start="2026-04-01", deadline="2027-06-30", note="1家已通过县级认定，1家在培育中。"),
    dict(parents=["bz-6.1.5", "bz-6.3.2"], title="征集企业技术需求并发布首批“揭榜挂帅”榜单", lead="县教科体局", co=["县经信局"],
         status="blocked", percent=30, start="2026-03-01", deadline="2026-09-30", problems="企业技术需求征集不足，仅收到4项有效需求。",
         next_steps="联合行业协会走访企业，12月底前发布首批榜单。", meeting=30),
    dict(parents=["bz-6.1.5"], title="2026年揭榜挂帅项目累计达到5个", lead="县教科体局", status="in_progress", percent=20,
         start="2026-01-01", deadline="2026-12-31", target=target("jiebang-projects", "个", 5),
         note=f"2025年末累计{panel_value('jiebang-projects', 2025)}个。", meeting=15),
    dict(parents=["bz-6.1.5"], title="制定“赛马”项目管理办法", lead="县经信局", status="not_started", percent=0,
         start="2026-10-01", deadline="2027-03-31"),
    dict(parents=["bz-6.1.7", "bz-6.2.9"], title="设立县级科技与产业融合基金（首期5000万元）", lead="县财政局", co=["县发改局"],
         status="in_progress", percent=40, start="2026-04-01", deadline="2026-10-31", note="基金方案已报县政府常务会审议。",
         problems="社会资本出资方尚未确定。", next_steps="与两家市属国企洽谈出资，2027年3月底前完成设立。",
         revised="2027-03-31", meeting=35),
    dict(parents=["bz-6.1.8"], title="推出“科创贷”风险补偿，当年放款不少于1亿元", lead="县财政局", co=["县教科体局"], status="in_progress",
         percent=88, start="2026-03-01", deadline="2026-12-31", note="已放款8100万元，覆盖科技型企业37家。", meeting=45),
    dict(parents=["bz-6.1.8", "yz-4.1.3"], title="建立“投贷补”一体服务清单", lead="县财政局", status="done", percent=100,
         start="2026-02-01", deadline="2026-05-31", note="清单已在政务服务网公布。"),
    dict(parents=["bz-6.1.9"], title="县内企业、专利、人才数据接入市级产业科技大数据平台", lead="县大数据中心", co=["县市场监管局", "县人社局"],
         status="in_progress", percent=70, start="2026-01-15", deadline="2026-11-15", note="企业、专利两库已接入。",
         problems="人才库数据共享协议尚未签订。", next_steps="12月底前与县人社局签订协议并完成接入。", meeting=60),
    dict(parents=["bz-6.1.10"], title="梳理县内科研仪器设备清单并接入市级共享平台", lead="县教科体局", status="done", percent=100,
         start="2026-02-01", deadline="2026-06-30", note="清单共83台（套），已全部上平台。"),
    dict(parents=["bz-6.1.11"], title="组建通江银耳产业知识产权联盟", lead="县市场监管局", co=["县经信局"], status="not_started", percent=0,
         start="2026-11-01", deadline="2027-06-30"),
    dict(parents=["bz-6.1.12", "bz-6.1.14"], title="开展企业知识产权管理培训4场", lead="县市场监管局", status="in_progress", percent=50,
         start="2026-03-01", deadline="2026-12-31", note="已举办2场，培训企业负责人96人次。", meeting=50),
    dict(parents=["bz-6.1.12"], title="产学研合作项目合同中约定知识产权归属的比例达到100%", lead="县市场监管局", co=["县教科体局"],
         status="in_progress", percent=90, start="2026-01-01", deadline="2026-12-31", note="已抽查合同15份，12份约定明确。"),
    dict(parents=["bz-6.1.19"], title="培养企业知识产权专员20名", lead="县人社局", co=["县市场监管局"], status="in_progress", percent=40,
         start="2026-04-01", deadline="2027-03-31", note="首期培训8人结业。"),
    dict(parents=["bz-6.1.20"], title="开展知识产权宣传周活动", lead="县市场监管局", status="done", percent=100,
         start="2026-04-20", deadline="2026-04-30", note="活动覆盖企业120家。"),
    dict(parents=["bz-6.2.1"], title="引进培育技术经纪人10名", lead="县教科体局", status="in_progress", percent=30,
         start="2026-03-01", deadline="2026-12-31", note="已有3名取得技术经纪人资格。", problems="本地报名人员不足。",
         next_steps="与市技术转移中心联合开班。", meeting=30),
    dict(parents=["bz-6.2.1"], title="与市技术转移中心共建通江工作站", lead="县教科体局", status="done", percent=100,
         start="2026-02-01", deadline="2026-05-31", note="工作站已在县科创中心挂牌。"),
    dict(parents=["bz-6.2.2"], title="在市“产业科技大脑”开设通江银耳、富硒茶专题", lead="县大数据中心", co=["县经信局"],
         status="not_started", percent=0, start="2027-01-01", deadline="2027-09-30"),
    dict(parents=["bz-6.2.4"], title="依托县农业科技园建设概念验证服务站", lead="县教科体局", status="paused", percent=15,
         start="2026-04-01", deadline="2027-06-30", note="待市级概念验证中心建成后对接。"),
    dict(parents=["bz-6.2.5"], title="建设银耳精深加工中试基地", lead="县经信局", co=["县发改局"], status="in_progress", percent=45,
         start="2026-03-01", deadline="2027-06-30", note="厂房改造完成，设备采购招标中。", meeting=40),
    dict(parents=["bz-6.2.5"], title="中试基地对外提供服务不少于20批次", lead="县经信局", status="not_started", percent=0,
         start="2027-07-01", deadline="2027-12-31"),
    dict(parents=["bz-6.2.10"], title="推行涉企科技服务“一件事一次办”", lead="县发改局", co=["县大数据中心"], status="in_progress", percent=85,
         start="2026-02-01", deadline="2026-12-31", note="高企申报、科技型中小企业评价等6个事项已上线。", meeting=55),
    dict(parents=["bz-6.2.11"], title="与县职业中学共建银耳加工、电商订单班2个", lead="县人社局", co=["县教科体局"], status="in_progress",
         percent=50, start="2026-03-01", deadline="2026-09-30", note="电商订单班已开班。", problems="银耳加工订单班合作企业退出。",
         next_steps="另选合作企业，2027年春季开班。", revised="2027-03-31", meeting=50),
    dict(parents=["bz-6.2.12"], title="发布县重点产业人才需求目录", lead="县人社局", status="done", percent=100,
         start="2026-02-01", deadline="2026-04-30", note="目录含岗位需求146个。"),
    dict(parents=["bz-6.2.13"], title="产学研合作项目数2026年达到10项", lead="县教科体局", status="in_progress", percent=88,
         start="2026-01-01", deadline="2026-12-31", target=target("iur-projects", "项", 10), meeting=50),
    dict(parents=["bz-6.2.13", "bz-6.4.9"], title="与成渝地区高校院所签订合作协议3份", lead="县教科体局", co=["县发改局"],
         status="in_progress", percent=67, start="2026-03-01", deadline="2026-12-31", note="已签订2份。", meeting=67),
    dict(parents=["bz-6.2.19", "dl-4.4.2"], title="推荐申报“巴山创新团队”2个", lead="县人社局", co=["县教科体局"], status="done", percent=100,
         start="2026-03-01", deadline="2026-08-31", note="2个团队入选。"),
    dict(parents=["dl-4.4.2"], title="引进急需紧缺科技人才30名", lead="县人社局", status="in_progress", percent=40,
         start="2026-01-01", deadline="2026-12-31", note="已引进12名。", problems="高层次人才住房、子女入学配套未落实。",
         next_steps="会同县住建局、县教科体局出台配套措施。", meeting=35),
    dict(parents=["bz-6.3.1"], title="编制银耳产业技术路线图", lead="县经信局", co=["县教科体局"], status="in_progress", percent=70,
         start="2026-03-01", deadline="2026-11-30", note="初稿已征求专家意见。", meeting=60),
    dict(parents=["bz-6.3.1"], title="编制富硒茶产业技术路线图", lead="县经信局", status="in_progress", percent=35,
         start="2026-05-01", deadline="2026-10-31", problems="专家咨询费用未列入预算。", next_steps="申请追加预算，2027年1月底前完成初稿。",
         meeting=35),
    dict(parents=["bz-6.3.7"], title="建设县域产业数据互联平台一期", lead="县大数据中心", status="in_progress", percent=25,
         start="2026-06-01", deadline="2027-06-30", note="需求调研完成。"),
    dict(parents=["bz-6.3.10"], title="建立融合基金投资风险评估和止损制度", lead="县财政局", status="not_started", percent=0,
         start="2026-11-01", deadline="2027-03-31"),
    dict(parents=["bz-6.3.13"], title="建立重大科技项目风险评估清单", lead="县发改局", co=["县财政局"], status="in_progress", percent=85,
         start="2026-05-01", deadline="2026-12-31", note="清单模板已印发，已有8个项目完成评估。"),
    dict(parents=["bz-6.4.9"], title="参加成渝地区双城经济圈科技合作对接活动3次", lead="县发改局", status="done", percent=100,
         start="2026-03-01", deadline="2026-10-31", note="已参加3次，签约意向项目5个。"),
    dict(parents=["yz-3.1.3"], title="发布县人工智能应用场景清单，场景累计达到20个", lead="县大数据中心", co=["县经信局"],
         status="in_progress", percent=88, start="2026-01-01", deadline="2026-12-31", target=target("ai-scenarios", "个", 20),
         note="首批场景清单8个已发布。", meeting=40),
    dict(parents=["yz-3.1.3", "dl-4.3.2"], title="5G基站累计达到1500个", lead="县大数据中心", status="in_progress", percent=88,
         start="2026-01-01", deadline="2026-12-31", target=target("base-stations-5g", "个", 1500), meeting=45),
    dict(parents=["yz-4.1.3"], title="设立科技支行1家", lead="县财政局", status="done", percent=100,
         start="2026-02-01", deadline="2026-06-30", note="县农商行科技支行已开业。"),
    dict(parents=["sz-3.3.2"], title="科技型中小企业2026年达到100家", lead="县教科体局", status="in_progress", percent=88,
         start="2026-01-01", deadline="2026-12-31", target=target("tech-smes", "家", 100), note="已入库评价企业待公示。",
         meeting=35),
    dict(parents=["sz-3.3.2"], title="国家高新技术企业2026年达到30家", lead="县经信局", co=["县教科体局"], status="in_progress",
         percent=88, note="申报辅导已覆盖后备库全部企业，认定结果待公示。", start="2026-01-01", deadline="2026-12-31", target=target("high-tech-enterprises", "家", 30),
         problems="申报企业研发费用归集不规范。", next_steps="组织财务人员专题培训。", meeting=30),
    dict(parents=["sz-3.3.2"], title="建立高新技术企业后备库（不少于40家）", lead="县经信局", status="done", percent=100,
         start="2026-01-01", deadline="2026-03-31", note="后备库入库企业43家。"),
    dict(parents=["dl-4.3.1"], title="R&D经费投入强度2026年达到1.0%", lead="县教科体局", co=["县财政局", "县经信局"], status="in_progress",
         percent=88, start="2026-01-01", deadline="2026-12-31", target=target("rd-intensity", "%", 1.0), meeting=35),
    dict(parents=["dl-4.3.1"], title="技术合同成交额2026年达到2亿元", lead="县教科体局", status="in_progress", percent=30,
         start="2026-01-01", deadline="2026-12-31", target=target("tech-contract-value", "亿元", 2.0),
         problems="技术合同登记意识不强，部分交易未登记。", next_steps="在科创中心设登记服务窗口。", meeting=25),
    dict(parents=["dl-4.3.1"], title="规上工业企业研发活动覆盖率达到40%", lead="县经信局", status="in_progress", percent=55,
         start="2026-01-01", deadline="2027-12-31", note="覆盖率由28%提高到34%。"),
    dict(parents=["dl-4.3.2"], title="推动规上企业数字化改造30家", lead="县经信局", co=["县大数据中心"], status="in_progress", percent=85,
         start="2026-02-01", deadline="2026-12-31", note="已完成26家。", meeting=50),
    dict(parents=["dl-4.3.2"], title="数字经济核心产业增加值2027年达到8.5亿元", lead="县经信局", status="in_progress", percent=30,
         start="2026-01-01", deadline="2027-12-31",
         target=target("digital-core-va", "亿元", 8.5, target_year=2027)),
    dict(parents=["bz-6.1.4"], title="建设富硒茶产业创新联合体", lead="县经信局", co=["县教科体局"], status="not_started", percent=0,
         start="2026-06-01", deadline="2026-11-20", problems="牵头企业意愿不强。", next_steps="县领导带队上门对接，2027年一季度再议。"),
    dict(parents=["bz-6.1.3"], title="联席会议议定事项纳入县委县政府督查", lead="县委办", status="in_progress", percent=85,
         start="2026-04-01", deadline="2026-12-31", note="已纳入督查事项9项。"),
    dict(parents=["bz-6.1.9"], title="制定政务数据向平台共享的目录和规则", lead="县大数据中心", status="done", percent=100,
         start="2026-01-15", deadline="2026-05-31", note="目录含数据项212个。"),
    dict(parents=["bz-6.2.6"], title="出台新型研发机构认定和支持办法", lead="县教科体局", co=["县财政局"], status="done", percent=100,
         start="2026-02-01", deadline="2026-05-31", evidence=["通科发〔2026〕示例2号"]),
    dict(parents=["bz-6.2.9"], title="成果转化基金首批投资项目3个", lead="县财政局", status="not_started", percent=0,
         start="2027-04-01", deadline="2027-12-31"),
    dict(parents=["bz-6.2.10"], title="建立企业创新诉求“直通车”", lead="县发改局", status="done", percent=100,
         start="2026-03-01", deadline="2026-06-30", note="受理诉求37件，办结35件。"),
    dict(parents=["bz-6.2.11", "bz-6.2.12"], title="开展企业用工和技能需求调查", lead="县人社局", status="done", percent=100,
         start="2026-01-10", deadline="2026-03-31", note="调查企业210家。"),
    dict(parents=["bz-6.3.2"], title="试行“双向揭榜”：高校成果清单向企业发榜", lead="县教科体局", status="not_started", percent=0,
         start="2027-01-01", deadline="2027-06-30"),
    dict(parents=["bz-6.3.13", "bz-6.3.10"], title="县级财政科技项目实行绩效评价", lead="县财政局", status="in_progress", percent=85,
         start="2026-03-01", deadline="2026-12-31", note="已完成22个项目的评价。"),
    dict(parents=["bz-6.1.19"], title="举办知识产权实务研修班", lead="县市场监管局", status="in_progress", percent=88,
         start="2026-06-01", deadline="2026-12-15", note="首期研修班结业32人。"),
    dict(parents=["bz-6.2.2"], title="梳理银耳产业链企业、专家和技术图谱", lead="县经信局", status="in_progress", percent=35,
         start="2026-05-01", deadline="2027-03-31", note="企业图谱完成，专家和技术图谱在建。"),
]

STATUS_ZH = {"not_started": "未开始", "in_progress": "推进中", "done": "已完成", "blocked": "受阻", "paused": "暂缓"}
MEETING = "2026-10-20T01:00:00Z"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    framework = json.load(open(os.path.join(here, "..", "assets", "framework.json"), encoding="utf-8"))
    known = {item["id"] for item in framework["items"]}
    for item in list(NOT_APPLICABLE) + list(ADOPTED) + [p for t in TASKS for p in t["parents"]]:
        assert item in known, f"{item} is not a framework item"
    assert not set(NOT_APPLICABLE) & set(ADOPTED)
    for t in TASKS:
        assert all(p in ADOPTED for p in t["parents"]), f"{t['title']}: a task serves adopted items only"
        assert t["lead"] in UNITS and all(u in UNITS for u in t.get("co", [])), t["title"]

    entries, history = {}, []

    def record(item, at, by, field, old, new):
        if old != new:
            history.append({"at": at, "by": by, "item": item, "field": field, "old": old, "new": new})

    # 1. The office decides scope in one sitting at the start of the year.
    decided = "2026-01-08T02:00:00Z"
    for item_id, reason in sorted(NOT_APPLICABLE.items()):
        entries[item_id] = {"scope": "not_applicable", "scope_reason": reason, "status": "not_started", "percent": 0,
                            "updated_at": decided, "updated_by": OFFICE}
        record(item_id, decided, OFFICE, "scope", "待定", "不适用")
        record(item_id, decided, OFFICE, "scope_reason", "", reason)
    for item_id, (lead, own) in sorted(ADOPTED.items()):
        entry = {"scope": "adopted", "status": "not_started", "percent": 0, "lead_unit": lead,
                 "updated_at": decided, "updated_by": OFFICE}
        record(item_id, decided, OFFICE, "scope", "待定", "采纳")
        record(item_id, decided, OFFICE, "lead_unit", "", lead)
        if own:
            status, percent, start, deadline, note = own
            at = f"{start}T02:00:00Z"
            by = UNITS[lead]
            entry.update({"status": status, "percent": percent, "start": start, "deadline": deadline,
                          "updated_at": at, "updated_by": by})
            record(item_id, at, by, "start", "", start)
            record(item_id, at, by, "deadline", "", deadline)
            record(item_id, at, by, "status", "未开始", STATUS_ZH[status])
            record(item_id, at, by, "percent", "0", str(percent))
            if note:
                entry["note"] = note
                record(item_id, at, by, "note", "", note)
        entries[item_id] = entry

    # 2. Each unit enters its tasks when work starts, and reports progress after.
    snapshot = None
    at_meeting = {}
    for n, t in enumerate(TASKS, start=1):
        task_id = f"T-{n:04d}"
        by = UNITS[t["lead"]]
        created = f"{t['start']}T02:00:00Z" if t["start"] < "2026-10-20" else "2026-10-25T02:00:00Z"
        entry = {"title": t["title"], "parents": t["parents"], "status": "not_started", "percent": 0,
                 "lead_unit": t["lead"], "start": t["start"], "deadline": t["deadline"]}
        record(task_id, created, by, "title", "", t["title"])
        record(task_id, created, by, "parents", "", "、".join(t["parents"]))
        record(task_id, created, by, "lead_unit", "", t["lead"])
        if t.get("co"):
            entry["co_units"] = t["co"]
            record(task_id, created, by, "co_units", "", "、".join(t["co"]))
        record(task_id, created, by, "start", "", t["start"])
        record(task_id, created, by, "deadline", "", t["deadline"])
        if "target" in t:
            entry["target"] = t["target"]
            record(task_id, created, by, "target", "", describe(t["target"]))
        # The state at the meeting of 2026-10-20 (for the comparison with the snapshot).
        if created < MEETING:
            before = copy.deepcopy(entry)
            meeting_percent = t.get("meeting", t["percent"])
            before["percent"] = meeting_percent
            before["status"] = (t["status"] if meeting_percent == t["percent"] else
                                ("not_started" if meeting_percent == 0 else "in_progress"))
            at_meeting[task_id] = before
        reported = report_time(t)
        entry.update({"status": t["status"], "percent": t["percent"], "updated_at": reported, "updated_by": by})
        record(task_id, reported, by, "status", "未开始", STATUS_ZH[t["status"]])
        record(task_id, reported, by, "percent", "0", str(t["percent"]))
        if "revised" in t:
            entry["revised_deadline"] = t["revised"]
            record(task_id, reported, by, "revised_deadline", "", t["revised"])
        for key, field in (("note", "note"), ("problems", "problems"), ("next_steps", "next_steps")):
            if t.get(key):
                entry[field] = t[key]
                record(task_id, reported, by, field, "", t[key])
        if t.get("evidence"):
            entry["evidence"] = t["evidence"]
            record(task_id, reported, by, "evidence", "", "、".join(t["evidence"]))
        entries[task_id] = entry

    history.sort(key=lambda c: c["at"])  # stable: edits of one moment keep their order
    meeting_entries = {k: v for k, v in entries.items() if not k.startswith("T-")}
    meeting_entries.update(at_meeting)
    snapshot = {"name": "第三次推进会 2026-10-20", "at": MEETING, "entries": dict(sorted(meeting_entries.items()))}
    book = {"schema_version": 3, "label": LABEL, "entries": dict(sorted(entries.items())), "history": history,
            "snapshots": [snapshot]}
    out = os.path.join(here, "progress-示例数据.json")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(book, f, ensure_ascii=False, indent=2)
        f.write("\n")
    tasks = [e for k, e in entries.items() if k.startswith("T-")]
    print(f"{out}: {len(ADOPTED)} adopted, {len(NOT_APPLICABLE)} set aside, {len(tasks)} tasks, "
          f"{len({e['lead_unit'] for e in tasks})} lead units, {sum('target' in e for e in tasks)} with targets, "
          f"{len(history)} changes")


def report_time(t):
    """When the unit last reported: shortly before the deadline for work done, else in mid-November."""
    if t["status"] == "done":
        return f"{t['deadline']}T09:30:00Z"
    if t["status"] == "not_started" and t["start"] > "2026-11-20":
        return "2026-10-25T02:00:00Z"
    return "2026-11-18T09:30:00Z"


def number(v):
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def describe(t):
    unit = t["unit"]
    return (f"{t['indicator']} {number(t['base_value'])}{unit}（{t['base_year']}）→ "
            f"{number(t['target_value'])}{unit}（{t['target_year']}）")


if __name__ == "__main__":
    main()
