# Frontdesk: tłumaczenie usług miasta (nazwy, opisy, pytania, tematy). Wskazówki dla tłumaczy: locales/README.md

## Usługi: nazwa, opis, informacja (wyświetlana przed rozpoczęciem zgłoszenia), pytania i odpowiedzi do wyboru

svc-RD-POTHOLE = Dziura w jezdni
svc-RD-POTHOLE-desc = Zgłoś dziurę na drodze miejskiej. Dziury na drogach regionalnych (drogach oznaczonych numerami) naprawia Region Peel.
svc-RD-POTHOLE-notice = Dziury zgłoszone jako niebezpieczne są sprawdzane w ciągu 24 godzin.
svc-RD-POTHOLE-q-WHERE = Gdzie jest dziura?
svc-RD-POTHOLE-q-WHERE-ROAD = Na pasie ruchu
svc-RD-POTHOLE-q-WHERE-SHOULDER = Na poboczu
svc-RD-POTHOLE-q-WHERE-BIKE = Na pasie rowerowym
svc-RD-POTHOLE-q-WHERE-CROSSWALK = Na przejściu dla pieszych
svc-RD-POTHOLE-q-SIZE = Jaką mniej więcej ma szerokość, w centymetrach?
svc-RD-POTHOLE-q-HAZARD = Czy stwarza bezpośrednie zagrożenie?
svc-RD-POTHOLE-q-HAZARD-YES = Tak
svc-RD-POTHOLE-q-HAZARD-NO = Nie
svc-RD-POTHOLE-q-SAFETY = Jeśli ktoś może zostać teraz ranny, zadzwoń też pod numer 911.

svc-RD-SIDEWALK = Uszkodzony chodnik
svc-RD-SIDEWALK-desc = Zgłoś miejsce, w którym można się potknąć, pękniętą płytę lub wybrzuszony chodnik.
svc-RD-SIDEWALK-q-PROBLEM = Co jest nie tak?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = Podniesiona lub zapadnięta płyta
svc-RD-SIDEWALK-q-PROBLEM-CRACK = Pęknięty lub rozbity
svc-RD-SIDEWALK-q-PROBLEM-HOLE = Dziura
svc-RD-SIDEWALK-q-PROBLEM-CURB = Uszkodzony krawężnik
svc-RD-SIDEWALK-q-DETAILS = Czy jest coś jeszcze, o czym ekipa powinna wiedzieć?

svc-RD-STREETLIGHT = Niedziałająca latarnia uliczna
svc-RD-STREETLIGHT-desc = Zgłoś latarnię, która nie świeci, migocze lub świeci w dzień.
svc-RD-STREETLIGHT-q-POLE = Numer słupa, jeśli jest widoczny
svc-RD-STREETLIGHT-q-STATE = Co się dzieje z latarnią?
svc-RD-STREETLIGHT-q-STATE-OUT = Nie świeci
svc-RD-STREETLIGHT-q-STATE-FLICKER = Migocze
svc-RD-STREETLIGHT-q-STATE-DAY = Świeci w dzień

svc-TR-TREE = Pielęgnacja drzew
svc-TR-TREE-desc = Poproś o sprawdzenie, przycięcie lub usunięcie drzewa miejskiego. Za drzewa na terenie prywatnym odpowiada właściciel.
svc-TR-TREE-notice = Zgłoszenia dotyczące drzew sprawdza Wydział Leśnictwa, zanim zostanie nadany numer zgłoszenia.
svc-TR-TREE-q-WHAT = Na czym polega problem?
svc-TR-TREE-q-WHAT-FALLEN = Przewrócone drzewo lub konar
svc-TR-TREE-q-WHAT-HANGING = Zwisający lub złamany konar
svc-TR-TREE-q-WHAT-DEAD = Martwe lub obumierające drzewo
svc-TR-TREE-q-WHAT-ROOTS = Korzenie podnoszą chodnik
svc-TR-TREE-q-WHAT-OTHER = Coś innego
svc-TR-TREE-q-BLOCKING = Czy blokuje drogę lub chodnik?
svc-TR-TREE-q-OTHER = Opisz problem

