# Frontdesk, thông báo gửi cho người dân, bằng tiếng Việt. Hướng dẫn cho người dịch: locales/README.md

## Các tin nhắn mà bộ gửi thông báo (frontdesk-server --notify) gửi cho người dân đã yêu cầu được báo
## khi một yêu cầu thay đổi: thông báo trên trình duyệt, email, và các trang nhỏ mở ra từ liên kết trong đó.
## Ứng dụng không hiển thị các tin nhắn này; các từ chỉ tình trạng lấy từ main.ftl (status-word-...).
## $id là số tham chiếu của yêu cầu, $status là tình trạng của yêu cầu bằng lời, $note là ghi chú của thành phố
## (đúng như thành phố viết), $date là ngày viết theo dạng 2026-12-10.

notify-title = Yêu cầu { $id } đã có thay đổi
notify-body-status = Tình trạng: { $status }
notify-body-note = Ghi chú của thành phố: { $note }
notify-body-expected = Dự kiến hoàn thành trước { $date }
notify-body-closed = Yêu cầu này đã đóng. Quý vị sẽ không nhận thêm tin nhắn nào về yêu cầu này.
notify-email-open = Xem yêu cầu:
notify-email-stop = Để ngừng nhận các email này, hãy mở liên kết sau:

notify-confirm-subject = Xác nhận nhận email về yêu cầu { $id }
notify-confirm-body = Có người, hy vọng là quý vị, đã đăng ký nhận email mỗi khi yêu cầu { $id } thay đổi. Để nhận các email này, hãy mở liên kết sau:
notify-confirm-ignore = Nếu người đó không phải là quý vị, hãy bỏ qua email này: sẽ không có gì được gửi thêm đến địa chỉ này.

notify-page-confirmed = Xong. Quý vị sẽ nhận email khi yêu cầu { $id } thay đổi.
notify-page-stopped = Xong. Quý vị sẽ không nhận thêm tin nhắn nào về yêu cầu { $id }.
notify-page-unknown = Liên kết này không còn hiệu lực: các tin nhắn mà liên kết này liên quan đã được ngừng gửi.
notify-page-back = Xem yêu cầu
