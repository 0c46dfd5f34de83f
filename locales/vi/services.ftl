# Frontdesk, bản dịch tiếng Việt các dịch vụ của thành phố (tên, mô tả, câu hỏi, chủ đề). Hướng dẫn cho người dịch: locales/README.md

## Dịch vụ: tên, mô tả, lưu ý (hiện trước khi bắt đầu một yêu cầu), câu hỏi và lựa chọn

svc-RD-POTHOLE = Ổ gà
svc-RD-POTHOLE-desc = Báo cáo ổ gà trên đường của thành phố. Ổ gà trên các đường của vùng (đường có đánh số) do Vùng Peel sửa chữa.
svc-RD-POTHOLE-notice = Những ổ gà được báo cáo là nguy hiểm sẽ được kiểm tra trong vòng 24 giờ.
svc-RD-POTHOLE-q-WHERE = Ổ gà nằm ở đâu?
svc-RD-POTHOLE-q-WHERE-ROAD = Trên làn xe chạy
svc-RD-POTHOLE-q-WHERE-SHOULDER = Trên lề đường
svc-RD-POTHOLE-q-WHERE-BIKE = Trên làn xe đạp
svc-RD-POTHOLE-q-WHERE-CROSSWALK = Trên vạch qua đường cho người đi bộ
svc-RD-POTHOLE-q-SIZE = Ổ gà rộng khoảng bao nhiêu xăng-ti-mét?
svc-RD-POTHOLE-q-HAZARD = Ổ gà có đang gây nguy hiểm ngay lập tức không?
svc-RD-POTHOLE-q-HAZARD-YES = Có
svc-RD-POTHOLE-q-HAZARD-NO = Không
svc-RD-POTHOLE-q-SAFETY = Nếu có người có thể bị thương ngay lúc này, hãy gọi thêm 911.

svc-RD-SIDEWALK = Vỉa hè bị hư hỏng
svc-RD-SIDEWALK-desc = Báo cáo chỗ dễ vấp ngã, tấm lát bị vỡ hoặc vỉa hè bị đội lên.
svc-RD-SIDEWALK-q-PROBLEM = Có vấn đề gì?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = Tấm lát bị đội lên hoặc lún xuống
svc-RD-SIDEWALK-q-PROBLEM-CRACK = Bị nứt hoặc vỡ
svc-RD-SIDEWALK-q-PROBLEM-HOLE = Có lỗ thủng
svc-RD-SIDEWALK-q-PROBLEM-CURB = Bó vỉa bị hư hỏng
svc-RD-SIDEWALK-q-DETAILS = Đội công nhân có cần biết thêm điều gì không?

svc-RD-STREETLIGHT = Đèn đường không sáng
svc-RD-STREETLIGHT-desc = Báo cáo đèn đường bị tắt, nhấp nháy hoặc vẫn sáng vào ban ngày.
svc-RD-STREETLIGHT-q-POLE = Số cột đèn, nếu quý vị nhìn thấy
svc-RD-STREETLIGHT-q-STATE = Đèn đang bị sao?
svc-RD-STREETLIGHT-q-STATE-OUT = Bị tắt
svc-RD-STREETLIGHT-q-STATE-FLICKER = Nhấp nháy
svc-RD-STREETLIGHT-q-STATE-DAY = Sáng vào ban ngày

svc-TR-TREE = Chăm sóc cây xanh
svc-TR-TREE-desc = Yêu cầu kiểm tra, cắt tỉa hoặc đốn bỏ cây của thành phố. Cây trên đất tư nhân thuộc trách nhiệm của chủ đất.
svc-TR-TREE-notice = Các yêu cầu về cây được bộ phận Lâm nghiệp xem xét trước khi cấp số tham chiếu.
svc-TR-TREE-q-WHAT = Có vấn đề gì?
svc-TR-TREE-q-WHAT-FALLEN = Cây hoặc cành cây bị đổ
svc-TR-TREE-q-WHAT-HANGING = Cành cây bị gãy hoặc đang treo lơ lửng
svc-TR-TREE-q-WHAT-DEAD = Cây đã chết hoặc sắp chết
svc-TR-TREE-q-WHAT-ROOTS = Rễ cây làm vỉa hè bị đội lên
svc-TR-TREE-q-WHAT-OTHER = Vấn đề khác
svc-TR-TREE-q-BLOCKING = Cây có đang chắn đường hoặc vỉa hè không?
svc-TR-TREE-q-OTHER = Mô tả vấn đề