svc-LG-GRAFFITI = Graffiti
svc-LG-GRAFFITI-desc = Zgłoś graffiti na mieniu miejskim: budynkach, mostach, znakach, wyposażeniu parków.
svc-LG-GRAFFITI-q-SURFACE = Na czym jest graffiti?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = Budynek miejski
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = Most lub przejście podziemne
svc-LG-GRAFFITI-q-SURFACE-SIGN = Znak
svc-LG-GRAFFITI-q-SURFACE-PARK = Wyposażenie parku
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = Wiata przystankowa
svc-LG-GRAFFITI-q-SURFACE-UTILITY = Skrzynka techniczna
svc-LG-GRAFFITI-q-SURFACE-FENCE = Ogrodzenie lub mur
svc-LG-GRAFFITI-q-SURFACE-OTHER = Inne
svc-LG-GRAFFITI-q-OFFENSIVE = Czy szerzy nienawiść lub jest obraźliwe?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = Tak
svc-LG-GRAFFITI-q-OFFENSIVE-NO = Nie
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = Graffiti szerzące nienawiść jest usuwane w ciągu jednego dnia roboczego.

svc-LG-LITTER = Śmieci lub nielegalne wysypisko
svc-LG-LITTER-desc = Zgłoś śmieci, porzucone przedmioty lub przepełniony miejski kosz na śmieci.
svc-LG-LITTER-q-ITEMS = Co zostało porzucone?
svc-LG-LITTER-q-ITEMS-BAGS = Worki ze śmieciami
svc-LG-LITTER-q-ITEMS-FURNITURE = Meble lub materac
svc-LG-LITTER-q-ITEMS-TIRES = Opony
svc-LG-LITTER-q-ITEMS-BIN = Przepełniony kosz na śmieci
svc-LG-LITTER-q-ITEMS-SHARPS = Igły lub ostre przedmioty
svc-LG-LITTER-q-SEEN = Kiedy to zauważono?

svc-NS-NOISE = Skarga na hałas
svc-NS-NOISE-desc = Zgłoś hałas budowlany poza dozwolonymi godzinami lub uporczywy hałas z działalności firmy. W sprawie imprezy, która trwa teraz, zadzwoń na numer niealarmowy Policji Regionalnej Peel.
svc-NS-NOISE-notice = Skargi na hałas trafiają do Wydziału Egzekwowania Przepisów Miejskich. Nie można ich śledzić przez internet: aby dowiedzieć się, co dalej, zadzwoń pod numer 311.
svc-NS-NOISE-q-SOURCE = Skąd dochodzi hałas?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = Z budowy
svc-NS-NOISE-q-SOURCE-BUSINESS = Z firmy
svc-NS-NOISE-q-SOURCE-VEHICLE = Od pojazdów lub maszyn
svc-NS-NOISE-q-SOURCE-OTHER = Inne
svc-NS-NOISE-q-DATE = Data zdarzenia
svc-NS-NOISE-q-ONGOING = Czy hałas nadal trwa?

svc-PK-PARKING = Nieprawidłowe parkowanie
svc-PK-PARKING-desc = Zgłoś nieprawidłowo zaparkowany pojazd: blokujący wjazd, stojący na chodniku, na drodze pożarowej lub na miejscu dla osób z niepełnosprawnościami bez karty parkingowej.
svc-PK-PARKING-q-PLATE = Numer rejestracyjny
svc-PK-PARKING-q-WHERE = Gdzie stoi pojazd?
svc-PK-PARKING-q-WHERE-DRIVEWAY = Blokuje wjazd
svc-PK-PARKING-q-WHERE-SIDEWALK = Na chodniku
svc-PK-PARKING-q-WHERE-FIRE = Na drodze pożarowej
svc-PK-PARKING-q-WHERE-ACCESSIBLE = Na miejscu dla osób z niepełnosprawnościami, bez karty
svc-PK-PARKING-q-WHERE-LONG = Ponad 5 godzin na ulicy

