# Frontdesk, interface en français. Guide des traducteurs : locales/README.md

## Le cadre des pages

document-title = { $page } – { $city }
document-title-error = Erreur : { $page } – { $city }
shell-name = Services municipaux
skip-link = Aller au contenu principal
shell-loading = Chargement…
shell-noscript = Ce service a besoin de JavaScript, qui est désactivé ou indisponible dans votre navigateur.
shell-noscript-call = Pour signaler un problème ou demander un service municipal sans JavaScript, appelez le { $phone }.
footer-nav-label = À propos de ce service
footer-accessibility = Déclaration d’accessibilité
language-nav-label = Langue
nav-my-requests = Mes demandes

## Aide, au même endroit sur chaque page

help-heading = Besoin d’aide ?
help-call = Appelez le
help-from-outside = De l’extérieur de la ville, appelez le
help-hours = Ouvert { $hours }.
help-counter = Ou rendez-vous au comptoir de service, { $address }.

## Accueil : le catalogue des services

catalogue-title = Services municipaux
catalogue-lead = Signalez un problème, demandez un service municipal et suivez votre demande, depuis votre téléphone, dans votre langue.
catalogue-loading = Chargement de la liste des services…
catalogue-search-label = Rechercher un service
catalogue-search-hint = Par exemple : nid-de-poule, arbre, contravention de stationnement.
catalogue-search-button = Rechercher
catalogue-results-heading = Résultats de la recherche
catalogue-results-count =
    { $count ->
        [one] { $count } service correspond à « { $query } ».
        [many] { $count } services correspondent à « { $query } ».
       *[other] { $count } services correspondent à « { $query } ».
    }
catalogue-no-results = Aucun service ne correspond à « { $query } ».
catalogue-no-results-call = Appelez le { $phone } et nous vous aiderons à trouver le bon service.
catalogue-no-results-browse = Vous pouvez aussi parcourir les services par thème ci-dessous.
catalogue-clear-search = Afficher tous les services
catalogue-topics-heading = Services par thème
catalogue-other-services = Autres services
catalogue-stale = Le serveur de la ville est injoignable : voici donc la liste enregistrée sur cet appareil le { $date }. Elle n’est peut-être plus à jour.
catalogue-empty = La ville ne prend pas de demandes en ligne pour le moment. Appelez le { $phone } pour signaler un problème ou demander un service.
catalogue-services-error-heading = Les formulaires de demande en ligne n’ont pas pu être chargés
catalogue-services-error-rest = Les services qui se font par téléphone, sur place ou sur d’autres sites de la ville restent affichés ci-dessous.
catalogue-retry = Réessayer

## Comment se fait chaque service, sous son nom dans la liste

channel-request = Formulaire en ligne
channel-online = Sur un autre site de la ville (vous quitterez ce site)
channel-phone = Par téléphone : appelez le { $phone }
channel-hours = Ouvert { $hours }.
channel-counter = Sur place : { $address }

## Quand le serveur de la ville ne répond pas comme prévu (toute page qui communique avec lui)

error-offline = Vous semblez être hors ligne. Vérifiez votre connexion, puis réessayez.
error-unreachable = Le serveur de la ville n’a pas répondu. Il est peut-être momentanément indisponible : réessayez dans quelques minutes.
error-timeout = Le serveur de la ville a mis trop de temps à répondre. Réessayez : avec une connexion lente, une deuxième tentative suffit souvent.
error-server = Le serveur de la ville a rencontré un problème (erreur { $status }). Réessayez dans quelques minutes.
error-refused = Le serveur de la ville a refusé la demande (erreur { $status }).
error-not-found = Le serveur de la ville ne trouve pas ce qui est demandé (erreur 404).
error-server-said = Réponse du serveur :
error-malformed = Le serveur de la ville a envoyé une réponse que ce service ne peut pas lire. Réessayez plus tard ou appelez le { $phone }.

## La page d’un service

