# Frontdesk ua lus Hmoob Dawb: cov lus hauv lub vev xaib. Cov lus qhia rau cov neeg txhais lus: locales/README.md

## Lub thav duab ntawm txhua nplooj ntawv

document-title = { $page } – { $city }
document-title-error = Yuam kev: { $page } – { $city }
shell-name = Kev pab cuam ntawm lub nroog
skip-link = Hla mus rau cov ntsiab lus tseem ceeb
shell-loading = Tab tom qhib…
shell-noscript = Qhov kev pab cuam no yuav tsum siv JavaScript, tab sis JavaScript raug kaw lawm los yog tsis muaj nyob hauv koj lub tshuab qhib vev xaib.
shell-noscript-call = Yog koj xav qhia txog ib qho teeb meem los yog thov kev pab cuam ntawm lub nroog yam tsis siv JavaScript, hu rau { $phone }.
footer-nav-label = Hais txog qhov kev pab cuam no
footer-accessibility = Lus qhia txog kev siv tau yooj yim rau txhua tus
language-nav-label = Hom lus
nav-my-requests = Kuv cov ntawv thov

## Kev pab, nyob tib qho chaw ntawm txhua nplooj ntawv

help-heading = Xav tau kev pab?
help-call = Hu rau
help-from-outside = Yog koj nyob sab nraum lub nroog, hu rau
help-hours = Qhib { $hours }.
help-counter = Los yog tuaj ntsib peb ntawm lub rooj pab cuam ntawm { $address }.

## Nplooj ntawv pib: daim ntawv teev cov kev pab cuam

catalogue-title = Kev pab cuam ntawm lub nroog
catalogue-lead = Qhia txog ib qho teeb meem, thov kev pab cuam ntawm lub nroog thiab saib xyuas seb nws mus li cas, siv koj lub xov tooj, ua koj hom lus.
catalogue-loading = Tab tom qhib daim ntawv teev cov kev pab cuam…
catalogue-search-label = Nrhiav ib qho kev pab cuam
catalogue-search-hint = Piv txwv: qhov av hauv txoj kev, tsob ntoo, daim ntawv nplua nres tsheb.
catalogue-search-button = Nrhiav
catalogue-results-heading = Cov uas nrhiav tau
catalogue-results-count =
    { $count ->
       *[other] Muaj { $count } qho kev pab cuam uas haum rau “{ $query }”.
    }
catalogue-no-results = Tsis muaj kev pab cuam twg haum rau “{ $query }”.
catalogue-no-results-call = Hu rau { $phone } thiab peb yuav pab koj nrhiav qhov kev pab cuam uas haum.
catalogue-no-results-browse = Los yog saib cov kev pab cuam raws pawg hauv qab no.
catalogue-clear-search = Qhia tag nrho cov kev pab cuam
catalogue-topics-heading = Kev pab cuam raws pawg
catalogue-other-services = Lwm yam kev pab cuam
catalogue-stale = Txuas tsis tau rau lub khoos phis tawj ntawm lub nroog, yog li daim ntawv teev no yog daim uas tau khaws cia rau ntawm lub cuab yeej no rau { $date }. Tej zaum nws qub lawm.
catalogue-empty = Tam sim no lub nroog tsis txais cov ntawv thov hauv is taws nem. Hu rau { $phone } los qhia txog ib qho teeb meem los yog thov kev pab cuam.
catalogue-services-error-heading = Qhib tsis tau cov ntawv thov hauv is taws nem
catalogue-services-error-rest = Cov kev pab cuam hauv qab no uas ua tau los ntawm xov tooj, tuaj ntsib tim ntej, los yog hauv lwm lub vev xaib ntawm lub nroog tseem teev nyob.
catalogue-retry = Sim dua

## Txoj kev ua ib qho kev pab cuam, nyob hauv qab nws lub npe

channel-request = Daim ntawv thov hauv is taws nem
channel-online = Nyob hauv lwm lub vev xaib ntawm lub nroog (tawm ntawm lub vev xaib no mus)
channel-phone = Ntawm xov tooj: hu rau { $phone }
channel-hours = Qhib { $hours }.
channel-counter = Tuaj ntsib tim ntej: { $address }

## Thaum lub khoos phis tawj ntawm lub nroog tsis teb raws li yuav tsum teb (txhua nplooj ntawv uas nrog nws sib txuas)

error-offline = Zoo li koj tsis muaj is taws nem. Xyuas koj qhov kev sib txuas, ces sim dua.
error-unreachable = Lub khoos phis tawj ntawm lub nroog tsis teb. Tej zaum nws tsis ua hauj lwm ib pliag: sim dua hauv ob peb feeb.
error-timeout = Lub khoos phis tawj ntawm lub nroog siv sij hawm ntev dhau los teb. Sim dua: yog koj qhov kev sib txuas qeeb, sim zaum ob feem ntau yuav tau.
error-server = Lub khoos phis tawj ntawm lub nroog muaj teeb meem (yuam kev { $status }). Sim dua hauv ob peb feeb.
error-refused = Lub khoos phis tawj ntawm lub nroog tsis kam txais qhov kev thov no (yuam kev { $status }).
error-not-found = Lub khoos phis tawj ntawm lub nroog tsis paub qhov no (yuam kev 404).
error-server-said = Lub khoos phis tawj hais tias:
error-malformed = Lub khoos phis tawj ntawm lub nroog xa ib qho lus teb uas qhov kev pab cuam no nyeem tsis tau. Sim dua tom qab, los yog hu rau { $phone }.

