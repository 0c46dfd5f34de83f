# Frontdesk: शहर की सेवाओं का हिंदी अनुवाद (नाम, विवरण, सवाल, विषय)। अनुवादकों के लिए मार्गदर्शिका: locales/README.md

## सेवाएँ: नाम, विवरण, सूचना (अनुरोध शुरू करने से पहले दिखाई जाती है), सवाल और विकल्प

svc-RD-POTHOLE = सड़क का गड्ढा
svc-RD-POTHOLE-desc = शहर की किसी सड़क पर गड्ढे की सूचना दें। क्षेत्रीय सड़कों (नंबर वाली सड़कों) के गड्ढे पील रीजन ठीक करता है।
svc-RD-POTHOLE-notice = जिन गड्ढों को खतरनाक बताया जाता है, उनकी जाँच 24 घंटे के अंदर की जाती है।
svc-RD-POTHOLE-q-WHERE = गड्ढा कहाँ है?
svc-RD-POTHOLE-q-WHERE-ROAD = गाड़ियों के चलने वाली लेन में
svc-RD-POTHOLE-q-WHERE-SHOULDER = सड़क के किनारे (शोल्डर) पर
svc-RD-POTHOLE-q-WHERE-BIKE = साइकिल लेन में
svc-RD-POTHOLE-q-WHERE-CROSSWALK = पैदल पार-पथ (ज़ेब्रा क्रॉसिंग) में
svc-RD-POTHOLE-q-SIZE = यह लगभग कितना चौड़ा है, सेंटीमीटर में?
svc-RD-POTHOLE-q-HAZARD = क्या इससे अभी तुरंत कोई खतरा है?
svc-RD-POTHOLE-q-HAZARD-YES = हाँ
svc-RD-POTHOLE-q-HAZARD-NO = नहीं
svc-RD-POTHOLE-q-SAFETY = अगर अभी किसी को चोट लग सकती है, तो 911 पर भी कॉल करें।

svc-RD-SIDEWALK = टूटा हुआ फ़ुटपाथ
svc-RD-SIDEWALK-desc = ठोकर लगने के खतरे, टूटी हुई पटिया या ऊपर उठे हुए फ़ुटपाथ की सूचना दें।
svc-RD-SIDEWALK-q-PROBLEM = क्या खराबी है?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = पटिया ऊपर उठी या नीचे धँसी हुई है
svc-RD-SIDEWALK-q-PROBLEM-CRACK = दरार है या टूटा हुआ है
svc-RD-SIDEWALK-q-PROBLEM-HOLE = गड्ढा
svc-RD-SIDEWALK-q-PROBLEM-CURB = फ़ुटपाथ का किनारा (कर्ब) टूटा है
svc-RD-SIDEWALK-q-DETAILS = कोई और बात जो कर्मचारियों को पता होनी चाहिए?

svc-RD-STREETLIGHT = स्ट्रीट लाइट बंद है
svc-RD-STREETLIGHT-desc = ऐसी स्ट्रीट लाइट की सूचना दें जो बंद है, टिमटिमा रही है या दिन में जली रहती है।
svc-RD-STREETLIGHT-q-POLE = खंभे का नंबर, अगर आपको दिख रहा हो
svc-RD-STREETLIGHT-q-STATE = लाइट में क्या हो रहा है?
svc-RD-STREETLIGHT-q-STATE-OUT = बंद है
svc-RD-STREETLIGHT-q-STATE-FLICKER = टिमटिमा रही है
svc-RD-STREETLIGHT-q-STATE-DAY = दिन में जली रहती है

svc-TR-TREE = पेड़ों की देखभाल
svc-TR-TREE-desc = शहर के किसी पेड़ की जाँच, छँटाई या उसे हटाने का अनुरोध करें। निजी संपत्ति पर लगे पेड़ मालिक की ज़िम्मेदारी हैं।
svc-TR-TREE-notice = पेड़ों से जुड़े अनुरोधों को संदर्भ नंबर दिए जाने से पहले शहर का वानिकी विभाग जाँचता है।
svc-TR-TREE-q-WHAT = क्या समस्या है?
svc-TR-TREE-q-WHAT-FALLEN = पेड़ या बड़ी डाल गिर गई है
svc-TR-TREE-q-WHAT-HANGING = डाल लटकी हुई या टूटी हुई है
svc-TR-TREE-q-WHAT-DEAD = पेड़ सूख गया है या सूख रहा है
svc-TR-TREE-q-WHAT-ROOTS = जड़ें फ़ुटपाथ को ऊपर उठा रही हैं
svc-TR-TREE-q-WHAT-OTHER = कुछ और
svc-TR-TREE-q-BLOCKING = क्या यह सड़क या फ़ुटपाथ का रास्ता रोक रहा है?
svc-TR-TREE-q-OTHER = समस्या का विवरण दें

