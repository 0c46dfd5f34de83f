# Frontdesk: turjumaadda af-Soomaaliga ee adeegyada magaalada (magacyada, sharaxaadaha, su'aalaha iyo mawduucyada). Hagaha turjubaannada: locales/README.md

## Adeegyada: magaca, sharaxaadda, ogeysiiska (la muujiyo ka hor inta aan codsi la bilaabin), su'aalaha iyo doorashooyinka

svc-RD-POTHOLE = God ku yaal waddada
svc-RD-POTHOLE-desc = Soo sheeg god ku yaal waddo ay magaaladu leedahay. Godadka waddooyinka gobolka (waddooyinka lambarrada leh) waxaa hagaajiya Gobolka Peel (Region of Peel).
svc-RD-POTHOLE-notice = Godadka loo soo sheego inay khatar yihiin waxaa la baaraa 24 saacadood gudahood.
svc-RD-POTHOLE-q-WHERE = Xaggee ayuu godku ku yaal?
svc-RD-POTHOLE-q-WHERE-ROAD = Jidka ay gaadiidku maraan
svc-RD-POTHOLE-q-WHERE-SHOULDER = Cidhifka waddada
svc-RD-POTHOLE-q-WHERE-BIKE = Jidka baaskiilada
svc-RD-POTHOLE-q-WHERE-CROSSWALK = Meesha dadka lugaynaya ka gudbaan
svc-RD-POTHOLE-q-SIZE = Qiyaastii intee buu ballac yahay, sentimitir ahaan?
svc-RD-POTHOLE-q-HAZARD = Ma keenayaa khatar degdeg ah?
svc-RD-POTHOLE-q-HAZARD-YES = Haa
svc-RD-POTHOLE-q-HAZARD-NO = Maya
svc-RD-POTHOLE-q-SAFETY = Haddii qof hadda dhaawacmi karo, sidoo kale wac 911.

svc-RD-SIDEWALK = Jidka lugta oo burburay
svc-RD-SIDEWALK-desc = Soo sheeg meel dadka turunturoodsiin karta, qayb shub ah oo jabtay, ama jidka lugta oo kor u kacay.
svc-RD-SIDEWALK-q-PROBLEM = Maxaa khaldan?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = Qayb shub ah oo kor u kacday ama hoos u degtay
svc-RD-SIDEWALK-q-PROBLEM-CRACK = Wuu dillaacay ama jabay
svc-RD-SIDEWALK-q-PROBLEM-HOLE = God
svc-RD-SIDEWALK-q-PROBLEM-CURB = Cidhifka jidka oo burburay
svc-RD-SIDEWALK-q-DETAILS = Ma jiraa wax kale oo ay shaqaaluhu u baahan yihiin inay ogaadaan?

svc-RD-STREETLIGHT = Nal waddo oo damay
svc-RD-STREETLIGHT-desc = Soo sheeg nal waddo oo damay, libiqsanaya, ama maalintii shidan.
svc-RD-STREETLIGHT-q-POLE = Lambarka tiirka, haddii aad arki karto
svc-RD-STREETLIGHT-q-STATE = Nalku sidee buu yahay?
svc-RD-STREETLIGHT-q-STATE-OUT = Wuu damay
svc-RD-STREETLIGHT-q-STATE-FLICKER = Wuu libiqsanayaa
svc-RD-STREETLIGHT-q-STATE-DAY = Maalintii ayuu shidan yahay

svc-TR-TREE = Daryeelka geedaha
svc-TR-TREE-desc = Codso in geed magaalada leedahay la baaro, laamihiisa la jaro, ama la saaro. Geedaha ku yaal dhulka gaarka ah waxaa mas'uul ka ah milkiilaha.
svc-TR-TREE-notice = Codsiyada geedaha waxaa hubisa waaxda geedaha (Forestry) ka hor inta aan lambar tixraac la bixin.
svc-TR-TREE-q-WHAT = Waa maxay dhibaatadu?
svc-TR-TREE-q-WHAT-FALLEN = Geed ama laan dhacday
svc-TR-TREE-q-WHAT-HANGING = Laan sudhan ama jaban
svc-TR-TREE-q-WHAT-DEAD = Geed dhintay ama dhimanaya
svc-TR-TREE-q-WHAT-ROOTS = Xididdo kor u qaadaya jidka lugta
svc-TR-TREE-q-WHAT-OTHER = Wax kale
svc-TR-TREE-q-BLOCKING = Ma xirayaa waddo ama jidka lugta?
svc-TR-TREE-q-OTHER = Sharax dhibaatada

