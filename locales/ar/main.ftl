# Frontdesk، واجهة المستخدم بالعربية. دليل المترجمين: locales/README.md

## إطار الصفحات

document-title = { $page } – { $city }
document-title-error = خطأ: { $page } – { $city }
shell-name = خدمات المدينة
skip-link = الانتقال إلى المحتوى الرئيسي
shell-loading = جارٍ التحميل…
shell-noscript = تحتاج هذه الخدمة إلى JavaScript، وهو متوقف أو غير متاح في متصفحك.
shell-noscript-call = للإبلاغ عن مشكلة أو لطلب خدمة من المدينة من دون JavaScript، اتصل بالرقم { $phone }.
footer-nav-label = حول هذه الخدمة
footer-accessibility = بيان إمكانية الوصول
language-nav-label = اللغة
nav-my-requests = طلباتي

## المساعدة، في المكان نفسه في كل صفحة

help-heading = هل تحتاج إلى مساعدة؟
help-call = اتصل بالرقم
help-from-outside = من خارج المدينة، اتصل بالرقم
help-hours = نعمل { $hours }.
help-counter = أو زر مكتب الخدمة في { $address }.

## الصفحة الرئيسية: دليل الخدمات

catalogue-title = خدمات المدينة
catalogue-lead = أبلغ عن مشكلة، واطلب خدمة من المدينة، وتابع ما يحدث لطلبك، من هاتفك وبلغتك.
catalogue-loading = جارٍ تحميل قائمة الخدمات…
catalogue-search-label = ابحث عن خدمة
catalogue-search-hint = مثلًا: حفرة في الطريق، شجرة، مخالفة وقوف.
catalogue-search-button = بحث
catalogue-results-heading = نتائج البحث
catalogue-results-count =
    { $count ->
        [zero] لا توجد خدمات تطابق «{ $query }».
        [one] خدمة واحدة تطابق «{ $query }».
        [two] خدمتان تطابقان «{ $query }».
        [few] { $count } خدمات تطابق «{ $query }».
        [many] { $count } خدمةً تطابق «{ $query }».
       *[other] { $count } خدمة تطابق «{ $query }».
    }
catalogue-no-results = لا توجد خدمة تطابق «{ $query }».
catalogue-no-results-call = اتصل بالرقم { $phone } وسنساعدك في العثور على الخدمة المناسبة.
catalogue-no-results-browse = أو تصفّح الخدمات حسب الموضوع أدناه.
catalogue-clear-search = عرض كل الخدمات
catalogue-topics-heading = الخدمات حسب الموضوع
catalogue-other-services = خدمات أخرى
catalogue-stale = تعذّر الوصول إلى خادم المدينة، لذا هذه هي القائمة المحفوظة على هذا الجهاز بتاريخ { $date }. قد لا تكون محدَّثة.
catalogue-empty = لا تستقبل المدينة الطلبات عبر الإنترنت حاليًا. اتصل بالرقم { $phone } للإبلاغ عن مشكلة أو لطلب خدمة.
catalogue-services-error-heading = تعذّر تحميل نماذج الطلب عبر الإنترنت
catalogue-services-error-rest = لا تزال الخدمات التي تُقدَّم بالهاتف أو حضوريًا أو عبر مواقع أخرى للمدينة معروضة أدناه.
catalogue-retry = حاول مرة أخرى

## طريقة الحصول على الخدمة، تحت اسمها في القائمة

channel-request = نموذج عبر الإنترنت
channel-online = على موقع آخر للمدينة (ستغادر هذا الموقع)
channel-phone = بالهاتف: اتصل بالرقم { $phone }
channel-hours = نعمل { $hours }.
channel-counter = حضوريًا: { $address }

## عندما لا يستجيب خادم المدينة كما ينبغي (في كل صفحة تتواصل معه)

error-offline = يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك، ثم حاول مرة أخرى.
error-unreachable = لم يستجب خادم المدينة. ربما يكون متوقفًا لبعض الوقت: حاول مرة أخرى بعد بضع دقائق.
error-timeout = استغرق خادم المدينة وقتًا طويلًا للرد. حاول مرة أخرى: كثيرًا ما تنجح المحاولة الثانية عندما يكون الاتصال بطيئًا.
error-server = حدثت مشكلة في خادم المدينة (الخطأ { $status }). حاول مرة أخرى بعد بضع دقائق.
error-refused = رفض خادم المدينة الطلب (الخطأ { $status }).
error-not-found = لم يجد خادم المدينة ما طُلب منه (الخطأ 404).
error-server-said = ردّ الخادم:
error-malformed = أرسل خادم المدينة ردًّا لا تستطيع هذه الخدمة قراءته. حاول مرة أخرى لاحقًا، أو اتصل بالرقم { $phone }.

