# Frontdesk, हिंदी में उपयोगकर्ता इंटरफ़ेस। अनुवादकों के लिए मार्गदर्शिका: locales/README.md

## पेज का ढाँचा

document-title = { $page } – { $city }
document-title-error = त्रुटि: { $page } – { $city }
shell-name = नगर सेवाएँ
skip-link = मुख्य सामग्री पर जाएँ
shell-loading = लोड हो रहा है…
shell-noscript = इस सेवा के लिए JavaScript ज़रूरी है, जो आपके ब्राउज़र में बंद है या उपलब्ध नहीं है।
shell-noscript-call = JavaScript के बिना किसी समस्या की सूचना देने या शहर से कोई सेवा माँगने के लिए { $phone } पर कॉल करें।
footer-nav-label = इस सेवा के बारे में
footer-accessibility = सुलभता विवरण
language-nav-label = भाषा
nav-my-requests = मेरे अनुरोध

## मदद, हर पेज पर एक ही जगह

help-heading = मदद चाहिए?
help-call = इस नंबर पर कॉल करें
help-from-outside = शहर के बाहर से, इस नंबर पर कॉल करें
help-hours = समय: { $hours }।
help-counter = या सेवा काउंटर पर आएँ: { $address }।

## होम पेज: सेवाओं की सूची

catalogue-title = नगर सेवाएँ
catalogue-lead = किसी समस्या की सूचना दें, शहर से कोई सेवा माँगें और देखें कि उस पर क्या कार्रवाई हो रही है — अपने फ़ोन से, अपनी भाषा में।
catalogue-loading = सेवाओं की सूची लोड हो रही है…
catalogue-search-label = कोई सेवा खोजें
catalogue-search-hint = उदाहरण के लिए: सड़क का गड्ढा, पेड़, पार्किंग टिकट।
catalogue-search-button = खोजें
catalogue-results-heading = खोज के परिणाम
catalogue-results-count =
    { $count ->
        [one] “{ $query }” के लिए { $count } सेवा मिली।
       *[other] “{ $query }” के लिए { $count } सेवाएँ मिलीं।
    }
catalogue-no-results = “{ $query }” के लिए कोई सेवा नहीं मिली।
catalogue-no-results-call = { $phone } पर कॉल करें, सही सेवा ढूँढ़ने में हम आपकी मदद करेंगे।
catalogue-no-results-browse = या नीचे विषय के अनुसार सेवाएँ देखें।
catalogue-clear-search = सभी सेवाएँ दिखाएँ
catalogue-topics-heading = विषय के अनुसार सेवाएँ
catalogue-other-services = अन्य सेवाएँ
catalogue-stale = शहर के सर्वर से संपर्क नहीं हो सका, इसलिए यह वह सूची है जो इस डिवाइस पर { $date } को सहेजी गई थी। हो सकता है यह पुरानी हो।
catalogue-empty = शहर अभी ऑनलाइन अनुरोध नहीं ले रहा है। किसी समस्या की सूचना देने या कोई सेवा माँगने के लिए { $phone } पर कॉल करें।
catalogue-services-error-heading = ऑनलाइन अनुरोध फ़ॉर्म लोड नहीं हो सके
catalogue-services-error-rest = जो सेवाएँ फ़ोन से, खुद जाकर या शहर की दूसरी वेबसाइटों पर मिलती हैं, वे नीचे अब भी दी गई हैं।
catalogue-retry = फिर से कोशिश करें

## सेवा कैसे मिलती है, सूची में उसके नाम के नीचे

channel-request = ऑनलाइन फ़ॉर्म
channel-online = शहर की किसी दूसरी वेबसाइट पर (यह साइट छोड़कर)
channel-phone = फ़ोन से: { $phone } पर कॉल करें
channel-hours = समय: { $hours }।
channel-counter = खुद जाकर: { $address }

## जब शहर का सर्वर ठीक से जवाब न दे (हर वह पेज जो उससे जुड़ता है)

error-offline = लगता है आप ऑफ़लाइन हैं। अपना कनेक्शन जाँचें, फिर दोबारा कोशिश करें।
error-unreachable = शहर के सर्वर ने जवाब नहीं दिया। हो सकता है वह कुछ देर के लिए बंद हो: कुछ मिनट बाद दोबारा कोशिश करें।
error-timeout = शहर के सर्वर ने जवाब देने में बहुत देर लगाई। दोबारा कोशिश करें: धीमे कनेक्शन पर दूसरी कोशिश अक्सर काम कर जाती है।
error-server = शहर के सर्वर में कोई समस्या आई (त्रुटि { $status })। कुछ मिनट बाद दोबारा कोशिश करें।
error-refused = शहर के सर्वर ने अनुरोध अस्वीकार कर दिया (त्रुटि { $status })।
error-not-found = शहर के सर्वर को इसकी जानकारी नहीं है (त्रुटि 404)।
error-server-said = सर्वर का संदेश:
error-malformed = शहर के सर्वर ने ऐसा जवाब भेजा जिसे यह सेवा पढ़ नहीं सकती। बाद में दोबारा कोशिश करें, या { $phone } पर कॉल करें।

