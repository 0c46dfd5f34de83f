//! The page before the app starts (issue 18): `index.html`'s static shell (skip link, the
//! city's name, heading, lead, "Loading…") in the resident's language from the first paint, so
//! a resident on a slow network never sees an English page turn into theirs.
//!
//! - `frontdesk-server shell --config dist/config.json --locales dist/locales --write
//!   dist/index.html` (`make build` runs it; run it again after editing `config.json`, before
//!   `csp --write`, which hashes its script) writes the shell in the default language, a
//!   `noscript` in the default language with one line per other language naming the city's
//!   phone number (no script can change a `noscript`), and a tiny inline script with a table of
//!   every offered language's shell texts: it picks the language as the app will (`?lang=`,
//!   the saved choice, the browser's languages) and sets `lang`, `dir`, the title and the texts
//!   before anything is painted.
//! - Serving the page, `frontdesk-server` writes the shell and its `noscript` in the language
//!   `Accept-Language` asks for ([`Shell::for_request`]); the script is untouched, so its hash
//!   in the Content Security Policy holds.
//!
//! The texts come from each language's `main.ftl` (`shell-*`, `skip-link`, `catalogue-title`,
//! `catalogue-lead`, `document-title`), message by message falling back to the default
//! language's; the city's name from `config.json`'s `city.name`, in the language when the city
//! gave it.

use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use frontdesk_core::config::AppConfig;
use frontdesk_core::locale::{self, Direction, Language};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// How the script starts: a page written before has one to replace. It goes right after the
/// shell (`<div id="app">`'s content), so the elements it fills are parsed when it runs.
const SCRIPT_START: &str = "<script>(()=>{const S=";
/// Stands for the phone number's link while a message is formatted and escaped.
const PHONE_MARK: &str = "\u{E000}";

/// The picker, minified by hand: it must stay small (every first visit downloads it) and agree
/// with `frontdesk_core::locale::negotiate` (e2e `languages.spec.ts` compares them): `?lang=`,
/// then the saved choice, then the browser's languages, each matched by language and script
/// (`yue` -> `zh-Hant`, `fil` -> `tl`, `zh-TW`/`HK`/`MO` -> Traditional, other `zh` ->
/// Simplified), else the default.
const SCRIPT: &str = r#"(()=>{const S=TABLE;let w=[];try{const q=new URLSearchParams(location.search).get('lang');q&&w.push(q);const s=localStorage.getItem('frontdesk.v1.language');s&&w.push(s)}catch(e){}w=w.concat(navigator.languages||[navigator.language||'']);const p=t=>{const a=String(t).trim().toLowerCase().split(/[-_]/);let l=a[0],s=a.find((x,i)=>i&&x.length==4),r=a.find((x,i)=>i&&(x.length==2||/^\d{3}$/.test(x)));if(l=='yue'){l='zh';s='hant'}if(l=='fil')l='tl';if(l=='zh'&&!s)s=/^(tw|hk|mo)$/.test(r)?'hant':'hans';return[l,s]};let c;for(const t of w){const[l,s]=p(t);c=S.l.find(e=>{const[m,n]=p(e.c);return m==l&&(!n||n==s)});if(c)break}c=c||S.l.find(e=>e.c==S.d);if(!c)return;const d=document,h=d.documentElement,f=(q,v)=>{const e=d.querySelector(q);e&&(e.textContent=v);return e};h.lang=c.c;h.dir=c.d;d.title=c.t;f('.skip-link',c.s);const n=f('.site-header__home',c.n);n&&(c.nl?n.setAttribute('lang',c.nl):n.removeAttribute('lang'));f('.page__title',c.h);f('.page__lead',c.p);f('.shell-loading',c.w)})();"#;

