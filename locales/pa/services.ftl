# Frontdesk: ਸ਼ਹਿਰ ਦੀਆਂ ਸੇਵਾਵਾਂ ਦਾ ਪੰਜਾਬੀ ਅਨੁਵਾਦ (ਨਾਂ, ਵੇਰਵੇ, ਸਵਾਲ, ਵਿਸ਼ੇ)। ਅਨੁਵਾਦਕਾਂ ਲਈ ਗਾਈਡ: locales/README.md

## ਸੇਵਾਵਾਂ: ਨਾਂ, ਵੇਰਵਾ, ਸੂਚਨਾ (ਬੇਨਤੀ ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਦਿਖਾਈ ਜਾਂਦੀ ਹੈ), ਸਵਾਲ ਅਤੇ ਵਿਕਲਪ

svc-RD-POTHOLE = ਸੜਕ ਵਿੱਚ ਟੋਆ
svc-RD-POTHOLE-desc = ਸ਼ਹਿਰ ਦੀ ਕਿਸੇ ਸੜਕ ਵਿੱਚ ਟੋਏ ਦੀ ਰਿਪੋਰਟ ਕਰੋ। ਖੇਤਰੀ ਸੜਕਾਂ (ਨੰਬਰ ਵਾਲੀਆਂ ਸੜਕਾਂ) ਦੇ ਟੋਏ ਪੀਲ ਰੀਜਨ ਠੀਕ ਕਰਦਾ ਹੈ।
svc-RD-POTHOLE-notice = ਜਿਹੜੇ ਟੋਇਆਂ ਨੂੰ ਖ਼ਤਰਨਾਕ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ, ਉਹਨਾਂ ਦੀ ਜਾਂਚ 24 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
svc-RD-POTHOLE-q-WHERE = ਟੋਆ ਕਿੱਥੇ ਹੈ?
svc-RD-POTHOLE-q-WHERE-ROAD = ਗੱਡੀਆਂ ਦੇ ਚੱਲਣ ਵਾਲੀ ਲੇਨ ਵਿੱਚ
svc-RD-POTHOLE-q-WHERE-SHOULDER = ਸੜਕ ਦੇ ਕੰਢੇ (ਸ਼ੋਲਡਰ) 'ਤੇ
svc-RD-POTHOLE-q-WHERE-BIKE = ਸਾਈਕਲ ਲੇਨ ਵਿੱਚ
svc-RD-POTHOLE-q-WHERE-CROSSWALK = ਪੈਦਲ ਲਾਂਘੇ (ਕਰਾਸਵਾਕ) ਵਿੱਚ
svc-RD-POTHOLE-q-SIZE = ਇਹ ਲਗਭਗ ਕਿੰਨਾ ਚੌੜਾ ਹੈ, ਸੈਂਟੀਮੀਟਰਾਂ ਵਿੱਚ?
svc-RD-POTHOLE-q-HAZARD = ਕੀ ਇਸ ਨਾਲ ਇਸ ਵੇਲੇ ਤੁਰੰਤ ਕੋਈ ਖ਼ਤਰਾ ਹੈ?
svc-RD-POTHOLE-q-HAZARD-YES = ਹਾਂ
svc-RD-POTHOLE-q-HAZARD-NO = ਨਹੀਂ
svc-RD-POTHOLE-q-SAFETY = ਜੇ ਇਸ ਵੇਲੇ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ, ਤਾਂ 911 'ਤੇ ਵੀ ਕਾਲ ਕਰੋ।

svc-RD-SIDEWALK = ਟੁੱਟਿਆ ਹੋਇਆ ਫੁੱਟਪਾਥ
svc-RD-SIDEWALK-desc = ਠੋਕਰ ਲੱਗਣ ਦੇ ਖ਼ਤਰੇ, ਟੁੱਟੀ ਹੋਈ ਸਲੈਬ ਜਾਂ ਉੱਪਰ ਉੱਠੇ ਹੋਏ ਫੁੱਟਪਾਥ ਦੀ ਰਿਪੋਰਟ ਕਰੋ।
svc-RD-SIDEWALK-q-PROBLEM = ਕੀ ਖ਼ਰਾਬੀ ਹੈ?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = ਸਲੈਬ ਉੱਪਰ ਉੱਠੀ ਜਾਂ ਹੇਠਾਂ ਧਸੀ ਹੋਈ ਹੈ
svc-RD-SIDEWALK-q-PROBLEM-CRACK = ਤਰੇੜ ਹੈ ਜਾਂ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ
svc-RD-SIDEWALK-q-PROBLEM-HOLE = ਟੋਆ
svc-RD-SIDEWALK-q-PROBLEM-CURB = ਫੁੱਟਪਾਥ ਦਾ ਕਿਨਾਰਾ (ਕਰਬ) ਟੁੱਟਿਆ ਹੈ
svc-RD-SIDEWALK-q-DETAILS = ਕੋਈ ਹੋਰ ਗੱਲ ਜੋ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਪਤਾ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ?

