using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace HardMatch.Tests
{
    /// <summary>The staged module folder, its manifest, help, re-import and concurrency.</summary>
    public sealed class ModuleTests
    {
        private static readonly string[] Cmdlets = { "ConvertTo-ImmutableId", "ConvertFrom-ImmutableId", "Convert-SourceAnchor", "Test-ImmutableId" };

        [Fact]
        public void StagedFolder_HasEveryPiece()
        {
            string dir = Path.GetDirectoryName(ModulePaths.Manifest)!;
            Assert.True(File.Exists(Path.Combine(dir, "HardMatch.PowerShell.dll")));
            Assert.True(File.Exists(Path.Combine(dir, "HardMatch.Format.ps1xml")));
            Assert.True(File.Exists(Path.Combine(dir, "en-US", "HardMatch.PowerShell.dll-Help.xml")));
            Assert.True(File.Exists(Path.Combine(dir, "runtimes", "linux-x64", "native", "libhardmatch.so")) || !OperatingSystem.IsLinux());
            Assert.False(File.Exists(Path.Combine(dir, "hardmatch.dll")), "the managed DLL must not be named like the native one");
        }

        [Fact]
        public void Manifest_ExportsExactly()
        {
            using var session = new PowerShellSession();
            // The hostable engine has no Import-PowerShellDataFile or Sort-Object: evaluate the data
            // file as a restricted-language script block and sort in C#.
            RunResult result = session.RunClean(@"
$m = & ([scriptblock]::Create([IO.File]::ReadAllText($args[0])))
$mod = Get-Module HardMatch
$m.ModuleVersion
$m.RootModule
,[string[]]$m.CompatiblePSEditions
$m.PowerShellVersion
,[string[]]$m.CmdletsToExport
$m.FunctionsToExport.Count
$m.AliasesToExport.Count
$m.VariablesToExport.Count
,[string[]]$mod.ExportedCmdlets.Keys
$mod.ExportedFunctions.Count
$mod.ExportedAliases.Count
$mod.Version.ToString()", ModulePaths.Manifest);
            object?[] v = result.Values;
            string[] Sorted(object? list) => ((string[])list!).OrderBy(x => x, StringComparer.OrdinalIgnoreCase).ToArray();
            string[] cmdlets = Cmdlets.OrderBy(c => c, StringComparer.OrdinalIgnoreCase).ToArray();
            Assert.Equal(12, v.Length);
            Assert.Equal("0.1.0", v[0]);
            Assert.Equal("HardMatch.PowerShell.dll", v[1]);
            Assert.Equal(new[] { "Core", "Desktop" }, Sorted(v[2]));
            Assert.Equal("5.1", v[3]);
            Assert.Equal(cmdlets, Sorted(v[4]));
            Assert.Equal(new object?[] { 0, 0, 0 }, v[5..8]);
            Assert.Equal(cmdlets, Sorted(v[8]));
            Assert.Equal(new object?[] { 0, 0, "0.1.0" }, v[9..12]);
        }

        /// <summary>
        /// The module's status enum mirrors the C ABI's numbers: checked against the committed header
        /// (which a Rust test keeps equal to the library), so neither side can drift alone.
        /// </summary>
        [Fact]
        public void StatusEnum_MatchesTheHeaderNumberForNumber()
        {
            string header = File.ReadAllText(Path.Combine(ModulePaths.RepoRoot, "include", "hardmatch.h"));
            var native = Regex.Matches(header, @"\bHM_STATUS_([A-Z0-9_]+) = (\d+),")
                .ToDictionary(
                    m => string.Concat(m.Groups[1].Value.Split('_').Select(w => w[0] + w.Substring(1).ToLowerInvariant())),
                    m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(native.Count >= 30, "statuses found in the header: " + native.Count);

            using var session = new PowerShellSession();
            RunResult result = session.RunClean(@"
$t = [HardMatch.PowerShell.Model.HardMatchStatus]
foreach ($name in [Enum]::GetNames($t)) { '{0}={1}' -f $name, [int][Enum]::Parse($t, $name) }");
            var managed = result.Strings.Select(l => l.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
            // Managed-only outcomes sit at 1000 and above, outside the native range.
            Assert.Equal(native.OrderBy(p => p.Key), managed.Where(p => p.Value < 1000).OrderBy(p => p.Key));
        }

        [Fact]
        public void ReImport_WithForce_KeepsWorking()
        {
            using var session = new PowerShellSession();
            RunResult result = session.RunClean(@"
Import-Module -Name $args[0] -Force
Import-Module -Name $args[0] -Force
Remove-Module HardMatch
Import-Module -Name $args[0]
ConvertTo-ImmutableId '02347d41-d494-480c-a212-6e645f458fdb'", ModulePaths.Manifest);
            Assert.Equal(new[] { "QX00ApTUDEiiEm5kX0WP2w==" }, result.Strings);
        }

        [Fact]
        public async Task TwoRunspaces_ConvertConcurrently()
        {
            using var a = new PowerShellSession();
            using var b = new PowerShellSession();
            string[] guids = Enumerable.Range(0, 2000).Select(i => Guid.NewGuid().ToString()).ToArray();
            string[] expected = guids.Select(Oracle.ImmutableId).ToArray();
            const string Script = "$args[0] | ConvertTo-ImmutableId; ConvertTo-ImmutableId -InputObject $args[0] | ForEach-Object { $_ }";

            var ta = Task.Run(() => a.RunClean(Script, (object)guids));
            var tb = Task.Run(() => b.RunClean(Script, (object)guids));
            RunResult[] results = await Task.WhenAll(ta, tb);

            Assert.Equal(expected.Concat(expected), results[0].Strings);
            Assert.Equal(expected.Concat(expected), results[1].Strings);
        }

        [Fact]
        public void RunspacePool_ConvertsConcurrently()
        {
            var state = InitialSessionState.CreateDefault2();
            state.ImportPSModule(new[] { ModulePaths.Manifest });
            using RunspacePool pool = RunspaceFactory.CreateRunspacePool(state);
            pool.SetMaxRunspaces(4);
            pool.Open();

            var jobs = new List<(PowerShell Ps, IAsyncResult Handle, string[] Expected)>();
            for (int j = 0; j < 8; j++)
            {
                Guid[] guids = Enumerable.Range(0, 500).Select(i => Guid.NewGuid()).ToArray();
                var ps = PowerShell.Create();
                ps.RunspacePool = pool;
                ps.AddScript("param($g) $g | ConvertTo-ImmutableId; (ConvertTo-ImmutableId $g) | ForEach-Object { $_ }; (Convert-SourceAnchor -InputObject ($g | ConvertTo-ImmutableId) -To Guid) | ForEach-Object { $_ }").AddArgument(guids);
                jobs.Add((ps, ps.BeginInvoke(), guids.Select(g => Convert.ToBase64String(g.ToByteArray())).ToArray()));
                jobs[^1] = (ps, jobs[^1].Handle, jobs[^1].Expected.Concat(jobs[^1].Expected).Concat(guids.Select(g => g.ToString())).ToArray());
            }

            foreach (var (ps, handle, expected) in jobs)
            {
                var output = ps.EndInvoke(handle);
                Assert.Empty(ps.Streams.Error);
                Assert.Equal(expected, output.Select(o => o.BaseObject.ToString()));
                ps.Dispose();
            }
        }

        [Fact]
        public void Help_HasSynopsisDescriptionParametersAndExamples()
        {
            string helpFile = Path.Combine(Path.GetDirectoryName(ModulePaths.Manifest)!, "en-US", "HardMatch.PowerShell.dll-Help.xml");
            XDocument help = XDocument.Load(helpFile);
            XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
            XNamespace maml = "http://schemas.microsoft.com/maml/2004/10";
            var entries = help.Root!.Elements(command + "command").ToDictionary(c => (string)c.Element(command + "details")!.Element(command + "name")!);
            Assert.Equal(Cmdlets.OrderBy(c => c), entries.Keys.OrderBy(c => c));

            using var session = new PowerShellSession();
            foreach (string cmdlet in Cmdlets)
            {
                XElement entry = entries[cmdlet];
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(command + "details")!.Element(maml + "description")!.Value), cmdlet + " synopsis");
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(maml + "description")!.Value), cmdlet + " description");
                var documented = entry.Element(command + "parameters")!.Elements(command + "parameter").Select(p => (string)p.Element(maml + "name")!).ToHashSet(StringComparer.OrdinalIgnoreCase);
                RunResult parameters = session.RunClean("(Get-Command $args[0]).Parameters.Keys", cmdlet);
                foreach (string name in parameters.Strings.Where(p => !IsCommon(p)))
                {
                    Assert.Contains(name, documented);
                }

                Assert.NotEmpty(entry.Element(command + "examples")!.Elements(command + "example"));

                // And Get-Help finds it through the module (the help file is named after the DLL).
                RunResult got = session.RunClean("$h = Get-Help $args[0] -Full; $h.Synopsis; @($h.examples.example).Count", cmdlet);
                Assert.Equal(((string)entry.Element(command + "details")!.Element(maml + "description")!.Value).Trim(), ((string)got.Values[0]!).Trim());
                Assert.Equal(entry.Element(command + "examples")!.Elements(command + "example").Count(), got.Values[1]);
            }

            string all = help.ToString();
            foreach (string step in new[] { "Get-ADUser", "Set-MsolUser", "Update-MgUser", "Set-EntraUser", "Start-ADSyncSyncCycle" })
            {
                Assert.Contains(step, all);
            }
        }

        private static bool IsCommon(string name) =>
            new[] { "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm" }
                .Contains(name, StringComparer.OrdinalIgnoreCase);

        [Fact]
        public void FormatData_IsRegistered_ForTheResultTypes()
        {
            using var session = new PowerShellSession();
            RunResult result = session.RunClean("(Get-Module HardMatch).ExportedFormatFiles");
            string file = Assert.IsType<string>(Assert.Single(result.Values));
            Assert.Equal("HardMatch.Format.ps1xml", Path.GetFileName(file));
            XDocument xml = XDocument.Load(file);
            var viewed = xml.Descendants("ViewSelectedBy").Select(v => (string)v.Element("TypeName")!).ToArray();
            Assert.Contains("HardMatch.PowerShell.Model.ImmutableIdDiagnosis", viewed);
            Assert.Contains("HardMatch.PowerShell.Model.AnchorMatchResult", viewed);
            Assert.All(xml.Descendants("View"), v => Assert.NotNull(v.Element("TableControl")));
        }

        /// <summary>The views drawn by the engine's own formatter, through a host, as pwsh shows them.</summary>
        [Fact]
        public void FormatViews_DrawTheDiagnosisAndTheMatchAsTables()
        {
            var drawn = new StringWriter();
            var errors = new StringWriter();
            using Runspace runspace = RunspaceFactory.CreateRunspace(new HardMatch.Host.TextHost(drawn, errors, width: 160), InitialSessionState.CreateDefault2());
            runspace.Open();
            using var ps = PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddScript(@"
Import-Module -Name $args[0] -ErrorAction Stop
Test-ImmutableId 'QX00ApTUDEiiEm5kX0WP2w', 'abc$' -Detailed | Out-Host
Test-ImmutableId 'AkNHfZTUDEiiEm5kX0WP2w==' -Guid 02347d41-d494-480c-a212-6e645f458fdb -Detailed | Out-Host").AddArgument(ModulePaths.Manifest);
            ps.Invoke();
            Assert.Empty(ps.Streams.Error);
            Assert.Equal(string.Empty, errors.ToString());

            string[] lines = drawn.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
            int diagnosis = Array.FindIndex(lines, l => l.StartsWith("Value", StringComparison.Ordinal));
            Assert.True(diagnosis >= 0, drawn.ToString());
            Assert.Equal(new[] { "Value", "Verdict", "Finding", "CorrectedImmutableId", "Reason" }, Words(lines[diagnosis]));
            Assert.StartsWith("-----", lines[diagnosis + 1], StringComparison.Ordinal);
            Assert.Equal(new[] { "QX00ApTUDEiiEm5kX0WP2w", "Repairable", "MissingPadding", "QX00ApTUDEiiEm5kX0WP2w==" }, Words(lines[diagnosis + 2]).Take(4));
            Assert.Contains(lines.Skip(diagnosis + 3), l => Words(l).Take(3).SequenceEqual(new[] { "abc$", "Invalid", "IllegalCharacter" }));

            int match = Array.FindIndex(lines, l => l.StartsWith("Guid", StringComparison.Ordinal));
            Assert.True(match > diagnosis, drawn.ToString());
            Assert.Equal(new[] { "Guid", "ImmutableId", "Result", "Reason" }, Words(lines[match]));
            Assert.Equal(new[] { "02347d41-d494-480c-a212-6e645f458fdb", "AkNHfZTUDEiiEm5kX0WP2w==", "Different" }, Words(lines[match + 2]).Take(3));
        }

        private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
