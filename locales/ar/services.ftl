# Frontdesk، ترجمة خدمات المدينة (الأسماء والأوصاف والأسئلة والمواضيع). دليل المترجمين: locales/README.md

## الخدمات: الاسم والوصف والتنبيه (يظهر قبل بدء الطلب) والأسئلة والخيارات

svc-RD-POTHOLE = حفرة في الطريق
svc-RD-POTHOLE-desc = أبلغ عن حفرة في طريق تابع للمدينة. أما الحفر في الطرق الإقليمية (الطرق المرقّمة) فتصلحها منطقة بيل.
svc-RD-POTHOLE-notice = تُفحَص الحفر المُبلَّغ عنها بوصفها خطرًا خلال 24 ساعة.
svc-RD-POTHOLE-q-WHERE = أين تقع الحفرة؟
svc-RD-POTHOLE-q-WHERE-ROAD = في مسار السير
svc-RD-POTHOLE-q-WHERE-SHOULDER = على كتف الطريق
svc-RD-POTHOLE-q-WHERE-BIKE = في مسار الدراجات
svc-RD-POTHOLE-q-WHERE-CROSSWALK = في ممر المشاة
svc-RD-POTHOLE-q-SIZE = كم يبلغ عرضها تقريبًا بالسنتيمتر؟
svc-RD-POTHOLE-q-HAZARD = هل تشكّل خطرًا مباشرًا؟
svc-RD-POTHOLE-q-HAZARD-YES = نعم
svc-RD-POTHOLE-q-HAZARD-NO = لا
svc-RD-POTHOLE-q-SAFETY = إذا كان أحد معرّضًا للإصابة الآن، فاتصل أيضًا بالرقم 911.

svc-RD-SIDEWALK = رصيف متضرّر
svc-RD-SIDEWALK-desc = أبلغ عن موضع قد يتعثّر فيه المارّة، أو بلاطة مكسورة، أو رصيف مرتفع عن مستواه.
svc-RD-SIDEWALK-q-PROBLEM = ما المشكلة؟
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = بلاطة مرتفعة أو هابطة
svc-RD-SIDEWALK-q-PROBLEM-CRACK = متشقّق أو مكسور
svc-RD-SIDEWALK-q-PROBLEM-HOLE = حفرة
svc-RD-SIDEWALK-q-PROBLEM-CURB = حافة رصيف متضرّرة
svc-RD-SIDEWALK-q-DETAILS = هل هناك أي شيء آخر ينبغي أن يعرفه فريق العمل؟

svc-RD-STREETLIGHT = عمود إنارة لا يعمل
svc-RD-STREETLIGHT-desc = أبلغ عن عمود إنارة في الشارع مطفأ أو يومض أو يبقى مضاءً في النهار.
svc-RD-STREETLIGHT-q-POLE = رقم العمود، إن كنت تستطيع رؤيته
svc-RD-STREETLIGHT-q-STATE = ما حال الإنارة؟
svc-RD-STREETLIGHT-q-STATE-OUT = مطفأة
svc-RD-STREETLIGHT-q-STATE-FLICKER = تومض
svc-RD-STREETLIGHT-q-STATE-DAY = مضاءة في النهار

svc-TR-TREE = العناية بالأشجار
svc-TR-TREE-desc = اطلب فحص شجرة تابعة للمدينة أو تقليمها أو إزالتها. أما الأشجار في الممتلكات الخاصة فهي من مسؤولية مالكيها.
svc-TR-TREE-notice = يراجع قسم الغابات الحضرية طلبات الأشجار قبل إصدار رقم مرجعي.
svc-TR-TREE-q-WHAT = ما المشكلة؟
svc-TR-TREE-q-WHAT-FALLEN = شجرة أو غصن ساقط
svc-TR-TREE-q-WHAT-HANGING = غصن متدلٍّ أو مكسور
svc-TR-TREE-q-WHAT-DEAD = شجرة ميتة أو تحتضر
svc-TR-TREE-q-WHAT-ROOTS = جذور ترفع الرصيف
svc-TR-TREE-q-WHAT-OTHER = شيء آخر
svc-TR-TREE-q-BLOCKING = هل تسدّ طريقًا أو رصيفًا؟
svc-TR-TREE-q-OTHER = صِف المشكلة