/// One language's shell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShellText {
    #[serde(rename = "c")]
    pub code: String,
    #[serde(rename = "d")]
    pub dir: &'static str,
    /// The document title (the catalogue's, as the app gives it).
    #[serde(rename = "t")]
    pub title: String,
    #[serde(rename = "s")]
    pub skip: String,
    /// The city's name, and its language when it is not this one.
    #[serde(rename = "n")]
    pub city: String,
    #[serde(rename = "nl", skip_serializing_if = "Option::is_none")]
    pub city_lang: Option<String>,
    #[serde(rename = "h")]
    pub heading: String,
    #[serde(rename = "p")]
    pub lead: String,
    #[serde(rename = "w")]
    pub loading: String,
    /// Without JavaScript: what is wrong, and the phone number to call instead (HTML, with
    /// the number as a `tel:` link).
    #[serde(skip)]
    pub noscript: String,
    #[serde(skip)]
    pub call_html: String,
}

/// The shell texts of the languages a deployment offers.
#[derive(Debug, Clone)]
pub struct Shell {
    default: String,
    /// In `config.json`'s order; the default always among them.
    languages: Vec<ShellText>,
    offered: Vec<Language>,
}

impl Shell {
    /// Reads `locales/languages.json` and the `main.ftl` of each of `config`'s languages (for a
    /// `browser` asking for languages, only the one it gets, and the default).
    pub fn load(
        locales: &Path,
        config: &AppConfig,
        browser: Option<&[String]>,
    ) -> Result<Shell, String> {
        let read = |path: &Path| {
            std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
        };
        let known_path = locales.join("languages.json");
        let known = locale::parse_languages(&read(&known_path)?)
            .map_err(|e| format!("{}: {e}", known_path.display()))?;
        let offered = locale::offered(&config.languages, &known);
        let default = config.default_language.clone();
        let default_main = read(&locales.join(&default).join("main.ftl"))?;
        let only = browser.map(|b| locale::negotiate(None, None, b, &offered, &default));
        let only = only.as_deref();
        let mut languages = Vec::new();
        for language in &offered {
            if only.is_some_and(|code| code != language.code && language.code != default) {
                continue;
            }
            // A language whose file is missing is shown in the default's words, as the app does.
            let main = read(&locales.join(&language.code).join("main.ftl")).unwrap_or_default();
            languages.push(texts(language, &main, &default, &default_main, config));
        }
        if !languages.iter().any(|l| l.code == default) {
            return Err(format!(
                "{}: no {default} (config.json's default_language)",
                known_path.display()
            ));
        }
        Ok(Shell {
            default,
            languages,
            offered,
        })
    }

    /// The language a browser asking for `browser` gets, as the app would pick it with
    /// nothing saved.
    pub fn choose(&self, browser: &[String]) -> &ShellText {
        let code = locale::negotiate(None, None, browser, &self.offered, &self.default);
        self.get(&code)
    }

    fn get(&self, code: &str) -> &ShellText {
        self.languages
            .iter()
            .find(|l| l.code == code)
            .or_else(|| self.languages.iter().find(|l| l.code == self.default))
            .unwrap_or_else(|| &self.languages[0])
    }

    /// `index.html` as built, rewritten for a static host: the default language's shell with
    /// every language's line in its `noscript`, and the picking script.
    pub fn write(&self, html: &str) -> Result<String, String> {
        let default = self.get(&self.default);
        let others: Vec<&ShellText> = self
            .languages
            .iter()
            .filter(|l| l.code != default.code)
            .collect();
        let html = page(html, default, &others)?;
        let table = serde_json::json!({"d": self.default, "l": self.languages});
        // Inside a script, `</script` would end it and `<!--` change how it is read: no `<` at
        // all (JSON's `\u003c` is the same character to the script).
        let table = table.to_string().replace('<', "\\u003c");
        let script = format!("<script>{}</script>", SCRIPT.replacen("TABLE", &table, 1));
        debug_assert!(script.starts_with(SCRIPT_START));
        let (_, shell_end) = shell_range(&html).ok_or(NO_SHELL)?;
        // After `</div>`: the script written before, if any, is replaced.
        let after = shell_end + "</div>".len();
        let old_end = html[after..]
            .trim_start()
            .starts_with(SCRIPT_START)
            .then(|| {
                html[after..]
                    .find("</script>")
                    .map(|i| after + i + "</script>".len())
            })
            .flatten()
            .unwrap_or(after);
        Ok(format!("{}{script}{}", &html[..after], &html[old_end..]))
    }

