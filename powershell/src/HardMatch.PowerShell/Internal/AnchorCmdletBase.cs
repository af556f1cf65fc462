using System;
using System.Management.Automation;
using System.Text;
using HardMatch.PowerShell.Model;
using HardMatch.PowerShell.Native;

namespace HardMatch.PowerShell.Internal
{
    /// <summary>
    /// What every HardMatch cmdlet shares: one non-terminating error record per bad value, with a
    /// FullyQualifiedErrorId per native status, the value as TargetObject and a message naming the
    /// value and the native reason. -ErrorAction Stop turns it terminating, as for any WriteError.
    /// </summary>
    public abstract class AnchorCmdletBase : PSCmdlet
    {
        internal void WriteAnchorError(int status, string message, object? target)
        {
            var exception = new SourceAnchorException(message, (HardMatchStatus)status, target);
            WriteError(new ErrorRecord(exception, StatusInfo.ErrorId(status), StatusInfo.Category(status), target));
        }

        /// <summary>A string the library refused: the native sentence says why.</summary>
        internal void WriteTextError(string text, SourceAnchorForm from)
        {
            string reason = HardMatchLibrary.Explain(text, from, out int status);
            if (status == 0)
            {
                // The library reads it after all (cannot happen for a value it just refused); say so
                // rather than invent a reason.
                status = (int)HardMatchStatus.InternalError;
            }

            WriteAnchorError(status, "'" + text + "' is not a valid " + StatusInfo.FormNoun(from, status) + ": " + reason, text);
        }

        internal void WriteNullError()
        {
            WriteAnchorError((int)HardMatchStatus.Empty, "$null is not a valid source anchor: " + HardMatchLibrary.StatusMessage((int)HardMatchStatus.Empty), null);
        }

        internal void WriteBytesLengthError(byte[] bytes)
        {
            WriteAnchorError(
                (int)HardMatchStatus.BytesLength,
                "'" + DescribeBytes(bytes) + "' is not a valid GUID byte array: a GUID is exactly 16 bytes (objectGUID, mS-DS-ConsistencyGuid), this one has " + bytes.Length,
                bytes);
        }

        internal void WriteUnsupportedError(object? target, string expected)
        {
            string type = target == null ? "$null" : (target is PSObject p ? p.BaseObject : target).GetType().FullName ?? "object";
            WriteAnchorError(
                (int)HardMatchStatus.UnsupportedInput,
                "'" + Describe(target) + "' (" + type + ") is not a valid source anchor: expected " + expected,
                target);
        }

        internal static string DescribeBytes(byte[] bytes)
        {
            const int Shown = 32;
            var text = new StringBuilder(bytes.Length * 3);
            for (int i = 0; i < bytes.Length && i < Shown; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                text.Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (bytes.Length > Shown)
            {
                text.Append(" ...");
            }

            return text.ToString();
        }

        private static string Describe(object? value)
        {
            try
            {
                return value switch
                {
                    null => "$null",
                    byte[] b => DescribeBytes(b),
                    _ => LanguagePrimitives.ConvertTo<string>(value) ?? string.Empty,
                };
            }
            catch (PSInvalidCastException)
            {
                return value?.GetType().Name ?? "$null";
            }
        }
    }
}
