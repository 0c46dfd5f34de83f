# Frontdesk 시 서비스 번역(이름, 설명, 질문, 주제), 한국어. 번역자 안내: locales/README.md

## 서비스: 이름, 설명, 안내(요청을 시작하기 전에 표시), 질문과 선택 항목

svc-RD-POTHOLE = 포트홀(도로 파임)
svc-RD-POTHOLE-desc = 시 도로의 포트홀을 신고하세요. 광역 도로(번호가 붙은 도로)의 포트홀은 필 지역에서 보수합니다.
svc-RD-POTHOLE-notice = 위험하다고 신고된 포트홀은 24시간 안에 점검합니다.
svc-RD-POTHOLE-q-WHERE = 포트홀이 어디에 있나요?
svc-RD-POTHOLE-q-WHERE-ROAD = 차로
svc-RD-POTHOLE-q-WHERE-SHOULDER = 갓길
svc-RD-POTHOLE-q-WHERE-BIKE = 자전거 도로
svc-RD-POTHOLE-q-WHERE-CROSSWALK = 횡단보도
svc-RD-POTHOLE-q-SIZE = 폭이 대략 몇 센티미터인가요?
svc-RD-POTHOLE-q-HAZARD = 지금 바로 위험을 일으키고 있나요?
svc-RD-POTHOLE-q-HAZARD-YES = 예
svc-RD-POTHOLE-q-HAZARD-NO = 아니요
svc-RD-POTHOLE-q-SAFETY = 지금 다칠 수 있는 사람이 있다면 911에도 전화하세요.

svc-RD-SIDEWALK = 보도 파손
svc-RD-SIDEWALK-desc = 걸려 넘어질 위험이 있는 곳, 깨진 보도 판, 솟아오른 보도를 신고하세요.
svc-RD-SIDEWALK-q-PROBLEM = 어떤 문제인가요?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = 보도 판이 솟아오르거나 내려앉음
svc-RD-SIDEWALK-q-PROBLEM-CRACK = 금이 가거나 깨짐
svc-RD-SIDEWALK-q-PROBLEM-HOLE = 구멍
svc-RD-SIDEWALK-q-PROBLEM-CURB = 연석 파손
svc-RD-SIDEWALK-q-DETAILS = 작업자가 알아야 할 다른 내용이 있나요?

svc-RD-STREETLIGHT = 가로등 고장
svc-RD-STREETLIGHT-desc = 꺼져 있거나, 깜박이거나, 낮에도 켜져 있는 가로등을 신고하세요.
svc-RD-STREETLIGHT-q-POLE = 가로등 기둥 번호(보이는 경우)
svc-RD-STREETLIGHT-q-STATE = 가로등이 어떤 상태인가요?
svc-RD-STREETLIGHT-q-STATE-OUT = 꺼져 있음
svc-RD-STREETLIGHT-q-STATE-FLICKER = 깜박임
svc-RD-STREETLIGHT-q-STATE-DAY = 낮에도 켜져 있음

svc-TR-TREE = 가로수 관리
svc-TR-TREE-desc = 시 소유 나무의 점검, 가지치기 또는 제거를 요청하세요. 사유지의 나무는 소유자가 관리해야 합니다.
svc-TR-TREE-notice = 나무 관련 요청은 산림과에서 검토한 뒤 접수 번호가 발급됩니다.
svc-TR-TREE-q-WHAT = 어떤 문제인가요?
svc-TR-TREE-q-WHAT-FALLEN = 나무나 큰 가지가 쓰러짐
svc-TR-TREE-q-WHAT-HANGING = 가지가 부러지거나 매달려 있음
svc-TR-TREE-q-WHAT-DEAD = 죽었거나 죽어 가는 나무
svc-TR-TREE-q-WHAT-ROOTS = 뿌리 때문에 보도가 들림
svc-TR-TREE-q-WHAT-OTHER = 기타
svc-TR-TREE-q-BLOCKING = 도로나 보도를 막고 있나요?
svc-TR-TREE-q-OTHER = 문제를 설명해 주세요

svc-LG-GRAFFITI = 낙서
svc-LG-GRAFFITI-desc = 건물, 다리, 표지판, 공원 시설 등 시 소유물에 있는 낙서를 신고하세요.
svc-LG-GRAFFITI-q-SURFACE = 낙서가 어디에 있나요?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = 시 건물
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = 다리 또는 지하도
svc-LG-GRAFFITI-q-SURFACE-SIGN = 표지판
svc-LG-GRAFFITI-q-SURFACE-PARK = 공원 시설
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = 버스 정류장 대기소
svc-LG-GRAFFITI-q-SURFACE-UTILITY = 전기·통신 설비함
svc-LG-GRAFFITI-q-SURFACE-FENCE = 울타리 또는 벽
svc-LG-GRAFFITI-q-SURFACE-OTHER = 기타
svc-LG-GRAFFITI-q-OFFENSIVE = 혐오스럽거나 불쾌한 내용인가요?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = 예
svc-LG-GRAFFITI-q-OFFENSIVE-NO = 아니요
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = 혐오 낙서는 1영업일 안에 지웁니다.

