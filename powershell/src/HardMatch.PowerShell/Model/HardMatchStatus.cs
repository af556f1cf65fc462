namespace HardMatch.PowerShell.Model
{
    /// <summary>
    /// The native library's statuses (HmStatus), same numbers. Each name is also the tail of the
    /// FullyQualifiedErrorId of the error record a cmdlet writes, e.g. HardMatch.MissingPadding.
    /// </summary>
    public enum HardMatchStatus
    {
        Ok = 0,
        NullPointer = 1,
        InvalidUtf8 = 2,
        InvalidUtf16 = 3,
        UnknownFormat = 4,
        InputTooLong = 5,
        BufferTooSmall = 6,
        InternalError = 7,
        BatchPartial = 8,
        BytesLength = 9,
        Misaligned = 10,
        LengthMismatch = 11,
        Empty = 100,
        Unrecognised = 101,
        Ambiguous = 102,
        CloudAnchor = 103,
        StringAnchor = 104,
        GuidMalformed = 110,
        HexMalformed = 111,
        LdapFilterMalformed = 112,
        ConnectorDnMalformed = 113,
        Whitespace = 120,
        UrlSafeAlphabet = 121,
        IllegalCharacter = 122,
        MissingPadding = 123,
        NonCanonicalPadding = 124,
        WrongLength = 125,
        GuidTextGiven = 126,
        Base64OfGuidText = 127,
        RfcByteOrder = 128,
        AnchorTooLong = 129,

        // Managed-only outcomes (no native number; kept far from the native range).
        /// <summary>The input is of a type that holds no anchor (an int, a hashtable, an object without anchor properties).</summary>
        UnsupportedInput = 1000,
    }
}
