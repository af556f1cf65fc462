using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Runtime.InteropServices;

namespace HardMatch.Bench
{
    // HardMatch.PowerShell (the module source compiled in) would shadow the engine's class here.
    using PowerShell = System.Management.Automation.PowerShell;

    /// <summary>
    /// engine [N] [repeats] [path/to/HardMatch.psd1]: the staged module in ONE hosted engine, N random
    /// GUIDs as a [guid[]] $guids, a Stopwatch around each PowerShell.Invoke() of
    /// (a) the pure-PowerShell one-liner, (b) the cmdlet in a pipeline, (c) the cmdlet given the
    /// whole array. Results go to $r inside the script so the host collects nothing but a count.
    /// </summary>
    internal static class EngineBench
    {
        private const int DefaultN = 1_000_000;
        private const int DefaultRepeats = 3;
        private const int WarmupN = 10_000;

        private static readonly BenchCase[] Cases =
        {
            new BenchCase("a", "pure PowerShell one-liner",
                "$guids | ForEach-Object { [Convert]::ToBase64String(([guid]$_).ToByteArray()) }"),
            new BenchCase("b", "cmdlet, pipeline",
                "$guids | ConvertTo-ImmutableId"),
            new BenchCase("c", "cmdlet, whole array",
                "ConvertTo-ImmutableId -InputObject $guids"),
        };

        private static readonly BenchCase[] DiagnosticCases =
        {
            new BenchCase("d", "floor: ForEach-Object { $_ } pass-through",
                "$guids | ForEach-Object { $_ }", Verify: false),
            new BenchCase("e", "floor: binary cmdlet pass-through ([object] by value)",
                "$guids | Test-BenchPassThru", Verify: false),
            new BenchCase("f", "binary cmdlet, C# Convert.ToBase64String, [object] by value",
                "$guids | Test-BenchManagedId"),
            new BenchCase("g", "as (f) with ConvertTo-ImmutableId's parameter declarations",
                "$guids | Test-BenchDeclaredId"),
            new BenchCase("h", "pure PowerShell foreach statement, no pipeline",
                "foreach ($g in $guids) { [Convert]::ToBase64String($g.ToByteArray()) }"),
            new BenchCase("i", "floor: assign the input array",
                "$guids", Verify: false),
        };

