# Frontdesk: ang interface sa Tagalog. Gabay para sa mga tagasalin: locales/README.md

## Ang balangkas ng bawat pahina

document-title = { $page } – { $city }
document-title-error = May mali: { $page } – { $city }
shell-name = Mga serbisyo ng lungsod
skip-link = Lumaktaw sa pangunahing nilalaman
shell-loading = Kinukuha…
shell-noscript = Kailangan ng serbisyong ito ang JavaScript, na naka-off o hindi magagamit sa inyong browser.
shell-noscript-call = Para mag-ulat ng problema o humiling ng serbisyo ng lungsod nang walang JavaScript, tumawag sa { $phone }.
footer-nav-label = Tungkol sa serbisyong ito
footer-accessibility = Pahayag sa accessibility
language-nav-label = Wika
nav-my-requests = Aking mga kahilingan

## Tulong, nasa iisang lugar sa bawat pahina

help-heading = Kailangan ng tulong?
help-call = Tumawag sa
help-from-outside = Kung nasa labas kayo ng lungsod, tumawag sa
help-hours = Bukas: { $hours }.
help-counter = O pumunta nang personal sa tanggapan ng serbisyo sa { $address }.

## Home page: ang listahan ng mga serbisyo

catalogue-title = Mga serbisyo ng lungsod
catalogue-lead = Mag-ulat ng problema, humiling ng serbisyo ng lungsod, at subaybayan ito, gamit ang inyong telepono at sa inyong wika.
catalogue-loading = Kinukuha ang listahan ng mga serbisyo…
catalogue-search-label = Maghanap ng serbisyo
catalogue-search-hint = Halimbawa: lubak, puno, tiket sa paradahan.
catalogue-search-button = Maghanap
catalogue-results-heading = Mga resulta ng paghahanap
catalogue-results-count =
    { $count ->
        [1] Isang serbisyo ang tugma sa “{ $query }”.
        [one] { $count } serbisyo ang tugma sa “{ $query }”.
       *[other] { $count } serbisyo ang tugma sa “{ $query }”.
    }
catalogue-no-results = Walang serbisyong tugma sa “{ $query }”.
catalogue-no-results-call = Tumawag sa { $phone } at tutulungan namin kayong mahanap ang tamang serbisyo.
catalogue-no-results-browse = O tingnan sa ibaba ang mga serbisyo ayon sa paksa.
catalogue-clear-search = Ipakita ang lahat ng serbisyo
catalogue-topics-heading = Mga serbisyo ayon sa paksa
catalogue-other-services = Iba pang serbisyo
catalogue-stale = Hindi maabot ang server ng lungsod, kaya ito ang listahang na-save sa device na ito noong { $date }. Maaaring luma na ito.
catalogue-empty = Hindi tumatanggap ang lungsod ng mga kahilingan online sa ngayon. Tumawag sa { $phone } para mag-ulat ng problema o humiling ng serbisyo.
catalogue-services-error-heading = Hindi makuha ang mga online na form para sa kahilingan
catalogue-services-error-rest = Nakalista pa rin sa ibaba ang mga serbisyong ginagawa sa telepono, nang personal, o sa ibang website ng lungsod.
catalogue-retry = Subukang muli

## Paano ginagawa ang isang serbisyo, sa ilalim ng pangalan nito sa listahan

channel-request = Online na form
channel-online = Sa ibang website ng lungsod (aalis kayo sa site na ito)
channel-phone = Sa telepono: tumawag sa { $phone }
channel-hours = Bukas: { $hours }.
channel-counter = Nang personal: { $address }

## Kapag hindi sumasagot nang maayos ang server ng lungsod (bawat pahinang kumakausap dito)

error-offline = Mukhang wala kayong koneksiyon sa internet. Tingnan ang inyong koneksiyon, saka subukang muli.
error-unreachable = Hindi sumagot ang server ng lungsod. Baka sandali lang itong hindi gumagana: subukang muli pagkalipas ng ilang minuto.
error-timeout = Masyadong natagalan ang server ng lungsod bago sumagot. Subukang muli: kapag mabagal ang koneksiyon, kadalasang gumagana ang ikalawang subok.
error-server = Nagkaproblema ang server ng lungsod (error { $status }). Subukang muli pagkalipas ng ilang minuto.
error-refused = Tinanggihan ng server ng lungsod ang kahilingan (error { $status }).
error-not-found = Hindi ito alam ng server ng lungsod (error 404).
error-server-said = Ang sabi ng server:
error-malformed = Nagpadala ang server ng lungsod ng sagot na hindi mabasa ng serbisyong ito. Subukang muli mamaya, o tumawag sa { $phone }.

