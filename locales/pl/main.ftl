# Frontdesk, interfejs w języku polskim. Wskazówki dla tłumaczy: locales/README.md

## Ramka strony

document-title = { $page } – { $city }
document-title-error = Błąd: { $page } – { $city }
shell-name = Usługi miejskie
skip-link = Przejdź do treści głównej
shell-loading = Wczytywanie…
shell-noscript = Ten serwis wymaga JavaScriptu, który jest wyłączony lub niedostępny w twojej przeglądarce.
shell-noscript-call = Aby bez JavaScriptu zgłosić problem lub poprosić o usługę miejską, zadzwoń pod numer { $phone }.
footer-nav-label = O tym serwisie
footer-accessibility = Deklaracja dostępności
language-nav-label = Język
nav-my-requests = Moje zgłoszenia

## Pomoc, w tym samym miejscu na każdej stronie

help-heading = Potrzebujesz pomocy?
help-call = Zadzwoń pod numer
help-from-outside = Spoza miasta zadzwoń pod numer
help-hours = Godziny pracy: { $hours }.
help-counter = Możesz też przyjść do punktu obsługi: { $address }.

## Strona główna: katalog usług

catalogue-title = Usługi miejskie
catalogue-lead = Zgłoś problem, poproś o usługę miejską i sprawdzaj, co się z nią dzieje – na telefonie, w swoim języku.
catalogue-loading = Wczytywanie listy usług…
catalogue-search-label = Szukaj usługi
catalogue-search-hint = Na przykład: dziura w jezdni, drzewo, mandat za parkowanie.
catalogue-search-button = Szukaj
catalogue-results-heading = Wyniki wyszukiwania
catalogue-results-count =
    { $count ->
        [one] Znaleziono jedną usługę pasującą do „{ $query }”.
        [few] Znaleziono { $count } usługi pasujące do „{ $query }”.
        [many] Znaleziono { $count } usług pasujących do „{ $query }”.
       *[other] Znaleziono { $count } usługi pasujące do „{ $query }”.
    }
catalogue-no-results = Brak usług pasujących do „{ $query }”.
catalogue-no-results-call = Zadzwoń pod numer { $phone }, a pomożemy ci znaleźć właściwą usługę.
catalogue-no-results-browse = Możesz też przejrzeć usługi według tematów poniżej.
catalogue-clear-search = Pokaż wszystkie usługi
catalogue-topics-heading = Usługi według tematów
catalogue-other-services = Inne usługi
catalogue-stale = Nie udało się połączyć z serwerem miasta, dlatego widzisz listę zapisaną na tym urządzeniu { $date }. Może być nieaktualna.
catalogue-empty = Miasto nie przyjmuje teraz zgłoszeń przez internet. Zadzwoń pod numer { $phone }, aby zgłosić problem lub poprosić o usługę.
catalogue-services-error-heading = Nie udało się wczytać formularzy zgłoszeń internetowych
catalogue-services-error-rest = Usługi poniżej, które załatwia się telefonicznie, osobiście lub na innych stronach internetowych miasta, są nadal widoczne na liście.
catalogue-retry = Spróbuj ponownie

## Jak załatwić usługę: opis pod jej nazwą na liście

channel-request = Formularz internetowy
channel-online = Na innej stronie internetowej miasta (opuszczasz ten serwis)
channel-phone = Telefonicznie: zadzwoń pod numer { $phone }
channel-hours = Godziny pracy: { $hours }.
channel-counter = Osobiście: { $address }

## Gdy serwer miasta nie odpowiada prawidłowo (każda strona, która się z nim łączy)

error-offline = Wygląda na to, że nie masz połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.
error-unreachable = Serwer miasta nie odpowiedział. Może być chwilowo niedostępny: spróbuj ponownie za kilka minut.
error-timeout = Serwer miasta zbyt długo nie odpowiadał. Spróbuj ponownie: przy wolnym połączeniu druga próba często się udaje.
error-server = Wystąpił problem z serwerem miasta (błąd { $status }). Spróbuj ponownie za kilka minut.
error-refused = Serwer miasta odrzucił żądanie (błąd { $status }).
error-not-found = Serwer miasta nie ma takich danych (błąd 404).
error-server-said = Odpowiedź serwera:
error-malformed = Serwer miasta przesłał odpowiedź, której ten serwis nie potrafi odczytać. Spróbuj ponownie później lub zadzwoń pod numer { $phone }.

