using System;

namespace HardMatch.PowerShell.Model
{
    /// <summary>Test-ImmutableId -Guid -Detailed: does a cloud ImmutableId belong to the on-premises GUID?</summary>
    public sealed class AnchorMatchResult
    {
        public AnchorMatchResult(Guid guid, string immutableId, AnchorMatch result, HardMatchStatus finding, string reason)
        {
            Guid = guid;
            ImmutableId = immutableId;
            Result = result;
            Finding = finding;
            Reason = reason;
        }

        /// <summary>The on-premises GUID (objectGUID / mS-DS-ConsistencyGuid).</summary>
        public Guid Guid { get; }

        /// <summary>The cloud value, exactly as given.</summary>
        public string ImmutableId { get; }

        public AnchorMatch Result { get; }

        /// <summary>Ok, unless the cloud value is no valid ImmutableId (Result is then Invalid).</summary>
        public HardMatchStatus Finding { get; }

        public string Reason { get; }

        public override string ToString() => Result.ToString();
    }
}
