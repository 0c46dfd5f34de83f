# Frontdesk 사용자 화면, 한국어. 번역자 안내: locales/README.md

## 페이지 틀

document-title = { $page } – { $city }
document-title-error = 오류: { $page } – { $city }
shell-name = 시 서비스
skip-link = 본문 바로가기
shell-loading = 불러오는 중…
shell-noscript = 이 서비스에는 JavaScript가 필요하지만, 브라우저에서 꺼져 있거나 사용할 수 없습니다.
shell-noscript-call = JavaScript 없이 문제를 신고하거나 시 서비스를 요청하려면 { $phone }번으로 전화하세요.
footer-nav-label = 이 서비스 안내
footer-accessibility = 웹 접근성 안내
language-nav-label = 언어
nav-my-requests = 내 요청

## 도움말 (모든 페이지의 같은 위치)

help-heading = 도움이 필요하신가요?
help-call = 전화
help-from-outside = 시 외부에서 거실 때
help-hours = 운영 시간: { $hours }.
help-counter = 또는 { $address }에 있는 민원 창구를 방문하세요.

## 홈페이지: 서비스 목록

catalogue-title = 시 서비스
catalogue-lead = 휴대전화에서 원하는 언어로 문제를 신고하고, 시 서비스를 요청하고, 처리 과정을 확인할 수 있습니다.
catalogue-loading = 서비스 목록을 불러오는 중…
catalogue-search-label = 서비스 검색
catalogue-search-hint = 예: 포트홀, 나무, 주차 위반 딱지.
catalogue-search-button = 검색
catalogue-results-heading = 검색 결과
catalogue-results-count = “{ $query }”에 해당하는 서비스가 { $count }개 있습니다.
catalogue-no-results = “{ $query }”에 해당하는 서비스가 없습니다.
catalogue-no-results-call = { $phone }번으로 전화하시면 알맞은 서비스를 찾도록 도와드리겠습니다.
catalogue-no-results-browse = 또는 아래에서 주제별로 서비스를 찾아보세요.
catalogue-clear-search = 모든 서비스 보기
catalogue-topics-heading = 주제별 서비스
catalogue-other-services = 기타 서비스
catalogue-stale = 시 서버에 연결할 수 없어, { $date }에 이 기기에 저장된 목록을 보여 드립니다. 최신 목록이 아닐 수 있습니다.
catalogue-empty = 현재 시에서 온라인 요청을 받지 않습니다. 문제를 신고하거나 서비스를 요청하려면 { $phone }번으로 전화하세요.
catalogue-services-error-heading = 온라인 요청 양식을 불러올 수 없습니다
catalogue-services-error-rest = 전화, 방문 또는 다른 시 웹사이트에서 이용하는 아래 서비스는 계속 표시됩니다.
catalogue-retry = 다시 시도

## 서비스 이용 방법 (목록의 서비스 이름 아래)

channel-request = 온라인 양식
channel-online = 다른 시 웹사이트에서 이용 (이 사이트를 벗어남)
channel-phone = 전화: { $phone }번으로 전화하세요
channel-hours = 운영 시간: { $hours }.
channel-counter = 방문: { $address }

## 시 서버가 제대로 응답하지 않을 때 (서버와 통신하는 모든 페이지)

error-offline = 인터넷에 연결되어 있지 않은 것 같습니다. 연결 상태를 확인한 뒤 다시 시도하세요.
error-unreachable = 시 서버가 응답하지 않았습니다. 잠시 중단되었을 수 있으니 몇 분 뒤에 다시 시도하세요.
error-timeout = 시 서버의 응답이 너무 늦습니다. 다시 시도하세요. 연결이 느릴 때는 한 번 더 시도하면 되는 경우가 많습니다.
error-server = 시 서버에 문제가 생겼습니다(오류 { $status }). 몇 분 뒤에 다시 시도하세요.
error-refused = 시 서버가 요청을 거부했습니다(오류 { $status }).
error-not-found = 시 서버에 해당 정보가 없습니다(오류 404).
error-server-said = 서버 메시지:
error-malformed = 시 서버가 이 서비스에서 읽을 수 없는 응답을 보냈습니다. 나중에 다시 시도하거나 { $phone }번으로 전화하세요.

