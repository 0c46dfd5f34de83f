# Frontdesk, interface em português (Portugal). Guia para tradutores: locales/README.md

## O enquadramento das páginas

document-title = { $page } – { $city }
document-title-error = Erro: { $page } – { $city }
shell-name = Serviços municipais
skip-link = Saltar para o conteúdo principal
shell-loading = A carregar…
shell-noscript = Este serviço precisa de JavaScript, que está desativado ou não está disponível no seu navegador.
shell-noscript-call = Para comunicar um problema ou pedir um serviço municipal sem JavaScript, ligue para o { $phone }.
footer-nav-label = Sobre este serviço
footer-accessibility = Declaração de acessibilidade
language-nav-label = Idioma
nav-my-requests = Os meus pedidos

## Ajuda, no mesmo sítio em todas as páginas

help-heading = Precisa de ajuda?
help-call = Ligue para o
help-from-outside = Fora da cidade, ligue para o
help-hours = Horário: { $hours }.
help-counter = Também pode dirigir-se ao balcão de atendimento: { $address }.

## Página inicial: o catálogo de serviços

catalogue-title = Serviços municipais
catalogue-lead = Comunique um problema, peça um serviço municipal e acompanhe o que lhe acontece, no seu telemóvel e no seu idioma.
catalogue-loading = A carregar a lista de serviços…
catalogue-search-label = Procurar um serviço
catalogue-search-hint = Por exemplo: buraco na estrada, árvore, multa de estacionamento.
catalogue-search-button = Procurar
catalogue-results-heading = Resultados da pesquisa
catalogue-results-count =
    { $count ->
        [0] Nenhum serviço corresponde a «{ $query }».
        [one] Um serviço corresponde a «{ $query }».
       *[other] { $count } serviços correspondem a «{ $query }».
    }
catalogue-no-results = Nenhum serviço corresponde a «{ $query }».
catalogue-no-results-call = Ligue para o { $phone } e ajudamos a encontrar o serviço certo.
catalogue-no-results-browse = Também pode consultar os serviços por tema, mais abaixo.
catalogue-clear-search = Mostrar todos os serviços
catalogue-topics-heading = Serviços por tema
catalogue-other-services = Outros serviços
catalogue-stale = Não foi possível contactar o servidor da cidade, por isso esta é a lista guardada neste dispositivo em { $date }. Pode estar desatualizada.
catalogue-empty = De momento, a cidade não está a receber pedidos pela internet. Ligue para o { $phone } para comunicar um problema ou pedir um serviço.
catalogue-services-error-heading = Não foi possível carregar os formulários de pedido pela internet
catalogue-services-error-rest = Os serviços abaixo que são tratados por telefone, presencialmente ou noutros sítios web da cidade continuam na lista.
catalogue-retry = Tentar novamente

## Como se trata cada serviço, por baixo do seu nome na lista

channel-request = Formulário na internet
channel-online = Noutro sítio web da cidade (sai deste sítio)
channel-phone = Por telefone: ligue para o { $phone }
channel-hours = Horário: { $hours }.
channel-counter = Presencialmente: { $address }

## Quando o servidor da cidade não responde como devia (todas as páginas que comunicam com ele)

error-offline = Parece estar sem ligação à internet. Verifique a ligação e tente novamente.
error-unreachable = O servidor da cidade não respondeu. Pode estar em baixo por momentos: tente novamente dentro de alguns minutos.
error-timeout = O servidor da cidade demorou demasiado a responder. Tente novamente: com uma ligação lenta, uma segunda tentativa costuma resultar.
error-server = O servidor da cidade teve um problema (erro { $status }). Tente novamente dentro de alguns minutos.
error-refused = O servidor da cidade recusou o pedido (erro { $status }).
error-not-found = O servidor da cidade não tem esta informação (erro 404).
error-server-said = Resposta do servidor:
error-malformed = O servidor da cidade enviou uma resposta que este serviço não consegue ler. Tente novamente mais tarde ou ligue para o { $phone }.

## A página de um serviço