## किसी सेवा का पेज

service-loading = सेवा लोड हो रही है…
service-back = सभी नगर सेवाएँ
service-not-found-title = सेवा नहीं मिली
service-not-found = “{ $code }” कोड वाली कोई सेवा नहीं है। हो सकता है उसका नाम बदल दिया गया हो या उसे बंद कर दिया गया हो।
service-asks-heading = आपसे क्या पूछा जाएगा
service-asks-location = जगह: कोई पता, आपका मौजूदा स्थान, या दोनों।
service-asks-description = समस्या क्या है, आपके अपने शब्दों में।
service-asks-questions = उसके बारे में कुछ सवाल:
service-asks-photos = फ़ोटो, अगर आपके पास हों (वैकल्पिक)।
service-asks-contact = आपका नाम और आपसे संपर्क करने का तरीका (वैकल्पिक)।
service-questions-loading = सवाल लोड हो रहे हैं…
service-questions-error = सवाल अभी लोड नहीं हो सके। आप फिर भी शुरू कर सकते हैं: फ़ॉर्म दोबारा कोशिश करेगा।
service-required = (ज़रूरी)
service-notice-heading = कृपया ध्यान दें
service-promise-heading = भेजने के बाद
service-promise-realtime = आपको तुरंत एक संदर्भ नंबर मिलेगा, जिससे आप अपने अनुरोध की स्थिति देख सकेंगे।
service-promise-batch = शहर की प्रणाली इन अनुरोधों को एक साथ समूहों में निपटाती है, इसलिए आपका संदर्भ नंबर आने में कुछ समय लग सकता है। यह सेवा उसे बार-बार जाँचती रहती है।
service-promise-blackbox = इस अनुरोध की स्थिति नहीं देखी जा सकती: शहर इसके लिए न कोई संदर्भ नंबर देता है, न कोई नई जानकारी।
service-start = अपना अनुरोध शुरू करें

## अनुरोध फ़ॉर्म, हर चरण

request-step-count = कुल { $total } में से चरण { $current }
request-back = वापस
request-continue = आगे बढ़ें
request-saved = आप जो भी लिखते हैं, वह साथ-साथ इस डिवाइस पर सहेजा जाता है।
request-discard = यह ड्राफ़्ट हटाएँ
request-discard-confirm = इस अनुरोध के लिए आपने जो कुछ भी भरा है, क्या वह सब हटा दें? इसे वापस नहीं लाया जा सकेगा।
request-discard-yes = हाँ, हटा दें
request-discard-no = नहीं, रहने दें
request-discarded = आपका ड्राफ़्ट हटा दिया गया।
request-service-unavailable = यह सेवा अभी ऑनलाइन अनुरोध नहीं ले सकती।
error-summary-title = कोई समस्या है
field-error-prefix = त्रुटि:

## चरण: कहाँ

request-location-title = यह कहाँ है?
request-location-lead = कोई पता लिखें, अपना मौजूदा स्थान इस्तेमाल करें, या दोनों।
request-location-lead-map = कोई पता लिखें, अपना मौजूदा स्थान इस्तेमाल करें, या नक्शे पर पिन लगाएँ। इनमें से कोई एक काफ़ी है।
request-address-label = पता या जगह
request-address-hint = उदाहरण के लिए: 300 City Centre Drive, या Hurontario Street और Burnhamthorpe Road का कोना।
request-use-location = मेरा मौजूदा स्थान इस्तेमाल करें
request-locating = आपका स्थान पता किया जा रहा है…
request-located = आपका स्थान: { $lat }, { $long } (लगभग { $accuracy } मीटर तक सही)।
request-location-remove = मेरा स्थान हटाएँ
request-geo-denied = इस साइट को आपका स्थान इस्तेमाल करने की अनुमति नहीं है। आप अपने ब्राउज़र की सेटिंग में इसकी अनुमति दे सकते हैं, या इसके बजाय कोई पता लिख सकते हैं।
request-geo-unavailable = आपका स्थान पता नहीं चल सका। थोड़ी देर बाद दोबारा कोशिश करें, या इसके बजाय कोई पता लिखें।
request-geo-timeout = आपका स्थान पता करने में बहुत देर लग गई। दोबारा कोशिश करें, या इसके बजाय कोई पता लिखें।
request-geo-unsupported = यह ब्राउज़र आपका स्थान साझा नहीं कर सकता। इसके बजाय कोई पता लिखें।

## चरण: समस्या

request-details-title = हमें समस्या के बारे में बताएँ
request-description-label = समस्या का विवरण दें
request-description-hint = क्या खराबी है, और कोई भी बात जिससे कर्मचारियों को उसे ढूँढ़ने में मदद मिले।
request-description-left =
    { $count ->
        [one] { $count } अक्षर बाकी है
       *[other] { $count } अक्षर बाकी हैं
    }