## Nplooj ntawv ntawm ib qho kev pab cuam

service-loading = Tab tom qhib qhov kev pab cuam…
service-back = Tag nrho cov kev pab cuam ntawm lub nroog
service-not-found-title = Nrhiav tsis tau qhov kev pab cuam
service-not-found = Tsis muaj kev pab cuam twg uas muaj tus lej “{ $code }”. Tej zaum nws tau hloov npe los yog raug muab tshem lawm.
service-asks-heading = Yam uas yuav nug koj
service-asks-location = Nws nyob qhov twg: ib qho chaw nyob, qhov chaw koj nyob tam sim no, los yog ob qho.
service-asks-description = Qhov teeb meem yog dab tsi, siv koj tus kheej li lus.
service-asks-questions = Ob peb lo lus nug txog nws:
service-asks-photos = Duab, yog koj muaj (tsis yuam).
service-asks-contact = Koj lub npe thiab txoj kev tiv tauj koj (tsis yuam).
service-questions-loading = Tab tom qhib cov lus nug…
service-questions-error = Tam sim no qhib tsis tau cov lus nug. Koj tseem pib tau: daim ntawv yuav sim qhib dua.
service-required = (yuav tsum sau)
service-notice-heading = Thov nco ntsoov
service-promise-heading = Tom qab koj xa
service-promise-realtime = Koj yuav tau ib tus lej cim tam sim ntawd, los taug qab koj daim ntawv thov.
service-promise-batch = Lub kaw lus ntawm lub nroog ua cov ntawv thov no ib pawg zuj zus, yog li tej zaum yuav ntev me ntsis koj thiaj tau koj tus lej cim. Qhov kev pab cuam no yuav pheej xyuas rau koj.
service-promise-blackbox = Daim ntawv thov no taug qab tsis tau: lub nroog tsis muab tus lej cim los yog xov tshiab rau nws.
service-start = Pib koj daim ntawv thov

## Daim ntawv thov, txhua kauj ruam

request-step-count = Kauj ruam { $current } ntawm { $total }
request-back = Rov qab
request-continue = Mus ntxiv
request-saved = Yam koj ntaus raug khaws cia rau ntawm lub cuab yeej no thaum koj tab tom sau.
request-discard = Muab daim ntawv no pov tseg
request-discard-confirm = Muab txhua yam koj tau sau rau daim ntawv thov no pov tseg? Yuav muab rov qab tsis tau.
request-discard-yes = Yog, muab pov tseg
request-discard-no = Tsis yog, khaws cia
request-discarded = Koj daim ntawv raug muab pov tseg lawm.
request-service-unavailable = Tam sim no qhov kev pab cuam no tsis txais cov ntawv thov hauv is taws nem.
error-summary-title = Muaj ib qho teeb meem
field-error-prefix = Yuam kev:

## Kauj ruam: nyob qhov twg

request-location-title = Nws nyob qhov twg?
request-location-lead = Ntaus ib qho chaw nyob, siv qhov chaw koj nyob tam sim no, los yog ob qho.
request-location-lead-map = Ntaus ib qho chaw nyob, siv qhov chaw koj nyob tam sim no, los yog muab ib tus cim tso rau ntawm daim ntawv qhia chaw. Ib qho twg xwb los txaus lawm.
request-address-label = Chaw nyob los yog qhov chaw
request-address-hint = Piv txwv: 300 City Centre Drive, los yog lub ces kaum ntawm Hurontario Street thiab Burnhamthorpe Road.
request-use-location = Siv qhov chaw kuv nyob tam sim no
request-locating = Tab tom nrhiav qhov chaw koj nyob…
request-located = Qhov chaw koj nyob: { $lat }, { $long } (tej zaum yuav txawv li ntawm { $accuracy } m).
request-location-remove = Tshem qhov chaw kuv nyob
request-geo-denied = Lub vev xaib no tsis raug tso cai siv qhov chaw koj nyob. Koj tso cai tau hauv koj lub tshuab qhib vev xaib qhov kev teeb tsa, los yog ntaus ib qho chaw nyob hloov.
request-geo-unavailable = Nrhiav tsis tau qhov chaw koj nyob. Tos ib pliag ces sim dua, los yog ntaus ib qho chaw nyob hloov.
request-geo-timeout = Nrhiav qhov chaw koj nyob siv sij hawm ntev dhau lawm. Sim dua, los yog ntaus ib qho chaw nyob hloov.
request-geo-unsupported = Lub tshuab qhib vev xaib no qhia tsis tau qhov chaw koj nyob. Thov ntaus ib qho chaw nyob hloov.

