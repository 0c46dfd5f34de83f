# Frontdesk: tradução dos serviços da cidade (nomes, descrições, perguntas, temas). Guia para tradutores: locales/README.md

## Serviços: nome, descrição, aviso (mostrado antes de iniciar um pedido), perguntas e opções

svc-RD-POTHOLE = Buraco na estrada
svc-RD-POTHOLE-desc = Comunique um buraco numa estrada municipal. Os buracos nas estradas regionais (estradas numeradas) são reparados pela Região de Peel.
svc-RD-POTHOLE-notice = Os buracos comunicados como perigosos são inspecionados no prazo de 24 horas.
svc-RD-POTHOLE-q-WHERE = Onde fica o buraco?
svc-RD-POTHOLE-q-WHERE-ROAD = Na faixa de rodagem
svc-RD-POTHOLE-q-WHERE-SHOULDER = Na berma
svc-RD-POTHOLE-q-WHERE-BIKE = Numa ciclovia
svc-RD-POTHOLE-q-WHERE-CROSSWALK = Numa passadeira
svc-RD-POTHOLE-q-SIZE = Qual é, aproximadamente, a largura, em centímetros?
svc-RD-POTHOLE-q-HAZARD = Representa um perigo imediato?
svc-RD-POTHOLE-q-HAZARD-YES = Sim
svc-RD-POTHOLE-q-HAZARD-NO = Não
svc-RD-POTHOLE-q-SAFETY = Se alguém puder ficar ferido neste momento, ligue também para o 911.

svc-RD-SIDEWALK = Passeio danificado
svc-RD-SIDEWALK-desc = Comunique um risco de tropeçar, uma laje partida ou um passeio levantado.
svc-RD-SIDEWALK-q-PROBLEM = Qual é o problema?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = Laje levantada ou afundada
svc-RD-SIDEWALK-q-PROBLEM-CRACK = Rachado ou partido
svc-RD-SIDEWALK-q-PROBLEM-HOLE = Buraco
svc-RD-SIDEWALK-q-PROBLEM-CURB = Lancil danificado
svc-RD-SIDEWALK-q-DETAILS = Há mais alguma coisa que a equipa deva saber?

svc-RD-STREETLIGHT = Candeeiro de rua apagado
svc-RD-STREETLIGHT-desc = Comunique um candeeiro de iluminação pública apagado, a piscar ou aceso durante o dia.
svc-RD-STREETLIGHT-q-POLE = Número do poste, se o conseguir ver
svc-RD-STREETLIGHT-q-STATE = O que se passa com a luz?
svc-RD-STREETLIGHT-q-STATE-OUT = Está apagada
svc-RD-STREETLIGHT-q-STATE-FLICKER = Está a piscar
svc-RD-STREETLIGHT-q-STATE-DAY = Está acesa durante o dia

svc-TR-TREE = Manutenção de árvores
svc-TR-TREE-desc = Peça a inspeção, a poda ou o abate de uma árvore municipal. As árvores em propriedade privada são da responsabilidade do proprietário.
svc-TR-TREE-notice = Os pedidos sobre árvores são verificados pelos Serviços Florestais antes de ser atribuído um número de referência.
svc-TR-TREE-q-WHAT = Qual é o problema?
svc-TR-TREE-q-WHAT-FALLEN = Árvore ou ramo caído
svc-TR-TREE-q-WHAT-HANGING = Ramo pendurado ou partido
svc-TR-TREE-q-WHAT-DEAD = Árvore morta ou a morrer
svc-TR-TREE-q-WHAT-ROOTS = Raízes a levantar o passeio
svc-TR-TREE-q-WHAT-OTHER = Outra coisa
svc-TR-TREE-q-BLOCKING = Está a bloquear uma estrada ou um passeio?
svc-TR-TREE-q-OTHER = Descreva o problema

svc-LG-GRAFFITI = Grafítis
svc-LG-GRAFFITI-desc = Comunique grafítis em propriedade municipal: edifícios, pontes, sinais, equipamento de parques.
svc-LG-GRAFFITI-q-SURFACE = Onde estão?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = Edifício municipal
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = Ponte ou passagem inferior
svc-LG-GRAFFITI-q-SURFACE-SIGN = Sinal
svc-LG-GRAFFITI-q-SURFACE-PARK = Equipamento de parque
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = Abrigo de paragem de autocarro
svc-LG-GRAFFITI-q-SURFACE-UTILITY = Armário técnico (eletricidade, telecomunicações)
svc-LG-GRAFFITI-q-SURFACE-FENCE = Vedação ou muro
svc-LG-GRAFFITI-q-SURFACE-OTHER = Outro
svc-LG-GRAFFITI-q-OFFENSIVE = Têm conteúdo de ódio ou ofensivo?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = Sim
svc-LG-GRAFFITI-q-OFFENSIVE-NO = Não
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = Os grafítis com conteúdo de ódio são removidos no prazo de um dia útil.

