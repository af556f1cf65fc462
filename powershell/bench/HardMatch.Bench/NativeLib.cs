using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace HardMatch.Bench
{
    /// <summary>
    /// The bench's own P/Invoke declaration of the one native entry point it measures (it does not
    /// borrow the module's), and the resolver that finds libhardmatch for [DllImport("hardmatch")].
    /// </summary>
    internal static unsafe class NativeLib
    {
        private const string Library = "hardmatch";
        private static readonly object Gate = new object();
        private static bool registered;

        /// <summary>Where the library was loaded from (for the report).</summary>
        internal static string? LoadedFrom { get; private set; }

        /// <summary>
        /// N GUIDs as 16 x N bytes in AD order to N ImmutableIds of 24 UTF-16 units each, end to end,
        /// NUL after the last; *out_len = 24 * N. (include/hardmatch.h)
        /// </summary>
        [DllImport(Library, EntryPoint = "hm_immutable_ids_from_bytes_utf16", ExactSpelling = true)]
        internal static extern int ImmutableIdsFromBytesUtf16(byte* bytes, nuint bytesLen, char* output, nuint outCap, nuint* outLen);

        /// <summary>Idempotent; call before the first P/Invoke (the BenchmarkDotNet child process too).</summary>
        internal static void EnsureResolver()
        {
            lock (Gate)
            {
                if (registered)
                {
                    return;
                }

                NativeLibrary.SetDllImportResolver(typeof(NativeLib).Assembly, Resolve);
                registered = true;
            }
        }

        private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
        {
            if (name != Library)
            {
                return IntPtr.Zero;
            }

            string path = FindLibrary() ?? throw new DllNotFoundException(
                "libhardmatch not found: set HARDMATCH_NATIVE_LIB, or run 'cargo build --release' at the repository root");
            LoadedFrom = path;
            return NativeLibrary.Load(path);
        }

        /// <summary>HARDMATCH_NATIVE_LIB, else beside the binary, else target/release above the binary or the working directory.</summary>
        internal static string? FindLibrary()
        {
            string file = OperatingSystem.IsWindows() ? "hardmatch.dll" : OperatingSystem.IsMacOS() ? "libhardmatch.dylib" : "libhardmatch.so";
            string? fromEnv = Environment.GetEnvironmentVariable("HARDMATCH_NATIVE_LIB");
            if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv))
            {
                return Path.GetFullPath(fromEnv);
            }

            // Repository build first: a copy beside the binary can be stale after a rebuild of the library.
            string? inRepo = Paths.FindUpwards(Path.Combine("target", "release", file));
            if (inRepo != null)
            {
                return inRepo;
            }

            string beside = Path.Combine(AppContext.BaseDirectory, file);
            return File.Exists(beside) ? beside : null;
        }
    }

    internal static class Paths
    {
        /// <summary>The first existing relative path found walking up from the binary, then from the working directory.</summary>
        internal static string? FindUpwards(string relative)
        {
            foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (DirectoryInfo? dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    string candidate = Path.Combine(dir.FullName, relative);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }
    }

    internal static class TestData
    {
        /// <summary>Reproducible random version-4 GUIDs (seeded, so every run and mode converts the same values).</summary>
        internal static Guid[] RandomGuids(int count, int seed = 20240611)
        {
            var random = new Random(seed);
            var guids = new Guid[count];
            Span<byte> bytes = stackalloc byte[16];
            for (int i = 0; i < count; i++)
            {
                random.NextBytes(bytes);
                bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (the high nibble of Data3, little-endian)
                bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
                guids[i] = new Guid(bytes);
            }

            return guids;
        }
    }
}
