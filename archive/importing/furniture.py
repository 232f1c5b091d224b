"""Page furniture: navigation, share buttons, footers and web page metadata."""

from __future__ import annotations

import re

_FURNITURE = re.compile(
    r"分享到|我要打印|关闭窗口|打印本页|【打印】|【关闭】|[【\[]?字[体号][：:]?\s*[大中小]|"
    r"上一版|下一版|上一篇|下一篇|返回顶部|返回首页|网站首页|设为首页|加入收藏|网站地图|"
    r"扫一扫|关注我们|微信公众号|官方微博|在线商城|自营商城|淘宝商城|联系电话|在线客服|"
    r"联系我们|版权所有|Copyright|ICP备|公网安备|当前位置|您现在的位置|无障碍|适老化|"
    r"^责任编辑|^编辑[：:]|^校对[：:]|^审核[：:]|^值班编辑|^美编|^版式",
    re.IGNORECASE,
)
_META = re.compile(
    r"(发布日期|发布时间|发表时间|来源|浏览数|浏览次数|阅读数|点击数|作者)[：:]"
)
_VIEWS = re.compile(r"(?:浏览数|浏览次数|阅读数|点击数|阅读)[：:]?\s*(\d+)")
_CATEGORY_TITLE = re.compile(
    r"^[【\[](?P<category>[^】\]]{2,10})[】\]]\s*(?P<title>.+)$"
)


# Names pages commonly give their sections; a short line with one of these over a
# headline is a section, not a kicker.
SECTION_NAMES = frozenset(
    """
    要闻 综合 综合新闻 本地新闻 时政 时政要闻 经济 经济新闻 财经 科技 科技视界
    科教 科教文卫 文化 文体 体育 民生 社会 社会新闻 县区 县区新闻 县区观察 视点
    观察 专版 专题 理论 评论 副刊 图片新闻 国内 国际 法治 农业农村 乡村振兴
    教育 健康 生活 旅游 城事 新闻资讯 工作动态 政务动态
    """.split()
)


def is_section_name(text: str) -> bool:
    return text.strip() in SECTION_NAMES


def is_furniture(line: str) -> bool:
    """Navigation, buttons, footers and credits of the page, not article text."""
    return len(line) <= 60 and bool(_FURNITURE.search(line))


def is_meta(line: str) -> bool:
    """A web page's line of date, source and view count."""
    return (
        len(line) <= 120 and len(_META.findall(line)) >= 1 and not line.endswith("。")
    )


def views(line: str) -> int | None:
    match = _VIEWS.search(line)
    return int(match.group(1)) if match else None


def category_title(line: str) -> tuple[str, str] | None:
    """'【新闻资讯】科技创新:激活…' → ('新闻资讯', '科技创新:激活…')."""
    match = _CATEGORY_TITLE.match(line)
    return (match.group("category"), match.group("title")) if match else None