request-description-over =
    { $count ->
        [one] आपने { $count } अक्षर ज़्यादा लिखा है
       *[other] आपने { $count } अक्षर ज़्यादा लिखे हैं
    }
request-definition-error = इस सेवा के लिए शहर के अतिरिक्त सवाल लोड नहीं हो सके। आप फिर भी विवरण के साथ अपना अनुरोध भेज सकते हैं।
request-choose = कोई एक विकल्प चुनें

## चरण: फ़ोटो

request-photos-title = फ़ोटो
request-photos-lead = फ़ोटो से कर्मचारियों को समस्या ढूँढ़ने और ठीक करने में मदद मिलती है। फ़ोटो देना ज़रूरी नहीं है।
request-photos-limit =
    { $max ->
        [one] आप { $max } फ़ोटो जोड़ सकते हैं।
       *[other] आप ज़्यादा से ज़्यादा { $max } फ़ोटो जोड़ सकते हैं।
    }
request-photos-privacy = भेजने से पहले फ़ोटो आपके फ़ोन पर ही छोटी की जाती हैं, और उनके अंदर की स्थान और कैमरे की जानकारी हटा दी जाती है।
request-photos-add = फ़ोटो जोड़ें
request-photos-add-hint = अपने कैमरे से फ़ोटो लें या पहले से मौजूद कोई फ़ोटो चुनें।
request-photos-preparing = आपकी फ़ोटो तैयार की जा रही है…
request-photos-added = फ़ोटो जोड़ दी गई।
request-photos-photo = फ़ोटो { $number }
request-photos-remove = फ़ोटो { $number } हटाएँ
request-photos-removed = फ़ोटो हटा दी गई।
request-photos-full = इस अनुरोध में जितनी फ़ोटो जोड़ी जा सकती हैं, आप उतनी जोड़ चुके हैं।
request-photos-not-image = यह फ़ाइल ऐसी फ़ोटो नहीं है जिसे यह सेवा इस्तेमाल कर सके। JPEG, PNG या इसी तरह की कोई तस्वीर चुनें।
request-photos-failed = फ़ोटो तैयार नहीं हो सकी। कोई दूसरी फ़ोटो आज़माएँ।
request-photos-storage = इस डिवाइस में फ़ोटो रखने की जगह नहीं बची है। कुछ जगह खाली करें, या फ़ोटो के बिना अपना अनुरोध भेजें।

## चरण: आपके बारे में

request-about-title = आपके बारे में
request-about-lead = ये सभी वैकल्पिक हैं। इनसे शहर इस अनुरोध के बारे में आपसे संपर्क कर सकता है।
request-first-name = पहला नाम
request-last-name = उपनाम
request-name-why = ताकि शहर को पता हो कि किससे बात करनी है।
request-email = ईमेल पता
request-email-why = ताकि इस अनुरोध के बारे में आपको नई जानकारी भेजी जा सके।
request-phone = फ़ोन नंबर
request-phone-why = अगर कर्मचारियों को आपसे कुछ पूछना हो।
request-remember = इस डिवाइस पर मेरी जानकारी याद रखें
request-remember-hint = इस पर सही का निशान सिर्फ़ अपने निजी फ़ोन या कंप्यूटर पर लगाएँ। जानकारी भुलाने के लिए निशान हटा दें।

## चरण: अपने जवाब जाँचें

request-check-title = भेजने से पहले अपने जवाब जाँच लें
request-check-location = स्थान
request-check-description = विवरण
request-check-contact = आपकी जानकारी
request-check-photos = फ़ोटो
request-check-photo-count =
    { $count ->
        [one] { $count } फ़ोटो
       *[other] { $count } फ़ोटो
    }
request-check-not-given = नहीं दिया गया
request-check-yes = हाँ
request-check-change = बदलें
request-send = अनुरोध भेजें
request-sending = आपका अनुरोध भेजा जा रहा है…
request-refused-next = अपने जवाब जाँचें और दोबारा कोशिश करें। अगर फिर भी काम न बने, तो { $phone } पर कॉल करें।

## जवाबों में समस्याएँ

problem-no-location = कोई पता लिखें या अपना मौजूदा स्थान इस्तेमाल करें।
problem-required = सवाल “{ $question }” का जवाब दें।
problem-not-a-number = “{ $question }” का जवाब एक संख्या होना चाहिए, जैसे 3 या 2.5।
problem-not-a-datetime = “{ $question }” का जवाब एक तारीख और समय होना चाहिए।
problem-not-a-date = “{ $question }” का जवाब एक तारीख होना चाहिए।
problem-unknown-choice = “{ $question }” के लिए दिए गए विकल्पों में से कोई एक चुनें।
problem-too-long = विवरण ज़्यादा से ज़्यादा { $limit } अक्षरों का हो सकता है।
problem-bad-email = name@example.com जैसा कोई ईमेल पता लिखें।
problem-bad-phone = कम से कम 7 अंकों वाला फ़ोन नंबर लिखें, जैसे 905 615 4311।