svc-LG-GRAFFITI = Qoraallada derbiyada lagu qoro
svc-LG-GRAFFITI-desc = Soo sheeg qoraal ama sawir lagu qoray hantida magaalada: dhismayaal, buundooyin, looxyada calaamadaha, qalabka beeraha nasashada.
svc-LG-GRAFFITI-q-SURFACE = Maxay ku qoran yihiin?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = Dhisme ay magaaladu leedahay
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = Buundo ama marin hoose
svc-LG-GRAFFITI-q-SURFACE-SIGN = Looxa calaamadda
svc-LG-GRAFFITI-q-SURFACE-PARK = Qalabka beerta nasashada
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = Meesha baska lagu sugo
svc-LG-GRAFFITI-q-SURFACE-UTILITY = Sanduuqa korontada ama isgaarsiinta
svc-LG-GRAFFITI-q-SURFACE-FENCE = Xayndaab ama derbi
svc-LG-GRAFFITI-q-SURFACE-OTHER = Wax kale
svc-LG-GRAFFITI-q-OFFENSIVE = Ma yihiin kuwo nacayb ah ama aflagaado ah?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = Haa
svc-LG-GRAFFITI-q-OFFENSIVE-NO = Maya
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = Qoraallada nacaybka ah waxaa la tirtiraa hal maalin shaqo gudaheed.

svc-LG-LITTER = Qashin ama qashin si sharci-darro ah loo tuuray
svc-LG-LITTER-desc = Soo sheeg qashin, alaab la tuuray, ama weel qashin oo magaalada leedahay oo buux dhaafay.
svc-LG-LITTER-q-ITEMS = Maxaa laga tagay?
svc-LG-LITTER-q-ITEMS-BAGS = Bacaha qashinka
svc-LG-LITTER-q-ITEMS-FURNITURE = Alaab guri ama joodari
svc-LG-LITTER-q-ITEMS-TIRES = Taayirro
svc-LG-LITTER-q-ITEMS-BIN = Weel qashin oo buux dhaafay
svc-LG-LITTER-q-ITEMS-SHARPS = Irbado ama walxo af leh
svc-LG-LITTER-q-SEEN = Goorma ayaad aragtay?

svc-NS-NOISE = Cabasho buuq
svc-NS-NOISE-desc = Soo sheeg buuqa dhismaha ee ka baxsan saacadaha la oggol yahay, ama buuq joogto ah oo ka imanaya ganacsi. Xaflad hadda socota, wac lambarka aan degdegga ahayn ee booliska gobolka Peel (Peel Regional Police).
svc-NS-NOISE-notice = Cabashooyinka buuqa waxaa loo gudbiyaa waaxda fulinta xeerarka magaalada (By-law Enforcement). Laguma raadraaci karo internetka: wac 311 si aad ula socoto.
svc-NS-NOISE-q-SOURCE = Xaggee buuqu ka imanayaa?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = Dhisme
svc-NS-NOISE-q-SOURCE-BUSINESS = Ganacsi
svc-NS-NOISE-q-SOURCE-VEHICLE = Gaadiid ama mishiinno
svc-NS-NOISE-q-SOURCE-OTHER = Wax kale
svc-NS-NOISE-q-DATE = Taariikhda uu dhacay
svc-NS-NOISE-q-ONGOING = Weli ma socdaa?

svc-PK-PARKING = Fulinta xeerarka baarkinka
svc-PK-PARKING-desc = Soo sheeg gaari si sharci-darro ah u baarkinsan: wuxuu xirayaa marinka gaariga ee guri, wuxuu saaran yahay jidka lugta, wuxuu ku jiraa jidka dab-demiska, ama meesha loogu talagalay dadka baahiyaha gaarka ah qaba isagoo aan ogolaansho haysan.
svc-PK-PARKING-q-PLATE = Taarikada gaariga
svc-PK-PARKING-q-WHERE = Halkee buu ku baarkinsan yahay?
svc-PK-PARKING-q-WHERE-DRIVEWAY = Wuxuu xirayaa marinka gaariga ee guri
svc-PK-PARKING-q-WHERE-SIDEWALK = Jidka lugta dushiisa
svc-PK-PARKING-q-WHERE-FIRE = Jidka dab-demiska
svc-PK-PARKING-q-WHERE-ACCESSIBLE = Meesha dadka baahiyaha gaarka ah qaba, ogolaansho la'aan
svc-PK-PARKING-q-WHERE-LONG = In ka badan 5 saacadood waddada