svc-LG-GRAFFITI = كتابات على الجدران
svc-LG-GRAFFITI-desc = أبلغ عن كتابات على الجدران في ممتلكات المدينة: المباني والجسور واللافتات ومعدات الحدائق.
svc-LG-GRAFFITI-q-SURFACE = على أي شيء هي؟
svc-LG-GRAFFITI-q-SURFACE-BUILDING = مبنى تابع للمدينة
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = جسر أو نفق سفلي
svc-LG-GRAFFITI-q-SURFACE-SIGN = لافتة
svc-LG-GRAFFITI-q-SURFACE-PARK = معدات حديقة
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = مظلة موقف حافلات
svc-LG-GRAFFITI-q-SURFACE-UTILITY = صندوق مرافق
svc-LG-GRAFFITI-q-SURFACE-FENCE = سياج أو جدار
svc-LG-GRAFFITI-q-SURFACE-OTHER = غير ذلك
svc-LG-GRAFFITI-q-OFFENSIVE = هل تحمل كراهية أو إساءة؟
svc-LG-GRAFFITI-q-OFFENSIVE-YES = نعم
svc-LG-GRAFFITI-q-OFFENSIVE-NO = لا
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = تُزال الكتابات التي تحمل كراهية خلال يوم عمل واحد.

svc-LG-LITTER = نفايات أو إلقاء غير قانوني للمخلفات
svc-LG-LITTER-desc = أبلغ عن نفايات، أو أغراض أُلقيت، أو سلة مهملات عامة ممتلئة حتى فاضت.
svc-LG-LITTER-q-ITEMS = ما الذي تُرك؟
svc-LG-LITTER-q-ITEMS-BAGS = أكياس قمامة
svc-LG-LITTER-q-ITEMS-FURNITURE = أثاث أو مرتبة
svc-LG-LITTER-q-ITEMS-TIRES = إطارات
svc-LG-LITTER-q-ITEMS-BIN = سلة مهملات عامة فائضة
svc-LG-LITTER-q-ITEMS-SHARPS = إبر أو أدوات حادة
svc-LG-LITTER-q-SEEN = متى رأيت ذلك؟

svc-NS-NOISE = شكوى من الضوضاء
svc-NS-NOISE-desc = أبلغ عن ضوضاء أعمال بناء خارج الساعات المسموح بها، أو ضوضاء مستمرة من منشأة تجارية. إذا كانت هناك حفلة جارية الآن، فاتصل برقم شرطة منطقة بيل لغير الطوارئ.
svc-NS-NOISE-notice = تُحال شكاوى الضوضاء إلى إدارة إنفاذ اللوائح البلدية. ولا يمكن متابعتها عبر الإنترنت: اتصل بالرقم 311 لمعرفة ما آلت إليه.
svc-NS-NOISE-q-SOURCE = من أين تأتي الضوضاء؟
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = أعمال بناء
svc-NS-NOISE-q-SOURCE-BUSINESS = منشأة تجارية
svc-NS-NOISE-q-SOURCE-VEHICLE = مركبات أو معدات
svc-NS-NOISE-q-SOURCE-OTHER = غير ذلك
svc-NS-NOISE-q-DATE = تاريخ حدوثها
svc-NS-NOISE-q-ONGOING = هل لا تزال مستمرة؟

svc-PK-PARKING = مخالفات الوقوف
svc-PK-PARKING-desc = أبلغ عن مركبة متوقفة بشكل مخالف: تسدّ مدخل منزل، أو على رصيف، أو في مسار مخصص لسيارات الإطفاء، أو في موقف مخصص لذوي الإعاقة دون تصريح.
svc-PK-PARKING-q-PLATE = رقم اللوحة
svc-PK-PARKING-q-WHERE = أين تقف؟
svc-PK-PARKING-q-WHERE-DRIVEWAY = تسدّ مدخل منزل
svc-PK-PARKING-q-WHERE-SIDEWALK = على رصيف
svc-PK-PARKING-q-WHERE-FIRE = في مسار مخصص لسيارات الإطفاء
svc-PK-PARKING-q-WHERE-ACCESSIBLE = في موقف لذوي الإعاقة دون تصريح
svc-PK-PARKING-q-WHERE-LONG = أكثر من 5 ساعات في الشارع

