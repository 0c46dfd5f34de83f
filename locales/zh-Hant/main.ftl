# Frontdesk 繁體中文（香港）介面。翻譯指引：locales/README.md

## 頁面框架

document-title = { $page } – { $city }
document-title-error = 錯誤：{ $page } – { $city }
shell-name = 市政服務
skip-link = 跳至主要內容
shell-loading = 正在載入…
shell-noscript = 本服務需要使用 JavaScript，但你的瀏覽器已關閉或不支援 JavaScript。
shell-noscript-call = 如要在不使用 JavaScript 的情況下報告問題或申請市政服務，請致電 { $phone }。
footer-nav-label = 關於本服務
footer-accessibility = 無障礙聲明
language-nav-label = 語言
nav-my-requests = 我的個案

## 協助（每頁同一位置）

help-heading = 需要協助？
help-call = 請致電
help-from-outside = 如在市外，請致電
help-hours = 服務時間：{ $hours }。
help-counter = 你亦可親臨服務櫃檯：{ $address }。

## 首頁：服務目錄

catalogue-title = 市政服務
catalogue-lead = 用手提電話，以你的語言報告問題、申請市政服務，並跟進處理情況。
catalogue-loading = 正在載入服務列表…
catalogue-search-label = 搜尋服務
catalogue-search-hint = 例如：路面坑洞、樹木、泊車告票。
catalogue-search-button = 搜尋
catalogue-results-heading = 搜尋結果
catalogue-results-count =
    { $count ->
       *[other] 有 { $count } 項服務符合「{ $query }」。
    }
catalogue-no-results = 沒有服務符合「{ $query }」。
catalogue-no-results-call = 請致電 { $phone }，我們會協助你找到合適的服務。
catalogue-no-results-browse = 你亦可在下方按類別瀏覽服務。
catalogue-clear-search = 顯示所有服務
catalogue-topics-heading = 按類別瀏覽服務
catalogue-other-services = 其他服務
catalogue-stale = 未能連接市政府的伺服器，因此這裏顯示的是 { $date } 儲存在本裝置上的列表，內容可能已經過時。
catalogue-empty = 市政府現時不接受網上申請。如要報告問題或申請服務，請致電 { $phone }。
catalogue-services-error-heading = 未能載入網上申請表格
catalogue-services-error-rest = 下方仍然列出可以透過電話、親身或在其他市政網站辦理的服務。
catalogue-retry = 再試一次

## 服務的辦理方式（在列表中服務名稱下方）

channel-request = 網上表格
channel-online = 在另一個市政網站辦理（會離開本網站）
channel-phone = 電話辦理：請致電 { $phone }
channel-hours = 服務時間：{ $hours }。
channel-counter = 親身辦理：{ $address }

## 市政府的伺服器未能正常回應時（所有與伺服器連接的頁面）

error-offline = 你似乎已經離線。請檢查網絡連線，然後再試一次。
error-unreachable = 市政府的伺服器沒有回應，可能暫時停止運作。請過幾分鐘再試。
error-timeout = 市政府的伺服器回應時間太長。請再試一次：網絡較慢時，再試一次通常會成功。
error-server = 市政府的伺服器出現問題（錯誤 { $status }）。請過幾分鐘再試。
error-refused = 市政府的伺服器拒絕了這個要求（錯誤 { $status }）。
error-not-found = 市政府的伺服器找不到這項內容（錯誤 404）。
error-server-said = 伺服器的回覆：
error-malformed = 市政府的伺服器傳來的回覆，本服務無法讀取。請稍後再試，或致電 { $phone }。

## 服務頁面

service-loading = 正在載入服務…
service-back = 所有市政服務
service-not-found-title = 找不到服務
service-not-found = 沒有編號為「{ $code }」的服務。這項服務可能已經改名或停止提供。
service-asks-heading = 你需要提供的資料
service-asks-location = 地點：地址、你現時的位置，或兩者都提供。
service-asks-description = 問題是甚麼，用你自己的說話描述。
service-asks-questions = 有關問題的幾條提問：
service-asks-photos = 相片，如有的話（可選填）。
service-asks-contact = 你的姓名和聯絡方法（可選填）。
service-questions-loading = 正在載入提問…
service-questions-error = 現時未能載入提問。你仍然可以開始填寫，表格會再嘗試載入。
service-required = （必須填寫）
service-notice-heading = 請注意
service-promise-heading = 提交之後
service-promise-realtime = 你會即時收到參考編號，用來跟進你的個案。
service-promise-batch = 市政府的系統會分批處理這類個案，所以你可能要等一段時間才收到參考編號。本服務會持續為你查詢。
service-promise-blackbox = 這類個案無法追蹤：市政府不會提供參考編號或最新進展。
service-start = 開始填寫

