# Frontdesk: qoraallada adeegga, af-Soomaali. Hagaha turjubaannada: locales/README.md

## Qaabka guud ee bog kasta

document-title = { $page } – { $city }
document-title-error = Khalad: { $page } – { $city }
shell-name = Adeegyada magaalada
skip-link = U gudub qaybta ugu muhiimsan
shell-loading = Waa la soo gelinayaa…
shell-noscript = Adeeggan wuxuu u baahan yahay JavaScript, oo biraawsarkaaga ka xiran ama aan laga heli karin.
shell-noscript-call = Si aad u soo sheegto dhibaato ama u codsato adeeg magaalada adigoon isticmaalin JavaScript, wac { $phone }.
footer-nav-label = Ku saabsan adeeggan
footer-accessibility = Bayaanka helitaanka
language-nav-label = Luqadda
nav-my-requests = Codsiyadayda

## Caawimaad, isla meel bog kasta

help-heading = Caawimaad ma u baahan tahay?
help-call = Wac
help-from-outside = Haddii aad magaalada ka baxsan tahay, wac
help-hours = Furan: { $hours }.
help-counter = Ama iska imow xafiiska adeegga ee { $address }.

## Bogga hore: liiska adeegyada

catalogue-title = Adeegyada magaalada
catalogue-lead = Soo sheeg dhibaato, codso adeeg magaalada, oo la soco waxa ka dhaca, adigoo isticmaalaya taleefankaaga iyo luqaddaada.
catalogue-loading = Liiska adeegyada ayaa la soo gelinayaa…
catalogue-search-label = Raadi adeeg
catalogue-search-hint = Tusaale: god waddada ku yaal, geed, ganaax baarkin.
catalogue-search-button = Raadi
catalogue-results-heading = Natiijooyinka raadinta
catalogue-results-count =
    { $count ->
        [one] Hal adeeg ayaa ku habboon “{ $query }”.
       *[other] { $count } adeeg ayaa ku habboon “{ $query }”.
    }
catalogue-no-results = Ma jiro adeeg ku habboon “{ $query }”.
catalogue-no-results-call = Wac { $phone } waxaana kaa caawin doonnaa inaad hesho adeegga saxda ah.
catalogue-no-results-browse = Ama hoos ka eeg adeegyada oo mawduuc mawduuc loo kala saaray.
catalogue-clear-search = Tus dhammaan adeegyada
catalogue-topics-heading = Adeegyada mawduuc ahaan
catalogue-other-services = Adeegyo kale
catalogue-stale = Seerfarka magaalada lama gaari karin, sidaas darteed kani waa liiskii lagu kaydiyay qalabkan { $date }. Waxaa laga yaabaa inuu duugoobay.
catalogue-empty = Magaaladu hadda codsiyo kuma aqbasho internetka. Wac { $phone } si aad u soo sheegto dhibaato ama u codsato adeeg.
catalogue-services-error-heading = Foomamka codsiga ee internetka lama soo gelin karin
catalogue-services-error-rest = Adeegyada hoose ee lagu qabsado taleefan, adigoo iskaa u imanaya, ama degello kale oo magaalada leedahay, weli liiska way ku jiraan.
catalogue-retry = Isku day mar kale

## Sida adeeg loo qabsado, magiciisa hoostiisa ee liiska

channel-request = Foom internetka ah
channel-online = Degel kale oo magaalada leedahay (wuxuu kaa saarayaa degelkan)
channel-phone = Taleefan: wac { $phone }
channel-hours = Furan: { $hours }.
channel-counter = Adigoo iskaa u imanaya: { $address }

## Marka seerfarka magaaladu aanu si sax ah u jawaabin (bog kasta oo la xiriira)

error-offline = Waxay u egtahay inaadan internetka ku xirnayn. Hubi xiriirkaaga, kadibna isku day mar kale.
error-unreachable = Seerfarka magaaladu ma jawaabin. Waxaa laga yaabaa inuu wax yar istaagay: isku day mar kale dhowr daqiiqo kadib.
error-timeout = Seerfarka magaaladu wuu ku raagay jawaabta. Isku day mar kale: haddii xiriirku gaabis yahay, isku dayga labaad badanaa wuu shaqeeyaa.
error-server = Seerfarka magaalada ayaa dhibaato ka dhacday (khalad { $status }). Isku day mar kale dhowr daqiiqo kadib.
error-refused = Seerfarka magaaladu wuu diiday codsiga (khalad { $status }).
error-not-found = Seerfarka magaaladu ma garanayo tan (khalad 404).
error-server-said = Seerfarku wuxuu yiri:
error-malformed = Seerfarka magaaladu wuxuu soo diray jawaab uusan adeeggani akhriyi karin. Isku day mar dambe, ama wac { $phone }.

