using System;
using System.Collections.Generic;
using System.Management.Automation;
using HardMatch.PowerShell.Model;

namespace HardMatch.PowerShell.Internal
{
    /// <summary>What an error record says about a status: its FullyQualifiedErrorId and category.</summary>
    internal static class StatusInfo
    {
        private static readonly Dictionary<int, string> ErrorIds = BuildErrorIds();

        /// <summary>"HardMatch." + the status name, e.g. HardMatch.MissingPadding; one id per status.</summary>
        internal static string ErrorId(int status) =>
            ErrorIds.TryGetValue(status, out string? id) ? id : "HardMatch.Status" + status;

        /// <summary>
        /// InvalidArgument: the value is written in the wrong form (it may well stand for a right
        /// anchor). InvalidData: the value is wrong data (no on-premises object has it, it is a cloud
        /// anchor, or no GUID is in it). NotSpecified: a library fault.
        /// </summary>
        internal static ErrorCategory Category(int status)
        {
            switch ((HardMatchStatus)status)
            {
                case HardMatchStatus.NonCanonicalPadding:
                case HardMatchStatus.CloudAnchor:
                case HardMatchStatus.StringAnchor:
                case HardMatchStatus.RfcByteOrder:
                case HardMatchStatus.WrongLength:
                case HardMatchStatus.IllegalCharacter:
                case HardMatchStatus.AnchorTooLong:
                    return ErrorCategory.InvalidData;
                case HardMatchStatus.InternalError:
                case HardMatchStatus.NullPointer:
                case HardMatchStatus.Misaligned:
                case HardMatchStatus.LengthMismatch:
                case HardMatchStatus.BufferTooSmall:
                case HardMatchStatus.UnknownFormat:
                    return ErrorCategory.NotSpecified;
                default:
                    return ErrorCategory.InvalidArgument;
            }
        }

        /// <summary>How the error message names what the value failed to be.</summary>
        internal static string FormNoun(SourceAnchorForm from, int status)
        {
            switch (from)
            {
                case SourceAnchorForm.Guid: return "GUID";
                case SourceAnchorForm.ImmutableId: return "ImmutableId";
                case SourceAnchorForm.Hex: return "hex GUID value";
                case SourceAnchorForm.LdapFilter: return "LDAP filter value";
                case SourceAnchorForm.ConnectorDn: return "connector-space DN";
                case SourceAnchorForm.Bytes: return "GUID byte array";
            }

            // Auto: name the form the library read the value as, so the message reads naturally.
            switch ((HardMatchStatus)status)
            {
                case HardMatchStatus.GuidMalformed: return "GUID";
                case HardMatchStatus.HexMalformed: return "hex GUID value";
                case HardMatchStatus.LdapFilterMalformed: return "LDAP filter value";
                case HardMatchStatus.ConnectorDnMalformed:
                case HardMatchStatus.CloudAnchor: return "connector-space DN";
                default:
                    return status >= (int)HardMatchStatus.Whitespace && status <= (int)HardMatchStatus.AnchorTooLong
                        ? "ImmutableId"
                        : "source anchor";
            }
        }

        private static Dictionary<int, string> BuildErrorIds()
        {
            var ids = new Dictionary<int, string>();
            foreach (HardMatchStatus status in (HardMatchStatus[])Enum.GetValues(typeof(HardMatchStatus)))
            {
                ids[(int)status] = "HardMatch." + status;
            }

            return ids;
        }
    }
}