## Kauj ruam: qhov teeb meem

request-details-title = Qhia peb txog qhov teeb meem
request-description-label = Piav txog qhov teeb meem
request-description-hint = Muaj dab tsi tsis zoo, thiab lwm yam uas pab tau cov neeg ua hauj lwm nrhiav tau nws.
request-description-left =
    { $count ->
       *[other] Koj tseem sau tau { $count } tus ntawv ntxiv
    }
request-description-over =
    { $count ->
       *[other] Koj sau ntau dhau { $count } tus ntawv
    }
request-definition-error = Qhib tsis tau cov lus nug ntxiv uas lub nroog muaj rau qhov kev pab cuam no. Koj tseem xa tau koj daim ntawv thov nrog ib qho lus piav.
request-choose = Xaiv ib qho

## Kauj ruam: duab

request-photos-title = Duab
request-photos-lead = Ib daim duab pab cov neeg ua hauj lwm nrhiav thiab kho qhov teeb meem. Cov duab tsis yuam.
request-photos-limit =
    { $max ->
       *[other] Koj ntxiv tau txog li { $max } daim duab.
    }
request-photos-privacy = Cov duab raug ua kom me dua rau ntawm koj lub xov tooj ua ntej xa, thiab qhov chaw thiab cov ntaub ntawv txog lub koob yees duab uas nyob hauv cov duab raug muab tshem tawm.
request-photos-add = Ntxiv ib daim duab
request-photos-add-hint = Siv koj lub koob yees duab thaij ib daim duab los yog xaiv ib daim uas koj twb muaj lawm.
request-photos-preparing = Tab tom npaj koj daim duab…
request-photos-added = Ntxiv daim duab lawm.
request-photos-photo = Duab { $number }
request-photos-remove = Tshem duab { $number }
request-photos-removed = Tshem daim duab lawm.
request-photos-full = Koj tau ntxiv cov duab txog li daim ntawv thov no ntxiv tau lawm.
request-photos-not-image = Cov ntaub ntawv no tsis yog ib daim duab uas qhov kev pab cuam no siv tau. Xaiv ib daim duab JPEG, PNG los yog ib yam li ntawd.
request-photos-failed = Npaj tsis tau daim duab no. Sim lwm daim.
request-photos-storage = Lub cuab yeej no tsis muaj chaw txaus los khaws daim duab. Tshem qee yam kom muaj chaw, los yog xa koj daim ntawv thov yam tsis muaj daim duab.

## Kauj ruam: hais txog koj

request-about-title = Hais txog koj
request-about-lead = Tag nrho cov no tsis yuam. Lawv pab kom lub nroog tiv tauj tau koj txog daim ntawv thov no.
request-first-name = Npe
request-last-name = Xeem
request-name-why = Kom lub nroog paub tias yuav nrhiav leej twg.
request-email = Chaw nyob email
request-email-why = Los xa xov tshiab txog daim ntawv thov no rau koj.
request-phone = Tus xov tooj
request-phone-why = Yog cov neeg ua hauj lwm xav nug koj ib yam dab tsi.
request-remember = Nco kuv cov ntaub ntawv cia rau ntawm lub cuab yeej no
request-remember-hint = Tsuas kos qhov no rau ntawm koj tus kheej lub xov tooj los yog khoos phis tawj xwb. Tshem tus kos kom tsis txhob nco lawv lawm.

## Kauj ruam: xyuas koj cov lus teb

request-check-title = Xyuas koj cov lus teb ua ntej xa
request-check-location = Qhov chaw
request-check-description = Lus piav
request-check-contact = Koj cov ntaub ntawv
request-check-photos = Duab
request-check-photo-count =
    { $count ->
       *[other] { $count } daim duab
    }
request-check-not-given = Tsis tau muab
request-check-yes = Yog
request-check-change = Hloov
request-send = Xa daim ntawv thov
request-sending = Tab tom xa koj daim ntawv thov…
request-refused-next = Xyuas koj cov lus teb thiab sim dua. Yog tseem tsis tau, hu rau { $phone }.

## Teeb meem ntawm cov lus teb

problem-no-location = Ntaus ib qho chaw nyob los yog siv qhov chaw koj nyob tam sim no.
problem-required = Teb lo lus nug “{ $question }”.
problem-not-a-number = Lo lus teb rau “{ $question }” yuav tsum yog ib tus lej, xws li 3 los yog 2.5.
problem-not-a-datetime = Lo lus teb rau “{ $question }” yuav tsum yog ib hnub thiab ib lub sij hawm.
problem-not-a-date = Lo lus teb rau “{ $question }” yuav tsum yog ib hnub tim.
problem-unknown-choice = Xaiv ib qho ntawm cov kev xaiv rau “{ $question }”.
problem-too-long = Lus piav yuav tsum tsis pub dhau { $limit } tus ntawv.
problem-bad-email = Ntaus ib qho chaw nyob email zoo li name@example.com.
problem-bad-phone = Ntaus ib tus xov tooj uas muaj tsawg kawg 7 tus lej, zoo li 905 615 4311.