svc-LG-LITTER = 쓰레기 또는 불법 투기
svc-LG-LITTER-desc = 쓰레기, 무단으로 버려진 물건, 넘쳐 나는 시 쓰레기통을 신고하세요.
svc-LG-LITTER-q-ITEMS = 무엇이 버려져 있나요?
svc-LG-LITTER-q-ITEMS-BAGS = 쓰레기봉투
svc-LG-LITTER-q-ITEMS-FURNITURE = 가구 또는 매트리스
svc-LG-LITTER-q-ITEMS-TIRES = 타이어
svc-LG-LITTER-q-ITEMS-BIN = 넘쳐 나는 쓰레기통
svc-LG-LITTER-q-ITEMS-SHARPS = 주삿바늘 또는 날카로운 물건
svc-LG-LITTER-q-SEEN = 언제 보셨나요?

svc-NS-NOISE = 소음 민원
svc-NS-NOISE-desc = 허용 시간 외의 공사 소음이나 사업장에서 계속 나는 소음을 신고하세요. 지금 진행 중인 파티 소음은 필 지역 경찰의 비긴급 번호로 전화하세요.
svc-NS-NOISE-notice = 소음 민원은 조례 단속과로 전달됩니다. 온라인으로는 진행 상황을 확인할 수 없으니 311로 전화해 문의하세요.
svc-NS-NOISE-q-SOURCE = 소음이 어디에서 나나요?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = 공사
svc-NS-NOISE-q-SOURCE-BUSINESS = 사업장
svc-NS-NOISE-q-SOURCE-VEHICLE = 차량 또는 장비
svc-NS-NOISE-q-SOURCE-OTHER = 기타
svc-NS-NOISE-q-DATE = 발생 날짜
svc-NS-NOISE-q-ONGOING = 지금도 계속되고 있나요?

svc-PK-PARKING = 주차 단속
svc-PK-PARKING-desc = 불법 주차 차량을 신고하세요: 차고 진입로를 막은 차량, 보도 위, 소방차 전용 구역 또는 허가증 없이 장애인 주차 구역에 세운 차량.
svc-PK-PARKING-q-PLATE = 차량 번호판
svc-PK-PARKING-q-WHERE = 어디에 주차되어 있나요?
svc-PK-PARKING-q-WHERE-DRIVEWAY = 차고 진입로를 막고 있음
svc-PK-PARKING-q-WHERE-SIDEWALK = 보도 위
svc-PK-PARKING-q-WHERE-FIRE = 소방차 전용 구역
svc-PK-PARKING-q-WHERE-ACCESSIBLE = 허가증 없이 장애인 주차 구역에 주차
svc-PK-PARKING-q-WHERE-LONG = 도로에 5시간 넘게 주차

svc-DR-FLOODING = 도로 침수 또는 빗물받이 막힘
svc-DR-FLOODING-desc = 도로에 물이 고여 있거나 빗물 배수구(빗물받이)가 막힌 곳을 신고하세요.
svc-DR-FLOODING-q-DEPTH = 물이 얼마나 깊나요?
svc-DR-FLOODING-q-DEPTH-SHALLOW = 5cm 미만
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5~15cm
svc-DR-FLOODING-q-DEPTH-DEEP = 15cm 초과

svc-PC-PROPERTY = 건물·부지 관리 기준
svc-PC-PROPERTY-desc = 관리가 제대로 되지 않은 건물이나 부지를 신고하세요: 길게 자란 잔디, 잡초가 무성한 마당, 안전하지 않은 구조물, 사유지에 버려진 차량.
svc-PC-PROPERTY-q-ISSUE = 어떤 점이 우려되나요?
svc-PC-PROPERTY-q-ISSUE-GRASS = 길게 자란 잔디나 잡초
svc-PC-PROPERTY-q-ISSUE-DEBRIS = 마당의 쓰레기나 잔해
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = 안전하지 않은 구조물
svc-PC-PROPERTY-q-ISSUE-VEHICLE = 버려진 차량
svc-PC-PROPERTY-q-OWNER = 이 건물에 세 들어 살고 계신가요?
svc-PC-PROPERTY-q-OWNER-YES = 예
svc-PC-PROPERTY-q-OWNER-NO = 아니요

