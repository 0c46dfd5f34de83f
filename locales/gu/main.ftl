# Frontdesk વપરાશકર્તા ઇન્ટરફેસ, ગુજરાતી. અનુવાદકો માટે માર્ગદર્શિકા: locales/README.md

## પાનાનું માળખું

document-title = { $page } – { $city }
document-title-error = ભૂલ: { $page } – { $city }
shell-name = શહેરની સેવાઓ
skip-link = મુખ્ય સામગ્રી પર જાઓ
shell-loading = લોડ થઈ રહ્યું છે…
shell-noscript = આ સેવા માટે JavaScript જરૂરી છે, જે તમારા બ્રાઉઝરમાં બંધ છે અથવા ઉપલબ્ધ નથી.
shell-noscript-call = JavaScript વિના કોઈ સમસ્યાની જાણ કરવા કે શહેરની કોઈ સેવા માટે વિનંતી કરવા { $phone } પર ફોન કરો.
footer-nav-label = આ સેવા વિશે
footer-accessibility = સુલભતા નિવેદન
language-nav-label = ભાષા
nav-my-requests = મારી વિનંતીઓ

## મદદ, દરેક પાના પર એક જ જગ્યાએ

help-heading = મદદ જોઈએ છે?
help-call = ફોન કરો:
help-from-outside = શહેરની બહારથી ફોન કરો:
help-hours = ખુલ્લું રહેવાનો સમય: { $hours }.
help-counter = અથવા { $address } પર આવેલા સેવા કેન્દ્ર પર રૂબરૂ આવો.

## મુખ્ય પાનું: સેવાઓની યાદી

catalogue-title = શહેરની સેવાઓ
catalogue-lead = તમારા ફોન પરથી, તમારી ભાષામાં, કોઈ સમસ્યાની જાણ કરો, શહેરની કોઈ સેવા માટે વિનંતી કરો અને તેનું શું થાય છે તે જુઓ.
catalogue-loading = સેવાઓની યાદી લોડ થઈ રહી છે…
catalogue-search-label = સેવા શોધો
catalogue-search-hint = ઉદાહરણ તરીકે: ખાડો, વૃક્ષ, પાર્કિંગ ટિકિટ.
catalogue-search-button = શોધો
catalogue-results-heading = શોધનાં પરિણામો
catalogue-results-count =
    { $count ->
        [one] “{ $query }” સાથે { $count } સેવા મેળ ખાય છે.
       *[other] “{ $query }” સાથે { $count } સેવાઓ મેળ ખાય છે.
    }
catalogue-no-results = “{ $query }” સાથે કોઈ સેવા મેળ ખાતી નથી.
catalogue-no-results-call = { $phone } પર ફોન કરો, અમે તમને યોગ્ય સેવા શોધવામાં મદદ કરીશું.
catalogue-no-results-browse = અથવા નીચે વિષય પ્રમાણે આપેલી સેવાઓ જુઓ.
catalogue-clear-search = બધી સેવાઓ બતાવો
catalogue-topics-heading = વિષય પ્રમાણે સેવાઓ
catalogue-other-services = અન્ય સેવાઓ
catalogue-stale = શહેરના સર્વરનો સંપર્ક થઈ શક્યો નહીં, તેથી આ { $date } ના રોજ આ ઉપકરણ પર સાચવેલી યાદી છે. તે જૂની હોઈ શકે છે.
catalogue-empty = શહેર હાલમાં ઓનલાઇન વિનંતીઓ સ્વીકારતું નથી. કોઈ સમસ્યાની જાણ કરવા કે કોઈ સેવા માટે વિનંતી કરવા { $phone } પર ફોન કરો.
catalogue-services-error-heading = ઓનલાઇન વિનંતી ફોર્મ લોડ થઈ શક્યાં નહીં
catalogue-services-error-rest = ફોન પર, રૂબરૂ અથવા શહેરની અન્ય વેબસાઇટ પર થતી નીચેની સેવાઓ હજુ પણ યાદીમાં છે.
catalogue-retry = ફરી પ્રયાસ કરો

## સેવા કેવી રીતે મેળવવી, યાદીમાં તેના નામ નીચે

channel-request = ઓનલાઇન ફોર્મ
channel-online = શહેરની બીજી વેબસાઇટ પર (આ સાઇટ છોડીને)
channel-phone = ફોન દ્વારા: { $phone } પર ફોન કરો
channel-hours = ખુલ્લું રહેવાનો સમય: { $hours }.
channel-counter = રૂબરૂ: { $address }

## જ્યારે શહેરનું સર્વર બરાબર જવાબ ન આપે (તેની સાથે વાત કરતું દરેક પાનું)

error-offline = તમે ઓફલાઇન હો એવું લાગે છે. તમારું ઇન્ટરનેટ કનેક્શન તપાસો, પછી ફરી પ્રયાસ કરો.
error-unreachable = શહેરના સર્વરે જવાબ આપ્યો નહીં. તે થોડી વાર માટે બંધ હોઈ શકે છે: થોડી મિનિટોમાં ફરી પ્રયાસ કરો.
error-timeout = શહેરના સર્વરે જવાબ આપવામાં ઘણો સમય લીધો. ફરી પ્રયાસ કરો: ધીમા કનેક્શન પર બીજો પ્રયાસ ઘણી વાર સફળ થાય છે.
error-server = શહેરના સર્વરમાં કોઈ સમસ્યા આવી (ભૂલ { $status }). થોડી મિનિટોમાં ફરી પ્રયાસ કરો.
error-refused = શહેરના સર્વરે વિનંતી નકારી (ભૂલ { $status }).
error-not-found = શહેરનું સર્વર આ જાણતું નથી (ભૂલ 404).
error-server-said = સર્વરે કહ્યું:
error-malformed = શહેરના સર્વરે એવો જવાબ મોકલ્યો જે આ સેવા વાંચી શકતી નથી. પછીથી ફરી પ્રયાસ કરો, અથવા { $phone } પર ફોન કરો.

