# Frontdesk 市政服務譯文，繁體中文（香港）（服務名稱、說明、提問、類別）。翻譯指引：locales/README.md

## 服務：名稱、說明、須知（開始填寫前顯示）、提問和選項

svc-RD-POTHOLE = 路面坑洞
svc-RD-POTHOLE-desc = 報告市政道路上的坑洞。區域道路（有編號的道路）上的坑洞由皮爾區（Region of Peel）負責修補。
svc-RD-POTHOLE-notice = 報告為危險的坑洞會在 24 小時內檢查。
svc-RD-POTHOLE-q-WHERE = 坑洞在哪裏？
svc-RD-POTHOLE-q-WHERE-ROAD = 在行車線上
svc-RD-POTHOLE-q-WHERE-SHOULDER = 在路肩上
svc-RD-POTHOLE-q-WHERE-BIKE = 在單車徑上
svc-RD-POTHOLE-q-WHERE-CROSSWALK = 在行人過路處
svc-RD-POTHOLE-q-SIZE = 坑洞大約有多闊（厘米）？
svc-RD-POTHOLE-q-HAZARD = 是否構成即時危險？
svc-RD-POTHOLE-q-HAZARD-YES = 是
svc-RD-POTHOLE-q-HAZARD-NO = 否
svc-RD-POTHOLE-q-SAFETY = 如果現在有人可能受傷，請同時致電 911。

svc-RD-SIDEWALK = 行人路損壞
svc-RD-SIDEWALK-desc = 報告可能令人絆倒的地方、破損的路面磚或隆起的行人路。
svc-RD-SIDEWALK-q-PROBLEM = 有甚麼問題？
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = 路面磚隆起或下陷
svc-RD-SIDEWALK-q-PROBLEM-CRACK = 爆裂或破損
svc-RD-SIDEWALK-q-PROBLEM-HOLE = 坑洞
svc-RD-SIDEWALK-q-PROBLEM-CURB = 路邊石損壞
svc-RD-SIDEWALK-q-DETAILS = 還有其他事情要讓工作人員知道嗎？

svc-RD-STREETLIGHT = 街燈不亮
svc-RD-STREETLIGHT-desc = 報告不亮、閃爍或日間仍然亮着的街燈。
svc-RD-STREETLIGHT-q-POLE = 燈柱編號（如看得見）
svc-RD-STREETLIGHT-q-STATE = 街燈有甚麼情況？
svc-RD-STREETLIGHT-q-STATE-OUT = 不亮
svc-RD-STREETLIGHT-q-STATE-FLICKER = 閃爍
svc-RD-STREETLIGHT-q-STATE-DAY = 日間仍然亮着

svc-TR-TREE = 樹木護理
svc-TR-TREE-desc = 要求檢查、修剪或移除市政府的樹木。私人物業上的樹木由業主負責。
svc-TR-TREE-notice = 有關樹木的個案會先由林務部門審核，然後才發出參考編號。
svc-TR-TREE-q-WHAT = 有甚麼問題？
svc-TR-TREE-q-WHAT-FALLEN = 樹木或樹枝倒下
svc-TR-TREE-q-WHAT-HANGING = 樹枝懸垂或折斷
svc-TR-TREE-q-WHAT-DEAD = 樹木枯死或瀕死
svc-TR-TREE-q-WHAT-ROOTS = 樹根頂起行人路
svc-TR-TREE-q-WHAT-OTHER = 其他問題
svc-TR-TREE-q-BLOCKING = 是否阻塞了道路或行人路？
svc-TR-TREE-q-OTHER = 請描述問題

svc-LG-GRAFFITI = 塗鴉
svc-LG-GRAFFITI-desc = 報告市政府財產上的塗鴉：建築物、橋樑、標誌、公園設施。
svc-LG-GRAFFITI-q-SURFACE = 塗鴉在甚麼上面？
svc-LG-GRAFFITI-q-SURFACE-BUILDING = 市政府建築物
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = 橋樑或隧道
svc-LG-GRAFFITI-q-SURFACE-SIGN = 標誌
svc-LG-GRAFFITI-q-SURFACE-PARK = 公園設施
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = 巴士站上蓋
svc-LG-GRAFFITI-q-SURFACE-UTILITY = 公用設施箱
svc-LG-GRAFFITI-q-SURFACE-FENCE = 圍欄或牆壁
svc-LG-GRAFFITI-q-SURFACE-OTHER = 其他
svc-LG-GRAFFITI-q-OFFENSIVE = 內容是否帶有仇恨或冒犯性？
svc-LG-GRAFFITI-q-OFFENSIVE-YES = 是
svc-LG-GRAFFITI-q-OFFENSIVE-NO = 否
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = 帶有仇恨內容的塗鴉會在一個工作天內清除。

