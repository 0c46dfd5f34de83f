# Frontdesk: நகராட்சி சேவைகளின் மொழிபெயர்ப்பு (பெயர்கள், விளக்கங்கள், கேள்விகள், தலைப்புகள்). மொழிபெயர்ப்பாளர்களுக்கான வழிகாட்டி: locales/README.md

## சேவைகள்: பெயர், விளக்கம், அறிவிப்பு (கோரிக்கையைத் தொடங்கும் முன் காட்டப்படும்), கேள்விகள், தேர்வுகள்

svc-RD-POTHOLE = சாலைக் குழி
svc-RD-POTHOLE-desc = நகரச் சாலையில் உள்ள குழியைப் புகாரளிக்கவும். பிராந்தியச் சாலைகளில் (எண் கொண்ட சாலைகள்) உள்ள குழிகளை Peel பிராந்திய நிர்வாகம் சரிசெய்கிறது.
svc-RD-POTHOLE-notice = ஆபத்தானவை என்று புகாரளிக்கப்பட்ட குழிகள் 24 மணி நேரத்திற்குள் ஆய்வு செய்யப்படும்.
svc-RD-POTHOLE-q-WHERE = குழி எங்கே உள்ளது?
svc-RD-POTHOLE-q-WHERE-ROAD = வாகனங்கள் செல்லும் பாதையில்
svc-RD-POTHOLE-q-WHERE-SHOULDER = சாலையோரத்தில்
svc-RD-POTHOLE-q-WHERE-BIKE = மிதிவண்டிப் பாதையில்
svc-RD-POTHOLE-q-WHERE-CROSSWALK = பாதசாரிகள் கடக்கும் இடத்தில்
svc-RD-POTHOLE-q-SIZE = அது சுமார் எவ்வளவு அகலம் (சென்டிமீட்டரில்)?
svc-RD-POTHOLE-q-HAZARD = அது உடனடி ஆபத்தை ஏற்படுத்துகிறதா?
svc-RD-POTHOLE-q-HAZARD-YES = ஆம்
svc-RD-POTHOLE-q-HAZARD-NO = இல்லை
svc-RD-POTHOLE-q-SAFETY = இப்போதே யாராவது காயமடையக்கூடும் என்றால், 911 என்ற எண்ணையும் அழையுங்கள்.

svc-RD-SIDEWALK = சேதமடைந்த நடைபாதை
svc-RD-SIDEWALK-desc = தடுக்கி விழக்கூடிய ஆபத்து, உடைந்த பலகைக்கல் அல்லது மேலெழும்பிய நடைபாதையைப் புகாரளிக்கவும்.
svc-RD-SIDEWALK-q-PROBLEM = என்ன பிரச்சினை?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = மேலெழும்பிய அல்லது கீழிறங்கிய பலகைக்கல்
svc-RD-SIDEWALK-q-PROBLEM-CRACK = விரிசல் அல்லது உடைவு
svc-RD-SIDEWALK-q-PROBLEM-HOLE = குழி
svc-RD-SIDEWALK-q-PROBLEM-CURB = சேதமடைந்த நடைபாதை விளிம்பு
svc-RD-SIDEWALK-q-DETAILS = பணிக்குழு தெரிந்துகொள்ள வேண்டிய வேறு ஏதாவது உள்ளதா?

svc-RD-STREETLIGHT = எரியாத தெருவிளக்கு
svc-RD-STREETLIGHT-desc = எரியாத, மின்னிக்கொண்டிருக்கும் அல்லது பகலில் எரியும் தெருவிளக்கைப் புகாரளிக்கவும்.
svc-RD-STREETLIGHT-q-POLE = கம்பத்தின் எண், உங்களுக்குத் தெரிந்தால்
svc-RD-STREETLIGHT-q-STATE = விளக்கு எப்படி உள்ளது?
svc-RD-STREETLIGHT-q-STATE-OUT = எரியவில்லை
svc-RD-STREETLIGHT-q-STATE-FLICKER = மின்னுகிறது
svc-RD-STREETLIGHT-q-STATE-DAY = பகலில் எரிகிறது