## صفحة الخدمة

service-loading = جارٍ تحميل الخدمة…
service-back = كل خدمات المدينة
service-not-found-title = الخدمة غير موجودة
service-not-found = لا توجد خدمة بالرمز «{ $code }». ربما تغيّر اسمها أو سُحبت.
service-asks-heading = ما سيُطلب منك
service-asks-location = المكان: عنوان، أو موقعك الحالي، أو كلاهما.
service-asks-description = وصف المشكلة بكلماتك الخاصة.
service-asks-questions = بعض الأسئلة عنها:
service-asks-photos = صور، إن وُجدت (اختياري).
service-asks-contact = اسمك وطريقة التواصل معك (اختياري).
service-questions-loading = جارٍ تحميل الأسئلة…
service-questions-error = تعذّر تحميل الأسئلة الآن. لا يزال بإمكانك البدء: سيحاول النموذج مرة أخرى.
service-required = (مطلوب)
service-notice-heading = يُرجى الانتباه
service-promise-heading = بعد إرسال الطلب
service-promise-realtime = ستحصل فورًا على رقم مرجعي لمتابعة طلبك.
service-promise-batch = يعالج نظام المدينة هذه الطلبات على دفعات، لذا قد يستغرق وصول رقمك المرجعي بعض الوقت. تواصل هذه الخدمة التحقق من وصوله.
service-promise-blackbox = لا يمكن تتبّع هذا الطلب: لا تقدّم المدينة له رقمًا مرجعيًا ولا تحديثات.
service-start = ابدأ طلبك

## نموذج الطلب، في كل خطوة

request-step-count = الخطوة { $current } من { $total }
request-back = رجوع
request-continue = متابعة
request-saved = يُحفظ ما تكتبه على هذا الجهاز أولًا بأول.
request-discard = حذف هذه المسودة
request-discard-confirm = هل تريد حذف كل ما أدخلته لهذا الطلب؟ لا يمكن التراجع عن ذلك.
request-discard-yes = نعم، احذفها
request-discard-no = لا، احتفظ بها
request-discarded = حُذفت مسودتك.
request-service-unavailable = لا تستطيع هذه الخدمة استقبال الطلبات عبر الإنترنت حاليًا.
error-summary-title = توجد مشكلة
field-error-prefix = خطأ:

## الخطوة: المكان

request-location-title = أين توجد المشكلة؟
request-location-lead = اكتب عنوانًا، أو استخدم موقعك الحالي، أو كليهما.
request-location-lead-map = اكتب عنوانًا، أو استخدم موقعك الحالي، أو ضع دبوسًا على الخريطة. يكفي واحد منها.
request-address-label = العنوان أو المكان
request-address-hint = مثلًا: 300 City Centre Drive، أو تقاطع Hurontario Street مع Burnhamthorpe Road.
request-use-location = استخدام موقعي الحالي
request-locating = جارٍ تحديد موقعك…
request-located = موقعك: { $lat }، { $long } (بدقة تقارب { $accuracy } م).
request-location-remove = إزالة موقعي
request-geo-denied = لا يملك هذا الموقع الإلكتروني إذنًا باستخدام موقعك الجغرافي. يمكنك السماح بذلك من إعدادات المتصفح، أو كتابة عنوان بدلًا من ذلك.
request-geo-unavailable = تعذّر تحديد موقعك. حاول مرة أخرى بعد قليل، أو اكتب عنوانًا بدلًا من ذلك.
request-geo-timeout = استغرق تحديد موقعك وقتًا طويلًا. حاول مرة أخرى، أو اكتب عنوانًا بدلًا من ذلك.
request-geo-unsupported = لا يستطيع هذا المتصفح مشاركة موقعك. اكتب عنوانًا بدلًا من ذلك.

## الخطوة: المشكلة

request-details-title = أخبرنا عن المشكلة
request-description-label = صِف المشكلة
request-description-hint = ما الخلل، وأي معلومة تساعد فريق العمل على العثور عليه.
request-description-left =
    { $count ->
        [zero] لم يتبقَّ لك أي حرف
        [one] يتبقى لك حرف واحد
        [two] يتبقى لك حرفان
        [few] يتبقى لك { $count } أحرف
        [many] يتبقى لك { $count } حرفًا
       *[other] يتبقى لك { $count } حرف
    }
request-description-over =
    { $count ->
        [zero] لا توجد لديك أحرف زائدة
        [one] لديك حرف واحد زائد
        [two] لديك حرفان زائدان
        [few] لديك { $count } أحرف زائدة
        [many] لديك { $count } حرفًا زائدًا
       *[other] لديك { $count } حرف زائد
    }
