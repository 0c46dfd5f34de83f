//! The services.ftl message ids of a back end and the city's catalogue, with their own text, as
//! `frontdesk-l10n service-ids` prints them: a valid .ftl, in `##` sections, to copy into a
//! language's services.ftl and translate. The ids follow `frontdesk_core::l10n_ids`.

use frontdesk_core::catalogue::{self, CatalogueError, Channel, NameSource, TopicSpec};
use frontdesk_core::l10n_ids;
use open311::{Service, ServiceDefinition};

/// Fluent values are one line here; line breaks become spaces, and braces are quoted.
pub fn one_line(text: &str) -> String {
    let mut out = String::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '{' => out.push_str("{\"{\"}"),
                '}' => out.push_str("{\"}\"}"),
                c => out.push(c),
            }
        }
    }
    out
}

/// `id = text`, unless the text is blank (a message with no value is not valid Fluent).
fn message(out: &mut String, id: &str, text: &str) {
    let text = one_line(text);
    if !text.is_empty() {
        out.push_str(&format!("{id} = {text}\n"));
    }
}

/// One service's messages: `svc-{code}` (name), `-desc`, `-notice` (the notice shown before a
/// request is started), and, from its definition, questions `-q-{attr}` and choices
/// `-q-{attr}-{key}`.
pub fn service_lines(service: &Service, definition: Option<&ServiceDefinition>) -> String {
    let code = &service.service_code;
    let id = l10n_ids::service(code);
    let mut out = String::new();
    message(&mut out, &id, &service.service_name);
    if let Some(description) = &service.description {
        message(&mut out, &l10n_ids::service_description(code), description);
    }
    if let Some(notice) = service
        .service_notice
        .as_deref()
        .filter(|n| !n.trim().is_empty())
    {
        message(&mut out, &format!("{id}-notice"), notice);
    }
    for attribute in definition.map_or(&[][..], |d| &d.attributes[..]) {
        message(
            &mut out,
            &l10n_ids::question(code, &attribute.code),
            &attribute.description,
        );
        for value in &attribute.values {
            message(
                &mut out,
                &l10n_ids::option(code, &attribute.code, &value.key),
                &value.name,
            );
        }
    }
    out
}

/// The catalogue's messages, topic by topic: `topic-{topic id}` (name), then for each service
/// done elsewhere `link-{id}` (name), `link-{id}-desc` (description), `link-{id}-hours` (a
/// phone line's or a counter's hours) and `link-{id}-address` (a counter's), each when it has
/// one.
pub fn catalogue_lines(specs: &[TopicSpec]) -> String {
    let mut out = String::new();
    for (i, topic) in specs.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        message(&mut out, &l10n_ids::topic(&topic.id), &topic.name);
        for entry in &topic.entries {
            let id = format!("link-{}", l10n_ids::part(&entry.id));
            message(&mut out, &id, &entry.name);
            if let Some(description) = &entry.description {
                message(&mut out, &format!("{id}-desc"), description);
            }
            let (hours, address) = match &entry.channel {
                Channel::Phone { hours, .. } => (hours.as_ref(), None),
                Channel::Counter { address, hours } => (hours.as_ref(), Some(address)),
                _ => (None, None),
            };
            if let Some(hours) = hours {
                message(&mut out, &format!("{id}-hours"), hours);
            }
            if let Some(address) = address {
                message(&mut out, &format!("{id}-address"), address);
            }
        }
    }
    out
}

/// [`catalogue_lines`] of a catalogue.json text written in `city_language`.
pub fn catalogue_ids(text: &str, city_language: &str) -> Result<String, CatalogueError> {
    catalogue::parse(text, city_language).map(|catalogue| catalogue_lines(&catalogue.topics))
}

/// The `topic-{group}` messages of the back end's groups, as the app makes topics of them
/// ([`catalogue::merge`]): first the groups no catalogue topic claims (always shown), then
/// those a catalogue topic claims (shown under the group's own name only when catalogue.json
/// cannot be used).
pub fn group_lines(specs: &[TopicSpec], services: &[Service]) -> (String, String) {
    let groups = |specs: &[TopicSpec]| -> Vec<(String, String)> {
        catalogue::merge(specs, services)
            .into_iter()
            .filter(|t| t.name_source == NameSource::Backend)
            .map(|t| (t.name_id(), t.name))
            .collect()
    };
    let unclaimed = groups(specs);
    let mut own = String::new();
    for (id, name) in &unclaimed {
        message(&mut own, id, name);
    }
    let mut claimed = String::new();
    for (id, name) in groups(&[]) {
        if !unclaimed.iter().any(|(u, _)| *u == id) {
            message(&mut claimed, &id, &name);
        }
    }
    (own, claimed)
}

/// The whole services.ftl template: every service (with its definition, if it has one), the
/// catalogue's topics and links, and the topics made from the back end's groups.
pub fn document(services: &[(Service, Option<ServiceDefinition>)], specs: &[TopicSpec]) -> String {
    let mut out = String::from(
        "# Generated by `frontdesk-l10n service-ids`: the back end's and the catalogue's own text, to translate.\n",
    );
    out.push_str(
        "\n## Services: name, description, notice (shown before a request is started), questions and choices\n",
    );
    for (service, definition) in services {
        out.push('\n');
        out.push_str(&service_lines(service, definition.as_ref()));
    }
    if !specs.is_empty() {
        out.push_str(
            "\n## The city's catalogue (catalogue.json): topics, and services done elsewhere\n\n",
        );
        out.push_str(&catalogue_lines(specs));
    }
    let list: Vec<Service> = services.iter().map(|(s, _)| s.clone()).collect();
    let (own, claimed) = group_lines(specs, &list);
    if !own.is_empty() {
        out.push_str(
            "\n## Topics made from the back end's groups that no catalogue topic claims\n\n",
        );
        out.push_str(&own);
    }
    if !claimed.is_empty() {
        out.push_str(
            "\n## The back end's groups a catalogue topic claims: shown under these names only when catalogue.json cannot be used\n\n",
        );
        out.push_str(&claimed);
    }
    out
}
