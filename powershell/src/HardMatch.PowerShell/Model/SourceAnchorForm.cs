namespace HardMatch.PowerShell.Model
{
    /// <summary>
    /// A form a GUID source anchor is written in. The numbers up to ConnectorDn are the native
    /// HmFormat numbers (part of the C ABI); Bytes is the 16 raw bytes, handled in managed code.
    /// </summary>
    public enum SourceAnchorForm
    {
        /// <summary>Input only: detect the form (32 bare hex digits are refused as ambiguous).</summary>
        Auto = 0,
        Guid = 1,
        ImmutableId = 2,
        Hex = 3,
        LdapFilter = 4,
        ConnectorDn = 5,
        /// <summary>The 16 bytes in AD / .NET ToByteArray() order (objectGUID, mS-DS-ConsistencyGuid).</summary>
        Bytes = 6,
    }
}