## Strona usługi

service-loading = Wczytywanie usługi…
service-back = Wszystkie usługi miejskie
service-not-found-title = Nie znaleziono usługi
service-not-found = Nie ma usługi o kodzie „{ $code }”. Mogła zmienić nazwę lub zostać wycofana.
service-asks-heading = O co zapytamy
service-asks-location = Gdzie to jest: adres, twoja bieżąca lokalizacja lub jedno i drugie.
service-asks-description = Na czym polega problem – opisany własnymi słowami.
service-asks-questions = Kilka pytań na ten temat:
service-asks-photos = Zdjęcia, jeśli je masz (nieobowiązkowo).
service-asks-contact = Twoje imię i nazwisko oraz sposób kontaktu z tobą (nieobowiązkowo).
service-questions-loading = Wczytywanie pytań…
service-questions-error = Nie udało się teraz wczytać pytań. Możesz jednak zacząć: formularz spróbuje ponownie.
service-required = (wymagane)
service-notice-heading = Ważne
service-promise-heading = Po wysłaniu
service-promise-realtime = Od razu otrzymasz numer zgłoszenia, dzięki któremu możesz śledzić swoje zgłoszenie.
service-promise-batch = System miasta obsługuje te zgłoszenia partiami, więc na numer zgłoszenia trzeba czasem chwilę poczekać. Ten serwis cały czas sprawdza, czy numer już jest.
service-promise-blackbox = Tego zgłoszenia nie można śledzić: miasto nie podaje dla niego numeru ani informacji o postępach.
service-start = Rozpocznij zgłoszenie

## Formularz zgłoszenia, każdy krok

request-step-count = Krok { $current } z { $total }
request-back = Wstecz
request-continue = Dalej
request-saved = To, co wpisujesz, jest na bieżąco zapisywane na tym urządzeniu.
request-discard = Usuń tę wersję roboczą
request-discard-confirm = Usunąć wszystko, co zostało wpisane w tym zgłoszeniu? Tego nie można cofnąć.
request-discard-yes = Tak, usuń
request-discard-no = Nie, zachowaj
request-discarded = Wersja robocza została usunięta.
request-service-unavailable = Ta usługa nie przyjmuje teraz zgłoszeń przez internet.
error-summary-title = Wystąpił problem
field-error-prefix = Błąd:

## Krok: gdzie

request-location-title = Gdzie to jest?
request-location-lead = Wpisz adres, użyj swojej bieżącej lokalizacji lub zrób jedno i drugie.
request-location-lead-map = Wpisz adres, użyj swojej bieżącej lokalizacji lub umieść pinezkę na mapie. Wystarczy jedna z tych rzeczy.
request-address-label = Adres lub miejsce
request-address-hint = Na przykład: 300 City Centre Drive albo skrzyżowanie Hurontario Street i Burnhamthorpe Road.
request-use-location = Użyj mojej bieżącej lokalizacji
request-locating = Ustalanie twojej lokalizacji…
request-located = Twoja lokalizacja: { $lat }, { $long } (z dokładnością do około { $accuracy } m).
request-location-remove = Usuń moją lokalizację
request-geo-denied = Ta strona nie ma dostępu do twojej lokalizacji. Możesz na to zezwolić w ustawieniach przeglądarki albo wpisać adres.
request-geo-unavailable = Nie udało się ustalić twojej lokalizacji. Spróbuj ponownie za chwilę albo wpisz adres.
request-geo-timeout = Ustalanie lokalizacji trwało zbyt długo. Spróbuj ponownie albo wpisz adres.
request-geo-unsupported = Ta przeglądarka nie może udostępnić twojej lokalizacji. Wpisz adres.

## Krok: problem

request-details-title = Opisz problem
request-description-label = Opis problemu
request-description-hint = Co jest nie tak oraz wszystko, co pomoże ekipie znaleźć to miejsce.
request-description-left =
    { $count ->
        [one] Pozostał { $count } znak
        [few] Pozostały { $count } znaki
        [many] Pozostało { $count } znaków
       *[other] Pozostało { $count } znaku
    }
request-description-over =
    { $count ->
        [one] Masz o { $count } znak za dużo
        [few] Masz o { $count } znaki za dużo
        [many] Masz o { $count } znaków za dużo
       *[other] Masz o { $count } znaku za dużo
    }
