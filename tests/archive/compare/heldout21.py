"""A twenty-first held-out corpus, written with the twentieth in words of its
own and labelled before the extractor was run on it. A district's news
(全区新认定…总数达到…占全市的7.5%; 增速居全市第一, a rate's rank: no figure);
three levels of incubator with 分别比上年增加 for all three; a portal's
记者昨日从…获悉 with 60多家 and 270多家 and 位居全省第七位; a statistics
release's 同比提高…个百分点 beside 高于全省平均水平…个百分点 (a gap to
another place: no figure); a table of indicators as text, the unit in the
indicator's brackets and the growth in a column; a plan's 翻番 and a range
(3至5家: no figure); 首次突破…达到 beside 总量名列全省第五位; a breakdown of
the additions by county after 其中 joined with 、; 40余个 in a list of three
indicators; and firms that took part (300余家企业参加: no figure).

Same format as heldout8.py (``places`` and ``years`` by position; articles
dated 2023-07-10 in 焦作 unless the entry says otherwise).

First score (main at 4b3c183, the extractor unchanged): 35 of 35, none too
many, places and years right.
"""

from __future__ import annotations

T, A, C, R, S = "total", "added", "change", "rank", "share"

HELDOUT21: list[dict] = [
    {
        "text": "山阳区：科技创新跑出“加速度”\n本报讯 今年以来，全区新认定高新技术企业9家，总数"
        "达到46家，占全市的7.5%；科技型中小企业入库218家，同比增长17.8%，增速居全市第一。",
        "date": "2024-12-26",
        "county": "山阳区",
        "figures": [
            ("高新技术企业", 9, "家", A),
            ("高新技术企业", 46, "家", T),
            ("高新技术企业", 7.5, "%", S),
            ("科技型中小企业", 218, "家", T),
            ("科技型中小企业", 17.8, "%", C),
        ],
        "places": ["山阳区"] * 5,
        "years": [2024] * 5,
    },
    {
        "text": "全市共有国家级众创空间6家、省级众创空间23家、省级科技企业孵化器14家，分别比上年"
        "增加1家、4家和2家。",
        "figures": [
            ("国家级众创空间", 6, "家", T),
            ("省级众创空间", 23, "家", T),
            ("省级科技企业孵化器", 14, "家", T),
            ("国家级众创空间", 1, "家", A),
            ("省级众创空间", 4, "家", A),
            ("省级科技企业孵化器", 2, "家", A),
        ],
    },
    {
        "text": "记者昨日从市工业和信息化局获悉，我市今年新增省级专精特新中小企业60多家，总数达到"
        "270多家，位居全省第七位。",
        "date": "2024-11-28",
        "figures": [
            ("专精特新中小企业", 60, "家", A),
            ("专精特新中小企业", 270, "家", T),
            ("专精特新中小企业", 7, "位", R),
        ],
        "years": [2024] * 3,
    },
    {
        "text": "2024年，全市全社会研发经费投入达到58.6亿元，同比增长11.2%；研发投入强度为2.25%，"
        "同比提高0.13个百分点，高于全省平均水平0.2个百分点。",
        "date": "2025-09-20",
        "figures": [
            ("全社会研发经费投入", 58.6, "亿元", T),
            ("全社会研发经费投入", 11.2, "%", C),
            ("研发投入强度", 2.25, "%", T),
            ("研发投入强度", 0.13, "个百分点", C),
        ],
        "years": [2024] * 4,
    },
    {
        "text": "焦作市科技创新主要指标（2024年）\n指标名称　数值　增幅\n高新技术企业（家）　612　"
        "15.9%\n科技型中小企业（家）　2240　14.3%\n技术合同成交额（亿元）　61.3　26.8%\n"
        "有效发明专利（件）　5230　9.6%",
        "date": "2025-02-01",
        "figures": [
            ("高新技术企业", 612, "家", T),
            ("高新技术企业", 15.9, "%", C),
            ("科技型中小企业", 2240, "家", T),
            ("科技型中小企业", 14.3, "%", C),
            ("技术合同成交额", 61.3, "亿元", T),
            ("技术合同成交额", 26.8, "%", C),
            ("有效发明专利", 5230, "件", T),
            ("有效发明专利", 9.6, "%", C),
        ],
        "years": [2024] * 8,
    },
    {
        "text": "按照计划，到2027年全市高新技术企业数量要实现翻番，每个县（市）区每年新培育3至5家"
        "科技“小巨人”企业。",
        "figures": [],
    },
    {
        "text": "今年前三季度，全市技术合同成交额首次突破40亿元，达到43.7亿元，总量名列全省第五位。",
        "date": "2024-10-20",
        "figures": [
            ("技术合同成交额", 43.7, "亿元", T),
            ("技术合同成交额", 5, "位", R),
        ],
        "years": [2024, 2024],
    },
    {
        "text": "全市新增科技型中小企业280家，其中武陟县46家、温县36家、孟州市33家。",
        "date": "2024-12-30",
        "figures": [
            ("科技型中小企业", 280, "家", A),
            ("科技型中小企业", 46, "家", A),
            ("科技型中小企业", 36, "家", A),
            ("科技型中小企业", 33, "家", A),
        ],
        "places": ["焦作", "武陟县", "温县", "孟州市"],
    },
    {
        "text": "截至目前，全市已建成院士工作站40余个、中原学者工作站12个、博士后科研工作站19个。",
        "figures": [
            ("院士工作站", 40, "个", T),
            ("中原学者工作站", 12, "个", T),
            ("博士后科研工作站", 19, "个", T),
        ],
    },
    {
        "text": "记者从市科技局获悉，全市300余家企业参加了此次政策宣讲会。",
        "figures": [],
    },
]