## Ang pahina ng isang serbisyo

service-loading = Kinukuha ang serbisyo…
service-back = Lahat ng serbisyo ng lungsod
service-not-found-title = Hindi nahanap ang serbisyo
service-not-found = Walang serbisyong may code na “{ $code }”. Maaaring pinalitan na ang pangalan nito o inalis na ito.
service-asks-heading = Ang itatanong sa inyo
service-asks-location = Kung saan ito: isang address, ang inyong kasalukuyang lokasyon, o pareho.
service-asks-description = Kung ano ang problema, sa sarili ninyong salita.
service-asks-questions = Ilang tanong tungkol dito:
service-asks-photos = Mga larawan, kung mayroon kayo (hindi sapilitan).
service-asks-contact = Ang inyong pangalan at kung paano kayo makokontak (hindi sapilitan).
service-questions-loading = Kinukuha ang mga tanong…
service-questions-error = Hindi makuha ang mga tanong ngayon. Maaari pa rin kayong magsimula: susubukan itong muli ng form.
service-required = (kailangan)
service-notice-heading = Pakitandaan
service-promise-heading = Pagkatapos ninyong ipadala
service-promise-realtime = Makakatanggap kayo agad ng reference number para masubaybayan ang inyong kahilingan.
service-promise-batch = Pinoproseso ng sistema ng lungsod ang mga kahilingang ito nang maramihan, kaya maaaring matagalan bago dumating ang inyong reference number. Patuloy itong hinahanap ng serbisyong ito.
service-promise-blackbox = Hindi masusubaybayan ang kahilingang ito: walang ibinibigay na reference number o balita ang lungsod tungkol dito.
service-start = Simulan ang inyong kahilingan

## Ang form ng kahilingan, bawat hakbang

request-step-count = Hakbang { $current } ng { $total }
request-back = Bumalik
request-continue = Magpatuloy
request-saved = Sine-save sa device na ito ang inyong tina-type habang nagsusulat kayo.
request-discard = Burahin ang draft na ito
request-discard-confirm = Burahin ang lahat ng inilagay ninyo para sa kahilingang ito? Hindi na ito maibabalik.
request-discard-yes = Oo, burahin
request-discard-no = Hindi, panatilihin ito
request-discarded = Binura na ang inyong draft.
request-service-unavailable = Hindi makatanggap ng mga kahilingan online ang serbisyong ito sa ngayon.
error-summary-title = May problema
field-error-prefix = May mali:

## Hakbang: saan

request-location-title = Nasaan ito?
request-location-lead = Mag-type ng address, gamitin ang inyong kasalukuyang lokasyon, o pareho.
request-location-lead-map = Mag-type ng address, gamitin ang inyong kasalukuyang lokasyon, o maglagay ng pin sa mapa. Sapat na ang alinman sa mga ito.
request-address-label = Address o lugar
request-address-hint = Halimbawa: 300 City Centre Drive, o ang kanto ng Hurontario Street at Burnhamthorpe Road.
request-use-location = Gamitin ang aking kasalukuyang lokasyon
request-locating = Hinahanap ang inyong lokasyon…
request-located = Ang inyong lokasyon: { $lat }, { $long } (tumpak hanggang mga { $accuracy } m).
request-location-remove = Alisin ang aking lokasyon
request-geo-denied = Hindi pinapayagan ang site na ito na gamitin ang inyong lokasyon. Maaari ninyo itong payagan sa settings ng inyong browser, o mag-type na lang ng address.
request-geo-unavailable = Hindi mahanap ang inyong lokasyon. Subukang muli mamaya-maya, o mag-type na lang ng address.
request-geo-timeout = Masyadong natagalan ang paghahanap sa inyong lokasyon. Subukang muli, o mag-type na lang ng address.
request-geo-unsupported = Hindi kayang ibahagi ng browser na ito ang inyong lokasyon. Mag-type na lang ng address.

## Hakbang: ang problema

request-details-title = Sabihin sa amin ang problema
request-description-label = Ilarawan ang problema
request-description-hint = Ano ang mali, at anumang makatutulong sa mga manggagawa na mahanap ito.
request-description-left =
    { $count ->
        [one] May natitira pang { $count } karakter
       *[other] May natitira pang { $count } karakter
    }
