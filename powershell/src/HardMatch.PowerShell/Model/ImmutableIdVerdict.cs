namespace HardMatch.PowerShell.Model
{
    /// <summary>The native HmVerdict on a claimed ImmutableId (same numbers).</summary>
    public enum ImmutableIdVerdict
    {
        /// <summary>Canonical base64 of a GUID's 16 bytes: ready to stamp.</summary>
        GuidAnchor = 0,
        /// <summary>A legal non-GUID (string) anchor: valid, opaque, holds no GUID.</summary>
        StringAnchor = 1,
        /// <summary>A known mistake whose intended value is known: use CorrectedImmutableId.</summary>
        Repairable = 2,
        /// <summary>Wrong, and what was meant cannot be known.</summary>
        Invalid = 3,
    }
}
