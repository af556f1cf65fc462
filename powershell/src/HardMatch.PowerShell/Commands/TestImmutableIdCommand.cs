using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using HardMatch.PowerShell.Internal;
using HardMatch.PowerShell.Model;
using HardMatch.PowerShell.Native;

namespace HardMatch.PowerShell.Commands
{
    /// <summary>
    /// Test-ImmutableId: $true / $false for scripts (true only for a canonical GUID anchor or a legal
    /// string anchor); -Detailed for the native diagnosis; -Guid to check a cloud value against the
    /// on-premises GUID (Match, ByteOrderSwapped, Different).
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "ImmutableId")]
    [OutputType(typeof(bool), typeof(ImmutableIdDiagnosis), typeof(AnchorMatchResult))]
    public sealed class TestImmutableIdCommand : AnchorCmdletBase
    {
        private Guid onPremGuid;
        private string? onPremText;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImmutableId", "OnPremisesImmutableId")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public object? InputObject { get; set; }

        /// <summary>The on-premises anchor in any form ([guid], GUID text, ImmutableId, hex, byte[] ...).</summary>
        [Parameter(Position = 1)]
        [Alias("ObjectGUID")]
        public object? Guid { get; set; }

        [Parameter]
        public SwitchParameter Detailed { get; set; }

        protected override void BeginProcessing()
        {
            if (!MyInvocation.BoundParameters.ContainsKey(nameof(Guid)))
            {
                return;
            }

            // A bad -Guid spoils every comparison that would follow: stop before the first.
            if (!TryReadGuid(Guid, out onPremGuid, out ErrorRecord? error))
            {
                ThrowTerminatingError(error!);
            }

            onPremText = onPremGuid.ToString("D", CultureInfo.InvariantCulture);
        }

        protected override void ProcessRecord()
        {
            AnchorInput input = AnchorInput.From(InputObject, AnchorInput.CloudProperties, allowList: true);
            if (input.Kind == AnchorKind.List)
            {
                foreach (object? item in (IList)input.Value!)
                {
                    Test(AnchorInput.From(item, AnchorInput.CloudProperties, allowList: false));
                }
            }
            else
            {
                Test(input);
            }
        }

        private void Test(in AnchorInput input)
        {
            string value;
            switch (input.Kind)
            {
                case AnchorKind.Text:
                    value = input.Text;
                    break;
                case AnchorKind.Null:
                    // An absent ImmutableId is no valid one; the diagnosis says "empty".
                    value = string.Empty;
                    break;
                case AnchorKind.Guid:
                    // Diagnosed as the text it would be pasted as: the library names the mistake.
                    value = input.Guid.ToString("D", CultureInfo.InvariantCulture);
                    break;
                default:
                    WriteUnsupportedError(input.Value, "an ImmutableId string, or an object with an ImmutableId or OnPremisesImmutableId property");
                    return;
            }

            if (onPremText != null)
            {
                Compare(value);
                return;
            }

            ImmutableIdDiagnosis diagnosis = HardMatchLibrary.Diagnose(value);
            if (Detailed)
            {
                WriteObject(diagnosis);
            }
            else
            {
                WriteObject(diagnosis.IsValid);
            }
        }

        private void Compare(string cloud)
        {
            int status = HardMatchLibrary.Match(onPremText!, SourceAnchorForm.Guid, cloud, out AnchorMatch result);
            if (!Detailed)
            {
                WriteObject(status == 0 && result == AnchorMatch.Match);
                return;
            }

            string reason = status == 0 ? DescribeMatch(result) : HardMatchLibrary.Explain(cloud, SourceAnchorForm.ImmutableId, out _);
            WriteObject(new AnchorMatchResult(onPremGuid, cloud, result, (HardMatchStatus)status, reason));
        }

        private static string DescribeMatch(AnchorMatch result) => result switch
        {
            AnchorMatch.Match => "the ImmutableId is this GUID's: the next sync binds the two objects",
            AnchorMatch.ByteOrderSwapped => "the ImmutableId is this GUID in RFC 4122 byte order: it looks right and matches nobody",
            _ => "the ImmutableId belongs to another object (or is a string anchor)",
        };

        private static unsafe bool TryReadGuid(object? value, out Guid guid, out ErrorRecord? error)
        {
            guid = default;
            error = null;
            object? raw = value is PSObject p ? p.BaseObject : value;
            switch (raw)
            {
                case System.Guid g:
                    guid = g;
                    return true;
                case byte[] b when b.Length == 16:
                    guid = new Guid(b);
                    return true;
                case string s:
                    int status = HardMatchLibrary.TryToBytes(s, SourceAnchorForm.Auto, out byte[]? bytes);
                    if (status == 0)
                    {
                        guid = new Guid(bytes!);
                        return true;
                    }

                    string reason = HardMatchLibrary.Explain(s, SourceAnchorForm.Auto, out status);
                    error = Record(status, "'" + s + "' is not a valid " + StatusInfo.FormNoun(SourceAnchorForm.Auto, status) + ": " + reason, s);
                    return false;
                default:
                    error = Record((int)HardMatchStatus.UnsupportedInput, "-Guid expects the on-premises anchor: a [guid], a byte[] of 16 bytes, or a GUID in any text form", value);
                    return false;
            }
        }

        private static ErrorRecord Record(int status, string message, object? target) =>
            new ErrorRecord(new SourceAnchorException(message, (HardMatchStatus)status, target), StatusInfo.ErrorId(status), StatusInfo.Category(status), target);
    }
}
