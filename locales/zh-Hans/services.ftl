# Frontdesk 市政服务译文（服务名称、说明、问题、主题）。译者指南：locales/README.md

## 服务：名称、说明、提示（在开始申请前显示）、问题和选项

svc-RD-POTHOLE = 路面坑洞
svc-RD-POTHOLE-desc = 报告市政道路上的坑洞。区域道路（有编号的道路）上的坑洞由皮尔区负责修补。
svc-RD-POTHOLE-notice = 报告为危险的坑洞会在 24 小时内安排检查。
svc-RD-POTHOLE-q-WHERE = 坑洞在哪里？
svc-RD-POTHOLE-q-WHERE-ROAD = 在行车道上
svc-RD-POTHOLE-q-WHERE-SHOULDER = 在路肩上
svc-RD-POTHOLE-q-WHERE-BIKE = 在自行车道上
svc-RD-POTHOLE-q-WHERE-CROSSWALK = 在人行横道上
svc-RD-POTHOLE-q-SIZE = 坑洞大约有多宽（厘米）？
svc-RD-POTHOLE-q-HAZARD = 是否构成即时危险？
svc-RD-POTHOLE-q-HAZARD-YES = 是
svc-RD-POTHOLE-q-HAZARD-NO = 否
svc-RD-POTHOLE-q-SAFETY = 如果现在有人可能受伤，请同时拨打 911。

svc-RD-SIDEWALK = 人行道损坏
svc-RD-SIDEWALK-desc = 报告可能绊倒行人的地方、破损的路面板或隆起的人行道。
svc-RD-SIDEWALK-q-PROBLEM = 有什么问题？
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = 路面板隆起或下陷
svc-RD-SIDEWALK-q-PROBLEM-CRACK = 开裂或破损
svc-RD-SIDEWALK-q-PROBLEM-HOLE = 坑洞
svc-RD-SIDEWALK-q-PROBLEM-CURB = 路缘石损坏
svc-RD-SIDEWALK-q-DETAILS = 还有什么需要让施工人员知道的吗？

svc-RD-STREETLIGHT = 路灯不亮
svc-RD-STREETLIGHT-desc = 报告不亮、闪烁或白天仍亮着的路灯。
svc-RD-STREETLIGHT-q-POLE = 灯杆编号（如果您能看到）
svc-RD-STREETLIGHT-q-STATE = 路灯是什么情况？
svc-RD-STREETLIGHT-q-STATE-OUT = 不亮
svc-RD-STREETLIGHT-q-STATE-FLICKER = 闪烁
svc-RD-STREETLIGHT-q-STATE-DAY = 白天仍亮着

svc-TR-TREE = 树木养护
svc-TR-TREE-desc = 申请对市政树木进行检查、修剪或移除。私人物业上的树木由业主负责。
svc-TR-TREE-notice = 树木相关申请须先经林务部门审核，之后才会发放受理编号。
svc-TR-TREE-q-WHAT = 有什么问题？
svc-TR-TREE-q-WHAT-FALLEN = 树木或树枝倒落
svc-TR-TREE-q-WHAT-HANGING = 树枝悬挂或折断
svc-TR-TREE-q-WHAT-DEAD = 树木枯死或濒死
svc-TR-TREE-q-WHAT-ROOTS = 树根顶起人行道
svc-TR-TREE-q-WHAT-OTHER = 其他问题
svc-TR-TREE-q-BLOCKING = 是否挡住了道路或人行道？
svc-TR-TREE-q-OTHER = 请描述问题

svc-LG-GRAFFITI = 涂鸦
svc-LG-GRAFFITI-desc = 报告市政财产上的涂鸦：建筑物、桥梁、标志牌、公园设施。
svc-LG-GRAFFITI-q-SURFACE = 涂鸦在什么上面？
svc-LG-GRAFFITI-q-SURFACE-BUILDING = 市政建筑
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = 桥梁或地下通道
svc-LG-GRAFFITI-q-SURFACE-SIGN = 标志牌
svc-LG-GRAFFITI-q-SURFACE-PARK = 公园设施
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = 公交候车亭
svc-LG-GRAFFITI-q-SURFACE-UTILITY = 公用设施箱
svc-LG-GRAFFITI-q-SURFACE-FENCE = 围栏或墙壁
svc-LG-GRAFFITI-q-SURFACE-OTHER = 其他
svc-LG-GRAFFITI-q-OFFENSIVE = 内容是否带有仇恨或冒犯性？
svc-LG-GRAFFITI-q-OFFENSIVE-YES = 是
svc-LG-GRAFFITI-q-OFFENSIVE-NO = 否
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = 仇恨涂鸦会在一个工作日内清除。

