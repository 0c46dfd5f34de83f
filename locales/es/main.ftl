# Frontdesk, interfaz en español. Guía para traductores: locales/README.md

## El marco de las páginas

document-title = { $page } – { $city }
document-title-error = Error: { $page } – { $city }
shell-name = Servicios municipales
skip-link = Saltar al contenido principal
shell-loading = Cargando…
shell-noscript = Este servicio necesita JavaScript, que está desactivado o no está disponible en su navegador.
shell-noscript-call = Para informar de un problema o pedir un servicio municipal sin JavaScript, llame al { $phone }.
footer-nav-label = Acerca de este servicio
footer-accessibility = Declaración de accesibilidad
language-nav-label = Idioma
nav-my-requests = Mis solicitudes

## Ayuda, en el mismo lugar en cada página

help-heading = ¿Necesita ayuda?
help-call = Llame al
help-from-outside = Desde fuera de la ciudad, llame al
help-hours = Abierto { $hours }.
help-counter = O acuda al mostrador de atención en { $address }.

## Inicio: el catálogo de servicios

catalogue-title = Servicios municipales
catalogue-lead = Informe de un problema, pida un servicio municipal y siga lo que pasa con su solicitud, desde su teléfono y en su idioma.
catalogue-loading = Cargando la lista de servicios…
catalogue-search-label = Buscar un servicio
catalogue-search-hint = Por ejemplo: bache, árbol, multa de estacionamiento.
catalogue-search-button = Buscar
catalogue-results-heading = Resultados de la búsqueda
catalogue-results-count =
    { $count ->
        [one] Un servicio coincide con «{ $query }».
        [many] { $count } servicios coinciden con «{ $query }».
       *[other] { $count } servicios coinciden con «{ $query }».
    }
catalogue-no-results = Ningún servicio coincide con «{ $query }».
catalogue-no-results-call = Llame al { $phone } y le ayudaremos a encontrar el servicio adecuado.
catalogue-no-results-browse = O consulte los servicios por tema más abajo.
catalogue-clear-search = Mostrar todos los servicios
catalogue-topics-heading = Servicios por tema
catalogue-other-services = Otros servicios
catalogue-stale = No se pudo conectar con el servidor de la ciudad, así que esta es la lista guardada en este dispositivo el { $date }. Puede que no esté actualizada.
catalogue-empty = En este momento la ciudad no acepta solicitudes en línea. Llame al { $phone } para informar de un problema o pedir un servicio.
catalogue-services-error-heading = No se pudieron cargar los formularios de solicitud en línea
catalogue-services-error-rest = Los servicios que se hacen por teléfono, en persona o en otros sitios web de la ciudad siguen apareciendo más abajo.
catalogue-retry = Intentar de nuevo

## Cómo se hace cada servicio, bajo su nombre en la lista

channel-request = Formulario en línea
channel-online = En otro sitio web de la ciudad (sale de este sitio)
channel-phone = Por teléfono: llame al { $phone }
channel-hours = Abierto { $hours }.
channel-counter = En persona: { $address }

## Cuando el servidor de la ciudad no responde como debería (en cada página que se comunica con él)

error-offline = Parece que no tiene conexión. Compruebe su conexión y vuelva a intentarlo.
error-unreachable = El servidor de la ciudad no respondió. Puede que no esté disponible por un momento: vuelva a intentarlo en unos minutos.
error-timeout = El servidor de la ciudad tardó demasiado en responder. Vuelva a intentarlo: con una conexión lenta, un segundo intento suele funcionar.
error-server = El servidor de la ciudad tuvo un problema (error { $status }). Vuelva a intentarlo en unos minutos.
error-refused = El servidor de la ciudad rechazó la solicitud (error { $status }).
error-not-found = El servidor de la ciudad no encontró lo solicitado (error 404).
error-server-said = El servidor respondió:
error-malformed = El servidor de la ciudad envió una respuesta que este servicio no puede leer. Vuelva a intentarlo más tarde o llame al { $phone }.

## La página de un servicio

