using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace HardMatch.PowerShell.Native
{
    /// <summary>
    /// Makes [DllImport("hardmatch")] find the native library shipped in the module's own
    /// runtimes/&lt;rid&gt;/native folder, on every platform and edition:
    /// <list type="bullet">
    /// <item>Windows (5.1 on .NET Framework and 7 on .NET): preload the DLL by full path with
    /// LoadLibraryEx. The loader then resolves the DllImport by module name to the loaded copy;
    /// this is the only mechanism .NET Framework has (it has no NativeLibrary).</item>
    /// <item>Elsewhere (.NET Core only): NativeLibrary.SetDllImportResolver. netstandard2.0 does
    /// not expose it, so it is reached by reflection. It throws when called twice for the same
    /// assembly, and Import-Module -Force or a second runspace re-runs OnImport in the same
    /// process with the same (never unloaded) assembly, so a static flag guards it.</item>
    /// </list>
    /// </summary>
    internal static class NativeLibraryLoader
    {
        private static readonly object Gate = new object();
        private static bool registered;
        private static string? resolvedPath;

        /// <summary>The full path the native library was (or would be) loaded from; for diagnostics.</summary>
        internal static string? ResolvedPath => resolvedPath;

        /// <summary>Idempotent and thread-safe: call it before the first P/Invoke.</summary>
        internal static void EnsureRegistered()
        {
            if (registered)
            {
                return;
            }

            lock (Gate)
            {
                if (registered)
                {
                    return;
                }

                string moduleDir = Path.GetDirectoryName(typeof(NativeLibraryLoader).Assembly.Location) ?? string.Empty;
                resolvedPath = FindLibrary(moduleDir);
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                {
                    PreloadOnWindows(resolvedPath);
                }
                else
                {
                    RegisterResolver();
                }

                // Set last: a failure above leaves the next import free to try again.
                registered = true;
            }
        }

        /// <summary>runtimes/&lt;rid&gt;/native/&lt;file&gt; under the module folder, else the module folder itself.</summary>
        internal static string? FindLibrary(string moduleDir)
        {
            string? rid = RuntimeIdentifier();
            string file = LibraryFileName();
            if (rid != null)
            {
                string candidate = Path.Combine(Path.Combine(Path.Combine(Path.Combine(moduleDir, "runtimes"), rid), "native"), file);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            string flat = Path.Combine(moduleDir, file);
            return File.Exists(flat) ? flat : null;
        }

        /// <summary>The RIDs build.sh stages: win-x64/x86/arm64, osx-x64/arm64, linux-x64/arm64.</summary>
        internal static string? RuntimeIdentifier()
        {
            string? os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
                : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
                : null;
            string? arch = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => "x64",
                Architecture.X86 => "x86",
                Architecture.Arm64 => "arm64",
                Architecture.Arm => "arm",
                _ => null,
            };
            return os == null || arch == null ? null : os + "-" + arch;
        }

        internal static string LibraryFileName() =>
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "hardmatch.dll"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "libhardmatch.dylib"
            : "libhardmatch.so";

        private static void PreloadOnWindows(string? path)
        {
            if (path == null)
            {
                return; // Leave it to the default search (PATH, app folder); the first call will say what is missing.
            }

            // LOAD_WITH_ALTERED_SEARCH_PATH: dependencies resolve from the DLL's own folder.
            const uint LoadWithAlteredSearchPath = 0x00000008;
            if (LoadLibraryExW(path, IntPtr.Zero, LoadWithAlteredSearchPath) == IntPtr.Zero)
            {
                int error = Marshal.GetLastWin32Error();
                throw new DllNotFoundException("HardMatch could not load its native library '" + path + "' (Win32 error " + error + ").");
            }
        }

        [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true, ExactSpelling = true)]
        private static extern IntPtr LoadLibraryExW(string fileName, IntPtr file, uint flags);

        private static void RegisterResolver()
        {
            Type? nativeLibrary = Type.GetType("System.Runtime.InteropServices.NativeLibrary", throwOnError: false);
            Type? resolverType = Type.GetType("System.Runtime.InteropServices.DllImportResolver", throwOnError: false);
            if (nativeLibrary == null || resolverType == null)
            {
                return; // Mono or an old runtime: nothing to hook; the default search applies.
            }

            MethodInfo? setResolver = nativeLibrary.GetMethod("SetDllImportResolver", new[] { typeof(Assembly), resolverType });
            MethodInfo? load = nativeLibrary.GetMethod("Load", new[] { typeof(string) });
            MethodInfo? resolve = typeof(NativeLibraryLoader).GetMethod(nameof(Resolve), BindingFlags.NonPublic | BindingFlags.Static);
            if (setResolver == null || load == null || resolve == null)
            {
                return;
            }

            loadByPath = (Func<string, IntPtr>)Delegate.CreateDelegate(typeof(Func<string, IntPtr>), load);
            Delegate resolver = Delegate.CreateDelegate(resolverType, resolve);
            try
            {
                setResolver.Invoke(null, new object[] { typeof(NativeLibraryLoader).Assembly, resolver });
            }
            catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException)
            {
                // Already set for this assembly (by an earlier copy of this flag in another load
                // context, say): the resolver in place is ours, so this is not an error.
            }
        }

        private static Func<string, IntPtr>? loadByPath;

        /// <summary>The DllImportResolver: only "hardmatch" is ours; IntPtr.Zero hands the rest back to the runtime.</summary>
        private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
        {
            if (libraryName != NativeMethods.Library || resolvedPath == null || loadByPath == null)
            {
                return IntPtr.Zero;
            }

            return loadByPath(resolvedPath);
        }
    }
}