service-loading = Chargement du service…
service-back = Tous les services municipaux
service-not-found-title = Service introuvable
service-not-found = Aucun service ne porte le code « { $code } ». Il a peut-être été renommé ou retiré.
service-asks-heading = Ce qui vous sera demandé
service-asks-location = Le lieu : une adresse, votre position actuelle, ou les deux.
service-asks-description = Le problème, décrit avec vos propres mots.
service-asks-questions = Quelques questions à ce sujet :
service-asks-photos = Des photos, si vous en avez (facultatif).
service-asks-contact = Votre nom et un moyen de vous joindre (facultatif).
service-questions-loading = Chargement des questions…
service-questions-error = Les questions n’ont pas pu être chargées pour l’instant. Vous pouvez quand même commencer : le formulaire réessaiera.
service-required = (obligatoire)
service-notice-heading = À noter
service-promise-heading = Après l’envoi
service-promise-realtime = Vous recevez immédiatement un numéro de référence pour suivre votre demande.
service-promise-batch = Le système de la ville traite ces demandes par lots : votre numéro de référence peut donc mettre un certain temps à arriver. Ce service vérifie régulièrement s’il est arrivé.
service-promise-blackbox = Cette demande ne peut pas être suivie : la ville ne fournit pour elle ni numéro de référence ni informations de suivi.
service-start = Commencer votre demande

## Le formulaire de demande, à chaque étape

request-step-count = Étape { $current } sur { $total }
request-back = Retour
request-continue = Continuer
request-saved = Ce que vous saisissez est enregistré sur cet appareil au fur et à mesure.
request-discard = Supprimer ce brouillon
request-discard-confirm = Supprimer tout ce que vous avez saisi pour cette demande ? Cette action est irréversible.
request-discard-yes = Oui, le supprimer
request-discard-no = Non, le garder
request-discarded = Votre brouillon a été supprimé.
request-service-unavailable = Ce service ne peut pas recevoir de demandes en ligne pour le moment.
error-summary-title = Il y a un problème
field-error-prefix = Erreur :

## Étape : le lieu

request-location-title = Où est-ce ?
request-location-lead = Saisissez une adresse, utilisez votre position actuelle, ou les deux.
request-location-lead-map = Saisissez une adresse, utilisez votre position actuelle ou placez un repère sur la carte. Un seul suffit.
request-address-label = Adresse ou lieu
request-address-hint = Par exemple : 300 City Centre Drive, ou l’angle de Hurontario Street et de Burnhamthorpe Road.
request-use-location = Utiliser ma position actuelle
request-locating = Recherche de votre position…
request-located = Votre position : { $lat }, { $long } (précision d’environ { $accuracy } m).
request-location-remove = Retirer ma position
request-geo-denied = Ce site n’est pas autorisé à utiliser votre position. Vous pouvez l’autoriser dans les paramètres de votre navigateur, ou saisir une adresse à la place.
request-geo-unavailable = Votre position n’a pas pu être trouvée. Réessayez dans un instant, ou saisissez une adresse à la place.
request-geo-timeout = La recherche de votre position a pris trop de temps. Réessayez, ou saisissez une adresse à la place.
request-geo-unsupported = Ce navigateur ne peut pas partager votre position. Saisissez plutôt une adresse.

## Étape : le problème

request-details-title = Décrivez-nous le problème
request-description-label = Décrivez le problème
request-description-hint = Ce qui ne va pas, et tout ce qui peut aider l’équipe à le trouver.
request-description-left =
    { $count ->
        [one] Il vous reste { $count } caractère
        [many] Il vous reste { $count } caractères
       *[other] Il vous reste { $count } caractères
    }
request-description-over =
    { $count ->
        [one] Vous avez { $count } caractère de trop
        [many] Vous avez { $count } caractères de trop
       *[other] Vous avez { $count } caractères de trop
    }
request-definition-error = Les questions supplémentaires de la ville pour ce service n’ont pas pu être chargées. Vous pouvez quand même envoyer votre demande avec une description.
request-choose = Choisissez une option

## Étape : les photos

request-photos-title = Photos
request-photos-lead = Une photo aide l’équipe à trouver et à résoudre le problème. Les photos sont facultatives.
request-photos-limit =
    { $max ->
        [one] Vous pouvez ajouter { $max } photo.
        [many] Vous pouvez ajouter jusqu’à { $max } photos.
       *[other] Vous pouvez ajouter jusqu’à { $max } photos.
    }