        internal static int Run(string[] args)
        {
            var inv = CultureInfo.InvariantCulture;
            bool diagnostics = args.Contains("--diag");
            string[] positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
            int n = positional.Length > 0 ? int.Parse(positional[0].Replace("_", string.Empty, StringComparison.Ordinal), inv) : DefaultN;
            int repeats = positional.Length > 1 ? int.Parse(positional[1], inv) : DefaultRepeats;
            if (n < 1 || repeats < 1)
            {
                Console.Error.WriteLine("engine: N and repeats must be at least 1");
                return 2;
            }

            string? module = positional.Length > 2 ? positional[2]
                : Environment.GetEnvironmentVariable("HARDMATCH_MODULE") is { Length: > 0 } fromEnv ? fromEnv
                : Paths.FindUpwards(Path.Combine("out", "HardMatch", "HardMatch.psd1"));
            if (module == null || !File.Exists(module))
            {
                Console.Error.WriteLine("engine: out/HardMatch/HardMatch.psd1 not found (" + (module ?? "searched upwards from the binary and the working directory")
                    + "); build it with 'powershell/build.sh --skip-native' or pass its path as the third argument");
                return 1;
            }

            module = Path.GetFullPath(module);
            BenchCase[] cases = diagnostics ? Cases.Concat(DiagnosticCases).ToArray() : Cases;

            var state = InitialSessionState.CreateDefault2();
            if (diagnostics)
            {
                state.Commands.Add(new SessionStateCmdletEntry("Test-BenchPassThru", typeof(TestBenchPassThruCommand), null));
                state.Commands.Add(new SessionStateCmdletEntry("Test-BenchManagedId", typeof(TestBenchManagedIdCommand), null));
                state.Commands.Add(new SessionStateCmdletEntry("Test-BenchDeclaredId", typeof(TestBenchDeclaredIdCommand), null));
            }

            if (OperatingSystem.IsWindows())
            {
                state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
            }

            using Runspace runspace = RunspaceFactory.CreateRunspace(state);
            runspace.ThreadOptions = PSThreadOptions.UseCurrentThread; // no thread hop per Invoke()
            runspace.Open();

            // The module, and the commands the scripts use (a hosted engine from the System.Management.Automation
            // package has Microsoft.PowerShell.Core but no Utility: no Select-Object, Measure-Command, Write-Output).
            Invoke(runspace, ps => ps.AddCommand("Import-Module").AddParameter("Name", module).AddParameter("ErrorAction", "Stop"));
            string commands = Describe(Invoke(runspace, ps => ps.AddCommand("Get-Command")
                .AddParameter("Name", new[] { "ForEach-Object", "ConvertTo-ImmutableId" }).AddParameter("ErrorAction", "Stop")));
            bool hasUtility = Invoke(runspace, ps => ps.AddCommand("Get-Command").AddParameter("Name", "Select-Object")
                .AddParameter("ErrorAction", "SilentlyContinue")).Count > 0;
            string psVersion = Invoke(runspace, ps => ps.AddScript("$PSVersionTable.PSVersion.ToString()")).Single().ToString();
            string moduleVersion = Invoke(runspace, ps => ps.AddScript("(Get-Module HardMatch).Version.ToString()")).Single().ToString();

            // Warm-up: every case once on a small array (JIT, script compilation, module statics, native load).
            Guid[] small = TestData.RandomGuids(Math.Min(WarmupN, n), seed: 7);
            runspace.SessionStateProxy.SetVariable("guids", small);
            foreach (BenchCase c in cases)
            {
                RunTimed(runspace, c, small.Length);
            }

            Guid[] guids = TestData.RandomGuids(n);
            runspace.SessionStateProxy.SetVariable("guids", guids);

            // Untimed pass at full N that checks the results: (a) against C#, (b), (c) and the rest against (a).
            string expectedFirst = Convert.ToBase64String(guids[0].ToByteArray());
            string[]? reference = null;
            var verified = new List<string>();
            foreach (BenchCase c in cases)
            {
                RunTimed(runspace, c, n);
                string[] results = ReadResults(runspace.SessionStateProxy.GetVariable("r"), n, c.Id);
                if (reference == null)
                {
                    if (!string.Equals(results[0], expectedFirst, StringComparison.Ordinal))
                    {
                        throw new BenchException("(a)'s first value is '" + results[0] + "', C# Convert.ToBase64String(guid.ToByteArray()) gives '" + expectedFirst + "'");
                    }

                    for (int i = 0; i < n; i++)
                    {
                        string fromCSharp = Convert.ToBase64String(guids[i].ToByteArray());
                        if (!string.Equals(results[i], fromCSharp, StringComparison.Ordinal))
                        {
                            throw new BenchException("(a) item " + i + " is '" + results[i] + "', C# gives '" + fromCSharp + "'");
                        }
                    }

                    reference = results;
                    verified.Add("(a) = C# `Convert.ToBase64String(guid.ToByteArray())` for all " + n.ToString("N0", inv) + " (first: `" + expectedFirst + "`)");
                    continue;
                }

                if (!c.Verify)
                {
                    continue; // pass-through floors: not ImmutableIds
                }

                for (int i = 0; i < n; i++)
                {
                    if (!string.Equals(results[i], reference[i], StringComparison.Ordinal))
                    {
                        throw new BenchException("(" + c.Id + ") item " + i + " is '" + results[i] + "', (a) gives '" + reference[i] + "'");
                    }
                }

                verified.Add("(" + c.Id + ") = (a) element by element");
            }

            reference = null;
            Clear(runspace);

            // Timed runs, round robin (a b c a b c ...) so drift on a noisy machine hits every case alike.
            var timings = cases.ToDictionary(c => c.Id, _ => new List<Sample>());
            for (int rep = 0; rep < repeats; rep++)
            {
                foreach (BenchCase c in cases)
                {
                    Sample run = RunTimed(runspace, c, n);
                    timings[c.Id].Add(run);
                    Console.Error.WriteLine(string.Format(inv, "engine: repeat {0}/{1} ({2}) {3,10:F1} ms", rep + 1, repeats, c.Id, run.Milliseconds));
                }
            }

            Clear(runspace);
            PrintReport(cases, timings, n, repeats, module, psVersion, moduleVersion, commands, hasUtility, verified);
            return 0;
        }