svc-SV-VEHICLE = 시 차량 민원
svc-SV-VEHICLE-desc = 시 차량이나 MiWay 버스의 운전에 대해 알려 주세요: 과속, 위험한 회전, 공회전.
svc-SV-VEHICLE-q-VEHICLE = 차량 번호 또는 버스 번호
svc-SV-VEHICLE-q-WHEN = 언제 일어났나요?
svc-SV-VEHICLE-q-WHAT = 무슨 일이 있었나요?

svc-PK-SIGN = 표지판 분실 또는 파손
svc-PK-SIGN-desc = 없어졌거나, 파손되었거나, 잘 보이지 않는 정지 표지판, 도로명 표지판, 주차 표지판을 신고하세요.
svc-PK-SIGN-notice = 없어진 정지 표지판은 당일에 교체합니다.
svc-PK-SIGN-q-KIND = 어떤 표지판인가요?
svc-PK-SIGN-q-KIND-STOP = 정지 또는 양보 표지판
svc-PK-SIGN-q-KIND-NAME = 도로명 표지판
svc-PK-SIGN-q-KIND-PARKING = 주차 표지판
svc-PK-SIGN-q-KIND-SPEED = 제한 속도 표지판
svc-PK-SIGN-q-KIND-OTHER = 기타
svc-PK-SIGN-q-DOWN = 정지 표지판이 쓰러져 있나요?

svc-CS-DEAD-ANIMAL = 공공장소의 동물 사체
svc-CS-DEAD-ANIMAL-desc = 도로, 보도 또는 공원에 있는 동물 사체의 수거를 요청하세요.

svc-RC-PARK = 공원 관리
svc-RC-PARK-desc = 부서진 놀이 기구, 파손된 벤치 또는 시 공원의 문제를 신고하세요.
svc-RC-PARK-q-ITEM = 무엇을 손봐야 하나요?
svc-RC-PARK-q-ITEM-PLAY = 놀이터
svc-RC-PARK-q-ITEM-BENCH = 벤치 또는 테이블
svc-RC-PARK-q-ITEM-TRAIL = 산책로
svc-RC-PARK-q-ITEM-WASHROOM = 화장실
svc-RC-PARK-q-ITEM-LIGHT = 조명
svc-RC-PARK-q-ITEM-FIELD = 운동장
svc-RC-PARK-q-ITEM-COURT = 테니스장 또는 농구장
svc-RC-PARK-q-ITEM-OTHER = 기타
svc-RC-PARK-q-UNSAFE = 사용하기에 위험한가요?
svc-RC-PARK-q-PARK = 공원 이름

svc-PC-DAMAGE = 시 시설물 파손
svc-PC-DAMAGE-desc = 공원이나 거리에 있는 벤치, 울타리, 표지판, 식수대, 화장실 등 시 시설물의 파손을 신고하세요.
svc-PC-DAMAGE-notice = 사람이 다칠 위험이 있는 파손은 24시간 안에 안전 조치를 합니다.
svc-PC-DAMAGE-q-KIND = 무엇이 파손되었나요?
svc-PC-DAMAGE-q-KIND-BENCH = 벤치 또는 피크닉 테이블
svc-PC-DAMAGE-q-KIND-FENCE = 울타리 또는 난간
svc-PC-DAMAGE-q-KIND-SIGN = 공원 또는 거리 표지판
svc-PC-DAMAGE-q-KIND-PLAY = 놀이 기구
svc-PC-DAMAGE-q-KIND-SHELTER = 버스 정류장 대기소
svc-PC-DAMAGE-q-KIND-FOUNTAIN = 식수대
svc-PC-DAMAGE-q-KIND-WASHROOM = 공중화장실
svc-PC-DAMAGE-q-KIND-OTHER = 기타
svc-PC-DAMAGE-q-KIND_OTHER = 무엇인가요?
svc-PC-DAMAGE-q-COUNT = 파손된 물건이 몇 개인가요?
svc-PC-DAMAGE-q-NOTICED = 언제 발견하셨나요?
svc-PC-DAMAGE-q-SINCE = 알고 계시다면, 언제부터 이런 상태였나요?
svc-PC-DAMAGE-q-DANGER = 사람이 다칠 수 있나요?
svc-PC-DAMAGE-q-DANGER-YES = 예
svc-PC-DAMAGE-q-DANGER-NO = 아니요
svc-PC-DAMAGE-q-DANGER_NOTE = 지금 다쳤거나 위험에 처한 사람이 있다면 먼저 911에 전화하세요.
svc-PC-DAMAGE-q-SIGNS = 무엇이 보이나요?
svc-PC-DAMAGE-q-SIGNS-GLASS = 깨진 유리
svc-PC-DAMAGE-q-SIGNS-EDGES = 날카로운 모서리
svc-PC-DAMAGE-q-SIGNS-LOOSE = 헐거워지거나 없어진 부품
svc-PC-DAMAGE-q-SIGNS-WATER = 물이 샘
svc-PC-DAMAGE-q-TAPED = 이미 테이프로 출입이 막혀 있거나 표시되어 있음
svc-PC-DAMAGE-q-ASSET = 시 표찰에 적힌 자산 번호(있는 경우)
svc-PC-DAMAGE-q-DETAILS = 작업자가 알아야 할 다른 내용이 있나요?
svc-PC-DAMAGE-q-PROMISE = 시 시설물의 파손은 10영업일 안에 작업자가 수리합니다.

