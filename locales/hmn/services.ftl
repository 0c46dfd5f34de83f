# Frontdesk ua lus Hmoob Dawb: cov kev pab cuam ntawm lub nroog (npe, lus piav, lus nug, pawg). Cov lus qhia rau cov neeg txhais lus: locales/README.md

## Cov kev pab cuam: npe, lus piav, lus ceeb toom (qhia ua ntej pib ib daim ntawv thov), lus nug thiab kev xaiv

svc-RD-POTHOLE = Qhov av hauv txoj kev
svc-RD-POTHOLE-desc = Qhia txog ib lub qhov av hauv ib txoj kev ntawm lub nroog. Cov qhov av hauv cov kev ntawm lub cheeb tsam (cov kev uas muaj tus lej) yog Region of Peel kho.
svc-RD-POTHOLE-notice = Cov qhov av uas raug qhia tias txaus ntshai yuav raug tuaj xyuas hauv 24 teev.
svc-RD-POTHOLE-q-WHERE = Lub qhov av nyob qhov twg?
svc-RD-POTHOLE-q-WHERE-ROAD = Hauv txoj kab tsheb khiav
svc-RD-POTHOLE-q-WHERE-SHOULDER = Ntawm ntug kev
svc-RD-POTHOLE-q-WHERE-BIKE = Hauv txoj kab tsheb kauj vab
svc-RD-POTHOLE-q-WHERE-CROSSWALK = Hauv txoj kab neeg hla kev
svc-RD-POTHOLE-q-SIZE = Kwv yees li nws dav pes tsawg xees ti mev (cm)?
svc-RD-POTHOLE-q-HAZARD = Nws puas ua rau muaj kev txaus ntshai tam sim no?
svc-RD-POTHOLE-q-HAZARD-YES = Yog
svc-RD-POTHOLE-q-HAZARD-NO = Tsis yog
svc-RD-POTHOLE-q-SAFETY = Yog tias muaj ib tug neeg yuav raug mob tam sim no, hu rau 911 thiab.

svc-RD-SIDEWALK = Txoj kev taug kev puas
svc-RD-SIDEWALK-desc = Qhia txog ib qho chaw uas yuav ua rau neeg dawm ko taw ntog, ib daim pob zeb tawg, los yog txoj kev taug kev uas nce siab.
svc-RD-SIDEWALK-q-PROBLEM = Muaj dab tsi tsis zoo?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = Daim pob zeb nce siab los yog poob qis
svc-RD-SIDEWALK-q-PROBLEM-CRACK = Tawg los yog lov
svc-RD-SIDEWALK-q-PROBLEM-HOLE = Qhov
svc-RD-SIDEWALK-q-PROBLEM-CURB = Ntug pob zeb ntawm txoj kev puas
svc-RD-SIDEWALK-q-DETAILS = Puas muaj lwm yam uas cov neeg ua hauj lwm yuav tsum paub?

svc-RD-STREETLIGHT = Teeb ntawm txoj kev tsis ci
svc-RD-STREETLIGHT-desc = Qhia txog ib lub teeb ntawm txoj kev uas tsis ci, ci ntsais ntsais, los yog ci thaum nruab hnub.
svc-RD-STREETLIGHT-q-POLE = Tus lej ntawm tus ncej teeb, yog koj pom
svc-RD-STREETLIGHT-q-STATE = Lub teeb ua li cas?
svc-RD-STREETLIGHT-q-STATE-OUT = Tsis ci
svc-RD-STREETLIGHT-q-STATE-FLICKER = Ci ntsais ntsais
svc-RD-STREETLIGHT-q-STATE-DAY = Ci thaum nruab hnub