        private static void PrintReport(
            BenchCase[] cases, Dictionary<string, List<Sample>> timings, int n, int repeats, string module,
            string psVersion, string moduleVersion, string commands, bool hasUtility, List<string> verified)
        {
            var inv = CultureInfo.InvariantCulture;
            double Median(string id) => MedianOf(timings[id].Select(r => r.Milliseconds));

            Console.WriteLine();
            Console.WriteLine("### engine: " + n.ToString("N0", inv) + " GUIDs to ImmutableIds in one hosted PowerShell engine");
            Console.WriteLine();
            Console.WriteLine("PowerShell " + psVersion + " (System.Management.Automation, hosted, InitialSessionState.CreateDefault2()), "
                + RuntimeInformation.FrameworkDescription + ", " + RuntimeInformation.OSDescription.Trim() + ", "
                + Environment.ProcessorCount + " logical cores; HardMatch " + moduleVersion + " from " + module + ".");
            Console.WriteLine("Commands: " + commands + "; Select-Object " + (hasUtility ? "present" : "absent (no Microsoft.PowerShell.Utility)") + ".");
            Console.WriteLine("Each case: `$r = <command>; $r.Count`, Stopwatch around PowerShell.Invoke(), warm-up at N = "
                + Math.Min(WarmupN, n).ToString("N0", inv) + ", one untimed checking pass at full N, then " + repeats
                + " timed run(s) per case, round robin, after `$r = $null` and a full GC. Median reported.");
            Console.WriteLine();
            Console.WriteLine("| case | command | median ms | min ms | max ms | items/s | allocated B/item | GCs gen0/1/2 (median run) |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---|");
            foreach (BenchCase c in cases)
            {
                List<Sample> runs = timings[c.Id];
                double median = Median(c.Id);
                Sample typical = runs.OrderBy(r => Math.Abs(r.Milliseconds - median)).First();
                Console.WriteLine("| (" + c.Id + ") " + c.Label + " | `" + c.Command.Replace("|", "\\|", StringComparison.Ordinal) + "`"
                    + " | " + median.ToString("F1", inv)
                    + " | " + runs.Min(r => r.Milliseconds).ToString("F1", inv)
                    + " | " + runs.Max(r => r.Milliseconds).ToString("F1", inv)
                    + " | " + (n / (median / 1000.0)).ToString("N0", inv)
                    + " | " + ((double)typical.AllocatedBytes / n).ToString("F0", inv)
                    + " | " + typical.Gen0 + "/" + typical.Gen1 + "/" + typical.Gen2 + " |");
            }

            double a = Median("a");
            double b = Median("b");
            double c2 = Median("c");
            Console.WriteLine();
            Console.WriteLine("| ratio (median times) | value | target | met |");
            Console.WriteLine("|---|---:|---|---|");
            Console.WriteLine("| (a)/(b): pipeline cmdlet vs one-liner | " + (a / b).ToString("F2", inv) + "x | >= 1x ((b) no slower than (a)) | " + (a / b >= 1.0 ? "yes" : "**NO**") + " |");
            Console.WriteLine("| (a)/(c): whole-array cmdlet vs one-liner | " + (a / c2).ToString("F1", inv) + "x | >= 50x | " + (a / c2 >= 50.0 ? "yes" : "**NO**") + " |");
            Console.WriteLine();
            Console.WriteLine("Checked: " + string.Join("; ", verified) + ".");
        }