request-definition-error = تعذّر تحميل الأسئلة الإضافية التي تطرحها المدينة لهذه الخدمة. لا يزال بإمكانك إرسال طلبك مع وصف للمشكلة.
request-choose = اختر أحد الخيارات

## الخطوة: الصور

request-photos-title = الصور
request-photos-lead = تساعد الصورة فريق العمل على العثور على المشكلة وإصلاحها. الصور اختيارية.
request-photos-limit =
    { $max ->
        [zero] لا يمكنك إضافة أي صورة.
        [one] يمكنك إضافة صورة واحدة.
        [two] يمكنك إضافة ما يصل إلى صورتين.
        [few] يمكنك إضافة ما يصل إلى { $max } صور.
        [many] يمكنك إضافة ما يصل إلى { $max } صورةً.
       *[other] يمكنك إضافة ما يصل إلى { $max } صورة.
    }
request-photos-privacy = تُصغَّر الصور على هاتفك قبل إرسالها، وتُزال منها معلومات الموقع والكاميرا المضمَّنة فيها.
request-photos-add = إضافة صورة
request-photos-add-hint = التقط صورة بالكاميرا أو اختر صورة موجودة لديك.
request-photos-preparing = جارٍ تجهيز صورتك…
request-photos-added = أُضيفت الصورة.
request-photos-photo = الصورة { $number }
request-photos-remove = إزالة الصورة { $number }
request-photos-removed = أُزيلت الصورة.
request-photos-full = لقد أضفت الحد الأقصى من الصور التي يمكن إرفاقها بهذا الطلب.
request-photos-not-image = هذا الملف ليس صورة يمكن لهذه الخدمة استخدامها. اختر صورة بتنسيق JPEG أو PNG أو تنسيق مشابه.
request-photos-failed = تعذّر تجهيز الصورة. جرّب صورة أخرى.
request-photos-storage = لم تعد على هذا الجهاز مساحة كافية للاحتفاظ بالصورة. أفرغ بعض المساحة، أو أرسل طلبك بدونها.

## الخطوة: معلومات عنك

request-about-title = معلومات عنك
request-about-lead = كل هذه البيانات اختيارية، وهي تتيح للمدينة التواصل معك بشأن هذا الطلب.
request-first-name = الاسم الأول
request-last-name = اسم العائلة
request-name-why = لكي تعرف المدينة مَن تسأل عنه.
request-email = البريد الإلكتروني
request-email-why = لإرسال مستجدات هذا الطلب إليك.
request-phone = رقم الهاتف
request-phone-why = في حال احتاج فريق العمل إلى سؤالك عن شيء.
request-remember = تذكُّر بياناتي على هذا الجهاز
request-remember-hint = لا تحدّد هذا الخيار إلا على هاتفك أو حاسوبك الشخصي. ألغِ تحديده لكي تُنسى بياناتك.

## الخطوة: مراجعة إجاباتك

request-check-title = راجع إجاباتك قبل الإرسال
request-check-location = الموقع
request-check-description = الوصف
request-check-contact = بياناتك
request-check-photos = الصور
request-check-photo-count =
    { $count ->
        [zero] لا توجد صور
        [one] صورة واحدة
        [two] صورتان
        [few] { $count } صور
        [many] { $count } صورةً
       *[other] { $count } صورة
    }
request-check-not-given = لم يُقدَّم
request-check-yes = نعم
request-check-change = تغيير
request-send = إرسال الطلب
request-sending = جارٍ إرسال طلبك…
request-refused-next = راجع إجاباتك وحاول مرة أخرى. إذا استمرت المشكلة، فاتصل بالرقم { $phone }.

## مشكلات في الإجابات

problem-no-location = اكتب عنوانًا أو استخدم موقعك الحالي.
problem-required = أجب عن السؤال «{ $question }».
problem-not-a-number = يجب أن تكون الإجابة عن «{ $question }» رقمًا، مثل 3 أو 2.5.
problem-not-a-datetime = يجب أن تكون الإجابة عن «{ $question }» تاريخًا ووقتًا.
problem-not-a-date = يجب أن تكون الإجابة عن «{ $question }» تاريخًا.
problem-unknown-choice = اختر أحد الخيارات المتاحة لـ «{ $question }».
problem-too-long = يجب ألا يتجاوز عدد أحرف الوصف { $limit }.
problem-bad-email = اكتب عنوان بريد إلكتروني مثل name@example.com.
problem-bad-phone = اكتب رقم هاتف من 7 أرقام على الأقل، مثل 905 615 4311.

