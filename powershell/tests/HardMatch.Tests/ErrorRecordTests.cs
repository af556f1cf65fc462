using System;
using System.Linq;
using System.Management.Automation;
using System.Text;
using Xunit;

namespace HardMatch.Tests
{
    /// <summary>
    /// Every status a cmdlet can produce, as an error record: FullyQualifiedErrorId (PowerShell
    /// appends ",&lt;command type&gt;" to the id a cmdlet gives), category, TargetObject, a message
    /// naming the value and the reason; and the pipeline goes on to the next item.
    /// </summary>
    public sealed class ErrorRecordTests : IClassFixture<SessionFixture>
    {
        private const string Good = "02347d41-d494-480c-a212-6e645f458fdb";
        private const string GoodId = "QX00ApTUDEiiEm5kX0WP2w==";
        private readonly PowerShellSession session;

        public ErrorRecordTests(SessionFixture fixture) => session = fixture.Session;

        /// <summary>Built in the test: xunit's theory data would replace a lone surrogate with U+FFFD.</summary>
        private const string LoneSurrogate = "<lone surrogate>";

        private static string Actual(string value) => value == LoneSurrogate ? "ab" + (char)0xD800 + "cd" : value;

        private static string GoodFor(string cmdlet, string extra) =>
            cmdlet == "ConvertFrom-ImmutableId" ? GoodId : extra.Contains("-From Hex") ? Oracle.Hex(Good) : Good;

        private static string CloudDn => "CN={" + Convert.ToHexString(Encoding.ASCII.GetBytes("User_02347d41d494480ca2126e645f458fdb")) + "}";

        private static string Base64OfText => Convert.ToBase64String(Encoding.ASCII.GetBytes(Good));

