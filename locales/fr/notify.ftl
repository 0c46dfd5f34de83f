## Messages que le notificateur (frontdesk-server --notify) envoie à qui a demandé à être
## prévenu des changements d'une demande. Guide des traducteurs : locales/README.md

notify-title = La demande { $id } a changé
notify-body-status = État : { $status }
notify-body-note = Note de la ville : { $note }
notify-body-expected = Prévu pour le { $date }
notify-body-closed = Cette demande est clôturée. Vous ne recevrez plus de messages à son sujet.
notify-email-open = Voir la demande :
notify-email-stop = Pour ne plus recevoir ces courriels, ouvrez ce lien :

notify-confirm-subject = Confirmez les courriels sur la demande { $id }
notify-confirm-body = Quelqu'un, vous sans doute, a demandé un courriel à chaque changement de la demande { $id }. Pour les recevoir, ouvrez ce lien :
notify-confirm-ignore = Si ce n'était pas vous, ignorez ce courriel : rien d'autre ne sera envoyé à cette adresse.

notify-page-confirmed = C'est fait. Vous recevrez un courriel quand la demande { $id } changera.
notify-page-stopped = C'est fait. Vous ne recevrez plus de messages sur la demande { $id }.
notify-page-unknown = Ce lien ne fonctionne plus : les messages qu'il concernait sont déjà arrêtés.
notify-page-back = Voir la demande
