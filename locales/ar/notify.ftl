## الرسائل التي يرسلها المُنبِّه (frontdesk-server --notify) إلى من طلب أن يُبلَّغ بتغيّر طلبه.
## دليل المترجمين: locales/README.md

notify-title = تغيّر الطلب { $id }
notify-body-status = الحالة: { $status }
notify-body-note = ملاحظة من المدينة: { $note }
notify-body-expected = الموعد المتوقع: { $date }
notify-body-closed = هذا الطلب مغلق. لن تصلك رسائل أخرى بشأنه.
notify-email-open = اعرض الطلب:
notify-email-stop = لإيقاف هذه الرسائل، افتح هذا الرابط:

notify-confirm-subject = أكّد رسائل البريد بشأن الطلب { $id }
notify-confirm-body = طلب أحدٌ، ونرجو أن تكون أنت، رسالةً بالبريد كلما تغيّر الطلب { $id }. لتصلك، افتح هذا الرابط:
notify-confirm-ignore = إن لم تكن أنت، فتجاهل هذه الرسالة: لن يُرسل شيء آخر إلى هذا العنوان.

notify-page-confirmed = تمّ. ستصلك رسالة بالبريد عندما يتغيّر الطلب { $id }.
notify-page-stopped = تمّ. لن تصلك رسائل أخرى بشأن الطلب { $id }.
notify-page-unknown = هذا الرابط لم يعد يعمل: الرسائل التي كان يخصّها متوقفة بالفعل.
notify-page-back = اعرض الطلب