svc-DR-FLOODING = فيضان في الشارع أو بالوعة مسدودة
svc-DR-FLOODING-desc = أبلغ عن تجمّع المياه على طريق، أو عن بالوعة تصريف مياه الأمطار مسدودة.
svc-DR-FLOODING-q-DEPTH = ما عمق المياه؟
svc-DR-FLOODING-q-DEPTH-SHALLOW = أقل من 5 سم
svc-DR-FLOODING-q-DEPTH-MEDIUM = من 5 إلى 15 سم
svc-DR-FLOODING-q-DEPTH-DEEP = أكثر من 15 سم

svc-PC-PROPERTY = معايير صيانة العقارات
svc-PC-PROPERTY-desc = أبلغ عن عقار مُهمَل: عشب طويل، أو فناء تكسوه النباتات، أو منشأة غير آمنة، أو مركبات مهجورة على أرض خاصة.
svc-PC-PROPERTY-q-ISSUE = ما موضوع الشكوى؟
svc-PC-PROPERTY-q-ISSUE-GRASS = عشب طويل أو أعشاب ضارة
svc-PC-PROPERTY-q-ISSUE-DEBRIS = مخلفات في الفناء
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = منشأة غير آمنة
svc-PC-PROPERTY-q-ISSUE-VEHICLE = مركبة مهجورة
svc-PC-PROPERTY-q-OWNER = هل تستأجر هذا العقار؟
svc-PC-PROPERTY-q-OWNER-YES = نعم
svc-PC-PROPERTY-q-OWNER-NO = لا

svc-SV-VEHICLE = شكوى بشأن مركبة تابعة للمدينة
svc-SV-VEHICLE-desc = أخبرنا عن طريقة قيادة مركبة تابعة للمدينة أو حافلة MiWay: السرعة الزائدة، أو المنعطفات الخطرة، أو ترك المحرك يعمل دون داعٍ.
svc-SV-VEHICLE-q-VEHICLE = رقم المركبة أو الحافلة
svc-SV-VEHICLE-q-WHEN = متى حدث ذلك؟
svc-SV-VEHICLE-q-WHAT = ماذا حدث؟

svc-PK-SIGN = لافتة مفقودة أو متضرّرة
svc-PK-SIGN-desc = أبلغ عن لافتة توقف أو لافتة اسم شارع أو لافتة وقوف مفقودة أو متضرّرة أو يصعب رؤيتها.
svc-PK-SIGN-notice = تُستبدل لافتة التوقف المفقودة في اليوم نفسه.
svc-PK-SIGN-q-KIND = أي لافتة؟
svc-PK-SIGN-q-KIND-STOP = لافتة توقف أو أفضلية مرور
svc-PK-SIGN-q-KIND-NAME = اسم الشارع
svc-PK-SIGN-q-KIND-PARKING = لافتة وقوف
svc-PK-SIGN-q-KIND-SPEED = حد السرعة
svc-PK-SIGN-q-KIND-OTHER = غير ذلك
svc-PK-SIGN-q-DOWN = هل سقطت لافتة توقف؟

svc-CS-DEAD-ANIMAL = حيوان نافق في مكان عام
svc-CS-DEAD-ANIMAL-desc = اطلب إزالة حيوان نافق من طريق أو رصيف أو حديقة عامة.