## Bogga adeegga

service-loading = Adeegga ayaa la soo gelinayaa…
service-back = Dhammaan adeegyada magaalada
service-not-found-title = Adeegga lama helin
service-not-found = Ma jiro adeeg leh koodhka “{ $code }”. Waxaa laga yaabaa in magaciisa la beddelay ama la joojiyay.
service-asks-heading = Waxa lagu weydiin doono
service-asks-location = Meesha ay ku taal: cinwaan, goobta aad hadda joogto, ama labadaba.
service-asks-description = Waxa dhibaatadu tahay, adigoo adeegsanaya erayadaada.
service-asks-questions = Su'aalo ku saabsan:
service-asks-photos = Sawirro, haddii aad haysato (ikhtiyaari).
service-asks-contact = Magacaaga iyo sida lagugu heli karo (ikhtiyaari).
service-questions-loading = Su'aalaha ayaa la soo gelinayaa…
service-questions-error = Su'aalaha hadda lama soo gelin karin. Weli waad bilaabi kartaa: foomku mar kale ayuu isku dayi doonaa.
service-required = (waa khasab)
service-notice-heading = Fadlan ogow
service-promise-heading = Kadib markaad dirto
service-promise-realtime = Isla markiiba waxaad heli doontaa lambar tixraac, si aad ula socoto codsigaaga.
service-promise-batch = Nidaamka magaaladu codsiyadan wuxuu u qabtaa kooxo kooxo, sidaas darteed lambarka tixraacaagu wuu soo daahi karaa. Adeeggani wuu sii raadinayaa.
service-promise-blackbox = Codsigan lama raadraaci karo: magaaladu uma bixiso lambar tixraac ama warar cusub.
service-start = Bilow codsigaaga

## Foomka codsiga, tallaabo kasta

request-step-count = Tallaabada { $current } oo ka mid ah { $total }
request-back = Dib u noqo
request-continue = Sii wad
request-saved = Waxa aad qorto si joogto ah ayaa loogu kaydiyaa qalabkan.
request-discard = Tirtir qoraalkan qabyada ah
request-discard-confirm = Ma tirtirtaa wax kasta oo aad u gelisay codsigan? Dib looma soo celin karo.
request-discard-yes = Haa, tirtir
request-discard-no = Maya, kaydi
request-discarded = Qoraalkaagii qabyada ahaa waa la tirtiray.
request-service-unavailable = Adeeggani hadda codsiyo kuma aqbali karo internetka.
error-summary-title = Dhibaato ayaa jirta
field-error-prefix = Khalad:

## Tallaabada: meesha

request-location-title = Halkee bay ku taal?
request-location-lead = Qor cinwaan, isticmaal goobta aad hadda joogto, ama labadaba.
request-location-lead-map = Qor cinwaan, isticmaal goobta aad hadda joogto, ama calaamad dhig khariidadda. Midkood keliya ayaa ku filan.
request-address-label = Cinwaan ama meel
request-address-hint = Tusaale: 300 City Centre Drive, ama isgoyska Hurontario Street iyo Burnhamthorpe Road.
request-use-location = Isticmaal goobta aan hadda joogo
request-locating = Goobtaada ayaa la raadinayaa…
request-located = Goobtaada: { $lat }, { $long } (saxnaanta: qiyaastii { $accuracy } m).
request-location-remove = Ka saar goobtayda
request-geo-denied = Degelkan looma oggola inuu isticmaalo goobtaada. Waad ku oggolaan kartaa dejinta biraawsarkaaga, ama halkii qor cinwaan.
request-geo-unavailable = Goobtaada lama helin. Isku day mar kale wax yar kadib, ama halkii qor cinwaan.
request-geo-timeout = Raadinta goobtaada way raagtay. Isku day mar kale, ama halkii qor cinwaan.
request-geo-unsupported = Biraawsarkani ma wadaagi karo goobtaada. Halkii qor cinwaan.

## Tallaabada: dhibaatada

request-details-title = Noo sheeg dhibaatada
request-description-label = Sharax dhibaatada
request-description-hint = Waxa khaldan, iyo wax kasta oo shaqaalaha ka caawinaya inay helaan.
request-description-left =
    { $count ->
        [one] Waxaa kuu hadhay { $count } xaraf
       *[other] Waxaa kuu hadhay { $count } xaraf
    }