svc-TR-TREE = Kev saib xyuas ntoo
svc-TR-TREE-desc = Thov kom tuaj xyuas, txiav ceg, los yog txiav pov tseg ib tsob ntoo ntawm lub nroog. Cov ntoo nyob hauv av ntiag tug yog tus tswv av lub luag hauj lwm.
svc-TR-TREE-notice = Cov ntawv thov txog ntoo raug Chav Hauj Lwm Saib Xyuas Ntoo xyuas ua ntej yuav muab tus lej cim.
svc-TR-TREE-q-WHAT = Qhov teeb meem yog dab tsi?
svc-TR-TREE-q-WHAT-FALLEN = Tsob ntoo los yog ceg ntoo ntog
svc-TR-TREE-q-WHAT-HANGING = Ceg ntoo dai los yog lov
svc-TR-TREE-q-WHAT-DEAD = Tsob ntoo tuag los yog yuav tuag
svc-TR-TREE-q-WHAT-ROOTS = Cov cag ntoo thawb txoj kev taug kev nce siab
svc-TR-TREE-q-WHAT-OTHER = Lwm yam
svc-TR-TREE-q-BLOCKING = Nws puas thaiv txoj kev los yog txoj kev taug kev?
svc-TR-TREE-q-OTHER = Piav txog qhov teeb meem

svc-LG-GRAFFITI = Kos duab sau ntawv tsis raug cai
svc-LG-GRAFFITI-desc = Qhia txog kev kos duab sau ntawv tsis raug cai rau cov khoom ntawm lub nroog: tsev, choj, paib, khoom siv hauv tiaj ua si.
svc-LG-GRAFFITI-q-SURFACE = Nws nyob rau ntawm dab tsi?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = Lub tsev ntawm lub nroog
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = Choj los yog txoj kev hla hauv qab
svc-LG-GRAFFITI-q-SURFACE-SIGN = Paib
svc-LG-GRAFFITI-q-SURFACE-PARK = Khoom siv hauv tiaj ua si
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = Lub tsev me tos tsheb npav
svc-LG-GRAFFITI-q-SURFACE-UTILITY = Lub thawv hluav taws xob los yog xov tooj
svc-LG-GRAFFITI-q-SURFACE-FENCE = Laj kab los yog phab ntsa
svc-LG-GRAFFITI-q-SURFACE-OTHER = Lwm yam
svc-LG-GRAFFITI-q-OFFENSIVE = Nws puas yog lus ntxub ntxaug los yog lus thuam?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = Yog
svc-LG-GRAFFITI-q-OFFENSIVE-NO = Tsis yog
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = Kev kos duab sau ntawv uas ntxub ntxaug raug muab tshem tawm hauv ib hnub ua hauj lwm.

svc-LG-LITTER = Khib nyiab los yog muab khoom pov tseg tsis raug cai
svc-LG-LITTER-desc = Qhia txog khib nyiab, khoom uas raug muab pov tseg, los yog lub thoob khib nyiab ntawm lub nroog uas puv nphwv.
svc-LG-LITTER-q-ITEMS = Muaj dab tsi raug tso tseg?
svc-LG-LITTER-q-ITEMS-BAGS = Hnab khib nyiab
svc-LG-LITTER-q-ITEMS-FURNITURE = Rooj tog los yog daim txaj
svc-LG-LITTER-q-ITEMS-TIRES = Log tsheb
svc-LG-LITTER-q-ITEMS-BIN = Lub thoob khib nyiab puv nphwv
svc-LG-LITTER-q-ITEMS-SHARPS = Koob txhaj tshuaj los yog khoom ntse
svc-LG-LITTER-q-SEEN = Koj pom nws thaum twg?

