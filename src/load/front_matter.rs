//! Optional front matter at the top of an article: TOML between `+++` lines or flat YAML
//! between `---` lines.
//!
//! Markdown tools put metadata there, so users can keep it with the text instead of in a
//! manifest. Only the keys crosscheck uses are read; everything else (author, tags, …) is
//! ignored rather than rejected, because the file was usually written for another tool.

use serde::Deserialize;
use toml::Spanned;

use crate::article::PartialDate;

/// Metadata found in front matter, and where the article body begins.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    /// Byte offset just after the closing fence line.
    pub body_start: usize,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
}

/// A front-matter problem at a byte offset of the article text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct FrontMatterError {
    pub offset: usize,
    pub message: String,
}

fn err(offset: usize, message: impl Into<String>) -> FrontMatterError {
    FrontMatterError {
        offset,
        message: message.into(),
    }
}

/// The message for a date we cannot use; shared with the manifest.
pub(crate) fn bad_date_message(raw: &str) -> String {
    format!("invalid date `{raw}`: expected YYYY, YYYY-MM or YYYY-MM-DD")
}

/// Reads a date from a TOML value: a string, a TOML date/datetime, or a bare year.
pub(crate) fn date_from_toml(value: &toml::Value) -> Result<PartialDate, String> {
    match value {
        toml::Value::String(s) => PartialDate::parse_iso(s).ok_or_else(|| bad_date_message(s)),
        toml::Value::Datetime(dt) => dt
            .date
            .and_then(|d| PartialDate::parse_iso(&d.to_string()))
            .ok_or_else(|| bad_date_message(&dt.to_string())),
        toml::Value::Integer(y) => i16::try_from(*y)
            .ok()
            .filter(|y| (1..=9999).contains(y))
            .map(PartialDate::Year)
            .ok_or_else(|| bad_date_message(&y.to_string())),
        other => Err(format!(
            "invalid date: expected a string such as \"2022-10\", found {}",
            other.type_str()
        )),
    }
}

/// Finds and parses front matter; `Ok(None)` when the text has none.
pub(crate) fn parse(text: &str) -> Result<Option<FrontMatter>, FrontMatterError> {
    let Some((fence, inner_start)) = opening_fence(text) else {
        return Ok(None);
    };
    let Some((inner_end, body_start)) = closing_fence(text, inner_start, fence) else {
        return Err(err(
            0,
            format!("front matter opened with `{fence}` is never closed"),
        ));
    };
    let inner = &text[inner_start..inner_end];
    let mut fm = if fence == "+++" {
        parse_toml(inner, inner_start)?
    } else {
        parse_yaml(inner, inner_start)?
    };
    fm.body_start = body_start;
    Ok(Some(fm))
}

fn opening_fence(text: &str) -> Option<(&'static str, usize)> {
    let first_end = memchr::memchr(b'\n', text.as_bytes()).map_or(text.len(), |i| i + 1);
    let first = text[..first_end].trim_end();
    ["+++", "---"]
        .into_iter()
        .find(|f| first == *f)
        .map(|f| (f, first_end))
}

/// Returns (end of the front matter content, start of the body).
fn closing_fence(text: &str, from: usize, fence: &str) -> Option<(usize, usize)> {
    let mut pos = from;
    for line in crate::text::lines_inclusive(&text[from..]) {
        let next = pos + line.len();
        let trimmed = line.trim_end();
        if trimmed == fence || (fence == "---" && trimmed == "...") {
            return Some((pos, next));
        }
        pos = next;
    }
    None
}

#[derive(Deserialize)]
struct TomlFront {
    title: Option<Spanned<String>>,
    outlet: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    published: Option<Spanned<toml::Value>>,
    date: Option<Spanned<toml::Value>>,
}

fn parse_toml(src: &str, base: usize) -> Result<FrontMatter, FrontMatterError> {
    match parse_simple_toml(src, base) {
        Some(front) => front,
        None => parse_toml_fully(src, base),
    }
}

