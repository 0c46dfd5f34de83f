# Frontdesk 简体中文界面。译者指南：locales/README.md

## 页面框架

document-title = { $page } – { $city }
shell-name = 市政服务
skip-link = 跳到主要内容
footer-nav-label = 关于本服务
footer-accessibility = 无障碍声明
language-nav-label = 语言

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
a11y-standard = 本服务力求符合《Web 内容无障碍指南》(WCAG) 2.2 版 AA 级。
a11y-testing-heading = 我们如何检验
a11y-testing-automated = 每次服务更新时，都会用 axe-core 按 WCAG 2.2 A 级和 AA 级自动检查每个页面，分别在手机尺寸和电脑尺寸的屏幕上进行。
a11y-testing-keyboard = 自动化测试还会仅用键盘使用本服务：跳转链接、页面之间的切换以及焦点的位置。
a11y-testing-languages = 页面还会在从右向左书写的语言中进行测试，并在一种自动生成的伪语言中测试，以发现任何未翻译的文字。
a11y-gaps-heading = 我们已知尚未做好的地方
a11y-gaps-intro = 自动检查只能发现部分问题。我们已知以下问题：
a11y-gap-screen-readers = 本服务尚未由使用读屏软件或语音控制的用户进行测试。
a11y-gap-server-text = 服务名称和说明来自市政系统，可能没有翻译成您的语言。
a11y-report-heading = 报告本服务的问题
a11y-report = 如果本网站有任何功能您无法使用，请致电 { $phone }，告诉我们您当时在做什么以及出了什么问题。我们会帮您通过电话提交申请，并修复该问题。

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
