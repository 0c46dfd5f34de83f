# Frontdesk: શહેરની સેવાઓનો અનુવાદ (નામ, વર્ણન, પ્રશ્નો, વિષયો). અનુવાદકો માટે માર્ગદર્શિકા: locales/README.md

## સેવાઓ: નામ, વર્ણન, સૂચના (વિનંતી શરૂ કરતાં પહેલાં બતાવાય છે), પ્રશ્નો અને વિકલ્પો

svc-RD-POTHOLE = રસ્તા પરનો ખાડો
svc-RD-POTHOLE-desc = શહેરના રસ્તા પરના ખાડાની જાણ કરો. પ્રાદેશિક રસ્તાઓ (નંબરવાળા રસ્તાઓ) પરના ખાડા Peel પ્રદેશ દ્વારા રિપેર કરવામાં આવે છે.
svc-RD-POTHOLE-notice = જોખમી તરીકે જાણ કરાયેલા ખાડાની 24 કલાકની અંદર તપાસ કરવામાં આવે છે.
svc-RD-POTHOLE-q-WHERE = ખાડો ક્યાં છે?
svc-RD-POTHOLE-q-WHERE-ROAD = વાહનો ચાલે છે તે લેનમાં
svc-RD-POTHOLE-q-WHERE-SHOULDER = રસ્તાની કિનારી પર
svc-RD-POTHOLE-q-WHERE-BIKE = સાઇકલ લેનમાં
svc-RD-POTHOLE-q-WHERE-CROSSWALK = રાહદારી ક્રોસિંગ પર
svc-RD-POTHOLE-q-SIZE = તે આશરે કેટલો પહોળો છે (સેન્ટિમીટરમાં)?
svc-RD-POTHOLE-q-HAZARD = શું તેનાથી તરત જ જોખમ ઊભું થાય છે?
svc-RD-POTHOLE-q-HAZARD-YES = હા
svc-RD-POTHOLE-q-HAZARD-NO = ના
svc-RD-POTHOLE-q-SAFETY = જો અત્યારે કોઈને ઈજા થઈ શકે એમ હોય, તો 911 પર પણ ફોન કરો.

svc-RD-SIDEWALK = નુકસાન પામેલી ફૂટપાથ
svc-RD-SIDEWALK-desc = ઠોકર લાગે એવી જગ્યા, તૂટેલી લાદી અથવા ઊપસી આવેલી ફૂટપાથની જાણ કરો.
svc-RD-SIDEWALK-q-PROBLEM = શું ખરાબી છે?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = ઊપસી આવેલી કે બેસી ગયેલી લાદી
svc-RD-SIDEWALK-q-PROBLEM-CRACK = તિરાડ પડેલી કે તૂટેલી
svc-RD-SIDEWALK-q-PROBLEM-HOLE = ખાડો
svc-RD-SIDEWALK-q-PROBLEM-CURB = નુકસાન પામેલી ફૂટપાથની કિનારી
svc-RD-SIDEWALK-q-DETAILS = કર્મચારીઓએ જાણવું જોઈએ એવું બીજું કંઈ છે?

svc-RD-STREETLIGHT = બંધ પડેલી શેરીની લાઇટ
svc-RD-STREETLIGHT-desc = બંધ, ઝબકતી અથવા દિવસે ચાલુ રહેતી શેરીની લાઇટની જાણ કરો.
svc-RD-STREETLIGHT-q-POLE = થાંભલાનો નંબર, જો તમને દેખાય તો
svc-RD-STREETLIGHT-q-STATE = લાઇટની શી હાલત છે?
svc-RD-STREETLIGHT-q-STATE-OUT = બંધ છે
svc-RD-STREETLIGHT-q-STATE-FLICKER = ઝબકે છે
svc-RD-STREETLIGHT-q-STATE-DAY = દિવસે ચાલુ રહે છે

