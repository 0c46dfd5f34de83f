## Mensajes que el notificador (frontdesk-server --notify) envía a quien pidió saber cuándo
## cambia una solicitud. Guía para traductores: locales/README.md

notify-title = La solicitud { $id } ha cambiado
notify-body-status = Estado: { $status }
notify-body-note = Nota de la ciudad: { $note }
notify-body-expected = Prevista para el { $date }
notify-body-closed = Esta solicitud está cerrada. No recibirá más mensajes sobre ella.
notify-email-open = Ver la solicitud:
notify-email-stop = Para dejar de recibir estos correos, abra este enlace:

notify-confirm-subject = Confirme los correos sobre la solicitud { $id }
notify-confirm-body = Alguien, esperamos que usted, pidió un correo cada vez que cambie la solicitud { $id }. Para recibirlos, abra este enlace:
notify-confirm-ignore = Si no fue usted, ignore este correo: no se enviará nada más a esta dirección.

notify-page-confirmed = Listo. Recibirá un correo cuando cambie la solicitud { $id }.
notify-page-stopped = Listo. No recibirá más mensajes sobre la solicitud { $id }.
notify-page-unknown = Este enlace ya no funciona: los mensajes a los que se refería ya se detuvieron.
notify-page-back = Ver la solicitud
