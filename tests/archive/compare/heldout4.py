"""A fourth held-out corpus, written for issue 15's last session in words of
its own: the phrasings the issue lists (达到/总数/累计/共有/拥有/已有…家, 增至,
位居, 占比, 亿元 and 万元, Chinese numerals, 约/近/超过), each in a sentence
shaped unlike the other corpora's, scored before any tuning on it.

First score: 32 of 39 (82.1%), with three wrong totals: 新型研发机构 41家
over 三年来累计认定 (what three years brought, not the stock), 中试基地 2家 of
另有2家正在申报 (not what the clause before counted), and 众创空间 35家 of
由2019年的18家增至目前的35家 given 2019 (目前 is the article's year). Two
labels were mine wrongly by the corpus's own conventions: 增至1263家 with no
earlier number states the level (a total), and 由2019年的18家 is 2019's total
(as 由2018年的125家增加到2023年的418家 in corpus.py); since corrected. Fixed
since: a period (N年来, 以来) with an event verb makes an addition, 另有 does
not continue a clause, 目前/当前/现在 set the year back to the article's.
Still missed then: 分别增长21%和33% after two indicators that have their own
numbers, 累计放款 (a verb not in the grammar); one figure too many, the growth
of the additions (新增数量同比增长19.4%) read as the stock's. The rank of the
growth rate (增速居全省第2位) was labelled as the indicator's own rank; by the
other corpora's conventions (增幅居全省第二位 in corpus.py, 增速位居第一 in
heldout.py, 增速居全省第一 in heldout3.py) it is no figure, and the label was
dropped in the fifth set's session (39 figures). Fixed then: 分别 pairs with
indicators read before it, one named only in part (成交额 after 登记技术合同);
money lent or paid out (放款, 发放, 投放) may stand before its amount; a change
of 新增数量 is not the stock's.

Same format as corpus.py: (indicator, value, unit, kind).
"""

from __future__ import annotations

T, A, C, R, S = "total", "added", "change", "rank", "share"

HELDOUT4: list[dict] = [
    {
        "text": "截至目前，全市共有国家高新技术企业418家，数量较去年同期多出67家。",
        "figures": [("高新技术企业", 418, "家", T)],
    },
    {
        "text": "该县已有省级工程技术研究中心十二个，另有在建的三个。",
        "county": "修武县",
        "figures": [("省级工程技术研究中心", 12, "个", T)],
    },
    {
        "text": "我市拥有院士工作站约20个，柔性引进两院院士30余人。",
        "figures": [("院士工作站", 20, "个", T)],
    },
    {
        "text": "去年全市技术合同成交额累计达到42.6亿元，同比增长38.5%。",
        "figures": [
            ("技术合同成交额", 42.6, "亿元", T),
            ("技术合同成交额", 38.5, "%", C),
        ],
    },
    {
        "text": "科技型中小企业评价入库数量增至1263家，居全省第五位。",
        "figures": [
            ("科技型中小企业", 1263, "家", T),
            ("科技型中小企业", 5, "位", R),
        ],
    },
    {
        "text": "全市研发投入强度为2.31%，比上年提高0.2个百分点，位居全省第4。",
        "figures": [
            ("研发投入强度", 2.31, "%", T),
            ("研发投入强度", 0.2, "个百分点", C),
            ("研发投入强度", 4, "位", R),
        ],
    },
    {
        "text": "高新技术产业增加值占比达到48.7%，较上年提高3.1个百分点。",
        "figures": [
            ("高新技术产业增加值占比", 48.7, "%", T),
            ("高新技术产业增加值占比", 3.1, "个百分点", C),
        ],
    },
    {
        "text": "今年上半年，全市新培育专精特新中小企业近百家，总数超过450家。",
        "figures": [
            ("专精特新中小企业", 100, "家", A),
            ("专精特新中小企业", 450, "家", T),
        ],
    },
    {
        "text": "全社会研发经费投入9865万元，同比下降4.2%。",
        "county": "温县",
        "figures": [
            ("全社会研发经费投入", 9865, "万元", T),
            ("全社会研发经费投入", -4.2, "%", C),
        ],
    },
    {
        "text": "目前，全市科技企业孵化器总数达到二十六家，其中国家级孵化器五家。",
        "figures": [
            ("科技企业孵化器", 26, "家", T),
            ("国家级科技企业孵化器", 5, "家", T),
        ],
    },
    {
        "text": "三年来累计认定新型研发机构41家，带动就业约3.2万人。",
        "figures": [("新型研发机构", 41, "家", A)],
    },
    {
        "text": "全市众创空间的数量由2019年的18家增至目前的35家。",
        "figures": [("众创空间", 18, "家", T), ("众创空间", 35, "家", T)],
    },
    {
        "text": "“科技贷”业务累计放款超过15亿元，惠及企业300余家。",
        "figures": [("科技贷款", 15, "亿元", T)],
    },
    {
        "text": "规模以上工业增加值增长6.8%，增速居全省第2位。",
        "figures": [("规模以上工业增加值", 6.8, "%", C)],
    },
    {
        "text": "我市有效发明专利拥有量达到5632件，每万人发明专利拥有量达到15.8件。",
        "figures": [
            ("有效发明专利", 5632, "件", T),
            ("每万人发明专利拥有量", 15.8, "件", T),
        ],
    },
    {
        "text": "全市专精特新“小巨人”企业达到9家，占全省总数的4.3%。",
        "figures": [
            ("专精特新“小巨人”企业", 9, "家", T),
            ("专精特新“小巨人”企业", 4.3, "%", S),
        ],
    },
    {
        "text": "目前全市已建成中试基地3家，另有2家正在申报。",
        "figures": [("中试基地", 3, "家", T)],
    },
    {
        "text": "全年登记技术合同1580项，成交额达到27.4亿元，分别增长21%和33%。",
        "figures": [
            ("技术合同登记数", 1580, "项", T),
            ("技术合同成交额", 27.4, "亿元", T),
            ("技术合同登记数", 21, "%", C),
            ("技术合同成交额", 33, "%", C),
        ],
    },
    {
        "text": "我市瞪羚企业数量达到46家，较上年增加11家，总量在全省排名第三。",
        "figures": [
            ("瞪羚企业", 46, "家", T),
            ("瞪羚企业", 11, "家", A),
            ("瞪羚企业", 3, "位", R),
        ],
    },
    {
        "text": "全市省级以上重点实验室达到17个，比2020年翻了一番。",
        "figures": [("重点实验室", 17, "个", T)],
    },
    {
        "text": "新增国家科技型中小企业二百一十五家，新增数量同比增长19.4%。",
        "figures": [("科技型中小企业", 215, "家", A)],
    },
    {
        "text": "目前焦作高新区拥有高新技术企业128家，占全市的三成以上。",
        "figures": [
            ("高新技术企业", 128, "家", T),
            ("高新技术企业", 30, "%", S),
        ],
    },
]
