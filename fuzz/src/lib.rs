//! Invariants shared by the fuzz targets.

use crosscheck::Span;

/// Panics unless `span` lies inside `text`, is not reversed and starts and ends on
/// character boundaries: every span crosscheck returns must be safe to slice with.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} is not on character boundaries"
    );
}

/// Like [`check_span`], and also inside `outer`.
pub fn check_inside(text: &str, span: Span, outer: Span, what: &str) {
    check_span(text, span, what);
    assert!(
        outer.contains(span),
        "{what} {span:?} is outside its container {outer:?}"
    );
}

/// Sorted, non-overlapping spans.
pub fn check_ordered(spans: &[Span], what: &str) {
    for w in spans.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "{what} {:?} and {:?} overlap or are out of order",
            w[0],
            w[1]
        );
    }
}
