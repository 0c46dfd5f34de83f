# Frontdesk, interfaz en español. Guía para traductores: locales/README.md

## El marco de las páginas

document-title = { $page } – { $city }
shell-name = Servicios municipales
skip-link = Saltar al contenido principal
footer-nav-label = Acerca de este servicio
footer-accessibility = Declaración de accesibilidad
language-nav-label = Idioma

## Ayuda, en el mismo lugar en cada página

help-heading = ¿Necesita ayuda?
help-call = Llame al
help-from-outside = Desde fuera de la ciudad, llame al
help-hours = Abierto { $hours }.
help-counter = O acuda al mostrador de atención en { $address }.

## Inicio: el catálogo de servicios

catalogue-title = Servicios municipales
catalogue-lead = Informe de un problema, pida un servicio municipal y siga lo que pasa con su solicitud, desde su teléfono y en su idioma.

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
a11y-standard = Este servicio busca cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) versión 2.2, nivel AA.
a11y-testing-heading = Cómo lo comprobamos
a11y-testing-automated = Cada página se revisa automáticamente con axe-core según las WCAG 2.2, niveles A y AA, cada vez que cambia el servicio, en una pantalla de teléfono y en una de ordenador.
a11y-testing-keyboard = Las pruebas automáticas también usan el servicio solo con el teclado: el enlace para saltar al contenido, el paso entre páginas y a dónde va el foco.
a11y-testing-languages = Las páginas también se prueban en idiomas que se escriben de derecha a izquierda y en un pseudoidioma generado que muestra cualquier texto que haya quedado sin traducir.
a11y-gaps-heading = Lo que sabemos que aún no está bien
a11y-gaps-intro = Las comprobaciones automáticas solo encuentran algunos problemas. Conocemos estos:
a11y-gap-screen-readers = El servicio aún no ha sido probado por personas que usan lectores de pantalla o control por voz.
a11y-gap-server-text = Los nombres y las descripciones de los servicios vienen de los sistemas de la ciudad y puede que no estén traducidos a su idioma.
a11y-report-heading = Informar de un problema con este servicio
a11y-report = Si algo de este sitio no le funciona, llame al { $phone } y díganos qué estaba haciendo y qué falló. Le ayudaremos a hacer su solicitud por teléfono y corregiremos el problema.

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
