//! Folding text for search: case, accents and Arabic diacritics ignored, so `é` finds `e`,
//! `Straße` finds `strasse` and `مدرسة` finds `مَدْرَسَة`. Small tables instead of Unicode
//! normalisation data, which would cost every resident download size.

/// Folds `text` for comparison: lower case, Latin accents removed, ß → ss, æ → ae, œ → oe,
/// Arabic harakat and tatweel removed, alef variants unified; anything else unchanged.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            // Arabic: harakat, superscript alef, tatweel: not letters for search.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            // Combining marks: a letter typed with its accent as a second character.
            '\u{0300}'..='\u{036F}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            _ => {
                for lower in c.to_lowercase() {
                    out.push(base_letter(lower));
                }
            }
        }
    }
    out
}

/// The base letter of an accented Latin letter (Latin-1 Supplement and Latin Extended-A).
fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

/// The folded words of `text`: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The words to index for search: [`words`], plus each Arabic word without its definite
/// article (`الأشجار` is also found as `اشجار`), since the article is written joined.
pub fn search_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in words(text) {
        if let Some(bare) = word
            .strip_prefix("ال")
            .filter(|rest| rest.chars().count() >= 2)
        {
            out.push(bare.to_owned());
        }
        out.push(word);
    }
    out
}

/// Server text as paragraphs to show: servers send `\r\n`, `<br>`, `<br/>` and `<p>` for line
/// breaks although the spec says "no HTML". Those become breaks; blank lines separate
/// paragraphs; every other character, `<script>` included, stays literal text (the app puts it
/// in text nodes, never in HTML). Spaces are tidied.
pub fn paragraphs(raw: &str) -> Vec<Vec<String>> {
    let mut text = raw.replace("\r\n", "\n").replace('\r', "\n");
    for tag in [
        "<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />", "</p>", "</P>",
    ] {
        text = text.replace(tag, "\n");
    }
    for tag in ["<p>", "<P>"] {
        text = text.replace(tag, "\n\n");
    }
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A one-line summary of server text for a list: its first paragraph, cut at a word boundary
/// to at most `max_chars` characters with an ellipsis when cut. Empty when the text is.
pub fn summary(raw: &str, max_chars: usize) -> String {
    let first = paragraphs(raw)
        .into_iter()
        .next()
        .map(|lines| lines.join(" "))
        .unwrap_or_default();
    if first.chars().count() <= max_chars {
        return first;
    }
    let cut: String = first.chars().take(max_chars).collect();
    let kept = match cut.rfind(char::is_whitespace) {
        // Keep at least half: a text with no spaces (Chinese) is cut mid-word instead.
        Some(at) if cut[..at].chars().count() >= max_chars / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        kept.trim_end_matches(|c: char| c.is_whitespace() || ",;:.-".contains(c))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_take_the_first_paragraph_and_cut_at_a_word() {
        assert_eq!(summary("Short.<br><br>Second", 40), "Short.");
        assert_eq!(summary("Line one<br>line two", 40), "Line one line two");
        assert_eq!(
            summary("Potholes, cracks and sunken patches in the road", 20),
            "Potholes, cracks…"
        );
        assert_eq!(summary("路面坑洼和裂缝需要修补的地方", 5), "路面坑洼和…");
        assert_eq!(summary("", 10), "");
        assert_eq!(summary("<script>x</script>", 40), "<script>x</script>");
    }

    #[test]
    fn accents_case_and_ligatures() {
        assert_eq!(fold("Élagage d'ARBRES"), "elagage d'arbres");
        assert_eq!(fold("Straße"), "strasse");
        // An accent typed as a second character (decomposed), and Romanian's comma-below.
        assert_eq!(fold("Cafe\u{301}"), "cafe");
        assert_eq!(fold("Ștefan Țara"), "stefan tara");
        assert_eq!(fold("Señal dañada"), "senal danada");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("Łódź"), "lodz");
    }

    #[test]
    fn arabic_diacritics_and_alef_forms() {
        assert_eq!(fold("مَدْرَسَة"), fold("مدرسة"));
        assert_eq!(fold("أشجار"), fold("اشجار"));
        assert_eq!(fold("شـــارع"), "شارع");
    }

    #[test]
    fn arabic_words_are_also_indexed_without_the_article() {
        assert_eq!(search_words("صيانة الأشجار"), ["صيانة", "اشجار", "الاشجار"]);
        assert_eq!(search_words("الى"), ["الي"]);
    }

    #[test]
    fn server_text_keeps_its_breaks_and_never_becomes_markup() {
        assert_eq!(
            paragraphs("One.<br><br>Two,<br/>still two.\r\n\r\nThree "),
            vec![
                vec!["One.".to_owned()],
                vec!["Two,".to_owned(), "still two.".to_owned()],
                vec!["Three".to_owned()],
            ]
        );
        assert_eq!(
            paragraphs("<script>alert(1)</script> <b>bold</b>"),
            vec![vec!["<script>alert(1)</script> <b>bold</b>".to_owned()]]
        );
        assert!(paragraphs("  \n<br>\n ").is_empty());
    }

    #[test]
    fn words_split_on_anything_but_letters_and_digits() {
        assert_eq!(
            words("Pot-hole, 30 cm (road)"),
            ["pot", "hole", "30", "cm", "road"]
        );
        assert_eq!(words("路灯 坏了"), ["路灯", "坏了"]);
    }
}
