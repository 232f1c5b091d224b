"""A nineteenth held-out corpus, written after the eighteenth set's rules in
words of its own and labelled before the extractor was run on it: what pages
the project has not seen print that the sets before it print least. A
mayor's list joining a change and the level it reached with 、 (净增86家、达到
528家; 突破两千家、达到2016家, a threshold before the exact value); firms
counted in 户; a web page's half-width punctuation (528家,同比增长23.8%;…);
the rank of the additions beside the stock's (新增数居全省第三，总数居全省第五);
从无到有 before the number; a bulletin's 年末 and 全年 lines read in March
without a heading (省级以上重点实验室52个，其中国家重点实验室1个; 其中国家级
3个 for a graded indicator; 登记技术合同2135份); a numeral's 二点八万人 and
三千人; counties listed with 、 after a colon and 分别居全市前三位 (a range of
ranks, no figure); 分别较上年增加 for two indicators; money lent (放款) beside
the firms it reached; and negatives (a plan's 新认定…以上, 预计入库, firms
given a subsidy).

Same format as heldout8.py (``places`` and ``years`` by position; articles
dated 2023-07-10 in 焦作 unless the entry says otherwise).

First score (main at f15fc0d, after the eighteenth set's rules): 28 of 30
(93.3%), two figures too many, one a wrong total (36家高新技术企业获得奖补资金:
the firms a grant reached), the other the rank of the additions (新增数居全省
第三); places and years right. Missed: firms counted in 户 (2).

After the rules (户 a counter, and a unit of the firm indicators in the
dictionary; a rank after 新增 ranks the additions and leaves the indicator
open for 总数居…; firms that a grant, a subsidy or a policy reached are no
count): 30 of 30, none too many.
"""

from __future__ import annotations

T, A, C, R, S = "total", "added", "change", "rank", "share"

HELDOUT19: list[dict] = [
    {
        "text": "过去一年，全市高新技术企业净增86家、达到528家，科技型中小企业突破两千家、"
        "达到2016家，技术合同成交额增长31.6%、达到48.2亿元。",
        "date": "2024-02-10",
        "figures": [
            ("高新技术企业", 86, "家", A),
            ("高新技术企业", 528, "家", T),
            ("科技型中小企业", 2016, "家", T),
            ("技术合同成交额", 31.6, "%", C),
            ("技术合同成交额", 48.2, "亿元", T),
        ],
        "years": [2023] * 5,
    },
    {
        "text": "全县科技型中小企业达到216户，高新技术企业38户。",
        "county": "修武县",
        "figures": [
            ("科技型中小企业", 216, "户", T),
            ("高新技术企业", 38, "户", T),
        ],
        "places": ["修武县", "修武县"],
    },
    {
        "text": "全市高新技术企业达到528家,同比增长23.8%;科技型中小企业1960家,增长22.8%.",
        "figures": [
            ("高新技术企业", 528, "家", T),
            ("高新技术企业", 23.8, "%", C),
            ("科技型中小企业", 1960, "家", T),
            ("科技型中小企业", 22.8, "%", C),
        ],
    },
    {
        "text": "我市高新技术企业新增数居全省第三，总数居全省第五。",
        "figures": [("高新技术企业", 5, "位", R)],
    },
    {
        "text": "我市国家重点实验室实现从无到有的突破，目前已有1家。",
        "figures": [("国家重点实验室", 1, "家", T)],
    },
    {
        "text": "年末全市拥有省级以上重点实验室52个，其中国家重点实验室1个；省级以上工程技术"
        "研究中心186个，其中国家级3个。全年登记技术合同2135份，技术合同成交额48.2亿元。",
        "date": "2024-03-20",
        "figures": [
            ("重点实验室", 52, "个", T),
            ("国家重点实验室", 1, "个", T),
            ("工程技术研究中心", 186, "个", T),
            ("国家工程技术研究中心", 3, "个", T),
            ("技术合同登记数", 2135, "份", T),
            ("技术合同成交额", 48.2, "亿元", T),
        ],
        "years": [2023] * 6,
    },
    {
        "text": "今年全市将新认定高新技术企业100家以上。科技型中小企业评价工作于3月启动，预计"
        "入库2000家。本次共有36家高新技术企业获得奖补资金1200万元。",
        "figures": [],
    },
    {
        "text": "全市研发人员总数达到二点八万人，比上年增加三千人。",
        "figures": [("研发人员", 2.8, "万人", T), ("研发人员", 3000, "人", A)],
    },
    {
        "text": "各县（市）区研发投入强度：孟州市2.86%、沁阳市2.41%、温县1.95%，分别居全市"
        "前三位。",
        "date": "2024-02-10",
        "figures": [
            ("研发投入强度", 2.86, "%", T),
            ("研发投入强度", 2.41, "%", T),
            ("研发投入强度", 1.95, "%", T),
        ],
        "places": ["孟州市", "沁阳市", "温县"],
    },
    {
        "text": "全市省级专精特新中小企业达到213家，国家级专精特新“小巨人”企业达到15家，分别较"
        "上年增加57家和4家。",
        "figures": [
            ("专精特新中小企业", 213, "家", T),
            ("专精特新“小巨人”企业", 15, "家", T),
            ("专精特新中小企业", 57, "家", A),
            ("专精特新“小巨人”企业", 4, "家", A),
        ],
    },
    {
        "text": "全年“科技贷”放款12.6亿元，惠及科技型中小企业320家。",
        "date": "2024-01-10",
        "figures": [("科技贷款", 12.6, "亿元", T)],
        "years": [2023],
    },
    {
        "text": "全市技术合同成交额首次突破50亿元。",
        "figures": [("技术合同成交额", 50, "亿元", T)],
    },
]