## بعد الإرسال

sent-title = تم إرسال الطلب
sent-reference = رقمك المرجعي
sent-reference-pending = رقمك المرجعي في الطريق
sent-reference-pending-detail = تمنح المدينة هذه الطلبات رقمًا بعد وقت قصير. سيظهر هنا وفي طلباتك عند وصوله.
sent-untracked = لا يمكن تتبّع هذه الخدمة، لذا لا يوجد رقم مرجعي. لقد وصل طلبك إلى المدينة.
sent-next-heading = ماذا يحدث بعد ذلك
sent-next = تراجع المدينة طلبك وتحيله إلى الفريق المسؤول.
sent-another = تقديم طلب آخر
sent-storage-warning = لم يتمكن هذا الجهاز من الاحتفاظ بسجل لهذا الطلب. دوّن رقمك المرجعي.
sent-waiting-title = في انتظار الإرسال
sent-waiting = أنت غير متصل بالإنترنت. طلبك محفوظ على هذا الجهاز وسيُرسَل تلقائيًا عند عودة الاتصال. يمكنك إغلاق هذه الصفحة.
sent-busy = نظام المدينة مشغول الآن. طلبك محفوظ على هذا الجهاز وسيُعاد إرساله تلقائيًا بعد { $time } ما دامت هذه الخدمة مفتوحة، أو عند فتحها في المرة القادمة.
sent-sending-title = جارٍ إرسال طلبك…
sent-uploading = جارٍ إرسال صورك
sent-unconfirmed-title = لم نتمكن من التأكد من وصول طلبك
sent-unconfirmed = انقطع الاتصال أثناء الإرسال، وتعذّر سؤال خادم المدينة عمّا إذا كان طلبك قد وصل. ولتجنّب إرساله مرتين، لن يُعاد إرساله إلا إذا اخترت ذلك.
sent-check-again = تحقّق مرة أخرى
sent-send-again = إعادة الإرسال
sent-refused-title = لم يقبل خادم المدينة هذا الطلب
sent-not-found-title = الطلب غير موجود
sent-not-found = لا يوجد على هذا الجهاز أي سجل لهذا الطلب. ربما حُذف.

## طلباتي: الطلبات المرسَلة من هذا الجهاز

my-requests-title = طلباتي
my-requests-lead = الطلبات المرسَلة من هذا الجهاز. تُحفظ هذه القائمة على هذا الجهاز فقط.
my-requests-empty = لم ترسل أي طلب من هذا الجهاز بعد.
my-requests-refresh = التحقق من وجود تحديثات
my-requests-refreshing = جارٍ التحقق من وجود تحديثات…
my-requests-refreshed = الحالات محدَّثة.
my-requests-sent-on = أُرسل في { $date }
my-requests-last-update = آخر تحديث في { $date }
my-requests-updated = تحديث جديد
my-requests-waiting = في انتظار الإرسال
my-requests-unconfirmed = غير مؤكَّد
my-requests-refused = غير مقبول
my-requests-reference-pending = الرقم المرجعي في الطريق
my-requests-forget = إزالة هذا الطلب
my-requests-forget-all = إزالة كل الطلبات من هذا الجهاز
my-requests-forget-all-confirm = هل تريد إزالة كل الطلبات من هذا الجهاز؟ ستحتفظ بها المدينة؛ ستُمسح هذه القائمة فقط.
my-requests-forget-yes = نعم، أزِلها
my-requests-forget-no = لا، احتفظ بها
my-requests-forgotten = أُزيل الطلب من هذا الجهاز.
my-requests-all-forgotten = أُزيلت كل الطلبات من هذا الجهاز.
lookup-heading = البحث عن طلب برقمه المرجعي
lookup-label = الرقم المرجعي
lookup-hint = تجده في صفحة التأكيد، أو في رسالة البريد الإلكتروني التي أرسلتها المدينة بشأن طلبك.
lookup-button = البحث عن الطلب
lookup-empty = اكتب رقمًا مرجعيًا.
lookup-offer = تتبّع الطلب { $id }

## صفحة الطلب