svc-NS-NOISE = Kev yws txog suab nrov
svc-NS-NOISE-desc = Qhia txog suab nrov ntawm kev tsim kho sab nraum lub sij hawm uas tso cai, los yog suab nrov tsis tu ncua los ntawm ib lub lag luam. Yog muaj ib pluag kev lom zem tab tom ua tam sim no, hu rau Peel Regional Police tus xov tooj uas tsis yog rau xwm txheej ceev.
svc-NS-NOISE-notice = Kev yws txog suab nrov raug xa mus rau Chav Hauj Lwm Tswj Cov Cai ntawm Lub Nroog. Cov ntawv thov no taug qab tsis tau hauv is taws nem: hu rau 311 los nug ntxiv.
svc-NS-NOISE-q-SOURCE = Lub suab nrov los qhov twg?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = Kev tsim kho
svc-NS-NOISE-q-SOURCE-BUSINESS = Ib lub lag luam
svc-NS-NOISE-q-SOURCE-VEHICLE = Tsheb los yog tshuab
svc-NS-NOISE-q-SOURCE-OTHER = Lwm yam
svc-NS-NOISE-q-DATE = Hnub uas nws tshwm sim
svc-NS-NOISE-q-ONGOING = Nws puas tseem muaj tam sim no?

svc-PK-PARKING = Kev tswj kev nres tsheb
svc-PK-PARKING-desc = Qhia txog ib lub tsheb uas nres tsis raug cai: thaiv txoj kev nkag tsev, nres saum txoj kev taug kev, nres hauv txoj kev rau tsheb tua hluav taws, los yog nres hauv qhov chaw nres tsheb rau neeg xiam oob qhab yam tsis muaj daim ntawv tso cai.
svc-PK-PARKING-q-PLATE = Tus lej ntawm daim phiaj tsheb
svc-PK-PARKING-q-WHERE = Nws nres rau qhov twg?
svc-PK-PARKING-q-WHERE-DRIVEWAY = Thaiv txoj kev nkag tsev
svc-PK-PARKING-q-WHERE-SIDEWALK = Saum txoj kev taug kev
svc-PK-PARKING-q-WHERE-FIRE = Hauv txoj kev rau tsheb tua hluav taws
svc-PK-PARKING-q-WHERE-ACCESSIBLE = Qhov chaw nres tsheb rau neeg xiam oob qhab, tsis muaj daim ntawv tso cai
svc-PK-PARKING-q-WHERE-LONG = Nres ntawm txoj kev ntev tshaj 5 teev

svc-DR-FLOODING = Dej nyab ntawm txoj kev los yog qhov dej ntws txhaws
svc-DR-FLOODING-desc = Qhia txog dej tsaws ntawm txoj kev, los yog ib lub qhov dej nag ntws ntawm ntug kev uas txhaws.
svc-DR-FLOODING-q-DEPTH = Cov dej tob li cas?
svc-DR-FLOODING-q-DEPTH-SHALLOW = Tsawg dua 5 cm
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 txog 15 cm
svc-DR-FLOODING-q-DEPTH-DEEP = Ntau dua 15 cm

svc-PC-PROPERTY = Cov qauv saib xyuas vaj tse
svc-PC-PROPERTY-desc = Qhia txog ib lub tsev los yog thaj av uas tsis tau saib xyuas zoo: nyom siab, vaj tsev hav zoov nroos, tej yam tsim tsa uas tsis muaj kev nyab xeeb, tsheb pov tseg nyob hauv av ntiag tug.
svc-PC-PROPERTY-q-ISSUE = Koj txhawj txog dab tsi?
svc-PC-PROPERTY-q-ISSUE-GRASS = Nyom siab los yog nroj tsuag
svc-PC-PROPERTY-q-ISSUE-DEBRIS = Khib nyiab hauv vaj tsev
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = Yam tsim tsa uas tsis muaj kev nyab xeeb
svc-PC-PROPERTY-q-ISSUE-VEHICLE = Tsheb pov tseg
svc-PC-PROPERTY-q-OWNER = Koj puas xauj lub tsev no?
svc-PC-PROPERTY-q-OWNER-YES = Yog
svc-PC-PROPERTY-q-OWNER-NO = Tsis yog

