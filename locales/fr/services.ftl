# Frontdesk : traduction des services de la ville (noms, descriptions, questions, thèmes). Guide des traducteurs : locales/README.md

## Services : nom, description, avis (affiché avant de commencer une demande), questions et choix

svc-RD-POTHOLE = Nid-de-poule
svc-RD-POTHOLE-desc = Signalez un nid-de-poule sur une route municipale. Les nids-de-poule des routes régionales (routes numérotées) sont réparés par la Région de Peel.
svc-RD-POTHOLE-notice = Les nids-de-poule signalés comme dangereux sont inspectés dans les 24 heures.
svc-RD-POTHOLE-q-WHERE = Où se trouve le nid-de-poule ?
svc-RD-POTHOLE-q-WHERE-ROAD = Dans une voie de circulation
svc-RD-POTHOLE-q-WHERE-SHOULDER = Sur l’accotement
svc-RD-POTHOLE-q-WHERE-BIKE = Dans une piste cyclable
svc-RD-POTHOLE-q-WHERE-CROSSWALK = Dans un passage pour piétons
svc-RD-POTHOLE-q-SIZE = Quelle est sa largeur approximative, en centimètres ?
svc-RD-POTHOLE-q-HAZARD = Présente-t-il un danger immédiat ?
svc-RD-POTHOLE-q-HAZARD-YES = Oui
svc-RD-POTHOLE-q-HAZARD-NO = Non
svc-RD-POTHOLE-q-SAFETY = Si quelqu’un risque d’être blessé en ce moment, appelez aussi le 911.

svc-RD-SIDEWALK = Trottoir endommagé
svc-RD-SIDEWALK-desc = Signalez un risque de chute, une dalle cassée ou un trottoir soulevé.
svc-RD-SIDEWALK-q-PROBLEM = Quel est le problème ?
svc-RD-SIDEWALK-q-PROBLEM-HEAVE = Dalle soulevée ou affaissée
svc-RD-SIDEWALK-q-PROBLEM-CRACK = Fissuré ou cassé
svc-RD-SIDEWALK-q-PROBLEM-HOLE = Trou
svc-RD-SIDEWALK-q-PROBLEM-CURB = Bordure endommagée
svc-RD-SIDEWALK-q-DETAILS = Autre chose que l’équipe devrait savoir ?

svc-RD-STREETLIGHT = Lampadaire éteint
svc-RD-STREETLIGHT-desc = Signalez un lampadaire éteint, qui clignote ou qui reste allumé le jour.
svc-RD-STREETLIGHT-q-POLE = Numéro du poteau, si vous le voyez
svc-RD-STREETLIGHT-q-STATE = Que fait le lampadaire ?
svc-RD-STREETLIGHT-q-STATE-OUT = Il est éteint
svc-RD-STREETLIGHT-q-STATE-FLICKER = Il clignote
svc-RD-STREETLIGHT-q-STATE-DAY = Il reste allumé le jour

svc-TR-TREE = Entretien des arbres
svc-TR-TREE-desc = Demandez l’inspection, l’élagage ou l’abattage d’un arbre de la ville. Les arbres situés sur une propriété privée relèvent de leur propriétaire.
svc-TR-TREE-notice = Les demandes concernant les arbres sont vérifiées par le service de foresterie avant qu’un numéro de référence soit attribué.
svc-TR-TREE-q-WHAT = Quel est le problème ?
svc-TR-TREE-q-WHAT-FALLEN = Arbre ou branche tombés
svc-TR-TREE-q-WHAT-HANGING = Branche cassée ou suspendue
svc-TR-TREE-q-WHAT-DEAD = Arbre mort ou dépérissant
svc-TR-TREE-q-WHAT-ROOTS = Racines qui soulèvent le trottoir
svc-TR-TREE-q-WHAT-OTHER = Autre chose
svc-TR-TREE-q-BLOCKING = Bloque-t-il une route ou un trottoir ?
svc-TR-TREE-q-OTHER = Décrivez le problème

svc-LG-GRAFFITI = Graffitis
svc-LG-GRAFFITI-desc = Signalez des graffitis sur une propriété de la ville : bâtiments, ponts, panneaux, équipements de parc.
svc-LG-GRAFFITI-q-SURFACE = Sur quoi se trouvent-ils ?
svc-LG-GRAFFITI-q-SURFACE-BUILDING = Bâtiment municipal
svc-LG-GRAFFITI-q-SURFACE-BRIDGE = Pont ou passage inférieur
svc-LG-GRAFFITI-q-SURFACE-SIGN = Panneau
svc-LG-GRAFFITI-q-SURFACE-PARK = Équipement de parc
svc-LG-GRAFFITI-q-SURFACE-TRANSIT = Abribus
svc-LG-GRAFFITI-q-SURFACE-UTILITY = Boîtier de service public
svc-LG-GRAFFITI-q-SURFACE-FENCE = Clôture ou mur
svc-LG-GRAFFITI-q-SURFACE-OTHER = Autre
svc-LG-GRAFFITI-q-OFFENSIVE = Sont-ils haineux ou offensants ?
svc-LG-GRAFFITI-q-OFFENSIVE-YES = Oui
svc-LG-GRAFFITI-q-OFFENSIVE-NO = Non
svc-LG-GRAFFITI-q-OFFENSIVE_NOTE = Les graffitis haineux sont effacés en un jour ouvrable.

