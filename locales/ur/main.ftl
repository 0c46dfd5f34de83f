# Frontdesk، اردو میں صارف انٹرفیس۔ مترجمین کے لیے رہنما: locales/README.md

## صفحات کا ڈھانچہ

document-title = { $page } – { $city }
document-title-error = خرابی: { $page } – { $city }
shell-name = شہری خدمات
skip-link = مرکزی مواد پر جائیں
shell-loading = لوڈ ہو رہا ہے…
shell-noscript = اس سروس کے لیے JavaScript ضروری ہے، جو آپ کے براؤزر میں بند ہے یا دستیاب نہیں۔
shell-noscript-call = JavaScript کے بغیر کسی مسئلے کی اطلاع دینے یا شہر سے کوئی خدمت مانگنے کے لیے { $phone } پر کال کریں۔
footer-nav-label = اس سروس کے بارے میں
footer-accessibility = رسائی کا بیان
language-nav-label = زبان
nav-my-requests = میری درخواستیں

## مدد، ہر صفحے پر ایک ہی جگہ

help-heading = مدد چاہیے؟
help-call = اس نمبر پر کال کریں
help-from-outside = شہر سے باہر سے، اس نمبر پر کال کریں
help-hours = اوقات: { $hours }۔
help-counter = یا سروس کاؤنٹر پر تشریف لائیں: { $address }۔

## سرورق: خدمات کی فہرست

catalogue-title = شہری خدمات
catalogue-lead = کسی مسئلے کی اطلاع دیں، شہر سے کوئی خدمت مانگیں اور اپنی درخواست کی پیش رفت دیکھیں، اپنے فون سے، اپنی زبان میں۔
catalogue-loading = خدمات کی فہرست لوڈ ہو رہی ہے…
catalogue-search-label = کوئی خدمت تلاش کریں
catalogue-search-hint = مثلاً: سڑک میں گڑھا، درخت، پارکنگ کا چالان۔
catalogue-search-button = تلاش کریں
catalogue-results-heading = تلاش کے نتائج
catalogue-results-count =
    { $count ->
        [one] «{ $query }» کے لیے ایک خدمت ملی۔
       *[other] «{ $query }» کے لیے { $count } خدمات ملیں۔
    }
catalogue-no-results = «{ $query }» کے لیے کوئی خدمت نہیں ملی۔
catalogue-no-results-call = { $phone } پر کال کریں، ہم صحیح خدمت ڈھونڈنے میں آپ کی مدد کریں گے۔
catalogue-no-results-browse = یا نیچے موضوع کے لحاظ سے خدمات دیکھیں۔
catalogue-clear-search = تمام خدمات دکھائیں
catalogue-topics-heading = موضوع کے لحاظ سے خدمات
catalogue-other-services = دیگر خدمات
catalogue-stale = شہر کے سرور سے رابطہ نہیں ہو سکا، اس لیے یہ وہ فہرست ہے جو اس آلے پر { $date } کو محفوظ کی گئی تھی۔ ہو سکتا ہے یہ پرانی ہو۔
catalogue-empty = شہر اس وقت آن لائن درخواستیں نہیں لے رہا۔ کسی مسئلے کی اطلاع دینے یا کوئی خدمت مانگنے کے لیے { $phone } پر کال کریں۔
catalogue-services-error-heading = آن لائن درخواست فارم لوڈ نہیں ہو سکے
catalogue-services-error-rest = جو خدمات فون پر، خود جا کر یا شہر کی دوسری ویب سائٹس پر حاصل کی جاتی ہیں، وہ نیچے بدستور درج ہیں۔
catalogue-retry = دوبارہ کوشش کریں

## خدمت کیسے حاصل کی جائے، فہرست میں اس کے نام کے نیچے

channel-request = آن لائن فارم
channel-online = شہر کی کسی دوسری ویب سائٹ پر (یہ سائٹ چھوڑ کر)
channel-phone = فون پر: { $phone } پر کال کریں
channel-hours = اوقات: { $hours }۔
channel-counter = خود جا کر: { $address }

## جب شہر کا سرور ٹھیک سے جواب نہ دے (ہر وہ صفحہ جو اس سے رابطہ کرتا ہے)

error-offline = لگتا ہے آپ آف لائن ہیں۔ اپنا کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔
error-unreachable = شہر کے سرور نے جواب نہیں دیا۔ ہو سکتا ہے وہ کچھ دیر کے لیے بند ہو: چند منٹ بعد دوبارہ کوشش کریں۔
error-timeout = شہر کے سرور نے جواب دینے میں بہت دیر لگائی۔ دوبارہ کوشش کریں: سست کنکشن پر دوسری کوشش اکثر کامیاب رہتی ہے۔
error-server = شہر کے سرور میں کوئی مسئلہ پیش آیا (خرابی { $status })۔ چند منٹ بعد دوبارہ کوشش کریں۔
error-refused = شہر کے سرور نے درخواست مسترد کر دی (خرابی { $status })۔
error-not-found = شہر کے سرور کو مطلوبہ چیز نہیں ملی (خرابی 404)۔
error-server-said = سرور کا جواب:
error-malformed = شہر کے سرور نے ایسا جواب بھیجا جسے یہ سروس پڑھ نہیں سکتی۔ بعد میں دوبارہ کوشش کریں، یا { $phone } پر کال کریں۔