        public static TheoryData<string, string, string, string, string> Cases()
        {
            // cmdlet, value, extra arguments, status, category; the reason text is checked for a key phrase below.
            var data = new TheoryData<string, string, string, string, string>
            {
                { "ConvertTo-ImmutableId", "", "", "Empty", "InvalidArgument" },
                { "ConvertTo-ImmutableId", "   ", "", "Empty", "InvalidArgument" },
                { "ConvertTo-ImmutableId", "employee 12345!", "", "Unrecognised", "InvalidArgument" },
                { "ConvertTo-ImmutableId", "8868668801011111BBBB1234567890AB", "", "Ambiguous", "InvalidArgument" },
                { "ConvertTo-ImmutableId", CloudDn, "", "CloudAnchor", "InvalidData" },
                { "ConvertFrom-ImmutableId", "EMP0012345", "", "StringAnchor", "InvalidData" },
                { "ConvertTo-ImmutableId", "{88666888-0101-1111-bbbb-1234567890ab", "", "GuidMalformed", "InvalidArgument" },
                { "ConvertTo-ImmutableId", "zz", "-From Guid", "GuidMalformed", "InvalidArgument" },
                { "ConvertTo-ImmutableId", "88 68 66 zz", "-From Hex", "HexMalformed", "InvalidArgument" },
                { "ConvertTo-ImmutableId", @"\88\68", "", "LdapFilterMalformed", "InvalidArgument" },
                { "ConvertTo-ImmutableId", "CN={ABC}", "", "ConnectorDnMalformed", "InvalidArgument" },
                { "ConvertFrom-ImmutableId", "QX00ApTU DEiiEm5kX0WP2w==", "", "Whitespace", "InvalidArgument" },
                { "ConvertFrom-ImmutableId", "2_9JCtHr0EmH-hL07o11vA==", "", "UrlSafeAlphabet", "InvalidArgument" },
                { "ConvertFrom-ImmutableId", "abc$def", "", "IllegalCharacter", "InvalidData" },
                { "ConvertTo-ImmutableId", "QX00ApTUDEiiEm5kX0WP2w", "", "MissingPadding", "InvalidArgument" },
                { "ConvertFrom-ImmutableId", "QX00ApTUDEiiEm5kX0WP2w", "", "MissingPadding", "InvalidArgument" },
                { "ConvertFrom-ImmutableId", "abcdefghijklmnopqrstuv==", "", "NonCanonicalPadding", "InvalidData" },
                { "ConvertFrom-ImmutableId", "QUJDRA==", "", "WrongLength", "InvalidData" },
                { "ConvertFrom-ImmutableId", Good, "", "GuidTextGiven", "InvalidArgument" },
                { "ConvertTo-ImmutableId", Base64OfText, "", "Base64OfGuidText", "InvalidArgument" },
                { "ConvertFrom-ImmutableId", new string('a', 60), "", "AnchorTooLong", "InvalidData" },
                { "ConvertTo-ImmutableId", new string('a', 70000), "", "InputTooLong", "InvalidArgument" },
                { "ConvertTo-ImmutableId", LoneSurrogate, "", "InvalidUtf16", "InvalidArgument" },
                { "Convert-SourceAnchor", "QX00ApTUDEiiEm5kX0WP2w", "-To Hex", "MissingPadding", "InvalidArgument" },
                { "Convert-SourceAnchor", GoodId, "-From Guid -To Hex", "GuidMalformed", "InvalidArgument" },
            };
            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void BadValue_GivesItsErrorRecord_AndThePipelineGoesOn(string cmdlet, string value, string extra, string status, string category)
        {
            // Bad value between two good ones, streamed through the pipeline.
            string good = GoodFor(cmdlet, extra);
            value = Actual(value);
            RunResult result = session.Run($"$args[0], $args[1], $args[0] | {cmdlet} {extra}", good, value);

            Assert.Null(result.Thrown);
            Assert.Equal(2, result.Output.Count);
            ErrorRecord error = Assert.Single(result.Errors);
            AssertRecord(error, status, category, value);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void BadValue_InAnArrayArgument_GivesTheSameRecordInPlace(string cmdlet, string value, string extra, string status, string category)
        {
            string good = GoodFor(cmdlet, extra);
            value = Actual(value);
            RunResult result = session.Run($"{cmdlet} -InputObject @($args[0], $args[1], $args[0]) {extra}", good, value);

            // One array out, aligned with the input: $null where the bad item was, its record written.
            Assert.Null(result.Thrown);
            var array = Assert.IsAssignableFrom<Array>(Assert.Single(result.Values));
            Assert.Equal(3, array.Length);
            Assert.NotNull(array.GetValue(0));
            Assert.Null(array.GetValue(1));
            Assert.NotNull(array.GetValue(2));
            AssertRecord(Assert.Single(result.Errors), status, category, value);
        }

        private static void AssertRecord(ErrorRecord error, string status, string category, object? value)
        {
            Assert.StartsWith("HardMatch." + status + ",", error.FullyQualifiedErrorId);
            Assert.Equal(category, error.CategoryInfo.Category.ToString());
            Assert.Equal(value, error.TargetObject);
            string message = error.Exception.Message;
            if (value is string s && s.Length < 100)
            {
                Assert.StartsWith("'" + s + "' is not a valid ", message);
            }

            // The reason follows the colon, and it is the native sentence (never empty).
            Assert.Matches(@"is not a valid [^:]+: .{10,}", message);
            Assert.Equal(status, error.Exception.GetType().GetProperty("Status")!.GetValue(error.Exception)!.ToString());
        }

        [Fact]
        public void Messages_NameTheValueAndTheReason()
        {
            RunResult result = session.Run("ConvertFrom-ImmutableId 'QX00ApTUDEiiEm5kX0WP2w'; ConvertTo-ImmutableId '8868668801011111BBBB1234567890AB'");
            Assert.Equal(2, result.Errors.Count);
            Assert.Equal(
                "'QX00ApTUDEiiEm5kX0WP2w' is not a valid ImmutableId: the ImmutableId lost its '=' padding; a GUID's ImmutableId ends in '=='; the corrected ImmutableId is QX00ApTUDEiiEm5kX0WP2w==",
                result.Errors[0].Exception.Message);
            Assert.Contains("iGhmiAEBERG7uxI0VniQqw==", result.Errors[1].Exception.Message); // the GUID reading
            Assert.Contains(Convert.ToBase64String(Convert.FromHexString("8868668801011111BBBB1234567890AB")), result.Errors[1].Exception.Message); // the hex reading
        }

        [Theory]
        [InlineData("$null", "Empty", "InvalidArgument")]
        [InlineData("5", "UnsupportedInput", "InvalidArgument")]
        [InlineData("@{ ObjectGUID = 'x' }", "UnsupportedInput", "InvalidArgument")]
        [InlineData("[pscustomobject]@{ Name = 'no anchor here' }", "UnsupportedInput", "InvalidArgument")]
        [InlineData("[byte[]](1,2,3)", "BytesLength", "InvalidArgument")]
        [InlineData("[byte[]]::new(32)", "BytesLength", "InvalidArgument")]
        [InlineData("[datetime]::MinValue", "UnsupportedInput", "InvalidArgument")]
        public void WrongTypes_GiveErrorRecords_NeverExceptions(string expression, string status, string category)
        {
            RunResult piped = session.Run($"[guid]'{Good}', {expression}, [guid]'{Good}' | ConvertTo-ImmutableId");
            Assert.Null(piped.Thrown);
            Assert.Equal(new[] { GoodId, GoodId }, piped.Strings);
            ErrorRecord error = Assert.Single(piped.Errors);
            Assert.StartsWith("HardMatch." + status + ",", error.FullyQualifiedErrorId);
            Assert.Equal(category, error.CategoryInfo.Category.ToString());

            RunResult direct = session.Run($"ConvertTo-ImmutableId -InputObject ({expression})");
            Assert.Null(direct.Thrown);
            // Nothing converted: no output, or (for an array argument) one array holding only $null.
            Assert.True(direct.Output.Count == 0 || (direct.Output.Count == 1 && direct.Values[0] is Array a && a.Cast<object?>().All(x => x == null)));
            Assert.StartsWith("HardMatch." + status + ",", Assert.Single(direct.Errors).FullyQualifiedErrorId);
        }

        [Theory]
        [InlineData("ConvertFrom-ImmutableId")]
        [InlineData("Convert-SourceAnchor -To Guid")]
        [InlineData("Test-ImmutableId")]
        public void OtherCmdlets_WrongTypes_GiveErrorRecords(string command)
        {
            RunResult result = session.Run($"5, @{{a=1}}, [byte[]](1,2) | {command}");
            Assert.Null(result.Thrown);
            Assert.Equal(3, result.Errors.Count);
            Assert.All(result.Errors, e => Assert.StartsWith("HardMatch.", e.FullyQualifiedErrorId));
        }

        [Fact]
        public void ErrorActionStop_Terminates_AtTheFirstBadItem()
        {
            RunResult result = session.Run($"$global:seen = @(); '{Good}', 'QX00ApTUDEiiEm5kX0WP2w', '{Good}' | ConvertTo-ImmutableId -ErrorAction Stop | ForEach-Object {{ $global:seen += $_ }}");
            Assert.NotNull(result.Thrown);
            Assert.StartsWith("HardMatch.MissingPadding,", result.Thrown!.ErrorRecord.FullyQualifiedErrorId);
            Assert.Equal(new object?[] { GoodId }, session.RunClean("$global:seen").Values);

            RunResult caught = session.RunClean("try { ConvertFrom-ImmutableId 'abcdefghijklmnopqrstuv==' -ErrorAction Stop; 'not reached' } catch { $_.FullyQualifiedErrorId; $_.TargetObject; $_.Exception.Status.ToString() }");
            Assert.Equal(new[] { "HardMatch.NonCanonicalPadding,HardMatch.PowerShell.Commands.ConvertFromImmutableIdCommand", "abcdefghijklmnopqrstuv==", "NonCanonicalPadding" }, caught.Strings);
        }

        [Fact]
        public void TestImmutableId_BadGuidParameter_IsTerminating()
        {
            // ThrowTerminatingError: the statement stops before its first item (catchable with try).
            RunResult result = session.RunClean($"try {{ '{GoodId}', '{GoodId}' | Test-ImmutableId -Guid 'not-a-guid'; 'not reached' }} catch {{ $_.FullyQualifiedErrorId; $_.CategoryInfo.Category.ToString() }}");
            Assert.Equal(new[] { "HardMatch.Unrecognised,HardMatch.PowerShell.Commands.TestImmutableIdCommand", "InvalidArgument" }, result.Strings);
        }

        [Fact]
        public void NothingSilentlyDropped_CountsAddUp()
        {
            RunResult result = session.Run($"'{Good}', '', $null, 'x', 7, '{GoodId}', [guid]'{Good}' | ConvertTo-ImmutableId");
            Assert.Equal(3, result.Output.Count);
            Assert.Equal(4, result.Errors.Count);
        }
    }
}
