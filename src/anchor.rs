//! The 16 bytes every form of a GUID source anchor encodes.

/// A GUID source anchor as Active Directory stores it: the 16 bytes of .NET
/// `Guid.ToByteArray()`, the first three fields little-endian, the last eight as written.
/// Every text form is a view of these bytes; conversion is parse-to-bytes then render.
/// Aligned to 8 so it moves as two words, not sixteen bytes, when results carry it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[repr(align(8))]
pub struct SourceAnchor([u8; 16]);

impl SourceAnchor {
    /// From bytes in AD / .NET order (objectGUID, mS-DS-ConsistencyGuid, `ToByteArray()`).
    pub const fn from_ad_bytes(bytes: [u8; 16]) -> Self {
        SourceAnchor(bytes)
    }

    /// From bytes in RFC 4122 order, the order GUID text is written in.
    pub const fn from_rfc_bytes(bytes: [u8; 16]) -> Self {
        SourceAnchor(swap_field_order(bytes))
    }

    pub const fn ad_bytes(&self) -> [u8; 16] {
        self.0
    }

    pub const fn rfc_bytes(&self) -> [u8; 16] {
        swap_field_order(self.0)
    }

    /// The anchor you get when someone wrote these bytes in the other order: the classic
    /// bug that yields a well-formed ImmutableId matching nobody.
    pub const fn byte_order_swapped(&self) -> Self {
        SourceAnchor(swap_field_order(self.0))
    }

    /// The RFC 4122 version nibble, read as if these bytes are in AD order.
    pub(crate) const fn version(&self) -> u8 {
        self.0[7] >> 4
    }

    /// True for the variant bits of RFC 4122 GUIDs (10xx), which Windows generates.
    pub(crate) const fn has_rfc_variant(&self) -> bool {
        self.0[8] >> 6 == 0b10
    }

    pub const fn is_nil(&self) -> bool {
        let mut i = 0;
        while i < 16 {
            if self.0[i] != 0 {
                return false;
            }
            i += 1;
        }
        true
    }
}

/// Lowercase D-form GUID text, as .NET's `Guid.ToString()` writes it.
impl std::fmt::Display for SourceAnchor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut text = [0u8; crate::convert::guid_text::LEN];
        crate::convert::guid_text::write(self, &mut text);
        f.write_str(std::str::from_utf8(&text).map_err(|_| std::fmt::Error)?)
    }
}

/// Reverses the byte order of the first three fields (4, 2 and 2 bytes); its own inverse.
const fn swap_field_order(b: [u8; 16]) -> [u8; 16] {
    [
        b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13],
        b[14], b[15],
    ]
}
