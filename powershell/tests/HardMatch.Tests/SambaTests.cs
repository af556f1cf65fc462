using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace HardMatch.Tests
{
    /// <summary>
    /// The real directory: a throw-away Samba AD DC (tests/samba/samba-dc.sh). Users' objectGUIDs
    /// are read with ldapsearch, converted through the module, and must equal the base64 LDAP itself
    /// returns; the module's LDAP filter must find the same user again. Skipped, loudly, when the
    /// script exits 77 (samba or ldap-utils missing, not root).
    /// </summary>
    public sealed class SambaTests : IClassFixture<SessionFixture>
    {
        private static readonly string Script = Path.Combine(ModulePaths.RepoRoot, "tests", "samba", "samba-dc.sh");
        private readonly PowerShellSession session;
        private readonly ITestOutputHelper log;

        public SambaTests(SessionFixture fixture, ITestOutputHelper log)
        {
            session = fixture.Session;
            this.log = log;
        }

        [SkippableFact]
        public void ObjectGuids_FromARealDirectory_ConvertAndFindTheUserAgain()
        {
            Skip.IfNot(File.Exists(Script), "SKIPPED: " + Script + " does not exist (the Samba DC script is not in this checkout).");
            string dir = Path.Combine(Path.GetTempPath(), "hardmatch-samba-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(dir);
            try
            {
                var (upCode, upOut) = Run("bash", Script, "up", dir);
                if (upCode == 77)
                {
                    Console.Error.WriteLine("************ SKIP: Samba AD DC unavailable ************\n" + upOut);
                    Skip.If(true, "SKIPPED: samba-dc.sh exited 77 (samba/ldap-utils missing or not root): " + upOut.Trim());
                }

                Assert.True(upCode == 0, "samba-dc.sh up failed (" + upCode + "):\n" + upOut);
                Dictionary<string, string> env = ReadEnv(Path.Combine(dir, "env"));

                string[] names = { "hmalice", "hmbob", "hmcarol" };
                foreach (string name in names)
                {
                    var (code, output) = Run("bash", Script, "add-user", dir, name);
                    Assert.True(code == 0, "add-user " + name + ": " + output);
                }

                var ldapGuids = new List<string>();
                foreach (string name in names)
                {
                    // What LDAP itself returns: LDIF 'objectGUID:: <base64 of the raw 16 bytes>'.
                    string ldif = LdapSearch(env, "(sAMAccountName=" + name + ")", "objectGUID");
                    Match m = Regex.Match(ldif, @"^objectGUID:: (\S+)$", RegexOptions.Multiline);
                    Assert.True(m.Success, "no objectGUID for " + name + " in:\n" + ldif);
                    string ldapBase64 = m.Groups[1].Value;
                    byte[] raw = Convert.FromBase64String(ldapBase64);
                    Assert.Equal(16, raw.Length);
                    ldapGuids.Add(ldapBase64);

                    var (_, scriptGuid) = Run("bash", Script, "guid", dir, name);
                    Assert.Equal(ldapBase64, scriptGuid.Trim());

                    // byte[] (as mS-DS-ConsistencyGuid / ldapsearch give it) through the module.
                    RunResult converted = session.RunClean(@"
ConvertTo-ImmutableId -InputObject $args[0]
[pscustomobject]@{ ObjectGUID = [guid]::new($args[0]); SamAccountName = $args[1] } | ConvertTo-ImmutableId
ConvertFrom-ImmutableId (ConvertTo-ImmutableId -InputObject $args[0]) -As LdapFilter", raw, name);
                    Assert.Equal(ldapBase64, converted.Strings[0]);
                    Assert.Equal(ldapBase64, converted.Strings[1]);
                    string filter = converted.Strings[2];
                    Assert.Equal(string.Concat(raw.Select(b => "\\" + b.ToString("x2"))), filter);

                    // The module's filter finds the same user, and only that user.
                    string found = LdapSearch(env, "(objectGUID=" + filter + ")", "sAMAccountName");
                    var sams = Regex.Matches(found, @"^sAMAccountName: (\S+)$", RegexOptions.Multiline).Select(x => x.Groups[1].Value).ToArray();
                    Assert.Equal(new[] { name }, sams);
                    log.WriteLine(name + ": objectGUID " + ldapBase64 + ", filter " + filter);
                }

                // All at once: one batch of byte[]s gives the same values.
                RunResult batch = session.RunClean("ConvertTo-ImmutableId -InputObject $args[0]", (object)ldapGuids.Select(Convert.FromBase64String).Cast<object>().ToArray());
                Assert.Equal(ldapGuids, (string[])batch.Values.Single()!);
            }
            finally
            {
                Run("bash", Script, "down", dir);
            }
        }

        private static string LdapSearch(Dictionary<string, string> env, string filter, string attribute)
        {
            var (code, output) = Run("ldapsearch", "-LLL", "-x", "-o", "ldif-wrap=no", "-H", env["LDAP_URI"], "-D", env["BIND_DN"], "-w", env["BIND_PW"], "-b", env["BASE_DN"], filter, attribute);
            Assert.True(code == 0, "ldapsearch " + filter + " failed: " + output);
            return output;
        }

        private static Dictionary<string, string> ReadEnv(string path)
        {
            var env = new Dictionary<string, string>();
            foreach (string line in File.ReadAllLines(path))
            {
                int eq = line.IndexOf('=');
                if (eq > 0 && !line.StartsWith('#'))
                {
                    env[line.Substring(0, eq).Trim()] = line.Substring(eq + 1).Trim();
                }
            }

            foreach (string key in new[] { "LDAP_URI", "BIND_DN", "BIND_PW", "BASE_DN" })
            {
                Assert.True(env.ContainsKey(key), key + " missing from " + path);
            }

            return env;
        }

        private static (int Code, string Output) Run(string file, params string[] args)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["LDAPNOINIT"] = "1";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(300_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, stdout + "\n(timed out)");
            }

            return (process.ExitCode, stdout + stderr.Result);
        }
    }
}