svc-LG-LITTER = Lixo ou despejo ilegal
svc-LG-LITTER-desc = Comunique lixo, objetos abandonados ou uma papeleira municipal a transbordar.
svc-LG-LITTER-q-ITEMS = O que foi deixado?
svc-LG-LITTER-q-ITEMS-BAGS = Sacos do lixo
svc-LG-LITTER-q-ITEMS-FURNITURE = Móveis ou colchão
svc-LG-LITTER-q-ITEMS-TIRES = Pneus
svc-LG-LITTER-q-ITEMS-BIN = Papeleira a transbordar
svc-LG-LITTER-q-ITEMS-SHARPS = Seringas ou objetos cortantes
svc-LG-LITTER-q-SEEN = Quando é que o viu?

svc-NS-NOISE = Queixa de ruído
svc-NS-NOISE-desc = Comunique ruído de obras fora do horário permitido, ou ruído constante de um estabelecimento comercial. Se se tratar de uma festa a decorrer neste momento, ligue para o número não urgente da Polícia Regional de Peel.
svc-NS-NOISE-notice = As queixas de ruído são encaminhadas para a Fiscalização Municipal. Não podem ser acompanhadas pela internet: ligue para o 311 para saber o seguimento.
svc-NS-NOISE-q-SOURCE = De onde vem o ruído?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = Obras
svc-NS-NOISE-q-SOURCE-BUSINESS = Um estabelecimento comercial
svc-NS-NOISE-q-SOURCE-VEHICLE = Veículos ou máquinas
svc-NS-NOISE-q-SOURCE-OTHER = Outro
svc-NS-NOISE-q-DATE = Data em que aconteceu
svc-NS-NOISE-q-ONGOING = Ainda está a acontecer?

svc-PK-PARKING = Estacionamento ilegal
svc-PK-PARKING-desc = Comunique um veículo estacionado ilegalmente: a bloquear uma entrada de garagem, em cima do passeio, numa via de acesso para bombeiros ou num lugar reservado a pessoas com deficiência sem dístico.
svc-PK-PARKING-q-PLATE = Matrícula
svc-PK-PARKING-q-WHERE = Onde está estacionado?
svc-PK-PARKING-q-WHERE-DRIVEWAY = A bloquear uma entrada de garagem
svc-PK-PARKING-q-WHERE-SIDEWALK = Em cima do passeio
svc-PK-PARKING-q-WHERE-FIRE = Numa via de acesso para bombeiros
svc-PK-PARKING-q-WHERE-ACCESSIBLE = Lugar para pessoas com deficiência, sem dístico
svc-PK-PARKING-q-WHERE-LONG = Mais de 5 horas na rua

svc-DR-FLOODING = Rua inundada ou sarjeta entupida
svc-DR-FLOODING-desc = Comunique água acumulada numa estrada ou uma sarjeta (sumidouro de águas pluviais) entupida.
svc-DR-FLOODING-q-DEPTH = Qual é a profundidade da água?
svc-DR-FLOODING-q-DEPTH-SHALLOW = Menos de 5 cm
svc-DR-FLOODING-q-DEPTH-MEDIUM = Entre 5 e 15 cm
svc-DR-FLOODING-q-DEPTH-DEEP = Mais de 15 cm

svc-PC-PROPERTY = Conservação de propriedades
svc-PC-PROPERTY-desc = Comunique uma propriedade em mau estado: relva alta, quintais cheios de mato, estruturas inseguras, veículos abandonados em terreno privado.
svc-PC-PROPERTY-q-ISSUE = Qual é o problema?
svc-PC-PROPERTY-q-ISSUE-GRASS = Relva alta ou ervas daninhas
svc-PC-PROPERTY-q-ISSUE-DEBRIS = Entulho no quintal
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = Estrutura insegura
svc-PC-PROPERTY-q-ISSUE-VEHICLE = Veículo abandonado
svc-PC-PROPERTY-q-OWNER = Paga renda por esta propriedade?
svc-PC-PROPERTY-q-OWNER-YES = Sim
svc-PC-PROPERTY-q-OWNER-NO = Não