request-definition-error = Nie udało się wczytać dodatkowych pytań miasta dotyczących tej usługi. Nadal możesz wysłać zgłoszenie z opisem.
request-choose = Wybierz opcję

## Krok: zdjęcia

request-photos-title = Zdjęcia
request-photos-lead = Zdjęcie pomaga ekipie znaleźć i usunąć problem. Zdjęcia są nieobowiązkowe.
request-photos-limit =
    { $max ->
        [one] Możesz dodać jedno zdjęcie.
        [few] Możesz dodać maksymalnie { $max } zdjęcia.
        [many] Możesz dodać maksymalnie { $max } zdjęć.
       *[other] Możesz dodać maksymalnie { $max } zdjęcia.
    }
request-photos-privacy = Przed wysłaniem zdjęcia są zmniejszane na twoim telefonie, a zapisane w nich dane o lokalizacji i aparacie są usuwane.
request-photos-add = Dodaj zdjęcie
request-photos-add-hint = Zrób zdjęcie aparatem albo wybierz zdjęcie, które już masz.
request-photos-preparing = Przygotowywanie zdjęcia…
request-photos-added = Dodano zdjęcie.
request-photos-photo = Zdjęcie { $number }
request-photos-remove = Usuń zdjęcie { $number }
request-photos-removed = Usunięto zdjęcie.
request-photos-full = Dodano już tyle zdjęć, ile można dołączyć do tego zgłoszenia.
request-photos-not-image = Ten plik nie jest zdjęciem, którego ten serwis może użyć. Wybierz obraz JPEG, PNG lub podobny.
request-photos-failed = Nie udało się przygotować zdjęcia. Spróbuj z innym.
request-photos-storage = Na tym urządzeniu brakuje miejsca, aby zachować zdjęcie. Zwolnij trochę miejsca albo wyślij zgłoszenie bez zdjęcia.

## Krok: o tobie

request-about-title = O tobie
request-about-lead = Wszystkie te pola są nieobowiązkowe. Dzięki nim miasto może się z tobą skontaktować w sprawie tego zgłoszenia.
request-first-name = Imię
request-last-name = Nazwisko
request-name-why = Aby miasto wiedziało, o kogo pytać.
request-email = Adres e-mail
request-email-why = Aby wysyłać ci informacje o tym zgłoszeniu.
request-phone = Numer telefonu
request-phone-why = Na wypadek, gdyby ekipa chciała cię o coś zapytać.
request-remember = Zapamiętaj moje dane na tym urządzeniu
request-remember-hint = Zaznacz to tylko na własnym telefonie lub komputerze. Odznacz, aby dane zostały zapomniane.

## Krok: sprawdź odpowiedzi

request-check-title = Sprawdź odpowiedzi przed wysłaniem
request-check-location = Lokalizacja
request-check-description = Opis
request-check-contact = Twoje dane
request-check-photos = Zdjęcia
request-check-photo-count =
    { $count ->
        [one] Jedno zdjęcie
        [few] { $count } zdjęcia
        [many] { $count } zdjęć
       *[other] { $count } zdjęcia
    }
request-check-not-given = Nie podano
request-check-yes = Tak
request-check-change = Zmień
request-send = Wyślij zgłoszenie
request-sending = Wysyłanie zgłoszenia…
request-refused-next = Sprawdź odpowiedzi i spróbuj ponownie. Jeśli nadal się nie udaje, zadzwoń pod numer { $phone }.

## Problemy z odpowiedziami

problem-no-location = Wpisz adres albo użyj swojej bieżącej lokalizacji.
problem-required = Odpowiedz na pytanie „{ $question }”.
problem-not-a-number = Odpowiedź na pytanie „{ $question }” musi być liczbą, np. 3 lub 2.5.
problem-not-a-datetime = Odpowiedź na pytanie „{ $question }” musi być datą i godziną.
problem-not-a-date = Odpowiedź na pytanie „{ $question }” musi być datą.
problem-unknown-choice = Wybierz jedną z opcji w pytaniu „{ $question }”.
problem-too-long = Opis jest za długi. Maksymalna liczba znaków: { $limit }.
problem-bad-email = Wpisz adres e-mail, np. name@example.com.
problem-bad-phone = Wpisz numer telefonu, który ma co najmniej 7 cyfr, np. 905 615 4311.

