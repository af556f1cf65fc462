using System;
using System.Linq;
using System.Runtime;
using Xunit;

namespace HardMatch.Tests
{
    /// <summary>Tests that read the process-wide collector state run alone, after the parallel ones.</summary>
    [CollectionDefinition("Garbage collector", DisableParallelization = true)]
    public sealed class GarbageCollectorCollection
    {
    }

    /// <summary>
    /// A large whole-array conversion holds collection off while it makes its strings (a no-GC region),
    /// and leaves the collector as it found it.
    /// </summary>
    [Collection("Garbage collector")]
    public sealed class AllocationBurstTests : IDisposable
    {
        private readonly PowerShellSession session = new PowerShellSession();

        public void Dispose() => session.Dispose();

        [Fact]
        public void MillionGuidBatch_MeetsAtMostTwoCollections_AndLeavesNoRegionOpen()
        {
            Guid[] guids = Enumerable.Range(0, 1_000_000).Select(_ => Guid.NewGuid()).ToArray();
            GCLatencyMode before = GCSettings.LatencyMode;
            string[] expected = guids.Select(g => Convert.ToBase64String(g.ToByteArray())).ToArray();
            RunResult first = session.RunClean(",(ConvertTo-ImmutableId -InputObject $args[0])", (object)guids);
            Assert.Equal(expected, Assert.IsType<string[]>(Assert.Single(first.Values)));
            Assert.Equal(before, GCSettings.LatencyMode);

            // 80 MB of strings: without the region they meet five to seven gen0 collections here
            // (measured); with it, the region's start makes one, and the 8 MB result array, made
            // before the region opens, may meet another. Counted on a warm session.
            int gen0 = GC.CollectionCount(0);
            session.RunClean("$null = ConvertTo-ImmutableId -InputObject $args[0]", (object)guids);
            int collections = GC.CollectionCount(0) - gen0;
            Assert.True(collections <= 2, collections + " gen0 collections during the batch");
            Assert.Equal(before, GCSettings.LatencyMode);
        }

        [Fact]
        public void RegionOpenedByTheCaller_IsLeftOpen()
        {
            Guid[] guids = Enumerable.Range(0, 50_000).Select(_ => Guid.NewGuid()).ToArray();
            session.RunClean("$null = ConvertTo-ImmutableId -InputObject $args[0][0..9]", (object)guids); // warm
            Assert.True(GC.TryStartNoGCRegion(128L << 20), "the test could not open its own region");
            try
            {
                RunResult result = session.RunClean(",(ConvertTo-ImmutableId -InputObject $args[0])", (object)guids);
                Assert.Equal(guids.Select(g => Convert.ToBase64String(g.ToByteArray())), Assert.IsType<string[]>(Assert.Single(result.Values)));
                Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            }
            finally
            {
                if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                {
                    GC.EndNoGCRegion();
                }
            }
        }
    }
}
