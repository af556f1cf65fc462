//! HardMatch: the forms of an Active Directory source anchor (objectGUID,
//! mS-DS-ConsistencyGuid) and the Entra ImmutableId made from it, converted exactly and
//! validated the way sync will judge them.
//!
//! - [`anchor`]: the 16 bytes every form encodes, in AD / .NET order.
//! - [`convert`]: one parser and one renderer per text form; auto-detection.
//! - [`validate`]: diagnosis of claimed ImmutableIds, string-anchor rules, matching.
//! - [`ffi`]: the C ABI the PowerShell module and other callers use.

pub mod anchor;
pub mod convert;
pub mod error;
pub mod ffi;
pub mod format;
pub mod status;
pub mod validate;

pub use anchor::SourceAnchor;
pub use convert::{parse, render};
pub use error::AnchorError;
pub use format::HmFormat;
pub use status::HmStatus;
pub use validate::immutable_id::{Diagnosis, HmVerdict, diagnose};
pub use validate::matching::{HmMatch, compare};

/// Converts `input` from form `from` (Auto detects it) to form `to`.
///
/// # Panics
/// If `to` is Auto, which names no output form: a caller's mistake, not a value's (the C ABI
/// answers it with HM_STATUS_UNKNOWN_FORMAT instead).
pub fn convert(input: &str, from: HmFormat, to: HmFormat) -> Result<String, AnchorError> {
    let anchor = parse(input, from)?;
    Ok(render(&anchor, to).expect("Auto is no output form").to_string())
}
