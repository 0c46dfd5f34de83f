# Frontdesk, giao diện bằng tiếng Việt. Hướng dẫn cho người dịch: locales/README.md

## Khung trang

document-title = { $page } – { $city }
document-title-error = Lỗi: { $page } – { $city }
shell-name = Dịch vụ thành phố
skip-link = Chuyển đến nội dung chính
shell-loading = Đang tải…
shell-noscript = Dịch vụ này cần JavaScript, nhưng JavaScript đang bị tắt hoặc không có trong trình duyệt của quý vị.
shell-noscript-call = Để báo cáo sự cố hoặc yêu cầu dịch vụ của thành phố mà không cần JavaScript, hãy gọi { $phone }.
footer-nav-label = Về dịch vụ này
footer-accessibility = Tuyên bố về khả năng tiếp cận
language-nav-label = Ngôn ngữ
nav-my-requests = Yêu cầu của tôi

## Trợ giúp, ở cùng một chỗ trên mọi trang

help-heading = Cần trợ giúp?
help-call = Hãy gọi
help-from-outside = Nếu ở ngoài thành phố, hãy gọi
help-hours = Giờ phục vụ: { $hours }.
help-counter = Hoặc đến quầy dịch vụ tại { $address }.

## Trang chủ: danh mục dịch vụ

catalogue-title = Dịch vụ thành phố
catalogue-lead = Báo cáo sự cố, yêu cầu dịch vụ của thành phố và theo dõi kết quả ngay trên điện thoại, bằng ngôn ngữ của quý vị.
catalogue-loading = Đang tải danh sách dịch vụ…
catalogue-search-label = Tìm dịch vụ
catalogue-search-hint = Ví dụ: ổ gà, cây, vé phạt đỗ xe.
catalogue-search-button = Tìm kiếm
catalogue-results-heading = Kết quả tìm kiếm
catalogue-results-count = Có { $count } dịch vụ phù hợp với “{ $query }”.
catalogue-no-results = Không có dịch vụ nào phù hợp với “{ $query }”.
catalogue-no-results-call = Hãy gọi { $phone }, chúng tôi sẽ giúp quý vị tìm đúng dịch vụ.
catalogue-no-results-browse = Hoặc xem các dịch vụ theo chủ đề ở bên dưới.
catalogue-clear-search = Hiện tất cả dịch vụ
catalogue-topics-heading = Dịch vụ theo chủ đề
catalogue-other-services = Dịch vụ khác
catalogue-stale = Không kết nối được với máy chủ của thành phố, vì vậy đây là danh sách đã lưu trên thiết bị này vào { $date }. Danh sách này có thể đã cũ.
catalogue-empty = Hiện thành phố không nhận yêu cầu trực tuyến. Hãy gọi { $phone } để báo cáo sự cố hoặc yêu cầu dịch vụ.
catalogue-services-error-heading = Không tải được các mẫu đơn yêu cầu trực tuyến
catalogue-services-error-rest = Những dịch vụ thực hiện qua điện thoại, trực tiếp hoặc trên các trang web khác của thành phố vẫn được liệt kê ở bên dưới.
catalogue-retry = Thử lại

## Cách thực hiện một dịch vụ, ghi dưới tên dịch vụ trong danh sách

channel-request = Mẫu đơn trực tuyến
channel-online = Trên một trang web khác của thành phố (rời khỏi trang này)
channel-phone = Qua điện thoại: gọi { $phone }
channel-hours = Giờ phục vụ: { $hours }.
channel-counter = Trực tiếp: { $address }

## Khi máy chủ của thành phố không trả lời như bình thường (mọi trang có liên lạc với máy chủ)

error-offline = Có vẻ quý vị đang không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.
error-unreachable = Máy chủ của thành phố không trả lời. Có thể máy chủ đang tạm ngừng hoạt động: hãy thử lại sau vài phút.
error-timeout = Máy chủ của thành phố trả lời quá chậm. Hãy thử lại: khi mạng chậm, thử lần thứ hai thường sẽ được.
error-server = Máy chủ của thành phố gặp sự cố (lỗi { $status }). Hãy thử lại sau vài phút.
error-refused = Máy chủ của thành phố đã từ chối yêu cầu (lỗi { $status }).
error-not-found = Máy chủ của thành phố không có thông tin này (lỗi 404).
error-server-said = Máy chủ cho biết:
error-malformed = Máy chủ của thành phố gửi một phản hồi mà dịch vụ này không đọc được. Hãy thử lại sau, hoặc gọi { $phone }.