## Po wysłaniu

sent-title = Zgłoszenie zostało wysłane
sent-reference = Twój numer zgłoszenia
sent-reference-pending = Numer zgłoszenia wkrótce się pojawi
sent-reference-pending-detail = Miasto nadaje tym zgłoszeniom numer po krótkim czasie. Gdy numer się pojawi, zobaczysz go tutaj i na liście swoich zgłoszeń.
sent-untracked = Tej usługi nie można śledzić, dlatego nie ma numeru zgłoszenia. Miasto otrzymało twoje zgłoszenie.
sent-next-heading = Co dalej
sent-next = Miasto sprawdzi twoje zgłoszenie i przekaże je odpowiedniemu zespołowi.
sent-another = Złóż kolejne zgłoszenie
sent-storage-warning = To urządzenie nie mogło zapisać informacji o tym zgłoszeniu. Zanotuj swój numer zgłoszenia.
sent-waiting-title = Czeka na wysłanie
sent-waiting = Nie masz połączenia z internetem. Twoje zgłoszenie jest przechowywane na tym urządzeniu i zostanie wysłane automatycznie, gdy połączenie wróci. Możesz zamknąć tę stronę.
sent-busy = System miasta jest teraz przeciążony. Twoje zgłoszenie jest przechowywane na tym urządzeniu i zostanie wysłane ponownie automatycznie po { $time }, jeśli ten serwis będzie otwarty, albo przy jego następnym otwarciu.
sent-sending-title = Wysyłanie zgłoszenia…
sent-uploading = Wysyłanie zdjęć
sent-unconfirmed-title = Nie udało się potwierdzić, że zgłoszenie dotarło
sent-unconfirmed = Podczas wysyłania połączenie zostało przerwane i nie udało się sprawdzić na serwerze miasta, czy zgłoszenie dotarło. Aby nie wysłać go dwa razy, zgłoszenie nie zostanie wysłane ponownie, chyba że o tym zdecydujesz.
sent-check-again = Sprawdź ponownie
sent-send-again = Wyślij ponownie
sent-refused-title = Serwer miasta nie przyjął tego zgłoszenia
sent-not-found-title = Nie znaleziono zgłoszenia
sent-not-found = Na tym urządzeniu nie ma zapisu tego zgłoszenia. Mogło zostać z niego usunięte.

## Moje zgłoszenia: zgłoszenia wysłane z tego urządzenia

my-requests-title = Moje zgłoszenia
my-requests-lead = Zgłoszenia wysłane z tego urządzenia. Lista jest przechowywana tylko na tym urządzeniu.
my-requests-empty = Z tego urządzenia nie wysłano jeszcze żadnych zgłoszeń.
my-requests-refresh = Sprawdź, czy są zmiany
my-requests-refreshing = Sprawdzanie zmian…
my-requests-refreshed = Statusy są aktualne.
my-requests-sent-on = Wysłano { $date }
my-requests-last-update = Ostatnia zmiana: { $date }
my-requests-updated = Zmienione
my-requests-waiting = Czeka na wysłanie
my-requests-unconfirmed = Niepotwierdzone
my-requests-refused = Nieprzyjęte
my-requests-reference-pending = Numer wkrótce
my-requests-forget = Usuń to zgłoszenie z listy
my-requests-forget-all = Usuń wszystkie zgłoszenia z tego urządzenia
my-requests-forget-all-confirm = Usunąć wszystkie zgłoszenia z tego urządzenia? Miasto nadal je ma; czyszczona jest tylko ta lista.
my-requests-forget-yes = Tak, usuń je
my-requests-forget-no = Nie, zachowaj je
my-requests-forgotten = Zgłoszenie zostało usunięte z tego urządzenia.
my-requests-all-forgotten = Wszystkie zgłoszenia zostały usunięte z tego urządzenia.
lookup-heading = Znajdź zgłoszenie po numerze
lookup-label = Numer zgłoszenia
lookup-hint = Znajdziesz go na stronie potwierdzenia albo w e-mailu od miasta w sprawie twojego zgłoszenia.
lookup-button = Znajdź zgłoszenie
lookup-empty = Wpisz numer zgłoszenia.
lookup-offer = Śledź zgłoszenie { $id }

## Strona zgłoszenia

