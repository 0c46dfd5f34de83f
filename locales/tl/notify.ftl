## Mga mensaheng ipinapadala ng notifier (frontdesk-server --notify) sa residenteng humiling na
## masabihan kapag nagbago ang isang kahilingan: mga abiso sa browser, mga email, at ang maliliit
## na pahinang binubuksan ng mga link nito. Gabay para sa mga tagasalin: locales/README.md

notify-title = Nagbago ang kahilingan { $id }
notify-body-status = Katayuan: { $status }
notify-body-note = Tala mula sa lungsod: { $note }
notify-body-expected = Inaasahang matatapos bago ang { $date }
notify-body-closed = Sarado na ang kahilingang ito. Hindi na kayo makakatanggap ng iba pang mensahe tungkol dito.
notify-email-open = Tingnan ang kahilingan:
notify-email-stop = Para ihinto ang mga email na ito, buksan ang link na ito:

notify-confirm-subject = Kumpirmahin ang mga email tungkol sa kahilingan { $id }
notify-confirm-body = May humiling, at sana kayo iyon, na padalhan ng email tuwing magbabago ang kahilingan { $id }. Para matanggap ang mga ito, buksan ang link na ito:
notify-confirm-ignore = Kung hindi kayo ang humiling, huwag pansinin ang email na ito: wala nang ipapadala sa address na ito.

notify-page-confirmed = Tapos na. Makakatanggap kayo ng email kapag nagbago ang kahilingan { $id }.
notify-page-stopped = Tapos na. Hindi na kayo makakatanggap ng iba pang mensahe tungkol sa kahilingan { $id }.
notify-page-unknown = Hindi na gumagana ang link na ito: nahinto na ang mga mensaheng tungkol dito.
notify-page-back = Pumunta sa kahilingan