## Trang của một dịch vụ

service-loading = Đang tải dịch vụ…
service-back = Tất cả dịch vụ thành phố
service-not-found-title = Không tìm thấy dịch vụ
service-not-found = Không có dịch vụ nào có mã “{ $code }”. Có thể dịch vụ này đã được đổi tên hoặc đã ngừng.
service-asks-heading = Những gì quý vị sẽ được hỏi
service-asks-location = Sự cố ở đâu: một địa chỉ, vị trí hiện tại của quý vị, hoặc cả hai.
service-asks-description = Sự cố là gì, mô tả theo cách của quý vị.
service-asks-questions = Một số câu hỏi về sự cố:
service-asks-photos = Ảnh, nếu quý vị có (không bắt buộc).
service-asks-contact = Tên của quý vị và cách liên lạc với quý vị (không bắt buộc).
service-questions-loading = Đang tải các câu hỏi…
service-questions-error = Hiện không tải được các câu hỏi. Quý vị vẫn có thể bắt đầu: mẫu đơn sẽ thử tải lại.
service-required = (bắt buộc)
service-notice-heading = Xin lưu ý
service-promise-heading = Sau khi quý vị gửi
service-promise-realtime = Quý vị sẽ nhận được số tham chiếu ngay lập tức để theo dõi yêu cầu của mình.
service-promise-batch = Hệ thống của thành phố xử lý các yêu cầu này theo từng đợt, nên có thể phải chờ một lúc mới có số tham chiếu. Dịch vụ này sẽ tiếp tục kiểm tra để lấy số đó cho quý vị.
service-promise-blackbox = Không thể theo dõi yêu cầu này: thành phố không cấp số tham chiếu và không gửi cập nhật cho loại yêu cầu này.
service-start = Bắt đầu gửi yêu cầu

## Mẫu đơn yêu cầu, ở mọi bước

request-step-count = Bước { $current } trên { $total }
request-back = Quay lại
request-continue = Tiếp tục
request-saved = Những gì quý vị nhập được tự động lưu trên thiết bị này.
request-discard = Hủy bản nháp này
request-discard-confirm = Xóa mọi thông tin quý vị đã nhập cho yêu cầu này? Sau khi xóa sẽ không thể khôi phục.
request-discard-yes = Có, xóa đi
request-discard-no = Không, giữ lại
request-discarded = Bản nháp của quý vị đã được xóa.
request-service-unavailable = Hiện dịch vụ này không nhận yêu cầu trực tuyến.
error-summary-title = Có vấn đề cần sửa
field-error-prefix = Lỗi:

## Bước: ở đâu

request-location-title = Sự cố ở đâu?
request-location-lead = Nhập địa chỉ, dùng vị trí hiện tại của quý vị, hoặc cả hai.
request-location-lead-map = Nhập địa chỉ, dùng vị trí hiện tại của quý vị, hoặc đặt ghim trên bản đồ. Chỉ cần một trong các cách này là đủ.
request-address-label = Địa chỉ hoặc địa điểm
request-address-hint = Ví dụ: 300 City Centre Drive, hoặc góc đường Hurontario Street và Burnhamthorpe Road.
request-use-location = Dùng vị trí hiện tại của tôi
request-locating = Đang tìm vị trí của quý vị…
request-located = Vị trí của quý vị: { $lat }, { $long } (sai số khoảng { $accuracy } m).
request-location-remove = Xóa vị trí của tôi
request-geo-denied = Trang này không được phép dùng vị trí của quý vị. Quý vị có thể cho phép trong phần cài đặt của trình duyệt, hoặc nhập địa chỉ.
request-geo-unavailable = Không tìm được vị trí của quý vị. Hãy thử lại sau giây lát, hoặc nhập địa chỉ.
request-geo-timeout = Việc tìm vị trí của quý vị mất quá nhiều thời gian. Hãy thử lại, hoặc nhập địa chỉ.
request-geo-unsupported = Trình duyệt này không chia sẻ được vị trí của quý vị. Hãy nhập địa chỉ.