## 서비스 페이지

service-loading = 서비스를 불러오는 중…
service-back = 전체 시 서비스
service-not-found-title = 서비스를 찾을 수 없습니다
service-not-found = 코드가 “{ $code }”인 서비스가 없습니다. 이름이 바뀌었거나 폐지되었을 수 있습니다.
service-asks-heading = 입력하실 내용
service-asks-location = 위치: 주소, 현재 위치 또는 둘 다.
service-asks-description = 문제 설명: 어떤 문제인지 직접 적어 주세요.
service-asks-questions = 문제에 관한 몇 가지 질문:
service-asks-photos = 사진: 있는 경우(선택 사항).
service-asks-contact = 이름과 연락처(선택 사항).
service-questions-loading = 질문을 불러오는 중…
service-questions-error = 지금은 질문을 불러올 수 없습니다. 그래도 시작할 수 있으며, 양식에서 다시 불러오기를 시도합니다.
service-required = (필수)
service-notice-heading = 유의 사항
service-promise-heading = 요청을 보낸 후
service-promise-realtime = 요청 진행 상황을 확인할 수 있는 접수 번호를 바로 받습니다.
service-promise-batch = 시 시스템에서 이 요청을 일정 간격으로 모아서 처리하므로 접수 번호가 나오기까지 시간이 걸릴 수 있습니다. 이 서비스에서 접수 번호가 나왔는지 계속 확인합니다.
service-promise-blackbox = 이 요청은 진행 상황을 확인할 수 없습니다. 시에서 이 요청에 대해 접수 번호나 처리 소식을 제공하지 않습니다.
service-start = 요청 시작하기

## 요청 양식 (모든 단계)

request-step-count = { $total }단계 중 { $current }단계
request-back = 이전
request-continue = 계속
request-saved = 입력하는 내용은 이 기기에 바로바로 저장됩니다.
request-discard = 작성 중인 내용 삭제
request-discard-confirm = 이 요청에 입력한 내용을 모두 삭제할까요? 삭제하면 되돌릴 수 없습니다.
request-discard-yes = 예, 삭제합니다
request-discard-no = 아니요, 유지합니다
request-discarded = 작성 중인 내용을 삭제했습니다.
request-service-unavailable = 이 서비스는 지금 온라인 요청을 받을 수 없습니다.
error-summary-title = 확인이 필요한 항목이 있습니다
field-error-prefix = 오류:

## 단계: 위치

request-location-title = 어디인가요?
request-location-lead = 주소를 입력하거나, 현재 위치를 사용하거나, 둘 다 하세요.
request-location-lead-map = 주소를 입력하거나, 현재 위치를 사용하거나, 지도에 핀을 놓으세요. 이 중 하나만 해도 됩니다.
request-address-label = 주소 또는 장소
request-address-hint = 예: 300 City Centre Drive 또는 Hurontario Street와 Burnhamthorpe Road가 만나는 모퉁이.
request-use-location = 현재 위치 사용
request-locating = 위치를 찾는 중…
request-located = 현재 위치: { $lat }, { $long } (오차 약 { $accuracy }m).
request-location-remove = 내 위치 삭제
request-geo-denied = 이 사이트에 위치 사용 권한이 없습니다. 브라우저 설정에서 허용하거나 주소를 직접 입력하세요.
request-geo-unavailable = 위치를 찾을 수 없습니다. 잠시 후 다시 시도하거나 주소를 직접 입력하세요.
request-geo-timeout = 위치를 찾는 데 시간이 너무 오래 걸렸습니다. 다시 시도하거나 주소를 직접 입력하세요.
request-geo-unsupported = 이 브라우저에서는 위치를 공유할 수 없습니다. 주소를 직접 입력하세요.

## 단계: 문제 내용