svc-SV-VEHICLE = Kev yws txog tsheb ntawm lub nroog
svc-SV-VEHICLE-desc = Qhia peb txog kev tsav ib lub tsheb ntawm lub nroog los yog tsheb npav MiWay: tsav ceev dhau, tig tsis muaj kev nyab xeeb, nres tab sis tsis tua lub cav.
svc-SV-VEHICLE-q-VEHICLE = Tus lej tsheb los yog tsheb npav
svc-SV-VEHICLE-q-WHEN = Nws tshwm sim thaum twg?
svc-SV-VEHICLE-q-WHAT = Muaj dab tsi tshwm sim?

svc-PK-SIGN = Paib ploj los yog puas
svc-PK-SIGN-desc = Qhia txog ib lub paib kom nres, paib npe txoj kev, los yog paib chaw nres tsheb uas ploj lawm, puas lawm, los yog pom tsis meej.
svc-PK-SIGN-notice = Ib lub paib kom nres uas ploj lawm yuav raug muab lwm lub los hloov tib hnub ntawd.
svc-PK-SIGN-q-KIND = Lub paib twg?
svc-PK-SIGN-q-KIND-STOP = Paib kom nres los yog paib kom zam
svc-PK-SIGN-q-KIND-NAME = Paib npe txoj kev
svc-PK-SIGN-q-KIND-PARKING = Paib chaw nres tsheb
svc-PK-SIGN-q-KIND-SPEED = Paib txwv kev tsav ceev
svc-PK-SIGN-q-KIND-OTHER = Lwm yam
svc-PK-SIGN-q-DOWN = Puas muaj ib lub paib kom nres ntog lawm?

svc-CS-DEAD-ANIMAL = Tsiaj tuag nyob rau hauv thaj chaw pej xeem
svc-CS-DEAD-ANIMAL-desc = Thov kom tuaj khaws ib tug tsiaj tuag tawm ntawm txoj kev, txoj kev taug kev los yog tiaj ua si.

svc-RC-PARK = Kev saib xyuas tiaj ua si
svc-RC-PARK-desc = Qhia txog khoom ua si rau me nyuam uas puas, ib lub rooj zaum ntev uas puas, los yog ib qho teeb meem hauv ib lub tiaj ua si ntawm lub nroog.
svc-RC-PARK-q-ITEM = Yam twg yuav tsum kho?
svc-RC-PARK-q-ITEM-PLAY = Chaw ua si rau me nyuam
svc-RC-PARK-q-ITEM-BENCH = Rooj zaum ntev los yog rooj
svc-RC-PARK-q-ITEM-TRAIL = Txoj kev taug kev
svc-RC-PARK-q-ITEM-WASHROOM = Chav dej
svc-RC-PARK-q-ITEM-LIGHT = Teeb
svc-RC-PARK-q-ITEM-FIELD = Tshav ua kis las
svc-RC-PARK-q-ITEM-COURT = Tshav ntaus pob tenis los yog pov pob tawb
svc-RC-PARK-q-ITEM-OTHER = Lwm yam
svc-RC-PARK-q-UNSAFE = Puas txaus ntshai siv?
svc-RC-PARK-q-PARK = Lub npe ntawm lub tiaj ua si

