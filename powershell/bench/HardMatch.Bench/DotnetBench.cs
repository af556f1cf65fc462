using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HardMatch.Bench
{
    using AllocationBurst = HardMatch.PowerShell.Internal.AllocationBurst;

    /// <summary>
    /// C#-level cost of 1,000,000 GUIDs to ImmutableIds (string[]), BenchmarkDotNet, short job:
    /// the usual Convert.ToBase64String(guid.ToByteArray()) loop (baseline), the best pure-.NET loop
    /// (no per-item byte[]), and the native batch (one P/Invoke for all N, then N strings).
    /// </summary>
    [MemoryDiagnoser]
    public class ImmutableIdBatch
    {
        public const int N = 1_000_000;

        private Guid[] guids = Array.Empty<Guid>();

        [GlobalSetup]
        public void Setup()
        {
            NativeLib.EnsureResolver();
            guids = TestData.RandomGuids(N);

            // Every variant must give the same N strings before anything is timed.
            string[] expected = ConvertLoop();
            Check(expected, ConvertSpan(), nameof(ConvertSpan));
            Check(expected, NativeBatch(), nameof(NativeBatch));
            Check(expected, NativeBatchPinned(), nameof(NativeBatchPinned));
            Check(expected, NativeChunked(), nameof(NativeChunked));
            Check(expected, NativeChunkedNoGC(), nameof(NativeChunkedNoGC));
        }

        /// <summary>What scripts and most C# code do today: one 16-byte array and one string per GUID.</summary>
        [Benchmark(Baseline = true)]
        public string[] ConvertLoop()
        {
            Guid[] input = guids;
            var ids = new string[input.Length];
            for (int i = 0; i < input.Length; i++)
            {
                ids[i] = Convert.ToBase64String(input[i].ToByteArray());
            }

            return ids;
        }

        /// <summary>Best pure .NET: TryWriteBytes into a stack span (same bytes as ToByteArray), no byte[] per item.</summary>
        [Benchmark]
        public string[] ConvertSpan()
        {
            Guid[] input = guids;
            var ids = new string[input.Length];
            Span<byte> bytes = stackalloc byte[16];
            for (int i = 0; i < input.Length; i++)
            {
                input[i].TryWriteBytes(bytes);
                ids[i] = Convert.ToBase64String(bytes);
            }

            return ids;
        }

        /// <summary>
        /// The native batch: the N GUIDs' ToByteArray() bytes packed into one byte[] (written in place with
        /// TryWriteBytes, the same 16 bytes without a temporary array each), ONE call into a char[24N+1],
        /// then new string(char[], 24i, 24) for each.
        /// </summary>
        [Benchmark]
        public unsafe string[] NativeBatch()
        {
            Guid[] input = guids;
            int count = input.Length;
            byte[] packed = new byte[count * 16];
            for (int i = 0; i < count; i++)
            {
                input[i].TryWriteBytes(packed.AsSpan(i * 16, 16));
            }

            fixed (byte* b = packed)
            {
                return OneCall(b, count);
            }
        }

        /// <summary>
        /// What the module does for a [guid[]]: on little-endian machines a Guid[] in memory already is
        /// the 16 x N bytes in ToByteArray order, so it is pinned and passed as it is (no packing copy).
        /// </summary>
        [Benchmark]
        public unsafe string[] NativeBatchPinned()
        {
            Guid[] input = guids;
            int count = input.Length;
            if (!BitConverter.IsLittleEndian)
            {
                return NativeBatch();
            }

            fixed (Guid* g = input)
            {
                return OneCall((byte*)g, count);
            }
        }

        /// <summary>count x 16 bytes to ImmutableIds in ONE native call into a char[24N+1], then N strings.</summary>
        private static unsafe string[] OneCall(byte* bytes, int count)
        {
            char[] output = new char[(count * 24) + 1];
            nuint written;
            fixed (char* o = output)
            {
                int status = NativeLib.ImmutableIdsFromBytesUtf16(bytes, (nuint)count * 16, o, (nuint)output.Length, &written);
                ThrowIfFailed(status, written, count);
            }

            var ids = new string[count];
            for (int i = 0; i < count; i++)
            {
                ids[i] = new string(output, i * 24, 24);
            }

            return ids;
        }

        /// <summary>
        /// NativeBatchPinned in chunks, as the module converts a [guid[]] (there 128 per call, on the stack): one call per 1,024 GUIDs into a small reused buffer
        /// that stays in cache, instead of one 48 MB char[] written by the library and read back.
        /// </summary>
        [Benchmark]
        public unsafe string[] NativeChunked()
        {
            const int Chunk = 1024;
            Guid[] input = guids;
            int count = input.Length;
            if (!BitConverter.IsLittleEndian)
            {
                return NativeBatch();
            }

            var ids = new string[count];
            char[] output = new char[(Chunk * 24) + 1];
            fixed (Guid* g = input)
            fixed (char* o = output)
            {
                for (int start = 0; start < count; start += Chunk)
                {
                    int n = Math.Min(Chunk, count - start);
                    nuint written;
                    int status = NativeLib.ImmutableIdsFromBytesUtf16((byte*)(g + start), (nuint)n * 16, o, (nuint)output.Length, &written);
                    ThrowIfFailed(status, written, n);
                    for (int i = 0; i < n; i++)
                    {
                        ids[start + i] = new string(o, i * 24, 24);
                    }
                }
            }

            return ids;
        }

        /// <summary>
        /// What the module does: NativeChunked inside the module's own AllocationBurst (its source is
        /// compiled in here), a no-GC region sized for the N strings.
        /// </summary>
        [Benchmark]
        public string[] NativeChunkedNoGC()
        {
            using var burst = AllocationBurst.ForStrings(guids.Length, 24);
            return NativeChunked();
        }

        /// <summary>
        /// Not a conversion: N copies of one 24-character string into a string[]. The floor of anything
        /// that hands back N separate strings (allocation, and the GC promoting what stays alive).
        /// </summary>
        [Benchmark]
        public string[] StringsOnly()
        {
            char[] text = "AAAAAAAAAAAAAAAAAAAAAA==".ToCharArray();
            var ids = new string[guids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = new string(text, 0, 24);
            }

            return ids;
        }

        /// <summary>What each benchmark does, for the printed table.</summary>
        internal static readonly Dictionary<string, string> Descriptions = new()
        {
            [nameof(ConvertLoop)] = "`Convert.ToBase64String(g.ToByteArray())` loop",
            [nameof(ConvertSpan)] = "`g.TryWriteBytes(stack span)` + `Convert.ToBase64String(span)` loop",
            [nameof(NativeBatch)] = "native batch: pack the ToByteArray() bytes into one byte[16N], 1 call into char[24N+1], N x `new string(char[], 24i, 24)`",
            [nameof(NativeBatchPinned)] = "native batch, one call: pin the Guid[] as its bytes (no packing), 1 call into char[24N+1], N strings",
            [nameof(NativeChunked)] = "chunked (the module uses 128 per call, on the stack): native calls per 1,024 GUIDs into a reused 48 KB buffer, N strings",
            [nameof(NativeChunkedNoGC)] = "as the module does it: NativeChunked inside a bounded no-GC region (no collection while the strings are made)",
            [nameof(StringsOnly)] = "floor, no conversion: N x `new string(char[], 0, 24)` into a string[]",
        };

        private static void ThrowIfFailed(int status, nuint written, int count)
        {
            if (status != 0 || written != (nuint)count * 24)
            {
                throw new InvalidOperationException(
                    "hm_immutable_ids_from_bytes_utf16 returned status " + status + ", wrote " + written + " units for " + count + " GUIDs");
            }
        }

        private static void Check(string[] expected, string[] actual, string name)
        {
            if (actual.Length != expected.Length)
            {
                throw new InvalidOperationException(name + ": " + actual.Length + " results, expected " + expected.Length);
            }

            for (int i = 0; i < expected.Length; i++)
            {
                if (!string.Equals(expected[i], actual[i], StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(name + ": item " + i + " is '" + actual[i] + "', expected '" + expected[i] + "'");
                }
            }
        }
    }

    internal static class DotnetBench
    {
        internal static int Run(string[] args)
        {
            bool verbose = args.Contains("--verbose") || Environment.GetEnvironmentVariable("HARDMATCH_BENCH_VERBOSE") == "1";
            string artifacts = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
            Directory.CreateDirectory(artifacts);

            // Fail fast, before BenchmarkDotNet builds anything, if the library cannot be found.
            NativeLib.EnsureResolver();
            string? library = NativeLib.FindLibrary();
            if (library == null)
            {
                Console.Error.WriteLine("dotnet: libhardmatch not found; run 'cargo build --release' at the repository root or set HARDMATCH_NATIVE_LIB");
                return 1;
            }

            // Short job: 1 launch, 3 warm-ups, 5 measured iterations; a few minutes on 2 cores.
            Job job = Job.Default
                .WithId("Short")
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(5)
                .WithEnvironmentVariable(new EnvironmentVariable("HARDMATCH_NATIVE_LIB", library));

            string logPath = Path.Combine(artifacts, "dotnet-bench.log");
            using var logFile = new StreamWriter(logPath, append: false);
            var config = ManualConfig.CreateEmpty()
                .AddJob(job)
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddExporter(MarkdownExporter.GitHub)
                .AddLogger(verbose ? ConsoleLogger.Default : new StreamLogger(logFile))
                .WithArtifactsPath(artifacts)
                .WithOptions(ConfigOptions.JoinSummary)
                .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));

            Console.Error.WriteLine("dotnet: BenchmarkDotNet, " + ImmutableIdBatch.N.ToString("N0", CultureInfo.InvariantCulture)
                + " GUIDs, native library " + library + (verbose ? string.Empty : "; log: " + logPath));
            Summary summary = BenchmarkRunner.Run<ImmutableIdBatch>(config);
            logFile.Flush();

            if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success || r.ResultStatistics == null))
            {
                Console.Error.WriteLine("dotnet: some benchmarks failed; see " + (verbose ? "the output above" : logPath));
                return 1;
            }

            PrintTables(summary, library);
            return 0;
        }

        private static void PrintTables(Summary summary, string library)
        {
            var inv = CultureInfo.InvariantCulture;
            var rows = new List<(string Name, string Description, double MeanNs, double StdDevNs, long? Allocated, bool Baseline)>();
            foreach (BenchmarkReport report in summary.Reports)
            {
                var stats = report.ResultStatistics!;
                string method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                rows.Add((
                    method,
                    ImmutableIdBatch.Descriptions.TryGetValue(method, out string? description) ? description : method,
                    stats.Mean,
                    stats.StandardDeviation,
                    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase),
                    report.BenchmarkCase.Descriptor.Baseline));
            }

            double baseline = rows.First(r => r.Baseline).MeanNs;
            int n = ImmutableIdBatch.N;
            Console.WriteLine();
            Console.WriteLine("### dotnet: " + n.ToString("N0", inv) + " GUIDs to ImmutableIds in C# (BenchmarkDotNet, short job)");
            Console.WriteLine();
            Console.WriteLine("Runtime " + RuntimeInformation.FrameworkDescription + ", " + RuntimeInformation.OSDescription.Trim()
                + ", " + Environment.ProcessorCount + " logical cores; native library " + library + ".");
            Console.WriteLine();
            Console.WriteLine("| method | what it does | mean ms | stddev ms | ns/item | items/s | allocated MB | speed-up vs ConvertLoop |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (var row in rows)
            {
                string allocated = row.Allocated.HasValue ? (row.Allocated.Value / 1e6).ToString("F1", inv) : "?";
                Console.WriteLine("| " + row.Name + (row.Baseline ? " (baseline)" : string.Empty) + " | " + row.Description
                    + " | " + (row.MeanNs / 1e6).ToString("F2", inv)
                    + " | " + (row.StdDevNs / 1e6).ToString("F2", inv)
                    + " | " + (row.MeanNs / n).ToString("F1", inv)
                    + " | " + (n / (row.MeanNs / 1e9)).ToString("N0", inv)
                    + " | " + allocated
                    + " | " + (baseline / row.MeanNs).ToString("F2", inv) + "x |");
            }

            Console.WriteLine();
            Console.WriteLine("BenchmarkDotNet's own table:");
            Console.WriteLine();
            MarkdownExporter.GitHub.ExportToLog(summary, new ConsoleTableOnlyLogger());
        }

        /// <summary>Passes the exporter's lines through to stdout.</summary>
        private sealed class ConsoleTableOnlyLogger : ILogger
        {
            public string Id => nameof(ConsoleTableOnlyLogger);

            public int Priority => 0;

            public void Write(LogKind logKind, string text) => Console.Write(text);

            public void WriteLine() => Console.WriteLine();

            public void WriteLine(LogKind logKind, string text) => Console.WriteLine(text);

            public void Flush() => Console.Out.Flush();
        }
    }
}