service-loading = Cargando el servicio…
service-back = Todos los servicios municipales
service-not-found-title = Servicio no encontrado
service-not-found = No hay ningún servicio con el código «{ $code }». Puede que haya cambiado de nombre o que se haya retirado.
service-asks-heading = Qué se le pedirá
service-asks-location = Dónde está: una dirección, su ubicación actual o ambas.
service-asks-description = Cuál es el problema, con sus propias palabras.
service-asks-questions = Algunas preguntas al respecto:
service-asks-photos = Fotos, si tiene (opcional).
service-asks-contact = Su nombre y cómo comunicarnos con usted (opcional).
service-questions-loading = Cargando las preguntas…
service-questions-error = No se pudieron cargar las preguntas en este momento. Aun así, puede empezar: el formulario volverá a intentarlo.
service-required = (obligatorio)
service-notice-heading = Tenga en cuenta
service-promise-heading = Después de enviarla
service-promise-realtime = Recibirá al instante un número de referencia para seguir su solicitud.
service-promise-batch = El sistema de la ciudad procesa estas solicitudes por lotes, así que su número de referencia puede tardar en llegar. Este servicio seguirá comprobando si ha llegado.
service-promise-blackbox = No se puede hacer el seguimiento de esta solicitud: la ciudad no da número de referencia ni actualizaciones sobre ella.
service-start = Comenzar su solicitud

## El formulario de solicitud, en cada paso

request-step-count = Paso { $current } de { $total }
request-back = Atrás
request-continue = Continuar
request-saved = Lo que escribe se guarda en este dispositivo a medida que avanza.
request-discard = Descartar este borrador
request-discard-confirm = ¿Desea descartar todo lo que ha introducido para esta solicitud? Esto no se puede deshacer.
request-discard-yes = Sí, descartarlo
request-discard-no = No, conservarlo
request-discarded = Se ha descartado su borrador.
request-service-unavailable = En este momento este servicio no puede recibir solicitudes en línea.
error-summary-title = Hay un problema
field-error-prefix = Error:

## Paso: dónde

request-location-title = ¿Dónde está?
request-location-lead = Escriba una dirección, use su ubicación actual o ambas.
request-location-lead-map = Escriba una dirección, use su ubicación actual o ponga un marcador en el mapa. Basta con uno.
request-address-label = Dirección o lugar
request-address-hint = Por ejemplo: 300 City Centre Drive, o la esquina de Hurontario Street y Burnhamthorpe Road.
request-use-location = Usar mi ubicación actual
request-locating = Buscando su ubicación…
request-located = Su ubicación: { $lat }, { $long } (con una precisión de unos { $accuracy } m).
request-location-remove = Quitar mi ubicación
request-geo-denied = Este sitio no tiene permiso para usar su ubicación. Puede permitirlo en la configuración de su navegador o, en su lugar, escribir una dirección.
request-geo-unavailable = No se pudo encontrar su ubicación. Vuelva a intentarlo en un momento o, en su lugar, escriba una dirección.
request-geo-timeout = La búsqueda de su ubicación tardó demasiado. Vuelva a intentarlo o, en su lugar, escriba una dirección.
request-geo-unsupported = Este navegador no puede compartir su ubicación. En su lugar, escriba una dirección.

## Paso: el problema

request-details-title = Cuéntenos cuál es el problema
request-description-label = Describa el problema
request-description-hint = Qué pasa y cualquier dato que ayude al equipo a encontrarlo.
request-description-left =
    { $count ->
        [one] Le queda { $count } carácter
        [many] Le quedan { $count } caracteres
       *[other] Le quedan { $count } caracteres
    }
request-description-over =
    { $count ->
        [one] Le sobra { $count } carácter
        [many] Le sobran { $count } caracteres
       *[other] Le sobran { $count } caracteres
    }
request-definition-error = No se pudieron cargar las preguntas adicionales de la ciudad para este servicio. Aun así, puede enviar su solicitud con una descripción.
request-choose = Elija una opción

## Paso: fotos

request-photos-title = Fotos
request-photos-lead = Una foto ayuda al equipo a encontrar y solucionar el problema. Las fotos son opcionales.
request-photos-limit =
    { $max ->
        [one] Puede añadir una foto.
        [many] Puede añadir hasta { $max } fotos.
       *[other] Puede añadir hasta { $max } fotos.
    }