    /// `index.html` for one request: the shell and its `noscript` in the language a browser
    /// asking for `browser` gets. A page without the markers is served as it is.
    pub fn for_request(&self, html: &str, browser: &[String]) -> String {
        page(html, self.choose(browser), &[]).unwrap_or_else(|_| html.to_owned())
    }

    /// The page for a request with `accept_language`, from the files being served now: only
    /// the language it gets is read. The page as it is when the settings cannot be used (the
    /// app then says what is wrong).
    pub fn page_for(
        locales: &Path,
        config: Option<&str>,
        html: &str,
        accept_language: Option<&str>,
    ) -> String {
        let browser = accept_language
            .map(parse_accept_language)
            .unwrap_or_default();
        let Some(config) = config.and_then(|text| AppConfig::parse(text).ok()) else {
            return html.to_owned();
        };
        match Shell::load(locales, &config, Some(&browser)) {
            Ok(shell) => shell.for_request(html, &browser),
            Err(_) => html.to_owned(),
        }
    }
}

/// The shell texts of `language`, message by message falling back to the default's.
fn texts(
    language: &Language,
    main: &str,
    default: &str,
    default_main: &str,
    config: &AppConfig,
) -> ShellText {
    let bundles = [bundle(&language.code, main), bundle(default, default_main)];
    let format = |id: &str, args: Option<&FluentArgs>| -> String {
        for bundle in &bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    };
    let city = config.city.name.show(&language.code, default);
    let heading = format("catalogue-title", None);
    let mut title_args = FluentArgs::new();
    title_args.set("page", heading.clone());
    title_args.set("city", city.text.to_owned());
    let mut call_args = FluentArgs::new();
    call_args.set("phone", PHONE_MARK);
    let phone = &config.help.phone;
    let link = format!(
        r#"<a href="{}">{}</a>"#,
        escape(&frontdesk_core::config::tel_href(phone)),
        escape(phone)
    );
    ShellText {
        code: language.code.clone(),
        dir: match language.dir {
            Direction::RightToLeft => "rtl",
            Direction::LeftToRight => "ltr",
        },
        title: format("document-title", Some(&title_args)),
        skip: format("skip-link", None),
        city: city.text.to_owned(),
        city_lang: city.lang.map(str::to_owned),
        heading,
        lead: format("catalogue-lead", None),
        loading: format("shell-loading", None),
        noscript: format("shell-noscript", None),
        call_html: escape(&format("shell-noscript-call", Some(&call_args)))
            .replace(PHONE_MARK, &link),
    }
}

