# Frontdesk 주민 알림 메시지, 한국어. 번역자 안내: locales/README.md

## 요청이 변경될 때 알림을 받겠다고 신청한 주민에게 알림 프로그램(frontdesk-server --notify)이 보내는
## 메시지입니다: 브라우저 알림, 이메일, 그리고 그 링크로 열리는 작은 페이지.
## 앱에는 표시되지 않으며, 처리 상태 문구는 main.ftl(status-word-...)에서 가져옵니다.
## $id는 요청의 접수 번호, $status는 처리 상태 문구, $note는 시에서 남긴 메모(시에서 쓴 그대로),
## $date는 2026-12-10 형식의 날짜입니다.

notify-title = 요청 { $id }의 처리 상황이 변경되었습니다
notify-body-status = 처리 상태: { $status }
notify-body-note = 시에서 남긴 메모: { $note }
notify-body-expected = 완료 예정일: { $date }
notify-body-closed = 이 요청은 종료되었습니다. 이 요청에 관한 메시지를 더 이상 보내 드리지 않습니다.
notify-email-open = 요청 보기:
notify-email-stop = 이 이메일 수신을 중단하려면 다음 링크를 여세요:

notify-confirm-subject = 요청 { $id } 관련 이메일 수신 확인
notify-confirm-body = { $id }번 요청이 변경될 때마다 이메일을 받겠다는 신청이 있었습니다. 본인이 신청하셨기를 바랍니다. 이메일을 받으시려면 다음 링크를 여세요:
notify-confirm-ignore = 본인이 신청하지 않으셨다면 이 이메일을 무시하세요. 이 주소로는 더 이상 아무것도 보내지 않습니다.

notify-page-confirmed = 완료되었습니다. { $id }번 요청이 변경되면 이메일을 보내 드립니다.
notify-page-stopped = 완료되었습니다. 요청 { $id }에 관한 메시지를 더 이상 보내 드리지 않습니다.
notify-page-unknown = 이 링크는 더 이상 작동하지 않습니다. 이 링크와 관련된 메시지는 이미 중단되었습니다.
notify-page-back = 요청 보기