## भेजने के बाद

sent-title = अनुरोध भेज दिया गया
sent-reference = आपका संदर्भ नंबर
sent-reference-pending = आपका संदर्भ नंबर आने वाला है
sent-reference-pending-detail = शहर इन अनुरोधों को थोड़ी देर बाद नंबर देता है। नंबर आने पर वह यहाँ और आपके अनुरोधों में दिखेगा।
sent-untracked = इस सेवा की स्थिति नहीं देखी जा सकती, इसलिए कोई संदर्भ नंबर नहीं है। आपका अनुरोध शहर को मिल गया है।
sent-next-heading = आगे क्या होगा
sent-next = शहर आपके अनुरोध की जाँच करता है और उसे ज़िम्मेदार टीम को भेज देता है।
sent-another = एक और अनुरोध करें
sent-storage-warning = यह डिवाइस इस अनुरोध का रिकॉर्ड नहीं रख सका। अपना संदर्भ नंबर लिख लें।
sent-waiting-title = भेजे जाने का इंतज़ार
sent-waiting = आप ऑफ़लाइन हैं। आपका अनुरोध इस डिवाइस पर रखा गया है और कनेक्शन वापस आते ही अपने आप भेज दिया जाएगा। आप यह पेज बंद कर सकते हैं।
sent-busy = शहर की प्रणाली अभी व्यस्त है। आपका अनुरोध इस डिवाइस पर रखा गया है और { $time } के बाद अपने आप दोबारा भेजा जाएगा — अगर तब यह सेवा खुली हो; नहीं तो अगली बार जब आप इसे खोलेंगे।
sent-sending-title = आपका अनुरोध भेजा जा रहा है…
sent-uploading = आपकी फ़ोटो भेजी जा रही हैं
sent-unconfirmed-title = हम पक्का नहीं कर सके कि आपका अनुरोध पहुँच गया है
sent-unconfirmed = भेजते समय कनेक्शन टूट गया, और शहर के सर्वर से यह नहीं पूछा जा सका कि आपका अनुरोध पहुँचा या नहीं। अनुरोध दो बार न जाए, इसलिए इसे तब तक दोबारा नहीं भेजा जाएगा जब तक आप खुद न चुनें।
sent-check-again = फिर से जाँचें
sent-send-again = इसे दोबारा भेजें
sent-refused-title = शहर के सर्वर ने यह अनुरोध स्वीकार नहीं किया
sent-not-found-title = अनुरोध नहीं मिला
sent-not-found = इस डिवाइस पर इस अनुरोध का कोई रिकॉर्ड नहीं है। हो सकता है उसे भुला दिया गया हो।

## मेरे अनुरोध: इस डिवाइस से भेजे गए अनुरोध

my-requests-title = मेरे अनुरोध
my-requests-lead = इस डिवाइस से भेजे गए अनुरोध। यह सूची सिर्फ़ इसी डिवाइस पर रखी जाती है।
my-requests-empty = आपने अभी तक इस डिवाइस से कोई अनुरोध नहीं भेजा है।
my-requests-refresh = नई जानकारी देखें
my-requests-refreshing = नई जानकारी देखी जा रही है…
my-requests-refreshed = सभी स्थितियाँ ताज़ा हैं।
my-requests-sent-on = { $date } को भेजा गया
my-requests-last-update = पिछला बदलाव: { $date }
my-requests-updated = नया बदलाव
my-requests-waiting = भेजे जाने का इंतज़ार
my-requests-unconfirmed = पुष्टि नहीं हुई
my-requests-refused = स्वीकार नहीं हुआ
my-requests-reference-pending = संदर्भ नंबर आने वाला है
my-requests-forget = यह अनुरोध भुला दें
my-requests-forget-all = इस डिवाइस पर सभी अनुरोध भुला दें
my-requests-forget-all-confirm = इस डिवाइस पर हर अनुरोध भुला दें? शहर के पास वे रहेंगे; सिर्फ़ यह सूची खाली होगी।
my-requests-forget-yes = हाँ, भुला दें
my-requests-forget-no = नहीं, रहने दें
my-requests-forgotten = यह अनुरोध इस डिवाइस से भुला दिया गया।
my-requests-all-forgotten = सभी अनुरोध इस डिवाइस से भुला दिए गए।
lookup-heading = संदर्भ नंबर से अनुरोध ढूँढ़ें
lookup-label = संदर्भ नंबर
lookup-hint = यह पुष्टि वाले पेज पर, या आपके अनुरोध के बारे में शहर के ईमेल में है।
lookup-button = अनुरोध ढूँढ़ें
lookup-empty = कोई संदर्भ नंबर लिखें।
lookup-offer = अनुरोध { $id } की स्थिति देखें

## किसी अनुरोध का पेज

