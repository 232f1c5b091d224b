"""Page texts several tests read, written for the project in its own words."""

# Two articles, the first with a subhead and a photo caption.
REVIEWED = (
    "# 南湖湿地公园完成生态修复\n\n"
    "本报讯(记者林晓)5月20日，南湖湿地公园生态修复工程通过验收。\n\n"
    "公园管理处介绍，今年春天已有二十多种候鸟在这里停留。\n\n"
    "北岸栈道同步完工\n\n"
    "北岸新建的木栈道全长两公里，周末游客明显增多。\n\n"
    "图① 5月19日，游客在北岸栈道上观鸟。本报记者 周川 摄\n\n"
    "# 老旧小区加装电梯提速\n\n"
    "本报讯(记者白露)今年全市计划为老旧小区加装电梯一百部，目前已完工四十部。\n"
)
