# Frontdesk user interface, English (the default locale: every other locale is checked against it).
# Conventions for translators are in locales/README.md.

## The page frame

# The document title of every page: the page's heading, then the city.
document-title = { $page } – { $city }
# Shown in the header while the app has not read its settings yet.
shell-name = City services
skip-link = Skip to main content
footer-nav-label = About this service
footer-accessibility = Accessibility statement
# The label of the list of languages in the header (each language is named in itself).
language-nav-label = Language

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
a11y-standard = This service aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
a11y-testing-heading = How we test it
a11y-testing-automated = Every page is checked automatically with axe-core against WCAG 2.2 level A and AA each time the service changes, on a phone-sized and a desktop-sized screen.
a11y-testing-keyboard = Automated tests also use the service with a keyboard alone: the skip link, moving between pages and where the focus goes.
a11y-testing-languages = Pages are also tested in languages written from right to left, and in a generated pseudo-language that shows any text left untranslated.
a11y-gaps-heading = What we know is not yet right
a11y-gaps-intro = Automated checks find only some problems. We know of these:
a11y-gap-screen-readers = The service has not yet been tested by people using screen readers and voice control.
a11y-gap-server-text = Names and descriptions of services come from the city's systems and may not be translated into your language.
a11y-report-heading = Report a problem with this service
a11y-report = If something on this site does not work for you, call { $phone } and tell us what you were doing and what went wrong. We will help you make your request by phone and fix the problem.

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