track-title = अनुरोध { $id }
track-loading = अनुरोध लोड हो रहा है…
track-not-found-title = अनुरोध नहीं मिला
track-not-found = शहर के पास “{ $id }” संदर्भ वाला कोई अनुरोध नहीं है। नंबर जाँचें: यह आपके पुष्टि वाले पेज पर या शहर के ईमेल में है।
track-not-found-call = अगर फिर भी न मिले, तो { $phone } पर कॉल करें।
track-status = स्थिति
track-service = सेवा
track-notes = शहर की ओर से टिप्पणी
track-agency = ज़िम्मेदार विभाग
track-requested = भेजा गया
track-updated = पिछला बदलाव
track-expected = अपेक्षित तारीख
track-overdue = देरी: शहर को { $date } तक काम पूरा होने की उम्मीद थी।
track-location = स्थान
track-description = विवरण
track-photo = अनुरोध के साथ भेजी गई फ़ोटो
track-timeline = अब तक क्या हुआ
track-seen-on = इस डिवाइस पर देखा गया
track-token-late = आपके अनुरोध पर अभी काम चल रहा है। बाद में फिर से देखें: जब शहर इसे संदर्भ नंबर देगा, तो वह “मेरे अनुरोध” में दिखेगा।
track-follow = इस अनुरोध पर नज़र रखें
track-refresh = नई जानकारी देखें

## स्थितियाँ, शब्दों में

status-word-open = मिल गया
status-word-closed = बंद
status-word-in_progress = काम चल रहा है
status-word-action_scheduled = काम का समय तय है
status-word-investigating = जाँच चल रही है
status-word-for_triage = आकलन हो रहा है
status-word-internal_referral = दूसरी टीम को भेजा गया
status-word-reopened = फिर से खोला गया
status-word-fixed = ठीक कर दिया गया
status-word-duplicate = बंद: पहले ही सूचना दी जा चुकी है
status-word-not_councils_responsibility = बंद: शहर की ज़िम्मेदारी नहीं
status-word-no_further_action = बंद: आगे कोई कार्रवाई नहीं
status-word-cancelled = रद्द

## पेज नहीं मिला

not-found-title = पेज नहीं मिला
not-found-typed = अगर आपने वेब पता खुद लिखा है, तो जाँच लें कि वह सही है।
not-found-link = अगर आप किसी लिंक से आए हैं, तो हो सकता है वह पुराना हो।
not-found-home = नगर सेवाओं की सूची पर जाएँ
not-found-call = आप कोई सेवा माँगने के लिए { $phone } पर कॉल भी कर सकते हैं।

## सुलभता विवरण