service-loading = A carregar o serviço…
service-back = Todos os serviços municipais
service-not-found-title = Serviço não encontrado
service-not-found = Não existe nenhum serviço com o código «{ $code }». Pode ter mudado de nome ou ter sido retirado.
service-asks-heading = O que lhe vamos perguntar
service-asks-location = Onde é: uma morada, a sua localização atual, ou ambas.
service-asks-description = Qual é o problema, por palavras suas.
service-asks-questions = Algumas perguntas sobre o assunto:
service-asks-photos = Fotografias, se as tiver (opcional).
service-asks-contact = O seu nome e como o contactar (opcional).
service-questions-loading = A carregar as perguntas…
service-questions-error = Não foi possível carregar as perguntas agora. Pode começar na mesma: o formulário vai tentar novamente.
service-required = (obrigatório)
service-notice-heading = Atenção
service-promise-heading = Depois de enviar
service-promise-realtime = Recebe logo um número de referência para acompanhar o seu pedido.
service-promise-batch = O sistema da cidade trata estes pedidos por lotes, por isso o número de referência pode demorar algum tempo a chegar. Este serviço continua a verificar se já chegou.
service-promise-blackbox = Este pedido não pode ser acompanhado: a cidade não lhe atribui número de referência nem dá informações sobre o andamento.
service-start = Iniciar o pedido

## O formulário do pedido, todos os passos

request-step-count = Passo { $current } de { $total }
request-back = Voltar
request-continue = Continuar
request-saved = O que escreve vai sendo guardado neste dispositivo.
request-discard = Eliminar este rascunho
request-discard-confirm = Eliminar tudo o que introduziu neste pedido? Esta ação não pode ser anulada.
request-discard-yes = Sim, eliminar
request-discard-no = Não, manter
request-discarded = O rascunho foi eliminado.
request-service-unavailable = De momento, este serviço não recebe pedidos pela internet.
error-summary-title = Há um problema
field-error-prefix = Erro:

## Passo: onde

request-location-title = Onde é?
request-location-lead = Escreva uma morada, utilize a sua localização atual, ou ambas.
request-location-lead-map = Escreva uma morada, utilize a sua localização atual ou coloque um marcador no mapa. Basta uma destas opções.
request-address-label = Morada ou local
request-address-hint = Por exemplo: 300 City Centre Drive, ou o cruzamento da Hurontario Street com a Burnhamthorpe Road.
request-use-location = Utilizar a minha localização atual
request-locating = A procurar a sua localização…
request-located = A sua localização: { $lat }, { $long } (com uma precisão de cerca de { $accuracy } m).
request-location-remove = Remover a minha localização
request-geo-denied = Este sítio não tem autorização para utilizar a sua localização. Pode autorizá-lo nas definições do navegador ou, em alternativa, escrever uma morada.
request-geo-unavailable = Não foi possível encontrar a sua localização. Tente novamente daqui a pouco ou escreva uma morada.
request-geo-timeout = A procura da sua localização demorou demasiado. Tente novamente ou escreva uma morada.
request-geo-unsupported = Este navegador não consegue partilhar a sua localização. Escreva uma morada.

## Passo: o problema

request-details-title = Conte-nos qual é o problema
request-description-label = Descreva o problema
request-description-hint = O que está mal e tudo o que possa ajudar a equipa a encontrá-lo.
request-description-left =
    { $count ->
        [0] Não lhe resta nenhum carácter
        [one] Resta-lhe { $count } carácter
       *[other] Restam-lhe { $count } caracteres
    }
request-description-over =
    { $count ->
        [one] Tem { $count } carácter a mais
       *[other] Tem { $count } caracteres a mais
    }
request-definition-error = Não foi possível carregar as perguntas adicionais da cidade para este serviço. Pode enviar o pedido na mesma, com uma descrição.
request-choose = Escolha uma opção

## Passo: fotografias

request-photos-title = Fotografias
request-photos-lead = Uma fotografia ajuda a equipa a encontrar e resolver o problema. As fotografias são opcionais.
request-photos-limit =
    { $max ->
        [one] Pode adicionar uma fotografia.
       *[other] Pode adicionar até { $max } fotografias.
    }
