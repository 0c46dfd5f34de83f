# Frontdesk 简体中文界面。译者指南：locales/README.md

## 页面框架

document-title = { $page } – { $city }
document-title-error = 错误：{ $page } – { $city }
shell-name = 市政服务
skip-link = 跳到主要内容
shell-loading = 正在加载…
shell-noscript = 本服务需要使用 JavaScript，但您的浏览器已关闭或不支持 JavaScript。
shell-noscript-call = 如需在不使用 JavaScript 的情况下报告问题或申请市政服务，请致电 { $phone }。
footer-nav-label = 关于本服务
footer-accessibility = 无障碍声明
language-nav-label = 语言
nav-my-requests = 我的申请

## 帮助（每页同一位置）

help-heading = 需要帮助？
help-call = 请致电
help-from-outside = 从市外请致电
help-hours = 服务时间：{ $hours }。
help-counter = 也可前往服务柜台：{ $address }。

## 首页：服务目录

catalogue-title = 市政服务
catalogue-lead = 用手机、以您的语言报告问题、申请市政服务并跟进办理进度。
catalogue-loading = 正在加载服务列表…
catalogue-search-label = 搜索服务
catalogue-search-hint = 例如：路面坑洞、树木、停车罚单。
catalogue-search-button = 搜索
catalogue-results-heading = 搜索结果
catalogue-results-count =
    { $count ->
       *[other] 找到 { $count } 项与“{ $query }”相符的服务。
    }
catalogue-no-results = 没有与“{ $query }”相符的服务。
catalogue-no-results-call = 请致电 { $phone }，我们会帮您找到合适的服务。
catalogue-no-results-browse = 您也可以在下方按主题浏览服务。
catalogue-clear-search = 显示全部服务
catalogue-topics-heading = 按主题浏览服务
catalogue-other-services = 其他服务
catalogue-stale = 无法连接市政服务器，因此这里显示的是 { $date } 保存在本设备上的列表，内容可能已过时。
catalogue-empty = 市政府目前不受理在线申请。如需报告问题或申请服务，请致电 { $phone }。
catalogue-services-error-heading = 无法加载在线申请表
catalogue-services-error-rest = 下方仍列出可通过电话、现场或其他市政网站办理的服务。
catalogue-retry = 重试

## 服务的办理方式（显示在列表中服务名称下方）

channel-request = 在线申请
channel-online = 在其他市政网站办理（将离开本网站）
channel-phone = 电话办理：请致电 { $phone }
channel-hours = 服务时间：{ $hours }。
channel-counter = 现场办理：{ $address }

## 市政服务器未正常响应时（所有与其通信的页面）

error-offline = 您似乎已离线。请检查网络连接，然后重试。
error-unreachable = 市政服务器没有响应，可能暂时无法访问。请几分钟后再试。
error-timeout = 市政服务器响应时间过长。请重试：网络较慢时，再试一次往往就能成功。
error-server = 市政服务器出现问题（错误 { $status }）。请几分钟后再试。
error-refused = 市政服务器拒绝了该请求（错误 { $status }）。
error-not-found = 市政服务器找不到所请求的内容（错误 404）。
error-server-said = 服务器返回的信息：
error-malformed = 市政服务器发来的回复本服务无法读取。请稍后再试，或致电 { $phone }。

## 服务页面

service-loading = 正在加载服务…
service-back = 全部市政服务
service-not-found-title = 找不到服务
service-not-found = 没有代码为“{ $code }”的服务。该服务可能已更名或已停止提供。
service-asks-heading = 您需要提供的信息
service-asks-location = 地点：地址、您当前的位置，或两者都提供。
service-asks-description = 问题描述：用您自己的话说明。
service-asks-questions = 与此相关的几个问题：
service-asks-photos = 照片（如有，选填）。
service-asks-contact = 您的姓名和联系方式（选填）。
service-questions-loading = 正在加载问题…
service-questions-error = 暂时无法加载问题。您仍可以开始填写，表单会再次尝试加载。
service-required = （必填）
service-notice-heading = 请注意
service-promise-heading = 提交之后
service-promise-realtime = 您会立即获得一个受理编号，用于跟进您的申请。
service-promise-batch = 市政系统会分批处理这类申请，因此您可能要过一段时间才能收到受理编号。本服务会持续为您查询。
service-promise-blackbox = 此类申请无法跟进：市政府不会为其提供受理编号或进度更新。
service-start = 开始申请

