use std::fmt;

/// A rule file that could not be used, with the place of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub origin: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl RuleError {
    /// Builds an error from a TOML parse error, turning its byte span into line:column.
    pub fn from_toml(origin: &str, src: &str, err: &toml::de::Error) -> Self {
        let (line, column) = err.span().map(|s| line_col(src, s.start)).unwrap_or((1, 1));
        let mut message = err.message().trim().to_string();
        if let Some(suggestion) = suggest_field(&message) {
            message.push_str(&format!("; did you mean `{suggestion}`?"));
        }
        if let Some(key) = err
            .span()
            .and_then(|s| key_of_bad_value(src, s.start, &message))
        {
            message = format!("`{key}`: {message}");
        }
        RuleError {
            origin: origin.to_string(),
            line,
            column,
            message,
        }
    }

    pub fn at(origin: &str, src: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = line_col(src, offset);
        RuleError {
            origin: origin.to_string(),
            line,
            column,
            message: message.into(),
        }
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.origin, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for RuleError {}

fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The key whose value is wrong, for messages about a value ("invalid type: string, expected
/// a sequence") that toml points at without naming its key. The key is on the value's line,
/// or on an earlier one for an element of a multi-line array; a table header on the way
/// means there is none.
pub(crate) fn key_of_bad_value(src: &str, offset: usize, message: &str) -> Option<String> {
    const ABOUT_A_VALUE: &[&str] = &["invalid type", "invalid value", "invalid length"];
    if !ABOUT_A_VALUE.iter().any(|p| message.starts_with(p)) || message.contains("field `") {
        return None;
    }
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    for line in src[..offset].rsplit('\n') {
        let line = line.trim_start();
        if line.starts_with('[') {
            return None;
        }
        let Some((key, _)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim();
        let bare = |c: char| c.is_alphanumeric() || "_-.\"' ".contains(c);
        if !key.is_empty() && !key.starts_with('#') && key.chars().all(bare) {
            return Some(key.to_string());
        }
    }
    None
}

/// serde's "unknown field `x`, expected one of `a`, `b`" → the closest expected name.
fn suggest_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    expected
        .into_iter()
        .map(|e| (strsim::jaro_winkler(unknown, e), e))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, e)| e.to_string())
}
