## 通知程序（frontdesk-server --notify）发给要求在请求变化时得到通知的居民的消息。
## 翻译指南：locales/README.md

notify-title = 请求 { $id } 有变化
notify-body-status = 状态：{ $status }
notify-body-note = 市政府的备注：{ $note }
notify-body-expected = 预计完成日期：{ $date }
notify-body-closed = 此请求已结案。您将不会再收到关于它的消息。
notify-email-open = 查看请求：
notify-email-stop = 如不想再收到这些邮件，请打开此链接：

notify-confirm-subject = 请确认接收关于请求 { $id } 的邮件
notify-confirm-body = 有人（希望是您）要求在请求 { $id } 每次变化时收到邮件。如要接收，请打开此链接：
notify-confirm-ignore = 如果不是您本人，请忽略此邮件：不会再向此地址发送任何内容。

notify-page-confirmed = 已完成。请求 { $id } 有变化时，您会收到邮件。
notify-page-stopped = 已完成。您将不会再收到关于请求 { $id } 的消息。
notify-page-unknown = 此链接已失效：它所涉及的消息已经停止。
notify-page-back = 查看请求