## 申请表（每个步骤）

request-step-count = 第 { $current } 步，共 { $total } 步
request-back = 上一步
request-continue = 继续
request-saved = 您输入的内容会随时保存在本设备上。
request-discard = 删除此草稿
request-discard-confirm = 要删除您为此申请填写的全部内容吗？此操作无法撤消。
request-discard-yes = 是，删除
request-discard-no = 否，保留
request-discarded = 您的草稿已删除。
request-service-unavailable = 本服务目前无法受理在线申请。
error-summary-title = 出现问题
field-error-prefix = 错误：

## 步骤：地点

request-location-title = 问题在哪里？
request-location-lead = 请输入地址、使用您当前的位置，或两者都提供。
request-location-lead-map = 请输入地址、使用您当前的位置，或在地图上放置图钉。任选其一即可。
request-address-label = 地址或地点
request-address-hint = 例如：300 City Centre Drive，或 Hurontario Street 与 Burnhamthorpe Road 的交叉路口。
request-use-location = 使用我当前的位置
request-locating = 正在查找您的位置…
request-located = 您的位置：{ $lat }, { $long }（精确到约 { $accuracy } 米）。
request-location-remove = 移除我的位置
request-geo-denied = 本网站无权使用您的位置。您可以在浏览器设置中允许，或改为输入地址。
request-geo-unavailable = 无法找到您的位置。请稍后重试，或改为输入地址。
request-geo-timeout = 查找您的位置耗时过长。请重试，或改为输入地址。
request-geo-unsupported = 此浏览器无法共享您的位置。请改为输入地址。

## 步骤：问题

request-details-title = 告诉我们问题情况
request-description-label = 描述问题
request-description-hint = 出了什么问题，以及任何有助于工作人员找到问题所在的信息。
request-description-left =
    { $count ->
       *[other] 还可以输入 { $count } 个字符
    }
request-description-over =
    { $count ->
       *[other] 超出 { $count } 个字符
    }
request-definition-error = 无法加载市政府为本服务设置的附加问题。您仍可以提交附有问题描述的申请。
request-choose = 请选择一项

## 步骤：照片

request-photos-title = 照片
request-photos-lead = 照片有助于工作人员找到并解决问题。照片为选填。
request-photos-limit =
    { $max ->
       *[other] 您最多可以添加 { $max } 张照片。
    }
request-photos-privacy = 照片在上传前会先在您的手机上缩小，其中包含的位置和相机信息也会被删除。
request-photos-add = 添加照片
request-photos-add-hint = 用相机拍一张照片，或选择一张已有的照片。
request-photos-preparing = 正在处理您的照片…
request-photos-added = 照片已添加。
request-photos-photo = 照片 { $number }
request-photos-remove = 移除照片 { $number }
request-photos-removed = 照片已移除。
request-photos-full = 您添加的照片已达到此申请的数量上限。
request-photos-not-image = 该文件不是本服务可以使用的照片。请选择 JPEG、PNG 或类似格式的图片。
request-photos-failed = 无法处理这张照片。请换一张试试。
request-photos-storage = 本设备已没有空间保存这张照片。请释放一些空间，或不附照片直接提交申请。

## 步骤：关于您

request-about-title = 关于您
request-about-lead = 以下各项均为选填。填写后，市政府可以就此申请与您联系。
request-first-name = 名字
request-last-name = 姓氏
request-name-why = 以便市政府知道该联系谁。
request-email = 电子邮件地址
request-email-why = 用于向您发送此申请的进度更新。
request-phone = 电话号码
request-phone-why = 以便工作人员在需要时向您询问。
request-remember = 在本设备上记住我的信息
request-remember-hint = 请仅在您自己的手机或电脑上勾选此项。取消勾选即可清除这些信息。