svc-TR-TREE = மரப் பராமரிப்பு
svc-TR-TREE-desc = நகராட்சிக்குச் சொந்தமான ஒரு மரத்தை ஆய்வு செய்ய, அதன் கிளைகளை வெட்ட அல்லது அதை அகற்றக் கோருங்கள். தனியார் நிலத்தில் உள்ள மரங்கள் உரிமையாளரின் பொறுப்பு.
svc-TR-TREE-notice = மரம் தொடர்பான கோரிக்கைகளுக்குக் குறிப்பு எண் வழங்கப்படுவதற்கு முன், வனப் பிரிவு அவற்றைச் சரிபார்க்கும்.
svc-TR-TREE-q-WHAT = என்ன பிரச்சினை?
svc-TR-TREE-q-WHAT-FALLEN = விழுந்த மரம் அல்லது கிளை
svc-TR-TREE-q-WHAT-HANGING = தொங்கும் அல்லது உடைந்த கிளை
svc-TR-TREE-q-WHAT-DEAD = பட்ட மரம் அல்லது பட்டுப்போகும் மரம்
svc-TR-TREE-q-WHAT-ROOTS = வேர்கள் நடைபாதையைத் தூக்குகின்றன
svc-TR-TREE-q-WHAT-OTHER = வேறு ஏதாவது
svc-TR-TREE-q-BLOCKING = அது சாலையையோ நடைபாதையையோ மறிக்கிறதா?
svc-TR-TREE-q-OTHER = பிரச்சினையை விவரியுங்கள்

svc-LG-GRAFFITI = சுவர்க் கிறுக்கல்கள்
svc-LG-GRAFFITI-desc = நகராட்சிச் சொத்துகளில் உள்ள சுவர்க் கிறுக்கல்களைப் புகாரளிக்கவும்: கட்டடங்கள், பாலங்கள், அறிவிப்புப் பலகைகள், பூங்கா உபகரணங்கள்.
svc-LG-GRAFFITI-q-SURFACE = அது எதன் மீது உள்ளது?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = நகராட்சிக் கட்டடம்
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = பாலம் அல்லது கீழ்ப்பாதை
svc-LG-GRAFFITI-q-SURFACE-SIGN = அறிவிப்புப் பலகை
svc-LG-GRAFFITI-q-SURFACE-PARK = பூங்கா உபகரணம்
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = பேருந்து நிழற்குடை
svc-LG-GRAFFITI-q-SURFACE-UTILITY = மின்சார அல்லது தொலைத்தொடர்புப் பெட்டி
svc-LG-GRAFFITI-q-SURFACE-FENCE = வேலி அல்லது சுவர்
svc-LG-GRAFFITI-q-SURFACE-OTHER = மற்றவை
svc-LG-GRAFFITI-q-OFFENSIVE = அது வெறுப்பைத் தூண்டும் அல்லது புண்படுத்தும் வகையில் உள்ளதா?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = ஆம்
svc-LG-GRAFFITI-q-OFFENSIVE-NO = இல்லை
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = வெறுப்பைத் தூண்டும் சுவர்க் கிறுக்கல்கள் ஒரு வேலை நாளுக்குள் அகற்றப்படும்.

svc-LG-LITTER = குப்பை அல்லது சட்டவிரோதமாகக் கொட்டப்பட்டவை
svc-LG-LITTER-desc = குப்பை, கொட்டப்பட்ட பொருட்கள் அல்லது நிரம்பி வழியும் நகராட்சிக் குப்பைத் தொட்டியைப் புகாரளிக்கவும்.
svc-LG-LITTER-q-ITEMS = என்ன விட்டுச் செல்லப்பட்டுள்ளது?
svc-LG-LITTER-q-ITEMS-BAGS = குப்பைப் பைகள்
svc-LG-LITTER-q-ITEMS-FURNITURE = மரச்சாமான்கள் அல்லது மெத்தை
svc-LG-LITTER-q-ITEMS-TIRES = டயர்கள்
svc-LG-LITTER-q-ITEMS-BIN = நிரம்பி வழியும் குப்பைத் தொட்டி
svc-LG-LITTER-q-ITEMS-SHARPS = ஊசிகள் அல்லது கூர்மையான பொருட்கள்
svc-LG-LITTER-q-SEEN = அதை எப்போது பார்த்தீர்கள்?

