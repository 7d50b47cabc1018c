//! Dates to ISO 8601.

/// Normalizes a machine-readable date ("2016-08-12T10:00:00+00:00", "2016/08/12") to
/// `YYYY-MM-DD`; `None` when it is not one or lies outside 1995..=2100.
pub(crate) fn normalize(raw: &str) -> Option<String> {
    let digits: Vec<u32> = raw
        .trim()
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [y, m, d] = digits.as_slice() else {
        return None;
    };
    let ok = (1995..=2100).contains(y) && (1..=12).contains(m) && (1..=31).contains(d);
    ok.then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn iso_and_slashed_dates_normalize() {
        assert_eq!(
            normalize("2016-08-12T10:00:00+00:00").as_deref(),
            Some("2016-08-12")
        );
        assert_eq!(normalize("2016/8/2").as_deref(), Some("2016-08-02"));
        assert_eq!(normalize("August 12"), None);
        assert_eq!(normalize("1970-01-01"), None);
    }
}