track-title = Zgłoszenie { $id }
track-loading = Wczytywanie zgłoszenia…
track-not-found-title = Nie znaleziono zgłoszenia
track-not-found = Miasto nie ma zgłoszenia o numerze „{ $id }”. Sprawdź numer: znajdziesz go na stronie potwierdzenia albo w e-mailu od miasta.
track-not-found-call = Jeśli nadal nie możesz go znaleźć, zadzwoń pod numer { $phone }.
track-status = Stan zgłoszenia
track-service = Usługa
track-notes = Uwagi od miasta
track-agency = Zajmuje się
track-requested = Wysłano
track-updated = Ostatnia zmiana
track-expected = Przewidywany termin
track-overdue = Po terminie: miasto planowało zakończyć sprawę do { $date }.
track-location = Lokalizacja
track-description = Opis
track-photo = Zdjęcie wysłane ze zgłoszeniem
track-timeline = Co się wydarzyło
track-seen-on = Zauważone na tym urządzeniu
track-token-late = Twoje zgłoszenie jest wciąż przetwarzane. Sprawdź ponownie później: gdy miasto nada mu numer, pojawi się on w zakładce „Moje zgłoszenia”.
track-follow = Obserwuj to zgłoszenie
track-refresh = Sprawdź, czy są zmiany

## Stany zgłoszeń słownie

status-word-open = Przyjęte
status-word-closed = Zamknięte
status-word-in_progress = W realizacji
status-word-action_scheduled = Zaplanowano prace
status-word-investigating = W trakcie wyjaśniania
status-word-for_triage = W trakcie oceny
status-word-internal_referral = Przekazane innemu zespołowi
status-word-reopened = Ponownie otwarte
status-word-fixed = Naprawione
status-word-duplicate = Zamknięte: już zgłoszone
status-word-not_councils_responsibility = Zamknięte: nie należy do zadań miasta
status-word-no_further_action = Zamknięte: bez dalszych działań
status-word-cancelled = Anulowane

## Nie znaleziono strony

not-found-title = Nie znaleziono strony
not-found-typed = Jeśli adres strony został wpisany ręcznie, sprawdź, czy jest poprawny.
not-found-link = Jeśli strona została otwarta z linku, link może być nieaktualny.
not-found-home = Przejdź do listy usług miejskich
not-found-call = Możesz też zadzwonić pod numer { $phone }, aby poprosić o usługę.

## Deklaracja dostępności

