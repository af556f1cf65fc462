namespace HardMatch.Tests
{
    /// <summary>
    /// Stand-ins for the cmdlets on either side of the pipe, declared with the real cmdlets'
    /// parameter names, types and pipeline attributes (see the reference), recording what they
    /// were bound to in $global:Calls.
    /// </summary>
    internal static class StandIns
    {
        public const string Script = @"
$global:Calls = [System.Collections.Generic.List[object]]::new()

# The directory: SamAccountName, ObjectGUID, UPN, and (jmoved) an mS-DS-ConsistencyGuid that
# differs from ObjectGUID, as after a recreated account whose anchor Connect kept.
$global:Directory = @(
    @{ Sam = 'jdoe';   Guid = '02347d41-d494-480c-a212-6e645f458fdb'; Upn = 'jdoe@contoso.com' }
    @{ Sam = 'asmith'; Guid = '88666888-0101-1111-bbbb-1234567890ab'; Upn = 'asmith@contoso.com' }
    @{ Sam = 'bjones'; Guid = '8d6c6818-018c-4f11-9bb8-1b04e2caa1b6'; Upn = 'bjones@contoso.com' }
    @{ Sam = 'cwu';    Guid = '0a49ffdb-ebd1-49d0-87fa-12f4ee8d75bc'; Upn = 'cwu@contoso.com' }
    @{ Sam = 'dlee';   Guid = '25c2879e-20ed-4e66-83f0-9e20460aedf8'; Upn = 'dlee@contoso.com' }
    @{ Sam = 'jmoved'; Guid = '4445ead9-02d3-4a3d-a1ca-c24bdd258bd4'; Upn = 'jmoved@contoso.com'; Consistency = '35918bc9-196d-40ea-9779-889d79b753f0' }
)

function global:Get-ADUser {
    [CmdletBinding(DefaultParameterSetName = 'Identity')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'Identity', ValueFromPipeline)]
        [string] $Identity,
        [Parameter(Mandatory, ParameterSetName = 'Filter')]
        [string] $Filter,
        [string[]] $Properties
    )
    process {
        foreach ($entry in $global:Directory) {
            if ($PSCmdlet.ParameterSetName -eq 'Identity' -and $entry.Sam -ne $Identity) { continue }
            $user = [pscustomobject]@{
                DistinguishedName = 'CN=' + $entry.Sam + ',OU=Users,DC=contoso,DC=com'
                Enabled           = $true
                ObjectClass       = 'user'
                ObjectGUID        = [guid]$entry.Guid
                SamAccountName    = $entry.Sam
                UserPrincipalName = $entry.Upn
            }
            if ($Properties -contains 'mS-DS-ConsistencyGuid') {
                $source = if ($entry.Consistency) { $entry.Consistency } else { $entry.Guid }
                # byte[], as the ActiveDirectory module returns it (no Add-Member in this engine).
                $user.psobject.Properties.Add([psnoteproperty]::new('mS-DS-ConsistencyGuid', ([guid]$source).ToByteArray()))
            }
            $user
        }
    }
}

# MSOnline: every parameter binds by property name.
function global:Set-MsolUser {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string] $UserPrincipalName,
        [Parameter(ValueFromPipelineByPropertyName)] [guid] $ObjectId,
        [Parameter(ValueFromPipelineByPropertyName)] [string] $ImmutableId
    )
    process {
        $global:Calls.Add([pscustomobject]@{ Command = 'Set-MsolUser'; UserId = $UserPrincipalName; ObjectId = $ObjectId; ImmutableId = $ImmutableId })
    }
}

# Microsoft Graph: no pipeline binding of these two.
function global:Update-MgUser {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $UserId,
        [string] $OnPremisesImmutableId
    )
    $global:Calls.Add([pscustomobject]@{ Command = 'Update-MgUser'; UserId = $UserId; ImmutableId = $OnPremisesImmutableId })
}

# Microsoft Entra PowerShell: -UserId by value and by property name; -ImmutableId does not bind.
function global:Set-EntraUser {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('ObjectId', 'UPN', 'Identity')]
        [string] $UserId,
        [string] $ImmutableId
    )
    process {
        $global:Calls.Add([pscustomobject]@{ Command = 'Set-EntraUser'; UserId = $UserId; ImmutableId = $ImmutableId })
    }
}
";
    }
}
