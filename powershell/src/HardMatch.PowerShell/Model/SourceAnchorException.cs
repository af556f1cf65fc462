using System;

namespace HardMatch.PowerShell.Model
{
    /// <summary>
    /// The exception inside a HardMatch error record: the native status and the offending value,
    /// so scripts can branch on $_.Exception.Status instead of parsing messages.
    /// </summary>

    public sealed class SourceAnchorException : FormatException
    {
        public SourceAnchorException(string message, HardMatchStatus status, object? value)
            : base(message)
        {
            Status = status;
            Value = value;
        }

        public HardMatchStatus Status { get; }

        /// <summary>The value as the caller passed it.</summary>

        public object? Value { get; }
    }
}
