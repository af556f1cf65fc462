//! The text forms a source anchor is met in, numbered as the C ABI numbers them.

/// A text form of a GUID source anchor. The numbers are part of the C ABI.
#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HmFormat {
    /// Input only: detect the form; refuses with HM_STATUS_AMBIGUOUS where two forms fit.
    Auto = 0,
    /// GUID text: .NET D, N, B or P form in, lowercase D form out.
    Guid = 1,
    /// Canonical padded standard base64 of the 16 bytes in AD order.
    ImmutableId = 2,
    /// Hex of the 16 bytes: plain, space-separated or 0x per byte in; uppercase plain out.
    Hex = 3,
    /// RFC 4515 filter value, every byte escaped: `\88\68...`, lowercase out.
    LdapFilter = 4,
    /// Entra Connect connector-space DN: `CN={uppercase hex of the ImmutableId's ASCII}`.
    ConnectorDn = 5,
}

impl HmFormat {
    pub fn from_code(code: i32) -> Option<HmFormat> {
        ALL_FORMATS.get(usize::try_from(code).ok()?).copied()
    }

    /// Output length in characters; every output form has a fixed width, which is what lets
    /// batch calls write into one flat buffer.
    pub const fn width(self) -> usize {
        match self {
            Self::Auto => 0,
            Self::Guid => 36,
            Self::ImmutableId => 24,
            Self::Hex => 32,
            Self::LdapFilter => 48,
            Self::ConnectorDn => 53,
        }
    }
}

/// The widest output of any form, for stack buffers.
pub const MAX_WIDTH: usize = 53;

pub const ALL_FORMATS: [HmFormat; 6] = [
    HmFormat::Auto,
    HmFormat::Guid,
    HmFormat::ImmutableId,
    HmFormat::Hex,
    HmFormat::LdapFilter,
    HmFormat::ConnectorDn,
];

/// Every form that can be produced.
pub const OUTPUT_FORMATS: [HmFormat; 5] = [
    HmFormat::Guid,
    HmFormat::ImmutableId,
    HmFormat::Hex,
    HmFormat::LdapFilter,
    HmFormat::ConnectorDn,
];