svc-RD-STREETLIGHT = ਸਟ੍ਰੀਟ ਲਾਈਟ ਬੰਦ ਹੈ
svc-RD-STREETLIGHT-desc = ਅਜਿਹੀ ਸਟ੍ਰੀਟ ਲਾਈਟ ਦੀ ਰਿਪੋਰਟ ਕਰੋ ਜੋ ਬੰਦ ਹੈ, ਟਿਮਟਿਮਾ ਰਹੀ ਹੈ ਜਾਂ ਦਿਨ ਵੇਲੇ ਜਗਦੀ ਰਹਿੰਦੀ ਹੈ।
svc-RD-STREETLIGHT-q-POLE = ਖੰਭੇ ਦਾ ਨੰਬਰ, ਜੇ ਤੁਹਾਨੂੰ ਦਿਸਦਾ ਹੋਵੇ
svc-RD-STREETLIGHT-q-STATE = ਲਾਈਟ ਨੂੰ ਕੀ ਹੋ ਰਿਹਾ ਹੈ?
svc-RD-STREETLIGHT-q-STATE-OUT = ਬੰਦ ਹੈ
svc-RD-STREETLIGHT-q-STATE-FLICKER = ਟਿਮਟਿਮਾ ਰਹੀ ਹੈ
svc-RD-STREETLIGHT-q-STATE-DAY = ਦਿਨ ਵੇਲੇ ਜਗਦੀ ਰਹਿੰਦੀ ਹੈ

svc-TR-TREE = ਦਰੱਖ਼ਤਾਂ ਦੀ ਦੇਖਭਾਲ
svc-TR-TREE-desc = ਸ਼ਹਿਰ ਦੇ ਕਿਸੇ ਦਰੱਖ਼ਤ ਦੀ ਜਾਂਚ, ਛੰਗਾਈ ਜਾਂ ਉਸਨੂੰ ਹਟਾਉਣ ਦੀ ਬੇਨਤੀ ਕਰੋ। ਨਿੱਜੀ ਜਾਇਦਾਦ 'ਤੇ ਲੱਗੇ ਦਰੱਖ਼ਤ ਮਾਲਕ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹਨ।
svc-TR-TREE-notice = ਦਰੱਖ਼ਤਾਂ ਨਾਲ ਸੰਬੰਧਿਤ ਬੇਨਤੀਆਂ ਨੂੰ ਹਵਾਲਾ ਨੰਬਰ ਦਿੱਤੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਸ਼ਹਿਰ ਦਾ ਜੰਗਲਾਤ ਵਿਭਾਗ ਜਾਂਚਦਾ ਹੈ।
svc-TR-TREE-q-WHAT = ਕੀ ਸਮੱਸਿਆ ਹੈ?
svc-TR-TREE-q-WHAT-FALLEN = ਦਰੱਖ਼ਤ ਜਾਂ ਵੱਡਾ ਟਾਹਣਾ ਡਿੱਗ ਪਿਆ ਹੈ
svc-TR-TREE-q-WHAT-HANGING = ਟਾਹਣਾ ਲਟਕ ਰਿਹਾ ਹੈ ਜਾਂ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ
svc-TR-TREE-q-WHAT-DEAD = ਦਰੱਖ਼ਤ ਸੁੱਕ ਗਿਆ ਹੈ ਜਾਂ ਸੁੱਕ ਰਿਹਾ ਹੈ
svc-TR-TREE-q-WHAT-ROOTS = ਜੜ੍ਹਾਂ ਫੁੱਟਪਾਥ ਨੂੰ ਉੱਪਰ ਚੁੱਕ ਰਹੀਆਂ ਹਨ
svc-TR-TREE-q-WHAT-OTHER = ਕੁਝ ਹੋਰ
svc-TR-TREE-q-BLOCKING = ਕੀ ਇਹ ਸੜਕ ਜਾਂ ਫੁੱਟਪਾਥ ਦਾ ਰਾਹ ਰੋਕ ਰਿਹਾ ਹੈ?
svc-TR-TREE-q-OTHER = ਸਮੱਸਿਆ ਦਾ ਵੇਰਵਾ ਦਿਓ

