using System;
using System.IO;

namespace HardMatch.Tests
{
    /// <summary>Finds the repository (the folder holding Cargo.toml) and the module build.sh staged.</summary>
    internal static class ModulePaths
    {
        private static readonly Lazy<string> Root = new Lazy<string>(FindRoot);

        public static string RepoRoot => Root.Value;

        public static string ModuleDir => Path.Combine(RepoRoot, "out", "HardMatch");

        public static string Manifest
        {
            get
            {
                string manifest = Path.Combine(ModuleDir, "HardMatch.psd1");
                if (!File.Exists(manifest) || !File.Exists(Path.Combine(ModuleDir, "HardMatch.PowerShell.dll")))
                {
                    throw new InvalidOperationException(
                        "The HardMatch module is not staged at " + ModuleDir + ". Run powershell/build.sh first " +
                        "(it builds the native library and the module and copies them to out/HardMatch).");
                }

                return manifest;
            }
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cargo.toml")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("No Cargo.toml above " + AppContext.BaseDirectory + ": the tests must run inside the HardMatch repository.");
        }
    }
}
