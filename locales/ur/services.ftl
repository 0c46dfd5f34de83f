# Frontdesk، شہر کی خدمات کا ترجمہ (نام، تفصیل، سوالات، موضوعات)۔ مترجمین کے لیے رہنما: locales/README.md

## خدمات: نام، تفصیل، اطلاع (درخواست شروع کرنے سے پہلے دکھائی جاتی ہے)، سوالات اور انتخاب

svc-RD-POTHOLE = سڑک میں گڑھا
svc-RD-POTHOLE-desc = شہر کی کسی سڑک میں گڑھے کی اطلاع دیں۔ علاقائی سڑکوں (نمبر والی سڑکوں) کے گڑھے ریجن آف پیل ٹھیک کرتا ہے۔
svc-RD-POTHOLE-notice = جن گڑھوں کی خطرناک کے طور پر اطلاع دی جائے، ان کا معائنہ 24 گھنٹوں کے اندر کیا جاتا ہے۔
svc-RD-POTHOLE-q-WHERE = گڑھا کہاں ہے؟
svc-RD-POTHOLE-q-WHERE-ROAD = گاڑیوں کی لین میں
svc-RD-POTHOLE-q-WHERE-SHOULDER = سڑک کے کنارے پر
svc-RD-POTHOLE-q-WHERE-BIKE = سائیکل لین میں
svc-RD-POTHOLE-q-WHERE-CROSSWALK = زیبرا کراسنگ پر
svc-RD-POTHOLE-q-SIZE = یہ تقریباً کتنا چوڑا ہے، سینٹی میٹر میں؟
svc-RD-POTHOLE-q-HAZARD = کیا اس سے فوری خطرہ ہے؟
svc-RD-POTHOLE-q-HAZARD-YES = ہاں
svc-RD-POTHOLE-q-HAZARD-NO = نہیں
svc-RD-POTHOLE-q-SAFETY = اگر ابھی کسی کو چوٹ لگ سکتی ہے تو 911 پر بھی کال کریں۔

svc-RD-SIDEWALK = خراب فٹ پاتھ
svc-RD-SIDEWALK-desc = ٹھوکر لگنے کے خطرے، ٹوٹی ہوئی سل یا اُبھرے ہوئے فٹ پاتھ کی اطلاع دیں۔
svc-RD-SIDEWALK-q-PROBLEM = کیا خرابی ہے؟
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = اُبھری ہوئی یا دھنسی ہوئی سل
svc-RD-SIDEWALK-q-PROBLEM-CRACK = دراڑ یا ٹوٹ پھوٹ
svc-RD-SIDEWALK-q-PROBLEM-HOLE = سوراخ
svc-RD-SIDEWALK-q-PROBLEM-CURB = خراب کرب (فٹ پاتھ کا کنارہ)
svc-RD-SIDEWALK-q-DETAILS = کیا کوئی اور بات ہے جو عملے کو معلوم ہونی چاہیے؟

svc-RD-STREETLIGHT = اسٹریٹ لائٹ بند ہے
svc-RD-STREETLIGHT-desc = ایسی اسٹریٹ لائٹ کی اطلاع دیں جو بند ہو، ٹمٹما رہی ہو یا دن میں جل رہی ہو۔
svc-RD-STREETLIGHT-q-POLE = کھمبے کا نمبر، اگر آپ کو نظر آئے
svc-RD-STREETLIGHT-q-STATE = لائٹ کا کیا حال ہے؟
svc-RD-STREETLIGHT-q-STATE-OUT = بند ہے
svc-RD-STREETLIGHT-q-STATE-FLICKER = ٹمٹما رہی ہے
svc-RD-STREETLIGHT-q-STATE-DAY = دن میں جل رہی ہے

