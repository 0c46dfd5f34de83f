# Frontdesk: traducción de los servicios de la ciudad (nombres, descripciones, preguntas, temas). Guía para traductores: locales/README.md

## Servicios: nombre, descripción, aviso (se muestra antes de comenzar una solicitud), preguntas y opciones

svc-RD-POTHOLE = Bache
svc-RD-POTHOLE-desc = Informe de un bache en una calle municipal. Los baches de las carreteras regionales (carreteras numeradas) los repara la Región de Peel.
svc-RD-POTHOLE-notice = Los baches que se informan como peligrosos se inspeccionan en un plazo de 24 horas.
svc-RD-POTHOLE-q-WHERE = ¿Dónde está el bache?
svc-RD-POTHOLE-q-WHERE-ROAD = En el carril de circulación
svc-RD-POTHOLE-q-WHERE-SHOULDER = En el acotamiento
svc-RD-POTHOLE-q-WHERE-BIKE = En un carril para bicicletas
svc-RD-POTHOLE-q-WHERE-CROSSWALK = En un cruce peatonal
svc-RD-POTHOLE-q-SIZE = ¿Qué ancho tiene, aproximadamente, en centímetros?
svc-RD-POTHOLE-q-HAZARD = ¿Representa un peligro inmediato?
svc-RD-POTHOLE-q-HAZARD-YES = Sí
svc-RD-POTHOLE-q-HAZARD-NO = No
svc-RD-POTHOLE-q-SAFETY = Si alguien pudiera lastimarse en este momento, llame también al 911.

svc-RD-SIDEWALK = Acera dañada
svc-RD-SIDEWALK-desc = Informe de un riesgo de tropiezo, una losa rota o una acera levantada.
svc-RD-SIDEWALK-q-PROBLEM = ¿Qué problema tiene?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = Losa levantada o hundida
svc-RD-SIDEWALK-q-PROBLEM-CRACK = Agrietada o rota
svc-RD-SIDEWALK-q-PROBLEM-HOLE = Agujero
svc-RD-SIDEWALK-q-PROBLEM-CURB = Borde de la acera dañado
svc-RD-SIDEWALK-q-DETAILS = ¿Hay algo más que deba saber el equipo de trabajo?

svc-RD-STREETLIGHT = Luminaria apagada
svc-RD-STREETLIGHT-desc = Informe de una luminaria del alumbrado público que está apagada, parpadea o se queda encendida durante el día.
svc-RD-STREETLIGHT-q-POLE = Número del poste, si lo puede ver
svc-RD-STREETLIGHT-q-STATE = ¿Qué le pasa a la luz?
svc-RD-STREETLIGHT-q-STATE-OUT = Está apagada
svc-RD-STREETLIGHT-q-STATE-FLICKER = Parpadea
svc-RD-STREETLIGHT-q-STATE-DAY = Está encendida durante el día

svc-TR-TREE = Mantenimiento de árboles
svc-TR-TREE-desc = Pida que se inspeccione, pode o retire un árbol de la ciudad. Los árboles en propiedad privada son responsabilidad de su propietario.
svc-TR-TREE-notice = El Departamento Forestal revisa las solicitudes sobre árboles antes de asignar un número de referencia.
svc-TR-TREE-q-WHAT = ¿Cuál es el problema?
svc-TR-TREE-q-WHAT-FALLEN = Árbol o rama caídos
svc-TR-TREE-q-WHAT-HANGING = Rama colgando o rota
svc-TR-TREE-q-WHAT-DEAD = Árbol muerto o en mal estado
svc-TR-TREE-q-WHAT-ROOTS = Raíces que levantan la acera
svc-TR-TREE-q-WHAT-OTHER = Otra cosa
svc-TR-TREE-q-BLOCKING = ¿Bloquea una calle o una acera?
svc-TR-TREE-q-OTHER = Describa el problema

svc-LG-GRAFFITI = Grafitis
svc-LG-GRAFFITI-desc = Informe de grafitis en propiedad municipal: edificios, puentes, señales, equipamiento de parques.
svc-LG-GRAFFITI-q-SURFACE = ¿Dónde están?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = Edificio municipal
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = Puente o paso inferior
svc-LG-GRAFFITI-q-SURFACE-SIGN = Señal
svc-LG-GRAFFITI-q-SURFACE-PARK = Equipamiento de un parque
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = Refugio de parada de autobús
svc-LG-GRAFFITI-q-SURFACE-UTILITY = Caja de servicios públicos
svc-LG-GRAFFITI-q-SURFACE-FENCE = Cerca o muro
svc-LG-GRAFFITI-q-SURFACE-OTHER = Otro
svc-LG-GRAFFITI-q-OFFENSIVE = ¿Son de odio u ofensivos?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = Sí
svc-LG-GRAFFITI-q-OFFENSIVE-NO = No
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = Los grafitis de odio se retiran en un plazo de un día hábil.