## 申請表格（每個步驟）

request-step-count = 第 { $current } 步，共 { $total } 步
request-back = 返回
request-continue = 繼續
request-saved = 你輸入的內容會隨時儲存在本裝置上。
request-discard = 刪除這份草稿
request-discard-confirm = 要刪除你為這宗個案輸入的所有內容嗎？刪除後無法復原。
request-discard-yes = 是，刪除
request-discard-no = 否，保留
request-discarded = 你的草稿已經刪除。
request-service-unavailable = 這項服務現時不接受網上申請。
error-summary-title = 出現問題
field-error-prefix = 錯誤：

## 步驟：地點

request-location-title = 問題在哪裏？
request-location-lead = 請輸入地址、使用你現時的位置，或兩者都提供。
request-location-lead-map = 請輸入地址、使用你現時的位置，或在地圖上放置圖釘。只需其中一項便可。
request-address-label = 地址或地點
request-address-hint = 例如：300 City Centre Drive，或 Hurontario Street 與 Burnhamthorpe Road 交界。
request-use-location = 使用我現時的位置
request-locating = 正在尋找你的位置…
request-located = 你的位置：{ $lat }, { $long }（準確度約 { $accuracy } 米）。
request-location-remove = 移除我的位置
request-geo-denied = 本網站未獲准使用你的位置。你可以在瀏覽器的設定中允許，或改為輸入地址。
request-geo-unavailable = 未能找到你的位置。請稍後再試，或改為輸入地址。
request-geo-timeout = 尋找你的位置用了太長時間。請再試一次，或改為輸入地址。
request-geo-unsupported = 這個瀏覽器無法分享你的位置。請改為輸入地址。

## 步驟：問題

request-details-title = 告訴我們問題的情況
request-description-label = 描述問題
request-description-hint = 出了甚麼問題，以及任何有助工作人員找到問題所在的資料。
request-description-left =
    { $count ->
       *[other] 你還可以輸入 { $count } 個字
    }
request-description-over =
    { $count ->
       *[other] 你多輸入了 { $count } 個字
    }
request-definition-error = 未能載入市政府為這項服務設定的附加提問。你仍然可以只附上描述提交個案。
request-choose = 請選擇一項

## 步驟：相片

request-photos-title = 相片
request-photos-lead = 相片有助工作人員找到並處理問題。相片可選擇不提供。
request-photos-limit =
    { $max ->
       *[other] 你最多可以加入 { $max } 張相片。
    }
request-photos-privacy = 相片在傳送前會先在你的手提電話上縮小，並刪除相片內的位置和相機資料。
request-photos-add = 加入相片
request-photos-add-hint = 用相機拍攝相片，或選擇一張已有的相片。
request-photos-preparing = 正在處理你的相片…
request-photos-added = 已加入相片。
request-photos-photo = 相片 { $number }
request-photos-remove = 移除相片 { $number }
request-photos-removed = 已移除相片。
request-photos-full = 你加入的相片已達這宗個案的上限。
request-photos-not-image = 這個檔案不是本服務可以使用的相片。請選擇 JPEG、PNG 或類似格式的圖片。
request-photos-failed = 未能處理這張相片。請試試另一張。
request-photos-storage = 本裝置已沒有空間儲存這張相片。請騰出一些空間，或不附相片提交個案。

## 步驟：關於你

request-about-title = 關於你
request-about-lead = 以下各項都可選擇不填。填寫後，市政府便可以就這宗個案聯絡你。
request-first-name = 名字
request-last-name = 姓氏
request-name-why = 讓市政府知道應該找誰。
request-email = 電郵地址
request-email-why = 用來向你發送這宗個案的最新消息。
request-phone = 電話號碼
request-phone-why = 以便工作人員有需要時向你查詢。
request-remember = 在本裝置上記住我的資料
request-remember-hint = 只應在你自己的手提電話或電腦上剔選這一項。取消剔選便會刪除這些資料。

