using System;
using System.Linq;
using Xunit;

namespace HardMatch.Tests
{
    /// <summary>Every published vector through every cmdlet, checked against the oracle.</summary>
    public sealed class VectorTests : IClassFixture<SessionFixture>
    {
        private readonly PowerShellSession session;

        public VectorTests(SessionFixture fixture) => session = fixture.Session;

        public static Xunit.TheoryData<string, string> Vectors => Oracle.VectorData();

        [Theory]
        [MemberData(nameof(Vectors))]
        public void OracleAgreesWithPublishedVector(string guid, string immutableId)
        {
            Assert.Equal(immutableId, Oracle.ImmutableId(guid));
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void ConvertTo_FromGuidStringBytesAndEveryTextForm(string guid, string immutableId)
        {
            string braces = "{" + guid.ToUpperInvariant() + "}";
            RunResult result = session.RunClean(@"
$g = [guid]$args[0]
$g | ConvertTo-ImmutableId
ConvertTo-ImmutableId $args[0]
ConvertTo-ImmutableId $args[1]
ConvertTo-ImmutableId -InputObject $g.ToByteArray()
ConvertTo-ImmutableId $args[2] -From Hex
ConvertTo-ImmutableId $args[3]
ConvertTo-ImmutableId $args[4]
ConvertTo-ImmutableId $args[5]
ConvertTo-ImmutableId $args[6] -From Guid
ConvertTo-ImmutableId ('  ' + $args[0] + ""`n"")",
                guid, braces, Oracle.Hex(guid), Oracle.LdapFilter(guid), Oracle.ConnectorDn(guid), immutableId, guid.Replace("-", ""));

            Assert.Equal(Enumerable.Repeat(immutableId, 10), result.Strings);
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void ConvertFrom_EveryForm(string guid, string immutableId)
        {
            RunResult result = session.RunClean(@"
ConvertFrom-ImmutableId $args[0]
ConvertFrom-ImmutableId $args[0] -As Guid
$args[0] | ConvertFrom-ImmutableId -As Hex
ConvertFrom-ImmutableId -ImmutableId $args[0] -As LdapFilter
ConvertFrom-ImmutableId -OnPremisesImmutableId $args[0] -As ConnectorDn
ConvertFrom-ImmutableId $args[0] -As Bytes", immutableId);

            Assert.Equal(6, result.Output.Count);
            Assert.Equal(new Guid(guid), result.Values[0]);
            Assert.Equal(new Guid(guid), result.Values[1]);
            Assert.Equal(Oracle.Hex(guid), result.Values[2]);
            Assert.Equal(Oracle.LdapFilter(guid), result.Values[3]);
            Assert.Equal(Oracle.ConnectorDn(guid), result.Values[4]);
            Assert.Equal(Oracle.Bytes(guid), Assert.IsType<byte[]>(result.Values[5]));
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void ConvertSourceAnchor_AnyToAny(string guid, string immutableId)
        {
            string[] forms = { "Guid", "ImmutableId", "Hex", "LdapFilter", "ConnectorDn", "Bytes" };
            object[] expected = { new Guid(guid), immutableId, Oracle.Hex(guid), Oracle.LdapFilter(guid), Oracle.ConnectorDn(guid), Oracle.Bytes(guid) };
            object[] inputs = { new Guid(guid), immutableId, Oracle.Hex(guid), Oracle.LdapFilter(guid), Oracle.ConnectorDn(guid), Oracle.Bytes(guid) };
            for (int from = 0; from < forms.Length; from++)
            {
                for (int to = 0; to < forms.Length; to++)
                {
                    RunResult result = session.RunClean("Convert-SourceAnchor -InputObject $args[0] -From $args[1] -To $args[2]", inputs[from], forms[from], forms[to]);
                    object? single = Assert.Single(result.Values);
                    Assert.True(expected[to] is byte[] b ? b.SequenceEqual((byte[])single!) : expected[to].Equals(single), $"{forms[from]} -> {forms[to]}: {single}");
                }
            }
        }

        [Fact]
        public void ReferenceExamples_OfEachTextForm()
        {
            RunResult result = session.RunClean(@"
Convert-SourceAnchor $args[0] -To Hex
Convert-SourceAnchor $args[1] -To Guid -From Hex
Convert-SourceAnchor $args[2] -To Guid
Convert-SourceAnchor $args[3] -To Guid
Convert-SourceAnchor $args[4] -To LdapFilter
ConvertTo-ImmutableId -InputObject $args[5]
Convert-SourceAnchor -InputObject $args[5] -To Guid",
                Oracle.ExampleGuid, Oracle.ExampleHex.Replace(" ", ""), Oracle.ExampleHexSpaced, Oracle.ExampleLdapFilter, "iGhmiAEBERG7uxI0VniQqw==", Oracle.BytesGuidBytes);

            Assert.Equal(
                new object?[] { Oracle.ExampleHex, new Guid(Oracle.ExampleGuid), new Guid(Oracle.ExampleGuid), new Guid(Oracle.ExampleGuid), Oracle.ExampleLdapFilter, "yYuRNW0Z6kCXeYidebdT8A==", new Guid(Oracle.BytesGuid) },
                result.Values);
        }

        [Fact]
        public void PublishedConnectorDns()
        {
            foreach (var (id, dn) in Oracle.ConnectorDns)
            {
                RunResult result = session.RunClean("ConvertFrom-ImmutableId $args[0] -As ConnectorDn; ConvertTo-ImmutableId $args[1]; Convert-SourceAnchor $args[1] -From ConnectorDn -To ImmutableId", id, dn);
                Assert.Equal(new[] { dn, id, id }, result.Strings);
            }
        }

        [Fact]
        public void Bytes_AreOneObject_NotUnrolled()
        {
            RunResult result = session.RunClean("$b = Convert-SourceAnchor 'yYuRNW0Z6kCXeYidebdT8A==' -To Bytes; ,$b.GetType().FullName; ,$b.Length; ConvertFrom-ImmutableId 'yYuRNW0Z6kCXeYidebdT8A==' -As Bytes | ForEach-Object { $_.GetType().Name }");
            Assert.Equal(new object?[] { "System.Byte[]", 16, "Byte[]" }, result.Values);
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void Test_TrueForEveryVector_AndMatchesItsGuid(string guid, string immutableId)
        {
            RunResult result = session.RunClean(@"
Test-ImmutableId $args[0]
Test-ImmutableId $args[0] -Guid $args[1]
Test-ImmutableId $args[0] -Guid ([guid]$args[1])
(Test-ImmutableId $args[0] -Guid $args[1] -Detailed).Result.ToString()", immutableId, guid);
            Assert.Equal(new object?[] { true, true, true, "Match" }, result.Values);
        }

        [Fact]
        public void Test_ByteOrderSwapped_AndSpacesThatEntraWouldKeep()
        {
            // The RFC-order oracle: the GUID text's own byte order, base64 by .NET.
            var guid = new Guid("02347d41-d494-480c-a212-6e645f458fdb");
            string rfc = Convert.ToBase64String(Oracle.RfcBytes(guid));
            RunResult result = session.RunClean(@"
Test-ImmutableId $args[0] -Guid $args[1]
(Test-ImmutableId $args[0] -Guid $args[1] -Detailed).Result.ToString()
Test-ImmutableId $args[2] -Guid $args[1]
(Test-ImmutableId $args[2] -Detailed).Finding.ToString()", rfc, guid.ToString(), " QX00ApTUDEiiEm5kX0WP2w== ");
            Assert.Equal(new object?[] { false, "ByteOrderSwapped", false, "Whitespace" }, result.Values);
        }
    }

    /// <summary>One runspace with the module, shared by a test class.</summary>
    public sealed class SessionFixture : IDisposable
    {
        public PowerShellSession Session { get; } = new PowerShellSession();

        public void Dispose() => Session.Dispose();
    }
}