svc-TR-TREE = درختوں کی دیکھ بھال
svc-TR-TREE-desc = شہر کے کسی درخت کے معائنے، کٹائی چھنٹائی یا ہٹانے کی درخواست کریں۔ نجی جائیداد پر لگے درخت مالک کی ذمہ داری ہیں۔
svc-TR-TREE-notice = درختوں سے متعلق درخواستوں کو حوالہ نمبر جاری ہونے سے پہلے شہر کا شعبۂ جنگلات جانچتا ہے۔
svc-TR-TREE-q-WHAT = کیا مسئلہ ہے؟
svc-TR-TREE-q-WHAT-FALLEN = گرا ہوا درخت یا شاخ
svc-TR-TREE-q-WHAT-HANGING = لٹکتی ہوئی یا ٹوٹی ہوئی شاخ
svc-TR-TREE-q-WHAT-DEAD = سوکھا ہوا یا مرتا ہوا درخت
svc-TR-TREE-q-WHAT-ROOTS = جڑیں فٹ پاتھ کو اوپر اٹھا رہی ہیں
svc-TR-TREE-q-WHAT-OTHER = کچھ اور
svc-TR-TREE-q-BLOCKING = کیا یہ کسی سڑک یا فٹ پاتھ کو روک رہا ہے؟
svc-TR-TREE-q-OTHER = مسئلہ بیان کریں

svc-LG-GRAFFITI = دیواروں پر لکھائی (گریفٹی)
svc-LG-GRAFFITI-desc = شہر کی املاک پر گریفٹی کی اطلاع دیں: عمارتیں، پل، سائن بورڈ، پارک کا سامان۔
svc-LG-GRAFFITI-q-SURFACE = یہ کس چیز پر ہے؟
svc-LG-GRAFFITI-q-SURFACE-BUILDING = شہر کی عمارت
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = پل یا انڈر پاس
svc-LG-GRAFFITI-q-SURFACE-SIGN = سائن بورڈ
svc-LG-GRAFFITI-q-SURFACE-PARK = پارک کا سامان
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = بس شیلٹر
svc-LG-GRAFFITI-q-SURFACE-UTILITY = یوٹیلیٹی باکس
svc-LG-GRAFFITI-q-SURFACE-FENCE = باڑ یا دیوار
svc-LG-GRAFFITI-q-SURFACE-OTHER = دیگر
svc-LG-GRAFFITI-q-OFFENSIVE = کیا یہ نفرت انگیز یا توہین آمیز ہے؟
svc-LG-GRAFFITI-q-OFFENSIVE-YES = ہاں
svc-LG-GRAFFITI-q-OFFENSIVE-NO = نہیں
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = نفرت انگیز گریفٹی ایک کاروباری دن کے اندر ہٹا دی جاتی ہے۔

svc-LG-LITTER = کوڑا کرکٹ یا غیر قانونی طور پر پھینکا گیا سامان
svc-LG-LITTER-desc = کوڑے، پھینکی گئی چیزوں یا شہر کے بھرے ہوئے کوڑے دان کی اطلاع دیں۔
svc-LG-LITTER-q-ITEMS = کیا چھوڑا گیا ہے؟
svc-LG-LITTER-q-ITEMS-BAGS = کوڑے کے تھیلے
svc-LG-LITTER-q-ITEMS-FURNITURE = فرنیچر یا گدا
svc-LG-LITTER-q-ITEMS-TIRES = ٹائر
svc-LG-LITTER-q-ITEMS-BIN = بھرا ہوا کوڑے دان
svc-LG-LITTER-q-ITEMS-SHARPS = سوئیاں یا نوکیلی چیزیں
svc-LG-LITTER-q-SEEN = آپ نے اسے کب دیکھا؟