## Bước: sự cố

request-details-title = Cho chúng tôi biết về sự cố
request-description-label = Mô tả sự cố
request-description-hint = Điều gì không ổn, và bất cứ điều gì giúp đội công nhân tìm ra chỗ đó.
request-description-left = Quý vị còn { $count } ký tự
request-description-over = Quý vị đã viết thừa { $count } ký tự
request-definition-error = Không tải được các câu hỏi bổ sung của thành phố cho dịch vụ này. Quý vị vẫn có thể gửi yêu cầu kèm phần mô tả.
request-choose = Chọn một mục

## Bước: ảnh

request-photos-title = Ảnh
request-photos-lead = Ảnh giúp đội công nhân tìm và khắc phục sự cố. Ảnh là không bắt buộc.
request-photos-limit = Quý vị có thể thêm tối đa { $max } ảnh.
request-photos-privacy = Ảnh được thu nhỏ trên điện thoại của quý vị trước khi gửi, và thông tin vị trí cũng như thông tin máy ảnh lưu trong ảnh sẽ được xóa.
request-photos-add = Thêm ảnh
request-photos-add-hint = Chụp ảnh bằng máy ảnh hoặc chọn một ảnh quý vị đã có.
request-photos-preparing = Đang chuẩn bị ảnh…
request-photos-added = Đã thêm ảnh.
request-photos-photo = Ảnh { $number }
request-photos-remove = Xóa ảnh { $number }
request-photos-removed = Đã xóa ảnh.
request-photos-full = Quý vị đã thêm đủ số ảnh tối đa cho yêu cầu này.
request-photos-not-image = Tệp này không phải là ảnh mà dịch vụ này dùng được. Hãy chọn ảnh JPEG, PNG hoặc loại tương tự.
request-photos-failed = Không chuẩn bị được ảnh này. Hãy thử một ảnh khác.
request-photos-storage = Thiết bị này không còn chỗ để lưu ảnh. Hãy giải phóng bớt dung lượng, hoặc gửi yêu cầu mà không kèm ảnh.

## Bước: thông tin về quý vị

request-about-title = Thông tin về quý vị
request-about-lead = Tất cả các mục này đều không bắt buộc. Thông tin này giúp thành phố liên lạc với quý vị về yêu cầu này.
request-first-name = Tên
request-last-name = Họ
request-name-why = Để thành phố biết cần hỏi gặp ai.
request-email = Địa chỉ email
request-email-why = Để gửi cho quý vị tin tức về yêu cầu này.
request-phone = Số điện thoại
request-phone-why = Phòng khi đội công nhân cần hỏi quý vị điều gì đó.
request-remember = Ghi nhớ thông tin của tôi trên thiết bị này
request-remember-hint = Chỉ đánh dấu ô này trên điện thoại hoặc máy tính của riêng quý vị. Bỏ đánh dấu để xóa thông tin đã ghi nhớ.

## Bước: kiểm tra câu trả lời

request-check-title = Kiểm tra câu trả lời trước khi gửi
request-check-location = Vị trí
request-check-description = Mô tả
request-check-contact = Thông tin của quý vị
request-check-photos = Ảnh
request-check-photo-count = { $count } ảnh
request-check-not-given = Không cung cấp
request-check-yes = Có
request-check-change = Thay đổi
request-send = Gửi yêu cầu
request-sending = Đang gửi yêu cầu của quý vị…
request-refused-next = Hãy kiểm tra câu trả lời rồi thử lại. Nếu vẫn không được, hãy gọi { $phone }.

## Lỗi trong câu trả lời

problem-no-location = Hãy nhập địa chỉ hoặc dùng vị trí hiện tại của quý vị.
problem-required = Hãy trả lời câu hỏi “{ $question }”.
problem-not-a-number = Câu trả lời cho “{ $question }” phải là một con số, ví dụ 3 hoặc 2.5.
problem-not-a-datetime = Câu trả lời cho “{ $question }” phải là một ngày và giờ.
problem-not-a-date = Câu trả lời cho “{ $question }” phải là một ngày.
problem-unknown-choice = Hãy chọn một trong các lựa chọn cho “{ $question }”.
problem-too-long = Phần mô tả không được dài quá { $limit } ký tự.
problem-bad-email = Hãy nhập địa chỉ email, ví dụ name@example.com.
problem-bad-phone = Hãy nhập số điện thoại có ít nhất 7 chữ số, ví dụ 905 615 4311.