svc-PC-DAMAGE = Khoom ntawm lub nroog puas
svc-PC-DAMAGE-desc = Qhia txog ib lub rooj zaum ntev, laj kab, paib, qhov dej haus, chav dej, los yog lwm yam khoom ntawm lub nroog uas puas hauv tiaj ua si los yog ntawm txoj kev.
svc-PC-DAMAGE-notice = Kev puas uas ua rau neeg muaj kev txaus ntshai yuav raug kho kom nyab xeeb hauv 24 teev.
svc-PC-DAMAGE-q-KIND = Yam twg puas?
svc-PC-DAMAGE-q-KIND-BENCH = Rooj zaum ntev los yog rooj noj mov sab nraum zoov
svc-PC-DAMAGE-q-KIND-FENCE = Laj kab los yog hlau tuav
svc-PC-DAMAGE-q-KIND-SIGN = Paib hauv tiaj ua si los yog ntawm txoj kev
svc-PC-DAMAGE-q-KIND-PLAY = Khoom ua si rau me nyuam
svc-PC-DAMAGE-q-KIND-SHELTER = Lub tsev me tos tsheb npav
svc-PC-DAMAGE-q-KIND-FOUNTAIN = Qhov dej haus
svc-PC-DAMAGE-q-KIND-WASHROOM = Chav dej rau pej xeem
svc-PC-DAMAGE-q-KIND-OTHER = Lwm yam
svc-PC-DAMAGE-q-KIND_OTHER = Nws yog dab tsi?
svc-PC-DAMAGE-q-COUNT = Muaj pes tsawg yam puas?
svc-PC-DAMAGE-q-NOTICED = Koj pom nws thaum twg?
svc-PC-DAMAGE-q-SINCE = Yog koj paub, nws zoo li no txij hnub twg los?
svc-PC-DAMAGE-q-DANGER = Puas muaj neeg yuav raug mob?
svc-PC-DAMAGE-q-DANGER-YES = Yog
svc-PC-DAMAGE-q-DANGER-NO = Tsis yog
svc-PC-DAMAGE-q-DANGER_NOTE = Yog tias muaj ib tug neeg raug mob los yog muaj kev txaus ntshai tam sim no, hu rau 911 ua ntej.
svc-PC-DAMAGE-q-SIGNS = Koj pom dab tsi?
svc-PC-DAMAGE-q-SIGNS-GLASS = Iav tawg
svc-PC-DAMAGE-q-SIGNS-EDGES = Ntug ntse
svc-PC-DAMAGE-q-SIGNS-LOOSE = Tej daim xoob los yog ploj
svc-PC-DAMAGE-q-SIGNS-WATER = Dej to
svc-PC-DAMAGE-q-TAPED = Twb muaj neeg muab txoj kab thaiv los yog ua cim lawm
svc-PC-DAMAGE-q-ASSET = Tus lej khoom ntawm daim ntawv lo ntawm lub nroog, yog muaj
svc-PC-DAMAGE-q-DETAILS = Puas muaj lwm yam uas cov neeg ua hauj lwm yuav tsum paub?
svc-PC-DAMAGE-q-PROMISE = Cov neeg ua hauj lwm kho cov khoom ntawm lub nroog uas puas hauv 10 hnub ua hauj lwm.

## Lub nroog daim ntawv teev kev pab cuam (catalogue.json): pawg, thiab cov kev pab cuam uas ua rau lwm qhov chaw

topic-roads = Kev tsheb thiab kev taug kev
link-road-closures = Kev kaw thiab kev tsim kho
link-road-closures-desc = Saib seb txoj kev twg kaw thiab yam dab tsi tab tom tsim.
link-snow-clearing = Kev tshem daus
link-snow-clearing-desc = Qhia txog ib txoj kev los yog txoj kev taug kev uas tseem tsis tau tshem daus tom qab daus los.
link-snow-clearing-hours = 24 teev ib hnub thaum lub caij ntuj no

topic-trees = Ntoo
link-tree-permit = Daim ntawv tso cai txiav ib tsob ntoo hauv av ntiag tug
link-tree-permit-desc = Thov daim ntawv tso cai los ua kom puas los yog txiav ib tsob ntoo uas lub cev tuab 15 cm los yog ntau dua nyob hauv av ntiag tug.

topic-litter-graffiti = Khib nyiab thiab kos duab sau ntawv tsis raug cai

topic-noise = Suab nrov
link-noise-exemption = Daim ntawv tso cai ua suab nrov
link-noise-exemption-desc = Thov kom ua tau suab nrov sab nraum lub sij hawm uas tso cai rau ib qho kev lom zem los yog kev tsim kho.

topic-parking = Nres tsheb
link-parking-permit = Daim ntawv tso cai nres tsheb ib ntus
link-parking-permit-desc = Yuav ib daim ntawv tso cai nres tsheb ntawm txoj kev ntev tshaj 5 teev.