svc-LG-LITTER = 垃圾或非法倾倒
svc-LG-LITTER-desc = 报告垃圾、被丢弃的物品或已满溢的市政垃圾桶。
svc-LG-LITTER-q-ITEMS = 留下了什么东西？
svc-LG-LITTER-q-ITEMS-BAGS = 垃圾袋
svc-LG-LITTER-q-ITEMS-FURNITURE = 家具或床垫
svc-LG-LITTER-q-ITEMS-TIRES = 轮胎
svc-LG-LITTER-q-ITEMS-BIN = 垃圾桶满溢
svc-LG-LITTER-q-ITEMS-SHARPS = 针头或尖锐物品
svc-LG-LITTER-q-SEEN = 您是什么时候看到的？

svc-NS-NOISE = 噪音投诉
svc-NS-NOISE-desc = 报告在许可时间以外的施工噪音，或商户持续产生的噪音。如果是正在进行的聚会，请拨打皮尔区警察局的非紧急电话。
svc-NS-NOISE-notice = 噪音投诉会转交市政法规执法部门处理，无法在线跟进进度；如需了解后续情况，请拨打 311。
svc-NS-NOISE-q-SOURCE = 噪音来自哪里？
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = 施工
svc-NS-NOISE-q-SOURCE-BUSINESS = 商户
svc-NS-NOISE-q-SOURCE-VEHICLE = 车辆或设备
svc-NS-NOISE-q-SOURCE-OTHER = 其他
svc-NS-NOISE-q-DATE = 发生日期
svc-NS-NOISE-q-ONGOING = 现在是否仍在持续？

svc-PK-PARKING = 违规停车
svc-PK-PARKING-desc = 报告违规停放的车辆：堵住车道出入口、停在人行道上、停在消防通道内，或无许可证停在无障碍车位上。
svc-PK-PARKING-q-PLATE = 车牌号码
svc-PK-PARKING-q-WHERE = 车辆停在哪里？
svc-PK-PARKING-q-WHERE-DRIVEWAY = 堵住车道出入口
svc-PK-PARKING-q-WHERE-SIDEWALK = 人行道上
svc-PK-PARKING-q-WHERE-FIRE = 消防通道内
svc-PK-PARKING-q-WHERE-ACCESSIBLE = 无障碍车位，无许可证
svc-PK-PARKING-q-WHERE-LONG = 在街上停放超过 5 小时

svc-DR-FLOODING = 街道积水或雨水口堵塞
svc-DR-FLOODING-desc = 报告道路积水，或雨水排水口（雨水口）堵塞。
svc-DR-FLOODING-q-DEPTH = 积水有多深？
svc-DR-FLOODING-q-DEPTH-SHALLOW = 不到 5 厘米
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 至 15 厘米
svc-DR-FLOODING-q-DEPTH-DEEP = 超过 15 厘米

svc-PC-PROPERTY = 物业维护标准
svc-PC-PROPERTY-desc = 报告疏于维护的物业：杂草过高、院子杂乱荒芜、建筑结构不安全、私人土地上有废弃车辆。
svc-PC-PROPERTY-q-ISSUE = 您反映的是什么问题？
svc-PC-PROPERTY-q-ISSUE-GRASS = 草过高或杂草丛生
svc-PC-PROPERTY-q-ISSUE-DEBRIS = 院子里有杂物
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = 建筑结构不安全
svc-PC-PROPERTY-q-ISSUE-VEHICLE = 废弃车辆
svc-PC-PROPERTY-q-OWNER = 您是这处物业的租户吗？
svc-PC-PROPERTY-q-OWNER-YES = 是
svc-PC-PROPERTY-q-OWNER-NO = 否

