using System.Linq;
using System.Management.Automation;
using HardMatch.PowerShell.Internal;
using HardMatch.PowerShell.Model;

namespace HardMatch.PowerShell.Commands
{
    /// <summary>Convert-SourceAnchor: any form of a GUID source anchor to any other.</summary>
    [Cmdlet(VerbsData.Convert, "SourceAnchor")]
    [OutputType(typeof(System.Guid), typeof(string), typeof(byte[]))]
    public sealed class ConvertSourceAnchorCommand : ConversionCmdletBase
    {
        private static readonly string[] Properties = AnchorInput.OnPremisesProperties.Concat(AnchorInput.CloudProperties).ToArray();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Value", "ObjectGUID", "mS-DS-ConsistencyGuid", "Guid", "ImmutableId", "OnPremisesImmutableId")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public object? InputObject { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateSet("Guid", "ImmutableId", "Hex", "LdapFilter", "ConnectorDn", "Bytes")]
        public SourceAnchorForm To { get; set; }

        /// <summary>The form of string input; [guid] and byte[] input are read by their type.</summary>
        [Parameter]
        [ValidateSet("Auto", "Guid", "ImmutableId", "Hex", "LdapFilter", "ConnectorDn", "Bytes")]
        public SourceAnchorForm From { get; set; } = SourceAnchorForm.Auto;

        internal override SourceAnchorForm InputForm => From;

        internal override SourceAnchorForm OutputForm => To;

        internal override string[] AnchorProperties => Properties;

        internal override string Expected =>
            "a [guid], a byte[] of 16 bytes, a source anchor string in any form, or an object with a mS-DS-ConsistencyGuid, ObjectGUID, Guid, ImmutableId or OnPremisesImmutableId property";

        protected override void ProcessRecord() => ProcessInput(InputObject);
    }
}