request-photos-privacy = Les photos sont réduites sur votre téléphone avant l’envoi, et les informations de lieu et d’appareil photo qu’elles contiennent sont supprimées.
request-photos-add = Ajouter une photo
request-photos-add-hint = Prenez une photo avec votre appareil photo ou choisissez-en une que vous avez déjà.
request-photos-preparing = Préparation de votre photo…
request-photos-added = Photo ajoutée.
request-photos-photo = Photo { $number }
request-photos-remove = Retirer la photo { $number }
request-photos-removed = Photo retirée.
request-photos-full = Vous avez ajouté le nombre maximal de photos pour cette demande.
request-photos-not-image = Ce fichier n’est pas une photo utilisable par ce service. Choisissez une image JPEG, PNG ou d’un format similaire.
request-photos-failed = La photo n’a pas pu être préparée. Essayez-en une autre.
request-photos-storage = Cet appareil n’a plus assez d’espace pour conserver la photo. Libérez de l’espace, ou envoyez votre demande sans elle.

## Étape : à propos de vous

request-about-title = À propos de vous
request-about-lead = Tous ces champs sont facultatifs. Ils permettent à la ville de vous contacter au sujet de cette demande.
request-first-name = Prénom
request-last-name = Nom de famille
request-name-why = Pour que la ville sache à qui s’adresser.
request-email = Adresse courriel
request-email-why = Pour vous informer du suivi de cette demande.
request-phone = Numéro de téléphone
request-phone-why = Au cas où l’équipe aurait une question à vous poser.
request-remember = Mémoriser mes coordonnées sur cet appareil
request-remember-hint = Ne cochez cette case que sur votre propre téléphone ou ordinateur. Décochez-la pour qu’elles soient oubliées.

## Étape : vérifier vos réponses

request-check-title = Vérifiez vos réponses avant l’envoi
request-check-location = Lieu
request-check-description = Description
request-check-contact = Vos coordonnées
request-check-photos = Photos
request-check-photo-count =
    { $count ->
        [one] { $count } photo
        [many] { $count } photos
       *[other] { $count } photos
    }
request-check-not-given = Non renseigné
request-check-yes = Oui
request-check-change = Modifier
request-send = Envoyer la demande
request-sending = Envoi de votre demande…
request-refused-next = Vérifiez vos réponses et réessayez. Si cela ne fonctionne toujours pas, appelez le { $phone }.

## Problèmes dans les réponses

problem-no-location = Saisissez une adresse ou utilisez votre position actuelle.
problem-required = Répondez à la question « { $question } ».
problem-not-a-number = La réponse à « { $question } » doit être un nombre, comme 3 ou 2,5.
problem-not-a-datetime = La réponse à « { $question } » doit être une date et une heure.
problem-not-a-date = La réponse à « { $question } » doit être une date.
problem-unknown-choice = Choisissez l’une des options proposées pour « { $question } ».
problem-too-long = La description doit compter au maximum { $limit } caractères.
problem-bad-email = Saisissez une adresse courriel du type name@example.com.
problem-bad-phone = Saisissez un numéro de téléphone d’au moins 7 chiffres, comme 905 615 4311.

## Après l’envoi

sent-title = Demande envoyée
sent-reference = Votre numéro de référence
sent-reference-pending = Votre numéro de référence arrive bientôt
sent-reference-pending-detail = La ville attribue un numéro à ces demandes après un court délai. Il s’affichera ici et dans vos demandes dès son arrivée.
sent-untracked = Ce service ne peut pas être suivi : il n’y a donc pas de numéro de référence. La ville a bien reçu votre demande.
sent-next-heading = La suite
sent-next = La ville examine votre demande et la transmet à l’équipe responsable.
sent-another = Faire une autre demande
sent-storage-warning = Cet appareil n’a pas pu conserver de trace de cette demande. Notez votre numéro de référence.
sent-waiting-title = En attente d’envoi
sent-waiting = Vous êtes hors ligne. Votre demande est conservée sur cet appareil et sera envoyée automatiquement dès le retour de la connexion. Vous pouvez fermer cette page.
sent-busy = Le système de la ville est occupé pour le moment. Votre demande est conservée sur cet appareil et sera renvoyée automatiquement après { $time }, tant que ce service est ouvert, ou à sa prochaine ouverture.
sent-sending-title = Envoi de votre demande…
sent-uploading = Envoi de vos photos
sent-unconfirmed-title = Nous n’avons pas pu confirmer l’arrivée de votre demande
sent-unconfirmed = La connexion a été perdue pendant l’envoi, et il n’a pas été possible de demander au serveur de la ville si votre demande était arrivée. Pour éviter un double envoi, elle ne sera renvoyée que si vous le décidez.
sent-check-again = Vérifier à nouveau
sent-send-again = La renvoyer
sent-refused-title = Le serveur de la ville n’a pas accepté cette demande
sent-not-found-title = Demande introuvable
sent-not-found = Cet appareil n’a aucune trace de cette demande. Elle a peut-être été effacée.