svc-RC-PARK = صيانة الحدائق العامة
svc-RC-PARK-desc = أبلغ عن ألعاب أطفال مكسورة، أو مقعد متضرّر، أو مشكلة في إحدى حدائق المدينة.
svc-RC-PARK-q-ITEM = ما الذي يحتاج إلى اهتمام؟
svc-RC-PARK-q-ITEM-PLAY = ساحة ألعاب الأطفال
svc-RC-PARK-q-ITEM-BENCH = مقعد أو طاولة
svc-RC-PARK-q-ITEM-TRAIL = ممر مشاة
svc-RC-PARK-q-ITEM-WASHROOM = دورات المياه
svc-RC-PARK-q-ITEM-LIGHT = الإنارة
svc-RC-PARK-q-ITEM-FIELD = ملعب رياضي
svc-RC-PARK-q-ITEM-COURT = ملعب تنس أو كرة سلة
svc-RC-PARK-q-ITEM-OTHER = غير ذلك
svc-RC-PARK-q-UNSAFE = هل استخدامه غير آمن؟
svc-RC-PARK-q-PARK = اسم الحديقة

svc-PC-DAMAGE = أضرار في ممتلكات المدينة
svc-PC-DAMAGE-desc = أبلغ عن تضرّر مقعد أو سياج أو لافتة أو نافورة أو دورة مياه أو غيرها من ممتلكات المدينة في حديقة عامة أو في الشارع.
svc-PC-DAMAGE-notice = تُؤمَّن الأضرار التي تعرّض الناس للخطر خلال 24 ساعة.
svc-PC-DAMAGE-q-KIND = ما الذي تضرّر؟
svc-PC-DAMAGE-q-KIND-BENCH = مقعد أو طاولة نزهة
svc-PC-DAMAGE-q-KIND-FENCE = سياج أو درابزين
svc-PC-DAMAGE-q-KIND-SIGN = لافتة حديقة أو شارع
svc-PC-DAMAGE-q-KIND-PLAY = معدات ساحة ألعاب الأطفال
svc-PC-DAMAGE-q-KIND-SHELTER = مظلة موقف حافلات
svc-PC-DAMAGE-q-KIND-FOUNTAIN = نافورة مياه شرب
svc-PC-DAMAGE-q-KIND-WASHROOM = دورة مياه عامة
svc-PC-DAMAGE-q-KIND-OTHER = شيء آخر
svc-PC-DAMAGE-q-KIND_OTHER = ما هو؟
svc-PC-DAMAGE-q-COUNT = كم عدد الأشياء المتضرّرة؟
svc-PC-DAMAGE-q-NOTICED = متى لاحظت ذلك؟
svc-PC-DAMAGE-q-SINCE = منذ أي تاريخ وهو على هذه الحال، إن كنت تعرف؟
svc-PC-DAMAGE-q-DANGER = هل يمكن أن يُصاب أحد؟
svc-PC-DAMAGE-q-DANGER-YES = نعم
svc-PC-DAMAGE-q-DANGER-NO = لا
svc-PC-DAMAGE-q-DANGER_NOTE = إذا كان أحد مصابًا أو في خطر الآن، فاتصل أولًا بالرقم 911.
svc-PC-DAMAGE-q-SIGNS = ماذا ترى؟
svc-PC-DAMAGE-q-SIGNS-GLASS = زجاج مكسور
svc-PC-DAMAGE-q-SIGNS-EDGES = حواف حادة
svc-PC-DAMAGE-q-SIGNS-LOOSE = أجزاء مفكوكة أو مفقودة
svc-PC-DAMAGE-q-SIGNS-WATER = تسرّب مياه
svc-PC-DAMAGE-q-TAPED = سبق أن أُحيط بشريط أو وُضعت عليه علامة
svc-PC-DAMAGE-q-ASSET = رقم الأصل على بطاقة المدينة، إن وُجد
svc-PC-DAMAGE-q-DETAILS = هل هناك أي شيء آخر ينبغي أن يعرفه فريق العمل؟
svc-PC-DAMAGE-q-PROMISE = تصلح فرق العمل الأضرار في ممتلكات المدينة خلال 10 أيام عمل.

## دليل المدينة (catalogue.json): المواضيع، والخدمات التي تُقدَّم في مكان آخر

topic-roads = الطرق والأرصفة
link-road-closures = إغلاق الطرق وأعمال البناء
link-road-closures-desc = اعرف الطرق المغلقة والأعمال الجارية.
link-snow-clearing = إزالة الثلوج
link-snow-clearing-desc = أبلغ عن طريق أو رصيف لم تُزل عنه الثلوج بعد تساقطها.
link-snow-clearing-hours = على مدار الساعة خلال فصل الشتاء