svc-LG-GRAFFITI = ग्रैफ़िटी (दीवारों आदि पर लिखावट)
svc-LG-GRAFFITI-desc = शहर की संपत्ति पर ग्रैफ़िटी की सूचना दें: इमारतें, पुल, साइन बोर्ड, पार्क का सामान।
svc-LG-GRAFFITI-q-SURFACE = यह किस पर है?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = शहर की इमारत
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = पुल या अंडरपास
svc-LG-GRAFFITI-q-SURFACE-SIGN = साइन बोर्ड
svc-LG-GRAFFITI-q-SURFACE-PARK = पार्क का सामान
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = बस शेल्टर
svc-LG-GRAFFITI-q-SURFACE-UTILITY = बिजली या संचार का बक्सा
svc-LG-GRAFFITI-q-SURFACE-FENCE = बाड़ या दीवार
svc-LG-GRAFFITI-q-SURFACE-OTHER = अन्य
svc-LG-GRAFFITI-q-OFFENSIVE = क्या यह नफ़रत भरी या आपत्तिजनक है?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = हाँ
svc-LG-GRAFFITI-q-OFFENSIVE-NO = नहीं
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = नफ़रत भरी ग्रैफ़िटी एक कार्य दिवस के अंदर हटा दी जाती है।

svc-LG-LITTER = कूड़ा या अवैध रूप से फेंका गया सामान
svc-LG-LITTER-desc = कूड़े, फेंके गए सामान या शहर के भरकर बाहर गिरते कूड़ेदान की सूचना दें।
svc-LG-LITTER-q-ITEMS = क्या छोड़ा गया है?
svc-LG-LITTER-q-ITEMS-BAGS = कचरे के थैले
svc-LG-LITTER-q-ITEMS-FURNITURE = फ़र्नीचर या गद्दा
svc-LG-LITTER-q-ITEMS-TIRES = टायर
svc-LG-LITTER-q-ITEMS-BIN = भरकर बाहर गिरता कूड़ेदान
svc-LG-LITTER-q-ITEMS-SHARPS = सुइयाँ या नुकीली चीज़ें
svc-LG-LITTER-q-SEEN = आपने इसे कब देखा?

svc-NS-NOISE = शोर की शिकायत
svc-NS-NOISE-desc = अनुमति वाले समय के बाहर निर्माण कार्य के शोर, या किसी कारोबार से लगातार होने वाले शोर की सूचना दें। अभी चल रही किसी पार्टी के लिए, पील रीजनल पुलिस के गैर-आपातकालीन नंबर पर कॉल करें।
svc-NS-NOISE-notice = शोर की शिकायतें शहर के उपनियम प्रवर्तन विभाग (बाय-लॉ एनफ़ोर्समेंट) को भेजी जाती हैं। इनकी स्थिति ऑनलाइन नहीं देखी जा सकती: आगे की जानकारी के लिए 311 पर कॉल करें।
svc-NS-NOISE-q-SOURCE = शोर कहाँ से आ रहा है?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = निर्माण कार्य
svc-NS-NOISE-q-SOURCE-BUSINESS = कोई कारोबार
svc-NS-NOISE-q-SOURCE-VEHICLE = गाड़ियाँ या मशीनें
svc-NS-NOISE-q-SOURCE-OTHER = अन्य
svc-NS-NOISE-q-DATE = यह किस तारीख को हुआ
svc-NS-NOISE-q-ONGOING = क्या यह अभी भी हो रहा है?

svc-PK-PARKING = पार्किंग नियमों का प्रवर्तन
svc-PK-PARKING-desc = गलत तरीके से खड़ी गाड़ी की सूचना दें: ड्राइववे का रास्ता रोकते हुए, फ़ुटपाथ पर, फ़ायर रूट में, या बिना परमिट के विकलांग व्यक्तियों के लिए आरक्षित पार्किंग स्थान में।
svc-PK-PARKING-q-PLATE = नंबर प्लेट
svc-PK-PARKING-q-WHERE = गाड़ी कहाँ खड़ी है?
svc-PK-PARKING-q-WHERE-DRIVEWAY = ड्राइववे का रास्ता रोक रही है
svc-PK-PARKING-q-WHERE-SIDEWALK = फ़ुटपाथ पर
svc-PK-PARKING-q-WHERE-FIRE = फ़ायर रूट में
svc-PK-PARKING-q-WHERE-ACCESSIBLE = विकलांग व्यक्तियों के लिए आरक्षित स्थान में, बिना परमिट
svc-PK-PARKING-q-WHERE-LONG = सड़क पर 5 घंटे से ज़्यादा समय से खड़ी है