request-description-over =
    { $count ->
        [one] Sobra nang { $count } karakter
       *[other] Sobra nang { $count } karakter
    }
request-definition-error = Hindi makuha ang mga karagdagang tanong ng lungsod para sa serbisyong ito. Maaari pa rin ninyong ipadala ang inyong kahilingan nang may paglalarawan.
request-choose = Pumili ng isa

## Hakbang: mga larawan

request-photos-title = Mga larawan
request-photos-lead = Nakatutulong ang larawan para mahanap at maayos ng mga manggagawa ang problema. Hindi sapilitan ang mga larawan.
request-photos-limit =
    { $max ->
        [1] Maaari kayong magdagdag ng isang larawan.
        [one] Maaari kayong magdagdag ng hanggang { $max } larawan.
       *[other] Maaari kayong magdagdag ng hanggang { $max } larawan.
    }
request-photos-privacy = Pinaliliit ang mga larawan sa inyong telepono bago ipadala, at inaalis ang lokasyon at mga detalye ng camera na nasa loob ng mga ito.
request-photos-add = Magdagdag ng larawan
request-photos-add-hint = Kumuha ng larawan gamit ang inyong camera o pumili ng larawang mayroon na kayo.
request-photos-preparing = Inihahanda ang inyong larawan…
request-photos-added = Naidagdag ang larawan.
request-photos-photo = Larawan { $number }
request-photos-remove = Alisin ang larawan { $number }
request-photos-removed = Inalis ang larawan.
request-photos-full = Naidagdag na ninyo ang pinakamaraming larawang kaya ng kahilingang ito.
request-photos-not-image = Ang file na ito ay hindi larawang magagamit ng serbisyong ito. Pumili ng JPEG, PNG o katulad na larawan.
request-photos-failed = Hindi maihanda ang larawan. Subukan ang ibang larawan.
request-photos-storage = Wala nang espasyo sa device na ito para itago ang larawan. Magbakante ng espasyo, o ipadala ang inyong kahilingan nang wala ito.

## Hakbang: tungkol sa inyo

request-about-title = Tungkol sa inyo
request-about-lead = Hindi sapilitan ang lahat ng ito. Sa pamamagitan ng mga ito, makokontak kayo ng lungsod tungkol sa kahilingang ito.
request-first-name = Pangalan
request-last-name = Apelyido
request-name-why = Para malaman ng lungsod kung sino ang hahanapin.
request-email = Address ng email
request-email-why = Para mapadalhan kayo ng balita tungkol sa kahilingang ito.
request-phone = Numero ng telepono
request-phone-why = Kung sakaling may kailangang itanong sa inyo ang mga manggagawa.
request-remember = Tandaan ang aking mga detalye sa device na ito
request-remember-hint = Lagyan lang ito ng tsek sa sarili ninyong telepono o computer. Alisin ang tsek para makalimutan ang mga ito.

## Hakbang: suriin ang inyong mga sagot

request-check-title = Suriin ang inyong mga sagot bago ipadala
request-check-location = Lokasyon
request-check-description = Paglalarawan
request-check-contact = Ang inyong mga detalye
request-check-photos = Mga larawan
request-check-photo-count =
    { $count ->
        [1] Isang larawan
        [one] { $count } larawan
       *[other] { $count } larawan
    }
request-check-not-given = Hindi ibinigay
request-check-yes = Oo
request-check-change = Baguhin
request-send = Ipadala ang kahilingan
request-sending = Ipinapadala ang inyong kahilingan…
request-refused-next = Suriin ang inyong mga sagot at subukang muli. Kung hindi pa rin ito gumana, tumawag sa { $phone }.

## Mga problema sa mga sagot

problem-no-location = Mag-type ng address o gamitin ang inyong kasalukuyang lokasyon.
problem-required = Sagutin ang tanong na “{ $question }”.
problem-not-a-number = Dapat numero ang sagot sa “{ $question }”, tulad ng 3 o 2.5.
problem-not-a-datetime = Dapat petsa at oras ang sagot sa “{ $question }”.
problem-not-a-date = Dapat petsa ang sagot sa “{ $question }”.
problem-unknown-choice = Pumili ng isa sa mga pagpipilian para sa “{ $question }”.
problem-too-long = Dapat { $limit } karakter o mas kaunti ang paglalarawan.
problem-bad-email = Mag-type ng email address tulad ng name@example.com.
problem-bad-phone = Mag-type ng numero ng telepono na may hindi bababa sa 7 numero, tulad ng 905 615 4311.