svc-NS-NOISE = இரைச்சல் புகார்
svc-NS-NOISE-desc = அனுமதிக்கப்பட்ட நேரத்திற்கு வெளியே கட்டுமான இரைச்சல், அல்லது ஒரு வணிக நிறுவனத்திலிருந்து தொடர்ந்து வரும் இரைச்சலைப் புகாரளிக்கவும். இப்போது நடக்கும் ஒரு விருந்து பற்றி, Peel Regional Police காவல்துறையின் அவசரமில்லாத எண்ணை அழையுங்கள்.
svc-NS-NOISE-notice = இரைச்சல் புகார்கள் துணைவிதி அமலாக்கப் பிரிவுக்கு அனுப்பப்படும். அவற்றை இணையத்தில் பின்தொடர முடியாது: மேலும் அறிய 311 என்ற எண்ணை அழையுங்கள்.
svc-NS-NOISE-q-SOURCE = இரைச்சல் எங்கிருந்து வருகிறது?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = கட்டுமானம்
svc-NS-NOISE-q-SOURCE-BUSINESS = ஒரு வணிக நிறுவனம்
svc-NS-NOISE-q-SOURCE-VEHICLE = வாகனங்கள் அல்லது இயந்திரங்கள்
svc-NS-NOISE-q-SOURCE-OTHER = மற்றவை
svc-NS-NOISE-q-DATE = அது நடந்த தேதி
svc-NS-NOISE-q-ONGOING = அது இன்னும் நடந்துகொண்டிருக்கிறதா?

svc-PK-PARKING = வாகன நிறுத்த விதிமீறல்
svc-PK-PARKING-desc = சட்டவிரோதமாக நிறுத்தப்பட்ட வாகனத்தைப் புகாரளிக்கவும்: வீட்டு வாகனப் பாதையை மறித்து, நடைபாதையில், தீயணைப்பு வாகனப் பாதையில், அல்லது அனுமதிச்சீட்டு இல்லாமல் மாற்றுத்திறனாளிகளுக்கான இடத்தில்.
svc-PK-PARKING-q-PLATE = வாகனப் பதிவு எண்
svc-PK-PARKING-q-WHERE = அது எங்கே நிறுத்தப்பட்டுள்ளது?
svc-PK-PARKING-q-WHERE-DRIVEWAY = வீட்டு வாகனப் பாதையை மறித்து
svc-PK-PARKING-q-WHERE-SIDEWALK = நடைபாதையில்
svc-PK-PARKING-q-WHERE-FIRE = தீயணைப்பு வாகனப் பாதையில்
svc-PK-PARKING-q-WHERE-ACCESSIBLE = மாற்றுத்திறனாளிகளுக்கான இடத்தில், அனுமதிச்சீட்டு இல்லாமல்
svc-PK-PARKING-q-WHERE-LONG = தெருவில் 5 மணி நேரத்திற்கு மேல்

svc-DR-FLOODING = தெருவில் வெள்ளம் அல்லது அடைபட்ட மழைநீர் வடிகால்
svc-DR-FLOODING-desc = சாலையில் நீர் தேங்கியிருப்பதை, அல்லது அடைபட்ட மழைநீர் வடிகாலை (மழைநீர் சேகரிப்புக் குழி) புகாரளிக்கவும்.
svc-DR-FLOODING-q-DEPTH = நீர் எவ்வளவு ஆழம்?
svc-DR-FLOODING-q-DEPTH-SHALLOW = 5 செ.மீ.க்குக் குறைவு
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 முதல் 15 செ.மீ. வரை
svc-DR-FLOODING-q-DEPTH-DEEP = 15 செ.மீ.க்கு மேல்