topic-trees = الأشجار
link-tree-permit = تصريح بإزالة شجرة في ملكية خاصة
link-tree-permit-desc = اطلب تصريحًا بإلحاق الضرر بشجرة أو إزالتها إذا كان قطرها 15 سم أو أكثر وكانت في ملكية خاصة.

topic-litter-graffiti = النفايات والكتابات على الجدران

topic-noise = الضوضاء
link-noise-exemption = تصريح استثناء من قيود الضوضاء
link-noise-exemption-desc = اطلب الإذن بإحداث ضوضاء خارج الساعات المسموح بها لفعالية أو لأعمال بناء.

topic-parking = وقوف السيارات
link-parking-permit = تصريح وقوف مؤقت
link-parking-permit-desc = اشترِ تصريحًا للوقوف في الشارع أكثر من 5 ساعات.

topic-pay = دفع المخالفات والغرامات
link-pay-parking-ticket = دفع مخالفة وقوف
link-pay-parking-ticket-desc = ادفع إشعار مخالفة وقوف أو اعترض عليه عبر الإنترنت.
link-pay-fine = دفع غرامة مخالفة إقليمية
link-pay-fine-desc = ادفع مخالفة مرورية أو مخالفة لقانون المقاطعة.

topic-permits = التصاريح والرخص
link-building-permit = رخصة بناء
link-building-permit-desc = اطلب رخصة للبناء أو الترميم أو الهدم.
link-dog-licence = رخصة الكلاب والقطط
link-dog-licence-desc = استخرج رخصة لحيوانك الأليف، أو جدّد رخصته، أو أبلغ عن تغيير.
link-marriage-licence = رخصة الزواج
link-marriage-licence-desc = قدّم الطلب حضوريًا ومعك وثيقتا هوية.
link-marriage-licence-hours = من الاثنين إلى الجمعة، من 8:30 صباحًا إلى 4:30 مساءً

topic-property = شكاوى العقارات

topic-taxes = الضرائب والعقارات
link-property-tax = دفع ضريبة العقار
link-property-tax-desc = ادفع ضريبة عقارك، أو اشترك في الدفع التلقائي المُفوَّض مسبقًا، أو اطّلع على رصيدك.
link-tax-certificate = شهادة ضريبية
link-tax-certificate-desc = اطلب شهادة ضريبية لبيع عقار.
link-tax-certificate-hours = من الاثنين إلى الجمعة، من 8:30 صباحًا إلى 4:30 مساءً

topic-vehicles = شكاوى مركبات المدينة

topic-library = المكتبة
link-library-card = الحصول على بطاقة مكتبة
link-library-card-desc = سجّل عبر الإنترنت للحصول على بطاقة مكتبة مجانية، واستعر الكتب والكتب الإلكترونية وغيرها.

topic-recreation = الترفيه
link-recreation-register = التسجيل في البرامج
link-recreation-register-desc = سجّل في السباحة والتزلج على الجليد والمخيمات وغيرها من البرامج الترفيهية.

topic-civic = خدمات المواطنين
link-civic-311 = طرح سؤال
link-civic-311-desc = تحدّث إلى موظف في خدمة 311 عن أي خدمة من خدمات المدينة.

topic-drainage = تصريف المياه

## مجموعات الخادم التي يضمّها موضوع من الدليل: تظهر بهذه الأسماء فقط إذا تعذّر استخدام catalogue.json

topic-x526f61647320616e64207369646577616c6b73 = الطرق والأرصفة
topic-Trees = الأشجار
topic-x4c697474657220616e64206772616666697469 = النفايات والكتابات على الجدران
topic-Noise = الضوضاء
topic-Parking = وقوف السيارات
topic-Drainage = تصريف المياه
topic-x50726f706572747920636f6e6365726e73 = شكاوى العقارات
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = شكاوى مركبات المدينة
topic-x4369766963207365727669636573 = خدمات المواطنين
topic-Recreation = الترفيه

## حالة الطلب

status-open = مفتوح
status-closed = مغلق