request-photos-privacy = Las fotos se reducen en su teléfono antes de enviarse, y se eliminan los datos de ubicación y de la cámara que contienen.
request-photos-add = Añadir una foto
request-photos-add-hint = Tome una foto con la cámara o elija una que ya tenga.
request-photos-preparing = Preparando su foto…
request-photos-added = Se ha añadido la foto.
request-photos-photo = Foto { $number }
request-photos-remove = Quitar la foto { $number }
request-photos-removed = Se ha quitado la foto.
request-photos-full = Ya ha añadido el máximo de fotos que admite esta solicitud.
request-photos-not-image = Este archivo no es una foto que este servicio pueda usar. Elija una imagen JPEG, PNG o similar.
request-photos-failed = No se pudo preparar la foto. Pruebe con otra.
request-photos-storage = Este dispositivo no tiene espacio para guardar la foto. Libere algo de espacio o envíe su solicitud sin ella.

## Paso: sobre usted

request-about-title = Sobre usted
request-about-lead = Todos estos datos son opcionales. Permiten que la ciudad se comunique con usted sobre esta solicitud.
request-first-name = Nombre
request-last-name = Apellidos
request-name-why = Para que la ciudad sepa por quién preguntar.
request-email = Correo electrónico
request-email-why = Para enviarle novedades sobre esta solicitud.
request-phone = Número de teléfono
request-phone-why = Por si el equipo necesita preguntarle algo.
request-remember = Recordar mis datos en este dispositivo
request-remember-hint = Marque esta casilla solo en su propio teléfono u ordenador. Desmárquela para que se olviden.

## Paso: revisar sus respuestas

request-check-title = Revise sus respuestas antes de enviar
request-check-location = Ubicación
request-check-description = Descripción
request-check-contact = Sus datos
request-check-photos = Fotos
request-check-photo-count =
    { $count ->
        [one] Una foto
        [many] { $count } fotos
       *[other] { $count } fotos
    }
request-check-not-given = No indicado
request-check-yes = Sí
request-check-change = Cambiar
request-send = Enviar solicitud
request-sending = Enviando su solicitud…
request-refused-next = Revise sus respuestas y vuelva a intentarlo. Si sigue sin funcionar, llame al { $phone }.

## Problemas con las respuestas

problem-no-location = Escriba una dirección o use su ubicación actual.
problem-required = Responda a la pregunta «{ $question }».
problem-not-a-number = La respuesta a «{ $question }» debe ser un número, como 3 o 2,5.
problem-not-a-datetime = La respuesta a «{ $question }» debe ser una fecha y una hora.
problem-not-a-date = La respuesta a «{ $question }» debe ser una fecha.
problem-unknown-choice = Elija una de las opciones para «{ $question }».
problem-too-long = La descripción debe tener como máximo { $limit } caracteres.
problem-bad-email = Escriba una dirección de correo electrónico como name@example.com.
problem-bad-phone = Escriba un número de teléfono de al menos 7 dígitos, como 905 615 4311.

## Después del envío