accessibility-title = सुलभता विवरण
a11y-intro = { $city } चाहता है कि हर कोई इस सेवा का इस्तेमाल कर सके: फ़ोन या कंप्यूटर पर, ज़ूम करके, सिर्फ़ कीबोर्ड से, स्क्रीन रीडर, आवाज़ से नियंत्रण या किसी और सहायक तकनीक के साथ, और अपनी भाषा में।
a11y-standard-heading = हमारा लक्ष्य मानक
a11y-standard = यह सेवा वेब सामग्री सुलभता दिशानिर्देश (WCAG) संस्करण { $version } के स्तर { $level } को पूरा करने का लक्ष्य रखती है।
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = यह सेवा उस मानक को पूरी तरह पूरा करती है।
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = यह सेवा उस मानक को आंशिक रूप से पूरा करती है: जो हिस्से इसे पूरा नहीं करते, या जिन्हें अभी तक किसी व्यक्ति ने नहीं जाँचा है, वे नीचे दिए गए हैं।
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = हमारी पिछली पूरी जाँच { $date } को हुई थी: हर पेज और उसकी हर स्थिति, { $languages } भाषाओं में, फ़ोन के आकार की और कंप्यूटर के आकार की स्क्रीन पर। { $failed ->
    [0] पेजों की { $scans } जाँचों में से किसी में भी कोई समस्या नहीं मिली।
    [one] पेजों की { $scans } जाँचों में से { $failed } में समस्या मिली।
   *[other] पेजों की { $scans } जाँचों में से { $failed } में समस्या मिली।
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = इस विवरण का बाकी हिस्सा अब भी लागू है, और हमारी पिछली जाँच के नतीजे सुनने के लिए आप हमें कॉल कर सकते हैं।
a11y-testing-heading = हम इसकी जाँच कैसे करते हैं
a11y-testing-automated = सेवा में हर बदलाव पर, हर पेज को axe-core से WCAG 2.2 के स्तर A और AA के अनुसार अपने आप जाँचा जाता है, फ़ोन के आकार की और कंप्यूटर के आकार की स्क्रीन पर।
a11y-testing-keyboard = स्वचालित जाँचें सेवा को सिर्फ़ कीबोर्ड से भी चलाकर देखती हैं: मुख्य सामग्री पर जाने वाला लिंक, पेजों के बीच आना-जाना और फ़ोकस कहाँ जाता है।
a11y-testing-languages = पेजों को दाएँ से बाएँ लिखी जाने वाली भाषाओं में भी जाँचा जाता है, और एक बनाई गई नकली भाषा में भी, जो बिना अनुवाद के छूटा हुआ कोई भी पाठ दिखा देती है।
a11y-gaps-heading = हम जानते हैं कि अभी क्या ठीक नहीं है
a11y-gaps-intro = स्वचालित जाँचें सिर्फ़ कुछ ही समस्याएँ पकड़ पाती हैं। हमें इनकी जानकारी है:
a11y-not-conforming-intro = ये हिस्से अभी मानक को पूरा नहीं करते:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = WCAG सफलता मानदंड { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] इस सफलता मानदंड की जाँच अभी किसी व्यक्ति को करनी है, क्योंकि स्वचालित जाँचें इसे पूरी तरह नहीं परख सकतीं: { $criteria }।
   *[other] इन { $count } सफलता मानदंडों की जाँच अभी किसी व्यक्ति को करनी है, क्योंकि स्वचालित जाँचें इन्हें पूरी तरह नहीं परख सकतीं: { $criteria }।
}
a11y-gap-screen-readers = स्क्रीन रीडर और आवाज़ से नियंत्रण इस्तेमाल करने वाले लोगों ने अभी तक इस सेवा को जाँचा नहीं है।
a11y-gap-server-text = सेवाओं के नाम और विवरण शहर की प्रणालियों से आते हैं, और हो सकता है वे आपकी भाषा में अनुवादित न हों।
a11y-report-heading = इस सेवा में किसी समस्या की सूचना दें
a11y-report = अगर इस साइट पर कुछ आपके लिए काम नहीं करता, तो { $phone } पर कॉल करें और हमें बताएँ कि आप क्या कर रहे थे और क्या गड़बड़ हुई। हम फ़ोन पर आपका अनुरोध दर्ज करने में आपकी मदद करेंगे और समस्या ठीक करेंगे।
a11y-other-format-heading = यह जानकारी किसी और तरीके से पाएँ
a11y-other-format = अगर आप यह साइट इस्तेमाल नहीं कर पा रहे हैं, या आपको इसकी जानकारी किसी और रूप में चाहिए (बड़े अक्षरों में, पढ़कर सुनाई गई, आसान भाषा में या किसी और भाषा में), तो { $phone } पर कॉल करें, हम मदद करेंगे।
# $counter is the city's service counter (its address).
a11y-other-format-counter = आप { $counter } पर आकर भी मिल सकते हैं।

## जब सेवा अपनी सेटिंग (config.json) नहीं पढ़ पाती

config-problem-title = यह सेवा अभी उपलब्ध नहीं है
config-problem-resident = कृपया कुछ मिनट बाद दोबारा कोशिश करें। अगर फिर भी काम न बने, तो शहर से फ़ोन पर संपर्क करें।
config-problem-retry = फिर से कोशिश करें
config-problem-detail-heading = साइट के व्यवस्थापकों के लिए
config-error-unreachable = सेटिंग फ़ाइल config.json लोड नहीं हो सकी: सर्वर ने जवाब नहीं दिया।
config-error-timeout = सेटिंग फ़ाइल config.json लोड नहीं हो सकी: सर्वर ने समय पर जवाब नहीं दिया।
config-error-status = सेटिंग फ़ाइल config.json लोड नहीं हो सकी: सर्वर ने स्थिति कोड { $status } के साथ जवाब दिया।
config-error-syntax = सेटिंग फ़ाइल config.json मान्य JSON नहीं है: पंक्ति { $line }, कॉलम { $column } देखें।
config-error-missing = सेटिंग फ़ाइल config.json में “{ $key }” का कोई मान नहीं है।
config-error-invalid = सेटिंग फ़ाइल config.json में “{ $key }” का मान ऐसा है जिसे इस्तेमाल नहीं किया जा सकता।

## ज़रूरत पड़ने पर पहली बार लाए जाने वाले पेज (src/pieces.rs)
piece-loading = पेज लोड हो रहा है…
piece-failed-title = यह पेज लोड नहीं हो सका
piece-failed = इस सेवा का एक हिस्सा डाउनलोड नहीं हो सका। अपना कनेक्शन जाँचें, फिर दोबारा कोशिश करें। आपने जो कुछ लिखा है, वह इस डिवाइस पर रखा हुआ है।
piece-failed-phone = आप { $phone } पर कॉल भी कर सकते हैं।