svc-LG-GRAFFITI = ਗ੍ਰੈਫ਼ਿਟੀ (ਕੰਧਾਂ ਆਦਿ 'ਤੇ ਲਿਖਾਈ)
svc-LG-GRAFFITI-desc = ਸ਼ਹਿਰ ਦੀ ਜਾਇਦਾਦ 'ਤੇ ਗ੍ਰੈਫ਼ਿਟੀ ਦੀ ਰਿਪੋਰਟ ਕਰੋ: ਇਮਾਰਤਾਂ, ਪੁਲ, ਸਾਈਨ ਬੋਰਡ, ਪਾਰਕ ਦਾ ਸਮਾਨ।
svc-LG-GRAFFITI-q-SURFACE = ਇਹ ਕਿਸ ਚੀਜ਼ 'ਤੇ ਹੈ?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = ਸ਼ਹਿਰ ਦੀ ਇਮਾਰਤ
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = ਪੁਲ ਜਾਂ ਅੰਡਰਪਾਸ
svc-LG-GRAFFITI-q-SURFACE-SIGN = ਸਾਈਨ ਬੋਰਡ
svc-LG-GRAFFITI-q-SURFACE-PARK = ਪਾਰਕ ਦਾ ਸਮਾਨ
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = ਬੱਸ ਸ਼ੈਲਟਰ
svc-LG-GRAFFITI-q-SURFACE-UTILITY = ਬਿਜਲੀ ਜਾਂ ਸੰਚਾਰ ਦਾ ਡੱਬਾ
svc-LG-GRAFFITI-q-SURFACE-FENCE = ਵਾੜ ਜਾਂ ਕੰਧ
svc-LG-GRAFFITI-q-SURFACE-OTHER = ਹੋਰ
svc-LG-GRAFFITI-q-OFFENSIVE = ਕੀ ਇਹ ਨਫ਼ਰਤ ਭਰੀ ਜਾਂ ਇਤਰਾਜ਼ਯੋਗ ਹੈ?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = ਹਾਂ
svc-LG-GRAFFITI-q-OFFENSIVE-NO = ਨਹੀਂ
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = ਨਫ਼ਰਤ ਭਰੀ ਗ੍ਰੈਫ਼ਿਟੀ ਇੱਕ ਕੰਮਕਾਜੀ ਦਿਨ ਦੇ ਅੰਦਰ ਹਟਾ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ।

svc-LG-LITTER = ਕੂੜਾ ਜਾਂ ਗ਼ੈਰ-ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਸੁੱਟਿਆ ਸਮਾਨ
svc-LG-LITTER-desc = ਕੂੜੇ, ਸੁੱਟੇ ਗਏ ਸਮਾਨ ਜਾਂ ਸ਼ਹਿਰ ਦੇ ਭਰ ਕੇ ਬਾਹਰ ਡੁੱਲ੍ਹਦੇ ਕੂੜੇਦਾਨ ਦੀ ਰਿਪੋਰਟ ਕਰੋ।
svc-LG-LITTER-q-ITEMS = ਕੀ ਛੱਡਿਆ ਗਿਆ ਹੈ?
svc-LG-LITTER-q-ITEMS-BAGS = ਕੂੜੇ ਦੇ ਥੈਲੇ
svc-LG-LITTER-q-ITEMS-FURNITURE = ਫ਼ਰਨੀਚਰ ਜਾਂ ਗੱਦਾ
svc-LG-LITTER-q-ITEMS-TIRES = ਟਾਇਰ
svc-LG-LITTER-q-ITEMS-BIN = ਭਰ ਕੇ ਬਾਹਰ ਡੁੱਲ੍ਹਦਾ ਕੂੜੇਦਾਨ
svc-LG-LITTER-q-ITEMS-SHARPS = ਸੂਈਆਂ ਜਾਂ ਤਿੱਖੀਆਂ ਚੀਜ਼ਾਂ
svc-LG-LITTER-q-SEEN = ਤੁਸੀਂ ਇਹ ਕਦੋਂ ਦੇਖਿਆ?

svc-NS-NOISE = ਸ਼ੋਰ ਦੀ ਸ਼ਿਕਾਇਤ
svc-NS-NOISE-desc = ਇਜਾਜ਼ਤ ਵਾਲੇ ਸਮੇਂ ਤੋਂ ਬਾਹਰ ਉਸਾਰੀ ਦੇ ਸ਼ੋਰ, ਜਾਂ ਕਿਸੇ ਕਾਰੋਬਾਰ ਤੋਂ ਲਗਾਤਾਰ ਆਉਂਦੇ ਸ਼ੋਰ ਦੀ ਰਿਪੋਰਟ ਕਰੋ। ਇਸ ਵੇਲੇ ਚੱਲ ਰਹੀ ਕਿਸੇ ਪਾਰਟੀ ਲਈ, ਪੀਲ ਰੀਜਨਲ ਪੁਲਿਸ ਦੇ ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ ਨੰਬਰ 'ਤੇ ਕਾਲ ਕਰੋ।
svc-NS-NOISE-notice = ਸ਼ੋਰ ਦੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਸ਼ਹਿਰ ਦੇ ਉਪ-ਨਿਯਮ ਲਾਗੂਕਰਨ ਵਿਭਾਗ (ਬਾਇ-ਲਾਅ ਇਨਫ਼ੋਰਸਮੈਂਟ) ਕੋਲ ਜਾਂਦੀਆਂ ਹਨ। ਇਹਨਾਂ ਦੀ ਸਥਿਤੀ ਆਨਲਾਈਨ ਨਹੀਂ ਦੇਖੀ ਜਾ ਸਕਦੀ: ਅੱਗੇ ਦੀ ਜਾਣਕਾਰੀ ਲਈ 311 'ਤੇ ਕਾਲ ਕਰੋ।
svc-NS-NOISE-q-SOURCE = ਸ਼ੋਰ ਕਿੱਥੋਂ ਆ ਰਿਹਾ ਹੈ?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = ਉਸਾਰੀ ਦਾ ਕੰਮ
svc-NS-NOISE-q-SOURCE-BUSINESS = ਕੋਈ ਕਾਰੋਬਾਰ
svc-NS-NOISE-q-SOURCE-VEHICLE = ਗੱਡੀਆਂ ਜਾਂ ਮਸ਼ੀਨਾਂ
svc-NS-NOISE-q-SOURCE-OTHER = ਹੋਰ
svc-NS-NOISE-q-DATE = ਇਹ ਕਿਸ ਤਾਰੀਖ਼ ਨੂੰ ਹੋਇਆ
svc-NS-NOISE-q-ONGOING = ਕੀ ਇਹ ਹਾਲੇ ਵੀ ਹੋ ਰਿਹਾ ਹੈ?

svc-PK-PARKING = ਪਾਰਕਿੰਗ ਨਿਯਮਾਂ ਨੂੰ ਲਾਗੂ ਕਰਨਾ
svc-PK-PARKING-desc = ਗ਼ਲਤ ਢੰਗ ਨਾਲ ਖੜ੍ਹੀ ਗੱਡੀ ਦੀ ਰਿਪੋਰਟ ਕਰੋ: ਡਰਾਈਵਵੇਅ ਦਾ ਰਾਹ ਰੋਕਦੀ ਹੋਈ, ਫੁੱਟਪਾਥ 'ਤੇ, ਫ਼ਾਇਰ ਰੂਟ ਵਿੱਚ, ਜਾਂ ਬਿਨਾਂ ਪਰਮਿਟ ਦੇ ਅਪੰਗਤਾ ਵਾਲੇ ਵਿਅਕਤੀਆਂ ਲਈ ਰਾਖਵੀਂ ਪਾਰਕਿੰਗ ਥਾਂ ਵਿੱਚ।
svc-PK-PARKING-q-PLATE = ਨੰਬਰ ਪਲੇਟ
svc-PK-PARKING-q-WHERE = ਗੱਡੀ ਕਿੱਥੇ ਖੜ੍ਹੀ ਹੈ?
svc-PK-PARKING-q-WHERE-DRIVEWAY = ਡਰਾਈਵਵੇਅ ਦਾ ਰਾਹ ਰੋਕ ਰਹੀ ਹੈ
svc-PK-PARKING-q-WHERE-SIDEWALK = ਫੁੱਟਪਾਥ 'ਤੇ
svc-PK-PARKING-q-WHERE-FIRE = ਫ਼ਾਇਰ ਰੂਟ ਵਿੱਚ
svc-PK-PARKING-q-WHERE-ACCESSIBLE = ਅਪੰਗਤਾ ਵਾਲੇ ਵਿਅਕਤੀਆਂ ਲਈ ਰਾਖਵੀਂ ਥਾਂ ਵਿੱਚ, ਬਿਨਾਂ ਪਰਮਿਟ
svc-PK-PARKING-q-WHERE-LONG = ਸੜਕ 'ਤੇ 5 ਘੰਟਿਆਂ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੋਂ ਖੜ੍ਹੀ ਹੈ

svc-DR-FLOODING = ਸੜਕ 'ਤੇ ਪਾਣੀ ਭਰਨਾ ਜਾਂ ਬੰਦ ਨਾਲੀ (ਕੈਚ ਬੇਸਿਨ)
svc-DR-FLOODING-desc = ਸੜਕ 'ਤੇ ਖੜ੍ਹੇ ਪਾਣੀ, ਜਾਂ ਮੀਂਹ ਦੇ ਪਾਣੀ ਦੀ ਬੰਦ ਨਾਲੀ (ਕੈਚ ਬੇਸਿਨ) ਦੀ ਰਿਪੋਰਟ ਕਰੋ।
svc-DR-FLOODING-q-DEPTH = ਪਾਣੀ ਕਿੰਨਾ ਡੂੰਘਾ ਹੈ?
svc-DR-FLOODING-q-DEPTH-SHALLOW = 5 ਸੈਂਟੀਮੀਟਰ ਤੋਂ ਘੱਟ
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 ਤੋਂ 15 ਸੈਂਟੀਮੀਟਰ
svc-DR-FLOODING-q-DEPTH-DEEP = 15 ਸੈਂਟੀਮੀਟਰ ਤੋਂ ਵੱਧ

svc-PC-PROPERTY = ਜਾਇਦਾਦ ਦੀ ਸਾਂਭ-ਸੰਭਾਲ ਦੇ ਮਿਆਰ
svc-PC-PROPERTY-desc = ਮਾੜੀ ਹਾਲਤ ਵਾਲੀ ਜਾਇਦਾਦ ਦੀ ਰਿਪੋਰਟ ਕਰੋ: ਲੰਮਾ ਘਾਹ, ਝਾੜੀਆਂ ਨਾਲ ਭਰੇ ਵਿਹੜੇ, ਅਸੁਰੱਖਿਅਤ ਢਾਂਚੇ, ਨਿੱਜੀ ਜ਼ਮੀਨ 'ਤੇ ਛੱਡੀਆਂ ਗੱਡੀਆਂ।
svc-PC-PROPERTY-q-ISSUE = ਤੁਹਾਡੀ ਚਿੰਤਾ ਕੀ ਹੈ?
svc-PC-PROPERTY-q-ISSUE-GRASS = ਲੰਮਾ ਘਾਹ ਜਾਂ ਨਦੀਨ
svc-PC-PROPERTY-q-ISSUE-DEBRIS = ਵਿਹੜੇ ਵਿੱਚ ਮਲਬਾ ਜਾਂ ਕਬਾੜ
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = ਅਸੁਰੱਖਿਅਤ ਢਾਂਚਾ
svc-PC-PROPERTY-q-ISSUE-VEHICLE = ਛੱਡੀ ਹੋਈ ਗੱਡੀ
svc-PC-PROPERTY-q-OWNER = ਕੀ ਤੁਸੀਂ ਇਸ ਜਾਇਦਾਦ ਵਿੱਚ ਕਿਰਾਏ 'ਤੇ ਰਹਿੰਦੇ ਹੋ?
svc-PC-PROPERTY-q-OWNER-YES = ਹਾਂ
svc-PC-PROPERTY-q-OWNER-NO = ਨਹੀਂ

svc-SV-VEHICLE = ਸ਼ਹਿਰ ਦੀ ਗੱਡੀ ਬਾਰੇ ਸ਼ਿਕਾਇਤ
svc-SV-VEHICLE-desc = ਸ਼ਹਿਰ ਦੀ ਕਿਸੇ ਗੱਡੀ ਜਾਂ MiWay ਬੱਸ ਨੂੰ ਚਲਾਏ ਜਾਣ ਬਾਰੇ ਸਾਨੂੰ ਦੱਸੋ: ਤੇਜ਼ ਰਫ਼ਤਾਰ, ਖ਼ਤਰਨਾਕ ਢੰਗ ਨਾਲ ਮੋੜ ਕੱਟਣਾ, ਖੜ੍ਹੀ ਗੱਡੀ ਦਾ ਇੰਜਣ ਚਾਲੂ ਛੱਡਣਾ।
svc-SV-VEHICLE-q-VEHICLE = ਗੱਡੀ ਜਾਂ ਬੱਸ ਦਾ ਨੰਬਰ
svc-SV-VEHICLE-q-WHEN = ਇਹ ਕਦੋਂ ਹੋਇਆ?
svc-SV-VEHICLE-q-WHAT = ਕੀ ਹੋਇਆ?

svc-PK-SIGN = ਗੁੰਮ ਜਾਂ ਟੁੱਟਿਆ ਹੋਇਆ ਸਾਈਨ ਬੋਰਡ
svc-PK-SIGN-desc = ਅਜਿਹੇ ਸਟਾਪ ਸਾਈਨ, ਸੜਕ ਦੇ ਨਾਂ ਵਾਲੇ ਬੋਰਡ ਜਾਂ ਪਾਰਕਿੰਗ ਸਾਈਨ ਦੀ ਰਿਪੋਰਟ ਕਰੋ ਜੋ ਗੁੰਮ ਹੈ, ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਠੀਕ ਤਰ੍ਹਾਂ ਦਿਖਾਈ ਨਹੀਂ ਦਿੰਦਾ।
svc-PK-SIGN-notice = ਗੁੰਮ ਹੋਇਆ ਸਟਾਪ ਸਾਈਨ ਉਸੇ ਦਿਨ ਬਦਲ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
svc-PK-SIGN-q-KIND = ਕਿਹੜਾ ਸਾਈਨ?
svc-PK-SIGN-q-KIND-STOP = ਸਟਾਪ ਸਾਈਨ ਜਾਂ ਰਾਹ ਦਿਓ (ਯੀਲਡ) ਸਾਈਨ
svc-PK-SIGN-q-KIND-NAME = ਸੜਕ ਦਾ ਨਾਂ
svc-PK-SIGN-q-KIND-PARKING = ਪਾਰਕਿੰਗ ਸਾਈਨ
svc-PK-SIGN-q-KIND-SPEED = ਰਫ਼ਤਾਰ ਦੀ ਹੱਦ
svc-PK-SIGN-q-KIND-OTHER = ਹੋਰ
svc-PK-SIGN-q-DOWN = ਕੀ ਕੋਈ ਸਟਾਪ ਸਾਈਨ ਡਿੱਗਿਆ ਹੋਇਆ ਹੈ?

svc-CS-DEAD-ANIMAL = ਜਨਤਕ ਥਾਂ 'ਤੇ ਮਰਿਆ ਹੋਇਆ ਜਾਨਵਰ
svc-CS-DEAD-ANIMAL-desc = ਸੜਕ, ਫੁੱਟਪਾਥ ਜਾਂ ਪਾਰਕ ਤੋਂ ਮਰੇ ਹੋਏ ਜਾਨਵਰ ਨੂੰ ਹਟਾਉਣ ਦੀ ਬੇਨਤੀ ਕਰੋ।

svc-RC-PARK = ਪਾਰਕ ਦੀ ਦੇਖਭਾਲ
svc-RC-PARK-desc = ਬੱਚਿਆਂ ਦੇ ਖੇਡਣ ਵਾਲੇ ਟੁੱਟੇ ਸਮਾਨ, ਟੁੱਟੇ ਬੈਂਚ ਜਾਂ ਸ਼ਹਿਰ ਦੇ ਕਿਸੇ ਪਾਰਕ ਵਿੱਚ ਕਿਸੇ ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰੋ।
svc-RC-PARK-q-ITEM = ਕਿਸ ਚੀਜ਼ ਵੱਲ ਧਿਆਨ ਦੇਣ ਦੀ ਲੋੜ ਹੈ?
svc-RC-PARK-q-ITEM-PLAY = ਬੱਚਿਆਂ ਦੇ ਖੇਡਣ ਦੀ ਥਾਂ
svc-RC-PARK-q-ITEM-BENCH = ਬੈਂਚ ਜਾਂ ਮੇਜ਼
svc-RC-PARK-q-ITEM-TRAIL = ਪੈਦਲ ਰਾਹ
svc-RC-PARK-q-ITEM-WASHROOM = ਪਖ਼ਾਨਾ
svc-RC-PARK-q-ITEM-LIGHT = ਰੋਸ਼ਨੀ
svc-RC-PARK-q-ITEM-FIELD = ਖੇਡ ਦਾ ਮੈਦਾਨ
svc-RC-PARK-q-ITEM-COURT = ਟੈਨਿਸ ਜਾਂ ਬਾਸਕਟਬਾਲ ਕੋਰਟ
svc-RC-PARK-q-ITEM-OTHER = ਹੋਰ
svc-RC-PARK-q-UNSAFE = ਕੀ ਇਸਨੂੰ ਵਰਤਣਾ ਅਸੁਰੱਖਿਅਤ ਹੈ?
svc-RC-PARK-q-PARK = ਪਾਰਕ ਦਾ ਨਾਂ

svc-PC-DAMAGE = ਸ਼ਹਿਰ ਦੀ ਜਾਇਦਾਦ ਦਾ ਨੁਕਸਾਨ
svc-PC-DAMAGE-desc = ਕਿਸੇ ਪਾਰਕ ਵਿੱਚ ਜਾਂ ਸੜਕ 'ਤੇ ਟੁੱਟੇ ਬੈਂਚ, ਵਾੜ, ਸਾਈਨ ਬੋਰਡ, ਪੀਣ ਵਾਲੇ ਪਾਣੀ ਦੀ ਟੂਟੀ, ਪਖ਼ਾਨੇ ਜਾਂ ਸ਼ਹਿਰ ਦੀ ਕਿਸੇ ਹੋਰ ਜਾਇਦਾਦ ਦੀ ਰਿਪੋਰਟ ਕਰੋ।
svc-PC-DAMAGE-notice = ਜਿਸ ਨੁਕਸਾਨ ਨਾਲ ਲੋਕਾਂ ਨੂੰ ਖ਼ਤਰਾ ਹੋਵੇ, ਉਸਨੂੰ 24 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਸੁਰੱਖਿਅਤ ਕਰ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
svc-PC-DAMAGE-q-KIND = ਕੀ ਟੁੱਟਿਆ ਹੈ?
svc-PC-DAMAGE-q-KIND-BENCH = ਬੈਂਚ ਜਾਂ ਪਿਕਨਿਕ ਟੇਬਲ
svc-PC-DAMAGE-q-KIND-FENCE = ਵਾੜ ਜਾਂ ਜੰਗਲਾ
svc-PC-DAMAGE-q-KIND-SIGN = ਪਾਰਕ ਜਾਂ ਸੜਕ ਦਾ ਸਾਈਨ ਬੋਰਡ
svc-PC-DAMAGE-q-KIND-PLAY = ਬੱਚਿਆਂ ਦੇ ਖੇਡਣ ਦਾ ਸਮਾਨ
svc-PC-DAMAGE-q-KIND-SHELTER = ਬੱਸ ਸ਼ੈਲਟਰ
svc-PC-DAMAGE-q-KIND-FOUNTAIN = ਪੀਣ ਵਾਲੇ ਪਾਣੀ ਦੀ ਟੂਟੀ
svc-PC-DAMAGE-q-KIND-WASHROOM = ਜਨਤਕ ਪਖ਼ਾਨਾ
svc-PC-DAMAGE-q-KIND-OTHER = ਕੁਝ ਹੋਰ
svc-PC-DAMAGE-q-KIND_OTHER = ਇਹ ਕੀ ਹੈ?
svc-PC-DAMAGE-q-COUNT = ਕਿੰਨੀਆਂ ਚੀਜ਼ਾਂ ਟੁੱਟੀਆਂ ਹਨ?
svc-PC-DAMAGE-q-NOTICED = ਤੁਸੀਂ ਇਸਨੂੰ ਕਦੋਂ ਦੇਖਿਆ?
svc-PC-DAMAGE-q-SINCE = ਜੇ ਤੁਹਾਨੂੰ ਪਤਾ ਹੋਵੇ, ਤਾਂ ਇਹ ਕਿਸ ਤਾਰੀਖ਼ ਤੋਂ ਇਸ ਤਰ੍ਹਾਂ ਹੈ?
svc-PC-DAMAGE-q-DANGER = ਕੀ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ?
svc-PC-DAMAGE-q-DANGER-YES = ਹਾਂ
svc-PC-DAMAGE-q-DANGER-NO = ਨਹੀਂ
svc-PC-DAMAGE-q-DANGER_NOTE = ਜੇ ਇਸ ਵੇਲੇ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗੀ ਹੈ ਜਾਂ ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ ਪਹਿਲਾਂ 911 'ਤੇ ਕਾਲ ਕਰੋ।
svc-PC-DAMAGE-q-SIGNS = ਤੁਹਾਨੂੰ ਕੀ ਦਿਖਾਈ ਦੇ ਰਿਹਾ ਹੈ?
svc-PC-DAMAGE-q-SIGNS-GLASS = ਟੁੱਟਿਆ ਹੋਇਆ ਕੱਚ
svc-PC-DAMAGE-q-SIGNS-EDGES = ਤਿੱਖੇ ਕਿਨਾਰੇ
svc-PC-DAMAGE-q-SIGNS-LOOSE = ਢਿੱਲੇ ਜਾਂ ਗੁੰਮ ਹਿੱਸੇ
svc-PC-DAMAGE-q-SIGNS-WATER = ਪਾਣੀ ਰਿਸ ਰਿਹਾ ਹੈ
svc-PC-DAMAGE-q-TAPED = ਇਸਦੇ ਦੁਆਲੇ ਪਹਿਲਾਂ ਹੀ ਟੇਪ ਲੱਗੀ ਹੈ ਜਾਂ ਨਿਸ਼ਾਨ ਲਾਇਆ ਗਿਆ ਹੈ
svc-PC-DAMAGE-q-ASSET = ਸ਼ਹਿਰ ਦੇ ਟੈਗ 'ਤੇ ਲਿਖਿਆ ਜਾਇਦਾਦ ਨੰਬਰ, ਜੇ ਹੋਵੇ
svc-PC-DAMAGE-q-DETAILS = ਕੋਈ ਹੋਰ ਗੱਲ ਜੋ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਪਤਾ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ?
svc-PC-DAMAGE-q-PROMISE = ਕਰਮਚਾਰੀ ਸ਼ਹਿਰ ਦੀ ਜਾਇਦਾਦ ਦਾ ਨੁਕਸਾਨ 10 ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਠੀਕ ਕਰਦੇ ਹਨ।

## ਸ਼ਹਿਰ ਦੀ ਸੂਚੀ (catalogue.json): ਵਿਸ਼ੇ, ਅਤੇ ਉਹ ਸੇਵਾਵਾਂ ਜੋ ਕਿਤੇ ਹੋਰ ਮਿਲਦੀਆਂ ਹਨ

topic-roads = ਸੜਕਾਂ ਅਤੇ ਫੁੱਟਪਾਥ
link-road-closures = ਬੰਦ ਸੜਕਾਂ ਅਤੇ ਉਸਾਰੀ ਦਾ ਕੰਮ
link-road-closures-desc = ਦੇਖੋ ਕਿ ਕਿਹੜੀਆਂ ਸੜਕਾਂ ਬੰਦ ਹਨ ਅਤੇ ਕਿੱਥੇ ਕੀ ਬਣ ਰਿਹਾ ਹੈ।
link-snow-clearing = ਬਰਫ਼ ਹਟਾਉਣਾ
link-snow-clearing-desc = ਅਜਿਹੀ ਸੜਕ ਜਾਂ ਫੁੱਟਪਾਥ ਦੀ ਰਿਪੋਰਟ ਕਰੋ ਜਿੱਥੋਂ ਬਰਫ਼ਬਾਰੀ ਤੋਂ ਬਾਅਦ ਬਰਫ਼ ਨਹੀਂ ਹਟਾਈ ਗਈ।
link-snow-clearing-hours = ਸਰਦੀਆਂ ਵਿੱਚ 24 ਘੰਟੇ

topic-trees = ਦਰੱਖ਼ਤ
link-tree-permit = ਨਿੱਜੀ ਜਾਇਦਾਦ 'ਤੇ ਦਰੱਖ਼ਤ ਹਟਾਉਣ ਦਾ ਪਰਮਿਟ
link-tree-permit-desc = ਨਿੱਜੀ ਜਾਇਦਾਦ 'ਤੇ 15 ਸੈਂਟੀਮੀਟਰ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਵਿਆਸ ਵਾਲੇ ਦਰੱਖ਼ਤ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਜਾਂ ਹਟਾਉਣ ਦੇ ਪਰਮਿਟ ਲਈ ਅਰਜ਼ੀ ਦਿਓ।

topic-litter-graffiti = ਕੂੜਾ ਅਤੇ ਗ੍ਰੈਫ਼ਿਟੀ

topic-noise = ਸ਼ੋਰ
link-noise-exemption = ਸ਼ੋਰ ਤੋਂ ਛੋਟ ਦਾ ਪਰਮਿਟ
link-noise-exemption-desc = ਕਿਸੇ ਸਮਾਗਮ ਜਾਂ ਉਸਾਰੀ ਦੇ ਕੰਮ ਲਈ ਇਜਾਜ਼ਤ ਵਾਲੇ ਸਮੇਂ ਤੋਂ ਬਾਹਰ ਸ਼ੋਰ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਲਈ ਅਰਜ਼ੀ ਦਿਓ।

topic-parking = ਪਾਰਕਿੰਗ
link-parking-permit = ਆਰਜ਼ੀ ਪਾਰਕਿੰਗ ਪਰਮਿਟ
link-parking-permit-desc = ਸੜਕ 'ਤੇ 5 ਘੰਟਿਆਂ ਤੋਂ ਵੱਧ ਸਮੇਂ ਲਈ ਗੱਡੀ ਖੜ੍ਹੀ ਕਰਨ ਲਈ ਪਰਮਿਟ ਖ਼ਰੀਦੋ।

topic-pay = ਟਿਕਟਾਂ ਅਤੇ ਜੁਰਮਾਨੇ ਭਰੋ
link-pay-parking-ticket = ਪਾਰਕਿੰਗ ਟਿਕਟ ਦਾ ਭੁਗਤਾਨ ਕਰੋ
link-pay-parking-ticket-desc = ਪਾਰਕਿੰਗ ਜੁਰਮਾਨੇ ਦੇ ਨੋਟਿਸ ਦਾ ਆਨਲਾਈਨ ਭੁਗਤਾਨ ਕਰੋ ਜਾਂ ਉਸਨੂੰ ਚੁਣੌਤੀ ਦਿਓ।
link-pay-fine = ਸੂਬਾਈ ਅਪਰਾਧ ਦਾ ਜੁਰਮਾਨਾ ਭਰੋ
link-pay-fine-desc = ਟ੍ਰੈਫ਼ਿਕ ਜਾਂ ਸੂਬਾਈ ਅਪਰਾਧ ਦੀ ਟਿਕਟ ਦਾ ਭੁਗਤਾਨ ਕਰੋ।

topic-permits = ਪਰਮਿਟ ਅਤੇ ਲਾਇਸੈਂਸ
link-building-permit = ਉਸਾਰੀ ਪਰਮਿਟ
link-building-permit-desc = ਉਸਾਰੀ, ਮੁਰੰਮਤ-ਤਬਦੀਲੀ ਜਾਂ ਢਾਹੁਣ ਦੇ ਪਰਮਿਟ ਲਈ ਅਰਜ਼ੀ ਦਿਓ।
link-dog-licence = ਕੁੱਤੇ ਅਤੇ ਬਿੱਲੀ ਦਾ ਲਾਇਸੈਂਸ
link-dog-licence-desc = ਆਪਣੇ ਪਾਲਤੂ ਜਾਨਵਰ ਦਾ ਲਾਇਸੈਂਸ ਬਣਵਾਓ, ਲਾਇਸੈਂਸ ਨਵਿਆਓ ਜਾਂ ਕਿਸੇ ਤਬਦੀਲੀ ਦੀ ਜਾਣਕਾਰੀ ਦਿਓ।
link-marriage-licence = ਵਿਆਹ ਦਾ ਲਾਇਸੈਂਸ
link-marriage-licence-desc = ਪਛਾਣ ਦੇ ਦੋ ਦਸਤਾਵੇਜ਼ਾਂ ਨਾਲ ਖ਼ੁਦ ਆ ਕੇ ਅਰਜ਼ੀ ਦਿਓ।
link-marriage-licence-hours = ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 8:30 ਤੋਂ ਸ਼ਾਮ 4:30 ਵਜੇ ਤੱਕ

topic-property = ਜਾਇਦਾਦ ਨਾਲ ਸੰਬੰਧਿਤ ਚਿੰਤਾਵਾਂ

topic-taxes = ਟੈਕਸ ਅਤੇ ਜਾਇਦਾਦ
link-property-tax = ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਦਾ ਭੁਗਤਾਨ ਕਰੋ
link-property-tax-desc = ਆਪਣਾ ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਭਰੋ, ਪਹਿਲਾਂ ਤੋਂ ਮਨਜ਼ੂਰ ਕੀਤੀਆਂ ਆਪਣੇ-ਆਪ ਹੋਣ ਵਾਲੀਆਂ ਅਦਾਇਗੀਆਂ ਲਈ ਨਾਂ ਦਰਜ ਕਰਵਾਓ ਜਾਂ ਆਪਣੀ ਬਕਾਇਆ ਰਕਮ ਦੇਖੋ।
link-tax-certificate = ਟੈਕਸ ਸਰਟੀਫ਼ਿਕੇਟ
link-tax-certificate-desc = ਕਿਸੇ ਜਾਇਦਾਦ ਦੀ ਵਿਕਰੀ ਲਈ ਟੈਕਸ ਸਰਟੀਫ਼ਿਕੇਟ ਦੀ ਬੇਨਤੀ ਕਰੋ।
link-tax-certificate-hours = ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 8:30 ਤੋਂ ਸ਼ਾਮ 4:30 ਵਜੇ ਤੱਕ

topic-vehicles = ਸੇਵਾ ਵਾਹਨਾਂ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ

topic-library = ਲਾਇਬ੍ਰੇਰੀ
link-library-card = ਲਾਇਬ੍ਰੇਰੀ ਕਾਰਡ ਬਣਵਾਓ
link-library-card-desc = ਮੁਫ਼ਤ ਲਾਇਬ੍ਰੇਰੀ ਕਾਰਡ ਲਈ ਆਨਲਾਈਨ ਨਾਂ ਦਰਜ ਕਰਵਾਓ ਅਤੇ ਕਿਤਾਬਾਂ, ਈ-ਕਿਤਾਬਾਂ ਅਤੇ ਹੋਰ ਬਹੁਤ ਕੁਝ ਉਧਾਰ ਲਓ।

topic-recreation = ਮਨੋਰੰਜਨ ਅਤੇ ਖੇਡਾਂ
link-recreation-register = ਪ੍ਰੋਗਰਾਮਾਂ ਲਈ ਨਾਂ ਦਰਜ ਕਰਵਾਓ
link-recreation-register-desc = ਤੈਰਾਕੀ, ਸਕੇਟਿੰਗ, ਕੈਂਪਾਂ ਅਤੇ ਹੋਰ ਮਨੋਰੰਜਨ ਤੇ ਖੇਡ ਪ੍ਰੋਗਰਾਮਾਂ ਲਈ ਨਾਂ ਦਰਜ ਕਰਵਾਓ।

topic-civic = ਨਾਗਰਿਕ ਸੇਵਾਵਾਂ
link-civic-311 = ਕੋਈ ਸਵਾਲ ਪੁੱਛੋ
link-civic-311-desc = ਸ਼ਹਿਰ ਦੀ ਕਿਸੇ ਵੀ ਸੇਵਾ ਬਾਰੇ 311 ਦੇ ਨੁਮਾਇੰਦੇ ਨਾਲ ਗੱਲ ਕਰੋ।

topic-drainage = ਪਾਣੀ ਦੀ ਨਿਕਾਸੀ

## ਬੈਕ ਐਂਡ ਦੇ ਸਮੂਹ ਜਿਹਨਾਂ ਨੂੰ ਸੂਚੀ ਦਾ ਕੋਈ ਵਿਸ਼ਾ ਅਪਣਾਉਂਦਾ ਹੈ: ਇਹਨਾਂ ਨਾਵਾਂ ਹੇਠ ਉਦੋਂ ਹੀ ਦਿਖਦੇ ਹਨ ਜਦੋਂ catalogue.json ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕਦੀ

topic-x526f61647320616e64207369646577616c6b73 = ਸੜਕਾਂ ਅਤੇ ਫੁੱਟਪਾਥ
topic-Trees = ਦਰੱਖ਼ਤ
topic-x4c697474657220616e64206772616666697469 = ਕੂੜਾ ਅਤੇ ਗ੍ਰੈਫ਼ਿਟੀ
topic-Noise = ਸ਼ੋਰ
topic-Parking = ਪਾਰਕਿੰਗ
topic-Drainage = ਪਾਣੀ ਦੀ ਨਿਕਾਸੀ
topic-x50726f706572747920636f6e6365726e73 = ਜਾਇਦਾਦ ਨਾਲ ਸੰਬੰਧਿਤ ਚਿੰਤਾਵਾਂ
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = ਸੇਵਾ ਵਾਹਨਾਂ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ
topic-x4369766963207365727669636573 = ਨਾਗਰਿਕ ਸੇਵਾਵਾਂ
topic-Recreation = ਮਨੋਰੰਜਨ ਅਤੇ ਖੇਡਾਂ

## ਕਿਸੇ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ, ਜਿਵੇਂ ਸ਼ਹਿਰ ਲਿਖਦਾ ਹੈ

status-open = ਖੁੱਲ੍ਹੀ
status-closed = ਬੰਦ