## Tom qab xa

sent-title = Xa daim ntawv thov lawm
sent-reference = Koj tus lej cim
sent-reference-pending = Koj tus lej cim tab tom los
sent-reference-pending-detail = Lub nroog muab tus lej rau cov ntawv thov no tom qab ib pliag. Thaum nws los txog, nws yuav tshwm ntawm no thiab hauv koj cov ntawv thov.
sent-untracked = Qhov kev pab cuam no taug qab tsis tau, yog li tsis muaj tus lej cim. Lub nroog tau txais koj daim ntawv thov lawm.
sent-next-heading = Yuav muaj dab tsi tom ntej
sent-next = Lub nroog yuav xyuas koj daim ntawv thov thiab xa mus rau pab neeg uas saib xyuas.
sent-another = Xa lwm daim ntawv thov
sent-storage-warning = Lub cuab yeej no khaws tsis tau ib qho ntaub ntawv txog daim ntawv thov no. Sau koj tus lej cim cia.
sent-waiting-title = Tos xa
sent-waiting = Koj tsis muaj is taws nem. Koj daim ntawv thov raug khaws cia rau ntawm lub cuab yeej no thiab yuav xa nws tus kheej thaum muaj is taws nem rov qab. Koj kaw tau nplooj ntawv no.
sent-busy = Tam sim no lub kaw lus ntawm lub nroog tsis khoom. Koj daim ntawv thov raug khaws cia rau ntawm lub cuab yeej no thiab yuav rov xa nws tus kheej tom qab { $time }, thaum qhov kev pab cuam no tseem qhib, los yog zaum tom ntej koj qhib nws.
sent-sending-title = Tab tom xa koj daim ntawv thov…
sent-uploading = Tab tom xa koj cov duab
sent-unconfirmed-title = Peb lees paub tsis tau tias koj daim ntawv thov mus txog lawm
sent-unconfirmed = Kev sib txuas tau tu thaum tab tom xa, thiab nug tsis tau lub khoos phis tawj ntawm lub nroog seb koj daim ntawv thov puas mus txog. Kom tsis txhob xa ob zaug, nws yuav tsis rov xa dua tshwj tsis yog koj xaiv xa.
sent-check-again = Xyuas dua
sent-send-again = Xa dua
sent-refused-title = Lub khoos phis tawj ntawm lub nroog tsis txais daim ntawv thov no
sent-not-found-title = Nrhiav tsis tau daim ntawv thov
sent-not-found = Lub cuab yeej no tsis muaj ntaub ntawv txog daim ntawv thov no. Tej zaum nws twb raug rho tawm lawm.

## Kuv cov ntawv thov: cov ntawv thov uas xa los ntawm lub cuab yeej no

my-requests-title = Kuv cov ntawv thov
my-requests-lead = Cov ntawv thov uas xa los ntawm lub cuab yeej no. Daim ntawv teev no tsuas khaws cia rau ntawm lub cuab yeej no xwb.
my-requests-empty = Koj tseem tsis tau xa ib daim ntawv thov twg los ntawm lub cuab yeej no.
my-requests-refresh = Xyuas seb puas muaj xov tshiab
my-requests-refreshing = Tab tom xyuas seb puas muaj xov tshiab…
my-requests-refreshed = Cov xwm txheej yog cov tshiab tshaj plaws lawm.
my-requests-sent-on = Xa rau { $date }
my-requests-last-update = Hloov zaum kawg { $date }
my-requests-updated = Muaj xov tshiab
my-requests-waiting = Tos xa
my-requests-unconfirmed = Tsis tau lees paub
my-requests-refused = Tsis raug txais
my-requests-reference-pending = Tus lej cim tab tom los
my-requests-forget = Rho daim ntawv thov no tawm
my-requests-forget-all = Rho tag nrho cov ntawv thov tawm ntawm lub cuab yeej no
my-requests-forget-all-confirm = Rho txhua daim ntawv thov tawm ntawm lub cuab yeej no? Lub nroog tseem khaws lawv cia; tsuas yog daim ntawv teev no raug lwv xwb.
my-requests-forget-yes = Yog, rho lawv tawm
my-requests-forget-no = Tsis yog, khaws lawv cia
my-requests-forgotten = Daim ntawv thov raug rho tawm ntawm lub cuab yeej no lawm.
my-requests-all-forgotten = Tag nrho cov ntawv thov raug rho tawm ntawm lub cuab yeej no lawm.
lookup-heading = Nrhiav ib daim ntawv thov los ntawm nws tus lej cim
lookup-label = Tus lej cim
lookup-hint = Nws nyob ntawm nplooj ntawv lees paub, los yog hauv tsab email uas lub nroog xa tuaj txog koj daim ntawv thov.
lookup-button = Nrhiav daim ntawv thov
lookup-empty = Ntaus ib tus lej cim.
lookup-offer = Taug qab daim ntawv thov { $id }

## Nplooj ntawv ntawm ib daim ntawv thov