request-description-over =
    { $count ->
        [one] Waxaad dhaaftay { $count } xaraf
       *[other] Waxaad dhaaftay { $count } xaraf
    }
request-definition-error = Su'aalaha dheeraadka ah ee magaaladu u leedahay adeeggan lama soo gelin karin. Weli waad diri kartaa codsigaaga adigoo sharaxaad ku daraya.
request-choose = Dooro mid

## Tallaabada: sawirro

request-photos-title = Sawirro
request-photos-lead = Sawir wuxuu shaqaalaha ka caawiyaa inay helaan oo hagaajiyaan dhibaatada. Sawirradu waa ikhtiyaari.
request-photos-limit =
    { $max ->
        [one] Waxaad ku dari kartaa hal sawir.
       *[other] Waxaad ku dari kartaa ilaa { $max } sawir.
    }
request-photos-privacy = Sawirrada waa la yareeyaa iyagoo taleefankaaga ku jira inta aan la dirin, waxaana laga saaraa macluumaadka goobta iyo kamaradda ee ku jira.
request-photos-add = Ku dar sawir
request-photos-add-hint = Sawir ku qaad kamaraddaada ama dooro sawir aad horay u haysatay.
request-photos-preparing = Sawirkaaga ayaa la diyaarinayaa…
request-photos-added = Sawirka waa lagu daray.
request-photos-photo = Sawir { $number }
request-photos-remove = Ka saar sawirka { $number }
request-photos-removed = Sawirka waa laga saaray.
request-photos-full = Waxaad ku dartay inta ugu badan ee sawir ee codsigani qaadi karo.
request-photos-not-image = Faylkani maaha sawir uu adeeggani isticmaali karo. Dooro sawir JPEG, PNG ama mid la mid ah.
request-photos-failed = Sawirka lama diyaarin karin. Isku day sawir kale.
request-photos-storage = Qalabkan kuma hadhin meel bannaan oo lagu kaydiyo sawirka. Meel bannee, ama codsigaaga dir adigoon sawirka ku darin.

## Tallaabada: xog kugu saabsan

request-about-title = Xog kugu saabsan
request-about-lead = Dhammaan kuwani waa ikhtiyaari. Waxay magaalada u suurtageliyaan inay kula soo xiriirto codsigan ku saabsan.
request-first-name = Magaca koowaad
request-last-name = Magaca qoyska
request-name-why = Si ay magaaladu u ogaato qofka ay weydiinayso.
request-email = Cinwaanka iimaylka
request-email-why = Si laguugu soo diro warar ku saabsan codsigan.
request-phone = Lambarka taleefanka
request-phone-why = Haddii shaqaaluhu ay u baahdaan inay wax ku weydiiyaan.
request-remember = Xogtayda ku xasuuso qalabkan
request-remember-hint = Kaliya ku calaamadee taleefankaaga ama kombiyuutarkaaga gaarka ah. Ka saar calaamadda si loo illoobo.

## Tallaabada: hubi jawaabahaaga

request-check-title = Hubi jawaabahaaga ka hor intaadan dirin
request-check-location = Goobta
request-check-description = Sharaxaadda
request-check-contact = Xogtaada
request-check-photos = Sawirrada
request-check-photo-count =
    { $count ->
        [one] Hal sawir
       *[other] { $count } sawir
    }
request-check-not-given = Lama bixin
request-check-yes = Haa
request-check-change = Beddel
request-send = Dir codsiga
request-sending = Codsigaaga ayaa la dirayaa…
request-refused-next = Hubi jawaabahaaga oo isku day mar kale. Haddii aanu weli shaqayn, wac { $phone }.

## Dhibaatooyinka jawaabaha

problem-no-location = Qor cinwaan ama isticmaal goobta aad hadda joogto.
problem-required = Ka jawaab su'aasha “{ $question }”.
problem-not-a-number = Jawaabta “{ $question }” waa inay noqotaa tiro, sida 3 ama 2.5.
problem-not-a-datetime = Jawaabta “{ $question }” waa inay noqotaa taariikh iyo saacad.
problem-not-a-date = Jawaabta “{ $question }” waa inay noqotaa taariikh.
problem-unknown-choice = Dooro mid ka mid ah doorashooyinka “{ $question }”.
problem-too-long = Sharaxaaddu waa inay ahaataa { $limit } xaraf ama ka yar.
problem-bad-email = Qor cinwaan iimayl sida name@example.com.
problem-bad-phone = Qor lambar taleefan oo leh ugu yaraan 7 tiro, sida 905 615 4311.