## સેવાનું પાનું

service-loading = સેવા લોડ થઈ રહી છે…
service-back = શહેરની બધી સેવાઓ
service-not-found-title = સેવા મળી નથી
service-not-found = “{ $code }” કોડવાળી કોઈ સેવા નથી. કદાચ તેનું નામ બદલાયું હોય અથવા તે બંધ કરવામાં આવી હોય.
service-asks-heading = તમને શું પૂછવામાં આવશે
service-asks-location = તે ક્યાં છે: સરનામું, તમારું હાલનું સ્થાન, અથવા બંને.
service-asks-description = સમસ્યા શું છે, તમારા પોતાના શબ્દોમાં.
service-asks-questions = તેના વિશે થોડા પ્રશ્નો:
service-asks-photos = ફોટા, જો તમારી પાસે હોય તો (વૈકલ્પિક).
service-asks-contact = તમારું નામ અને તમારો સંપર્ક કેવી રીતે કરવો (વૈકલ્પિક).
service-questions-loading = પ્રશ્નો લોડ થઈ રહ્યા છે…
service-questions-error = પ્રશ્નો અત્યારે લોડ થઈ શક્યા નહીં. છતાં તમે શરૂ કરી શકો છો: ફોર્મ ફરી પ્રયાસ કરશે.
service-required = (જરૂરી)
service-notice-heading = કૃપા કરીને નોંધ લો
service-promise-heading = તમે મોકલો પછી
service-promise-realtime = તમારી વિનંતી પર નજર રાખવા માટે તમને તરત જ સંદર્ભ નંબર મળે છે.
service-promise-batch = શહેરની સિસ્ટમ આ વિનંતીઓને જથ્થામાં સંભાળે છે, તેથી તમારો સંદર્ભ નંબર આવતાં થોડો સમય લાગી શકે છે. આ સેવા તેના માટે તપાસ કરતી રહે છે.
service-promise-blackbox = આ વિનંતી પર નજર રાખી શકાતી નથી: શહેર તેના માટે કોઈ સંદર્ભ નંબર કે નવી માહિતી આપતું નથી.
service-start = તમારી વિનંતી શરૂ કરો

## વિનંતી ફોર્મ, દરેક પગલું

request-step-count = { $total } માંથી પગલું { $current }
request-back = પાછળ
request-continue = આગળ વધો
request-saved = તમે જે લખો છો તે સાથે-સાથે આ ઉપકરણ પર સચવાતું જાય છે.
request-discard = આ અધૂરી વિનંતી કાઢી નાખો
request-discard-confirm = આ વિનંતી માટે તમે દાખલ કરેલું બધું કાઢી નાખવું છે? આ પાછું લાવી શકાશે નહીં.
request-discard-yes = હા, કાઢી નાખો
request-discard-no = ના, રાખો
request-discarded = તમારી અધૂરી વિનંતી કાઢી નાખવામાં આવી.
request-service-unavailable = આ સેવા હાલમાં ઓનલાઇન વિનંતીઓ સ્વીકારી શકતી નથી.
error-summary-title = એક સમસ્યા છે
field-error-prefix = ભૂલ:

## પગલું: ક્યાં

request-location-title = તે ક્યાં છે?
request-location-lead = સરનામું લખો, તમારા હાલના સ્થાનનો ઉપયોગ કરો, અથવા બંને કરો.
request-location-lead-map = સરનામું લખો, તમારા હાલના સ્થાનનો ઉપયોગ કરો, અથવા નકશા પર નિશાન મૂકો. આમાંથી કોઈ પણ એક પૂરતું છે.
request-address-label = સરનામું અથવા સ્થળ
request-address-hint = ઉદાહરણ તરીકે: 300 City Centre Drive, અથવા Hurontario Street અને Burnhamthorpe Road નો ખૂણો.
request-use-location = મારા હાલના સ્થાનનો ઉપયોગ કરો
request-locating = તમારું સ્થાન શોધી રહ્યા છીએ…
request-located = તમારું સ્થાન: { $lat }, { $long } (આશરે { $accuracy } મીટર સુધી ચોક્કસ).
request-location-remove = મારું સ્થાન દૂર કરો
request-geo-denied = આ સાઇટને તમારા સ્થાનનો ઉપયોગ કરવાની મંજૂરી નથી. તમે તમારા બ્રાઉઝરનાં સેટિંગ્સમાં તેની મંજૂરી આપી શકો છો, અથવા તેના બદલે સરનામું લખી શકો છો.
request-geo-unavailable = તમારું સ્થાન શોધી શકાયું નહીં. થોડી વારમાં ફરી પ્રયાસ કરો, અથવા તેના બદલે સરનામું લખો.
request-geo-timeout = તમારું સ્થાન શોધવામાં ઘણો સમય લાગ્યો. ફરી પ્રયાસ કરો, અથવા તેના બદલે સરનામું લખો.
request-geo-unsupported = આ બ્રાઉઝર તમારું સ્થાન જણાવી શકતું નથી. તેના બદલે સરનામું લખો.

## પગલું: સમસ્યા

request-details-title = અમને સમસ્યા વિશે જણાવો
request-description-label = સમસ્યાનું વર્ણન કરો
request-description-hint = શું ખરાબી છે, અને કર્મચારીઓને તે શોધવામાં મદદરૂપ થાય એવી કોઈ પણ માહિતી.
request-description-left =
    { $count ->
        [one] હજુ { $count } અક્ષર લખી શકો છો
       *[other] હજુ { $count } અક્ષરો લખી શકો છો
    }
