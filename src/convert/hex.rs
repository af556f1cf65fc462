//! Hex of the 16 bytes in AD order, as ADSI Edit and ldp show an octet string.

use super::nibble;
use crate::anchor::SourceAnchor;
use crate::error::AnchorError;

pub const LEN: usize = 32;

/// Reads `8868...AB`, `88 68 ... AB`, `88-68-...-AB` (.NET's `BitConverter.ToString`),
/// `0x88 0x68 ...` or `0x880x68...`, any case. Separators (space, tab, comma, hyphen, colon)
/// stand between every two bytes or between none: a GUID's D form, whose hyphens group the
/// digits 8-4-4-4-12, is refused rather than read as bytes in the wrong order.
pub fn parse(text: &str) -> Result<SourceAnchor, AnchorError> {
    let t = text.as_bytes();
    let mut i = 0;
    let mut separated = None;
    let bytes = std::iter::from_fn(|| {
        let start = i;
        while t.get(i).is_some_and(|&c| is_separator(c)) {
            i += 1;
        }
        if i >= t.len() {
            return None;
        }
        if start > 0 && *separated.get_or_insert(i > start) != (i > start) {
            return Some(Err("separators must stand between every two bytes or between none"));
        }
        if t[i] == b'0' && matches!(t.get(i + 1), Some(b'x' | b'X')) {
            i += 2;
        }
        let pair = t.get(i..i + 2);
        i += 2;
        Some(match pair {
            Some(&[hi, lo]) => nibble::byte(hi, lo).ok_or("a character that is not a hex digit or a separator"),
            _ => Err("a byte with a single hex digit"),
        })
    });
    super::sixteen(bytes).map_err(AnchorError::HexMalformed)
}

fn is_separator(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b',' | b'-' | b':')
}

/// Uppercase, no separators.
pub fn write(anchor: &SourceAnchor, out: &mut [u8; LEN]) {
    *out = nibble::spell(anchor.ad_bytes(), nibble::UPPER);
}

/// Hex with separators or `0x` prefixes: unambiguous, unlike 32 bare digits.
pub fn looks_like_decorated(text: &str) -> bool {
    let t = text.as_bytes();
    let decorated = t.windows(2).any(|w| w == b"0x" || w == b"0X") || t.iter().any(|&c| is_separator(c));
    decorated && t.len() >= LEN && t.iter().all(|&c| nibble::is_hex(c) || is_separator(c) || matches!(c, b'x' | b'X'))
}