## Kadib dirista

sent-title = Codsiga waa la diray
sent-reference = Lambarka tixraacaaga
sent-reference-pending = Lambarka tixraacaagu waa soo socdaa
sent-reference-pending-detail = Magaaladu codsiyadan waxay lambar siisaa wax yar kadib. Marka uu yimaado wuxuu ka muuqan doonaa halkan iyo codsiyadaada.
sent-untracked = Adeeggan lama raadraaci karo, sidaas darteed ma jiro lambar tixraac. Codsigaagu wuxuu gaaray magaalada.
sent-next-heading = Waxa xiga
sent-next = Magaaladu waxay hubinaysaa codsigaaga, kadibna waxay u gudbinaysaa kooxda mas'uulka ka ah.
sent-another = Samee codsi kale
sent-storage-warning = Qalabkani ma kaydin karin diiwaanka codsigan. Qoro lambarka tixraacaaga.
sent-waiting-title = Wuxuu sugayaa in la diro
sent-waiting = Internetka kuma xirnid. Codsigaaga waxaa lagu hayaa qalabkan, waxaana si toos ah loo diri doonaa marka xiriirku soo laabto. Waad xiri kartaa boggan.
sent-busy = Nidaamka magaaladu hadda wuu mashquulsan yahay. Codsigaaga waxaa lagu hayaa qalabkan, waxaana si toos ah mar kale loo diri doonaa { $time } kadib, inta adeeggani furan yahay, ama marka xigta ee aad furto.
sent-sending-title = Codsigaaga ayaa la dirayaa…
sent-uploading = Sawirradaada ayaa la dirayaa
sent-unconfirmed-title = Ma xaqiijin karno inuu codsigaagu gaaray
sent-unconfirmed = Xiriirku wuu go'ay intii la dirayay, seerfarka magaaladana lama weydiin karin inuu codsigaagu gaaray. Si aan laba jeer loo dirin, mar kale lama diri doono haddii aadan adigu dooran.
sent-check-again = Mar kale hubi
sent-send-again = Mar kale dir
sent-refused-title = Seerfarka magaaladu ma aqbalin codsigan
sent-not-found-title = Codsiga lama helin
sent-not-found = Qalabkani diiwaan kuma hayo codsigan. Waxaa laga yaabaa in la illoobay.

## Codsiyadayda: codsiyada laga diray qalabkan

my-requests-title = Codsiyadayda
my-requests-lead = Codsiyada laga diray qalabkan. Liiska waxaa lagu hayaa qalabkan oo keliya.
my-requests-empty = Weli wax codsi ah kama aadan dirin qalabkan.
my-requests-refresh = Hubi warar cusub
my-requests-refreshing = Warar cusub ayaa la hubinayaa…
my-requests-refreshed = Xaaladaha codsiyadu waa kuwii ugu dambeeyay.
my-requests-sent-on = La diray { $date }
my-requests-last-update = Isbeddelkii ugu dambeeyay { $date }
my-requests-updated = Isbeddel cusub
my-requests-waiting = Wuxuu sugayaa in la diro
my-requests-unconfirmed = Lama xaqiijin
my-requests-refused = Lama aqbalin
my-requests-reference-pending = Tixraacu waa soo socdaa
my-requests-forget = Illow codsigan
my-requests-forget-all = Illow dhammaan codsiyada qalabkan
my-requests-forget-all-confirm = Ma illowdaa codsi kasta oo qalabkan ku jira? Magaaladu way haysaa; liiskan oo keliya ayaa la tirtirayaa.
my-requests-forget-yes = Haa, illow
my-requests-forget-no = Maya, hay
my-requests-forgotten = Codsiga waa laga illoobay qalabkan.
my-requests-all-forgotten = Dhammaan codsiyada waa laga illoobay qalabkan.
lookup-heading = Codsi ku raadi lambarkiisa tixraaca
lookup-label = Lambarka tixraaca
lookup-hint = Wuxuu ku qoran yahay bogga xaqiijinta, ama iimaylka magaalada ee ku saabsan codsigaaga.
lookup-button = Raadi codsiga
lookup-empty = Qor lambar tixraac.
lookup-offer = La soco codsiga { $id }

## Bogga codsiga