## स्थान वाले चरण में नक्शा (src/map)
map-role = नक्शा
map-label = नक्शा: जहाँ समस्या है, वहाँ पिन लगाएँ
map-keys = पिन लगाने के लिए नक्शे पर उस जगह टैप करें, या नक्शे के नीचे दिए बटन इस्तेमाल करें। जब नक्शे पर फ़ोकस हो, तो तीर वाली कुंजियाँ पिन को खिसकाती हैं (शिफ़्ट कुंजी के साथ ज़्यादा दूर), और + और − से ज़ूम बढ़ता और घटता है।
map-loading = नक्शा लोड हो रहा है…
map-piece-failed = नक्शा लोड नहीं हो सका। आप फिर भी कोई पता लिख सकते हैं या अपना स्थान इस्तेमाल कर सकते हैं।
map-tiles-failed = नक्शे का कुछ हिस्सा लोड नहीं हो सका। आप फिर भी पिन लगा सकते हैं, कोई पता लिख सकते हैं या अपना स्थान इस्तेमाल कर सकते हैं।
map-zoom-group = ज़ूम
map-zoom-in = ज़ूम बढ़ाएँ
map-zoom-out = ज़ूम घटाएँ
map-move-group = पिन खिसकाएँ
map-move-north = पिन को उत्तर की ओर खिसकाएँ
map-move-south = पिन को दक्षिण की ओर खिसकाएँ
map-move-east = पिन को पूर्व की ओर खिसकाएँ
map-move-west = पिन को पश्चिम की ओर खिसकाएँ
map-zoom-level = ज़ूम स्तर: { $max } में से { $level }।
map-pin-from-start = पिन उस जगह से लगभग { $metres } मीटर { $direction ->
    [north] उत्तर
    [north-east] उत्तर-पूर्व
    [east] पूर्व
    [south-east] दक्षिण-पूर्व
    [south] दक्षिण
    [south-west] दक्षिण-पश्चिम
    [west] पश्चिम
   *[north-west] उत्तर-पश्चिम
  } में है, जहाँ नक्शा खुला था।
map-pin-from-device = पिन आपके स्थान से लगभग { $metres } मीटर { $direction ->
    [north] उत्तर
    [north-east] उत्तर-पूर्व
    [east] पूर्व
    [south-east] दक्षिण-पूर्व
    [south] दक्षिण
    [south-west] दक्षिण-पश्चिम
    [west] पश्चिम
   *[north-west] उत्तर-पश्चिम
  } में है।
map-pin-at-start = पिन उसी जगह है, जहाँ नक्शा खुला था।
map-pin-at-device = पिन आपके स्थान पर है।
map-pin-near = पिन { $address } के पास है।
map-outside = वह जगह { $city } से बाहर है। पिन शहर के अंदर लगाएँ, या { $phone } पर कॉल करें।
map-find = पता नक्शे पर दिखाएँ
map-finding = पता ढूँढ़ा जा रहा है…
map-find-empty = पहले कोई पता लिखें, फिर उसे नक्शे पर दिखाएँ।
map-find-none = { $city } में कोई भी जगह इस पते से मेल नहीं खाती। इसके बजाय नक्शे पर पिन लगाएँ।
map-find-failed = अभी पता नहीं ढूँढ़ा जा सका। इसके बजाय नक्शे पर पिन लगाएँ।
map-found = { $address } मिल गया। पिन वहीं लगा है।
map-suggestion = सबसे पास का पता: { $address }
map-suggestion-use = यह पता इस्तेमाल करें
map-suggestion-used = पता भर दिया गया: { $address }।
request-pinned = नक्शे पर पिन: { $lat }, { $long }।
request-pin-remove = पिन हटाएँ

## आस-पास पहले से सूचित (src/map/nearby.rs)
nearby-heading = आस-पास पहले से सूचित
nearby-lead = { $count ->
    [one] इसी सेवा का { $count } खुला अनुरोध आपके पिन से 150 मीटर के अंदर है।
   *[other] इसी सेवा के ये { $count } खुले अनुरोध आपके पिन से 150 मीटर के अंदर हैं।
  } अगर इनमें से कोई आपकी ही समस्या है, तो आप उसकी दोबारा सूचना देने के बजाय उस पर नज़र रख सकते हैं।
nearby-distance = { $metres } मीटर दूर
nearby-age = { $days ->
    [0] आज सूचित किया गया
    [one] कल सूचित किया गया
   *[other] { $days } दिन पहले सूचित किया गया
  }
nearby-follow = इसके बजाय इस पर नज़र रखें
nearby-follow-confirm = अपना अनुरोध भेजने के बजाय अनुरोध { $id } पर नज़र रखें? इस फ़ॉर्म के लिए आपके जवाब और फ़ोटो हटा दिए जाएँगे, और कुछ भी नहीं भेजा जाएगा।
nearby-follow-yes = हाँ, इस पर नज़र रखें
nearby-follow-no = नहीं, मेरा अनुरोध रखें
nearby-different = मेरा मामला अलग है: आगे बढ़ें
nearby-followed = आप अनुरोध { $id } पर नज़र रख रहे हैं। कुछ भी नहीं भेजा गया।
nearby-announced = { $count ->
    [one] इसी सेवा का { $count } खुला अनुरोध आपके पिन के पास पहले से सूचित किया गया है
   *[other] इसी सेवा के { $count } खुले अनुरोध आपके पिन के पास पहले से सूचित किए गए हैं
  }: वे नक्शे के नीचे दिए गए हैं।