## 步骤：核对您的回答

request-check-title = 提交前请核对您的回答
request-check-location = 位置
request-check-description = 描述
request-check-contact = 您的信息
request-check-photos = 照片
request-check-photo-count =
    { $count ->
       *[other] { $count } 张照片
    }
request-check-not-given = 未提供
request-check-yes = 是
request-check-change = 修改
request-send = 提交申请
request-sending = 正在提交您的申请…
request-refused-next = 请核对您的回答后重试。如果仍然不行，请致电 { $phone }。

## 回答中的问题

problem-no-location = 请输入地址或使用您当前的位置。
problem-required = 请回答问题“{ $question }”。
problem-not-a-number = “{ $question }”的回答必须是数字，例如 3 或 2.5。
problem-not-a-datetime = “{ $question }”的回答必须是日期和时间。
problem-not-a-date = “{ $question }”的回答必须是日期。
problem-unknown-choice = 请为“{ $question }”选择其中一个选项。
problem-too-long = 描述不能超过 { $limit } 个字符。
problem-bad-email = 请输入电子邮件地址，例如 name@example.com。
problem-bad-phone = 请输入至少 7 位数字的电话号码，例如 905 615 4311。

## 提交之后

sent-title = 申请已提交
sent-reference = 您的受理编号
sent-reference-pending = 您的受理编号稍后送达
sent-reference-pending-detail = 市政府会在稍后为这类申请分配编号。收到后，编号会显示在此处以及您的申请记录中。
sent-untracked = 此服务无法跟进，因此没有受理编号。市政府已收到您的申请。
sent-next-heading = 接下来会怎样
sent-next = 市政府会审核您的申请，并转交给负责的团队。
sent-another = 再提交一个申请
sent-storage-warning = 本设备无法保存此申请的记录。请记下您的受理编号。
sent-waiting-title = 等待提交
sent-waiting = 您目前处于离线状态。您的申请已保存在本设备上，网络恢复后会自动提交。您可以关闭此页面。
sent-busy = 市政系统目前繁忙。您的申请已保存在本设备上，将在 { $time } 之后自动重新提交（在本服务保持打开时，或在您下次打开时）。
sent-sending-title = 正在提交您的申请…
sent-uploading = 正在上传您的照片
sent-unconfirmed-title = 我们无法确认您的申请是否已送达
sent-unconfirmed = 提交过程中连接中断，且无法向市政服务器查询您的申请是否已送达。为避免重复提交，除非您选择重新提交，否则不会再次提交。
sent-check-again = 再次查询
sent-send-again = 重新提交
sent-refused-title = 市政服务器未接受此申请
sent-not-found-title = 找不到申请
sent-not-found = 本设备上没有此申请的记录，该记录可能已被删除。

## 我的申请：从本设备提交的申请

my-requests-title = 我的申请
my-requests-lead = 从本设备提交的申请。此列表仅保存在本设备上。
my-requests-empty = 您还没有从本设备提交过任何申请。
my-requests-refresh = 检查更新
my-requests-refreshing = 正在检查更新…
my-requests-refreshed = 状态已是最新。
my-requests-sent-on = 提交于 { $date }
my-requests-last-update = 最近更新于 { $date }
my-requests-updated = 有更新
my-requests-waiting = 等待提交
my-requests-unconfirmed = 未确认
my-requests-refused = 未被接受
my-requests-reference-pending = 受理编号待分配
my-requests-forget = 从本设备移除此申请
my-requests-forget-all = 移除本设备上的全部申请
my-requests-forget-all-confirm = 要移除本设备上的全部申请吗？市政府仍会保留这些申请，只会清除此列表。
my-requests-forget-yes = 是，移除
my-requests-forget-no = 否，保留
my-requests-forgotten = 已从本设备移除该申请。
my-requests-all-forgotten = 已从本设备移除全部申请。
lookup-heading = 按受理编号查找申请
lookup-label = 受理编号
lookup-hint = 受理编号显示在确认页面上，也写在市政府就您的申请发来的电子邮件中。
lookup-button = 查找申请
lookup-empty = 请输入受理编号。
lookup-offer = 跟进申请 { $id }

