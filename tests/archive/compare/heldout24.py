"""A twenty-fourth held-out corpus, written after the twenty-third set's
rules in words of its own and labelled before the extractor was run on it.
A month range's 同比增长-3.2% and a ratio's 同比提高…个百分点; 近200家 and 约12亿元
with 分别居全市第三位和第二位 in one county; money lent since January; 实现历史性
突破，达到700家; a county's money and intensity beside 为全市平均水平的0.7倍 (no
figure); 均较上年有所提高 (no number); 新认定 for two indicators and a 总数 of
one of them in a wider grade; two zones' 分别为 and 分别占全市的; 其中企业研发人员
(a kind's, no figure) and 省级以上企业技术中心 (no indicator of the dictionary)
beside a grade that is one (其中国家级企业技术中心8家); and a year's level beside
the year before's (较2024年的48.2亿元增长27.2%).

Same format as heldout8.py (``places`` and ``years`` by position; articles
dated 2023-07-10 in 焦作 unless the entry says otherwise).

First score (main at edc027a, after the twenty-third set's rules): 24 of 28
(85.7%), one figure too many and it a wrong total (其中企业研发人员2.3万人 read
as the city's 研发人员, the city's 2.9万人 missed), one wrong place (the second
rank of 分别居全市第三位和第二位 given the city, not 温县). Missed: 同比增长-3.2%
(1), 2.9万人 (1), 较2024年的48.2亿元增长27.2% (2).

After the rules (a number right after 总数 is one, 数十家 still none; 增长-3.2%
a fall; a kind's word between 其中 and the indicator makes a part, no figure
of the whole; 较2024年的48.2亿元 the level of the year compared with, and what
follows it the indicator's; 分别 for an indicator whose clause names no place
takes the place the sentence named before it): 28 of 28, none too many,
places and years right.
"""

from __future__ import annotations

T, A, C, R, S = "total", "added", "change", "rank", "share"

HELDOUT24: list[dict] = [
    {
        "text": "2025年1—11月，全市规上工业增加值同比增长-3.2%，高新技术产业增加值同比增长8.6%，"
        "占规上工业增加值的比重为46.1%，同比提高2.4个百分点。",
        "date": "2025-12-20",
        "figures": [
            ("规模以上工业增加值", -3.2, "%", C),
            ("高新技术产业增加值", 8.6, "%", C),
            ("高新技术产业增加值占比", 46.1, "%", T),
            ("高新技术产业增加值占比", 2.4, "个百分点", C),
        ],
        "years": [2025] * 4,
    },
    {
        "text": "温县高新技术企业近200家，技术合同成交额约12亿元，分别居全市第三位和第二位。",
        "figures": [
            ("高新技术企业", 200, "家", T),
            ("技术合同成交额", 12, "亿元", T),
            ("高新技术企业", 3, "位", R),
            ("技术合同成交额", 2, "位", R),
        ],
        "places": ["温县"] * 4,
    },
    {
        "text": "今年以来，全市“科技贷”累计放款8.3亿元，同比增长37.5%。",
        "figures": [("科技贷款", 8.3, "亿元", T), ("科技贷款", 37.5, "%", C)],
    },
    {
        "text": "全市高新技术企业数量实现历史性突破，达到700家，连续五年保持两位数增长。",
        "figures": [("高新技术企业", 700, "家", T)],
    },
    {
        "text": "武陟县全社会研发经费投入3.6亿元，研发投入强度为1.52%，为全市平均水平的0.7倍。",
        "figures": [
            ("全社会研发经费投入", 3.6, "亿元", T),
            ("研发投入强度", 1.52, "%", T),
        ],
        "places": ["武陟县", "武陟县"],
    },
    {
        "text": "全市有效发明专利拥有量达到5230件，每万人发明专利拥有量达到5.9件，均较上年有所"
        "提高。",
        "figures": [
            ("有效发明专利", 5230, "件", T),
            ("每万人发明专利拥有量", 5.9, "件", T),
        ],
    },
    {
        "text": "记者从市科技局了解到，2025年全市新认定省级新型研发机构6家、省级中试基地2家，省级"
        "以上新型研发机构总数达到31家。",
        "date": "2026-01-08",
        "figures": [
            ("新型研发机构", 6, "家", A),
            ("中试基地", 2, "家", A),
            ("新型研发机构", 31, "家", T),
        ],
        "years": [2025] * 3,
    },
    {
        "text": "全市共有科技特派员1120人，服务企业和合作社3000余家。",
        "figures": [("科技特派员", 1120, "人", T)],
    },
    {
        "text": "高新区、示范区高新技术企业分别为126家、58家，分别占全市的18%和8.3%。",
        "figures": [
            ("高新技术企业", 126, "家", T),
            ("高新技术企业", 58, "家", T),
            ("高新技术企业", 18, "%", S),
            ("高新技术企业", 8.3, "%", S),
        ],
        "places": ["高新区", "示范区", "高新区", "示范区"],
    },
    {
        "text": "全市研发人员总数2.9万人，其中企业研发人员2.3万人，占79.3%。",
        "figures": [("研发人员", 2.9, "万人", T)],
    },
    {
        "text": "目前，全市省级以上企业技术中心达到145家，其中国家级企业技术中心8家。",
        "figures": [("国家级企业技术中心", 8, "家", T)],
    },
    {
        "text": "2025年全市技术合同成交额为61.3亿元，较2024年的48.2亿元增长27.2%。",
        "date": "2026-01-10",
        "figures": [
            ("技术合同成交额", 61.3, "亿元", T),
            ("技术合同成交额", 48.2, "亿元", T),
            ("技术合同成交额", 27.2, "%", C),
        ],
        "years": [2025, 2024, 2025],
    },
]