## کسی خدمت کا صفحہ

service-loading = خدمت لوڈ ہو رہی ہے…
service-back = تمام شہری خدمات
service-not-found-title = خدمت نہیں ملی
service-not-found = کوڈ «{ $code }» والی کوئی خدمت موجود نہیں۔ ہو سکتا ہے اس کا نام بدل دیا گیا ہو یا اسے ختم کر دیا گیا ہو۔
service-asks-heading = آپ سے کیا پوچھا جائے گا
service-asks-location = جگہ: کوئی پتہ، آپ کا موجودہ مقام، یا دونوں۔
service-asks-description = مسئلہ کیا ہے، آپ کے اپنے الفاظ میں۔
service-asks-questions = اس کے بارے میں کچھ سوالات:
service-asks-photos = تصاویر، اگر آپ کے پاس ہوں (اختیاری)۔
service-asks-contact = آپ کا نام اور آپ سے رابطے کا طریقہ (اختیاری)۔
service-questions-loading = سوالات لوڈ ہو رہے ہیں…
service-questions-error = سوالات اس وقت لوڈ نہیں ہو سکے۔ آپ پھر بھی شروع کر سکتے ہیں: فارم دوبارہ کوشش کرے گا۔
service-required = (لازمی)
service-notice-heading = براہ کرم نوٹ کریں
service-promise-heading = بھیجنے کے بعد
service-promise-realtime = آپ کو فوراً ایک حوالہ نمبر ملے گا جس سے آپ اپنی درخواست کی پیش رفت دیکھ سکیں گے۔
service-promise-batch = شہر کا نظام یہ درخواستیں کھیپوں میں نمٹاتا ہے، اس لیے آپ کا حوالہ نمبر آنے میں کچھ وقت لگ سکتا ہے۔ یہ سروس اسے مسلسل چیک کرتی رہتی ہے۔
service-promise-blackbox = اس درخواست کی پیش رفت نہیں دیکھی جا سکتی: شہر اس کے لیے نہ کوئی حوالہ نمبر دیتا ہے نہ کوئی تازہ معلومات۔
service-start = اپنی درخواست شروع کریں

## درخواست فارم، ہر مرحلے پر

request-step-count = مرحلہ { $current } از { $total }
request-back = واپس
request-continue = جاری رکھیں
request-saved = آپ جو کچھ لکھتے ہیں وہ ساتھ ساتھ اس آلے پر محفوظ ہوتا رہتا ہے۔
request-discard = یہ مسودہ مٹا دیں
request-discard-confirm = کیا آپ اس درخواست کے لیے درج کی گئی ہر چیز مٹانا چاہتے ہیں؟ یہ عمل واپس نہیں ہو سکتا۔
request-discard-yes = ہاں، مٹا دیں
request-discard-no = نہیں، رہنے دیں
request-discarded = آپ کا مسودہ مٹا دیا گیا۔
request-service-unavailable = یہ سروس اس وقت آن لائن درخواستیں نہیں لے سکتی۔
error-summary-title = کوئی مسئلہ ہے
field-error-prefix = خرابی:

## مرحلہ: کہاں

request-location-title = یہ کہاں ہے؟
request-location-lead = کوئی پتہ لکھیں، اپنا موجودہ مقام استعمال کریں، یا دونوں۔
request-location-lead-map = کوئی پتہ لکھیں، اپنا موجودہ مقام استعمال کریں، یا نقشے پر پن لگائیں۔ ان میں سے ایک کافی ہے۔
request-address-label = پتہ یا جگہ
request-address-hint = مثلاً: 300 City Centre Drive، یا Hurontario Street اور Burnhamthorpe Road کا کونا۔
request-use-location = میرا موجودہ مقام استعمال کریں
request-locating = آپ کا مقام معلوم کیا جا رہا ہے…
request-located = آپ کا مقام: { $lat }، { $long } (تقریباً { $accuracy } میٹر تک درست)۔
request-location-remove = میرا مقام ہٹا دیں
request-geo-denied = اس سائٹ کو آپ کا مقام استعمال کرنے کی اجازت نہیں۔ آپ اپنے براؤزر کی ترتیبات میں اس کی اجازت دے سکتے ہیں، یا اس کے بجائے کوئی پتہ لکھ سکتے ہیں۔
request-geo-unavailable = آپ کا مقام معلوم نہیں ہو سکا۔ تھوڑی دیر بعد دوبارہ کوشش کریں، یا اس کے بجائے کوئی پتہ لکھیں۔
request-geo-timeout = آپ کا مقام معلوم کرنے میں بہت دیر لگ گئی۔ دوبارہ کوشش کریں، یا اس کے بجائے کوئی پتہ لکھیں۔
request-geo-unsupported = یہ براؤزر آپ کا مقام شیئر نہیں کر سکتا۔ اس کے بجائے کوئی پتہ لکھیں۔

## مرحلہ: مسئلہ

