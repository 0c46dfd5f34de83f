## 通知程式（frontdesk-server --notify）發給要求在個案有變化時收到通知的居民的訊息：
## 瀏覽器通知、電郵，以及電郵連結開啟的簡短頁面。
## 應用程式不會顯示這些訊息；當中的狀態文字來自 main.ftl（status-word-...）。
## $id 是個案的參考編號，$status 是文字形式的狀態，$note 是市政府的備註
## （按市政府原文），$date 是以 2026-12-10 格式書寫的日期。

notify-title = 個案 { $id } 有變化
notify-body-status = 狀態：{ $status }
notify-body-note = 市政府的備註：{ $note }
notify-body-expected = 預計完成日期：{ $date }
notify-body-closed = 這宗個案已結案。你不會再收到有關這宗個案的訊息。
notify-email-open = 查看個案：
notify-email-stop = 如不想再收到這些電郵，請開啟這個連結：

notify-confirm-subject = 請確認接收有關個案 { $id } 的電郵
notify-confirm-body = 有人（希望是你）要求在個案 { $id } 每次有變化時收到電郵。如要接收，請開啟這個連結：
notify-confirm-ignore = 如果不是你本人提出，請不用理會這封電郵：我們不會再向這個地址發送任何內容。

notify-page-confirmed = 完成。個案 { $id } 有變化時，你會收到電郵。
notify-page-stopped = 完成。你不會再收到有關個案 { $id } 的訊息。
notify-page-unknown = 這個連結已經失效：有關的訊息已經停止發送。
notify-page-back = 前往個案
