using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace HardMatch.Tests
{
    /// <summary>The outcome of one script: its output, its error records, and whether it threw.</summary>
    public sealed class RunResult
    {
        public RunResult(Collection<PSObject> output, List<ErrorRecord> errors, RuntimeException? thrown)
        {
            Output = output;
            Errors = errors;
            Thrown = thrown;
        }

        public Collection<PSObject> Output { get; }

        public List<ErrorRecord> Errors { get; }

        public RuntimeException? Thrown { get; }

        public object?[] Values => Output.Select(o => o?.BaseObject).ToArray();

        public string[] Strings => Output.Select(o => (string)o.BaseObject).ToArray();
    }

    /// <summary>
    /// A runspace of the hostable engine (CreateDefault2: Microsoft.PowerShell.Core only, so no
    /// Select-Object / Write-Output / Add-Member) with the staged module imported.
    /// </summary>
    public sealed class PowerShellSession : IDisposable
    {
        public PowerShellSession()
        {
            Runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            Runspace.Open();
            RunResult import = Run("Import-Module -Name $args[0] -ErrorAction Stop", ModulePaths.Manifest);
            if (import.Thrown != null || import.Errors.Count > 0)
            {
                throw new InvalidOperationException("Import-Module failed: " + (import.Thrown?.Message ?? import.Errors[0].ToString()));
            }
        }

        public Runspace Runspace { get; }

        /// <summary>Runs a script; $args holds the arguments. Never throws for a script error.</summary>
        public RunResult Run(string script, params object?[] args)
        {
            using var ps = PowerShell.Create();
            ps.Runspace = Runspace;
            ps.AddScript(script);
            foreach (object? arg in args)
            {
                ps.AddArgument(arg);
            }

            Collection<PSObject> output;
            RuntimeException? thrown = null;
            try
            {
                output = ps.Invoke();
            }
            catch (RuntimeException e)
            {
                output = new Collection<PSObject>();
                thrown = e;
            }

            return new RunResult(output, ps.Streams.Error.ToList(), thrown);
        }

        /// <summary>Runs a script that must write no error and throw nothing.</summary>
        public RunResult RunClean(string script, params object?[] args)
        {
            RunResult result = Run(script, args);
            if (result.Thrown != null)
            {
                throw new Xunit.Sdk.XunitException("script threw: " + result.Thrown.ErrorRecord + "\n" + script);
            }

            if (result.Errors.Count > 0)
            {
                throw new Xunit.Sdk.XunitException("script wrote errors: " + string.Join(" | ", result.Errors.Select(e => e.ToString())) + "\n" + script);
            }

            return result;
        }

        public void Dispose() => Runspace.Dispose();
    }
}