svc-NS-NOISE = شور کی شکایت
svc-NS-NOISE-desc = اجازت شدہ اوقات کے علاوہ تعمیراتی کام کے شور، یا کسی کاروبار کے مسلسل شور کی اطلاع دیں۔ اگر ابھی کوئی پارٹی ہو رہی ہے تو پیل ریجنل پولیس کے غیر ہنگامی نمبر پر کال کریں۔
svc-NS-NOISE-notice = شور کی شکایات بائی لا انفورسمنٹ (بلدیاتی قوانین کے نفاذ کا شعبہ) کو بھیجی جاتی ہیں۔ ان کی پیش رفت آن لائن نہیں دیکھی جا سکتی: معلومات کے لیے 311 پر کال کریں۔
svc-NS-NOISE-q-SOURCE = شور کہاں سے آ رہا ہے؟
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = تعمیراتی کام
svc-NS-NOISE-q-SOURCE-BUSINESS = کوئی کاروبار
svc-NS-NOISE-q-SOURCE-VEHICLE = گاڑیاں یا مشینری
svc-NS-NOISE-q-SOURCE-OTHER = دیگر
svc-NS-NOISE-q-DATE = یہ کس تاریخ کو ہوا
svc-NS-NOISE-q-ONGOING = کیا یہ اب بھی جاری ہے؟

svc-PK-PARKING = پارکنگ کی خلاف ورزی
svc-PK-PARKING-desc = غیر قانونی طور پر کھڑی گاڑی کی اطلاع دیں: کسی ڈرائیو وے کا راستہ روکے ہوئے، فٹ پاتھ پر، فائر روٹ میں، یا پرمٹ کے بغیر معذور افراد کی جگہ پر۔
svc-PK-PARKING-q-PLATE = نمبر پلیٹ
svc-PK-PARKING-q-WHERE = گاڑی کہاں کھڑی ہے؟
svc-PK-PARKING-q-WHERE-DRIVEWAY = ڈرائیو وے کا راستہ روکے ہوئے
svc-PK-PARKING-q-WHERE-SIDEWALK = فٹ پاتھ پر
svc-PK-PARKING-q-WHERE-FIRE = فائر روٹ میں
svc-PK-PARKING-q-WHERE-ACCESSIBLE = معذور افراد کی جگہ پر، پرمٹ کے بغیر
svc-PK-PARKING-q-WHERE-LONG = سڑک پر 5 گھنٹے سے زیادہ

svc-DR-FLOODING = سڑک پر پانی بھرنا یا بند نالی
svc-DR-FLOODING-desc = سڑک پر جمع پانی، یا بارش کے پانی کی بند نالی (کیچ بیسن) کی اطلاع دیں۔
svc-DR-FLOODING-q-DEPTH = پانی کتنا گہرا ہے؟
svc-DR-FLOODING-q-DEPTH-SHALLOW = 5 سینٹی میٹر سے کم
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 سے 15 سینٹی میٹر
svc-DR-FLOODING-q-DEPTH-DEEP = 15 سینٹی میٹر سے زیادہ

svc-PC-PROPERTY = جائیداد کی دیکھ بھال کے معیارات
svc-PC-PROPERTY-desc = خستہ حال جائیداد کی اطلاع دیں: لمبی گھاس، جھاڑیوں سے بھرا صحن، غیر محفوظ ڈھانچے، نجی زمین پر لاوارث گاڑیاں۔
svc-PC-PROPERTY-q-ISSUE = کیا مسئلہ ہے؟
svc-PC-PROPERTY-q-ISSUE-GRASS = لمبی گھاس یا جڑی بوٹیاں
svc-PC-PROPERTY-q-ISSUE-DEBRIS = صحن میں ملبہ
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = غیر محفوظ ڈھانچہ
svc-PC-PROPERTY-q-ISSUE-VEHICLE = لاوارث گاڑی
svc-PC-PROPERTY-q-OWNER = کیا آپ اس جائیداد میں کرائے پر رہتے ہیں؟
svc-PC-PROPERTY-q-OWNER-YES = ہاں
svc-PC-PROPERTY-q-OWNER-NO = نہیں