svc-LG-GRAFFITI = Hình vẽ bậy
svc-LG-GRAFFITI-desc = Báo cáo hình vẽ bậy trên tài sản của thành phố: tòa nhà, cầu, biển báo, thiết bị trong công viên.
svc-LG-GRAFFITI-q-SURFACE = Hình vẽ bậy ở trên cái gì?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = Tòa nhà của thành phố
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = Cầu hoặc đường chui
svc-LG-GRAFFITI-q-SURFACE-SIGN = Biển báo
svc-LG-GRAFFITI-q-SURFACE-PARK = Thiết bị trong công viên
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = Nhà chờ xe buýt
svc-LG-GRAFFITI-q-SURFACE-UTILITY = Tủ điện hoặc tủ kỹ thuật
svc-LG-GRAFFITI-q-SURFACE-FENCE = Hàng rào hoặc bức tường
svc-LG-GRAFFITI-q-SURFACE-OTHER = Khác
svc-LG-GRAFFITI-q-OFFENSIVE = Hình vẽ có nội dung thù ghét hoặc xúc phạm không?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = Có
svc-LG-GRAFFITI-q-OFFENSIVE-NO = Không
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = Hình vẽ bậy có nội dung thù ghét được xóa trong vòng một ngày làm việc.

svc-LG-LITTER = Rác thải hoặc đổ rác trái phép
svc-LG-LITTER-desc = Báo cáo rác thải, đồ bị vứt bỏ hoặc thùng rác công cộng bị đầy tràn.
svc-LG-LITTER-q-ITEMS = Những gì bị bỏ lại?
svc-LG-LITTER-q-ITEMS-BAGS = Túi rác
svc-LG-LITTER-q-ITEMS-FURNITURE = Đồ nội thất hoặc nệm
svc-LG-LITTER-q-ITEMS-TIRES = Lốp xe
svc-LG-LITTER-q-ITEMS-BIN = Thùng rác công cộng bị đầy tràn
svc-LG-LITTER-q-ITEMS-SHARPS = Kim tiêm hoặc vật sắc nhọn
svc-LG-LITTER-q-SEEN = Quý vị nhìn thấy lúc nào?

svc-NS-NOISE = Khiếu nại về tiếng ồn
svc-NS-NOISE-desc = Báo cáo tiếng ồn xây dựng ngoài giờ được phép, hoặc tiếng ồn kéo dài từ một cơ sở kinh doanh. Nếu đang có tiệc gây ồn ngay lúc này, hãy gọi số không khẩn cấp của Cảnh sát Vùng Peel.
svc-NS-NOISE-notice = Các khiếu nại về tiếng ồn được chuyển đến bộ phận Thi hành Quy định Địa phương. Không thể theo dõi các khiếu nại này trực tuyến: hãy gọi 311 để hỏi thăm tiến độ.
svc-NS-NOISE-q-SOURCE = Tiếng ồn phát ra từ đâu?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = Công trình xây dựng
svc-NS-NOISE-q-SOURCE-BUSINESS = Một cơ sở kinh doanh
svc-NS-NOISE-q-SOURCE-VEHICLE = Xe cộ hoặc máy móc
svc-NS-NOISE-q-SOURCE-OTHER = Khác
svc-NS-NOISE-q-DATE = Ngày xảy ra
svc-NS-NOISE-q-ONGOING = Tiếng ồn có còn đang tiếp diễn không?

svc-PK-PARKING = Xử lý vi phạm đỗ xe
svc-PK-PARKING-desc = Báo cáo xe đỗ trái phép: chắn lối xe ra vào nhà, đỗ trên vỉa hè, đỗ trên lối dành cho xe cứu hỏa, hoặc đỗ ở chỗ dành cho người khuyết tật mà không có giấy phép.
svc-PK-PARKING-q-PLATE = Biển số xe
svc-PK-PARKING-q-WHERE = Xe đỗ ở đâu?
svc-PK-PARKING-q-WHERE-DRIVEWAY = Chắn lối xe ra vào nhà
svc-PK-PARKING-q-WHERE-SIDEWALK = Trên vỉa hè
svc-PK-PARKING-q-WHERE-FIRE = Trên lối dành cho xe cứu hỏa
svc-PK-PARKING-q-WHERE-ACCESSIBLE = Chỗ dành cho người khuyết tật, không có giấy phép
svc-PK-PARKING-q-WHERE-LONG = Đỗ trên đường quá 5 giờ

