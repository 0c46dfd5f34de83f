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