request-photos-privacy = As fotografias são reduzidas no seu telemóvel antes de serem enviadas, e os dados de localização e da câmara que contêm são removidos.
request-photos-add = Adicionar uma fotografia
request-photos-add-hint = Tire uma fotografia com a câmara ou escolha uma que já tenha.
request-photos-preparing = A preparar a fotografia…
request-photos-added = Fotografia adicionada.
request-photos-photo = Fotografia { $number }
request-photos-remove = Remover a fotografia { $number }
request-photos-removed = Fotografia removida.
request-photos-full = Já adicionou o número máximo de fotografias que este pedido pode ter.
request-photos-not-image = Este ficheiro não é uma fotografia que este serviço possa utilizar. Escolha uma imagem JPEG, PNG ou semelhante.
request-photos-failed = Não foi possível preparar a fotografia. Experimente outra.
request-photos-storage = Este dispositivo não tem espaço para guardar a fotografia. Liberte algum espaço ou envie o pedido sem ela.

## Passo: sobre si

request-about-title = Sobre si
request-about-lead = Todos estes dados são opcionais. Permitem que a cidade o contacte sobre este pedido.
request-first-name = Nome próprio
request-last-name = Apelido
request-name-why = Para que a cidade saiba por quem perguntar.
request-email = Endereço de e-mail
request-email-why = Para lhe enviar notícias sobre este pedido.
request-phone = Número de telefone
request-phone-why = Caso a equipa precise de lhe perguntar alguma coisa.
request-remember = Lembrar os meus dados neste dispositivo
request-remember-hint = Só assinale esta opção no seu próprio telemóvel ou computador. Desmarque-a para que os dados sejam esquecidos.

## Passo: verificar as respostas

request-check-title = Verifique as suas respostas antes de enviar
request-check-location = Localização
request-check-description = Descrição
request-check-contact = Os seus dados
request-check-photos = Fotografias
request-check-photo-count =
    { $count ->
        [0] Nenhuma fotografia
        [one] Uma fotografia
       *[other] { $count } fotografias
    }
request-check-not-given = Não indicado
request-check-yes = Sim
request-check-change = Alterar
request-send = Enviar pedido
request-sending = A enviar o seu pedido…
request-refused-next = Verifique as suas respostas e tente novamente. Se continuar a não funcionar, ligue para o { $phone }.

## Problemas nas respostas

problem-no-location = Escreva uma morada ou utilize a sua localização atual.
problem-required = Responda à pergunta «{ $question }».
problem-not-a-number = A resposta a «{ $question }» tem de ser um número, como 3 ou 2.5.
problem-not-a-datetime = A resposta a «{ $question }» tem de ser uma data e uma hora.
problem-not-a-date = A resposta a «{ $question }» tem de ser uma data.
problem-unknown-choice = Escolha uma das opções para «{ $question }».
problem-too-long = A descrição não pode ter mais de { $limit } caracteres.
problem-bad-email = Escreva um endereço de e-mail como name@example.com.
problem-bad-phone = Escreva um número de telefone com pelo menos 7 algarismos, como 905 615 4311.

## Depois de enviar

sent-title = Pedido enviado
sent-reference = O seu número de referência
sent-reference-pending = O seu número de referência está a caminho
sent-reference-pending-detail = A cidade atribui um número a estes pedidos passado pouco tempo. Quando chegar, aparece aqui e na lista dos seus pedidos.
sent-untracked = Este serviço não pode ser acompanhado, por isso não há número de referência. A cidade recebeu o seu pedido.
sent-next-heading = O que acontece a seguir
sent-next = A cidade analisa o seu pedido e encaminha-o para a equipa responsável.
sent-another = Fazer outro pedido
sent-storage-warning = Este dispositivo não conseguiu guardar um registo deste pedido. Tome nota do seu número de referência.
sent-waiting-title = A aguardar envio
sent-waiting = Está sem ligação à internet. O seu pedido fica guardado neste dispositivo e é enviado automaticamente quando a ligação voltar. Pode fechar esta página.
sent-busy = O sistema da cidade está sobrecarregado neste momento. O seu pedido fica guardado neste dispositivo e é reenviado automaticamente depois de { $time }, enquanto este serviço estiver aberto, ou da próxima vez que o abrir.
sent-sending-title = A enviar o seu pedido…
sent-uploading = A enviar as suas fotografias
sent-unconfirmed-title = Não foi possível confirmar que o seu pedido chegou
sent-unconfirmed = A ligação perdeu-se durante o envio e não foi possível perguntar ao servidor da cidade se o pedido chegou. Para não o enviar duas vezes, o pedido só é reenviado se assim o decidir.
sent-check-again = Verificar novamente
sent-send-again = Enviar novamente
sent-refused-title = O servidor da cidade não aceitou este pedido
sent-not-found-title = Pedido não encontrado
sent-not-found = Este dispositivo não tem registo deste pedido. Pode ter sido removido.