sent-title = Solicitud enviada
sent-reference = Su número de referencia
sent-reference-pending = Su número de referencia está en camino
sent-reference-pending-detail = La ciudad asigna un número a estas solicitudes al cabo de un rato. Aparecerá aquí y en sus solicitudes cuando llegue.
sent-untracked = No se puede hacer el seguimiento de este servicio, así que no hay número de referencia. La ciudad ha recibido su solicitud.
sent-next-heading = Qué pasa ahora
sent-next = La ciudad revisa su solicitud y la pasa al equipo responsable.
sent-another = Hacer otra solicitud
sent-storage-warning = Este dispositivo no pudo guardar un registro de esta solicitud. Anote su número de referencia.
sent-waiting-title = En espera de envío
sent-waiting = No tiene conexión. Su solicitud se guarda en este dispositivo y se enviará automáticamente cuando vuelva la conexión. Puede cerrar esta página.
sent-busy = El sistema de la ciudad está ocupado en este momento. Su solicitud se guarda en este dispositivo y se volverá a enviar automáticamente después de { $time }, mientras este servicio esté abierto, o la próxima vez que lo abra.
sent-sending-title = Enviando su solicitud…
sent-uploading = Enviando sus fotos
sent-unconfirmed-title = No pudimos confirmar que su solicitud haya llegado
sent-unconfirmed = Se perdió la conexión durante el envío y no se pudo preguntar al servidor de la ciudad si su solicitud llegó. Para no enviarla dos veces, no se volverá a enviar a menos que usted lo decida.
sent-check-again = Comprobar de nuevo
sent-send-again = Volver a enviarla
sent-refused-title = El servidor de la ciudad no aceptó esta solicitud
sent-not-found-title = Solicitud no encontrada
sent-not-found = Este dispositivo no tiene ningún registro de esta solicitud. Puede que se haya borrado.

## Mis solicitudes: las solicitudes enviadas desde este dispositivo

my-requests-title = Mis solicitudes
my-requests-lead = Las solicitudes enviadas desde este dispositivo. La lista solo se guarda en este dispositivo.
my-requests-empty = Todavía no ha enviado ninguna solicitud desde este dispositivo.
my-requests-refresh = Comprobar si hay novedades
my-requests-refreshing = Comprobando si hay novedades…
my-requests-refreshed = Los estados están al día.
my-requests-sent-on = Enviada el { $date }
my-requests-last-update = Última actualización: { $date }
my-requests-updated = Actualizada
my-requests-waiting = En espera de envío
my-requests-unconfirmed = Sin confirmar
my-requests-refused = No aceptada
my-requests-reference-pending = Número de referencia en camino
my-requests-forget = Olvidar esta solicitud
my-requests-forget-all = Olvidar todas las solicitudes de este dispositivo
my-requests-forget-all-confirm = ¿Desea olvidar todas las solicitudes de este dispositivo? La ciudad las conserva; solo se borra esta lista.
my-requests-forget-yes = Sí, olvidarlas
my-requests-forget-no = No, conservarlas
my-requests-forgotten = Se ha borrado la solicitud de este dispositivo.
my-requests-all-forgotten = Se han borrado todas las solicitudes de este dispositivo.
lookup-heading = Buscar una solicitud por su número de referencia
lookup-label = Número de referencia
lookup-hint = Aparece en la página de confirmación o en el correo electrónico de la ciudad sobre su solicitud.
lookup-button = Buscar solicitud
lookup-empty = Escriba un número de referencia.
lookup-offer = Seguir la solicitud { $id }

## La página de una solicitud

track-title = Solicitud { $id }
track-loading = Cargando la solicitud…
track-not-found-title = Solicitud no encontrada
track-not-found = La ciudad no tiene ninguna solicitud con la referencia «{ $id }». Compruebe el número: aparece en su página de confirmación o en el correo electrónico de la ciudad.
track-not-found-call = Si aun así no la encuentra, llame al { $phone }.
track-status = Estado
track-service = Servicio
track-notes = Nota de la ciudad
track-agency = Gestionada por
track-requested = Fecha de envío
track-updated = Última actualización
track-expected = Fecha prevista
track-overdue = Con retraso: la ciudad preveía terminar a más tardar el { $date }.
track-location = Ubicación
track-description = Descripción
track-photo = La foto enviada con la solicitud
track-timeline = Qué ha pasado
track-seen-on = Visto en este dispositivo
track-token-late = Su solicitud todavía se está procesando. Vuelva a comprobarlo más tarde: su número de referencia aparecerá en Mis solicitudes cuando la ciudad se lo asigne.
track-follow = Seguir esta solicitud
track-refresh = Comprobar si hay novedades

## Los estados, en palabras

status-word-open = Recibida
status-word-closed = Cerrada
status-word-in_progress = En curso
status-word-action_scheduled = Trabajo programado
status-word-investigating = En investigación
status-word-for_triage = En evaluación
status-word-internal_referral = Derivada a otro equipo
status-word-reopened = Reabierta
status-word-fixed = Resuelta
status-word-duplicate = Cerrada: ya notificada
status-word-not_councils_responsibility = Cerrada: no es competencia de la ciudad
status-word-no_further_action = Cerrada: sin más actuaciones
status-word-cancelled = Cancelada