request-description-over =
    { $count ->
        [one] { $count } અક્ષર વધારે છે
       *[other] { $count } અક્ષરો વધારે છે
    }
request-definition-error = આ સેવા માટે શહેરના વધારાના પ્રશ્નો લોડ થઈ શક્યા નહીં. છતાં તમે વર્ણન સાથે તમારી વિનંતી મોકલી શકો છો.
request-choose = એક વિકલ્પ પસંદ કરો

## પગલું: ફોટા

request-photos-title = ફોટા
request-photos-lead = ફોટાથી કર્મચારીઓને સમસ્યા શોધવામાં અને તેને ઠીક કરવામાં મદદ મળે છે. ફોટા વૈકલ્પિક છે.
request-photos-limit =
    { $max ->
        [one] તમે { $max } ફોટો ઉમેરી શકો છો.
       *[other] તમે વધુમાં વધુ { $max } ફોટા ઉમેરી શકો છો.
    }
request-photos-privacy = ફોટા મોકલતાં પહેલાં તમારા ફોન પર જ નાના કરવામાં આવે છે, અને તેમાં રહેલી સ્થાન અને કેમેરાની વિગતો દૂર કરવામાં આવે છે.
request-photos-add = ફોટો ઉમેરો
request-photos-add-hint = તમારા કેમેરાથી ફોટો પાડો અથવા તમારી પાસે પહેલેથી હોય તે પસંદ કરો.
request-photos-preparing = તમારો ફોટો તૈયાર થઈ રહ્યો છે…
request-photos-added = ફોટો ઉમેરાયો.
request-photos-photo = ફોટો { $number }
request-photos-remove = ફોટો { $number } દૂર કરો
request-photos-removed = ફોટો દૂર કરાયો.
request-photos-full = આ વિનંતીમાં ઉમેરી શકાય એટલા બધા ફોટા તમે ઉમેરી દીધા છે.
request-photos-not-image = આ ફાઇલ એવો ફોટો નથી જેનો આ સેવા ઉપયોગ કરી શકે. JPEG, PNG અથવા એના જેવું ચિત્ર પસંદ કરો.
request-photos-failed = ફોટો તૈયાર થઈ શક્યો નહીં. બીજો ફોટો અજમાવો.
request-photos-storage = આ ઉપકરણમાં ફોટો રાખવા માટે જગ્યા બાકી નથી. થોડી જગ્યા ખાલી કરો, અથવા ફોટા વગર તમારી વિનંતી મોકલો.

## પગલું: તમારા વિશે

request-about-title = તમારા વિશે
request-about-lead = આ બધું વૈકલ્પિક છે. તેનાથી શહેર આ વિનંતી વિશે તમારો સંપર્ક કરી શકે છે.
request-first-name = પહેલું નામ
request-last-name = અટક
request-name-why = જેથી શહેરને ખબર પડે કે કોની સાથે વાત કરવી.
request-email = ઇમેઇલ સરનામું
request-email-why = આ વિનંતી વિશે તમને નવી માહિતી મોકલવા માટે.
request-phone = ફોન નંબર
request-phone-why = જો કર્મચારીઓને તમને કંઈક પૂછવાની જરૂર પડે તો.
request-remember = મારી વિગતો આ ઉપકરણ પર યાદ રાખો
request-remember-hint = આ ફક્ત તમારા પોતાના ફોન કે કમ્પ્યુટર પર જ પસંદ કરો. વિગતો ભૂંસી નાખવા માટે પસંદગી હટાવો.

## પગલું: તમારા જવાબો તપાસો

request-check-title = મોકલતાં પહેલાં તમારા જવાબો તપાસો
request-check-location = સ્થાન
request-check-description = વર્ણન
request-check-contact = તમારી વિગતો
request-check-photos = ફોટા
request-check-photo-count =
    { $count ->
        [one] { $count } ફોટો
       *[other] { $count } ફોટા
    }
request-check-not-given = આપેલ નથી
request-check-yes = હા
request-check-change = બદલો
request-send = વિનંતી મોકલો
request-sending = તમારી વિનંતી મોકલાઈ રહી છે…
request-refused-next = તમારા જવાબો તપાસો અને ફરી પ્રયાસ કરો. જો હજુ પણ કામ ન કરે, તો { $phone } પર ફોન કરો.

## જવાબોમાં સમસ્યાઓ

problem-no-location = સરનામું લખો અથવા તમારા હાલના સ્થાનનો ઉપયોગ કરો.
problem-required = “{ $question }” પ્રશ્નનો જવાબ આપો.
problem-not-a-number = “{ $question }” નો જવાબ 3 અથવા 2.5 જેવી સંખ્યા હોવો જોઈએ.
problem-not-a-datetime = “{ $question }” નો જવાબ તારીખ અને સમય હોવો જોઈએ.
problem-not-a-date = “{ $question }” નો જવાબ તારીખ હોવો જોઈએ.
problem-unknown-choice = “{ $question }” માટે આપેલા વિકલ્પોમાંથી એક પસંદ કરો.
problem-too-long = વર્ણન { $limit } અક્ષરો કે તેથી ઓછું હોવું જોઈએ.
problem-bad-email = name@example.com જેવું ઇમેઇલ સરનામું લખો.
problem-bad-phone = ઓછામાં ઓછા 7 અંકોવાળો ફોન નંબર લખો, જેમ કે 905 615 4311.

## મોકલ્યા પછી

