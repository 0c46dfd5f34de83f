# Frontdesk, ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ) ਵਿੱਚ ਵਰਤੋਂਕਾਰ ਇੰਟਰਫ਼ੇਸ। ਅਨੁਵਾਦਕਾਂ ਲਈ ਗਾਈਡ: locales/README.md

## ਪੰਨੇ ਦਾ ਢਾਂਚਾ

document-title = { $page } – { $city }
document-title-error = ਗੜਬੜ: { $page } – { $city }
shell-name = ਸ਼ਹਿਰ ਦੀਆਂ ਸੇਵਾਵਾਂ
skip-link = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
shell-loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
shell-noscript = ਇਸ ਸੇਵਾ ਲਈ JavaScript ਜ਼ਰੂਰੀ ਹੈ, ਜੋ ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਬੰਦ ਹੈ ਜਾਂ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।
shell-noscript-call = JavaScript ਤੋਂ ਬਿਨਾਂ ਕਿਸੇ ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਜਾਂ ਸ਼ਹਿਰ ਤੋਂ ਕੋਈ ਸੇਵਾ ਮੰਗਣ ਲਈ { $phone } 'ਤੇ ਕਾਲ ਕਰੋ।
footer-nav-label = ਇਸ ਸੇਵਾ ਬਾਰੇ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
language-nav-label = ਭਾਸ਼ਾ
nav-my-requests = ਮੇਰੀਆਂ ਬੇਨਤੀਆਂ

## ਮਦਦ, ਹਰ ਪੰਨੇ 'ਤੇ ਇੱਕੋ ਥਾਂ

help-heading = ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
help-call = ਇਸ ਨੰਬਰ 'ਤੇ ਕਾਲ ਕਰੋ
help-from-outside = ਸ਼ਹਿਰ ਤੋਂ ਬਾਹਰੋਂ, ਇਸ ਨੰਬਰ 'ਤੇ ਕਾਲ ਕਰੋ
help-hours = ਸਮਾਂ: { $hours }।
help-counter = ਜਾਂ ਸੇਵਾ ਕਾਊਂਟਰ 'ਤੇ ਆਓ: { $address }।

## ਮੁੱਖ ਪੰਨਾ: ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ

catalogue-title = ਸ਼ਹਿਰ ਦੀਆਂ ਸੇਵਾਵਾਂ
catalogue-lead = ਕਿਸੇ ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰੋ, ਸ਼ਹਿਰ ਤੋਂ ਕੋਈ ਸੇਵਾ ਮੰਗੋ ਅਤੇ ਦੇਖੋ ਕਿ ਉਸ 'ਤੇ ਕੀ ਕਾਰਵਾਈ ਹੁੰਦੀ ਹੈ — ਆਪਣੇ ਫ਼ੋਨ ਤੋਂ, ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ।
catalogue-loading = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਲੋਡ ਹੋ ਰਹੀ ਹੈ…
catalogue-search-label = ਕੋਈ ਸੇਵਾ ਲੱਭੋ
catalogue-search-hint = ਉਦਾਹਰਨ ਲਈ: ਸੜਕ ਵਿੱਚ ਟੋਆ, ਦਰੱਖ਼ਤ, ਪਾਰਕਿੰਗ ਟਿਕਟ।
catalogue-search-button = ਲੱਭੋ
catalogue-results-heading = ਖੋਜ ਦੇ ਨਤੀਜੇ
catalogue-results-count =
    { $count ->
        [one] “{ $query }” ਲਈ { $count } ਸੇਵਾ ਮਿਲੀ।
       *[other] “{ $query }” ਲਈ { $count } ਸੇਵਾਵਾਂ ਮਿਲੀਆਂ।
    }
catalogue-no-results = “{ $query }” ਲਈ ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ।
catalogue-no-results-call = { $phone } 'ਤੇ ਕਾਲ ਕਰੋ, ਸਹੀ ਸੇਵਾ ਲੱਭਣ ਵਿੱਚ ਅਸੀਂ ਤੁਹਾਡੀ ਮਦਦ ਕਰਾਂਗੇ।
catalogue-no-results-browse = ਜਾਂ ਹੇਠਾਂ ਵਿਸ਼ੇ ਮੁਤਾਬਕ ਸੇਵਾਵਾਂ ਦੇਖੋ।
catalogue-clear-search = ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਦਿਖਾਓ
catalogue-topics-heading = ਵਿਸ਼ੇ ਮੁਤਾਬਕ ਸੇਵਾਵਾਂ
catalogue-other-services = ਹੋਰ ਸੇਵਾਵਾਂ
catalogue-stale = ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਸਕਿਆ, ਇਸ ਲਈ ਇਹ ਉਹ ਸੂਚੀ ਹੈ ਜੋ ਇਸ ਡਿਵਾਈਸ 'ਤੇ { $date } ਨੂੰ ਸੰਭਾਲੀ ਗਈ ਸੀ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਪੁਰਾਣੀ ਹੋਵੇ।
catalogue-empty = ਸ਼ਹਿਰ ਇਸ ਵੇਲੇ ਆਨਲਾਈਨ ਬੇਨਤੀਆਂ ਨਹੀਂ ਲੈ ਰਿਹਾ। ਕਿਸੇ ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਜਾਂ ਕੋਈ ਸੇਵਾ ਮੰਗਣ ਲਈ { $phone } 'ਤੇ ਕਾਲ ਕਰੋ।
catalogue-services-error-heading = ਆਨਲਾਈਨ ਬੇਨਤੀ ਫ਼ਾਰਮ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ
catalogue-services-error-rest = ਜਿਹੜੀਆਂ ਸੇਵਾਵਾਂ ਫ਼ੋਨ ਰਾਹੀਂ, ਖ਼ੁਦ ਜਾ ਕੇ ਜਾਂ ਸ਼ਹਿਰ ਦੀਆਂ ਹੋਰ ਵੈੱਬਸਾਈਟਾਂ 'ਤੇ ਮਿਲਦੀਆਂ ਹਨ, ਉਹ ਹੇਠਾਂ ਹਾਲੇ ਵੀ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ।
catalogue-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ

## ਸੇਵਾ ਕਿਵੇਂ ਮਿਲਦੀ ਹੈ, ਸੂਚੀ ਵਿੱਚ ਉਸਦੇ ਨਾਂ ਹੇਠਾਂ

channel-request = ਆਨਲਾਈਨ ਫ਼ਾਰਮ
channel-online = ਸ਼ਹਿਰ ਦੀ ਕਿਸੇ ਹੋਰ ਵੈੱਬਸਾਈਟ 'ਤੇ (ਇਹ ਸਾਈਟ ਛੱਡ ਕੇ)
channel-phone = ਫ਼ੋਨ ਰਾਹੀਂ: { $phone } 'ਤੇ ਕਾਲ ਕਰੋ
channel-hours = ਸਮਾਂ: { $hours }।
channel-counter = ਖ਼ੁਦ ਜਾ ਕੇ: { $address }

## ਜਦੋਂ ਸ਼ਹਿਰ ਦਾ ਸਰਵਰ ਠੀਕ ਤਰ੍ਹਾਂ ਜਵਾਬ ਨਾ ਦੇਵੇ (ਹਰ ਉਹ ਪੰਨਾ ਜੋ ਉਸ ਨਾਲ ਜੁੜਦਾ ਹੈ)

error-offline = ਲੱਗਦਾ ਹੈ ਤੁਸੀਂ ਆਫ਼ਲਾਈਨ ਹੋ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-unreachable = ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ। ਹੋ ਸਕਦਾ ਹੈ ਉਹ ਥੋੜ੍ਹੀ ਦੇਰ ਲਈ ਬੰਦ ਹੋਵੇ: ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-timeout = ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਨੇ ਜਵਾਬ ਦੇਣ ਵਿੱਚ ਬਹੁਤ ਦੇਰ ਲਾਈ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਹੌਲੀ ਕਨੈਕਸ਼ਨ 'ਤੇ ਦੂਜੀ ਕੋਸ਼ਿਸ਼ ਅਕਸਰ ਕੰਮ ਕਰ ਜਾਂਦੀ ਹੈ।
error-server = ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਆਈ (ਗੜਬੜ { $status })। ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-refused = ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਨੇ ਬੇਨਤੀ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤੀ (ਗੜਬੜ { $status })।
error-not-found = ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਨੂੰ ਇਸ ਬਾਰੇ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੈ (ਗੜਬੜ 404)।
error-server-said = ਸਰਵਰ ਦਾ ਸੁਨੇਹਾ:
error-malformed = ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਨੇ ਅਜਿਹਾ ਜਵਾਬ ਭੇਜਿਆ ਜਿਸਨੂੰ ਇਹ ਸੇਵਾ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦੀ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ { $phone } 'ਤੇ ਕਾਲ ਕਰੋ।

## ਕਿਸੇ ਸੇਵਾ ਦਾ ਪੰਨਾ