fn bundle(code: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The page with `<html lang dir>`, the title and the shell of `text`; `others` each get a line
/// in the `noscript`.
fn page(html: &str, text: &ShellText, others: &[&ShellText]) -> Result<String, String> {
    let html_tag = html
        .find("<html")
        .and_then(|start| html[start..].find('>').map(|end| (start, start + end + 1)))
        .ok_or("index.html has no <html> tag")?;
    let html = format!(
        r#"{}<html lang="{}" dir="{}">{}"#,
        &html[..html_tag.0],
        escape(&text.code),
        text.dir,
        &html[html_tag.1..]
    );
    let html = replace_between(&html, "<title>", "</title>", &escape(&text.title))
        .ok_or("index.html has no <title>")?;
    let city_lang = text
        .city_lang
        .as_deref()
        .map(|l| format!(r#" lang="{}""#, escape(l)))
        .unwrap_or_default();
    let mut noscript = format!(
        "<p class=\"page__lead\">{}</p>\n<p>{}</p>",
        escape(&text.noscript),
        text.call_html
    );
    if !others.is_empty() {
        noscript.push_str("\n<ul class=\"shell-languages\">");
        for other in others {
            noscript.push_str(&format!(
                "\n<li lang=\"{}\" dir=\"{}\">{}</li>",
                escape(&other.code),
                other.dir,
                other.call_html
            ));
        }
        noscript.push_str("\n</ul>");
    }
    let shell = format!(
        "\n<a class=\"skip-link\" href=\"#main\">{skip}</a>\n\
         <header class=\"site-header\"><div class=\"site-header__inner\"><p class=\"site-header__home\"{city_lang}>{city}</p></div></header>\n\
         <main id=\"main\" class=\"page\" tabindex=\"-1\">\n\
         <h1 class=\"page__title\">{heading}</h1>\n\
         <p class=\"page__lead\">{lead}</p>\n\
         <noscript>\n{noscript}\n</noscript>\n\
         <p class=\"shell-loading\" role=\"status\">{loading}</p>\n\
         </main>\n",
        skip = escape(&text.skip),
        city = escape(&text.city),
        heading = escape(&text.heading),
        lead = escape(&text.lead),
        loading = escape(&text.loading),
    );
    let (start, end) = shell_range(&html).ok_or(NO_SHELL)?;
    Ok(format!("{}{shell}{}", &html[..start], &html[end..]))
}

const NO_SHELL: &str = "index.html has no <div id=\"app\"> … </div> in its body";

/// Where the shell is: the content of `<div id="app">` (quoted or, as Trunk's minifier writes
/// it, not), up to the body's last `</div>`.
fn shell_range(html: &str) -> Option<(usize, usize)> {
    let body = html.find("<body")?;
    let id = ["id=app>", "id=app ", "id=\"app\""]
        .iter()
        .filter_map(|id| html[body..].find(id).map(|i| body + i))
        .min()?;
    let start = id + html[id..].find('>')? + 1;
    let body_end = html.rfind("</body>").unwrap_or(html.len());
    let end = html[..body_end].rfind("</div>")?;
    (end >= start).then_some((start, end))
}

/// `text` with what lies between the first `start` and the next `end` replaced by `inner`.
fn replace_between(text: &str, start: &str, end: &str, inner: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = from + text[from..].find(end)?;
    Some(format!("{}{inner}{}", &text[..from], &text[to..]))
}

/// Text as HTML text or attribute value.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The language ranges of an `Accept-Language` header, most wanted first (`*` and q=0 left
/// out; equal weights keep their order).
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut ranges: Vec<(String, f32)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && tag != "*" && q > 0.0).then(|| (tag.to_owned(), q))
        })
        .collect();
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranges.into_iter().map(|(tag, _)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_orders_by_weight() {
        assert_eq!(
            parse_accept_language("fr-CA;q=0.5, ar , en;q=0.8, *;q=0.1, de;q=0"),
            ["ar", "en", "fr-CA"]
        );
        assert!(parse_accept_language("").is_empty());
    }

    #[test]
    fn the_shell_is_found_minified_or_not() {
        for html in [
            "<html><body><div id=app><p>old</p></div><script>x</script></body></html>",
            "<html><body>\n<div id=\"app\" class=\"a\">\n<div><p>old</p></div>\n</div>\n</body></html>",
        ] {
            let (start, end) = shell_range(html).unwrap();
            assert!(html[start..end].contains("<p>old</p>"), "{html}");
            assert!(html[end..].starts_with("</div>"));
        }
        assert_eq!(shell_range("<html><body><main></main></body></html>"), None);
        assert_eq!(
            replace_between("<title>old</title>", "<title>", "</title>", "new"),
            Some("<title>new</title>".to_owned())
        );
    }
}