svc-PC-PROPERTY = சொத்துப் பராமரிப்புத் தரநிலைகள்
svc-PC-PROPERTY-desc = மோசமான நிலையில் உள்ள சொத்தைப் புகாரளிக்கவும்: நீண்டு வளர்ந்த புல், புதர் மண்டிய முற்றங்கள், பாதுகாப்பற்ற கட்டமைப்புகள், தனியார் நிலத்தில் கைவிடப்பட்ட வாகனங்கள்.
svc-PC-PROPERTY-q-ISSUE = உங்கள் கவலை என்ன?
svc-PC-PROPERTY-q-ISSUE-GRASS = நீண்டு வளர்ந்த புல் அல்லது களைகள்
svc-PC-PROPERTY-q-ISSUE-DEBRIS = முற்றத்தில் குப்பைக் கூளங்கள்
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = பாதுகாப்பற்ற கட்டமைப்பு
svc-PC-PROPERTY-q-ISSUE-VEHICLE = கைவிடப்பட்ட வாகனம்
svc-PC-PROPERTY-q-OWNER = நீங்கள் இந்தச் சொத்தில் வாடகைக்கு இருக்கிறீர்களா?
svc-PC-PROPERTY-q-OWNER-YES = ஆம்
svc-PC-PROPERTY-q-OWNER-NO = இல்லை

svc-SV-VEHICLE = நகராட்சி வாகனம் பற்றிய புகார்
svc-SV-VEHICLE-desc = நகராட்சி வாகனம் அல்லது MiWay பேருந்து ஓட்டப்பட்ட விதம் பற்றி எங்களிடம் சொல்லுங்கள்: அதிவேகம், பாதுகாப்பற்ற திருப்பங்கள், நிறுத்தியிருக்கும்போது தேவையின்றி இயந்திரத்தை ஓடவிடுதல்.
svc-SV-VEHICLE-q-VEHICLE = வாகன எண் அல்லது பேருந்து எண்
svc-SV-VEHICLE-q-WHEN = அது எப்போது நடந்தது?
svc-SV-VEHICLE-q-WHAT = என்ன நடந்தது?

svc-PK-SIGN = காணாமல் போன அல்லது சேதமடைந்த அறிவிப்புப் பலகை
svc-PK-SIGN-desc = காணாமல் போன, சேதமடைந்த அல்லது பார்க்கக் கடினமாக உள்ள “நிறுத்து” பலகை, தெருப் பெயர்ப் பலகை அல்லது வாகன நிறுத்தப் பலகையைப் புகாரளிக்கவும்.
svc-PK-SIGN-notice = காணாமல் போன “நிறுத்து” பலகை அதே நாளில் மாற்றி வைக்கப்படும்.
svc-PK-SIGN-q-KIND = எந்தப் பலகை?
svc-PK-SIGN-q-KIND-STOP = “நிறுத்து” அல்லது “வழிவிடு” பலகை
svc-PK-SIGN-q-KIND-NAME = தெருப் பெயர்
svc-PK-SIGN-q-KIND-PARKING = வாகன நிறுத்தப் பலகை
svc-PK-SIGN-q-KIND-SPEED = வேக வரம்பு
svc-PK-SIGN-q-KIND-OTHER = மற்றவை
svc-PK-SIGN-q-DOWN = “நிறுத்து” பலகை கீழே விழுந்து கிடக்கிறதா?

svc-CS-DEAD-ANIMAL = பொது இடத்தில் இறந்த விலங்கு
svc-CS-DEAD-ANIMAL-desc = சாலை, நடைபாதை அல்லது பூங்காவிலிருந்து இறந்த விலங்கை அகற்றக் கோருங்கள்.