svc-SV-VEHICLE = 市政车辆投诉
svc-SV-VEHICLE-desc = 向我们反映市政车辆或 MiWay 公交车的驾驶情况：超速、危险转弯、停车时不熄火。
svc-SV-VEHICLE-q-VEHICLE = 车辆或公交车编号
svc-SV-VEHICLE-q-WHEN = 是什么时候发生的？
svc-SV-VEHICLE-q-WHAT = 发生了什么？

svc-PK-SIGN = 标志牌缺失或损坏
svc-PK-SIGN-desc = 报告缺失、损坏或难以看清的停车让行标志、路名牌或停车标志。
svc-PK-SIGN-notice = 缺失的停车让行（STOP）标志会在当天补装。
svc-PK-SIGN-q-KIND = 哪种标志？
svc-PK-SIGN-q-KIND-STOP = 停车让行或减速让行标志
svc-PK-SIGN-q-KIND-NAME = 路名牌
svc-PK-SIGN-q-KIND-PARKING = 停车标志
svc-PK-SIGN-q-KIND-SPEED = 限速标志
svc-PK-SIGN-q-KIND-OTHER = 其他
svc-PK-SIGN-q-DOWN = 是否有停车让行标志倒下？

svc-CS-DEAD-ANIMAL = 公共场所的动物尸体
svc-CS-DEAD-ANIMAL-desc = 申请清除道路、人行道或公园里的动物尸体。

svc-RC-PARK = 公园维护
svc-RC-PARK-desc = 报告损坏的游乐设施、长椅，或市政公园里的其他问题。
svc-RC-PARK-q-ITEM = 哪里需要处理？
svc-RC-PARK-q-ITEM-PLAY = 儿童游乐场
svc-RC-PARK-q-ITEM-BENCH = 长椅或桌子
svc-RC-PARK-q-ITEM-TRAIL = 步道
svc-RC-PARK-q-ITEM-WASHROOM = 洗手间
svc-RC-PARK-q-ITEM-LIGHT = 照明
svc-RC-PARK-q-ITEM-FIELD = 运动场
svc-RC-PARK-q-ITEM-COURT = 网球场或篮球场
svc-RC-PARK-q-ITEM-OTHER = 其他
svc-RC-PARK-q-UNSAFE = 使用起来是否不安全？
svc-RC-PARK-q-PARK = 公园名称

svc-PC-DAMAGE = 市政财产损坏
svc-PC-DAMAGE-desc = 报告公园或街道上损坏的长椅、围栏、标志牌、饮水器、洗手间或其他市政财产。
svc-PC-DAMAGE-notice = 危及人身安全的损坏会在 24 小时内完成安全处置。
svc-PC-DAMAGE-q-KIND = 什么东西损坏了？
svc-PC-DAMAGE-q-KIND-BENCH = 长椅或野餐桌
svc-PC-DAMAGE-q-KIND-FENCE = 围栏或栏杆
svc-PC-DAMAGE-q-KIND-SIGN = 公园或街道标志牌
svc-PC-DAMAGE-q-KIND-PLAY = 儿童游乐设施
svc-PC-DAMAGE-q-KIND-SHELTER = 公交候车亭
svc-PC-DAMAGE-q-KIND-FOUNTAIN = 饮水器
svc-PC-DAMAGE-q-KIND-WASHROOM = 公共洗手间
svc-PC-DAMAGE-q-KIND-OTHER = 其他物品
svc-PC-DAMAGE-q-KIND_OTHER = 是什么东西？
svc-PC-DAMAGE-q-COUNT = 有多少件物品损坏？
svc-PC-DAMAGE-q-NOTICED = 您是什么时候发现的？
svc-PC-DAMAGE-q-SINCE = 如果您知道，它从哪天开始是这样的？
svc-PC-DAMAGE-q-DANGER = 是否可能有人受伤？
svc-PC-DAMAGE-q-DANGER-YES = 是
svc-PC-DAMAGE-q-DANGER-NO = 否
svc-PC-DAMAGE-q-DANGER_NOTE = 如果现在有人受伤或处于危险中，请先拨打 911。
svc-PC-DAMAGE-q-SIGNS = 您看到了什么？
svc-PC-DAMAGE-q-SIGNS-GLASS = 碎玻璃
svc-PC-DAMAGE-q-SIGNS-EDGES = 锋利的边缘
svc-PC-DAMAGE-q-SIGNS-LOOSE = 零件松动或缺失
svc-PC-DAMAGE-q-SIGNS-WATER = 漏水
svc-PC-DAMAGE-q-TAPED = 已经拉起警戒带或做了标记
svc-PC-DAMAGE-q-ASSET = 市政标签上的资产编号（如有）
svc-PC-DAMAGE-q-DETAILS = 还有什么需要让施工人员知道的吗？
svc-PC-DAMAGE-q-PROMISE = 维修人员会在 10 个工作日内修复市政财产的损坏。

