//! Why a value could not be read as a GUID source anchor.

use crate::anchor::SourceAnchor;
use crate::convert::immutable_id;
use crate::status::HmStatus;

/// A value that is not (or not only) a GUID source anchor in the form it was read as.
/// `Display` is the sentence the C ABI's `hm_explain` and the PowerShell error records show.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnchorError {
    #[error("the value is empty")]
    Empty,
    #[error("{}", msg(HmStatus::Unrecognised))]
    Unrecognised,
    #[error(
        "32 bare hex digits fit two forms that differ: as GUID text (N form) its ImmutableId is {}, \
         as the hex of the bytes (ADSI Edit, ldp) it is {}; name the form",
        immutable_id::encode_string(.as_guid), immutable_id::encode_string(.as_hex)
    )]
    Ambiguous { as_guid: SourceAnchor, as_hex: SourceAnchor },
    #[error(
        "the connector-space DN holds the cloud anchor '{0}' of a cloud-created object, not a source anchor"
    )]
    CloudAnchor(String),
    #[error("{}", msg(HmStatus::StringAnchor))]
    StringAnchor,
    #[error("not a GUID in .NET's D, N, B or P form: {0}")]
    GuidMalformed(&'static str),
    #[error("not the hex of 16 bytes: {0}")]
    HexMalformed(&'static str),
    #[error("not an RFC 4515 LDAP filter value of 16 bytes: {0}")]
    LdapFilterMalformed(&'static str),
    #[error("not a connector-space DN CN={{hex}}: {0}")]
    ConnectorDnMalformed(&'static str),
    /// A claimed ImmutableId with one of the mistakes seen in the field. `corrected` is the
    /// value that was meant, where it can be known.
    #[error("{}{}", msg(*.status), corrected_clause(*.status, .corrected))]
    ImmutableId { status: HmStatus, corrected: Option<SourceAnchor> },
}

impl AnchorError {
    pub fn status(&self) -> HmStatus {
        match self {
            Self::Empty => HmStatus::Empty,
            Self::Unrecognised => HmStatus::Unrecognised,
            Self::Ambiguous { .. } => HmStatus::Ambiguous,
            Self::CloudAnchor(_) => HmStatus::CloudAnchor,
            Self::StringAnchor => HmStatus::StringAnchor,
            Self::GuidMalformed(_) => HmStatus::GuidMalformed,
            Self::HexMalformed(_) => HmStatus::HexMalformed,
            Self::LdapFilterMalformed(_) => HmStatus::LdapFilterMalformed,
            Self::ConnectorDnMalformed(_) => HmStatus::ConnectorDnMalformed,
            Self::ImmutableId { status, .. } => *status,
        }
    }
}

fn msg(status: HmStatus) -> &'static str {
    status.message().to_str().unwrap_or("")
}

fn corrected_clause(status: HmStatus, corrected: &Option<SourceAnchor>) -> String {
    match corrected {
        None => String::new(),
        Some(anchor) if status == HmStatus::NonCanonicalPadding => format!(
            "; the canonical form of these bits is {}",
            immutable_id::encode_string(anchor)
        ),
        Some(anchor) => format!(
            "; the corrected ImmutableId is {}",
            immutable_id::encode_string(anchor)
        ),
    }
}
