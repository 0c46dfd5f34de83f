# Frontdesk user interface, English (the default locale: every other locale is checked against it).
# Conventions for translators are in locales/README.md.

## The page frame

# The document title of every page: the page's heading, then the city.
document-title = { $page } – { $city }
# The same, on a page that shows errors after the resident pressed Continue or Send.
document-title-error = Error: { $page } – { $city }
# Shown in the header while the app has not read its settings yet.
shell-name = City services
skip-link = Skip to main content
# The page before the app has started (index.html: `frontdesk-server shell` writes these into it).
shell-loading = Loading…
# When the browser runs no JavaScript.
shell-noscript = This service needs JavaScript, which is turned off or not available in your browser.
# $phone: the city's phone number (311), shown as a link to call it.
shell-noscript-call = To report a problem or ask for a city service without it, call { $phone }.
footer-nav-label = About this service
footer-accessibility = Accessibility statement
# The label of the list of languages in the header (each language is named in itself).
language-nav-label = Language
# The link in the header to the requests sent from this device.
nav-my-requests = My requests

## Help, in the same place on every page

help-heading = Need help?
help-call = Call
help-from-outside = From outside the city, call
# $hours is the city's own text, for example "24 hours a day".
help-hours = Open { $hours }.
# $address is the service counter's address.
help-counter = Or visit the service counter at { $address }.

## Home page: the service catalogue

catalogue-title = City services
catalogue-lead = Report a problem, ask for a city service and follow what happens to it, from your phone, in your language.
catalogue-loading = Loading the list of services…
catalogue-search-label = Search for a service
catalogue-search-hint = For example: pothole, tree, parking ticket.
catalogue-search-button = Search
catalogue-results-heading = Search results
# $query is what the resident typed; $count how many services match it.
catalogue-results-count =
    { $count ->
        [one] One service matches “{ $query }”.
       *[other] { $count } services match “{ $query }”.
    }
catalogue-no-results = No services match “{ $query }”.
catalogue-no-results-call = Call { $phone } and we will help you find the right service.
catalogue-no-results-browse = Or look through the services by topic below.
catalogue-clear-search = Show all services
catalogue-topics-heading = Services by topic
# The topic for services the city's system lists without a topic.
catalogue-other-services = Other services
# $date is when the list was saved on this device.
catalogue-stale = The city's server could not be reached, so this is the list saved on this device on { $date }. It may be out of date.
catalogue-empty = The city is not taking requests online right now. Call { $phone } to report a problem or ask for a service.
catalogue-services-error-heading = The online request forms could not be loaded
catalogue-services-error-rest = The services below that are done by phone, in person or on other city websites are still listed.
catalogue-retry = Try again

## How a service is done, under its name in the list

channel-request = Online form
# Part of a link's text: the link goes to another website.
channel-online = On another city website (leaves this site)
channel-phone = By phone: call { $phone }
# $hours is the city's own text, for example "24 hours a day".
channel-hours = Open { $hours }.
channel-counter = In person: { $address }

## When the city's server does not answer as it should (every page that talks to it)

error-offline = You seem to be offline. Check your connection, then try again.
error-unreachable = The city's server did not answer. It may be down for a moment: try again in a few minutes.
error-timeout = The city's server took too long to answer. Try again: on a slow connection a second try often works.
error-server = The city's server had a problem (error { $status }). Try again in a few minutes.
error-refused = The city's server refused the request (error { $status }).
error-not-found = The city's server does not know this (error 404).
# Followed by the server's own words, shown as it sent them.
error-server-said = The server said:
error-malformed = The city's server sent a reply this service cannot read. Try again later, or call { $phone }.

## A service's page

service-loading = Loading the service…
service-back = All city services
service-not-found-title = Service not found
service-not-found = There is no service with the code “{ $code }”. It may have been renamed or withdrawn.
service-asks-heading = What you will be asked
service-asks-location = Where it is: an address, your current location, or both.
service-asks-description = What the problem is, in your own words.
service-asks-questions = Some questions about it:
service-asks-photos = Photos, if you have any (optional).
service-asks-contact = Your name and how to reach you (optional).
service-questions-loading = Loading the questions…
service-questions-error = The questions could not be loaded now. You can still start: the form will try again.
service-required = (required)
service-notice-heading = Please note
service-promise-heading = After you send it
service-promise-realtime = You get a reference number straight away, to follow your request.
service-promise-batch = The city's system handles these requests in batches, so your reference number may take a while to arrive. This service keeps checking for it.
service-promise-blackbox = This request cannot be tracked: the city gives no reference number or updates for it.
service-start = Start your request

