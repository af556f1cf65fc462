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
    let mut bytes = [0u8; 16];
    let mut count = 0;
    let mut i = 0;
    while i < t.len() {
        let (byte, used) = match t[i] {
            b'\\' => match (t.get(i + 1), t.get(i + 2)) {
                (Some(&hi), Some(&lo)) => (
                    nibble::byte(hi, lo).ok_or(AnchorError::LdapFilterMalformed("'\\' not followed by two hex digits"))?,
                    3,
                ),
                _ => return Err(AnchorError::LdapFilterMalformed("'\\' not followed by two hex digits")),
            },
            b'(' | b')' | b'*' => return Err(AnchorError::LdapFilterMalformed("an unescaped '(', ')' or '*'")),
            c @ 0x21..=0x7E => (c, 1),
            _ => return Err(AnchorError::LdapFilterMalformed("a space or non-ASCII character that must be escaped")),
        };
        if count == 16 {
            return Err(AnchorError::LdapFilterMalformed("more than 16 bytes"));
        }
        bytes[count] = byte;
        count += 1;
        i += used;
    }
    if count != 16 {
        return Err(AnchorError::LdapFilterMalformed("fewer than 16 bytes"));
    }
    Ok(SourceAnchor::from_ad_bytes(bytes))
}

/// Every byte escaped, lowercase hex.
pub fn write(anchor: &SourceAnchor, out: &mut [u8; LEN]) {
    for (i, byte) in anchor.ad_bytes().into_iter().enumerate() {
        out[3 * i] = b'\\';
        nibble::write(byte, nibble::LOWER, &mut out[3 * i + 1..3 * i + 3]);
    }
}