request-details-title = 문제에 대해 알려 주세요
request-description-label = 문제 설명
request-description-hint = 무엇이 문제인지, 그리고 작업자가 현장을 찾는 데 도움이 될 내용을 적어 주세요.
request-description-left = { $count }자 남았습니다
request-description-over = { $count }자 초과했습니다
request-definition-error = 이 서비스에 대한 시의 추가 질문을 불러올 수 없습니다. 설명만으로도 요청을 보낼 수 있습니다.
request-choose = 선택하세요

## 단계: 사진

request-photos-title = 사진
request-photos-lead = 사진이 있으면 작업자가 문제를 찾아 해결하는 데 도움이 됩니다. 사진은 선택 사항입니다.
request-photos-limit = 사진을 최대 { $max }장까지 추가할 수 있습니다.
request-photos-privacy = 사진은 보내기 전에 휴대전화에서 크기가 줄어들며, 사진에 담긴 위치 정보와 카메라 정보는 삭제됩니다.
request-photos-add = 사진 추가
request-photos-add-hint = 카메라로 사진을 찍거나 이미 있는 사진을 선택하세요.
request-photos-preparing = 사진을 준비하는 중…
request-photos-added = 사진을 추가했습니다.
request-photos-photo = 사진 { $number }
request-photos-remove = 사진 { $number } 삭제
request-photos-removed = 사진을 삭제했습니다.
request-photos-full = 이 요청에 추가할 수 있는 사진을 모두 추가했습니다.
request-photos-not-image = 이 파일은 이 서비스에서 사용할 수 있는 사진이 아닙니다. JPEG, PNG 등의 이미지를 선택하세요.
request-photos-failed = 사진을 준비할 수 없습니다. 다른 사진을 선택해 보세요.
request-photos-storage = 이 기기에 사진을 보관할 공간이 없습니다. 저장 공간을 확보하거나 사진 없이 요청을 보내세요.

## 단계: 본인 정보

request-about-title = 본인 정보
request-about-lead = 모두 선택 사항입니다. 입력하시면 시에서 이 요청과 관련해 연락드릴 수 있습니다.
request-first-name = 이름
request-last-name = 성
request-name-why = 시에서 누구를 찾으면 되는지 알 수 있도록 합니다.
request-email = 이메일 주소
request-email-why = 이 요청의 처리 소식을 보내 드립니다.
request-phone = 전화번호
request-phone-why = 작업자가 문의할 일이 있을 때 연락드립니다.
request-remember = 이 기기에 내 정보 기억하기
request-remember-hint = 본인의 휴대전화나 컴퓨터에서만 선택하세요. 선택을 해제하면 저장된 정보가 삭제됩니다.

## 단계: 입력 내용 확인

request-check-title = 보내기 전에 입력 내용을 확인하세요
request-check-location = 위치
request-check-description = 설명
request-check-contact = 본인 정보
request-check-photos = 사진
request-check-photo-count = 사진 { $count }장
request-check-not-given = 입력하지 않음
request-check-yes = 예
request-check-change = 변경
request-send = 요청 보내기
request-sending = 요청을 보내는 중…
request-refused-next = 입력 내용을 확인하고 다시 시도하세요. 그래도 안 되면 { $phone }번으로 전화하세요.

## 입력 내용의 문제

problem-no-location = 주소를 입력하거나 현재 위치를 사용하세요.
problem-required = “{ $question }” 질문에 답하세요.
problem-not-a-number = “{ $question }”에 대한 답은 3이나 2.5처럼 숫자여야 합니다.
problem-not-a-datetime = “{ $question }”에 대한 답은 날짜와 시간이어야 합니다.
problem-not-a-date = “{ $question }”에 대한 답은 날짜여야 합니다.
problem-unknown-choice = “{ $question }”의 선택 항목 중 하나를 고르세요.
problem-too-long = 설명은 { $limit }자 이하로 입력하세요.
problem-bad-email = name@example.com과 같은 형식으로 이메일 주소를 입력하세요.
problem-bad-phone = 905 615 4311처럼 7자리 이상의 전화번호를 입력하세요.