svc-SV-VEHICLE = شہر کی گاڑی کے بارے میں شکایت
svc-SV-VEHICLE-desc = شہر کی کسی گاڑی یا MiWay بس کی ڈرائیونگ کے بارے میں ہمیں بتائیں: تیز رفتاری، خطرناک موڑ، بلا ضرورت انجن چلتا چھوڑنا۔
svc-SV-VEHICLE-q-VEHICLE = گاڑی یا بس کا نمبر
svc-SV-VEHICLE-q-WHEN = یہ کب ہوا؟
svc-SV-VEHICLE-q-WHAT = کیا ہوا؟

svc-PK-SIGN = غائب یا خراب سائن بورڈ
svc-PK-SIGN-desc = اسٹاپ سائن، سڑک کے نام کے بورڈ یا پارکنگ سائن کی اطلاع دیں جو غائب ہو، خراب ہو یا مشکل سے نظر آتا ہو۔
svc-PK-SIGN-notice = غائب اسٹاپ سائن اسی دن لگا دیا جاتا ہے۔
svc-PK-SIGN-q-KIND = کون سا سائن؟
svc-PK-SIGN-q-KIND-STOP = اسٹاپ یا راستہ دیں (یِیلڈ) کا سائن
svc-PK-SIGN-q-KIND-NAME = سڑک کا نام
svc-PK-SIGN-q-KIND-PARKING = پارکنگ سائن
svc-PK-SIGN-q-KIND-SPEED = رفتار کی حد
svc-PK-SIGN-q-KIND-OTHER = دیگر
svc-PK-SIGN-q-DOWN = کیا کوئی اسٹاپ سائن گرا ہوا ہے؟

svc-CS-DEAD-ANIMAL = عوامی جگہ پر مردہ جانور
svc-CS-DEAD-ANIMAL-desc = سڑک، فٹ پاتھ یا پارک سے مردہ جانور ہٹانے کی درخواست کریں۔

svc-RC-PARK = پارک کی دیکھ بھال
svc-RC-PARK-desc = ٹوٹے ہوئے جھولوں، خراب بینچ یا شہر کے کسی پارک میں کسی مسئلے کی اطلاع دیں۔
svc-RC-PARK-q-ITEM = کس چیز پر توجہ کی ضرورت ہے؟
svc-RC-PARK-q-ITEM-PLAY = بچوں کے کھیلنے کی جگہ
svc-RC-PARK-q-ITEM-BENCH = بینچ یا میز
svc-RC-PARK-q-ITEM-TRAIL = پیدل راستہ
svc-RC-PARK-q-ITEM-WASHROOM = بیت الخلا
svc-RC-PARK-q-ITEM-LIGHT = روشنی
svc-RC-PARK-q-ITEM-FIELD = کھیل کا میدان
svc-RC-PARK-q-ITEM-COURT = ٹینس یا باسکٹ بال کورٹ
svc-RC-PARK-q-ITEM-OTHER = دیگر
svc-RC-PARK-q-UNSAFE = کیا اسے استعمال کرنا غیر محفوظ ہے؟
svc-RC-PARK-q-PARK = پارک کا نام