request-details-title = ہمیں مسئلے کے بارے میں بتائیں
request-description-label = مسئلہ بیان کریں
request-description-hint = کیا خرابی ہے، اور کوئی بھی بات جو عملے کو اسے ڈھونڈنے میں مدد دے۔
request-description-left =
    { $count ->
        [one] آپ کے پاس { $count } حرف باقی ہے
       *[other] آپ کے پاس { $count } حروف باقی ہیں
    }
request-description-over =
    { $count ->
        [one] آپ نے { $count } حرف زیادہ لکھا ہے
       *[other] آپ نے { $count } حروف زیادہ لکھے ہیں
    }
request-definition-error = اس سروس کے لیے شہر کے اضافی سوالات لوڈ نہیں ہو سکے۔ آپ پھر بھی تفصیل کے ساتھ اپنی درخواست بھیج سکتے ہیں۔
request-choose = کوئی ایک آپشن منتخب کریں

## مرحلہ: تصاویر

request-photos-title = تصاویر
request-photos-lead = تصویر سے عملے کو مسئلہ ڈھونڈنے اور ٹھیک کرنے میں مدد ملتی ہے۔ تصاویر اختیاری ہیں۔
request-photos-limit =
    { $max ->
        [one] آپ ایک تصویر شامل کر سکتے ہیں۔
       *[other] آپ زیادہ سے زیادہ { $max } تصاویر شامل کر سکتے ہیں۔
    }
request-photos-privacy = بھیجنے سے پہلے تصاویر کو آپ کے فون پر ہی چھوٹا کر دیا جاتا ہے، اور ان کے اندر موجود مقام اور کیمرے کی تفصیلات ہٹا دی جاتی ہیں۔
request-photos-add = تصویر شامل کریں
request-photos-add-hint = اپنے کیمرے سے تصویر کھینچیں یا کوئی ایسی تصویر منتخب کریں جو پہلے سے آپ کے پاس ہو۔
request-photos-preparing = آپ کی تصویر تیار کی جا رہی ہے…
request-photos-added = تصویر شامل کر دی گئی۔
request-photos-photo = تصویر { $number }
request-photos-remove = تصویر { $number } ہٹا دیں
request-photos-removed = تصویر ہٹا دی گئی۔
request-photos-full = آپ اس درخواست میں زیادہ سے زیادہ جتنی تصاویر شامل کی جا سکتی ہیں، اتنی شامل کر چکے ہیں۔
request-photos-not-image = یہ فائل ایسی تصویر نہیں جسے یہ سروس استعمال کر سکے۔ JPEG، PNG یا اسی طرح کی کوئی تصویر منتخب کریں۔
request-photos-failed = تصویر تیار نہیں ہو سکی۔ کوئی دوسری تصویر آزمائیں۔
request-photos-storage = اس آلے پر تصویر محفوظ رکھنے کی جگہ باقی نہیں رہی۔ کچھ جگہ خالی کریں، یا تصویر کے بغیر اپنی درخواست بھیجیں۔

## مرحلہ: آپ کے بارے میں

request-about-title = آپ کے بارے میں
request-about-lead = یہ سب اختیاری ہیں۔ ان کی مدد سے شہر اس درخواست کے بارے میں آپ سے رابطہ کر سکتا ہے۔
request-first-name = پہلا نام
request-last-name = خاندانی نام
request-name-why = تاکہ شہر کو معلوم ہو کہ کس کا پوچھنا ہے۔
request-email = ای میل پتہ
request-email-why = تاکہ اس درخواست کے بارے میں آپ کو تازہ معلومات بھیجی جا سکیں۔
request-phone = فون نمبر
request-phone-why = اگر عملے کو آپ سے کچھ پوچھنا ہو۔
request-remember = اس آلے پر میری تفصیلات یاد رکھیں
request-remember-hint = اس خانے میں صرف اپنے ذاتی فون یا کمپیوٹر پر نشان لگائیں۔ تفصیلات بھلانے کے لیے نشان ہٹا دیں۔

## مرحلہ: اپنے جوابات چیک کریں

request-check-title = بھیجنے سے پہلے اپنے جوابات چیک کریں
request-check-location = مقام
request-check-description = تفصیل
request-check-contact = آپ کی تفصیلات
request-check-photos = تصاویر
request-check-photo-count =
    { $count ->
        [one] ایک تصویر
       *[other] { $count } تصاویر
    }
request-check-not-given = نہیں دیا گیا
request-check-yes = جی ہاں
request-check-change = تبدیل کریں
request-send = درخواست بھیجیں
request-sending = آپ کی درخواست بھیجی جا رہی ہے…
request-refused-next = اپنے جوابات چیک کریں اور دوبارہ کوشش کریں۔ اگر پھر بھی کام نہ کرے تو { $phone } پر کال کریں۔

## جوابات میں مسائل

