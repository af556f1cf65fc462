//! Hex of the 16 bytes in AD order, as ADSI Edit and ldp show an octet string.

use super::nibble;
use crate::anchor::SourceAnchor;
use crate::error::AnchorError;

pub const LEN: usize = 32;

/// Reads `8868...AB`, `88 68 ... AB`, `0x88 0x68 ...` or `0x880x68...`, any case. Between
/// bytes, spaces, tabs and commas may stand; every byte is exactly two digits.
pub fn parse(text: &str) -> Result<SourceAnchor, AnchorError> {
    let t = text.as_bytes();
    let mut i = 0;
    let bytes = std::iter::from_fn(|| {
        while matches!(t.get(i), Some(b' ' | b'\t' | b',')) {
            i += 1;
        }
        if i >= t.len() {
            return None;
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

/// Uppercase, no separators.
pub fn write(anchor: &SourceAnchor, out: &mut [u8; LEN]) {
    for (i, byte) in anchor.ad_bytes().into_iter().enumerate() {
        nibble::write(byte, nibble::UPPER, &mut out[2 * i..2 * i + 2]);
    }
}

/// Hex with separators or `0x` prefixes: unambiguous, unlike 32 bare digits.
pub fn looks_like_decorated(text: &str) -> bool {
    let t = text.as_bytes();
    let decorated = t.windows(2).any(|w| w == b"0x" || w == b"0X")
        || t.iter().any(|&c| matches!(c, b' ' | b'\t' | b','));
    decorated
        && t.len() >= LEN
        && t.iter().all(|&c| nibble::is_hex(c) || matches!(c, b' ' | b'\t' | b',' | b'x' | b'X'))
}