## 步驟：核對你的答案

request-check-title = 提交前請核對你的答案
request-check-location = 地點
request-check-description = 描述
request-check-contact = 你的資料
request-check-photos = 相片
request-check-photo-count =
    { $count ->
       *[other] { $count } 張相片
    }
request-check-not-given = 沒有提供
request-check-yes = 是
request-check-change = 更改
request-send = 提交個案
request-sending = 正在提交你的個案…
request-refused-next = 請核對你的答案，然後再試一次。如果仍然不成功，請致電 { $phone }。

## 答案的問題

problem-no-location = 請輸入地址或使用你現時的位置。
problem-required = 請回答「{ $question }」。
problem-not-a-number = 「{ $question }」的答案必須是數字，例如 3 或 2.5。
problem-not-a-datetime = 「{ $question }」的答案必須是日期和時間。
problem-not-a-date = 「{ $question }」的答案必須是日期。
problem-unknown-choice = 請為「{ $question }」選擇其中一個選項。
problem-too-long = 描述不可超過 { $limit } 個字。
problem-bad-email = 請輸入電郵地址，例如 name@example.com。
problem-bad-phone = 請輸入最少 7 位數字的電話號碼，例如 905 615 4311。

## 提交之後

sent-title = 個案已提交
sent-reference = 你的參考編號
sent-reference-pending = 你的參考編號稍後便會送到
sent-reference-pending-detail = 市政府會在稍後為這類個案編配編號。收到後，編號會在這裏和「我的個案」中顯示。
sent-untracked = 這項服務無法追蹤，所以沒有參考編號。市政府已收到你的個案。
sent-next-heading = 接下來會怎樣
sent-next = 市政府會審閱你的個案，並轉交負責的小組處理。
sent-another = 提交另一宗個案
sent-storage-warning = 本裝置未能保存這宗個案的紀錄。請把參考編號抄下來。
sent-waiting-title = 等待傳送
sent-waiting = 你現時處於離線狀態。你的個案已保存在本裝置上，網絡連線恢復後會自動傳送。你可以關閉這個頁面。
sent-busy = 市政府的系統現時很繁忙。你的個案已保存在本裝置上，會在 { $time } 之後自動再次傳送（在本服務仍然開啟時，或在你下次開啟本服務時）。
sent-sending-title = 正在提交你的個案…
sent-uploading = 正在上載你的相片
sent-unconfirmed-title = 我們未能確認你的個案是否已送達
sent-unconfirmed = 傳送期間連線中斷，而且未能向市政府的伺服器查詢你的個案是否已送達。為免重複提交，除非你選擇再次傳送，否則個案不會再次傳送。
sent-check-again = 再查詢一次
sent-send-again = 再次傳送
sent-refused-title = 市政府的伺服器不接受這宗個案
sent-not-found-title = 找不到個案
sent-not-found = 本裝置沒有這宗個案的紀錄。紀錄可能已被刪除。

## 我的個案：從本裝置提交的個案

my-requests-title = 我的個案
my-requests-lead = 從本裝置提交的個案。這個列表只保存在本裝置上。
my-requests-empty = 你還沒有從本裝置提交任何個案。
my-requests-refresh = 查看最新進展
my-requests-refreshing = 正在查看最新進展…
my-requests-refreshed = 所有狀態已是最新。
my-requests-sent-on = 於 { $date } 提交
my-requests-last-update = 最後更新：{ $date }
my-requests-updated = 有更新
my-requests-waiting = 等待傳送
my-requests-unconfirmed = 未確認
my-requests-refused = 不獲接受
my-requests-reference-pending = 參考編號稍後送到
my-requests-forget = 從本裝置刪除這宗個案
my-requests-forget-all = 刪除本裝置上的所有個案
my-requests-forget-all-confirm = 要刪除本裝置上的所有個案嗎？市政府仍會保留這些個案，只是這個列表會被清除。
my-requests-forget-yes = 是，刪除
my-requests-forget-no = 否，保留
my-requests-forgotten = 已從本裝置刪除這宗個案。
my-requests-all-forgotten = 已從本裝置刪除所有個案。
lookup-heading = 用參考編號查找個案
lookup-label = 參考編號
lookup-hint = 參考編號顯示在確認頁面上，亦會在市政府就你的個案發出的電郵中。
lookup-button = 查找個案
lookup-empty = 請輸入參考編號。
lookup-offer = 追蹤個案 { $id }

