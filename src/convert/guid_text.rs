//! GUID text in .NET's D, N, B and P forms (`Guid.ToString("D")` and friends).

use super::nibble;
use crate::anchor::SourceAnchor;
use crate::error::AnchorError;

pub const LEN: usize = 36;

/// Where the D form puts its hyphens.
const HYPHENS: [usize; 4] = [8, 13, 18, 23];

/// Reads D (`xxxxxxxx-xxxx-...`), N (32 digits), B (`{D}`) or P (`(D)`), any case.
/// Inlined, so the anchor stays in registers on its way to the renderer; the error
/// sentences live out of line.
#[inline]
pub fn parse(text: &str) -> Result<SourceAnchor, AnchorError> {
    let t = text.as_bytes();
    let digits = match t.len() {
        32 | 36 => t,
        38 if matches!((t[0], t[37]), (b'{', b'}') | (b'(', b')')) => &t[1..37],
        38 => return Err(malformed("38 characters but not in {braces} or (parentheses)")),
        _ => return Err(malformed("wrong length: D form has 36 characters, N 32, B and P 38")),
    };
    // The 32 digits in four words of 8; the D form's hyphens sit between words or in the
    // middle of one, and a hyphen anywhere else fails as a non-hex digit.
    let words: [u64; 4] = if digits.len() == 32 {
        [0, 8, 16, 24].map(|at| eight(digits, at, at + 4))
    } else if HYPHENS.iter().all(|&at| digits[at] == b'-') {
        [eight(digits, 0, 4), eight(digits, 9, 14), eight(digits, 19, 24), eight(digits, 28, 32)]
    } else {
        return Err(malformed("hyphens must stand after 8, 12, 16 and 20 hex digits"));
    };
    nibble::guid_digits(words).ok_or_else(|| malformed("a character that is not a hex digit"))
}

#[cold]
#[inline(never)]
fn malformed(why: &'static str) -> AnchorError {
    AnchorError::GuidMalformed(why)
}

/// Four characters from `a` and four from `b` as one little-endian word, put together in
/// registers (two 4-byte stores read back as one 8-byte load would stall the CPU).
fn eight(digits: &[u8], a: usize, b: usize) -> u64 {
    let four = |at: usize| digits[at..at + 4].try_into().map_or(0, u32::from_le_bytes) as u64;
    four(a) | four(b) << 32
}

/// Lowercase D form, as .NET's `Guid.ToString()` writes it.
pub fn write(anchor: &SourceAnchor, out: &mut [u8; LEN]) {
    let digits = nibble::spell_guid(anchor);
    // The 32 digits in runs of 8, 4, 4, 4 and 12, a hyphen after each run but the last.
    out[..8].copy_from_slice(&digits[..8]);
    out[9..13].copy_from_slice(&digits[8..12]);
    out[14..18].copy_from_slice(&digits[12..16]);
    out[19..23].copy_from_slice(&digits[16..20]);
    out[24..].copy_from_slice(&digits[20..]);
    for at in HYPHENS {
        out[at] = b'-';
    }
}

/// True where the text is shaped like D, B or P GUID text (hyphens or brackets, hex
/// otherwise), so auto-detection can report a malformed GUID rather than "unrecognised".
pub fn looks_like(text: &str) -> bool {
    let t = text.trim_start_matches(['{', '(']).trim_end_matches(['}', ')']);
    (30..=40).contains(&t.len())
        && t.bytes().filter(|&c| c == b'-').count() >= 3
        && t.bytes().all(|c| c == b'-' || c.is_ascii_alphanumeric())
}