sent-title = વિનંતી મોકલાઈ ગઈ
sent-reference = તમારો સંદર્ભ નંબર
sent-reference-pending = તમારો સંદર્ભ નંબર આવી રહ્યો છે
sent-reference-pending-detail = શહેર આ વિનંતીઓને થોડા સમય પછી નંબર આપે છે. તે આવશે ત્યારે અહીં અને તમારી વિનંતીઓમાં દેખાશે.
sent-untracked = આ સેવા પર નજર રાખી શકાતી નથી, તેથી કોઈ સંદર્ભ નંબર નથી. તમારી વિનંતી શહેરને મળી ગઈ છે.
sent-next-heading = હવે પછી શું થશે
sent-next = શહેર તમારી વિનંતી તપાસે છે અને તેને જવાબદાર ટીમને સોંપે છે.
sent-another = બીજી વિનંતી કરો
sent-storage-warning = આ ઉપકરણ આ વિનંતીની નોંધ રાખી શક્યું નહીં. તમારો સંદર્ભ નંબર લખી લો.
sent-waiting-title = મોકલવાની રાહ જોઈ રહી છે
sent-waiting = તમે ઓફલાઇન છો. તમારી વિનંતી આ ઉપકરણ પર રાખવામાં આવી છે અને કનેક્શન પાછું આવતાં જ આપમેળે મોકલાશે. તમે આ પાનું બંધ કરી શકો છો.
sent-busy = શહેરની સિસ્ટમ અત્યારે વ્યસ્ત છે. તમારી વિનંતી આ ઉપકરણ પર રાખવામાં આવી છે અને આ સેવા ખુલ્લી હશે તો { $time } પછી, નહીંતર તમે તેને હવે પછી ખોલશો ત્યારે, આપમેળે ફરી મોકલાશે.
sent-sending-title = તમારી વિનંતી મોકલાઈ રહી છે…
sent-uploading = તમારા ફોટા મોકલાઈ રહ્યા છે
sent-unconfirmed-title = તમારી વિનંતી પહોંચી કે નહીં તેની અમે ખાતરી કરી શક્યા નહીં
sent-unconfirmed = મોકલતી વખતે કનેક્શન તૂટી ગયું, અને તમારી વિનંતી પહોંચી કે નહીં તે શહેરના સર્વરને પૂછી શકાયું નહીં. તે બે વાર ન મોકલાય એ માટે, તમે જાતે પસંદ ન કરો ત્યાં સુધી તે ફરી મોકલવામાં આવશે નહીં.
sent-check-again = ફરી તપાસો
sent-send-again = ફરી મોકલો
sent-refused-title = શહેરના સર્વરે આ વિનંતી સ્વીકારી નહીં
sent-not-found-title = વિનંતી મળી નથી
sent-not-found = આ ઉપકરણ પર આ વિનંતીની કોઈ નોંધ નથી. કદાચ તેને યાદીમાંથી દૂર કરવામાં આવી હોય.

## મારી વિનંતીઓ: આ ઉપકરણ પરથી મોકલેલી વિનંતીઓ

my-requests-title = મારી વિનંતીઓ
my-requests-lead = આ ઉપકરણ પરથી મોકલેલી વિનંતીઓ. આ યાદી ફક્ત આ ઉપકરણ પર જ રાખવામાં આવે છે.
my-requests-empty = તમે હજુ સુધી આ ઉપકરણ પરથી કોઈ વિનંતી મોકલી નથી.
my-requests-refresh = નવી માહિતી તપાસો
my-requests-refreshing = નવી માહિતી તપાસી રહ્યા છીએ…
my-requests-refreshed = બધી સ્થિતિ અદ્યતન છે.
my-requests-sent-on = { $date } ના રોજ મોકલી
my-requests-last-update = છેલ્લો ફેરફાર: { $date }
my-requests-updated = નવો ફેરફાર
my-requests-waiting = મોકલવાની રાહ જોઈ રહી છે
my-requests-unconfirmed = ખાતરી થઈ નથી
my-requests-refused = સ્વીકારાઈ નથી
my-requests-reference-pending = સંદર્ભ નંબર આવી રહ્યો છે
my-requests-forget = આ વિનંતી યાદીમાંથી દૂર કરો
my-requests-forget-all = આ ઉપકરણ પરની બધી વિનંતીઓ યાદીમાંથી દૂર કરો
my-requests-forget-all-confirm = આ ઉપકરણ પરની બધી વિનંતીઓ યાદીમાંથી દૂર કરવી છે? શહેર પાસે તે રહેશે; ફક્ત આ યાદી ખાલી થશે.
my-requests-forget-yes = હા, દૂર કરો
my-requests-forget-no = ના, રાખો
my-requests-forgotten = વિનંતી આ ઉપકરણની યાદીમાંથી દૂર કરવામાં આવી.
my-requests-all-forgotten = બધી વિનંતીઓ આ ઉપકરણની યાદીમાંથી દૂર કરવામાં આવી.
lookup-heading = સંદર્ભ નંબરથી વિનંતી શોધો
lookup-label = સંદર્ભ નંબર
lookup-hint = તે પુષ્ટિના પાના પર, અથવા તમારી વિનંતી વિશે શહેરે મોકલેલા ઇમેઇલમાં હોય છે.
lookup-button = વિનંતી શોધો
lookup-empty = સંદર્ભ નંબર લખો.
lookup-offer = વિનંતી { $id } પર નજર રાખો

## વિનંતીનું પાનું