## 시 서비스 목록(catalogue.json): 주제와 다른 곳에서 이용하는 서비스

topic-roads = 도로와 보도
link-road-closures = 도로 통제와 공사
link-road-closures-desc = 통제된 도로와 진행 중인 공사를 확인하세요.
link-snow-clearing = 제설
link-snow-clearing-desc = 눈이 온 뒤 제설이 되지 않은 도로나 보도를 신고하세요.
link-snow-clearing-hours = 겨울철 24시간

topic-trees = 나무
link-tree-permit = 사유지 나무 제거 허가
link-tree-permit-desc = 사유지에 있는 지름 15cm 이상의 나무를 훼손하거나 제거하기 위한 허가를 신청하세요.

topic-litter-graffiti = 쓰레기와 낙서

topic-noise = 소음
link-noise-exemption = 소음 규정 예외 허가
link-noise-exemption-desc = 행사나 공사를 위해 허용 시간 외에 소음을 낼 수 있도록 신청하세요.

topic-parking = 주차
link-parking-permit = 임시 주차 허가증
link-parking-permit-desc = 도로에 5시간 넘게 주차하기 위한 허가증을 구입하세요.

topic-pay = 딱지와 벌금 납부
link-pay-parking-ticket = 주차 위반 딱지 납부
link-pay-parking-ticket-desc = 주차 위반 고지서의 벌금을 온라인으로 납부하거나 이의를 제기하세요.
link-pay-fine = 주법 위반 벌금 납부
link-pay-fine-desc = 교통 위반 또는 주법 위반 딱지의 벌금을 납부하세요.

topic-permits = 허가와 면허
link-building-permit = 건축 허가
link-building-permit-desc = 건축, 리모델링 또는 철거 허가를 신청하세요.
link-dog-licence = 개·고양이 등록
link-dog-licence-desc = 반려동물을 등록하거나, 등록을 갱신하거나, 변경 사항을 신고하세요.
link-marriage-licence = 혼인 허가증
link-marriage-licence-desc = 신분증 두 가지를 가지고 직접 방문해 신청하세요.
link-marriage-licence-hours = 월요일~금요일, 오전 8시 30분~오후 4시 30분

topic-property = 건물·부지 관련 문제

topic-taxes = 세금과 부동산
link-property-tax = 재산세 납부
link-property-tax-desc = 재산세를 납부하거나, 자동 이체를 신청하거나, 잔액을 확인하세요.
link-tax-certificate = 세금 증명서
link-tax-certificate-desc = 부동산 매매를 위한 세금 증명서를 신청하세요.
link-tax-certificate-hours = 월요일~금요일, 오전 8시 30분~오후 4시 30분

topic-vehicles = 시 차량 민원

topic-library = 도서관
link-library-card = 도서관 카드 발급
link-library-card-desc = 온라인으로 무료 도서관 카드를 신청하고 책, 전자책 등을 빌리세요.

topic-recreation = 여가 활동
link-recreation-register = 프로그램 등록
link-recreation-register-desc = 수영, 스케이트, 캠프 등 여가 프로그램에 등록하세요.

topic-civic = 시민 서비스
link-civic-311 = 문의하기
link-civic-311-desc = 시 서비스에 관해 무엇이든 311 상담원과 상담하세요.

topic-drainage = 배수

## 목록의 주제가 포함하는 시스템 그룹: catalogue.json을 사용할 수 없을 때만 이 이름으로 표시

topic-x526f61647320616e64207369646577616c6b73 = 도로와 보도
topic-Trees = 나무
topic-x4c697474657220616e64206772616666697469 = 쓰레기와 낙서
topic-Noise = 소음
topic-Parking = 주차
topic-Drainage = 배수
topic-x50726f706572747920636f6e6365726e73 = 건물·부지 관련 문제
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = 시 차량 민원
topic-x4369766963207365727669636573 = 시민 서비스
topic-Recreation = 여가 활동

## 시에서 쓰는 요청 처리 상태

status-open = 진행 중
status-closed = 종료
