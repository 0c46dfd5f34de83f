# Frontdesk: salin sa Tagalog ng mga serbisyo ng lungsod (mga pangalan, paglalarawan, tanong at paksa). Gabay para sa mga tagasalin: locales/README.md

## Mga serbisyo: pangalan, paglalarawan, paalala (ipinapakita bago magsimula ng kahilingan), mga tanong at pagpipilian

svc-RD-POTHOLE = Lubak
svc-RD-POTHOLE-desc = Mag-ulat ng lubak sa kalsada ng lungsod. Ang mga lubak sa mga kalsada ng rehiyon (mga kalsadang may numero) ay inaayos ng Region of Peel.
svc-RD-POTHOLE-notice = Sinisiyasat sa loob ng 24 oras ang mga lubak na iniulat na mapanganib.
svc-RD-POTHOLE-q-WHERE = Saan naroon ang lubak?
svc-RD-POTHOLE-q-WHERE-ROAD = Sa daanan ng mga sasakyan
svc-RD-POTHOLE-q-WHERE-SHOULDER = Sa gilid ng kalsada
svc-RD-POTHOLE-q-WHERE-BIKE = Sa daanan ng bisikleta
svc-RD-POTHOLE-q-WHERE-CROSSWALK = Sa tawiran
svc-RD-POTHOLE-q-SIZE = Mga gaano ito kalapad, sa sentimetro?
svc-RD-POTHOLE-q-HAZARD = Nagdudulot ba ito ng agarang panganib?
svc-RD-POTHOLE-q-HAZARD-YES = Oo
svc-RD-POTHOLE-q-HAZARD-NO = Hindi
svc-RD-POTHOLE-q-SAFETY = Kung may maaaring masaktan ngayon mismo, tumawag din sa 911.

svc-RD-SIDEWALK = Sirang bangketa
svc-RD-SIDEWALK-desc = Mag-ulat ng bahaging maaaring ikatisod, basag na tipak ng semento, o umangat na bangketa.
svc-RD-SIDEWALK-q-PROBLEM = Ano ang problema?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = Umangat o lumubog na tipak ng semento
svc-RD-SIDEWALK-q-PROBLEM-CRACK = May lamat o basag
svc-RD-SIDEWALK-q-PROBLEM-HOLE = Butas
svc-RD-SIDEWALK-q-PROBLEM-CURB = Sirang gilid ng bangketa
svc-RD-SIDEWALK-q-DETAILS = May iba pa bang dapat malaman ng mga manggagawa?

svc-RD-STREETLIGHT = Patay na ilaw sa kalye
svc-RD-STREETLIGHT-desc = Mag-ulat ng ilaw sa kalye na patay, patay-sindi, o nakabukas kahit araw.
svc-RD-STREETLIGHT-q-POLE = Numero ng poste, kung nakikita ninyo
svc-RD-STREETLIGHT-q-STATE = Ano ang nangyayari sa ilaw?
svc-RD-STREETLIGHT-q-STATE-OUT = Patay
svc-RD-STREETLIGHT-q-STATE-FLICKER = Patay-sindi
svc-RD-STREETLIGHT-q-STATE-DAY = Nakabukas kahit araw

svc-TR-TREE = Pag-aalaga ng puno
svc-TR-TREE-desc = Humiling na siyasatin, pungusan, o alisin ang isang puno ng lungsod. Pananagutan ng may-ari ang mga puno sa pribadong lupa.
svc-TR-TREE-notice = Sinusuri ng sangay ng Forestry ang mga kahilingan tungkol sa puno bago magbigay ng reference number.
svc-TR-TREE-q-WHAT = Ano ang problema?
svc-TR-TREE-q-WHAT-FALLEN = Natumbang puno o sanga
svc-TR-TREE-q-WHAT-HANGING = Nakabitin o baling sanga
svc-TR-TREE-q-WHAT-DEAD = Patay o namamatay na puno
svc-TR-TREE-q-WHAT-ROOTS = Iniaangat ng mga ugat ang bangketa
svc-TR-TREE-q-WHAT-OTHER = Iba pa
svc-TR-TREE-q-BLOCKING = Nakaharang ba ito sa kalsada o bangketa?
svc-TR-TREE-q-OTHER = Ilarawan ang problema