track-title = વિનંતી { $id }
track-loading = વિનંતી લોડ થઈ રહી છે…
track-not-found-title = વિનંતી મળી નથી
track-not-found = શહેર પાસે “{ $id }” સંદર્ભ નંબરવાળી કોઈ વિનંતી નથી. નંબર તપાસો: તે તમારા પુષ્ટિના પાના પર અથવા શહેરના ઇમેઇલમાં હોય છે.
track-not-found-call = જો હજુ પણ ન મળે, તો { $phone } પર ફોન કરો.
track-status = સ્થિતિ
track-service = સેવા
track-notes = શહેર તરફથી નોંધ
track-agency = સંભાળનાર વિભાગ
track-requested = મોકલ્યાની તારીખ
track-updated = છેલ્લો ફેરફાર
track-expected = અપેક્ષિત તારીખ
track-overdue = મુદત વીતી ગઈ: શહેરે { $date } સુધીમાં કામ પૂરું કરવાની અપેક્ષા રાખી હતી.
track-location = સ્થાન
track-description = વર્ણન
track-photo = વિનંતી સાથે મોકલેલો ફોટો
track-timeline = અત્યાર સુધી શું થયું
track-seen-on = આ ઉપકરણ પર જોયું
track-token-late = તમારી વિનંતી પર હજુ કાર્યવાહી ચાલી રહી છે. પછીથી ફરી તપાસો: શહેર સંદર્ભ નંબર આપશે ત્યારે તે “મારી વિનંતીઓ” માં દેખાશે.
track-follow = આ વિનંતી પર નજર રાખો
track-refresh = નવી માહિતી તપાસો

## સ્થિતિ, શબ્દોમાં

status-word-open = મળી ગઈ
status-word-closed = બંધ
status-word-in_progress = કામ ચાલુ છે
status-word-action_scheduled = કામ નક્કી થયું છે
status-word-investigating = તપાસ ચાલુ છે
status-word-for_triage = મૂલ્યાંકન ચાલુ છે
status-word-internal_referral = બીજી ટીમને સોંપાઈ
status-word-reopened = ફરી ખોલવામાં આવી
status-word-fixed = ઠીક થઈ ગયું
status-word-duplicate = બંધ: પહેલેથી જાણ કરવામાં આવી છે
status-word-not_councils_responsibility = બંધ: શહેરની જવાબદારી નથી
status-word-no_further_action = બંધ: આગળ કોઈ કાર્યવાહી નહીં
status-word-cancelled = રદ

## પાનું મળ્યું નથી

not-found-title = પાનું મળ્યું નથી
not-found-typed = જો તમે વેબ સરનામું જાતે લખ્યું હોય, તો તે સાચું છે કે નહીં તે તપાસો.
not-found-link = જો તમે કોઈ લિંક પરથી આવ્યા હો, તો તે લિંક જૂની હોઈ શકે છે.
not-found-home = શહેરની સેવાઓની યાદી પર જાઓ
not-found-call = સેવા માટે વિનંતી કરવા તમે { $phone } પર ફોન પણ કરી શકો છો.

## સુલભતા નિવેદન

accessibility-title = સુલભતા નિવેદન
a11y-intro = { $city } ઇચ્છે છે કે દરેક વ્યક્તિ આ સેવાનો ઉપયોગ કરી શકે: ફોન કે કમ્પ્યુટર પર, સ્ક્રીન મોટી કરીને, ફક્ત કીબોર્ડથી, સ્ક્રીન રીડર, અવાજ નિયંત્રણ કે અન્ય સહાયક ટેક્નોલોજી સાથે, અને પોતાની ભાષામાં.
a11y-standard-heading = અમે જે ધોરણ સુધી પહોંચવાનું લક્ષ્ય રાખીએ છીએ
a11y-standard = આ સેવાનું લક્ષ્ય વેબ સામગ્રી સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ { $version } ના { $level } સ્તરને પૂર્ણ કરવાનું છે.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = આ સેવા તે ધોરણને સંપૂર્ણપણે પૂર્ણ કરે છે.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = આ સેવા તે ધોરણને આંશિક રીતે પૂર્ણ કરે છે: જે ભાગો તેને પૂર્ણ કરતા નથી, અથવા જેની હજુ કોઈ વ્યક્તિએ ચકાસણી કરી નથી, તે નીચે આપેલા છે.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = અમારી છેલ્લી સંપૂર્ણ તપાસ { $date } ના રોજ થઈ હતી: દરેક પાનું અને તેની દરેક સ્થિતિ, { $languages } ભાષાઓમાં, ફોનના કદની અને ડેસ્કટોપના કદની સ્ક્રીન પર. { $failed ->
    [0] પાનાંની { $scans } તપાસમાંથી કોઈમાં પણ સમસ્યા મળી નથી.
    [one] પાનાંની { $scans } તપાસમાંથી { $failed } માં સમસ્યા મળી.
   *[other] પાનાંની { $scans } તપાસમાંથી { $failed } માં સમસ્યા મળી.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = આ નિવેદનનો બાકીનો ભાગ હજુ પણ લાગુ પડે છે, અને અમારી છેલ્લી તપાસનાં પરિણામો સાંભળવા તમે અમને ફોન કરી શકો છો.
a11y-testing-heading = અમે તેની ચકાસણી કેવી રીતે કરીએ છીએ
a11y-testing-automated = સેવામાં દર વખતે ફેરફાર થાય ત્યારે, દરેક પાનું ફોનના કદની અને ડેસ્કટોપના કદની સ્ક્રીન પર axe-core વડે WCAG 2.2 ના A અને AA સ્તર મુજબ આપમેળે તપાસવામાં આવે છે.
a11y-testing-keyboard = સ્વચાલિત પરીક્ષણો ફક્ત કીબોર્ડથી પણ સેવાનો ઉપયોગ કરે છે: મુખ્ય સામગ્રી પર જવાની લિંક, પાનાં વચ્ચે જવું, અને કીબોર્ડ ફોકસ ક્યાં જાય છે.
a11y-testing-languages = પાનાંની ચકાસણી જમણેથી ડાબે લખાતી ભાષાઓમાં પણ થાય છે, અને એક કૃત્રિમ રીતે બનાવેલી નકલી ભાષામાં પણ, જે અનુવાદ વગર રહી ગયેલું કોઈ પણ લખાણ બતાવી દે છે.
a11y-gaps-heading = અમને ખબર છે કે હજુ શું બરાબર નથી
a11y-gaps-intro = સ્વચાલિત તપાસ ફક્ત અમુક સમસ્યાઓ જ શોધે છે. અમને આ સમસ્યાઓની જાણ છે:
a11y-not-conforming-intro = આ ભાગો હજુ ધોરણને પૂર્ણ કરતા નથી:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = WCAG સફળતા માપદંડ { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] આ સફળતા માપદંડની તપાસ હજુ કોઈ વ્યક્તિએ કરવાની બાકી છે, કારણ કે સ્વચાલિત પરીક્ષણો તેનું પૂરેપૂરું મૂલ્યાંકન કરી શકતાં નથી: { $criteria }.
   *[other] આ { $count } સફળતા માપદંડોની તપાસ હજુ કોઈ વ્યક્તિએ કરવાની બાકી છે, કારણ કે સ્વચાલિત પરીક્ષણો તેમનું પૂરેપૂરું મૂલ્યાંકન કરી શકતાં નથી: { $criteria }.
}
a11y-gap-screen-readers = સ્ક્રીન રીડર અને અવાજ નિયંત્રણનો ઉપયોગ કરતા લોકો દ્વારા આ સેવાની હજુ ચકાસણી થઈ નથી.
a11y-gap-server-text = સેવાઓનાં નામ અને વર્ણનો શહેરની સિસ્ટમમાંથી આવે છે અને કદાચ તમારી ભાષામાં અનુવાદિત ન હોય.
a11y-report-heading = આ સેવામાં સમસ્યાની જાણ કરો
a11y-report = જો આ સાઇટ પર કંઈ તમારા માટે કામ ન કરે, તો { $phone } પર ફોન કરો અને અમને જણાવો કે તમે શું કરી રહ્યા હતા અને શું ખોટું થયું. અમે ફોન પર તમારી વિનંતી કરવામાં તમારી મદદ કરીશું અને સમસ્યા ઠીક કરીશું.
a11y-other-format-heading = આ માહિતી બીજી રીતે મેળવો
a11y-other-format = જો તમે આ સાઇટનો ઉપયોગ ન કરી શકો, અથવા તમને તેમાંની માહિતી બીજા સ્વરૂપમાં જોઈએ (મોટા અક્ષરોમાં, મોટેથી વાંચીને, સરળ ભાષામાં કે બીજી ભાષામાં), તો { $phone } પર ફોન કરો અને અમે મદદ કરીશું.
# $counter is the city's service counter (its address).
a11y-other-format-counter = તમે { $counter } પર રૂબરૂ પણ આવી શકો છો.