problem-no-location = کوئی پتہ لکھیں یا اپنا موجودہ مقام استعمال کریں۔
problem-required = سوال «{ $question }» کا جواب دیں۔
problem-not-a-number = «{ $question }» کا جواب کوئی عدد ہونا چاہیے، جیسے 3 یا 2.5۔
problem-not-a-datetime = «{ $question }» کا جواب کوئی تاریخ اور وقت ہونا چاہیے۔
problem-not-a-date = «{ $question }» کا جواب کوئی تاریخ ہونا چاہیے۔
problem-unknown-choice = «{ $question }» کے لیے دیے گئے آپشنز میں سے کوئی ایک منتخب کریں۔
problem-too-long = تفصیل زیادہ سے زیادہ { $limit } حروف کی ہو سکتی ہے۔
problem-bad-email = name@example.com جیسا کوئی ای میل پتہ لکھیں۔
problem-bad-phone = کم از کم 7 ہندسوں والا فون نمبر لکھیں، جیسے 905 615 4311۔

## بھیجنے کے بعد

sent-title = درخواست بھیج دی گئی
sent-reference = آپ کا حوالہ نمبر
sent-reference-pending = آپ کا حوالہ نمبر آنے والا ہے
sent-reference-pending-detail = شہر ان درخواستوں کو تھوڑی دیر بعد نمبر دیتا ہے۔ نمبر آنے پر یہاں اور آپ کی درخواستوں میں نظر آئے گا۔
sent-untracked = اس سروس کی پیش رفت نہیں دیکھی جا سکتی، اس لیے کوئی حوالہ نمبر نہیں ہے۔ آپ کی درخواست شہر کو مل گئی ہے۔
sent-next-heading = آگے کیا ہوگا
sent-next = شہر آپ کی درخواست کا جائزہ لیتا ہے اور اسے متعلقہ ٹیم کو بھیج دیتا ہے۔
sent-another = ایک اور درخواست دیں
sent-storage-warning = یہ آلہ اس درخواست کا ریکارڈ محفوظ نہیں رکھ سکا۔ اپنا حوالہ نمبر لکھ لیں۔
sent-waiting-title = بھیجے جانے کا انتظار
sent-waiting = آپ آف لائن ہیں۔ آپ کی درخواست اس آلے پر محفوظ ہے اور کنکشن بحال ہوتے ہی خود بخود بھیج دی جائے گی۔ آپ یہ صفحہ بند کر سکتے ہیں۔
sent-busy = شہر کا نظام اس وقت مصروف ہے۔ آپ کی درخواست اس آلے پر محفوظ ہے اور { $time } کے بعد خود بخود دوبارہ بھیج دی جائے گی، جب تک یہ سروس کھلی ہے، یا اگلی بار جب آپ اسے کھولیں گے۔
sent-sending-title = آپ کی درخواست بھیجی جا رہی ہے…
sent-uploading = آپ کی تصاویر بھیجی جا رہی ہیں
sent-unconfirmed-title = ہم تصدیق نہیں کر سکے کہ آپ کی درخواست پہنچ گئی ہے
sent-unconfirmed = بھیجتے وقت کنکشن ٹوٹ گیا، اور شہر کے سرور سے یہ نہیں پوچھا جا سکا کہ آپ کی درخواست پہنچی یا نہیں۔ دو بار بھیجے جانے سے بچنے کے لیے یہ دوبارہ نہیں بھیجی جائے گی، جب تک آپ خود ایسا نہ چاہیں۔
sent-check-again = دوبارہ چیک کریں
sent-send-again = دوبارہ بھیجیں
sent-refused-title = شہر کے سرور نے یہ درخواست قبول نہیں کی
sent-not-found-title = درخواست نہیں ملی
sent-not-found = اس آلے پر اس درخواست کا کوئی ریکارڈ نہیں۔ ہو سکتا ہے اسے مٹا دیا گیا ہو۔

## میری درخواستیں: اس آلے سے بھیجی گئی درخواستیں

my-requests-title = میری درخواستیں
my-requests-lead = اس آلے سے بھیجی گئی درخواستیں۔ یہ فہرست صرف اسی آلے پر محفوظ رہتی ہے۔
my-requests-empty = آپ نے ابھی تک اس آلے سے کوئی درخواست نہیں بھیجی۔
my-requests-refresh = تازہ معلومات چیک کریں
my-requests-refreshing = تازہ معلومات چیک کی جا رہی ہیں…
my-requests-refreshed = تمام اسٹیٹس تازہ ترین ہیں۔
my-requests-sent-on = { $date } کو بھیجی گئی
my-requests-last-update = آخری تبدیلی: { $date }
my-requests-updated = نئی تبدیلی
my-requests-waiting = بھیجے جانے کا انتظار
my-requests-unconfirmed = تصدیق نہیں ہوئی
my-requests-refused = قبول نہیں ہوئی
my-requests-reference-pending = حوالہ نمبر آنے والا ہے
my-requests-forget = یہ درخواست بھلا دیں
my-requests-forget-all = اس آلے پر موجود تمام درخواستیں بھلا دیں
my-requests-forget-all-confirm = کیا آپ اس آلے پر موجود ہر درخواست بھلانا چاہتے ہیں؟ شہر کے پاس یہ محفوظ رہیں گی؛ صرف یہ فہرست صاف ہوگی۔
my-requests-forget-yes = ہاں، بھلا دیں
my-requests-forget-no = نہیں، رہنے دیں
my-requests-forgotten = یہ درخواست اس آلے سے مٹا دی گئی۔
my-requests-all-forgotten = تمام درخواستیں اس آلے سے مٹا دی گئیں۔
lookup-heading = حوالہ نمبر سے درخواست تلاش کریں
lookup-label = حوالہ نمبر
lookup-hint = یہ تصدیق کے صفحے پر، یا آپ کی درخواست کے بارے میں شہر کی ای میل میں موجود ہے۔
lookup-button = درخواست تلاش کریں
lookup-empty = کوئی حوالہ نمبر لکھیں۔
lookup-offer = درخواست { $id } کی پیش رفت دیکھیں