svc-LG-LITTER = 垃圾或非法棄置
svc-LG-LITTER-desc = 報告垃圾、被棄置的物品，或滿瀉的市政府垃圾桶。
svc-LG-LITTER-q-ITEMS = 被棄置的是甚麼？
svc-LG-LITTER-q-ITEMS-BAGS = 垃圾袋
svc-LG-LITTER-q-ITEMS-FURNITURE = 傢俬或床褥
svc-LG-LITTER-q-ITEMS-TIRES = 輪胎
svc-LG-LITTER-q-ITEMS-BIN = 垃圾桶滿瀉
svc-LG-LITTER-q-ITEMS-SHARPS = 針筒或尖銳物品
svc-LG-LITTER-q-SEEN = 你是甚麼時候看到的？

svc-NS-NOISE = 噪音投訴
svc-NS-NOISE-desc = 報告在許可時間以外的建築噪音，或商戶持續發出的噪音。如果是正在進行的派對，請致電皮爾區警察（Peel Regional Police）的非緊急電話。
svc-NS-NOISE-notice = 噪音投訴會交由附例執行部門處理。這類個案無法在網上追蹤：如要跟進，請致電 311。
svc-NS-NOISE-q-SOURCE = 噪音從哪裏傳來？
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = 建築工程
svc-NS-NOISE-q-SOURCE-BUSINESS = 商戶
svc-NS-NOISE-q-SOURCE-VEHICLE = 車輛或機器
svc-NS-NOISE-q-SOURCE-OTHER = 其他
svc-NS-NOISE-q-DATE = 發生日期
svc-NS-NOISE-q-ONGOING = 現在是否仍然持續？

svc-PK-PARKING = 違例泊車執法
svc-PK-PARKING-desc = 報告違例停泊的車輛：阻塞車道出入口、停泊在行人路上、停泊在消防通道，或沒有許可證而停泊在無障礙泊車位。
svc-PK-PARKING-q-PLATE = 車牌號碼
svc-PK-PARKING-q-WHERE = 車輛停泊在哪裏？
svc-PK-PARKING-q-WHERE-DRIVEWAY = 阻塞車道出入口
svc-PK-PARKING-q-WHERE-SIDEWALK = 在行人路上
svc-PK-PARKING-q-WHERE-FIRE = 在消防通道
svc-PK-PARKING-q-WHERE-ACCESSIBLE = 無障礙泊車位，沒有許可證
svc-PK-PARKING-q-WHERE-LONG = 在街上停泊超過 5 小時

svc-DR-FLOODING = 街道水浸或雨水渠口淤塞
svc-DR-FLOODING-desc = 報告道路積水，或雨水渠口（去水口）淤塞。
svc-DR-FLOODING-q-DEPTH = 積水有多深？
svc-DR-FLOODING-q-DEPTH-SHALLOW = 少於 5 厘米
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 至 15 厘米
svc-DR-FLOODING-q-DEPTH-DEEP = 超過 15 厘米

svc-PC-PROPERTY = 物業維修標準
svc-PC-PROPERTY-desc = 報告失修的物業：野草過長、庭院雜草叢生、不安全的構築物、私人土地上的棄置車輛。
svc-PC-PROPERTY-q-ISSUE = 你關注的是甚麼問題？
svc-PC-PROPERTY-q-ISSUE-GRASS = 草過長或雜草叢生
svc-PC-PROPERTY-q-ISSUE-DEBRIS = 庭院內有雜物
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = 不安全的構築物
svc-PC-PROPERTY-q-ISSUE-VEHICLE = 棄置車輛
svc-PC-PROPERTY-q-OWNER = 你是這個物業的租客嗎？
svc-PC-PROPERTY-q-OWNER-YES = 是
svc-PC-PROPERTY-q-OWNER-NO = 否