service-loading = ਸੇਵਾ ਲੋਡ ਹੋ ਰਹੀ ਹੈ…
service-back = ਸ਼ਹਿਰ ਦੀਆਂ ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ
service-not-found-title = ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ
service-not-found = “{ $code }” ਕੋਡ ਵਾਲੀ ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਉਸਦਾ ਨਾਂ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ ਜਾਂ ਉਸਨੂੰ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।
service-asks-heading = ਤੁਹਾਡੇ ਤੋਂ ਕੀ ਪੁੱਛਿਆ ਜਾਵੇਗਾ
service-asks-location = ਇਹ ਕਿੱਥੇ ਹੈ: ਕੋਈ ਪਤਾ, ਤੁਹਾਡਾ ਮੌਜੂਦਾ ਟਿਕਾਣਾ, ਜਾਂ ਦੋਵੇਂ।
service-asks-description = ਸਮੱਸਿਆ ਕੀ ਹੈ, ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ।
service-asks-questions = ਇਸ ਬਾਰੇ ਕੁਝ ਸਵਾਲ:
service-asks-photos = ਫ਼ੋਟੋਆਂ, ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਹੋਣ (ਲਾਜ਼ਮੀ ਨਹੀਂ)।
service-asks-contact = ਤੁਹਾਡਾ ਨਾਂ ਅਤੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਦਾ ਤਰੀਕਾ (ਲਾਜ਼ਮੀ ਨਹੀਂ)।
service-questions-loading = ਸਵਾਲ ਲੋਡ ਹੋ ਰਹੇ ਹਨ…
service-questions-error = ਸਵਾਲ ਇਸ ਵੇਲੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਸ਼ੁਰੂ ਕਰ ਸਕਦੇ ਹੋ: ਫ਼ਾਰਮ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੇਗਾ।
service-required = (ਲਾਜ਼ਮੀ)
service-notice-heading = ਕਿਰਪਾ ਕਰਕੇ ਧਿਆਨ ਦਿਓ
service-promise-heading = ਭੇਜਣ ਤੋਂ ਬਾਅਦ
service-promise-realtime = ਤੁਹਾਨੂੰ ਤੁਰੰਤ ਇੱਕ ਹਵਾਲਾ ਨੰਬਰ ਮਿਲੇਗਾ, ਜਿਸ ਨਾਲ ਤੁਸੀਂ ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਦੇਖ ਸਕੋਗੇ।
service-promise-batch = ਸ਼ਹਿਰ ਦਾ ਸਿਸਟਮ ਇਹ ਬੇਨਤੀਆਂ ਇਕੱਠੀਆਂ ਕਰਕੇ ਸਮੂਹਾਂ ਵਿੱਚ ਨਿਪਟਾਉਂਦਾ ਹੈ, ਇਸ ਲਈ ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਆਉਣ ਵਿੱਚ ਕੁਝ ਸਮਾਂ ਲੱਗ ਸਕਦਾ ਹੈ। ਇਹ ਸੇਵਾ ਉਸਨੂੰ ਵਾਰ-ਵਾਰ ਜਾਂਚਦੀ ਰਹਿੰਦੀ ਹੈ।
service-promise-blackbox = ਇਸ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਨਹੀਂ ਦੇਖੀ ਜਾ ਸਕਦੀ: ਸ਼ਹਿਰ ਇਸ ਲਈ ਨਾ ਕੋਈ ਹਵਾਲਾ ਨੰਬਰ ਦਿੰਦਾ ਹੈ, ਨਾ ਕੋਈ ਨਵੀਂ ਜਾਣਕਾਰੀ।
service-start = ਆਪਣੀ ਬੇਨਤੀ ਸ਼ੁਰੂ ਕਰੋ

## ਬੇਨਤੀ ਫ਼ਾਰਮ, ਹਰ ਪੜਾਅ

request-step-count = ਕੁੱਲ { $total } ਵਿੱਚੋਂ ਪੜਾਅ { $current }
request-back = ਪਿੱਛੇ
request-continue = ਅੱਗੇ ਵਧੋ
request-saved = ਤੁਸੀਂ ਜੋ ਵੀ ਲਿਖਦੇ ਹੋ, ਉਹ ਨਾਲ-ਨਾਲ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲਿਆ ਜਾਂਦਾ ਹੈ।
request-discard = ਇਹ ਡਰਾਫ਼ਟ ਮਿਟਾਓ
request-discard-confirm = ਇਸ ਬੇਨਤੀ ਲਈ ਤੁਸੀਂ ਜੋ ਕੁਝ ਵੀ ਭਰਿਆ ਹੈ, ਕੀ ਉਹ ਸਭ ਮਿਟਾ ਦੇਈਏ? ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕੇਗਾ।
request-discard-yes = ਹਾਂ, ਮਿਟਾ ਦਿਓ
request-discard-no = ਨਹੀਂ, ਰਹਿਣ ਦਿਓ
request-discarded = ਤੁਹਾਡਾ ਡਰਾਫ਼ਟ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ।
request-service-unavailable = ਇਹ ਸੇਵਾ ਇਸ ਵੇਲੇ ਆਨਲਾਈਨ ਬੇਨਤੀਆਂ ਨਹੀਂ ਲੈ ਸਕਦੀ।
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
field-error-prefix = ਗੜਬੜ:

## ਪੜਾਅ: ਕਿੱਥੇ

request-location-title = ਇਹ ਕਿੱਥੇ ਹੈ?
request-location-lead = ਕੋਈ ਪਤਾ ਲਿਖੋ, ਆਪਣਾ ਮੌਜੂਦਾ ਟਿਕਾਣਾ ਵਰਤੋ, ਜਾਂ ਦੋਵੇਂ।
request-location-lead-map = ਕੋਈ ਪਤਾ ਲਿਖੋ, ਆਪਣਾ ਮੌਜੂਦਾ ਟਿਕਾਣਾ ਵਰਤੋ, ਜਾਂ ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਲਾਓ। ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਕਾਫ਼ੀ ਹੈ।
request-address-label = ਪਤਾ ਜਾਂ ਥਾਂ
request-address-hint = ਉਦਾਹਰਨ ਲਈ: 300 City Centre Drive, ਜਾਂ Hurontario Street ਅਤੇ Burnhamthorpe Road ਦਾ ਕੋਨਾ।
request-use-location = ਮੇਰਾ ਮੌਜੂਦਾ ਟਿਕਾਣਾ ਵਰਤੋ
request-locating = ਤੁਹਾਡਾ ਟਿਕਾਣਾ ਲੱਭਿਆ ਜਾ ਰਿਹਾ ਹੈ…
request-located = ਤੁਹਾਡਾ ਟਿਕਾਣਾ: { $lat }, { $long } (ਲਗਭਗ { $accuracy } ਮੀਟਰ ਤੱਕ ਸਹੀ)।
request-location-remove = ਮੇਰਾ ਟਿਕਾਣਾ ਹਟਾਓ
request-geo-denied = ਇਸ ਸਾਈਟ ਨੂੰ ਤੁਹਾਡਾ ਟਿਕਾਣਾ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਸਦੀ ਇਜਾਜ਼ਤ ਦੇ ਸਕਦੇ ਹੋ, ਜਾਂ ਇਸਦੀ ਥਾਂ ਕੋਈ ਪਤਾ ਲਿਖ ਸਕਦੇ ਹੋ।
request-geo-unavailable = ਤੁਹਾਡਾ ਟਿਕਾਣਾ ਨਹੀਂ ਲੱਭਿਆ ਜਾ ਸਕਿਆ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਇਸਦੀ ਥਾਂ ਕੋਈ ਪਤਾ ਲਿਖੋ।
request-geo-timeout = ਤੁਹਾਡਾ ਟਿਕਾਣਾ ਲੱਭਣ ਵਿੱਚ ਬਹੁਤ ਦੇਰ ਲੱਗ ਗਈ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਇਸਦੀ ਥਾਂ ਕੋਈ ਪਤਾ ਲਿਖੋ।
request-geo-unsupported = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਤੁਹਾਡਾ ਟਿਕਾਣਾ ਸਾਂਝਾ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਇਸਦੀ ਥਾਂ ਕੋਈ ਪਤਾ ਲਿਖੋ।

## ਪੜਾਅ: ਸਮੱਸਿਆ

request-details-title = ਸਾਨੂੰ ਸਮੱਸਿਆ ਬਾਰੇ ਦੱਸੋ
request-description-label = ਸਮੱਸਿਆ ਦਾ ਵੇਰਵਾ ਦਿਓ
request-description-hint = ਕੀ ਖ਼ਰਾਬੀ ਹੈ, ਅਤੇ ਕੋਈ ਵੀ ਗੱਲ ਜਿਸ ਨਾਲ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਉਸਨੂੰ ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਮਿਲੇ।
request-description-left =
    { $count ->
        [one] { $count } ਅੱਖਰ ਬਾਕੀ ਹੈ
       *[other] { $count } ਅੱਖਰ ਬਾਕੀ ਹਨ
    }
request-description-over =
    { $count ->
        [one] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖਿਆ ਹੈ
       *[other] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖੇ ਹਨ
    }
request-definition-error = ਇਸ ਸੇਵਾ ਲਈ ਸ਼ਹਿਰ ਦੇ ਵਾਧੂ ਸਵਾਲ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਵੇਰਵੇ ਸਮੇਤ ਆਪਣੀ ਬੇਨਤੀ ਭੇਜ ਸਕਦੇ ਹੋ।
request-choose = ਕੋਈ ਇੱਕ ਵਿਕਲਪ ਚੁਣੋ

## ਪੜਾਅ: ਫ਼ੋਟੋਆਂ

request-photos-title = ਫ਼ੋਟੋਆਂ
request-photos-lead = ਫ਼ੋਟੋ ਨਾਲ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਸਮੱਸਿਆ ਲੱਭਣ ਅਤੇ ਠੀਕ ਕਰਨ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ। ਫ਼ੋਟੋਆਂ ਲਾਜ਼ਮੀ ਨਹੀਂ ਹਨ।
request-photos-limit =
    { $max ->
        [one] ਤੁਸੀਂ { $max } ਫ਼ੋਟੋ ਜੋੜ ਸਕਦੇ ਹੋ।
       *[other] ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਫ਼ੋਟੋਆਂ ਜੋੜ ਸਕਦੇ ਹੋ।
    }