## کسی درخواست کا صفحہ

track-title = درخواست { $id }
track-loading = درخواست لوڈ ہو رہی ہے…
track-not-found-title = درخواست نہیں ملی
track-not-found = شہر کے پاس حوالہ «{ $id }» والی کوئی درخواست نہیں۔ نمبر چیک کریں: یہ آپ کے تصدیقی صفحے پر یا شہر کی ای میل میں موجود ہے۔
track-not-found-call = اگر پھر بھی نہ ملے تو { $phone } پر کال کریں۔
track-status = اسٹیٹس
track-service = خدمت
track-notes = شہر کی طرف سے نوٹ
track-agency = ذمہ دار محکمہ
track-requested = بھیجنے کی تاریخ
track-updated = آخری تبدیلی
track-expected = متوقع تاریخ
track-overdue = تاخیر: شہر کو توقع تھی کہ کام { $date } تک مکمل ہو جائے گا۔
track-location = مقام
track-description = تفصیل
track-photo = درخواست کے ساتھ بھیجی گئی تصویر
track-timeline = اب تک کیا ہوا
track-seen-on = اس آلے پر دیکھا گیا
track-token-late = آپ کی درخواست پر ابھی کارروائی جاری ہے۔ بعد میں دوبارہ چیک کریں: جب شہر اس کا حوالہ نمبر دے گا تو وہ «میری درخواستیں» میں نظر آئے گا۔
track-follow = اس درخواست کی پیش رفت دیکھیں
track-refresh = تازہ معلومات چیک کریں

## اسٹیٹس، الفاظ میں

status-word-open = موصول
status-word-closed = بند
status-word-in_progress = کام جاری ہے
status-word-action_scheduled = کام کا وقت طے ہے
status-word-investigating = چھان بین جاری ہے
status-word-for_triage = جائزہ جاری ہے
status-word-internal_referral = دوسری ٹیم کو بھیجی گئی
status-word-reopened = دوبارہ کھولی گئی
status-word-fixed = ٹھیک کر دیا گیا
status-word-duplicate = بند: پہلے ہی اطلاع دی جا چکی ہے
status-word-not_councils_responsibility = بند: شہر کی ذمہ داری نہیں
status-word-no_further_action = بند: مزید کارروائی نہیں
status-word-cancelled = منسوخ

## صفحہ نہیں ملا

not-found-title = صفحہ نہیں ملا
not-found-typed = اگر آپ نے پتہ خود لکھا ہے تو دیکھ لیں کہ وہ درست ہے۔
not-found-link = اگر آپ کسی لنک سے آئے ہیں تو ہو سکتا ہے وہ پرانا ہو۔
not-found-home = شہری خدمات کی فہرست پر جائیں
not-found-call = آپ خدمت کے لیے { $phone } پر کال بھی کر سکتے ہیں۔

## رسائی کا بیان