## 個案頁面

track-title = 個案 { $id }
track-loading = 正在載入個案…
track-not-found-title = 找不到個案
track-not-found = 市政府沒有參考編號為「{ $id }」的個案。請檢查編號：編號顯示在你的確認頁面上，或在市政府發出的電郵中。
track-not-found-call = 如果仍然找不到，請致電 { $phone }。
track-status = 狀態
track-service = 服務
track-notes = 市政府的備註
track-agency = 負責部門
track-requested = 提交日期
track-updated = 最後更新
track-expected = 預計完成日期
track-overdue = 已逾期：市政府原本預計在 { $date } 前完成。
track-location = 地點
track-description = 描述
track-photo = 隨個案提交的相片
track-timeline = 處理經過
track-seen-on = 在本裝置上看到
track-token-late = 你的個案仍在處理中。請稍後再查看：市政府編配參考編號後，編號會在「我的個案」中顯示。
track-follow = 追蹤這宗個案
track-refresh = 查看最新進展

## 狀態的文字說明

status-word-open = 已收到
status-word-closed = 已結案
status-word-in_progress = 處理中
status-word-action_scheduled = 已安排工程
status-word-investigating = 調查中
status-word-for_triage = 評估中
status-word-internal_referral = 已轉交其他小組
status-word-reopened = 已重新處理
status-word-fixed = 已修妥
status-word-duplicate = 已結案：已有人報告
status-word-not_councils_responsibility = 已結案：不屬市政府負責範圍
status-word-no_further_action = 已結案：無需再跟進
status-word-cancelled = 已取消

## 找不到頁面

not-found-title = 找不到頁面
not-found-typed = 如果網址是你自己輸入的，請檢查是否正確。
not-found-link = 如果你是經連結來到這裏，連結可能已經過時。
not-found-home = 前往市政服務列表
not-found-call = 你亦可以致電 { $phone } 申請服務。

## 無障礙聲明