svc-PC-DAMAGE = شہر کی املاک کو نقصان
svc-PC-DAMAGE-desc = کسی پارک یا سڑک پر ٹوٹے ہوئے بینچ، باڑ، سائن بورڈ، فوارے، بیت الخلا یا شہر کی کسی اور املاک کی اطلاع دیں۔
svc-PC-DAMAGE-notice = جس نقصان سے لوگوں کو خطرہ ہو، اسے 24 گھنٹوں کے اندر محفوظ بنا دیا جاتا ہے۔
svc-PC-DAMAGE-q-KIND = کس چیز کو نقصان پہنچا ہے؟
svc-PC-DAMAGE-q-KIND-BENCH = بینچ یا پکنک میز
svc-PC-DAMAGE-q-KIND-FENCE = باڑ یا جنگلا
svc-PC-DAMAGE-q-KIND-SIGN = پارک یا سڑک کا سائن بورڈ
svc-PC-DAMAGE-q-KIND-PLAY = بچوں کے کھیلنے کا سامان
svc-PC-DAMAGE-q-KIND-SHELTER = بس شیلٹر
svc-PC-DAMAGE-q-KIND-FOUNTAIN = پینے کے پانی کا فوارہ
svc-PC-DAMAGE-q-KIND-WASHROOM = عوامی بیت الخلا
svc-PC-DAMAGE-q-KIND-OTHER = کچھ اور
svc-PC-DAMAGE-q-KIND_OTHER = یہ کیا ہے؟
svc-PC-DAMAGE-q-COUNT = کتنی چیزوں کو نقصان پہنچا ہے؟
svc-PC-DAMAGE-q-NOTICED = آپ کی نظر اس پر کب پڑی؟
svc-PC-DAMAGE-q-SINCE = اگر آپ کو معلوم ہو تو یہ کس تاریخ سے اس حالت میں ہے؟
svc-PC-DAMAGE-q-DANGER = کیا کسی کو چوٹ لگ سکتی ہے؟
svc-PC-DAMAGE-q-DANGER-YES = ہاں
svc-PC-DAMAGE-q-DANGER-NO = نہیں
svc-PC-DAMAGE-q-DANGER_NOTE = اگر ابھی کسی کو چوٹ لگی ہے یا کوئی خطرے میں ہے تو پہلے 911 پر کال کریں۔
svc-PC-DAMAGE-q-SIGNS = آپ کو کیا نظر آ رہا ہے؟
svc-PC-DAMAGE-q-SIGNS-GLASS = ٹوٹا ہوا شیشہ
svc-PC-DAMAGE-q-SIGNS-EDGES = تیز دھار کنارے
svc-PC-DAMAGE-q-SIGNS-LOOSE = ڈھیلے یا غائب پرزے
svc-PC-DAMAGE-q-SIGNS-WATER = پانی کا رساؤ
svc-PC-DAMAGE-q-TAPED = اس کے گرد پہلے ہی ٹیپ لگا دی گئی ہے یا نشان لگا دیا گیا ہے
svc-PC-DAMAGE-q-ASSET = شہر کے ٹیگ پر درج اثاثہ نمبر، اگر ہو
svc-PC-DAMAGE-q-DETAILS = کیا کوئی اور بات ہے جو عملے کو معلوم ہونی چاہیے؟
svc-PC-DAMAGE-q-PROMISE = عملہ شہر کی املاک کو پہنچنے والا نقصان 10 کاروباری دنوں کے اندر ٹھیک کر دیتا ہے۔

## شہر کی فہرست (catalogue.json): موضوعات، اور وہ خدمات جو کہیں اور حاصل کی جاتی ہیں

topic-roads = سڑکیں اور فٹ پاتھ
link-road-closures = سڑکوں کی بندش اور تعمیراتی کام
link-road-closures-desc = دیکھیں کہ کون سی سڑکیں بند ہیں اور کہاں تعمیر ہو رہی ہے۔
link-snow-clearing = برف کی صفائی
link-snow-clearing-desc = ایسی سڑک یا فٹ پاتھ کی اطلاع دیں جس سے برف باری کے بعد برف صاف نہیں کی گئی۔
link-snow-clearing-hours = سردیوں میں 24 گھنٹے

topic-trees = درخت
link-tree-permit = نجی جائیداد پر درخت ہٹانے کا پرمٹ
link-tree-permit-desc = نجی جائیداد پر 15 سینٹی میٹر یا زیادہ قطر والے درخت کو نقصان پہنچانے یا ہٹانے کے پرمٹ کے لیے درخواست دیں۔

topic-litter-graffiti = کوڑا کرکٹ اور گریفٹی

topic-noise = شور
link-noise-exemption = شور سے استثنا کا پرمٹ
link-noise-exemption-desc = کسی تقریب یا تعمیراتی کام کے لیے اجازت شدہ اوقات کے علاوہ شور کرنے کی اجازت کی درخواست دیں۔

