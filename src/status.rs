//! The stable numeric statuses every C entry point returns.
//!
//! Numbers never change once published: callers (the PowerShell module, scripts that log
//! them) key on them. 1-99 are about the call itself, 100 and up about the value passed in.

use std::ffi::CStr;

/// Outcome of a HardMatch call. 0 is success; every other value is documented here and has a
/// static message from `hm_status_message`.
#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HmStatus {
    Ok = 0,
    /// A required pointer argument was NULL.
    NullPointer = 1,
    /// UTF-8 input was not valid UTF-8.
    InvalidUtf8 = 2,
    /// UTF-16 input held an unpaired surrogate.
    InvalidUtf16 = 3,
    /// A format number is unknown, or Auto was named as an output.
    UnknownFormat = 4,
    /// A length is beyond any plausible value (input over HM_MAX_INPUT_LEN units, or a size
    /// computation that would overflow).
    InputTooLong = 5,
    /// The output buffer is too small; nothing was written and the needed length was reported.
    BufferTooSmall = 6,
    /// A bug inside the library was caught at the boundary; nothing was written.
    InternalError = 7,
    /// A batch call finished but at least one item failed; see the per-item statuses.
    BatchPartial = 8,
    /// A raw byte count is not a multiple of 16.
    BytesLength = 9,
    /// A pointer is not aligned for its element type.
    Misaligned = 10,
    /// A batch's item lengths do not add up to its input length.
    LengthMismatch = 11,

    /// The value is empty or only whitespace.
    Empty = 100,
    /// The value fits none of the known forms.
    Unrecognised = 101,
    /// The value fits two forms that give different GUIDs (32 bare hex digits); name the form.
    Ambiguous = 102,
    /// A connector-space DN holding a cloud anchor (User_<guid> and the like), not a source anchor.
    CloudAnchor = 103,
    /// A legal non-GUID (string) source anchor: valid, but it holds no GUID to convert.
    StringAnchor = 104,
    /// Not GUID text in .NET's D, N, B or P form.
    GuidMalformed = 110,
    /// Not the hex of 16 bytes.
    HexMalformed = 111,
    /// Not an RFC 4515 filter value of 16 bytes.
    LdapFilterMalformed = 112,
    /// Not a connector-space DN of the form CN={hex}.
    ConnectorDnMalformed = 113,

    /// ImmutableId with whitespace or a line break inside.
    Whitespace = 120,
    /// ImmutableId in the URL-safe base64 alphabet ('-' and '_').
    UrlSafeAlphabet = 121,
    /// ImmutableId with a character Entra rejects or base64 never produces ('$', '_', ...).
    IllegalCharacter = 122,
    /// ImmutableId with its '=' padding stripped.
    MissingPadding = 123,
    /// ImmutableId whose unused low bits are not zero: no on-premises object produces it.
    NonCanonicalPadding = 124,
    /// Base64 that decodes to a length other than 16 bytes.
    WrongLength = 125,
    /// The GUID text itself was given where an ImmutableId belongs.
    GuidTextGiven = 126,
    /// Base64 of the GUID's text instead of its 16 bytes.
    Base64OfGuidText = 127,
    /// The bytes are in RFC 4122 (big-endian) order, not AD / .NET order.
    RfcByteOrder = 128,
    /// A string anchor over Microsoft's limit (under 60, non-alphanumerics count 3).
    AnchorTooLong = 129,
}

impl HmStatus {
    pub fn from_code(code: i32) -> Option<HmStatus> {
        ALL_STATUSES.iter().copied().find(|s| *s as i32 == code)
    }