svc-LG-GRAFFITI = Graffiti o bandalismo
svc-LG-GRAFFITI-desc = Mag-ulat ng graffiti sa ari-arian ng lungsod: mga gusali, tulay, karatula, kagamitan sa parke.
svc-LG-GRAFFITI-q-SURFACE = Saan ito nakalagay?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = Gusali ng lungsod
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = Tulay o daanan sa ilalim nito
svc-LG-GRAFFITI-q-SURFACE-SIGN = Karatula
svc-LG-GRAFFITI-q-SURFACE-PARK = Kagamitan sa parke
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = Hintayan ng bus
svc-LG-GRAFFITI-q-SURFACE-UTILITY = Kahon ng kuryente o kable
svc-LG-GRAFFITI-q-SURFACE-FENCE = Bakod o pader
svc-LG-GRAFFITI-q-SURFACE-OTHER = Iba pa
svc-LG-GRAFFITI-q-OFFENSIVE = Mapoot o nakakainsulto ba ito?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = Oo
svc-LG-GRAFFITI-q-OFFENSIVE-NO = Hindi
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = Inaalis ang mapoot na graffiti sa loob ng isang araw ng trabaho.

svc-LG-LITTER = Kalat o ilegal na pagtatapon ng basura
svc-LG-LITTER-desc = Mag-ulat ng kalat, itinapong gamit, o umaapaw na basurahan ng lungsod.
svc-LG-LITTER-q-ITEMS = Ano ang iniwan?
svc-LG-LITTER-q-ITEMS-BAGS = Mga supot ng basura
svc-LG-LITTER-q-ITEMS-FURNITURE = Muwebles o kutson
svc-LG-LITTER-q-ITEMS-TIRES = Mga gulong
svc-LG-LITTER-q-ITEMS-BIN = Umaapaw na basurahan
svc-LG-LITTER-q-ITEMS-SHARPS = Mga karayom o matutulis na bagay
svc-LG-LITTER-q-SEEN = Kailan ninyo ito nakita?

svc-NS-NOISE = Reklamo sa ingay
svc-NS-NOISE-desc = Mag-ulat ng ingay ng konstruksiyon sa labas ng pinapayagang oras, o tuloy-tuloy na ingay mula sa isang negosyo. Para sa party na nangyayari ngayon, tumawag sa numero ng Peel Regional Police na hindi pang-emergency.
svc-NS-NOISE-notice = Napupunta sa By-law Enforcement (ang nagpapatupad ng mga ordinansa ng lungsod) ang mga reklamo sa ingay. Hindi masusubaybayan online ang mga ito: tumawag sa 311 para alamin ang kalagayan nito.
svc-NS-NOISE-q-SOURCE = Saan nanggagaling ang ingay?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = Konstruksiyon
svc-NS-NOISE-q-SOURCE-BUSINESS = Isang negosyo
svc-NS-NOISE-q-SOURCE-VEHICLE = Mga sasakyan o makina
svc-NS-NOISE-q-SOURCE-OTHER = Iba pa
svc-NS-NOISE-q-DATE = Petsa kung kailan ito nangyari
svc-NS-NOISE-q-ONGOING = Nangyayari pa ba ito?

svc-PK-PARKING = Pagpapatupad ng mga patakaran sa paradahan
svc-PK-PARKING-desc = Mag-ulat ng sasakyang ilegal na nakaparada: nakaharang sa driveway, nasa bangketa, nasa daanan ng bumbero, o nasa paradahan para sa may kapansanan nang walang permit.
svc-PK-PARKING-q-PLATE = Plaka
svc-PK-PARKING-q-WHERE = Saan ito nakaparada?
svc-PK-PARKING-q-WHERE-DRIVEWAY = Nakaharang sa driveway
svc-PK-PARKING-q-WHERE-SIDEWALK = Sa bangketa
svc-PK-PARKING-q-WHERE-FIRE = Sa daanan ng bumbero
svc-PK-PARKING-q-WHERE-ACCESSIBLE = Sa paradahan para sa may kapansanan, walang permit
svc-PK-PARKING-q-WHERE-LONG = Mahigit 5 oras sa kalye

