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
