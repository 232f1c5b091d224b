"""A third held-out corpus: long report sentences where figures of indicators
stand among numbers of other things, written after every rule so far and
scored before any tuning on it. First score: 31 of 33 figures (93.9%), five
figures too many, three of them totals (a threshold before the exact value,
突破百亿元…达到103.6亿元; two per-head figures, 每万名…中研发人员58人 and
人均地区生产总值8万元), and one a share the labels had wrongly left out (高新
区's 28.7%, since labelled: 32 of 34 against the corrected labels). Fixed
since: 比年初增加, a name repeated in part (投入强度 after 研发经费投入), 计划
as a target, per-head lead-ins, thresholds before the exact value.

The three counties' 分别达到21家、17家和35家 was first labelled as no figure
(no place could be told for each); a careful reader takes each county's, and
since the fifth set's session the extractor gives each its own place (the
label, with ``places``, changed then).

Same format as corpus.py: (indicator, value, unit, kind).
"""

from __future__ import annotations

T, A, C, R, S = "total", "added", "change", "rank", "share"

HELDOUT3: list[dict] = [
    {
        "text": "五年来，全市累计实施重大科技专项46项，突破关键技术120余项，"
        "高新技术企业由152家增加到437家，科技型中小企业由318家增加到1125家，"
        "技术合同成交额由4.6亿元增加到31.8亿元。",
        "figures": [
            ("高新技术企业", 437, "家", C),
            ("科技型中小企业", 1125, "家", C),
            ("技术合同成交额", 31.8, "亿元", C),
        ],
    },
    {
        "text": "全市规模以上工业企业达到1860家，其中高新技术企业312家，"
        "规模以上工业增加值增长7.2%，高于全省0.9个百分点。",
        "figures": [
            ("高新技术企业", 312, "家", T),
            ("规模以上工业增加值", 7.2, "%", C),
        ],
    },
    {
        "text": "我市引进高层次人才2300余名，建成院士工作站26个、中原学者工作站7个，"
        "柔性引进院士38名。",
        "figures": [("院士工作站", 26, "个", A), ("中原学者工作站", 7, "个", A)],
    },
    {
        "text": "全市科技贷款余额达到56.2亿元，比年初增加12.4亿元，"
        "惠及科技型企业430家。",
        "figures": [("科技贷款", 56.2, "亿元", T), ("科技贷款", 12.4, "亿元", A)],
    },
    {
        "text": "年内新认定省级以上研发平台53个，总数达到812个，其中国家级研发平台21个。",
        "figures": [
            ("省级以上创新平台", 53, "个", A),
            ("省级以上创新平台", 812, "个", T),
        ],
    },
    {
        "text": "全市研发经费投入总量位居全省第4位，投入强度位居全省第6位。",
        "figures": [("全社会研发经费投入", 4, "位", R), ("研发投入强度", 6, "位", R)],
    },
    {
        "text": "今年，我市计划新增高新技术企业80家，力争总数突破500家。",
        "figures": [],
    },
    {
        "text": "截至10月底，全市净增科技型中小企业182家，增速居全省第一。",
        "figures": [("科技型中小企业", 182, "家", A)],
    },
    {
        "text": "修武县、博爱县、武陟县的高新技术企业分别达到21家、17家和35家。",
        "figures": [
            ("高新技术企业", 21, "家", T),
            ("高新技术企业", 17, "家", T),
            ("高新技术企业", 35, "家", T),
        ],
        "places": ["修武县", "博爱县", "武陟县"],
    },
    {
        "text": "我市现有国家重点实验室1个、省重点实验室38个，省级以上工程技术研究中心"
        "共计203个。",
        "figures": [
            ("国家重点实验室", 1, "个", T),
            ("省重点实验室", 38, "个", T),
            ("工程技术研究中心", 203, "个", T),
        ],
    },
    {
        "text": "全市有效发明专利拥有量达到6218件，每万人发明专利拥有量达到8.5件，"
        "分别是2018年的2.4倍和2.3倍。",
        "figures": [
            ("有效发明专利", 6218, "件", T),
            ("每万人发明专利拥有量", 8.5, "件", T),
        ],
    },
    {
        "text": "一年来，全市新增省级新型研发机构5家，总数达到19家；新增省级中试基地2家。",
        "figures": [
            ("新型研发机构", 5, "家", A),
            ("新型研发机构", 19, "家", T),
            ("中试基地", 2, "家", A),
        ],
    },
    {
        "text": "全市高新技术企业和科技型中小企业数量双双实现翻番。",
        "figures": [],
    },
    {
        "text": "2023年全市技术合同成交额首次突破百亿元，达到103.6亿元，同比增长46.8%。",
        "figures": [
            ("技术合同成交额", 103.6, "亿元", T),
            ("技术合同成交额", 46.8, "%", C),
        ],
    },
    {
        "text": "全市已建成市级以上众创空间42家，其中国家级众创空间6家、省级众创空间19家。",
        "figures": [
            ("众创空间", 42, "家", T),
            ("国家级众创空间", 6, "家", T),
            ("省级众创空间", 19, "家", T),
        ],
    },
    {
        "text": "全市研发人员达到2.15万人，每万名就业人员中研发人员达到58人。",
        "figures": [("研发人员", 2.15, "万人", T)],
    },
    {
        "text": "高新区规上工业增加值占全市的比重提高到28.7%。",
        "figures": [("规模以上工业增加值", 28.7, "%", S)],
    },
    {
        "text": "全市累计培育创新龙头企业16家、瞪羚企业58家、科技型中小企业“小巨人”培育企业45家。",
        "figures": [("创新龙头企业", 16, "家", T), ("瞪羚企业", 58, "家", T)],
    },
    {
        "text": "近3年，全市新增国家高新技术企业268家，年均增长30%以上。",
        "figures": [("高新技术企业", 268, "家", A), ("高新技术企业", 30, "%", C)],
    },
    {
        "text": "全市地区生产总值突破3000亿元大关，人均地区生产总值超过8万元。",
        "figures": [("地区生产总值", 3000, "亿元", T)],
    },
]