svc-LG-LITTER = Basura o vertido ilegal
svc-LG-LITTER-desc = Informe de basura, objetos abandonados o un cesto de basura municipal desbordado.
svc-LG-LITTER-q-ITEMS = ¿Qué dejaron?
svc-LG-LITTER-q-ITEMS-BAGS = Bolsas de basura
svc-LG-LITTER-q-ITEMS-FURNITURE = Muebles o un colchón
svc-LG-LITTER-q-ITEMS-TIRES = Neumáticos
svc-LG-LITTER-q-ITEMS-BIN = Cesto de basura desbordado
svc-LG-LITTER-q-ITEMS-SHARPS = Agujas u objetos punzantes
svc-LG-LITTER-q-SEEN = ¿Cuándo lo vio?

svc-NS-NOISE = Queja por ruido
svc-NS-NOISE-desc = Informe de ruido de obras fuera del horario permitido o de ruido continuo de un negocio. Si hay una fiesta en este momento, llame al número para casos no urgentes de la Policía Regional de Peel.
svc-NS-NOISE-notice = Las quejas por ruido se envían al Departamento de Cumplimiento de Ordenanzas Municipales. No se puede hacer su seguimiento en línea: llame al 311 para saber cómo avanza.
svc-NS-NOISE-q-SOURCE = ¿De dónde viene el ruido?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = De una obra
svc-NS-NOISE-q-SOURCE-BUSINESS = De un negocio
svc-NS-NOISE-q-SOURCE-VEHICLE = De vehículos o maquinaria
svc-NS-NOISE-q-SOURCE-OTHER = Otro
svc-NS-NOISE-q-DATE = Fecha en que ocurrió
svc-NS-NOISE-q-ONGOING = ¿Sigue ocurriendo?

svc-PK-PARKING = Control de estacionamiento
svc-PK-PARKING-desc = Informe de un vehículo mal estacionado: que bloquea una entrada de garaje, sobre una acera, en una ruta de bomberos o en un espacio accesible sin permiso.
svc-PK-PARKING-q-PLATE = Número de placa
svc-PK-PARKING-q-WHERE = ¿Dónde está estacionado?
svc-PK-PARKING-q-WHERE-DRIVEWAY = Bloquea una entrada de garaje
svc-PK-PARKING-q-WHERE-SIDEWALK = Sobre una acera
svc-PK-PARKING-q-WHERE-FIRE = En una ruta de bomberos
svc-PK-PARKING-q-WHERE-ACCESSIBLE = En un espacio accesible, sin permiso
svc-PK-PARKING-q-WHERE-LONG = Más de 5 horas en la calle

svc-DR-FLOODING = Calle inundada o sumidero obstruido
svc-DR-FLOODING-desc = Informe de agua acumulada en una calle o de un desagüe pluvial obstruido (sumidero).
svc-DR-FLOODING-q-DEPTH = ¿Qué profundidad tiene el agua?
svc-DR-FLOODING-q-DEPTH-SHALLOW = Menos de 5 cm
svc-DR-FLOODING-q-DEPTH-MEDIUM = De 5 a 15 cm
svc-DR-FLOODING-q-DEPTH-DEEP = Más de 15 cm

svc-PC-PROPERTY = Normas de mantenimiento de propiedades
svc-PC-PROPERTY-desc = Informe de una propiedad en mal estado: césped alto, patios descuidados, estructuras peligrosas, vehículos abandonados en terreno privado.
svc-PC-PROPERTY-q-ISSUE = ¿Cuál es el problema?
svc-PC-PROPERTY-q-ISSUE-GRASS = Césped alto o maleza
svc-PC-PROPERTY-q-ISSUE-DEBRIS = Escombros en el patio
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = Estructura peligrosa
svc-PC-PROPERTY-q-ISSUE-VEHICLE = Vehículo abandonado
svc-PC-PROPERTY-q-OWNER = ¿Alquila usted esta propiedad?
svc-PC-PROPERTY-q-OWNER-YES = Sí
svc-PC-PROPERTY-q-OWNER-NO = No

