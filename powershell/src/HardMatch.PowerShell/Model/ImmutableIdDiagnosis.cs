namespace HardMatch.PowerShell.Model
{
    /// <summary>Test-ImmutableId -Detailed: the native diagnosis of one claimed ImmutableId.</summary>
    public sealed class ImmutableIdDiagnosis
    {
        public ImmutableIdDiagnosis(string value, ImmutableIdVerdict verdict, HardMatchStatus finding, string reason, string? correctedImmutableId)
        {
            Value = value;
            Verdict = verdict;
            Finding = finding;
            Reason = reason;
            CorrectedImmutableId = correctedImmutableId;
        }

        /// <summary>The value exactly as given (whitespace included: Entra would store it).</summary>
        public string Value { get; }

        public ImmutableIdVerdict Verdict { get; }

        /// <summary>Ok for a canonical GUID anchor, StringAnchor for a string anchor, else the mistake.</summary>
        public HardMatchStatus Finding { get; }

        /// <summary>One sentence from the native library; it never repeats the value.</summary>
        public string Reason { get; }

        /// <summary>The ImmutableId that was meant (for NonCanonicalPadding: the canonical form of the same bits); null when unknown.</summary>
        public string? CorrectedImmutableId { get; }

        /// <summary>True exactly when Test-ImmutableId returns $true: a GUID anchor or a legal string anchor.</summary>
        public bool IsValid => Verdict == ImmutableIdVerdict.GuidAnchor || Verdict == ImmutableIdVerdict.StringAnchor;

        public override string ToString() => Verdict + ": " + Reason;
    }
}