request-photos-privacy = ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਟੋਆਂ ਤੁਹਾਡੇ ਫ਼ੋਨ 'ਤੇ ਹੀ ਛੋਟੀਆਂ ਕੀਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਅਤੇ ਉਹਨਾਂ ਦੇ ਅੰਦਰਲੀ ਟਿਕਾਣੇ ਅਤੇ ਕੈਮਰੇ ਦੀ ਜਾਣਕਾਰੀ ਹਟਾ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ।
request-photos-add = ਫ਼ੋਟੋ ਜੋੜੋ
request-photos-add-hint = ਆਪਣੇ ਕੈਮਰੇ ਨਾਲ ਫ਼ੋਟੋ ਖਿੱਚੋ ਜਾਂ ਪਹਿਲਾਂ ਤੋਂ ਮੌਜੂਦ ਕੋਈ ਫ਼ੋਟੋ ਚੁਣੋ।
request-photos-preparing = ਤੁਹਾਡੀ ਫ਼ੋਟੋ ਤਿਆਰ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…
request-photos-added = ਫ਼ੋਟੋ ਜੋੜ ਦਿੱਤੀ ਗਈ।
request-photos-photo = ਫ਼ੋਟੋ { $number }
request-photos-remove = ਫ਼ੋਟੋ { $number } ਹਟਾਓ
request-photos-removed = ਫ਼ੋਟੋ ਹਟਾ ਦਿੱਤੀ ਗਈ।
request-photos-full = ਇਸ ਬੇਨਤੀ ਵਿੱਚ ਜਿੰਨੀਆਂ ਫ਼ੋਟੋਆਂ ਜੋੜੀਆਂ ਜਾ ਸਕਦੀਆਂ ਹਨ, ਤੁਸੀਂ ਉਨੀਆਂ ਜੋੜ ਚੁੱਕੇ ਹੋ।
request-photos-not-image = ਇਹ ਫ਼ਾਈਲ ਅਜਿਹੀ ਫ਼ੋਟੋ ਨਹੀਂ ਹੈ ਜੋ ਇਹ ਸੇਵਾ ਵਰਤ ਸਕੇ। JPEG, PNG ਜਾਂ ਇਸ ਤਰ੍ਹਾਂ ਦੀ ਕੋਈ ਤਸਵੀਰ ਚੁਣੋ।
request-photos-failed = ਫ਼ੋਟੋ ਤਿਆਰ ਨਹੀਂ ਹੋ ਸਕੀ। ਕੋਈ ਹੋਰ ਫ਼ੋਟੋ ਅਜ਼ਮਾਓ।
request-photos-storage = ਇਸ ਡਿਵਾਈਸ ਵਿੱਚ ਫ਼ੋਟੋ ਰੱਖਣ ਲਈ ਥਾਂ ਨਹੀਂ ਬਚੀ। ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ, ਜਾਂ ਫ਼ੋਟੋ ਤੋਂ ਬਿਨਾਂ ਆਪਣੀ ਬੇਨਤੀ ਭੇਜੋ।

## ਪੜਾਅ: ਤੁਹਾਡੇ ਬਾਰੇ

request-about-title = ਤੁਹਾਡੇ ਬਾਰੇ
request-about-lead = ਇਹ ਸਭ ਲਾਜ਼ਮੀ ਨਹੀਂ ਹਨ। ਇਹਨਾਂ ਨਾਲ ਸ਼ਹਿਰ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦਾ ਹੈ।
request-first-name = ਪਹਿਲਾ ਨਾਂ
request-last-name = ਆਖ਼ਰੀ ਨਾਂ
request-name-why = ਤਾਂ ਜੋ ਸ਼ਹਿਰ ਨੂੰ ਪਤਾ ਹੋਵੇ ਕਿ ਕਿਸ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ।
request-email = ਈਮੇਲ ਪਤਾ
request-email-why = ਤਾਂ ਜੋ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਤੁਹਾਨੂੰ ਨਵੀਂ ਜਾਣਕਾਰੀ ਭੇਜੀ ਜਾ ਸਕੇ।
request-phone = ਫ਼ੋਨ ਨੰਬਰ
request-phone-why = ਜੇ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਤੁਹਾਡੇ ਤੋਂ ਕੁਝ ਪੁੱਛਣ ਦੀ ਲੋੜ ਪਵੇ।
request-remember = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਮੇਰੇ ਵੇਰਵੇ ਯਾਦ ਰੱਖੋ
request-remember-hint = ਇਸ 'ਤੇ ਸਹੀ ਦਾ ਨਿਸ਼ਾਨ ਸਿਰਫ਼ ਆਪਣੇ ਨਿੱਜੀ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ 'ਤੇ ਲਾਓ। ਵੇਰਵੇ ਭੁਲਾਉਣ ਲਈ ਨਿਸ਼ਾਨ ਹਟਾ ਦਿਓ।

## ਪੜਾਅ: ਆਪਣੇ ਜਵਾਬ ਜਾਂਚੋ

request-check-title = ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੇ ਜਵਾਬ ਜਾਂਚ ਲਓ
request-check-location = ਟਿਕਾਣਾ
request-check-description = ਵੇਰਵਾ
request-check-contact = ਤੁਹਾਡੇ ਵੇਰਵੇ
request-check-photos = ਫ਼ੋਟੋਆਂ
request-check-photo-count =
    { $count ->
        [one] { $count } ਫ਼ੋਟੋ
       *[other] { $count } ਫ਼ੋਟੋਆਂ
    }
request-check-not-given = ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ
request-check-yes = ਹਾਂ
request-check-change = ਬਦਲੋ
request-send = ਬੇਨਤੀ ਭੇਜੋ
request-sending = ਤੁਹਾਡੀ ਬੇਨਤੀ ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ…
request-refused-next = ਆਪਣੇ ਜਵਾਬ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਫਿਰ ਵੀ ਕੰਮ ਨਾ ਬਣੇ, ਤਾਂ { $phone } 'ਤੇ ਕਾਲ ਕਰੋ।

## ਜਵਾਬਾਂ ਵਿੱਚ ਸਮੱਸਿਆਵਾਂ

problem-no-location = ਕੋਈ ਪਤਾ ਲਿਖੋ ਜਾਂ ਆਪਣਾ ਮੌਜੂਦਾ ਟਿਕਾਣਾ ਵਰਤੋ।
problem-required = ਸਵਾਲ “{ $question }” ਦਾ ਜਵਾਬ ਦਿਓ।
problem-not-a-number = “{ $question }” ਦਾ ਜਵਾਬ ਇੱਕ ਅੰਕ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਜਿਵੇਂ 3 ਜਾਂ 2.5।
problem-not-a-datetime = “{ $question }” ਦਾ ਜਵਾਬ ਇੱਕ ਤਾਰੀਖ਼ ਅਤੇ ਸਮਾਂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
problem-not-a-date = “{ $question }” ਦਾ ਜਵਾਬ ਇੱਕ ਤਾਰੀਖ਼ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
problem-unknown-choice = “{ $question }” ਲਈ ਦਿੱਤੇ ਵਿਕਲਪਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।
problem-too-long = ਵੇਰਵਾ ਵੱਧ ਤੋਂ ਵੱਧ { $limit } ਅੱਖਰਾਂ ਦਾ ਹੋ ਸਕਦਾ ਹੈ।
problem-bad-email = name@example.com ਵਰਗਾ ਕੋਈ ਈਮੇਲ ਪਤਾ ਲਿਖੋ।
problem-bad-phone = ਘੱਟੋ-ਘੱਟ 7 ਅੰਕਾਂ ਵਾਲਾ ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 905 615 4311।

## ਭੇਜਣ ਤੋਂ ਬਾਅਦ

