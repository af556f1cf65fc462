using System.Management.Automation;
using HardMatch.PowerShell.Internal;
using HardMatch.PowerShell.Model;

namespace HardMatch.PowerShell.Commands
{
    /// <summary>
    /// ConvertTo-ImmutableId: an on-premises anchor ([guid], a string in any form, the 16 bytes, or
    /// an AD user) to the ImmutableId / onPremisesImmutableId to stamp on the cloud user.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "ImmutableId")]
    [OutputType(typeof(string))]
    public sealed class ConvertToImmutableIdCommand : ConversionCmdletBase
    {
        /// <summary>
        /// [object], so a [guid], a string, a byte[] and a whole AD user all bind by value (no type
        /// coercion is ever needed); an object's anchor properties are then read here. The aliases
        /// let the property names be used as parameter names.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ObjectGUID", "mS-DS-ConsistencyGuid", "Guid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public object? InputObject { get; set; }

        /// <summary>The form string input is in; Auto detects it (and refuses 32 bare hex digits as ambiguous).</summary>
        [Parameter]
        [ValidateSet("Auto", "Guid", "ImmutableId", "Hex", "LdapFilter", "ConnectorDn", "Bytes")]
        public SourceAnchorForm From { get; set; } = SourceAnchorForm.Auto;

        /// <summary>Return the input object with ImmutableId and OnPremisesImmutableId NoteProperties.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override SourceAnchorForm InputForm => From;

        internal override SourceAnchorForm OutputForm => SourceAnchorForm.ImmutableId;

        internal override string[] AnchorProperties => AnchorInput.OnPremisesProperties;

        internal override string Expected =>
            "a [guid], a GUID in any text form, a byte[] of 16 bytes, or an object with a mS-DS-ConsistencyGuid, ObjectGUID or Guid property";

        internal override bool WritesResultsAsIs => !PassThru;

        protected override void ProcessRecord() => ProcessInput(InputObject);

        internal override void Emit(in AnchorInput input, object result)
        {
            if (!PassThru)
            {
                WriteObject(result);
                return;
            }

            // Both names, so the object binds by property name to Set-MsolUser -ImmutableId and to
            // anything that speaks Graph's onPremisesImmutableId.
            PSObject output = PSObject.AsPSObject(input.Original!);
            if (SetNote(output, "ImmutableId", result) && SetNote(output, "OnPremisesImmutableId", result))
            {
                WriteObject(output);
            }
        }

        private bool SetNote(PSObject target, string name, object value)
        {
            PSPropertyInfo? existing = target.Properties[name];
            if (existing == null)
            {
                target.Properties.Add(new PSNoteProperty(name, value));
                return true;
            }

            try
            {
                existing.Value = value;
                return true;
            }
            catch (SetValueException e)
            {
                // The object has a read-only property of that name: say so instead of dropping it.
                WriteError(new ErrorRecord(e, "HardMatch.PassThruPropertyReadOnly", ErrorCategory.InvalidOperation, target));
                return false;
            }
        }
    }
}