svc-DR-FLOODING = सड़क पर पानी भरना या बंद नाली (कैच बेसिन)
svc-DR-FLOODING-desc = सड़क पर जमा पानी, या बारिश के पानी की बंद नाली (कैच बेसिन) की सूचना दें।
svc-DR-FLOODING-q-DEPTH = पानी कितना गहरा है?
svc-DR-FLOODING-q-DEPTH-SHALLOW = 5 सेमी से कम
svc-DR-FLOODING-q-DEPTH-MEDIUM = 5 से 15 सेमी
svc-DR-FLOODING-q-DEPTH-DEEP = 15 सेमी से ज़्यादा

svc-PC-PROPERTY = संपत्ति के रख-रखाव के मानक
svc-PC-PROPERTY-desc = खराब हालत वाली संपत्ति की सूचना दें: लंबी घास, झाड़-झंखाड़ से भरे आँगन, असुरक्षित ढाँचे, निजी ज़मीन पर छोड़ी गई गाड़ियाँ।
svc-PC-PROPERTY-q-ISSUE = आपकी चिंता क्या है?
svc-PC-PROPERTY-q-ISSUE-GRASS = लंबी घास या खरपतवार
svc-PC-PROPERTY-q-ISSUE-DEBRIS = आँगन में मलबा या कबाड़
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = असुरक्षित ढाँचा
svc-PC-PROPERTY-q-ISSUE-VEHICLE = छोड़ी गई गाड़ी
svc-PC-PROPERTY-q-OWNER = क्या आप इस संपत्ति में किराए पर रहते हैं?
svc-PC-PROPERTY-q-OWNER-YES = हाँ
svc-PC-PROPERTY-q-OWNER-NO = नहीं

svc-SV-VEHICLE = शहर की गाड़ी के बारे में शिकायत
svc-SV-VEHICLE-desc = शहर की किसी गाड़ी या MiWay बस के चलाए जाने के बारे में हमें बताएँ: तेज़ रफ़्तार, खतरनाक तरीके से मुड़ना, खड़ी गाड़ी का इंजन चालू छोड़ना।
svc-SV-VEHICLE-q-VEHICLE = गाड़ी या बस का नंबर
svc-SV-VEHICLE-q-WHEN = यह कब हुआ?
svc-SV-VEHICLE-q-WHAT = क्या हुआ?

svc-PK-SIGN = गायब या टूटा हुआ साइन बोर्ड
svc-PK-SIGN-desc = ऐसे स्टॉप साइन, सड़क के नाम के बोर्ड या पार्किंग साइन की सूचना दें जो गायब है, टूटा हुआ है या ठीक से दिखाई नहीं देता।
svc-PK-SIGN-notice = गायब स्टॉप साइन उसी दिन बदल दिया जाता है।
svc-PK-SIGN-q-KIND = कौन-सा साइन?
svc-PK-SIGN-q-KIND-STOP = स्टॉप साइन या रास्ता दें (यील्ड) साइन
svc-PK-SIGN-q-KIND-NAME = सड़क का नाम
svc-PK-SIGN-q-KIND-PARKING = पार्किंग साइन
svc-PK-SIGN-q-KIND-SPEED = गति सीमा
svc-PK-SIGN-q-KIND-OTHER = अन्य
svc-PK-SIGN-q-DOWN = क्या कोई स्टॉप साइन गिरा हुआ है?

svc-CS-DEAD-ANIMAL = सार्वजनिक जगह पर मरा हुआ जानवर
svc-CS-DEAD-ANIMAL-desc = सड़क, फ़ुटपाथ या पार्क से मरे हुए जानवर को हटाने का अनुरोध करें।

svc-RC-PARK = पार्क की देखभाल
svc-RC-PARK-desc = खेल के मैदान के टूटे सामान, टूटी बेंच या शहर के किसी पार्क में किसी समस्या की सूचना दें।
svc-RC-PARK-q-ITEM = किस चीज़ पर ध्यान देने की ज़रूरत है?
svc-RC-PARK-q-ITEM-PLAY = बच्चों के खेलने की जगह
svc-RC-PARK-q-ITEM-BENCH = बेंच या मेज़
svc-RC-PARK-q-ITEM-TRAIL = पैदल पथ
svc-RC-PARK-q-ITEM-WASHROOM = शौचालय
svc-RC-PARK-q-ITEM-LIGHT = रोशनी
svc-RC-PARK-q-ITEM-FIELD = खेल का मैदान
svc-RC-PARK-q-ITEM-COURT = टेनिस या बास्केटबॉल कोर्ट
svc-RC-PARK-q-ITEM-OTHER = अन्य
svc-RC-PARK-q-UNSAFE = क्या इसका इस्तेमाल करना असुरक्षित है?
svc-RC-PARK-q-PARK = पार्क का नाम