accessibility-title = 無障礙聲明
a11y-intro = { $city }希望每個人都能使用本服務：無論是用手提電話或電腦、放大畫面、只用鍵盤、使用屏幕閱讀器、語音控制或其他輔助技術，以及用你自己的語言。
a11y-standard-heading = 我們的目標標準
a11y-standard = 本服務的目標是符合《無障礙網頁內容指引》(WCAG) { $version } 版 { $level } 級別。
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = 本服務完全符合這個標準。
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = 本服務部分符合這個標準：未符合的部分，以及仍未經人手確認的部分，列於下方。
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = 我們最近一次全面檢查於 { $date } 完成，範圍包括每一個頁面及其各種狀態、{ $languages } 種語言，以及手提電話大小和桌面電腦大小的屏幕。{ $failed ->
    [0] 在 { $scans } 次頁面檢查中，全部都沒有發現問題。
   *[other] 在 { $scans } 次頁面檢查中，有 { $failed } 次發現問題。
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = 本聲明的其餘內容仍然有效；你亦可致電我們，了解最近一次檢查的結果。
a11y-testing-heading = 我們如何測試
a11y-testing-automated = 每次服務有改動時，都會用 axe-core 按照 WCAG 2.2 A 級和 AA 級自動檢查每一個頁面，並分別在手提電話大小和桌面電腦大小的屏幕上進行。
a11y-testing-keyboard = 自動測試亦會只用鍵盤使用本服務：包括跳至主要內容的連結、頁面之間的切換，以及焦點所在的位置。
a11y-testing-languages = 頁面亦會在由右至左書寫的語言中測試，以及在一種自動產生的虛擬語言中測試，以找出任何未翻譯的文字。
a11y-gaps-heading = 我們知道仍未做好的地方
a11y-gaps-intro = 自動檢查只能找出部分問題。我們知道以下問題：
a11y-not-conforming-intro = 以下部分仍未符合這個標準：
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = WCAG 成功準則 { $criterion }：{ $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
   *[other] 以下 { $count } 項成功準則仍須由人手檢查，因為自動測試未能全面判斷這些準則：{ $criteria }。
}
a11y-gap-screen-readers = 本服務仍未經使用屏幕閱讀器和語音控制的人士測試。
a11y-gap-server-text = 服務的名稱和說明來自市政府的系統，可能沒有翻譯成你的語言。
a11y-report-heading = 報告本服務的問題
a11y-report = 如果本網站有任何部分你無法使用，請致電 { $phone }，告訴我們你當時在做甚麼，以及出了甚麼問題。我們會協助你用電話提交個案，並修正問題。
a11y-other-format-heading = 以其他方式獲取這些資訊
a11y-other-format = 如果你無法使用本網站，或需要以其他形式取得網站內容（大字版、讀出內容、易讀版或其他語言），請致電 { $phone }，我們會協助你。
# $counter is the city's service counter (its address).
a11y-other-format-counter = 你亦可親臨 { $counter }。

## 本服務無法讀取設定（config.json）時

config-problem-title = 本服務現時未能使用
config-problem-resident = 請過幾分鐘再試。如果仍然未能使用，請致電市政府。
config-problem-retry = 再試一次
config-problem-detail-heading = 供網站管理員參考
config-error-unreachable = 未能載入設定檔 config.json：伺服器沒有回應。
config-error-timeout = 未能載入設定檔 config.json：伺服器未能及時回應。
config-error-status = 未能載入設定檔 config.json：伺服器回應的狀態為 { $status }。
config-error-syntax = 設定檔 config.json 不是有效的 JSON：請查看第 { $line } 行第 { $column } 欄。
config-error-missing = 設定檔 config.json 沒有「{ $key }」的值。
config-error-invalid = 設定檔 config.json 中「{ $key }」的值無法使用。

## 首次需要時才下載的頁面（src/pieces.rs）
piece-loading = 正在載入頁面…
piece-failed-title = 未能載入這個頁面
piece-failed = 本服務有部分內容未能下載。請檢查網絡連線，然後再試一次。你輸入的所有內容都已保存在本裝置上。
piece-failed-phone = 你亦可以致電 { $phone }。

## 地點步驟中的地圖（src/map）
map-role = 地圖
map-label = 地圖：把圖釘放在問題所在的位置
map-keys = 輕按地圖即可在該處放置圖釘，或使用地圖下方的按鈕。當地圖處於焦點時，方向鍵可以移動圖釘（同時按 Shift 可移動更遠），+ 和 − 可以放大和縮小。
map-loading = 正在載入地圖…
map-piece-failed = 未能載入地圖。你仍然可以輸入地址或使用你的位置。
map-tiles-failed = 地圖有部分未能載入。你仍然可以放置圖釘、輸入地址或使用你的位置。
map-zoom-group = 縮放
map-zoom-in = 放大
map-zoom-out = 縮小
map-move-group = 移動圖釘
map-move-north = 把圖釘向北移
map-move-south = 把圖釘向南移
map-move-east = 把圖釘向東移
map-move-west = 把圖釘向西移
map-zoom-level = 縮放級別 { $level }，最高 { $max } 級。
map-pin-from-start = 圖釘位於地圖開啟時位置的{ $direction ->
    [north] 北面
    [north-east] 東北面
    [east] 東面
    [south-east] 東南面
    [south] 南面
    [south-west] 西南面
    [west] 西面
   *[north-west] 西北面
  }約 { $metres } 米。
map-pin-from-device = 圖釘位於你所在位置的{ $direction ->
    [north] 北面
    [north-east] 東北面
    [east] 東面
    [south-east] 東南面
    [south] 南面
    [south-west] 西南面
    [west] 西面
   *[north-west] 西北面
  }約 { $metres } 米。
map-pin-at-start = 圖釘位於地圖開啟時的位置。
map-pin-at-device = 圖釘位於你所在的位置。
map-pin-near = 圖釘在 { $address } 附近。
map-outside = 該地點在{ $city }範圍以外。請把圖釘放在市內，或致電 { $phone }。
map-find = 在地圖上顯示地址
map-finding = 正在尋找地址…
map-find-empty = 請先輸入地址，然後在地圖上顯示。
map-find-none = { $city }沒有地點符合這個地址。請改為在地圖上放置圖釘。
map-find-failed = 現時未能查找這個地址。請改為在地圖上放置圖釘。
map-found = 已找到 { $address }。圖釘已放在該處。
map-suggestion = 最接近的地址：{ $address }
map-suggestion-use = 使用這個地址
map-suggestion-used = 已填入地址：{ $address }。
request-pinned = 地圖上的圖釘：{ $lat }, { $long }。
request-pin-remove = 移除圖釘

## 附近已有人報告（src/map/nearby.rs）
nearby-heading = 附近已有人報告
nearby-lead = { $count ->
   *[other] 在你的圖釘 150 米範圍內，有 { $count } 宗同一服務、仍未結案的個案
  }。如果其中一宗就是你要報告的問題，你可以改為追蹤該宗個案，無需再次報告。
nearby-distance = 相距 { $metres } 米
nearby-age = { $days ->
    [0] 今日報告
    [1] 昨日報告
   *[other] { $days } 日前報告
  }
nearby-follow = 改為追蹤這宗個案
nearby-follow-confirm = 要追蹤個案 { $id }，而不提交你的個案嗎？你在這份表格中的答案和相片將會刪除，亦不會傳送任何內容。
nearby-follow-yes = 是，追蹤這宗個案
nearby-follow-no = 否，保留我的個案
nearby-different = 我的問題不同：繼續
nearby-followed = 你正在追蹤個案 { $id }。沒有傳送任何內容。
nearby-announced = { $count ->
   *[other] 你的圖釘附近已有 { $count } 宗同一服務、仍未結案的個案
  }，已在地圖下方列出。
nearby-failed = 現時未能查看附近已報告的個案。
my-requests-following-since = 由 { $date } 起追蹤

## 個案的最新消息：瀏覽器通知和電郵（src/notify）
updates-heading = 這宗個案的最新消息
updates-offer = 有變化時通知我
updates-wait-id = 市政府為這宗個案編配參考編號後，你便可以要求接收最新消息。屆時這個頁面會提供這個選項。
updates-loading = 正在查看市政府可以發送哪些消息…
updates-unavailable = 現時未能設定最新消息。你仍然可以回到這個頁面查看個案的進展。
updates-push = 向這個瀏覽器發送通知
updates-push-hint = 你的瀏覽器會詢問是否允許本網站顯示通知。個案每次有變化時，你都會收到一個通知。
updates-push-on = 完成。這宗個案每次有變化時，這個瀏覽器都會顯示通知。
updates-push-blocked = 你的瀏覽器設定已封鎖本網站的通知。如要接收通知，請在瀏覽器設定中允許本網站的通知，然後回到這裏。
updates-push-install-first = 在 iPhone 或 iPad 上，只有從主畫面開啟才可以接收通知：請輕按「分享」，再輕按「加至主畫面」，然後從主畫面開啟，再回到這宗個案。
updates-push-unsupported = 這個瀏覽器無法顯示網站的通知。你可以改為以電郵接收，或回到這個頁面查看。
updates-push-not-allowed = 你沒有允許通知，所以不會發送任何通知。你可以在瀏覽器的網站設定中重新選擇。
updates-push-failed = 這個瀏覽器未能設定通知。請稍後再試，或改為以電郵接收。
updates-email-label = 電郵地址
updates-email-hint = 我們會先發送一封電郵確認地址。每封電郵都附有停止接收的連結。
updates-email-send = 有變化時以電郵通知我
updates-email-invalid = 請輸入電郵地址，例如 name@example.com
updates-email-sent = 我們已向 { $email } 發送電郵。請開啟電郵中的連結，開始接收最新消息。
updates-error-offline = 未能設定最新消息：沒有網絡連線。請確定你已連接網絡，然後再試一次。
updates-error-unknown = 市政府的系統已再沒有這宗個案的紀錄，所以無法發送最新消息。
updates-error-busy = 市政府的系統現時很繁忙。請過一分鐘再試。
updates-error-refused = 市政府的系統不接受這個要求。請檢查電郵地址，或改用另一種方式。
updates-error-failed = 設定最新消息時出現問題。請稍後再試。
updates-on-push = 這宗個案有變化時，你會收到瀏覽器通知。
updates-on-email = 這宗個案有變化時，你會收到電郵（確認地址後）。
updates-on-both = 這宗個案有變化時，你會收到瀏覽器通知和電郵。
updates-stop = 停止接收最新消息
updates-stopped = 已停止接收這宗個案的最新消息。
updates-stop-failed = 現時未能停止最新消息：市政府的系統沒有回應。請再試一次。