svc-TR-TREE = વૃક્ષની જાળવણી
svc-TR-TREE-desc = શહેરના કોઈ વૃક્ષની તપાસ કરવા, તેની ડાળીઓ કાપવા કે તેને દૂર કરવા માટે વિનંતી કરો. ખાનગી મિલકત પરનાં વૃક્ષો માલિકની જવાબદારી છે.
svc-TR-TREE-notice = સંદર્ભ નંબર આપતા પહેલાં વૃક્ષ સંબંધિત વિનંતીઓ વન વિભાગ દ્વારા તપાસવામાં આવે છે.
svc-TR-TREE-q-WHAT = સમસ્યા શું છે?
svc-TR-TREE-q-WHAT-FALLEN = પડી ગયેલું વૃક્ષ કે ડાળી
svc-TR-TREE-q-WHAT-HANGING = લટકતી કે તૂટેલી ડાળી
svc-TR-TREE-q-WHAT-DEAD = સુકાઈ ગયેલું કે સુકાતું વૃક્ષ
svc-TR-TREE-q-WHAT-ROOTS = મૂળથી ફૂટપાથ ઊંચી થઈ છે
svc-TR-TREE-q-WHAT-OTHER = બીજું કંઈક
svc-TR-TREE-q-BLOCKING = શું તે રસ્તો કે ફૂટપાથ રોકે છે?
svc-TR-TREE-q-OTHER = સમસ્યાનું વર્ણન કરો

svc-LG-GRAFFITI = દીવાલો પર ચિતરામણ
svc-LG-GRAFFITI-desc = શહેરની મિલકત પર કરેલા ચિતરામણની જાણ કરો: ઇમારતો, પુલ, બોર્ડ, બગીચાનાં સાધનો.
svc-LG-GRAFFITI-q-SURFACE = તે શેના પર છે?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = શહેરની ઇમારત
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = પુલ કે ગરનાળું
svc-LG-GRAFFITI-q-SURFACE-SIGN = બોર્ડ
svc-LG-GRAFFITI-q-SURFACE-PARK = બગીચાનાં સાધનો
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = બસ સ્ટોપનો શેડ
svc-LG-GRAFFITI-q-SURFACE-UTILITY = વીજળી કે ફોન લાઇનનું બોક્સ
svc-LG-GRAFFITI-q-SURFACE-FENCE = વાડ કે દીવાલ
svc-LG-GRAFFITI-q-SURFACE-OTHER = અન્ય
svc-LG-GRAFFITI-q-OFFENSIVE = શું તે નફરતભર્યું કે અપમાનજનક છે?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = હા
svc-LG-GRAFFITI-q-OFFENSIVE-NO = ના
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = નફરતભર્યું ચિતરામણ એક કામકાજના દિવસમાં દૂર કરવામાં આવે છે.

svc-LG-LITTER = કચરો કે ગેરકાયદે ફેંકેલો સામાન
svc-LG-LITTER-desc = કચરો, ફેંકી દીધેલી વસ્તુઓ અથવા ઊભરાતી શહેરની કચરાપેટીની જાણ કરો.
svc-LG-LITTER-q-ITEMS = શું છોડી દેવામાં આવ્યું છે?
svc-LG-LITTER-q-ITEMS-BAGS = કચરાની થેલીઓ
svc-LG-LITTER-q-ITEMS-FURNITURE = ફર્નિચર કે ગાદલું
svc-LG-LITTER-q-ITEMS-TIRES = ટાયર
svc-LG-LITTER-q-ITEMS-BIN = ઊભરાતી કચરાપેટી
svc-LG-LITTER-q-ITEMS-SHARPS = સોય કે અણીદાર વસ્તુઓ
svc-LG-LITTER-q-SEEN = તમે તે ક્યારે જોયું?

svc-NS-NOISE = ઘોંઘાટની ફરિયાદ
svc-NS-NOISE-desc = મંજૂર સમય સિવાય થતા બાંધકામના ઘોંઘાટની, અથવા કોઈ વ્યવસાયમાંથી સતત આવતા ઘોંઘાટની જાણ કરો. અત્યારે ચાલી રહેલી પાર્ટી માટે, Peel Regional Police ના બિન-કટોકટી નંબર પર ફોન કરો.
svc-NS-NOISE-notice = ઘોંઘાટની ફરિયાદો પેટા-નિયમ અમલીકરણ વિભાગને મોકલાય છે. તેના પર ઓનલાઇન નજર રાખી શકાતી નથી: આગળ શું થયું તે જાણવા 311 પર ફોન કરો.
svc-NS-NOISE-q-SOURCE = ઘોંઘાટ ક્યાંથી આવે છે?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = બાંધકામ
svc-NS-NOISE-q-SOURCE-BUSINESS = કોઈ વ્યવસાય
svc-NS-NOISE-q-SOURCE-VEHICLE = વાહનો કે મશીનો
svc-NS-NOISE-q-SOURCE-OTHER = અન્ય
svc-NS-NOISE-q-DATE = તે કઈ તારીખે થયું
svc-NS-NOISE-q-ONGOING = શું તે હજુ ચાલુ છે?