## Mes demandes : les demandes envoyées depuis cet appareil

my-requests-title = Mes demandes
my-requests-lead = Les demandes envoyées depuis cet appareil. Cette liste n’est conservée que sur cet appareil.
my-requests-empty = Vous n’avez encore envoyé aucune demande depuis cet appareil.
my-requests-refresh = Vérifier les mises à jour
my-requests-refreshing = Vérification des mises à jour…
my-requests-refreshed = Les statuts sont à jour.
my-requests-sent-on = Envoyée le { $date }
my-requests-last-update = Dernière mise à jour le { $date }
my-requests-updated = Nouveau statut
my-requests-waiting = En attente d’envoi
my-requests-unconfirmed = Non confirmée
my-requests-refused = Non acceptée
my-requests-reference-pending = Numéro de référence à venir
my-requests-forget = Oublier cette demande
my-requests-forget-all = Oublier toutes les demandes de cet appareil
my-requests-forget-all-confirm = Oublier toutes les demandes enregistrées sur cet appareil ? La ville les conserve : seule cette liste est effacée.
my-requests-forget-yes = Oui, les oublier
my-requests-forget-no = Non, les garder
my-requests-forgotten = La demande a été effacée de cet appareil.
my-requests-all-forgotten = Toutes les demandes ont été effacées de cet appareil.
lookup-heading = Retrouver une demande grâce à son numéro de référence
lookup-label = Numéro de référence
lookup-hint = Il figure sur la page de confirmation, ou dans le courriel de la ville au sujet de votre demande.
lookup-button = Rechercher la demande
lookup-empty = Saisissez un numéro de référence.
lookup-offer = Suivre la demande { $id }

## La page d’une demande

track-title = Demande { $id }
track-loading = Chargement de la demande…
track-not-found-title = Demande introuvable
track-not-found = La ville n’a aucune demande portant la référence « { $id } ». Vérifiez le numéro : il figure sur votre page de confirmation ou dans le courriel de la ville.
track-not-found-call = Si vous ne la trouvez toujours pas, appelez le { $phone }.
track-status = Statut
track-service = Service concerné
track-notes = Message de la ville
track-agency = Traitée par
track-requested = Date d’envoi
track-updated = Dernière mise à jour
track-expected = Fin prévue
track-overdue = En retard : la ville prévoyait de terminer au plus tard le { $date }.
track-location = Lieu
track-description = Description
track-photo = La photo envoyée avec la demande
track-timeline = Ce qui s’est passé
track-seen-on = Constaté sur cet appareil
track-token-late = Votre demande est toujours en cours de traitement. Revenez vérifier plus tard : son numéro de référence s’affichera dans Mes demandes dès que la ville l’aura attribué.
track-follow = Suivre cette demande
track-refresh = Vérifier les mises à jour

## Les statuts, en toutes lettres

status-word-open = Reçue
status-word-closed = Clôturée
status-word-in_progress = En cours
status-word-action_scheduled = Intervention prévue
status-word-investigating = En cours d’examen
status-word-for_triage = En cours d’évaluation
status-word-internal_referral = Transmise à une autre équipe
status-word-reopened = Rouverte
status-word-fixed = Résolue
status-word-duplicate = Clôturée : déjà signalée
status-word-not_councils_responsibility = Clôturée : hors compétence de la ville
status-word-no_further_action = Clôturée : sans suite
status-word-cancelled = Annulée

## Page introuvable

not-found-title = Page introuvable
not-found-typed = Si vous avez saisi l’adresse, vérifiez qu’elle est correcte.
not-found-link = Si vous avez suivi un lien, il n’est peut-être plus à jour.
not-found-home = Voir la liste des services municipaux
not-found-call = Vous pouvez aussi appeler le { $phone } pour demander un service.