## Os meus pedidos: os pedidos enviados a partir deste dispositivo

my-requests-title = Os meus pedidos
my-requests-lead = Os pedidos enviados a partir deste dispositivo. A lista fica guardada apenas neste dispositivo.
my-requests-empty = Ainda não enviou nenhum pedido a partir deste dispositivo.
my-requests-refresh = Verificar se há atualizações
my-requests-refreshing = A verificar se há atualizações…
my-requests-refreshed = Os estados estão atualizados.
my-requests-sent-on = Enviado em { $date }
my-requests-last-update = Última atualização: { $date }
my-requests-updated = Atualizado
my-requests-waiting = A aguardar envio
my-requests-unconfirmed = Não confirmado
my-requests-refused = Não aceite
my-requests-reference-pending = Referência a caminho
my-requests-forget = Remover este pedido da lista
my-requests-forget-all = Remover todos os pedidos deste dispositivo
my-requests-forget-all-confirm = Remover todos os pedidos deste dispositivo? A cidade continua a tê-los; só esta lista é apagada.
my-requests-forget-yes = Sim, remover
my-requests-forget-no = Não, manter
my-requests-forgotten = O pedido foi removido deste dispositivo.
my-requests-all-forgotten = Todos os pedidos foram removidos deste dispositivo.
lookup-heading = Encontrar um pedido pelo número de referência
lookup-label = Número de referência
lookup-hint = Está na página de confirmação ou no e-mail da cidade sobre o seu pedido.
lookup-button = Encontrar pedido
lookup-empty = Escreva um número de referência.
lookup-offer = Acompanhar o pedido { $id }

## A página de um pedido

track-title = Pedido { $id }
track-loading = A carregar o pedido…
track-not-found-title = Pedido não encontrado
track-not-found = A cidade não tem nenhum pedido com a referência «{ $id }». Verifique o número: está na página de confirmação ou no e-mail da cidade.
track-not-found-call = Se mesmo assim não o encontrar, ligue para o { $phone }.
track-status = Estado
track-service = Serviço
track-notes = Nota da cidade
track-agency = Tratado por
track-requested = Enviado
track-updated = Última atualização
track-expected = Previsto até
track-overdue = Em atraso: a cidade previa concluir até { $date }.
track-location = Localização
track-description = Descrição
track-photo = A fotografia enviada com o pedido
track-timeline = O que aconteceu
track-seen-on = Visto neste dispositivo
track-token-late = O seu pedido ainda está a ser processado. Verifique mais tarde: o número de referência aparece em «Os meus pedidos» quando a cidade o atribuir.
track-follow = Acompanhar este pedido
track-refresh = Verificar se há atualizações

## Estados, por palavras

status-word-open = Recebido
status-word-closed = Encerrado
status-word-in_progress = Em curso
status-word-action_scheduled = Trabalho agendado
status-word-investigating = Em investigação
status-word-for_triage = Em avaliação
status-word-internal_referral = Encaminhado para outra equipa
status-word-reopened = Reaberto
status-word-fixed = Resolvido
status-word-duplicate = Encerrado: já comunicado
status-word-not_councils_responsibility = Encerrado: não é da responsabilidade da cidade
status-word-no_further_action = Encerrado: sem mais ações
status-word-cancelled = Cancelado

## Página não encontrada