accessibility-title = رسائی کا بیان
a11y-intro = { $city } چاہتا ہے کہ ہر کوئی یہ سروس استعمال کر سکے: فون یا کمپیوٹر پر، زوم کر کے، صرف کی بورڈ سے، اسکرین ریڈر، آواز سے کنٹرول یا کسی اور معاون ٹیکنالوجی کے ساتھ، اور اپنی زبان میں۔
a11y-standard-heading = ہمارا ہدف معیار
a11y-standard = یہ سروس ویب مواد تک رسائی کی ہدایات (WCAG) ورژن { $version } کی سطح { $level } پر پورا اترنے کی کوشش کرتی ہے۔
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = یہ سروس اس معیار پر پوری طرح پورا اترتی ہے۔
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = یہ سروس اس معیار پر جزوی طور پر پورا اترتی ہے: جو حصے اس پر پورا نہیں اترتے، یا جنہیں ابھی کسی شخص نے نہیں جانچا، وہ نیچے درج ہیں۔
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = ہماری آخری مکمل جانچ { $date } کو ہوئی: ہر صفحہ اور اس کی ہر حالت، { $languages } زبانوں میں، فون کے سائز اور کمپیوٹر کے سائز کی اسکرینوں پر۔ { $failed ->
    [0] صفحات کی { $scans } جانچوں میں سے کسی میں بھی کوئی مسئلہ نہیں ملا۔
    [one] صفحات کی { $scans } جانچوں میں سے ایک میں مسئلہ ملا۔
   *[other] صفحات کی { $scans } جانچوں میں سے { $failed } میں مسئلہ ملا۔
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = اس بیان کا باقی حصہ اب بھی درست ہے، اور آپ ہماری آخری جانچ کے نتائج سننے کے لیے ہمیں کال کر سکتے ہیں۔
a11y-testing-heading = ہم اسے کیسے جانچتے ہیں
a11y-testing-automated = ہر صفحہ، سروس میں ہر تبدیلی پر، axe-core کے ذریعے WCAG 2.2 کی سطح A اور AA کے مطابق خودکار طور پر جانچا جاتا ہے، فون کے سائز اور کمپیوٹر کے سائز کی اسکرین پر۔
a11y-testing-keyboard = خودکار ٹیسٹ سروس کو صرف کی بورڈ سے بھی استعمال کرتے ہیں: مواد پر جانے کا لنک، صفحات کے درمیان آنا جانا اور فوکس کی جگہ۔
a11y-testing-languages = صفحات کو دائیں سے بائیں لکھی جانے والی زبانوں میں بھی آزمایا جاتا ہے، اور ایک بنائی گئی نقلی زبان میں بھی جو ہر بغیر ترجمہ رہ جانے والی عبارت کو ظاہر کر دیتی ہے۔
a11y-gaps-heading = جو ہم جانتے ہیں کہ ابھی ٹھیک نہیں
a11y-gaps-intro = خودکار جانچ صرف کچھ مسائل ڈھونڈتی ہے۔ ہمیں ان کا علم ہے:
a11y-not-conforming-intro = یہ حصے ابھی معیار پر پورا نہیں اترتے:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = WCAG کا کامیابی کا معیار { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] کامیابی کے اس معیار کی جانچ ابھی کسی شخص کو کرنی ہے، کیونکہ خودکار ٹیسٹ اسے پوری طرح نہیں پرکھ سکتے: { $criteria }۔
   *[other] کامیابی کے ان { $count } معیارات کی جانچ ابھی کسی شخص کو کرنی ہے، کیونکہ خودکار ٹیسٹ انہیں پوری طرح نہیں پرکھ سکتے: { $criteria }۔
}
a11y-gap-screen-readers = اسکرین ریڈر یا آواز سے کنٹرول استعمال کرنے والے افراد نے ابھی تک اس سروس کو نہیں آزمایا۔
a11y-gap-server-text = خدمات کے نام اور تفصیلات شہر کے نظاموں سے آتی ہیں اور ہو سکتا ہے آپ کی زبان میں ترجمہ شدہ نہ ہوں۔
a11y-report-heading = اس سروس میں کسی مسئلے کی اطلاع دیں
a11y-report = اگر اس سائٹ پر کوئی چیز آپ کے لیے کام نہ کرے تو { $phone } پر کال کریں اور ہمیں بتائیں کہ آپ کیا کر رہے تھے اور کیا خرابی ہوئی۔ ہم فون پر آپ کی درخواست درج کرنے میں مدد کریں گے اور مسئلہ ٹھیک کریں گے۔
a11y-other-format-heading = یہ معلومات کسی اور طریقے سے حاصل کریں
a11y-other-format = اگر آپ یہ سائٹ استعمال نہیں کر سکتے، یا آپ کو اس کی معلومات کسی اور شکل میں چاہییں (بڑے حروف، پڑھ کر سنانا، آسان زبان یا کوئی اور زبان)، تو { $phone } پر کال کریں، ہم مدد کریں گے۔
# $counter is the city's service counter (its address).
a11y-other-format-counter = آپ { $counter } پر بھی آ سکتے ہیں۔

## جب سروس اپنی ترتیبات (config.json) نہ پڑھ سکے

config-problem-title = یہ سروس اس وقت دستیاب نہیں
config-problem-resident = براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔ اگر پھر بھی کام نہ کرے تو شہر سے فون پر رابطہ کریں۔
config-problem-retry = دوبارہ کوشش کریں
config-problem-detail-heading = سائٹ کے منتظمین کے لیے
config-error-unreachable = ترتیبات کی فائل config.json لوڈ نہ ہو سکی: سرور نے جواب نہیں دیا۔
config-error-timeout = ترتیبات کی فائل config.json لوڈ نہ ہو سکی: سرور نے وقت پر جواب نہیں دیا۔
config-error-status = ترتیبات کی فائل config.json لوڈ نہ ہو سکی: سرور نے اسٹیٹس { $status } کے ساتھ جواب دیا۔
config-error-syntax = ترتیبات کی فائل config.json درست JSON نہیں: سطر { $line }، کالم { $column } دیکھیں۔
config-error-missing = ترتیبات کی فائل config.json میں «{ $key }» کی کوئی قدر نہیں۔
config-error-invalid = ترتیبات کی فائل config.json میں «{ $key }» کی قدر قابلِ استعمال نہیں۔

## صفحات جو پہلی ضرورت پر ڈاؤن لوڈ ہوتے ہیں (src/pieces.rs)
piece-loading = صفحہ لوڈ ہو رہا ہے…
piece-failed-title = یہ صفحہ لوڈ نہیں ہو سکا
piece-failed = اس سروس کا ایک حصہ ڈاؤن لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔ آپ نے جو کچھ لکھا ہے وہ اس آلے پر محفوظ ہے۔
piece-failed-phone = آپ { $phone } پر کال بھی کر سکتے ہیں۔