svc-PC-DAMAGE = शहर की संपत्ति को नुकसान
svc-PC-DAMAGE-desc = किसी पार्क में या सड़क पर टूटी बेंच, बाड़, साइन बोर्ड, पानी पीने का नल, शौचालय या शहर की किसी और संपत्ति की सूचना दें।
svc-PC-DAMAGE-notice = जिस नुकसान से लोगों को खतरा हो, उसे 24 घंटे के अंदर सुरक्षित कर दिया जाता है।
svc-PC-DAMAGE-q-KIND = क्या टूटा है?
svc-PC-DAMAGE-q-KIND-BENCH = बेंच या पिकनिक टेबल
svc-PC-DAMAGE-q-KIND-FENCE = बाड़ या रेलिंग
svc-PC-DAMAGE-q-KIND-SIGN = पार्क या सड़क का साइन बोर्ड
svc-PC-DAMAGE-q-KIND-PLAY = बच्चों के खेलने का सामान
svc-PC-DAMAGE-q-KIND-SHELTER = बस शेल्टर
svc-PC-DAMAGE-q-KIND-FOUNTAIN = पानी पीने का नल
svc-PC-DAMAGE-q-KIND-WASHROOM = सार्वजनिक शौचालय
svc-PC-DAMAGE-q-KIND-OTHER = कुछ और
svc-PC-DAMAGE-q-KIND_OTHER = यह क्या है?
svc-PC-DAMAGE-q-COUNT = कितनी चीज़ें टूटी हैं?
svc-PC-DAMAGE-q-NOTICED = आपने इसे कब देखा?
svc-PC-DAMAGE-q-SINCE = अगर आपको पता हो, तो यह किस तारीख से ऐसा है?
svc-PC-DAMAGE-q-DANGER = क्या किसी को चोट लग सकती है?
svc-PC-DAMAGE-q-DANGER-YES = हाँ
svc-PC-DAMAGE-q-DANGER-NO = नहीं
svc-PC-DAMAGE-q-DANGER_NOTE = अगर अभी किसी को चोट लगी है या कोई खतरे में है, तो पहले 911 पर कॉल करें।
svc-PC-DAMAGE-q-SIGNS = आपको क्या दिखाई दे रहा है?
svc-PC-DAMAGE-q-SIGNS-GLASS = टूटा हुआ काँच
svc-PC-DAMAGE-q-SIGNS-EDGES = नुकीले किनारे
svc-PC-DAMAGE-q-SIGNS-LOOSE = ढीले या गायब हिस्से
svc-PC-DAMAGE-q-SIGNS-WATER = पानी रिस रहा है
svc-PC-DAMAGE-q-TAPED = इसके चारों ओर पहले से टेप लगा है या निशान लगाया गया है
svc-PC-DAMAGE-q-ASSET = शहर के टैग पर लिखा संपत्ति नंबर, अगर हो
svc-PC-DAMAGE-q-DETAILS = कोई और बात जो कर्मचारियों को पता होनी चाहिए?
svc-PC-DAMAGE-q-PROMISE = कर्मचारी शहर की संपत्ति का नुकसान 10 कार्य दिवसों के अंदर ठीक करते हैं।

## शहर की सूची (catalogue.json): विषय, और वे सेवाएँ जो कहीं और मिलती हैं

topic-roads = सड़कें और फ़ुटपाथ
link-road-closures = बंद सड़कें और निर्माण कार्य
link-road-closures-desc = देखें कि कौन-सी सड़कें बंद हैं और कहाँ क्या बन रहा है।
link-snow-clearing = बर्फ़ हटाना
link-snow-clearing-desc = ऐसी सड़क या फ़ुटपाथ की सूचना दें जिससे बर्फ़बारी के बाद बर्फ़ नहीं हटाई गई है।
link-snow-clearing-hours = सर्दियों में 24 घंटे

topic-trees = पेड़
link-tree-permit = निजी संपत्ति पर पेड़ हटाने का परमिट
link-tree-permit-desc = निजी संपत्ति पर 15 सेमी या उससे ज़्यादा व्यास वाले पेड़ को नुकसान पहुँचाने या हटाने के परमिट के लिए आवेदन करें।