sent-title = ਬੇਨਤੀ ਭੇਜ ਦਿੱਤੀ ਗਈ
sent-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ
sent-reference-pending = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਆਉਣ ਵਾਲਾ ਹੈ
sent-reference-pending-detail = ਸ਼ਹਿਰ ਇਹਨਾਂ ਬੇਨਤੀਆਂ ਨੂੰ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਨੰਬਰ ਦਿੰਦਾ ਹੈ। ਨੰਬਰ ਆਉਣ 'ਤੇ ਉਹ ਇੱਥੇ ਅਤੇ ਤੁਹਾਡੀਆਂ ਬੇਨਤੀਆਂ ਵਿੱਚ ਦਿਖੇਗਾ।
sent-untracked = ਇਸ ਸੇਵਾ ਦੀ ਸਥਿਤੀ ਨਹੀਂ ਦੇਖੀ ਜਾ ਸਕਦੀ, ਇਸ ਲਈ ਕੋਈ ਹਵਾਲਾ ਨੰਬਰ ਨਹੀਂ ਹੈ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਸ਼ਹਿਰ ਨੂੰ ਮਿਲ ਗਈ ਹੈ।
sent-next-heading = ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ
sent-next = ਸ਼ਹਿਰ ਤੁਹਾਡੀ ਬੇਨਤੀ ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ ਅਤੇ ਉਸਨੂੰ ਜ਼ਿੰਮੇਵਾਰ ਟੀਮ ਕੋਲ ਭੇਜ ਦਿੰਦਾ ਹੈ।
sent-another = ਇੱਕ ਹੋਰ ਬੇਨਤੀ ਕਰੋ
sent-storage-warning = ਇਹ ਡਿਵਾਈਸ ਇਸ ਬੇਨਤੀ ਦਾ ਰਿਕਾਰਡ ਨਹੀਂ ਰੱਖ ਸਕੀ। ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖ ਲਓ।
sent-waiting-title = ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ
sent-waiting = ਤੁਸੀਂ ਆਫ਼ਲਾਈਨ ਹੋ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੀ ਗਈ ਹੈ ਅਤੇ ਕਨੈਕਸ਼ਨ ਵਾਪਸ ਆਉਂਦੇ ਹੀ ਆਪਣੇ-ਆਪ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ। ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਬੰਦ ਕਰ ਸਕਦੇ ਹੋ।
sent-busy = ਸ਼ਹਿਰ ਦਾ ਸਿਸਟਮ ਇਸ ਵੇਲੇ ਰੁੱਝਿਆ ਹੋਇਆ ਹੈ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੀ ਗਈ ਹੈ ਅਤੇ { $time } ਤੋਂ ਬਾਅਦ ਆਪਣੇ-ਆਪ ਦੁਬਾਰਾ ਭੇਜੀ ਜਾਵੇਗੀ — ਜੇ ਉਦੋਂ ਇਹ ਸੇਵਾ ਖੁੱਲ੍ਹੀ ਹੋਵੇ; ਨਹੀਂ ਤਾਂ ਅਗਲੀ ਵਾਰ ਜਦੋਂ ਤੁਸੀਂ ਇਸਨੂੰ ਖੋਲ੍ਹੋਗੇ।
sent-sending-title = ਤੁਹਾਡੀ ਬੇਨਤੀ ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ…
sent-uploading = ਤੁਹਾਡੀਆਂ ਫ਼ੋਟੋਆਂ ਭੇਜੀਆਂ ਜਾ ਰਹੀਆਂ ਹਨ
sent-unconfirmed-title = ਅਸੀਂ ਪੱਕਾ ਨਹੀਂ ਕਰ ਸਕੇ ਕਿ ਤੁਹਾਡੀ ਬੇਨਤੀ ਪਹੁੰਚ ਗਈ ਹੈ
sent-unconfirmed = ਭੇਜਦੇ ਸਮੇਂ ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ, ਅਤੇ ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਤੋਂ ਇਹ ਨਹੀਂ ਪੁੱਛਿਆ ਜਾ ਸਕਿਆ ਕਿ ਤੁਹਾਡੀ ਬੇਨਤੀ ਪਹੁੰਚੀ ਜਾਂ ਨਹੀਂ। ਬੇਨਤੀ ਦੋ ਵਾਰ ਨਾ ਜਾਵੇ, ਇਸ ਲਈ ਇਸਨੂੰ ਉਦੋਂ ਤੱਕ ਦੁਬਾਰਾ ਨਹੀਂ ਭੇਜਿਆ ਜਾਵੇਗਾ ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਖ਼ੁਦ ਨਾ ਚੁਣੋ।
sent-check-again = ਦੁਬਾਰਾ ਜਾਂਚੋ
sent-send-again = ਇਸਨੂੰ ਦੁਬਾਰਾ ਭੇਜੋ
sent-refused-title = ਸ਼ਹਿਰ ਦੇ ਸਰਵਰ ਨੇ ਇਹ ਬੇਨਤੀ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤੀ
sent-not-found-title = ਬੇਨਤੀ ਨਹੀਂ ਮਿਲੀ
sent-not-found = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਇਸ ਬੇਨਤੀ ਦਾ ਕੋਈ ਰਿਕਾਰਡ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਉਸਨੂੰ ਭੁਲਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।

## ਮੇਰੀਆਂ ਬੇਨਤੀਆਂ: ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਭੇਜੀਆਂ ਬੇਨਤੀਆਂ

my-requests-title = ਮੇਰੀਆਂ ਬੇਨਤੀਆਂ
my-requests-lead = ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਭੇਜੀਆਂ ਗਈਆਂ ਬੇਨਤੀਆਂ। ਇਹ ਸੂਚੀ ਸਿਰਫ਼ ਇਸੇ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੀ ਜਾਂਦੀ ਹੈ।
my-requests-empty = ਤੁਸੀਂ ਹਾਲੇ ਤੱਕ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਕੋਈ ਬੇਨਤੀ ਨਹੀਂ ਭੇਜੀ।
my-requests-refresh = ਨਵੀਂ ਜਾਣਕਾਰੀ ਦੇਖੋ
my-requests-refreshing = ਨਵੀਂ ਜਾਣਕਾਰੀ ਦੇਖੀ ਜਾ ਰਹੀ ਹੈ…
my-requests-refreshed = ਸਾਰੀਆਂ ਸਥਿਤੀਆਂ ਤਾਜ਼ਾ ਹਨ।
my-requests-sent-on = { $date } ਨੂੰ ਭੇਜੀ ਗਈ
my-requests-last-update = ਪਿਛਲੀ ਤਬਦੀਲੀ: { $date }
my-requests-updated = ਨਵੀਂ ਤਬਦੀਲੀ
my-requests-waiting = ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ
my-requests-unconfirmed = ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋਈ
my-requests-refused = ਸਵੀਕਾਰ ਨਹੀਂ ਹੋਈ
my-requests-reference-pending = ਹਵਾਲਾ ਨੰਬਰ ਆਉਣ ਵਾਲਾ ਹੈ
my-requests-forget = ਇਹ ਬੇਨਤੀ ਭੁਲਾ ਦਿਓ
my-requests-forget-all = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸਾਰੀਆਂ ਬੇਨਤੀਆਂ ਭੁਲਾ ਦਿਓ
my-requests-forget-all-confirm = ਕੀ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਹਰ ਬੇਨਤੀ ਭੁਲਾ ਦੇਈਏ? ਸ਼ਹਿਰ ਕੋਲ ਉਹ ਰਹਿਣਗੀਆਂ; ਸਿਰਫ਼ ਇਹ ਸੂਚੀ ਖਾਲੀ ਹੋਵੇਗੀ।
my-requests-forget-yes = ਹਾਂ, ਭੁਲਾ ਦਿਓ
my-requests-forget-no = ਨਹੀਂ, ਰਹਿਣ ਦਿਓ
my-requests-forgotten = ਇਹ ਬੇਨਤੀ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਭੁਲਾ ਦਿੱਤੀ ਗਈ।
my-requests-all-forgotten = ਸਾਰੀਆਂ ਬੇਨਤੀਆਂ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਭੁਲਾ ਦਿੱਤੀਆਂ ਗਈਆਂ।
lookup-heading = ਹਵਾਲਾ ਨੰਬਰ ਨਾਲ ਬੇਨਤੀ ਲੱਭੋ
lookup-label = ਹਵਾਲਾ ਨੰਬਰ
lookup-hint = ਇਹ ਪੁਸ਼ਟੀ ਵਾਲੇ ਪੰਨੇ 'ਤੇ, ਜਾਂ ਤੁਹਾਡੀ ਬੇਨਤੀ ਬਾਰੇ ਸ਼ਹਿਰ ਦੀ ਈਮੇਲ ਵਿੱਚ ਹੈ।
lookup-button = ਬੇਨਤੀ ਲੱਭੋ
lookup-empty = ਕੋਈ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖੋ।
lookup-offer = ਬੇਨਤੀ { $id } ਦੀ ਸਥਿਤੀ ਦੇਖੋ

## ਕਿਸੇ ਬੇਨਤੀ ਦਾ ਪੰਨਾ

track-title = ਬੇਨਤੀ { $id }
track-loading = ਬੇਨਤੀ ਲੋਡ ਹੋ ਰਹੀ ਹੈ…
track-not-found-title = ਬੇਨਤੀ ਨਹੀਂ ਮਿਲੀ
track-not-found = ਸ਼ਹਿਰ ਕੋਲ “{ $id }” ਹਵਾਲੇ ਵਾਲੀ ਕੋਈ ਬੇਨਤੀ ਨਹੀਂ ਹੈ। ਨੰਬਰ ਜਾਂਚੋ: ਇਹ ਤੁਹਾਡੇ ਪੁਸ਼ਟੀ ਵਾਲੇ ਪੰਨੇ 'ਤੇ ਜਾਂ ਸ਼ਹਿਰ ਦੀ ਈਮੇਲ ਵਿੱਚ ਹੈ।
track-not-found-call = ਜੇ ਫਿਰ ਵੀ ਨਾ ਮਿਲੇ, ਤਾਂ { $phone } 'ਤੇ ਕਾਲ ਕਰੋ।
track-status = ਸਥਿਤੀ
track-service = ਸੇਵਾ
track-notes = ਸ਼ਹਿਰ ਵੱਲੋਂ ਟਿੱਪਣੀ
track-agency = ਜ਼ਿੰਮੇਵਾਰ ਵਿਭਾਗ
track-requested = ਭੇਜੀ ਗਈ
track-updated = ਪਿਛਲੀ ਤਬਦੀਲੀ
track-expected = ਸੰਭਾਵਿਤ ਤਾਰੀਖ਼
track-overdue = ਦੇਰੀ: ਸ਼ਹਿਰ ਨੂੰ { $date } ਤੱਕ ਕੰਮ ਪੂਰਾ ਹੋਣ ਦੀ ਉਮੀਦ ਸੀ।
track-location = ਟਿਕਾਣਾ
track-description = ਵੇਰਵਾ
track-photo = ਬੇਨਤੀ ਨਾਲ ਭੇਜੀ ਗਈ ਫ਼ੋਟੋ
track-timeline = ਹੁਣ ਤੱਕ ਕੀ ਹੋਇਆ
track-seen-on = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਦੇਖਿਆ ਗਿਆ
track-token-late = ਤੁਹਾਡੀ ਬੇਨਤੀ 'ਤੇ ਹਾਲੇ ਕਾਰਵਾਈ ਚੱਲ ਰਹੀ ਹੈ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਦੇਖੋ: ਜਦੋਂ ਸ਼ਹਿਰ ਇਸਨੂੰ ਹਵਾਲਾ ਨੰਬਰ ਦੇਵੇਗਾ, ਤਾਂ ਉਹ “ਮੇਰੀਆਂ ਬੇਨਤੀਆਂ” ਵਿੱਚ ਦਿਖੇਗਾ।
track-follow = ਇਸ ਬੇਨਤੀ 'ਤੇ ਨਜ਼ਰ ਰੱਖੋ
track-refresh = ਨਵੀਂ ਜਾਣਕਾਰੀ ਦੇਖੋ

