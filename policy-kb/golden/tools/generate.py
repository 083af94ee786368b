#!/usr/bin/env python3
"""Writes the golden scenarios (policy-kb/golden/*.json) from the notices' figures, transcribed here by hand from
the notice texts (policy-kb/src/main/resources/corpus) -- independently of the service's policy data files, so the
golden files check the data and the engine rather than echo them. Each figure carries the clause it comes from.
Run: python3 policy-kb/golden/tools/generate.py   (hand-written cases in *-extra.json are kept as they are)."""
import json, itertools, os
from datetime import date, timedelta

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"
def rid(region, birth, seq):
    s = f"{region}{birth}{seq:03d}"
    return s + C[sum(int(a) * b for a, b in zip(s, W)) % 11]

def d(s): return date.fromisoformat(s)
def iso(x): return x.isoformat()
def next_month(x): return date(x.year + (x.month == 12), x.month % 12 + 1, 1)

# ---- the notices' figures, by hand -------------------------------------------------------------------------
N = {
 "532301-2021": dict(region="532301", year=2021, std={1: 280}, std_clause="二、(一)",
   # 六、(六): 特困供养人员、孤儿 280; 建档立卡贫困人口 180; 一二级重度残疾人、三级智力和精神残疾人、城乡低保对象、省规定的其他特定困难人员 120
   sub={"EXTREME_POVERTY": (280, "六、(六)"), "ORPHAN": (280, "六、(六)"), "REGISTERED_POOR": (180, "六、(六)"),
        "SEVERE_DISABILITY": (120, "六、(六)"), "GRADE3_INTELLECTUAL_MENTAL_DISABILITY": (120, "六、(六)"),
        "MINIMUM_LIVING": (120, "六、(六)"), "CIVIL_AFFAIRS_OTHER": (120, "六、(六)"),
        # 六、(二)5. and 7.: 据实进行补助 -- amount not stated
        "RURAL_ONLY_CHILD_FAMILY": (None, "六、(二)5."), "TWO_DAUGHTERS_STERILIZED": (None, "六、(二)5."), "KEY_ENTITLED": (None, "六、(二)7.")},
   none=["BORDER_VILLAGE", "LOW_INCOME_ELDERLY", "FAMILY_PLANNING_SPECIAL", "DEMOBILIZED_VETERAN", "ILLNESS_POVERTY"],
   open=("2020-09-01", "2021-02-28", "三、(一)"),
   # 三、(一): 新生儿、大学毕业生和退伍军人不受当年集中缴费时间的限定 (until year end: the recorded reading)
   late=[("NEWBORN", "2021-03-01", "2021-12-31", None), ("COLLEGE_GRADUATE", "2021-03-01", "2021-12-31", None),
         ("VETERAN_RETIRED_FROM_SERVICE", "2021-06-30", "2021-12-31", None)],
   closed_after=["CONTINUING", "FIRST_TIME", "RETURNING_MIGRANT_WORKER"], benefit_open=None),
 "532823-2019": dict(region="532823", year=2019, std={1: 220}, std_clause="四、",
   # 四、(一) 全额资助 特困、农村重点优抚; 120: 低保、丧失劳动能力的一二级重度残疾人、低收入家庭60岁以上贫困老年人; 70: 边境一线
   # 四、(二) 180: 农村独生子女家庭、双女结扎户; 全额: 计划生育特殊家庭; 四、(三) 180: 建档立卡
   sub={"EXTREME_POVERTY": (220, "四、(一)"), "KEY_ENTITLED": (220, "四、(一)"), "MINIMUM_LIVING": (120, "四、(一)"),
        "SEVERE_DISABILITY": (120, "四、(一)"), "LOW_INCOME_ELDERLY": (120, "四、(一)"), "BORDER_VILLAGE": (70, "四、(一)"),
        "RURAL_ONLY_CHILD_FAMILY": (180, "四、(二)"), "TWO_DAUGHTERS_STERILIZED": (180, "四、(二)"),
        "FAMILY_PLANNING_SPECIAL": (220, "四、(二)"), "REGISTERED_POOR": (180, "四、(三)")},
   none=["ORPHAN", "ILLNESS_POVERTY", "GRADE3_INTELLECTUAL_MENTAL_DISABILITY", "DEMOBILIZED_VETERAN"],
   open=("2018-11-05", "2018-12-20", "六、"),
   # 六、: 次年2月底前一次性补缴，自缴费次月起享受; 3月1日起停止（首次参保人员除外）
   late=[("CONTINUING", "2018-12-21", "2019-02-28", "next"), ("FIRST_TIME", "2019-03-01", "2019-12-31", "next")],
   closed_after=["CONTINUING", "RETURNING_MIGRANT_WORKER"], benefit_open=None),
 "500119-2021": dict(region="500119", year=2021, std={1: 280, 2: 655}, std_clause="四、(一)1.",
   # 五、(二): 280 (资助参加一档; 二档也按此标准): 低保、民政建档其他、在乡重点优抚、重度残疾、计生优抚/残抚/手术并发症、因病致贫;
   # 200: 建档立卡; 全额资助参加二档: 特困人员、在乡老复员军人. 五、(三): 资助时间 2020-09-01..2021-06-30, 建档立卡全年
   sub={"MINIMUM_LIVING": (280, "五、(二)"), "CIVIL_AFFAIRS_OTHER": (280, "五、(二)"), "KEY_ENTITLED": (280, "五、(二)"),
        "SEVERE_DISABILITY": (280, "五、(二)"), "FAMILY_PLANNING_REWARD": (280, "五、(二)"), "FAMILY_PLANNING_DISABILITY": (280, "五、(二)"),
        "FAMILY_PLANNING_SURGERY": (280, "五、(二)"), "ILLNESS_POVERTY": (280, "五、(二)"), "REGISTERED_POOR": (200, "五、(二)"),
        "EXTREME_POVERTY": ("FULL", "五、(二)"), "DEMOBILIZED_VETERAN": ("FULL", "五、(二)"),
        "ORPHAN": (None, "一、(二)")},
   none=["BORDER_VILLAGE", "LOW_INCOME_ELDERLY", "RURAL_ONLY_CHILD_FAMILY", "GRADE3_INTELLECTUAL_MENTAL_DISABILITY"],
   open=(None, "2020-12-20", "三、(一)"),
   late=[("CONTINUING", "2020-12-21", "2021-09-30", None)],
   closed_after=["CONTINUING", "FIRST_TIME"], benefit_open=None),
 "340602-2020": dict(region="340602", year=2020, std={1: 280}, std_clause="二、(一)",
   # 二、(三): 特困 280 全额; 低保和农村建档立卡 250 (剩余30); 重点优抚、城乡低收入家庭重度残疾人、计生特殊困难家庭成员 按有关文件规定执行
   sub={"EXTREME_POVERTY": (280, "二、(三)"), "MINIMUM_LIVING": (250, "二、(三)"), "REGISTERED_POOR": (250, "二、(三)"),
        "KEY_ENTITLED": (None, "二、(三)"), "LOW_INCOME_SEVERE_DISABILITY": (None, "二、(三)"), "FAMILY_PLANNING_SPECIAL": (None, "二、(三)")},
   none=["ORPHAN", "SEVERE_DISABILITY", "BORDER_VILLAGE", "ILLNESS_POVERTY"],
   open=("2020-09-01", "2020-12-31", "四、"),
   late=[("RETURNING_MIGRANT_WORKER", "2021-01-01", "2021-02-28", None)],
   closed_after=["CONTINUING", "FIRST_TIME", "COLLEGE_GRADUATE"], benefit_open=None),
 "421321-2021": dict(region="421321", year=2021, std={1: 280}, std_clause="二、",
   # 二、: 280 全额: 特困、孤儿、最低生活保障对象、丧失劳动能力的残疾人、严重精神障碍患者、计生特殊困难家庭; 140: 一般贫困户
   sub={"EXTREME_POVERTY": (280, "二、"), "ORPHAN": (280, "二、"), "MINIMUM_LIVING": (280, "二、"), "DISABLED_UNABLE_TO_WORK": (280, "二、"),
        "SEVERE_MENTAL_DISORDER": (280, "二、"), "FAMILY_PLANNING_SPECIAL": (280, "二、"), "REGISTERED_POOR": (140, "二、"),
        # 附件 lists 特困优抚对象 and 低收入家庭中60周岁以上的老年人 as categories without a standard
        "KEY_ENTITLED": (None, "附件"), "LOW_INCOME_ELDERLY": (None, "附件")},
   none=["SEVERE_DISABILITY", "BORDER_VILLAGE", "ILLNESS_POVERTY", "GRADE3_INTELLECTUAL_MENTAL_DISABILITY"],
   open=("2020-09-01", "2020-12-31", "四、"),
   # 四、: 返乡续保延长至2021年2月底; 父母不在省内参保的本地户籍新生儿、大学毕业生、刑满释放人员可中途参保 (五、: 缴费3个月后享受)
   late=[("RETURNING_MIGRANT_WORKER", "2021-01-01", "2021-02-28", "year"), ("COLLEGE_GRADUATE", "2021-01-01", "2021-12-31", "3m"),
         ("RELEASED_PRISONER", "2021-01-01", "2021-12-31", "3m")],
   closed_after=["CONTINUING", "FIRST_TIME"], benefit_open=("2021-01-01", "2021-12-31", "五、")),
}