track-title = Daim ntawv thov { $id }
track-loading = Tab tom qhib daim ntawv thov…
track-not-found-title = Nrhiav tsis tau daim ntawv thov
track-not-found = Lub nroog tsis muaj daim ntawv thov twg uas muaj tus lej cim “{ $id }”. Xyuas tus lej: nws nyob ntawm koj nplooj ntawv lees paub los yog hauv tsab email uas lub nroog xa tuaj.
track-not-found-call = Yog koj tseem nrhiav tsis tau, hu rau { $phone }.
track-status = Xwm txheej
track-service = Kev pab cuam
track-notes = Lus sau los ntawm lub nroog
track-agency = Tus saib xyuas
track-requested = Xa rau
track-updated = Hloov zaum kawg
track-expected = Xav tias yuav tiav rau
track-overdue = Dhau sij hawm lawm: lub nroog xav tias yuav ua tiav ua ntej { $date }.
track-location = Qhov chaw
track-description = Lus piav
track-photo = Daim duab uas xa nrog daim ntawv thov
track-timeline = Yam uas tau tshwm sim
track-seen-on = Pom ntawm lub cuab yeej no
track-token-late = Koj daim ntawv thov tseem tab tom ua. Xyuas dua tom qab: nws tus lej cim yuav tshwm hauv Kuv cov ntawv thov thaum lub nroog muab rau.
track-follow = Taug qab daim ntawv thov no
track-refresh = Xyuas seb puas muaj xov tshiab

## Cov xwm txheej, ua lus

status-word-open = Tau txais lawm
status-word-closed = Kaw lawm
status-word-in_progress = Tab tom ua
status-word-action_scheduled = Teem sij hawm ua lawm
status-word-investigating = Tab tom tshawb xyuas
status-word-for_triage = Tab tom soj ntsuam
status-word-internal_referral = Xa mus rau lwm pab neeg lawm
status-word-reopened = Rov qhib dua lawm
status-word-fixed = Kho tiav lawm
status-word-duplicate = Kaw lawm: twb muaj neeg qhia lawm
status-word-not_councils_responsibility = Kaw lawm: tsis yog lub nroog lub luag hauj lwm
status-word-no_further_action = Kaw lawm: tsis tas ua dab tsi ntxiv
status-word-cancelled = Muab tso tseg lawm

## Nrhiav tsis tau nplooj ntawv

not-found-title = Nrhiav tsis tau nplooj ntawv
not-found-typed = Yog koj ntaus qhov chaw nyob ntawm lub vev xaib, xyuas seb puas raug.
not-found-link = Yog koj nias ib txoj kab txuas los, tej zaum txoj kab txuas ntawd qub lawm.
not-found-home = Mus rau daim ntawv teev cov kev pab cuam ntawm lub nroog
not-found-call = Koj kuj hu tau rau { $phone } los thov kev pab cuam.

## Lus qhia txog kev siv tau yooj yim rau txhua tus