/// The fields read from front matter that is read line by line (flat YAML, plain TOML),
/// each value with the offset it starts at, for an error about its date.
#[derive(Default)]
struct Fields {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<(String, usize)>,
    date: Option<(String, usize)>,
}

impl Fields {
    /// The field named `key`, if it is one crosscheck reads.
    fn slot(&mut self, key: &str) -> Option<Slot<'_>> {
        Some(match key {
            "title" => Slot::Text(&mut self.title),
            "outlet" => Slot::Text(&mut self.outlet),
            "url" => Slot::Text(&mut self.url),
            "published" => Slot::Date(&mut self.published),
            "date" => Slot::Date(&mut self.date),
            _ => return None,
        })
    }

    /// The front matter: `published`, or else its alias `date`, read as a date.
    fn finish(self) -> Result<FrontMatter, FrontMatterError> {
        let published = match self.published.or(self.date) {
            Some((value, offset)) => Some(
                PartialDate::parse_iso(&value)
                    .ok_or_else(|| err(offset, bad_date_message(&value)))?,
            ),
            None => None,
        };
        Ok(FrontMatter {
            body_start: 0,
            title: self.title,
            outlet: self.outlet,
            url: self.url,
            published,
        })
    }
}

/// Where a field's value goes.
enum Slot<'f> {
    Text(&'f mut Option<String>),
    Date(&'f mut Option<(String, usize)>),
}

impl Slot<'_> {
    fn set(self, value: String, offset: usize) {
        match self {
            Slot::Text(slot) => *slot = Some(value),
            Slot::Date(slot) => *slot = Some((value, offset)),
        }
    }
}

/// TOML front matter of the usual plain form, read without the TOML parser (which costs
/// more than all the rest of loading a short article): every line blank or
/// `key = "text"`, with a bare key given once and a string without escapes or control
/// characters. `None` for anything else, which the parser reads; where this reads the
/// text, the result is the parser's.
fn parse_simple_toml(src: &str, base: usize) -> Option<Result<FrontMatter, FrontMatterError>> {
    const SPACE: [char; 2] = [' ', '\t'];
    let mut keys: Vec<&str> = Vec::new();
    let mut fields = Fields::default();
    let mut line_start = 0;
    // Lines and the `=` found by memchr: the standard library's search for a character
    // cost more than the rest of reading these few short lines.
    for raw_line in crate::text::lines_inclusive(src) {
        let line = raw_line.strip_suffix('\n').unwrap_or(raw_line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let start = line_start;
        line_start += raw_line.len();
        let lead = line.len() - line.trim_start_matches(SPACE).len();
        let trimmed = line[lead..].trim_end_matches(SPACE);
        if trimmed.is_empty() {
            continue;
        }
        let eq = memchr::memchr(b'=', trimmed.as_bytes())?;
        let (key, rest) = (&trimmed[..eq], &trimmed[eq + 1..]);
        let key = key.trim_end_matches(SPACE);
        let bare = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
        if key.is_empty() || !key.bytes().all(bare) || keys.contains(&key) {
            return None;
        }
        keys.push(key);
        let value = rest.trim_start_matches(SPACE);
        let text = value.strip_prefix('"')?.strip_suffix('"')?;
        if text
            .chars()
            .any(|c| c == '"' || c == '\\' || (c.is_control() && c != '\t'))
        {
            return None;
        }
        if let Some(slot) = fields.slot(key) {
            // The offset of the opening quote.
            slot.set(
                text.to_string(),
                base + start + lead + (trimmed.len() - value.len()),
            );
        }
    }
    Some(fields.finish())
}

/// Any TOML front matter, through the TOML parser.
fn parse_toml_fully(src: &str, base: usize) -> Result<FrontMatter, FrontMatterError> {
    let raw: TomlFront = toml::from_str(src).map_err(|e| {
        err(
            base + e.span().map_or(0, |s| s.start),
            format!("malformed TOML front matter: {}", e.message().trim_end()),
        )
    })?;
    let published = match raw.published.or(raw.date) {
        Some(v) => Some(date_from_toml(v.get_ref()).map_err(|m| err(base + v.span().start, m))?),
        None => None,
    };
    Ok(FrontMatter {
        body_start: 0,
        title: raw.title.map(Spanned::into_inner),
        outlet: raw.outlet.map(Spanned::into_inner),
        url: raw.url.map(Spanned::into_inner),
        published,
    })
}

/// Flat YAML: `key: value` lines with plain, single- or double-quoted scalars. Nested
/// values (indented lines, list items) belong to keys we ignore and are skipped.
fn parse_yaml(src: &str, base: usize) -> Result<FrontMatter, FrontMatterError> {
    let mut fields = Fields::default();
    let mut pos = base;
    for raw_line in src.split_inclusive('\n') {
        let line_start = pos;
        pos += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty()
            || trimmed.starts_with('#')
            || line.starts_with([' ', '\t'])
            || trimmed.starts_with("- ")
            || trimmed == "-"
        {
            continue;
        }
        let Some(colon) = find_key_colon(line) else {
            return Err(err(
                line_start,
                "malformed YAML front matter: expected `key: value`",
            ));
        };
        let key = unquote_key(line[..colon].trim());
        let value_rel =
            colon + 1 + (line[colon + 1..].len() - line[colon + 1..].trim_start().len());
        let value_offset = line_start + value_rel;
        let slot = fields.slot(&key);
        let value = match yaml_scalar(&line[value_rel..], value_offset)? {
            Yaml::Scalar(v) => v,
            Yaml::Null => continue,
            Yaml::Nested if slot.is_some() => {
                return Err(err(
                    value_offset,
                    format!("`{key}` must be a single value on one line"),
                ))
            }
            Yaml::Nested => continue,
        };
        if let Some(slot) = slot {
            slot.set(value, value_offset);
        }
    }
    fields.finish()
}

/// The colon ending the key: followed by a space or the end of the line, outside quotes.
fn find_key_colon(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') if i == 0 => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b':') if matches!(bytes.get(i + 1), None | Some(b' ' | b'\t')) => {
                return Some(i)
            }
            _ => {}
        }
    }
    None
}

