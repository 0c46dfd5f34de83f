## Messages the notifier (frontdesk-server --notify) sends to a resident who asked to be told
## when a request changes: browser notifications, emails, and the small pages their links open.
## The app does not show these; the status words come from main.ftl (status-word-...).
## $id is the request's reference number, $status its status in words, $note the city's note
## (as the city wrote it), $date a date written as 2026-12-10.

# A browser notification's title, and an email's subject.
notify-title = Request { $id } has changed
notify-body-status = Status: { $status }
notify-body-note = Note from the city: { $note }
notify-body-expected = Expected by { $date }
# After the last message about a closed request.
notify-body-closed = This request is closed. You will not get more messages about it.
notify-email-open = See the request:
notify-email-stop = To stop these emails, open this link:

# The first email to an address: nothing else is sent until the resident confirms.
notify-confirm-subject = Confirm emails about request { $id }
notify-confirm-body = Someone, we hope you, asked for an email each time request { $id } changes. To get them, open this link:
notify-confirm-ignore = If it was not you, ignore this email: nothing more will be sent to this address.

# The pages the links open.
notify-page-confirmed = Done. You will get an email when request { $id } changes.
notify-page-stopped = Done. You will not get more messages about request { $id }.
notify-page-unknown = This link no longer works: the messages it was about have already stopped.
notify-page-back = Go to the request