svc-DR-FLOODING = Zalana ulica lub zatkana studzienka
svc-DR-FLOODING-desc = Zgłoś wodę stojącą na drodze lub zatkany wpust kanalizacji deszczowej (studzienkę).
svc-DR-FLOODING-q-DEPTH = Jak głęboka jest woda?
svc-DR-FLOODING-q-DEPTH-SHALLOW = Poniżej 5 cm
svc-DR-FLOODING-q-DEPTH-MEDIUM = Od 5 do 15 cm
svc-DR-FLOODING-q-DEPTH-DEEP = Ponad 15 cm

svc-PC-PROPERTY = Stan nieruchomości
svc-PC-PROPERTY-desc = Zgłoś zaniedbaną nieruchomość: wysoką trawę, zarośnięte podwórko, niebezpieczne konstrukcje, porzucone pojazdy na terenie prywatnym.
svc-PC-PROPERTY-q-ISSUE = Czego dotyczy problem?
svc-PC-PROPERTY-q-ISSUE-GRASS = Wysoka trawa lub chwasty
svc-PC-PROPERTY-q-ISSUE-DEBRIS = Śmieci i odpady na podwórku
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = Niebezpieczna konstrukcja
svc-PC-PROPERTY-q-ISSUE-VEHICLE = Porzucony pojazd
svc-PC-PROPERTY-q-OWNER = Czy jesteś najemcą tej nieruchomości?
svc-PC-PROPERTY-q-OWNER-YES = Tak
svc-PC-PROPERTY-q-OWNER-NO = Nie

svc-SV-VEHICLE = Skarga na pojazd miejski
svc-SV-VEHICLE-desc = Opisz, jak kierowca pojazdu miejskiego lub autobusu MiWay prowadził pojazd: przekraczanie prędkości, niebezpieczne skręty, postój z włączonym silnikiem.
svc-SV-VEHICLE-q-VEHICLE = Numer pojazdu lub autobusu
svc-SV-VEHICLE-q-WHEN = Kiedy to się stało?
svc-SV-VEHICLE-q-WHAT = Co się stało?

svc-PK-SIGN = Brakujący lub uszkodzony znak
svc-PK-SIGN-desc = Zgłoś brakujący, uszkodzony lub słabo widoczny znak stop, tablicę z nazwą ulicy lub znak dotyczący parkowania.
svc-PK-SIGN-notice = Brakujący znak stop jest uzupełniany tego samego dnia.
svc-PK-SIGN-q-KIND = Jaki to znak?
svc-PK-SIGN-q-KIND-STOP = Znak stop lub ustąp pierwszeństwa
svc-PK-SIGN-q-KIND-NAME = Tablica z nazwą ulicy
svc-PK-SIGN-q-KIND-PARKING = Znak dotyczący parkowania
svc-PK-SIGN-q-KIND-SPEED = Ograniczenie prędkości
svc-PK-SIGN-q-KIND-OTHER = Inny
svc-PK-SIGN-q-DOWN = Czy znak stop jest przewrócony?

svc-CS-DEAD-ANIMAL = Martwe zwierzę w miejscu publicznym
svc-CS-DEAD-ANIMAL-desc = Poproś o usunięcie martwego zwierzęcia z drogi, chodnika lub parku.

svc-RC-PARK = Utrzymanie parków
svc-RC-PARK-desc = Zgłoś zepsuty sprzęt na placu zabaw, uszkodzoną ławkę lub inny problem w parku miejskim.
svc-RC-PARK-q-ITEM = Co wymaga uwagi?
svc-RC-PARK-q-ITEM-PLAY = Plac zabaw
svc-RC-PARK-q-ITEM-BENCH = Ławka lub stół
svc-RC-PARK-q-ITEM-TRAIL = Ścieżka
svc-RC-PARK-q-ITEM-WASHROOM = Toaleta
svc-RC-PARK-q-ITEM-LIGHT = Oświetlenie
svc-RC-PARK-q-ITEM-FIELD = Boisko sportowe
svc-RC-PARK-q-ITEM-COURT = Kort tenisowy lub boisko do koszykówki
svc-RC-PARK-q-ITEM-OTHER = Inne
svc-RC-PARK-q-UNSAFE = Czy korzystanie z tego jest niebezpieczne?
svc-RC-PARK-q-PARK = Nazwa parku