## Pagkatapos ipadala

sent-title = Naipadala ang kahilingan
sent-reference = Ang inyong reference number
sent-reference-pending = Parating na ang inyong reference number
sent-reference-pending-detail = Binibigyan ng lungsod ng numero ang mga kahilingang ito pagkalipas ng ilang sandali. Lalabas ito rito at sa inyong mga kahilingan pagdating nito.
sent-untracked = Hindi masusubaybayan ang serbisyong ito, kaya walang reference number. Natanggap na ng lungsod ang inyong kahilingan.
sent-next-heading = Ano ang susunod na mangyayari
sent-next = Susuriin ng lungsod ang inyong kahilingan at ipapasa ito sa kinauukulang pangkat.
sent-another = Gumawa ng isa pang kahilingan
sent-storage-warning = Hindi maitala ng device na ito ang kahilingang ito. Isulat ang inyong reference number.
sent-waiting-title = Naghihintay na maipadala
sent-waiting = Wala kayong koneksiyon sa internet. Nakatago ang inyong kahilingan sa device na ito at kusa itong ipapadala pagbalik ng koneksiyon. Maaari ninyong isara ang pahinang ito.
sent-busy = Abala ang sistema ng lungsod sa ngayon. Nakatago ang inyong kahilingan sa device na ito at kusa itong ipapadalang muli pagkalipas ng { $time }, habang bukas ang serbisyong ito, o sa susunod na buksan ninyo ito.
sent-sending-title = Ipinapadala ang inyong kahilingan…
sent-uploading = Ipinapadala ang inyong mga larawan
sent-unconfirmed-title = Hindi namin makumpirma kung dumating ang inyong kahilingan
sent-unconfirmed = Naputol ang koneksiyon habang nagpapadala, at hindi matanong ang server ng lungsod kung dumating ang inyong kahilingan. Para hindi ito maipadala nang dalawang beses, hindi ito ipapadalang muli maliban kung piliin ninyo.
sent-check-again = Tingnan muli
sent-send-again = Ipadala muli
sent-refused-title = Hindi tinanggap ng server ng lungsod ang kahilingang ito
sent-not-found-title = Hindi nahanap ang kahilingan
sent-not-found = Walang tala ang device na ito tungkol sa kahilingang ito. Maaaring nakalimutan na ito.

## Aking mga kahilingan: ang mga kahilingang ipinadala mula sa device na ito

my-requests-title = Aking mga kahilingan
my-requests-lead = Ang mga kahilingang ipinadala mula sa device na ito. Sa device na ito lang nakatago ang listahan.
my-requests-empty = Wala pa kayong naipapadalang kahilingan mula sa device na ito.
my-requests-refresh = Tingnan kung may bago
my-requests-refreshing = Tinitingnan kung may bago…
my-requests-refreshed = Napapanahon na ang mga katayuan.
my-requests-sent-on = Ipinadala noong { $date }
my-requests-last-update = Huling pagbabago: { $date }
my-requests-updated = May pagbabago
my-requests-waiting = Naghihintay na maipadala
my-requests-unconfirmed = Hindi nakumpirma
my-requests-refused = Hindi tinanggap
my-requests-reference-pending = Parating na ang reference number
my-requests-forget = Kalimutan ang kahilingang ito
my-requests-forget-all = Kalimutan ang lahat ng kahilingan sa device na ito
my-requests-forget-all-confirm = Kalimutan ang bawat kahilingan sa device na ito? Nasa lungsod pa rin ang mga ito; ang listahang ito lang ang buburahin.
my-requests-forget-yes = Oo, kalimutan ang mga ito
my-requests-forget-no = Hindi, panatilihin ang mga ito
my-requests-forgotten = Kinalimutan na ang kahilingan sa device na ito.
my-requests-all-forgotten = Kinalimutan na ang lahat ng kahilingan sa device na ito.
lookup-heading = Maghanap ng kahilingan gamit ang reference number nito
lookup-label = Reference number ng kahilingan
lookup-hint = Nasa pahina ng kumpirmasyon ito, o sa email ng lungsod tungkol sa inyong kahilingan.
lookup-button = Hanapin ang kahilingan
lookup-empty = Mag-type ng reference number.
lookup-offer = Subaybayan ang kahilingan { $id }

## Ang pahina ng isang kahilingan