## The request form, every step

# "Step 2 of 5", above each step's heading.
request-step-count = Step { $current } of { $total }
request-back = Back
request-continue = Continue
request-saved = What you type is saved on this device as you go.
request-discard = Discard this draft
request-discard-confirm = Discard everything you have entered for this request? This cannot be undone.
request-discard-yes = Yes, discard it
request-discard-no = No, keep it
request-discarded = Your draft was discarded.
request-service-unavailable = This service cannot take requests online right now.
error-summary-title = There is a problem
# Read by screen readers before each error message next to a field.
field-error-prefix = Error:

## Step: where

request-location-title = Where is it?
request-location-lead = Type an address, use your current location, or both.
request-location-lead-map = Type an address, use your current location, or put a pin on the map. Any one of them is enough.
request-address-label = Address or place
request-address-hint = For example: 300 City Centre Drive, or the corner of Hurontario Street and Burnhamthorpe Road.
request-use-location = Use my current location
request-locating = Finding your location…
# $lat and $long are numbers; $accuracy is in metres.
request-located = Your location: { $lat }, { $long } (accurate to about { $accuracy } m).
request-location-remove = Remove my location
request-geo-denied = This site is not allowed to use your location. You can allow it in your browser's settings, or type an address instead.
request-geo-unavailable = Your location could not be found. Try again in a moment, or type an address instead.
request-geo-timeout = Finding your location took too long. Try again, or type an address instead.
request-geo-unsupported = This browser cannot share your location. Type an address instead.

## Step: the problem

request-details-title = Tell us about the problem
request-description-label = Describe the problem
request-description-hint = What is wrong, and anything that helps the crew find it.
request-description-left =
    { $count ->
        [one] You have { $count } character left
       *[other] You have { $count } characters left
    }
request-description-over =
    { $count ->
        [one] You have { $count } character too many
       *[other] You have { $count } characters too many
    }
request-definition-error = The city's extra questions for this service could not be loaded. You can still send your request with a description.
request-choose = Choose an option

## Step: photos

request-photos-title = Photos
request-photos-lead = A photo helps the crew find and fix the problem. Photos are optional.
# $max is how many photos a request can carry.
request-photos-limit =
    { $max ->
        [one] You can add one photo.
       *[other] You can add up to { $max } photos.
    }
request-photos-privacy = Photos are made smaller on your phone before they are sent, and the location and camera details inside them are removed.
request-photos-add = Add a photo
request-photos-add-hint = Take a photo with your camera or choose one you already have.
request-photos-preparing = Preparing your photo…
request-photos-added = Photo added.
# The description of a photo's preview, for screen readers.
request-photos-photo = Photo { $number }
request-photos-remove = Remove photo { $number }
request-photos-removed = Photo removed.
request-photos-full = You have added as many photos as this request can carry.
request-photos-not-image = This file is not a photo this service can use. Choose a JPEG, PNG or similar picture.
request-photos-failed = The photo could not be prepared. Try another one.
request-photos-storage = This device has no room left to keep the photo. Free some space, or send your request without it.

## Step: about you

request-about-title = About you
request-about-lead = All of these are optional. They let the city contact you about this request.
request-first-name = First name
request-last-name = Last name
request-name-why = So the city knows who to ask for.
request-email = Email address
request-email-why = To send you news about this request.
request-phone = Phone number
request-phone-why = In case the crew needs to ask you something.
request-remember = Remember my details on this device
request-remember-hint = Only tick this on your own phone or computer. Untick it to forget them.

## Step: check your answers

request-check-title = Check your answers before sending
request-check-location = Location
request-check-description = Description
request-check-contact = Your details
request-check-photos = Photos
request-check-photo-count =
    { $count ->
        [one] One photo
       *[other] { $count } photos
    }
request-check-not-given = Not given
request-check-yes = Yes
request-check-change = Change
request-send = Send request
request-sending = Sending your request…
request-refused-next = Check your answers and try again. If it still does not work, call { $phone }.

## Problems with answers

problem-no-location = Type an address or use your current location.
# $question is the question's text.
problem-required = Answer the question “{ $question }”.
problem-not-a-number = The answer to “{ $question }” must be a number, like 3 or 2.5.
problem-not-a-datetime = The answer to “{ $question }” must be a date and a time.
problem-not-a-date = The answer to “{ $question }” must be a date.
problem-unknown-choice = Choose one of the options for “{ $question }”.
problem-too-long = The description must be { $limit } characters or fewer.
problem-bad-email = Type an email address like name@example.com.
problem-bad-phone = Type a phone number with at least 7 digits, like 905 615 4311.