track-title = الطلب { $id }
track-loading = جارٍ تحميل الطلب…
track-not-found-title = الطلب غير موجود
track-not-found = لا يوجد لدى المدينة طلب بالرقم المرجعي «{ $id }». تحقّق من الرقم: تجده في صفحة التأكيد أو في رسالة البريد الإلكتروني من المدينة.
track-not-found-call = إذا لم تجده بعد ذلك، فاتصل بالرقم { $phone }.
track-status = الحالة
track-service = الخدمة
track-notes = ملاحظة من المدينة
track-agency = الجهة المسؤولة
track-requested = تاريخ الإرسال
track-updated = آخر تحديث
track-expected = الموعد المتوقع
track-overdue = متأخر: كانت المدينة تتوقع الانتهاء منه بحلول { $date }.
track-location = الموقع
track-description = الوصف
track-photo = الصورة المرسَلة مع الطلب
track-timeline = ما حدث حتى الآن
track-seen-on = رُصد على هذا الجهاز
track-token-late = لا يزال طلبك قيد المعالجة. تحقّق مرة أخرى لاحقًا: سيظهر رقمه المرجعي في «طلباتي» عندما تمنحه المدينة.
track-follow = متابعة هذا الطلب
track-refresh = التحقق من وجود تحديثات

## الحالات، بالكلمات

status-word-open = تم الاستلام
status-word-closed = مغلق
status-word-in_progress = قيد التنفيذ
status-word-action_scheduled = العمل مُجدوَل
status-word-investigating = قيد الفحص
status-word-for_triage = قيد التقييم
status-word-internal_referral = أُحيل إلى فريق آخر
status-word-reopened = أُعيد فتحه
status-word-fixed = تم الإصلاح
status-word-duplicate = مغلق: أُبلغ عنه سابقًا
status-word-not_councils_responsibility = مغلق: ليس من مسؤولية المدينة
status-word-no_further_action = مغلق: لا إجراء إضافي
status-word-cancelled = مُلغى

## الصفحة غير موجودة

not-found-title = الصفحة غير موجودة
not-found-typed = إذا كتبت عنوان الصفحة بنفسك، فتأكد من صحته.
not-found-link = إذا وصلت عبر رابط، فربما يكون الرابط قديمًا.
not-found-home = الانتقال إلى قائمة خدمات المدينة
not-found-call = يمكنك أيضًا الاتصال بالرقم { $phone } لطلب خدمة.

## بيان إمكانية الوصول