svc-PK-PARKING = પાર્કિંગ નિયમોનો અમલ
svc-PK-PARKING-desc = ગેરકાયદે પાર્ક કરેલા વાહનની જાણ કરો: ઘરના વાહન-પ્રવેશ માર્ગને રોકતું, ફૂટપાથ પર, અગ્નિશમન માર્ગમાં, અથવા પરવાનગી વગર દિવ્યાંગો માટેની જગ્યામાં.
svc-PK-PARKING-q-PLATE = વાહનની નંબર પ્લેટ
svc-PK-PARKING-q-WHERE = તે ક્યાં પાર્ક કરેલું છે?
svc-PK-PARKING-q-WHERE-DRIVEWAY = ઘરના વાહન-પ્રવેશ માર્ગને રોકે છે
svc-PK-PARKING-q-WHERE-SIDEWALK = ફૂટપાથ પર
svc-PK-PARKING-q-WHERE-FIRE = અગ્નિશમન માર્ગમાં
svc-PK-PARKING-q-WHERE-ACCESSIBLE = દિવ્યાંગો માટેની જગ્યામાં, પરવાનગી વગર
svc-PK-PARKING-q-WHERE-LONG = શેરીમાં 5 કલાકથી વધુ સમયથી

svc-DR-FLOODING = શેરીમાં પાણી ભરાવું કે બંધ થયેલી ગટર
svc-DR-FLOODING-desc = રસ્તા પર ભરાયેલા પાણીની, અથવા બંધ થયેલી વરસાદી પાણીની ગટર (ગટરની કૂંડી) ની જાણ કરો.
svc-DR-FLOODING-q-DEPTH = પાણી કેટલું ઊંડું છે?
svc-DR-FLOODING-q-DEPTH-SHALLOW = 5 સેમી કરતાં ઓછું
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 થી 15 સેમી
svc-DR-FLOODING-q-DEPTH-DEEP = 15 સેમી કરતાં વધુ

svc-PC-PROPERTY = મિલકતની જાળવણીનાં ધોરણો
svc-PC-PROPERTY-desc = ખરાબ હાલતવાળી મિલકતની જાણ કરો: લાંબું ઘાસ, ઝાડી-ઝાંખરાંથી ભરેલાં આંગણાં, અસુરક્ષિત બાંધકામ, ખાનગી જમીન પર છોડી દેવાયેલાં વાહનો.
svc-PC-PROPERTY-q-ISSUE = તમારી ચિંતા શું છે?
svc-PC-PROPERTY-q-ISSUE-GRASS = લાંબું ઘાસ કે નીંદણ
svc-PC-PROPERTY-q-ISSUE-DEBRIS = આંગણામાં કાટમાળ
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = અસુરક્ષિત બાંધકામ
svc-PC-PROPERTY-q-ISSUE-VEHICLE = છોડી દેવાયેલું વાહન
svc-PC-PROPERTY-q-OWNER = શું તમે આ મિલકતમાં ભાડે રહો છો?
svc-PC-PROPERTY-q-OWNER-YES = હા
svc-PC-PROPERTY-q-OWNER-NO = ના

svc-SV-VEHICLE = શહેરના વાહન વિશે ફરિયાદ
svc-SV-VEHICLE-desc = શહેરના કોઈ વાહન કે MiWay બસના ડ્રાઇવિંગ વિશે અમને જણાવો: વધુ પડતી ઝડપ, જોખમી રીતે વળાંક લેવો, ઊભા રહીને બિનજરૂરી રીતે એન્જિન ચાલુ રાખવું.
svc-SV-VEHICLE-q-VEHICLE = વાહન કે બસનો નંબર
svc-SV-VEHICLE-q-WHEN = તે ક્યારે બન્યું?
svc-SV-VEHICLE-q-WHAT = શું બન્યું?