svc-DR-FLOODING = Baha sa kalye o baradong imburnal
svc-DR-FLOODING-desc = Mag-ulat ng tubig na naiipon sa kalsada, o baradong imburnal (catch basin).
svc-DR-FLOODING-q-DEPTH = Gaano kalalim ang tubig?
svc-DR-FLOODING-q-DEPTH-SHALLOW = Wala pang 5 cm
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 hanggang 15 cm
svc-DR-FLOODING-q-DEPTH-DEEP = Mahigit 15 cm

svc-PC-PROPERTY = Pamantayan sa ari-arian
svc-PC-PROPERTY-desc = Mag-ulat ng ari-ariang hindi naaalagaan: mahabang damo, napabayaang bakuran, mapanganib na istruktura, abandonadong sasakyan sa pribadong lupa.
svc-PC-PROPERTY-q-ISSUE = Ano ang inyong ipinag-aalala?
svc-PC-PROPERTY-q-ISSUE-GRASS = Mahabang damo o mga damong ligaw
svc-PC-PROPERTY-q-ISSUE-DEBRIS = Mga kalat sa bakuran
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = Mapanganib na istruktura
svc-PC-PROPERTY-q-ISSUE-VEHICLE = Abandonadong sasakyan
svc-PC-PROPERTY-q-OWNER = Umuupa ba kayo sa ari-ariang ito?
svc-PC-PROPERTY-q-OWNER-YES = Oo
svc-PC-PROPERTY-q-OWNER-NO = Hindi

svc-SV-VEHICLE = Reklamo tungkol sa sasakyan ng lungsod
svc-SV-VEHICLE-desc = Sabihin sa amin ang tungkol sa pagmamaneho ng isang sasakyan ng lungsod o bus ng MiWay: sobrang bilis, mapanganib na pagliko, o pag-iwang nakaandar ng makina habang nakatigil.
svc-SV-VEHICLE-q-VEHICLE = Numero ng sasakyan o bus
svc-SV-VEHICLE-q-WHEN = Kailan ito nangyari?
svc-SV-VEHICLE-q-WHAT = Ano ang nangyari?

svc-PK-SIGN = Nawawala o sirang karatula
svc-PK-SIGN-desc = Mag-ulat ng karatulang “Stop”, karatula ng pangalan ng kalye, o karatula sa paradahan na nawawala, sira, o mahirap makita.
svc-PK-SIGN-notice = Pinapalitan sa mismong araw ang nawawalang karatulang “Stop”.
svc-PK-SIGN-q-KIND = Aling karatula?
svc-PK-SIGN-q-KIND-STOP = Karatulang “Stop” o “Yield”
svc-PK-SIGN-q-KIND-NAME = Pangalan ng kalye
svc-PK-SIGN-q-KIND-PARKING = Karatula sa paradahan
svc-PK-SIGN-q-KIND-SPEED = Limitasyon ng bilis
svc-PK-SIGN-q-KIND-OTHER = Iba pa
svc-PK-SIGN-q-DOWN = Natumba ba ang isang karatulang “Stop”?

svc-CS-DEAD-ANIMAL = Patay na hayop sa pampublikong lugar
svc-CS-DEAD-ANIMAL-desc = Humiling na alisin ang patay na hayop sa kalsada, bangketa, o parke.

svc-RC-PARK = Pag-aalaga ng parke
svc-RC-PARK-desc = Mag-ulat ng sirang kagamitan sa palaruan, sirang upuan, o problema sa isang parke ng lungsod.
svc-RC-PARK-q-ITEM = Ano ang kailangang asikasuhin?
svc-RC-PARK-q-ITEM-PLAY = Palaruan ng mga bata
svc-RC-PARK-q-ITEM-BENCH = Upuan o mesa
svc-RC-PARK-q-ITEM-TRAIL = Daanang panlakad
svc-RC-PARK-q-ITEM-WASHROOM = Banyo
svc-RC-PARK-q-ITEM-LIGHT = Ilaw
svc-RC-PARK-q-ITEM-FIELD = Larangan para sa isports
svc-RC-PARK-q-ITEM-COURT = Court ng tennis o basketball
svc-RC-PARK-q-ITEM-OTHER = Iba pa
svc-RC-PARK-q-UNSAFE = Mapanganib ba itong gamitin?
svc-RC-PARK-q-PARK = Pangalan ng parke