    /// Static, NUL-terminated text; the C ABI hands out these pointers directly.
    pub fn message(self) -> &'static CStr {
        match self {
            Self::Ok => c"success",
            Self::NullPointer => c"a required pointer argument was NULL",
            Self::InvalidUtf8 => c"the input is not valid UTF-8",
            Self::InvalidUtf16 => c"the input is not valid UTF-16 (unpaired surrogate)",
            Self::UnknownFormat => c"unknown format number, or Auto named as the output form",
            Self::InputTooLong => c"a length is beyond any plausible value",
            Self::BufferTooSmall => c"the output buffer is too small; the needed length was reported",
            Self::InternalError => c"internal error in the HardMatch library; nothing was written",
            Self::BatchPartial => c"some items of the batch failed; see the per-item statuses",
            Self::BytesLength => c"raw GUID bytes must come in whole groups of 16",
            Self::Misaligned => c"a pointer is not aligned for its element type",
            Self::LengthMismatch => c"the batch's item lengths do not add up to its input length",
            Self::Empty => c"the value is empty",
            Self::Unrecognised => c"the value is not a GUID, ImmutableId, hex, LDAP filter value or connector DN",
            Self::Ambiguous => c"32 bare hex digits are both a GUID in N form and the hex of its bytes, which differ: name the form",
            Self::CloudAnchor => c"the connector-space DN holds a cloud anchor of a cloud-created object, not a source anchor",
            Self::StringAnchor => c"a legal non-GUID (string) source anchor: it holds no GUID to convert",
            Self::GuidMalformed => c"not a GUID in .NET's D, N, B or P form",
            Self::HexMalformed => c"not the hex of 16 bytes (plain, space-separated, or 0x per byte)",
            Self::LdapFilterMalformed => c"not an RFC 4515 LDAP filter value of 16 bytes",
            Self::ConnectorDnMalformed => c"not an Entra Connect connector-space DN of the form CN={hex}",
            Self::Whitespace => c"the ImmutableId has whitespace or a line break inside",
            Self::UrlSafeAlphabet => c"the ImmutableId uses the URL-safe base64 alphabet ('-', '_'); Entra needs '+' and '/'",
            Self::IllegalCharacter => c"the ImmutableId has a character Entra rejects or base64 never produces",
            Self::MissingPadding => c"the ImmutableId lost its '=' padding; a GUID's ImmutableId ends in '=='",
            Self::NonCanonicalPadding => c"the ImmutableId's unused low bits are not zero: no on-premises object can produce it",
            Self::WrongLength => c"the base64 decodes to a length other than the 16 bytes of a GUID",
            Self::GuidTextGiven => c"GUID text was given where an ImmutableId belongs",
            Self::Base64OfGuidText => c"this is base64 of the GUID's text, not of its 16 bytes",
            Self::RfcByteOrder => c"the bytes are in RFC 4122 (big-endian) order, not the AD / .NET order Entra Connect uses",
            Self::AnchorTooLong => c"the anchor is over Microsoft's limit: under 60 characters, each outside a-z A-Z 0-9 counting 3",
        }
    }

    pub fn is_ok(self) -> bool {
        self == Self::Ok
    }
}

/// Every status, for tests and documentation.
pub const ALL_STATUSES: [HmStatus; 31] = [
    HmStatus::Ok,
    HmStatus::NullPointer,
    HmStatus::InvalidUtf8,
    HmStatus::InvalidUtf16,
    HmStatus::UnknownFormat,
    HmStatus::InputTooLong,
    HmStatus::BufferTooSmall,
    HmStatus::InternalError,
    HmStatus::BatchPartial,
    HmStatus::BytesLength,
    HmStatus::Misaligned,
    HmStatus::LengthMismatch,
    HmStatus::Empty,
    HmStatus::Unrecognised,
    HmStatus::Ambiguous,
    HmStatus::CloudAnchor,
    HmStatus::StringAnchor,
    HmStatus::GuidMalformed,
    HmStatus::HexMalformed,
    HmStatus::LdapFilterMalformed,
    HmStatus::ConnectorDnMalformed,
    HmStatus::Whitespace,
    HmStatus::UrlSafeAlphabet,
    HmStatus::IllegalCharacter,
    HmStatus::MissingPadding,
    HmStatus::NonCanonicalPadding,
    HmStatus::WrongLength,
    HmStatus::GuidTextGiven,
    HmStatus::Base64OfGuidText,
    HmStatus::RfcByteOrder,
    HmStatus::AnchorTooLong,
];