## 보낸 후

sent-title = 요청을 보냈습니다
sent-reference = 접수 번호
sent-reference-pending = 접수 번호가 곧 발급됩니다
sent-reference-pending-detail = 시에서 잠시 후 이 요청에 번호를 부여합니다. 번호가 나오면 여기와 내 요청에 표시됩니다.
sent-untracked = 이 서비스는 진행 상황을 확인할 수 없어 접수 번호가 없습니다. 시에서 요청을 받았습니다.
sent-next-heading = 다음 절차
sent-next = 시에서 요청을 검토한 뒤 담당 부서에 전달합니다.
sent-another = 다른 요청하기
sent-storage-warning = 이 기기에 이 요청의 기록을 저장하지 못했습니다. 접수 번호를 따로 적어 두세요.
sent-waiting-title = 전송 대기 중
sent-waiting = 인터넷에 연결되어 있지 않습니다. 요청은 이 기기에 보관되며, 다시 연결되면 자동으로 전송됩니다. 이 페이지를 닫으셔도 됩니다.
sent-busy = 지금 시 시스템이 혼잡합니다. 요청은 이 기기에 보관되며, 이 서비스가 열려 있으면 { $time } 후에, 그렇지 않으면 다음에 이 서비스를 열 때 자동으로 다시 전송됩니다.
sent-sending-title = 요청을 보내는 중…
sent-uploading = 사진을 보내는 중
sent-unconfirmed-title = 요청이 도착했는지 확인하지 못했습니다
sent-unconfirmed = 보내는 도중 연결이 끊겨, 요청이 도착했는지 시 서버에 확인할 수 없었습니다. 두 번 전송되지 않도록, 직접 선택하지 않으면 다시 보내지 않습니다.
sent-check-again = 다시 확인
sent-send-again = 다시 보내기
sent-refused-title = 시 서버에서 이 요청을 받아들이지 않았습니다
sent-not-found-title = 요청을 찾을 수 없습니다
sent-not-found = 이 기기에 이 요청의 기록이 없습니다. 기기에서 지워졌을 수 있습니다.

## 내 요청: 이 기기에서 보낸 요청

my-requests-title = 내 요청
my-requests-lead = 이 기기에서 보낸 요청입니다. 이 목록은 이 기기에만 저장됩니다.
my-requests-empty = 아직 이 기기에서 보낸 요청이 없습니다.
my-requests-refresh = 업데이트 확인
my-requests-refreshing = 업데이트를 확인하는 중…
my-requests-refreshed = 처리 상태가 최신입니다.
my-requests-sent-on = 보낸 날짜: { $date }
my-requests-last-update = 최근 업데이트: { $date }
my-requests-updated = 변경됨
my-requests-waiting = 전송 대기 중
my-requests-unconfirmed = 확인 안 됨
my-requests-refused = 접수되지 않음
my-requests-reference-pending = 접수 번호 발급 대기 중
my-requests-forget = 이 기기에서 이 요청 지우기
my-requests-forget-all = 이 기기의 모든 요청 지우기
my-requests-forget-all-confirm = 이 기기의 모든 요청을 지울까요? 시에는 요청이 그대로 남아 있고, 이 목록만 지워집니다.
my-requests-forget-yes = 예, 지웁니다
my-requests-forget-no = 아니요, 유지합니다
my-requests-forgotten = 이 기기에서 요청을 지웠습니다.
my-requests-all-forgotten = 이 기기에서 모든 요청을 지웠습니다.
lookup-heading = 접수 번호로 요청 찾기
lookup-label = 접수 번호
lookup-hint = 확인 페이지나, 요청에 관해 시에서 보낸 이메일에 있습니다.
lookup-button = 요청 찾기
lookup-empty = 접수 번호를 입력하세요.
lookup-offer = 요청 { $id } 진행 상황 보기

## 요청 페이지

