"""A twenty-second held-out corpus, a check set written after the rules the
twentieth asked for, in words of its own and labelled before the extractor
was run on it: the shapes those rules reached in other words, and some new
ones. A review paragraph opening 回顾过去一年; townships' 均达到10家以上 and
the one with the most (许良镇最多，达到26家: a township's, no county's figure);
a table of counties whose cells say 同比增长; 被评为 for firms recognised;
翻了一番 before a year's level and 位列全省第三; 较上年净增…，增幅… and
名列全省第五位; 分别达到…，分别比上年增加… for two indicators; 其中今年新获批;
a county-level city's 研发投入强度 with its points and its rank in the
city's article; two indicators listed with 、 and 分别为; and negatives (a
plan's range, 3到5家; firms that signed up, 报名参加).

Same format as heldout8.py (``places`` and ``years`` by position; articles
dated 2023-07-10 in 焦作 unless the entry says otherwise).

First score (main at 896d385, after the twentieth set's rules): 30 of 30,
none too many, places and years right.
"""

from __future__ import annotations

T, A, C, R, S = "total", "added", "change", "rank", "share"

HELDOUT22: list[dict] = [
    {
        "text": "回顾过去一年，我们主动作为、攻坚克难。全市新增高新技术企业96家，总数达到708家；"
        "科技型中小企业入库2510家，增长12.1%。",
        "date": "2026-01-20",
        "figures": [
            ("高新技术企业", 96, "家", A),
            ("高新技术企业", 708, "家", T),
            ("科技型中小企业", 2510, "家", T),
            ("科技型中小企业", 12.1, "%", C),
        ],
        "years": [2025] * 4,
    },
    {
        "text": "博爱县：全县7个乡镇科技型中小企业均达到10家以上，其中许良镇最多，达到26家。",
        "county": "博爱县",
        "figures": [],
    },
    {
        "text": "2025年部分县（市）区科技型中小企业\n武陟县　268家　同比增长14.5%\n温县　231家"
        "　同比增长11.2%\n修武县　187家　同比增长9.8%",
        "date": "2026-01-12",
        "figures": [
            ("科技型中小企业", 268, "家", T),
            ("科技型中小企业", 14.5, "%", C),
            ("科技型中小企业", 231, "家", T),
            ("科技型中小企业", 11.2, "%", C),
            ("科技型中小企业", 187, "家", T),
            ("科技型中小企业", 9.8, "%", C),
        ],
        "places": ["武陟县", "武陟县", "温县", "温县", "修武县", "修武县"],
        "years": [2025] * 6,
    },
    {
        "text": "全市共有5家企业被评为省创新龙头企业，总数达到31家。",
        "figures": [("创新龙头企业", 5, "家", A), ("创新龙头企业", 31, "家", T)],
    },
    {
        "text": "我市技术合同成交额三年翻了一番，2025年达到72.4亿元，位列全省第三。",
        "date": "2026-02-01",
        "figures": [
            ("技术合同成交额", 72.4, "亿元", T),
            ("技术合同成交额", 3, "位", R),
        ],
        "years": [2025, 2025],
    },
    {
        "text": "全市有效发明专利达到6120件，较上年净增870件，增幅16.6%；每万人发明专利拥有量"
        "6.9件，名列全省第五位。",
        "figures": [
            ("有效发明专利", 6120, "件", T),
            ("有效发明专利", 870, "件", A),
            ("有效发明专利", 16.6, "%", C),
            ("每万人发明专利拥有量", 6.9, "件", T),
            ("每万人发明专利拥有量", 5, "位", R),
        ],
    },
    {
        "text": "按照方案，各县（市）区每年培育3到5家瞪羚企业。",
        "figures": [],
    },
    {
        "text": "据了解，全市院士工作站、中原学者工作站分别达到45个和14个，分别比上年增加3个、"
        "2个。",
        "figures": [
            ("院士工作站", 45, "个", T),
            ("中原学者工作站", 14, "个", T),
            ("院士工作站", 3, "个", A),
            ("中原学者工作站", 2, "个", A),
        ],
    },
    {
        "text": "记者从市发展改革委获悉，全市省级工程研究中心达到62个，其中今年新获批9个。",
        "figures": [
            ("省级工程研究中心", 62, "个", T),
            ("省级工程研究中心", 9, "个", A),
        ],
    },
    {
        "text": "2025年，沁阳市研发投入强度达到2.6%，比上年提高0.21个百分点，居全市第二位。",
        "date": "2026-03-01",
        "figures": [
            ("研发投入强度", 2.6, "%", T),
            ("研发投入强度", 0.21, "个百分点", C),
            ("研发投入强度", 2, "位", R),
        ],
        "places": ["沁阳市"] * 3,
        "years": [2025] * 3,
    },
    {
        "text": "全市省级以上众创空间、科技企业孵化器分别为38家、27家。",
        "figures": [("众创空间", 38, "家", T), ("科技企业孵化器", 27, "家", T)],
    },
    {
        "text": "此次活动共吸引200多家高新技术企业报名参加。",
        "figures": [],
    },
]
