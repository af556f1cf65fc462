using System.Management.Automation;
using HardMatch.PowerShell.Internal;
using HardMatch.PowerShell.Model;

namespace HardMatch.PowerShell.Commands
{
    /// <summary>
    /// ConvertFrom-ImmutableId: a cloud ImmutableId back to the on-premises GUID ([guid] by
    /// default), or to the hex, LDAP filter, connector DN or byte form used to find the AD object.
    /// </summary>
    [Cmdlet(VerbsData.ConvertFrom, "ImmutableId")]
    [OutputType(typeof(System.Guid), typeof(string), typeof(byte[]))]
    public sealed class ConvertFromImmutableIdCommand : ConversionCmdletBase
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ImmutableId", "OnPremisesImmutableId")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public object? InputObject { get; set; }

        [Parameter(Position = 1)]
        [ValidateSet("Guid", "Hex", "LdapFilter", "ConnectorDn", "Bytes")]
        public SourceAnchorForm As { get; set; } = SourceAnchorForm.Guid;

        internal override SourceAnchorForm InputForm => SourceAnchorForm.ImmutableId;

        internal override SourceAnchorForm OutputForm => As;

        internal override string[] AnchorProperties => AnchorInput.CloudProperties;

        internal override string Expected => "an ImmutableId string, or an object with an ImmutableId or OnPremisesImmutableId property";

        // A [guid] is read as text so the library names the mistake (GUID given for an ImmutableId).
        internal override bool AcceptsRawAnchors => false;

        protected override void ProcessRecord() => ProcessInput(InputObject);
    }
}
