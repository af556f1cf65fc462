using System.Diagnostics;
using System.IO;
using Xunit;

namespace HardMatch.Tests
{
    /// <summary>powershell/host runs scripts (the example runbook among them) and reports errors by exit code.</summary>
    public sealed class HostTests
    {
        private static string HostDll
        {
            get
            {
                string dll = Path.Combine(ModulePaths.RepoRoot, "powershell", "host", "HardMatch.Host", "bin", "Release", "net10.0", "HardMatch.Host.dll");
                Assert.True(File.Exists(dll), "HardMatch.Host is not built at " + dll + ": run powershell/build.sh first.");
                return dll;
            }
        }

        private static (int Code, string Out, string Err) RunHost(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(HostDll);
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["HARDMATCH_MODULE"] = ModulePaths.Manifest;
            using var process = Process.Start(start)!;
            var err = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, err.Result);
        }

        [Fact]
        public void Runbook_PrintsTheStampingCommands()
        {
            var (code, output, err) = RunHost(Path.Combine(ModulePaths.RepoRoot, "powershell", "examples", "runbook.ps1"), "jdoe");
            Assert.True(code == 0, err);
            Assert.Contains("Set-MsolUser -UserPrincipalName 'jdoe@contoso.com' -ImmutableId '" + Oracle.ImmutableId("02347d41-d494-480c-a212-6e645f458fdb") + "'", output);
            Assert.Contains("Update-MgUser -UserId 'jdoe@contoso.com' -OnPremisesImmutableId 'QX00ApTUDEiiEm5kX0WP2w=='", output);
            Assert.Contains("Start-ADSyncSyncCycle -PolicyType Delta", output);
        }

        [Fact]
        public void ScriptWithErrors_ExitsNonZero_AndReportsOnStderr()
        {
            string script = Path.Combine(Path.GetTempPath(), "hardmatch-host-" + System.Guid.NewGuid().ToString("N") + ".ps1");
            File.WriteAllText(script, "Import-Module $env:HARDMATCH_MODULE\nConvertTo-ImmutableId $args[0]\nConvertTo-ImmutableId 'QX00ApTUDEiiEm5kX0WP2w'\n");
            try
            {
                var (code, output, err) = RunHost(script, "02347d41-d494-480c-a212-6e645f458fdb");
                Assert.Equal(1, code);
                Assert.Equal("QX00ApTUDEiiEm5kX0WP2w==", output.Trim());
                Assert.Contains("HardMatch.MissingPadding", err);
            }
            finally
            {
                File.Delete(script);
            }
        }
    }
}
