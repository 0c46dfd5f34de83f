//! W3C-DTF dates as the spec asks for, parsed leniently as servers send them
//! (`2012-05-22 23:57:23.97`, `.000Z`, no zone, a bare date), always sent strictly
//! (`YYYY-MM-DDTHH:MM:SSZ`, which even servers that reject fractions accept).

use std::fmt;

/// An instant, with the offset the server wrote (if any) for showing it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    /// Seconds since 1970-01-01T00:00:00Z. A date without a zone is taken as UTC.
    pub unix_seconds: i64,
    /// The offset written in the text, in minutes east of UTC; `None` when none was written.
    pub offset_minutes: Option<i32>,
}

impl DateTime {
    /// An instant from seconds since the Unix epoch, in UTC.
    pub fn from_unix(unix_seconds: i64) -> DateTime {
        DateTime {
            unix_seconds,
            offset_minutes: Some(0),
        }
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM`, `:SS`, a fraction
    /// and a zone (`Z`, `±HH:MM`, `±HHMM`, `±HH`). Surrounding white space is ignored.
    pub fn parse(text: &str) -> Option<DateTime> {
        let s = text.trim();
        let b = s.as_bytes();
        let num = |from: usize, len: usize| -> Option<i64> {
            let part = b.get(from..from + len)?;
            if !part.iter().all(u8::is_ascii_digit) {
                return None;
            }
            std::str::from_utf8(part).ok()?.parse().ok()
        };
        let year = num(0, 4)?;
        if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let month = num(5, 2)?;
        let day = num(8, 2)?;
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        let (mut hour, mut minute, mut second) = (0, 0, 0);
        let mut i = 10;
        let mut offset_minutes = None;
        if matches!(b.get(i), Some(b'T' | b't' | b' ')) {
            i += 1;
            hour = num(i, 2)?;
            if b.get(i + 2) != Some(&b':') {
                return None;
            }
            minute = num(i + 3, 2)?;
            i += 5;
            if b.get(i) == Some(&b':') {
                second = num(i + 1, 2)?;
                i += 3;
                if matches!(b.get(i), Some(b'.' | b',')) {
                    i += 1;
                    while b.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
            }
            if hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute, second) != (0, 0))
            {
                return None;
            }
            let rest = s[i..].trim_start();
            offset_minutes = parse_offset(rest)?;
        } else if i != b.len() {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let local = days * 86_400 + hour * 3600 + minute * 60 + second.min(59);
        let unix_seconds = local - i64::from(offset_minutes.unwrap_or(0)) * 60;
        Some(DateTime {
            unix_seconds,
            offset_minutes,
        })
    }

    /// The instant as the spec writes it for requests: `YYYY-MM-DDTHH:MM:SSZ`.
    pub fn to_w3c_utc(&self) -> String {
        let days = self.unix_seconds.div_euclid(86_400);
        let secs = self.unix_seconds.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_w3c_utc())
    }
}

/// `Ok(None)` for no zone, `Ok(Some(minutes))` for a zone, `None` for anything else.
fn parse_offset(rest: &str) -> Option<Option<i32>> {
    match rest {
        "" => Some(None),
        "Z" | "z" | "UTC" | "GMT" => Some(Some(0)),
        _ => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let digits: String = rest[1..].chars().filter(|c| *c != ':').collect();
            if !digits.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let (h, m) = match digits.len() {
                2 => (digits.parse::<i32>().ok()?, 0),
                4 => (
                    digits[..2].parse::<i32>().ok()?,
                    digits[2..].parse::<i32>().ok()?,
                ),
                _ => return None,
            };
            if h > 14 || m > 59 {
                return None;
            }
            Some(Some(sign * (h * 60 + m)))
        }
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil calendar algorithms: exact for the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

#[cfg(test)]
mod tests {
    use super::DateTime;

    fn utc(text: &str) -> String {
        DateTime::parse(text)
            .map(|d| d.to_w3c_utc())
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn spec_forms() {
        assert_eq!(utc("2010-01-01T00:00:00Z"), "2010-01-01T00:00:00Z");
        assert_eq!(utc("2010-04-14T06:37:38-08:00"), "2010-04-14T14:37:38Z");
        assert_eq!(utc("2010-04-14T06:37:38+0530"), "2010-04-14T01:07:38Z");
        assert_eq!(
            DateTime::parse("2010-04-14T06:37:38-08:00")
                .unwrap()
                .offset_minutes,
            Some(-480)
        );
    }

    #[test]
    fn real_server_forms() {
        assert_eq!(utc("2012-05-22 23:57:23.97"), "2012-05-22T23:57:23Z"); // SF: no zone
        assert_eq!(
            DateTime::parse("2012-05-22 23:57:23.97")
                .unwrap()
                .offset_minutes,
            None
        );
        assert_eq!(utc("2018-09-06T19:51:48.000Z"), "2018-09-06T19:51:48Z"); // Boston
        assert_eq!(utc(" 2014-03-01T10:00 "), "2014-03-01T10:00:00Z");
        assert_eq!(utc("2014-03-01"), "2014-03-01T00:00:00Z");
    }

    #[test]
    fn nonsense_is_none() {
        for bad in [
            "",
            "yesterday",
            "2014-13-01",
            "2014-02-30",
            "2014-02-01T25:00",
            "2014-02-01T10:00 PST",
            "2014-02-01T10:00:00+99:00",
            "١٢٣٤-٠١-٠١",
        ] {
            assert_eq!(DateTime::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn leap_days_and_epoch() {
        assert_eq!(utc("2024-02-29T12:00:00Z"), "2024-02-29T12:00:00Z");
        assert_eq!(
            DateTime::parse("1970-01-01T00:00:00Z")
                .unwrap()
                .unix_seconds,
            0
        );
        assert_eq!(DateTime::from_unix(-1).to_w3c_utc(), "1969-12-31T23:59:59Z");
        assert_eq!(DateTime::parse("1900-02-29"), None);
        assert!(DateTime::parse("2000-02-29").is_some());
    }
}
