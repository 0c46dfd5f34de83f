//! Checks Frontdesk's Fluent translations (`locales/<lang>/*.ftl`) against the default locale, for
//! translators: missing and obsolete messages, syntax errors, variables that do not match, plural
//! categories a language needs (CLDR) but a message lacks, duplicates, and (as warnings)
//! messages identical to the default. Every problem in every locale in one run.
//!
//! [`ids`] lists the message ids a back end's services and the city's catalogue use, for a
//! language's services.ftl.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    self, Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

pub mod city;
pub mod ids;
pub mod usage;

/// How bad a problem is: errors fail `make l10n`, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, printed as `path:line:col: error: message` (or `path: error: ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    /// 1-based line and column, when the problem has a place in the file.
    pub position: Option<(usize, usize)>,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.position {
            Some((line, col)) => write!(
                f,
                "{}:{line}:{col}: {severity}: {}",
                self.path.display(),
                self.message
            ),
            None => write!(f, "{}: {severity}: {}", self.path.display(), self.message),
        }
    }
}

/// One locale's line in the completeness table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    pub locale: String,
    /// Messages the default locale has.
    pub expected: usize,
    /// Of those, how many this locale has.
    pub present: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Completeness {
    /// Percentage of the default locale's messages present.
    pub fn percent(&self) -> usize {
        (self.present * 100)
            .checked_div(self.expected)
            .unwrap_or(100)
    }
}

/// The result of a run.
#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
    pub table: Vec<Completeness>,
    /// Whether a native speaker has reviewed each language (`languages.json`'s `reviewed`;
    /// absent means not).
    pub reviewed: BTreeMap<String, bool>,
}

/// `languages.json`'s `reviewed` for each language it lists (false when absent); nothing when
/// the file cannot be read (the app's own tests check it is there).
pub fn reviewed(root: &Path) -> BTreeMap<String, bool> {
    let Ok(text) = std::fs::read_to_string(root.join("languages.json")) else {
        return BTreeMap::new();
    };
    let list: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    list.as_array()
        .map(|languages| {
            languages
                .iter()
                .filter_map(|l| {
                    let code = l["code"].as_str()?;
                    Some((code.to_owned(), l["reviewed"].as_bool().unwrap_or(false)))
                })
                .collect()
        })
        .unwrap_or_default()
}

impl Report {
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }
}

/// A parsed message: where it is, its variables, its plural selects, its plain text.
#[derive(Debug, Clone, Default)]
struct MessageInfo {
    line: usize,
    variables: BTreeSet<String>,
    /// Variable -> the identifier keys of a select on it.
    selects: BTreeMap<String, BTreeSet<String>>,
    /// The line of each variant key (`[few]`), first occurrence.
    key_lines: BTreeMap<String, usize>,
    text: String,
    /// The message has letters outside placeables (worth translating).
    has_words: bool,
}

/// One .ftl file, parsed.
struct FtlFile {
    messages: BTreeMap<String, MessageInfo>,
}

fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn parse_file(path: &Path, source: &str, problems: &mut Vec<Problem>) -> FtlFile {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(Problem {
                    path: path.to_owned(),
                    // The broken entry's start: the parser's own position is often the file's end.
                    position: Some(line_col(
                        source,
                        error.slice.as_ref().map_or(error.pos.start, |s| s.start),
                    )),
                    severity: Severity::Error,
                    message: format!("syntax error: {}", error.kind),
                });
            }
            resource
        }
    };
    let mut messages = BTreeMap::new();
    // Each message's line, found from its id at the start of a line (the AST has no spans).
    let mut lines: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, line) in source.lines().enumerate() {
        if let Some((id, _)) = line.split_once('=') {
            let id = id.trim_end();
            if !id.is_empty() && !line.starts_with([' ', '\t', '#', '-']) {
                lines.entry(id).or_default().push(index + 1);
            }
        }
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        let occurrence = seen.entry(id.clone()).or_insert(0);
        let line = lines
            .get(id.as_str())
            .and_then(|l| l.get(*occurrence))
            .copied()
            .unwrap_or(0);
        *occurrence += 1;
        if *occurrence > 1 {
            problems.push(Problem {
                path: path.to_owned(),
                position: Some((line, 1)),
                severity: Severity::Error,
                message: format!("{id} is defined twice; only the first one is used"),
            });
            continue;
        }
        let mut info = MessageInfo {
            line,
            key_lines: variant_lines(source, line),
            ..MessageInfo::default()
        };
        if let Some(pattern) = &message.value {
            walk_pattern(pattern, &mut info);
        }
        for attribute in &message.attributes {
            info.text.push_str(&format!(" .{}=", attribute.id.name));
            walk_pattern(&attribute.value, &mut info);
        }
        messages.insert(id, info);
    }
    FtlFile { messages }
}