svc-LG-LITTER = Déchets ou dépôt sauvage
svc-LG-LITTER-desc = Signalez des déchets, des objets abandonnés ou une poubelle publique qui déborde.
svc-LG-LITTER-q-ITEMS = Qu’est-ce qui a été laissé ?
svc-LG-LITTER-q-ITEMS-BAGS = Sacs à ordures
svc-LG-LITTER-q-ITEMS-FURNITURE = Meubles ou matelas
svc-LG-LITTER-q-ITEMS-TIRES = Pneus
svc-LG-LITTER-q-ITEMS-BIN = Poubelle publique qui déborde
svc-LG-LITTER-q-ITEMS-SHARPS = Aiguilles ou objets tranchants
svc-LG-LITTER-q-SEEN = Quand l’avez-vous vu ?

svc-NS-NOISE = Plainte pour bruit
svc-NS-NOISE-desc = Signalez du bruit de chantier en dehors des heures permises, ou le bruit persistant d’un commerce. Pour une fête en cours, appelez le numéro non urgent de la Police régionale de Peel.
svc-NS-NOISE-notice = Les plaintes pour bruit sont transmises au service d’application des règlements municipaux. Elles ne peuvent pas être suivies en ligne : appelez le 311 pour en connaître la suite.
svc-NS-NOISE-q-SOURCE = D’où vient le bruit ?
svc-NS-NOISE-q-SOURCE-CONSTRUCTION = D’un chantier
svc-NS-NOISE-q-SOURCE-BUSINESS = D’un commerce
svc-NS-NOISE-q-SOURCE-VEHICLE = De véhicules ou d’équipements
svc-NS-NOISE-q-SOURCE-OTHER = Autre
svc-NS-NOISE-q-DATE = Date des faits
svc-NS-NOISE-q-ONGOING = Le bruit continue-t-il ?

svc-PK-PARKING = Infractions de stationnement
svc-PK-PARKING-desc = Signalez un véhicule mal stationné : qui bloque une entrée, sur un trottoir, dans une voie réservée aux pompiers ou sur une place accessible sans permis.
svc-PK-PARKING-q-PLATE = Plaque d’immatriculation
svc-PK-PARKING-q-WHERE = Où est-il stationné ?
svc-PK-PARKING-q-WHERE-DRIVEWAY = Il bloque une entrée
svc-PK-PARKING-q-WHERE-SIDEWALK = Sur un trottoir
svc-PK-PARKING-q-WHERE-FIRE = Dans une voie réservée aux pompiers
svc-PK-PARKING-q-WHERE-ACCESSIBLE = Place accessible, sans permis
svc-PK-PARKING-q-WHERE-LONG = Plus de 5 heures dans la rue

svc-DR-FLOODING = Inondation de rue ou puisard bouché
svc-DR-FLOODING-desc = Signalez de l’eau qui s’accumule sur une route ou un égout pluvial bouché (puisard).
svc-DR-FLOODING-q-DEPTH = Quelle est la profondeur de l’eau ?
svc-DR-FLOODING-q-DEPTH-SHALLOW = Moins de 5 cm
svc-DR-FLOODING-q-DEPTH-MEDIUM = De 5 à 15 cm
svc-DR-FLOODING-q-DEPTH-DEEP = Plus de 15 cm

svc-PC-PROPERTY = Normes d’entretien des propriétés
svc-PC-PROPERTY-desc = Signalez une propriété mal entretenue : herbe haute, cour envahie par la végétation, construction dangereuse, véhicule abandonné sur un terrain privé.
svc-PC-PROPERTY-q-ISSUE = Quel est le problème ?
svc-PC-PROPERTY-q-ISSUE-GRASS = Herbe haute ou mauvaises herbes
svc-PC-PROPERTY-q-ISSUE-DEBRIS = Débris dans la cour
svc-PC-PROPERTY-q-ISSUE-STRUCTURE = Construction dangereuse
svc-PC-PROPERTY-q-ISSUE-VEHICLE = Véhicule abandonné
svc-PC-PROPERTY-q-OWNER = Êtes-vous locataire de cette propriété ?
svc-PC-PROPERTY-q-OWNER-YES = Oui
svc-PC-PROPERTY-q-OWNER-NO = Non

