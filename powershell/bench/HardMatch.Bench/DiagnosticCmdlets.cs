using System;
using System.Management.Automation;

namespace HardMatch.Bench
{
    // Cmdlets the engine bench adds to its own session with --diag, to split the pipeline case (b) into
    // what PowerShell costs per item and what the module's cmdlet adds. They are no part of the module.

    /// <summary>The floor of any binary cmdlet in a pipeline: binds [object] by value, writes it back.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "BenchPassThru")]
    public sealed class TestBenchPassThruCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        public object? InputObject { get; set; }

        protected override void ProcessRecord() => WriteObject(InputObject);
    }

    /// <summary>The same floor with ConvertTo-ImmutableId's conversion done in C#, no native call.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "BenchManagedId")]
    public sealed class TestBenchManagedIdCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            object? value = InputObject is PSObject p ? p.BaseObject : InputObject;
            WriteObject(value is Guid g ? Convert.ToBase64String(g.ToByteArray()) : null);
        }
    }

    /// <summary>
    /// ConvertTo-ImmutableId's parameter declarations as they are (by value AND by property name,
    /// aliases, Allow*, a ValidateSet parameter, a switch), with the C# conversion of Test-BenchManagedId:
    /// what the declarations alone cost the binder per item.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "BenchDeclaredId")]
    public sealed class TestBenchDeclaredIdCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ObjectGUID", "mS-DS-ConsistencyGuid", "Guid")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public object? InputObject { get; set; }

        [Parameter]
        [ValidateSet("Auto", "Guid", "ImmutableId", "Hex", "LdapFilter", "ConnectorDn", "Bytes")]
        public string From { get; set; } = "Auto";

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            object? value = InputObject is PSObject p ? p.BaseObject : InputObject;
            WriteObject(value is Guid g ? Convert.ToBase64String(g.ToByteArray()) : null);
        }
    }
}