svc-RC-PARK = பூங்காப் பராமரிப்பு
svc-RC-PARK-desc = உடைந்த விளையாட்டுத் திடல் உபகரணங்கள், சேதமடைந்த இருக்கை அல்லது நகராட்சிப் பூங்காவில் உள்ள ஒரு பிரச்சினையைப் புகாரளிக்கவும்.
svc-RC-PARK-q-ITEM = எதைக் கவனிக்க வேண்டும்?
svc-RC-PARK-q-ITEM-PLAY = சிறுவர் விளையாட்டுத் திடல்
svc-RC-PARK-q-ITEM-BENCH = இருக்கை அல்லது மேசை
svc-RC-PARK-q-ITEM-TRAIL = நடைப் பாதை
svc-RC-PARK-q-ITEM-WASHROOM = கழிப்பறை
svc-RC-PARK-q-ITEM-LIGHT = விளக்குகள்
svc-RC-PARK-q-ITEM-FIELD = விளையாட்டு மைதானம்
svc-RC-PARK-q-ITEM-COURT = டென்னிஸ் அல்லது கூடைப்பந்து மைதானம்
svc-RC-PARK-q-ITEM-OTHER = மற்றவை
svc-RC-PARK-q-UNSAFE = அதைப் பயன்படுத்துவது பாதுகாப்பற்றதா?
svc-RC-PARK-q-PARK = பூங்காவின் பெயர்

svc-PC-DAMAGE = நகராட்சிச் சொத்துக்குச் சேதம்
svc-PC-DAMAGE-desc = பூங்காவிலோ தெருவிலோ உள்ள உடைந்த இருக்கை, வேலி, அறிவிப்புப் பலகை, நீரூற்று, கழிப்பறை அல்லது பிற நகராட்சிச் சொத்தைப் புகாரளிக்கவும்.
svc-PC-DAMAGE-notice = மக்களுக்கு ஆபத்தை ஏற்படுத்தும் சேதம் 24 மணி நேரத்திற்குள் பாதுகாப்பாக்கப்படும்.
svc-PC-DAMAGE-q-KIND = எது சேதமடைந்துள்ளது?
svc-PC-DAMAGE-q-KIND-BENCH = இருக்கை அல்லது உணவு மேசை
svc-PC-DAMAGE-q-KIND-FENCE = வேலி அல்லது கைப்பிடிக் கம்பி
svc-PC-DAMAGE-q-KIND-SIGN = பூங்கா அல்லது தெரு அறிவிப்புப் பலகை
svc-PC-DAMAGE-q-KIND-PLAY = விளையாட்டுத் திடல் உபகரணங்கள்
svc-PC-DAMAGE-q-KIND-SHELTER = பேருந்து நிழற்குடை
svc-PC-DAMAGE-q-KIND-FOUNTAIN = குடிநீர் ஊற்று
svc-PC-DAMAGE-q-KIND-WASHROOM = பொதுக் கழிப்பறை
svc-PC-DAMAGE-q-KIND-OTHER = வேறு ஏதாவது
svc-PC-DAMAGE-q-KIND_OTHER = அது என்ன?
svc-PC-DAMAGE-q-COUNT = எத்தனை பொருட்கள் சேதமடைந்துள்ளன?
svc-PC-DAMAGE-q-NOTICED = அதை எப்போது கவனித்தீர்கள்?
svc-PC-DAMAGE-q-SINCE = உங்களுக்குத் தெரிந்தால், எந்தத் தேதியிலிருந்து அது இப்படி உள்ளது?
svc-PC-DAMAGE-q-DANGER = யாராவது காயமடையக்கூடுமா?
svc-PC-DAMAGE-q-DANGER-YES = ஆம்
svc-PC-DAMAGE-q-DANGER-NO = இல்லை
svc-PC-DAMAGE-q-DANGER_NOTE = யாராவது இப்போது காயமடைந்திருந்தால் அல்லது ஆபத்தில் இருந்தால், முதலில் 911 என்ற எண்ணை அழையுங்கள்.
svc-PC-DAMAGE-q-SIGNS = நீங்கள் என்ன பார்க்கிறீர்கள்?
svc-PC-DAMAGE-q-SIGNS-GLASS = உடைந்த கண்ணாடி
svc-PC-DAMAGE-q-SIGNS-EDGES = கூர்மையான விளிம்புகள்
svc-PC-DAMAGE-q-SIGNS-LOOSE = தளர்ந்த அல்லது காணாமல் போன பாகங்கள்
svc-PC-DAMAGE-q-SIGNS-WATER = நீர் கசிவு
svc-PC-DAMAGE-q-TAPED = அதைச் சுற்றி ஏற்கெனவே தடுப்பு நாடா கட்டப்பட்டுள்ளது அல்லது அடையாளம் இடப்பட்டுள்ளது
svc-PC-DAMAGE-q-ASSET = நகராட்சியின் அடையாள வில்லையில் உள்ள சொத்து எண், இருந்தால்
svc-PC-DAMAGE-q-DETAILS = பணிக்குழு தெரிந்துகொள்ள வேண்டிய வேறு ஏதாவது உள்ளதா?
svc-PC-DAMAGE-q-PROMISE = நகராட்சிச் சொத்துகளுக்கு ஏற்படும் சேதத்தைப் பணிக்குழுக்கள் 10 வேலை நாட்களுக்குள் சரிசெய்கின்றன.