def quote(region, year, day, members):
    return {"region": region, "year": year, "paymentDate": day, "members": members}

def one_member_expect(n, groups, tier=1, day_in_subsidy=True):
    std = n["std"][tier]
    best, unstated, clauses = 0, None, []
    applied = None
    for g in groups:
        if g in n["sub"]:
            amt, cl = n["sub"][g]
            if amt is None:
                unstated = unstated or g
                continue
            v = std if amt == "FULL" else min(amt, std)
            if v > best:
                best, applied = v, g
            clauses.append(cl)
    m = {"standardContribution": std}
    if unstated and best < std:
        m.update({"determinate": False, "personalContribution": None})
        return m, None
    m.update({"subsidy": best, "appliedGroup": applied, "personalContribution": std - best, "determinate": True})
    return m, std - best

cases = {k: [] for k in N}
def add(doc, name, endpoint, request, expect=None, status=200, lang=None):
    c = {"name": name, "endpoint": endpoint}
    if request is not None: c["request"] = request
    if status != 200: c["status"] = status
    if lang: c["acceptLanguage"] = lang
    if expect is not None: c["expect"] = expect
    cases[doc].append(c)

for doc, n in N.items():
    r, y = n["region"], n["year"]
    od = n["open"][1] if n["open"][0] is None else n["open"][0]
    open_day = iso(d(od) - timedelta(days=10)) if n["open"][0] is None else od
    # every subsidised group alone, on an open day
    for g, (amt, cl) in n["sub"].items():
        m, personal = one_member_expect(n, [g])
        exp = {"members": [dict(m, citations=[{"clause": cl}])]}
        if personal is None:
            exp["totalPersonalContribution"] = None; exp["determinate"] = False
        else:
            exp["totalPersonalContribution"] = personal
        add(doc, f"{g} 单人：{'金额未写明' if personal is None else '个人' + str(personal) + '元'}", "quotes",
            quote(r, y, open_day, [{"ref": "p", "specialGroups": [g]}]), exp)
    # groups the notice does not subsidise
    for g in n["none"]:
        std = n["std"][1]
        add(doc, f"{g} 不在资助对象内：全额{std}元", "quotes", quote(r, y, open_day, [{"ref": "p", "specialGroups": [g]}]),
            {"members": [{"subsidy": 0, "appliedGroup": None, "personalContribution": std, "determinate": True}]})
    # combined groups: the one highest, never the sum
    known = [g for g, (a, _) in n["sub"].items() if a is not None]
    for a, b in list(itertools.combinations(known, 2))[:4]:
        m, personal = one_member_expect(n, [a, b])
        add(doc, f"{a}+{b}：就高不就低", "quotes", quote(r, y, open_day, [{"ref": "p", "specialGroups": [a, b]}]),
            {"members": [m], "totalPersonalContribution": personal})
    # an unstated group together with a full subsidy is determinate again
    uns = [g for g, (a, _) in n["sub"].items() if a is None]
    full = [g for g, (a, _) in n["sub"].items() if a == "FULL" or (a is not None and a != "FULL" and a >= n["std"][1])]
    if uns and full:
        add(doc, f"{uns[0]}+{full[0]}：全额资助覆盖未写明的资助", "quotes", quote(r, y, open_day, [{"ref": "p", "specialGroups": [uns[0], full[0]]}]),
            {"members": [{"personalContribution": 0, "determinate": True}], "totalPersonalContribution": 0})
    # households
    hh = [[], [known[0]], [known[-1]], [], [known[min(2, len(known) - 1)], known[0]]]
    members, total = [], 0
    for i, gs in enumerate(hh):
        members.append({"ref": f"m{i}", "specialGroups": gs})
        total += one_member_expect(n, gs)[1]
    add(doc, f"五口之家合计{total}元", "quotes", quote(r, y, open_day, members), {"totalPersonalContribution": total, "determinate": True})
    add(doc, "三口之家无资助", "quotes", quote(r, y, open_day, [{"ref": "a"}, {"ref": "b"}, {"ref": "c", "student": "PRIMARY_SECONDARY"}]),
        {"totalPersonalContribution": 3 * n["std"][1]})
    if uns:
        add(doc, "家中有一人金额未写明：合计为null", "quotes",
            quote(r, y, open_day, [{"ref": "a"}, {"ref": "b", "specialGroups": [uns[0]]}]),
            {"totalPersonalContribution": None, "determinate": False, "members": [{"determinate": True}, {"determinate": False, "personalContribution": None}]})
    # window boundaries
    o_from, o_to, o_cl = n["open"]
    if o_from:
        add(doc, f"集中期第一天{o_from}：OPEN", "quotes", quote(r, y, o_from, [{"ref": "p"}]),
            {"members": [{"window": "OPEN", "paymentAllowed": True, "citations": [{"clause": o_cl}]}]})
        add(doc, f"集中期前一天：CLOSED", "quotes", quote(r, y, iso(d(o_from) - timedelta(days=1)), [{"ref": "p"}]),
            {"members": [{"window": "CLOSED", "paymentAllowed": False, "benefitStart": None, "standardContribution": n["std"][1]}]})
    add(doc, f"集中期最后一天{o_to}：OPEN", "quotes", quote(r, y, o_to, [{"ref": "p"}]),
        {"members": [{"window": "OPEN", "paymentAllowed": True}]})
    bo = n["benefit_open"]
    if bo:
        add(doc, "集中期内缴费：待遇期全年", "quotes", quote(r, y, o_to, [{"ref": "p"}]),
            {"members": [{"benefitStart": bo[0], "benefitEnd": bo[1], "citations": [{"clause": bo[2]}]}]})
    else:
        add(doc, "集中期内缴费：通知未写明待遇期", "quotes", quote(r, y, o_to, [{"ref": "p"}]),
            {"members": [{"benefitStart": None, "benefitEnd": None}]})
    for e in n["closed_after"]:
        late_for_e = [l for l in n["late"] if l[0] == e]
        first_after = iso(d(o_to) + timedelta(days=1))
        if late_for_e:
            continue
        if any(l[0] == "CONTINUING" for l in n["late"]) and e != "CONTINUING":
            continue
        add(doc, f"{e} 集中期后一天：CLOSED", "quotes", quote(r, y, first_after, [{"ref": "p", "enrollment": e}]),
            {"members": [{"window": "CLOSED", "paymentAllowed": False}]})
    for e, f, t, benefit in n["late"]:
        for day in (f, t):
            mem = {"ref": "p", "enrollment": e}
            exp = {"window": "LATE", "paymentAllowed": True}
            if benefit == "next":
                exp["benefitStart"] = iso(next_month(d(day)))
            if benefit == "3m":
                pd = d(day)
                m3 = date(pd.year + (pd.month + 2) // 12, (pd.month + 2) % 12 + 1, min(pd.day, 28 if (pd.month + 2) % 12 + 1 == 2 else 30))
                exp["benefitEnd"] = "2021-12-31"
            if benefit == "year":
                exp["benefitStart"], exp["benefitEnd"] = "2021-01-01", "2021-12-31"
            add(doc, f"{e} 在{day}缴费：LATE", "quotes", quote(r, y, day, [mem]), {"members": [exp]})
        add(doc, f"{e} 在{t}之后：CLOSED", "quotes", quote(r, y, iso(d(t) + timedelta(days=1)), [{"ref": "p", "enrollment": e}]),
            {"members": [{"window": "CLOSED", "paymentAllowed": False}]})
    # tiers
    if 2 in n["std"]:
        pass
    else:
        add(doc, "没有二档：400 指明 members[0].tier", "quotes", quote(r, y, open_day, [{"ref": "p", "tier": 2}]),
            {"errors": [{"field": "members[0].tier"}]}, status=400)
    # eligibility
    add(doc, "参加职工医保：不能参加", "eligibility", {"region": r, "year": y, "person": {"employeeInsured": True}}, {"eligible": "NO"})
    add(doc, "本地户籍居民：可以参加", "eligibility", {"region": r, "year": y, "person": {"hukouRegion": r, "employeeInsured": False}},
        {"eligible": "YES"})
    add(doc, "职工医保+本地户籍：职工医保优先，不能参加", "eligibility", {"region": r, "year": y, "person": {"hukouRegion": r, "employeeInsured": True}},
        {"eligible": "NO"})
    # bad input
    add(doc, "身份证校验位错：400", "quotes", quote(r, y, open_day, [{"ref": "p", "idNumber": rid(r, "19800101", 123)[:17] + ("1" if rid(r, "19800101", 123)[17] != "1" else "2")}]),
        {"errors": [{"field": "members[0].idNumber"}]}, status=400)
    add(doc, "没有这个年度的通知：400 指明 year", "quotes", quote(r, y + 3, open_day, [{"ref": "p"}]), {"errors": [{"field": "year"}]}, status=400)
    add(doc, "英文错误信息", "quotes", {"region": r, "year": y, "members": []}, {"title": "Invalid input", "errors": [{"field": "members"}]}, status=400, lang="en")
    add(doc, "结构化政策带引用", f"/api/v1/regions/{r}/policies/{y}", None,
        {"documentId": doc, "region": r, "year": y, "citations": [{"documentId": doc, "clause": n["std_clause"]}]})

# ---- newborns, by hand per notice ------------------------------------------------------------------------
def nb(doc, name, req, exp, status=200):
    add(doc, name, "newborn-plans", req, exp, status)

# 楚雄 一、(三): 落户后90天内登记, 自出生之日起享受; 父母双方均参加且符合计划生育政策的出生当年不用缴费; 出生后超过90天, 自缴费次月起
nb("532301-2021", "新生儿：截止日=落户+90天", {"region": "532301", "birthDate": "2021-03-10", "hukouRegisteredDate": "2021-03-20",
   "parentsInsured": {"father": True, "mother": False}}, {"registrationDeadline": "2021-06-18", "deadlineBasis": "HUKOU_REGISTRATION",
   "freeInBirthYear": False, "amountDue": 280, "benefitStart": "2021-03-10"})
nb("532301-2021", "新生儿：没给落户日期，截止日为null", {"region": "532301", "birthDate": "2021-03-10", "parentsInsured": {"father": True, "mother": True}},
   {"registrationDeadline": None, "deadlineBasis": "HUKOU_REGISTRATION", "freeInBirthYear": True, "amountDue": 0})
nb("532301-2021", "新生儿第90天缴费：自出生起", {"region": "532301", "birthDate": "2021-03-10", "hukouRegisteredDate": "2021-03-12",
   "parentsInsured": {"father": False, "mother": False}, "plannedPaymentDate": "2021-06-08"}, {"benefitStart": "2021-03-10", "amountDue": 280})
nb("532301-2021", "新生儿第91天缴费：自缴费次月起", {"region": "532301", "birthDate": "2021-03-10", "hukouRegisteredDate": "2021-03-12",
   "parentsInsured": {"father": False, "mother": False}, "plannedPaymentDate": "2021-06-09"}, {"benefitStart": "2021-07-01"})
nb("532301-2021", "新生儿：不符合计划生育政策不免缴", {"region": "532301", "birthDate": "2021-05-01", "parentsInsured": {"father": True, "mother": True},
   "familyPlanningCompliant": False}, {"freeInBirthYear": False, "amountDue": 280})
nb("532301-2021", "2020年出生：没有2020年度通知，400", {"region": "532301", "birthDate": "2020-12-01", "parentsInsured": {"father": True, "mother": True}},
   {"errors": [{"field": "birthDate"}]}, status=400)
# 勐腊 五、(三): 出生90天内(含90天)登记缴费, 自出生之日起; 父母双方参保且符合政策的出生当年个人不缴费; 超过90天自缴费次月起
nb("532823-2019", "新生儿：截止日=出生+90天", {"region": "532823", "birthDate": "2019-03-10", "parentsInsured": {"father": True, "mother": True}},
   {"registrationDeadline": "2019-06-08", "deadlineBasis": "BIRTH", "freeInBirthYear": True, "amountDue": 0, "benefitStart": "2019-03-10",
    "documents": ["户口簿", "《计划生育服务证》", "农村商业银行银行卡"], "offices": ["县医保中心"]})
nb("532823-2019", "新生儿第90天：自出生起", {"region": "532823", "birthDate": "2019-03-10", "parentsInsured": {"father": True, "mother": False},
   "plannedPaymentDate": "2019-06-08"}, {"benefitStart": "2019-03-10", "freeInBirthYear": False, "amountDue": 220})
nb("532823-2019", "新生儿第91天：次月起", {"region": "532823", "birthDate": "2019-03-10", "parentsInsured": {"father": True, "mother": False},
   "plannedPaymentDate": "2019-06-09"}, {"benefitStart": "2019-07-01"})
nb("532823-2019", "年末出生跨年的截止日", {"region": "532823", "birthDate": "2019-12-20", "parentsInsured": {"father": False, "mother": False}},
   {"registrationDeadline": "2020-03-19", "amountDue": 220})
# 南川 三、(二): 出生之日起90天内; 免缴与待遇未写
nb("500119-2021", "新生儿：90天，免缴未写明", {"region": "南城街道", "birthDate": "2021-02-01", "parentsInsured": {"father": True, "mother": True}},
   {"registrationDeadline": "2021-05-02", "deadlineBasis": "BIRTH", "freeInBirthYear": None, "amountDue": 280, "benefitStart": None,
    "citations": [{"clause": "三、(二)"}]})
nb("500119-2021", "7月后缴费的新生儿：应缴金额无法确定", {"region": "500119", "birthDate": "2021-06-20", "parentsInsured": {"father": False, "mother": False},
   "plannedPaymentDate": "2021-07-15"}, {"amountDue": None})
# 杜集 四、: 出生之日起90天内完成缴费; 免缴与待遇未写
nb("340602-2020", "新生儿落地参保：90天", {"region": "杜集", "birthDate": "2020-10-01", "parentsInsured": {"father": True, "mother": True}},
   {"registrationDeadline": "2020-12-30", "deadlineBasis": "BIRTH", "freeInBirthYear": None, "amountDue": 280, "benefitStart": None})
# 随县 五、: 出生之日起独立享受出生当年待遇; 无登记期限; 免缴条件未写
nb("421321-2021", "新生儿：无期限，自出生起至年底", {"region": "随州随县", "birthDate": "2021-04-15", "parentsInsured": {"father": True, "mother": True}},
   {"registrationDeadline": None, "deadlineBasis": None, "freeInBirthYear": None, "benefitStart": "2021-04-15", "benefitEnd": "2021-12-31", "amountDue": 280})

# quotes for newborns
add("532301-2021", "新生儿报价：第90天缴费自出生起", "quotes", quote("532301", 2021, "2021-06-08", [{"ref": "b", "birthDate": "2021-03-10", "enrollment": "NEWBORN"}]),
    {"members": [{"window": "LATE", "benefitStart": "2021-03-10"}]})
add("532301-2021", "新生儿报价：第91天缴费次月起", "quotes", quote("532301", 2021, "2021-06-09", [{"ref": "b", "birthDate": "2021-03-10", "enrollment": "NEWBORN"}]),
    {"members": [{"window": "LATE", "benefitStart": "2021-07-01"}]})
add("340602-2020", "新生儿：第90天仍可缴费", "quotes", quote("340602", 2020, "2020-05-30", [{"ref": "b", "birthDate": "2020-03-01", "enrollment": "NEWBORN"}]),
    {"members": [{"window": "LATE", "paymentAllowed": True}]})
add("340602-2020", "新生儿：第91天且不在集中期：CLOSED", "quotes", quote("340602", 2020, "2020-05-31", [{"ref": "b", "birthDate": "2020-03-01", "enrollment": "NEWBORN"}]),
    {"members": [{"window": "CLOSED", "paymentAllowed": False}]})
add("421321-2021", "新生儿中途参保：自出生起", "quotes", quote("421321", 2021, "2021-05-10", [{"ref": "b", "birthDate": "2021-04-15", "enrollment": "NEWBORN"}]),
    {"members": [{"window": "LATE", "benefitStart": "2021-04-15", "benefitEnd": "2021-12-31"}]})
add("421321-2021", "大学毕业生2021-03-10缴费：3个月后即6月11日起", "quotes", quote("421321", 2021, "2021-03-10", [{"ref": "g", "enrollment": "COLLEGE_GRADUATE"}]),
    {"members": [{"window": "LATE", "benefitStart": "2021-06-11", "benefitEnd": "2021-12-31"}]})
add("421321-2021", "刑满释放人员2021-11-30缴费：3个月后在年度外", "quotes", quote("421321", 2021, "2021-11-30", [{"ref": "g", "enrollment": "RELEASED_PRISONER"}]),
    {"members": [{"window": "LATE", "benefitStart": "2022-03-01"}]})
add("532823-2019", "首次参保人员在集中期内缴费：次月起", "quotes", quote("532823", 2019, "2018-11-20", [{"ref": "f", "enrollment": "FIRST_TIME"}]),
    {"members": [{"window": "OPEN", "benefitStart": "2018-12-01"}]})

# 南川: tiers, periods, college students
add("500119-2021", "二档655元", "quotes", quote("500119", 2021, "2020-12-01", [{"ref": "p", "tier": 2}]), {"members": [{"standardContribution": 655, "personalContribution": 655}]})
add("500119-2021", "二档低保：资助280，自付375", "quotes", quote("500119", 2021, "2020-12-01", [{"ref": "p", "tier": 2, "specialGroups": ["MINIMUM_LIVING"]}]),
    {"members": [{"subsidy": 280, "personalContribution": 375}]})
add("500119-2021", "二档建档立卡：资助200，自付455", "quotes", quote("500119", 2021, "2020-12-01", [{"ref": "p", "tier": 2, "specialGroups": ["REGISTERED_POOR"]}]),
    {"members": [{"subsidy": 200, "personalContribution": 455}]})
add("500119-2021", "二档特困：全额资助", "quotes", quote("500119", 2021, "2020-12-01", [{"ref": "p", "tier": 2, "specialGroups": ["EXTREME_POVERTY"]}]),
    {"members": [{"subsidy": 655, "personalContribution": 0}]})
add("500119-2021", "6月30日缴费：一档280含财政补助", "quotes", quote("500119", 2021, "2021-06-30", [{"ref": "p"}]),
    {"members": [{"personalContribution": 280, "determinate": True, "window": "LATE"}]})
add("500119-2021", "7月1日起缴费：另需承担财政补助，金额不定", "quotes", quote("500119", 2021, "2021-07-01", [{"ref": "p"}]),
    {"members": [{"standardContribution": 280, "personalContribution": None, "determinate": False}], "totalPersonalContribution": None})
add("500119-2021", "低保对象7月后：资助期已过且金额不定", "quotes", quote("500119", 2021, "2021-08-01", [{"ref": "p", "specialGroups": ["MINIMUM_LIVING"]}]),
    {"members": [{"subsidy": 0, "determinate": False, "citations": [{"clause": "五、(三)"}]}]})
add("500119-2021", "9月30日中途参保最后一天：LATE", "quotes", quote("500119", 2021, "2021-09-30", [{"ref": "p"}]), {"members": [{"window": "LATE"}]})
add("500119-2021", "10月1日：CLOSED", "quotes", quote("500119", 2021, "2021-10-01", [{"ref": "p"}]), {"members": [{"window": "CLOSED"}]})
add("500119-2021", "在渝高校大学生一档250，学年度", "quotes", quote("500119", 2021, "2020-10-01", [{"ref": "s", "student": "COLLEGE"}]),
    {"members": [{"standardContribution": 250, "personalContribution": 250, "benefitStart": "2020-09-01", "benefitEnd": "2021-08-31"}]})
add("500119-2021", "在渝高校大学生二档625", "quotes", quote("500119", 2021, "2020-10-01", [{"ref": "s", "student": "COLLEGE", "tier": 2}]),
    {"members": [{"standardContribution": 625}]})
add("500119-2021", "大学生低保：资助封顶为250", "quotes", quote("500119", 2021, "2020-10-01", [{"ref": "s", "student": "COLLEGE", "specialGroups": ["MINIMUM_LIVING"]}]),
    {"members": [{"subsidy": 250, "personalContribution": 0}]})
add("500119-2021", "三档不存在：400", "quotes", quote("500119", 2021, "2020-10-01", [{"ref": "s", "tier": 3}]), {"errors": [{"field": "members[0].tier"}]}, status=400)

# eligibility by notice
add("532823-2019", "外地户籍有居住证：有条件，需未参保证明", "eligibility", {"region": "532823", "year": 2019, "person": {"hukouRegion": "530102", "residencePermit": True}},
    {"eligible": "CONDITIONAL", "requiredDocuments": ["未参保"]})
add("532823-2019", "州内其他县户籍：本州户籍可以参加", "eligibility", {"region": "532823", "year": 2019, "person": {"hukouRegion": "532801"}}, {"eligible": "YES"})
add("532823-2019", "外地户籍无居住证：不能参加", "eligibility", {"region": "532823", "year": 2019, "person": {"hukouRegion": "530102", "residencePermit": False, "student": "NONE"}},
    {"eligible": "NO"})
add("532823-2019", "港澳居民：凭通行证", "eligibility", {"region": "532823", "year": 2019, "person": {"identity": "HK_MACAO"}}, {"eligible": "CONDITIONAL", "reasons": [{"citations": [{"clause": "三、(四)"}]}]})
add("532301-2021", "持永久居留证的外国人未就业：有条件", "eligibility", {"region": "532301", "year": 2021, "person": {"identity": "FOREIGN_PERMANENT_RESIDENT", "employed": False}},
    {"eligible": "CONDITIONAL"})
add("532301-2021", "持永久居留证的外国人已就业：不能", "eligibility", {"region": "532301", "year": 2021, "person": {"identity": "FOREIGN_PERMANENT_RESIDENT", "employed": True}},
    {"eligible": "NO"})
add("532301-2021", "外籍事实婚姻：需村社区证明", "eligibility", {"region": "532301", "year": 2021, "person": {"identity": "FOREIGN"}},
    {"eligible": "CONDITIONAL", "requiredDocuments": ["事实婚姻证明"]})
add("340602-2020", "非本辖区户籍持居住证：有条件", "eligibility", {"region": "340602", "year": 2020, "person": {"hukouRegion": "340603", "residencePermit": True}},
    {"eligible": "CONDITIONAL", "reasons": [{"citations": [{"clause": "一、(二)"}]}]})
add("340602-2020", "在校学生：可以参加", "eligibility", {"region": "340602", "year": 2020, "person": {"student": "COLLEGE"}}, {"eligible": "YES"})
add("421321-2021", "外地户籍在随县居住：可到居住地登记", "eligibility", {"region": "421321", "year": 2021, "person": {"hukouRegion": "420100"}},
    {"eligible": "CONDITIONAL", "reasons": [{"citations": [{"clause": "六、"}]}]})
add("500119-2021", "市外长期居住：有条件", "eligibility", {"region": "500119", "year": 2021, "person": {"hukouRegion": "510100"}}, {"eligible": "CONDITIONAL"})

out = os.path.join(os.path.dirname(__file__), "..")
for doc, cs in cases.items():
    path = os.path.join(out, doc + ".json")
    extra = []
    if os.path.exists(path):
        prior = json.load(open(path, encoding="utf-8"))
        extra = [c for c in prior["cases"] if c.get("handWritten")]
    allc = extra + cs
    json.dump({"documentId": doc, "generatedBy": "policy-kb/golden/tools/generate.py (figures transcribed from the notices); cases with handWritten: true are kept as written",
               "cases": allc}, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(doc, len(allc))
