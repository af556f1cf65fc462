using System;
using System.Linq;

namespace HardMatch.Bench
{
    /// <summary>
    /// Usage:
    ///   HardMatch.Bench engine [N] [repeats] [path/to/HardMatch.psd1] [--diag]
    ///   HardMatch.Bench dotnet [--verbose]
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string mode = args.Length > 0 ? args[0] : string.Empty;
            string[] rest = args.Skip(1).ToArray();
            try
            {
                return mode switch
                {
                    "engine" => EngineBench.Run(rest),
                    "dotnet" => DotnetBench.Run(rest),
                    _ => Usage(),
                };
            }
            catch (BenchException e)
            {
                Console.Error.WriteLine(mode + ": FAILED: " + e.Message);
                return 1;
            }
        }

        private static int Usage()
        {
            Console.Error.WriteLine("usage: HardMatch.Bench engine [N=1000000] [repeats=3] [path/to/HardMatch.psd1] [--diag]");
            Console.Error.WriteLine("       HardMatch.Bench dotnet [--verbose]");
            return 2;
        }
    }
}