svc-PK-SIGN = ગાયબ કે નુકસાન પામેલું બોર્ડ
svc-PK-SIGN-desc = ગાયબ, નુકસાન પામેલા કે જોવામાં મુશ્કેલ હોય એવા “થોભો” બોર્ડ, શેરીના નામના બોર્ડ કે પાર્કિંગ બોર્ડની જાણ કરો.
svc-PK-SIGN-notice = ગાયબ થયેલું “થોભો” બોર્ડ એ જ દિવસે ફરી લગાવવામાં આવે છે.
svc-PK-SIGN-q-KIND = કયું બોર્ડ?
svc-PK-SIGN-q-KIND-STOP = “થોભો” કે “બીજાને રસ્તો આપો” બોર્ડ
svc-PK-SIGN-q-KIND-NAME = શેરીનું નામ
svc-PK-SIGN-q-KIND-PARKING = પાર્કિંગ બોર્ડ
svc-PK-SIGN-q-KIND-SPEED = ઝડપ મર્યાદા
svc-PK-SIGN-q-KIND-OTHER = અન્ય
svc-PK-SIGN-q-DOWN = શું કોઈ “થોભો” બોર્ડ પડી ગયું છે?

svc-CS-DEAD-ANIMAL = જાહેર જગ્યા પર મૃત પ્રાણી
svc-CS-DEAD-ANIMAL-desc = રસ્તા, ફૂટપાથ કે બગીચામાંથી મૃત પ્રાણીને દૂર કરવા માટે વિનંતી કરો.

svc-RC-PARK = બગીચાની જાળવણી
svc-RC-PARK-desc = તૂટેલાં રમતના મેદાનનાં સાધનો, નુકસાન પામેલો બાંકડો અથવા શહેરના બગીચામાં કોઈ સમસ્યાની જાણ કરો.
svc-RC-PARK-q-ITEM = શેના પર ધ્યાન આપવાની જરૂર છે?
svc-RC-PARK-q-ITEM-PLAY = બાળકોનું રમતનું મેદાન
svc-RC-PARK-q-ITEM-BENCH = બાંકડો કે ટેબલ
svc-RC-PARK-q-ITEM-TRAIL = પગદંડી
svc-RC-PARK-q-ITEM-WASHROOM = શૌચાલય
svc-RC-PARK-q-ITEM-LIGHT = લાઇટ
svc-RC-PARK-q-ITEM-FIELD = રમતગમતનું મેદાન
svc-RC-PARK-q-ITEM-COURT = ટેનિસ કે બાસ્કેટબોલ કોર્ટ
svc-RC-PARK-q-ITEM-OTHER = અન્ય
svc-RC-PARK-q-UNSAFE = શું તેનો ઉપયોગ કરવો અસુરક્ષિત છે?
svc-RC-PARK-q-PARK = બગીચાનું નામ