svc-SV-VEHICLE = Plainte au sujet d’un véhicule municipal
svc-SV-VEHICLE-desc = Parlez-nous de la conduite d’un véhicule de la ville ou d’un autobus MiWay : excès de vitesse, virages dangereux, moteur qui tourne au ralenti.
svc-SV-VEHICLE-q-VEHICLE = Numéro du véhicule ou de l’autobus
svc-SV-VEHICLE-q-WHEN = Quand cela s’est-il produit ?
svc-SV-VEHICLE-q-WHAT = Que s’est-il passé ?

svc-PK-SIGN = Panneau manquant ou endommagé
svc-PK-SIGN-desc = Signalez un panneau d’arrêt, un panneau de nom de rue ou un panneau de stationnement manquant, endommagé ou difficile à voir.
svc-PK-SIGN-notice = Un panneau d’arrêt manquant est remplacé le jour même.
svc-PK-SIGN-q-KIND = Quel panneau ?
svc-PK-SIGN-q-KIND-STOP = Arrêt ou cédez le passage
svc-PK-SIGN-q-KIND-NAME = Nom de rue
svc-PK-SIGN-q-KIND-PARKING = Panneau de stationnement
svc-PK-SIGN-q-KIND-SPEED = Limite de vitesse
svc-PK-SIGN-q-KIND-OTHER = Autre
svc-PK-SIGN-q-DOWN = Un panneau d’arrêt est-il tombé ?

svc-CS-DEAD-ANIMAL = Animal mort sur la voie publique
svc-CS-DEAD-ANIMAL-desc = Demandez le ramassage d’un animal mort sur une route, un trottoir ou dans un parc.

svc-RC-PARK = Entretien des parcs
svc-RC-PARK-desc = Signalez un module de jeu brisé, un banc endommagé ou un problème dans un parc de la ville.
svc-RC-PARK-q-ITEM = Qu’est-ce qui demande une intervention ?
svc-RC-PARK-q-ITEM-PLAY = Aire de jeux
svc-RC-PARK-q-ITEM-BENCH = Banc ou table
svc-RC-PARK-q-ITEM-TRAIL = Sentier
svc-RC-PARK-q-ITEM-WASHROOM = Toilettes
svc-RC-PARK-q-ITEM-LIGHT = Éclairage
svc-RC-PARK-q-ITEM-FIELD = Terrain de sport
svc-RC-PARK-q-ITEM-COURT = Court de tennis ou terrain de basketball
svc-RC-PARK-q-ITEM-OTHER = Autre
svc-RC-PARK-q-UNSAFE = Est-ce dangereux à utiliser ?
svc-RC-PARK-q-PARK = Nom du parc

svc-PC-DAMAGE = Dommages à la propriété de la ville
svc-PC-DAMAGE-desc = Signalez des dommages à un banc, une clôture, un panneau, une fontaine, des toilettes ou un autre bien de la ville, dans un parc ou dans la rue.
svc-PC-DAMAGE-notice = Les dommages qui mettent des personnes en danger sont sécurisés dans les 24 heures.
svc-PC-DAMAGE-q-KIND = Qu’est-ce qui est endommagé ?
svc-PC-DAMAGE-q-KIND-BENCH = Banc ou table de pique-nique
svc-PC-DAMAGE-q-KIND-FENCE = Clôture ou garde-corps
svc-PC-DAMAGE-q-KIND-SIGN = Panneau de parc ou de rue
svc-PC-DAMAGE-q-KIND-PLAY = Module de jeu
svc-PC-DAMAGE-q-KIND-SHELTER = Abribus
svc-PC-DAMAGE-q-KIND-FOUNTAIN = Fontaine d’eau potable
svc-PC-DAMAGE-q-KIND-WASHROOM = Toilettes publiques
svc-PC-DAMAGE-q-KIND-OTHER = Autre chose
svc-PC-DAMAGE-q-KIND_OTHER = De quoi s’agit-il ?
svc-PC-DAMAGE-q-COUNT = Combien d’éléments sont endommagés ?
svc-PC-DAMAGE-q-NOTICED = Quand l’avez-vous remarqué ?
svc-PC-DAMAGE-q-SINCE = Depuis quelle date est-ce dans cet état, si vous le savez ?
svc-PC-DAMAGE-q-DANGER = Quelqu’un pourrait-il se blesser ?
svc-PC-DAMAGE-q-DANGER-YES = Oui
svc-PC-DAMAGE-q-DANGER-NO = Non
svc-PC-DAMAGE-q-DANGER_NOTE = Si quelqu’un est blessé ou en danger en ce moment, appelez d’abord le 911.
svc-PC-DAMAGE-q-SIGNS = Que voyez-vous ?
svc-PC-DAMAGE-q-SIGNS-GLASS = Verre brisé
svc-PC-DAMAGE-q-SIGNS-EDGES = Bords tranchants
svc-PC-DAMAGE-q-SIGNS-LOOSE = Pièces desserrées ou manquantes
svc-PC-DAMAGE-q-SIGNS-WATER = Fuite d’eau
svc-PC-DAMAGE-q-TAPED = Il a déjà été entouré d’un ruban ou balisé
svc-PC-DAMAGE-q-ASSET = Numéro d’inventaire sur l’étiquette de la ville, s’il y en a un
svc-PC-DAMAGE-q-DETAILS = Autre chose que l’équipe devrait savoir ?
svc-PC-DAMAGE-q-PROMISE = Les équipes réparent les dommages à la propriété de la ville dans un délai de 10 jours ouvrables.

