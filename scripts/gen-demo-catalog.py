#!/usr/bin/env python3
"""Generate the demo matter catalog shipped with Yichuang (一窗).

Output: resources/catalog/demo-catalog.json, in the `yichuang-catalog` format,
format version 1 (docs/catalog-format.md).

The catalog is a county-level hall (枣庄市市中区政务服务中心) with its departments,
the matters they accept at the comprehensive windows, the materials of each
matter and a synonym table for search.  The data are written out below as
tables, one function per department; helper functions build the materials that
recur everywhere (居民身份证, 申请表, 营业执照, 委托书 ...).

The script is deterministic: no randomness, no clock; the same script always
writes the same bytes.  After writing, the file is read back and checked
against every rule of docs/catalog-format.md and the content targets of the
demo catalog.

Usage:
    scripts/gen-demo-catalog.py            write the catalog, then check it
    scripts/gen-demo-catalog.py --check    only check the existing file
    scripts/gen-demo-catalog.py --stats    check and print statistics
    scripts/gen-demo-catalog.py -o PATH    write to PATH instead

Standard library only.
"""

import argparse
import collections
import json
import os
import re
import sys
import zlib

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, "resources", "catalog", "demo-catalog.json")

CATALOG_VERSION = 20261101
REGION = {"code": "370402", "name": "枣庄市市中区"}
PUBLISHED_AT = "2026-11-01T00:00:00Z"

HALL = "市中区政务服务中心"
HOURS = "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）"
HOURS_SAT = ("周一至周五 9:00-12:00，13:30-17:00；周六 9:00-12:00 延时服务"
             "（法定节假日除外）")

# ---------------------------------------------------------------------------
# 统一社会信用代码 (GB 32100-2015) with the embedded 组织机构代码 (GB 11714)
# ---------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"   # no I, O, Z, S, V
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(body8):
    """9-character 组织机构代码: 8-character body + GB 11714 check character."""
    total = sum(int(c, 36) * w for c, w in zip(body8, ORG_WEIGHTS))
    check = 11 - total % 11
    return body8 + {10: "X", 11: "0"}.get(check, str(check))


def uscc(kind2, region6, body8):
    """18-character 统一社会信用代码 with a correct check character.

    kind2: 登记管理部门代码 + 机构类别代码, e.g. "11" 机关, "12" 事业单位,
    "13" 群团组织, "91" 企业.
    """
    base = kind2 + region6 + org_code(body8)
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(base, USCC_WEIGHTS))
    return base + USCC_CHARS[(31 - total % 31) % 31]