## Sau khi gửi

sent-title = Đã gửi yêu cầu
sent-reference = Số tham chiếu của quý vị
sent-reference-pending = Số tham chiếu của quý vị sẽ sớm có
sent-reference-pending-detail = Thành phố cấp số cho các yêu cầu này sau một thời gian ngắn. Khi có, số sẽ hiện ở đây và trong danh sách yêu cầu của quý vị.
sent-untracked = Không thể theo dõi dịch vụ này, nên không có số tham chiếu. Thành phố đã nhận được yêu cầu của quý vị.
sent-next-heading = Điều gì sẽ diễn ra tiếp theo
sent-next = Thành phố sẽ xem xét yêu cầu của quý vị và chuyển cho bộ phận phụ trách.
sent-another = Gửi một yêu cầu khác
sent-storage-warning = Thiết bị này không lưu lại được yêu cầu này. Hãy ghi lại số tham chiếu của quý vị.
sent-waiting-title = Đang chờ gửi
sent-waiting = Quý vị đang không có kết nối mạng. Yêu cầu của quý vị được giữ trên thiết bị này và sẽ tự động được gửi khi có kết nối trở lại. Quý vị có thể đóng trang này.
sent-busy = Hệ thống của thành phố hiện đang bận. Yêu cầu của quý vị được giữ trên thiết bị này và sẽ tự động được gửi lại sau { $time } nếu dịch vụ này vẫn đang mở, hoặc vào lần tới quý vị mở dịch vụ này.
sent-sending-title = Đang gửi yêu cầu của quý vị…
sent-uploading = Đang gửi ảnh của quý vị
sent-unconfirmed-title = Chúng tôi chưa xác nhận được yêu cầu của quý vị đã đến nơi
sent-unconfirmed = Kết nối bị mất trong khi gửi, và không thể hỏi máy chủ của thành phố xem yêu cầu của quý vị đã đến chưa. Để tránh gửi hai lần, yêu cầu sẽ không được gửi lại trừ khi quý vị chọn gửi lại.
sent-check-again = Kiểm tra lại
sent-send-again = Gửi lại
sent-refused-title = Máy chủ của thành phố không chấp nhận yêu cầu này
sent-not-found-title = Không tìm thấy yêu cầu
sent-not-found = Thiết bị này không có thông tin về yêu cầu này. Có thể yêu cầu đã bị xóa khỏi thiết bị.

## Yêu cầu của tôi: các yêu cầu đã gửi từ thiết bị này

my-requests-title = Yêu cầu của tôi
my-requests-lead = Các yêu cầu đã gửi từ thiết bị này. Danh sách chỉ được lưu trên thiết bị này.
my-requests-empty = Quý vị chưa gửi yêu cầu nào từ thiết bị này.
my-requests-refresh = Kiểm tra cập nhật
my-requests-refreshing = Đang kiểm tra cập nhật…
my-requests-refreshed = Tình trạng các yêu cầu đã được cập nhật mới nhất.
my-requests-sent-on = Đã gửi: { $date }
my-requests-last-update = Cập nhật lần cuối: { $date }
my-requests-updated = Có thay đổi
my-requests-waiting = Đang chờ gửi
my-requests-unconfirmed = Chưa xác nhận
my-requests-refused = Không được chấp nhận
my-requests-reference-pending = Đang chờ số tham chiếu
my-requests-forget = Xóa yêu cầu này khỏi thiết bị
my-requests-forget-all = Xóa tất cả yêu cầu khỏi thiết bị này
my-requests-forget-all-confirm = Xóa mọi yêu cầu khỏi thiết bị này? Thành phố vẫn giữ các yêu cầu; chỉ danh sách này bị xóa.
my-requests-forget-yes = Có, xóa đi
my-requests-forget-no = Không, giữ lại
my-requests-forgotten = Yêu cầu đã được xóa khỏi thiết bị này.
my-requests-all-forgotten = Tất cả yêu cầu đã được xóa khỏi thiết bị này.
lookup-heading = Tìm yêu cầu theo số tham chiếu
lookup-label = Số tham chiếu
lookup-hint = Số này có trên trang xác nhận, hoặc trong email của thành phố về yêu cầu của quý vị.
lookup-button = Tìm yêu cầu
lookup-empty = Hãy nhập số tham chiếu.
lookup-offer = Theo dõi yêu cầu { $id }