## જ્યારે સેવા તેનાં સેટિંગ્સ (config.json) વાંચી ન શકે

config-problem-title = આ સેવા હાલમાં ઉપલબ્ધ નથી
config-problem-resident = કૃપા કરીને થોડી મિનિટોમાં ફરી પ્રયાસ કરો. જો હજુ પણ કામ ન કરે, તો ફોન દ્વારા શહેરનો સંપર્ક કરો.
config-problem-retry = ફરી પ્રયાસ કરો
config-problem-detail-heading = સાઇટના સંચાલકો માટે
config-error-unreachable = સેટિંગ્સ ફાઇલ config.json લોડ થઈ શકી નહીં: સર્વરે જવાબ આપ્યો નહીં.
config-error-timeout = સેટિંગ્સ ફાઇલ config.json લોડ થઈ શકી નહીં: સર્વરે સમયસર જવાબ આપ્યો નહીં.
config-error-status = સેટિંગ્સ ફાઇલ config.json લોડ થઈ શકી નહીં: સર્વરે સ્થિતિ કોડ { $status } સાથે જવાબ આપ્યો.
config-error-syntax = સેટિંગ્સ ફાઇલ config.json માન્ય JSON નથી: લીટી { $line }, કૉલમ { $column } જુઓ.
config-error-missing = સેટિંગ્સ ફાઇલ config.json માં “{ $key }” માટે કોઈ મૂલ્ય નથી.
config-error-invalid = સેટિંગ્સ ફાઇલ config.json માં “{ $key }” માટેનું મૂલ્ય વાપરી શકાય તેમ નથી.

## પહેલી વાર જરૂર પડે ત્યારે મેળવાતાં પાનાં (src/pieces.rs)
piece-loading = પાનું લોડ થઈ રહ્યું છે…
piece-failed-title = આ પાનું લોડ થઈ શક્યું નહીં
piece-failed = આ સેવાનો એક ભાગ ડાઉનલોડ થઈ શક્યો નહીં. તમારું કનેક્શન તપાસો, પછી ફરી પ્રયાસ કરો. તમે જે કંઈ લખ્યું છે તે આ ઉપકરણ પર સચવાયેલું છે.
piece-failed-phone = તમે { $phone } પર ફોન પણ કરી શકો છો.