track-title = 요청 { $id }
track-loading = 요청을 불러오는 중…
track-not-found-title = 요청을 찾을 수 없습니다
track-not-found = 시에 접수 번호가 “{ $id }”인 요청이 없습니다. 번호를 확인하세요. 번호는 확인 페이지나 시에서 보낸 이메일에 있습니다.
track-not-found-call = 그래도 찾을 수 없으면 { $phone }번으로 전화하세요.
track-status = 처리 상태
track-service = 서비스
track-notes = 시에서 남긴 메모
track-agency = 담당 부서
track-requested = 보낸 날짜
track-updated = 최근 업데이트
track-expected = 완료 예정일
track-overdue = 기한 초과: 시에서 { $date }까지 완료할 예정이었습니다.
track-location = 위치
track-description = 설명
track-photo = 요청과 함께 보낸 사진
track-timeline = 처리 내역
track-seen-on = 이 기기에서 확인함
track-token-late = 요청이 아직 처리 중입니다. 나중에 다시 확인하세요. 시에서 접수 번호를 부여하면 내 요청에 표시됩니다.
track-follow = 이 요청 지켜보기
track-refresh = 업데이트 확인

## 처리 상태 (말로 표시)

status-word-open = 접수됨
status-word-closed = 종료됨
status-word-in_progress = 처리 중
status-word-action_scheduled = 작업 예정
status-word-investigating = 조사 중
status-word-for_triage = 검토 중
status-word-internal_referral = 다른 부서로 이관됨
status-word-reopened = 다시 열림
status-word-fixed = 해결됨
status-word-duplicate = 종료: 이미 신고된 문제
status-word-not_councils_responsibility = 종료: 시 관할이 아님
status-word-no_further_action = 종료: 추가 조치 없음
status-word-cancelled = 취소됨

## 페이지를 찾을 수 없음

not-found-title = 페이지를 찾을 수 없습니다
not-found-typed = 웹 주소를 직접 입력하셨다면 올바른지 확인하세요.
not-found-link = 링크를 눌러 오셨다면 오래된 링크일 수 있습니다.
not-found-home = 시 서비스 목록으로 가기
not-found-call = { $phone }번으로 전화해 서비스를 요청하실 수도 있습니다.

## 웹 접근성 안내