## Trang của một yêu cầu

track-title = Yêu cầu { $id }
track-loading = Đang tải yêu cầu…
track-not-found-title = Không tìm thấy yêu cầu
track-not-found = Thành phố không có yêu cầu nào có số tham chiếu “{ $id }”. Hãy kiểm tra lại số: số này có trên trang xác nhận hoặc trong email của thành phố.
track-not-found-call = Nếu vẫn không tìm thấy, hãy gọi { $phone }.
track-status = Tình trạng
track-service = Dịch vụ
track-notes = Ghi chú của thành phố
track-agency = Đơn vị xử lý
track-requested = Ngày gửi
track-updated = Cập nhật lần cuối
track-expected = Dự kiến hoàn thành trước
track-overdue = Quá hạn: thành phố dự kiến hoàn thành trước { $date }.
track-location = Vị trí
track-description = Mô tả
track-photo = Ảnh gửi kèm yêu cầu
track-timeline = Những gì đã diễn ra
track-seen-on = Ghi nhận trên thiết bị này
track-token-late = Yêu cầu của quý vị vẫn đang được xử lý. Hãy kiểm tra lại sau: số tham chiếu sẽ hiện trong mục Yêu cầu của tôi khi thành phố cấp số.
track-follow = Theo dõi yêu cầu này
track-refresh = Kiểm tra cập nhật

## Tình trạng, diễn đạt bằng lời

status-word-open = Đã nhận
status-word-closed = Đã đóng
status-word-in_progress = Đang xử lý
status-word-action_scheduled = Đã lên lịch xử lý
status-word-investigating = Đang điều tra
status-word-for_triage = Đang đánh giá
status-word-internal_referral = Đã chuyển cho bộ phận khác
status-word-reopened = Đã mở lại
status-word-fixed = Đã khắc phục
status-word-duplicate = Đã đóng: đã có người báo cáo
status-word-not_councils_responsibility = Đã đóng: không thuộc trách nhiệm của thành phố
status-word-no_further_action = Đã đóng: không cần xử lý thêm
status-word-cancelled = Đã hủy

## Không tìm thấy trang

not-found-title = Không tìm thấy trang
not-found-typed = Nếu quý vị tự gõ địa chỉ trang web, hãy kiểm tra xem địa chỉ có đúng không.
not-found-link = Nếu quý vị bấm vào một liên kết, có thể liên kết đó đã cũ.
not-found-home = Đến danh sách dịch vụ thành phố
not-found-call = Quý vị cũng có thể gọi { $phone } để yêu cầu dịch vụ.

## Tuyên bố về khả năng tiếp cận

