//! Aligned events side by side: for each event reported by two or more articles, a table
//! with a row per quantity (killed, injured, date, duration, …) and a column per article
//! (named by outlet when known), each cell holding the values and who gave them; then the
//! quotations of one statement with their word diffs.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::new_table;

use crate::align::events::format_days;
use crate::align::quotes::{diff, Drift};
use crate::align::Alignment;
use crate::check::event_facts;
use crate::facts::FactValue;

/// Writes the comparison; `width` is the terminal width, if known.
pub fn write_events(out: &mut dyn Write, al: &Alignment, width: Option<u16>) -> io::Result<()> {
    let facts = event_facts(al);
    let mut shown = 0;
    for (e, ev) in al.events.iter().enumerate() {
        if ev.articles.len() < 2 {
            continue;
        }
        shown += 1;
        writeln!(out, "{}", ev.label)?;
        // row → article → cell lines
        let mut rows: BTreeMap<(u8, String), BTreeMap<usize, Vec<String>>> = BTreeMap::new();
        for &(d, m) in &ev.members {
            for &f in &al.docs[d].mentions[m].date_facts {
                if let FactValue::Date(v) = &al.docs[d].facts[f].fact.value {
                    let cell = format!(
                        "{} \u{201c}{}\u{201d}",
                        format_days((v.earliest, v.latest)),
                        v.text
                    );
                    push(&mut rows, (0, "date".into()), d, cell);
                }
            }
        }
        for &(d, f) in &facts[e] {
            let doc = &al.docs[d];
            let fact = &doc.facts[f];
            let (row, value) = match &fact.fact.value {
                FactValue::Count { role, n, .. } => ((1, role.to_string()), n.to_string()),
                FactValue::Measure {
                    quantity,
                    value,
                    unit,
                } => (
                    (2, quantity.to_string()),
                    crate::check::measure_value(quantity, value, unit),
                ),
                FactValue::Time(t) => (
                    (3, "time".to_string()),
                    format!(
                        "{:02}:{:02}{}",
                        t.minutes_of_day / 60,
                        t.minutes_of_day % 60,
                        t.zone.as_ref().map_or(String::new(), |z| format!(" {z}"))
                    ),
                ),
                FactValue::Date(_) => continue,
            };
            let mut cell = format!(
                "{value} \u{201c}{}\u{201d}",
                al.articles[d].text.of(fact.fact.span)
            );
            if let Some(s) = doc.claim_of(fact).and_then(|c| c.source.as_ref()) {
                cell.push_str(&format!(" ({})", s.canonical));
            }
            push(&mut rows, row, d, cell);
        }
        let mut table = new_table(width);
        let mut header = vec!["".to_string()];
        header.extend(ev.articles.iter().map(|&d| {
            let a = &al.articles[d];
            a.meta.outlet.clone().unwrap_or_else(|| a.id.clone())
        }));
        table.set_header(header);
        for ((_, name), cells) in &rows {
            let mut row = vec![name.clone()];
            for d in &ev.articles {
                row.push(
                    cells
                        .get(d)
                        .map_or_else(|| "—".to_string(), |c| c.join("\n")),
                );
            }
            table.add_row(row);
        }
        if rows.is_empty() {
            writeln!(out, "  (no figures to compare)")?;
        } else {
            writeln!(out, "{table}")?;
        }
        writeln!(out)?;
    }
    let groups: Vec<_> = al.quotes.iter().filter(|g| g.same_speaker).collect();
    if !groups.is_empty() {
        writeln!(out, "Quotations")?;
    }
    for g in groups {
        let r = &g.units[0];
        let rtext = &al.articles[r.article].text;
        let who = al.docs[r.article].claims[r.claim]
            .source
            .as_ref()
            .map_or_else(String::new, |s| s.canonical.clone());
        writeln!(
            out,
            "{who}: \u{201c}{}\u{201d} ({})",
            one_line(r.text(rtext)),
            al.articles[r.article].id
        )?;
        for u in &g.units[1..] {
            let text = &al.articles[u.article].text;
            let d = diff(r, rtext, u, text);
            let verdict = match d.drift {
                Drift::Same => "same words".to_string(),
                Drift::Cosmetic => format!("case or punctuation: {}", d.diff),
                Drift::Words => format!("different words: {}", d.diff),
            };
            writeln!(out, "  {}: {verdict}", al.articles[u.article].id)?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{shown} event{} reported by two or more articles",
        if shown == 1 { "" } else { "s" }
    )
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn push(
    rows: &mut BTreeMap<(u8, String), BTreeMap<usize, Vec<String>>>,
    row: (u8, String),
    d: usize,
    cell: String,
) {
    let cells = rows.entry(row).or_default().entry(d).or_default();
    if !cells.contains(&cell) {
        cells.push(cell);
    }
}