## 申请页面

track-title = 申请 { $id }
track-loading = 正在加载申请…
track-not-found-title = 找不到申请
track-not-found = 市政府没有受理编号为“{ $id }”的申请。请检查编号：它显示在您的确认页面上，或市政府发来的电子邮件中。
track-not-found-call = 如果仍然找不到，请致电 { $phone }。
track-status = 状态
track-service = 服务
track-notes = 市政府备注
track-agency = 办理部门
track-requested = 提交时间
track-updated = 最近更新
track-expected = 预计完成时间
track-overdue = 已逾期：市政府原预计在 { $date } 前完成。
track-location = 位置
track-description = 描述
track-photo = 随申请提交的照片
track-timeline = 办理经过
track-seen-on = 由本设备记录
track-token-late = 您的申请仍在处理中。请稍后再查看：市政府分配受理编号后，编号会显示在“我的申请”中。
track-follow = 跟进此申请
track-refresh = 检查更新

## 状态说明

status-word-open = 已收到
status-word-closed = 已结案
status-word-in_progress = 处理中
status-word-action_scheduled = 已安排施工
status-word-investigating = 调查中
status-word-for_triage = 评估中
status-word-internal_referral = 已转交其他团队
status-word-reopened = 已重新开启
status-word-fixed = 已修复
status-word-duplicate = 已结案：重复报告
status-word-not_councils_responsibility = 已结案：不属市政府职责
status-word-no_further_action = 已结案：无需进一步处理
status-word-cancelled = 已取消

## 找不到页面

not-found-title = 找不到页面
not-found-typed = 如果网址是您输入的，请检查是否正确。
not-found-link = 如果您是通过链接来到这里的，该链接可能已过期。
not-found-home = 前往市政服务列表
not-found-call = 您也可以致电 { $phone } 申请服务。

## 无障碍声明

