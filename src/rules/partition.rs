//! A user rule file may extend every stage at once. Each top-level section belongs to one
//! stage; this splits a file into per-stage views that keep line numbers (other stages'
//! lines are blanked), so each stage parses its own part and reports exact positions.

use super::RuleError;

/// Which stage reads a top-level section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Extractor,
    Facts,
    Furniture,
    Comparer,
}

const SECTIONS: &[(&str, Owner)] = &[
    ("cues", Owner::Extractor),
    ("phrases", Owner::Extractor),
    ("irregular", Owner::Extractor),
    ("sources", Owner::Extractor),
    ("titles", Owner::Extractor),
    ("names", Owner::Extractor),
    ("hedges", Owner::Extractor),
    ("abbreviations", Owner::Extractor),
    ("numbers", Owner::Facts),
    ("qualifiers", Owner::Facts),
    ("grammar", Owner::Facts),
    ("roles", Owner::Facts),
    ("measures", Owner::Facts),
    ("retag", Owner::Facts),
    ("money", Owner::Facts),
    ("dates", Owner::Facts),
    ("times", Owner::Facts),
    ("furniture", Owner::Furniture),
    ("entities", Owner::Comparer),
    ("events", Owner::Comparer),
];

/// The owner of a top-level section name, if it is known.
pub fn owner_of(section: &str) -> Option<Owner> {
    SECTIONS
        .iter()
        .find(|(n, _)| *n == section)
        .map(|&(_, o)| o)
}

/// The file with every line not owned by `owner` blanked. Errors for unknown sections.
pub fn view(origin: &str, src: &str, owner: Owner) -> Result<String, RuleError> {
    let mut out = String::with_capacity(src.len());
    let mut current: Option<Owner> = None;
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(header) = table_header(trimmed) {
            current = Some(known(
                origin,
                src,
                offset + (line.len() - trimmed.len()),
                header,
            )?);
        } else if current.is_none() && !trimmed.is_empty() && !trimmed.starts_with('#') {
            // A top-level key: `cues = …` or `nav_words = …`.
            let key = trimmed
                .split(['=', ' ', '\t', '.'])
                .next()
                .unwrap_or("")
                .trim_matches('"');
            if !key.is_empty()
                && !trimmed.starts_with(['"', '\'', ']', '}', ','])
                && trimmed.contains('=')
            {
                let o = known(origin, src, offset + (line.len() - trimmed.len()), key)?;
                if o != owner {
                    blank(&mut out, line);
                    offset += line.len();
                    continue;
                }
            }
        }
        if current.is_some_and(|c| c != owner) {
            blank(&mut out, line);
        } else {
            out.push_str(line);
        }
        offset += line.len();
    }
    Ok(out)
}

fn known(origin: &str, src: &str, offset: usize, name: &str) -> Result<Owner, RuleError> {
    owner_of(name).ok_or_else(|| {
        let names: Vec<&str> = SECTIONS.iter().map(|(n, _)| *n).collect();
        let hint = names
            .iter()
            .map(|n| (strsim::jaro_winkler(name, n), n))
            .filter(|(s, _)| *s > 0.75)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, n)| format!("; did you mean `{n}`?"))
            .unwrap_or_default();
        RuleError::at(
            origin,
            src,
            offset,
            format!("unknown rule section `{name}`{hint}"),
        )
    })
}

fn blank(out: &mut String, line: &str) {
    if line.ends_with('\n') {
        out.push('\n');
    }
}

/// `[name]`, `[name.sub]`, `[[name]]` → `name`.
fn table_header(line: &str) -> Option<&str> {
    let inner = line.strip_prefix('[')?;
    let inner = inner.strip_prefix('[').unwrap_or(inner);
    let end = inner.find(']')?;
    let name = inner[..end].trim();
    let name = name.split('.').next()?.trim().trim_matches('"');
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_by_owner_and_keeps_lines() {
        let src = "[[cues]]\nverbs = [\"x\"]\n\n[[roles]]\nname = \"hurt\"\n";
        let ex = view("f", src, Owner::Extractor).unwrap();
        assert_eq!(ex, "[[cues]]\nverbs = [\"x\"]\n\n\n\n");
        let facts = view("f", src, Owner::Facts).unwrap();
        assert_eq!(facts, "\n\n\n[[roles]]\nname = \"hurt\"\n");
    }

    #[test]
    fn unknown_section_is_an_error_with_a_suggestion() {
        let err = view("f.toml", "# c\n[cue]\n", Owner::Extractor).unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert!(
            err.message.contains("did you mean `cues`"),
            "{}",
            err.message
        );
    }
}