topic-parking = پارکنگ
link-parking-permit = عارضی پارکنگ پرمٹ
link-parking-permit-desc = سڑک پر 5 گھنٹے سے زیادہ گاڑی کھڑی کرنے کا پرمٹ خریدیں۔

topic-pay = چالان اور جرمانے ادا کریں
link-pay-parking-ticket = پارکنگ کا چالان ادا کریں
link-pay-parking-ticket-desc = پارکنگ جرمانے کا نوٹس آن لائن ادا کریں یا اس پر اعتراض کریں۔
link-pay-fine = صوبائی خلاف ورزی کا جرمانہ ادا کریں
link-pay-fine-desc = ٹریفک یا صوبائی قانون کی خلاف ورزی کا چالان ادا کریں۔

topic-permits = پرمٹ اور لائسنس
link-building-permit = تعمیراتی پرمٹ
link-building-permit-desc = تعمیر، تزئین و مرمت یا انہدام کے پرمٹ کے لیے درخواست دیں۔
link-dog-licence = کتے اور بلی کا لائسنس
link-dog-licence-desc = اپنے پالتو جانور کا لائسنس بنوائیں، اس کی تجدید کریں یا کسی تبدیلی کی اطلاع دیں۔
link-marriage-licence = شادی کا لائسنس
link-marriage-licence-desc = شناخت کے دو ثبوتوں کے ساتھ خود آ کر درخواست دیں۔
link-marriage-licence-hours = پیر سے جمعہ، صبح 8:30 سے شام 4:30 بجے تک

topic-property = جائیداد سے متعلق شکایات

topic-taxes = ٹیکس اور جائیداد
link-property-tax = پراپرٹی ٹیکس ادا کریں
link-property-tax-desc = اپنا پراپرٹی ٹیکس ادا کریں، پیشگی منظور شدہ خودکار ادائیگیوں کے لیے اندراج کریں یا اپنا بقایا دیکھیں۔
link-tax-certificate = ٹیکس سرٹیفکیٹ
link-tax-certificate-desc = جائیداد کی فروخت کے لیے ٹیکس سرٹیفکیٹ کی درخواست دیں۔
link-tax-certificate-hours = پیر سے جمعہ، صبح 8:30 سے شام 4:30 بجے تک

topic-vehicles = شہر کی گاڑیوں کے بارے میں شکایات

topic-library = لائبریری
link-library-card = لائبریری کارڈ حاصل کریں
link-library-card-desc = مفت لائبریری کارڈ کے لیے آن لائن اندراج کریں اور کتابیں، ای بکس اور بہت کچھ مستعار لیں۔

topic-recreation = تفریح
link-recreation-register = پروگراموں میں داخلہ لیں
link-recreation-register-desc = تیراکی، اسکیٹنگ، کیمپوں اور دیگر تفریحی پروگراموں میں داخلہ لیں۔

topic-civic = عوامی خدمات
link-civic-311 = کوئی سوال پوچھیں
link-civic-311-desc = شہر کی کسی بھی خدمت کے بارے میں 311 کے نمائندے سے بات کریں۔

topic-drainage = نکاسیٔ آب

## سرور کے وہ گروپ جنہیں فہرست کا کوئی موضوع اپناتا ہے: یہ نام صرف اس وقت دکھائے جاتے ہیں جب catalogue.json استعمال نہ ہو سکے

topic-x526f61647320616e64207369646577616c6b73 = سڑکیں اور فٹ پاتھ
topic-Trees = درخت
topic-x4c697474657220616e64206772616666697469 = کوڑا کرکٹ اور گریفٹی
topic-Noise = شور
topic-Parking = پارکنگ
topic-Drainage = نکاسیٔ آب
topic-x50726f706572747920636f6e6365726e73 = جائیداد سے متعلق شکایات
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = شہر کی گاڑیوں کے بارے میں شکایات
topic-x4369766963207365727669636573 = عوامی خدمات
topic-Recreation = تفریح

## درخواست کی صورتِ حال

status-open = کھلی
status-closed = بند