## நகராட்சியின் பட்டியல் (catalogue.json): தலைப்புகள், வேறு இடத்தில் செய்யப்படும் சேவைகள்

topic-roads = சாலைகளும் நடைபாதைகளும்
link-road-closures = சாலை மூடல்களும் கட்டுமானப் பணிகளும்
link-road-closures-desc = எந்தச் சாலைகள் மூடப்பட்டுள்ளன, என்ன கட்டப்படுகிறது என்று பாருங்கள்.
link-snow-clearing = பனி அகற்றுதல்
link-snow-clearing-desc = பனிப்பொழிவுக்குப் பிறகு சுத்தம் செய்யப்படாத சாலை அல்லது நடைபாதையைப் புகாரளிக்கவும்.
link-snow-clearing-hours = குளிர்காலத்தில் 24 மணி நேரமும்

topic-trees = மரங்கள்
link-tree-permit = தனியார் நிலத்தில் உள்ள மரத்தை அகற்றுவதற்கான அனுமதி
link-tree-permit-desc = தனியார் நிலத்தில் உள்ள, 15 செ.மீ. அல்லது அதற்கு மேல் விட்டம் கொண்ட மரத்தைச் சேதப்படுத்த அல்லது அகற்ற அனுமதிக்கு விண்ணப்பிக்கவும்.

topic-litter-graffiti = குப்பையும் சுவர்க் கிறுக்கல்களும்

topic-noise = இரைச்சல்
link-noise-exemption = இரைச்சல் விலக்கு அனுமதி
link-noise-exemption-desc = ஒரு நிகழ்வு அல்லது கட்டுமானத்திற்காக, அனுமதிக்கப்பட்ட நேரத்திற்கு வெளியே இரைச்சல் எழுப்ப அனுமதிக்கு விண்ணப்பிக்கவும்.

topic-parking = வாகன நிறுத்தம்
link-parking-permit = தற்காலிக வாகன நிறுத்த அனுமதி
link-parking-permit-desc = தெருவில் 5 மணி நேரத்திற்கு மேல் வாகனத்தை நிறுத்த அனுமதிச்சீட்டு வாங்குங்கள்.

topic-pay = அபராதச் சீட்டுகள், தண்டத்தொகைகள் செலுத்துதல்
link-pay-parking-ticket = வாகன நிறுத்த அபராதச் சீட்டைச் செலுத்துங்கள்
link-pay-parking-ticket-desc = வாகன நிறுத்த அபராத அறிவிப்பை இணையத்தில் செலுத்துங்கள் அல்லது அதை எதிர்த்து முறையிடுங்கள்.
link-pay-fine = மாகாணக் குற்ற அபராதத்தைச் செலுத்துங்கள்
link-pay-fine-desc = போக்குவரத்து அல்லது மாகாணக் குற்ற அபராதச் சீட்டைச் செலுத்துங்கள்.