svc-DR-FLOODING = Ngập nước trên đường hoặc hố ga bị tắc
svc-DR-FLOODING-desc = Báo cáo nước đọng trên đường, hoặc cống thoát nước mưa (hố ga) bị tắc.
svc-DR-FLOODING-q-DEPTH = Nước sâu bao nhiêu?
svc-DR-FLOODING-q-DEPTH-SHALLOW = Dưới 5 cm
svc-DR-FLOODING-q-DEPTH-MEDIUM = Từ 5 đến 15 cm
svc-DR-FLOODING-q-DEPTH-DEEP = Trên 15 cm

svc-PC-PROPERTY = Tiêu chuẩn bảo trì nhà đất
svc-PC-PROPERTY-desc = Báo cáo nhà đất không được bảo trì: cỏ mọc cao, sân vườn um tùm, công trình không an toàn, xe bị bỏ trên đất tư nhân.
svc-PC-PROPERTY-q-ISSUE = Quý vị lo ngại về điều gì?
svc-PC-PROPERTY-q-ISSUE-GRASS = Cỏ mọc cao hoặc cỏ dại
svc-PC-PROPERTY-q-ISSUE-DEBRIS = Rác và phế thải trong sân
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = Công trình không an toàn
svc-PC-PROPERTY-q-ISSUE-VEHICLE = Xe bị bỏ lại
svc-PC-PROPERTY-q-OWNER = Quý vị có đang thuê nhà đất này không?
svc-PC-PROPERTY-q-OWNER-YES = Có
svc-PC-PROPERTY-q-OWNER-NO = Không

svc-SV-VEHICLE = Khiếu nại về xe của thành phố
svc-SV-VEHICLE-desc = Cho chúng tôi biết về cách lái xe của một xe thành phố hoặc xe buýt MiWay: chạy quá tốc độ, rẽ không an toàn, để máy nổ khi đứng yên.
svc-SV-VEHICLE-q-VEHICLE = Số xe hoặc số xe buýt
svc-SV-VEHICLE-q-WHEN = Sự việc xảy ra khi nào?
svc-SV-VEHICLE-q-WHAT = Đã xảy ra chuyện gì?

svc-PK-SIGN = Biển báo bị mất hoặc hư hỏng
svc-PK-SIGN-desc = Báo cáo biển dừng lại, biển tên đường hoặc biển đỗ xe bị mất, hư hỏng hoặc khó nhìn thấy.
svc-PK-SIGN-notice = Biển dừng lại bị mất sẽ được thay ngay trong ngày.
svc-PK-SIGN-q-KIND = Biển báo nào?
svc-PK-SIGN-q-KIND-STOP = Biển dừng lại hoặc biển nhường đường
svc-PK-SIGN-q-KIND-NAME = Biển tên đường
svc-PK-SIGN-q-KIND-PARKING = Biển đỗ xe
svc-PK-SIGN-q-KIND-SPEED = Biển giới hạn tốc độ
svc-PK-SIGN-q-KIND-OTHER = Khác
svc-PK-SIGN-q-DOWN = Có biển dừng lại nào bị đổ không?

svc-CS-DEAD-ANIMAL = Xác động vật ở nơi công cộng
svc-CS-DEAD-ANIMAL-desc = Yêu cầu dọn xác động vật trên đường, vỉa hè hoặc trong công viên.