svc-SV-VEHICLE = Queja sobre un vehículo municipal
svc-SV-VEHICLE-desc = Cuéntenos cómo conducía un vehículo de la ciudad o un autobús de MiWay: exceso de velocidad, giros peligrosos, motor en marcha sin necesidad.
svc-SV-VEHICLE-q-VEHICLE = Número del vehículo o del autobús
svc-SV-VEHICLE-q-WHEN = ¿Cuándo ocurrió?
svc-SV-VEHICLE-q-WHAT = ¿Qué pasó?

svc-PK-SIGN = Señal desaparecida o dañada
svc-PK-SIGN-desc = Informe de una señal de alto, de nombre de calle o de estacionamiento que falta, está dañada o se ve mal.
svc-PK-SIGN-notice = Una señal de alto que falta se repone el mismo día.
svc-PK-SIGN-q-KIND = ¿Qué señal?
svc-PK-SIGN-q-KIND-STOP = Alto o ceda el paso
svc-PK-SIGN-q-KIND-NAME = Nombre de calle
svc-PK-SIGN-q-KIND-PARKING = Señal de estacionamiento
svc-PK-SIGN-q-KIND-SPEED = Límite de velocidad
svc-PK-SIGN-q-KIND-OTHER = Otra
svc-PK-SIGN-q-DOWN = ¿Hay una señal de alto caída?

svc-CS-DEAD-ANIMAL = Animal muerto en la vía pública
svc-CS-DEAD-ANIMAL-desc = Pida que se retire un animal muerto de una calle, una acera o un parque.

svc-RC-PARK = Mantenimiento de parques
svc-RC-PARK-desc = Informe de juegos infantiles rotos, un banco dañado o un problema en un parque municipal.
svc-RC-PARK-q-ITEM = ¿Qué necesita atención?
svc-RC-PARK-q-ITEM-PLAY = Zona de juegos infantiles
svc-RC-PARK-q-ITEM-BENCH = Banco o mesa
svc-RC-PARK-q-ITEM-TRAIL = Sendero
svc-RC-PARK-q-ITEM-WASHROOM = Baños
svc-RC-PARK-q-ITEM-LIGHT = Iluminación
svc-RC-PARK-q-ITEM-FIELD = Campo deportivo
svc-RC-PARK-q-ITEM-COURT = Cancha de tenis o de baloncesto
svc-RC-PARK-q-ITEM-OTHER = Otro
svc-RC-PARK-q-UNSAFE = ¿Es peligroso usarlo?
svc-RC-PARK-q-PARK = Nombre del parque

svc-PC-DAMAGE = Daños a la propiedad municipal
svc-PC-DAMAGE-desc = Informe de daños en un banco, una cerca, una señal, una fuente, unos baños u otra propiedad municipal, en un parque o en la calle.
svc-PC-DAMAGE-notice = Los daños que ponen en peligro a las personas se aseguran en un plazo de 24 horas.
svc-PC-DAMAGE-q-KIND = ¿Qué está dañado?
svc-PC-DAMAGE-q-KIND-BENCH = Banco o mesa de pícnic
svc-PC-DAMAGE-q-KIND-FENCE = Cerca o barandal
svc-PC-DAMAGE-q-KIND-SIGN = Señal de parque o de calle
svc-PC-DAMAGE-q-KIND-PLAY = Juegos infantiles
svc-PC-DAMAGE-q-KIND-SHELTER = Refugio de parada de autobús
svc-PC-DAMAGE-q-KIND-FOUNTAIN = Bebedero
svc-PC-DAMAGE-q-KIND-WASHROOM = Baños públicos
svc-PC-DAMAGE-q-KIND-OTHER = Otra cosa
svc-PC-DAMAGE-q-KIND_OTHER = ¿Qué es?
svc-PC-DAMAGE-q-COUNT = ¿Cuántos elementos están dañados?
svc-PC-DAMAGE-q-NOTICED = ¿Cuándo lo notó?
svc-PC-DAMAGE-q-SINCE = ¿Desde qué fecha está así, si lo sabe?
svc-PC-DAMAGE-q-DANGER = ¿Alguien podría lastimarse?
svc-PC-DAMAGE-q-DANGER-YES = Sí
svc-PC-DAMAGE-q-DANGER-NO = No
svc-PC-DAMAGE-q-DANGER_NOTE = Si alguien está herido o en peligro en este momento, llame primero al 911.
svc-PC-DAMAGE-q-SIGNS = ¿Qué ve?
svc-PC-DAMAGE-q-SIGNS-GLASS = Vidrios rotos
svc-PC-DAMAGE-q-SIGNS-EDGES = Bordes filosos
svc-PC-DAMAGE-q-SIGNS-LOOSE = Piezas sueltas o faltantes
svc-PC-DAMAGE-q-SIGNS-WATER = Fuga de agua
svc-PC-DAMAGE-q-TAPED = Ya está acordonado o señalizado
svc-PC-DAMAGE-q-ASSET = Número de inventario en la etiqueta de la ciudad, si la hay
svc-PC-DAMAGE-q-DETAILS = ¿Hay algo más que deba saber el equipo de trabajo?
svc-PC-DAMAGE-q-PROMISE = Los equipos de trabajo reparan los daños a la propiedad municipal en un plazo de 10 días hábiles.