accessibility-title = Deklaracja dostępności
a11y-intro = { $city } chce, aby każdy mógł korzystać z tego serwisu: na telefonie lub komputerze, w powiększeniu, wyłącznie za pomocą klawiatury, czytnika ekranu, sterowania głosowego lub innej technologii wspomagającej, a także w swoim języku.
a11y-standard-heading = Standard, do którego dążymy
a11y-standard = Ten serwis ma spełniać wytyczne dotyczące dostępności treści internetowych (WCAG) w wersji { $version } na poziomie { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = Serwis w pełni spełnia ten standard.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = Serwis częściowo spełnia ten standard: poniżej wymieniamy części, które go nie spełniają lub których człowiek jeszcze nie sprawdził.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = Ostatnie pełne sprawdzenie przeprowadziliśmy { $date }: wszystkie strony we wszystkich stanach, w { $languages } językach, na ekranach wielkości telefonu i komputera. { $failed ->
    [0] Żadne z { $scans } sprawdzeń stron nie wykazało problemu.
    [one] Jedno z { $scans } sprawdzeń stron wykazało problem.
    [few] { $failed } z { $scans } sprawdzeń stron wykazały problem.
    [many] { $failed } z { $scans } sprawdzeń stron wykazało problem.
   *[other] { $failed } z { $scans } sprawdzeń stron wykazało problem.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = Pozostała część tej deklaracji nadal obowiązuje. Możesz też do nas zadzwonić, aby poznać wyniki ostatniego sprawdzenia.
a11y-testing-heading = Jak to sprawdzamy
a11y-testing-automated = Przy każdej zmianie serwisu każda strona jest automatycznie sprawdzana narzędziem axe-core pod kątem zgodności z WCAG 2.2 na poziomach A i AA, na ekranie wielkości telefonu i na ekranie komputera.
a11y-testing-keyboard = Testy automatyczne korzystają też z serwisu wyłącznie za pomocą klawiatury: sprawdzają link pomijania nawigacji, przechodzenie między stronami i to, gdzie trafia fokus.
a11y-testing-languages = Strony są też testowane w językach zapisywanych od prawej do lewej oraz w wygenerowanym pseudojęzyku, który pokazuje każdy nieprzetłumaczony tekst.
a11y-gaps-heading = Co jeszcze wymaga poprawy
a11y-gaps-intro = Testy automatyczne wykrywają tylko część problemów. Wiemy o następujących:
a11y-not-conforming-intro = Te części nie spełniają jeszcze standardu:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = Kryterium WCAG { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] Człowiek musi jeszcze sprawdzić to kryterium sukcesu, ponieważ testy automatyczne nie mogą go w pełni ocenić: { $criteria }.
    [few] Człowiek musi jeszcze sprawdzić { $count } kryteria sukcesu, ponieważ testy automatyczne nie mogą ich w pełni ocenić: { $criteria }.
    [many] Człowiek musi jeszcze sprawdzić { $count } kryteriów sukcesu, ponieważ testy automatyczne nie mogą ich w pełni ocenić: { $criteria }.
   *[other] Człowiek musi jeszcze sprawdzić { $count } kryterium sukcesu, ponieważ testy automatyczne nie mogą ich w pełni ocenić: { $criteria }.
}
a11y-gap-screen-readers = Serwis nie został jeszcze przetestowany przez osoby korzystające z czytników ekranu i sterowania głosowego.
a11y-gap-server-text = Nazwy i opisy usług pochodzą z systemów miasta i mogą nie być przetłumaczone na twój język.
a11y-report-heading = Zgłoś problem z tym serwisem
a11y-report = Jeśli coś w tym serwisie nie działa w twoim przypadku, zadzwoń pod numer { $phone } i powiedz nam, co chcesz zrobić i co poszło nie tak. Pomożemy ci złożyć zgłoszenie telefonicznie i usuniemy problem.
a11y-other-format-heading = Otrzymaj te informacje w inny sposób
a11y-other-format = Jeśli nie możesz korzystać z tego serwisu albo potrzebujesz jego treści w innej formie (duży druk, czytanie na głos, tekst łatwy do czytania lub inny język), zadzwoń pod numer { $phone }, a pomożemy.
# $counter is the city's service counter (its address).
a11y-other-format-counter = Możesz też przyjść osobiście: { $counter }.

## Gdy serwis nie może odczytać swoich ustawień (config.json)

config-problem-title = Ten serwis jest teraz niedostępny
config-problem-resident = Spróbuj ponownie za kilka minut. Jeśli nadal nie działa, skontaktuj się z miastem telefonicznie.
config-problem-retry = Spróbuj ponownie
config-problem-detail-heading = Dla administratorów serwisu
config-error-unreachable = Nie udało się wczytać pliku ustawień config.json: serwer nie odpowiedział.
config-error-timeout = Nie udało się wczytać pliku ustawień config.json: serwer nie odpowiedział na czas.
config-error-status = Nie udało się wczytać pliku ustawień config.json: serwer odpowiedział kodem stanu { $status }.
config-error-syntax = Plik ustawień config.json nie jest poprawnym plikiem JSON: zobacz wiersz { $line }, kolumnę { $column }.
config-error-missing = W pliku ustawień config.json brakuje wartości dla „{ $key }”.
config-error-invalid = Plik ustawień config.json zawiera wartość dla „{ $key }”, której nie można użyć.

## Strony pobierane, gdy są potrzebne po raz pierwszy (src/pieces.rs)
piece-loading = Wczytywanie strony…
piece-failed-title = Nie udało się wczytać tej strony
piece-failed = Nie udało się pobrać części tego serwisu. Sprawdź połączenie i spróbuj ponownie. Wszystko, co zostało wpisane, jest zachowane na tym urządzeniu.
piece-failed-phone = Możesz też zadzwonić pod numer { $phone }.

## Mapa w kroku lokalizacji (src/map)
map-role = mapa
map-label = Mapa: umieść pinezkę w miejscu problemu
map-keys = Dotknij mapy, aby umieścić tam pinezkę, albo użyj przycisków pod mapą. Gdy mapa jest aktywna, klawisze strzałek przesuwają pinezkę (dalej z klawiszem Shift), a klawisze + i − przybliżają i oddalają widok.
map-loading = Wczytywanie mapy…
map-piece-failed = Nie udało się wczytać mapy. Nadal możesz wpisać adres albo użyć swojej lokalizacji.
map-tiles-failed = Nie udało się wczytać części mapy. Nadal możesz umieścić pinezkę, wpisać adres albo użyć swojej lokalizacji.
map-zoom-group = Powiększenie
map-zoom-in = Przybliż
map-zoom-out = Oddal
map-move-group = Przesuń pinezkę
map-move-north = Przesuń pinezkę na północ
map-move-south = Przesuń pinezkę na południe
map-move-east = Przesuń pinezkę na wschód
map-move-west = Przesuń pinezkę na zachód
map-zoom-level = Poziom powiększenia { $level } z { $max }.
map-pin-from-start = Pinezka jest około { $metres } m na { $direction ->
    [north] północ
    [north-east] północny wschód
    [east] wschód
    [south-east] południowy wschód
    [south] południe
    [south-west] południowy zachód
    [west] zachód
   *[north-west] północny zachód
  } od miejsca, w którym otworzyła się mapa.
map-pin-from-device = Pinezka jest około { $metres } m na { $direction ->
    [north] północ
    [north-east] północny wschód
    [east] wschód
    [south-east] południowy wschód
    [south] południe
    [south-west] południowy zachód
    [west] zachód
   *[north-west] północny zachód
  } od twojej lokalizacji.
map-pin-at-start = Pinezka jest w miejscu, w którym otworzyła się mapa.
map-pin-at-device = Pinezka jest w twojej lokalizacji.
map-pin-near = Pinezka jest w pobliżu adresu: { $address }.
map-outside = To miejsce leży poza granicami miasta ({ $city }). Umieść pinezkę w granicach miasta albo zadzwoń pod numer { $phone }.
map-find = Pokaż adres na mapie
map-finding = Wyszukiwanie adresu…
map-find-empty = Najpierw wpisz adres, a potem pokaż go na mapie.
map-find-none = W granicach miasta ({ $city }) nie ma miejsca pasującego do tego adresu. Zamiast tego umieść pinezkę na mapie.
map-find-failed = Nie udało się teraz wyszukać adresu. Zamiast tego umieść pinezkę na mapie.
map-found = Znaleziono: { $address }. Pinezka jest w tym miejscu.
map-suggestion = Najbliższy adres: { $address }
map-suggestion-use = Użyj tego adresu
map-suggestion-used = Wpisano adres: { $address }.
request-pinned = Pinezka na mapie: { $lat }, { $long }.
request-pin-remove = Usuń pinezkę

## Już zgłoszone w pobliżu (src/map/nearby.rs)
nearby-heading = Już zgłoszone w pobliżu
nearby-lead = { $count ->
    [one] To otwarte zgłoszenie dotyczące tej samej usługi znajduje się
    [few] Te { $count } otwarte zgłoszenia dotyczące tej samej usługi znajdują się
    [many] Tych { $count } otwartych zgłoszeń dotyczących tej samej usługi znajduje się
   *[other] Te { $count } otwarte zgłoszenia dotyczące tej samej usługi znajdują się
  } w promieniu 150 metrów od twojej pinezki. Jeśli chodzi o twój problem, możesz obserwować istniejące zgłoszenie, zamiast zgłaszać problem ponownie.
nearby-distance = W odległości { $metres } m
nearby-age = { $days ->
    [0] Zgłoszone dzisiaj
    [one] Zgłoszone wczoraj
    [few] Zgłoszone { $days } dni temu
    [many] Zgłoszone { $days } dni temu
   *[other] Zgłoszone { $days } dnia temu
  }
nearby-follow = Obserwuj to zgłoszenie zamiast swojego
nearby-follow-confirm = Obserwować zgłoszenie { $id } zamiast wysyłać swoje? Twoje odpowiedzi i zdjęcia z tego formularza zostaną usunięte i nic nie zostanie wysłane.
nearby-follow-yes = Tak, obserwuj
nearby-follow-no = Nie, zachowaj moje zgłoszenie
nearby-different = Mój problem jest inny: dalej
nearby-followed = Obserwujesz zgłoszenie { $id }. Nic nie zostało wysłane.
nearby-announced = { $count ->
    [one] W pobliżu twojej pinezki jest już jedno otwarte zgłoszenie dotyczące tej samej usługi
    [few] W pobliżu twojej pinezki są już { $count } otwarte zgłoszenia dotyczące tej samej usługi
    [many] W pobliżu twojej pinezki jest już { $count } otwartych zgłoszeń dotyczących tej samej usługi
   *[other] W pobliżu twojej pinezki są już { $count } otwarte zgłoszenia dotyczące tej samej usługi
  }: znajdziesz je pod mapą.
nearby-failed = Nie udało się teraz sprawdzić, czy w pobliżu są już zgłoszenia.
my-requests-following-since = Obserwowane od { $date }

## Powiadomienia o zgłoszeniu: w przeglądarce i e-mailem (src/notify)
updates-heading = Powiadomienia o tym zgłoszeniu
updates-offer = Powiadom mnie o zmianach
updates-wait-id = O powiadomienia możesz poprosić, gdy miasto nada temu zgłoszeniu numer. Wtedy ta strona je zaproponuje.
updates-loading = Sprawdzanie, jakie powiadomienia może wysyłać miasto…
updates-unavailable = Nie można teraz włączyć powiadomień. Nadal możesz wracać na tę stronę, aby sprawdzić, na jakim etapie jest twoje zgłoszenie.
updates-push = Wysyłaj powiadomienia do tej przeglądarki
updates-push-hint = Przeglądarka zapyta, czy ta strona może wyświetlać powiadomienia. Otrzymasz powiadomienie przy każdej zmianie zgłoszenia.
updates-push-on = Gotowe. Ta przeglądarka wyświetli powiadomienie przy każdej zmianie tego zgłoszenia.
updates-push-blocked = Powiadomienia z tej strony są zablokowane w ustawieniach przeglądarki. Aby je otrzymywać, zezwól tam na powiadomienia z tej strony, a potem tu wróć.
updates-push-install-first = Na iPhonie lub iPadzie powiadomienia działają tylko z ekranu początkowego: stuknij Udostępnij, a potem Do ekranu początkowego, otwórz aplikację z ekranu początkowego i wróć do tego zgłoszenia.
updates-push-unsupported = Ta przeglądarka nie może wyświetlać powiadomień ze stron internetowych. Możesz zamiast tego poprosić o e-mail albo wracać na tę stronę.
updates-push-not-allowed = Nie zezwolono na powiadomienia, więc nie będą wysyłane. Możesz zmienić wybór w ustawieniach witryn w przeglądarce.
updates-push-failed = Ta przeglądarka nie mogła włączyć powiadomień. Spróbuj ponownie później albo poproś o e-mail.
updates-email-label = Adres e-mail
updates-email-hint = Najpierw wyślemy e-mail, aby potwierdzić adres. W każdym e-mailu jest link do rezygnacji z powiadomień.
updates-email-send = Wyślij mi e-mail, gdy coś się zmieni
updates-email-invalid = Wpisz adres e-mail, np. name@example.com
updates-email-sent = Wysłaliśmy e-mail na adres { $email }. Otwórz link w tej wiadomości, aby zacząć otrzymywać powiadomienia.
updates-error-offline = Nie udało się włączyć powiadomień: brak połączenia. Sprawdź, czy masz dostęp do internetu, i spróbuj ponownie.
updates-error-unknown = System miasta nie zna już tego zgłoszenia, więc nie można wysyłać powiadomień.
updates-error-busy = System miasta jest przeciążony. Spróbuj ponownie za minutę.
updates-error-refused = System miasta tego nie przyjął. Sprawdź adres e-mail albo wybierz drugi sposób.
updates-error-failed = Coś poszło nie tak podczas włączania powiadomień. Spróbuj ponownie później.
updates-on-push = Otrzymasz powiadomienie w przeglądarce, gdy to zgłoszenie się zmieni.
updates-on-email = Otrzymasz e-mail, gdy to zgłoszenie się zmieni (po potwierdzeniu adresu).
updates-on-both = Otrzymasz powiadomienie w przeglądarce i e-mail, gdy to zgłoszenie się zmieni.
updates-stop = Wyłącz powiadomienia
updates-stopped = Powiadomienia o tym zgłoszeniu zostały wyłączone.
updates-stop-failed = Nie udało się teraz wyłączyć powiadomień: system miasta nie odpowiada. Spróbuj ponownie.