accessibility-title = Lus qhia txog kev siv tau yooj yim rau txhua tus
a11y-intro = { $city } xav kom txhua tus neeg siv tau qhov kev pab cuam no: ntawm xov tooj los yog khoos phis tawj, thaum ua kom cov ntawv loj, thaum siv cov khawm ntaus ntawv nkaus xwb, lub tshuab nyeem lub vij tsam, kev siv suab hais kom ua, los yog lwm yam cuab yeej pab, thiab ua koj hom lus.
a11y-standard-heading = Tus qauv uas peb xav ua kom tau
a11y-standard = Qhov kev pab cuam no xav ua kom raws li Cov Lus Qhia Txog Kev Siv Tau Cov Ntsiab Lus Hauv Vev Xaib (WCAG) tsab { $version } theem { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = Nws ua tau raws li tus qauv ntawd tag nrho.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = Nws ua tau raws li tus qauv ntawd ib feem xwb: cov feem uas tseem tsis tau raws, los yog uas tseem tsis tau muaj neeg kuaj, teev nyob hauv qab no.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = Peb qhov kev kuaj tag nrho zaum kawg yog rau { $date }: txhua nplooj ntawv thiab txhua yam uas nws tshwm tau, ua { $languages } hom lus, ntawm lub vij tsam loj li xov tooj thiab lub vij tsam loj li khoos phis tawj. { $failed ->
    [0] Tsis muaj ib zaug twg ntawm { $scans } zaug kuaj nplooj ntawv pom teeb meem.
   *[other] { $failed } zaug ntawm { $scans } zaug kuaj nplooj ntawv pom teeb meem.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = Lwm cov lus hauv daim ntawv qhia no tseem siv tau, thiab koj hu tau rau peb kom peb qhia koj seb peb qhov kev kuaj zaum kawg pom li cas.
a11y-testing-heading = Peb kuaj nws li cas
a11y-testing-automated = Txhua zaus uas qhov kev pab cuam no hloov, lub khoos phis tawj siv axe-core kuaj txhua nplooj ntawv raws li WCAG 2.2 theem A thiab AA, ntawm ib lub vij tsam loj li xov tooj thiab ib lub loj li khoos phis tawj.
a11y-testing-keyboard = Cov kev kuaj los ntawm khoos phis tawj kuj siv qhov kev pab cuam no nrog cov khawm ntaus ntawv nkaus xwb: txoj kab txuas hla mus rau cov ntsiab lus tseem ceeb, kev txav ntawm nplooj ntawv no mus rau nplooj ntawv tod, thiab qhov uas raug xaiv tam sim no txav mus rau qhov twg.
a11y-testing-languages = Cov nplooj ntawv kuj raug kuaj ua cov hom lus uas sau ntawm sab xis mus rau sab laug, thiab ua ib hom lus cuav uas lub khoos phis tawj tsim los qhia seb muaj cov ntawv twg tseem tsis tau txhais.
a11y-gaps-heading = Yam uas peb paub tias tseem tsis tau zoo
a11y-gaps-intro = Kev kuaj los ntawm khoos phis tawj tsuas nrhiav tau qee qhov teeb meem xwb. Peb paub txog cov no:
a11y-not-conforming-intro = Cov feem no tseem tsis tau raws li tus qauv:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = Txoj cai WCAG { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
   *[other] Tseem yuav tsum muaj neeg kuaj { $count } txoj cai no, vim kev kuaj los ntawm khoos phis tawj tsis tuaj yeem txiav txim tau tag nrho: { $criteria }.
}
a11y-gap-screen-readers = Tseem tsis tau muaj cov neeg uas siv lub tshuab nyeem lub vij tsam thiab kev siv suab hais kom ua los sim qhov kev pab cuam no.
a11y-gap-server-text = Cov npe thiab cov lus piav txog cov kev pab cuam los ntawm lub kaw lus ntawm lub nroog thiab tej zaum yuav tsis tau txhais ua koj hom lus.
a11y-report-heading = Qhia txog ib qho teeb meem ntawm qhov kev pab cuam no
a11y-report = Yog tias muaj ib yam dab tsi ntawm lub vev xaib no koj siv tsis tau, hu rau { $phone } thiab qhia peb tias koj tab tom ua dab tsi thiab muaj dab tsi tsis zoo. Peb yuav pab koj xa koj daim ntawv thov ntawm xov tooj thiab kho qhov teeb meem.
a11y-other-format-heading = Txais cov ntaub ntawv no ua lwm txoj kev
a11y-other-format = Yog koj siv tsis tau lub vev xaib no, los yog koj xav tau nws cov lus ua lwm yam (ntawv loj, nyeem nrov nrov rau koj mloog, lus yooj yim nyeem, los yog lwm hom lus), hu rau { $phone } thiab peb yuav pab koj.
# $counter is the city's service counter (its address).
a11y-other-format-counter = Koj kuj tuaj tau rau ntawm { $counter }.

## Thaum qhov kev pab cuam nyeem tsis tau nws cov kev teeb tsa (config.json)

config-problem-title = Tam sim no qhov kev pab cuam no siv tsis tau
config-problem-resident = Thov sim dua hauv ob peb feeb. Yog tseem tsis tau, hu xov tooj rau lub nroog.
config-problem-retry = Sim dua
config-problem-detail-heading = Rau cov neeg saib xyuas lub vev xaib
config-error-unreachable = Qhib tsis tau cov ntaub ntawv teeb tsa config.json: lub khoos phis tawj tsis teb.
config-error-timeout = Qhib tsis tau cov ntaub ntawv teeb tsa config.json: lub khoos phis tawj tsis teb raws sij hawm.
config-error-status = Qhib tsis tau cov ntaub ntawv teeb tsa config.json: lub khoos phis tawj teb nrog xwm txheej { $status }.
config-error-syntax = Cov ntaub ntawv teeb tsa config.json tsis yog JSON raug: saib kab { $line }, kem { $column }.
config-error-missing = Cov ntaub ntawv teeb tsa config.json tsis muaj tus nqi rau “{ $key }”.
config-error-invalid = Cov ntaub ntawv teeb tsa config.json muaj ib tus nqi rau “{ $key }” uas siv tsis tau.

## Cov nplooj ntawv uas rub los thaum xub thawj xav tau (src/pieces.rs)
piece-loading = Tab tom qhib nplooj ntawv…
piece-failed-title = Qhib tsis tau nplooj ntawv no
piece-failed = Rub tsis tau ib feem ntawm qhov kev pab cuam no. Xyuas koj qhov kev sib txuas, ces sim dua. Txhua yam koj tau ntaus tseem khaws cia rau ntawm lub cuab yeej no.
piece-failed-phone = Koj kuj hu tau rau { $phone }.

## Daim ntawv qhia chaw hauv kauj ruam nyob qhov twg (src/map)
map-role = daim ntawv qhia chaw
map-label = Daim ntawv qhia chaw: muab tus cim tso rau qhov chaw uas muaj teeb meem
map-keys = Nias rau ntawm daim ntawv qhia chaw kom muab tus cim tso rau ntawd, los yog siv cov khawm hauv qab nws. Thaum daim ntawv qhia chaw raug xaiv, cov khawm xub txav tus cim (nias Shift nrog kom txav deb dua), thiab + thiab − ua kom loj thiab ua kom me.
map-loading = Tab tom qhib daim ntawv qhia chaw…
map-piece-failed = Qhib tsis tau daim ntawv qhia chaw. Koj tseem ntaus tau ib qho chaw nyob los yog siv tau qhov chaw koj nyob.
map-tiles-failed = Qhib tsis tau ib feem ntawm daim ntawv qhia chaw. Koj tseem muab tau tus cim tso, ntaus tau ib qho chaw nyob los yog siv tau qhov chaw koj nyob.
map-zoom-group = Ua kom loj los yog me
map-zoom-in = Ua kom loj
map-zoom-out = Ua kom me
map-move-group = Txav tus cim
map-move-north = Txav tus cim mus sab qaum teb
map-move-south = Txav tus cim mus sab qab teb
map-move-east = Txav tus cim mus sab hnub tuaj
map-move-west = Txav tus cim mus sab hnub poob
map-zoom-level = Theem loj { $level } ntawm { $max }.
map-pin-from-start = Tus cim nyob li { $metres } mev { $direction ->
    [north] rau sab qaum teb
    [north-east] rau sab qaum teb hnub tuaj
    [east] rau sab hnub tuaj
    [south-east] rau sab qab teb hnub tuaj
    [south] rau sab qab teb
    [south-west] rau sab qab teb hnub poob
    [west] rau sab hnub poob
   *[north-west] rau sab qaum teb hnub poob
  } ntawm qhov chaw uas daim ntawv qhia chaw qhib thaum xub thawj.
map-pin-from-device = Tus cim nyob li { $metres } mev { $direction ->
    [north] rau sab qaum teb
    [north-east] rau sab qaum teb hnub tuaj
    [east] rau sab hnub tuaj
    [south-east] rau sab qab teb hnub tuaj
    [south] rau sab qab teb
    [south-west] rau sab qab teb hnub poob
    [west] rau sab hnub poob
   *[north-west] rau sab qaum teb hnub poob
  } ntawm qhov chaw koj nyob.
map-pin-at-start = Tus cim nyob rau qhov chaw uas daim ntawv qhia chaw qhib thaum xub thawj.
map-pin-at-device = Tus cim nyob rau qhov chaw koj nyob.
map-pin-near = Tus cim nyob ze { $address }.
map-outside = Qhov chaw ntawd nyob sab nraum { $city }. Muab tus cim tso rau hauv lub nroog, los yog hu rau { $phone }.
map-find = Qhia qhov chaw nyob ntawm daim ntawv qhia chaw
map-finding = Tab tom nrhiav qhov chaw nyob…
map-find-empty = Ntaus ib qho chaw nyob ua ntej, ces qhia nws ntawm daim ntawv qhia chaw.
map-find-none = Tsis muaj qhov chaw twg hauv { $city } uas haum rau qhov chaw nyob ntawd. Muab tus cim tso rau ntawm daim ntawv qhia chaw hloov.
map-find-failed = Tam sim no nrhiav tsis tau qhov chaw nyob. Muab tus cim tso rau ntawm daim ntawv qhia chaw hloov.
map-found = Nrhiav tau { $address } lawm. Tus cim nyob ntawd.
map-suggestion = Qhov chaw nyob ze tshaj plaws: { $address }
map-suggestion-use = Siv qhov chaw nyob no
map-suggestion-used = Sau qhov chaw nyob rau lawm: { $address }.
request-pinned = Tus cim ntawm daim ntawv qhia chaw: { $lat }, { $long }.
request-pin-remove = Tshem tus cim

## Twb muaj neeg qhia nyob ze lawm (src/map/nearby.rs)
nearby-heading = Twb muaj neeg qhia nyob ze lawm
nearby-lead = Muaj { $count } daim ntawv thov rau tib qho kev pab cuam uas tseem qhib nyob tsis pub dhau 150 mev ntawm koj tus cim. Yog tias ib daim yog koj qhov teeb meem, koj taug qab tau daim ntawd es tsis txhob rov qhia dua.
nearby-distance = Deb { $metres } mev
nearby-age = { $days ->
    [0] Qhia hnub no
    [1] Qhia nag hmo
   *[other] Qhia { $days } hnub dhau los
  }
nearby-follow = Taug qab daim no hloov
nearby-follow-confirm = Taug qab daim ntawv thov { $id } es tsis xa koj daim? Koj cov lus teb thiab cov duab rau daim ntawv no yuav raug tshem, thiab yuav tsis xa dab tsi li.
nearby-follow-yes = Yog, taug qab nws
nearby-follow-no = Tsis yog, khaws kuv daim ntawv thov
nearby-different = Kuv qhov txawv: mus ntxiv
nearby-followed = Koj tab tom taug qab daim ntawv thov { $id }. Tsis tau xa dab tsi li.
nearby-announced = Twb muaj { $count } daim ntawv thov rau tib qho kev pab cuam uas tseem qhib nyob ze koj tus cim: lawv teev nyob hauv qab daim ntawv qhia chaw.
nearby-failed = Tam sim no xyuas tsis tau cov ntawv thov uas twb muaj neeg qhia nyob ze.
my-requests-following-since = Taug qab txij li { $date }

## Xov tshiab txog ib daim ntawv thov: lus ceeb toom hauv lub tshuab qhib vev xaib thiab email (src/notify)
updates-heading = Xov tshiab txog daim ntawv thov no
updates-offer = Qhia kuv thaum qhov no hloov
updates-wait-id = Koj thov tau xov tshiab thaum lub nroog muab tus lej cim rau daim ntawv thov no lawm. Thaum ntawd nplooj ntawv no yuav muab rau koj xaiv.
updates-loading = Tab tom xyuas seb lub nroog xa tau yam xov tshiab twg…
updates-unavailable = Tam sim no teeb tsa tsis tau xov tshiab. Koj tseem rov los saib tau nplooj ntawv no kom paub tias koj daim ntawv thov mus txog qhov twg lawm.
updates-push = Xa lus ceeb toom rau lub tshuab qhib vev xaib no
updates-push-hint = Koj lub tshuab qhib vev xaib yuav nug seb lub vev xaib no puas qhia tau lus ceeb toom. Txhua zaus daim ntawv thov hloov, koj yuav tau ib qho.
updates-push-on = Ua tiav lawm. Txhua zaus daim ntawv thov no hloov, lub tshuab qhib vev xaib no yuav qhia ib qho lus ceeb toom.
updates-push-blocked = Koj lub tshuab qhib vev xaib qhov kev teeb tsa thaiv tsis pub lub vev xaib no qhia lus ceeb toom. Yog koj xav tau, mus tso cai rau lub vev xaib no qhia lus ceeb toom nyob ntawd, ces rov los.
updates-push-install-first = Ntawm iPhone los yog iPad, lus ceeb toom tsuas ua hauj lwm thaum koj qhib lub vev xaib no ntawm lub vij tsam pib xwb: nias “Share” (qhia rau lwm tus), ces nias “Add to Home Screen” (ntxiv rau lub vij tsam pib), qhib nws ntawm lub vij tsam pib thiab rov los rau daim ntawv thov no.
updates-push-unsupported = Lub tshuab qhib vev xaib no qhia tsis tau lus ceeb toom los ntawm cov vev xaib. Koj thov tau email hloov, los yog rov los saib nplooj ntawv no.
updates-push-not-allowed = Koj tsis tau tso cai rau lus ceeb toom, yog li yuav tsis xa ib qho twg li. Koj rov xaiv tau dua hauv koj lub tshuab qhib vev xaib qhov kev teeb tsa rau cov vev xaib.
updates-push-failed = Lub tshuab qhib vev xaib no teeb tsa tsis tau lus ceeb toom. Sim dua tom qab, los yog thov email hloov.
updates-email-label = Chaw nyob email
updates-email-hint = Peb xa ib tsab email ua ntej los lees paub qhov chaw nyob email. Txhua tsab email muaj ib txoj kab txuas los nres tsis txhob xa tuaj ntxiv.
updates-email-send = Xa email rau kuv thaum qhov no hloov
updates-email-invalid = Ntaus ib qho chaw nyob email, zoo li name@example.com
updates-email-sent = Peb tau xa ib tsab email mus rau { $email }. Qhib txoj kab txuas hauv tsab email ntawd kom pib tau xov tshiab.
updates-error-offline = Teeb tsa tsis tau xov tshiab: tsis muaj kev sib txuas. Xyuas seb koj puas muaj is taws nem thiab sim dua.
updates-error-unknown = Lub kaw lus ntawm lub nroog tsis paub daim ntawv thov no lawm, yog li xa tsis tau xov tshiab.
updates-error-busy = Lub kaw lus ntawm lub nroog tsis khoom. Sim dua hauv ib feeb.
updates-error-refused = Lub kaw lus ntawm lub nroog tsis txais qhov no. Xyuas qhov chaw nyob email, los yog sim lwm txoj kev.
updates-error-failed = Muaj ib yam tsis zoo thaum teeb tsa xov tshiab. Sim dua tom qab.
updates-on-push = Koj yuav tau ib qho lus ceeb toom hauv lub tshuab qhib vev xaib thaum daim ntawv thov no hloov.
updates-on-email = Koj yuav tau ib tsab email thaum daim ntawv thov no hloov (thaum koj lees paub qhov chaw nyob email lawm).
updates-on-both = Koj yuav tau ib qho lus ceeb toom hauv lub tshuab qhib vev xaib thiab ib tsab email thaum daim ntawv thov no hloov.
updates-stop = Nres xov tshiab
updates-stopped = Xov tshiab txog daim ntawv thov no tau nres lawm.
updates-stop-failed = Tam sim no nres tsis tau xov tshiab: lub kaw lus ntawm lub nroog tsis teb. Sim dua.