svc-RC-PARK = Bảo trì công viên
svc-RC-PARK-desc = Báo cáo thiết bị sân chơi bị hỏng, ghế băng bị hư hoặc một vấn đề trong công viên của thành phố.
svc-RC-PARK-q-ITEM = Cần xử lý cái gì?
svc-RC-PARK-q-ITEM-PLAY = Sân chơi
svc-RC-PARK-q-ITEM-BENCH = Ghế băng hoặc bàn
svc-RC-PARK-q-ITEM-TRAIL = Đường mòn
svc-RC-PARK-q-ITEM-WASHROOM = Nhà vệ sinh
svc-RC-PARK-q-ITEM-LIGHT = Đèn chiếu sáng
svc-RC-PARK-q-ITEM-FIELD = Sân thể thao
svc-RC-PARK-q-ITEM-COURT = Sân quần vợt hoặc sân bóng rổ
svc-RC-PARK-q-ITEM-OTHER = Khác
svc-RC-PARK-q-UNSAFE = Có nguy hiểm khi sử dụng không?
svc-RC-PARK-q-PARK = Tên công viên

svc-PC-DAMAGE = Tài sản của thành phố bị hư hỏng
svc-PC-DAMAGE-desc = Báo cáo ghế băng, hàng rào, biển báo, vòi nước uống, nhà vệ sinh hoặc tài sản khác của thành phố bị hỏng, trong công viên hoặc trên đường phố.
svc-PC-DAMAGE-notice = Những hư hỏng gây nguy hiểm cho mọi người sẽ được xử lý cho an toàn trong vòng 24 giờ.
svc-PC-DAMAGE-q-KIND = Cái gì bị hư hỏng?
svc-PC-DAMAGE-q-KIND-BENCH = Ghế băng hoặc bàn dã ngoại
svc-PC-DAMAGE-q-KIND-FENCE = Hàng rào hoặc lan can
svc-PC-DAMAGE-q-KIND-SIGN = Biển báo trong công viên hoặc trên đường
svc-PC-DAMAGE-q-KIND-PLAY = Thiết bị sân chơi
svc-PC-DAMAGE-q-KIND-SHELTER = Nhà chờ xe buýt
svc-PC-DAMAGE-q-KIND-FOUNTAIN = Vòi nước uống công cộng
svc-PC-DAMAGE-q-KIND-WASHROOM = Nhà vệ sinh công cộng
svc-PC-DAMAGE-q-KIND-OTHER = Thứ khác
svc-PC-DAMAGE-q-KIND_OTHER = Đó là gì?
svc-PC-DAMAGE-q-COUNT = Có bao nhiêu món bị hư hỏng?
svc-PC-DAMAGE-q-NOTICED = Quý vị phát hiện khi nào?
svc-PC-DAMAGE-q-SINCE = Tình trạng này có từ ngày nào, nếu quý vị biết?
svc-PC-DAMAGE-q-DANGER = Có ai có thể bị thương không?
svc-PC-DAMAGE-q-DANGER-YES = Có
svc-PC-DAMAGE-q-DANGER-NO = Không
svc-PC-DAMAGE-q-DANGER_NOTE = Nếu có người đang bị thương hoặc gặp nguy hiểm, hãy gọi 911 trước.
svc-PC-DAMAGE-q-SIGNS = Quý vị nhìn thấy gì?
svc-PC-DAMAGE-q-SIGNS-GLASS = Kính vỡ
svc-PC-DAMAGE-q-SIGNS-EDGES = Cạnh sắc
svc-PC-DAMAGE-q-SIGNS-LOOSE = Bộ phận bị lỏng hoặc bị mất
svc-PC-DAMAGE-q-SIGNS-WATER = Rò rỉ nước
svc-PC-DAMAGE-q-TAPED = Chỗ này đã được chăng dây hoặc đánh dấu cảnh báo
svc-PC-DAMAGE-q-ASSET = Số tài sản trên nhãn của thành phố, nếu có
svc-PC-DAMAGE-q-DETAILS = Đội công nhân có cần biết thêm điều gì không?
svc-PC-DAMAGE-q-PROMISE = Đội công nhân sửa chữa hư hỏng tài sản của thành phố trong vòng 10 ngày làm việc.

## Danh mục của thành phố (catalogue.json): chủ đề, và các dịch vụ thực hiện ở nơi khác

topic-roads = Đường sá và vỉa hè
link-road-closures = Đường bị đóng và công trình thi công
link-road-closures-desc = Xem những đường nào đang bị đóng và những công trình nào đang thi công.
link-snow-clearing = Dọn tuyết
link-snow-clearing-desc = Báo cáo đường hoặc vỉa hè chưa được dọn sau khi tuyết rơi.
link-snow-clearing-hours = 24 giờ mỗi ngày trong mùa đông

