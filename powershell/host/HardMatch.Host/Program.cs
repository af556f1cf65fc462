using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace HardMatch.Host
{
    /// <summary>
    /// Usage: HardMatch.Host script.ps1 [args...]. Prints each output object's ToString() on a line,
    /// error records on stderr; exits 1 when the script wrote errors or threw, 2 on bad usage.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 0 || !System.IO.File.Exists(args[0]))
            {
                Console.Error.WriteLine("usage: HardMatch.Host <script.ps1> [arguments...]");
                return 2;
            }

            var state = InitialSessionState.CreateDefault2();
            if (OperatingSystem.IsWindows())
            {
                state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
            }

            using var runspace = RunspaceFactory.CreateRunspace(state);
            runspace.Open();
            using var ps = PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddCommand(System.IO.Path.GetFullPath(args[0]));
            foreach (string arg in args.Skip(1))
            {
                ps.AddArgument(arg);
            }

            // Stream output as it comes, so long scripts show progress.
            var output = new PSDataCollection<PSObject>();
            output.DataAdded += (_, e) => Console.WriteLine(output[e.Index]?.ToString());
            ps.Streams.Error.DataAdded += (_, e) => Console.Error.WriteLine(Describe(ps.Streams.Error[e.Index]));
            ps.Streams.Warning.DataAdded += (_, e) => Console.Error.WriteLine("WARNING: " + ps.Streams.Warning[e.Index].Message);
            ps.Streams.Information.DataAdded += (_, e) => Console.WriteLine(ps.Streams.Information[e.Index].MessageData?.ToString());
            try
            {
                ps.Invoke(null, output);
            }
            catch (RuntimeException e)
            {
                Console.Error.WriteLine(Describe(e.ErrorRecord));
                return 1;
            }

            return ps.HadErrors || ps.Streams.Error.Count > 0 ? 1 : 0;
        }

        private static string Describe(ErrorRecord error) =>
            "ERROR: " + error + " (" + error.FullyQualifiedErrorId + ", " + error.CategoryInfo.Category + ")";
    }
}