track-title = Codsiga { $id }
track-loading = Codsiga ayaa la soo gelinayaa…
track-not-found-title = Codsiga lama helin
track-not-found = Magaaladu ma hayso codsi leh tixraaca “{ $id }”. Hubi lambarka: wuxuu ku qoran yahay bogga xaqiijinta ama iimaylka magaalada.
track-not-found-call = Haddii aadan weli heli karin, wac { $phone }.
track-status = Xaaladda
track-service = Adeegga
track-notes = Qoraal ka yimid magaalada
track-agency = Waxaa qabanaya
track-requested = La diray
track-updated = Isbeddelkii ugu dambeeyay
track-expected = Waxaa la filayaa ka hor
track-overdue = Wakhtigii waa dhaafay: magaaladu waxay filaysay inay dhammayso ka hor { $date }.
track-location = Goobta
track-description = Sharaxaadda
track-photo = Sawirka lala diray codsiga
track-timeline = Waxa dhacay
track-seen-on = Lagu arkay qalabkan
track-token-late = Codsigaaga weli waa la shaqaynayaa. Mar dambe hubi: lambarka tixraaciisu wuxuu ka muuqan doonaa Codsiyadayda marka magaaladu bixiso.
track-follow = La soco codsigan
track-refresh = Hubi warar cusub

## Xaaladaha, erayo ahaan

status-word-open = Waa la helay
status-word-closed = Waa la xiray
status-word-in_progress = Waa la wadaa
status-word-action_scheduled = Shaqada waa la qorsheeyay
status-word-investigating = Waa la baarayaa
status-word-for_triage = Waa la qiimaynayaa
status-word-internal_referral = Waxaa loo gudbiyay koox kale
status-word-reopened = Dib ayaa loo furay
status-word-fixed = Waa la hagaajiyay
status-word-duplicate = Waa la xiray: horay ayaa loo soo sheegay
status-word-not_councils_responsibility = Waa la xiray: mas'uuliyadda magaalada maaha
status-word-no_further_action = Waa la xiray: tallaabo kale lama qaadayo
status-word-cancelled = Waa la joojiyay

## Bogga lama helin

not-found-title = Bogga lama helin
not-found-typed = Haddii aad qortay cinwaanka degelka, hubi inuu sax yahay.
not-found-link = Haddii aad raacday xiriiriye, waxaa laga yaabaa inuu duugoobay.
not-found-home = Tag liiska adeegyada magaalada
not-found-call = Waxaad sidoo kale wici kartaa { $phone } si aad u codsato adeeg.

## Bayaanka helitaanka