svc-DR-FLOODING = Biyo waddada fadhiya ama bullaacad xiran
svc-DR-FLOODING-desc = Soo sheeg biyo ku fadhiya waddo, ama bullaacadda biyaha roobka oo xiran.
svc-DR-FLOODING-q-DEPTH = Intee le'eg ayay biyuhu qoto dheer yihiin?
svc-DR-FLOODING-q-DEPTH-SHALLOW = Ka yar 5 cm
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 ilaa 15 cm
svc-DR-FLOODING-q-DEPTH-DEEP = In ka badan 15 cm

svc-PC-PROPERTY = Xaaladda guryaha iyo dhulka
svc-PC-PROPERTY-desc = Soo sheeg guri ama dhul aan la dayactirin: caws dheer, barxad aan la nadiifin, dhismayaal aan ammaan ahayn, gaadiid laga tagay oo dhul gaar ah ku jira.
svc-PC-PROPERTY-q-ISSUE = Waa maxay walaacaagu?
svc-PC-PROPERTY-q-ISSUE-GRASS = Caws dheer ama haramo
svc-PC-PROPERTY-q-ISSUE-DEBRIS = Qashin barxadda ku jira
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = Dhisme aan ammaan ahayn
svc-PC-PROPERTY-q-ISSUE-VEHICLE = Gaari laga tagay
svc-PC-PROPERTY-q-OWNER = Ma kiraysataa hantidan?
svc-PC-PROPERTY-q-OWNER-YES = Haa
svc-PC-PROPERTY-q-OWNER-NO = Maya

svc-SV-VEHICLE = Cabasho ku saabsan gaari magaalada
svc-SV-VEHICLE-desc = Noo sheeg sida loo waday gaari magaalada leedahay ama bas MiWay ah: xawaare xad-dhaaf ah, leexasho khatar ah, ama mishiinka oo shidan isagoo taagan.
svc-SV-VEHICLE-q-VEHICLE = Lambarka gaariga ama baska
svc-SV-VEHICLE-q-WHEN = Goorma ayay dhacday?
svc-SV-VEHICLE-q-WHAT = Maxaa dhacay?

svc-PK-SIGN = Looxa calaamadda oo maqan ama burburay
svc-PK-SIGN-desc = Soo sheeg looxa “Stop”, looxa magaca waddada ama looxa baarkinka oo maqan, burburay ama aan si fudud loo arki karin.
svc-PK-SIGN-notice = Looxa “Stop” ee maqan isla maalintaas ayaa la beddelaa.
svc-PK-SIGN-q-KIND = Looxee?
svc-PK-SIGN-q-KIND-STOP = Looxa “Stop” ama “Yield”
svc-PK-SIGN-q-KIND-NAME = Magaca waddada
svc-PK-SIGN-q-KIND-PARKING = Looxa baarkinka
svc-PK-SIGN-q-KIND-SPEED = Xadka xawaaraha
svc-PK-SIGN-q-KIND-OTHER = Wax kale
svc-PK-SIGN-q-DOWN = Looxa “Stop” ma dhacay?

svc-CS-DEAD-ANIMAL = Xayawaan dhintay oo meel dadweyne ku jira
svc-CS-DEAD-ANIMAL-desc = Codso in xayawaan dhintay laga qaado waddo, jidka lugta ama beer nasasho.

svc-RC-PARK = Dayactirka beerta nasashada
svc-RC-PARK-desc = Soo sheeg qalab ciyaareed oo jabay, kursi burburay, ama dhibaato ka jirta beer nasasho oo magaalada leedahay.
svc-RC-PARK-q-ITEM = Maxaa u baahan daryeel?
svc-RC-PARK-q-ITEM-PLAY = Goobta ciyaarta carruurta
svc-RC-PARK-q-ITEM-BENCH = Kursi ama miis
svc-RC-PARK-q-ITEM-TRAIL = Jidka socodka
svc-RC-PARK-q-ITEM-WASHROOM = Musqul
svc-RC-PARK-q-ITEM-LIGHT = Nalalka
svc-RC-PARK-q-ITEM-FIELD = Garoonka ciyaaraha
svc-RC-PARK-q-ITEM-COURT = Garoonka teniska ama kubadda koleyga
svc-RC-PARK-q-ITEM-OTHER = Wax kale
svc-RC-PARK-q-UNSAFE = Ma khatar baa in la isticmaalo?
svc-RC-PARK-q-PARK = Magaca beerta nasashada

