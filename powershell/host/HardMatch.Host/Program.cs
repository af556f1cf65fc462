using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace HardMatch.Host
{
    /// <summary>
    /// Usage: HardMatch.Host script.ps1 [args...]. Output goes through Out-Default, so objects are drawn
    /// as pwsh draws them (the module's Format.ps1xml views included); error records go to stderr.
    /// Exits 1 when the script wrote errors or threw, 2 on bad usage.
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

            // Colour codes belong on a terminal, not in a file or a pipe.
            var host = new TextHost(Console.Out, Console.Error, colour: !Console.IsOutputRedirected);
            using var runspace = RunspaceFactory.CreateRunspace(host, state);
            runspace.Open();
            using var ps = PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddCommand(System.IO.Path.GetFullPath(args[0]));
            foreach (string arg in args.Skip(1))
            {
                ps.AddArgument(arg);
            }

            // Out-Default draws each object through the host as it comes, so long scripts show progress.
            ps.AddCommand("Out-Default");
            ps.Streams.Error.DataAdded += (_, e) => Console.Error.WriteLine(Describe(ps.Streams.Error[e.Index]));
            ps.Streams.Warning.DataAdded += (_, e) => Console.Error.WriteLine("WARNING: " + ps.Streams.Warning[e.Index].Message);
            ps.Streams.Information.DataAdded += (_, e) => Console.WriteLine(ps.Streams.Information[e.Index].MessageData?.ToString());
            try
            {
                ps.Invoke();
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
