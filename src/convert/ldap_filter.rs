//! RFC 4515 LDAP filter value of the raw bytes: `(objectGUID=\88\68...)`.

use super::nibble;
use crate::anchor::SourceAnchor;
use crate::error::AnchorError;

pub const LEN: usize = 48;

/// Reads a filter value of exactly 16 bytes. Each byte is `\XX` (any case) or, as RFC 4515
/// allows, the printable ASCII character itself; the filter specials `( ) * \` and spaces
/// must be escaped (a literal space could not survive trimming).
pub fn parse(text: &str) -> Result<SourceAnchor, AnchorError> {
    let t = text.as_bytes();
    let mut i = 0;
    let bytes = std::iter::from_fn(|| {
        let c = *t.get(i)?;
        i += 1;
        Some(match c {
            b'\\' => {
                let pair = t.get(i..i + 2);
                i += 2;
                match pair {
                    Some(&[hi, lo]) => nibble::byte(hi, lo).ok_or(NOT_HEX_ESCAPE),
                    _ => Err(NOT_HEX_ESCAPE),
                }
            }
            b'(' | b')' | b'*' => Err("an unescaped '(', ')' or '*'"),
            0x21..=0x7E => Ok(c),
            _ => Err("a space or non-ASCII character that must be escaped"),
        })
    });
    super::sixteen(bytes).map_err(AnchorError::LdapFilterMalformed)
}

const NOT_HEX_ESCAPE: &str = "'\\' not followed by two hex digits";

/// Every byte escaped, lowercase hex.
pub fn write(anchor: &SourceAnchor, out: &mut [u8; LEN]) {
    for (i, byte) in anchor.ad_bytes().into_iter().enumerate() {
        out[3 * i] = b'\\';
        nibble::write(byte, nibble::LOWER, &mut out[3 * i + 1..3 * i + 3]);
    }
}