accessibility-title = بيان إمكانية الوصول
a11y-intro = تريد { $city } أن يتمكن الجميع من استخدام هذه الخدمة: على الهاتف أو الحاسوب، مع التكبير، أو باستخدام لوحة المفاتيح وحدها، أو قارئ الشاشة، أو التحكم الصوتي، أو أي تقنية مساعدة أخرى، وبلغتك.
a11y-standard-heading = المعيار الذي نسعى إليه
a11y-standard = تسعى هذه الخدمة إلى استيفاء إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) الإصدار { $version } بالمستوى { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = تستوفي الخدمة هذا المعيار استيفاءً كاملًا.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = تستوفي الخدمة هذا المعيار جزئيًا: الأجزاء التي لا تستوفيه، أو التي لم يتحقق منها شخص بعد، مذكورة أدناه.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = أجرينا آخر فحص كامل بتاريخ { $date }: كل صفحة بكل حالاتها، بكل اللغات المتاحة وعددها { $languages }، على شاشات بحجم الهاتف وشاشات بحجم الحاسوب. { $failed ->
    [0] لم يكشف أيٌّ من فحوص الصفحات، وعددها { $scans }، عن أي مشكلة.
    [zero] لم يكشف أيٌّ من فحوص الصفحات، وعددها { $scans }، عن أي مشكلة.
    [one] من بين فحوص الصفحات، وعددها { $scans }، كشف فحص واحد عن مشكلة.
    [two] من بين فحوص الصفحات، وعددها { $scans }، كشف فحصان عن مشكلة.
    [few] من بين فحوص الصفحات، وعددها { $scans }، كشفت { $failed } فحوص عن مشكلة.
    [many] من بين فحوص الصفحات، وعددها { $scans }، كشف { $failed } فحصًا عن مشكلة.
   *[other] من بين فحوص الصفحات، وعددها { $scans }، كشف { $failed } فحص عن مشكلة.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = يظل باقي هذا البيان ساريًا، ويمكنك الاتصال بنا لمعرفة نتائج آخر فحص أجريناه.
a11y-testing-heading = كيف نختبر ذلك
a11y-testing-automated = تُفحص كل صفحة تلقائيًا باستخدام axe-core وفق WCAG 2.2 بالمستويين A وAA في كل مرة تتغير فيها الخدمة، على شاشة بحجم الهاتف وشاشة بحجم الحاسوب.
a11y-testing-keyboard = تستخدم الاختبارات التلقائية الخدمة أيضًا بلوحة المفاتيح وحدها: رابط التخطي، والتنقل بين الصفحات، وموضع التركيز.
a11y-testing-languages = تُختبر الصفحات أيضًا بلغات تُكتب من اليمين إلى اليسار، وبلغة تجريبية مولَّدة تكشف أي نص بقي دون ترجمة.
a11y-gaps-heading = ما نعرف أنه لم يكتمل بعد
a11y-gaps-intro = لا تكتشف الفحوص التلقائية إلا بعض المشكلات. نعرف ما يلي:
a11y-not-conforming-intro = هذه الأجزاء لا تستوفي المعيار بعد:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = معيار النجاح { $criterion } في WCAG: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [zero] ما زال على شخص أن يتحقق من معايير النجاح هذه، لأن الاختبارات التلقائية لا تستطيع الحكم عليها بالكامل: { $criteria }.
    [one] ما زال على شخص أن يتحقق من معيار النجاح هذا، لأن الاختبارات التلقائية لا تستطيع الحكم عليه بالكامل: { $criteria }.
    [two] ما زال على شخص أن يتحقق من معيارَي النجاح هذين، لأن الاختبارات التلقائية لا تستطيع الحكم عليهما بالكامل: { $criteria }.
    [few] ما زال على شخص أن يتحقق من { $count } معايير نجاح، لأن الاختبارات التلقائية لا تستطيع الحكم عليها بالكامل: { $criteria }.
    [many] ما زال على شخص أن يتحقق من { $count } معيارًا من معايير النجاح، لأن الاختبارات التلقائية لا تستطيع الحكم عليها بالكامل: { $criteria }.
   *[other] ما زال على شخص أن يتحقق من { $count } معيار نجاح، لأن الاختبارات التلقائية لا تستطيع الحكم عليها بالكامل: { $criteria }.
}
a11y-gap-screen-readers = لم يختبر الخدمةَ بعدُ أشخاصٌ يستخدمون قارئات الشاشة أو التحكم الصوتي.
a11y-gap-server-text = تأتي أسماء الخدمات وأوصافها من أنظمة المدينة، وقد لا تكون مترجمة إلى لغتك.
a11y-report-heading = الإبلاغ عن مشكلة في هذه الخدمة
a11y-report = إذا لم يعمل شيء في هذا الموقع معك، فاتصل بالرقم { $phone } وأخبرنا بما كنت تفعله وما الذي لم يعمل. سنساعدك على تقديم طلبك بالهاتف وسنصلح المشكلة.
a11y-other-format-heading = احصل على هذه المعلومات بطريقة أخرى
a11y-other-format = إذا لم تستطع استخدام هذا الموقع، أو احتجت إلى محتواه بشكل آخر (خط كبير، أو قراءة بصوت عالٍ، أو نص سهل القراءة، أو لغة أخرى)، فاتصل بالرقم { $phone } وسنساعدك.
# $counter is the city's service counter (its address).
a11y-other-format-counter = يمكنك أيضًا الحضور إلى { $counter }.

## عندما لا تستطيع الخدمة قراءة إعداداتها (config.json)

config-problem-title = هذه الخدمة غير متاحة الآن
config-problem-resident = يُرجى المحاولة مرة أخرى بعد بضع دقائق. إذا استمرت المشكلة، فاتصل بالمدينة هاتفيًا.
config-problem-retry = حاول مرة أخرى
config-problem-detail-heading = لمسؤولي الموقع
config-error-unreachable = تعذّر تحميل ملف الإعدادات config.json: لم يستجب الخادم.
config-error-timeout = تعذّر تحميل ملف الإعدادات config.json: لم يستجب الخادم في الوقت المحدد.
config-error-status = تعذّر تحميل ملف الإعدادات config.json: أجاب الخادم بالحالة { $status }.
config-error-syntax = ملف الإعدادات config.json ليس JSON صالحًا: انظر السطر { $line }، العمود { $column }.
config-error-missing = لا يحتوي ملف الإعدادات config.json على قيمة لـ «{ $key }».
config-error-invalid = يحتوي ملف الإعدادات config.json على قيمة غير صالحة لـ «{ $key }».

## صفحات تُنزَّل عند الحاجة إليها أول مرة (src/pieces.rs)
piece-loading = جارٍ تحميل الصفحة…
piece-failed-title = تعذّر تحميل هذه الصفحة
piece-failed = تعذّر تنزيل جزء من هذه الخدمة. تحقّق من اتصالك ثم حاول مرة أخرى. كل ما كتبته محفوظ على هذا الجهاز.
piece-failed-phone = يمكنك أيضًا الاتصال بالرقم { $phone }.

## The map in the location step (src/map)
map-role = خريطة
map-label = خريطة: ضع الدبوس في مكان المشكلة
map-keys = المس الخريطة لوضع الدبوس هناك، أو استخدم الأزرار أسفلها. عندما يكون التركيز على الخريطة، تحرّك مفاتيح الأسهم الدبوس (لمسافة أبعد مع Shift)، ويكبّر + ويصغّر −.
map-loading = جارٍ تحميل الخريطة…
map-piece-failed = تعذّر تحميل الخريطة. لا يزال بإمكانك كتابة عنوان أو استخدام موقعك.
map-tiles-failed = تعذّر تحميل جزء من الخريطة. لا يزال بإمكانك وضع الدبوس أو كتابة عنوان أو استخدام موقعك.
map-zoom-group = التكبير
map-zoom-in = تكبير
map-zoom-out = تصغير
map-move-group = تحريك الدبوس
map-move-north = حرّك الدبوس شمالًا
map-move-south = حرّك الدبوس جنوبًا
map-move-east = حرّك الدبوس شرقًا
map-move-west = حرّك الدبوس غربًا
map-zoom-level = مستوى التكبير { $level } من { $max }.
map-pin-from-start = يقع الدبوس على بُعد نحو { $metres } م { $direction ->
    [north] إلى الشمال
    [north-east] إلى الشمال الشرقي
    [east] إلى الشرق
    [south-east] إلى الجنوب الشرقي
    [south] إلى الجنوب
    [south-west] إلى الجنوب الغربي
    [west] إلى الغرب
   *[north-west] إلى الشمال الغربي
  } من المكان الذي فُتحت عنده الخريطة.
map-pin-from-device = يقع الدبوس على بُعد نحو { $metres } م { $direction ->
    [north] إلى الشمال
    [north-east] إلى الشمال الشرقي
    [east] إلى الشرق
    [south-east] إلى الجنوب الشرقي
    [south] إلى الجنوب
    [south-west] إلى الجنوب الغربي
    [west] إلى الغرب
   *[north-west] إلى الشمال الغربي
  } من موقعك.
map-pin-at-start = الدبوس في المكان الذي فُتحت عنده الخريطة.
map-pin-at-device = الدبوس في موقعك.
map-pin-near = الدبوس قرب { $address }.
map-outside = هذا المكان خارج { $city }. ضع الدبوس داخل المدينة، أو اتصل بالرقم { $phone }.
map-find = اعرض العنوان على الخريطة
map-finding = جارٍ البحث عن العنوان…
map-find-empty = اكتب عنوانًا أولًا، ثم اعرضه على الخريطة.
map-find-none = لا يوجد مكان في { $city } يطابق هذا العنوان. ضع الدبوس على الخريطة بدلًا من ذلك.
map-find-failed = تعذّر البحث عن العنوان الآن. ضع الدبوس على الخريطة بدلًا من ذلك.
map-found = تم العثور على { $address }. الدبوس هناك.
map-suggestion = أقرب عنوان: { $address }
map-suggestion-use = استخدم هذا العنوان
map-suggestion-used = تمت تعبئة العنوان: { $address }.
request-pinned = الدبوس على الخريطة: { $lat }، { $long }.
request-pin-remove = أزِل الدبوس

## Already reported nearby (src/map/nearby.rs)
nearby-heading = مُبلَّغ عنه بالقرب من هنا
nearby-lead = { $count ->
    [zero] لا توجد طلبات مفتوحة للخدمة نفسها
    [one] هذا الطلب المفتوح للخدمة نفسها يقع
    [two] هذان الطلبان المفتوحان للخدمة نفسها يقعان
    [few] هذه الطلبات المفتوحة الـ{ $count } للخدمة نفسها تقع
    [many] هذه الطلبات المفتوحة الـ{ $count } للخدمة نفسها تقع
   *[other] هذه الطلبات المفتوحة الـ{ $count } للخدمة نفسها تقع
  } على بُعد أقل من 150 م من الدبوس. إذا كان أحدها هو مشكلتك، يمكنك متابعته بدلًا من الإبلاغ عنها مرة أخرى.
nearby-distance = على بُعد { $metres } م
nearby-age = { $days ->
    [zero] أُبلغ عنه اليوم
    [one] أُبلغ عنه أمس
    [two] أُبلغ عنه قبل يومين
    [few] أُبلغ عنه قبل { $days } أيام
    [many] أُبلغ عنه قبل { $days } يومًا
   *[other] أُبلغ عنه قبل { $days } يوم
  }
nearby-follow = تابع هذا الطلب بدلًا من ذلك
nearby-follow-confirm = هل تريد متابعة الطلب { $id } بدلًا من إرسال طلبك؟ ستُحذف إجاباتك وصورك في هذا النموذج، ولن يُرسَل أي شيء.
nearby-follow-yes = نعم، تابعه
nearby-follow-no = لا، أبقِ طلبي
nearby-different = طلبي مختلف: متابعة
nearby-followed = أنت تتابع الطلب { $id }. لم يُرسَل أي شيء.
nearby-announced = { $count ->
    [zero] لا توجد طلبات مفتوحة للخدمة نفسها
    [one] يوجد طلب مفتوح واحد للخدمة نفسها
    [two] يوجد طلبان مفتوحان للخدمة نفسها
    [few] توجد { $count } طلبات مفتوحة للخدمة نفسها
    [many] يوجد { $count } طلبًا مفتوحًا للخدمة نفسها
   *[other] يوجد { $count } طلب مفتوح للخدمة نفسها
  } مُبلَّغ عنه قرب الدبوس: تجدها مدرجة أسفل الخريطة.
nearby-failed = تعذّر الآن التحقق من الطلبات المُبلَّغ عنها بالقرب من هنا.
my-requests-following-since = تتابعه منذ { $date }

## مستجدات الطلب: إشعارات المتصفح والبريد الإلكتروني (src/notify)
updates-heading = مستجدات هذا الطلب
updates-offer = أبلغني عندما يتغيّر
updates-wait-id = يمكنك طلب المستجدات بعد أن تعطي المدينة هذا الطلب رقمه المرجعي. ستعرضها عليك هذه الصفحة حينها.
updates-loading = جارٍ التحقق من المستجدات التي يمكن للمدينة إرسالها…
updates-unavailable = لا يمكن تفعيل المستجدات الآن. يمكنك العودة إلى هذه الصفحة لمعرفة حال طلبك.
updates-push = أرسل الإشعارات إلى هذا المتصفح
updates-push-hint = سيسألك متصفحك إن كان يُسمح لهذا الموقع بعرض الإشعارات. يصلك إشعار كلما تغيّر الطلب.
updates-push-on = تمّ. سيعرض هذا المتصفح إشعارًا كلما تغيّر هذا الطلب.
updates-push-blocked = إشعارات هذا الموقع محظورة في إعدادات متصفحك. لتصلك، اسمح بها لهذا الموقع هناك ثم عُد.
updates-push-install-first = على iPhone أو iPad لا تعمل الإشعارات إلا من الشاشة الرئيسية: اضغط مشاركة ثم إضافة إلى الشاشة الرئيسية، وافتح التطبيق من هناك وعُد إلى هذا الطلب.
updates-push-unsupported = هذا المتصفح لا يستطيع عرض إشعارات المواقع. يمكنك طلب البريد الإلكتروني بدلًا منها، أو العودة إلى هذه الصفحة.
updates-push-not-allowed = لم يُسمح بالإشعارات، لذا لن يُرسل شيء. يمكنك تغيير ذلك من إعدادات الموقع في متصفحك.
updates-push-failed = تعذّر على هذا المتصفح تفعيل الإشعارات. حاول لاحقًا، أو اطلب البريد الإلكتروني.
updates-email-label = البريد الإلكتروني
updates-email-hint = نرسل أولًا رسالة لتأكيد العنوان. في كل رسالة رابط لإيقافها.
updates-email-send = راسلني عندما يتغيّر
updates-email-invalid = أدخل عنوان بريد إلكتروني، مثل name@example.com
updates-email-sent = أرسلنا رسالة إلى { $email }. افتح الرابط الذي فيها لتبدأ المستجدات بالوصول.
updates-error-offline = تعذّر تفعيل المستجدات: لا يوجد اتصال. تأكّد من اتصالك وحاول مجددًا.
updates-error-unknown = لم يعد نظام المدينة يعرف هذا الطلب، لذا لا يمكن إرسال مستجدات.
updates-error-busy = نظام المدينة مشغول. حاول مجددًا بعد دقيقة.
updates-error-refused = لم يقبل نظام المدينة ذلك. تحقّق من البريد الإلكتروني، أو جرّب الطريقة الأخرى.
updates-error-failed = حدث خطأ أثناء تفعيل المستجدات. حاول لاحقًا.
updates-on-push = يصلك إشعار من المتصفح عندما يتغيّر هذا الطلب.
updates-on-email = تصلك رسالة بريد عندما يتغيّر هذا الطلب (بعد تأكيد العنوان).
updates-on-both = يصلك إشعار من المتصفح ورسالة بريد عندما يتغيّر هذا الطلب.
updates-stop = أوقف المستجدات
updates-stopped = توقّفت مستجدات هذا الطلب.
updates-stop-failed = تعذّر إيقاف المستجدات الآن: لا ردّ من نظام المدينة. حاول مجددًا.