track-title = Kahilingan { $id }
track-loading = Kinukuha ang kahilingan…
track-not-found-title = Hindi nahanap ang kahilingan
track-not-found = Walang kahilingan ang lungsod na may reference number na “{ $id }”. Suriin ang numero: nasa inyong pahina ng kumpirmasyon ito o sa email ng lungsod.
track-not-found-call = Kung hindi pa rin ninyo ito mahanap, tumawag sa { $phone }.
track-status = Katayuan
track-service = Serbisyo
track-notes = Tala mula sa lungsod
track-agency = Hinahawakan ng
track-requested = Ipinadala
track-updated = Huling pagbabago
track-expected = Inaasahang matatapos bago ang
track-overdue = Lampas na sa takdang panahon: inaasahan ng lungsod na matatapos ito bago ang { $date }.
track-location = Lokasyon
track-description = Paglalarawan
track-photo = Ang larawang ipinadala kasama ng kahilingan
track-timeline = Ang mga nangyari na
track-seen-on = Nakita sa device na ito
track-token-late = Pinoproseso pa ang inyong kahilingan. Tingnan muli mamaya: lalabas ang reference number nito sa Aking mga kahilingan kapag ibinigay na ito ng lungsod.
track-follow = Subaybayan ang kahilingang ito
track-refresh = Tingnan kung may bago

## Mga katayuan, sa salita

status-word-open = Natanggap
status-word-closed = Sarado
status-word-in_progress = Ginagawa na
status-word-action_scheduled = Nakaiskedyul na ang trabaho
status-word-investigating = Sinisiyasat
status-word-for_triage = Sinusuri
status-word-internal_referral = Ipinasa sa ibang pangkat
status-word-reopened = Binuksang muli
status-word-fixed = Naayos na
status-word-duplicate = Sarado: naiulat na dati
status-word-not_councils_responsibility = Sarado: hindi pananagutan ng lungsod
status-word-no_further_action = Sarado: wala nang karagdagang aksiyon
status-word-cancelled = Kinansela

## Hindi nahanap ang pahina

not-found-title = Hindi nahanap ang pahina
not-found-typed = Kung tinype ninyo ang web address, tiyaking tama ito.
not-found-link = Kung nagbukas kayo ng link, maaaring luma na ito.
not-found-home = Pumunta sa listahan ng mga serbisyo ng lungsod
not-found-call = Maaari rin kayong tumawag sa { $phone } para humiling ng serbisyo.

## Pahayag sa accessibility