accessibility-title = 无障碍声明
a11y-intro = { $city } 希望每个人都能使用本服务：在手机或电脑上，放大显示，仅用键盘，借助读屏软件、语音控制或其他辅助技术，并使用自己的语言。
a11y-standard-heading = 我们的目标标准
a11y-standard = 本服务力求符合《Web 内容无障碍指南》(WCAG) { $version } 版 { $level } 级。
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = 本服务完全符合该标准。
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = 本服务部分符合该标准：不符合的部分，以及尚未经人工确认的部分，列在下方。
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = 我们最近一次全面检查于 { $date } 完成，范围包括每个页面及其各种状态、{ $languages } 种语言，以及手机尺寸和电脑尺寸的屏幕。{ $failed ->
    [0] 在 { $scans } 次页面检查中，均未发现问题。
   *[other] 在 { $scans } 次页面检查中，有 { $failed } 次发现了问题。
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = 本声明的其余内容仍然有效；您也可以致电我们，了解最近一次检查的结果。
a11y-testing-heading = 我们如何检验
a11y-testing-automated = 每次服务更新时，都会用 axe-core 按 WCAG 2.2 A 级和 AA 级自动检查每个页面，分别在手机尺寸和电脑尺寸的屏幕上进行。
a11y-testing-keyboard = 自动化测试还会仅用键盘使用本服务：跳转链接、页面之间的切换以及焦点的位置。
a11y-testing-languages = 页面还会在从右向左书写的语言中进行测试，并在一种自动生成的伪语言中测试，以发现任何未翻译的文字。
a11y-gaps-heading = 我们已知尚未做好的地方
a11y-gaps-intro = 自动检查只能发现部分问题。我们已知以下问题：
a11y-not-conforming-intro = 以下部分尚未符合该标准：
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = WCAG 成功标准 { $criterion }：{ $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
   *[other] 以下 { $count } 项成功标准仍需人工检查，因为自动化测试无法对其作出完整判断：{ $criteria }。
}
a11y-gap-screen-readers = 本服务尚未由使用读屏软件或语音控制的用户进行测试。
a11y-gap-server-text = 服务名称和说明来自市政系统，可能没有翻译成您的语言。
a11y-report-heading = 报告本服务的问题
a11y-report = 如果本网站有任何功能您无法使用，请致电 { $phone }，告诉我们您当时在做什么以及出了什么问题。我们会帮您通过电话提交申请，并修复该问题。
a11y-other-format-heading = 以其他方式获取这些信息
a11y-other-format = 如果您无法使用本网站，或需要以其他形式获取网站内容（大字版、朗读、简明易读版或其他语言），请致电 { $phone }，我们会为您提供帮助。
# $counter is the city's service counter (its address).
a11y-other-format-counter = 您也可以前往 { $counter }。

## 服务无法读取其设置（config.json）时

config-problem-title = 本服务暂时无法使用
config-problem-resident = 请几分钟后再试。如果仍然无法使用，请致电市政府。
config-problem-retry = 重试
config-problem-detail-heading = 供网站管理员参考
config-error-unreachable = 无法加载设置文件 config.json：服务器没有响应。
config-error-timeout = 无法加载设置文件 config.json：服务器未能及时响应。
config-error-status = 无法加载设置文件 config.json：服务器返回状态 { $status }。
config-error-syntax = 设置文件 config.json 不是有效的 JSON：请查看第 { $line } 行第 { $column } 列。
config-error-missing = 设置文件 config.json 中缺少“{ $key }”的值。
config-error-invalid = 设置文件 config.json 中“{ $key }”的值无法使用。

## 首次需要时才下载的页面 (src/pieces.rs)
piece-loading = 正在加载页面…
piece-failed-title = 无法加载此页面
piece-failed = 此服务的一部分未能下载。请检查网络连接，然后重试。您输入的所有内容都已保存在本设备上。
piece-failed-phone = 您也可以拨打 { $phone }。

## The map in the location step (src/map)
map-role = 地图
map-label = 地图：把图钉放在问题所在的位置
map-keys = 点按地图即可在该处放置图钉，也可以使用下方的按钮。地图获得焦点时，方向键可移动图钉（按住 Shift 移动更远），+ 和 − 可放大和缩小。
map-loading = 正在加载地图…
map-piece-failed = 无法加载地图。您仍然可以输入地址或使用您的位置。
map-tiles-failed = 部分地图无法加载。您仍然可以放置图钉、输入地址或使用您的位置。
map-zoom-group = 缩放
map-zoom-in = 放大
map-zoom-out = 缩小
map-move-group = 移动图钉
map-move-north = 向北移动图钉
map-move-south = 向南移动图钉
map-move-east = 向东移动图钉
map-move-west = 向西移动图钉
map-zoom-level = 缩放级别 { $level }，共 { $max } 级。
map-pin-from-start = 图钉位于地图初始位置{ $direction ->
    [north] 以北
    [north-east] 东北方向
    [east] 以东
    [south-east] 东南方向
    [south] 以南
    [south-west] 西南方向
    [west] 以西
   *[north-west] 西北方向
  }约 { $metres } 米处。
map-pin-from-device = 图钉位于您的位置{ $direction ->
    [north] 以北
    [north-east] 东北方向
    [east] 以东
    [south-east] 东南方向
    [south] 以南
    [south-west] 西南方向
    [west] 以西
   *[north-west] 西北方向
  }约 { $metres } 米处。
map-pin-at-start = 图钉位于地图的初始位置。
map-pin-at-device = 图钉位于您的位置。
map-pin-near = 图钉在 { $address } 附近。
map-outside = 该位置不在{ $city }范围内。请把图钉放在市内，或拨打 { $phone }。
map-find = 在地图上显示地址
map-finding = 正在查找地址…
map-find-empty = 请先输入地址，再在地图上显示。
map-find-none = { $city }没有与该地址匹配的地点。请改为在地图上放置图钉。
map-find-failed = 暂时无法查找该地址。请改为在地图上放置图钉。
map-found = 已找到 { $address }。图钉已放在该处。
map-suggestion = 最近的地址：{ $address }
map-suggestion-use = 使用此地址
map-suggestion-used = 已填入地址：{ $address }。
request-pinned = 地图上的图钉：{ $lat }，{ $long }。
request-pin-remove = 移除图钉

## Already reported nearby (src/map/nearby.rs)
nearby-heading = 附近已有报告
nearby-lead = 同一服务的 { $count } 个未结请求位于您的图钉 150 米范围内。如果其中之一就是您的问题，您可以关注它，而不必再次报告。
nearby-distance = 距离 { $metres } 米
nearby-age = { $days ->
    [0] 今天报告
   *[other] { $days } 天前报告
  }
nearby-follow = 改为关注此请求
nearby-follow-confirm = 要关注请求 { $id } 而不发送您的请求吗？此表单中的回答和照片将被删除，且不会发送任何内容。
nearby-follow-yes = 是，关注它
nearby-follow-no = 否，保留我的请求
nearby-different = 我的问题不同：继续
nearby-followed = 您正在关注请求 { $id }。没有发送任何内容。
nearby-announced = 您的图钉附近已有同一服务的 { $count } 个未结请求，列在地图下方。
nearby-failed = 暂时无法查看附近已报告的请求。
my-requests-following-since = 自 { $date } 起关注

## 请求的最新消息：浏览器通知和电子邮件（src/notify）
updates-heading = 此请求的最新消息
updates-offer = 有变化时通知我
updates-wait-id = 市政府给此请求分配参考编号后，您就可以订阅最新消息。届时此页面会提供这一选项。
updates-loading = 正在查看市政府可以发送哪些消息…
updates-unavailable = 暂时无法设置最新消息。您仍可回到此页面查看请求的进展。
updates-push = 向此浏览器发送通知
updates-push-hint = 您的浏览器会询问是否允许本网站显示通知。请求每次变化时，您都会收到一条通知。
updates-push-on = 已完成。此请求每次变化时，此浏览器都会显示通知。
updates-push-blocked = 您的浏览器设置已阻止本网站的通知。如需接收，请在那里允许本网站的通知，然后回到这里。
updates-push-install-first = 在 iPhone 或 iPad 上，通知只能从主屏幕使用：轻点“共享”，再轻点“添加到主屏幕”，从主屏幕打开应用后回到此请求。
updates-push-unsupported = 此浏览器无法显示网站通知。您可以改用电子邮件，或回到此页面查看。
updates-push-not-allowed = 未允许通知，因此不会发送任何通知。您可以在浏览器的网站设置中更改。
updates-push-failed = 此浏览器无法设置通知。请稍后再试，或改用电子邮件。
updates-email-label = 电子邮件地址
updates-email-hint = 我们会先发送一封邮件确认地址。每封邮件都有停止接收的链接。
updates-email-send = 有变化时给我发邮件
updates-email-invalid = 请输入电子邮件地址，例如 name@example.com
updates-email-sent = 我们已向 { $email } 发送了一封邮件。打开其中的链接即可开始接收最新消息。
updates-error-offline = 无法设置最新消息：没有网络连接。请确认已联网后重试。
updates-error-unknown = 市政府的系统已不再有此请求，因此无法发送最新消息。
updates-error-busy = 市政府的系统繁忙。请一分钟后重试。
updates-error-refused = 市政府的系统未接受。请检查电子邮件地址，或改用另一种方式。
updates-error-failed = 设置最新消息时出错。请稍后再试。
updates-on-push = 此请求有变化时，您会收到浏览器通知。
updates-on-email = 此请求有变化时，您会收到电子邮件（确认地址后）。
updates-on-both = 此请求有变化时，您会收到浏览器通知和电子邮件。
updates-stop = 停止接收最新消息
updates-stopped = 此请求的最新消息已停止。
updates-stop-failed = 暂时无法停止最新消息：市政府的系统没有回应。请重试。