topic-pay = Them daim ntawv nplua thiab nqi nplua
link-pay-parking-ticket = Them daim ntawv nplua nres tsheb
link-pay-parking-ticket-desc = Them los yog tsis pom zoo rau daim ntawv nplua nres tsheb hauv is taws nem.
link-pay-fine = Them nqi nplua ua txhaum cai ntawm lub xeev
link-pay-fine-desc = Them daim ntawv nplua tsav tsheb los yog daim ntawv nplua ua txhaum cai ntawm lub xeev.

topic-permits = Ntawv tso cai thiab ntawv sau npe
link-building-permit = Daim ntawv tso cai ua tsev
link-building-permit-desc = Thov daim ntawv tso cai los ua tsev, kho tsev, los yog rhuav tsev.
link-dog-licence = Daim ntawv sau npe dev thiab miv
link-dog-licence-desc = Sau npe koj tus tsiaj, rov ua daim ntawv tshiab, los yog qhia txog ib qho kev hloov.
link-marriage-licence = Daim ntawv tso cai sib yuav
link-marriage-licence-desc = Tuaj thov tim ntej nrog ob daim ntawv qhia tus kheej.
link-marriage-licence-hours = txij Hnub Ib txog Hnub Tsib, 8:30 sawv ntxov txog 4:30 tav su

topic-property = Kev txhawj txog vaj tse

topic-taxes = Se thiab vaj tse
link-property-tax = Them se vaj tse
link-property-tax-desc = Them koj cov se vaj tse, sau npe kom txiav nyiaj them raws li koj tso cai ua ntej, los yog saib koj cov nyiaj tshuav.
link-tax-certificate = Daim ntawv pov thawj se
link-tax-certificate-desc = Thov daim ntawv pov thawj se rau kev muag vaj tse.
link-tax-certificate-hours = txij Hnub Ib txog Hnub Tsib, 8:30 sawv ntxov txog 4:30 tav su

topic-vehicles = Kev yws txog tsheb ua hauj lwm ntawm lub nroog

topic-library = Tsev qiv ntawv
link-library-card = Ua daim npav qiv ntawv
link-library-card-desc = Sau npe hauv is taws nem kom tau daim npav qiv ntawv pub dawb thiab qiv phau ntawv, phau ntawv hauv khoos phis tawj thiab lwm yam.

topic-recreation = Kev ua si thiab lom zem
link-recreation-register = Sau npe rau cov kev kawm thiab kev ua si
link-recreation-register-desc = Sau npe kawm ua luam dej, kawm caij khau hla dej khov, mus pw chaw ua si, thiab lwm yam kev ua si thiab lom zem.

topic-civic = Kev pab cuam rau pej xeem
link-civic-311 = Nug ib lo lus nug
link-civic-311-desc = Tham nrog ib tug neeg ua hauj lwm ntawm 311 txog txhua yam kev pab cuam ntawm lub nroog.

topic-drainage = Kev ntws dej

## Cov pawg ntawm lub khoos phis tawj uas ib pawg hauv daim ntawv teev muab: tsuas qhia cov npe no thaum siv tsis tau catalogue.json

topic-x526f61647320616e64207369646577616c6b73 = Kev tsheb thiab kev taug kev
topic-Trees = Ntoo
topic-x4c697474657220616e64206772616666697469 = Khib nyiab thiab kos duab sau ntawv tsis raug cai
topic-Noise = Suab nrov
topic-Parking = Nres tsheb
topic-Drainage = Kev ntws dej
topic-x50726f706572747920636f6e6365726e73 = Kev txhawj txog vaj tse
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = Kev yws txog tsheb ua hauj lwm ntawm lub nroog
topic-x4369766963207365727669636573 = Kev pab cuam rau pej xeem
topic-Recreation = Kev ua si thiab lom zem

## Xwm txheej ntawm ib daim ntawv thov, raws li lub nroog sau

status-open = Tseem qhib
status-closed = Kaw lawm