## ਸਥਿਤੀਆਂ, ਸ਼ਬਦਾਂ ਵਿੱਚ

status-word-open = ਮਿਲ ਗਈ
status-word-closed = ਬੰਦ
status-word-in_progress = ਕੰਮ ਚੱਲ ਰਿਹਾ ਹੈ
status-word-action_scheduled = ਕੰਮ ਦਾ ਸਮਾਂ ਤੈਅ ਹੈ
status-word-investigating = ਜਾਂਚ ਚੱਲ ਰਹੀ ਹੈ
status-word-for_triage = ਮੁਲਾਂਕਣ ਹੋ ਰਿਹਾ ਹੈ
status-word-internal_referral = ਕਿਸੇ ਹੋਰ ਟੀਮ ਨੂੰ ਭੇਜੀ ਗਈ
status-word-reopened = ਮੁੜ ਖੋਲ੍ਹੀ ਗਈ
status-word-fixed = ਠੀਕ ਕਰ ਦਿੱਤਾ ਗਿਆ
status-word-duplicate = ਬੰਦ: ਪਹਿਲਾਂ ਹੀ ਰਿਪੋਰਟ ਕੀਤੀ ਜਾ ਚੁੱਕੀ ਹੈ
status-word-not_councils_responsibility = ਬੰਦ: ਸ਼ਹਿਰ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਨਹੀਂ
status-word-no_further_action = ਬੰਦ: ਅੱਗੇ ਕੋਈ ਕਾਰਵਾਈ ਨਹੀਂ
status-word-cancelled = ਰੱਦ

## ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-typed = ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਖ਼ੁਦ ਲਿਖਿਆ ਹੈ, ਤਾਂ ਜਾਂਚ ਲਓ ਕਿ ਉਹ ਸਹੀ ਹੈ।
not-found-link = ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਲਿੰਕ ਰਾਹੀਂ ਆਏ ਹੋ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਉਹ ਪੁਰਾਣਾ ਹੋਵੇ।
not-found-home = ਸ਼ਹਿਰ ਦੀਆਂ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ 'ਤੇ ਜਾਓ
not-found-call = ਤੁਸੀਂ ਕੋਈ ਸੇਵਾ ਮੰਗਣ ਲਈ { $phone } 'ਤੇ ਕਾਲ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।

## ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ

accessibility-title = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
a11y-intro = { $city } ਚਾਹੁੰਦਾ ਹੈ ਕਿ ਹਰ ਕੋਈ ਇਸ ਸੇਵਾ ਨੂੰ ਵਰਤ ਸਕੇ: ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ 'ਤੇ, ਜ਼ੂਮ ਕਰਕੇ, ਸਿਰਫ਼ ਕੀਬੋਰਡ ਨਾਲ, ਸਕਰੀਨ ਰੀਡਰ, ਆਵਾਜ਼ ਨਾਲ ਕੰਟਰੋਲ ਜਾਂ ਕਿਸੇ ਹੋਰ ਸਹਾਇਕ ਤਕਨੀਕ ਨਾਲ, ਅਤੇ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ।
a11y-standard-heading = ਸਾਡਾ ਟੀਚਾ ਮਿਆਰ
a11y-standard = ਇਹ ਸੇਵਾ ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ਾਂ (WCAG) ਦੇ ਸੰਸਕਰਣ { $version } ਦੇ ਪੱਧਰ { $level } ਨੂੰ ਪੂਰਾ ਕਰਨ ਦਾ ਟੀਚਾ ਰੱਖਦੀ ਹੈ।
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = ਇਹ ਸੇਵਾ ਉਸ ਮਿਆਰ ਨੂੰ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪੂਰਾ ਕਰਦੀ ਹੈ।
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = ਇਹ ਸੇਵਾ ਉਸ ਮਿਆਰ ਨੂੰ ਅੰਸ਼ਕ ਤੌਰ 'ਤੇ ਪੂਰਾ ਕਰਦੀ ਹੈ: ਜਿਹੜੇ ਹਿੱਸੇ ਇਸਨੂੰ ਪੂਰਾ ਨਹੀਂ ਕਰਦੇ, ਜਾਂ ਜਿਨ੍ਹਾਂ ਦੀ ਹਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ, ਉਹ ਹੇਠਾਂ ਦਿੱਤੇ ਗਏ ਹਨ।
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = ਸਾਡੀ ਪਿਛਲੀ ਪੂਰੀ ਜਾਂਚ { $date } ਨੂੰ ਹੋਈ ਸੀ: ਹਰ ਪੰਨਾ ਅਤੇ ਉਸਦੀ ਹਰ ਸਥਿਤੀ, { $languages } ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ, ਫ਼ੋਨ ਦੇ ਆਕਾਰ ਦੀ ਅਤੇ ਕੰਪਿਊਟਰ ਦੇ ਆਕਾਰ ਦੀ ਸਕਰੀਨ 'ਤੇ। { $failed ->
    [0] ਪੰਨਿਆਂ ਦੀਆਂ { $scans } ਜਾਂਚਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਵਿੱਚ ਵੀ ਕੋਈ ਸਮੱਸਿਆ ਨਹੀਂ ਮਿਲੀ।
    [one] ਪੰਨਿਆਂ ਦੀਆਂ { $scans } ਜਾਂਚਾਂ ਵਿੱਚੋਂ { $failed } ਵਿੱਚ ਸਮੱਸਿਆ ਮਿਲੀ।
   *[other] ਪੰਨਿਆਂ ਦੀਆਂ { $scans } ਜਾਂਚਾਂ ਵਿੱਚੋਂ { $failed } ਵਿੱਚ ਸਮੱਸਿਆ ਮਿਲੀ।
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = ਇਸ ਬਿਆਨ ਦਾ ਬਾਕੀ ਹਿੱਸਾ ਹਾਲੇ ਵੀ ਲਾਗੂ ਹੈ, ਅਤੇ ਸਾਡੀ ਪਿਛਲੀ ਜਾਂਚ ਦੇ ਨਤੀਜੇ ਸੁਣਨ ਲਈ ਤੁਸੀਂ ਸਾਨੂੰ ਕਾਲ ਕਰ ਸਕਦੇ ਹੋ।
a11y-testing-heading = ਅਸੀਂ ਇਸਦੀ ਜਾਂਚ ਕਿਵੇਂ ਕਰਦੇ ਹਾਂ
a11y-testing-automated = ਸੇਵਾ ਵਿੱਚ ਹਰ ਤਬਦੀਲੀ 'ਤੇ, ਹਰ ਪੰਨੇ ਨੂੰ axe-core ਨਾਲ WCAG 2.2 ਦੇ ਪੱਧਰ A ਅਤੇ AA ਮੁਤਾਬਕ ਆਪਣੇ-ਆਪ ਜਾਂਚਿਆ ਜਾਂਦਾ ਹੈ, ਫ਼ੋਨ ਦੇ ਆਕਾਰ ਦੀ ਅਤੇ ਕੰਪਿਊਟਰ ਦੇ ਆਕਾਰ ਦੀ ਸਕਰੀਨ 'ਤੇ।
a11y-testing-keyboard = ਸਵੈਚਾਲਿਤ ਜਾਂਚਾਂ ਸੇਵਾ ਨੂੰ ਸਿਰਫ਼ ਕੀਬੋਰਡ ਨਾਲ ਵੀ ਚਲਾ ਕੇ ਦੇਖਦੀਆਂ ਹਨ: ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਣ ਵਾਲਾ ਲਿੰਕ, ਪੰਨਿਆਂ ਵਿਚਕਾਰ ਆਉਣਾ-ਜਾਣਾ ਅਤੇ ਫੋਕਸ ਕਿੱਥੇ ਜਾਂਦਾ ਹੈ।
a11y-testing-languages = ਪੰਨਿਆਂ ਨੂੰ ਸੱਜੇ ਤੋਂ ਖੱਬੇ ਲਿਖੀਆਂ ਜਾਣ ਵਾਲੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਵੀ ਜਾਂਚਿਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਇੱਕ ਬਣਾਈ ਗਈ ਨਕਲੀ ਭਾਸ਼ਾ ਵਿੱਚ ਵੀ, ਜੋ ਅਨੁਵਾਦ ਤੋਂ ਬਿਨਾਂ ਰਹਿ ਗਿਆ ਕੋਈ ਵੀ ਪਾਠ ਦਿਖਾ ਦਿੰਦੀ ਹੈ।
a11y-gaps-heading = ਅਸੀਂ ਜਾਣਦੇ ਹਾਂ ਕਿ ਹਾਲੇ ਕੀ ਠੀਕ ਨਹੀਂ ਹੈ
a11y-gaps-intro = ਸਵੈਚਾਲਿਤ ਜਾਂਚਾਂ ਸਿਰਫ਼ ਕੁਝ ਸਮੱਸਿਆਵਾਂ ਹੀ ਫੜਦੀਆਂ ਹਨ। ਸਾਨੂੰ ਇਹਨਾਂ ਬਾਰੇ ਪਤਾ ਹੈ:
a11y-not-conforming-intro = ਇਹ ਹਿੱਸੇ ਹਾਲੇ ਮਿਆਰ ਨੂੰ ਪੂਰਾ ਨਹੀਂ ਕਰਦੇ:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = WCAG ਸਫਲਤਾ ਮਾਪਦੰਡ { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] ਇਸ ਸਫਲਤਾ ਮਾਪਦੰਡ ਦੀ ਜਾਂਚ ਹਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਕਰਨੀ ਪਵੇਗੀ, ਕਿਉਂਕਿ ਸਵੈਚਾਲਿਤ ਜਾਂਚਾਂ ਇਸਨੂੰ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪਰਖ ਨਹੀਂ ਸਕਦੀਆਂ: { $criteria }।
   *[other] ਇਹਨਾਂ { $count } ਸਫਲਤਾ ਮਾਪਦੰਡਾਂ ਦੀ ਜਾਂਚ ਹਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਕਰਨੀ ਪਵੇਗੀ, ਕਿਉਂਕਿ ਸਵੈਚਾਲਿਤ ਜਾਂਚਾਂ ਇਹਨਾਂ ਨੂੰ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪਰਖ ਨਹੀਂ ਸਕਦੀਆਂ: { $criteria }।
}
a11y-gap-screen-readers = ਸਕਰੀਨ ਰੀਡਰ ਅਤੇ ਆਵਾਜ਼ ਨਾਲ ਕੰਟਰੋਲ ਵਰਤਣ ਵਾਲੇ ਲੋਕਾਂ ਨੇ ਹਾਲੇ ਤੱਕ ਇਸ ਸੇਵਾ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।
a11y-gap-server-text = ਸੇਵਾਵਾਂ ਦੇ ਨਾਂ ਅਤੇ ਵੇਰਵੇ ਸ਼ਹਿਰ ਦੇ ਸਿਸਟਮਾਂ ਤੋਂ ਆਉਂਦੇ ਹਨ, ਅਤੇ ਹੋ ਸਕਦਾ ਹੈ ਉਹ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਅਨੁਵਾਦ ਨਾ ਕੀਤੇ ਗਏ ਹੋਣ।
a11y-report-heading = ਇਸ ਸੇਵਾ ਵਿੱਚ ਕਿਸੇ ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
a11y-report = ਜੇ ਇਸ ਸਾਈਟ 'ਤੇ ਕੁਝ ਤੁਹਾਡੇ ਲਈ ਕੰਮ ਨਹੀਂ ਕਰਦਾ, ਤਾਂ { $phone } 'ਤੇ ਕਾਲ ਕਰੋ ਅਤੇ ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕੀ ਕਰ ਰਹੇ ਸੀ ਅਤੇ ਕੀ ਗੜਬੜ ਹੋਈ। ਅਸੀਂ ਫ਼ੋਨ 'ਤੇ ਤੁਹਾਡੀ ਬੇਨਤੀ ਦਰਜ ਕਰਨ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਾਂਗੇ ਅਤੇ ਸਮੱਸਿਆ ਠੀਕ ਕਰਾਂਗੇ।
a11y-other-format-heading = ਇਹ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਲਓ
a11y-other-format = ਜੇ ਤੁਸੀਂ ਇਹ ਸਾਈਟ ਨਹੀਂ ਵਰਤ ਸਕਦੇ, ਜਾਂ ਤੁਹਾਨੂੰ ਇਸਦੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਰੂਪ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ (ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ, ਪੜ੍ਹ ਕੇ ਸੁਣਾਈ ਗਈ, ਸੌਖੀ ਭਾਸ਼ਾ ਵਿੱਚ ਜਾਂ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ), ਤਾਂ { $phone } 'ਤੇ ਕਾਲ ਕਰੋ, ਅਸੀਂ ਮਦਦ ਕਰਾਂਗੇ।
# $counter is the city's service counter (its address).
a11y-other-format-counter = ਤੁਸੀਂ { $counter } 'ਤੇ ਆ ਕੇ ਵੀ ਮਿਲ ਸਕਦੇ ਹੋ।