topic-permits = அனுமதிகளும் உரிமங்களும்
link-building-permit = கட்டட அனுமதி
link-building-permit-desc = கட்ட, புதுப்பிக்க அல்லது இடிக்க அனுமதிக்கு விண்ணப்பிக்கவும்.
link-dog-licence = நாய் மற்றும் பூனை உரிமம்
link-dog-licence-desc = உங்கள் செல்லப்பிராணிக்கு உரிமம் பெறுங்கள், உரிமத்தைப் புதுப்பியுங்கள் அல்லது ஒரு மாற்றத்தைத் தெரிவியுங்கள்.
link-marriage-licence = திருமண உரிமம்
link-marriage-licence-desc = இரண்டு அடையாள ஆவணங்களுடன் நேரில் விண்ணப்பிக்கவும்.
link-marriage-licence-hours = திங்கள் முதல் வெள்ளி வரை, காலை 8:30 முதல் மாலை 4:30 வரை

topic-property = சொத்து தொடர்பான கவலைகள்

topic-taxes = வரிகளும் சொத்தும்
link-property-tax = சொத்து வரி செலுத்துங்கள்
link-property-tax-desc = உங்கள் சொத்து வரியைச் செலுத்துங்கள், முன் அங்கீகரிக்கப்பட்ட தானியங்கிக் கட்டணங்களுக்குப் பதிவு செய்யுங்கள், அல்லது செலுத்த வேண்டிய தொகையைப் பாருங்கள்.
link-tax-certificate = வரிச் சான்றிதழ்
link-tax-certificate-desc = சொத்து விற்பனைக்காக வரிச் சான்றிதழைக் கோருங்கள்.
link-tax-certificate-hours = திங்கள் முதல் வெள்ளி வரை, காலை 8:30 முதல் மாலை 4:30 வரை

topic-vehicles = சேவை வாகனங்கள் பற்றிய புகார்கள்

topic-library = நூலகம்
link-library-card = நூலக அட்டை பெறுங்கள்
link-library-card-desc = இலவச நூலக அட்டைக்கு இணையத்தில் பதிவு செய்து, புத்தகங்கள், மின்னூல்கள் மற்றும் பலவற்றை இரவல் பெறுங்கள்.

topic-recreation = பொழுதுபோக்கு
link-recreation-register = நிகழ்ச்சிகளுக்குப் பதிவு செய்யுங்கள்
link-recreation-register-desc = நீச்சல், பனிச்சறுக்கு, முகாம்கள் மற்றும் பிற பொழுதுபோக்கு நிகழ்ச்சிகளுக்குப் பதிவு செய்யுங்கள்.

topic-civic = குடிமைச் சேவைகள்
link-civic-311 = ஒரு கேள்வி கேளுங்கள்
link-civic-311-desc = எந்த நகராட்சிச் சேவை பற்றியும் 311 சேவை முகவருடன் பேசுங்கள்.

topic-drainage = வடிகால்

## ஒரு பட்டியல் தலைப்பின் கீழ் வரும், நகராட்சி அமைப்பின் குழுக்கள்: catalogue.json ஐப் பயன்படுத்த முடியாதபோது மட்டுமே இந்தப் பெயர்களில் காட்டப்படும்

topic-x526f61647320616e64207369646577616c6b73 = சாலைகளும் நடைபாதைகளும்
topic-Trees = மரங்கள்
topic-x4c697474657220616e64206772616666697469 = குப்பையும் சுவர்க் கிறுக்கல்களும்
topic-Noise = இரைச்சல்
topic-Parking = வாகன நிறுத்தம்
topic-Drainage = வடிகால்
topic-x50726f706572747920636f6e6365726e73 = சொத்து தொடர்பான கவலைகள்
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = சேவை வாகனங்கள் பற்றிய புகார்கள்
topic-x4369766963207365727669636573 = குடிமைச் சேவைகள்
topic-Recreation = பொழுதுபோக்கு

## நகராட்சி எழுதியபடி ஒரு கோரிக்கையின் நிலை

status-open = நிலுவையில் உள்ளது
status-closed = மூடப்பட்டது