## 市政服务目录（catalogue.json）：主题，以及在其他地方办理的服务

topic-roads = 道路和人行道
link-road-closures = 道路封闭和施工
link-road-closures-desc = 查看哪些道路封闭、哪里正在施工。
link-snow-clearing = 清雪
link-snow-clearing-desc = 报告降雪后仍未清扫的道路或人行道。
link-snow-clearing-hours = 冬季每天 24 小时

topic-trees = 树木
link-tree-permit = 移除私人物业树木许可证
link-tree-permit-desc = 申请许可证，以损伤或移除私人物业上直径 15 厘米或以上的树木。

topic-litter-graffiti = 垃圾和涂鸦

topic-noise = 噪音
link-noise-exemption = 噪音豁免许可证
link-noise-exemption-desc = 为活动或施工申请在许可时间以外产生噪音。

topic-parking = 停车
link-parking-permit = 临时停车许可证
link-parking-permit-desc = 购买在街上停车超过 5 小时的许可证。

topic-pay = 缴纳罚单和罚款
link-pay-parking-ticket = 缴纳停车罚单
link-pay-parking-ticket-desc = 在线缴纳停车罚款通知书或提出异议。
link-pay-fine = 缴纳省级违规罚款
link-pay-fine-desc = 缴纳交通罚单或省级违规罚单。

topic-permits = 许可证和执照
link-building-permit = 建筑许可证
link-building-permit-desc = 申请建造、翻修或拆除许可证。
link-dog-licence = 猫狗登记证
link-dog-licence-desc = 为您的宠物办理登记证、续期或报告信息变更。
link-marriage-licence = 结婚许可证
link-marriage-licence-desc = 请携带两份身份证件亲自到场申请。
link-marriage-licence-hours = 周一至周五 8:30–16:30

topic-property = 物业问题

topic-taxes = 税务和房产
link-property-tax = 缴纳房产税
link-property-tax-desc = 缴纳房产税、登记预授权自动扣款或查看您的余额。
link-tax-certificate = 税务证明
link-tax-certificate-desc = 为出售房产申请税务证明。
link-tax-certificate-hours = 周一至周五 8:30–16:30

topic-vehicles = 市政车辆投诉

topic-library = 图书馆
link-library-card = 办理借书证
link-library-card-desc = 在线免费办理借书证，借阅图书、电子书等。

topic-recreation = 康乐活动
link-recreation-register = 报名参加课程
link-recreation-register-desc = 报名参加游泳、滑冰、营地及其他康乐课程。

topic-civic = 市民服务
link-civic-311 = 咨询问题
link-civic-311-desc = 与 311 客服人员交谈，咨询任何市政服务。

topic-drainage = 排水

## 被目录主题收录的服务器分组：仅在无法使用 catalogue.json 时以这些名称显示

topic-x526f61647320616e64207369646577616c6b73 = 道路和人行道
topic-Trees = 树木
topic-x4c697474657220616e64206772616666697469 = 垃圾和涂鸦
topic-Noise = 噪音
topic-Parking = 停车
topic-Drainage = 排水
topic-x50726f706572747920636f6e6365726e73 = 物业问题
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = 市政车辆投诉
topic-x4369766963207365727669636573 = 市民服务
topic-Recreation = 康乐活动

## 申请状态

status-open = 处理中
status-closed = 已关闭