## ਜਦੋਂ ਸੇਵਾ ਆਪਣੀਆਂ ਸੈਟਿੰਗਾਂ (config.json) ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੀ

config-problem-title = ਇਹ ਸੇਵਾ ਇਸ ਵੇਲੇ ਉਪਲਬਧ ਨਹੀਂ ਹੈ
config-problem-resident = ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਫਿਰ ਵੀ ਕੰਮ ਨਾ ਬਣੇ, ਤਾਂ ਸ਼ਹਿਰ ਨਾਲ ਫ਼ੋਨ 'ਤੇ ਸੰਪਰਕ ਕਰੋ।
config-problem-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
config-problem-detail-heading = ਸਾਈਟ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਲਈ
config-error-unreachable = ਸੈਟਿੰਗਾਂ ਵਾਲੀ ਫ਼ਾਈਲ config.json ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ: ਸਰਵਰ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ।
config-error-timeout = ਸੈਟਿੰਗਾਂ ਵਾਲੀ ਫ਼ਾਈਲ config.json ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ: ਸਰਵਰ ਨੇ ਸਮੇਂ ਸਿਰ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ।
config-error-status = ਸੈਟਿੰਗਾਂ ਵਾਲੀ ਫ਼ਾਈਲ config.json ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ: ਸਰਵਰ ਨੇ ਸਥਿਤੀ ਕੋਡ { $status } ਨਾਲ ਜਵਾਬ ਦਿੱਤਾ।
config-error-syntax = ਸੈਟਿੰਗਾਂ ਵਾਲੀ ਫ਼ਾਈਲ config.json ਸਹੀ JSON ਨਹੀਂ ਹੈ: ਲਾਈਨ { $line }, ਕਾਲਮ { $column } ਦੇਖੋ।
config-error-missing = ਸੈਟਿੰਗਾਂ ਵਾਲੀ ਫ਼ਾਈਲ config.json ਵਿੱਚ “{ $key }” ਦਾ ਕੋਈ ਮੁੱਲ ਨਹੀਂ ਹੈ।
config-error-invalid = ਸੈਟਿੰਗਾਂ ਵਾਲੀ ਫ਼ਾਈਲ config.json ਵਿੱਚ “{ $key }” ਦਾ ਮੁੱਲ ਅਜਿਹਾ ਹੈ ਜੋ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।

## ਲੋੜ ਪੈਣ 'ਤੇ ਪਹਿਲੀ ਵਾਰ ਲਿਆਂਦੇ ਜਾਣ ਵਾਲੇ ਪੰਨੇ (src/pieces.rs)
piece-loading = ਪੰਨਾ ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
piece-failed-title = ਇਹ ਪੰਨਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ
piece-failed = ਇਸ ਸੇਵਾ ਦਾ ਇੱਕ ਹਿੱਸਾ ਡਾਊਨਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਤੁਸੀਂ ਜੋ ਕੁਝ ਲਿਖਿਆ ਹੈ, ਉਹ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖਿਆ ਹੋਇਆ ਹੈ।
piece-failed-phone = ਤੁਸੀਂ { $phone } 'ਤੇ ਕਾਲ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।

## ਟਿਕਾਣੇ ਵਾਲੇ ਪੜਾਅ ਵਿੱਚ ਨਕਸ਼ਾ (src/map)
map-role = ਨਕਸ਼ਾ
map-label = ਨਕਸ਼ਾ: ਜਿੱਥੇ ਸਮੱਸਿਆ ਹੈ, ਉੱਥੇ ਪਿੰਨ ਲਾਓ
map-keys = ਪਿੰਨ ਲਾਉਣ ਲਈ ਨਕਸ਼ੇ 'ਤੇ ਉਸ ਥਾਂ ਟੈਪ ਕਰੋ, ਜਾਂ ਨਕਸ਼ੇ ਹੇਠਾਂ ਦਿੱਤੇ ਬਟਨ ਵਰਤੋ। ਜਦੋਂ ਨਕਸ਼ੇ 'ਤੇ ਫੋਕਸ ਹੋਵੇ, ਤਾਂ ਤੀਰ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਪਿੰਨ ਨੂੰ ਹਿਲਾਉਂਦੀਆਂ ਹਨ (ਸ਼ਿਫ਼ਟ ਕੁੰਜੀ ਨਾਲ ਹੋਰ ਦੂਰ), ਅਤੇ + ਅਤੇ − ਨਾਲ ਜ਼ੂਮ ਵਧਦਾ ਅਤੇ ਘਟਦਾ ਹੈ।
map-loading = ਨਕਸ਼ਾ ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
map-piece-failed = ਨਕਸ਼ਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਕੋਈ ਪਤਾ ਲਿਖ ਸਕਦੇ ਹੋ ਜਾਂ ਆਪਣਾ ਟਿਕਾਣਾ ਵਰਤ ਸਕਦੇ ਹੋ।
map-tiles-failed = ਨਕਸ਼ੇ ਦਾ ਕੁਝ ਹਿੱਸਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਪਿੰਨ ਲਾ ਸਕਦੇ ਹੋ, ਕੋਈ ਪਤਾ ਲਿਖ ਸਕਦੇ ਹੋ ਜਾਂ ਆਪਣਾ ਟਿਕਾਣਾ ਵਰਤ ਸਕਦੇ ਹੋ।
map-zoom-group = ਜ਼ੂਮ
map-zoom-in = ਜ਼ੂਮ ਵਧਾਓ
map-zoom-out = ਜ਼ੂਮ ਘਟਾਓ
map-move-group = ਪਿੰਨ ਹਿਲਾਓ
map-move-north = ਪਿੰਨ ਨੂੰ ਉੱਤਰ ਵੱਲ ਹਿਲਾਓ
map-move-south = ਪਿੰਨ ਨੂੰ ਦੱਖਣ ਵੱਲ ਹਿਲਾਓ
map-move-east = ਪਿੰਨ ਨੂੰ ਪੂਰਬ ਵੱਲ ਹਿਲਾਓ
map-move-west = ਪਿੰਨ ਨੂੰ ਪੱਛਮ ਵੱਲ ਹਿਲਾਓ
map-zoom-level = ਜ਼ੂਮ ਪੱਧਰ: { $max } ਵਿੱਚੋਂ { $level }।
map-pin-from-start = ਪਿੰਨ ਉਸ ਥਾਂ ਤੋਂ ਲਗਭਗ { $metres } ਮੀਟਰ { $direction ->
    [north] ਉੱਤਰ
    [north-east] ਉੱਤਰ-ਪੂਰਬ
    [east] ਪੂਰਬ
    [south-east] ਦੱਖਣ-ਪੂਰਬ
    [south] ਦੱਖਣ
    [south-west] ਦੱਖਣ-ਪੱਛਮ
    [west] ਪੱਛਮ
   *[north-west] ਉੱਤਰ-ਪੱਛਮ
  } ਵੱਲ ਹੈ, ਜਿੱਥੇ ਨਕਸ਼ਾ ਖੁੱਲ੍ਹਿਆ ਸੀ।
