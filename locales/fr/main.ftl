# Frontdesk, interface en français. Guide des traducteurs : locales/README.md

## Le cadre des pages

document-title = { $page } – { $city }
shell-name = Services municipaux
skip-link = Aller au contenu principal
footer-nav-label = À propos de ce service
footer-accessibility = Déclaration d’accessibilité
language-nav-label = Langue

## Aide, au même endroit sur chaque page

help-heading = Besoin d’aide ?
help-call = Appelez le
help-from-outside = De l’extérieur de la ville, appelez le
help-hours = Ouvert { $hours }.
help-counter = Ou rendez-vous au comptoir de service, { $address }.

## Accueil : le catalogue des services

catalogue-title = Services municipaux
catalogue-lead = Signalez un problème, demandez un service municipal et suivez votre demande, depuis votre téléphone, dans votre langue.

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
a11y-standard = Ce service vise la conformité aux Règles pour l’accessibilité des contenus Web (WCAG) version 2.2, niveau AA.
a11y-testing-heading = Comment nous le vérifions
a11y-testing-automated = Chaque page est vérifiée automatiquement avec axe-core selon les WCAG 2.2 niveaux A et AA à chaque modification du service, sur un écran de téléphone et sur un écran d’ordinateur.
a11y-testing-keyboard = Des tests automatiques utilisent aussi le service au clavier seul : le lien d’évitement, le passage d’une page à l’autre et la position du focus.
a11y-testing-languages = Les pages sont aussi testées dans des langues écrites de droite à gauche, et dans une pseudo-langue générée qui révèle tout texte resté non traduit.
a11y-gaps-heading = Ce que nous savons ne pas encore être au point
a11y-gaps-intro = Les vérifications automatiques ne trouvent qu’une partie des problèmes. Nous connaissons ceux-ci :
a11y-gap-screen-readers = Le service n’a pas encore été testé par des personnes utilisant un lecteur d’écran ou la commande vocale.
a11y-gap-server-text = Les noms et descriptions des services viennent des systèmes de la ville et peuvent ne pas être traduits dans votre langue.
a11y-report-heading = Signaler un problème avec ce service
a11y-report = Si quelque chose ne fonctionne pas pour vous sur ce site, appelez le { $phone } et dites-nous ce que vous faisiez et ce qui n’a pas marché. Nous vous aiderons à faire votre demande par téléphone et nous corrigerons le problème.

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