## Le catalogue de la ville (catalogue.json) : thèmes, et services offerts ailleurs

topic-roads = Routes et trottoirs
link-road-closures = Fermetures de routes et travaux
link-road-closures-desc = Voyez quelles routes sont fermées et quels travaux sont en cours.
link-snow-clearing = Déneigement
link-snow-clearing-desc = Signalez une route ou un trottoir qui n’a pas été déneigé après une chute de neige.
link-snow-clearing-hours = 24 heures sur 24 en hiver

topic-trees = Arbres
link-tree-permit = Permis d’abattage d’un arbre sur une propriété privée
link-tree-permit-desc = Demandez un permis pour endommager ou abattre un arbre de 15 cm de diamètre ou plus sur une propriété privée.

topic-litter-graffiti = Déchets et graffitis

topic-noise = Bruit
link-noise-exemption = Permis d’exemption relatif au bruit
link-noise-exemption-desc = Demandez l’autorisation de faire du bruit en dehors des heures permises pour un événement ou des travaux.

topic-parking = Stationnement
link-parking-permit = Permis de stationnement temporaire
link-parking-permit-desc = Achetez un permis pour stationner dans la rue plus de 5 heures.

topic-pay = Payer des contraventions et des amendes
link-pay-parking-ticket = Payer une contravention de stationnement
link-pay-parking-ticket-desc = Payez ou contestez en ligne un avis d’infraction de stationnement.
link-pay-fine = Payer une amende pour infraction provinciale
link-pay-fine-desc = Payez une contravention routière ou pour une infraction provinciale.

topic-permits = Permis et licences
link-building-permit = Permis de construire
link-building-permit-desc = Demandez un permis pour construire, rénover ou démolir.
link-dog-licence = Licence pour chien ou chat
link-dog-licence-desc = Obtenez une licence pour votre animal, renouvelez-la ou signalez un changement.
link-marriage-licence = Licence de mariage
link-marriage-licence-desc = Faites la demande en personne, avec deux pièces d’identité.
link-marriage-licence-hours = du lundi au vendredi, de 8 h 30 à 16 h 30

topic-property = Problèmes liés aux propriétés

topic-taxes = Impôts fonciers et propriété
link-property-tax = Payer l’impôt foncier
link-property-tax-desc = Payez votre impôt foncier, adhérez aux prélèvements automatiques ou consultez votre solde.
link-tax-certificate = Certificat d’impôt foncier
link-tax-certificate-desc = Demandez un certificat d’impôt foncier pour la vente d’une propriété.
link-tax-certificate-hours = du lundi au vendredi, de 8 h 30 à 16 h 30

topic-vehicles = Plaintes au sujet des véhicules municipaux

topic-library = Bibliothèque
link-library-card = Obtenir une carte de bibliothèque
link-library-card-desc = Inscrivez-vous en ligne pour obtenir une carte de bibliothèque gratuite et empruntez des livres, des livres numériques et plus encore.

topic-recreation = Loisirs
link-recreation-register = S’inscrire à des activités
link-recreation-register-desc = Inscrivez-vous à la natation, au patinage, aux camps et à d’autres activités de loisirs.

topic-civic = Services aux citoyens
link-civic-311 = Poser une question
link-civic-311-desc = Parlez à un agent du 311 de n’importe quel service de la ville.

topic-drainage = Drainage

## Groupes du serveur que réclame un thème du catalogue : affichés sous ces noms seulement si catalogue.json ne peut pas être utilisé

topic-x526f61647320616e64207369646577616c6b73 = Routes et trottoirs
topic-Trees = Arbres
topic-x4c697474657220616e64206772616666697469 = Déchets et graffitis
topic-Noise = Bruit
topic-Parking = Stationnement
topic-Drainage = Drainage
topic-x50726f706572747920636f6e6365726e73 = Problèmes liés aux propriétés
topic-x536572766963652076656869636c6520636f6d706c61696e7473 = Plaintes au sujet des véhicules municipaux
topic-x4369766963207365727669636573 = Services aux citoyens
topic-Recreation = Loisirs

## État d’une demande

status-open = Ouverte
status-closed = Fermée
