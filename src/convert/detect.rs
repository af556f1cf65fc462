//! Auto-detection: which form a value is in, refusing where two forms fit.

use super::{connector_dn, guid_text, hex, immutable_id, ldap_filter, nibble};
use crate::anchor::SourceAnchor;
use crate::error::AnchorError;
use crate::status::HmStatus;

/// Reads a trimmed, non-empty value in whichever form it is. Each form has a mark the
/// others lack (a backslash, `CN=`, hyphens, separators, base64 length), except 32 bare hex
/// digits: GUID N form and the hex of the bytes differ in the order of the first 8 bytes,
/// so guessing would hand back a well-formed wrong anchor. That case is refused.
pub fn parse(text: &str) -> Result<SourceAnchor, AnchorError> {
    let t = text.as_bytes();
    if let Some(anchor) = immutable_id::decode_canonical(t) {
        return Ok(anchor);
    }
    if t.len() == 36 && t[8] == b'-' {
        return guid_text::parse(text);
    }
    if t.len() == 32 && t.iter().all(|&c| nibble::is_hex(c)) {
        return bare_hex(text);
    }
    if t[0] == b'\\' {
        return ldap_filter::parse(text);
    }
    if t.len() >= 3 && t[..3].eq_ignore_ascii_case(b"CN=") {
        return connector_dn::parse(text);
    }
    if guid_text::looks_like(text) {
        return guid_text::parse(text);
    }
    if hex::looks_like_decorated(text) {
        return hex::parse(text);
    }
    // What is left is read as an ImmutableId, whose diagnosis names the field mistakes. A
    // value that would only pass as an opaque string anchor is no form we know.
    match immutable_id::parse(text) {
        Err(e) if e.status() == HmStatus::StringAnchor => Err(AnchorError::Unrecognised),
        other => other,
    }
}

/// 32 bare hex digits: GUID text in N form, or the hex of the bytes (ADSI Edit, ldp). The two
/// readings differ in the order of the first 8 bytes; where they agree there is nothing to
/// ask, otherwise both are named rather than one guessed.
pub(crate) fn bare_hex(text: &str) -> Result<SourceAnchor, AnchorError> {
    let as_guid = guid_text::parse(text)?;
    let as_hex = hex::parse(text)?;
    if as_guid != as_hex {
        return Err(AnchorError::Ambiguous { as_guid, as_hex });
    }
    Ok(as_guid)
}
