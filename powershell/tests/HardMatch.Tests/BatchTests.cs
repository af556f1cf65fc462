using System;
using System.Diagnostics;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace HardMatch.Tests
{
    /// <summary>Array arguments (one native batch call, one aligned array out) against pipeline streaming.</summary>
    public sealed class BatchTests : IClassFixture<SessionFixture>
    {
        private readonly PowerShellSession session;
        private readonly ITestOutputHelper log;

        public BatchTests(SessionFixture fixture, ITestOutputHelper log)
        {
            session = fixture.Session;
            this.log = log;
        }

        [Fact]
        public void GuidArray_AsArgument_GivesOneStringArray_EqualToThePipeline()
        {
            Guid[] guids = Enumerable.Range(0, 5000).Select(_ => Guid.NewGuid()).ToArray();
            string[] expected = guids.Select(g => Convert.ToBase64String(g.ToByteArray())).ToArray();

            RunResult result = session.RunClean("$a = ConvertTo-ImmutableId $args[0]; ,$a; $args[0] | ConvertTo-ImmutableId", (object)guids);
            Assert.Equal(expected, Assert.IsType<string[]>(result.Values[0]));
            Assert.Equal(expected, result.Values.Skip(1).Cast<string>());
        }

        [Fact]
        public void ArrayArgument_FollowedByACommand_StreamsItemByItem()
        {
            RunResult result = session.Run(@"
$items = @([guid]'02347d41-d494-480c-a212-6e645f458fdb', 'QX00ApTUDEiiEm5kX0WP2w', '88666888-0101-1111-bbbb-1234567890ab')
ConvertTo-ImmutableId -InputObject $items | ForEach-Object { ""<$_>"" }
Convert-SourceAnchor -InputObject $items[0], $items[2] -To Bytes | ForEach-Object { $_.Length }");
            Assert.Null(result.Thrown);
            Assert.Equal(new object[] { "<QX00ApTUDEiiEm5kX0WP2w==>", "<iGhmiAEBERG7uxI0VniQqw==>", 16, 16 }, result.Values);
            Assert.Equal("HardMatch.MissingPadding", Assert.Single(result.Errors).FullyQualifiedErrorId.Split(',')[0]);
        }

        [Fact]
        public void MixedArray_EveryKind_AlignedWithItsInput()
        {
            RunResult result = session.Run(@"
$g = [guid]'02347d41-d494-480c-a212-6e645f458fdb'
$items = @($g, '88666888-0101-1111-bbbb-1234567890ab', $g.ToByteArray(), 'QX00ApTUDEiiEm5kX0WP2w', [pscustomobject]@{ ObjectGUID = [guid]'35918bc9-196d-40ea-9779-889d79b753f0' }, $null, 'x4V0iaeB60KXxjftcwd7Hw==', 42)
ConvertTo-ImmutableId -InputObject $items");
            Assert.Null(result.Thrown);
            string?[] ids = Assert.IsType<string[]>(Assert.Single(result.Values));
            Assert.Equal(new[] { "QX00ApTUDEiiEm5kX0WP2w==", "iGhmiAEBERG7uxI0VniQqw==", "QX00ApTUDEiiEm5kX0WP2w==", null, "yYuRNW0Z6kCXeYidebdT8A==", null, "x4V0iaeB60KXxjftcwd7Hw==", null }, ids);
            Assert.Equal(new[] { "HardMatch.MissingPadding", "HardMatch.Empty", "HardMatch.UnsupportedInput" }, result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
        }

        [Fact]
        public void StringArray_ToEveryForm()
        {
            string[] guids = Oracle.Vectors.Select(v => v.Guid).ToArray();
            RunResult result = session.RunClean(@"
,(Convert-SourceAnchor -InputObject $args[0] -To ImmutableId)
,(Convert-SourceAnchor -InputObject $args[0] -To Hex)
,(Convert-SourceAnchor -InputObject $args[0] -To LdapFilter)
,(Convert-SourceAnchor -InputObject $args[0] -To ConnectorDn)
,(Convert-SourceAnchor -InputObject $args[0] -To Guid)
,(Convert-SourceAnchor -InputObject $args[0] -To Bytes)
,(ConvertFrom-ImmutableId -InputObject (ConvertTo-ImmutableId -InputObject $args[0]))", (object)guids);
            Assert.Equal(Oracle.Vectors.Select(v => v.ImmutableId), (string[])result.Values[0]!);
            Assert.Equal(guids.Select(Oracle.Hex), (string[])result.Values[1]!);
            Assert.Equal(guids.Select(Oracle.LdapFilter), (string[])result.Values[2]!);
            Assert.Equal(guids.Select(Oracle.ConnectorDn), (string[])result.Values[3]!);
            Assert.Equal(guids.Select(g => (object)new Guid(g)), (object[])result.Values[4]!);
            Assert.Equal(guids.Select(Oracle.Bytes), (byte[][])result.Values[5]!);
            Assert.Equal(guids.Select(g => (object)new Guid(g)), (object[])result.Values[6]!);
        }

        [Fact]
        public void PassThru_WithAnArray_WritesEachObject()
        {
            RunResult result = session.RunClean("$o = 1..3 | ForEach-Object { [pscustomobject]@{ ObjectGUID = [guid]::NewGuid(); N = $_ } }; ConvertTo-ImmutableId -InputObject $o -PassThru | ForEach-Object { $_.N; $_.ImmutableId -eq [Convert]::ToBase64String($_.ObjectGUID.ToByteArray()) }");
            Assert.Equal(new object?[] { 1, true, 2, true, 3, true }, result.Values);
        }

        [Fact]
        public void EmptyArray_GivesAnEmptyArray()
        {
            RunResult result = session.RunClean("$r = ConvertTo-ImmutableId -InputObject @(); $r.Count; $r = ConvertTo-ImmutableId -InputObject ([guid[]]@()); $r.Count");
            Assert.Equal(new object?[] { 0, 0 }, result.Values);
        }

        /// <summary>
        /// A scaled-down run of the benchmark (the full one pipes 1,000,000 GUIDs): the pipeline must
        /// not be slower than the pure-PowerShell one-liner, and the array argument much faster.
        /// Timing on a shared 2-core machine is noisy, so the factors asserted here are lower than the
        /// benchmark's; the measured ones are logged.
        /// </summary>
        [Fact]
        public void Throughput_PipelineAndBatch_AgainstForEachObject()
        {
            const int N = 200_000;
            RunResult result = session.RunClean(@"
$n = $args[0]
$guids = [guid[]]::new($n); for ($i = 0; $i -lt $n; $i++) { $guids[$i] = [guid]::NewGuid() }
$null = $guids[0..999] | ConvertTo-ImmutableId; $null = $guids[0..999] | ForEach-Object { [Convert]::ToBase64String(([guid]$_).ToByteArray()) }
$sw = [Diagnostics.Stopwatch]::StartNew()
$reference = $guids | ForEach-Object { [Convert]::ToBase64String(([guid]$_).ToByteArray()) }
$sw.Elapsed.TotalMilliseconds
$sw.Restart()
$piped = $guids | ConvertTo-ImmutableId
$sw.Elapsed.TotalMilliseconds
$sw.Restart()
$batched = ConvertTo-ImmutableId $guids
$sw.Elapsed.TotalMilliseconds
[Linq.Enumerable]::SequenceEqual([string[]]$reference, [string[]]$piped)
[Linq.Enumerable]::SequenceEqual([string[]]$reference, [string[]]$batched)", N);
            double foreachMs = Convert.ToDouble(result.Values[0]), pipeMs = Convert.ToDouble(result.Values[1]), batchMs = Convert.ToDouble(result.Values[2]);
            log.WriteLine($"{N} GUIDs: ForEach-Object {foreachMs:F0} ms, pipeline {pipeMs:F0} ms ({foreachMs / pipeMs:F1}x), array {batchMs:F0} ms ({foreachMs / batchMs:F1}x)");
            Assert.Equal(true, result.Values[3]);
            Assert.Equal(true, result.Values[4]);
            Assert.True(pipeMs <= foreachMs * 1.1, $"pipeline {pipeMs:F0} ms vs ForEach-Object {foreachMs:F0} ms");
            Assert.True(batchMs * 5 <= foreachMs, $"array {batchMs:F0} ms vs ForEach-Object {foreachMs:F0} ms");
        }
    }
}