svc-PC-DAMAGE = શહેરની મિલકતને નુકસાન
svc-PC-DAMAGE-desc = બગીચામાં કે શેરી પર તૂટેલા બાંકડા, વાડ, બોર્ડ, ફુવારા, શૌચાલય કે શહેરની અન્ય મિલકતની જાણ કરો.
svc-PC-DAMAGE-notice = લોકોને જોખમમાં મૂકે એવા નુકસાનને 24 કલાકની અંદર સુરક્ષિત કરવામાં આવે છે.
svc-PC-DAMAGE-q-KIND = શું નુકસાન પામ્યું છે?
svc-PC-DAMAGE-q-KIND-BENCH = બાંકડો કે પિકનિક ટેબલ
svc-PC-DAMAGE-q-KIND-FENCE = વાડ કે કઠેડો
svc-PC-DAMAGE-q-KIND-SIGN = બગીચા કે શેરીનું બોર્ડ
svc-PC-DAMAGE-q-KIND-PLAY = રમતના મેદાનનાં સાધનો
svc-PC-DAMAGE-q-KIND-SHELTER = બસ સ્ટોપનો શેડ
svc-PC-DAMAGE-q-KIND-FOUNTAIN = પીવાના પાણીનો ફુવારો
svc-PC-DAMAGE-q-KIND-WASHROOM = જાહેર શૌચાલય
svc-PC-DAMAGE-q-KIND-OTHER = બીજું કંઈક
svc-PC-DAMAGE-q-KIND_OTHER = તે શું છે?
svc-PC-DAMAGE-q-COUNT = કેટલી વસ્તુઓને નુકસાન થયું છે?
svc-PC-DAMAGE-q-NOTICED = તમારું ધ્યાન તેના પર ક્યારે ગયું?
svc-PC-DAMAGE-q-SINCE = જો તમને ખબર હોય, તો કઈ તારીખથી તે આવું છે?
svc-PC-DAMAGE-q-DANGER = શું કોઈને ઈજા થઈ શકે?
svc-PC-DAMAGE-q-DANGER-YES = હા
svc-PC-DAMAGE-q-DANGER-NO = ના
svc-PC-DAMAGE-q-DANGER_NOTE = જો અત્યારે કોઈને ઈજા થઈ હોય કે કોઈ જોખમમાં હોય, તો પહેલાં 911 પર ફોન કરો.
svc-PC-DAMAGE-q-SIGNS = તમને શું દેખાય છે?
svc-PC-DAMAGE-q-SIGNS-GLASS = તૂટેલો કાચ
svc-PC-DAMAGE-q-SIGNS-EDGES = ધારદાર કિનારીઓ
svc-PC-DAMAGE-q-SIGNS-LOOSE = ઢીલા કે ગાયબ ભાગો
svc-PC-DAMAGE-q-SIGNS-WATER = પાણી ટપકે છે
svc-PC-DAMAGE-q-TAPED = તેની ફરતે પહેલેથી પટ્ટી બાંધી દેવાઈ છે અથવા નિશાની કરાઈ છે
svc-PC-DAMAGE-q-ASSET = શહેરના લેબલ પરનો મિલકત નંબર, જો હોય તો
svc-PC-DAMAGE-q-DETAILS = કર્મચારીઓએ જાણવું જોઈએ એવું બીજું કંઈ છે?
svc-PC-DAMAGE-q-PROMISE = કર્મચારીઓ શહેરની મિલકતને થયેલું નુકસાન 10 કામકાજના દિવસમાં રિપેર કરે છે.

## શહેરની યાદી (catalogue.json): વિષયો, અને બીજે ક્યાંક થતી સેવાઓ

topic-roads = રસ્તા અને ફૂટપાથ
link-road-closures = બંધ રસ્તા અને બાંધકામ
link-road-closures-desc = કયા રસ્તા બંધ છે અને ક્યાં શું બંધાઈ રહ્યું છે તે જુઓ.
link-snow-clearing = બરફ સાફ કરવો
link-snow-clearing-desc = હિમવર્ષા પછી સાફ ન થયેલા રસ્તા કે ફૂટપાથની જાણ કરો.
link-snow-clearing-hours = શિયાળામાં 24 કલાક

topic-trees = વૃક્ષો
link-tree-permit = ખાનગી મિલકત પરનું વૃક્ષ દૂર કરવાની પરવાનગી
link-tree-permit-desc = ખાનગી મિલકત પર 15 સેમી કે તેથી વધુ વ્યાસવાળા વૃક્ષને નુકસાન પહોંચાડવા કે દૂર કરવા માટે પરવાનગીની અરજી કરો.

topic-litter-graffiti = કચરો અને ચિતરામણ

topic-noise = ઘોંઘાટ
link-noise-exemption = ઘોંઘાટ માટે છૂટની પરવાનગી
link-noise-exemption-desc = કોઈ કાર્યક્રમ કે બાંધકામ માટે મંજૂર સમય સિવાય ઘોંઘાટ કરવાની પરવાનગીની અરજી કરો.

topic-parking = પાર્કિંગ
link-parking-permit = કામચલાઉ પાર્કિંગ પરવાનગી
link-parking-permit-desc = શેરીમાં 5 કલાકથી વધુ સમય પાર્ક કરવાની પરવાનગી ખરીદો.