svc-SV-VEHICLE = 市政府車輛投訴
svc-SV-VEHICLE-desc = 告訴我們市政府車輛或 MiWay 巴士的駕駛情況：超速、危險轉彎、停車不熄匙。
svc-SV-VEHICLE-q-VEHICLE = 車輛或巴士編號
svc-SV-VEHICLE-q-WHEN = 事情在甚麼時候發生？
svc-SV-VEHICLE-q-WHAT = 發生了甚麼事？

svc-PK-SIGN = 交通標誌不見或損壞
svc-PK-SIGN-desc = 報告不見了、損壞或難以看清的「停車」標誌、街名牌或泊車標誌。
svc-PK-SIGN-notice = 不見了的「停車」標誌會在當日補回。
svc-PK-SIGN-q-KIND = 哪一種標誌？
svc-PK-SIGN-q-KIND-STOP = 「停車」或「讓路」標誌
svc-PK-SIGN-q-KIND-NAME = 街名牌
svc-PK-SIGN-q-KIND-PARKING = 泊車標誌
svc-PK-SIGN-q-KIND-SPEED = 車速限制標誌
svc-PK-SIGN-q-KIND-OTHER = 其他
svc-PK-SIGN-q-DOWN = 是否有「停車」標誌倒下？

svc-CS-DEAD-ANIMAL = 公眾地方的動物屍體
svc-CS-DEAD-ANIMAL-desc = 要求清理道路、行人路或公園上的動物屍體。

svc-RC-PARK = 公園維修
svc-RC-PARK-desc = 報告損壞的遊樂設施、損壞的長櫈，或市政府公園內的其他問題。
svc-RC-PARK-q-ITEM = 哪裏需要處理？
svc-RC-PARK-q-ITEM-PLAY = 兒童遊樂場
svc-RC-PARK-q-ITEM-BENCH = 長櫈或枱
svc-RC-PARK-q-ITEM-TRAIL = 步行徑
svc-RC-PARK-q-ITEM-WASHROOM = 洗手間
svc-RC-PARK-q-ITEM-LIGHT = 照明
svc-RC-PARK-q-ITEM-FIELD = 運動場
svc-RC-PARK-q-ITEM-COURT = 網球場或籃球場
svc-RC-PARK-q-ITEM-OTHER = 其他
svc-RC-PARK-q-UNSAFE = 使用時是否不安全？
svc-RC-PARK-q-PARK = 公園名稱

svc-PC-DAMAGE = 市政府財產損壞
svc-PC-DAMAGE-desc = 報告公園或街道上損壞的長櫈、圍欄、標誌、飲水機、洗手間或其他市政府財產。
svc-PC-DAMAGE-notice = 會危及他人安全的損壞，會在 24 小時內作安全處理。
svc-PC-DAMAGE-q-KIND = 甚麼東西損壞了？
svc-PC-DAMAGE-q-KIND-BENCH = 長櫈或野餐枱
svc-PC-DAMAGE-q-KIND-FENCE = 圍欄或欄杆
svc-PC-DAMAGE-q-KIND-SIGN = 公園或街道標誌
svc-PC-DAMAGE-q-KIND-PLAY = 遊樂設施
svc-PC-DAMAGE-q-KIND-SHELTER = 巴士站上蓋
svc-PC-DAMAGE-q-KIND-FOUNTAIN = 飲水機
svc-PC-DAMAGE-q-KIND-WASHROOM = 公共洗手間
svc-PC-DAMAGE-q-KIND-OTHER = 其他東西
svc-PC-DAMAGE-q-KIND_OTHER = 是甚麼東西？
svc-PC-DAMAGE-q-COUNT = 有多少件東西損壞？
svc-PC-DAMAGE-q-NOTICED = 你是甚麼時候發現的？
svc-PC-DAMAGE-q-SINCE = 如你知道，這情況由哪一天開始？
svc-PC-DAMAGE-q-DANGER = 是否可能有人受傷？
svc-PC-DAMAGE-q-DANGER-YES = 是
svc-PC-DAMAGE-q-DANGER-NO = 否
svc-PC-DAMAGE-q-DANGER_NOTE = 如果現在有人受傷或身處危險，請先致電 911。
svc-PC-DAMAGE-q-SIGNS = 你看到甚麼？
svc-PC-DAMAGE-q-SIGNS-GLASS = 玻璃碎
svc-PC-DAMAGE-q-SIGNS-EDGES = 鋒利的邊緣
svc-PC-DAMAGE-q-SIGNS-LOOSE = 零件鬆脫或不見了
svc-PC-DAMAGE-q-SIGNS-WATER = 漏水
svc-PC-DAMAGE-q-TAPED = 已經用膠帶圍封或做了標記
svc-PC-DAMAGE-q-ASSET = 市政府標籤上的資產編號（如有）
svc-PC-DAMAGE-q-DETAILS = 還有其他事情要讓工作人員知道嗎？
svc-PC-DAMAGE-q-PROMISE = 維修人員會在 10 個工作天內修理市政府財產的損壞。