fn unquote_key(key: &str) -> String {
    let k = key.trim();
    for q in ['"', '\''] {
        if k.len() >= 2 && k.starts_with(q) && k.ends_with(q) {
            return k[1..k.len() - 1].to_string();
        }
    }
    k.to_string()
}

enum Yaml {
    Scalar(String),
    /// Empty, `~` or `null`.
    Null,
    /// A flow collection, block scalar, anchor or tag: fine for keys we ignore.
    Nested,
}

fn yaml_scalar(value: &str, offset: usize) -> Result<Yaml, FrontMatterError> {
    let value = value.trim_end();
    if let Some(rest) = value.strip_prefix('"') {
        let (s, after) = double_quoted(rest).ok_or_else(|| err(offset, "unterminated string"))?;
        check_trailing(after, offset)?;
        return Ok(Yaml::Scalar(s));
    }
    if let Some(rest) = value.strip_prefix('\'') {
        let (s, after) = single_quoted(rest).ok_or_else(|| err(offset, "unterminated string"))?;
        check_trailing(after, offset)?;
        return Ok(Yaml::Scalar(s));
    }
    if value.is_empty() {
        return Ok(Yaml::Null);
    }
    if value.starts_with(['[', '{', '|', '>', '&', '*', '!']) {
        return Ok(Yaml::Nested);
    }
    let plain = match value.find(" #") {
        Some(i) => value[..i].trim_end(),
        None => value,
    };
    if matches!(plain, "~" | "null" | "Null" | "NULL") {
        return Ok(Yaml::Null);
    }
    Ok(Yaml::Scalar(plain.to_string()))
}

