namespace HardMatch.PowerShell.Model
{
    /// <summary>How a cloud ImmutableId relates to an on-premises GUID (native HmMatch numbers).</summary>
    public enum AnchorMatch
    {
        /// <summary>The ImmutableId is this GUID's: the next sync binds the two objects.</summary>
        Match = 0,
        /// <summary>The same GUID in RFC 4122 byte order: looks right, matches nobody.</summary>
        ByteOrderSwapped = 1,
        /// <summary>Another object's anchor, or a string anchor.</summary>
        Different = 2,
        /// <summary>Managed-only: the cloud value is no valid ImmutableId (see Finding and Reason).</summary>
        Invalid = 3,
    }
}