## સ્થાનના પગલામાં નકશો (src/map)
map-role = નકશો
map-label = નકશો: જ્યાં સમસ્યા છે ત્યાં નિશાન મૂકો
map-keys = નિશાન મૂકવા માટે નકશા પર ટૅપ કરો, અથવા તેની નીચેનાં બટનોનો ઉપયોગ કરો. નકશો પસંદ થયેલો હોય ત્યારે, તીરવાળી કી નિશાનને ખસેડે છે (Shift કી સાથે વધુ દૂર), અને + અને − કી નકશાને મોટો અને નાનો કરે છે.
map-loading = નકશો લોડ થઈ રહ્યો છે…
map-piece-failed = નકશો લોડ થઈ શક્યો નહીં. તમે હજુ પણ સરનામું લખી શકો છો અથવા તમારા સ્થાનનો ઉપયોગ કરી શકો છો.
map-tiles-failed = નકશાનો અમુક ભાગ લોડ થઈ શક્યો નહીં. તમે હજુ પણ નિશાન મૂકી શકો છો, સરનામું લખી શકો છો અથવા તમારા સ્થાનનો ઉપયોગ કરી શકો છો.
map-zoom-group = નકશો મોટો-નાનો કરો
map-zoom-in = મોટું કરો
map-zoom-out = નાનું કરો
map-move-group = નિશાન ખસેડો
map-move-north = નિશાન ઉત્તર તરફ ખસેડો
map-move-south = નિશાન દક્ષિણ તરફ ખસેડો
map-move-east = નિશાન પૂર્વ તરફ ખસેડો
map-move-west = નિશાન પશ્ચિમ તરફ ખસેડો
map-zoom-level = મોટું કરવાનું સ્તર: { $max } માંથી { $level }.
map-pin-from-start = નિશાન, નકશો જ્યાં ખૂલ્યો હતો ત્યાંથી આશરે { $metres } મીટર { $direction ->
    [north] ઉત્તરમાં
    [north-east] ઉત્તર-પૂર્વમાં
    [east] પૂર્વમાં
    [south-east] દક્ષિણ-પૂર્વમાં
    [south] દક્ષિણમાં
    [south-west] દક્ષિણ-પશ્ચિમમાં
    [west] પશ્ચિમમાં
   *[north-west] ઉત્તર-પશ્ચિમમાં
  } છે.
map-pin-from-device = નિશાન તમારા સ્થાનથી આશરે { $metres } મીટર { $direction ->
    [north] ઉત્તરમાં
    [north-east] ઉત્તર-પૂર્વમાં
    [east] પૂર્વમાં
    [south-east] દક્ષિણ-પૂર્વમાં
    [south] દક્ષિણમાં
    [south-west] દક્ષિણ-પશ્ચિમમાં
    [west] પશ્ચિમમાં
   *[north-west] ઉત્તર-પશ્ચિમમાં
  } છે.
map-pin-at-start = નિશાન ત્યાં જ છે જ્યાં નકશો ખૂલ્યો હતો.
map-pin-at-device = નિશાન તમારા સ્થાન પર છે.
map-pin-near = નિશાન { $address } ની નજીક છે.
map-outside = એ જગ્યા { $city } ની બહાર છે. શહેરની અંદર નિશાન મૂકો, અથવા { $phone } પર ફોન કરો.
map-find = સરનામું નકશા પર બતાવો
map-finding = સરનામું શોધી રહ્યા છીએ…
map-find-empty = પહેલાં સરનામું લખો, પછી તેને નકશા પર બતાવો.
map-find-none = { $city } માં એ સરનામા સાથે મેળ ખાતી કોઈ જગ્યા નથી. તેના બદલે નકશા પર નિશાન મૂકો.
map-find-failed = અત્યારે સરનામું શોધી શકાયું નહીં. તેના બદલે નકશા પર નિશાન મૂકો.
map-found = { $address } મળ્યું. નિશાન ત્યાં મૂક્યું છે.
map-suggestion = સૌથી નજીકનું સરનામું: { $address }
map-suggestion-use = આ સરનામાનો ઉપયોગ કરો
map-suggestion-used = સરનામું ભરાઈ ગયું: { $address }.
request-pinned = નકશા પરનું નિશાન: { $lat }, { $long }.
request-pin-remove = નિશાન દૂર કરો

## નજીકમાં પહેલેથી જાણ કરાયેલી સમસ્યાઓ (src/map/nearby.rs)
nearby-heading = નજીકમાં પહેલેથી જાણ કરાયેલી સમસ્યાઓ
nearby-lead = { $count ->
    [one] એ જ સેવા માટેની આ ચાલુ વિનંતી તમારા નિશાનથી 150 મીટરની અંદર છે. જો તે તમારી જ સમસ્યા હોય, તો ફરીથી જાણ કરવાને બદલે તમે તેના પર નજર રાખી શકો છો.
   *[other] એ જ સેવા માટેની આ { $count } ચાલુ વિનંતીઓ તમારા નિશાનથી 150 મીટરની અંદર છે. જો તેમાંથી કોઈ એક તમારી જ સમસ્યા હોય, તો ફરીથી જાણ કરવાને બદલે તમે તેના પર નજર રાખી શકો છો.
  }
nearby-distance = { $metres } મીટર દૂર
nearby-age = { $days ->
    [0] આજે જાણ કરવામાં આવી
    [one] ગઈકાલે જાણ કરવામાં આવી
   *[other] { $days } દિવસ પહેલાં જાણ કરવામાં આવી
  }
nearby-follow = તેના બદલે આના પર નજર રાખો
nearby-follow-confirm = તમારી વિનંતી મોકલવાને બદલે વિનંતી { $id } પર નજર રાખવી છે? આ ફોર્મ માટેના તમારા જવાબો અને ફોટા દૂર કરવામાં આવશે, અને કંઈ મોકલવામાં આવશે નહીં.
nearby-follow-yes = હા, તેના પર નજર રાખો
nearby-follow-no = ના, મારી વિનંતી રાખો
nearby-different = મારી સમસ્યા અલગ છે: આગળ વધો
nearby-followed = તમે વિનંતી { $id } પર નજર રાખી રહ્યા છો. કંઈ મોકલવામાં આવ્યું નથી.
nearby-announced = { $count ->
    [one] એ જ સેવા માટેની { $count } ચાલુ વિનંતી તમારા નિશાનની નજીક પહેલેથી નોંધાયેલી છે: તે નકશાની નીચે બતાવેલી છે.
   *[other] એ જ સેવા માટેની { $count } ચાલુ વિનંતીઓ તમારા નિશાનની નજીક પહેલેથી નોંધાયેલી છે: તે નકશાની નીચે બતાવેલી છે.
  }
