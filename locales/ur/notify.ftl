## وہ پیغامات جو نوٹیفائر (frontdesk-server --notify) اُس شخص کو بھیجتا ہے جس نے درخواست میں
## تبدیلی کی اطلاع مانگی ہو۔ مترجمین کے لیے رہنمائی: locales/README.md

notify-title = درخواست { $id } میں تبدیلی ہوئی ہے
notify-body-status = حالت: { $status }
notify-body-note = شہر کی طرف سے نوٹ: { $note }
notify-body-expected = متوقع تاریخ: { $date }
notify-body-closed = یہ درخواست بند ہو چکی ہے۔ اس کے بارے میں آپ کو مزید پیغامات نہیں ملیں گے۔
notify-email-open = درخواست دیکھیں:
notify-email-stop = یہ ای میلز بند کرنے کے لیے یہ لنک کھولیں:

notify-confirm-subject = درخواست { $id } کے بارے میں ای میلز کی تصدیق کریں
notify-confirm-body = کسی نے، امید ہے آپ نے، درخواست { $id } میں ہر تبدیلی پر ای میل مانگی ہے۔ یہ ای میلز پانے کے لیے یہ لنک کھولیں:
notify-confirm-ignore = اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں: اس پتے پر مزید کچھ نہیں بھیجا جائے گا۔

notify-page-confirmed = ہو گیا۔ درخواست { $id } میں تبدیلی پر آپ کو ای میل ملے گی۔
notify-page-stopped = ہو گیا۔ درخواست { $id } کے بارے میں آپ کو مزید پیغامات نہیں ملیں گے۔
notify-page-unknown = یہ لنک اب کام نہیں کرتا: جن پیغامات سے یہ متعلق تھا وہ پہلے ہی بند ہو چکے ہیں۔
notify-page-back = درخواست دیکھیں
