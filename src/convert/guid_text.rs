//! GUID text in .NET's D, N, B and P forms (`Guid.ToString("D")` and friends).

use super::nibble;
use crate::anchor::SourceAnchor;
use crate::error::AnchorError;

pub const LEN: usize = 36;

/// Where the D form puts its hyphens.
const HYPHENS: [usize; 4] = [8, 13, 18, 23];
const D_STARTS: [usize; 16] = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
const N_STARTS: [usize; 16] = [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30];

/// Reads D (`xxxxxxxx-xxxx-...`), N (32 digits), B (`{D}`) or P (`(D)`), any case.
pub fn parse(text: &str) -> Result<SourceAnchor, AnchorError> {
    let t = text.as_bytes();
    let digits = match t.len() {
        32 => t,
        36 => {
            check_hyphens(t)?;
            t
        }
        38 => match (t[0], t[37]) {
            (b'{', b'}') | (b'(', b')') => {
                check_hyphens(&t[1..37])?;
                &t[1..37]
            }
            _ => return Err(AnchorError::GuidMalformed("38 characters but not in {braces} or (parentheses)")),
        },
        _ => return Err(AnchorError::GuidMalformed("wrong length: D form has 36 characters, N 32, B and P 38")),
    };
    // Where each byte's first digit stands: D form skips the hyphens, N form has none.
    let starts = if digits.len() == 32 { &N_STARTS } else { &D_STARTS };
    let mut rfc = [0u8; 16];
    for (byte, &at) in rfc.iter_mut().zip(starts) {
        *byte = nibble::byte(digits[at], digits[at + 1])
            .ok_or(AnchorError::GuidMalformed("a character that is not a hex digit"))?;
    }
    Ok(SourceAnchor::from_rfc_bytes(rfc))
}

fn check_hyphens(d: &[u8]) -> Result<(), AnchorError> {
    let misplaced = d.iter().enumerate().any(|(i, &c)| (c == b'-') != HYPHENS.contains(&i));
    if misplaced {
        return Err(AnchorError::GuidMalformed("hyphens must stand after 8, 12, 16 and 20 hex digits"));
    }
    Ok(())
}

/// Lowercase D form, as .NET's `Guid.ToString()` writes it.
pub fn render(anchor: &SourceAnchor) -> [u8; LEN] {
    let mut out = [b'-'; LEN];
    for (byte, at) in anchor.rfc_bytes().into_iter().zip(D_STARTS) {
        nibble::write(byte, nibble::LOWER, &mut out[at..at + 2]);
    }
    out
}

/// True where the text is shaped like D, B or P GUID text (hyphens or brackets, hex
/// otherwise), so auto-detection can report a malformed GUID rather than "unrecognised".
pub fn looks_like(text: &str) -> bool {
    let t = text.trim_start_matches(['{', '(']).trim_end_matches(['}', ')']);
    (30..=40).contains(&t.len())
        && t.bytes().filter(|&c| c == b'-').count() >= 3
        && t.bytes().all(|c| c == b'-' || c.is_ascii_alphanumeric())
}
