## Wiadomości, które wysyła moduł powiadomień (frontdesk-server --notify) mieszkańcowi, który poprosił
## o informację o zmianach w zgłoszeniu: powiadomienia w przeglądarce, e-maile i małe strony otwierane z ich linków.
## Aplikacja ich nie wyświetla; nazwy stanów pochodzą z main.ftl (status-word-...).
## $id to numer zgłoszenia, $status jego stan słownie, $note uwaga od miasta
## (w brzmieniu miasta), $date data zapisana jako 2026-12-10.

notify-title = Zmiana w zgłoszeniu { $id }
notify-body-status = Stan: { $status }
notify-body-note = Uwaga od miasta: { $note }
notify-body-expected = Przewidywany termin: { $date }
notify-body-closed = To zgłoszenie jest zamknięte. Nie otrzymasz już więcej wiadomości na jego temat.
notify-email-open = Zobacz zgłoszenie:
notify-email-stop = Aby nie otrzymywać więcej tych e-maili, otwórz ten link:

notify-confirm-subject = Potwierdź e-maile o zgłoszeniu { $id }
notify-confirm-body = Ktoś, mamy nadzieję, że ty, poprosił o e-mail przy każdej zmianie zgłoszenia { $id }. Aby je otrzymywać, otwórz ten link:
notify-confirm-ignore = Jeśli to nie ty, zignoruj tę wiadomość: na ten adres nie zostanie wysłane nic więcej.

notify-page-confirmed = Gotowe. Otrzymasz e-mail, gdy zgłoszenie { $id } się zmieni.
notify-page-stopped = Gotowe. Nie otrzymasz już więcej wiadomości o zgłoszeniu { $id }.
notify-page-unknown = Ten link już nie działa: wiadomości, których dotyczył, zostały już wstrzymane.
notify-page-back = Przejdź do zgłoszenia
