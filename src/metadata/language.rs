//! A cheap language guess from the text, for pages that declare none: the share of each
//! language's most common words among the first words of the text.

/// The most frequent short words of each language, by ISO 639-1 code.
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "in", "that", "it", "for", "with", "was", "are",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "ein", "eine", "mit", "den", "auf", "sich",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "que", "dans", "pour", "pas", "du",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "que", "y", "en", "del", "es", "por", "una", "con",
        ],
    ),
    (
        "it",
        &[
            "il", "che", "di", "della", "è", "per", "non", "una", "sono", "gli", "nel", "con",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "van", "en", "is", "niet", "dat", "op", "zijn", "voor", "met",
        ],
    ),
    (
        "pt",
        &[
            "o", "que", "não", "uma", "os", "do", "da", "em", "para", "com", "é", "as",
        ],
    ),
];

/// Words read from the start of the text.
const SAMPLE_WORDS: usize = 400;

/// Characters of text worth collecting for [`guess`].
pub(crate) const SAMPLE_CHARS: usize = 4000;

/// A language needs this share of the sample's words among its stopwords to be named.
const MIN_SHARE: f64 = 0.08;

/// The language whose common words the text uses most, if one clearly does.
pub(crate) fn guess(text: &str) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(SAMPLE_WORDS)
        .map(str::to_lowercase)
        .collect();
    if words.len() < 20 {
        return None;
    }
    let (code, hits) = STOPWORDS
        .iter()
        .map(|(code, list)| {
            let hits = words.iter().filter(|w| list.contains(&w.as_str())).count();
            (*code, hits)
        })
        .max_by_key(|&(_, hits)| hits)?;
    (hits as f64 / words.len() as f64 >= MIN_SHARE).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::guess;

    #[test]
    fn common_words_name_the_language() {
        let en = "The council met on Tuesday to discuss the budget, and it was clear that the \
                  roads and the schools are in need of money for the coming year in the town.";
        let de = "Der Rat hat am Dienstag über den Haushalt beraten, und es ist klar, dass die \
                  Straßen und die Schulen das Geld für das kommende Jahr nicht haben werden.";
        let fr = "Le conseil s'est réuni mardi pour débattre du budget, et il est clair que les \
                  routes et les écoles ont besoin de crédits pour la prochaine année dans la ville.";
        let es = "El consejo se reunió el martes para debatir el presupuesto, y es claro que las \
                  carreteras y las escuelas necesitan dinero para el año que viene en la ciudad.";
        assert_eq!(guess(en), Some("en"));
        assert_eq!(guess(de), Some("de"));
        assert_eq!(guess(fr), Some("fr"));
        assert_eq!(guess(es), Some("es"));
        // Near miss: too little text, or no common words, names no language.
        assert_eq!(guess("The council met."), None);
        let ja = "市議会は火曜日の夜に新しい予算について話し合った ".repeat(30);
        assert_eq!(guess(&ja), None);
    }
}