def uscc_valid(code):
    if not re.fullmatch(r"[0-9A-HJ-NP-RTUW-Y]{18}", code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return code[17] == USCC_CHARS[(31 - total % 31) % 31]


# ---------------------------------------------------------------------------
# Small builders
# ---------------------------------------------------------------------------

UNITS = {"w": "workday", "d": "day", "m": "month", "y": "year"}


def limit(text):
    """"20w" -> 20 工作日, "60d" -> 60 自然日, "3m" -> 3 月, "0" -> 0 工作日."""
    if text == "0":
        return {"value": 0, "unit": "workday"}
    return {"value": int(text[:-1]), "unit": UNITS[text[-1]]}


def fee(name, standard, basis, reducible=False):
    return {"name": name, "standard": standard, "basis": basis,
            "reducible": reducible}


def cert(name):
    return ("certificate", name)


def appr(name):
    return ("approval", name)


def oth(name):
    return ("other", name)


NORESULT = ("none", None)

# Fees that recur.
FEE_BASIS_SD = "《山东省行政事业性收费目录清单》"
FEE_SFZ = fee("居民身份证工本费", "20元/证",
              "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》", True)
FEE_LSSFZ = fee("临时居民身份证工本费", "10元/证",
                "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》", True)
FEE_CRJ_BASIS = "《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》"
FEE_JSZ = fee("机动车驾驶证工本费", "10元/证", FEE_BASIS_SD)
FEE_BDC_BASIS = ("《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》"
                 "（发改价格规〔2016〕2559号）")
FEE_BDC = fee("不动产登记费", "住宅类80元/件，非住宅类550元/件（含第一本证书工本费）",
              FEE_BDC_BASIS, True)
FEE_BDC_GBF = fee("不动产权属证书工本费", "10元/本（第二本起收取）", FEE_BDC_BASIS, True)


# ---------------------------------------------------------------------------
# Materials.  Every builder returns one material dict (without its code) or a
# list of them; codes M01, M02 ... are assigned when the matter is assembled.
# ---------------------------------------------------------------------------

def mat(name, kind="original", form=None, copies=1, nec="required",
        src="applicant", org=None, spec=None, note=None, lic=None):
    if form is None:   # an electronic licence can stand in for the paper
        form = "paper_or_electronic" if lic else "paper"
    m = {"name": name, "kind": kind, "form": form, "copies": copies,
         "necessity": nec, "source": src}
    if org:
        m["issuingOrg"] = org
    if spec:
        m["spec"] = spec
    if note:
        m["note"] = note
    if lic:
        m["licence"] = lic
    return m


def table(name, copies=1, note=None):
    """An application form (申请表/申请书/登记表) the applicant fills in."""
    return mat(name, form="paper_or_electronic", copies=copies, spec="A4",
               note=note or "窗口领取或网上下载，如实填写并签字（盖章）；网上申报的自动生成")


def own(name, kind="original", copies=1, nec="required", note=None, spec="A4"):
    """A document the applicant prepares (合同, 方案, 制度 ...)."""
    return mat(name, kind=kind, copies=copies, nec=nec, spec=spec, note=note)


def gov(name, org, lic=None, kind="original", nec="required", copies=1, note=None):
    """A document issued by a government body; electronic when it is a licence."""
    form = "paper_or_electronic" if lic else "paper"
    return mat(name, kind=kind, form=form, copies=copies, nec=nec,
               src="government", org=org, note=note, lic=lic)


def inter(name, org, kind="original", nec="required", copies=1, note=None):
    """A report issued by an intermediary (测绘, 检测, 评估, 审计 ...)."""
    return mat(name, kind=kind, copies=copies, nec=nec, src="intermediary",
               org=org, spec="A4", note=note)


def other(name, org, kind="original", nec="required", copies=1, note=None):
    """A document from another body (医院, 原单位, 村委会 ...)."""
    return mat(name, kind=kind, copies=copies, nec=nec, src="other", org=org,
               note=note)


def idcard(who="申请人", nec="required", copies=1, note=None):
    return mat(f"{who}居民身份证", form="paper_or_electronic", copies=copies,
               nec=nec, src="government", org="公安机关",
               note=note or "核验原件后退还；已关联电子证照的免提交", lic="居民身份证")


def hukou(who="", nec="required", note=None):
    return mat(f"{who}居民户口簿", form="paper_or_electronic", nec=nec,
               src="government", org="公安机关", lic="居民户口簿",
               note=note or "核验原件后退还")


def bizlic(nec="required", note=None):
    return mat("营业执照", kind="original_or_copy", form="paper_or_electronic",
               nec=nec, src="government", org="市场监督管理部门",
               note=note or "已领取电子营业执照的免提交", lic="营业执照")


def unitcert(nec="required"):
    """Identity proof of an organisation: 营业执照 or 事业单位/社会组织登记证书."""
    return mat("单位主体资格证明（营业执照、事业单位法人证书或社会组织登记证书）",
               kind="original_or_copy", form="paper_or_electronic", nec=nec,
               src="government", note="已领取电子营业执照的免提交", lic="营业执照")


def legal_id(nec="required"):
    return idcard("法定代表人（负责人）", nec=nec)


def agent():
    """The two materials an entrusted agent brings."""
    return [mat("授权委托书", nec="optional", spec="A4",
                note="委托他人代办的提供，载明委托事项、权限和期限，委托人签字（盖章）"),
            idcard("受托人", nec="optional", note="委托他人代办的提供，核验原件")]


def realty(who="", nec="required", note=None):
    return mat(f"{who}不动产权证书", form="paper_or_electronic", nec=nec,
               src="government", org="不动产登记机构", lic="不动产权证书",
               note=note or "此前颁发的房屋所有权证、国有土地使用证继续有效")


def marriage(who="", nec="required", note=None):
    return mat(f"{who}结婚证", form="paper_or_electronic", nec=nec,
               src="government", org="婚姻登记机关", lic="结婚证",
               note=note or "核验原件后退还")


def sscard(nec="required", note=None):
    return mat("社会保障卡", form="paper_or_electronic", nec=nec,
               src="government", org="人力资源社会保障部门", lic="社会保障卡",
               note=note or "实体卡或电子社保卡均可")


def birthcert(nec="required"):
    return gov("出生医学证明", "助产医疗机构", lic="出生医学证明", nec=nec)


def photo(copies=2, spec="近期二寸白底免冠彩色照片", nec="required", note=None):
    return mat("近期免冠照片", copies=copies, nec=nec, spec=spec,
               note=note or "也可现场免费拍摄")


def bank(nec="required"):
    return mat("本人银行结算账户（社会保障卡金融账户或借记卡）", kind="original_or_copy",
               nec=nec, src="other", org="开户银行", note="用于资金发放，须为本人名下账户")


def pledge(name="告知承诺书", nec="required"):
    return mat(name, spec="A4", nec=nec,
               note="申请人签字（盖章）承诺所填信息和所交材料真实有效")


def site(name="经营场所使用证明（不动产权证书或租赁合同）", nec="required"):
    return mat(name, kind="original_or_copy", nec=nec, spec="A4",
               note="可签署住所（经营场所）告知承诺书代替", lic="不动产权证书")


def D(x):
    """容缺后补: the window may accept without it on a written commitment."""
    if isinstance(x, list):
        return [D(m) for m in x]
    return dict(x, necessity="deferrable")


def OPT(x):
    """非必要: only in the situation the note names."""
    if isinstance(x, list):
        return [OPT(m) for m in x]
    return dict(x, necessity="optional")


# ---------------------------------------------------------------------------
# Departments and matters
# ---------------------------------------------------------------------------

DEFAULT_CONDITIONS = {
    "01": "申请人符合法定许可条件，申请材料齐全、符合法定形式",
    "04": "依法负有纳税（缴费）义务，申报资料齐全",
    "05": "申请人符合给付条件，申请材料齐全、真实有效",
    "07": "申请人符合确认条件，申请材料齐全、符合法定形式",
    "10": "属于本部门受理范围，申请材料齐全",
    "20": "属于本辖区服务对象，申请材料齐全",
}

CATALOG_PREFIX = {"01": "XK", "04": "ZS", "05": "GF", "07": "QR", "10": "QT",
                  "20": "GG"}


class Dept:
    def __init__(self, code, name, kind2, body8, consult, complaint,
                 address=None, hours=HOURS, basis=None, visits=1,
                 region6=REGION["code"]):
        self.code = code
        self.name = name
        self.credit = uscc(kind2, region6, body8)
        self.consult = consult
        self.complaint = complaint
        self.address = address or f"{HALL}一楼综合受理区"
        self.hours = hours
        self.basis = basis
        self.visits = visits
        self.specs = []

    def add(self, name, mtype, legal, promise, *, kw, res, mats, basis=None,
            cond=None, objs="1", v=None, fees=(), online=True, kind=None,
            state="active", level="4", grp=None, addr=None, ver=None,
            express=None, hours=None, booking=True):
        """One matter.

        legal/promise: "20w" 工作日, "30d" 自然日, "3m" 月, "1y" 年; promise "0" is
        即办件 unless kind says otherwise.  objs: A.4 codes as a string ("126").
        grp: matters with the same grp share a 基本编码 main item (子项 001, 002 ...).
        """
        self.specs.append(dict(
            name=name, mtype=mtype, legal=legal, promise=promise, kw=kw,
            res=res, mats=mats, basis=basis or self.basis, cond=cond, objs=objs,
            v=self.visits if v is None else v, fees=list(fees), online=online,
            kind=kind, state=state, level=level, grp=grp, addr=addr, ver=ver,
            express=express, hours=hours, booking=booking))


def flatten(items):
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


# ===========================================================================
# 公安 (户籍、出入境、交警、治安)
# ===========================================================================

def dept_ga():
    d = Dept("GA", "枣庄市公安局市中分局", "11", "00429371", "0632-3311701",
             "0632-3311710", address=f"{HALL}一楼公安综合窗口区", hours=HOURS_SAT,
             basis="《中华人民共和国户口登记条例》")
    HJ = "《中华人民共和国户口登记条例》"
    SFZ = "《中华人民共和国居民身份证法》"
    JZZ = "《居住证暂行条例》"
    CRJ = "《中华人民共和国出境入境管理法》《中华人民共和国护照法》"
    GA_CRJ = "《中华人民共和国出境入境管理法》《中国公民往来香港地区或者澳门地区的暂行管理办法》"
    TW = "《中华人民共和国出境入境管理法》《中国公民往来台湾地区管理办法》"
    JSZ = "《中华人民共和国道路交通安全法》《机动车驾驶证申领和使用规定》"
    JDC = "《中华人民共和国道路交通安全法》《机动车登记规定》"
    CRJ_ADDR = f"{HALL}一楼出入境业务专区"
    JG_ADDR = f"{HALL}一楼车驾管业务专区"

    # -- 户籍 --------------------------------------------------------------
    d.add("出生登记", "07", "1w", "0", kw="上户口 新生儿落户 报户口 新生儿入户",
          res=cert("居民户口簿"), basis=HJ,
          cond="婴儿出生后一个月内，由父母一方或者监护人向落户地户籍窗口申报出生登记",
          mats=[table("出生登记申报表"), birthcert(), idcard("父母双方", copies=2),
                hukou("落户地"), D(marriage("父母"))])
    d.add("死亡户口注销", "07", "1w", "0", kw="销户 死亡注销 户口注销",
          res=oth("户口注销证明"), basis=HJ,
          cond="公民死亡后由其亲属或者户主持死亡证明申报注销户口",
          mats=[other("居民死亡医学证明（推断）书或火化证明", "医疗机构、殡仪馆"),
                hukou("死者"), OPT(idcard("死者", note="能提供的交回；遗失的由申报人书面说明")),
                idcard("申报人")])
    d.add("户口迁移（投靠类迁入）", "07", "20w", "0", kw="投靠落户 户口迁入 随迁 夫妻投靠",
          res=cert("居民户口簿"), basis=HJ, grp="户口迁移",
          cond="夫妻、父母子女之间投靠，符合本地落户政策",
          mats=[table("户口迁移申请表"), hukou("被投靠人"), hukou("迁移人"),
                idcard("迁移人"),
                gov("亲属关系证明（结婚证、出生医学证明等）", "婚姻登记机关、助产医疗机构"),
                agent()])
    d.add("户口迁移（购房落户迁入）", "07", "20w", "0", kw="买房落户 购房落户 户口迁入",
          res=cert("居民户口簿"), basis=HJ, grp="户口迁移",
          cond="在本区拥有合法稳定住所（含租赁），本人及其共同居住生活的配偶、子女、父母可申请落户",
          mats=[table("户口迁移申请表"), realty(), hukou("迁移人"), idcard("迁移人"),
                OPT(marriage("随迁配偶", note="配偶随迁的提供"))])
    d.add("户口迁移（大中专院校毕业生迁入）", "07", "20w", "0",
          kw="毕业生落户 大学生落户 毕业迁户口", res=cert("居民户口簿"), basis=HJ,
          grp="户口迁移",
          mats=[table("户口迁移申请表"), gov("毕业证书", "毕业院校", kind="original"),
                idcard(), D(own("劳动合同或就业协议", kind="original_or_copy"))])
    d.add("户口迁移（人才引进迁入）", "07", "20w", "0", kw="人才落户 人才引进 技能人才落户",
          res=cert("居民户口簿"), basis=HJ, grp="户口迁移",
          mats=[table("户口迁移申请表"), idcard(), hukou("迁移人"),
                gov("学历学位证书或职业资格证书", "颁证机构", kind="original_and_copy"),
                D(own("劳动合同或单位聘用证明", kind="original_or_copy"))])
    d.add("户口迁移（跨省迁入“一站式”办理）", "07", "20w", "5w",
          kw="跨省迁户口 迁户口 异地迁入 跨省通办", res=cert("居民户口簿"), basis=HJ,
          grp="户口迁移", v=1,
          cond="符合迁入地落户条件，迁出地户口未注销，由迁入地户籍窗口一站式办理",
          mats=[table("户口迁移申请表"), hukou("迁移人"), idcard("迁移人"),
                own("落户条件证明材料", kind="original_or_copy",
                    note="按投靠、购房、就业等类别提供相应证明")])
    d.add("户口迁移（大中专院校录取学生迁出）", "07", "5w", "0",
          kw="上学迁户口 学生户口迁出 入学迁户", res=cert("户口迁移证"), basis=HJ,
          grp="户口迁移",
          mats=[gov("录取通知书", "录取院校", kind="original_and_copy"), hukou(), idcard()])
    d.add("公民姓名变更登记", "07", "20w", "5w", kw="改名 改名字 姓名变更 更改姓名",
          res=cert("居民户口簿"), basis=HJ,
          cond="未满十八周岁由本人或者父母、收养人申请；年满十八周岁由本人申请",
          mats=[table("变更更正户口登记项目申请表"), hukou(), idcard(),
                own("姓名变更理由说明及证明材料", nec="required"),
                OPT(mat("监护人同意书", note="未成年人变更姓名的提供，父母双方签字"))])
    d.add("公民出生日期更正", "07", "20w", "10w", kw="改年龄 出生日期更正 改出生日期",
          res=cert("居民户口簿"), basis=HJ,
          mats=[table("变更更正户口登记项目申请表"), hukou(), idcard(),
                OPT(birthcert()),
                D(other("能证明出生日期的原始档案材料", "档案管理单位", kind="copy"))])
    d.add("公民民族成份变更登记", "07", "30d", "20w", kw="民族变更 改民族 民族成份",
          res=cert("居民户口簿"), basis="《中国公民民族成份登记管理办法》",
          cond="未满十八周岁的可依据父母一方民族成份申请变更，年满十八周岁后两年内可申请一次",
          mats=[table("民族成份变更申请表"), hukou(), idcard(),
                hukou("父母", note="用以证明父或母民族成份")])
    d.add("户口登记非关键项目变更更正", "07", "5w", "0",
          kw="户口本信息变更 文化程度变更 婚姻状况变更 服务处所变更",
          res=cert("居民户口簿"), basis=HJ,
          mats=[table("变更更正户口登记项目申请表"), hukou(), idcard(),
                own("变更事项证明材料（学历证书、婚姻证明等）", kind="original_or_copy")])
    d.add("户口恢复登记", "07", "20w", "10w", kw="恢复户口 补录户口 户口恢复",
          res=cert("居民户口簿"), basis=HJ,
          cond="因出境定居、服兵役、错误注销等原因被注销户口，符合恢复条件",
          mats=[table("恢复户口申请表"), gov("原户籍证明或注销户口证明", "公安机关"),
                own("恢复户口事由证明材料", kind="original_or_copy"),
                OPT(idcard())])
    d.add("居民户口簿换领、补领", "20", "5w", "0", kw="补户口本 换户口本 户口簿遗失",
          res=cert("居民户口簿"), basis=HJ,
          mats=[table("居民户口簿换领补领申请表"), idcard("户主"),
                OPT(hukou("原", note="换领的交回原户口簿"))])
    d.add("开具户籍类证明", "20", "3w", "0", kw="户籍证明 户口证明 开证明",
          res=oth("户籍证明"), basis=HJ, v=0,
          mats=[idcard(), table("户籍证明申请表"), agent()])
    d.add("居民身份证申领（首次申领）", "07", "60d", "15d",
          kw="办身份证 首次办证 身份证申请 办理身份证", res=cert("居民身份证"), basis=SFZ,
          grp="居民身份证", fees=[FEE_SFZ],
          cond="本区常住户口公民，年满十六周岁应当申领；未满十六周岁的可以申领",
          mats=[hukou(),
                OPT(idcard("监护人", note="未满十六周岁申领的，监护人陪同并提供"))])
    d.add("居民身份证换领", "07", "60d", "15d", kw="身份证到期 换身份证 身份证过期",
          res=cert("居民身份证"), basis=SFZ, grp="居民身份证", fees=[FEE_SFZ],
          cond="居民身份证有效期满、登记项目变更或严重损坏不能辨认",
          mats=[idcard("原", note="交回原证"), hukou()])
    d.add("居民身份证补领", "07", "60d", "15d", kw="身份证丢了 补身份证 身份证遗失",
          res=cert("居民身份证"), basis=SFZ, grp="居民身份证", fees=[FEE_SFZ],
          mats=[hukou(), table("居民身份证申领登记表", note="现场采集人像、指纹后打印确认")])
    d.add("临时居民身份证申领", "07", "3d", "0", kw="临时身份证 临时证 急用身份证",
          res=cert("临时居民身份证"), basis=SFZ, grp="居民身份证", fees=[FEE_LSSFZ],
          cond="已申请领取、换领或者补领居民身份证，在居民身份证领取前急需使用",
          mats=[hukou(), gov("居民身份证受理回执", "公安机关"),
                photo(1, "近期一寸白底免冠彩色照片")])
    d.add("居民身份证异地申领（跨省通办）", "07", "60d", "20d",
          kw="异地换身份证 跨省办身份证 外地办身份证", res=cert("居民身份证"), basis=SFZ,
          grp="居民身份证", fees=[FEE_SFZ],
          mats=[OPT(idcard("原", note="换领的交回原证")), OPT(hukou(note="首次申领的提供"))])
    d.add("居住登记", "20", "5w", "0", kw="流动人口登记 暂住登记 外地人登记",
          res=oth("居住登记凭证"), basis=JZZ, v=0,
          mats=[idcard(), site("住所证明（不动产权证书或租赁合同）"),
                OPT(own("就业或就读证明", kind="original_or_copy"))])
    d.add("居住证核发", "07", "15d", "5w", kw="居住证 暂住证 外地人办证",
          res=cert("居住证"), basis=JZZ,
          cond="离开常住户口所在地到本区居住半年以上，有合法稳定就业、合法稳定住所或连续就读之一",
          mats=[table("居住证申领登记表"), idcard(),
                site("合法稳定住所证明（不动产权证书或租赁合同）"),
                D(own("合法稳定就业或连续就读证明", kind="original_or_copy")),
                D(photo(1, "近期一寸白底免冠彩色照片"))])
    d.add("居住证签注", "20", "5w", "0", kw="居住证续签 居住证年审 居住证签注",
          res=cert("居住证"), basis=JZZ, v=0,
          mats=[gov("居住证", "公安机关"), idcard()])
    d.add("居民身份证挂失申报", "20", "1w", "0", kw="身份证挂失 身份证丢失 身份证被盗",
          res=NORESULT, basis=SFZ, grp="居民身份证", v=0,
          mats=[hukou(), table("居民身份证挂失申报表")])
    d.add("开具无犯罪记录证明", "20", "3w", "0", kw="无犯罪证明 良民证 政审证明",
          res=oth("无犯罪记录证明"),
          basis="《公安部关于印发〈公安机关办理犯罪记录查询工作规定〉的通知》",
          mats=[table("无犯罪记录证明申请表"), idcard(), agent()])

    # -- 出入境 --------------------------------------------------------------
    passport_fee = fee("普通护照工本费", "120元/本", FEE_CRJ_BASIS, True)
    hk_fee = fee("往来港澳通行证工本费", "60元/证", FEE_CRJ_BASIS, True)
    qz_fee = fee("往来港澳签注费", "15元/件", FEE_CRJ_BASIS, True)
    tw_fee = fee("大陆居民往来台湾通行证工本费", "60元/证", FEE_CRJ_BASIS, True)
    d.add("普通护照签发", "01", "15d", "7w", kw="办护照 出国 护照申请 首次办护照",
          res=cert("中华人民共和国普通护照"), basis=CRJ, grp="普通护照",
          fees=[passport_fee], addr=CRJ_ADDR,
          mats=[table("中国公民出入境证件申请表", note="现场采集照片和指纹后打印确认"),
                idcard(),
                OPT(gov("国家工作人员出境审批意见", "人事主管部门",
                        note="登记备案的国家工作人员提供"))])
    d.add("普通护照换发", "01", "15d", "7w", kw="换护照 护照到期 护照换发",
          res=cert("中华人民共和国普通护照"), basis=CRJ, grp="普通护照",
          fees=[passport_fee], addr=CRJ_ADDR,
          mats=[table("中国公民出入境证件申请表"), idcard(),
                gov("原普通护照", "出入境管理机构")])
    d.add("普通护照补发", "01", "15d", "7w", kw="补护照 护照丢了 护照遗失",
          res=cert("中华人民共和国普通护照"), basis=CRJ, grp="普通护照",
          fees=[passport_fee], addr=CRJ_ADDR,
          mats=[table("中国公民出入境证件申请表"), idcard(),
                own("护照遗失或被盗情况说明")])
    d.add("往来港澳通行证及签注签发", "01", "15d", "7w",
          kw="港澳通行证 去香港 去澳门 港澳签注", res=cert("往来港澳通行证"), basis=GA_CRJ,
          grp="往来港澳通行证", fees=[hk_fee, qz_fee], addr=CRJ_ADDR,
          mats=[table("中国公民出入境证件申请表"), idcard(),
                OPT(hukou(note="未满十六周岁的提供"))])
    d.add("往来港澳通行证再次签注", "01", "15d", "0",
          kw="港澳续签 港澳再次签注 自助签注", res=cert("往来港澳签注"), basis=GA_CRJ,
          grp="往来港澳通行证", fees=[qz_fee], addr=CRJ_ADDR,
          mats=[gov("往来港澳通行证", "出入境管理机构"), idcard()])
    d.add("大陆居民往来台湾通行证签发", "01", "15d", "7w", kw="台湾通行证 去台湾 赴台",
          res=cert("大陆居民往来台湾通行证"), basis=TW, grp="往来台湾通行证",
          fees=[tw_fee], addr=CRJ_ADDR,
          mats=[table("中国公民出入境证件申请表"), idcard()])
    d.add("赴台签注签发（个人旅游）", "01", "15d", "7w", kw="台湾个人游 赴台签注 台湾旅游",
          res=cert("赴台签注"), basis=TW, grp="往来台湾通行证", state="suspended",
          fees=[fee("赴台签注费", "15元/件", FEE_CRJ_BASIS, True)], addr=CRJ_ADDR,
          mats=[gov("大陆居民往来台湾通行证", "出入境管理机构"), idcard()])
    d.add("出入境证件报失", "20", "1w", "0", kw="护照挂失 通行证丢失 证件报失",
          res=oth("出入境证件报失证明"), basis=CRJ, addr=CRJ_ADDR,
          mats=[table("出入境证件报失申请表"), idcard()])
    d.add("出入境记录查询", "20", "3w", "0", kw="出入境记录 出国记录 出境证明",
          res=oth("出入境记录查询结果"), basis=CRJ, addr=CRJ_ADDR, v=0,
          mats=[idcard(), agent()])

    # -- 交警 ---------------------------------------------------------------
    health = other("机动车驾驶人身体条件证明", "县级或者部队团级以上医疗机构",
                   note="已通过互联网提交电子身体条件证明的免交")
    d.add("机动车驾驶证期满换证", "07", "1w", "0", kw="驾照到期 换驾照 驾驶证换证",
          res=cert("机动车驾驶证"), basis=JSZ, grp="机动车驾驶证", fees=[FEE_JSZ],
          addr=JG_ADDR, v=0,
          mats=[idcard(), gov("机动车驾驶证", "公安机关交通管理部门", lic="机动车驾驶证"),
                health, D(photo(1, "近期一寸白底免冠彩色照片"))])
    d.add("机动车驾驶证遗失补证", "07", "1w", "0", kw="驾照丢了 补驾照 驾驶证补办",
          res=cert("机动车驾驶证"), basis=JSZ, grp="机动车驾驶证", fees=[FEE_JSZ],
          addr=JG_ADDR,
          mats=[table("机动车驾驶证申请表"), idcard(), D(photo(1, "近期一寸白底免冠彩色照片"))])
    d.add("机动车驾驶证损毁换证", "07", "1w", "0", kw="驾照损坏 换驾照 驾驶证损毁",
          res=cert("机动车驾驶证"), basis=JSZ, grp="机动车驾驶证", fees=[FEE_JSZ],
          addr=JG_ADDR,
          mats=[table("机动车驾驶证申请表"), idcard(),
                gov("机动车驾驶证", "公安机关交通管理部门", lic="机动车驾驶证")])
    d.add("机动车驾驶证转入换证", "07", "1w", "0", kw="外地驾照转入 驾照转籍 驾驶证转入",
          res=cert("机动车驾驶证"), basis=JSZ, grp="机动车驾驶证", fees=[FEE_JSZ],
          addr=JG_ADDR,
          mats=[table("机动车驾驶证申请表"), idcard(),
                gov("机动车驾驶证", "公安机关交通管理部门", lic="机动车驾驶证"),
                health, OPT(gov("居住证", "公安机关", note="非本地户籍的提供"))])
    d.add("机动车驾驶人提交身体条件证明", "20", "1w", "0",
          kw="驾照体检 提交体检 身体条件证明", res=NORESULT, basis=JSZ, addr=JG_ADDR, v=0,
          mats=[idcard(), health])
    d.add("机动车驾驶人联系方式变更备案", "20", "1w", "0", kw="驾驶人手机号变更 驾照地址变更",
          res=NORESULT, basis=JSZ, addr=JG_ADDR, v=0,
          mats=[idcard(), gov("机动车驾驶证", "公安机关交通管理部门", lic="机动车驾驶证")])
    d.add("机动车检验合格标志核发", "07", "1w", "0", kw="年检 年审 车检 检验标志",
          res=cert("机动车检验合格标志"), basis=JDC, addr=JG_ADDR, v=0, objs="126",
          mats=[gov("机动车行驶证", "公安机关交通管理部门", lic="机动车行驶证"),
                other("机动车交通事故责任强制保险凭证", "保险公司",
                      note="已联网核查的免交"),
                inter("机动车安全技术检验报告", "机动车安全技术检验机构")])
    d.add("机动车注册登记", "01", "2d", "0", kw="新车上牌 上牌照 车辆登记",
          res=cert("机动车登记证书、号牌、行驶证"), basis=JDC, grp="机动车登记",
          addr=JG_ADDR, objs="126",
          fees=[fee("机动车号牌工本费", "按收费目录清单标准收取", FEE_BASIS_SD),
                fee("机动车行驶证工本费", "10元/证", FEE_BASIS_SD),
                fee("机动车登记证书工本费", "10元/证", FEE_BASIS_SD)],
          mats=[table("机动车注册、转移、注销登记/转入申请表"), idcard("机动车所有人"),
                other("机动车销售统一发票", "销售企业"),
                other("机动车整车出厂合格证明或进口凭证", "生产企业",
                      note="已实现电子信息核查的免交"),
                other("机动车交通事故责任强制保险凭证", "保险公司",
                      note="已联网核查的免交"),
                gov("车辆购置税完税证明或免税凭证", "税务机关",
                    note="已与税务部门信息共享的免交")])
    d.add("机动车转移登记", "01", "2d", "0", kw="车辆过户 二手车过户 过户",
          res=cert("机动车登记证书、行驶证"), basis=JDC, grp="机动车登记", addr=JG_ADDR,
          objs="126", fees=[fee("机动车行驶证工本费", "10元/证", FEE_BASIS_SD)],
          mats=[table("机动车注册、转移、注销登记/转入申请表"), idcard("现机动车所有人"),
                gov("机动车登记证书", "公安机关交通管理部门"),
                gov("机动车行驶证", "公安机关交通管理部门", lic="机动车行驶证"),
                other("二手车销售统一发票", "二手车交易市场或经销企业")])
    d.add("机动车抵押登记", "07", "1w", "0", kw="车辆抵押 车贷抵押 解除抵押",
          res=cert("机动车登记证书"), basis=JDC, grp="机动车登记", addr=JG_ADDR,
          objs="126",
          mats=[table("机动车抵押登记/质押备案申请表"), idcard("机动车所有人"),
                gov("机动车登记证书", "公安机关交通管理部门"),
                own("抵押合同", kind="original"),
                mat("抵押权人主体资格证明", kind="original_or_copy",
                    src="government", org="登记管理机关", lic="营业执照")])
    d.add("补领、换领机动车号牌、行驶证", "07", "1w", "0", kw="补车牌 补行驶证 号牌丢失",
          res=cert("机动车号牌、行驶证"), basis=JDC, grp="机动车登记", addr=JG_ADDR,
          objs="126", fees=[fee("机动车行驶证工本费", "10元/证", FEE_BASIS_SD)],
          mats=[table("机动车牌证申请表"), idcard("机动车所有人")])
    d.add("机动车临时通行牌证核发", "01", "1w", "0", kw="临时牌照 临牌 临时号牌",
          res=cert("机动车临时行驶车号牌"), basis=JDC, grp="机动车登记", addr=JG_ADDR,
          objs="126", fees=[fee("临时行驶车号牌工本费", "5元/张", FEE_BASIS_SD)],
          mats=[table("机动车临时通行牌证申请表"), idcard("机动车所有人"),
                other("机动车来历证明", "销售企业"),
                other("机动车交通事故责任强制保险凭证", "保险公司")])
    d.add("电动自行车登记", "20", "1w", "0", kw="电动车上牌 电瓶车牌照 电动车登记",
          res=cert("电动自行车号牌、行驶证"), addr=JG_ADDR,
          basis="《中华人民共和国道路交通安全法》第十八条",
          mats=[idcard("车辆所有人"), other("电动自行车购车发票", "销售单位"),
                other("电动自行车产品合格证", "生产企业"),
                D(other("强制性产品认证证书（CCC）信息", "生产企业", kind="copy"))])

    # -- 治安 ---------------------------------------------------------------
    d.add("旅馆业特种行业许可证核发", "01", "20w", "5w", kw="旅馆许可 宾馆开业 特种行业许可",
          res=cert("特种行业许可证"), basis="《旅馆业治安管理办法》", objs="26",
          mats=[table("特种行业许可证申请登记表"), bizlic(), legal_id(),
                site(), pledge("消防安全告知承诺书"),
                D(own("治安保卫制度及安全防范措施")),
                D(own("旅馆平面图及监控设备布局图"))])
    d.add("公章刻制业特种行业许可证核发", "01", "20w", "5w",
          kw="刻章店许可 印章刻制许可 公章刻制业", res=cert("特种行业许可证"), objs="26",
          basis="《国务院对确需保留的行政审批项目设定行政许可的决定》",
          mats=[table("特种行业许可证申请登记表"), bizlic(), legal_id(), site(),
                D(own("印章治安管理信息系统接入承诺及安全管理制度"))])
    d.add("公章刻制备案", "10", "1w", "0", kw="刻章 刻公章 印章备案 新办企业刻章",
          res=oth("印章备案信息"), objs="2346", v=0,
          basis="《国务院对确需保留的行政审批项目设定行政许可的决定》",
          mats=[unitcert(), legal_id(), table("印章刻制备案表"), agent()])
    d.add("大型群众性活动安全许可", "01", "7d", "3w", kw="大型活动审批 演唱会安全许可 活动报备",
          res=appr("大型群众性活动安全许可决定书"), basis="《大型群众性活动安全管理条例》",
          objs="2346",
          mats=[table("大型群众性活动安全许可申请表"), unitcert(), legal_id(),
                own("活动方案及说明"), own("活动安全工作方案"),
                other("场所管理者出具的场所使用证明", "场所管理者"),
                D(own("应急救援预案"))])
    d.add("剧毒化学品购买许可证核发", "01", "3d", "2d", kw="剧毒化学品 购买许可 危化品购买",
          res=cert("剧毒化学品购买许可证"), basis="《危险化学品安全管理条例》", objs="236",
          mats=[table("剧毒化学品购买许可证申请表"), unitcert(), legal_id(),
                own("购买剧毒化学品用途说明"),
                D(own("剧毒化学品安全管理制度及保管人员名单"))])
    return d


# ===========================================================================
# 人力资源和社会保障
# ===========================================================================

def dept_rs():
    d = Dept("RS", "枣庄市市中区人力资源和社会保障局", "11", "00429435",
             "0632-3312301", "0632-3312319", address=f"{HALL}二楼人社综合受理区",
             basis="《中华人民共和国社会保险法》")
    SB = "《中华人民共和国社会保险法》"
    YL = "《中华人民共和国社会保险法》《国务院关于完善企业职工基本养老保险制度的决定》"
    CXJM = "《国务院关于建立统一的城乡居民基本养老保险制度的意见》"
    SY = "《中华人民共和国社会保险法》《失业保险条例》"
    GS = "《工伤保险条例》"
    JY = "《中华人民共和国就业促进法》《就业服务与就业管理规定》"
    KA = "《社会保障卡管理办法》"
    DA = "《流动人员人事档案管理服务规定》"
    units = "2346"

    # -- 社会保险登记 --------------------------------------------------------
    d.add("单位参保登记", "20", "15d", "0", kw="单位社保开户 企业参保 社保登记 社保开户",
          res=oth("社会保险参保登记信息"), basis=SB, objs=units, v=0,
          cond="用人单位自成立之日起三十日内申请办理社会保险登记",
          mats=[unitcert(), table("社会保险单位参保登记表"), agent()])
    d.add("参保单位信息变更登记", "20", "15d", "0", kw="单位社保变更 参保信息变更 社保变更",
          res=oth("变更后的参保登记信息"), basis=SB, objs=units, v=0,
          mats=[table("参保单位信息变更登记表"), unitcert(),
                gov("变更事项批准文件或登记证明", "登记管理机关", kind="original_or_copy")])
    d.add("参保单位注销登记", "20", "15d", "0", kw="单位社保注销 社保销户 企业社保注销",
          res=oth("社会保险注销登记信息"), basis=SB, objs=units,
          mats=[table("参保单位注销登记表"),
                gov("注销、撤销或终止的证明文件", "登记管理机关", kind="original_or_copy")])
    d.add("职工参保登记", "20", "15d", "0", kw="员工参保 新员工社保 社保增员 职工社保",
          res=oth("社会保险参保登记信息"), basis=SB, objs=units, v=0,
          cond="用人单位自用工之日起三十日内为职工申请办理",
          mats=[table("职工参保登记表"), idcard("职工")])
    d.add("灵活就业人员参保登记", "20", "15d", "0",
          kw="个人交社保 灵活就业社保 自由职业社保 个体社保", res=oth("社会保险参保登记信息"),
          basis=SB, v=0, mats=[idcard(), table("灵活就业人员参保登记表")])
    d.add("城乡居民基本养老保险参保登记", "20", "15d", "0",
          kw="居民养老保险 新农保 城乡居民社保 居民养老", res=oth("社会保险参保登记信息"),
          basis=CXJM, v=0,
          cond="年满十六周岁（不含在校学生），非国家机关和事业单位工作人员，不属于职工基本养老保险覆盖范围的城乡居民",
          mats=[idcard(), hukou(), table("城乡居民基本养老保险参保登记表")])
    d.add("参保人员信息变更登记", "20", "15d", "0", kw="社保信息变更 改社保信息 参保信息修改",
          res=oth("变更后的参保信息"), basis=SB, v=0,
          mats=[table("参保人员信息变更登记表"), idcard(),
                own("变更事项证明材料", kind="original_or_copy")])
    d.add("社会保险个人权益记录查询打印", "20", "1w", "0",
          kw="社保缴费记录 社保证明 社保查询 参保证明", res=oth("个人权益记录单"),
          basis=SB, v=0, mats=[idcard(), OPT(sscard(note="可用社会保障卡代替身份证")), agent()])
    d.add("企业职工基本养老保险关系转移接续", "20", "45w", "15w",
          kw="社保转移 社保转入 养老保险转移", res=oth("基本养老保险关系转移接续联系函"),
          basis="《城镇企业职工基本养老保险关系转移接续暂行办法》", v=0,
          mats=[idcard(), table("基本养老保险关系转移接续申请表"),
                D(gov("参保缴费凭证", "原参保地社会保险经办机构"))])
    d.add("城镇职工基本养老保险与城乡居民基本养老保险制度衔接", "20", "45w", "15w",
          kw="城乡养老衔接 养老保险合并 职保居保衔接", res=oth("制度衔接审核结果"),
          basis="《城乡养老保险制度衔接暂行办法》",
          mats=[idcard(), table("城乡养老保险制度衔接申请表"),
                D(gov("参保缴费凭证", "原参保地社会保险经办机构"))])

    # -- 退休与养老待遇 ------------------------------------------------------
    d.add("企业职工退休审批", "07", "20w", "5w", kw="退休 办理退休 退休手续 退休审批",
          res=appr("职工退休审批表"), basis=YL, objs="12", grp="退休审批",
          cond="达到法定退休年龄且累计缴费满最低缴费年限",
          mats=[idcard(), table("职工退休（职）审批表"),
                other("本人人事档案", "档案保管单位", note="由存档单位调取，不需本人携带"),
                D(photo(2, "近期一寸白底免冠彩色照片")), agent()])
    d.add("特殊工种提前退休审批", "07", "20w", "10w", kw="提前退休 特殊工种 井下工种",
          res=appr("职工退休（职）审批表"), basis=YL, objs="12", grp="退休审批",
          mats=[idcard(), table("特殊工种提前退休申请表"),
                other("本人人事档案", "档案保管单位"),
                other("从事特殊工种的原始记录及工种名录", "原工作单位", kind="copy")])
    d.add("因病或非因工致残完全丧失劳动能力提前退休审批", "07", "60d", "30d",
          kw="病退 因病提前退休 丧失劳动能力退休", res=appr("职工退休（职）审批表"),
          basis=YL, objs="12", grp="退休审批",
          mats=[idcard(), table("病退申请表"),
                gov("劳动能力鉴定结论", "劳动能力鉴定委员会"),
                other("本人人事档案", "档案保管单位")])
    d.add("职工弹性提前退休申请", "20", "20w", "5w", kw="弹性退休 提前退休 渐进式延迟退休",
          res=appr("职工退休（职）审批表"), objs="12", grp="退休审批",
          basis="《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》",
          mats=[idcard(), table("弹性提前退休申请表"),
                OPT(own("用人单位知悉证明", note="在职职工提供"))])
    d.add("企业职工基本养老金申领", "05", "20w", "0", kw="养老金 退休金 领养老金 退休待遇",
          res=oth("基本养老金核定表"), basis=YL,
          mats=[idcard(), sscard(), table("基本养老金申领表"),
                gov("职工退休（职）审批表", "人力资源社会保障部门")])
    d.add("城乡居民基本养老保险待遇申领", "05", "20w", "0",
          kw="农村养老金 居民养老金 60岁领养老金", res=oth("待遇核定结果"), basis=CXJM,
          cond="年满六十周岁、累计缴费满十五年且未领取国家规定的基本养老保障待遇",
          mats=[idcard(), hukou(), sscard(), table("城乡居民基本养老保险待遇申领表")])
    d.add("基本养老保险个人账户一次性待遇申领", "05", "20w", "10w",
          kw="个人账户退钱 养老保险退费 个人账户一次性", res=oth("一次性待遇核定结果"),
          basis=YL,
          mats=[table("个人账户一次性待遇申领表"), idcard(),
                own("申领事由证明（出国定居、死亡等）", kind="original_or_copy"), bank()])
    d.add("丧葬补助金、抚恤金申领", "05", "20w", "0", kw="丧葬费 抚恤金 死亡待遇",
          res=oth("待遇核定结果"), basis=SB,
          mats=[table("丧葬补助金、抚恤金申领表"),
                other("居民死亡医学证明（推断）书或火化证明", "医疗机构、殡仪馆"),
                idcard("申领人"),
                D(own("申领人与死者亲属关系证明", kind="original_or_copy")), bank()])
    d.add("城乡居民基本养老保险注销登记", "20", "15d", "0", kw="居民养老注销 养老保险退费 居保注销",
          res=oth("注销登记结果"), basis=CXJM,
          mats=[table("城乡居民基本养老保险注销登记表"), idcard("申请人"),
                own("注销原因证明（死亡证明、转入职工养老保险等）", kind="original_or_copy"),
                OPT(bank())])
    d.add("养老保险待遇发放账户变更", "20", "5w", "0", kw="养老金银行卡变更 待遇发放账户 换卡",
          res=NORESULT, basis=SB, v=0,
          mats=[idcard(), sscard(note="变更后的社会保障卡金融账户")])
    d.add("领取养老保险待遇资格认证", "20", "1w", "0",
          kw="养老金认证 生存认证 领养老金认证 刷脸认证", res=NORESULT, basis=SB, v=0,
          mats=[idcard(), OPT(sscard())])

    # -- 就业与失业 ----------------------------------------------------------
    d.add("失业登记", "20", "5w", "0", kw="失业登记 登记失业 没工作登记",
          res=oth("失业登记信息"), basis=JY, v=0,
          cond="法定劳动年龄内、有劳动能力、有就业要求、处于无业状态",
          mats=[idcard(), table("失业登记表")])
    d.add("就业登记", "20", "5w", "0", kw="就业登记 用工登记 就业备案",
          res=oth("就业登记信息"), basis=JY, objs="12", v=0,
          mats=[idcard("劳动者"), table("就业登记表")])
    d.add("失业保险金申领", "05", "10d", "0", kw="失业金 失业保险 领失业金 失业补助",
          res=oth("失业保险待遇核定结果"), basis=SY, v=0,
          cond="失业前参加失业保险满一年，非因本人意愿中断就业，已办理失业登记",
          mats=[idcard(), sscard(), table("失业保险金申领登记表"),
                other("解除或终止劳动关系证明", "原用人单位", kind="original_or_copy",
                      note="已由单位网上报送的免交")])
    d.add("就业困难人员认定", "07", "15w", "0", kw="就业困难 困难人员认定 就业援助",
          res=oth("就业困难人员认定结果"), basis=JY,
          mats=[idcard(), table("就业困难人员认定申请表"),
                OPT(gov("残疾人证、低保证等困难情形证明", "民政部门、残疾人联合会"))])
    d.add("就业创业证申领", "20", "5w", "0", kw="失业证 就业证 创业证 就业失业登记证",
          res=cert("就业创业证"), basis=JY, v=0,
          mats=[idcard(), table("就业创业证申领表"), D(photo(1, "近期一寸白底免冠彩色照片"))])
    d.add("创业担保贷款申请", "20", "20w", "10w", kw="创业贷款 贴息贷款 创业担保 小额贷款",
          res=oth("创业担保贷款审核意见"),
          basis="《财政部 人力资源社会保障部 中国人民银行关于进一步做好创业担保贷款财政贴息工作的通知》",
          objs="12",
          mats=[table("创业担保贷款申请表"), idcard(), bizlic(),
                gov("就业创业证", "人力资源社会保障部门", lic="就业创业证"),
                D(own("创业计划书"))])
    d.add("一次性创业补贴申领", "05", "20w", "10w", kw="创业补贴 一次性补贴 创业扶持",
          res=oth("补贴发放结果"), basis=JY, objs="12",
          mats=[table("一次性创业补贴申请表"), idcard(), bizlic(), bank(),
                D(gov("创业实体正常经营及缴纳社保证明", "社会保险经办机构"))])
    d.add("灵活就业人员社会保险补贴申领", "05", "20w", "10w",
          kw="灵活就业补贴 社保补贴 4050补贴", res=oth("补贴发放结果"), basis=JY,
          mats=[table("社会保险补贴申请表"), idcard(),
                gov("就业创业证", "人力资源社会保障部门", lic="就业创业证"), bank()])
    d.add("失业保险稳岗返还", "05", "20w", "10w", kw="稳岗返还 稳岗补贴 失业保险返还",
          res=oth("稳岗返还资金拨付结果"), basis=SY, objs=units, v=0,
          mats=[table("稳岗返还申请表", note="符合条件的企业“免申即享”，无需申请的不提交"),
                unitcert()])
    d.add("失业保险技能提升补贴申领", "05", "20w", "0",
          kw="技能提升补贴 考证补贴 职业技能补贴", res=oth("补贴发放结果"), basis=SY, v=0,
          mats=[idcard(), sscard(),
                gov("职业资格证书或职业技能等级证书", "评价机构", lic="职业技能等级证书")])

    # -- 工伤 -----------------------------------------------------------------
    d.add("工伤认定", "07", "60d", "30d", kw="工伤 工伤认定 上班受伤 工伤申报",
          res=appr("认定工伤决定书"), basis=GS, objs="12",
          cond="职工发生事故伤害或者被诊断、鉴定为职业病，单位在三十日内、职工或其近亲属在一年内提出",
          mats=[table("工伤认定申请表"), idcard("受伤职工"),
                own("劳动关系证明（劳动合同等）", kind="original_or_copy"),
                other("医疗诊断证明或职业病诊断证明书", "医疗机构"),
                D(own("事故经过说明及证人证言")), agent()])
    d.add("劳动能力鉴定申请", "07", "60d", "45d", kw="伤残鉴定 劳动能力鉴定 工伤等级",
          res=appr("劳动能力鉴定结论书"), basis=GS, objs="12",
          mats=[table("劳动能力鉴定申请表"), idcard(),
                gov("认定工伤决定书", "人力资源社会保障部门"),
                other("诊断证明、病历及检查报告", "医疗机构", kind="original_and_copy"),
                D(photo(2, "近期一寸白底免冠彩色照片"))])
    d.add("工伤保险待遇核定支付", "05", "20w", "15w", kw="工伤待遇 工伤赔偿 工伤报销",
          res=oth("工伤保险待遇核定结果"), basis=GS, objs="12",
          mats=[table("工伤保险待遇申请表"), gov("认定工伤决定书", "人力资源社会保障部门"),
                other("医疗费用票据及清单", "医疗机构"),
                OPT(gov("劳动能力鉴定结论书", "劳动能力鉴定委员会",
                        note="申领伤残待遇的提供"))])

    # -- 社会保障卡 ----------------------------------------------------------
    d.add("社会保障卡申领", "20", "30d", "0", kw="办社保卡 社保卡办理 第三代社保卡 即时制卡",
          res=cert("社会保障卡"), basis=KA, grp="社会保障卡",
          mats=[idcard(), table("社会保障卡申领登记表"),
                OPT(photo(1, "近期一寸白底免冠彩色照片", note="现场免费拍摄"))])
    d.add("社会保障卡补领、换领", "20", "30d", "0", kw="补社保卡 换社保卡 社保卡丢了",
          res=cert("社会保障卡"), basis=KA, grp="社会保障卡",
          mats=[idcard(), OPT(sscard(note="换领的交回原卡"))])
    d.add("社会保障卡挂失与解挂", "20", "1w", "0", kw="社保卡挂失 社保卡解挂 社保卡丢失",
          res=NORESULT, basis=KA, grp="社会保障卡", v=0, mats=[idcard(), agent()])
    d.add("社会保障卡密码重置", "20", "1w", "0", kw="社保卡密码 忘记密码 密码重置",
          res=NORESULT, basis=KA, grp="社会保障卡", mats=[idcard(), sscard()])

    # -- 人力资源市场与劳动关系 ----------------------------------------------
    d.add("经营性人力资源服务机构从事职业中介活动许可", "01", "20w", "5w",
          kw="职业中介 人力资源服务许可 劳务中介 人才中介", res=cert("人力资源服务许可证"),
          basis="《人力资源市场暂行条例》", objs="246",
          mats=[table("人力资源服务许可申请表"), bizlic(), legal_id(), site(),
                own("专职工作人员名单及相应资格证明", kind="original_or_copy"),
                D(own("工作规则和管理制度"))])
    d.add("劳务派遣经营许可", "01", "20w", "10w", kw="劳务派遣 派遣许可 劳务公司",
          res=cert("劳务派遣经营许可证"),
          basis="《中华人民共和国劳动合同法》《劳务派遣行政许可实施办法》", objs="2",
          mats=[table("劳务派遣经营许可申请书"), bizlic(), legal_id(), site(),
                inter("注册资本实缴证明（验资报告）", "会计师事务所"),
                D(own("劳务派遣管理制度")), D(own("劳务派遣协议样本"))])
    d.add("企业实行不定时工作制和综合计算工时工作制审批", "01", "20w", "5w",
          kw="不定时工作制 综合工时 特殊工时审批", res=appr("特殊工时制度批复"),
          basis="《中华人民共和国劳动法》《关于企业实行不定时工作制和综合计算工时工作制的审批办法》",
          objs="2",
          mats=[table("特殊工时制度申请表"), bizlic(), own("实行特殊工时制度的实施方案"),
                D(own("工会或职工代表意见"))])
    d.add("劳动人事争议仲裁申请", "10", "5d", "5w", kw="劳动仲裁 劳动纠纷 讨薪仲裁",
          res=oth("受理通知书或不予受理通知书"), basis="《中华人民共和国劳动争议调解仲裁法》",
          objs="12", kind="other",
          cond="劳动争议发生之日起一年内，向劳动合同履行地或者用人单位所在地仲裁委提出",
          mats=[own("仲裁申请书", copies=2, note="按被申请人人数提交副本"), idcard(),
                own("劳动关系证明材料", kind="original_or_copy"),
                OPT(own("证据材料及证据目录", kind="copy")), agent()])
    d.add("劳动保障监察投诉受理", "10", "5w", "0", kw="欠薪投诉 拖欠工资 讨薪 劳动监察",
          res=oth("投诉受理回执"), basis="《劳动保障监察条例》《保障农民工工资支付条例》",
          objs="1", v=0,
          mats=[own("投诉书", note="写明被投诉单位名称、地址及投诉事项"), idcard(),
                OPT(own("工资欠条、考勤记录等证据", kind="copy"))])

    # -- 人事档案 -------------------------------------------------------------
    d.add("流动人员人事档案接收", "20", "5w", "0", kw="档案接收 存档 人事档案 毕业生档案",
          res=oth("档案接收回执"), basis=DA,
          mats=[idcard(), other("档案转递通知单或调档函", "原档案保管单位")])
    d.add("流动人员人事档案转递", "20", "5w", "0", kw="档案转出 调档 档案转递",
          res=oth("档案转递通知单"), basis=DA,
          mats=[idcard(), other("调档函", "接收单位")])
    d.add("存档人员存档证明出具", "20", "1w", "0", kw="存档证明 档案证明 档案在哪",
          res=oth("存档证明"), basis=DA, v=0, mats=[idcard(), agent()])
    return d


# ===========================================================================
# 医疗保障
# ===========================================================================

def dept_yb():
    d = Dept("YB", "枣庄市市中区医疗保障局", "11", "MB285137", "0632-3312501",
             "0632-3312519", address=f"{HALL}二楼医保综合受理区", visits=0,
             basis="《中华人民共和国社会保险法》《医疗保障基金使用监督管理条例》")
    YB = "《中华人民共和国社会保险法》《医疗保障基金使用监督管理条例》"
    YD = "《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》"
    SY = "《中华人民共和国社会保险法》《山东省职工生育保险规定》"

    d.add("城乡居民基本医疗保险参保登记", "20", "5w", "0",
          kw="居民医保 农村医保 交医保 新农合", res=oth("参保登记信息"), basis=YB,
          mats=[hukou(), OPT(idcard(note="已领取身份证的提供")),
                table("城乡居民基本医疗保险参保登记表")])
    d.add("新生儿参加城乡居民基本医疗保险", "20", "5w", "0",
          kw="新生儿医保 宝宝医保 新生儿参保", res=oth("参保登记信息"), basis=YB,
          cond="出生九十天内参保缴费的，自出生之日起享受待遇",
          mats=[birthcert(), hukou(), idcard("监护人")])
    d.add("职工基本医疗保险参保登记", "20", "5w", "0", kw="职工医保 单位医保 员工医保",
          res=oth("参保登记信息"), basis=YB, objs="2346",
          mats=[unitcert(), table("职工基本医疗保险参保登记表")])
    d.add("灵活就业人员职工基本医疗保险参保登记", "20", "5w", "0",
          kw="灵活就业医保 个人交医保 自由职业医保", res=oth("参保登记信息"), basis=YB,
          mats=[idcard(), table("灵活就业人员参保登记表")])
    d.add("基本医疗保险参保信息变更登记", "20", "5w", "0", kw="医保信息变更 医保变更 医保改信息",
          res=oth("变更后的参保信息"), basis=YB,
          mats=[idcard(), table("参保信息变更登记表"),
                own("变更事项证明材料", kind="original_or_copy")])
    d.add("基本医疗保险关系转移接续", "20", "45w", "15w", kw="医保转移 医保转入 医保转出",
          res=oth("转移接续联系函"),
          basis="《流动就业人员基本医疗保障关系转移接续暂行办法》",
          mats=[idcard(), table("基本医疗保险关系转移接续申请表"),
                D(gov("参保缴费凭证", "转出地医疗保障经办机构"))])
    d.add("异地就医备案（异地长期居住人员）", "20", "5w", "0",
          kw="异地就医 异地安置 异地居住医保 异地长期居住", res=oth("异地就医备案信息"),
          basis=YD, grp="异地就医备案",
          mats=[idcard(), table("异地就医备案表"),
                pledge("异地居住告知承诺书")])
    d.add("异地就医备案（异地转诊人员）", "20", "5w", "0",
          kw="异地转诊 转外就医 异地就医", res=oth("异地就医备案信息"), basis=YD,
          grp="异地就医备案",
          mats=[idcard(), table("异地就医备案表"),
                other("转诊转院证明", "参保地定点医疗机构")])
    d.add("异地就医备案（临时外出就医人员）", "20", "5w", "0",
          kw="临时外出就医 出差看病 异地就医", res=oth("异地就医备案信息"), basis=YD,
          grp="异地就医备案", mats=[idcard(), table("异地就医备案表")])
    d.add("门诊慢特病病种待遇认定", "20", "30w", "10w",
          kw="慢性病 慢特病 门诊慢病 特殊病", res=oth("门诊慢特病待遇认定结果"), basis=YB,
          v=1,
          mats=[table("门诊慢特病待遇认定申请表"), idcard(),
                other("诊断证明、出院记录等病历资料", "二级及以上定点医疗机构",
                      kind="original_and_copy"),
                D(other("近期相关检查检验报告", "定点医疗机构", kind="copy"))])
    d.add("门诊慢特病定点医疗机构变更", "20", "5w", "0", kw="慢病医院变更 慢特病定点 换定点医院",
          res=NORESULT, basis=YB, mats=[idcard(), table("定点医疗机构变更申请表")])
    d.add("参保人员医疗费用手工（零星）报销", "20", "30w", "20w",
          kw="医保报销 零星报销 手工报销 垫付报销", res=oth("医疗费用报销结果"), basis=YB,
          v=1,
          mats=[idcard(), sscard(), other("医疗费用收费票据", "医疗机构"),
                other("费用明细清单", "医疗机构"),
                other("出院记录或门诊病历", "医疗机构", kind="copy"),
                OPT(own("外伤无第三方责任承诺书", note="外伤就医的提供"))])
    d.add("生育津贴支付", "05", "20w", "10w", kw="生育津贴 产假工资 生育保险",
          res=oth("生育津贴核定结果"), basis=SY, objs="12", grp="生育保险待遇",
          mats=[idcard(), other("出生医学证明或医学诊断证明", "医疗机构"),
                other("住院病历", "医疗机构", kind="copy"),
                D(marriage())])
    d.add("生育医疗费用支付", "05", "20w", "0", kw="产检报销 生育报销 生育医疗费",
          res=oth("生育医疗费用核定结果"), basis=SY, grp="生育保险待遇",
          mats=[idcard(), other("医疗费用票据及明细", "医疗机构"),
                other("门诊病历或孕产期保健手册", "医疗机构", kind="copy")])
    d.add("职工医保个人账户家庭共济备案", "20", "5w", "0",
          kw="家庭共济 医保个人账户 给家人用医保", res=oth("共济关系备案信息"), basis=YB,
          mats=[idcard(), idcard("共济人员"),
                D(own("亲属关系证明（户口簿、结婚证等）", kind="original_or_copy"))])
    d.add("医疗救助对象待遇核准支付", "05", "20w", "0", kw="医疗救助 大病救助 看病救助",
          res=oth("医疗救助核准结果"), basis="《社会救助暂行办法》", v=1,
          mats=[idcard(), gov("救助对象身份证明（低保、特困等）", "民政部门"),
                other("医疗费用票据及结算单", "医疗机构"),
                table("医疗救助申请表")])
    d.add("基本医疗保险参保缴费凭证开具", "20", "1w", "0",
          kw="医保缴费证明 参保凭证 医保证明", res=oth("参保缴费凭证"), basis=YB,
          mats=[idcard(), agent()])
    d.add("长期护理保险失能等级评估申请", "20", "30w", "15w",
          kw="长护险 失能评估 护理保险", res=oth("失能等级评估结论"),
          basis="《国家医保局 财政部关于扩大长期护理保险制度试点的指导意见》",
          state="suspended", v=1,
          mats=[table("长期护理保险失能评估申请表"), idcard(),
                other("病历及诊断证明", "医疗机构", kind="copy"), agent()])
    d.add("医药机构申请定点协议管理", "20", "3m", "30w",
          kw="医保定点 定点药店 定点医院 医保刷卡", res=oth("医保定点协议"), objs="236",
          basis="《医疗机构医疗保障定点管理暂行办法》《零售药店医疗保障定点管理暂行办法》",
          v=1,
          mats=[table("定点医药机构申请表"),
                gov("医疗机构执业许可证或药品经营许可证", "卫生健康、药品监管部门",
                    kind="original_or_copy"),
                bizlic(), D(own("医保管理制度及内部管理人员名单")),
                D(own("信息系统与医保系统对接说明"))])
    d.add("职工医保退休人员待遇核定", "07", "20w", "0",
          kw="退休医保 医保视同缴费 退休医保待遇", res=oth("退休医保待遇核定结果"), basis=YB,
          mats=[idcard(), gov("职工退休（职）审批表", "人力资源社会保障部门"),
                D(other("视同缴费年限证明（人事档案）", "档案保管单位"))])
    return d


# ===========================================================================
# 住房公积金
# ===========================================================================

def dept_gjj():
    d = Dept("GJJ", "枣庄市住房公积金管理中心市中管理部", "12", "MB285209",
             "0632-3312801", "0632-3312819", address=f"{HALL}二楼公积金受理区",
             visits=0, basis="《住房公积金管理条例》")
    units = "2346"
    tq = "《住房公积金管理条例》及枣庄市住房公积金提取有关规定"

    def withdraw(reason, promise, kw, reason_mats, v=0, cond=None, basis=tq):
        d.add(f"住房公积金提取（{reason}）", "20", "5w", promise, kw=kw,
              res=oth("住房公积金提取业务回单"), basis=basis, grp="住房公积金提取", v=v,
              cond=cond or f"缴存职工因{reason}申请提取本人住房公积金账户余额",
              mats=[idcard("缴存职工"), *reason_mats, bank()])

    d.add("单位住房公积金缴存登记", "20", "5w", "0", kw="公积金开户 单位公积金 缴存登记",
          res=oth("单位住房公积金账号"), objs=units,
          cond="单位自设立之日起三十日内办理住房公积金缴存登记",
          mats=[unitcert(), table("单位住房公积金缴存登记表"), idcard("经办人"), agent()])
    d.add("住房公积金个人账户设立", "20", "5w", "0", kw="公积金个人开户 新员工公积金 公积金增员",
          res=oth("个人住房公积金账号"), objs=units,
          mats=[table("职工住房公积金账户设立清册"), idcard("职工", note="提供身份证号码即可")])
    d.add("住房公积金个人信息变更", "20", "5w", "0", kw="公积金信息变更 公积金手机号 公积金改信息",
          res=oth("变更后的个人缴存信息"),
          mats=[idcard(), table("个人信息变更申请表")])
    d.add("单位住房公积金缴存信息变更", "20", "5w", "0", kw="公积金单位变更 单位信息变更",
          res=oth("变更后的单位缴存信息"), objs=units,
          mats=[table("单位信息变更登记表"), unitcert(),
                gov("变更事项证明文件", "登记管理机关", kind="original_or_copy")])
    d.add("住房公积金个人账户封存、启封", "20", "5w", "0", kw="公积金封存 公积金启封 离职封存",
          res=oth("账户状态变更回单"), objs=units,
          mats=[table("个人账户封存（启封）清册"), unitcert()])
    d.add("住房公积金异地转移接续", "20", "15w", "5w", kw="公积金转移 公积金转入 公积金异地转移",
          res=oth("转移接续业务回单"),
          mats=[idcard(), table("异地转移接续申请表")])
    d.add("住房公积金缴存基数和比例调整", "20", "5w", "0", kw="公积金基数调整 缴存比例 基数申报",
          res=oth("缴存基数调整回单"), objs=units,
          mats=[table("缴存基数调整清册"), unitcert()])
    d.add("单位缓缴住房公积金申请", "20", "20w", "10w", kw="公积金缓缴 降低比例 缓交公积金",
          res=appr("缓缴（降比）审批意见"), objs="2",
          mats=[table("缓缴住房公积金申请书"), unitcert(),
                own("单位经营困难情况说明及近期财务报表", kind="original_or_copy"),
                D(own("职工代表大会或工会讨论意见"))])
    d.add("住房公积金补缴", "20", "5w", "0", kw="公积金补缴 补交公积金 漏缴补缴",
          res=oth("补缴业务回单"), objs=units,
          mats=[table("住房公积金补缴清册"), unitcert(),
                D(own("补缴原因说明"))])
    withdraw("购买自住住房", "0", "买房提取公积金 购房提取 公积金取出来",
             [gov("购房合同或不动产权证书", "住房城乡建设部门、不动产登记机构",
                  kind="original_or_copy", lic="不动产权证书"),
              other("购房发票或契税完税凭证", "税务机关"),
              OPT(marriage(note="提取配偶公积金的提供"))])
    withdraw("偿还购房贷款本息", "0", "还贷提取 提取还房贷 公积金还贷",
             [other("借款合同", "贷款银行", kind="original_or_copy"),
              D(other("近期还款明细", "贷款银行", kind="copy"))])
    withdraw("租赁住房", "0", "租房提取 提取公积金交房租 租房公积金",
             [pledge("本市无自有住房承诺书"),
              OPT(own("房屋租赁合同", kind="original_or_copy", note="按实际房租提取的提供"))])
    withdraw("离退休", "0", "退休提取公积金 退休销户 公积金销户",
             [gov("职工退休（职）审批表或退休证明", "人力资源社会保障部门",
                  kind="original_or_copy")])
    withdraw("出境定居", "0", "出国定居提取 出境定居 公积金销户",
             [gov("出境定居证明（户口注销证明）", "公安机关")], v=1)
    withdraw("职工死亡或被宣告死亡", "3w", "继承公积金 死亡提取 公积金继承",
             [other("死亡证明或宣告死亡判决书", "医疗机构、人民法院"),
              own("继承权公证书或人民法院判决书、裁定书", kind="original_or_copy"),
              idcard("继承人")],
             v=1, cond="职工死亡或者被宣告死亡，由其继承人、受遗赠人申请提取")
    withdraw("完全丧失劳动能力并与单位终止劳动关系", "0", "丧失劳动能力提取 病退提取",
             [gov("劳动能力鉴定结论", "劳动能力鉴定委员会"),
              other("解除或终止劳动关系证明", "原用人单位", kind="original_or_copy")], v=1)
    withdraw("自建、翻建、大修自住住房", "3w", "建房提取 翻建提取 农村建房公积金",
             [gov("乡村建设规划许可证或建房批准文件", "自然资源部门、乡镇人民政府",
                  kind="original_or_copy"),
              D(own("建房费用预算及支付凭证", kind="copy"))], v=1)
    withdraw("既有住宅加装电梯", "0", "加装电梯提取 电梯提取 老楼加电梯",
             [gov("加装电梯审批或备案文件", "住房城乡建设部门", kind="copy"),
              other("加装电梯费用分摊协议及付款凭证", "加装电梯实施主体", kind="copy")])
    withdraw("本人及直系亲属重大疾病", "3w", "大病提取 重病提取 医疗提取公积金",
             [other("二级及以上医院诊断证明", "医疗机构"),
              other("医疗费用票据", "医疗机构", kind="original_or_copy"),
              OPT(own("亲属关系证明", kind="original_or_copy", note="为直系亲属提取的提供"))],
             v=1)
    d.add("住房公积金个人住房贷款", "20", "15d", "10w", kw="公积金贷款 买房贷款 公积金贷",
          res=oth("贷款审批结果"), v=1,
          cond="连续足额缴存住房公积金六个月以上，购买、建造、翻建、大修自住住房",
          mats=[table("住房公积金个人住房贷款申请表"), idcard("借款人及配偶", copies=2),
                D(hukou()), marriage(nec="optional", note="已婚的提供"),
                own("购房合同", kind="original_or_copy"),
                D(own("首付款发票或收据", kind="copy")),
                D(other("收入证明", "所在单位"))])
    d.add("住房公积金贷款提前还款", "20", "5w", "0", kw="提前还贷 提前还款 部分还款",
          res=oth("提前还款业务回单"),
          mats=[idcard("借款人"), table("提前还款申请表")])
    d.add("住房公积金贷款结清证明出具", "20", "5w", "0", kw="贷款结清证明 结清证明 还清贷款",
          res=oth("贷款结清证明"), mats=[idcard("借款人"), agent()])
    d.add("住房公积金缴存证明出具", "20", "1w", "0", kw="公积金证明 缴存证明 公积金缴存记录",
          res=oth("住房公积金缴存证明"), mats=[idcard(), agent()])
    d.add("异地贷款职工住房公积金缴存使用证明出具", "20", "1w", "0",
          kw="异地贷款证明 外地公积金贷款 缴存使用证明", res=oth("缴存使用证明"),
          mats=[idcard(), agent()])
    return d


# ===========================================================================
# 民政
# ===========================================================================

def dept_mz():
    d = Dept("MZ", "枣庄市市中区民政局", "11", "00429443", "0632-3313101",
             "0632-3313119", address=f"{HALL}三楼民政受理区",
             basis="《社会救助暂行办法》《山东省社会救助办法》")
    HY = "《中华人民共和国民法典》《婚姻登记条例》"
    HY_ADDR = "市中区婚姻登记处（市中区政务服务中心三楼）"
    HY_HOURS = "周一至周五 9:00-12:00，13:30-17:00；5月20日、七夕等特殊日期延时服务"
    JZ = "《社会救助暂行办法》《山东省社会救助办法》"
    LN = "《中华人民共和国老年人权益保障法》《山东省老年人权益保障条例》"
    ST = "《社会团体登记管理条例》"
    MF = "《民办非企业单位登记管理暂行条例》"
    SY = "《中华人民共和国民法典》《中国公民收养子女登记办法》"

    d.add("内地居民结婚登记", "07", "1w", "0", kw="结婚 领证 登记结婚 结婚证",
          res=cert("结婚证"), basis=HY, addr=HY_ADDR, hours=HY_HOURS, online=False,
          cond="男女双方自愿结婚，达到法定婚龄，均无配偶，无直系血亲和三代以内旁系血亲关系，双方亲自到场",
          mats=[idcard("男女双方", copies=2),
                table("申请结婚登记声明书", note="双方在登记员面前签字，不得代签"),
                D(photo(3, "近期二寸红底双人半身免冠合影照片",
                        note="婚姻登记处可现场拍摄"))])
    d.add("内地居民离婚登记", "07", "30d", "30d", kw="离婚 协议离婚 离婚证 离婚冷静期",
          res=cert("离婚证"), basis=HY, addr=HY_ADDR, online=False, kind="other", v=2,
          cond="双方自愿离婚并对子女抚养、财产及债务处理等协商一致；自收到申请之日起三十日冷静期届满后三十日内双方亲自到场申请发证",
          mats=[idcard("男女双方", copies=2), marriage("双方"),
                own("离婚协议书", copies=3, note="双方签名，婚姻登记处留存一份"),
                D(photo(4, "近期二寸单人半身免冠照片"))])
    d.add("补领婚姻登记证", "07", "1w", "0", kw="补结婚证 结婚证丢了 补离婚证",
          res=cert("结婚证或离婚证"), basis=HY, addr=HY_ADDR, online=False,
          mats=[idcard(), table("申请补领婚姻登记证声明书"),
                D(photo(2, "近期二寸单人或双人半身免冠照片"))])
    d.add("婚姻登记档案查询", "20", "3w", "0", kw="婚姻状况证明 婚姻档案 婚姻记录查询 单身证明",
          res=oth("婚姻登记档案查询证明"), basis="《婚姻登记档案管理办法》",
          addr=HY_ADDR, mats=[idcard(), agent()])
    d.add("最低生活保障审核确认", "05", "30w", "15w", kw="低保 最低生活保障 困难救助 吃低保",
          res=oth("最低生活保障审核确认结果"), basis=JZ, grp="社会救助",
          cond="共同生活的家庭成员人均收入低于当地最低生活保障标准，且财产状况符合规定",
          mats=[table("最低生活保障申请书"), hukou(), idcard("家庭成员"),
                own("家庭经济状况核对授权书", note="共同生活的家庭成员签字"),
                D(own("家庭收入及财产状况声明")),
                OPT(gov("残疾人证或重病诊断证明", "残疾人联合会、医疗机构"))])
    d.add("特困人员救助供养审核确认", "05", "30w", "15w", kw="五保 特困供养 特困人员 孤寡老人",
          res=oth("特困人员救助供养审核确认结果"), basis=JZ, grp="社会救助",
          cond="无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力",
          mats=[table("特困人员救助供养申请书"), hukou(), idcard(),
                own("家庭经济状况核对授权书"),
                OPT(gov("残疾人证", "残疾人联合会", lic="残疾人证"))])
    d.add("临时救助审核确认", "05", "15w", "5w", kw="临时救助 急难救助 困难补助 救急",
          res=oth("临时救助审核确认结果"), basis=JZ, grp="社会救助",
          mats=[table("临时救助申请书"), idcard(), hukou(),
                D(own("遭遇困难情况证明（医疗票据、事故证明等）", kind="copy"))])
    d.add("低收入人口认定", "07", "30w", "15w", kw="低收入家庭 低边 低收入认定",
          res=oth("低收入人口认定结果"), basis=JZ, grp="社会救助",
          mats=[table("低收入人口认定申请书"), hukou(), idcard("家庭成员"),
                own("家庭经济状况核对授权书")])
    d.add("居民家庭经济状况核对", "20", "15w", "10w", kw="经济状况核对 收入核对 家庭财产核对",
          res=oth("居民家庭经济状况核对报告"),
          basis="《社会救助暂行办法》", objs="15",
          mats=[own("家庭经济状况核对授权书"), idcard("家庭成员")])
    d.add("生活无着的流浪乞讨人员救助", "05", "1w", "0", kw="流浪救助 救助站 流浪乞讨",
          res=NORESULT, basis="《城市生活无着的流浪乞讨人员救助管理办法》", online=False,
          booking=False,
          mats=[own("求助人情况说明", note="无法书写的由工作人员代为记录"),
                OPT(idcard(note="能提供的提供"))])
    d.add("老年人优待证办理", "20", "5w", "0", kw="老年证 老年优待证 老人证 免费乘车",
          res=cert("老年人优待证"), basis=LN, v=0,
          cond="年满六十周岁的本区户籍老年人及在本区居住的非本区户籍老年人",
          mats=[idcard(), OPT(photo(1, "近期一寸白底免冠彩色照片", note="电子证可不提供"))])
    d.add("高龄津贴申领", "05", "20w", "0", kw="高龄补贴 80岁补贴 百岁老人补贴 老年津贴",
          res=oth("高龄津贴发放结果"), basis=LN,
          cond="年满八十周岁的本区户籍老年人",
          mats=[idcard(), hukou(), table("高龄津贴申请表"), bank()])
    d.add("经济困难的高龄、失能等老年人补贴", "05", "20w", "10w",
          kw="失能老人补贴 养老服务补贴 困难老人补贴", res=oth("补贴发放结果"), basis=LN,
          mats=[idcard(), table("老年人补贴申请表"),
                D(other("失能等级评估结果", "评估机构", kind="copy")), bank()])
    d.add("困难残疾人生活补贴和重度残疾人护理补贴", "05", "20w", "10w",
          kw="残疾人两项补贴 护理补贴 生活补贴 残疾补贴", res=oth("补贴发放结果"),
          basis="《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》",
          mats=[table("残疾人两项补贴申请审批表"),
                gov("中华人民共和国残疾人证", "残疾人联合会", lic="残疾人证"),
                idcard(), hukou(), bank(),
                OPT(gov("低保证明", "民政部门", note="申请生活补贴的低保对象提供"))])
    d.add("孤儿基本生活费发放", "05", "30w", "15w", kw="孤儿补贴 孤儿生活费 孤儿救助",
          res=oth("孤儿基本生活费发放结果"),
          basis="《国务院办公厅关于加强孤儿保障工作的意见》",
          mats=[table("孤儿基本生活费申请表"), hukou("儿童"),
                other("父母死亡证明或宣告死亡、失踪判决书", "医疗机构、人民法院"),
                idcard("监护人"), bank()])
    d.add("事实无人抚养儿童认定", "07", "30w", "15w", kw="无人抚养儿童 困境儿童 儿童救助",
          res=oth("事实无人抚养儿童认定结果"),
          basis="《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》",
          mats=[table("事实无人抚养儿童认定申请表"), hukou("儿童"),
                own("父母重残、重病、服刑等情况证明", kind="original_or_copy"),
                idcard("监护人")])
    d.add("社会团体成立登记", "01", "60d", "20w", kw="成立协会 社团登记 成立商会",
          res=cert("社会团体法人登记证书"), basis=ST, objs="46", grp="社会团体登记",
          mats=[table("社会团体法人登记申请表"),
                gov("业务主管单位批准文件", "业务主管单位"), own("章程草案"),
                site("住所使用权证明"),
                inter("验资报告", "会计师事务所"), idcard("拟任负责人"),
                D(own("会员名单"))])
    d.add("社会团体变更登记", "01", "30d", "10w", kw="社团变更 协会变更 社团法人变更",
          res=cert("社会团体法人登记证书"), basis=ST, objs="4", grp="社会团体登记",
          mats=[table("社会团体变更登记申请表"), own("会员（代表）大会或理事会决议"),
                gov("业务主管单位审查同意文件", "业务主管单位")])
    d.add("社会团体注销登记", "01", "30d", "10w", kw="社团注销 协会注销",
          res=appr("社会团体注销登记决定"), basis=ST, objs="4", grp="社会团体登记",
          mats=[table("社会团体注销登记申请书"), gov("业务主管单位审查同意文件", "业务主管单位"),
                inter("清算报告", "会计师事务所"),
                gov("社会团体法人登记证书", "民政部门")])
    d.add("民办非企业单位（社会服务机构）成立登记", "01", "60d", "20w",
          kw="民非登记 社会服务机构 民办非企业", res=cert("民办非企业单位登记证书"),
          basis=MF, objs="4", grp="民办非企业单位登记",
          mats=[table("民办非企业单位登记申请表"),
                gov("业务主管单位批准文件", "业务主管单位"), own("章程草案"),
                site("场所使用权证明"), inter("验资报告", "会计师事务所"),
                idcard("拟任负责人")])
    d.add("民办非企业单位（社会服务机构）变更登记", "01", "30d", "10w",
          kw="民非变更 社会服务机构变更", res=cert("民办非企业单位登记证书"), basis=MF,
          objs="4", grp="民办非企业单位登记",
          mats=[table("民办非企业单位变更登记申请表"), own("理事会决议"),
                gov("业务主管单位审查同意文件", "业务主管单位")])
    d.add("民办非企业单位（社会服务机构）注销登记", "01", "30d", "10w",
          kw="民非注销 社会服务机构注销", res=appr("注销登记决定"), basis=MF, objs="4",
          grp="民办非企业单位登记",
          mats=[table("民办非企业单位注销登记申请书"), inter("清算报告", "会计师事务所"),
                gov("业务主管单位审查同意文件", "业务主管单位")])
    d.add("社会组织年度检查", "20", "20w", "10w", kw="社会组织年检 年度报告 社团年检",
          res=oth("年度检查结论"), basis=ST, objs="4", v=0,
          mats=[table("社会组织年度工作报告书"), inter("年度财务审计报告", "会计师事务所")])
    d.add("慈善组织认定", "07", "20d", "10w", kw="慈善组织 慈善认定 公益组织",
          res=cert("慈善组织登记证书"), basis="《中华人民共和国慈善法》《慈善组织认定办法》",
          objs="4",
          mats=[table("慈善组织认定申请书"), own("符合慈善组织条件的章程"),
                own("申请时的上一年度财务审计报告", kind="copy"),
                D(own("理事会同意认定的会议纪要"))])
    d.add("养老机构备案", "10", "5w", "0", kw="养老院备案 敬老院 开养老院",
          res=oth("养老机构备案回执"),
          basis="《中华人民共和国老年人权益保障法》《养老机构管理办法》", objs="2346",
          mats=[table("养老机构备案书"), unitcert(), site("服务场所使用证明"),
                pledge("养老机构备案承诺书")])
    d.add("中国公民收养登记", "07", "30d", "20w", kw="收养 领养 收养登记",
          res=cert("收养登记证"), basis=SY, online=False,
          mats=[table("收养登记申请书"), idcard("收养人"), hukou("收养人"),
                own("婚姻状况证明", kind="original_or_copy"),
                other("收养人体检证明", "县级以上医疗机构"),
                own("被收养人情况证明材料", kind="original_or_copy"),
                D(photo(2, "近期二寸合影照片"))])
    d.add("解除收养关系登记", "07", "30d", "10w", kw="解除收养 解除领养",
          res=cert("解除收养关系证明"), basis=SY, online=False,
          mats=[own("解除收养关系协议书", copies=3), idcard("收养人和被收养人", copies=2),
                gov("收养登记证", "民政部门")])
    d.add("居民住宅区、建筑物名称命名、更名审批", "01", "20w", "10w",
          kw="小区命名 楼盘命名 地名审批", res=appr("命名、更名批复"),
          basis="《地名管理条例》", objs="236",
          mats=[table("地名命名、更名申请表"), unitcert(),
                gov("建设项目规划许可文件", "自然资源部门", kind="copy"),
                D(own("拟用名称含义说明及位置示意图"))])
    d.add("农村公益性墓地审批", "01", "20w", "15w", kw="公墓审批 墓地审批 农村公墓",
          res=appr("农村公益性墓地审批决定"), basis="《殡葬管理条例》", objs="6",
          mats=[table("农村公益性墓地建设申请表"),
                other("村民委员会决议", "村民委员会"),
                other("镇（街道）审核意见", "镇人民政府、街道办事处"),
                gov("用地审查意见", "自然资源部门", kind="copy"),
                D(own("墓地规划设计方案"))])
    return d


# ===========================================================================
# 残疾人联合会
# ===========================================================================

def dept_cl():
    d = Dept("CL", "枣庄市市中区残疾人联合会", "13", "00429478", "0632-3313301",
             "0632-3313319", address=f"{HALL}一楼综合受理区",
             basis="《中华人民共和国残疾人保障法》《中华人民共和国残疾人证管理办法》")
    Z = "《中华人民共和国残疾人证管理办法》"
    rz = gov("中华人民共和国残疾人证", "残疾人联合会", lic="残疾人证")
    pd = other("残疾评定表", "残疾评定指定医疗机构", note="由指定医疗机构评定后出具")

    d.add("残疾人证核发", "20", "30w", "15w", kw="残疾证 办残疾证 残疾人证 残疾评定",
          res=cert("中华人民共和国残疾人证"), basis=Z, grp="残疾人证",
          mats=[table("中华人民共和国残疾人证申请表"), idcard(), hukou(),
                D(photo(2, "近期二寸白底免冠彩色照片")), pd,
                OPT(idcard("监护人", note="智力、精神残疾或未成年人由监护人代为申请"))])
    d.add("残疾人证换领", "20", "30w", "10w", kw="残疾证到期 换残疾证 残疾证换证",
          res=cert("中华人民共和国残疾人证"), basis=Z, grp="残疾人证",
          mats=[rz, idcard(), D(photo(2, "近期二寸白底免冠彩色照片")),
                OPT(dict(pd, note="残疾状况可能发生变化的须重新评定"))])
    d.add("残疾人证迁移", "20", "10w", "0", kw="残疾证迁移 残疾证转入 残疾证迁入",
          res=cert("中华人民共和国残疾人证"), basis=Z, grp="残疾人证",
          mats=[rz, idcard(), hukou(note="户口已迁入本区的居民户口簿")])
    d.add("残疾人证挂失补办", "20", "10w", "0", kw="残疾证丢了 补残疾证 残疾证补办",
          res=cert("中华人民共和国残疾人证"), basis=Z, grp="残疾人证",
          mats=[table("残疾人证补办申请表"), idcard(), D(photo(2, "近期二寸白底免冠彩色照片"))])
    d.add("残疾人证残疾类别、等级变更", "20", "30w", "15w", kw="残疾等级变更 残疾类别变更 重新评残",
          res=cert("中华人民共和国残疾人证"), basis=Z, grp="残疾人证",
          mats=[table("残疾类别、等级变更申请表"), rz, idcard(), pd])
    d.add("残疾人证注销", "20", "5w", "0", kw="残疾证注销 注销残疾证",
          res=NORESULT, basis=Z, grp="残疾人证",
          mats=[rz, own("注销原因证明（死亡证明、户口注销证明等）", kind="original_or_copy")])
    d.add("残疾人辅助器具适配申请", "20", "20w", "10w", kw="轮椅 助听器 辅具 假肢",
          res=oth("辅助器具适配结果"),
          basis="《中华人民共和国残疾人保障法》《残疾预防和残疾人康复条例》",
          mats=[table("残疾人辅助器具适配申请表"), rz, idcard()])
    d.add("残疾儿童康复救助申请", "05", "15w", "10w", kw="残疾儿童康复 孤独症 康复补贴 自闭症",
          res=oth("康复救助审核结果"),
          basis="《国务院关于建立残疾儿童康复救助制度的意见》",
          mats=[table("残疾儿童康复救助申请表"), hukou("儿童"),
                other("医疗机构诊断证明", "二级及以上医疗机构"),
                OPT(rz), idcard("监护人")])
    d.add("按比例安排残疾人就业审核", "07", "20w", "0",
          kw="残疾人就业审核 残保金 按比例就业", res=oth("按比例安排残疾人就业审核确认书"),
          basis="《残疾人就业条例》", objs="2346", v=0,
          mats=[table("按比例安排残疾人就业情况审核表"), unitcert(),
                gov("在职残疾职工的残疾人证", "残疾人联合会", kind="copy", lic="残疾人证"),
                own("与残疾职工签订的劳动合同及社保缴费记录", kind="copy")])
    d.add("残疾人机动轮椅车燃油补贴申领", "05", "20w", "10w", kw="轮椅车燃油补贴 残疾人燃油补贴",
          res=oth("补贴发放结果"),
          mats=[rz, idcard(), gov("残疾人机动轮椅车行驶证", "公安机关交通管理部门"),
                bank()])
    return d


# ===========================================================================
# 市场监督管理
# ===========================================================================

def dept_sj():
    d = Dept("SJ", "枣庄市市中区市场监督管理局", "11", "MB285225", "0632-3313501",
             "0632-3313519", address=f"{HALL}一楼企业开办专区",
             basis="《中华人民共和国市场主体登记管理条例》")
    DJ = "《中华人民共和国公司法》《中华人民共和国市场主体登记管理条例》"
    ZT = "《中华人民共和国市场主体登记管理条例》"
    GT = "《促进个体工商户发展条例》《中华人民共和国市场主体登记管理条例》"
    HZS = "《中华人民共和国农民专业合作社法》《中华人民共和国市场主体登记管理条例》"
    SP = "《中华人民共和国食品安全法》《食品经营许可和备案管理办法》"
    XZF = "《山东省食品小作坊小餐饮和食品摊点管理条例》"
    YP = "《中华人民共和国药品管理法》《药品经营和使用质量监督管理办法》"
    residence = D(site("住所（经营场所）使用证明"))
    biz_objs = "12"

    d.add("企业开办一件事", "20", "3w", "1w",
          kw="开公司 注册公司 开办企业 办营业执照 企业开办", res=cert("营业执照"), basis=DJ,
          objs="12", v=0,
          cond="一次提交、一网通办：营业执照、公章刻制、发票和税控设备、员工参保、公积金缴存登记、银行预约开户同步办理",
          mats=[table("企业开办综合申请表", note="一表填报，信息共享至公安、税务、人社、医保、公积金等部门"),
                own("公司章程"), idcard("股东（投资人）"),
                D(own("法定代表人、董事、监事和经理的任职文件")), residence, agent()])
    d.add("企业设立登记（有限责任公司）", "01", "3w", "0",
          kw="开公司 注册公司 成立公司 有限公司注册", res=cert("营业执照"), basis=DJ,
          objs=biz_objs, grp="企业设立登记",
          mats=[table("公司登记（备案）申请书"), own("公司章程"),
                mat("股东主体资格证明或自然人身份证件", kind="original_or_copy",
                    src="government", lic="居民身份证"),
                D(own("法定代表人、董事、监事和经理的任职文件")), residence,
                OPT(gov("前置审批文件或许可证件", "审批部门", kind="copy",
                        note="经营范围涉及前置许可的提供")),
                agent()])
    d.add("企业设立登记（个人独资企业）", "01", "3w", "0", kw="个人独资企业 独资企业注册",
          res=cert("营业执照"), basis="《中华人民共和国个人独资企业法》" + ZT,
          objs=biz_objs, grp="企业设立登记",
          mats=[table("个人独资企业登记（备案）申请书"), idcard("投资人"), residence])
    d.add("企业设立登记（合伙企业）", "01", "3w", "0", kw="合伙企业 合伙企业注册 有限合伙",
          res=cert("营业执照"), basis="《中华人民共和国合伙企业法》" + ZT, objs=biz_objs,
          grp="企业设立登记",
          mats=[table("合伙企业登记（备案）申请书"), own("合伙协议"),
                mat("全体合伙人主体资格证明或身份证件", kind="original_or_copy",
                    src="government", lic="居民身份证"),
                own("全体合伙人对各合伙人认缴或者实际缴付出资的确认书"),
                D(own("全体合伙人委托执行事务合伙人的委托书")), residence])
    d.add("企业设立登记（分公司）", "01", "3w", "0", kw="开分公司 分支机构 分公司注册",
          res=cert("营业执照"), basis=DJ, objs="2", grp="企业设立登记",
          mats=[table("分公司登记申请书"), bizlic(), idcard("分公司负责人"),
                D(own("分公司负责人任职文件")), residence])
    d.add("企业变更登记", "01", "3w", "0",
          kw="公司变更 改公司名称 变更法人 变更地址 经营范围变更", res=cert("营业执照"),
          basis=DJ, objs="2",
          mats=[table("企业变更登记（备案）申请书"), bizlic(),
                own("股东会决议或股东决定"), own("修改后的公司章程或章程修正案"),
                OPT(site("新住所（经营场所）使用证明"))])
    d.add("企业备案（章程、董事监事经理、联络员等）", "10", "3w", "0",
          kw="章程备案 董事备案 联络员备案", res=oth("备案通知书"), basis=DJ, objs="2", v=0,
          mats=[table("企业变更登记（备案）申请书"), own("备案事项相关决议或文件")])
    d.add("企业注销登记", "01", "3w", "0", kw="企业注销 公司注销 关公司 注销营业执照",
          res=appr("准予注销登记通知书"), basis=DJ, objs="2", grp="企业注销登记",
          cond="已依法完成清算，清算组在国家企业信用信息公示系统公告满四十五日",
          mats=[table("企业注销登记申请书"), own("依法作出解散的决议或决定"),
                own("经确认的清算报告"),
                gov("清税证明", "税务机关", note="已与税务部门信息共享的免交"),
                bizlic(note="交回营业执照正、副本")])
    d.add("企业简易注销登记", "01", "3w", "0", kw="简易注销 企业注销 快速注销 公司注销",
          res=appr("准予简易注销登记通知书"), basis=DJ, objs="2", grp="企业注销登记",
          cond="未发生债权债务或者已将债权债务清偿完结，经二十日公示期无异议",
          mats=[table("企业注销登记申请书"), pledge("全体投资人承诺书"),
                bizlic(note="交回营业执照正、副本")])
    d.add("企业迁移登记", "01", "3w", "0", kw="公司迁移 跨区迁址 迁入迁出",
          res=cert("营业执照"), basis=DJ, objs="2",
          mats=[table("企业迁移登记申请书"), bizlic(), own("股东会决议"),
                site("迁入地住所使用证明")])
    d.add("个体工商户设立登记", "01", "3w", "0",
          kw="个体户 办个体执照 开店 个体营业执照 开个小店", res=cert("营业执照"), basis=GT,
          grp="个体工商户登记",
          mats=[table("个体工商户登记（备案）申请书"), idcard("经营者"), residence,
                agent()])
    d.add("个体工商户变更登记", "01", "3w", "0", kw="个体户变更 个体执照变更 改字号",
          res=cert("营业执照"), basis=GT, grp="个体工商户登记",
          mats=[table("个体工商户登记（备案）申请书"), idcard("经营者"), bizlic()])
    d.add("个体工商户注销登记", "01", "3w", "0", kw="个体户注销 注销个体执照 关店",
          res=appr("准予注销登记通知书"), basis=GT, grp="个体工商户登记",
          mats=[table("个体工商户注销登记申请书"), idcard("经营者"),
                bizlic(note="交回营业执照正、副本")])
    d.add("个体工商户转型为企业登记", "01", "3w", "0", kw="个转企 个体户转公司 个体转企业",
          res=cert("营业执照"), basis=GT, grp="个体工商户登记",
          mats=[table("个体工商户转型为企业登记申请书"), idcard("经营者"), bizlic(),
                own("企业章程或合伙协议"), residence])
    d.add("农民专业合作社设立登记", "01", "3w", "0", kw="合作社 农民合作社 成立合作社",
          res=cert("营业执照"), basis=HZS, objs="16", grp="农民专业合作社登记",
          mats=[table("农民专业合作社登记（备案）申请书"), own("章程"),
                own("全体设立人签名、盖章的设立大会纪要"), own("成员名册及出资清单"),
                idcard("法定代表人"), residence])
    d.add("农民专业合作社变更登记", "01", "3w", "0", kw="合作社变更 合作社改名",
          res=cert("营业执照"), basis=HZS, objs="6", grp="农民专业合作社登记",
          mats=[table("农民专业合作社登记（备案）申请书"), bizlic(),
                own("成员大会或成员代表大会决议")])
    d.add("农民专业合作社注销登记", "01", "3w", "0", kw="合作社注销 注销合作社",
          res=appr("准予注销登记通知书"), basis=HZS, objs="6", grp="农民专业合作社登记",
          mats=[table("农民专业合作社注销登记申请书"), own("清算报告"),
                bizlic(note="交回营业执照正、副本")])
    d.add("营业执照遗失补领、换发", "20", "3w", "0", kw="营业执照补办 执照丢了 执照换发",
          res=cert("营业执照"), basis=ZT, objs="12", v=0,
          mats=[table("营业执照补领（换发）申请书"), legal_id()])
    d.add("企业歇业备案", "10", "3w", "0", kw="企业歇业 暂停营业 歇业备案",
          res=oth("歇业备案通知书"), basis=ZT, objs="12", v=0,
          mats=[table("市场主体歇业备案申请书"), bizlic()])
    d.add("股权出质登记", "07", "3w", "0", kw="股权质押 股权出质 质押登记",
          res=oth("股权出质设立登记通知书"), basis="《中华人民共和国民法典》《股权出质登记办法》",
          objs="12",
          mats=[table("股权出质登记申请书"), own("质权合同"),
                mat("出质人和质权人主体资格证明", kind="original_or_copy",
                    src="government", org="登记管理机关", lic="营业执照")])
    d.add("动产抵押登记", "07", "3w", "0", kw="动产抵押 设备抵押 抵押登记",
          res=oth("动产抵押登记书"), basis="《中华人民共和国民法典》", objs="12",
          state="withdrawn",
          mats=[table("动产抵押登记书"), own("抵押合同"),
                mat("抵押人、抵押权人主体资格证明", kind="original_or_copy",
                    src="government", org="登记管理机关", lic="营业执照")])
    d.add("企业名称自主申报", "10", "1w", "0", kw="公司起名 企业名称 名称预先核准 字号查重",
          res=oth("企业名称自主申报告知书"), basis=ZT + "《企业名称登记管理规定》", objs="12", v=0,
          mats=[table("企业名称自主申报信息表"), idcard("投资人或经办人")])
    d.add("个体工商户年度报告公示", "20", "1w", "0", kw="个体户年报 个体工商户年报",
          res=NORESULT, basis=GT, v=0,
          mats=[table("个体工商户年度报告"), OPT(idcard("经营者"))])
    d.add("企业年度报告公示", "20", "1w", "0", kw="年报 企业年报 年检 工商年报",
          res=NORESULT, basis="《企业信息公示暂行条例》", objs="2", v=0,
          mats=[table("企业年度报告", note="通过国家企业信用信息公示系统填报"),
                OPT(legal_id())])

    # -- 食品药品、特种设备、计量 ------------------------------------------------
    d.add("食品经营许可（新办）", "01", "10w", "3w",
          kw="开饭店 开餐馆 餐饮许可 食品经营 卖食品", res=cert("食品经营许可证"), basis=SP,
          objs="12", grp="食品经营许可",
          mats=[table("食品经营许可申请书"), bizlic(), legal_id(),
                D(own("经营场所平面图和设备布局、操作流程图")),
                D(own("食品安全管理制度目录")),
                D(own("食品安全管理人员基本情况及培训考核情况")),
                agent()])
    d.add("食品经营许可（变更）", "01", "10w", "0", kw="食品许可变更 餐饮许可变更",
          res=cert("食品经营许可证"), basis=SP, objs="12", grp="食品经营许可",
          mats=[table("食品经营许可变更申请书"),
                gov("食品经营许可证", "市场监督管理部门", lic="食品经营许可证"),
                own("与变更事项有关的材料", kind="original_or_copy")])
    d.add("食品经营许可（延续）", "01", "10w", "0", kw="食品许可延续 食品许可证到期",
          res=cert("食品经营许可证"), basis=SP, objs="12", grp="食品经营许可",
          mats=[table("食品经营许可延续申请书"),
                gov("食品经营许可证", "市场监督管理部门", lic="食品经营许可证"),
                pledge("许可条件未发生变化承诺书")])
    d.add("食品经营许可（注销）", "01", "10w", "0", kw="食品许可注销 注销餐饮许可",
          res=appr("注销决定"), basis=SP, objs="12", grp="食品经营许可",
          mats=[table("食品经营许可注销申请书"),
                gov("食品经营许可证", "市场监督管理部门", lic="食品经营许可证")])
    d.add("仅销售预包装食品备案", "10", "5w", "0", kw="预包装食品 小卖部备案 便利店备案",
          res=oth("备案信息采集表"), basis=SP, objs="12", v=0,
          mats=[table("仅销售预包装食品经营者备案信息采集表"), bizlic()])
    d.add("食品小作坊登记", "01", "15w", "5w", kw="小作坊 食品作坊 手工作坊",
          res=cert("食品小作坊登记证"), basis=XZF, objs="12",
          mats=[table("食品小作坊登记申请书"), bizlic(), idcard("经营者"),
                D(own("生产场所平面图及工艺流程")),
                D(other("从业人员健康证明", "医疗卫生机构", kind="copy"))])
    d.add("小餐饮登记", "01", "15w", "5w", kw="小吃店 小饭馆 开小吃店 开饭店",
          res=cert("小餐饮登记证"), basis=XZF, objs="12",
          mats=[table("小餐饮登记申请书"), bizlic(), idcard("经营者"),
                D(other("从业人员健康证明", "医疗卫生机构", kind="copy"))])
    d.add("药品零售企业许可（新办）", "01", "20w", "10w",
          kw="开药店 卖药 药店许可 药品经营许可证", res=cert("药品经营许可证"), basis=YP,
          objs="2", grp="药品零售企业许可",
          mats=[table("药品经营许可证申请表"), bizlic(),
                idcard("法定代表人、主要负责人、质量负责人", copies=3),
                mat("执业药师注册证", kind="original_or_copy", form="paper_or_electronic",
                    src="government", org="药品监督管理部门", lic="执业药师注册证"),
                D(own("经营场所、仓库平面布局图及产权或租赁证明", kind="copy")),
                D(own("质量管理制度文件目录")),
                D(own("信息管理系统基本情况说明"))])
    d.add("药品零售企业许可（变更）", "01", "15w", "0", kw="药店变更 药品许可变更",
          res=cert("药品经营许可证"), basis=YP, objs="2", grp="药品零售企业许可",
          mats=[table("药品经营许可证变更申请表"),
                gov("药品经营许可证", "药品监督管理部门", lic="药品经营许可证"),
                own("变更事项证明材料", kind="original_or_copy")])
    d.add("药品零售企业许可（换证）", "01", "20w", "10w", kw="药店换证 药品许可证到期",
          res=cert("药品经营许可证"), basis=YP, objs="2", grp="药品零售企业许可",
          mats=[table("药品经营许可证换证申请表"),
                gov("药品经营许可证", "药品监督管理部门", lic="药品经营许可证"),
                own("许可期限内经营情况自查报告")])
    d.add("第二类医疗器械经营备案", "10", "5w", "0", kw="医疗器械备案 卖医疗器械 二类器械",
          res=oth("第二类医疗器械经营备案凭证"), basis="《医疗器械监督管理条例》", objs="2",
          v=0,
          mats=[table("第二类医疗器械经营备案表"), bizlic(), legal_id(),
                D(own("经营场所和库房地理位置图、平面图", kind="copy")),
                own("质量管理制度文件目录")])
    d.add("特种设备使用登记", "01", "15w", "0", kw="电梯登记 锅炉登记 叉车登记 特种设备",
          res=cert("特种设备使用登记证"), basis="《中华人民共和国特种设备安全法》",
          objs="236", v=0,
          mats=[table("特种设备使用登记表", copies=2), unitcert(),
                other("特种设备产品合格证", "制造单位", kind="original_or_copy"),
                inter("监督检验证明", "特种设备检验机构", note="按规定需监督检验的提供"),
                D(other("特种设备购买发票", "销售单位", kind="copy"))])
    d.add("计量标准器具核准", "01", "20w", "10w", kw="计量标准 计量器具 计量核准",
          res=cert("计量标准考核证书"), basis="《中华人民共和国计量法》", objs="236",
          mats=[table("计量标准考核（复查）申请书"), unitcert(),
                own("计量标准技术报告"), inter("计量标准器及配套设备有效检定证书", "计量技术机构",
                                           kind="copy")])
    d.add("消费者投诉举报受理", "10", "7w", "5w", kw="投诉 消费维权 12315 举报",
          res=oth("投诉受理决定"), basis="《市场监督管理投诉举报处理暂行办法》", v=0,
          mats=[own("投诉举报书", note="写明被投诉人、诉求及事实"), idcard("投诉人"),
                OPT(own("购物凭证等证据材料", kind="copy"))])
    return d


# ===========================================================================
# 自然资源和规划
# ===========================================================================

def dept_zr():
    d = Dept("ZR", "枣庄市自然资源和规划局市中分局", "11", "MB285241", "0632-3313701",
             "0632-3313719", address=f"{HALL}二楼工程建设项目审批专区",
             basis="《中华人民共和国城乡规划法》")
    GH = "《中华人民共和国城乡规划法》"
    TD = "《中华人民共和国土地管理法》《中华人民共和国土地管理法实施条例》"
    p_objs = "2356"

    d.add("建设项目用地预审与选址意见书核发", "01", "20w", "7w",
          kw="用地预审 选址意见书 项目选址", res=cert("建设项目用地预审与选址意见书"),
          basis=TD + GH, objs=p_objs,
          mats=[table("建设项目用地预审与选址申请表"), unitcert(),
                D(own("项目建设依据（项目建议书批复或可行性研究报告）", kind="copy")),
                inter("建设项目用地勘测定界图", "测绘单位"),
                own("建设项目用地预审与选址报告书")])
    d.add("建设用地规划许可证核发", "01", "20w", "5w", kw="用地规划许可 规划许可 用地许可证",
          res=cert("建设用地规划许可证"), basis=GH, objs=p_objs,
          mats=[table("建设用地规划许可申请表"), unitcert(),
                gov("国有建设用地使用权出让合同或划拨决定书", "自然资源部门", kind="copy"),
                inter("宗地界址点坐标成果及宗地图", "测绘单位")])
    d.add("建设工程规划许可证核发", "01", "20w", "5w",
          kw="工程规划许可 规划证 建设工程规划 规划审批", res=cert("建设工程规划许可证"),
          basis=GH, objs=p_objs,
          mats=[table("建设工程规划许可申请表"), unitcert(),
                realty(note="或有关用地批准文件"),
                inter("建设工程设计方案（含总平面图）", "设计单位"),
                OPT(inter("日照分析报告", "设计单位", note="涉及日照影响的提供"))])
    d.add("乡村建设规划许可证核发", "01", "20w", "10w", kw="农村盖房 乡村规划许可 建房许可",
          res=cert("乡村建设规划许可证"), basis=GH, objs="16",
          mats=[table("乡村建设规划许可申请表"), idcard(), hukou(),
                gov("宅基地批准文件或农用地转用批准文件", "乡镇人民政府、自然资源部门",
                    kind="copy"),
                D(own("建房设计图或通用图"))])
    d.add("临时用地审批", "01", "20w", "10w", kw="临时用地 施工临时用地 临时占地",
          res=appr("临时用地批复"), basis=TD, objs=p_objs,
          mats=[table("临时用地申请表"), unitcert(),
                own("临时使用土地合同"), own("土地复垦方案报告表"),
                inter("临时用地勘测定界图", "测绘单位")])
    d.add("建设工程规划条件核实", "07", "20w", "5w", kw="规划核实 规划验收 竣工规划核实",
          res=cert("建设工程规划核实合格证"), basis=GH, objs=p_objs,
          mats=[table("建设工程规划条件核实申请表"),
                gov("建设工程规划许可证", "自然资源部门", kind="copy"),
                inter("竣工测量成果报告", "测绘单位")])
    d.add("建设项目规划条件出具", "10", "20w", "5w", kw="规划条件 出具规划条件 土地出让规划条件",
          res=appr("规划条件"), basis=GH, objs="5",
          mats=[own("出具规划条件的函"), inter("宗地勘测定界图", "测绘单位")])
    d.add("建设工程设计方案审查", "10", "20w", "7w", kw="方案审查 设计方案 规划方案",
          res=appr("设计方案审查意见"), basis=GH, objs=p_objs,
          mats=[table("建设工程设计方案审查申请表"), unitcert(),
                inter("建设工程设计方案文本及电子文件", "设计单位")])
    d.add("基础测绘成果提供", "20", "10w", "5w", kw="地形图 测绘成果 测绘资料",
          res=oth("测绘成果"), basis="《中华人民共和国测绘法》《测绘成果管理条例》",
          objs="2356",
          mats=[table("测绘成果使用申请表"), unitcert(),
                own("测绘成果保密管理制度及保密承诺书")])
    return d


# ===========================================================================
# 不动产登记
# ===========================================================================

def dept_bdc():
    d = Dept("BDC", "枣庄市市中区不动产登记中心", "12", "MB285268", "0632-3313901",
             "0632-3313919", address=f"{HALL}二楼不动产登记服务区",
             basis="《中华人民共和国民法典》《不动产登记暂行条例》《不动产登记暂行条例实施细则》")
    fees_std = [FEE_BDC, FEE_BDC_GBF]
    sq = table("不动产登记申请书")
    tax = gov("契税等相关税费完税凭证", "税务机关", note="已与税务部门信息共享的免交")
    p_objs = "123456"

    d.add("不动产首次登记（国有建设用地使用权）", "07", "30w", "5w",
          kw="土地证 土地首次登记 土地登记", res=cert("不动产权证书"), objs="2356",
          grp="不动产首次登记", fees=fees_std,
          mats=[sq, unitcert(),
                gov("国有建设用地使用权出让合同及价款缴纳凭证或划拨决定书", "自然资源部门",
                    kind="original_or_copy"),
                inter("不动产权籍调查表、宗地图及宗地界址点坐标", "不动产测绘机构"),
                tax])
    d.add("不动产首次登记（国有建设用地使用权及房屋所有权）", "07", "30w", "5w",
          kw="房屋首次登记 大证 开发商办证", res=cert("不动产权证书"), objs="2",
          grp="不动产首次登记", fees=fees_std,
          mats=[sq, bizlic(), realty(note="土地使用权不动产权证书"),
                gov("建设工程规划核实合格证及竣工验收备案证明", "自然资源部门、住房城乡建设部门",
                    kind="copy"),
                inter("房屋测绘报告", "不动产测绘机构"),
                D(gov("建筑物区分所有的共有部分及配套设施说明", "建设单位"))])
    d.add("不动产首次登记（宅基地使用权及房屋所有权）", "07", "30w", "10w",
          kw="农村房产证 宅基地登记 农房登记", res=cert("不动产权证书"), grp="不动产首次登记",
          mats=[sq, idcard(), hukou(),
                gov("宅基地批准文件", "乡镇人民政府、自然资源部门", kind="original_or_copy"),
                inter("不动产权籍调查成果", "不动产测绘机构"),
                D(gov("房屋符合规划或建设的相关材料", "自然资源部门", kind="copy"))])
    d.add("不动产转移登记（商品房买卖）", "07", "30w", "1w",
          kw="新房办证 商品房办证 买房办证 新房过户", res=cert("不动产权证书"),
          grp="不动产转移登记", fees=fees_std,
          mats=[sq, idcard("买受人"), gov("商品房买卖合同（网签备案）", "住房城乡建设部门",
                                        kind="original_or_copy"),
                other("购房发票", "房地产开发企业"), tax,
                OPT(marriage(note="已婚的提供，用于确定共有情况")), agent()])
    d.add("不动产转移登记（存量房买卖）", "07", "30w", "1w",
          kw="二手房过户 过户 房屋过户 二手房", res=cert("不动产权证书"),
          grp="不动产转移登记", fees=fees_std,
          mats=[sq, idcard("买卖双方", copies=2), realty("出卖人"),
                own("存量房买卖合同", kind="original"), tax,
                D(own("婚姻状况证明（结婚证、离婚证或单身声明）", kind="original_or_copy")),
                agent()])
    d.add("不动产转移登记（继承、受遗赠）", "07", "30w", "5w",
          kw="继承房产 房产继承 遗产过户", res=cert("不动产权证书"), grp="不动产转移登记",
          fees=fees_std,
          mats=[sq, idcard("继承人或受遗赠人"), realty("被继承人"),
                other("被继承人死亡证明", "医疗机构、公安机关"),
                own("继承权公证书、遗嘱或人民法院生效法律文书", kind="original",
                    note="无公证书的，全体法定继承人到场签署查验材料"),
                D(own("亲属关系证明", kind="original_or_copy"))])
    d.add("不动产转移登记（赠与）", "07", "30w", "3w", kw="房产赠与 赠与过户 父母给子女房子",
          res=cert("不动产权证书"), grp="不动产转移登记", fees=fees_std,
          mats=[sq, idcard("赠与人和受赠人", copies=2), realty("赠与人"),
                own("赠与合同", note="可一并办理公证"), tax])
    d.add("不动产转移登记（离婚析产）", "07", "30w", "3w", kw="离婚分房 离婚析产 离婚房产过户",
          res=cert("不动产权证书"), grp="不动产转移登记", fees=fees_std,
          mats=[sq, idcard("双方", copies=2), realty(),
                own("离婚证及离婚协议或人民法院生效法律文书", kind="original_and_copy")])
    d.add("不动产变更登记（权利人姓名或名称变更）", "07", "30w", "0",
          kw="房产证改名 权利人更名 名称变更", res=cert("不动产权证书"), objs=p_objs,
          grp="不动产变更登记",
          mats=[sq, idcard(), realty(),
                gov("姓名或名称变更证明", "公安机关、市场监督管理部门", kind="original_or_copy")])
    d.add("不动产变更登记（土地用途、面积等变更）", "07", "30w", "5w",
          kw="土地用途变更 面积变更 不动产变更", res=cert("不动产权证书"), objs="2356",
          grp="不动产变更登记",
          mats=[sq, unitcert(), realty(),
                gov("批准变更的文件及补充出让合同", "自然资源部门", kind="copy"),
                inter("变更后的不动产权籍调查成果", "不动产测绘机构")])
    d.add("不动产抵押登记（抵押权首次登记）", "07", "30w", "0",
          kw="房产抵押 房屋抵押 抵押贷款 办抵押", res=cert("不动产登记证明"), objs=p_objs,
          grp="不动产抵押登记", fees=[FEE_BDC],
          mats=[sq, idcard("抵押人"), realty(), own("抵押合同"),
                D(own("主债权合同", kind="original_or_copy")),
                mat("抵押权人主体资格证明", kind="original_or_copy",
                    src="government", org="登记管理机关", lic="营业执照")])
    d.add("不动产抵押登记（抵押权变更登记）", "07", "30w", "0", kw="抵押变更 抵押展期 抵押金额变更",
          res=cert("不动产登记证明"), objs=p_objs, grp="不动产抵押登记",
          mats=[sq, gov("不动产登记证明（抵押权）", "不动产登记机构"),
                own("抵押权变更协议")])
    d.add("不动产抵押登记（抵押权注销登记）", "07", "30w", "0", kw="解押 抵押注销 还完贷款 撤押",
          res=oth("注销登记结果"), objs=p_objs, grp="不动产抵押登记",
          mats=[sq, gov("不动产登记证明（抵押权）", "不动产登记机构"),
                other("抵押权消灭证明（银行出具的注销通知）", "抵押权人")])
    d.add("不动产预告登记（预购商品房）", "07", "30w", "0", kw="预告登记 期房登记 预购商品房",
          res=cert("不动产登记证明"), grp="不动产预告登记", fees=[FEE_BDC],
          mats=[sq, idcard("预购人"),
                gov("商品房预售合同（网签备案）", "住房城乡建设部门", kind="original_or_copy")])
    d.add("不动产预告登记（预购商品房抵押）", "07", "30w", "0", kw="期房抵押 预抵押 按揭预告",
          res=cert("不动产登记证明"), objs="12", grp="不动产预告登记", fees=[FEE_BDC],
          mats=[sq, idcard("抵押人"), gov("预购商品房预告登记证明", "不动产登记机构"),
                own("抵押合同"), D(own("借款合同", kind="original_or_copy"))])
    d.add("不动产注销登记", "07", "30w", "0", kw="房屋灭失 注销登记 拆迁注销",
          res=oth("注销登记结果"), objs=p_objs,
          mats=[sq, idcard(), realty(),
                own("不动产灭失或权利消灭的证明材料", kind="original_or_copy")])
    d.add("不动产更正登记", "07", "30w", "5w", kw="房产证错误 更正登记 登记错误",
          res=cert("不动产权证书"), objs=p_objs,
          mats=[sq, idcard(), realty(), own("证实登记确有错误的材料", kind="original_or_copy")])
    d.add("不动产异议登记", "07", "30w", "0", kw="异议登记 房产纠纷 权属异议",
          res=cert("不动产登记证明"), objs=p_objs,
          mats=[sq, idcard(), own("证实对登记的不动产权利有利害关系的材料",
                                  kind="original_or_copy")])
    d.add("不动产查封登记", "07", "30w", "0", kw="房产查封 查封登记 解封",
          res=oth("查封登记结果"), objs="56",
          mats=[gov("协助执行通知书", "人民法院、人民检察院、公安机关等"),
                gov("查封裁定书等生效法律文书", "人民法院等"),
                own("执行人员工作证件", kind="original_and_copy")])
    d.add("居住权登记", "07", "30w", "3w", kw="居住权 以房养老 居住权设立",
          res=cert("不动产登记证明"), fees=[FEE_BDC],
          mats=[sq, idcard("当事人"), realty(),
                own("居住权合同或设立居住权的遗嘱、生效法律文书")])
    d.add("不动产权证书补发、换发", "20", "30w", "20w",
          kw="房产证丢了 补房产证 换房产证 房产证补办", res=cert("不动产权证书"),
          objs=p_objs, fees=[fee("不动产权属证书工本费", "10元/本", FEE_BDC_BASIS, True)],
          cond="不动产权证书遗失、灭失的，经登记机构公告十五个工作日后补发；破损的换发",
          mats=[sq, idcard(), OPT(realty(note="换发的交回原证书")),
                own("遗失、灭失情况说明")])
    d.add("不动产登记资料查询", "20", "1w", "0", kw="房产查询 查房产 无房证明 有房证明",
          res=oth("不动产登记信息查询结果"), objs=p_objs, v=0,
          mats=[table("不动产登记资料查询申请书"), idcard("查询人"), agent()])
    return d


# ===========================================================================
# 税务
# ===========================================================================

def dept_sw():
    d = Dept("SW", "国家税务总局枣庄市市中区税务局", "11", "MB285284", "0632-3314101",
             "0632-3314119", address=f"{HALL}一楼税务综合受理区", visits=0,
             basis="《中华人民共和国税收征收管理法》《中华人民共和国税收征收管理法实施细则》")
    ZG = "《中华人民共和国税收征收管理法》《中华人民共和国税收征收管理法实施细则》"
    FP = "《中华人民共和国发票管理办法》"
    GS = "《中华人民共和国个人所得税法》"
    t_objs = "1236"

    d.add("新办纳税人“套餐式”服务", "20", "1w", "0",
          kw="新办企业 税务报到 新办纳税人 领发票", res=oth("涉税事项办理结果"), objs="26",
          cond="新设立登记的企业、个体工商户等首次办理涉税事项",
          mats=[bizlic(), idcard("经办人"), table("新办纳税人涉税事项综合申请表")])
    d.add("一照一码户信息变更", "20", "1w", "0", kw="税务变更 税务信息变更 财务负责人变更",
          res=oth("变更后的登记信息"), basis=ZG, objs=t_objs,
          mats=[table("变更税务登记表"), own("变更事项相关证明材料", kind="copy")])
    d.add("清税申报（注销税务登记）", "20", "20w", "0",
          kw="税务注销 清税证明 企业注销 注销税务", res=oth("清税证明"), basis=ZG,
          objs=t_objs, v=1,
          cond="已结清应纳税款、滞纳金、罚款，缴销发票；未办理过涉税事宜或符合承诺制条件的即时出具清税证明",
          mats=[table("清税申报表"), own("已缴销发票情况说明"),
                OPT(pledge("容缺办理承诺书"))])
    d.add("跨区域涉税事项报告", "20", "1w", "0", kw="外出经营 跨区域报告 外经证",
          res=oth("跨区域涉税事项报告表"), basis=ZG, objs="26",
          mats=[table("跨区域涉税事项报告表"), OPT(own("外出经营合同", kind="copy"))])
    d.add("停业登记", "20", "1w", "0", kw="个体户停业 暂停营业 停业报告",
          res=oth("核准停业通知书"), basis=ZG, objs="16",
          mats=[table("停业复业报告书"), OPT(own("发票缴存情况说明"))])
    d.add("复业登记", "20", "1w", "0", kw="个体户复业 恢复营业",
          res=oth("核准复业通知书"), basis=ZG, objs="16", mats=[table("停业复业报告书"),
                                                         OPT(idcard("经营者"))])
    d.add("纳税人（扣缴义务人）身份信息报告", "10", "1w", "0", kw="自然人登记 扣缴义务人登记 身份信息报告",
          res=NORESULT, basis=ZG, objs=t_objs,
          mats=[table("纳税人（扣缴义务人）身份信息报告表"), idcard()])
    d.add("存款账户账号报告", "10", "1w", "0", kw="银行账户报告 账户备案 对公账户",
          res=NORESULT, basis=ZG, objs="26",
          mats=[table("纳税人存款账户账号报告表"),
                other("银行开户信息", "开户银行", kind="copy", note="已共享的免交")])
    d.add("财务会计制度及核算软件备案报告", "10", "1w", "0", kw="财务制度备案 会计制度备案",
          res=NORESULT, basis=ZG, objs="26",
          mats=[table("财务会计制度及核算软件备案报告书"), own("财务会计制度", kind="copy")])
    d.add("增值税一般纳税人登记", "10", "1w", "0", kw="一般纳税人 一般纳税人资格 小规模转一般纳税人",
          res=oth("增值税一般纳税人登记信息"), basis="《增值税一般纳税人登记管理办法》",
          objs="26",
          mats=[table("增值税一般纳税人登记表"), OPT(legal_id())])
    d.add("发票领用", "20", "1w", "0", kw="领发票 申领发票 发票 数电票",
          res=oth("发票领用结果"), basis=FP, objs=t_objs,
          mats=[idcard("经办人"), OPT(table("发票领用申请表", note="首次领用的填报"))])
    d.add("发票额度调整申请", "20", "5w", "0", kw="发票额度 提额 开票额度",
          res=oth("额度调整结果"), basis=FP, objs="26",
          mats=[table("发票额度调整申请表"), D(own("经营情况说明及相关合同", kind="copy"))])
    d.add("增值税专用发票（增值税税控系统）最高开票限额审批", "01", "20w", "5w",
          kw="最高开票限额 专票限额 开票限额审批", res=appr("准予税务行政许可决定书"),
          basis="《国务院对确需保留的行政审批项目设定行政许可的决定》" + FP, objs="26",
          mats=[table("税务行政许可申请表"), table("增值税专用发票最高开票限额申请单"),
                OPT(own("经营情况说明", kind="copy"))])
    d.add("代开增值税发票", "20", "1w", "0", kw="代开发票 个人开发票 开发票",
          res=oth("增值税发票"), basis=FP, objs="16", v=1,
          mats=[table("代开增值税发票缴纳税款申报单"), idcard(),
                own("付款方对款项性质的确认或合同", kind="copy")])
    d.add("发票遗失、损毁报告", "10", "1w", "0", kw="发票丢失 发票遗失 发票损毁",
          res=NORESULT, basis=FP, objs=t_objs,
          mats=[table("发票挂失/损毁报告表"), own("发票遗失、损毁情况说明")])
    d.add("个人所得税综合所得汇算清缴", "20", "1w", "0",
          kw="个税 个税汇算 个税退税 个人所得税", res=oth("申报结果"), basis=GS,
          cond="取得综合所得且需要补税或者申请退税的居民个人，次年3月1日至6月30日办理",
          mats=[idcard(), OPT(own("收入、扣除等相关资料", kind="copy"))])
    d.add("个人所得税专项附加扣除信息报送", "20", "1w", "0",
          kw="专项附加扣除 个税扣除 子女教育扣除 房贷扣除", res=NORESULT, basis=GS,
          mats=[idcard(), table("个人所得税专项附加扣除信息表")])
    d.add("个人所得税纳税记录开具", "20", "1w", "0", kw="完税证明 个税证明 纳税记录",
          res=oth("个人所得税纳税记录"), basis=GS, mats=[idcard(), agent()])
    d.add("存量房交易税费申报", "04", "1w", "0",
          kw="二手房交税 过户交税 房产交易税 二手房契税", res=oth("完税凭证"),
          basis="《中华人民共和国契税法》《中华人民共和国个人所得税法》", objs="12", v=1,
          mats=[idcard("买卖双方", copies=2), realty("出卖人"),
                own("存量房买卖合同", kind="copy"),
                D(own("家庭住房情况查询结果或唯一住房承诺", kind="original")),
                D(hukou(note="申请家庭唯一住房等税收优惠的提供"))])
    d.add("契税申报", "04", "1w", "0", kw="契税 交契税 新房契税 买房交税",
          res=oth("契税完税凭证"), basis="《中华人民共和国契税法》", objs="12", v=1,
          mats=[idcard(), own("不动产权属转移合同", kind="copy"),
                other("购房发票", "房地产开发企业", kind="copy"),
                D(own("享受契税优惠的证明材料", kind="copy"))])
    d.add("车辆购置税申报", "04", "1w", "0", kw="车购税 买车交税 新车交税",
          res=oth("车辆购置税完税证明"), basis="《中华人民共和国车辆购置税法》", objs="126",
          mats=[idcard("车主"), other("机动车销售统一发票", "销售企业"),
                OPT(other("整车出厂合格证", "生产企业", kind="copy",
                          note="已实现电子信息共享的免交"))])
    d.add("城乡居民社会保险费缴费", "20", "1w", "0", kw="交社保 交医保费 居民社保缴费 医保缴费",
          res=oth("缴费凭证"), basis="《中华人民共和国社会保险法》",
          mats=[idcard(), OPT(sscard())])
    d.add("开具税收完税证明", "20", "1w", "0", kw="完税证明 纳税证明 税收证明",
          res=oth("税收完税证明"), basis=ZG, objs=t_objs, mats=[idcard(), agent()])
    d.add("纳税信用修复", "20", "15w", "5w", kw="信用修复 纳税信用 D级修复",
          res=oth("纳税信用修复结果"), basis="《纳税信用管理办法》", objs="26",
          mats=[table("纳税信用修复申请表"), own("已纠正失信行为的相关证明", kind="copy")])
    d.add("误收多缴退抵税", "20", "30d", "10w", kw="多缴退税 退税 退抵税",
          res=oth("退抵税费审批结果"), basis=ZG, objs=t_objs,
          mats=[table("退（抵）税申请表"), own("多缴税款的完税凭证", kind="copy"),
                OPT(agent())])
    d.add("对纳税人变更纳税定额的核准", "01", "20w", "5w", kw="定额调整 个体户定额 定期定额",
          res=appr("准予税务行政许可决定书"),
          basis="《中华人民共和国税收征收管理法实施细则》", objs="16", v=1,
          mats=[table("税务行政许可申请表"), table("纳税人申请变更核定定额申请书"),
                D(own("生产经营情况说明", kind="copy"))])
    return d


# ===========================================================================
# 住房和城乡建设
# ===========================================================================

def dept_zj():
    d = Dept("ZJ", "枣庄市市中区住房和城乡建设局", "11", "00429516", "0632-3314301",
             "0632-3314319", address=f"{HALL}二楼工程建设项目审批专区",
             basis="《中华人民共和国建筑法》")
    JZ = "《中华人民共和国建筑法》《建筑工程施工许可管理办法》"
    RQ = "《城镇燃气管理条例》"
    PS = "《城镇排水与污水处理条例》"
    FC = "《中华人民共和国城市房地产管理法》"
    p_objs = "2356"

    d.add("建筑工程施工许可证核发", "01", "7d", "3w",
          kw="建筑许可 施工许可 开工许可 施工许可证", res=cert("建筑工程施工许可证"),
          basis=JZ, objs=p_objs, grp="建筑工程施工许可",
          cond="已办理用地和规划许可，施工企业已确定，有满足施工需要的技术资料和保证工程质量安全的措施",
          mats=[table("建筑工程施工许可证申请表"), unitcert(),
                gov("建设工程规划许可证", "自然资源部门", kind="copy"),
                D(own("施工合同及中标通知书", kind="copy")),
                inter("施工图审查合格书", "施工图审查机构"),
                D(own("保证工程质量和安全的具体措施")),
                pledge("建设资金已经落实承诺书")])
    d.add("建筑工程施工许可证变更", "01", "7d", "0", kw="施工许可变更 施工单位变更",
          res=cert("建筑工程施工许可证"), basis=JZ, objs=p_objs, grp="建筑工程施工许可",
          mats=[table("建筑工程施工许可证变更申请表"),
                gov("建筑工程施工许可证", "住房城乡建设部门"),
                own("变更事项相关证明材料", kind="copy")])
    d.add("房屋建筑和市政基础设施工程竣工验收备案", "10", "5w", "2w",
          kw="竣工验收备案 竣工备案 工程验收", res=oth("竣工验收备案证明书"),
          basis="《房屋建筑和市政基础设施工程竣工验收备案管理办法》", objs=p_objs,
          mats=[table("竣工验收备案表"), own("工程竣工验收报告"),
                gov("规划、消防等部门出具的认可文件或准许使用文件", "自然资源、住房城乡建设部门",
                    kind="copy"),
                own("施工单位签署的工程质量保修书"),
                D(own("住宅质量保证书和住宅使用说明书", note="商品住宅工程提供"))])
    d.add("商品房预售许可", "01", "10d", "5w", kw="预售证 商品房预售 卖楼 售楼许可",
          res=cert("商品房预售许可证"), basis=FC + "《城市商品房预售管理办法》", objs="2",
          mats=[table("商品房预售许可申请表"), bizlic(),
                gov("房地产开发企业资质证书", "住房城乡建设部门", kind="copy"),
                realty(note="土地使用权不动产权证书"),
                gov("建设工程规划许可证和施工许可证", "自然资源、住房城乡建设部门", kind="copy"),
                other("工程施工进度证明", "监理单位"),
                D(own("商品房预售方案")), D(own("预售资金监管协议", kind="copy"))])
    d.add("燃气经营许可证核发", "01", "20w", "10w", kw="燃气经营 燃气许可 液化气站",
          res=cert("燃气经营许可证"), basis=RQ + "《燃气经营许可管理办法》", objs="2",
          grp="燃气经营许可",
          mats=[table("燃气经营许可申请书"), bizlic(), legal_id(),
                own("燃气设施建设工程竣工验收文件", kind="copy"),
                own("主要负责人、安全管理人员及运行维护人员考核合格证明", kind="copy"),
                D(own("安全管理制度及应急预案"))])
    d.add("燃气经营许可证变更", "01", "20w", "0", kw="燃气许可变更 燃气经营变更",
          res=cert("燃气经营许可证"), basis=RQ, objs="2", grp="燃气经营许可",
          mats=[table("燃气经营许可变更申请书"), gov("燃气经营许可证", "燃气管理部门"),
                own("变更事项证明材料", kind="copy")])
    d.add("城镇污水排入排水管网许可", "01", "20w", "5w", kw="排水许可 污水排放 排水证",
          res=cert("城镇污水排入排水管网许可证"), basis=PS, objs="26",
          mats=[table("城镇污水排入排水管网许可申请表"), bizlic(),
                own("排水户内部排水管网、专用检测井、排放口位置图", kind="copy"),
                D(inter("排水水质检测报告", "检测机构"))])
    d.add("拆除、改动、迁移城镇排水与污水处理设施审核", "01", "20w", "10w",
          kw="改管网 迁移排水设施 排水设施拆除", res=appr("审核意见"), basis=PS,
          objs="2356",
          mats=[table("拆除、改动城镇排水与污水处理设施申请表"), unitcert(),
                own("拆除、改动方案及保障排水的措施")])
    d.add("房屋租赁登记备案", "10", "3w", "0", kw="租房备案 租赁备案 房屋租赁合同备案",
          res=oth("房屋租赁登记备案证明"), basis="《商品房屋租赁管理办法》", objs="12", v=0,
          mats=[own("房屋租赁合同", kind="original"), idcard("租赁双方", copies=2),
                realty(note="房屋权属证明")])
    d.add("商品房买卖合同网签备案", "10", "1w", "0", kw="网签 商品房备案 购房合同备案",
          res=oth("商品房买卖合同备案信息"), basis=FC, objs="12", v=0,
          mats=[own("商品房买卖合同"), idcard("买受人")])
    d.add("存量房买卖合同网签备案", "10", "1w", "0", kw="二手房网签 二手房合同备案",
          res=oth("存量房买卖合同备案信息"), basis=FC, objs="12",
          mats=[own("存量房买卖合同"), idcard("买卖双方", copies=2), realty("出卖人")])
    d.add("公共租赁住房资格申请", "20", "30w", "20w", kw="公租房 廉租房 申请住房 保障房",
          res=oth("公共租赁住房资格审核结果"), basis="《公共租赁住房管理办法》",
          state="suspended",
          mats=[table("公共租赁住房申请表"), idcard("家庭成员"), hukou(),
                own("家庭收入、住房情况声明"), OPT(marriage())])
    d.add("住房租赁补贴申领", "05", "30w", "20w", kw="租房补贴 住房补贴 租赁补贴",
          res=oth("住房租赁补贴发放结果"), basis="《公共租赁住房管理办法》",
          mats=[table("住房租赁补贴申请表"), idcard(), hukou(),
                own("房屋租赁合同", kind="copy"), bank()])
    d.add("住宅专项维修资金使用审核", "20", "10w", "5w", kw="维修基金 维修资金 电梯维修",
          res=oth("维修资金使用审核意见"), basis="《住宅专项维修资金管理办法》", objs="6",
          mats=[table("住宅专项维修资金使用申请表"),
                own("业主大会或相关业主表决同意的证明"), own("维修方案及预算"),
                D(other("维修工程合同", "施工单位", kind="copy"))])
    d.add("前期物业服务合同备案", "10", "5w", "0", kw="物业合同备案 前期物业",
          res=oth("备案回执"), basis="《物业管理条例》", objs="2",
          mats=[own("前期物业服务合同", kind="copy"), own("临时管理规约", kind="copy"),
                bizlic()])
    d.add("建筑起重机械使用登记", "07", "7d", "3w", kw="塔吊登记 起重机械 施工升降机",
          res=cert("建筑起重机械使用登记证明"),
          basis="《建筑起重机械安全监督管理规定》", objs="2",
          mats=[table("建筑起重机械使用登记表"),
                gov("建筑起重机械备案证明", "住房城乡建设部门", kind="copy"),
                inter("安装验收资料及检验检测报告", "检验检测机构"),
                D(own("生产安全事故应急救援预案"))])
    d.add("施工劳务企业资质备案", "10", "5w", "0", kw="劳务资质 施工劳务 劳务企业备案",
          res=oth("施工劳务资质备案信息"),
          basis="《中华人民共和国建筑法》《建筑业企业资质管理规定》", objs="2", v=0,
          mats=[table("施工劳务企业备案表"), bizlic(), pledge("资质备案告知承诺书")])
    return d


# ===========================================================================
# 交通运输
# ===========================================================================

def dept_jt():
    d = Dept("JT", "枣庄市市中区交通运输局", "11", "00429524", "0632-3314501",
             "0632-3314519", address=f"{HALL}一楼交通运输受理区",
             basis="《中华人民共和国道路运输条例》")
    WY = "《网络预约出租汽车经营服务管理暂行办法》"
    XY = "《巡游出租汽车经营服务管理规定》"
    YS = "《中华人民共和国道路运输条例》"
    KY = YS + "《道路旅客运输及客运站管理规定》"
    HY = YS + "《道路货物运输及站场管理规定》"
    CY = "《道路运输从业人员管理规定》"
    GL = "《中华人民共和国公路法》《公路安全保护条例》"
    xsz = gov("机动车行驶证", "公安机关交通管理部门", lic="机动车行驶证")
    jsz = gov("机动车驾驶证", "公安机关交通管理部门", lic="机动车驾驶证")

    d.add("网络预约出租汽车经营许可", "01", "20d", "10w",
          kw="网约车平台 网约车经营 网约车公司", res=cert("网络预约出租汽车经营许可证"),
          basis=WY, objs="2", grp="网络预约出租汽车",
          mats=[table("网络预约出租汽车经营申请表"), bizlic(), legal_id(),
                own("企业法人营业执照及网络服务平台数据库接入情况说明", kind="copy"),
                D(own("服务所在地办公场所证明", kind="copy")),
                D(own("安全生产管理制度、服务质量保障制度文本"))])
    d.add("网络预约出租汽车运输证核发", "01", "20d", "5w",
          kw="网约车运输证 网约车车辆 网约车证 车辆营运证", res=cert("网络预约出租汽车运输证"),
          basis=WY, objs="12", grp="网络预约出租汽车",
          mats=[table("网络预约出租汽车运输证申请表"), xsz,
                mat("车辆所有人身份证明", kind="original_or_copy", form="paper_or_electronic",
                    src="government", lic="居民身份证"),
                D(own("车辆卫星定位装置、应急报警装置安装证明", kind="copy")),
                D(other("营运车辆保险单", "保险公司", kind="copy"))])
    d.add("网络预约出租汽车驾驶员证核发", "01", "20d", "5w",
          kw="网约车驾驶员证 网约车司机 跑网约车 网约车人证", res=cert("网络预约出租汽车驾驶员证"),
          basis=WY + "《出租汽车驾驶员从业资格管理规定》", grp="网络预约出租汽车",
          cond="取得相应准驾车型机动车驾驶证并具有三年以上驾驶经历，无交通肇事犯罪、危险驾驶犯罪记录，无暴力犯罪记录，考试合格",
          mats=[table("网络预约出租汽车驾驶员证申请表"), idcard(), jsz,
                gov("网约车驾驶员从业资格考试合格证明", "交通运输部门"),
                D(gov("无犯罪记录证明", "公安机关")),
                D(photo(1, "近期一寸白底免冠彩色照片"))])
    d.add("巡游出租汽车经营许可", "01", "20d", "10w", kw="出租车经营 出租车公司 巡游出租车",
          res=cert("道路运输经营许可证"), basis=XY, objs="2",
          mats=[table("巡游出租汽车经营申请表"), bizlic(), legal_id(),
                own("投入运营车辆承诺书"), D(own("经营管理制度、安全生产管理制度文本"))])
    d.add("巡游出租汽车驾驶员证注册", "20", "5w", "0", kw="出租车司机注册 出租车驾驶员证",
          res=cert("巡游出租汽车驾驶员证"), basis="《出租汽车驾驶员从业资格管理规定》",
          mats=[idcard(), gov("出租汽车驾驶员从业资格证", "交通运输部门"),
                own("与出租汽车经营者签订的劳动合同或经营合同", kind="copy")])
    d.add("道路旅客运输经营许可", "01", "20d", "10w", kw="客运经营 客运许可 旅游客运",
          res=cert("道路运输经营许可证"), basis=KY, objs="2",
          mats=[table("道路旅客运输经营申请表"), bizlic(), legal_id(),
                own("拟投入客车承诺书"),
                own("拟聘用驾驶员的驾驶证和从业资格证", kind="copy"),
                D(own("安全生产管理制度文本"))])
    d.add("道路普通货物运输经营许可", "01", "20d", "0", kw="货运许可 货运经营 道路运输经营许可证",
          res=cert("道路运输经营许可证"), basis=HY, objs="12",
          mats=[table("道路货物运输经营申请表"), bizlic(), legal_id(),
                own("拟投入车辆承诺书"),
                own("拟聘用驾驶员的驾驶证和从业资格证", kind="copy"),
                D(own("安全生产管理制度文本"))])
    d.add("道路运输证配发", "01", "20d", "0", kw="营运证 道路运输证 车辆营运证",
          res=cert("道路运输证"), basis=YS, objs="12", grp="道路运输证",
          mats=[table("道路运输证配发申请表"),
                gov("道路运输经营许可证", "交通运输部门", kind="copy"), xsz,
                inter("车辆技术等级评定结论", "机动车检验检测机构")])
    d.add("道路运输证补发、换发", "20", "5w", "0", kw="营运证补办 道路运输证丢失 营运证换发",
          res=cert("道路运输证"), basis=YS, objs="12", grp="道路运输证", v=0,
          mats=[table("道路运输证补发换发申请表"), xsz])
    d.add("道路运输证年度审验", "20", "5w", "0", kw="营运证年审 道路运输证年审",
          res=oth("年度审验记录"), basis=YS, objs="12", grp="道路运输证",
          state="withdrawn",
          mats=[gov("道路运输证", "交通运输部门"), xsz])
    d.add("道路运输从业人员从业资格证件换发、补发、变更", "20", "5w", "0",
          kw="从业资格证 货运资格证 客运资格证 道路运输从业资格", res=cert("道路运输从业人员从业资格证"),
          basis=CY, v=0,
          mats=[table("道路运输从业人员从业资格证件换发/补发/变更申请表"), idcard(),
                OPT(gov("原从业资格证件", "交通运输部门", note="换发、变更的提供"))])
    d.add("机动车维修经营备案", "10", "5w", "0", kw="汽修厂备案 修车店 机动车维修",
          res=oth("机动车维修经营备案回执"), basis=YS + "《机动车维修管理规定》", objs="12",
          mats=[table("机动车维修经营备案表"), bizlic(), site("维修经营场地使用证明"),
                D(own("技术人员名册及资格证明", kind="copy"))])
    d.add("机动车驾驶员培训经营备案", "10", "5w", "0", kw="驾校备案 驾驶员培训 驾校",
          res=oth("机动车驾驶员培训经营备案回执"), basis=YS + "《机动车驾驶员培训管理规定》",
          objs="2",
          mats=[table("机动车驾驶员培训备案表"), bizlic(), site("教练场地使用证明"),
                own("教练车辆及教练员情况", kind="copy")])
    d.add("超限运输车辆行驶公路许可", "01", "5w", "2w", kw="大件运输 超限运输 超限许可",
          res=cert("超限运输车辆通行证"), basis=GL + "《超限运输车辆行驶公路管理规定》",
          objs="126", v=0,
          mats=[table("公路超限运输申请表"), xsz, jsz,
                own("货物名称、重量、外廓尺寸及必要的总体轮廓图"),
                D(own("车货总体外廓尺寸信息图"))])
    d.add("占用、挖掘公路或者使公路改线审批", "01", "20w", "10w", kw="挖掘公路 占用公路 公路改线",
          res=appr("公路路政许可决定书"), basis=GL, objs="2356",
          mats=[table("公路路政许可申请书"), unitcert(),
                inter("设计和施工方案", "设计单位"),
                own("保障公路、公路附属设施质量和安全的技术评价报告"),
                D(own("处置施工险情和意外事故的应急方案"))])
    d.add("在公路用地范围内设置非公路标志审批", "01", "20w", "5w",
          kw="广告牌审批 公路广告 非公路标志", res=appr("公路路政许可决定书"), basis=GL,
          objs="236",
          mats=[table("公路路政许可申请书"), unitcert(),
                own("非公路标志设置位置、规格、结构设计图")])
    return d


# ===========================================================================
# 卫生健康
# ===========================================================================

def dept_wj():
    d = Dept("WJ", "枣庄市市中区卫生健康局", "11", "00429532", "0632-3314701",
             "0632-3314719", address=f"{HALL}三楼卫生健康受理区",
             basis="《医疗机构管理条例》")
    YL = "《医疗机构管理条例》《医疗机构管理条例实施细则》"
    YS = "《中华人民共和国医师法》《医师执业注册管理办法》"
    HS = "《护士条例》《护士执业注册管理办法》"
    MY = "《中华人民共和国母婴保健法》"
    JS = "《中华人民共和国人口与计划生育法》《山东省人口与计划生育条例》"
    GG = "《公共场所卫生管理条例》《公共场所卫生管理条例实施细则》"
    yszg = gov("医师资格证书", "卫生健康行政部门", lic="医师资格证书")

    d.add("医疗机构执业登记", "01", "45d", "20w", kw="开诊所 开医院 医疗机构执业 医疗机构许可",
          res=cert("医疗机构执业许可证"), basis=YL, objs="236", grp="医疗机构执业登记",
          mats=[table("医疗机构申请执业登记注册书"), unitcert(), legal_id(),
                site("医疗机构用房产权证明或使用证明"),
                own("医疗技术人员执业证书及名录", kind="copy"),
                D(own("医疗机构规章制度")), D(own("医疗机构建筑设计平面图"))])
    d.add("医疗机构执业登记变更", "01", "30d", "10w", kw="医疗机构变更 诊疗科目变更",
          res=cert("医疗机构执业许可证"), basis=YL, objs="236", grp="医疗机构执业登记",
          mats=[table("医疗机构变更登记申请书"),
                gov("医疗机构执业许可证", "卫生健康行政部门", lic="医疗机构执业许可证"),
                own("变更事项证明材料", kind="copy")])
    d.add("医疗机构校验", "07", "30d", "15w", kw="医疗机构校验 医院校验 诊所校验",
          res=oth("校验结论"), basis=YL, objs="236", grp="医疗机构执业登记",
          mats=[table("医疗机构校验申请书"),
                gov("医疗机构执业许可证", "卫生健康行政部门", lic="医疗机构执业许可证"),
                own("校验期内执业情况、统计报表等自查报告")])
    d.add("诊所备案", "10", "5w", "0", kw="开诊所 诊所备案 个体诊所 中医诊所",
          res=cert("诊所备案凭证"),
          basis="《中华人民共和国基本医疗卫生与健康促进法》《中医诊所备案管理暂行办法》",
          objs="126",
          mats=[table("诊所备案信息表"), bizlic(), yszg,
                gov("医师执业证书", "卫生健康行政部门", lic="医师执业证书"),
                site("诊所用房产权证明或使用证明"), D(own("诊所规章制度"))])
    d.add("医师执业注册", "01", "20w", "5w", kw="医师注册 医生执业 执业证 医师执业证书",
          res=cert("医师执业证书"), basis=YS, grp="医师执业注册", v=0,
          mats=[table("医师执业注册申请审核表"), idcard(), yszg,
                other("近六个月内的健康体检证明", "县级以上医疗机构"),
                D(own("拟执业机构聘用证明", kind="original")),
                D(photo(1, "近期一寸白底免冠彩色照片"))])
    d.add("医师执业变更注册", "01", "20w", "0", kw="医师变更注册 医生换单位 多点执业",
          res=cert("医师执业证书"), basis=YS, grp="医师执业注册", v=0,
          mats=[table("医师变更执业注册申请审核表"), idcard(),
                gov("医师执业证书", "卫生健康行政部门", lic="医师执业证书"),
                own("拟执业机构聘用证明")])
    d.add("护士执业注册", "01", "20w", "5w", kw="护士注册 护士执业证 护士证",
          res=cert("护士执业证书"), basis=HS, grp="护士执业注册", v=0,
          mats=[table("护士执业注册申请审核表"), idcard(),
                gov("护士执业资格考试成绩合格证明", "卫生健康行政部门"),
                other("健康体检证明", "县级以上医疗机构"),
                D(own("拟执业医疗卫生机构拟聘用证明"))])
    d.add("护士执业变更注册", "01", "20w", "0", kw="护士变更注册 护士换单位",
          res=cert("护士执业证书"), basis=HS, grp="护士执业注册", v=0,
          mats=[table("护士变更注册申请审核表"), idcard(),
                gov("护士执业证书", "卫生健康行政部门", lic="护士执业证书")])
    d.add("乡村医生执业注册", "01", "15d", "10w", kw="乡村医生 村医注册 村医执业证",
          res=cert("乡村医生执业证书"), basis="《乡村医生从业管理条例》",
          mats=[table("乡村医生执业注册申请表"), idcard(),
                own("学历证明或培训合格证明", kind="original_and_copy"),
                other("村卫生室聘用证明", "村卫生室"),
                D(photo(2, "近期一寸白底免冠彩色照片"))])
    d.add("出生医学证明补发", "20", "20w", "10w", kw="出生证补办 出生证明丢了 补出生证",
          res=cert("出生医学证明"), basis=MY, grp="出生医学证明",
          cond="出生医学证明遗失，经原签发机构核实出生信息后补发",
          mats=[table("出生医学证明补发申请表"), idcard("父母双方", copies=2),
                hukou("新生儿"),
                D(other("分娩医疗机构出具的住院分娩病历", "助产医疗机构", kind="copy")),
                own("遗失情况说明")])
    d.add("出生医学证明换发", "20", "10w", "5w", kw="出生证换发 出生证改名 出生证错误",
          res=cert("出生医学证明"), basis=MY, grp="出生医学证明",
          mats=[table("出生医学证明换发申请表"), birthcert(), idcard("父母双方", copies=2),
                D(own("需要更正信息的证明材料", kind="copy"))])
    d.add("生育登记", "20", "1w", "0", kw="准生证 生育服务证 生育登记 怀孕登记",
          res=oth("生育登记服务单"), basis=JS, v=0,
          cond="夫妻在生育前或者生育后办理，一孩、二孩、三孩均实行登记服务",
          mats=[idcard("夫妻双方", copies=2), OPT(marriage())])
    d.add("农村部分计划生育家庭奖励扶助", "05", "30w", "20w", kw="计生奖励扶助 奖扶 独生子女奖励",
          res=oth("奖励扶助资格确认结果"), basis=JS,
          mats=[table("奖励扶助对象申报审批表"), idcard(), hukou(),
                own("计划生育情况证明", kind="original_or_copy"), bank()])
    d.add("计划生育家庭特别扶助", "05", "30w", "20w", kw="失独 特别扶助 独生子女伤残 计生特扶",
          res=oth("特别扶助资格确认结果"), basis=JS,
          mats=[table("特别扶助对象申报审批表"), idcard(), hukou(),
                own("独生子女死亡或伤残证明", kind="original_or_copy"), bank()])
    d.add("独生子女父母光荣证发放", "20", "20w", "5w", kw="独生子女证 光荣证",
          res=cert("独生子女父母光荣证"), basis=JS, state="withdrawn",
          mats=[idcard("夫妻双方", copies=2), hukou(), marriage()])
    d.add("公共场所卫生许可", "01", "20d", "3w",
          kw="卫生许可证 理发店 宾馆卫生 游泳馆 美容院", res=cert("公共场所卫生许可证"),
          basis=GG, objs="126",
          mats=[table("公共场所卫生许可申请表"), bizlic(), legal_id(),
                D(own("公共场所平面图和卫生设施平面布局图")),
                D(inter("公共场所卫生检测或评价报告", "检测机构")),
                pledge("公共场所卫生许可告知承诺书")])
    d.add("饮用水供水单位卫生许可", "01", "20d", "10w", kw="供水卫生许可 二次供水 自来水卫生",
          res=cert("卫生许可证"),
          basis="《中华人民共和国传染病防治法》《生活饮用水卫生监督管理办法》", objs="236",
          mats=[table("供水单位卫生许可申请书"), unitcert(),
                inter("水质检测报告", "检测机构"),
                own("供水设施卫生安全产品批件", kind="copy"),
                D(other("直接从事供、管水人员健康合格证明", "医疗卫生机构", kind="copy"))])
    d.add("母婴保健技术服务执业许可", "01", "20w", "10w", kw="母婴保健 助产技术 产前筛查",
          res=cert("母婴保健技术服务执业许可证"), basis=MY + "《中华人民共和国母婴保健法实施办法》",
          objs="3",
          mats=[table("母婴保健技术服务执业许可申请登记书"),
                gov("医疗机构执业许可证", "卫生健康行政部门", lic="医疗机构执业许可证"),
                own("相关卫生技术人员资格证明", kind="copy"),
                D(own("相关规章制度及设备清单"))])
    d.add("放射诊疗许可", "01", "20d", "10w", kw="放射许可 X光许可 口腔CT",
          res=cert("放射诊疗许可证"), basis="《放射诊疗管理规定》", objs="236",
          mats=[table("放射诊疗许可申请表"),
                gov("医疗机构执业许可证", "卫生健康行政部门", lic="医疗机构执业许可证"),
                inter("放射诊疗建设项目竣工验收合格证明及放射防护检测报告", "检测机构"),
                own("放射诊疗工作人员名单及资格证明", kind="copy")])
    d.add("预防接种证补办", "20", "5w", "0", kw="疫苗本 接种证补办 预防接种证",
          res=cert("预防接种证"), basis="《中华人民共和国疫苗管理法》",
          mats=[idcard("监护人"), hukou("儿童")])
    return d


# ===========================================================================
# 教育和体育
# ===========================================================================

def dept_jy():
    d = Dept("JY", "枣庄市市中区教育和体育局", "11", "00429559", "0632-3314901",
             "0632-3314919", address=f"{HALL}三楼教育体育受理区",
             basis="《中华人民共和国教育法》")
    JS = "《中华人民共和国教师法》《教师资格条例》《〈教师资格条例〉实施办法》"
    MB = "《中华人民共和国民办教育促进法》《中华人民共和国民办教育促进法实施条例》"

    d.add("教师资格认定", "01", "30d", "20w", kw="教师资格证 教资认定 考教资 教师证",
          res=cert("教师资格证书"), basis=JS, grp="教师资格",
          cond="具备规定学历，教师资格考试合格，普通话水平达到标准，体检合格，思想品德良好",
          mats=[table("教师资格认定申请表"), idcard(),
                mat("学历证书", kind="original", form="paper_or_electronic", src="other",
                    org="毕业院校", note="可经学信网在线核验"),
                gov("中小学教师资格考试合格证明", "教育考试机构",
                    note="网上核验，无需提交纸质材料"),
                mat("普通话水平测试等级证书", form="paper_or_electronic", src="government",
                    org="语言文字工作部门", lic="普通话水平测试等级证书"),
                other("教师资格认定体检表", "指定体检医院"),
                D(photo(1, "近期一寸白底免冠彩色照片")), pledge("个人承诺书")])
    d.add("教师资格证书补发、换发", "20", "30w", "15w", kw="教师资格证补办 教资证丢了",
          res=cert("教师资格证书"), basis=JS, grp="教师资格",
          mats=[table("教师资格证书补发换发申请表"), idcard(),
                D(photo(1, "近期一寸白底免冠彩色照片"))])
    d.add("实施学前教育、学历教育的民办学校设立", "01", "3m", "40w",
          kw="办学校 民办学校 办幼儿园 民办幼儿园", res=cert("办学许可证"), basis=MB,
          objs="246", grp="民办学校",
          mats=[own("申办报告"), mat("举办者资格证明", kind="original_or_copy",
                                    src="government", lic="营业执照"),
                own("学校章程和首届董事会（理事会）组成人员名单"),
                site("校舍产权证明或租赁合同"),
                inter("资产来源及验资证明", "会计师事务所"),
                D(own("拟聘校长、教师资格证明", kind="copy")),
                D(gov("消防安全检查合格证明", "消防救援机构", kind="copy"))])
    d.add("民办学校变更、终止审批", "01", "3m", "30w", kw="民办学校变更 民办学校终止 幼儿园变更",
          res=appr("审批决定"), basis=MB, objs="4", grp="民办学校",
          mats=[table("民办学校变更（终止）申请书"), gov("办学许可证", "教育行政部门"),
                own("董事会（理事会）决议"),
                OPT(own("财务清算报告及学生安置方案", note="终止办学的提供"))])
    d.add("校外培训机构设立审批（学科类）", "01", "3m", "30w",
          kw="培训班 学科培训 辅导班 补习班", res=cert("办学许可证"), basis=MB,
          objs="246", state="suspended",
          mats=[own("申办报告"), mat("举办者资格证明", kind="original_or_copy",
                                    src="government", lic="营业执照"),
                own("培训机构章程"), site("培训场所产权证明或租赁合同")])
    d.add("体育类校外培训机构设立审批", "01", "3m", "20w",
          kw="体育培训 游泳培训 篮球培训 非学科类培训", res=cert("办学许可证"), basis=MB,
          objs="246",
          mats=[own("申办报告"), mat("举办者资格证明", kind="original_or_copy",
                                    src="government", lic="营业执照"),
                own("培训机构章程"), site("培训场所产权证明或租赁合同"),
                D(own("教练员、社会体育指导员资格证明", kind="copy"))])
    d.add("高危险性体育项目经营许可", "01", "30d", "10w", kw="游泳馆许可 滑雪场 攀岩 高危体育",
          res=cert("高危险性体育项目经营许可证"),
          basis="《全民健身条例》《经营高危险性体育项目许可管理办法》", objs="12",
          mats=[table("经营高危险性体育项目申请书"), bizlic(),
                own("体育场所符合国家标准的说明性材料"),
                own("社会体育指导员和救助人员的职业资格证明", kind="copy"),
                D(own("安全保障制度和措施"))])
    d.add("义务教育阶段学生转学", "20", "10w", "5w", kw="转学 插班 转学籍",
          res=oth("转学联系单"), basis="《中华人民共和国义务教育法》", objs="1",
          mats=[table("义务教育阶段学生转学申请表"), hukou("学生"),
                own("转学原因证明（户籍迁移、购房、随迁等）", kind="copy")])
    d.add("学生学籍证明出具", "20", "3w", "0", kw="学籍证明 在读证明 学籍查询",
          res=oth("学籍证明"), basis="《中小学生学籍管理办法》", objs="1", v=0,
          mats=[idcard("监护人"), hukou("学生")])
    return d


# ===========================================================================
# 农业农村
# ===========================================================================

def dept_ny():
    d = Dept("NY", "枣庄市市中区农业农村局", "11", "00429567", "0632-3315101",
             "0632-3315119", address=f"{HALL}二楼农业农村受理区",
             basis="《中华人民共和国农业法》")
    NYJ = "《农药管理条例》《农药经营许可管理办法》"
    SY = "《兽药管理条例》《兽药经营质量管理规范》"
    FY = "《中华人民共和国动物防疫法》"
    ZZ = "《中华人民共和国种子法》《农作物种子生产经营许可管理办法》"
    YY = "《中华人民共和国渔业法》"
    NJ = "《农业机械安全监督管理条例》"

    d.add("农药经营许可证核发", "01", "20w", "10w", kw="卖农药 农药经营 农资店 农药许可",
          res=cert("农药经营许可证"), basis=NYJ, objs="12", grp="农药经营许可",
          mats=[table("农药经营许可证申请表"), bizlic(), legal_id(),
                own("经营人员的学历或培训证明", kind="copy"),
                D(own("营业场所和仓储场所地址、面积、平面示意图")),
                D(own("农药经营质量管理、安全管理制度文本"))])
    d.add("农药经营许可证变更", "01", "20w", "0", kw="农药许可变更 农药经营变更",
          res=cert("农药经营许可证"), basis=NYJ, objs="12", grp="农药经营许可",
          mats=[table("农药经营许可证变更申请表"), gov("农药经营许可证", "农业农村部门"),
                own("变更事项证明材料", kind="copy")])
    d.add("农药经营许可证延续", "01", "20w", "10w", kw="农药许可延续 农药许可证到期",
          res=cert("农药经营许可证"), basis=NYJ, objs="12", grp="农药经营许可",
          mats=[table("农药经营许可证延续申请表"), gov("农药经营许可证", "农业农村部门"),
                own("农药经营情况报告")])
    d.add("兽药经营许可证核发", "01", "30w", "15w", kw="卖兽药 兽药店 兽药经营",
          res=cert("兽药经营许可证"), basis=SY, objs="12",
          mats=[table("兽药经营许可证申请表"), bizlic(), legal_id(),
                own("质量负责人、质量管理人员学历或职称证明", kind="copy"),
                D(own("经营场所、仓库平面布置图")),
                D(own("质量管理制度文件"))])
    d.add("动物防疫条件合格证核发", "01", "15d", "10w", kw="养殖场防疫 防疫条件 养猪场 屠宰场",
          res=cert("动物防疫条件合格证"), basis=FY + "《动物防疫条件审查办法》", objs="126",
          mats=[table("动物防疫条件审查申请表"), bizlic(),
                own("场所地理位置图、各功能区布局平面图"),
                own("设施设备清单及管理制度文本"),
                D(own("人员情况（兽医人员资格证明）", kind="copy"))])
    d.add("动物诊疗许可证核发", "01", "20w", "10w", kw="宠物医院 动物诊所 兽医院",
          res=cert("动物诊疗许可证"), basis=FY + "《动物诊疗机构管理办法》", objs="12",
          mats=[table("动物诊疗许可证申请表"), bizlic(),
                site("动物诊疗场所使用权证明"),
                own("执业兽医资格证书", kind="copy"),
                D(own("动物诊疗场所平面布局图及设施设备清单"))])
    d.add("乡村兽医登记", "07", "20w", "10w", kw="乡村兽医 兽医登记 村级防疫员",
          res=cert("乡村兽医登记证"), basis=FY + "《乡村兽医管理办法》",
          mats=[table("乡村兽医登记申请表"), idcard(),
                own("学历证明、职业技能鉴定证书或培训合格证书", kind="copy"),
                D(photo(2, "近期一寸白底免冠彩色照片"))])
    d.add("农作物种子生产经营许可证核发", "01", "20w", "10w",
          kw="种子经营许可 卖种子 种子生产", res=cert("农作物种子生产经营许可证"), basis=ZZ,
          objs="12",
          mats=[table("农作物种子生产经营许可证申请表"), bizlic(),
                own("种子检验设施设备清单及检验人员资格证明", kind="copy"),
                D(own("种子加工、包装等设施和仓储场所证明", kind="copy"))])
    d.add("农作物种子经营备案", "10", "5w", "0", kw="种子备案 种子门店 代销种子",
          res=oth("种子经营备案回执"), basis=ZZ, objs="12", v=0,
          mats=[table("种子经营备案表"), bizlic(),
                own("种子经营委托书或种子生产经营许可证复印件", kind="copy")])
    d.add("渔业船舶登记", "07", "20w", "10w", kw="渔船登记 船舶登记 渔船证",
          res=cert("渔业船舶国籍证书、所有权登记证书"),
          basis=YY + "《中华人民共和国渔业船舶登记办法》", objs="12",
          mats=[table("渔业船舶登记申请表"), idcard("船舶所有人"),
                other("渔业船舶检验证书", "渔业船舶检验机构"),
                own("船舶所有权取得证明（建造合同、买卖合同等）", kind="original_or_copy"),
                gov("渔业船网工具指标批准书", "渔业主管部门")])
    d.add("渔业捕捞许可证核发", "01", "20w", "10w", kw="捕鱼证 捕捞证 渔业捕捞",
          res=cert("渔业捕捞许可证"), basis=YY + "《渔业捕捞许可管理规定》", objs="12",
          mats=[table("渔业捕捞许可证申请书"), idcard("船舶所有人"),
                gov("渔业船舶国籍证书", "渔业主管部门"),
                other("渔业船舶检验证书", "渔业船舶检验机构")])
    d.add("农村村民宅基地审批", "01", "20w", "10w", kw="宅基地 农村建房 盖房子 批宅基地",
          res=cert("农村宅基地批准书"), basis="《中华人民共和国土地管理法》", level="5",
          addr="各镇（街道）便民服务中心", v=1,
          cond="本集体经济组织成员以户为单位申请，符合“一户一宅”和国土空间规划",
          mats=[table("农村宅基地和建房（规划许可）申请表"), hukou(), idcard(),
                other("村民小组会议讨论通过及村级组织审查意见", "村民委员会"),
                D(own("农房设计图或通用图"))])
    d.add("拖拉机和联合收割机登记", "07", "2d", "0", kw="拖拉机上牌 农机登记 收割机上牌",
          res=cert("拖拉机和联合收割机行驶证、号牌"), basis=NJ, grp="拖拉机和联合收割机",
          fees=[fee("拖拉机号牌工本费", "按收费目录清单标准收取", FEE_BASIS_SD)],
          mats=[table("拖拉机和联合收割机登记申请表"), idcard("所有人"),
                other("购机发票", "销售单位"), other("出厂合格证明", "生产企业"),
                OPT(other("安全技术检验合格证明", "农机安全监理机构"))])
    d.add("拖拉机和联合收割机驾驶证核发", "01", "5w", "0", kw="拖拉机驾驶证 收割机驾驶证 农机驾照",
          res=cert("拖拉机和联合收割机驾驶证"), basis=NJ, grp="拖拉机和联合收割机",
          mats=[table("拖拉机和联合收割机驾驶证申请表"), idcard(),
                other("身体条件证明", "县级以上医疗机构"),
                D(photo(2, "近期一寸白底免冠彩色照片"))])
    d.add("农业机械购置补贴申领", "05", "20w", "15w", kw="农机补贴 买农机补贴 农机购置补贴",
          res=oth("补贴兑付结果"), basis="《中华人民共和国农业机械化促进法》",
          objs="126", state="suspended",
          mats=[table("农机购置补贴申请表"), idcard(), other("购机发票", "销售单位"), bank()])
    d.add("生鲜乳收购站许可", "01", "20d", "10w", kw="奶站 生鲜乳收购 牛奶收购",
          res=cert("生鲜乳收购许可证"), basis="《乳品质量安全监督管理条例》", objs="26",
          mats=[table("生鲜乳收购站许可申请表"), bizlic(),
                own("收购站平面图及设施设备清单"),
                D(other("从业人员健康证明", "医疗卫生机构", kind="copy"))])
    d.add("植物检疫证书核发", "01", "20d", "0", kw="植物检疫 苗木检疫 调运检疫",
          res=cert("植物检疫证书"), basis="《植物检疫条例》", objs="126",
          mats=[table("植物检疫申请书"), idcard("经办人"),
                OPT(own("产地检疫合格证或调入地检疫要求书", kind="copy"))])
    d.add("耕地地力保护补贴发放", "05", "30w", "20w", kw="种粮补贴 地力补贴 耕地补贴",
          res=oth("补贴发放结果"),
          basis="《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》", v=0,
          mats=[table("耕地地力保护补贴面积申报表"), idcard(), bank()])
    return d


# ===========================================================================
# 退役军人事务、文化和旅游、应急管理、生态环境
# ===========================================================================

def dept_ty():
    d = Dept("TY", "枣庄市市中区退役军人事务局", "11", "MB285292", "0632-3315301",
             "0632-3315319", address=f"{HALL}一楼退役军人服务窗口",
             basis="《中华人民共和国退役军人保障法》")
    FY = "《军人抚恤优待条例》"
    tyz = gov("退役证件（退伍证、转业证等）", "部队", kind="original_and_copy")

    d.add("退役士兵自主就业一次性经济补助金给付", "05", "20w", "10w",
          kw="退役补助金 自主就业补助 退伍金", res=oth("补助金发放结果"),
          basis="《退役士兵安置条例》",
          mats=[idcard(), tyz, gov("退役士兵自主就业安置介绍信", "安置部门"), bank()])
    d.add("退役军人优待证申领", "20", "30w", "20w", kw="退役军人优待证 军人优待 优待证",
          res=cert("中华人民共和国退役军人优待证"), v=0,
          mats=[idcard(), tyz, OPT(photo(1, "近期一寸白底免冠彩色照片", note="系统已有照片的免交"))])
    d.add("伤残抚恤关系转移", "20", "30w", "20w", kw="伤残证迁移 抚恤关系转移 残疾军人证",
          res=oth("抚恤关系转移结果"), basis=FY,
          mats=[table("伤残抚恤关系转移申请表"), idcard(),
                gov("中华人民共和国残疾军人证", "退役军人事务部门"), hukou(note="迁入地户口簿")])
    d.add("义务兵家庭优待金给付", "05", "30w", "20w", kw="义务兵优待金 参军优待 军属优待",
          res=oth("优待金发放结果"), basis=FY,
          mats=[table("义务兵家庭优待金申请表"), hukou(), idcard("义务兵家属"),
                gov("入伍通知书或部队证明", "兵役机关、部队", kind="copy"), bank()])
    d.add("在乡复员军人定期生活补助", "05", "20w", "10w", kw="复员军人补助 老复员 定补",
          res=oth("定期生活补助发放结果"), basis=FY,
          mats=[table("定期生活补助申请表"), idcard(), tyz, bank()])
    d.add("悬挂光荣牌", "20", "20w", "0", kw="光荣牌 军属光荣牌 光荣之家",
          res=oth("光荣牌"), basis=FY + "《烈属、军属和退役军人等家庭悬挂光荣牌工作实施办法》",
          mats=[idcard(), hukou(), OPT(tyz)])
    d.add("退役军人和其他优抚对象信息采集", "20", "5w", "0", kw="退役军人信息采集 优抚对象登记",
          res=NORESULT, v=0, mats=[idcard(), tyz])
    return d


def dept_wl():
    d = Dept("WL", "枣庄市市中区文化和旅游局", "11", "00429575", "0632-3315501",
             "0632-3315519", address=f"{HALL}三楼文化旅游受理区",
             basis="《娱乐场所管理条例》")
    d.add("娱乐场所从事娱乐场所经营活动审批", "01", "20d", "5w",
          kw="KTV 歌舞厅 游艺厅 娱乐场所", res=cert("娱乐经营许可证"),
          basis="《娱乐场所管理条例》《娱乐场所管理办法》", objs="12",
          mats=[table("娱乐经营许可申请表"), bizlic(), legal_id(),
                D(own("经营场所平面示意图及包厢（包间）位置")),
                pledge("消防安全告知承诺书"),
                D(own("内部安全管理制度"))])
    d.add("互联网上网服务营业场所经营单位设立审批", "01", "20d", "10w", kw="网吧 开网吧 上网服务 网咖",
          res=cert("网络文化经营许可证"), basis="《互联网上网服务营业场所管理条例》",
          objs="2",
          mats=[table("互联网上网服务营业场所经营单位设立申请表"), bizlic(), legal_id(),
                site("营业场所使用证明"), pledge("消防安全告知承诺书"),
                D(own("网络安全技术措施说明"))])
    d.add("营业性演出审批", "01", "20d", "3w", kw="演出审批 演唱会 商业演出",
          res=appr("营业性演出批准文件"), basis="《营业性演出管理条例》", objs="246",
          mats=[table("营业性演出申请表"), unitcert(), own("演出节目内容及演员名单"),
                own("演出场所合同或协议", kind="copy"),
                D(own("演出安全工作方案"))])
    d.add("文艺表演团体设立审批", "01", "20d", "10w", kw="剧团 演出团体 文艺团体",
          res=cert("营业性演出许可证"), basis="《营业性演出管理条例》", objs="24",
          mats=[table("文艺表演团体设立申请表"), bizlic(), legal_id(),
                own("演员艺术表演能力证明", kind="copy")])
    d.add("艺术品经营单位备案", "10", "15d", "0", kw="画廊备案 艺术品经营 字画经营",
          res=oth("艺术品经营单位备案证明"), basis="《艺术品经营管理办法》", objs="12", v=0,
          mats=[table("艺术品经营单位备案表"), bizlic()])
    d.add("旅行社服务网点备案", "10", "3w", "0", kw="旅行社门店 旅行社网点 旅游门店",
          res=oth("旅行社服务网点备案登记证明"), basis="《旅行社条例》", objs="2", v=0,
          mats=[table("旅行社服务网点备案表"), bizlic(),
                gov("设立社旅行社业务经营许可证", "文化和旅游行政部门", kind="copy")])
    return d


def dept_yj():
    d = Dept("YJ", "枣庄市市中区应急管理局", "11", "MB285313", "0632-3315701",
             "0632-3315719", address=f"{HALL}二楼应急管理受理区",
             basis="《中华人民共和国安全生产法》")
    WH = "《危险化学品安全管理条例》《危险化学品经营许可证管理办法》"
    YH = "《烟花爆竹安全管理条例》《烟花爆竹经营许可实施办法》"
    d.add("危险化学品经营许可证核发（不带储存设施）", "01", "30d", "15w",
          kw="危化品经营 卖化学品 危险品许可 油漆经营", res=cert("危险化学品经营许可证"),
          basis=WH, objs="2",
          mats=[table("危险化学品经营许可证申请表"), bizlic(),
                own("主要负责人、安全生产管理人员安全培训合格证明", kind="copy"),
                site("经营场所产权证明或租赁证明"),
                D(own("安全生产规章制度和岗位操作规程目录")),
                D(own("生产安全事故应急救援预案"))])
    d.add("烟花爆竹经营（零售）许可证核发", "01", "20d", "5w",
          kw="卖烟花 鞭炮 烟花爆竹零售 过年卖鞭炮", res=cert("烟花爆竹经营（零售）许可证"),
          basis=YH, objs="12", grp="烟花爆竹零售许可",
          mats=[table("烟花爆竹经营（零售）申请书"), bizlic(),
                own("主要负责人安全培训合格证明", kind="copy"),
                site("零售场所产权或租赁证明"),
                D(own("零售点及周边安全条件说明"))])
    d.add("烟花爆竹经营（零售）许可证延续", "01", "20d", "0", kw="烟花零售许可延续 烟花许可证到期",
          res=cert("烟花爆竹经营（零售）许可证"), basis=YH, objs="12", grp="烟花爆竹零售许可",
          mats=[table("烟花爆竹经营（零售）申请书"),
                gov("烟花爆竹经营（零售）许可证", "应急管理部门")])
    d.add("非药品类易制毒化学品（第三类）经营备案", "10", "5w", "0",
          kw="易制毒备案 第三类易制毒 易制毒化学品", res=cert("非药品类易制毒化学品经营备案证明"),
          basis="《易制毒化学品管理条例》《非药品类易制毒化学品生产、经营许可办法》", objs="2",
          mats=[table("非药品类易制毒化学品经营备案申请表"), bizlic(),
                own("易制毒化学品管理制度及产品包装说明")])
    d.add("生产经营单位生产安全事故应急预案备案", "10", "5w", "0", kw="应急预案备案 安全预案",
          res=oth("应急预案备案登记表"), basis="《生产安全事故应急条例》《生产安全事故应急预案管理办法》",
          objs="2", v=0,
          mats=[table("生产经营单位生产安全事故应急预案备案申请表"), own("应急预案文本"),
                own("应急预案评审或论证意见", kind="copy")])
    return d


def dept_hb():
    d = Dept("HB", "枣庄市生态环境局市中分局", "11", "MB285321", "0632-3315901",
             "0632-3315919", address=f"{HALL}二楼工程建设项目审批专区",
             basis="《中华人民共和国环境影响评价法》")
    HP = "《中华人民共和国环境影响评价法》《建设项目环境保护管理条例》"
    d.add("建设项目环境影响报告书审批", "01", "60d", "20w", kw="环评 环评报告书 环境影响评价",
          res=appr("环境影响报告书批复"), basis=HP, objs="2356", grp="建设项目环境影响评价",
          mats=[table("建设项目环境影响评价审批申请书"), unitcert(),
                inter("建设项目环境影响报告书", "环评编制单位"),
                D(own("公众参与说明"))])
    d.add("建设项目环境影响报告表审批", "01", "30d", "10w", kw="环评 环评审批 环评报告表",
          res=appr("环境影响报告表批复"), basis=HP, objs="2356", grp="建设项目环境影响评价",
          mats=[table("建设项目环境影响评价审批申请书"), unitcert(),
                inter("建设项目环境影响报告表", "环评编制单位")])
    d.add("建设项目环境影响登记表备案", "10", "1w", "0", kw="环评登记表 环评备案",
          res=oth("备案回执"), basis=HP, objs="2356", v=0, grp="建设项目环境影响评价",
          mats=[table("建设项目环境影响登记表", note="在建设项目环境影响登记表备案系统填报"),
                unitcert()])
    d.add("固定污染源排污登记", "10", "5w", "0", kw="排污登记 排污许可 排污",
          res=oth("固定污染源排污登记回执"), basis="《排污许可管理条例》", objs="236", v=0,
          mats=[table("固定污染源排污登记表"), unitcert()])
    return d


# ===========================================================================
# 公共服务企业 (供电、供水、燃气) 与档案馆
# ===========================================================================

def dept_dl():
    d = Dept("DL", "国网山东省电力公司枣庄供电公司", "91", "MA3C9Q21", "95598",
             "0632-3316119", address=f"{HALL}一楼水电气暖联合服务窗口",
             basis="《电力供应与使用条例》《供电营业规则》", region6="370400")
    D_ = "《电力供应与使用条例》《供电营业规则》"
    d.add("低压用电报装（居民）", "20", "10w", "3w", kw="用电 装电表 通电 居民用电 新装电表",
          res=oth("送电结果"), basis=D_, grp="用电报装", v=0,
          cond="“一证办电”：凭居民身份证即可申请，产权证明可容缺后补",
          mats=[idcard("户主"), D(realty(note="房屋产权证明或购房合同"))])
    d.add("低压用电报装（非居民）", "20", "15w", "5w", kw="商铺用电 店面用电 用电报装 企业用电",
          res=oth("送电结果"), basis=D_, objs="126", grp="用电报装", v=0,
          mats=[bizlic(), legal_id(), D(site("用电地址产权证明或租赁合同")),
                D(own("用电设备清单"))])
    d.add("高压用电报装", "20", "30w", "15w", kw="高压用电 工厂用电 专线用电 增设变压器",
          res=oth("送电结果"), basis=D_, objs="2356", grp="用电报装",
          mats=[table("高压用电报装申请表"), unitcert(), legal_id(),
                site("用电地址产权证明或租赁合同"),
                D(own("用电工程项目批准文件", kind="copy")),
                D(own("用电设备清单及负荷性质说明"))])
    d.add("用电过户", "20", "5w", "0", kw="电表过户 电费户名 用电更名过户",
          res=oth("过户结果"), basis=D_, objs="12", v=0,
          mats=[idcard("新户主"), realty(), OPT(own("原户主电费结清凭证", kind="copy"))])
    d.add("用电变更（增容、减容、暂停）", "20", "10w", "0", kw="增容 减容 暂停用电 电量变更",
          res=oth("变更结果"), basis=D_, objs="126",
          mats=[table("用电业务变更申请表"), idcard("用电户主或经办人"),
                OPT(bizlic(note="非居民用户提供"))])
    return d


def dept_ss():
    d = Dept("SS", "枣庄市市中区供水有限公司", "91", "MA3C9R47", "0632-3316201",
             "0632-3316219", address=f"{HALL}一楼水电气暖联合服务窗口",
             basis="《城市供水条例》")
    d.add("用水报装", "20", "10w", "5w", kw="装水表 通水 用水报装 自来水开户",
          res=oth("通水结果"), objs="126", v=0,
          mats=[table("用水报装申请表"), idcard(), D(realty(note="房屋产权证明或租赁合同")),
                OPT(bizlic(note="非居民用户提供"))])
    d.add("用水过户", "20", "5w", "0", kw="水表过户 水费户名 用水过户",
          res=oth("过户结果"), objs="12", v=0,
          mats=[idcard("新户主"), realty(), OPT(own("水费结清凭证", kind="copy"))])
    d.add("用水变更（更名、换表、销户）", "20", "5w", "0", kw="换水表 水表销户 用水变更",
          res=oth("变更结果"), objs="12",
          mats=[table("用水业务变更申请表"), idcard()])
    return d


def dept_rq():
    d = Dept("RQ", "枣庄市市中区燃气有限公司", "91", "MA3C9T66", "0632-3316301",
             "0632-3316319", address=f"{HALL}一楼水电气暖联合服务窗口",
             basis="《城镇燃气管理条例》")
    d.add("燃气报装（居民）", "20", "10w", "5w", kw="装天然气 开通燃气 通气 燃气开户",
          res=oth("通气结果"), v=0, grp="燃气报装",
          mats=[idcard(), D(realty(note="房屋产权证明或购房合同"))])
    d.add("燃气报装（工商业）", "20", "20w", "10w", kw="饭店通气 商业燃气 工业燃气",
          res=oth("通气结果"), objs="26", grp="燃气报装",
          mats=[table("工商业燃气报装申请表"), bizlic(), legal_id(),
                D(site("用气场所产权证明或租赁合同")),
                D(own("用气设备清单及用气量说明"))])
    d.add("燃气过户", "20", "5w", "0", kw="燃气过户 天然气过户 燃气更名",
          res=oth("过户结果"), objs="12", v=0,
          mats=[idcard("新户主"), realty(), OPT(own("燃气费结清凭证", kind="copy"))])
    return d


def dept_da():
    d = Dept("DA", "枣庄市市中区档案馆", "12", "00429583", "0632-3316401",
             "0632-3316419", address=f"{HALL}三楼档案查询窗口",
             basis="《中华人民共和国档案法》《中华人民共和国档案法实施条例》")
    d.add("馆藏档案查阅利用", "20", "5w", "0", kw="查档案 档案查询 档案利用 档案复印",
          res=oth("档案查阅证明或复制件"), objs="123456",
          mats=[idcard("查阅人"), table("档案查阅利用登记表"), agent()])
    d.add("民生档案跨馆出具", "20", "5w", "3w", kw="异地查档 跨馆查档 民生档案",
          res=oth("档案证明"), v=0,
          mats=[idcard(), table("民生档案跨馆利用申请表"), agent()])
    d.add("档案捐赠与寄存", "20", "20w", "10w", kw="捐赠档案 家谱捐赠 档案寄存",
          res=oth("捐赠（寄存）证书"), objs="1246",
          mats=[table("档案捐赠（寄存）登记表"), idcard("捐赠人"),
                own("拟捐赠（寄存）档案目录")])
    return d


DEPARTMENTS = [dept_ga, dept_rs, dept_yb, dept_gjj, dept_mz, dept_cl, dept_sj,
               dept_zr, dept_bdc, dept_sw, dept_zj, dept_jt, dept_wj, dept_jy,
               dept_ny, dept_ty, dept_wl, dept_yj, dept_hb, dept_dl, dept_ss,
               dept_rq, dept_da]


# ===========================================================================
# Synonyms: what citizens say -> official matter names (or name fragments)
# ===========================================================================

SYNONYMS = [
    ("开公司", ["企业设立登记", "企业开办一件事"]),
    ("注册公司", ["企业开办一件事", "企业设立登记（有限责任公司）"]),
    ("办执照", ["企业设立登记", "个体工商户设立登记"]),
    ("个体户", ["个体工商户设立登记", "个体工商户变更登记", "个体工商户注销登记"]),
    ("企业注销", ["企业注销登记", "企业简易注销登记", "清税申报（注销税务登记）"]),
    ("结婚", ["内地居民结婚登记"]),
    ("领证", ["内地居民结婚登记"]),
    ("离婚", ["内地居民离婚登记"]),
    ("补结婚证", ["补领婚姻登记证"]),
    ("退休", ["企业职工退休审批", "企业职工基本养老金申领"]),
    ("养老金", ["企业职工基本养老金申领", "城乡居民基本养老保险待遇申领"]),
    ("老年证", ["老年人优待证"]),
    ("高龄补贴", ["高龄津贴申领"]),
    ("残疾证", ["残疾人证"]),
    ("残疾人补贴", ["困难残疾人生活补贴和重度残疾人护理补贴"]),
    ("身份证", ["居民身份证"]),
    ("户口", ["户口迁移", "出生登记", "居民户口簿换领、补领", "开具户籍类证明"]),
    ("上户口", ["出生登记"]),
    ("迁户口", ["户口迁移"]),
    ("改名", ["公民姓名变更登记"]),
    ("公积金", ["住房公积金"]),
    ("提公积金", ["住房公积金提取"]),
    ("公积金贷款", ["住房公积金个人住房贷款"]),
    ("社保", ["参保登记", "社会保险个人权益记录查询打印", "社会保障卡"]),
    ("社保卡", ["社会保障卡"]),
    ("医保", ["基本医疗保险"]),
    ("异地就医", ["异地就医备案"]),
    ("慢性病", ["门诊慢特病病种待遇认定"]),
    ("低保", ["最低生活保障"]),
    ("五保", ["特困人员救助供养审核确认"]),
    ("失业金", ["失业保险金申领"]),
    ("工伤", ["工伤认定", "工伤保险待遇核定支付"]),
    ("建筑许可", ["建筑工程施工许可证核发"]),
    ("施工许可证", ["建筑工程施工许可证核发"]),
    ("用电", ["低压用电报装"]),
    ("装电表", ["低压用电报装（居民）"]),
    ("用水", ["用水报装"]),
    ("天然气", ["燃气报装"]),
    ("出生", ["出生登记", "出生医学证明", "新生儿参加城乡居民基本医疗保险"]),
    ("出生证", ["出生医学证明"]),
    ("准生证", ["生育登记"]),
    ("网约车", ["网络预约出租汽车"]),
    ("房产证", ["不动产权证书", "不动产转移登记（商品房买卖）"]),
    ("过户", ["不动产转移登记", "机动车转移登记"]),
    ("二手房", ["不动产转移登记（存量房买卖）", "存量房交易税费申报", "存量房买卖合同网签备案"]),
    ("查房产", ["不动产登记资料查询"]),
    ("解押", ["不动产抵押登记（抵押权注销登记）"]),
    ("驾照", ["机动车驾驶证"]),
    ("年检", ["机动车检验合格标志核发", "企业年度报告公示"]),
    ("护照", ["普通护照"]),
    ("港澳通行证", ["往来港澳通行证"]),
    ("无犯罪证明", ["开具无犯罪记录证明"]),
    ("暂住证", ["居住证核发", "居住登记"]),
    ("教师资格证", ["教师资格认定"]),
    ("卖药", ["药品零售企业许可"]),
    ("药店", ["药品零售企业许可"]),
    ("开饭店", ["食品经营许可", "小餐饮登记"]),
    ("刻章", ["公章刻制备案"]),
    ("环评", ["建设项目环境影响"]),
    ("网吧", ["互联网上网服务营业场所经营单位设立审批"]),
    ("宅基地", ["农村村民宅基地审批"]),
    ("个税", ["个人所得税"]),
    ("开发票", ["代开增值税发票", "发票领用"]),
    ("电动车上牌", ["电动自行车登记"]),
    ("查档案", ["馆藏档案查阅利用"]),
]

# Terms the brief and the policy documents name; the check insists on them.
REQUIRED_TERMS = ["开公司", "结婚", "离婚", "退休", "老年证", "残疾证", "身份证", "户口",
                  "上户口", "公积金", "社保", "医保", "低保", "建筑许可", "用电", "出生",
                  "企业注销", "网约车", "房产证", "过户", "异地就医", "驾照", "教师资格证",
                  "卖药", "药店", "开饭店", "失业金"]

REQUIRED_DEPARTMENTS = ["公安", "人力资源和社会保障", "医疗保障", "住房公积金", "民政",
                        "残疾人联合会", "市场监督管理", "自然资源", "不动产登记", "税务",
                        "住房和城乡建设", "交通运输", "卫生健康", "教育和体育", "农业农村",
                        "退役军人", "文化和旅游", "应急管理", "生态环境", "供电", "供水",
                        "燃气", "档案馆"]


# ===========================================================================
# Assembly
# ===========================================================================

def version_of(spec):
    """Most matters are at version 1; a stable few have been revised."""
    if spec["ver"]:
        return spec["ver"]
    h = zlib.crc32(spec["name"].encode("utf-8")) % 20
    return {0: 2, 1: 2, 2: 2, 3: 3}.get(h, 1)


def build_matter(dept, spec, catalog_code):
    mtype = spec["mtype"]
    kind = spec["kind"] or ("instant" if spec["promise"] == "0" else "commitment")
    rtype, rname = spec["res"]
    express = spec["express"]
    if express is None:
        express = kind == "commitment" and rtype in ("certificate", "approval")
    forms = ["1"]
    if spec["online"]:
        forms += ["2", "3"]
    if express:
        forms.append("4")
    level = spec["level"]
    task_code = dept.credit + level + mtype + catalog_code[2:] + "00"

    materials = []
    for i, m in enumerate(flatten(spec["mats"]), 1):
        materials.append(dict({"code": f"M{i:02d}"}, **m))

    m = {
        "taskCode": task_code,
        "catalogCode": catalog_code,
        "version": version_of(spec),
        "state": spec["state"],
        "name": spec["name"],
        "departmentCode": dept.code,
        "matterType": mtype,
        "exerciseLevel": level,
        "serviceObjects": list(spec["objs"]),
        "handleForms": forms,
        "projectKind": kind,
        "legalLimit": limit(spec["legal"]),
        "promiseLimit": limit(spec["promise"]),
        "onsiteVisits": spec["v"],
        "fees": spec["fees"],
        "keywords": spec["kw"].split(),
        "legalBasis": spec["basis"],
        "acceptConditions": spec["cond"] or DEFAULT_CONDITIONS[mtype],
        "handlingAddress": spec["addr"] or dept.address,
        "handlingHours": spec["hours"] or dept.hours,
        "consultPhone": dept.consult,
        "complaintPhone": dept.complaint,
        "resultType": rtype,
    }
    if rname:
        m["resultName"] = rname
    m["online"] = spec["online"]
    m["supportsBooking"] = spec["booking"]
    m["supportsExpress"] = express
    m["materials"] = materials
    return m


def build():
    depts = [make() for make in DEPARTMENTS]
    next_main = collections.Counter()
    groups = {}
    matters = []
    for dept in depts:
        for spec in dept.specs:
            prefix = CATALOG_PREFIX[spec["mtype"]]
            if spec["grp"]:
                key = (prefix, spec["grp"])
                if key not in groups:
                    next_main[prefix] += 1
                    groups[key] = [next_main[prefix], 0]
                groups[key][1] += 1
                main, sub = groups[key]
            else:
                next_main[prefix] += 1
                main, sub = next_main[prefix], 0
            matters.append(build_matter(dept, spec, f"{prefix}{main:05d}{sub:03d}"))
    return {
        "format": "yichuang-catalog",
        "formatVersion": 1,
        "catalogVersion": CATALOG_VERSION,
        "region": dict(REGION),
        "publishedAt": PUBLISHED_AT,
        "departments": [{"code": d.code, "name": d.name, "creditCode": d.credit}
                        for d in depts],
        "matters": matters,
        "synonyms": [{"term": t, "matters": list(ms)} for t, ms in SYNONYMS],
    }


def serialize(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


# ===========================================================================
# Check: every rule of docs/catalog-format.md, then the demo content targets
# ===========================================================================

TOP_KEYS = {"format": True, "formatVersion": True, "catalogVersion": True,
            "region": True, "publishedAt": True, "departments": True,
            "matters": True, "synonyms": False}
DEPT_KEYS = {"code": True, "name": True, "creditCode": False}
MATTER_KEYS = {
    "taskCode": True, "catalogCode": False, "taskHandleItem": False, "version": True,
    "state": True, "name": True, "departmentCode": True, "matterType": True,
    "exerciseLevel": False, "serviceObjects": True, "handleForms": False,
    "projectKind": True, "legalLimit": True, "promiseLimit": True, "onsiteVisits": True,
    "fees": False, "keywords": False, "legalBasis": False, "acceptConditions": False,
    "handlingAddress": False, "handlingHours": False, "consultPhone": False,
    "complaintPhone": False, "resultType": True, "resultName": False, "online": False,
    "supportsBooking": False, "supportsExpress": False, "materials": True,
}
MATERIAL_KEYS = {"code": True, "name": True, "kind": True, "form": True, "copies": True,
                 "necessity": True, "source": True, "issuingOrg": False, "spec": False,
                 "note": False, "licence": False}
FEE_KEYS = {"name": str, "standard": str, "basis": str, "reducible": bool}

MATTER_TYPES = {f"{i:02d}" for i in range(0, 11)} | {"20"}
STATES = {"active", "suspended", "withdrawn"}
LEVELS = set("1234567")
OBJECTS = set("123456")
FORMS = {"1", "2", "3", "4", "9"}
KINDS = {"instant", "commitment", "other"}
LIMIT_UNITS = {"workday", "day", "month", "year"}
RESULT_TYPES = {"certificate", "approval", "other", "none"}
MAT_KINDS = {"original", "copy", "original_or_copy", "original_and_copy"}
MAT_FORMS = {"paper", "electronic", "paper_or_electronic", "paper_and_electronic"}
NECESSITY = {"required", "optional", "deferrable"}
SOURCES = {"applicant", "government", "intermediary", "other"}


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_str(x, lo=0, hi=None):
    return isinstance(x, str) and len(x) >= lo and (hi is None or len(x) <= hi)


def check_keys(obj, spec, path, errs):
    if not isinstance(obj, dict):
        errs.append(f"{path}: not an object")
        return False
    for k, required in spec.items():
        if required and k not in obj:
            errs.append(f"{path}: missing required key {k}")
    for k in obj:
        if k not in spec:
            errs.append(f"{path}: unknown key {k}")
    return True


def check_limit(x, path, errs):
    if not isinstance(x, dict) or set(x) != {"value", "unit"}:
        errs.append(f"{path}: limit must be {{value, unit}}")
        return False
    if not is_int(x["value"]) or not 0 <= x["value"] <= 3650:
        errs.append(f"{path}.value: integer 0-3650 expected")
    if x["unit"] not in LIMIT_UNITS:
        errs.append(f"{path}.unit: unknown value {x['unit']!r}")
    return True


def check_format(doc):
    """The rules of docs/catalog-format.md, as the importer applies them."""
    errs = []
    if not check_keys(doc, TOP_KEYS, "catalog", errs):
        return errs
    if doc.get("format") != "yichuang-catalog":
        errs.append("format: must be yichuang-catalog")
    if doc.get("formatVersion") != 1 or not is_int(doc.get("formatVersion")):
        errs.append("formatVersion: must be 1")
    if not is_int(doc.get("catalogVersion")) or doc["catalogVersion"] < 1:
        errs.append("catalogVersion: integer >= 1 expected")
    region = doc.get("region")
    if not isinstance(region, dict) or set(region) != {"code", "name"}:
        errs.append("region: {code, name} expected")
    else:
        if not re.fullmatch(r"\d{6}|\d{12}", str(region["code"])) or \
                not isinstance(region["code"], str):
            errs.append("region.code: 6- or 12-digit string expected")
        if not is_str(region["name"], 1):
            errs.append("region.name: non-empty string expected")
    if not is_str(doc.get("publishedAt")) or not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z", doc["publishedAt"]):
        errs.append("publishedAt: ISO-8601 UTC expected")

    dept_codes = set()
    if not isinstance(doc.get("departments"), list):
        errs.append("departments: array expected")
    else:
        for i, d in enumerate(doc["departments"]):
            p = f"departments[{i}]"
            if not check_keys(d, DEPT_KEYS, p, errs):
                continue
            if not is_str(d.get("code"), 1, 50):
                errs.append(f"{p}.code: string 1-50 expected")
            elif d["code"] in dept_codes:
                errs.append(f"{p}.code: duplicate {d['code']}")
            else:
                dept_codes.add(d["code"])
            if not is_str(d.get("name"), 1, 100):
                errs.append(f"{p}.name: string 1-100 expected")
            if "creditCode" in d and not (is_str(d["creditCode"]) and
                                          uscc_valid(d["creditCode"])):
                errs.append(f"{p}.creditCode: not a valid 18-character 统一社会信用代码")

    task_codes = set()
    if not isinstance(doc.get("matters"), list):
        errs.append("matters: array expected")
        return errs
    for i, m in enumerate(doc["matters"]):
        p = f"matters[{i}] ({m.get('taskCode') if isinstance(m, dict) else '?'})"
        if not check_keys(m, MATTER_KEYS, p, errs):
            continue
        tc = m.get("taskCode")
        if not is_str(tc) or not re.fullmatch(r"[0-9A-Za-z-]{1,50}", tc):
            errs.append(f"{p}.taskCode: 1-50 characters [0-9A-Za-z-] expected")
        elif tc in task_codes:
            errs.append(f"{p}.taskCode: duplicate")
        else:
            task_codes.add(tc)
        for k in ("catalogCode", "taskHandleItem"):
            if k in m and not is_str(m[k], 0, 50):
                errs.append(f"{p}.{k}: string <= 50 expected")
        if not is_int(m.get("version")) or m["version"] < 1:
            errs.append(f"{p}.version: integer >= 1 expected")
        if m.get("state") not in STATES:
            errs.append(f"{p}.state: unknown value {m.get('state')!r}")
        if not is_str(m.get("name"), 1, 200):
            errs.append(f"{p}.name: string 1-200 expected")
        if m.get("departmentCode") not in dept_codes:
            errs.append(f"{p}.departmentCode: unknown department {m.get('departmentCode')!r}")
        if not is_str(m.get("matterType")) or m["matterType"] not in MATTER_TYPES:
            errs.append(f"{p}.matterType: not a GB/T 39046 A.1 code: {m.get('matterType')!r}")
        if "exerciseLevel" in m and m["exerciseLevel"] not in LEVELS:
            errs.append(f"{p}.exerciseLevel: unknown value {m['exerciseLevel']!r}")
        so = m.get("serviceObjects")
        if not isinstance(so, list) or not so or any(x not in OBJECTS for x in so) or \
                len(set(so)) != len(so):
            errs.append(f"{p}.serviceObjects: non-empty array of A.4 codes expected")
        if "handleForms" in m:
            hf = m["handleForms"]
            if not isinstance(hf, list) or any(x not in FORMS for x in hf):
                errs.append(f"{p}.handleForms: array of A.5 codes expected")
        kind = m.get("projectKind")
        if kind not in KINDS:
            errs.append(f"{p}.projectKind: unknown value {kind!r}")
        ok_l = check_limit(m.get("legalLimit"), f"{p}.legalLimit", errs)
        ok_p = check_limit(m.get("promiseLimit"), f"{p}.promiseLimit", errs)
        if ok_l and ok_p:
            legal, promise = m["legalLimit"], m["promiseLimit"]
            if kind == "instant" and promise["value"] != 0:
                errs.append(f"{p}.promiseLimit: an instant matter has value 0")
            if kind == "commitment" and legal["unit"] == promise["unit"] and \
                    promise["value"] > legal["value"]:
                errs.append(f"{p}.promiseLimit: exceeds legalLimit")
        if not is_int(m.get("onsiteVisits")) or not 0 <= m["onsiteVisits"] <= 9:
            errs.append(f"{p}.onsiteVisits: integer 0-9 expected")
        if "fees" in m:
            if not isinstance(m["fees"], list):
                errs.append(f"{p}.fees: array expected")
            else:
                for j, f in enumerate(m["fees"]):
                    if not isinstance(f, dict) or set(f) != set(FEE_KEYS) or any(
                            not isinstance(f[k], t) for k, t in FEE_KEYS.items()):
                        errs.append(f"{p}.fees[{j}]: {{name, standard, basis, reducible}} expected")
        if "keywords" in m and (not isinstance(m["keywords"], list) or
                                any(not is_str(k, 1) for k in m["keywords"])):
            errs.append(f"{p}.keywords: array of strings expected")
        for k in ("legalBasis", "acceptConditions", "handlingAddress", "handlingHours",
                  "consultPhone", "complaintPhone", "resultName"):
            if k in m and not is_str(m[k]):
                errs.append(f"{p}.{k}: string expected")
        if m.get("resultType") not in RESULT_TYPES:
            errs.append(f"{p}.resultType: unknown value {m.get('resultType')!r}")
        for k in ("online", "supportsBooking", "supportsExpress"):
            if k in m and not isinstance(m[k], bool):
                errs.append(f"{p}.{k}: boolean expected")
        if not isinstance(m.get("materials"), list):
            errs.append(f"{p}.materials: array expected")
            continue
        codes = set()
        for j, mt in enumerate(m["materials"]):
            q = f"{p}: materials[{j}]"
            if not check_keys(mt, MATERIAL_KEYS, q, errs):
                continue
            if not is_str(mt.get("code"), 1, 50):
                errs.append(f"{q}.code: string 1-50 expected")
            elif mt["code"] in codes:
                errs.append(f"{q}.code: duplicate {mt['code']}")
            else:
                codes.add(mt["code"])
            if not is_str(mt.get("name"), 1, 200):
                errs.append(f"{q}.name: string 1-200 expected")
            for k, allowed in (("kind", MAT_KINDS), ("form", MAT_FORMS),
                               ("necessity", NECESSITY), ("source", SOURCES)):
                if mt.get(k) not in allowed:
                    errs.append(f"{q}.{k}: unknown value {mt.get(k)!r}")
            if not is_int(mt.get("copies")) or not 0 <= mt["copies"] <= 99:
                errs.append(f"{q}.copies: integer 0-99 expected")
            for k in ("issuingOrg", "spec", "note", "licence"):
                if k in mt and not is_str(mt[k], 1):
                    errs.append(f"{q}.{k}: non-empty string expected")

    if "synonyms" in doc:
        if not isinstance(doc["synonyms"], list):
            errs.append("synonyms: array expected")
        else:
            for i, s in enumerate(doc["synonyms"]):
                if not isinstance(s, dict) or set(s) != {"term", "matters"} or \
                        not is_str(s["term"], 1) or not isinstance(s["matters"], list) or \
                        not s["matters"] or any(not is_str(x, 1) for x in s["matters"]):
                    errs.append(f"synonyms[{i}]: {{term, matters[]}} expected")
    return errs


def check_content(doc):
    """The targets of the demo catalog (beyond what the importer requires)."""
    errs = []
    matters = doc["matters"]
    names = [m["name"] for m in matters]
    active = [m["name"] for m in matters if m["state"] == "active"]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    if dup:
        errs.append(f"duplicate matter names: {dup}")
    if len(matters) < 320:
        errs.append(f"only {len(matters)} matters (>= 320 wanted)")
    dept_names = [d["name"] for d in doc["departments"]]
    for want in REQUIRED_DEPARTMENTS:
        if not any(want in n for n in dept_names):
            errs.append(f"no department for {want}")
    used = {m["departmentCode"] for m in matters}
    for d in doc["departments"]:
        if d["code"] not in used:
            errs.append(f"department {d['code']} has no matter")
    ccodes = [m.get("catalogCode") for m in matters]
    if len(set(ccodes)) != len(ccodes):
        errs.append("catalogCode not unique")
    dept_credit = {d["code"]: d["creditCode"] for d in doc["departments"]}
    for m in matters:
        p = m["name"]
        if not re.fullmatch(r"(XK|QR|GF|GG|QT|ZS)\d{8}", m["catalogCode"]):
            errs.append(f"{p}: catalogCode {m['catalogCode']} is not 2 letters + 8 digits")
        if len(m["taskCode"]) != 31 or not m["taskCode"].startswith(
                dept_credit[m["departmentCode"]]):
            errs.append(f"{p}: taskCode is not credit code + 13 characters")
        if not 2 <= len(m["materials"]) <= 8:
            errs.append(f"{p}: {len(m['materials'])} materials (2-8 wanted)")
        if not 2 <= len(m.get("keywords", [])) <= 5:
            errs.append(f"{p}: {len(m.get('keywords', []))} keywords (2-5 wanted)")
        if len(set(m["keywords"])) != len(m["keywords"]):
            errs.append(f"{p}: duplicate keywords")
        if m["projectKind"] == "commitment" and m["promiseLimit"]["value"] == 0:
            errs.append(f"{p}: commitment matter with a zero promise limit")
        if m["projectKind"] == "instant" and m["promiseLimit"]["unit"] != "workday":
            errs.append(f"{p}: instant matter promise limit unit is not workday")
        if m["onsiteVisits"] > 2:
            errs.append(f"{p}: {m['onsiteVisits']} onsite visits")
        if not m["online"] and m["onsiteVisits"] == 0:
            errs.append(f"{p}: not online yet zero visits")
        for mt in m["materials"]:
            if mt["necessity"] == "deferrable" and mt.get("licence") == "居民身份证":
                errs.append(f"{p}: identity card cannot be deferred")
            if "licence" in mt and "electronic" not in mt["form"]:
                errs.append(f"{p}: {mt['name']} has a licence but no electronic form")
    st = collections.Counter(m["state"] for m in matters)
    if not 3 <= st["suspended"] <= 7:
        errs.append(f"{st['suspended']} suspended matters (about 5 wanted)")
    if not 2 <= st["withdrawn"] <= 4:
        errs.append(f"{st['withdrawn']} withdrawn matters (about 3 wanted)")
    share = sum(m["projectKind"] == "instant" for m in matters) / len(matters)
    if not 0.50 <= share <= 0.60:
        errs.append(f"instant share {share:.1%} (50-60% wanted)")
    deferrable = sum(any(mt["necessity"] == "deferrable" for mt in m["materials"])
                     for m in matters)
    if deferrable < 40:
        errs.append(f"only {deferrable} matters with deferrable materials (>= 40 wanted)")
    if not any(m["version"] > 1 for m in matters):
        errs.append("no matter above version 1")
    for t in ("01", "05", "07", "10", "20"):
        if not any(m["matterType"] == t for m in matters):
            errs.append(f"no matter of type {t}")

    syn = doc.get("synonyms", [])
    if len(syn) < 45:
        errs.append(f"only {len(syn)} synonyms (>= 45 wanted)")
    terms = [s["term"] for s in syn]
    if len(set(terms)) != len(terms):
        errs.append("duplicate synonym terms")
    for want in REQUIRED_TERMS:
        if want not in terms:
            errs.append(f"synonym term {want} missing")
    for s in syn:
        for target in s["matters"]:
            if not any(target in n for n in names):
                errs.append(f"synonym {s['term']}: target {target} is no matter name or fragment")
        if not any(t in n for t in s["matters"] for n in active):
            errs.append(f"synonym {s['term']}: no active matter")
    return errs


def stats(doc, size):
    matters = doc["matters"]
    n = len(matters)
    dept_name = {d["code"]: d["name"] for d in doc["departments"]}
    per_dept = collections.Counter(m["departmentCode"] for m in matters)
    instant = sum(m["projectKind"] == "instant" for m in matters)
    deferrable = sum(any(mt["necessity"] == "deferrable" for mt in m["materials"])
                     for m in matters)
    lines = [f"matters: {n}"]
    lines.append("per department:")
    for d in doc["departments"]:
        lines.append(f"  {d['code']:4} {per_dept[d['code']]:3}  {dept_name[d['code']]}")
    lines.append(f"instant (即办件): {instant} ({instant / n:.1%})")
    kinds = collections.Counter(m["projectKind"] for m in matters)
    lines.append(f"projectKind: {dict(sorted(kinds.items()))}")
    types = collections.Counter(m["matterType"] for m in matters)
    lines.append(f"matterType: {dict(sorted(types.items()))}")
    lines.append(f"states: {dict(sorted(collections.Counter(m['state'] for m in matters).items()))}")
    lines.append(f"versions: {dict(sorted(collections.Counter(m['version'] for m in matters).items()))}")
    visits = collections.Counter(m["onsiteVisits"] for m in matters)
    lines.append(f"onsiteVisits: {dict(sorted(visits.items()))}")
    lines.append(f"matters with fees: {sum(bool(m['fees']) for m in matters)}")
    lines.append(f"matters with deferrable (容缺后补) materials: {deferrable}")
    nmat = sum(len(m["materials"]) for m in matters)
    lines.append(f"materials: {nmat} (licence-backed {sum(1 for m in matters for mt in m['materials'] if 'licence' in mt)})")
    lines.append(f"synonyms: {len(doc.get('synonyms', []))}")
    lines.append(f"file size: {size} bytes")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true",
                    help="only check the existing file (and that it is up to date)")
    ap.add_argument("--stats", action="store_true", help="print statistics")
    args = ap.parse_args()

    text = serialize(build())
    if not args.check:
        os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    with open(args.output, encoding="utf-8") as f:
        written = f.read()
    try:
        doc = json.loads(written)
    except json.JSONDecodeError as e:
        print(f"{args.output}: invalid JSON at line {e.lineno} column {e.colno}: {e.msg}")
        return 1
    errs = check_format(doc)
    if not errs:
        errs = check_content(doc)
    if args.check and written != text:
        errs.append(f"{args.output} is not what the generator writes; rerun the generator")
    for e in errs:
        print(e, file=sys.stderr)
    if args.stats or not errs:
        print(stats(doc, len(written.encode("utf-8"))) if args.stats else
              f"{args.output}: {len(doc['matters'])} matters, check passed")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