## Página no encontrada

not-found-title = Página no encontrada
not-found-typed = Si escribió la dirección, compruebe que sea correcta.
not-found-link = Si siguió un enlace, puede que esté desactualizado.
not-found-home = Ir a la lista de servicios municipales
not-found-call = También puede llamar al { $phone } para pedir un servicio.

## Declaración de accesibilidad

accessibility-title = Declaración de accesibilidad
a11y-intro = { $city } quiere que todas las personas puedan usar este servicio: en un teléfono o un ordenador, con zoom, solo con el teclado, con un lector de pantalla, control por voz u otra tecnología de apoyo, y en su propio idioma.
a11y-standard-heading = La norma que buscamos cumplir
a11y-standard = Este servicio busca cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) versión { $version }, nivel { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = Cumple totalmente esa norma.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = Cumple parcialmente esa norma: abajo se indican las partes que no la cumplen o que una persona aún no ha revisado.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = Nuestra última revisión completa fue el { $date }: todas las páginas en todos sus estados, en { $languages } idiomas, en pantallas de teléfono y de ordenador. { $failed ->
    [0] Ninguna de sus { $scans } revisiones de páginas encontró un problema.
    [one] Una de sus { $scans } revisiones de páginas encontró un problema.
   *[other] { $failed } de sus { $scans } revisiones de páginas encontraron un problema.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = El resto de esta declaración sigue siendo válido, y puede llamarnos para conocer los resultados de nuestra última revisión.
a11y-testing-heading = Cómo lo comprobamos
a11y-testing-automated = Cada página se revisa automáticamente con axe-core según las WCAG 2.2, niveles A y AA, cada vez que cambia el servicio, en una pantalla de teléfono y en una de ordenador.
a11y-testing-keyboard = Las pruebas automáticas también usan el servicio solo con el teclado: el enlace para saltar al contenido, el paso entre páginas y a dónde va el foco.
a11y-testing-languages = Las páginas también se prueban en idiomas que se escriben de derecha a izquierda y en un pseudoidioma generado que muestra cualquier texto que haya quedado sin traducir.
a11y-gaps-heading = Lo que sabemos que aún no está bien
a11y-gaps-intro = Las comprobaciones automáticas solo encuentran algunos problemas. Conocemos estos:
a11y-not-conforming-intro = Estas partes aún no cumplen la norma:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = Criterio WCAG { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] Una persona aún tiene que revisar este criterio de conformidad, porque las pruebas automáticas no pueden evaluarlo por completo: { $criteria }.
   *[other] Una persona aún tiene que revisar estos { $count } criterios de conformidad, porque las pruebas automáticas no pueden evaluarlos por completo: { $criteria }.
}
a11y-gap-screen-readers = El servicio aún no ha sido probado por personas que usan lectores de pantalla o control por voz.
a11y-gap-server-text = Los nombres y las descripciones de los servicios vienen de los sistemas de la ciudad y puede que no estén traducidos a su idioma.
a11y-report-heading = Informar de un problema con este servicio
a11y-report = Si algo de este sitio no le funciona, llame al { $phone } y díganos qué estaba haciendo y qué falló. Le ayudaremos a hacer su solicitud por teléfono y corregiremos el problema.
a11y-other-format-heading = Obtener esta información de otra forma
a11y-other-format = Si no puede usar este sitio, o necesita su contenido en otro formato (letra grande, leído en voz alta, lectura fácil u otro idioma), llame al { $phone } y le ayudaremos.
# $counter is the city's service counter (its address).
a11y-other-format-counter = También puede venir en persona: { $counter }.

## Cuando el servicio no puede leer su configuración (config.json)

config-problem-title = Este servicio no está disponible en este momento
config-problem-resident = Vuelva a intentarlo en unos minutos. Si sigue sin funcionar, comuníquese con la ciudad por teléfono.
config-problem-retry = Intentar de nuevo
config-problem-detail-heading = Para los administradores del sitio
config-error-unreachable = No se pudo cargar el archivo de configuración config.json: el servidor no respondió.
config-error-timeout = No se pudo cargar el archivo de configuración config.json: el servidor no respondió a tiempo.
config-error-status = No se pudo cargar el archivo de configuración config.json: el servidor respondió con el estado { $status }.
config-error-syntax = El archivo de configuración config.json no es JSON válido: vea la línea { $line }, columna { $column }.
config-error-missing = El archivo de configuración config.json no tiene valor para «{ $key }».
config-error-invalid = El archivo de configuración config.json tiene para «{ $key }» un valor que no se puede usar.

## Páginas que se descargan cuando se necesitan (src/pieces.rs)
piece-loading = Cargando la página…
piece-failed-title = No se pudo cargar esta página
piece-failed = No se pudo descargar una parte de este servicio. Compruebe su conexión e inténtelo de nuevo. Todo lo que escribió se guarda en este dispositivo.
piece-failed-phone = También puede llamar al { $phone }.

## The map in the location step (src/map)
map-role = mapa
map-label = Mapa: ponga el marcador donde está el problema
map-keys = Toque el mapa para poner allí el marcador, o use los botones de abajo. Cuando el mapa tiene el foco, las flechas del teclado mueven el marcador (más lejos con Mayús), y + y − acercan y alejan.
map-loading = Cargando el mapa…
map-piece-failed = No se pudo cargar el mapa. Todavía puede escribir una dirección o usar su ubicación.
map-tiles-failed = No se pudo cargar parte del mapa. Todavía puede poner el marcador, escribir una dirección o usar su ubicación.
map-zoom-group = Zoom
map-zoom-in = Acercar
map-zoom-out = Alejar
map-move-group = Mover el marcador
map-move-north = Mover el marcador al norte
map-move-south = Mover el marcador al sur
map-move-east = Mover el marcador al este
map-move-west = Mover el marcador al oeste
map-zoom-level = Nivel de zoom { $level } de { $max }.
map-pin-from-start = El marcador está a unos { $metres } metros { $direction ->
    [north] al norte
    [north-east] al noreste
    [east] al este
    [south-east] al sureste
    [south] al sur
    [south-west] al suroeste
    [west] al oeste
   *[north-west] al noroeste
  } de donde se abrió el mapa.
map-pin-from-device = El marcador está a unos { $metres } metros { $direction ->
    [north] al norte
    [north-east] al noreste
    [east] al este
    [south-east] al sureste
    [south] al sur
    [south-west] al suroeste
    [west] al oeste
   *[north-west] al noroeste
  } de su ubicación.
map-pin-at-start = El marcador está donde se abrió el mapa.
map-pin-at-device = El marcador está en su ubicación.
map-pin-near = El marcador está cerca de { $address }.
map-outside = Ese lugar está fuera de { $city }. Ponga el marcador dentro de la ciudad, o llame al { $phone }.
map-find = Mostrar la dirección en el mapa
map-finding = Buscando la dirección…
map-find-empty = Primero escriba una dirección y luego muéstrela en el mapa.
map-find-none = Ningún lugar de { $city } coincide con esa dirección. Ponga el marcador en el mapa.
map-find-failed = No se pudo buscar la dirección en este momento. Ponga el marcador en el mapa.
map-found = Se encontró { $address }. El marcador está allí.
map-suggestion = Dirección más cercana: { $address }
map-suggestion-use = Usar esta dirección
map-suggestion-used = Dirección completada: { $address }.
request-pinned = El marcador en el mapa: { $lat }, { $long }.
request-pin-remove = Quitar el marcador

## Already reported nearby (src/map/nearby.rs)
nearby-heading = Ya reportado cerca
nearby-lead = { $count ->
    [one] Esta solicitud abierta del mismo servicio está
   *[other] Estas { $count } solicitudes abiertas del mismo servicio están
  } a menos de 150 metros de su marcador. Si una de ellas es su problema, puede seguirla en lugar de reportarlo otra vez.
nearby-distance = A { $metres } metros
nearby-age = { $days ->
    [0] Reportada hoy
    [one] Reportada ayer
   *[other] Reportada hace { $days } días
  }
nearby-follow = Seguir esta en su lugar
nearby-follow-confirm = ¿Seguir la solicitud { $id } en lugar de enviar la suya? Se borrarán sus respuestas y fotos de este formulario, y no se enviará nada.
nearby-follow-yes = Sí, seguirla
nearby-follow-no = No, mantener mi solicitud
nearby-different = La mía es diferente: continuar
nearby-followed = Está siguiendo la solicitud { $id }. No se envió nada.
nearby-announced = { $count ->
    [one] Ya hay una solicitud abierta del mismo servicio reportada
   *[other] Ya hay { $count } solicitudes abiertas del mismo servicio reportadas
  } cerca de su marcador: están en la lista bajo el mapa.
nearby-failed = No se pudieron consultar en este momento las solicitudes ya reportadas cerca.
my-requests-following-since = La sigue desde el { $date }

## Novedades de una solicitud: notificaciones del navegador y correo (src/notify)
updates-heading = Novedades de esta solicitud
updates-offer = Avisarme cuando cambie
updates-wait-id = Podrá pedir novedades cuando la ciudad dé a esta solicitud su número de referencia. Esta página se las ofrecerá entonces.
updates-loading = Comprobando qué novedades puede enviar la ciudad…
updates-unavailable = Las novedades no se pueden activar ahora. Puede volver a esta página para ver cómo va su solicitud.
updates-push = Enviar notificaciones a este navegador
updates-push-hint = Su navegador le preguntará si este sitio puede mostrar notificaciones. Recibirá una cada vez que cambie la solicitud.
updates-push-on = Listo. Este navegador mostrará una notificación cada vez que cambie esta solicitud.
updates-push-blocked = Las notificaciones de este sitio están bloqueadas en la configuración de su navegador. Para recibirlas, permítalas para este sitio y vuelva.
updates-push-install-first = En un iPhone o iPad, las notificaciones solo funcionan desde la pantalla de inicio: toque Compartir y luego Añadir a pantalla de inicio, abra la app desde allí y vuelva a esta solicitud.
updates-push-unsupported = Este navegador no puede mostrar notificaciones de sitios web. Puede pedir un correo en su lugar, o volver a esta página.
updates-push-not-allowed = No se permitieron las notificaciones, así que no se enviará ninguna. Puede cambiarlo en la configuración del sitio de su navegador.
updates-push-failed = Este navegador no pudo activar las notificaciones. Inténtelo más tarde, o pida un correo.
updates-email-label = Correo electrónico
updates-email-hint = Primero enviamos un correo para confirmar la dirección. Cada correo tiene un enlace para detenerlos.
updates-email-send = Escribirme cuando cambie
updates-email-invalid = Escriba un correo electrónico, como nombre@ejemplo.com
updates-email-sent = Enviamos un correo a { $email }. Abra el enlace que contiene para empezar a recibir novedades.
updates-error-offline = No se pudieron activar las novedades: no hay conexión. Compruebe que está en línea e inténtelo de nuevo.
updates-error-unknown = El sistema de la ciudad ya no conoce esta solicitud, así que no se pueden enviar novedades.
updates-error-busy = El sistema de la ciudad está ocupado. Inténtelo de nuevo en un minuto.
updates-error-refused = El sistema de la ciudad no lo aceptó. Revise el correo electrónico, o pruebe la otra forma.
updates-error-failed = Algo falló al activar las novedades. Inténtelo más tarde.
updates-on-push = Recibe una notificación del navegador cuando cambia esta solicitud.
updates-on-email = Recibe un correo cuando cambia esta solicitud (una vez confirmada la dirección).
updates-on-both = Recibe una notificación del navegador y un correo cuando cambia esta solicitud.
updates-stop = Dejar de recibir novedades
updates-stopped = Se detuvieron las novedades de esta solicitud.
updates-stop-failed = No se pudieron detener las novedades: el sistema de la ciudad no responde. Inténtelo de nuevo.