## The map in the location step (src/map)
map-role = نقشہ
map-label = نقشہ: پن وہاں لگائیں جہاں مسئلہ ہے
map-keys = پن لگانے کے لیے نقشے کو چھوئیں، یا نیچے دیے گئے بٹن استعمال کریں۔ جب نقشے پر فوکس ہو تو تیر والی کلیدیں پن کو ہلاتی ہیں (Shift کے ساتھ زیادہ دور)، اور + اور − زوم کرتے ہیں۔
map-loading = نقشہ لوڈ ہو رہا ہے…
map-piece-failed = نقشہ لوڈ نہیں ہو سکا۔ آپ اب بھی پتہ لکھ سکتے ہیں یا اپنا مقام استعمال کر سکتے ہیں۔
map-tiles-failed = نقشے کا کچھ حصہ لوڈ نہیں ہو سکا۔ آپ اب بھی پن لگا سکتے ہیں، پتہ لکھ سکتے ہیں یا اپنا مقام استعمال کر سکتے ہیں۔
map-zoom-group = زوم
map-zoom-in = زوم ان
map-zoom-out = زوم آؤٹ
map-move-group = پن ہلائیں
map-move-north = پن کو شمال کی طرف ہلائیں
map-move-south = پن کو جنوب کی طرف ہلائیں
map-move-east = پن کو مشرق کی طرف ہلائیں
map-move-west = پن کو مغرب کی طرف ہلائیں
map-zoom-level = زوم کی سطح { $level } از { $max }۔
map-pin-from-start = پن اس جگہ سے تقریباً { $metres } میٹر { $direction ->
    [north] شمال
    [north-east] شمال مشرق
    [east] مشرق
    [south-east] جنوب مشرق
    [south] جنوب
    [south-west] جنوب مغرب
    [west] مغرب
   *[north-west] شمال مغرب
  } میں ہے جہاں نقشہ کھلا تھا۔
map-pin-from-device = پن آپ کے مقام سے تقریباً { $metres } میٹر { $direction ->
    [north] شمال
    [north-east] شمال مشرق
    [east] مشرق
    [south-east] جنوب مشرق
    [south] جنوب
    [south-west] جنوب مغرب
    [west] مغرب
   *[north-west] شمال مغرب
  } میں ہے۔
map-pin-at-start = پن اسی جگہ ہے جہاں نقشہ کھلا تھا۔
map-pin-at-device = پن آپ کے مقام پر ہے۔
map-pin-near = پن { $address } کے قریب ہے۔
map-outside = یہ جگہ { $city } سے باہر ہے۔ پن شہر کے اندر لگائیں، یا { $phone } پر کال کریں۔
map-find = پتہ نقشے پر دکھائیں
map-finding = پتہ تلاش کیا جا رہا ہے…
map-find-empty = پہلے پتہ لکھیں، پھر اسے نقشے پر دکھائیں۔
map-find-none = { $city } میں کوئی جگہ اس پتے سے نہیں ملتی۔ اس کے بجائے نقشے پر پن لگائیں۔
map-find-failed = ابھی پتہ تلاش نہیں ہو سکا۔ اس کے بجائے نقشے پر پن لگائیں۔
map-found = { $address } مل گیا۔ پن وہاں ہے۔
map-suggestion = قریب ترین پتہ: { $address }
map-suggestion-use = یہ پتہ استعمال کریں
map-suggestion-used = پتہ بھر دیا گیا: { $address }۔
request-pinned = نقشے پر پن: { $lat }، { $long }۔
request-pin-remove = پن ہٹائیں

## Already reported nearby (src/map/nearby.rs)
nearby-heading = قریب میں پہلے سے رپورٹ شدہ
nearby-lead = { $count ->
    [one] اسی سروس کی یہ کھلی درخواست
   *[other] اسی سروس کی یہ { $count } کھلی درخواستیں
  } آپ کے پن سے 150 میٹر کے اندر ہیں۔ اگر ان میں سے کوئی آپ کا مسئلہ ہے تو آپ اسے دوبارہ رپورٹ کرنے کے بجائے اس کی پیروی کر سکتے ہیں۔
nearby-distance = { $metres } میٹر دور
nearby-age = { $days ->
    [0] آج رپورٹ ہوئی
    [one] کل رپورٹ ہوئی
   *[other] { $days } دن پہلے رپورٹ ہوئی
  }
nearby-follow = اس کے بجائے اس کی پیروی کریں
nearby-follow-confirm = اپنی درخواست بھیجنے کے بجائے درخواست { $id } کی پیروی کریں؟ اس فارم کے لیے آپ کے جوابات اور تصاویر ہٹا دی جائیں گی، اور کچھ نہیں بھیجا جائے گا۔
nearby-follow-yes = ہاں، اس کی پیروی کریں
nearby-follow-no = نہیں، میری درخواست رکھیں
nearby-different = میری درخواست مختلف ہے: جاری رکھیں
nearby-followed = آپ درخواست { $id } کی پیروی کر رہے ہیں۔ کچھ نہیں بھیجا گیا۔
nearby-announced = { $count ->
    [one] اسی سروس کی ایک کھلی درخواست
   *[other] اسی سروس کی { $count } کھلی درخواستیں
  } آپ کے پن کے قریب پہلے سے رپورٹ شدہ ہیں: وہ نقشے کے نیچے درج ہیں۔
