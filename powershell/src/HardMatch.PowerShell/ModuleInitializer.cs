using System.Management.Automation;
using HardMatch.PowerShell.Native;

namespace HardMatch.PowerShell
{
    /// <summary>
    /// Runs on Import-Module: points the runtime at the native library in the module's own folder
    /// before any cmdlet makes its first P/Invoke. Safe to run again (-Force, more runspaces).
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        public void OnImport() => NativeLibraryLoader.EnsureRegistered();
    }
}
