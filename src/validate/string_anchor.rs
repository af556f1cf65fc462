//! Non-GUID source anchors: when the anchor attribute is a string (employeeID, say), Entra
//! Connect sends it as it is, and the value is a legal ImmutableId that holds no GUID.

use crate::error::AnchorError;
use crate::status::HmStatus;

/// Microsoft's rule: under 60 characters, each character outside a-z, A-Z, 0-9 counting 3.
pub const MAX_COST: usize = 59;

/// Entra rejects these in onPremisesImmutableId.
pub const REJECTED: [char; 2] = ['$', '_'];

pub fn cost(anchor: &str) -> usize {
    anchor.chars().map(|c| if c.is_ascii_alphanumeric() { 1 } else { 3 }).sum()
}

/// Ok where `anchor` is acceptable as an opaque string anchor.
pub fn check(anchor: &str) -> Result<(), AnchorError> {
    if anchor.contains(REJECTED) {
        return Err(AnchorError::ImmutableId { status: HmStatus::IllegalCharacter, corrected: None });
    }
    if cost(anchor) > MAX_COST {
        return Err(AnchorError::ImmutableId { status: HmStatus::AnchorTooLong, corrected: None });
    }
    Ok(())
}