nearby-failed = قریب میں پہلے سے رپورٹ شدہ درخواستیں ابھی چیک نہیں ہو سکیں۔
my-requests-following-since = { $date } سے پیروی جاری ہے

## درخواست کی تازہ اطلاعات: براؤزر اطلاعات اور ای میل (src/notify)
updates-heading = اس درخواست کی تازہ اطلاعات
updates-offer = تبدیلی پر مجھے بتائیں
updates-wait-id = جب شہر اس درخواست کو حوالہ نمبر دے دے گا تب آپ تازہ اطلاعات مانگ سکیں گے۔ یہ صفحہ تب آپ کو یہ سہولت دے گا۔
updates-loading = دیکھا جا رہا ہے کہ شہر کون سی اطلاعات بھیج سکتا ہے…
updates-unavailable = تازہ اطلاعات ابھی شروع نہیں ہو سکتیں۔ آپ اپنی درخواست کی صورتحال دیکھنے کے لیے اس صفحے پر دوبارہ آ سکتے ہیں۔
updates-push = اس براؤزر پر اطلاعات بھیجیں
updates-push-hint = آپ کا براؤزر پوچھے گا کہ کیا یہ سائٹ اطلاعات دکھا سکتی ہے۔ درخواست میں ہر تبدیلی پر آپ کو ایک اطلاع ملے گی۔
updates-push-on = ہو گیا۔ اس درخواست میں ہر تبدیلی پر یہ براؤزر اطلاع دکھائے گا۔
updates-push-blocked = آپ کے براؤزر کی ترتیبات میں اس سائٹ کی اطلاعات بند ہیں۔ انہیں پانے کے لیے وہاں اس سائٹ کی اجازت دیں، پھر واپس آئیں۔
updates-push-install-first = iPhone یا iPad پر اطلاعات صرف ہوم اسکرین سے کام کرتی ہیں: شیئر دبائیں، پھر ہوم اسکرین میں شامل کریں، وہاں سے ایپ کھولیں اور اس درخواست پر واپس آئیں۔
updates-push-unsupported = یہ براؤزر ویب سائٹس کی اطلاعات نہیں دکھا سکتا۔ آپ اس کی بجائے ای میل مانگ سکتے ہیں، یا اس صفحے پر دوبارہ آ سکتے ہیں۔
updates-push-not-allowed = اطلاعات کی اجازت نہیں دی گئی، اس لیے کوئی اطلاع نہیں بھیجی جائے گی۔ آپ براؤزر کی سائٹ ترتیبات سے اسے بدل سکتے ہیں۔
updates-push-failed = یہ براؤزر اطلاعات شروع نہیں کر سکا۔ بعد میں دوبارہ کوشش کریں، یا ای میل مانگیں۔
updates-email-label = ای میل پتہ
updates-email-hint = ہم پہلے پتے کی تصدیق کے لیے ای میل بھیجتے ہیں۔ ہر ای میل میں انہیں بند کرنے کا لنک ہوتا ہے۔
updates-email-send = تبدیلی پر مجھے ای میل کریں
updates-email-invalid = ای میل پتہ لکھیں، جیسے name@example.com
updates-email-sent = ہم نے { $email } پر ای میل بھیجی ہے۔ تازہ اطلاعات شروع کرنے کے لیے اس میں دیا گیا لنک کھولیں۔
updates-error-offline = تازہ اطلاعات شروع نہیں ہو سکیں: کوئی کنکشن نہیں۔ دیکھیں کہ آپ آن لائن ہیں اور دوبارہ کوشش کریں۔
updates-error-unknown = شہر کا نظام اب اس درخواست کو نہیں جانتا، اس لیے تازہ اطلاعات نہیں بھیجی جا سکتیں۔
updates-error-busy = شہر کا نظام مصروف ہے۔ ایک منٹ بعد دوبارہ کوشش کریں۔
updates-error-refused = شہر کے نظام نے اسے قبول نہیں کیا۔ ای میل پتہ دیکھیں، یا دوسرا طریقہ آزمائیں۔
updates-error-failed = تازہ اطلاعات شروع کرنے میں کچھ غلط ہو گیا۔ بعد میں دوبارہ کوشش کریں۔
updates-on-push = اس درخواست میں تبدیلی پر آپ کو براؤزر کی اطلاع ملتی ہے۔
updates-on-email = اس درخواست میں تبدیلی پر آپ کو ای میل ملتی ہے (پتے کی تصدیق کے بعد)۔
updates-on-both = اس درخواست میں تبدیلی پر آپ کو براؤزر کی اطلاع اور ای میل ملتی ہے۔
updates-stop = تازہ اطلاعات بند کریں
updates-stopped = اس درخواست کی تازہ اطلاعات بند ہو گئی ہیں۔
updates-stop-failed = تازہ اطلاعات ابھی بند نہیں ہو سکیں: شہر کے نظام سے جواب نہیں آیا۔ دوبارہ کوشش کریں۔