nearby-failed = आस-पास पहले से सूचित अनुरोध अभी जाँचे नहीं जा सके।
my-requests-following-since = { $date } से नज़र रखी जा रही है

## किसी अनुरोध के बारे में नई जानकारी: ब्राउज़र सूचनाएँ और ईमेल (src/notify)
updates-heading = इस अनुरोध के बारे में नई जानकारी
updates-offer = इसमें बदलाव होने पर मुझे बताएँ
updates-wait-id = जब शहर इस अनुरोध को संदर्भ नंबर दे देगा, तब आप नई जानकारी पाने का अनुरोध कर सकेंगे। तब यह पेज आपको यह विकल्प देगा।
updates-loading = देखा जा रहा है कि शहर कौन-सी जानकारी भेज सकता है…
updates-unavailable = अभी नई जानकारी पाने की व्यवस्था नहीं की जा सकती। अपने अनुरोध की स्थिति देखने के लिए आप फिर भी इस पेज पर वापस आ सकते हैं।
updates-push = इस ब्राउज़र पर सूचनाएँ भेजें
updates-push-hint = आपका ब्राउज़र पूछेगा कि क्या यह साइट सूचनाएँ दिखा सकती है। अनुरोध में हर बदलाव पर आपको एक सूचना मिलेगी।
updates-push-on = हो गया। इस अनुरोध में हर बदलाव पर यह ब्राउज़र एक सूचना दिखाएगा।
updates-push-blocked = आपके ब्राउज़र की सेटिंग में इस साइट की सूचनाएँ रोकी गई हैं। उन्हें पाने के लिए वहाँ इस साइट को सूचनाओं की अनुमति दें, फिर वापस आएँ।
updates-push-install-first = iPhone या iPad पर सूचनाएँ सिर्फ़ होम स्क्रीन से ही काम करती हैं: “शेयर करें” पर टैप करें, फिर “होम स्क्रीन में जोड़ें” पर, वहाँ से ऐप खोलें और इस अनुरोध पर वापस आएँ।
updates-push-unsupported = यह ब्राउज़र वेबसाइटों की सूचनाएँ नहीं दिखा सकता। आप इसके बजाय ईमेल माँग सकते हैं, या इस पेज पर वापस आ सकते हैं।
updates-push-not-allowed = सूचनाओं की अनुमति नहीं दी गई, इसलिए कोई सूचना नहीं भेजी जाएगी। आप अपने ब्राउज़र की साइट सेटिंग में जाकर फिर से चुन सकते हैं।
updates-push-failed = यह ब्राउज़र सूचनाएँ चालू नहीं कर सका। बाद में दोबारा कोशिश करें, या इसके बजाय ईमेल माँगें।
updates-email-label = ईमेल पता
updates-email-hint = हम पहले पता पक्का करने के लिए एक ईमेल भेजते हैं। हर ईमेल में उन्हें बंद करने का लिंक होता है।
updates-email-send = इसमें बदलाव होने पर मुझे ईमेल करें
updates-email-invalid = कोई ईमेल पता लिखें, जैसे name@example.com
updates-email-sent = हमने { $email } पर एक ईमेल भेजा है। नई जानकारी पाना शुरू करने के लिए उसमें दिया गया लिंक खोलें।
updates-error-offline = नई जानकारी पाने की व्यवस्था नहीं हो सकी: कोई कनेक्शन नहीं है। जाँचें कि आप ऑनलाइन हैं और दोबारा कोशिश करें।
updates-error-unknown = शहर की प्रणाली अब इस अनुरोध को नहीं पहचानती, इसलिए कोई नई जानकारी नहीं भेजी जा सकती।
updates-error-busy = शहर की प्रणाली व्यस्त है। एक मिनट बाद दोबारा कोशिश करें।
updates-error-refused = शहर की प्रणाली ने इसे स्वीकार नहीं किया। ईमेल पता जाँचें, या दूसरा तरीका आज़माएँ।
updates-error-failed = नई जानकारी पाने की व्यवस्था करते समय कुछ गड़बड़ हो गई। बाद में दोबारा कोशिश करें।
updates-on-push = इस अनुरोध में बदलाव होने पर आपको ब्राउज़र में एक सूचना मिलती है।
updates-on-email = इस अनुरोध में बदलाव होने पर आपको एक ईमेल मिलता है (पता पक्का करने के बाद)।
updates-on-both = इस अनुरोध में बदलाव होने पर आपको ब्राउज़र में एक सूचना और एक ईमेल मिलता है।
updates-stop = नई जानकारी बंद करें
updates-stopped = इस अनुरोध के बारे में नई जानकारी भेजना बंद कर दिया गया है।
updates-stop-failed = नई जानकारी अभी बंद नहीं की जा सकी: शहर की प्रणाली से कोई जवाब नहीं आया। दोबारा कोशिश करें।
