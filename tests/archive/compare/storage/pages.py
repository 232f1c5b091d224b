"""Pages with figures, written for the project in its own words."""

# A 许昌 page: a total and an addition in one sentence, a Chinese numeral,
# a county's own figure.
XUCHANG = (
    "许昌日报\n\n"
    "# 我市科技创新跑出加速度\n\n"
    "本报讯(记者林晓)记者从市科技局获悉，截至2022年底，全市高新技术企业总数达到412家，"
    "其中2022年新增68家。\n\n"
    "目前，全市拥有院士工作站十二家、省级工程技术研究中心156个。\n\n"
    "# 鄢陵县培育创新主体\n\n"
    "本报讯(记者白露)2022年，鄢陵县高新技术企业达到35家，同比增长20%。\n"
)

# The same page corrected by the paper: the count of stations changed.
XUCHANG_CORRECTED = XUCHANG.replace("十二家", "十三家")

# A later report of the same year with another value: a conflict.
XUCHANG_LATER = (
    "许昌日报\n\n"
    "# 高企数量再创新高\n\n"
    "本报讯(记者周川)截至2022年底，全市高新技术企业总量达415家。\n"
)
