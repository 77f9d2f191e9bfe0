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