svc-PC-DAMAGE = Burbur ku dhacay hantida magaalada
svc-PC-DAMAGE-desc = Soo sheeg kursi, xayndaab, looxa calaamadda, meel biyaha laga cabbo, musqul ama hanti kale oo magaalada leedahay oo ku taal beer nasasho ama waddo, oo burburay.
svc-PC-DAMAGE-notice = Burburka dadka khatar gelinaya waxaa la ammaan yeelaa 24 saacadood gudahood.
svc-PC-DAMAGE-q-KIND = Maxaa burburay?
svc-PC-DAMAGE-q-KIND-BENCH = Kursi ama miis dibadda lagu fadhiisto
svc-PC-DAMAGE-q-KIND-FENCE = Xayndaab ama gacan-qabsi
svc-PC-DAMAGE-q-KIND-SIGN = Looxa beerta ama waddada
svc-PC-DAMAGE-q-KIND-PLAY = Qalabka ciyaarta carruurta
svc-PC-DAMAGE-q-KIND-SHELTER = Meesha baska lagu sugo
svc-PC-DAMAGE-q-KIND-FOUNTAIN = Meesha biyaha laga cabbo
svc-PC-DAMAGE-q-KIND-WASHROOM = Musqul dadweyne
svc-PC-DAMAGE-q-KIND-OTHER = Wax kale
svc-PC-DAMAGE-q-KIND_OTHER = Waa maxay?
svc-PC-DAMAGE-q-COUNT = Immisa shay ayaa burburay?
svc-PC-DAMAGE-q-NOTICED = Goorma ayaad dareentay?
svc-PC-DAMAGE-q-SINCE = Tan iyo taariikhdee ayuu sidan ahaa, haddii aad ogtahay?
svc-PC-DAMAGE-q-DANGER = Qof ma dhaawacmi karaa?
svc-PC-DAMAGE-q-DANGER-YES = Haa
svc-PC-DAMAGE-q-DANGER-NO = Maya
svc-PC-DAMAGE-q-DANGER_NOTE = Haddii qof dhaawacmay ama hadda khatar ku jiro, marka hore wac 911.
svc-PC-DAMAGE-q-SIGNS = Maxaad aragtaa?
svc-PC-DAMAGE-q-SIGNS-GLASS = Quraarad jabtay
svc-PC-DAMAGE-q-SIGNS-EDGES = Geeso af leh
svc-PC-DAMAGE-q-SIGNS-LOOSE = Qaybo dabacsan ama maqan
svc-PC-DAMAGE-q-SIGNS-WATER = Biyo daadanaya
svc-PC-DAMAGE-q-TAPED = Horay ayaa loo xayiray ama loo calaamadeeyay
svc-PC-DAMAGE-q-ASSET = Lambarka hantida ee ku qoran sumadda magaalada, haddii ay jirto
svc-PC-DAMAGE-q-DETAILS = Ma jiraa wax kale oo ay shaqaaluhu u baahan yihiin inay ogaadaan?
svc-PC-DAMAGE-q-PROMISE = Shaqaaluhu waxay hagaajiyaan burburka hantida magaalada 10 maalmood oo shaqo gudahood.

## Liiska magaalada (catalogue.json): mawduucyada, iyo adeegyada meelo kale lagu qabsado

topic-roads = Waddooyinka iyo jidadka lugta
link-road-closures = Waddooyinka xiran iyo dhismaha
link-road-closures-desc = Eeg halka waddooyinku ka xiran yihiin iyo waxa la dhisayo.
link-snow-clearing = Nadiifinta barafka
link-snow-clearing-desc = Soo sheeg waddo ama jid lug oo aan laga nadiifin barafka kadib markii uu da'ay.
link-snow-clearing-hours = 24 saacadood maalintii xilliga jiilaalka

