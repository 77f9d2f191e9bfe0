//! The text layer: everything the extractor needs to read an article, with byte offsets into
//! the original text preserved throughout.
//!
//! Nothing here rewrites the article. Normalisation (curly quotes, dashes, non-breaking spaces,
//! NFC) is applied to small keys for matching, never to the text that spans point into.

mod calendar;
mod lines;
mod normalize;
mod quotes;
mod scan;
mod segment;
mod tokens;
mod word_set;

pub use calendar::is_calendar_word;
pub use lines::{lines_inclusive, LineCursor, LineIndex};
pub use normalize::{fold_char, lowercase, match_key, push_fold_lower, push_folded};
pub use quotes::{find_quotes, Quote};
pub use scan::{
    count_words, find_any, find_json_escape, find_non_ascii, is_ascii, is_plain_lowercase,
    split_spaces, AnyFinder,
};
pub use segment::{is_initial, paragraphs, sentences, trim_end, trim_start, Abbreviations};
pub use tokens::{tokenize, tokenize_into, tokenize_noting_attached_marks, Token, TokenKind};
pub use word_set::{FullSketch, ShortMap, Sketch, WordSet, SHORT_WORD, SKETCH_BITS};