## After sending

sent-title = Request sent
sent-reference = Your reference number
sent-reference-pending = Your reference number is on its way
sent-reference-pending-detail = The city gives these requests a number after a short while. It shows here and in your requests when it arrives.
sent-untracked = This service cannot be tracked, so there is no reference number. The city has your request.
sent-next-heading = What happens next
sent-next = The city checks your request and passes it to the team responsible.
sent-another = Make another request
sent-storage-warning = This device could not keep a record of this request. Write your reference number down.
sent-waiting-title = Waiting to send
sent-waiting = You are offline. Your request is kept on this device and is sent by itself when the connection returns. You can close this page.
sent-busy = The city’s system is busy just now. Your request is kept on this device and is sent again by itself after { $time }, while this service is open, or the next time you open it.
sent-sending-title = Sending your request…
# The label of the progress bar while photos are sent.
sent-uploading = Sending your photos
sent-unconfirmed-title = We could not confirm that your request arrived
sent-unconfirmed = The connection was lost while sending, and the city's server could not be asked whether your request arrived. To avoid sending it twice, it is not sent again unless you choose to.
sent-check-again = Check again
sent-send-again = Send it again
sent-refused-title = The city's server did not accept this request
sent-not-found-title = Request not found
sent-not-found = This device has no record of this request. It may have been forgotten.

## My requests: the requests sent from this device

my-requests-title = My requests
my-requests-lead = The requests sent from this device. The list is kept only on this device.
my-requests-empty = You have not sent any requests from this device yet.
my-requests-refresh = Check for updates
my-requests-refreshing = Checking for updates…
my-requests-refreshed = The statuses are up to date.
# $date is when the request was sent.
my-requests-sent-on = Sent { $date }
# $date is when the city last changed the request.
my-requests-last-update = Last update { $date }
# A badge on a request whose status changed since the resident last looked.
my-requests-updated = Updated
my-requests-waiting = Waiting to send
my-requests-unconfirmed = Not confirmed
my-requests-refused = Not accepted
my-requests-reference-pending = Reference on its way
my-requests-forget = Forget this request
my-requests-forget-all = Forget all requests on this device
my-requests-forget-all-confirm = Forget every request on this device? The city keeps them; only this list is cleared.
my-requests-forget-yes = Yes, forget them
my-requests-forget-no = No, keep them
my-requests-forgotten = The request was forgotten on this device.
my-requests-all-forgotten = All requests were forgotten on this device.
lookup-heading = Find a request by its reference number
lookup-label = Reference number
lookup-hint = It is on the confirmation page, or in the city's email about your request.
lookup-button = Find request
lookup-empty = Type a reference number.
# On the home page, when a search looks like a reference number.
lookup-offer = Track request { $id }

## A request's page

track-title = Request { $id }
track-loading = Loading the request…
track-not-found-title = Request not found
track-not-found = The city has no request with the reference “{ $id }”. Check the number: it is on your confirmation page or in the city's email.
track-not-found-call = If you still cannot find it, call { $phone }.
track-status = Status
track-service = Service
track-notes = Note from the city
track-agency = Handled by
track-requested = Sent
track-updated = Last update
track-expected = Expected by
# $date is the city's expected date, already passed.
track-overdue = Overdue: the city expected to finish by { $date }.
track-location = Location
track-description = Description
track-photo = The photo sent with the request
track-timeline = What has happened
track-seen-on = Seen on this device
track-token-late = Your request is still being processed. Check again later: its reference number shows in My requests when the city gives it.
track-follow = Follow this request
track-refresh = Check for updates

## Statuses, in words

status-word-open = Received
status-word-closed = Closed
status-word-in_progress = In progress
status-word-action_scheduled = Work scheduled
status-word-investigating = Being investigated
status-word-for_triage = Being assessed
status-word-internal_referral = Passed to another team
status-word-reopened = Reopened
status-word-fixed = Fixed
status-word-duplicate = Closed: already reported
status-word-not_councils_responsibility = Closed: not the city's responsibility
status-word-no_further_action = Closed: no further action
status-word-cancelled = Cancelled

## Page not found

not-found-title = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-link = If you followed a link, it may be out of date.
not-found-home = Go to the list of city services
not-found-call = You can also call { $phone } to ask for a service.

## Accessibility statement