## El catálogo de la ciudad (catalogue.json): temas y servicios que se hacen en otro lugar

topic-roads = Calles y aceras
link-road-closures = Cierres de calles y obras
link-road-closures-desc = Consulte qué calles están cerradas y qué obras se están haciendo.
link-snow-clearing = Retiro de nieve
link-snow-clearing-desc = Informe de una calle o acera que no se ha despejado después de una nevada.
link-snow-clearing-hours = las 24 horas del día durante el invierno

topic-trees = Árboles
link-tree-permit = Permiso para talar un árbol en propiedad privada
link-tree-permit-desc = Solicite un permiso para dañar o talar un árbol de 15 cm de diámetro o más en una propiedad privada.

topic-litter-graffiti = Basura y grafitis

topic-noise = Ruido
link-noise-exemption = Permiso de exención por ruido
link-noise-exemption-desc = Solicite permiso para hacer ruido fuera del horario permitido por un evento o unas obras.

topic-parking = Estacionamiento
link-parking-permit = Permiso de estacionamiento temporal
link-parking-permit-desc = Compre un permiso para estacionar en la calle más de 5 horas.

topic-pay = Pago de multas y sanciones
link-pay-parking-ticket = Pagar una multa de estacionamiento
link-pay-parking-ticket-desc = Pague o impugne en línea un aviso de sanción de estacionamiento.
link-pay-fine = Pagar una multa por infracción provincial
link-pay-fine-desc = Pague una multa de tráfico o por una infracción provincial.

topic-permits = Permisos y licencias
link-building-permit = Permiso de construcción
link-building-permit-desc = Solicite un permiso para construir, renovar o demoler.
link-dog-licence = Licencia para perros y gatos
link-dog-licence-desc = Obtenga la licencia de su mascota, renuévela o informe de un cambio.
link-marriage-licence = Licencia de matrimonio
link-marriage-licence-desc = Solicítela en persona con dos documentos de identidad.
link-marriage-licence-hours = de lunes a viernes, de 8:30 a. m. a 4:30 p. m.

topic-property = Problemas en propiedades

topic-taxes = Impuestos y propiedad
link-property-tax = Pagar el impuesto sobre la propiedad
link-property-tax-desc = Pague su impuesto sobre la propiedad, inscríbase en los pagos preautorizados o consulte su saldo.
link-tax-certificate = Certificado de impuestos
link-tax-certificate-desc = Solicite un certificado de impuestos para la venta de una propiedad.
link-tax-certificate-hours = de lunes a viernes, de 8:30 a. m. a 4:30 p. m.

topic-vehicles = Quejas sobre vehículos municipales

topic-library = Biblioteca
link-library-card = Obtener una tarjeta de biblioteca
link-library-card-desc = Inscríbase en línea para obtener una tarjeta de biblioteca gratuita y tome prestados libros, libros electrónicos y mucho más.

topic-recreation = Recreación
link-recreation-register = Inscribirse en actividades
link-recreation-register-desc = Inscríbase en natación, patinaje, campamentos y otras actividades recreativas.

topic-civic = Servicios a la ciudadanía
link-civic-311 = Hacer una pregunta
link-civic-311-desc = Hable con un agente del 311 sobre cualquier servicio municipal.

topic-drainage = Drenaje

## Grupos del servidor que reclama un tema del catálogo: se muestran con estos nombres solo si no se puede usar catalogue.json

topic-x526f61647320616e64207369646577616c6b73 = Calles y aceras
topic-Trees = Árboles
topic-x4c697474657220616e64206772616666697469 = Basura y grafitis
topic-Noise = Ruido
topic-Parking = Estacionamiento
topic-Drainage = Drenaje
topic-x50726f706572747920636f6e6365726e73 = Problemas en propiedades
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = Quejas sobre vehículos municipales
topic-x4369766963207365727669636573 = Servicios a la ciudadanía
topic-Recreation = Recreación

## Estado de una solicitud

status-open = Abierta
status-closed = Cerrada