svc-PC-DAMAGE = Uszkodzenie mienia miejskiego
svc-PC-DAMAGE-desc = Zgłoś zepsutą ławkę, ogrodzenie, znak, fontannę, toaletę lub inne mienie miejskie w parku albo na ulicy.
svc-PC-DAMAGE-notice = Uszkodzenia, które zagrażają ludziom, są zabezpieczane w ciągu 24 godzin.
svc-PC-DAMAGE-q-KIND = Co jest uszkodzone?
svc-PC-DAMAGE-q-KIND-BENCH = Ławka lub stół piknikowy
svc-PC-DAMAGE-q-KIND-FENCE = Ogrodzenie lub barierka
svc-PC-DAMAGE-q-KIND-SIGN = Znak w parku lub na ulicy
svc-PC-DAMAGE-q-KIND-PLAY = Sprzęt na placu zabaw
svc-PC-DAMAGE-q-KIND-SHELTER = Wiata przystankowa
svc-PC-DAMAGE-q-KIND-FOUNTAIN = Poidełko
svc-PC-DAMAGE-q-KIND-WASHROOM = Toaleta publiczna
svc-PC-DAMAGE-q-KIND-OTHER = Coś innego
svc-PC-DAMAGE-q-KIND_OTHER = Co to jest?
svc-PC-DAMAGE-q-COUNT = Ile rzeczy jest uszkodzonych?
svc-PC-DAMAGE-q-NOTICED = Kiedy zauważono uszkodzenie?
svc-PC-DAMAGE-q-SINCE = Od jakiego dnia tak jest, jeśli wiesz?
svc-PC-DAMAGE-q-DANGER = Czy ktoś może zostać ranny?
svc-PC-DAMAGE-q-DANGER-YES = Tak
svc-PC-DAMAGE-q-DANGER-NO = Nie
svc-PC-DAMAGE-q-DANGER_NOTE = Jeśli ktoś jest teraz ranny lub w niebezpieczeństwie, najpierw zadzwoń pod numer 911.
svc-PC-DAMAGE-q-SIGNS = Co widać?
svc-PC-DAMAGE-q-SIGNS-GLASS = Potłuczone szkło
svc-PC-DAMAGE-q-SIGNS-EDGES = Ostre krawędzie
svc-PC-DAMAGE-q-SIGNS-LOOSE = Luźne lub brakujące części
svc-PC-DAMAGE-q-SIGNS-WATER = Wyciek wody
svc-PC-DAMAGE-q-TAPED = Miejsce jest już odgrodzone taśmą lub oznaczone
svc-PC-DAMAGE-q-ASSET = Numer inwentarzowy z miejskiej tabliczki, jeśli jest
svc-PC-DAMAGE-q-DETAILS = Czy jest coś jeszcze, o czym ekipa powinna wiedzieć?
svc-PC-DAMAGE-q-PROMISE = Ekipy naprawiają uszkodzenia mienia miejskiego w ciągu 10 dni roboczych.

## Katalog miasta (catalogue.json): tematy i usługi załatwiane gdzie indziej

topic-roads = Drogi i chodniki
link-road-closures = Zamknięcia dróg i roboty drogowe
link-road-closures-desc = Sprawdź, gdzie drogi są zamknięte i co jest budowane.
link-snow-clearing = Odśnieżanie
link-snow-clearing-desc = Zgłoś drogę lub chodnik, które nie zostały odśnieżone po opadach śniegu.
link-snow-clearing-hours = całą dobę w okresie zimowym

