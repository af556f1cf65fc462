//! Entra Connect connector-space DN: `CN={` + uppercase hex of the ImmutableId's ASCII + `}`.

use super::{guid_text, immutable_id, nibble};
use crate::anchor::SourceAnchor;
use crate::error::AnchorError;

pub const LEN: usize = 4 + 2 * immutable_id::LEN + 1;

const MAX_ANCHOR: usize = 256;

/// Reads `CN={hex}` (the `CN=` in any case). The hex spells the anchor text: an ImmutableId
/// gives its GUID; `<Type>_<guid>` is a cloud anchor and is reported as one.
pub fn parse(text: &str) -> Result<SourceAnchor, AnchorError> {
    let t = text.as_bytes();
    let inner = match t {
        [c, n, b'=', b'{', inner @ .., b'}'] if c.eq_ignore_ascii_case(&b'c') && n.eq_ignore_ascii_case(&b'n') => inner,
        _ => return Err(AnchorError::ConnectorDnMalformed("it must read CN={hex}")),
    };
    if inner.len() % 2 != 0 || inner.len() > 2 * MAX_ANCHOR {
        return Err(AnchorError::ConnectorDnMalformed("the hex between the braces has an odd or absurd length"));
    }
    let anchor: Vec<u8> = inner
        .chunks_exact(2)
        .map(|pair| nibble::byte(pair[0], pair[1]))
        .collect::<Option<_>>()
        .ok_or(AnchorError::ConnectorDnMalformed("a character between the braces that is not a hex digit"))?;
    let anchor = String::from_utf8(anchor)
        .map_err(|_| AnchorError::ConnectorDnMalformed("the hex does not spell text"))?;
    if is_cloud_anchor(&anchor) {
        return Err(AnchorError::CloudAnchor(anchor));
    }
    if anchor.is_empty() {
        return Err(AnchorError::ConnectorDnMalformed("nothing between the braces"));
    }
    immutable_id::parse(&anchor)
}

/// `User_<guid>`, `Group_<guid>` and the like: the anchor Entra gives cloud-created objects.
fn is_cloud_anchor(anchor: &str) -> bool {
    match anchor.split_once('_') {
        Some((kind, guid)) => {
            !kind.is_empty() && kind.bytes().all(|c| c.is_ascii_alphabetic()) && guid_text::parse(guid).is_ok()
        }
        None => false,
    }
}

pub fn write(anchor: &SourceAnchor, out: &mut [u8; LEN]) {
    out[..4].copy_from_slice(b"CN={");
    for (i, c) in immutable_id::encode(anchor).into_iter().enumerate() {
        nibble::write(c, nibble::UPPER, &mut out[4 + 2 * i..6 + 2 * i]);
    }
    out[LEN - 1] = b'}';
}
