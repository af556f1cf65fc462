using System;
using System.Runtime;

namespace HardMatch.PowerShell.Internal
{
    /// <summary>
    /// Holds garbage collection off while a batch allocates its results. A million ImmutableIds are
    /// a million small strings that all survive; collected as they are made, each gen0 and gen1
    /// collection copies them once more, which costs as much as making them (measured: half the time
    /// of a whole-array conversion). The region is process-wide but bounded: asked only for what the
    /// batch will allocate, and never with a full blocking collection to make room. When the runtime
    /// declines (too large, another region open, memory short) the batch runs as it would have
    /// anyway; when other threads use up the budget, the runtime ends the region and collects as usual.
    /// </summary>
    internal readonly struct AllocationBurst : IDisposable
    {
        /// <summary>Below this many bytes the collections a batch meets are too few to matter.</summary>
        private const long Threshold = 1L << 20;

        private readonly bool started;

        private AllocationBurst(bool started)
        {
            this.started = started;
        }

        /// <summary>For <paramref name="count"/> strings of <paramref name="chars"/> characters each.</summary>
        internal static AllocationBurst ForStrings(int count, int chars)
        {
            // A string on a 64-bit runtime: 20 bytes of header and length, the characters, a NUL,
            // rounded up to 8; asked with an eighth to spare, since other threads share the budget.
            long each = (20 + (2L * chars) + 2 + 7) & ~7L;
            long bytes = count * each;
            return Begin(bytes + (bytes / 8));
        }

        private static AllocationBurst Begin(long bytes)
        {
            // Asking while a region is open fails and, on .NET 10, also ends that region: someone
            // else's (another runspace's, the host's) is left alone.
            if (bytes < Threshold || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                return default;
            }

            try
            {
                return new AllocationBurst(GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true));
            }
            catch (ArgumentOutOfRangeException)
            {
                return default; // more than the runtime can promise at once
            }
            catch (InvalidOperationException)
            {
                // Another thread opened one since the check above (and the runtime has just ended
                // it: that batch loses speed, nothing else).
                return default;
            }
        }

        /// <summary>
        /// Ends the region if it is still open. Should the runtime have ended ours early and another
        /// thread opened its own since, this ends that one: again a loss of speed, nothing else.
        /// </summary>
        public void Dispose()
        {
            if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                    // The runtime ended it already: other allocations used up the budget.
                }
            }
        }
    }
}
