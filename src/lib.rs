//! crosscheck: find attributed claims in news articles and flag where articles disagree.
//!
//! The library does no terminal I/O. The pipeline is
//! [`load`] → [`extract`] (claims) and [`facts`] → [`align`] → [`check`] → reporters in the
//! binary. Every span is a byte range into the article's original text; line and column are
//! computed only when reporting (see [`text::LineIndex`]).

pub mod align;
pub mod article;
pub mod check;
pub mod config;
pub mod extract;
pub mod facts;
pub mod load;
pub mod report;
pub mod rules;
pub mod span;
pub mod text;

pub use article::{Article, Metadata, PartialDate};
pub use span::Span;