fn check_trailing(after: &str, offset: usize) -> Result<(), FrontMatterError> {
    let after = after.trim();
    if after.is_empty() || after.starts_with('#') {
        Ok(())
    } else {
        Err(err(offset, "unexpected text after the quoted value"))
    }
}

fn double_quoted(s: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 1..])),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    '0' => out.push('\0'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).map(|(_, c)| c).collect();
                        let c = u32::from_str_radix(&hex, 16)
                            .ok()
                            .and_then(char::from_u32)?;
                        out.push(c);
                    }
                    other => out.push(other),
                }
            }
            c => out.push(c),
        }
    }
    None
}

fn single_quoted(s: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\'' {
            if chars.peek().is_some_and(|&(_, n)| n == '\'') {
                chars.next();
                out.push('\'');
            } else {
                return Some((out, &s[i + 1..]));
            }
        } else {
            out.push(c);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::line_col;

    #[test]
    fn no_front_matter() {
        assert_eq!(parse("Just a story.\n---\n"), Ok(None));
        assert_eq!(parse(""), Ok(None));
    }

    #[test]
    fn toml_front_matter() {
        let text = "+++\ntitle = \"Port reopens\"\noutlet = 'Harbour Gazette'\nauthor = \"J. Doe\"\ntags = [\"a\", \"b\"]\npublished = \"2021-03\"\n[extra]\nx = 1\n+++\nBody.\n";
        let fm = parse(text).unwrap().unwrap();
        assert_eq!(fm.title.as_deref(), Some("Port reopens"));
        assert_eq!(fm.outlet.as_deref(), Some("Harbour Gazette"));
        assert_eq!(fm.published, Some(PartialDate::Month(2021, 3)));
        assert_eq!(&text[fm.body_start..], "Body.\n");
    }

    #[test]
    fn plain_toml_is_read_as_the_parser_reads_it() {
        let plain = [
            "",
            "\n\n",
            "title = \"Port reopens\"\noutlet = \"Harbour Gazette\"\npublished = \"2021-01-30\"\n",
            "  title\t=  \"Grüße — “quoted” 日本\"\t \r\nurl=\"https://example.org/a?b=c#frag\"\r\n",
            "title = \"\"\nauthor-name = \"J. Doe\"\nx_1 = \"tab\there\"\n",
            "date = \"2020\"\npublished = \"2021-03\"\n",
            "date = \"2020-02\"\n",
            "published = \"2022-13-01\"\n",
            "title = \"T\"\n  published   =   \"last Tuesday\"\n",
        ];
        for src in plain {
            let simple = parse_simple_toml(src, 4).expect("read without the parser");
            assert_eq!(simple, parse_toml_fully(src, 4), "{src:?}");
        }
        let other = [
            "title = 'single'\n",
            "title = \"esc\\\"aped\"\n",
            "title = \"a\" # comment\n",
            "# comment\ntitle = \"a\"\n",
            "title = \"a\"\ntitle = \"b\"\n",
            "\"title\" = \"a\"\n",
            "a.b = \"a\"\n",
            "published = 2022-11-01\n",
            "title = \"bell\u{7}\"\n",
            "title = \"a\"\n[extra]\nx = \"1\"\n",
            "title = \"\"\"multi\"\"\"\n",
            "url = \n",
        ];
        for src in other {
            assert_eq!(parse_simple_toml(src, 4), None, "{src:?}");
        }
    }

    #[test]
    fn toml_native_dates_and_alias() {
        let fm = parse("+++\ndate = 2022-11-01\n+++\nx").unwrap().unwrap();
        assert_eq!(fm.published, Some(PartialDate::Day(2022, 11, 1)));
        let fm = parse("+++\npublished = 2022-11-01T15:20:00+04:00\n+++\nx")
            .unwrap()
            .unwrap();
        assert_eq!(fm.published, Some(PartialDate::Day(2022, 11, 1)));
        let fm = parse("+++\npublished = 2022\n+++\nx").unwrap().unwrap();
        assert_eq!(fm.published, Some(PartialDate::Year(2022)));
        // `published` wins over its alias.
        let fm = parse("+++\ndate = \"2020\"\npublished = \"2021\"\n+++\nx")
            .unwrap()
            .unwrap();
        assert_eq!(fm.published, Some(PartialDate::Year(2021)));
    }

    #[test]
    fn toml_invalid_date_is_located() {
        let text = "+++\ntitle = \"T\"\npublished = \"2022-13-01\"\n+++\nBody";
        let e = parse(text).unwrap_err();
        assert_eq!(line_col(text, e.offset), (3, 13));
        assert!(
            e.message.contains("invalid date `2022-13-01`"),
            "{}",
            e.message
        );
        let text = "+++\npublished = 10:30:00\n+++\nBody";
        let e = parse(text).unwrap_err();
        assert_eq!(line_col(text, e.offset), (2, 13));
    }

    #[test]
    fn malformed_toml_is_located() {
        let text = "+++\ntitle = \"T\"\nurl = \n+++\nBody";
        let e = parse(text).unwrap_err();
        assert_eq!(line_col(text, e.offset).0, 3);
        assert!(
            e.message.starts_with("malformed TOML front matter"),
            "{}",
            e.message
        );
        let text = "+++\ntitle = 5\n+++\nBody";
        let e = parse(text).unwrap_err();
        assert_eq!(line_col(text, e.offset), (2, 9));
    }

    #[test]
    fn yaml_front_matter() {
        let text = "---\r\ntitle: \"Talks resume: day two\"\r\noutlet: Harbour Gazette # print edition\r\nurl: https://example.org/a?b=c#frag\r\nauthor: 'O''Brien'\r\ntags:\r\n  - ports\r\n  - labour\r\ndate: 2021-03-12\r\n---\r\nBody.";
        let fm = parse(text).unwrap().unwrap();
        assert_eq!(fm.title.as_deref(), Some("Talks resume: day two"));
        assert_eq!(fm.outlet.as_deref(), Some("Harbour Gazette"));
        assert_eq!(fm.url.as_deref(), Some("https://example.org/a?b=c#frag"));
        assert_eq!(fm.published, Some(PartialDate::Day(2021, 3, 12)));
        assert_eq!(&text[fm.body_start..], "Body.");
    }

    #[test]
    fn yaml_quoted_values_and_nulls() {
        let fm = parse("---\ntitle: 'It''s here'\noutlet: \"A \\\"B\\\" \\u00e9\"\nurl: ~\npublished: '2020'\n---\n")
            .unwrap()
            .unwrap();
        assert_eq!(fm.title.as_deref(), Some("It's here"));
        assert_eq!(fm.outlet.as_deref(), Some("A \"B\" é"));
        assert_eq!(fm.url, None);
        assert_eq!(fm.published, Some(PartialDate::Year(2020)));
    }

    #[test]
    fn yaml_invalid_date_is_located() {
        let text = "---\ntitle: T\npublished:   last Tuesday\n---\nBody";
        let e = parse(text).unwrap_err();
        assert_eq!(line_col(text, e.offset), (3, 14));
        assert!(e.message.contains("invalid date `last Tuesday`"));
    }

    #[test]
    fn yaml_malformed_lines() {
        let text = "---\ntitle: T\njust some words\n---\nBody";
        let e = parse(text).unwrap_err();
        assert_eq!(line_col(text, e.offset), (3, 1));
        let text = "---\ntitle: \"open\n---\nBody";
        let e = parse(text).unwrap_err();
        assert_eq!(line_col(text, e.offset), (2, 8));
        assert_eq!(e.message, "unterminated string");
        let text = "---\ntags: [a, b]\ntitle: [a, b]\n---\nBody";
        let e = parse(text).unwrap_err();
        assert_eq!(line_col(text, e.offset), (3, 8));
        assert_eq!(e.message, "`title` must be a single value on one line");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = parse("---\ntitle: T\nBody").unwrap_err();
        assert_eq!(e.offset, 0);
        assert!(e.message.contains("never closed"));
    }
}