accessibility-title = Accessibility statement
a11y-intro = { $city } wants everyone to be able to use this service: on a phone or a computer, zoomed in, with a keyboard alone, a screen reader, voice control or another assistive technology, and in your own language.
a11y-standard-heading = The standard we aim for
a11y-standard = This service aims to meet the Web Content Accessibility Guidelines (WCAG) version { $version } at level { $level }.
# After a11y-standard, when nothing fails and nothing waits for a person's review.
a11y-status-full = It fully meets that standard.
# After a11y-standard, when something fails or waits for a person's review (listed below it).
a11y-status-partial = It partially meets that standard: the parts that do not, or that a person has not yet checked, are listed below.
# $date is a formatted date; $languages, $scans and $failed are numbers.
a11y-last-audit = Our last full check was on { $date }: every page and state, in { $languages } languages, on phone-sized and desktop-sized screens. { $failed ->
    [0] None of its { $scans } page checks found a problem.
   *[other] { $failed } of its { $scans } page checks found a problem.
}
# The standard's facts could not be loaded (after the error message).
a11y-facts-unavailable = The rest of this statement still holds, and you can call us to hear the results of our last check.
a11y-testing-heading = How we test it
a11y-testing-automated = Every page is checked automatically with axe-core against WCAG 2.2 level A and AA each time the service changes, on a phone-sized and a desktop-sized screen.
a11y-testing-keyboard = Automated tests also use the service with a keyboard alone: the skip link, moving between pages and where the focus goes.
a11y-testing-languages = Pages are also tested in languages written from right to left, and in a generated pseudo-language that shows any text left untranslated.
a11y-gaps-heading = What we know is not yet right
a11y-gaps-intro = Automated checks find only some problems. We know of these:
a11y-not-conforming-intro = These parts do not yet meet the standard:
# One part that does not meet the standard: $criterion is a WCAG success criterion's number (1.4.10), $problem a sentence saying what is wrong.
a11y-not-conforming-item = WCAG { $criterion }: { $problem }
# $criteria is a list of WCAG success criteria numbers (1.1.1, 2.4.6 and 3.3.3); $count how many.
a11y-awaiting-review = { $count ->
    [one] This success criterion still needs a person to check it, because automated tests cannot fully judge it: { $criteria }.
   *[other] These { $count } success criteria still need a person to check them, because automated tests cannot fully judge them: { $criteria }.
}
a11y-gap-screen-readers = The service has not yet been tested by people using screen readers and voice control.
a11y-gap-server-text = Names and descriptions of services come from the city's systems and may not be translated into your language.
a11y-report-heading = Report a problem with this service
a11y-report = If something on this site does not work for you, call { $phone } and tell us what you were doing and what went wrong. We will help you make your request by phone and fix the problem.
a11y-other-format-heading = Get this information another way
a11y-other-format = If you cannot use this site, or need what it says in another form (large print, read aloud, easy read or another language), call { $phone } and we will help.
# $counter is the city's service counter (its address).
a11y-other-format-counter = You can also come to { $counter }.

## When the service cannot read its settings (config.json)

config-problem-title = This service is not available right now
config-problem-resident = Please try again in a few minutes. If it still does not work, contact the city by phone.
config-problem-retry = Try again
config-problem-detail-heading = For the site's administrators
config-error-unreachable = The settings file config.json could not be loaded: the server did not answer.
config-error-timeout = The settings file config.json could not be loaded: the server did not answer in time.
config-error-status = The settings file config.json could not be loaded: the server answered with status { $status }.
config-error-syntax = The settings file config.json is not valid JSON: see line { $line }, column { $column }.
config-error-missing = The settings file config.json has no value for “{ $key }”.
config-error-invalid = The settings file config.json has a value for “{ $key }” that cannot be used.

## Pages fetched when first needed (src/pieces.rs)
piece-loading = Loading the page…
piece-failed-title = This page could not be loaded
piece-failed = Part of this service could not be downloaded. Check your connection, then try again. Anything you typed is kept on this device.
piece-failed-phone = You can also call { $phone }.

## The map in the location step (src/map)
# Said by screen readers as the kind of thing the map is.
map-role = map
map-label = Map: put the pin where the problem is
map-keys = Tap the map to put the pin there, or use the buttons under it. When the map has focus, the arrow keys move the pin (further with Shift), and + and − zoom in and out.
map-loading = Loading the map…
map-piece-failed = The map could not be loaded. You can still type an address or use your location.
map-tiles-failed = Part of the map could not be loaded. You can still put the pin, type an address or use your location.
map-zoom-group = Zoom
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-move-group = Move the pin
map-move-north = Move the pin north
map-move-south = Move the pin south
map-move-east = Move the pin east
map-move-west = Move the pin west
# $level and $max are whole numbers.
map-zoom-level = Zoom level { $level } of { $max }.
# $metres is a whole number; $direction is one of eight compass points.
map-pin-from-start = The pin is about { $metres } metres { $direction ->
    [north] north
    [north-east] north-east
    [east] east
    [south-east] south-east
    [south] south
    [south-west] south-west
    [west] west
   *[north-west] north-west
  } of where the map opened.