topic-litter-graffiti = कूड़ा और ग्रैफ़िटी

topic-noise = शोर
link-noise-exemption = शोर से छूट का परमिट
link-noise-exemption-desc = किसी कार्यक्रम या निर्माण कार्य के लिए अनुमति वाले समय के बाहर शोर करने की अनुमति के लिए आवेदन करें।

topic-parking = पार्किंग
link-parking-permit = अस्थायी पार्किंग परमिट
link-parking-permit-desc = सड़क पर 5 घंटे से ज़्यादा समय तक गाड़ी खड़ी करने के लिए परमिट खरीदें।

topic-pay = टिकट और जुर्माने भरें
link-pay-parking-ticket = पार्किंग टिकट का भुगतान करें
link-pay-parking-ticket-desc = पार्किंग जुर्माने के नोटिस का ऑनलाइन भुगतान करें या उसे चुनौती दें।
link-pay-fine = प्रांतीय अपराध का जुर्माना भरें
link-pay-fine-desc = ट्रैफ़िक या प्रांतीय अपराध के टिकट का भुगतान करें।

topic-permits = परमिट और लाइसेंस
link-building-permit = निर्माण परमिट
link-building-permit-desc = निर्माण, मरम्मत-बदलाव या ढहाने के परमिट के लिए आवेदन करें।
link-dog-licence = कुत्ते और बिल्ली का लाइसेंस
link-dog-licence-desc = अपने पालतू जानवर का लाइसेंस बनवाएँ, लाइसेंस का नवीनीकरण करें या किसी बदलाव की सूचना दें।
link-marriage-licence = विवाह लाइसेंस
link-marriage-licence-desc = पहचान के दो दस्तावेज़ों के साथ खुद आकर आवेदन करें।
link-marriage-licence-hours = सोमवार से शुक्रवार, सुबह 8:30 से शाम 4:30 बजे तक

topic-property = संपत्ति से जुड़ी चिंताएँ

topic-taxes = कर और संपत्ति
link-property-tax = संपत्ति कर का भुगतान करें
link-property-tax-desc = अपना संपत्ति कर भरें, पहले से स्वीकृत स्वचालित भुगतान के लिए नाम दर्ज करें या अपनी बकाया राशि देखें।
link-tax-certificate = कर प्रमाणपत्र
link-tax-certificate-desc = किसी संपत्ति की बिक्री के लिए कर प्रमाणपत्र का अनुरोध करें।
link-tax-certificate-hours = सोमवार से शुक्रवार, सुबह 8:30 से शाम 4:30 बजे तक

topic-vehicles = सेवा वाहनों के बारे में शिकायतें

topic-library = पुस्तकालय
link-library-card = पुस्तकालय कार्ड बनवाएँ
link-library-card-desc = मुफ़्त पुस्तकालय कार्ड के लिए ऑनलाइन नाम दर्ज करें और किताबें, ई-बुक और बहुत कुछ उधार लें।

topic-recreation = मनोरंजन और खेलकूद
link-recreation-register = कार्यक्रमों में नाम लिखवाएँ
link-recreation-register-desc = तैराकी, स्केटिंग, कैंप और दूसरे मनोरंजन व खेलकूद कार्यक्रमों में नाम लिखवाएँ।

topic-civic = नागरिक सेवाएँ
link-civic-311 = कोई सवाल पूछें
link-civic-311-desc = शहर की किसी भी सेवा के बारे में 311 के प्रतिनिधि से बात करें।

topic-drainage = जल निकासी

## बैक एंड के समूह जिन्हें सूची का कोई विषय अपनाता है: इन नामों से तभी दिखते हैं जब catalogue.json इस्तेमाल नहीं हो पाती

topic-x526f61647320616e64207369646577616c6b73 = सड़कें और फ़ुटपाथ
topic-Trees = पेड़
topic-x4c697474657220616e64206772616666697469 = कूड़ा और ग्रैफ़िटी
topic-Noise = शोर
topic-Parking = पार्किंग
topic-Drainage = जल निकासी
topic-x50726f706572747920636f6e6365726e73 = संपत्ति से जुड़ी चिंताएँ
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = सेवा वाहनों के बारे में शिकायतें
topic-x4369766963207365727669636573 = नागरिक सेवाएँ
topic-Recreation = मनोरंजन और खेलकूद

## किसी अनुरोध की स्थिति, जैसी शहर लिखता है

status-open = खुला
status-closed = बंद