/// The line of each variant key (`[one]`, `*[other]`) of the message starting at `line`: its
/// lines up to the next entry (the AST has no spans).
fn variant_lines(source: &str, line: usize) -> BTreeMap<String, usize> {
    let mut keys = BTreeMap::new();
    if line == 0 {
        return keys;
    }
    for (index, text) in source.lines().enumerate().skip(line) {
        if !text.is_empty() && !text.starts_with([' ', '\t']) {
            break;
        }
        let key = text.trim_start().trim_start_matches('*');
        if let Some((name, _)) = key.strip_prefix('[').and_then(|k| k.split_once(']')) {
            keys.entry(name.trim().to_owned()).or_insert(index + 1);
        }
    }
    keys
}

/// The CLDR release whose plural rules `make l10n` checks against.
pub fn cldr_version() -> usize {
    intl_pluralrules::CLDR_VERSION
}

fn walk_pattern(pattern: &Pattern<&str>, info: &mut MessageInfo) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                info.text.push_str(value);
                info.has_words |= value.chars().any(char::is_alphabetic);
            }
            PatternElement::Placeable { expression } => walk_expression(expression, info),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, info: &mut MessageInfo) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, info),
        Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = info.selects.entry(id.name.to_owned()).or_default();
                for variant in variants {
                    if let VariantKey::Identifier { name } = &variant.key {
                        keys.insert((*name).to_owned());
                    }
                }
            }
            for variant in variants {
                walk_pattern(&variant.value, info);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, info: &mut MessageInfo) {
    match inline {
        InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
            info.text.push_str(&format!("{{${}}}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                walk_inline(argument, info);
            }
            for named in &arguments.named {
                walk_inline(&named.value, info);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, info),
        InlineExpression::StringLiteral { value } => info.text.push_str(value),
        _ => {}
    }
}

/// The plural categories a language uses for everyday counts (0 to 1,000, and simple
/// fractions), from CLDR. `None` for a language CLDR does not know.
pub fn plural_categories(locale: &str) -> Option<BTreeSet<&'static str>> {
    let langid: unic_langid::LanguageIdentifier = locale.parse().ok()?;
    let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            PluralRules::create(
                unic_langid::LanguageIdentifier::from_parts(langid.language, None, None, &[]),
                PluralRuleType::CARDINAL,
            )
        })
        .ok()?;
    let mut categories = BTreeSet::new();
    let samples = (0..=1000)
        .map(|n| n.to_string())
        .chain((0..100).map(|n| format!("{}.5", n)));
    for sample in samples {
        if let Ok(category) = rules.select(sample.as_str()) {
            categories.insert(match category {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    Some(categories)
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Compares one translated file with its English original: obsolete and missing messages,
/// variables, plural categories, untranslated text. Returns how many English messages the
/// translation has.
fn compare_file(
    path: &Path,
    (locale, default): (&str, &str),
    categories: Option<&BTreeSet<&'static str>>,
    english: &FtlFile,
    translated: &FtlFile,
    problems: &mut Vec<Problem>,
) -> usize {
    let path = path.to_path_buf();
    let mut present = 0;
    for (id, theirs) in &translated.messages {
        let place = Some((theirs.line, 1));
        let Some(ours) = english.messages.get(id) else {
            problems.push(Problem {
                path: path.clone(),
                position: place,
                severity: Severity::Error,
                message: format!("obsolete message {id}: {default} has no such message; delete it"),
            });
            continue;
        };
        present += 1;
        for var in ours.variables.difference(&theirs.variables) {
            problems.push(Problem {
                path: path.clone(),
                position: place,
                severity: Severity::Error,
                message: format!("{id} does not use the variable ${var}"),
            });
        }
        for var in theirs.variables.difference(&ours.variables) {
            problems.push(Problem {
                path: path.clone(),
                position: place,
                severity: Severity::Error,
                message: format!("{id} uses ${var}, which {default} does not give"),
            });
        }
        if let Some(needed) = &categories {
            for (var, english_keys) in &ours.selects {
                if !english_keys
                    .iter()
                    .any(|k| PLURAL_KEYS.contains(&k.as_str()))
                {
                    continue;
                }
                let keys = theirs.selects.get(var).cloned().unwrap_or_default();
                let missing: Vec<&str> = needed
                    .iter()
                    .copied()
                    .filter(|c| !keys.contains(*c))
                    .collect();
                // A category the language never uses: dead text a translator wrote for nothing.
                for unused in keys
                    .iter()
                    .filter(|k| PLURAL_KEYS.contains(&k.as_str()) && !needed.contains(k.as_str()))
                {
                    problems.push(Problem {
                        path: path.clone(),
                        position: Some((theirs.key_lines.get(unused).copied().unwrap_or(theirs.line), 1)),
                        severity: Severity::Warning,
                        message: format!(
                            "{id}: the plural of ${var} has [{unused}], which {locale} never uses (CLDR {}: {locale} uses {}); it can go",
                            cldr_version(),
                            needed.iter().copied().collect::<Vec<_>>().join(", ")
                        ),
                    });
                }
                if !missing.is_empty() && (needed.len() > 1 || !keys.is_empty()) {
                    problems.push(Problem {
                        path: path.clone(),
                        position: place,
                        severity: Severity::Error,
                        message: format!(
                            "{id}: the plural of ${var} lacks {} ({locale} needs {})",
                            missing.join(", "),
                            needed.iter().copied().collect::<Vec<_>>().join(", ")
                        ),
                    });
                }
            }
        }
        if ours.has_words && ours.text == theirs.text {
            problems.push(Problem {
                path: path.clone(),
                position: place,
                severity: Severity::Warning,
                message: format!("{id} is the same as in {default}: is it translated?"),
            });
        }
    }
    for id in english
        .messages
        .keys()
        .filter(|id| !translated.messages.contains_key(*id))
    {
        problems.push(Problem {
            path: path.clone(),
            position: None,
            severity: Severity::Error,
            message: format!("missing message {id}"),
        });
    }
    present
}

/// The problems `make l10n` reports for one translated file (`locale`'s text) against its
/// English original: for tests and fuzzing, without files.
pub fn check_pair(locale: &str, english: &str, translated: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let reference = parse_file(Path::new("en/main.ftl"), english, &mut problems);
    let path = PathBuf::from(format!("{locale}/main.ftl"));
    let theirs = parse_file(&path, translated, &mut problems);
    let categories = plural_categories(locale);
    compare_file(
        &path,
        (locale, "en"),
        categories.as_ref(),
        &reference,
        &theirs,
        &mut problems,
    );
    problems
}

/// Checks every locale folder under `root` against `root/<default>`. Locales named in
/// `skip` (generated pseudo-locales) are not checked.
pub fn check(root: &Path, default: &str) -> std::io::Result<Report> {
    let mut report = Report {
        reviewed: reviewed(root),
        ..Report::default()
    };
    let mut locales: Vec<String> = std::fs::read_dir(root)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    locales.sort();
    let default_dir = root.join(default);
    let mut files: Vec<String> = std::fs::read_dir(&default_dir)?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ftl"))
        .collect();
    files.sort();

    let mut reference = BTreeMap::new();
    for file in &files {
        let path = default_dir.join(file);
        let source = std::fs::read_to_string(&path)?;
        reference.insert(
            file.clone(),
            parse_file(&path, &source, &mut report.problems),
        );
    }
    let expected: usize = reference.values().map(|f| f.messages.len()).sum();
    let default_errors = report.errors();
    report.table.push(Completeness {
        locale: default.to_owned(),
        expected,
        present: expected,
        errors: default_errors,
        warnings: 0,
    });

    for locale in locales.iter().filter(|l| *l != default) {
        let before = report.problems.len();
        let categories = plural_categories(locale);
        if categories.is_none() {
            report.problems.push(Problem {
                path: root.join(locale),
                position: None,
                severity: Severity::Warning,
                message: format!(
                    "CLDR {} has no plural rules for {locale}: its plurals are not checked (each keeps its *[other])",
                    cldr_version()
                ),
            });
        }
        let mut present = 0;
        for file in &files {
            let path = root.join(locale).join(file);
            let english = &reference[file];
            let Ok(source) = std::fs::read_to_string(&path) else {
                report.problems.push(Problem {
                    path: path.clone(),
                    position: None,
                    severity: Severity::Error,
                    message: format!(
                        "file missing: copy {} and translate it",
                        default_dir.join(file).display()
                    ),
                });
                continue;
            };
            let translated = parse_file(&path, &source, &mut report.problems);
            present += compare_file(
                &path,
                (locale, default),
                categories.as_ref(),
                english,
                &translated,
                &mut report.problems,
            );
        }
        // Files English does not have (a services.ftl): checked for syntax, not completeness.
        let own: Vec<String> = std::fs::read_dir(root.join(locale))?
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".ftl") && !files.contains(n))
            .collect();
        for file in own {
            let path = root.join(locale).join(&file);
            let source = std::fs::read_to_string(&path)?;
            parse_file(&path, &source, &mut report.problems);
        }
        let new = &report.problems[before..];
        report.table.push(Completeness {
            locale: locale.clone(),
            expected,
            present,
            errors: new.iter().filter(|p| p.severity == Severity::Error).count(),
            warnings: new
                .iter()
                .filter(|p| p.severity == Severity::Warning)
                .count(),
        });
    }
    Ok(report)
}

/// Message ids (used by `ast` users wanting ids of a resource), for tests.
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|e| {
            if let Entry::Message(ast::Message { id, .. }) = e {
                Some(id.name.to_owned())
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
