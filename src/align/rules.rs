//! The alignment rules (`rules/entities.toml`, `rules/events.toml`) as part of the rule pack.

use serde::Deserialize;

use super::entities::{EntityDef, Gazetteer};
use super::events::{EventDef, EventRules};
use crate::rules::RuleError;

/// The gazetteer and event types, compiled once per run.
#[derive(Debug, Clone, Default)]
pub struct AlignRules {
    pub gazetteer: Gazetteer,
    pub events: EventRules,
}

/// The alignment sections of one rule file; other sections belong to other stages.
#[derive(Debug, Default, Deserialize)]
struct AlignFile {
    #[serde(default)]
    entities: Vec<EntityDef>,
    #[serde(default)]
    events: Vec<EventDef>,
}

/// Entity and event definitions gathered from rule files, in order.
#[derive(Debug, Default)]
pub struct AlignDefs {
    entities: Vec<EntityDef>,
    events: Vec<EventDef>,
}

impl AlignDefs {
    /// Reads the `[[entities]]` and `[[events]]` of one rule file. Errors name the file,
    /// line and column, like every other rule error.
    pub fn add_file(&mut self, origin: &str, src: &str) -> Result<(), RuleError> {
        let file: AlignFile =
            toml::from_str(src).map_err(|e| RuleError::from_toml(origin, src, &e))?;
        for ev in &file.events {
            if ev.triggers.iter().all(|t| t.trim().is_empty()) {
                let at = src.find(&format!("\"{}\"", ev.kind)).unwrap_or(0);
                return Err(RuleError::at(
                    origin,
                    src,
                    at,
                    format!("event type `{}` has no triggers", ev.kind),
                ));
            }
        }
        self.entities.extend(file.entities);
        self.events.extend(file.events);
        Ok(())
    }

    /// Compiles the definitions; `titles` are the pack's title words.
    pub fn build(self, titles: impl IntoIterator<Item = String>) -> AlignRules {
        AlignRules {
            gazetteer: Gazetteer::new(self.entities, titles),
            events: EventRules::new(self.events),
        }
    }
}