nearby-failed = નજીકમાં પહેલેથી નોંધાયેલી વિનંતીઓ અત્યારે તપાસી શકાઈ નહીં.
my-requests-following-since = { $date } થી નજર રાખી રહ્યા છો

## વિનંતી વિશે નવી માહિતી: બ્રાઉઝર સૂચનાઓ અને ઇમેઇલ (src/notify)
updates-heading = આ વિનંતી વિશે નવી માહિતી
updates-offer = આમાં ફેરફાર થાય ત્યારે મને જણાવો
updates-wait-id = શહેર આ વિનંતીને સંદર્ભ નંબર આપે પછી તમે નવી માહિતી માટે કહી શકશો. ત્યારે આ પાના પર તેનો વિકલ્પ દેખાશે.
updates-loading = શહેર કઈ નવી માહિતી મોકલી શકે છે તે તપાસી રહ્યા છીએ…
updates-unavailable = અત્યારે નવી માહિતી મેળવવાની ગોઠવણ થઈ શકતી નથી. તમારી વિનંતી ક્યાં પહોંચી છે તે જોવા તમે આ પાના પર પાછા આવી શકો છો.
updates-push = આ બ્રાઉઝર પર સૂચનાઓ મોકલો
updates-push-hint = તમારું બ્રાઉઝર પૂછશે કે આ સાઇટ સૂચનાઓ બતાવી શકે કે નહીં. વિનંતીમાં દર વખતે ફેરફાર થાય ત્યારે તમને એક સૂચના મળશે.
updates-push-on = થઈ ગયું. આ વિનંતીમાં દર વખતે ફેરફાર થાય ત્યારે આ બ્રાઉઝર સૂચના બતાવશે.
updates-push-blocked = તમારા બ્રાઉઝરનાં સેટિંગ્સમાં આ સાઇટ માટે સૂચનાઓ અવરોધિત છે. તે મેળવવા માટે, ત્યાં આ સાઇટ માટે સૂચનાઓની મંજૂરી આપો, પછી પાછા આવો.
updates-push-install-first = iPhone અથવા iPad પર, સૂચનાઓ ફક્ત હોમ સ્ક્રીન પરથી જ કામ કરે છે: “શેર કરો” પર ટૅપ કરો, પછી “હોમ સ્ક્રીન પર ઉમેરો” પર ટૅપ કરો, ત્યાંથી ઍપ ખોલો અને આ વિનંતી પર પાછા આવો.
updates-push-unsupported = આ બ્રાઉઝર વેબસાઇટની સૂચનાઓ બતાવી શકતું નથી. તેના બદલે તમે ઇમેઇલ માટે કહી શકો છો, અથવા આ પાના પર પાછા આવી શકો છો.
updates-push-not-allowed = સૂચનાઓની મંજૂરી આપવામાં આવી નથી, તેથી કોઈ સૂચના મોકલવામાં આવશે નહીં. તમે તમારા બ્રાઉઝરનાં સાઇટ સેટિંગ્સમાંથી ફરી પસંદગી કરી શકો છો.
updates-push-failed = આ બ્રાઉઝર સૂચનાઓની ગોઠવણ કરી શક્યું નહીં. પછીથી ફરી પ્રયાસ કરો, અથવા તેના બદલે ઇમેઇલ માટે કહો.
updates-email-label = ઇમેઇલ સરનામું
updates-email-hint = સરનામાની ખાતરી કરવા માટે અમે પહેલાં એક ઇમેઇલ મોકલીએ છીએ. દરેક ઇમેઇલમાં તે બંધ કરવાની લિંક હોય છે.
updates-email-send = આમાં ફેરફાર થાય ત્યારે મને ઇમેઇલ કરો
updates-email-invalid = name@example.com જેવું ઇમેઇલ સરનામું દાખલ કરો
updates-email-sent = અમે { $email } પર ઇમેઇલ મોકલ્યો છે. નવી માહિતી મેળવવાનું શરૂ કરવા માટે તેમાંની લિંક ખોલો.
updates-error-offline = નવી માહિતીની ગોઠવણ થઈ શકી નહીં: કનેક્શન નથી. તમે ઓનલાઇન છો કે નહીં તે તપાસો અને ફરી પ્રયાસ કરો.
updates-error-unknown = શહેરની સિસ્ટમ હવે આ વિનંતીને ઓળખતી નથી, તેથી કોઈ નવી માહિતી મોકલી શકાશે નહીં.
updates-error-busy = શહેરની સિસ્ટમ વ્યસ્ત છે. એક મિનિટમાં ફરી પ્રયાસ કરો.
updates-error-refused = શહેરની સિસ્ટમે આ સ્વીકાર્યું નહીં. ઇમેઇલ સરનામું તપાસો, અથવા બીજી રીત અજમાવો.
updates-error-failed = નવી માહિતીની ગોઠવણ કરવામાં કંઈક ખોટું થયું. પછીથી ફરી પ્રયાસ કરો.
updates-on-push = આ વિનંતીમાં ફેરફાર થાય ત્યારે તમને બ્રાઉઝર સૂચના મળે છે.
updates-on-email = આ વિનંતીમાં ફેરફાર થાય ત્યારે તમને ઇમેઇલ મળે છે (તમે સરનામાની ખાતરી કરો પછી).
updates-on-both = આ વિનંતીમાં ફેરફાર થાય ત્યારે તમને બ્રાઉઝર સૂચના અને ઇમેઇલ બંને મળે છે.
updates-stop = નવી માહિતી બંધ કરો
updates-stopped = આ વિનંતી વિશેની નવી માહિતી બંધ કરવામાં આવી છે.
updates-stop-failed = અત્યારે નવી માહિતી બંધ થઈ શકી નહીં: શહેરની સિસ્ટમ તરફથી જવાબ મળ્યો નથી. ફરી પ્રયાસ કરો.