map-pin-from-device = The pin is about { $metres } metres { $direction ->
    [north] north
    [north-east] north-east
    [east] east
    [south-east] south-east
    [south] south
    [south-west] south-west
    [west] west
   *[north-west] north-west
  } of your location.
map-pin-at-start = The pin is where the map opened.
map-pin-at-device = The pin is at your location.
# $address comes from the city's address search, as it wrote it.
map-pin-near = The pin is near { $address }.
map-outside = That place is outside { $city }. Put the pin inside the city, or call { $phone }.
map-find = Show the address on the map
map-finding = Looking for the address…
map-find-empty = Type an address first, then show it on the map.
map-find-none = No place in { $city } matches that address. Put the pin on the map instead.
map-find-failed = The address could not be looked up just now. Put the pin on the map instead.
map-found = Found { $address }. The pin is there.
map-suggestion = Nearest address: { $address }
map-suggestion-use = Use this address
map-suggestion-used = Address filled in: { $address }.
request-pinned = The pin on the map: { $lat }, { $long }.
request-pin-remove = Remove the pin

## Already reported nearby (src/map/nearby.rs)
nearby-heading = Already reported nearby
nearby-lead = { $count ->
    [one] This open request for the same service is
   *[other] These { $count } open requests for the same service are
  } within 150 metres of your pin. If one of them is your problem, you can follow it instead of reporting it again.
# $metres is a whole number.
nearby-distance = { $metres } metres away
nearby-age = { $days ->
    [0] Reported today
    [one] Reported yesterday
   *[other] Reported { $days } days ago
  }
nearby-follow = Follow this one instead
nearby-follow-confirm = Follow request { $id } instead of sending yours? Your answers and photos for this form will be removed, and nothing will be sent.
nearby-follow-yes = Yes, follow it
nearby-follow-no = No, keep my request
nearby-different = Mine is different: continue
nearby-followed = You are following request { $id }. Nothing was sent.
nearby-announced = { $count ->
    [one] One open request for the same service is
   *[other] { $count } open requests for the same service are
  } already reported near your pin: they are listed under the map.
nearby-failed = Requests already reported nearby could not be checked just now.
my-requests-following-since = Following since { $date }

## Updates about a request: browser notifications and email (src/notify)
updates-heading = Updates about this request
updates-offer = Tell me when this changes
updates-wait-id = You can ask for updates once the city gives this request its reference number. This page will offer them then.
updates-loading = Checking which updates the city can send…
updates-unavailable = Updates cannot be set up just now. You can still come back to this page to see where your request is.
updates-push = Send notifications to this browser
updates-push-hint = Your browser will ask whether this site may show notifications. You get one each time the request changes.
updates-push-on = Done. This browser will show a notification each time this request changes.
updates-push-blocked = Notifications are blocked for this site in your browser's settings. To get them, allow notifications for this site there, then come back.
updates-push-install-first = On an iPhone or iPad, notifications work only from the Home Screen: tap Share, then Add to Home Screen, open the app from there and come back to this request.
updates-push-unsupported = This browser cannot show notifications from websites. You can ask for email instead, or come back to this page.
updates-push-not-allowed = Notifications were not allowed, so none will be sent. You can choose again from your browser's site settings.
updates-push-failed = This browser could not set up notifications. Try again later, or ask for email instead.
updates-email-label = Email address
updates-email-hint = We send an email to confirm the address first. Each email has a link to stop them.
updates-email-send = Email me when this changes
updates-email-invalid = Enter an email address, like name@example.com
updates-email-sent = We sent an email to { $email }. Open the link in it to start getting updates.
updates-error-offline = The updates could not be set up: no connection. Check that you are online and try again.
updates-error-unknown = The city's system does not know this request any more, so no updates can be sent.
updates-error-busy = The city's system is busy. Try again in a minute.
updates-error-refused = The city's system did not accept this. Check the email address, or try the other way.
updates-error-failed = Something went wrong setting up updates. Try again later.
updates-on-push = You get a browser notification when this request changes.
updates-on-email = You get an email when this request changes (once you confirm the address).
updates-on-both = You get a browser notification and an email when this request changes.
updates-stop = Stop updates
updates-stopped = Updates about this request have stopped.
updates-stop-failed = The updates could not be stopped just now: no answer from the city's system. Try again.