topic-pay = ટિકિટ અને દંડ ચૂકવો
link-pay-parking-ticket = પાર્કિંગ ટિકિટ ચૂકવો
link-pay-parking-ticket-desc = પાર્કિંગ દંડની નોટિસ ઓનલાઇન ચૂકવો અથવા તેને પડકારો.
link-pay-fine = પ્રાંતીય ગુનાનો દંડ ચૂકવો
link-pay-fine-desc = ટ્રાફિક કે પ્રાંતીય ગુનાની ટિકિટ ચૂકવો.

topic-permits = પરવાનગીઓ અને લાઇસન્સ
link-building-permit = બાંધકામ પરવાનગી
link-building-permit-desc = બાંધકામ, નવીનીકરણ કે તોડી પાડવા માટે પરવાનગીની અરજી કરો.
link-dog-licence = કૂતરા અને બિલાડીનું લાઇસન્સ
link-dog-licence-desc = તમારા પાળેલા પ્રાણીનું લાઇસન્સ લો, લાઇસન્સ રિન્યૂ કરાવો અથવા કોઈ ફેરફારની જાણ કરો.
link-marriage-licence = લગ્ન લાઇસન્સ
link-marriage-licence-desc = ઓળખના બે પુરાવા સાથે રૂબરૂ અરજી કરો.
link-marriage-licence-hours = સોમવારથી શુક્રવાર, સવારે 8:30થી સાંજે 4:30 સુધી

topic-property = મિલકત સંબંધિત ચિંતાઓ

topic-taxes = વેરા અને મિલકત
link-property-tax = મિલકત વેરો ચૂકવો
link-property-tax-desc = તમારો મિલકત વેરો ચૂકવો, પૂર્વ-અધિકૃત આપમેળે ચુકવણી માટે નોંધણી કરાવો, અથવા તમારી બાકી રકમ જુઓ.
link-tax-certificate = વેરા પ્રમાણપત્ર
link-tax-certificate-desc = મિલકતના વેચાણ માટે વેરા પ્રમાણપત્રની વિનંતી કરો.
link-tax-certificate-hours = સોમવારથી શુક્રવાર, સવારે 8:30થી સાંજે 4:30 સુધી

topic-vehicles = સેવા વાહનો વિશે ફરિયાદો

topic-library = પુસ્તકાલય
link-library-card = પુસ્તકાલય કાર્ડ મેળવો
link-library-card-desc = મફત પુસ્તકાલય કાર્ડ માટે ઓનલાઇન નોંધણી કરાવો અને પુસ્તકો, ઈ-પુસ્તકો અને બીજું ઘણું ઉધાર લો.

topic-recreation = મનોરંજન
link-recreation-register = કાર્યક્રમોમાં નોંધણી કરાવો
link-recreation-register-desc = તરણ, સ્કેટિંગ, શિબિરો અને અન્ય મનોરંજન કાર્યક્રમોમાં નોંધણી કરાવો.

topic-civic = નાગરિક સેવાઓ
link-civic-311 = પ્રશ્ન પૂછો
link-civic-311-desc = શહેરની કોઈ પણ સેવા વિશે 311 ના કર્મચારી સાથે વાત કરો.

topic-drainage = ગટર વ્યવસ્થા

## શહેરની સિસ્ટમનાં જૂથો, જેમને યાદીનો કોઈ વિષય આવરી લે છે: catalogue.json વાપરી ન શકાય ત્યારે જ આ નામે બતાવાય છે

topic-x526f61647320616e64207369646577616c6b73 = રસ્તા અને ફૂટપાથ
topic-Trees = વૃક્ષો
topic-x4c697474657220616e64206772616666697469 = કચરો અને ચિતરામણ
topic-Noise = ઘોંઘાટ
topic-Parking = પાર્કિંગ
topic-Drainage = ગટર વ્યવસ્થા
topic-x50726f706572747920636f6e6365726e73 = મિલકત સંબંધિત ચિંતાઓ
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = સેવા વાહનો વિશે ફરિયાદો
topic-x4369766963207365727669636573 = નાગરિક સેવાઓ
topic-Recreation = મનોરંજન

## વિનંતીની સ્થિતિ, શહેર લખે છે તે પ્રમાણે

status-open = ચાલુ
status-closed = બંધ