        private static Sample RunTimed(Runspace runspace, BenchCase c, int expectedCount)
        {
            Clear(runspace);
            int gen0 = GC.CollectionCount(0);
            int gen1 = GC.CollectionCount(1);
            int gen2 = GC.CollectionCount(2);
            long allocated = GC.GetTotalAllocatedBytes(precise: true);

            using PowerShell ps = PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddScript("$r = " + c.Command + "; $r.Count");
            var watch = Stopwatch.StartNew();
            Collection<PSObject> output = ps.Invoke();
            watch.Stop();

            var run = new Sample(
                watch.Elapsed.TotalMilliseconds,
                GC.GetTotalAllocatedBytes(precise: true) - allocated,
                GC.CollectionCount(0) - gen0,
                GC.CollectionCount(1) - gen1,
                GC.CollectionCount(2) - gen2);
            ThrowOnErrors(ps, c.Command);
            int count = output.Count == 1 && output[0]?.BaseObject is int i ? i : -1;
            if (count != expectedCount)
            {
                throw new BenchException("(" + c.Id + ") `" + c.Command + "` gave $r.Count = " + count + ", expected " + expectedCount);
            }

            return run;
        }

        /// <summary>Drops the previous result and collects, so no case pays for another's garbage.</summary>
        private static void Clear(Runspace runspace)
        {
            runspace.SessionStateProxy.SetVariable("r", null);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        private static Collection<PSObject> Invoke(Runspace runspace, Action<PowerShell> build)
        {
            using PowerShell ps = PowerShell.Create();
            ps.Runspace = runspace;
            build(ps);
            Collection<PSObject> output = ps.Invoke();
            ThrowOnErrors(ps, ps.Commands.Commands.FirstOrDefault()?.CommandText ?? "?");
            return output;
        }

        private static void ThrowOnErrors(PowerShell ps, string what)
        {
            if (ps.Streams.Error.Count > 0)
            {
                ErrorRecord e = ps.Streams.Error[0];
                throw new BenchException("`" + what + "` wrote " + ps.Streams.Error.Count + " error(s), first: " + e + " (" + e.FullyQualifiedErrorId + ")");
            }
        }

        /// <summary>$r as strings: a string[] from (c), an object[] of (possibly wrapped) strings from a pipeline.</summary>
        private static string[] ReadResults(object? value, int n, string id)
        {
            object? raw = value is PSObject p ? p.BaseObject : value;
            if (raw is string[] strings && strings.Length == n)
            {
                return strings;
            }

            if (raw is not IList list || list.Count != n)
            {
                throw new BenchException("(" + id + ") $r is " + (raw?.GetType().FullName ?? "$null") + ", expected " + n + " strings");
            }

            var results = new string[n];
            for (int i = 0; i < n; i++)
            {
                object? item = list[i] is PSObject w ? w.BaseObject : list[i];
                results[i] = item switch
                {
                    string s => s,
                    Guid g => g.ToString(),
                    _ => throw new BenchException("(" + id + ") item " + i + " is " + (item?.GetType().FullName ?? "$null") + ", expected a string"),
                };
            }

            return results;
        }

        private static string Describe(Collection<PSObject> commands)
        {
            return string.Join(", ", commands.Select(c => c.BaseObject).OfType<CommandInfo>()
                .Select(c => c.Name + " (" + (string.IsNullOrEmpty(c.ModuleName) ? "?" : c.ModuleName) + ")"));
        }

        private static double MedianOf(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            int mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        private sealed record BenchCase(string Id, string Label, string Command, bool Verify = true);

        private readonly record struct Sample(double Milliseconds, long AllocatedBytes, int Gen0, int Gen1, int Gen2);
    }

    internal sealed class BenchException : Exception
    {
        public BenchException(string message)
            : base(message)
        {
        }
    }
}