svc-SV-VEHICLE = Queixa sobre veículo municipal
svc-SV-VEHICLE-desc = Fale-nos da condução de um veículo municipal ou de um autocarro MiWay: excesso de velocidade, mudanças de direção perigosas, motor ligado com o veículo parado.
svc-SV-VEHICLE-q-VEHICLE = Número do veículo ou do autocarro
svc-SV-VEHICLE-q-WHEN = Quando aconteceu?
svc-SV-VEHICLE-q-WHAT = O que aconteceu?

svc-PK-SIGN = Sinal em falta ou danificado
svc-PK-SIGN-desc = Comunique um sinal de paragem obrigatória, uma placa com o nome da rua ou um sinal de estacionamento em falta, danificado ou pouco visível.
svc-PK-SIGN-notice = Um sinal de paragem obrigatória em falta é substituído no mesmo dia.
svc-PK-SIGN-q-KIND = Que sinal?
svc-PK-SIGN-q-KIND-STOP = Paragem obrigatória ou cedência de passagem
svc-PK-SIGN-q-KIND-NAME = Placa com o nome da rua
svc-PK-SIGN-q-KIND-PARKING = Sinal de estacionamento
svc-PK-SIGN-q-KIND-SPEED = Limite de velocidade
svc-PK-SIGN-q-KIND-OTHER = Outro
svc-PK-SIGN-q-DOWN = Há um sinal de paragem obrigatória caído?

svc-CS-DEAD-ANIMAL = Animal morto em espaço público
svc-CS-DEAD-ANIMAL-desc = Peça a remoção de um animal morto de uma estrada, de um passeio ou de um parque.

svc-RC-PARK = Manutenção de parques
svc-RC-PARK-desc = Comunique equipamento de parque infantil partido, um banco danificado ou um problema num parque municipal.
svc-RC-PARK-q-ITEM = O que precisa de atenção?
svc-RC-PARK-q-ITEM-PLAY = Parque infantil
svc-RC-PARK-q-ITEM-BENCH = Banco ou mesa
svc-RC-PARK-q-ITEM-TRAIL = Trilho
svc-RC-PARK-q-ITEM-WASHROOM = Casa de banho
svc-RC-PARK-q-ITEM-LIGHT = Iluminação
svc-RC-PARK-q-ITEM-FIELD = Campo desportivo
svc-RC-PARK-q-ITEM-COURT = Campo de ténis ou de basquetebol
svc-RC-PARK-q-ITEM-OTHER = Outro
svc-RC-PARK-q-UNSAFE = É perigoso utilizá-lo?
svc-RC-PARK-q-PARK = Nome do parque

svc-PC-DAMAGE = Danos em propriedade municipal
svc-PC-DAMAGE-desc = Comunique danos num banco, vedação, sinal, fonte, casa de banho ou outro bem municipal num parque ou na rua.
svc-PC-DAMAGE-notice = Quando um dano põe pessoas em perigo, o local é posto em segurança no prazo de 24 horas.
svc-PC-DAMAGE-q-KIND = O que está danificado?
svc-PC-DAMAGE-q-KIND-BENCH = Banco ou mesa de piquenique
svc-PC-DAMAGE-q-KIND-FENCE = Vedação ou gradeamento
svc-PC-DAMAGE-q-KIND-SIGN = Sinal de parque ou de rua
svc-PC-DAMAGE-q-KIND-PLAY = Equipamento de parque infantil
svc-PC-DAMAGE-q-KIND-SHELTER = Abrigo de paragem de autocarro
svc-PC-DAMAGE-q-KIND-FOUNTAIN = Bebedouro
svc-PC-DAMAGE-q-KIND-WASHROOM = Casa de banho pública
svc-PC-DAMAGE-q-KIND-OTHER = Outra coisa
svc-PC-DAMAGE-q-KIND_OTHER = O que é?
svc-PC-DAMAGE-q-COUNT = Quantos objetos estão danificados?
svc-PC-DAMAGE-q-NOTICED = Quando reparou no problema?
svc-PC-DAMAGE-q-SINCE = Desde que data está assim, se souber?
svc-PC-DAMAGE-q-DANGER = Alguém se pode magoar?
svc-PC-DAMAGE-q-DANGER-YES = Sim
svc-PC-DAMAGE-q-DANGER-NO = Não
svc-PC-DAMAGE-q-DANGER_NOTE = Se alguém estiver ferido ou em perigo neste momento, ligue primeiro para o 911.
svc-PC-DAMAGE-q-SIGNS = O que vê?
svc-PC-DAMAGE-q-SIGNS-GLASS = Vidros partidos
svc-PC-DAMAGE-q-SIGNS-EDGES = Arestas cortantes
svc-PC-DAMAGE-q-SIGNS-LOOSE = Peças soltas ou em falta
svc-PC-DAMAGE-q-SIGNS-WATER = Fuga de água
svc-PC-DAMAGE-q-TAPED = Já foi vedado com fita ou sinalizado
svc-PC-DAMAGE-q-ASSET = Número de inventário na etiqueta da cidade, se existir
svc-PC-DAMAGE-q-DETAILS = Há mais alguma coisa que a equipa deva saber?
svc-PC-DAMAGE-q-PROMISE = As equipas reparam os danos em propriedade municipal no prazo de 10 dias úteis.