accessibility-title = Tuyên bố về khả năng tiếp cận
a11y-intro = { $city } muốn mọi người đều dùng được dịch vụ này: trên điện thoại hay máy tính, khi phóng to màn hình, khi chỉ dùng bàn phím, trình đọc màn hình, điều khiển bằng giọng nói hoặc công nghệ hỗ trợ khác, và bằng ngôn ngữ của chính quý vị.
a11y-standard-heading = Tiêu chuẩn chúng tôi hướng tới
a11y-standard = Dịch vụ này hướng tới việc đáp ứng Hướng dẫn về Khả năng Tiếp cận Nội dung Web (WCAG) phiên bản { $version } ở mức { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = Dịch vụ đáp ứng đầy đủ tiêu chuẩn đó.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = Dịch vụ đáp ứng một phần tiêu chuẩn đó: những phần chưa đáp ứng, hoặc chưa được người kiểm tra, được liệt kê bên dưới.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = Lần kiểm tra toàn diện gần nhất của chúng tôi là vào { $date }: mọi trang và mọi trạng thái, bằng { $languages } ngôn ngữ, trên màn hình cỡ điện thoại và màn hình cỡ máy tính để bàn. { $failed ->
    [0] Cả { $scans } lượt kiểm tra trang đều không phát hiện vấn đề nào.
   *[other] { $failed } trong số { $scans } lượt kiểm tra trang đã phát hiện vấn đề.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = Phần còn lại của tuyên bố này vẫn có hiệu lực, và quý vị có thể gọi cho chúng tôi để nghe kết quả của lần kiểm tra gần nhất.
a11y-testing-heading = Cách chúng tôi kiểm tra
a11y-testing-automated = Mỗi khi dịch vụ thay đổi, mọi trang đều được kiểm tra tự động bằng axe-core theo WCAG 2.2 mức A và AA, trên màn hình cỡ điện thoại và màn hình cỡ máy tính để bàn.
a11y-testing-keyboard = Các bài kiểm tra tự động cũng dùng dịch vụ chỉ bằng bàn phím: liên kết chuyển đến nội dung chính, việc chuyển giữa các trang và vị trí mà tiêu điểm bàn phím di chuyển đến.
a11y-testing-languages = Các trang cũng được kiểm tra bằng những ngôn ngữ viết từ phải sang trái, và bằng một ngôn ngữ giả được tạo tự động để phát hiện mọi chữ chưa được dịch.
a11y-gaps-heading = Những điều chúng tôi biết là chưa ổn
a11y-gaps-intro = Kiểm tra tự động chỉ phát hiện được một số vấn đề. Chúng tôi đã biết những vấn đề sau:
a11y-not-conforming-intro = Những phần sau đây chưa đáp ứng tiêu chuẩn:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = Tiêu chí WCAG { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
   *[other] Vẫn cần có người kiểm tra { $count } tiêu chí thành công sau đây, vì các bài kiểm tra tự động không thể đánh giá đầy đủ những tiêu chí này: { $criteria }.
}
a11y-gap-screen-readers = Dịch vụ này chưa được những người dùng trình đọc màn hình và điều khiển bằng giọng nói kiểm tra.
a11y-gap-server-text = Tên và mô tả của các dịch vụ lấy từ hệ thống của thành phố và có thể chưa được dịch sang ngôn ngữ của quý vị.
a11y-report-heading = Báo cáo vấn đề với dịch vụ này
a11y-report = Nếu có điều gì trên trang này không dùng được với quý vị, hãy gọi { $phone } và cho chúng tôi biết quý vị đang làm gì và đã gặp trục trặc gì. Chúng tôi sẽ giúp quý vị gửi yêu cầu qua điện thoại và khắc phục vấn đề.
a11y-other-format-heading = Nhận thông tin này theo cách khác
a11y-other-format = Nếu quý vị không dùng được trang này, hoặc cần nội dung ở dạng khác (chữ in lớn, đọc to, dạng dễ đọc hoặc ngôn ngữ khác), hãy gọi { $phone } và chúng tôi sẽ giúp.
# $counter is the city's service counter (its address).
a11y-other-format-counter = Quý vị cũng có thể đến { $counter }.

## Khi dịch vụ không đọc được phần cài đặt (config.json)

config-problem-title = Dịch vụ này hiện không hoạt động
config-problem-resident = Vui lòng thử lại sau vài phút. Nếu vẫn không được, hãy liên hệ thành phố qua điện thoại.
config-problem-retry = Thử lại
config-problem-detail-heading = Dành cho quản trị viên trang web
config-error-unreachable = Không tải được tệp cài đặt config.json: máy chủ không trả lời.
config-error-timeout = Không tải được tệp cài đặt config.json: máy chủ không trả lời kịp thời.
config-error-status = Không tải được tệp cài đặt config.json: máy chủ trả lời với mã trạng thái { $status }.
config-error-syntax = Tệp cài đặt config.json không phải là JSON hợp lệ: xem dòng { $line }, cột { $column }.
config-error-missing = Tệp cài đặt config.json không có giá trị cho “{ $key }”.
config-error-invalid = Tệp cài đặt config.json có giá trị cho “{ $key }” nhưng không dùng được.

## Các trang được tải khi cần đến lần đầu (src/pieces.rs)
piece-loading = Đang tải trang…
piece-failed-title = Không tải được trang này
piece-failed = Không tải xuống được một phần của dịch vụ này. Hãy kiểm tra kết nối rồi thử lại. Mọi thứ quý vị đã nhập vẫn được giữ trên thiết bị này.
piece-failed-phone = Quý vị cũng có thể gọi { $phone }.

## Bản đồ ở bước vị trí (src/map)
map-role = bản đồ
map-label = Bản đồ: đặt ghim vào chỗ có sự cố
map-keys = Chạm vào bản đồ để đặt ghim ở đó, hoặc dùng các nút bên dưới bản đồ. Khi bản đồ đang được chọn, các phím mũi tên sẽ di chuyển ghim (xa hơn khi giữ phím Shift), còn phím + và − để phóng to và thu nhỏ.
map-loading = Đang tải bản đồ…
map-piece-failed = Không tải được bản đồ. Quý vị vẫn có thể nhập địa chỉ hoặc dùng vị trí của mình.
map-tiles-failed = Không tải được một phần bản đồ. Quý vị vẫn có thể đặt ghim, nhập địa chỉ hoặc dùng vị trí của mình.
map-zoom-group = Thu phóng
map-zoom-in = Phóng to
map-zoom-out = Thu nhỏ
map-move-group = Di chuyển ghim
map-move-north = Di chuyển ghim về phía bắc
map-move-south = Di chuyển ghim về phía nam
map-move-east = Di chuyển ghim về phía đông
map-move-west = Di chuyển ghim về phía tây
map-zoom-level = Mức thu phóng { $level } trên { $max }.
map-pin-from-start = Ghim cách nơi bản đồ mở ra khoảng { $metres } mét về phía { $direction ->
    [north] bắc
    [north-east] đông bắc
    [east] đông
    [south-east] đông nam
    [south] nam
    [south-west] tây nam
    [west] tây
   *[north-west] tây bắc
  }.
map-pin-from-device = Ghim cách vị trí của quý vị khoảng { $metres } mét về phía { $direction ->
    [north] bắc
    [north-east] đông bắc
    [east] đông
    [south-east] đông nam
    [south] nam
    [south-west] tây nam
    [west] tây
   *[north-west] tây bắc
  }.
map-pin-at-start = Ghim đang ở nơi bản đồ mở ra.
map-pin-at-device = Ghim đang ở vị trí của quý vị.
map-pin-near = Ghim ở gần { $address }.
map-outside = Địa điểm đó nằm ngoài { $city }. Hãy đặt ghim bên trong thành phố, hoặc gọi { $phone }.
map-find = Hiện địa chỉ trên bản đồ
map-finding = Đang tìm địa chỉ…
map-find-empty = Hãy nhập địa chỉ trước, rồi hiện địa chỉ đó trên bản đồ.
map-find-none = Không có địa điểm nào ở { $city } khớp với địa chỉ đó. Thay vào đó, hãy đặt ghim trên bản đồ.
map-find-failed = Hiện không tra cứu được địa chỉ. Thay vào đó, hãy đặt ghim trên bản đồ.
map-found = Đã tìm thấy { $address }. Ghim đã được đặt ở đó.
map-suggestion = Địa chỉ gần nhất: { $address }
map-suggestion-use = Dùng địa chỉ này
map-suggestion-used = Đã điền địa chỉ: { $address }.
request-pinned = Ghim trên bản đồ: { $lat }, { $long }.
request-pin-remove = Xóa ghim

## Đã có người báo cáo ở gần đây (src/map/nearby.rs)
nearby-heading = Đã có người báo cáo ở gần đây
nearby-lead = Có { $count } yêu cầu chưa đóng cho cùng dịch vụ này trong vòng 150 mét quanh ghim của quý vị. Nếu một trong số đó đúng là sự cố của quý vị, quý vị có thể theo dõi yêu cầu đó thay vì báo cáo lại.
nearby-distance = Cách { $metres } mét
nearby-age = { $days ->
    [0] Được báo cáo hôm nay
    [1] Được báo cáo hôm qua
   *[other] Được báo cáo { $days } ngày trước
  }
nearby-follow = Theo dõi yêu cầu này thay vì gửi mới
nearby-follow-confirm = Theo dõi yêu cầu { $id } thay vì gửi yêu cầu của quý vị? Câu trả lời và ảnh của quý vị trong mẫu đơn này sẽ bị xóa, và sẽ không có gì được gửi đi.
nearby-follow-yes = Có, theo dõi yêu cầu đó
nearby-follow-no = Không, giữ yêu cầu của tôi
nearby-different = Sự cố của tôi khác: tiếp tục
nearby-followed = Quý vị đang theo dõi yêu cầu { $id }. Không có gì được gửi đi.
nearby-announced = Đã có { $count } yêu cầu chưa đóng cho cùng dịch vụ này được báo cáo gần ghim của quý vị: các yêu cầu này được liệt kê bên dưới bản đồ.
nearby-failed = Hiện không kiểm tra được các yêu cầu đã được báo cáo ở gần đây.
my-requests-following-since = Theo dõi từ { $date }

## Cập nhật về một yêu cầu: thông báo trên trình duyệt và email (src/notify)
updates-heading = Cập nhật về yêu cầu này
updates-offer = Báo cho tôi khi có thay đổi
updates-wait-id = Quý vị có thể đăng ký nhận cập nhật sau khi thành phố cấp số tham chiếu cho yêu cầu này. Khi đó trang này sẽ cho quý vị đăng ký.
updates-loading = Đang kiểm tra những loại cập nhật mà thành phố có thể gửi…
updates-unavailable = Hiện không thể thiết lập việc nhận cập nhật. Quý vị vẫn có thể quay lại trang này để xem tình trạng yêu cầu của mình.
updates-push = Gửi thông báo đến trình duyệt này
updates-push-hint = Trình duyệt sẽ hỏi quý vị có cho phép trang này hiện thông báo không. Quý vị sẽ nhận một thông báo mỗi khi yêu cầu thay đổi.
updates-push-on = Xong. Trình duyệt này sẽ hiện thông báo mỗi khi yêu cầu này thay đổi.
updates-push-blocked = Thông báo của trang này đang bị chặn trong phần cài đặt của trình duyệt. Để nhận thông báo, hãy cho phép thông báo cho trang này trong phần cài đặt đó, rồi quay lại đây.
updates-push-install-first = Trên iPhone hoặc iPad, thông báo chỉ hoạt động khi mở từ Màn hình chính: bấm Chia sẻ, rồi Thêm vào Màn hình chính, mở ứng dụng từ đó rồi quay lại yêu cầu này.
updates-push-unsupported = Trình duyệt này không hiện được thông báo từ các trang web. Quý vị có thể chọn nhận email, hoặc quay lại trang này sau.
updates-push-not-allowed = Quý vị đã không cho phép thông báo, nên sẽ không có thông báo nào được gửi. Quý vị có thể chọn lại trong phần cài đặt trang web của trình duyệt.
updates-push-failed = Trình duyệt này không thiết lập được thông báo. Hãy thử lại sau, hoặc chọn nhận email.
updates-email-label = Địa chỉ email
updates-email-hint = Trước tiên, chúng tôi gửi một email để xác nhận địa chỉ. Mỗi email đều có một liên kết để ngừng nhận.
updates-email-send = Gửi email cho tôi khi có thay đổi
updates-email-invalid = Hãy nhập địa chỉ email, ví dụ name@example.com
updates-email-sent = Chúng tôi đã gửi email đến { $email }. Hãy mở liên kết trong email đó để bắt đầu nhận cập nhật.
updates-error-offline = Không thiết lập được việc nhận cập nhật vì không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.
updates-error-unknown = Hệ thống của thành phố không còn thông tin về yêu cầu này, nên không thể gửi cập nhật.
updates-error-busy = Hệ thống của thành phố đang bận. Hãy thử lại sau một phút.
updates-error-refused = Hệ thống của thành phố không chấp nhận đăng ký này. Hãy kiểm tra địa chỉ email, hoặc thử cách còn lại.
updates-error-failed = Đã xảy ra lỗi khi thiết lập việc nhận cập nhật. Hãy thử lại sau.
updates-on-push = Quý vị sẽ nhận thông báo trên trình duyệt khi yêu cầu này thay đổi.
updates-on-email = Quý vị sẽ nhận email khi yêu cầu này thay đổi (sau khi quý vị xác nhận địa chỉ).
updates-on-both = Quý vị sẽ nhận thông báo trên trình duyệt và email khi yêu cầu này thay đổi.
updates-stop = Ngừng nhận cập nhật
updates-stopped = Đã ngừng gửi cập nhật về yêu cầu này.
updates-stop-failed = Hiện không ngừng được việc gửi cập nhật vì hệ thống của thành phố không trả lời. Hãy thử lại.