accessibility-title = Bayaanka helitaanka
a11y-intro = { $city } waxay rabtaa in qof kastaa isticmaali karo adeeggan: taleefan ama kombiyuutar, shaashad la weyneeyay, kiiboodh keliya, akhriye shaashadeed, maamulka codka ama tiknoolajiyad kale oo caawisa, iyo luqaddaada.
a11y-standard-heading = Heerka aan hiigsanayno
a11y-standard = Adeeggani wuxuu hiigsanayaa inuu buuxiyo Web Content Accessibility Guidelines (WCAG) nuqulka { $version } heerka { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = Si buuxda ayuu u buuxiyaa heerkaas.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = Qayb ahaan ayuu u buuxiyaa heerkaas: qaybaha aan buuxin, ama aan qof weli hubin, ayaa hoos ku qoran.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = Hubintayadii ugu dambeysay ee buuxda waxay ahayd { $date }: bog kasta iyo xaalad kasta oo uu leeyahay, { $languages } luqadood, shaashad cabbirka taleefanka leh iyo mid cabbirka kombiyuutarka leh. { $failed ->
    [0] Hubinta bogagga ({ $scans } jeer), midkoodna dhibaato kama helin.
    [one] Hubinta bogagga ({ $scans } jeer), mid ka mid ah ayaa dhibaato helay.
   *[other] Hubinta bogagga ({ $scans } jeer), { $failed } ka mid ah ayaa dhibaato helay.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = Inta kale ee bayaankan weli waa sax, waxaadna na wici kartaa si aad u maqasho natiijooyinka hubintayadii ugu dambeysay.
a11y-testing-heading = Sida aan u tijaabinno
a11y-testing-automated = Bog kasta si toos ah ayaa loogu hubiyaa axe-core iyadoo la eegayo WCAG 2.2 heerarka A iyo AA, mar kasta oo adeegga wax laga beddelo, shaashad cabbirka taleefanka leh iyo mid cabbirka kombiyuutarka miiska leh.
a11y-testing-keyboard = Tijaabooyinka tooska ahi waxay sidoo kale adeegga ku isticmaalaan kiiboodh keliya: xiriiriyaha lagu booddo qaybta ugu muhiimsan, u kala gudbista bogagga, iyo meesha ay diiraddu u gudubto.
a11y-testing-languages = Bogagga waxaa sidoo kale lagu tijaabiyaa luqado laga qoro midig ilaa bidix, iyo luqad-been ah oo si toos ah loo sameeyay oo muujisa qoraal kasta oo aan la turjumin.
a11y-gaps-heading = Waxa aan ognahay inaanay weli sax ahayn
a11y-gaps-intro = Hubinta tooska ahi waxay heshaa oo keliya dhibaatooyinka qaarkood. Kuwan ayaan ognahay:
a11y-not-conforming-intro = Qaybahan weli ma buuxiyaan heerka:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = Shuruudda WCAG { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] Shuruuddan weli waxay u baahan tahay in qof hubiyo, maxaa yeelay tijaabooyinka tooska ahi si buuxda uma qiimeyn karaan: { $criteria }.
   *[other] Shuruudahan ({ $count }) weli waxay u baahan yihiin in qof hubiyo, maxaa yeelay tijaabooyinka tooska ahi si buuxda uma qiimeyn karaan: { $criteria }.
}
a11y-gap-screen-readers = Adeegga weli ma tijaabin dad isticmaala akhriyeyaasha shaashadda iyo maamulka codka.
a11y-gap-server-text = Magacyada iyo sharaxaadaha adeegyada waxay ka yimaadaan nidaamyada magaalada, waxaana laga yaabaa in aan loo turjumin luqaddaada.
a11y-report-heading = Ka warbixi dhibaato ku jirta adeeggan
a11y-report = Haddii wax degelkan ku jira aanay kuu shaqayn, wac { $phone } oo noo sheeg waxa aad samaynaysay iyo waxa khaldamay. Waxaan kaa caawin doonnaa inaad codsigaaga ku samayso taleefanka, dhibaatadana waan hagaajin doonnaa.
a11y-other-format-heading = Macluumaadkan ku hel si kale
a11y-other-format = Haddii aadan isticmaali karin degelkan, ama aad u baahan tahay waxa uu sheegayo qaab kale (far waaweyn, cod loo akhriyo, qoraal fudud ama luqad kale), wac { $phone } waanu ku caawin doonnaa.
# $counter is the city's service counter (its address).
a11y-other-format-counter = Waxaad sidoo kale iman kartaa { $counter }.

## Marka adeeggu akhriyi waayo dejintiisa (config.json)

config-problem-title = Adeeggan hadda lama heli karo
config-problem-resident = Fadlan isku day mar kale dhowr daqiiqo kadib. Haddii aanu weli shaqayn, magaalada kala xiriir taleefanka.
config-problem-retry = Isku day mar kale
config-problem-detail-heading = Loogu talagalay maamulayaasha degelka
config-error-unreachable = Faylka dejinta config.json lama soo gelin karin: seerfarku ma jawaabin.
config-error-timeout = Faylka dejinta config.json lama soo gelin karin: seerfarku waqtigii loogu talagalay kuma jawaabin.
config-error-status = Faylka dejinta config.json lama soo gelin karin: seerfarku wuxuu ku jawaabay xaaladda { $status }.
config-error-syntax = Faylka dejinta config.json maaha JSON sax ah: eeg sadarka { $line }, tiirka { $column }.
config-error-missing = Faylka dejinta config.json kuma jiro qiime loogu talagalay “{ $key }”.
config-error-invalid = Faylka dejinta config.json wuxuu “{ $key }” u leeyahay qiime aan la isticmaali karin.

## Bogagga la soo geliyo marka loo baahdo (src/pieces.rs)
piece-loading = Bogga ayaa la soo gelinayaa…
piece-failed-title = Boggan lama soo gelin karin
piece-failed = Qayb ka mid ah adeeggan lama soo dejin karin. Hubi xiriirkaaga, kadibna isku day mar kale. Wax kasta oo aad qortay waxaa lagu hayaa qalabkan.
piece-failed-phone = Waxaad sidoo kale wici kartaa { $phone }.

## Khariidadda tallaabada goobta (src/map)
map-role = khariidad
map-label = Khariidad: calaamadda dhig meesha dhibaatadu ku taal
map-keys = Taabo khariidadda si aad calaamadda halkaas u dhigto, ama isticmaal badhamada ka hooseeya. Marka khariidaddu doortan tahay, furayaasha fallaadhaha ayaa dhaqaajiya calaamadda (meel ka fog haddii Shift lagu daro), furayaasha + iyo − ayaana khariidadda weyneeya oo yareeya.
map-loading = Khariidadda ayaa la soo gelinayaa…
map-piece-failed = Khariidadda lama soo gelin karin. Weli waad qori kartaa cinwaan ama isticmaali kartaa goobtaada.
map-tiles-failed = Qayb ka mid ah khariidadda lama soo gelin karin. Weli waad dhigi kartaa calaamadda, qori kartaa cinwaan ama isticmaali kartaa goobtaada.
map-zoom-group = Weynee ama yaree
map-zoom-in = Weynee
map-zoom-out = Yaree
map-move-group = Dhaqaaji calaamadda
map-move-north = Calaamadda u dhaqaaji waqooyi
map-move-south = Calaamadda u dhaqaaji koonfur
map-move-east = Calaamadda u dhaqaaji bari
map-move-west = Calaamadda u dhaqaaji galbeed
map-zoom-level = Heerka weynaynta { $level } oo ka mid ah { $max }.
map-pin-from-start = Calaamaddu waxay qiyaastii { $metres } mitir u jirtaa dhanka { $direction ->
    [north] waqooyi
    [north-east] waqooyi-bari
    [east] bari
    [south-east] koonfur-bari
    [south] koonfur
    [south-west] koonfur-galbeed
    [west] galbeed
   *[north-west] waqooyi-galbeed
  } ee meeshii khariidaddu ka furantay.
map-pin-from-device = Calaamaddu waxay qiyaastii { $metres } mitir u jirtaa dhanka { $direction ->
    [north] waqooyi
    [north-east] waqooyi-bari
    [east] bari
    [south-east] koonfur-bari
    [south] koonfur
    [south-west] koonfur-galbeed
    [west] galbeed
   *[north-west] waqooyi-galbeed
  } ee goobtaada.
map-pin-at-start = Calaamaddu waxay ku taal meeshii khariidaddu ka furantay.
map-pin-at-device = Calaamaddu waxay ku taal goobtaada.
map-pin-near = Calaamaddu waxay u dhowdahay { $address }.
map-outside = Meeshaasi waxay ka baxsan tahay { $city }. Calaamadda dhig gudaha magaalada, ama wac { $phone }.
map-find = Cinwaanka ku tus khariidadda
map-finding = Cinwaanka ayaa la raadinayaa…
map-find-empty = Marka hore qor cinwaan, kadibna ku tus khariidadda.
map-find-none = Ma jirto meel { $city } ku taal oo cinwaankaas ku habboon. Halkii, calaamadda dhig khariidadda.
map-find-failed = Cinwaanka hadda lama raadin karin. Halkii, calaamadda dhig khariidadda.
map-found = Waa la helay { $address }. Calaamaddu halkaas ayay taal.
map-suggestion = Cinwaanka ugu dhow: { $address }
map-suggestion-use = Isticmaal cinwaankan
map-suggestion-used = Cinwaanka waa la buuxiyay: { $address }.
request-pinned = Calaamadda khariidadda: { $lat }, { $long }.
request-pin-remove = Ka saar calaamadda

## Horay ayaa looga soo sheegay meel u dhow (src/map/nearby.rs)
nearby-heading = Horay ayaa looga soo sheegay meel u dhow
nearby-lead = { $count ->
    [one] Waxaa jira hal codsi oo furan oo isla adeeggan ah, kaas oo ku yaal
   *[other] Waxaa jira { $count } codsi oo furan oo isla adeeggan ah, kuwaas oo ku yaalla
  } meel aan calaamaddaada ka fogayn 150 mitir. Haddii dhibaatadaadu ku jirto, waad la socon kartaa intii aad mar kale soo sheegi lahayd.
nearby-distance = Masaafada: { $metres } mitir
nearby-age = { $days ->
    [0] Maanta ayaa la soo sheegay
    [one] Shalay ayaa la soo sheegay
   *[other] Waxaa la soo sheegay { $days } maalmood ka hor
  }
nearby-follow = Halkii, la soco kan
nearby-follow-confirm = Ma la socotaa codsiga { $id } intii aad kaaga diri lahayd? Jawaabahaaga iyo sawirradaada foomkan waa la tirtiri doonaa, waxna lama diri doono.
nearby-follow-yes = Haa, la soco
nearby-follow-no = Maya, hay codsigayga
nearby-different = Kaygu waa ka duwan yahay: sii wad
nearby-followed = Waxaad la socotaa codsiga { $id }. Waxba lama dirin.
nearby-announced = { $count ->
    [one] Hal codsi oo furan oo isla adeeggan ah ayaa horay looga soo sheegay
   *[other] { $count } codsi oo furan oo isla adeeggan ah ayaa horay looga soo sheegay
  } meel u dhow calaamaddaada: waxay ku qoran yihiin khariidadda hoosteeda.
nearby-failed = Codsiyada horay looga soo sheegay meel u dhow hadda lama hubin karin.
my-requests-following-since = Waxaad la socotay tan iyo { $date }

## Warar cusub oo ku saabsan codsi: ogeysiisyada biraawsarka iyo iimaylka (src/notify)
updates-heading = Warar cusub oo ku saabsan codsigan
updates-offer = I ogeysii marka uu isbeddelo
updates-wait-id = Waxaad codsan kartaa warar cusub marka magaaladu codsigan siiso lambarkiisa tixraaca. Markaas ayuu boggani kuu soo bandhigi doonaa.
updates-loading = Waxaa la hubinayaa wararka cusub ee magaaladu diri karto…
updates-unavailable = Wararka cusub hadda lama diyaarin karo. Weli waad ku soo laaban kartaa boggan si aad u aragto halka uu marayo codsigaagu.
updates-push = U dir ogeysiisyo biraawsarkan
updates-push-hint = Biraawsarkaagu wuxuu ku weydiin doonaa in degelkani tusi karo ogeysiisyo. Waxaad heli doontaa mid mar kasta oo codsigu isbeddelo.
updates-push-on = Waa dhammaatay. Biraawsarkani wuxuu tusi doonaa ogeysiis mar kasta oo codsigani isbeddelo.
updates-push-blocked = Ogeysiisyada degelkan waa laga xannibay dejinta biraawsarkaaga. Si aad u hesho, halkaas ka oggolow ogeysiisyada degelkan, kadibna soo noqo.
updates-push-install-first = iPhone ama iPad, ogeysiisyadu waxay shaqeeyaan oo keliya marka barnaamijka laga furo shaashadda hore (Home Screen): taabo “Share”, kadib “Add to Home Screen”, halkaas ka fur barnaamijka, oo ku soo noqo codsigan.
updates-push-unsupported = Biraawsarkani ma tusi karo ogeysiisyo ka yimaada degellada. Halkii waxaad codsan kartaa iimayl, ama ku soo noqo boggan.
updates-push-not-allowed = Ogeysiisyada lama oggolaan, sidaas darteed midna lama diri doono. Mar kale waad ka dooran kartaa dejinta degelka ee biraawsarkaaga.
updates-push-failed = Biraawsarkani ma diyaarin karin ogeysiisyada. Isku day mar dambe, ama halkii codso iimayl.
updates-email-label = Cinwaanka iimaylka
updates-email-hint = Marka hore waxaan kuu soo diraynaa iimayl si loo xaqiijiyo cinwaanka. Iimayl kasta wuxuu leeyahay xiriiriye lagu joojiyo.
updates-email-send = Ii soo dir iimayl marka uu isbeddelo
updates-email-invalid = Geli cinwaan iimayl, sida name@example.com
updates-email-sent = Waxaan iimayl u dirnay { $email }. Fur xiriiriyaha ku jira si aad u bilowdo inaad hesho warar cusub.
updates-error-offline = Wararka cusub lama diyaarin karin: xiriir ma jiro. Hubi inaad internetka ku xiran tahay oo isku day mar kale.
updates-error-unknown = Nidaamka magaaladu hadda ma garanayo codsigan, sidaas darteed warar cusub lama diri karo.
updates-error-busy = Nidaamka magaaladu wuu mashquulsan yahay. Isku day mar kale daqiiqad kadib.
updates-error-refused = Nidaamka magaaladu ma aqbalin tan. Hubi cinwaanka iimaylka, ama isku day habka kale.
updates-error-failed = Wax ayaa khaldamay markii la diyaarinayay wararka cusub. Isku day mar dambe.
updates-on-push = Waxaad heli doontaa ogeysiis biraawsarka ah marka codsigani isbeddelo.
updates-on-email = Waxaad heli doontaa iimayl marka codsigani isbeddelo (marka aad xaqiijiso cinwaanka kadib).
updates-on-both = Waxaad heli doontaa ogeysiis biraawsarka ah iyo iimayl marka codsigani isbeddelo.
updates-stop = Jooji wararka cusub
updates-stopped = Wararka cusub ee codsigan waa la joojiyay.
updates-stop-failed = Wararka cusub hadda lama joojin karin: jawaab kama iman nidaamka magaalada. Isku day mar kale.