map-pin-from-device = ਪਿੰਨ ਤੁਹਾਡੇ ਟਿਕਾਣੇ ਤੋਂ ਲਗਭਗ { $metres } ਮੀਟਰ { $direction ->
    [north] ਉੱਤਰ
    [north-east] ਉੱਤਰ-ਪੂਰਬ
    [east] ਪੂਰਬ
    [south-east] ਦੱਖਣ-ਪੂਰਬ
    [south] ਦੱਖਣ
    [south-west] ਦੱਖਣ-ਪੱਛਮ
    [west] ਪੱਛਮ
   *[north-west] ਉੱਤਰ-ਪੱਛਮ
  } ਵੱਲ ਹੈ।
map-pin-at-start = ਪਿੰਨ ਉਸੇ ਥਾਂ ਹੈ, ਜਿੱਥੇ ਨਕਸ਼ਾ ਖੁੱਲ੍ਹਿਆ ਸੀ।
map-pin-at-device = ਪਿੰਨ ਤੁਹਾਡੇ ਟਿਕਾਣੇ 'ਤੇ ਹੈ।
map-pin-near = ਪਿੰਨ { $address } ਦੇ ਨੇੜੇ ਹੈ।
map-outside = ਉਹ ਥਾਂ { $city } ਤੋਂ ਬਾਹਰ ਹੈ। ਪਿੰਨ ਸ਼ਹਿਰ ਦੇ ਅੰਦਰ ਲਾਓ, ਜਾਂ { $phone } 'ਤੇ ਕਾਲ ਕਰੋ।
map-find = ਪਤਾ ਨਕਸ਼ੇ 'ਤੇ ਦਿਖਾਓ
map-finding = ਪਤਾ ਲੱਭਿਆ ਜਾ ਰਿਹਾ ਹੈ…
map-find-empty = ਪਹਿਲਾਂ ਕੋਈ ਪਤਾ ਲਿਖੋ, ਫਿਰ ਉਸਨੂੰ ਨਕਸ਼ੇ 'ਤੇ ਦਿਖਾਓ।
map-find-none = { $city } ਵਿੱਚ ਕੋਈ ਵੀ ਥਾਂ ਇਸ ਪਤੇ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ। ਇਸਦੀ ਥਾਂ ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਲਾਓ।
map-find-failed = ਇਸ ਵੇਲੇ ਪਤਾ ਨਹੀਂ ਲੱਭਿਆ ਜਾ ਸਕਿਆ। ਇਸਦੀ ਥਾਂ ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਲਾਓ।
map-found = { $address } ਮਿਲ ਗਿਆ। ਪਿੰਨ ਉੱਥੇ ਲੱਗਾ ਹੈ।
map-suggestion = ਸਭ ਤੋਂ ਨੇੜਲਾ ਪਤਾ: { $address }
map-suggestion-use = ਇਹ ਪਤਾ ਵਰਤੋ
map-suggestion-used = ਪਤਾ ਭਰ ਦਿੱਤਾ ਗਿਆ: { $address }।
request-pinned = ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ: { $lat }, { $long }।
request-pin-remove = ਪਿੰਨ ਹਟਾਓ

## ਨੇੜੇ-ਤੇੜੇ ਪਹਿਲਾਂ ਹੀ ਰਿਪੋਰਟ ਕੀਤਾ ਗਿਆ (src/map/nearby.rs)
nearby-heading = ਨੇੜੇ-ਤੇੜੇ ਪਹਿਲਾਂ ਹੀ ਰਿਪੋਰਟ ਕੀਤਾ ਗਿਆ
nearby-lead = { $count ->
    [one] ਇਸੇ ਸੇਵਾ ਦੀ { $count } ਖੁੱਲ੍ਹੀ ਬੇਨਤੀ ਤੁਹਾਡੇ ਪਿੰਨ ਤੋਂ 150 ਮੀਟਰ ਦੇ ਅੰਦਰ ਹੈ।
   *[other] ਇਸੇ ਸੇਵਾ ਦੀਆਂ ਇਹ { $count } ਖੁੱਲ੍ਹੀਆਂ ਬੇਨਤੀਆਂ ਤੁਹਾਡੇ ਪਿੰਨ ਤੋਂ 150 ਮੀਟਰ ਦੇ ਅੰਦਰ ਹਨ।
  } ਜੇ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਤੁਹਾਡੀ ਹੀ ਸਮੱਸਿਆ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਉਸਦੀ ਦੁਬਾਰਾ ਰਿਪੋਰਟ ਕਰਨ ਦੀ ਥਾਂ ਉਸ 'ਤੇ ਨਜ਼ਰ ਰੱਖ ਸਕਦੇ ਹੋ।
nearby-distance = { $metres } ਮੀਟਰ ਦੂਰ
nearby-age = { $days ->
    [0] ਅੱਜ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ
    [one] ਕੱਲ੍ਹ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ
   *[other] { $days } ਦਿਨ ਪਹਿਲਾਂ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ
  }
nearby-follow = ਇਸਦੀ ਥਾਂ ਇਸ 'ਤੇ ਨਜ਼ਰ ਰੱਖੋ
nearby-follow-confirm = ਆਪਣੀ ਬੇਨਤੀ ਭੇਜਣ ਦੀ ਥਾਂ ਬੇਨਤੀ { $id } 'ਤੇ ਨਜ਼ਰ ਰੱਖਣੀ ਹੈ? ਇਸ ਫ਼ਾਰਮ ਲਈ ਤੁਹਾਡੇ ਜਵਾਬ ਅਤੇ ਫ਼ੋਟੋਆਂ ਹਟਾ ਦਿੱਤੀਆਂ ਜਾਣਗੀਆਂ, ਅਤੇ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾਵੇਗਾ।
nearby-follow-yes = ਹਾਂ, ਇਸ 'ਤੇ ਨਜ਼ਰ ਰੱਖੋ
nearby-follow-no = ਨਹੀਂ, ਮੇਰੀ ਬੇਨਤੀ ਰੱਖੋ
nearby-different = ਮੇਰਾ ਮਾਮਲਾ ਵੱਖਰਾ ਹੈ: ਅੱਗੇ ਵਧੋ
nearby-followed = ਤੁਸੀਂ ਬੇਨਤੀ { $id } 'ਤੇ ਨਜ਼ਰ ਰੱਖ ਰਹੇ ਹੋ। ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।
nearby-announced = { $count ->
    [one] ਇਸੇ ਸੇਵਾ ਦੀ { $count } ਖੁੱਲ੍ਹੀ ਬੇਨਤੀ ਤੁਹਾਡੇ ਪਿੰਨ ਦੇ ਨੇੜੇ ਪਹਿਲਾਂ ਹੀ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ ਹੈ
   *[other] ਇਸੇ ਸੇਵਾ ਦੀਆਂ { $count } ਖੁੱਲ੍ਹੀਆਂ ਬੇਨਤੀਆਂ ਤੁਹਾਡੇ ਪਿੰਨ ਦੇ ਨੇੜੇ ਪਹਿਲਾਂ ਹੀ ਰਿਪੋਰਟ ਕੀਤੀਆਂ ਗਈਆਂ ਹਨ
  }: ਉਹ ਨਕਸ਼ੇ ਦੇ ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ।
nearby-failed = ਨੇੜੇ-ਤੇੜੇ ਪਹਿਲਾਂ ਹੀ ਰਿਪੋਰਟ ਕੀਤੀਆਂ ਬੇਨਤੀਆਂ ਇਸ ਵੇਲੇ ਜਾਂਚੀਆਂ ਨਹੀਂ ਜਾ ਸਕੀਆਂ।
my-requests-following-since = { $date } ਤੋਂ ਨਜ਼ਰ ਰੱਖੀ ਜਾ ਰਹੀ ਹੈ