not-found-title = Página não encontrada
not-found-typed = Se escreveu o endereço da página, verifique se está correto.
not-found-link = Se seguiu uma ligação, esta pode estar desatualizada.
not-found-home = Ir para a lista de serviços municipais
not-found-call = Também pode ligar para o { $phone } para pedir um serviço.

## Declaração de acessibilidade

accessibility-title = Declaração de acessibilidade
a11y-intro = { $city } quer que todas as pessoas possam utilizar este serviço: num telemóvel ou num computador, com ampliação, só com o teclado, com um leitor de ecrã, controlo por voz ou outra tecnologia de apoio, e no seu próprio idioma.
a11y-standard-heading = A norma que procuramos cumprir
a11y-standard = Este serviço procura cumprir as Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG), versão { $version }, nível { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = Cumpre totalmente essa norma.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = Cumpre parcialmente essa norma: as partes que não a cumprem, ou que uma pessoa ainda não verificou, estão indicadas abaixo.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = A nossa última verificação completa foi feita em { $date }: todas as páginas em todos os seus estados, em { $languages } idiomas, em ecrãs do tamanho de um telemóvel e de um computador. { $failed ->
    [0] Nenhuma das suas { $scans } verificações de páginas encontrou um problema.
    [one] Uma das suas { $scans } verificações de páginas encontrou um problema.
   *[other] { $failed } das suas { $scans } verificações de páginas encontraram um problema.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = O resto desta declaração continua válido, e pode ligar-nos para saber os resultados da nossa última verificação.
a11y-testing-heading = Como o testamos
a11y-testing-automated = Sempre que o serviço muda, todas as páginas são verificadas automaticamente com o axe-core segundo as WCAG 2.2, níveis A e AA, num ecrã do tamanho de um telemóvel e num ecrã de computador.
a11y-testing-keyboard = Os testes automáticos também utilizam o serviço apenas com o teclado: a ligação para saltar para o conteúdo, a passagem de uma página para outra e o sítio para onde vai o foco.
a11y-testing-languages = As páginas também são testadas em idiomas escritos da direita para a esquerda e numa pseudolíngua gerada que mostra qualquer texto que tenha ficado por traduzir.
a11y-gaps-heading = O que sabemos que ainda não está bem
a11y-gaps-intro = As verificações automáticas só encontram alguns problemas. Conhecemos estes:
a11y-not-conforming-intro = Estas partes ainda não cumprem a norma:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = Critério WCAG { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] Este critério de sucesso ainda tem de ser verificado por uma pessoa, porque os testes automáticos não o conseguem avaliar por completo: { $criteria }.
   *[other] Estes { $count } critérios de sucesso ainda têm de ser verificados por uma pessoa, porque os testes automáticos não os conseguem avaliar por completo: { $criteria }.
}
a11y-gap-screen-readers = O serviço ainda não foi testado por pessoas que utilizam leitores de ecrã e controlo por voz.
a11y-gap-server-text = Os nomes e as descrições dos serviços vêm dos sistemas da cidade e podem não estar traduzidos para o seu idioma.
a11y-report-heading = Comunicar um problema com este serviço
a11y-report = Se alguma coisa neste sítio não funcionar para si, ligue para o { $phone } e diga-nos o que estava a fazer e o que correu mal. Ajudamos a fazer o seu pedido por telefone e corrigimos o problema.
a11y-other-format-heading = Obter esta informação de outra forma
a11y-other-format = Se não conseguir utilizar este sítio, ou se precisar do seu conteúdo noutro formato (letra grande, leitura em voz alta, leitura fácil ou outro idioma), ligue para o { $phone } e ajudamos.
# $counter is the city's service counter (its address).
a11y-other-format-counter = Também pode vir pessoalmente: { $counter }.

## Quando o serviço não consegue ler as suas definições (config.json)

config-problem-title = Este serviço não está disponível de momento
config-problem-resident = Tente novamente dentro de alguns minutos. Se continuar a não funcionar, contacte a cidade por telefone.
config-problem-retry = Tentar novamente
config-problem-detail-heading = Para os administradores do sítio
config-error-unreachable = Não foi possível carregar o ficheiro de definições config.json: o servidor não respondeu.
config-error-timeout = Não foi possível carregar o ficheiro de definições config.json: o servidor não respondeu a tempo.
config-error-status = Não foi possível carregar o ficheiro de definições config.json: o servidor respondeu com o código de estado { $status }.
config-error-syntax = O ficheiro de definições config.json não é JSON válido: veja a linha { $line }, coluna { $column }.
config-error-missing = O ficheiro de definições config.json não tem nenhum valor para «{ $key }».
config-error-invalid = O ficheiro de definições config.json tem um valor para «{ $key }» que não pode ser utilizado.

## Páginas obtidas só quando são precisas pela primeira vez (src/pieces.rs)
piece-loading = A carregar a página…
piece-failed-title = Não foi possível carregar esta página
piece-failed = Não foi possível transferir uma parte deste serviço. Verifique a ligação e tente novamente. O que escreveu continua guardado neste dispositivo.
piece-failed-phone = Também pode ligar para o { $phone }.

## O mapa no passo da localização (src/map)
map-role = mapa
map-label = Mapa: coloque o marcador no local do problema
map-keys = Toque no mapa para colocar lá o marcador, ou utilize os botões por baixo dele. Quando o mapa está selecionado, as teclas de seta movem o marcador (mais longe com a tecla Shift), e as teclas + e − aproximam e afastam a vista.
map-loading = A carregar o mapa…
map-piece-failed = Não foi possível carregar o mapa. Pode continuar a escrever uma morada ou utilizar a sua localização.
map-tiles-failed = Não foi possível carregar parte do mapa. Pode continuar a colocar o marcador, escrever uma morada ou utilizar a sua localização.
map-zoom-group = Ampliação
map-zoom-in = Aproximar
map-zoom-out = Afastar
map-move-group = Mover o marcador
map-move-north = Mover o marcador para norte
map-move-south = Mover o marcador para sul
map-move-east = Mover o marcador para este
map-move-west = Mover o marcador para oeste
map-zoom-level = Nível de ampliação { $level } de { $max }.
map-pin-from-start = O marcador está a cerca de { $metres } metros a { $direction ->
    [north] norte
    [north-east] nordeste
    [east] este
    [south-east] sudeste
    [south] sul
    [south-west] sudoeste
    [west] oeste
   *[north-west] noroeste
  } do local onde o mapa abriu.
map-pin-from-device = O marcador está a cerca de { $metres } metros a { $direction ->
    [north] norte
    [north-east] nordeste
    [east] este
    [south-east] sudeste
    [south] sul
    [south-west] sudoeste
    [west] oeste
   *[north-west] noroeste
  } da sua localização.
map-pin-at-start = O marcador está no local onde o mapa abriu.
map-pin-at-device = O marcador está na sua localização.
map-pin-near = O marcador está perto de { $address }.
map-outside = Esse local fica fora da área de { $city }. Coloque o marcador dentro da cidade ou ligue para o { $phone }.
map-find = Mostrar a morada no mapa
map-finding = A procurar a morada…
map-find-empty = Escreva primeiro uma morada e depois mostre-a no mapa.
map-find-none = Nenhum local na área de { $city } corresponde a essa morada. Em alternativa, coloque o marcador no mapa.
map-find-failed = Não foi possível procurar a morada neste momento. Em alternativa, coloque o marcador no mapa.
map-found = Encontrado: { $address }. O marcador está lá.
map-suggestion = Morada mais próxima: { $address }
map-suggestion-use = Utilizar esta morada
map-suggestion-used = Morada preenchida: { $address }.
request-pinned = O marcador no mapa: { $lat }, { $long }.
request-pin-remove = Remover o marcador

## Já comunicados nas proximidades (src/map/nearby.rs)
nearby-heading = Já comunicados nas proximidades
nearby-lead = { $count ->
    [one] Este pedido aberto para o mesmo serviço está
   *[other] Estes { $count } pedidos abertos para o mesmo serviço estão
  } a menos de 150 metros do seu marcador. Se se tratar do seu problema, pode acompanhar o pedido existente em vez de o comunicar novamente.
nearby-distance = A { $metres } metros
nearby-age = { $days ->
    [0] Comunicado hoje
    [one] Comunicado ontem
   *[other] Comunicado há { $days } dias
  }
nearby-follow = Acompanhar este em vez do meu
nearby-follow-confirm = Acompanhar o pedido { $id } em vez de enviar o seu? As suas respostas e fotografias deste formulário serão eliminadas e nada será enviado.
nearby-follow-yes = Sim, acompanhar
nearby-follow-no = Não, manter o meu pedido
nearby-different = O meu é diferente: continuar
nearby-followed = Está a acompanhar o pedido { $id }. Nada foi enviado.
nearby-announced = { $count ->
    [one] Já foi comunicado um pedido aberto para o mesmo serviço
   *[other] Já foram comunicados { $count } pedidos abertos para o mesmo serviço
  } perto do seu marcador: veja a lista por baixo do mapa.
nearby-failed = Não foi possível verificar agora se já há pedidos comunicados nas proximidades.
my-requests-following-since = A acompanhar desde { $date }

## Atualizações sobre um pedido: notificações do navegador e e-mail (src/notify)
updates-heading = Atualizações sobre este pedido
updates-offer = Avisar-me quando houver alterações
updates-wait-id = Pode pedir atualizações quando a cidade atribuir um número de referência a este pedido. Nessa altura, esta página vai oferecê-las.
updates-loading = A verificar que atualizações a cidade pode enviar…
updates-unavailable = Não é possível ativar as atualizações neste momento. Pode sempre voltar a esta página para ver em que ponto está o seu pedido.
updates-push = Enviar notificações para este navegador
updates-push-hint = O navegador vai perguntar se este sítio pode mostrar notificações. Recebe uma sempre que o pedido mudar.
updates-push-on = Feito. Este navegador vai mostrar uma notificação sempre que este pedido mudar.
updates-push-blocked = As notificações deste sítio estão bloqueadas nas definições do navegador. Para as receber, permita aí as notificações deste sítio e depois volte aqui.
updates-push-install-first = Num iPhone ou iPad, as notificações só funcionam a partir do ecrã principal: toque em Partilhar, depois em Adicionar ao ecrã principal, abra a aplicação a partir daí e volte a este pedido.
updates-push-unsupported = Este navegador não consegue mostrar notificações de sítios web. Em alternativa, pode pedir atualizações por e-mail ou voltar a esta página.
updates-push-not-allowed = As notificações não foram permitidas, por isso não será enviada nenhuma. Pode mudar a sua escolha nas definições de sítios do navegador.
updates-push-failed = Este navegador não conseguiu ativar as notificações. Tente novamente mais tarde ou peça atualizações por e-mail.
updates-email-label = Endereço de e-mail
updates-email-hint = Primeiro enviamos um e-mail para confirmar o endereço. Cada e-mail tem uma ligação para deixar de os receber.
updates-email-send = Enviar-me um e-mail quando houver alterações
updates-email-invalid = Escreva um endereço de e-mail, como name@example.com
updates-email-sent = Enviámos um e-mail para { $email }. Abra a ligação que contém para começar a receber atualizações.
updates-error-offline = Não foi possível ativar as atualizações: sem ligação. Verifique a sua ligação à internet e tente novamente.
updates-error-unknown = O sistema da cidade já não reconhece este pedido, por isso não é possível enviar atualizações.
updates-error-busy = O sistema da cidade está sobrecarregado. Tente novamente daqui a um minuto.
updates-error-refused = O sistema da cidade não aceitou o pedido. Verifique o endereço de e-mail ou experimente a outra opção.
updates-error-failed = Ocorreu um erro ao ativar as atualizações. Tente novamente mais tarde.
updates-on-push = Recebe uma notificação no navegador quando este pedido mudar.
updates-on-email = Recebe um e-mail quando este pedido mudar (depois de confirmar o endereço).
updates-on-both = Recebe uma notificação no navegador e um e-mail quando este pedido mudar.
updates-stop = Parar as atualizações
updates-stopped = Deixou de receber atualizações sobre este pedido.
updates-stop-failed = Não foi possível parar as atualizações agora: o sistema da cidade não respondeu. Tente novamente.