## 市政府的服務目錄（catalogue.json）：類別，以及在其他地方辦理的服務

topic-roads = 道路和行人路
link-road-closures = 封路和道路工程
link-road-closures-desc = 查看哪些道路封閉，以及哪裏正在施工。
link-snow-clearing = 清除積雪
link-snow-clearing-desc = 報告下雪後仍未清理的道路或行人路。
link-snow-clearing-hours = 冬季每日 24 小時

topic-trees = 樹木
link-tree-permit = 移除私人物業樹木許可證
link-tree-permit-desc = 申請許可證，以損傷或移除私人物業上直徑 15 厘米或以上的樹木。

topic-litter-graffiti = 垃圾和塗鴉

topic-noise = 噪音
link-noise-exemption = 噪音豁免許可證
link-noise-exemption-desc = 為活動或建築工程申請在許可時間以外發出噪音。

topic-parking = 泊車
link-parking-permit = 臨時泊車許可證
link-parking-permit-desc = 購買在街上泊車超過 5 小時的許可證。

topic-pay = 繳付告票和罰款
link-pay-parking-ticket = 繳付泊車告票
link-pay-parking-ticket-desc = 在網上繳付泊車罰款通知書，或提出異議。
link-pay-fine = 繳付省級違例罰款
link-pay-fine-desc = 繳付交通告票或省級違例告票。

topic-permits = 許可證和牌照
link-building-permit = 建築許可證
link-building-permit-desc = 申請建築、翻新或拆卸許可證。
link-dog-licence = 貓狗牌照
link-dog-licence-desc = 為你的寵物申請牌照、續領牌照或報告資料變更。
link-marriage-licence = 結婚許可證
link-marriage-licence-desc = 請帶備兩份身份證明文件親身申請。
link-marriage-licence-hours = 星期一至五，上午 8 時 30 分至下午 4 時 30 分

topic-property = 物業問題

topic-taxes = 稅項和物業
link-property-tax = 繳交物業稅
link-property-tax-desc = 繳交物業稅、登記預先授權自動轉賬，或查看你的尚欠金額。
link-tax-certificate = 稅務證明書
link-tax-certificate-desc = 為出售物業申請稅務證明書。
link-tax-certificate-hours = 星期一至五，上午 8 時 30 分至下午 4 時 30 分

topic-vehicles = 市政府車輛投訴

topic-library = 圖書館
link-library-card = 申請圖書證
link-library-card-desc = 在網上免費申請圖書證，借閱書籍、電子書等。

topic-recreation = 康樂活動
link-recreation-register = 報名參加活動
link-recreation-register-desc = 報名參加游泳、溜冰、營地活動及其他康樂活動。

topic-civic = 市民服務
link-civic-311 = 查詢
link-civic-311-desc = 向 311 職員查詢任何市政服務。

topic-drainage = 渠務

## 被目錄類別收錄的後端組別：只在無法使用 catalogue.json 時以這些名稱顯示

topic-x526f61647320616e64207369646577616c6b73 = 道路和行人路
topic-Trees = 樹木
topic-x4c697474657220616e64206772616666697469 = 垃圾和塗鴉
topic-Noise = 噪音
topic-Parking = 泊車
topic-Drainage = 渠務
topic-x50726f706572747920636f6e6365726e73 = 物業問題
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = 市政府車輛投訴
topic-x4369766963207365727669636573 = 市民服務
topic-Recreation = 康樂活動

## 個案的狀態（按市政府的寫法）

status-open = 處理中
status-closed = 已結案