## Déclaration d’accessibilité

accessibility-title = Déclaration d’accessibilité
a11y-intro = { $city } veut que chacun puisse utiliser ce service : sur un téléphone ou un ordinateur, avec un zoom, au clavier seul, avec un lecteur d’écran, la commande vocale ou une autre aide technique, et dans sa propre langue.
a11y-standard-heading = La norme visée
a11y-standard = Ce service vise la conformité aux Règles pour l’accessibilité des contenus Web (WCAG) version { $version }, niveau { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = Il respecte entièrement cette norme.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = Il respecte partiellement cette norme : les points qui ne la respectent pas, ou qu’une personne n’a pas encore vérifiés, sont indiqués ci-dessous.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = Notre dernière vérification complète a eu lieu le { $date } : toutes les pages dans tous leurs états, en { $languages } langues, sur des écrans de téléphone et d’ordinateur. { $failed ->
    [0] Aucune de ses { $scans } vérifications de pages n’a trouvé de problème.
    [one] Une de ses { $scans } vérifications de pages a trouvé un problème.
   *[other] { $failed } de ses { $scans } vérifications de pages ont trouvé un problème.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = Le reste de cette déclaration est toujours valable, et vous pouvez nous appeler pour connaître les résultats de notre dernière vérification.
a11y-testing-heading = Comment nous le vérifions
a11y-testing-automated = Chaque page est vérifiée automatiquement avec axe-core selon les WCAG 2.2 niveaux A et AA à chaque modification du service, sur un écran de téléphone et sur un écran d’ordinateur.
a11y-testing-keyboard = Des tests automatiques utilisent aussi le service au clavier seul : le lien d’évitement, le passage d’une page à l’autre et la position du focus.
a11y-testing-languages = Les pages sont aussi testées dans des langues écrites de droite à gauche, et dans une pseudo-langue générée qui révèle tout texte resté non traduit.
a11y-gaps-heading = Ce que nous savons ne pas encore être au point
a11y-gaps-intro = Les vérifications automatiques ne trouvent qu’une partie des problèmes. Nous connaissons ceux-ci :
a11y-not-conforming-intro = Ces points ne respectent pas encore la norme :
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = Critère WCAG { $criterion } : { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] Ce critère de succès doit encore être vérifié par une personne, car les tests automatiques ne peuvent pas l’évaluer entièrement : { $criteria }.
   *[other] Ces { $count } critères de succès doivent encore être vérifiés par une personne, car les tests automatiques ne peuvent pas les évaluer entièrement : { $criteria }.
}
a11y-gap-screen-readers = Le service n’a pas encore été testé par des personnes utilisant un lecteur d’écran ou la commande vocale.
a11y-gap-server-text = Les noms et descriptions des services viennent des systèmes de la ville et peuvent ne pas être traduits dans votre langue.
a11y-report-heading = Signaler un problème avec ce service
a11y-report = Si quelque chose ne fonctionne pas pour vous sur ce site, appelez le { $phone } et dites-nous ce que vous faisiez et ce qui n’a pas marché. Nous vous aiderons à faire votre demande par téléphone et nous corrigerons le problème.
a11y-other-format-heading = Obtenir ces informations autrement
a11y-other-format = Si vous ne pouvez pas utiliser ce site, ou si vous avez besoin de son contenu sous une autre forme (gros caractères, lecture à voix haute, facile à lire et à comprendre ou autre langue), appelez le { $phone } et nous vous aiderons.
# $counter is the city's service counter (its address).
a11y-other-format-counter = Vous pouvez aussi venir nous voir : { $counter }.

## Quand le service ne peut pas lire ses paramètres (config.json)

config-problem-title = Ce service n’est pas disponible pour le moment
config-problem-resident = Veuillez réessayer dans quelques minutes. Si cela ne fonctionne toujours pas, contactez la ville par téléphone.
config-problem-retry = Réessayer
config-problem-detail-heading = Pour les administrateurs du site
config-error-unreachable = Le fichier de paramètres config.json n’a pas pu être chargé : le serveur n’a pas répondu.
config-error-timeout = Le fichier de paramètres config.json n’a pas pu être chargé : le serveur n’a pas répondu à temps.
config-error-status = Le fichier de paramètres config.json n’a pas pu être chargé : le serveur a répondu avec le statut { $status }.
config-error-syntax = Le fichier de paramètres config.json n’est pas du JSON valide : voir ligne { $line }, colonne { $column }.
config-error-missing = Le fichier de paramètres config.json n’a pas de valeur pour « { $key } ».
config-error-invalid = Le fichier de paramètres config.json a pour « { $key } » une valeur inutilisable.

## Pages téléchargées au premier besoin (src/pieces.rs)
piece-loading = Chargement de la page…
piece-failed-title = Cette page n’a pas pu être chargée
piece-failed = Une partie de ce service n’a pas pu être téléchargée. Vérifiez votre connexion, puis réessayez. Tout ce que vous avez saisi est conservé sur cet appareil.
piece-failed-phone = Vous pouvez aussi appeler le { $phone }.

## The map in the location step (src/map)
map-role = carte
map-label = Carte : placez le repère à l’endroit du problème
map-keys = Touchez la carte pour y placer le repère, ou utilisez les boutons en dessous. Quand la carte a le focus, les flèches du clavier déplacent le repère (plus loin avec Maj), et + et − zooment.
map-loading = Chargement de la carte…
map-piece-failed = La carte n’a pas pu être chargée. Vous pouvez toujours saisir une adresse ou utiliser votre position.
map-tiles-failed = Une partie de la carte n’a pas pu être chargée. Vous pouvez toujours placer le repère, saisir une adresse ou utiliser votre position.
map-zoom-group = Zoom
map-zoom-in = Zoomer
map-zoom-out = Dézoomer
map-move-group = Déplacer le repère
map-move-north = Déplacer le repère vers le nord
map-move-south = Déplacer le repère vers le sud
map-move-east = Déplacer le repère vers l’est
map-move-west = Déplacer le repère vers l’ouest
map-zoom-level = Niveau de zoom { $level } sur { $max }.
map-pin-from-start = Le repère est à environ { $metres } mètres { $direction ->
    [north] au nord
    [north-east] au nord-est
    [east] à l’est
    [south-east] au sud-est
    [south] au sud
    [south-west] au sud-ouest
    [west] à l’ouest
   *[north-west] au nord-ouest
  } de l’endroit où la carte s’est ouverte.
map-pin-from-device = Le repère est à environ { $metres } mètres { $direction ->
    [north] au nord
    [north-east] au nord-est
    [east] à l’est
    [south-east] au sud-est
    [south] au sud
    [south-west] au sud-ouest
    [west] à l’ouest
   *[north-west] au nord-ouest
  } de votre position.
map-pin-at-start = Le repère est à l’endroit où la carte s’est ouverte.
map-pin-at-device = Le repère est à votre position.
map-pin-near = Le repère est près de { $address }.
map-outside = Cet endroit est en dehors de { $city }. Placez le repère dans la ville, ou appelez le { $phone }.
map-find = Afficher l’adresse sur la carte
map-finding = Recherche de l’adresse…
map-find-empty = Saisissez d’abord une adresse, puis affichez-la sur la carte.
map-find-none = Aucun lieu de { $city } ne correspond à cette adresse. Placez plutôt le repère sur la carte.
map-find-failed = L’adresse n’a pas pu être recherchée pour le moment. Placez plutôt le repère sur la carte.
map-found = { $address } trouvé. Le repère y est placé.
map-suggestion = Adresse la plus proche : { $address }
map-suggestion-use = Utiliser cette adresse
map-suggestion-used = Adresse remplie : { $address }.
request-pinned = Le repère sur la carte : { $lat }, { $long }.
request-pin-remove = Retirer le repère

## Already reported nearby (src/map/nearby.rs)
nearby-heading = Déjà signalé à proximité
nearby-lead = { $count ->
    [one] Cette demande ouverte pour le même service se trouve
   *[other] Ces { $count } demandes ouvertes pour le même service se trouvent
  } à moins de 150 mètres de votre repère. Si l’une d’elles correspond à votre problème, vous pouvez la suivre au lieu de le signaler à nouveau.
nearby-distance = À { $metres } mètres
nearby-age = { $days ->
    [0] Signalé aujourd’hui
    [one] Signalé hier
   *[other] Signalé il y a { $days } jours
  }
nearby-follow = Suivre plutôt celle-ci
nearby-follow-confirm = Suivre la demande { $id } au lieu d’envoyer la vôtre ? Vos réponses et vos photos pour ce formulaire seront supprimées, et rien ne sera envoyé.
nearby-follow-yes = Oui, la suivre
nearby-follow-no = Non, garder ma demande
nearby-different = La mienne est différente : continuer
nearby-followed = Vous suivez la demande { $id }. Rien n’a été envoyé.
nearby-announced = { $count ->
    [one] Une demande ouverte pour le même service est déjà signalée
   *[other] { $count } demandes ouvertes pour le même service sont déjà signalées
  } près de votre repère : elles sont listées sous la carte.
nearby-failed = Les demandes déjà signalées à proximité n’ont pas pu être vérifiées pour le moment.
my-requests-following-since = Suivie depuis le { $date }

## Nouvelles d'une demande : notifications du navigateur et courriel (src/notify)
updates-heading = Nouvelles de cette demande
updates-offer = Me prévenir quand elle change
updates-wait-id = Vous pourrez demander des nouvelles quand la ville aura donné son numéro de référence à cette demande. Cette page vous les proposera alors.
updates-loading = Vérification des nouvelles que la ville peut envoyer…
updates-unavailable = Les nouvelles ne peuvent pas être mises en place pour l'instant. Vous pouvez revenir sur cette page pour voir où en est votre demande.
updates-push = Envoyer des notifications à ce navigateur
updates-push-hint = Votre navigateur vous demandera si ce site peut afficher des notifications. Vous en recevrez une à chaque changement de la demande.
updates-push-on = C'est fait. Ce navigateur affichera une notification à chaque changement de cette demande.
updates-push-blocked = Les notifications de ce site sont bloquées dans les réglages de votre navigateur. Pour les recevoir, autorisez-les pour ce site, puis revenez.
updates-push-install-first = Sur iPhone ou iPad, les notifications ne fonctionnent que depuis l'écran d'accueil : touchez Partager, puis Sur l'écran d'accueil, ouvrez l'app depuis là et revenez à cette demande.
updates-push-unsupported = Ce navigateur ne peut pas afficher les notifications des sites web. Vous pouvez demander un courriel à la place, ou revenir sur cette page.
updates-push-not-allowed = Les notifications n'ont pas été autorisées : aucune ne sera envoyée. Vous pouvez changer d'avis dans les réglages du site de votre navigateur.
updates-push-failed = Ce navigateur n'a pas pu mettre en place les notifications. Réessayez plus tard, ou demandez un courriel.
updates-email-label = Adresse courriel
updates-email-hint = Nous envoyons d'abord un courriel pour confirmer l'adresse. Chaque courriel contient un lien pour les arrêter.
updates-email-send = M'écrire quand elle change
updates-email-invalid = Saisissez une adresse courriel, comme nom@exemple.com
updates-email-sent = Nous avons envoyé un courriel à { $email }. Ouvrez le lien qu'il contient pour commencer à recevoir les nouvelles.
updates-error-offline = Les nouvelles n'ont pas pu être mises en place : pas de connexion. Vérifiez que vous êtes en ligne et réessayez.
updates-error-unknown = Le système de la ville ne connaît plus cette demande : aucune nouvelle ne peut être envoyée.
updates-error-busy = Le système de la ville est occupé. Réessayez dans une minute.
updates-error-refused = Le système de la ville n'a pas accepté. Vérifiez l'adresse courriel, ou essayez l'autre moyen.
updates-error-failed = La mise en place des nouvelles a échoué. Réessayez plus tard.
updates-on-push = Vous recevez une notification du navigateur quand cette demande change.
updates-on-email = Vous recevez un courriel quand cette demande change (une fois l'adresse confirmée).
updates-on-both = Vous recevez une notification du navigateur et un courriel quand cette demande change.
updates-stop = Arrêter les nouvelles
updates-stopped = Les nouvelles de cette demande sont arrêtées.
updates-stop-failed = Les nouvelles n'ont pas pu être arrêtées : le système de la ville ne répond pas. Réessayez.
