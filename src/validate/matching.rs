//! Does a cloud user's ImmutableId belong to this on-premises object?

use crate::anchor::SourceAnchor;
use crate::convert::immutable_id;
use crate::error::AnchorError;
use crate::status::HmStatus;

/// How a cloud ImmutableId relates to an on-premises GUID. Numbers are part of the C ABI.
#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HmMatch {
    /// The ImmutableId is this GUID's: the next sync binds the two objects.
    Match = 0,
    /// The same GUID written in RFC byte order: it looks right and matches nobody.
    ByteOrderSwapped = 1,
    /// Another object's anchor, or a string anchor.
    Different = 2,
}

/// Compares the on-premises anchor with a cloud ImmutableId exactly as Entra holds it: a
/// space around it is part of the value and matches nobody. A cloud value that is no valid
/// ImmutableId is an error, not "different": it needs fixing whatever it is compared with.
pub fn compare(on_prem: &SourceAnchor, cloud_immutable_id: &str) -> Result<HmMatch, AnchorError> {
    let cloud = match immutable_id::parse(cloud_immutable_id) {
        Ok(cloud) => cloud,
        Err(e) if e.status() == HmStatus::StringAnchor => return Ok(HmMatch::Different),
        Err(e) => return Err(e),
    };
    Ok(if cloud == *on_prem {
        HmMatch::Match
    } else if cloud == on_prem.byte_order_swapped() {
        HmMatch::ByteOrderSwapped
    } else {
        HmMatch::Different
    })
}