topic-trees = Drzewa
link-tree-permit = Pozwolenie na usunięcie drzewa na terenie prywatnym
link-tree-permit-desc = Złóż wniosek o pozwolenie na uszkodzenie lub usunięcie drzewa o średnicy 15 cm lub większej na terenie prywatnym.

topic-litter-graffiti = Śmieci i graffiti

topic-noise = Hałas
link-noise-exemption = Zezwolenie na odstępstwo od przepisów o hałasie
link-noise-exemption-desc = Złóż wniosek o zgodę na hałas poza dozwolonymi godzinami w związku z wydarzeniem lub budową.

topic-parking = Parkowanie
link-parking-permit = Tymczasowe zezwolenie na parkowanie
link-parking-permit-desc = Kup zezwolenie na parkowanie na ulicy dłużej niż 5 godzin.

topic-pay = Mandaty i kary
link-pay-parking-ticket = Zapłać mandat za parkowanie
link-pay-parking-ticket-desc = Zapłać lub zakwestionuj karę za parkowanie przez internet.
link-pay-fine = Zapłać grzywnę za wykroczenie z przepisów prowincji
link-pay-fine-desc = Zapłać mandat drogowy lub mandat za wykroczenie z przepisów prowincji.

topic-permits = Pozwolenia i licencje
link-building-permit = Pozwolenie na budowę
link-building-permit-desc = Złóż wniosek o pozwolenie na budowę, remont lub rozbiórkę.
link-dog-licence = Licencja na psa lub kota
link-dog-licence-desc = Wykup licencję dla swojego zwierzęcia, odnów licencję lub zgłoś zmianę.
link-marriage-licence = Zezwolenie na zawarcie małżeństwa
link-marriage-licence-desc = Złóż wniosek osobiście, z dwoma dokumentami tożsamości.
link-marriage-licence-hours = od poniedziałku do piątku, 8:30–16:30

topic-property = Problemy z nieruchomościami

topic-taxes = Podatki i nieruchomości
link-property-tax = Zapłać podatek od nieruchomości
link-property-tax-desc = Zapłać podatek od nieruchomości, zapisz się na automatyczne płatności lub sprawdź saldo.
link-tax-certificate = Zaświadczenie podatkowe
link-tax-certificate-desc = Poproś o zaświadczenie podatkowe w związku ze sprzedażą nieruchomości.
link-tax-certificate-hours = od poniedziałku do piątku, 8:30–16:30

topic-vehicles = Skargi na pojazdy miejskie

topic-library = Biblioteka
link-library-card = Wyrób kartę biblioteczną
link-library-card-desc = Zapisz się przez internet po bezpłatną kartę biblioteczną i wypożyczaj książki, e-booki i nie tylko.

topic-recreation = Rekreacja
link-recreation-register = Zapisy na zajęcia
link-recreation-register-desc = Zapisz się na pływanie, łyżwy, obozy i inne zajęcia rekreacyjne.

topic-civic = Sprawy urzędowe
link-civic-311 = Zadaj pytanie
link-civic-311-desc = Porozmawiaj z konsultantem 311 o dowolnej usłudze miejskiej.

topic-drainage = Odwodnienie

## Grupy z systemu miasta, do których odnosi się temat katalogu: te nazwy są widoczne tylko wtedy, gdy nie można użyć catalogue.json

topic-x526f61647320616e64207369646577616c6b73 = Drogi i chodniki
topic-Trees = Drzewa
topic-x4c697474657220616e64206772616666697469 = Śmieci i graffiti
topic-Noise = Hałas
topic-Parking = Parkowanie
topic-Drainage = Odwodnienie
topic-x50726f706572747920636f6e6365726e73 = Problemy z nieruchomościami
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = Skargi na pojazdy miejskie
topic-x4369766963207365727669636573 = Sprawy urzędowe
topic-Recreation = Rekreacja

## Stan zgłoszenia w brzmieniu miasta

status-open = Otwarte
status-closed = Zamknięte