topic-trees = Cây xanh
link-tree-permit = Giấy phép đốn cây trên đất tư nhân
link-tree-permit-desc = Xin giấy phép làm tổn hại hoặc đốn bỏ cây có đường kính từ 15 cm trở lên trên đất tư nhân.

topic-litter-graffiti = Rác thải và hình vẽ bậy

topic-noise = Tiếng ồn
link-noise-exemption = Giấy phép miễn trừ quy định về tiếng ồn
link-noise-exemption-desc = Xin phép gây tiếng ồn ngoài giờ được phép cho một sự kiện hoặc công trình xây dựng.

topic-parking = Đỗ xe
link-parking-permit = Giấy phép đỗ xe tạm thời
link-parking-permit-desc = Mua giấy phép để đỗ xe trên đường quá 5 giờ.

topic-pay = Nộp tiền vé phạt và tiền phạt
link-pay-parking-ticket = Nộp tiền vé phạt đỗ xe
link-pay-parking-ticket-desc = Nộp tiền hoặc khiếu nại giấy báo phạt đỗ xe trực tuyến.
link-pay-fine = Nộp tiền phạt vi phạm luật tỉnh bang
link-pay-fine-desc = Nộp tiền vé phạt giao thông hoặc vé phạt vi phạm luật tỉnh bang.

topic-permits = Giấy phép
link-building-permit = Giấy phép xây dựng
link-building-permit-desc = Xin giấy phép xây dựng, sửa chữa cải tạo hoặc phá dỡ.
link-dog-licence = Giấy phép nuôi chó và mèo
link-dog-licence-desc = Đăng ký giấy phép cho thú cưng, gia hạn giấy phép hoặc báo thay đổi thông tin.
link-marriage-licence = Giấy phép kết hôn
link-marriage-licence-desc = Nộp đơn trực tiếp, mang theo hai loại giấy tờ tùy thân.
link-marriage-licence-hours = thứ Hai đến thứ Sáu, từ 8:30 đến 16:30

topic-property = Vấn đề về nhà đất

topic-taxes = Thuế và nhà đất
link-property-tax = Nộp thuế nhà đất
link-property-tax-desc = Nộp thuế nhà đất, đăng ký thanh toán tự động hoặc xem số tiền còn nợ.
link-tax-certificate = Giấy chứng nhận thuế
link-tax-certificate-desc = Xin giấy chứng nhận thuế khi bán nhà đất.
link-tax-certificate-hours = thứ Hai đến thứ Sáu, từ 8:30 đến 16:30

topic-vehicles = Khiếu nại về xe công vụ

topic-library = Thư viện
link-library-card = Làm thẻ thư viện
link-library-card-desc = Đăng ký thẻ thư viện miễn phí trực tuyến để mượn sách, sách điện tử và nhiều thứ khác.

topic-recreation = Giải trí
link-recreation-register = Đăng ký các chương trình
link-recreation-register-desc = Đăng ký học bơi, trượt băng, trại hè và các chương trình giải trí khác.

topic-civic = Dịch vụ hành chính
link-civic-311 = Đặt câu hỏi
link-civic-311-desc = Nói chuyện với nhân viên tổng đài 311 về bất kỳ dịch vụ nào của thành phố.

topic-drainage = Thoát nước

## Các nhóm của hệ thống mà một chủ đề trong danh mục bao gồm: chỉ hiện dưới các tên này khi không dùng được catalogue.json

topic-x526f61647320616e64207369646577616c6b73 = Đường sá và vỉa hè
topic-Trees = Cây xanh
topic-x4c697474657220616e64206772616666697469 = Rác thải và hình vẽ bậy
topic-Noise = Tiếng ồn
topic-Parking = Đỗ xe
topic-Drainage = Thoát nước
topic-x50726f706572747920636f6e6365726e73 = Vấn đề về nhà đất
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = Khiếu nại về xe công vụ
topic-x4369766963207365727669636573 = Dịch vụ hành chính
topic-Recreation = Giải trí

## Tình trạng của một yêu cầu, theo cách thành phố ghi

status-open = Đang mở
status-closed = Đã đóng