## ਕਿਸੇ ਬੇਨਤੀ ਬਾਰੇ ਨਵੀਂ ਜਾਣਕਾਰੀ: ਬ੍ਰਾਊਜ਼ਰ ਸੂਚਨਾਵਾਂ ਅਤੇ ਈਮੇਲ (src/notify)
updates-heading = ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਨਵੀਂ ਜਾਣਕਾਰੀ
updates-offer = ਇਸ ਵਿੱਚ ਤਬਦੀਲੀ ਹੋਣ 'ਤੇ ਮੈਨੂੰ ਦੱਸੋ
updates-wait-id = ਜਦੋਂ ਸ਼ਹਿਰ ਇਸ ਬੇਨਤੀ ਨੂੰ ਹਵਾਲਾ ਨੰਬਰ ਦੇ ਦੇਵੇਗਾ, ਉਦੋਂ ਤੁਸੀਂ ਨਵੀਂ ਜਾਣਕਾਰੀ ਮੰਗ ਸਕੋਗੇ। ਉਦੋਂ ਇਹ ਪੰਨਾ ਤੁਹਾਨੂੰ ਇਹ ਵਿਕਲਪ ਦੇਵੇਗਾ।
updates-loading = ਦੇਖਿਆ ਜਾ ਰਿਹਾ ਹੈ ਕਿ ਸ਼ਹਿਰ ਕਿਹੜੀ ਜਾਣਕਾਰੀ ਭੇਜ ਸਕਦਾ ਹੈ…
updates-unavailable = ਇਸ ਵੇਲੇ ਨਵੀਂ ਜਾਣਕਾਰੀ ਦਾ ਪ੍ਰਬੰਧ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਦੇਖਣ ਲਈ ਤੁਸੀਂ ਫਿਰ ਵੀ ਇਸ ਪੰਨੇ 'ਤੇ ਵਾਪਸ ਆ ਸਕਦੇ ਹੋ।
updates-push = ਇਸ ਬ੍ਰਾਊਜ਼ਰ 'ਤੇ ਸੂਚਨਾਵਾਂ ਭੇਜੋ
updates-push-hint = ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਪੁੱਛੇਗਾ ਕਿ ਕੀ ਇਹ ਸਾਈਟ ਸੂਚਨਾਵਾਂ ਦਿਖਾ ਸਕਦੀ ਹੈ। ਬੇਨਤੀ ਵਿੱਚ ਹਰ ਤਬਦੀਲੀ 'ਤੇ ਤੁਹਾਨੂੰ ਇੱਕ ਸੂਚਨਾ ਮਿਲੇਗੀ।
updates-push-on = ਹੋ ਗਿਆ। ਇਸ ਬੇਨਤੀ ਵਿੱਚ ਹਰ ਤਬਦੀਲੀ 'ਤੇ ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਇੱਕ ਸੂਚਨਾ ਦਿਖਾਏਗਾ।
updates-push-blocked = ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਸ ਸਾਈਟ ਦੀਆਂ ਸੂਚਨਾਵਾਂ ਰੋਕੀਆਂ ਹੋਈਆਂ ਹਨ। ਉਹਨਾਂ ਨੂੰ ਪ੍ਰਾਪਤ ਕਰਨ ਲਈ ਉੱਥੇ ਇਸ ਸਾਈਟ ਨੂੰ ਸੂਚਨਾਵਾਂ ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ, ਫਿਰ ਵਾਪਸ ਆਓ।
updates-push-install-first = iPhone ਜਾਂ iPad 'ਤੇ ਸੂਚਨਾਵਾਂ ਸਿਰਫ਼ ਹੋਮ ਸਕਰੀਨ ਤੋਂ ਹੀ ਕੰਮ ਕਰਦੀਆਂ ਹਨ: “ਸਾਂਝਾ ਕਰੋ” 'ਤੇ ਟੈਪ ਕਰੋ, ਫਿਰ “ਹੋਮ ਸਕਰੀਨ 'ਤੇ ਸ਼ਾਮਲ ਕਰੋ” 'ਤੇ, ਉੱਥੋਂ ਐਪ ਖੋਲ੍ਹੋ ਅਤੇ ਇਸ ਬੇਨਤੀ 'ਤੇ ਵਾਪਸ ਆਓ।
updates-push-unsupported = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਵੈੱਬਸਾਈਟਾਂ ਦੀਆਂ ਸੂਚਨਾਵਾਂ ਨਹੀਂ ਦਿਖਾ ਸਕਦਾ। ਤੁਸੀਂ ਇਸਦੀ ਥਾਂ ਈਮੇਲ ਮੰਗ ਸਕਦੇ ਹੋ, ਜਾਂ ਇਸ ਪੰਨੇ 'ਤੇ ਵਾਪਸ ਆ ਸਕਦੇ ਹੋ।
updates-push-not-allowed = ਸੂਚਨਾਵਾਂ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਦਿੱਤੀ ਗਈ, ਇਸ ਲਈ ਕੋਈ ਸੂਚਨਾ ਨਹੀਂ ਭੇਜੀ ਜਾਵੇਗੀ। ਤੁਸੀਂ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀਆਂ ਸਾਈਟ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਜਾ ਕੇ ਦੁਬਾਰਾ ਚੁਣ ਸਕਦੇ ਹੋ।
updates-push-failed = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਸੂਚਨਾਵਾਂ ਚਾਲੂ ਨਹੀਂ ਕਰ ਸਕਿਆ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਇਸਦੀ ਥਾਂ ਈਮੇਲ ਮੰਗੋ।
updates-email-label = ਈਮੇਲ ਪਤਾ
updates-email-hint = ਅਸੀਂ ਪਹਿਲਾਂ ਪਤਾ ਪੱਕਾ ਕਰਨ ਲਈ ਇੱਕ ਈਮੇਲ ਭੇਜਦੇ ਹਾਂ। ਹਰ ਈਮੇਲ ਵਿੱਚ ਉਹਨਾਂ ਨੂੰ ਬੰਦ ਕਰਨ ਦਾ ਲਿੰਕ ਹੁੰਦਾ ਹੈ।
updates-email-send = ਇਸ ਵਿੱਚ ਤਬਦੀਲੀ ਹੋਣ 'ਤੇ ਮੈਨੂੰ ਈਮੇਲ ਕਰੋ
updates-email-invalid = ਕੋਈ ਈਮੇਲ ਪਤਾ ਲਿਖੋ, ਜਿਵੇਂ name@example.com
updates-email-sent = ਅਸੀਂ { $email } 'ਤੇ ਇੱਕ ਈਮੇਲ ਭੇਜੀ ਹੈ। ਨਵੀਂ ਜਾਣਕਾਰੀ ਮਿਲਣੀ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਉਸ ਵਿੱਚ ਦਿੱਤਾ ਲਿੰਕ ਖੋਲ੍ਹੋ।
updates-error-offline = ਨਵੀਂ ਜਾਣਕਾਰੀ ਦਾ ਪ੍ਰਬੰਧ ਨਹੀਂ ਹੋ ਸਕਿਆ: ਕੋਈ ਕਨੈਕਸ਼ਨ ਨਹੀਂ ਹੈ। ਜਾਂਚੋ ਕਿ ਤੁਸੀਂ ਆਨਲਾਈਨ ਹੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
updates-error-unknown = ਸ਼ਹਿਰ ਦਾ ਸਿਸਟਮ ਹੁਣ ਇਸ ਬੇਨਤੀ ਨੂੰ ਨਹੀਂ ਪਛਾਣਦਾ, ਇਸ ਲਈ ਕੋਈ ਨਵੀਂ ਜਾਣਕਾਰੀ ਨਹੀਂ ਭੇਜੀ ਜਾ ਸਕਦੀ।
updates-error-busy = ਸ਼ਹਿਰ ਦਾ ਸਿਸਟਮ ਰੁੱਝਿਆ ਹੋਇਆ ਹੈ। ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
updates-error-refused = ਸ਼ਹਿਰ ਦੇ ਸਿਸਟਮ ਨੇ ਇਸਨੂੰ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤਾ। ਈਮੇਲ ਪਤਾ ਜਾਂਚੋ, ਜਾਂ ਦੂਜਾ ਤਰੀਕਾ ਅਜ਼ਮਾਓ।
updates-error-failed = ਨਵੀਂ ਜਾਣਕਾਰੀ ਦਾ ਪ੍ਰਬੰਧ ਕਰਦੇ ਸਮੇਂ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
updates-on-push = ਇਸ ਬੇਨਤੀ ਵਿੱਚ ਤਬਦੀਲੀ ਹੋਣ 'ਤੇ ਤੁਹਾਨੂੰ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਇੱਕ ਸੂਚਨਾ ਮਿਲਦੀ ਹੈ।
updates-on-email = ਇਸ ਬੇਨਤੀ ਵਿੱਚ ਤਬਦੀਲੀ ਹੋਣ 'ਤੇ ਤੁਹਾਨੂੰ ਇੱਕ ਈਮੇਲ ਮਿਲਦੀ ਹੈ (ਪਤਾ ਪੱਕਾ ਕਰਨ ਤੋਂ ਬਾਅਦ)।
updates-on-both = ਇਸ ਬੇਨਤੀ ਵਿੱਚ ਤਬਦੀਲੀ ਹੋਣ 'ਤੇ ਤੁਹਾਨੂੰ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਇੱਕ ਸੂਚਨਾ ਅਤੇ ਇੱਕ ਈਮੇਲ ਮਿਲਦੀ ਹੈ।
updates-stop = ਨਵੀਂ ਜਾਣਕਾਰੀ ਬੰਦ ਕਰੋ
updates-stopped = ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਨਵੀਂ ਜਾਣਕਾਰੀ ਭੇਜਣੀ ਬੰਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।
updates-stop-failed = ਨਵੀਂ ਜਾਣਕਾਰੀ ਇਸ ਵੇਲੇ ਬੰਦ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕੀ: ਸ਼ਹਿਰ ਦੇ ਸਿਸਟਮ ਤੋਂ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਆਇਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