## O catálogo da cidade (catalogue.json): temas e serviços tratados noutros sítios

topic-roads = Estradas e passeios
link-road-closures = Cortes de estrada e obras
link-road-closures-desc = Veja onde há estradas cortadas e o que está a ser construído.
link-snow-clearing = Limpeza de neve
link-snow-clearing-desc = Comunique uma estrada ou um passeio que não foi limpo depois de um nevão.
link-snow-clearing-hours = 24 horas por dia durante o inverno

topic-trees = Árvores
link-tree-permit = Licença para abater uma árvore em propriedade privada
link-tree-permit-desc = Peça uma licença para danificar ou abater uma árvore com 15 cm de diâmetro ou mais em propriedade privada.

topic-litter-graffiti = Lixo e grafítis

topic-noise = Ruído
link-noise-exemption = Licença especial de ruído
link-noise-exemption-desc = Peça autorização para fazer ruído fora do horário permitido, para um evento ou obras.

topic-parking = Estacionamento
link-parking-permit = Autorização temporária de estacionamento
link-parking-permit-desc = Compre uma autorização para estacionar na rua durante mais de 5 horas.

topic-pay = Pagar multas e coimas
link-pay-parking-ticket = Pagar uma multa de estacionamento
link-pay-parking-ticket-desc = Pague ou conteste uma multa de estacionamento pela internet.
link-pay-fine = Pagar uma multa por infração provincial
link-pay-fine-desc = Pague uma multa de trânsito ou por infração à legislação provincial.

topic-permits = Licenças e autorizações
link-building-permit = Licença de construção
link-building-permit-desc = Peça uma licença para construir, renovar ou demolir.
link-dog-licence = Licença para cães e gatos
link-dog-licence-desc = Licencie o seu animal, renove uma licença ou comunique uma alteração.
link-marriage-licence = Licença de casamento
link-marriage-licence-desc = Peça-a presencialmente, com dois documentos de identificação.
link-marriage-licence-hours = de segunda a sexta-feira, das 8h30 às 16h30

topic-property = Problemas em propriedades

topic-taxes = Impostos e propriedade
link-property-tax = Pagar o imposto sobre a propriedade
link-property-tax-desc = Pague o imposto sobre a propriedade, adira ao débito direto ou consulte o seu saldo.
link-tax-certificate = Certidão fiscal
link-tax-certificate-desc = Peça uma certidão fiscal para a venda de uma propriedade.
link-tax-certificate-hours = de segunda a sexta-feira, das 8h30 às 16h30

topic-vehicles = Queixas sobre veículos municipais

topic-library = Biblioteca
link-library-card = Obter um cartão de leitor
link-library-card-desc = Inscreva-se pela internet para obter um cartão de leitor gratuito e requisite livros, livros eletrónicos e muito mais.

topic-recreation = Lazer
link-recreation-register = Inscrição em atividades
link-recreation-register-desc = Inscreva-se em natação, patinagem, campos de férias e outras atividades de lazer.

topic-civic = Serviços ao cidadão
link-civic-311 = Fazer uma pergunta
link-civic-311-desc = Fale com um assistente do 311 sobre qualquer serviço municipal.

topic-drainage = Drenagem

## Os grupos do sistema da cidade reclamados por um tema do catálogo: estes nomes só aparecem quando não é possível utilizar o catalogue.json

topic-x526f61647320616e64207369646577616c6b73 = Estradas e passeios
topic-Trees = Árvores
topic-x4c697474657220616e64206772616666697469 = Lixo e grafítis
topic-Noise = Ruído
topic-Parking = Estacionamento
topic-Drainage = Drenagem
topic-x50726f706572747920636f6e6365726e73 = Problemas em propriedades
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = Queixas sobre veículos municipais
topic-x4369766963207365727669636573 = Serviços ao cidadão
topic-Recreation = Lazer

## O estado de um pedido, tal como a cidade o escreve

status-open = Aberto
status-closed = Encerrado
