using System;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace HardMatch.Tests
{
    /// <summary>The runbook and its pipelines, unchanged, with the module in the middle.</summary>
    public sealed class DropInTests : IDisposable
    {
        private readonly PowerShellSession session = new PowerShellSession();

        public DropInTests()
        {
            session.RunClean(StandIns.Script);
        }

        public void Dispose() => session.Dispose();

        private (string Command, string UserId, string ImmutableId)[] Calls()
        {
            RunResult calls = session.RunClean("$global:Calls");
            return calls.Output.Select(c => ((string)c.Properties["Command"].Value, (string)c.Properties["UserId"].Value, (string)c.Properties["ImmutableId"].Value)).ToArray();
        }

        [Fact]
        public void Runbook_SetMsolUser_WithInlineConversion()
        {
            session.RunClean("Set-MsolUser -UserPrincipalName jdoe@contoso.com -ImmutableId (Get-ADUser jdoe | ConvertTo-ImmutableId)");

            var call = Assert.Single(Calls());
            Assert.Equal(("Set-MsolUser", "jdoe@contoso.com", "QX00ApTUDEiiEm5kX0WP2w=="), call);
            Assert.Equal(Oracle.ImmutableId("02347d41-d494-480c-a212-6e645f458fdb"), call.ImmutableId);
        }

        [Fact]
        public void Runbook_ObjectGuidAsParameter()
        {
            RunResult result = session.RunClean("ConvertTo-ImmutableId -ObjectGUID (Get-ADUser jdoe).ObjectGUID");
            Assert.Equal(new[] { "QX00ApTUDEiiEm5kX0WP2w==" }, result.Strings);
        }

        [Fact]
        public void Runbook_UpdateMgUser_AndSetEntraUser()
        {
            session.RunClean(@"
$upn = 'asmith@contoso.com'
Update-MgUser -UserId $upn -OnPremisesImmutableId (Get-ADUser asmith | ConvertTo-ImmutableId)
Set-EntraUser -UserId $upn -ImmutableId (Get-ADUser asmith | ConvertTo-ImmutableId)");

            Assert.Equal(
                new[] { ("Update-MgUser", "asmith@contoso.com", "iGhmiAEBERG7uxI0VniQqw=="), ("Set-EntraUser", "asmith@contoso.com", "iGhmiAEBERG7uxI0VniQqw==") },
                Calls());
        }

        [Fact]
        public void ManyUsers_PassThru_BindsSetMsolUserByPropertyName()
        {
            session.RunClean("Get-ADUser -Filter * | ConvertTo-ImmutableId -PassThru | Set-MsolUser");

            var expected = new[]
            {
                ("Set-MsolUser", "jdoe@contoso.com", Oracle.ImmutableId("02347d41-d494-480c-a212-6e645f458fdb")),
                ("Set-MsolUser", "asmith@contoso.com", Oracle.ImmutableId("88666888-0101-1111-bbbb-1234567890ab")),
                ("Set-MsolUser", "bjones@contoso.com", Oracle.ImmutableId("8d6c6818-018c-4f11-9bb8-1b04e2caa1b6")),
                ("Set-MsolUser", "cwu@contoso.com", Oracle.ImmutableId("0a49ffdb-ebd1-49d0-87fa-12f4ee8d75bc")),
                ("Set-MsolUser", "dlee@contoso.com", Oracle.ImmutableId("25c2879e-20ed-4e66-83f0-9e20460aedf8")),
                ("Set-MsolUser", "jmoved@contoso.com", Oracle.ImmutableId("4445ead9-02d3-4a3d-a1ca-c24bdd258bd4")),
            };
            Assert.Equal(expected, Calls());
            Assert.Equal("GGhsjYwBEU+buBsE4sqhtg==", Calls()[2].ImmutableId);
            Assert.Equal("2/9JCtHr0EmH+hL07o11vA==", Calls()[3].ImmutableId);
        }

        [Fact]
        public void ManyUsers_PassThru_KeepsTheAdObjectAndAddsBothNames()
        {
            RunResult result = session.RunClean("Get-ADUser -Filter * | ConvertTo-ImmutableId -PassThru");

            Assert.Equal(6, result.Output.Count);
            PSObject first = result.Output[0];
            Assert.Equal("jdoe", first.Properties["SamAccountName"].Value);
            Assert.Equal(new Guid("02347d41-d494-480c-a212-6e645f458fdb"), first.Properties["ObjectGUID"].Value);
            Assert.Equal("QX00ApTUDEiiEm5kX0WP2w==", first.Properties["ImmutableId"].Value);
            Assert.Equal("QX00ApTUDEiiEm5kX0WP2w==", first.Properties["OnPremisesImmutableId"].Value);
        }

        [Fact]
        public void ManyUsers_ForEachGraphAndEntra()
        {
            session.RunClean(@"
Get-ADUser -Filter * | ConvertTo-ImmutableId -PassThru | ForEach-Object {
    Update-MgUser -UserId $_.UserPrincipalName -OnPremisesImmutableId $_.OnPremisesImmutableId
}
Get-ADUser -Filter * | ConvertTo-ImmutableId -PassThru | ForEach-Object {
    $_.UserPrincipalName | Set-EntraUser -ImmutableId $_.ImmutableId
}");

            var calls = Calls();
            Assert.Equal(12, calls.Length);
            Assert.All(calls.Take(6), c => Assert.Equal("Update-MgUser", c.Command));
            Assert.All(calls.Skip(6), c => Assert.Equal("Set-EntraUser", c.Command));
            Assert.Equal(("Update-MgUser", "bjones@contoso.com", "GGhsjYwBEU+buBsE4sqhtg=="), calls[2]);
            Assert.Equal(("Set-EntraUser", "dlee@contoso.com", "nofCJe0gZk6D8J4gRgrt+A=="), calls[10]);
        }

        [Fact]
        public void ConsistencyGuid_ByteArray_IsPreferredOverObjectGuid()
        {
            RunResult result = session.RunClean("Get-ADUser jmoved -Properties mS-DS-ConsistencyGuid | ConvertTo-ImmutableId");

            // jmoved's mS-DS-ConsistencyGuid (the anchor Connect uses) is 35918bc9-..., not its ObjectGUID.
            Assert.Equal(new[] { "yYuRNW0Z6kCXeYidebdT8A==" }, result.Strings);
            Assert.Equal(Convert.ToBase64String(Oracle.BytesGuidBytes), result.Strings[0]);
        }

        [Fact]
        public void ConsistencyGuid_ByteArray_ThroughPassThruToSetMsolUser()
        {
            session.RunClean("Get-ADUser -Filter * -Properties mS-DS-ConsistencyGuid | ConvertTo-ImmutableId -PassThru | Set-MsolUser");

            var calls = Calls();
            Assert.Equal(6, calls.Length);
            Assert.Equal(("Set-MsolUser", "jmoved@contoso.com", "yYuRNW0Z6kCXeYidebdT8A=="), calls[5]);
            Assert.Equal(("Set-MsolUser", "jdoe@contoso.com", "QX00ApTUDEiiEm5kX0WP2w=="), calls[0]);
        }

        [Fact]
        public void ConsistencyGuid_ByteArrayValue_Direct()
        {
            RunResult result = session.RunClean("ConvertTo-ImmutableId -InputObject (Get-ADUser jmoved -Properties mS-DS-ConsistencyGuid).'mS-DS-ConsistencyGuid'");
            Assert.Equal(new[] { "yYuRNW0Z6kCXeYidebdT8A==" }, result.Strings);
        }

        [Fact]
        public void NullConsistencyGuid_FallsBackToObjectGuid()
        {
            RunResult result = session.RunClean(@"
$u = Get-ADUser jdoe
$u.psobject.Properties.Add([psnoteproperty]::new('mS-DS-ConsistencyGuid', $null))
$u | ConvertTo-ImmutableId");
            Assert.Equal(new[] { "QX00ApTUDEiiEm5kX0WP2w==" }, result.Strings);
        }

        [Fact]
        public void ArrayOfAdUsers_AsOneArgument_ConvertsInOrder()
        {
            RunResult result = session.RunClean("$users = Get-ADUser -Filter *; $ids = ConvertTo-ImmutableId $users; ,$ids.GetType().Name; $ids");
            Assert.Equal(
                new[] { "02347d41-d494-480c-a212-6e645f458fdb", "88666888-0101-1111-bbbb-1234567890ab", "8d6c6818-018c-4f11-9bb8-1b04e2caa1b6", "0a49ffdb-ebd1-49d0-87fa-12f4ee8d75bc", "25c2879e-20ed-4e66-83f0-9e20460aedf8", "4445ead9-02d3-4a3d-a1ca-c24bdd258bd4" }.Select(Oracle.ImmutableId),
                result.Strings.Skip(1));
            Assert.Equal("String[]", result.Strings[0]);
        }

        [Fact]
        public void CloudSide_GraphUser_ConvertFromAndTest()
        {
            RunResult result = session.RunClean(@"
$mg = [pscustomobject]@{ Id = 'abc'; UserPrincipalName = 'jdoe@contoso.com'; OnPremisesImmutableId = 'QX00ApTUDEiiEm5kX0WP2w==' }
$mg | ConvertFrom-ImmutableId
$mg | Test-ImmutableId
$mg | Test-ImmutableId -Guid (Get-ADUser jdoe).ObjectGUID
$msol = [pscustomobject]@{ UserPrincipalName = 'asmith@contoso.com'; ImmutableId = 'iGhmiAEBERG7uxI0VniQqw==' }
$msol | ConvertFrom-ImmutableId -As Hex");
            Assert.Equal(new object?[] { new Guid("02347d41-d494-480c-a212-6e645f458fdb"), true, true, Oracle.Hex("88666888-0101-1111-bbbb-1234567890ab") }, result.Values);
        }
    }
}