svc-PC-DAMAGE = Pinsala sa ari-arian ng lungsod
svc-PC-DAMAGE-desc = Mag-ulat ng sirang upuan, bakod, karatula, inuman ng tubig, banyo o iba pang ari-arian ng lungsod sa parke o sa kalye.
svc-PC-DAMAGE-notice = Ginagawang ligtas sa loob ng 24 oras ang pinsalang naglalagay sa mga tao sa panganib.
svc-PC-DAMAGE-q-KIND = Ano ang nasira?
svc-PC-DAMAGE-q-KIND-BENCH = Upuan o mesang pampiknik
svc-PC-DAMAGE-q-KIND-FENCE = Bakod o barandilya
svc-PC-DAMAGE-q-KIND-SIGN = Karatula sa parke o kalye
svc-PC-DAMAGE-q-KIND-PLAY = Kagamitan sa palaruan
svc-PC-DAMAGE-q-KIND-SHELTER = Hintayan ng bus
svc-PC-DAMAGE-q-KIND-FOUNTAIN = Inuman ng tubig
svc-PC-DAMAGE-q-KIND-WASHROOM = Pampublikong banyo
svc-PC-DAMAGE-q-KIND-OTHER = Iba pa
svc-PC-DAMAGE-q-KIND_OTHER = Ano ito?
svc-PC-DAMAGE-q-COUNT = Ilan ang nasirang bagay?
svc-PC-DAMAGE-q-NOTICED = Kailan ninyo ito napansin?
svc-PC-DAMAGE-q-SINCE = Mula kailan ito ganito, kung alam ninyo?
svc-PC-DAMAGE-q-DANGER = May maaari bang masaktan?
svc-PC-DAMAGE-q-DANGER-YES = Oo
svc-PC-DAMAGE-q-DANGER-NO = Hindi
svc-PC-DAMAGE-q-DANGER_NOTE = Kung may nasaktan o nasa panganib ngayon, tumawag muna sa 911.
svc-PC-DAMAGE-q-SIGNS = Ano ang nakikita ninyo?
svc-PC-DAMAGE-q-SIGNS-GLASS = Basag na salamin
svc-PC-DAMAGE-q-SIGNS-EDGES = Matatalim na gilid
svc-PC-DAMAGE-q-SIGNS-LOOSE = Maluwag o nawawalang bahagi
svc-PC-DAMAGE-q-SIGNS-WATER = Tumutulong tubig
svc-PC-DAMAGE-q-TAPED = Napalibutan na ito ng tape o may marka na
svc-PC-DAMAGE-q-ASSET = Numero sa tatak ng lungsod na nakakabit dito, kung mayroon
svc-PC-DAMAGE-q-DETAILS = May iba pa bang dapat malaman ng mga manggagawa?
svc-PC-DAMAGE-q-PROMISE = Inaayos ng mga manggagawa ang pinsala sa ari-arian ng lungsod sa loob ng 10 araw ng trabaho.

## Ang listahan ng lungsod (catalogue.json): mga paksa, at mga serbisyong ginagawa sa ibang lugar

topic-roads = Mga kalsada at bangketa
link-road-closures = Mga saradong kalsada at konstruksiyon
link-road-closures-desc = Tingnan kung saan sarado ang mga kalsada at kung ano ang itinatayo.
link-snow-clearing = Paglilinis ng niyebe
link-snow-clearing-desc = Mag-ulat ng kalsada o bangketang hindi pa nalilinis pagkatapos umulan ng niyebe.
link-snow-clearing-hours = 24 oras araw-araw tuwing taglamig

