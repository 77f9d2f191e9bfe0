//! Reading article files and turning their bytes into text.
//!
//! Saved news pages come in whatever encoding the site used; rather than refusing old
//! Windows-1252 files we decode them and say so, and we refuse only what cannot be an
//! article (binary data, empty files, files too large to be one page).

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// How far into a file we look for a NUL byte to decide it is binary.
const BINARY_SNIFF_LEN: usize = 8 * 1024;

/// Decoded text and a warning to pass on, if the decoding was a guess.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// Reads at most `max` bytes; a larger file is an error naming the limit.
pub(crate) fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| io_message(&e))?;
    let size = file.metadata().map_or(0, |meta| meta.len());
    if size > max {
        return Err(too_large(size, max));
    }
    // Sized from the metadata (the read cannot know the size through `take`), so the
    // buffer is not grown and copied while reading.
    let capacity = size.saturating_add(1);
    let mut bytes = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
    // Read one byte past the limit so a file that grew since `metadata` is still caught.
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64, max));
    }
    Ok(bytes)
}

fn too_large(size: u64, max: u64) -> String {
    format!(
        "file is {}, larger than the {} limit; skipped (raise it with --max-file-size)",
        human_size(size),
        human_size(max)
    )
}

fn human_size(n: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    const KIB: u64 = 1024;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", n / MIB)
    } else if n >= KIB && n.is_multiple_of(KIB) {
        format!("{} KiB", n / KIB)
    } else {
        format!("{n} bytes")
    }
}

/// An I/O error message without Rust's `(os error N)` suffix, lowercased like other problems.
pub(crate) fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            let s = match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            };
            let mut chars = s.chars();
            match chars.next() {
                Some(c) => c.to_lowercase().chain(chars).collect(),
                None => s,
            }
        }
    }
}

/// Decodes file bytes: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else Windows-1252.
/// UTF-8 bytes become the text without a copy.
pub(crate) fn decode(mut bytes: Vec<u8>) -> Result<Decoded, String> {
    let decoded = if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(&bytes) {
        if encoding == encoding_rs::UTF_8 {
            bytes.drain(..bom_len);
            utf8_or_1252(bytes)?
        } else {
            let rest = &bytes[bom_len..];
            let (text, had_errors) = encoding.decode_without_bom_handling(rest);
            if had_errors {
                return Err(format!("invalid {} text", encoding.name()));
            }
            Decoded {
                text: text.into_owned(),
                warning: None,
            }
        }
    } else {
        utf8_or_1252(bytes)?
    };
    if decoded.text.trim().is_empty() {
        return Err("empty article".to_string());
    }
    Ok(decoded)
}

fn utf8_or_1252(bytes: Vec<u8>) -> Result<Decoded, String> {
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF_LEN)];
    // memchr's vector search: `contains` reads the bytes a word at a time.
    if memchr::memchr(0, sniff).is_some() {
        return Err("binary file, skipped".to_string());
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            warning: None,
        }),
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
            Ok(Decoded {
                text: text.into_owned(),
                warning: Some("not UTF-8; decoded as Windows-1252".to_string()),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("Grüße aus Baku.\n".as_bytes().to_vec()).unwrap();
        assert_eq!(d.text, "Grüße aus Baku.\n");
        assert_eq!(d.warning, None);
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let d = decode(b"\xEF\xBB\xBFHello.".to_vec()).unwrap();
        assert_eq!(d.text, "Hello.");
        assert_eq!(d.warning, None);
    }

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        let d = decode(b"Caf\xe9 \x93quoted\x94 \x80 5".to_vec()).unwrap();
        assert_eq!(d.text, "Café “quoted” € 5");
        assert_eq!(
            d.warning.as_deref(),
            Some("not UTF-8; decoded as Windows-1252")
        );
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hi there".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(bytes).unwrap().text, "Hi there");
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00binary".to_vec()).unwrap_err(),
            "binary file, skipped"
        );
    }

    #[test]
    fn empty_and_blank_are_refused() {
        assert_eq!(decode(b"".to_vec()).unwrap_err(), "empty article");
        assert_eq!(decode(b" \n\t\r\n".to_vec()).unwrap_err(), "empty article");
        assert_eq!(
            decode(b"\xEF\xBB\xBF\n".to_vec()).unwrap_err(),
            "empty article"
        );
    }

    #[test]
    fn size_limit_is_enforced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, vec![b'a'; 2048]).unwrap();
        assert_eq!(read_limited(&path, 4096).unwrap().len(), 2048);
        let err = read_limited(&path, 1024).unwrap_err();
        assert_eq!(
            err,
            "file is 2 KiB, larger than the 1 KiB limit; skipped (raise it with --max-file-size)"
        );
        assert_eq!(human_size(32 * 1024 * 1024), "32 MiB");
        assert_eq!(human_size(1000), "1000 bytes");
    }

    #[test]
    fn missing_file_message() {
        let err = read_limited(Path::new("/definitely/not/here.txt"), 10).unwrap_err();
        assert_eq!(err, "no such file or directory");
    }
}