accessibility-title = 웹 접근성 안내
a11y-intro = { $city }에서는 누구나 이 서비스를 이용할 수 있기를 바랍니다. 휴대전화나 컴퓨터에서, 화면을 확대해서, 키보드만으로, 화면 낭독기나 음성 제어 또는 다른 보조 기술로, 그리고 자신의 언어로 이용할 수 있어야 합니다.
a11y-standard-heading = 목표 기준
a11y-standard = 이 서비스는 웹 콘텐츠 접근성 지침(WCAG) { $version } 버전의 { $level } 수준을 충족하는 것을 목표로 합니다.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = 현재 이 기준을 모두 충족합니다.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = 현재 이 기준을 일부만 충족합니다. 충족하지 못하는 부분과 아직 사람이 확인하지 않은 부분은 아래에 적어 두었습니다.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = 마지막 전체 검사는 { $date }에 실시했습니다. { $languages }개 언어로 모든 페이지와 모든 상태를 휴대전화 크기와 데스크톱 크기의 화면에서 검사했습니다. { $failed ->
    [0] 페이지 검사 { $scans }건 중 문제가 발견된 검사는 없었습니다.
   *[other] 페이지 검사 { $scans }건 중 { $failed }건에서 문제가 발견되었습니다.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = 이 안내의 나머지 내용은 그대로 유효합니다. 전화하시면 마지막 검사 결과를 알려 드립니다.
a11y-testing-heading = 검사 방법
a11y-testing-automated = 서비스가 바뀔 때마다 휴대전화 크기와 데스크톱 크기의 화면에서 모든 페이지를 axe-core로 WCAG 2.2 A 및 AA 수준에 맞는지 자동으로 검사합니다.
a11y-testing-keyboard = 자동 검사에서는 키보드만으로 서비스를 이용하는 것도 확인합니다. 본문 바로가기 링크, 페이지 간 이동, 포커스가 이동하는 위치를 검사합니다.
a11y-testing-languages = 또한 오른쪽에서 왼쪽으로 쓰는 언어와, 번역되지 않은 글자를 드러내는 자동 생성 가상 언어로도 페이지를 검사합니다.
a11y-gaps-heading = 아직 부족한 점
a11y-gaps-intro = 자동 검사로는 일부 문제만 찾을 수 있습니다. 현재 알고 있는 문제는 다음과 같습니다.
a11y-not-conforming-intro = 다음 부분은 아직 기준을 충족하지 못합니다.
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = WCAG 성공 기준 { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
   *[other] 다음 성공 기준 { $count }개는 자동 검사로 완전히 판단할 수 없어 아직 사람이 직접 확인해야 합니다: { $criteria }.
}
a11y-gap-screen-readers = 화면 낭독기나 음성 제어를 사용하는 분들이 직접 이 서비스를 검사한 적은 아직 없습니다.
a11y-gap-server-text = 서비스 이름과 설명은 시 시스템에서 가져오므로 이용자의 언어로 번역되어 있지 않을 수 있습니다.
a11y-report-heading = 이 서비스의 문제 신고
a11y-report = 이 사이트에서 제대로 이용할 수 없는 부분이 있으면 { $phone }번으로 전화해 무엇을 하던 중에 어떤 문제가 생겼는지 알려 주세요. 전화로 요청하실 수 있도록 도와드리고 문제를 해결하겠습니다.
a11y-other-format-heading = 다른 방법으로 이 정보 받기
a11y-other-format = 이 사이트를 이용할 수 없거나 내용을 다른 형태(큰 글씨, 소리 내어 읽어 주기, 쉬운 글 또는 다른 언어)로 받아야 하면 { $phone }번으로 전화해 주세요. 도와드리겠습니다.
# $counter is the city's service counter (its address).
a11y-other-format-counter = { $counter }에 직접 방문하셔도 됩니다.

## 서비스가 설정 파일(config.json)을 읽을 수 없을 때

config-problem-title = 지금은 이 서비스를 이용할 수 없습니다
config-problem-resident = 몇 분 뒤에 다시 시도해 주세요. 그래도 안 되면 전화로 시에 문의하세요.
config-problem-retry = 다시 시도
config-problem-detail-heading = 사이트 관리자용 정보
config-error-unreachable = 설정 파일 config.json을 불러올 수 없습니다: 서버가 응답하지 않았습니다.
config-error-timeout = 설정 파일 config.json을 불러올 수 없습니다: 서버가 제시간에 응답하지 않았습니다.
config-error-status = 설정 파일 config.json을 불러올 수 없습니다: 서버가 응답한 상태 코드는 { $status }입니다.
config-error-syntax = 설정 파일 config.json이 올바른 JSON이 아닙니다: { $line }행 { $column }열을 확인하세요.
config-error-missing = 설정 파일 config.json에 “{ $key }” 값이 없습니다.
config-error-invalid = 설정 파일 config.json의 “{ $key }” 값은 사용할 수 없는 값입니다.

## 처음 필요할 때 불러오는 페이지 (src/pieces.rs)
piece-loading = 페이지를 불러오는 중…
piece-failed-title = 이 페이지를 불러올 수 없습니다
piece-failed = 이 서비스의 일부를 내려받을 수 없습니다. 연결 상태를 확인한 뒤 다시 시도하세요. 입력한 내용은 이 기기에 그대로 보관되어 있습니다.
piece-failed-phone = { $phone }번으로 전화하셔도 됩니다.

## 위치 단계의 지도 (src/map)
map-role = 지도
map-label = 지도: 문제가 있는 곳에 핀을 놓으세요
map-keys = 지도를 누르면 그 자리에 핀이 놓입니다. 지도 아래의 버튼을 사용해도 됩니다. 지도가 선택된 상태에서는 화살표 키로 핀을 옮길 수 있고(Shift 키를 함께 누르면 더 멀리), + 키와 − 키로 확대하거나 축소할 수 있습니다.
map-loading = 지도를 불러오는 중…
map-piece-failed = 지도를 불러올 수 없습니다. 주소를 입력하거나 현재 위치를 사용할 수 있습니다.
map-tiles-failed = 지도의 일부를 불러올 수 없습니다. 핀을 놓거나, 주소를 입력하거나, 현재 위치를 사용할 수 있습니다.
map-zoom-group = 확대/축소
map-zoom-in = 확대
map-zoom-out = 축소
map-move-group = 핀 이동
map-move-north = 핀을 북쪽으로 이동
map-move-south = 핀을 남쪽으로 이동
map-move-east = 핀을 동쪽으로 이동
map-move-west = 핀을 서쪽으로 이동
map-zoom-level = 확대 수준: { $max }단계 중 { $level }단계.
map-pin-from-start = 핀은 지도가 처음 열린 곳에서 { $direction ->
    [north] 북쪽
    [north-east] 북동쪽
    [east] 동쪽
    [south-east] 남동쪽
    [south] 남쪽
    [south-west] 남서쪽
    [west] 서쪽
   *[north-west] 북서쪽
  }으로 약 { $metres }미터 떨어져 있습니다.
map-pin-from-device = 핀은 현재 위치에서 { $direction ->
    [north] 북쪽
    [north-east] 북동쪽
    [east] 동쪽
    [south-east] 남동쪽
    [south] 남쪽
    [south-west] 남서쪽
    [west] 서쪽
   *[north-west] 북서쪽
  }으로 약 { $metres }미터 떨어져 있습니다.
map-pin-at-start = 핀이 지도가 처음 열린 곳에 있습니다.
map-pin-at-device = 핀이 현재 위치에 있습니다.
map-pin-near = 핀이 { $address } 근처에 있습니다.
map-outside = 그곳은 { $city } 밖입니다. 시 안에 핀을 놓거나 { $phone }번으로 전화하세요.
map-find = 지도에서 주소 보기
map-finding = 주소를 찾는 중…
map-find-empty = 먼저 주소를 입력한 뒤 지도에서 보세요.
map-find-none = { $city }에서 그 주소와 일치하는 장소가 없습니다. 대신 지도에 핀을 놓으세요.
map-find-failed = 지금은 주소를 검색할 수 없습니다. 대신 지도에 핀을 놓으세요.
map-found = 찾은 주소: { $address }. 그곳에 핀을 놓았습니다.
map-suggestion = 가장 가까운 주소: { $address }
map-suggestion-use = 이 주소 사용
map-suggestion-used = 입력된 주소: { $address }.
request-pinned = 지도의 핀 위치: { $lat }, { $long }.
request-pin-remove = 핀 삭제

## 근처에 이미 신고된 요청 (src/map/nearby.rs)
nearby-heading = 근처에 이미 신고된 요청
nearby-lead = 핀에서 150미터 안에 같은 서비스의 진행 중인 요청이 { $count }건 있습니다. 그중 하나가 신고하려는 문제라면, 다시 신고하는 대신 그 요청을 지켜볼 수 있습니다.
nearby-distance = { $metres }미터 거리
nearby-age = { $days ->
    [0] 오늘 신고됨
    [1] 어제 신고됨
   *[other] { $days }일 전 신고됨
  }
nearby-follow = 대신 이 요청 지켜보기
nearby-follow-confirm = 내 요청을 보내는 대신 { $id }번 요청을 지켜볼까요? 이 양식에 입력한 답변과 사진은 삭제되고, 아무것도 전송되지 않습니다.
nearby-follow-yes = 예, 지켜봅니다
nearby-follow-no = 아니요, 내 요청을 유지합니다
nearby-different = 제 문제는 다릅니다: 계속
nearby-followed = { $id }번 요청을 지켜보고 있습니다. 아무것도 전송되지 않았습니다.
nearby-announced = 핀 근처에 같은 서비스의 진행 중인 요청이 이미 { $count }건 신고되어 있습니다. 지도 아래에 목록이 있습니다.
nearby-failed = 지금은 근처에 이미 신고된 요청을 확인할 수 없습니다.
my-requests-following-since = { $date }부터 지켜보는 중

## 요청 업데이트 알림: 브라우저 알림과 이메일 (src/notify)
updates-heading = 이 요청의 업데이트 알림
updates-offer = 변경되면 알림 받기
updates-wait-id = 시에서 이 요청에 접수 번호를 부여하면 업데이트 알림을 신청할 수 있습니다. 그때 이 페이지에서 신청하실 수 있습니다.
updates-loading = 시에서 보낼 수 있는 알림 종류를 확인하는 중…
updates-unavailable = 지금은 업데이트 알림을 설정할 수 없습니다. 이 페이지에 다시 오시면 요청의 처리 상태를 확인할 수 있습니다.
updates-push = 이 브라우저로 알림 받기
updates-push-hint = 브라우저에서 이 사이트의 알림 표시를 허용할지 묻습니다. 요청이 변경될 때마다 알림을 받습니다.
updates-push-on = 설정되었습니다. 이 요청이 변경될 때마다 이 브라우저에 알림이 표시됩니다.
updates-push-blocked = 브라우저 설정에서 이 사이트의 알림이 차단되어 있습니다. 알림을 받으려면 설정에서 이 사이트의 알림을 허용한 뒤 다시 오세요.
updates-push-install-first = iPhone이나 iPad에서는 홈 화면에서 연 경우에만 알림이 작동합니다. 공유를 누른 뒤 홈 화면에 추가를 누르고, 홈 화면에서 앱을 열어 이 요청으로 다시 오세요.
updates-push-unsupported = 이 브라우저는 웹사이트 알림을 표시할 수 없습니다. 대신 이메일 알림을 신청하거나 이 페이지에 다시 오세요.
updates-push-not-allowed = 알림을 허용하지 않으셔서 알림이 전송되지 않습니다. 브라우저의 사이트 설정에서 다시 선택할 수 있습니다.
updates-push-failed = 이 브라우저에서 알림을 설정할 수 없습니다. 나중에 다시 시도하거나 대신 이메일 알림을 신청하세요.
updates-email-label = 이메일 주소
updates-email-hint = 먼저 주소 확인용 이메일을 보내 드립니다. 모든 이메일에는 수신을 중단하는 링크가 있습니다.
updates-email-send = 변경되면 이메일로 알림 받기
updates-email-invalid = name@example.com과 같은 형식으로 이메일 주소를 입력하세요
updates-email-sent = { $email } 주소로 이메일을 보냈습니다. 이메일 속 링크를 열면 업데이트 알림을 받기 시작합니다.
updates-error-offline = 인터넷에 연결되어 있지 않아 업데이트 알림을 설정할 수 없습니다. 연결 상태를 확인하고 다시 시도하세요.
updates-error-unknown = 시 시스템에 이 요청 정보가 더 이상 없어 업데이트 알림을 보낼 수 없습니다.
updates-error-busy = 시 시스템이 혼잡합니다. 1분 뒤에 다시 시도하세요.
updates-error-refused = 시 시스템에서 이 신청을 받아들이지 않았습니다. 이메일 주소를 확인하거나 다른 방법을 이용해 보세요.
updates-error-failed = 업데이트 알림을 설정하는 중에 문제가 생겼습니다. 나중에 다시 시도하세요.
updates-on-push = 이 요청이 변경되면 브라우저 알림을 받습니다.
updates-on-email = 이 요청이 변경되면 이메일을 받습니다(주소 확인 후).
updates-on-both = 이 요청이 변경되면 브라우저 알림과 이메일을 받습니다.
updates-stop = 업데이트 알림 중단
updates-stopped = 이 요청의 업데이트 알림을 중단했습니다.
updates-stop-failed = 시 시스템이 응답하지 않아 지금은 업데이트 알림을 중단할 수 없습니다. 다시 시도하세요.