topic-trees = Mga puno
link-tree-permit = Permit para mag-alis ng puno sa pribadong lupa
link-tree-permit-desc = Mag-apply ng permit para pinsalain o alisin ang punong may diyametrong 15 cm o higit pa sa pribadong lupa.

topic-litter-graffiti = Kalat at graffiti

topic-noise = Ingay
link-noise-exemption = Permit para sa eksempsiyon sa ingay
link-noise-exemption-desc = Mag-apply para makagawa ng ingay sa labas ng pinapayagang oras para sa isang okasyon o konstruksiyon.

topic-parking = Paradahan
link-parking-permit = Pansamantalang permit sa paradahan
link-parking-permit-desc = Bumili ng permit para makaparada sa kalye nang mahigit 5 oras.

topic-pay = Magbayad ng mga tiket at multa
link-pay-parking-ticket = Magbayad ng tiket sa paradahan
link-pay-parking-ticket-desc = Magbayad o tumutol sa isang abiso ng multa sa paradahan online.
link-pay-fine = Magbayad ng multa sa paglabag sa batas ng probinsiya
link-pay-fine-desc = Magbayad ng tiket sa trapiko o sa paglabag sa batas ng probinsiya.

topic-permits = Mga permit at lisensiya
link-building-permit = Permit sa pagtatayo
link-building-permit-desc = Mag-apply ng permit para magtayo, magkumpuni, o gumiba ng gusali.
link-dog-licence = Lisensiya para sa aso at pusa
link-dog-licence-desc = Ilisensiya ang inyong alagang hayop, i-renew ang lisensiya, o mag-ulat ng pagbabago.
link-marriage-licence = Lisensiya sa kasal
link-marriage-licence-desc = Mag-apply nang personal, dala ang dalawang katibayan ng pagkakakilanlan (ID).
link-marriage-licence-hours = Lunes hanggang Biyernes, 8:30 ng umaga hanggang 4:30 ng hapon

topic-property = Mga alalahanin sa ari-arian

topic-taxes = Buwis at ari-arian
link-property-tax = Magbayad ng buwis sa ari-arian
link-property-tax-desc = Bayaran ang inyong buwis sa ari-arian, magpatala sa awtomatikong pagbabayad na pinahintulutan ninyo nang maaga, o tingnan ang inyong balanse.
link-tax-certificate = Sertipiko ng buwis
link-tax-certificate-desc = Humingi ng sertipiko ng buwis para sa pagbebenta ng ari-arian.
link-tax-certificate-hours = Lunes hanggang Biyernes, 8:30 ng umaga hanggang 4:30 ng hapon

topic-vehicles = Mga reklamo tungkol sa mga sasakyan ng lungsod

topic-library = Aklatan
link-library-card = Kumuha ng kard ng aklatan
link-library-card-desc = Magpatala online para sa libreng kard ng aklatan at humiram ng mga libro, e-book at iba pa.

topic-recreation = Libangan
link-recreation-register = Magpatala sa mga programa
link-recreation-register-desc = Magpatala sa paglangoy, pag-iisketing, mga camp at iba pang programang panlibangan.

topic-civic = Mga serbisyong pambayan
link-civic-311 = Magtanong
link-civic-311-desc = Makipag-usap sa isang ahente ng 311 tungkol sa anumang serbisyo ng lungsod.

topic-drainage = Paagusan

## Ang mga grupo ng back end na sinasaklaw ng isang paksa ng listahan: ipinapakita lang sa mga pangalang ito kapag hindi magamit ang catalogue.json

topic-x526f61647320616e64207369646577616c6b73 = Mga kalsada at bangketa
topic-Trees = Mga puno
topic-x4c697474657220616e64206772616666697469 = Kalat at graffiti
topic-Noise = Ingay
topic-Parking = Paradahan
topic-Drainage = Paagusan
topic-x50726f706572747920636f6e6365726e73 = Mga alalahanin sa ari-arian
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = Mga reklamo tungkol sa mga sasakyan ng lungsod
topic-x4369766963207365727669636573 = Mga serbisyong pambayan
topic-Recreation = Libangan

## Katayuan ng isang kahilingan, ayon sa pagkakasulat ng lungsod

status-open = Bukas
status-closed = Sarado