topic-trees = Geedaha
link-tree-permit = Ogolaansho lagu saaro geed ku yaal dhul gaar ah
link-tree-permit-desc = Codso ogolaansho lagu dhaawaco ama lagu saaro geed dhexroorkiisu yahay 15 cm ama ka badan oo ku yaal dhul gaar ah.

topic-litter-graffiti = Qashinka iyo qoraallada derbiyada

topic-noise = Buuq
link-noise-exemption = Ogolaansho buuq oo ka dhaafid ah
link-noise-exemption-desc = Codso inaad buuq samayso wakhti ka baxsan saacadaha la oggol yahay, munaasabad ama dhisme awgood.

topic-parking = Baarkinka
link-parking-permit = Ogolaansho baarkin oo ku meel gaar ah
link-parking-permit-desc = Iibso ogolaansho aad ku baarkin gareyso waddada in ka badan 5 saacadood.

topic-pay = Bixinta tigidhada iyo ganaaxyada
link-pay-parking-ticket = Bixi ganaax baarkin
link-pay-parking-ticket-desc = Internetka ku bixi ama kaga doodo ogeysiis ganaax baarkin.
link-pay-fine = Bixi ganaax jebinta sharciga gobolka
link-pay-fine-desc = Bixi tigidh taraafik ama tigidh jebinta sharciga gobolka.

topic-permits = Ogolaanshaha iyo shatiyada
link-building-permit = Ogolaanshaha dhismaha
link-building-permit-desc = Codso ogolaansho aad ku dhisto, ku dayactirto ama ku dumiso.
link-dog-licence = Shatiga eeyaha iyo bisadaha
link-dog-licence-desc = Shati u qaado xayawaankaaga, cusboonaysii shati, ama soo sheeg isbeddel.
link-marriage-licence = Shatiga guurka
link-marriage-licence-desc = Adigoo iskaa u imanaya ku codso, adigoo wata laba aqoonsi.
link-marriage-licence-hours = Isniin ilaa Jimce, 8:30 subaxnimo ilaa 4:30 galabnimo

topic-property = Walaacyada hantida

topic-taxes = Canshuuraha iyo hantida
link-property-tax = Bixi canshuurta hantida
link-property-tax-desc = Bixi canshuurta hantidaada, isku diiwaangeli lacag-bixin toos ah oo aad horay u oggolaatay, ama eeg haraagaaga.
link-tax-certificate = Shahaadada canshuurta
link-tax-certificate-desc = Codso shahaadada canshuurta marka hanti la iibinayo.
link-tax-certificate-hours = Isniin ilaa Jimce, 8:30 subaxnimo ilaa 4:30 galabnimo

topic-vehicles = Cabashooyinka gaadiidka adeegga

topic-library = Maktabadda
link-library-card = Qaado kaarka maktabadda
link-library-card-desc = Internetka iska diiwaangeli kaarka maktabadda oo bilaash ah, oo amaahdo buugaag, buugaag elektaroonig ah iyo wax kale.

topic-recreation = Madadaalada
link-recreation-register = Isku diiwaangeli barnaamijyada
link-recreation-register-desc = Isku diiwaangeli dabaasha, ku-siibashada barafka, kaamamka iyo barnaamijyo kale oo madadaalo ah.

topic-civic = Adeegyada dadweynaha
link-civic-311 = Weydii su'aal
link-civic-311-desc = La hadal wakiil 311 wax ku saabsan adeeg kasta oo magaalada.

topic-drainage = Bullaacadaha

## Kooxaha nidaamka magaalada ee mawduuc liiska ku jira sheegto: magacyadan waxaa lagu muujiyaa oo keliya marka catalogue.json aan la isticmaali karin

topic-x526f61647320616e64207369646577616c6b73 = Waddooyinka iyo jidadka lugta
topic-Trees = Geedaha
topic-x4c697474657220616e64206772616666697469 = Qashinka iyo qoraallada derbiyada
topic-Noise = Buuq
topic-Parking = Baarkinka
topic-Drainage = Bullaacadaha
topic-x50726f706572747920636f6e6365726e73 = Walaacyada hantida
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = Cabashooyinka gaadiidka adeegga
topic-x4369766963207365727669636573 = Adeegyada dadweynaha
topic-Recreation = Madadaalada

## Xaaladda codsiga, sida ay magaaladu u qorto

status-open = Furan
status-closed = Xiran