accessibility-title = Pahayag sa accessibility
a11y-intro = Nais ng { $city } na magamit ng lahat ang serbisyong ito: sa telepono o computer, nang naka-zoom, gamit lang ang keyboard, gamit ang screen reader, pagkontrol sa pamamagitan ng boses o iba pang pantulong na teknolohiya, at sa sarili ninyong wika.
a11y-standard-heading = Ang pamantayang nilalayon namin
a11y-standard = Layunin ng serbisyong ito na matugunan ang Web Content Accessibility Guidelines (WCAG) bersiyon { $version } sa antas { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = Ganap nitong natutugunan ang pamantayang iyon.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = Bahagi lang ng pamantayang iyon ang natutugunan nito: nakalista sa ibaba ang mga bahaging hindi pa tumutugon dito, o hindi pa nasusuri ng isang tao.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = Ang huli naming buong pagsusuri ay noong { $date }: bawat pahina at bawat kalagayan nito, sa { $languages } wika, sa screen na kasinlaki ng telepono at sa screen na kasinlaki ng desktop computer. { $failed ->
    [0] Wala sa { $scans } na pagsusuri ng pahina ang nakakita ng problema.
    [1] Isa sa { $scans } na pagsusuri ng pahina ang nakakita ng problema.
    [one] { $failed } sa { $scans } na pagsusuri ng pahina ang nakakita ng problema.
   *[other] { $failed } sa { $scans } na pagsusuri ng pahina ang nakakita ng problema.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = Totoo pa rin ang natitirang bahagi ng pahayag na ito, at maaari kayong tumawag sa amin para malaman ang mga resulta ng huli naming pagsusuri.
a11y-testing-heading = Paano namin ito sinusubok
a11y-testing-automated = Awtomatikong sinusuri ang bawat pahina gamit ang axe-core batay sa WCAG 2.2 antas A at AA tuwing may pagbabago sa serbisyo, sa screen na kasinlaki ng telepono at sa screen na kasinlaki ng desktop computer.
a11y-testing-keyboard = Ginagamit din ng mga awtomatikong pagsubok ang serbisyo gamit lang ang keyboard: ang link para lumaktaw sa nilalaman, ang paglipat mula sa isang pahina papunta sa iba, at kung saan napupunta ang focus.
a11y-testing-languages = Sinusubok din ang mga pahina sa mga wikang isinusulat mula kanan pakaliwa, at sa isang awtomatikong nabuong kunwaring wika na nagpapakita ng anumang tekstong hindi naisalin.
a11y-gaps-heading = Ang alam naming hindi pa tama
a11y-gaps-intro = Ilan lang sa mga problema ang nakikita ng mga awtomatikong pagsusuri. Alam namin ang mga ito:
a11y-not-conforming-intro = Hindi pa natutugunan ng mga bahaging ito ang pamantayan:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = Batayan ng WCAG { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [1] Kailangan pang suriin ng isang tao ang batayang ito ng WCAG, dahil hindi ito kayang husgahan nang buo ng mga awtomatikong pagsubok: { $criteria }.
    [one] Kailangan pang suriin ng isang tao ang { $count } na batayang ito ng WCAG, dahil hindi kayang husgahan nang buo ng mga awtomatikong pagsubok ang mga ito: { $criteria }.
   *[other] Kailangan pang suriin ng isang tao ang { $count } na batayang ito ng WCAG, dahil hindi kayang husgahan nang buo ng mga awtomatikong pagsubok ang mga ito: { $criteria }.
}
a11y-gap-screen-readers = Hindi pa nasusubok ang serbisyo ng mga taong gumagamit ng screen reader at ng pagkontrol sa pamamagitan ng boses.
a11y-gap-server-text = Galing sa mga sistema ng lungsod ang mga pangalan at paglalarawan ng mga serbisyo, at maaaring hindi naisalin ang mga ito sa inyong wika.
a11y-report-heading = Mag-ulat ng problema sa serbisyong ito
a11y-report = Kung may bahagi ng site na ito na hindi gumagana para sa inyo, tumawag sa { $phone } at sabihin sa amin kung ano ang ginagawa ninyo at kung ano ang nagkaproblema. Tutulungan namin kayong gawin ang inyong kahilingan sa telepono, at aayusin namin ang problema.
a11y-other-format-heading = Kunin ang impormasyong ito sa ibang paraan
a11y-other-format = Kung hindi ninyo magamit ang site na ito, o kailangan ninyo ang nilalaman nito sa ibang anyo (malalaking letra, binabasa nang malakas, madaling basahin, o sa ibang wika), tumawag sa { $phone } at tutulungan namin kayo.
# $counter is the city's service counter (its address).
a11y-other-format-counter = Maaari rin kayong pumunta sa { $counter }.

## Kapag hindi mabasa ng serbisyo ang mga setting nito (config.json)

config-problem-title = Hindi magagamit ang serbisyong ito sa ngayon
config-problem-resident = Pakisubukang muli pagkalipas ng ilang minuto. Kung hindi pa rin ito gumana, tawagan ang lungsod sa telepono.
config-problem-retry = Subukang muli
config-problem-detail-heading = Para sa mga administrator ng site
config-error-unreachable = Hindi makuha ang file ng mga setting na config.json: hindi sumagot ang server.
config-error-timeout = Hindi makuha ang file ng mga setting na config.json: hindi sumagot ang server sa takdang oras.
config-error-status = Hindi makuha ang file ng mga setting na config.json: sumagot ang server nang may katayuang { $status }.
config-error-syntax = Hindi wastong JSON ang file ng mga setting na config.json: tingnan ang linya { $line }, hanay { $column }.
config-error-missing = Walang halaga para sa “{ $key }” ang file ng mga setting na config.json.
config-error-invalid = May halaga para sa “{ $key }” ang file ng mga setting na config.json na hindi magagamit.

## Mga pahinang kinukuha kapag kailangan na (src/pieces.rs)
piece-loading = Kinukuha ang pahina…
piece-failed-title = Hindi makuha ang pahinang ito
piece-failed = Hindi ma-download ang isang bahagi ng serbisyong ito. Tingnan ang inyong koneksiyon, saka subukang muli. Nakatago sa device na ito ang anumang tinype ninyo.
piece-failed-phone = Maaari rin kayong tumawag sa { $phone }.

## Ang mapa sa hakbang ng lokasyon (src/map)
map-role = mapa
map-label = Mapa: ilagay ang pin kung nasaan ang problema
map-keys = Pindutin ang mapa para doon ilagay ang pin, o gamitin ang mga button sa ilalim nito. Kapag napili ang mapa, inililipat ng mga arrow key ang pin (mas malayo kapag kasama ang Shift), at pinalalaki at pinaliliit ng + at − ang mapa.
map-loading = Kinukuha ang mapa…
map-piece-failed = Hindi makuha ang mapa. Maaari pa rin kayong mag-type ng address o gamitin ang inyong lokasyon.
map-tiles-failed = Hindi makuha ang isang bahagi ng mapa. Maaari pa rin kayong maglagay ng pin, mag-type ng address o gamitin ang inyong lokasyon.
map-zoom-group = Palakihin o paliitin
map-zoom-in = Palakihin
map-zoom-out = Paliitin
map-move-group = Ilipat ang pin
map-move-north = Ilipat ang pin pahilaga
map-move-south = Ilipat ang pin patimog
map-move-east = Ilipat ang pin pasilangan
map-move-west = Ilipat ang pin pakanluran
map-zoom-level = Laki ng mapa: antas { $level } ng { $max }.
map-pin-from-start = Ang pin ay mga { $metres } metro sa { $direction ->
    [north] hilaga
    [north-east] hilagang-silangan
    [east] silangan
    [south-east] timog-silangan
    [south] timog
    [south-west] timog-kanluran
    [west] kanluran
   *[north-west] hilagang-kanluran
  } ng lugar kung saan bumukas ang mapa.
map-pin-from-device = Ang pin ay mga { $metres } metro sa { $direction ->
    [north] hilaga
    [north-east] hilagang-silangan
    [east] silangan
    [south-east] timog-silangan
    [south] timog
    [south-west] timog-kanluran
    [west] kanluran
   *[north-west] hilagang-kanluran
  } ng inyong lokasyon.
map-pin-at-start = Nasa lugar kung saan bumukas ang mapa ang pin.
map-pin-at-device = Nasa inyong lokasyon ang pin.
map-pin-near = Malapit sa { $address } ang pin.
map-outside = Nasa labas ng { $city } ang lugar na iyan. Ilagay ang pin sa loob ng lungsod, o tumawag sa { $phone }.
map-find = Ipakita ang address sa mapa
map-finding = Hinahanap ang address…
map-find-empty = Mag-type muna ng address, saka ito ipakita sa mapa.
map-find-none = Walang lugar sa { $city } na tugma sa address na iyan. Ilagay na lang ang pin sa mapa.
map-find-failed = Hindi mahanap ang address sa ngayon. Ilagay na lang ang pin sa mapa.
map-found = Nahanap ang { $address }. Nandoon na ang pin.
map-suggestion = Pinakamalapit na address: { $address }
map-suggestion-use = Gamitin ang address na ito
map-suggestion-used = Nailagay na ang address: { $address }.
request-pinned = Ang pin sa mapa: { $lat }, { $long }.
request-pin-remove = Alisin ang pin

## Naiulat na sa malapit (src/map/nearby.rs)
nearby-heading = Naiulat na sa malapit
nearby-lead = { $count ->
    [1] Ang bukas na kahilingang ito para sa parehong serbisyo ay
    [one] Ang { $count } bukas na kahilingang ito para sa parehong serbisyo ay
   *[other] Ang { $count } bukas na kahilingang ito para sa parehong serbisyo ay
  } nasa loob ng 150 metro mula sa inyong pin. Kung naroon ang inyong problema, maaari ninyo itong subaybayan sa halip na iulat itong muli.
nearby-distance = { $metres } metro ang layo
nearby-age = { $days ->
    [0] Iniulat ngayong araw
    [1] Iniulat kahapon
    [one] Iniulat { $days } araw na ang nakalipas
   *[other] Iniulat { $days } araw na ang nakalipas
  }
nearby-follow = Ito na lang ang subaybayan
nearby-follow-confirm = Subaybayan ang kahilingan { $id } sa halip na ipadala ang sa inyo? Aalisin ang inyong mga sagot at larawan para sa form na ito, at walang ipapadala.
nearby-follow-yes = Oo, subaybayan ito
nearby-follow-no = Hindi, panatilihin ang aking kahilingan
nearby-different = Iba ang sa akin: magpatuloy
nearby-followed = Sinusubaybayan na ninyo ang kahilingan { $id }. Walang ipinadala.
nearby-announced = { $count ->
    [1] May isang bukas na kahilingan para sa parehong serbisyo na
    [one] May { $count } bukas na kahilingan para sa parehong serbisyo na
   *[other] May { $count } bukas na kahilingan para sa parehong serbisyo na
  } naiulat na malapit sa inyong pin: nakalista ang mga ito sa ilalim ng mapa.
nearby-failed = Hindi matingnan sa ngayon ang mga kahilingang naiulat na sa malapit.
my-requests-following-since = Sinusubaybayan mula noong { $date }

## Mga balita tungkol sa isang kahilingan: mga abiso sa browser at email (src/notify)
updates-heading = Mga balita tungkol sa kahilingang ito
updates-offer = Sabihan ako kapag nagbago ito
updates-wait-id = Maaari kayong humingi ng balita kapag nabigyan na ng lungsod ng reference number ang kahilingang ito. Iaalok ito ng pahinang ito sa oras na iyon.
updates-loading = Tinitingnan kung paano kayo mapapadalhan ng lungsod ng balita…
updates-unavailable = Hindi maisaayos ang pagpapadala ng balita sa ngayon. Maaari pa rin kayong bumalik sa pahinang ito para makita kung nasaan na ang inyong kahilingan.
updates-push = Magpadala ng mga abiso sa browser na ito
updates-push-hint = Itatanong ng inyong browser kung maaaring magpakita ng mga abiso ang site na ito. Makakatanggap kayo ng isa tuwing magbabago ang kahilingan.
updates-push-on = Tapos na. Magpapakita ang browser na ito ng abiso tuwing magbabago ang kahilingang ito.
updates-push-blocked = Naka-block ang mga abiso para sa site na ito sa settings ng inyong browser. Para matanggap ang mga ito, payagan doon ang mga abiso para sa site na ito, saka bumalik dito.
updates-push-install-first = Sa iPhone o iPad, gumagana lang ang mga abiso mula sa Home Screen: pindutin ang “Share”, saka ang “Add to Home Screen”, buksan ang app mula roon, at bumalik sa kahilingang ito.
updates-push-unsupported = Hindi kayang magpakita ng browser na ito ng mga abiso mula sa mga website. Maaari kayong humingi ng email sa halip, o bumalik sa pahinang ito.
updates-push-not-allowed = Hindi pinayagan ang mga abiso, kaya walang ipapadala. Maaari kayong pumili muli sa settings ng site sa inyong browser.
updates-push-failed = Hindi maisaayos ng browser na ito ang mga abiso. Subukang muli mamaya, o humingi na lang ng email.
updates-email-label = Address ng email
updates-email-hint = Magpapadala muna kami ng email para kumpirmahin ang address. May link ang bawat email para ihinto ang mga ito.
updates-email-send = Padalhan ako ng email kapag nagbago ito
updates-email-invalid = Maglagay ng email address, tulad ng name@example.com
updates-email-sent = Nagpadala kami ng email sa { $email }. Buksan ang link na nasa email para magsimulang makatanggap ng balita.
updates-error-offline = Hindi maisaayos ang pagpapadala ng balita: walang koneksiyon. Tiyaking nakakonekta kayo sa internet at subukang muli.
updates-error-unknown = Hindi na kilala ng sistema ng lungsod ang kahilingang ito, kaya walang balitang maipapadala.
updates-error-busy = Abala ang sistema ng lungsod. Subukang muli pagkalipas ng isang minuto.
updates-error-refused = Hindi ito tinanggap ng sistema ng lungsod. Suriin ang email address, o subukan ang ibang paraan.
updates-error-failed = Nagkaproblema sa pagsasaayos ng pagpapadala ng balita. Subukang muli mamaya.
updates-on-push = Makakatanggap kayo ng abiso sa browser kapag nagbago ang kahilingang ito.
updates-on-email = Makakatanggap kayo ng email kapag nagbago ang kahilingang ito (kapag nakumpirma na ninyo ang address).
updates-on-both = Makakatanggap kayo ng abiso sa browser at ng email kapag nagbago ang kahilingang ito.
updates-stop = Ihinto ang mga balita
updates-stopped = Inihinto na ang mga balita tungkol sa kahilingang ito.
updates-stop-failed = Hindi maihinto ang mga balita sa ngayon: walang sagot mula sa sistema ng lungsod. Subukang muli.
