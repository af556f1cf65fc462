<#
.SYNOPSIS
    The hard-match runbook's conversion step through the HardMatch module: read each user's
    GUID, convert it to the ImmutableId, and show the Set-MsolUser / Update-MgUser / Set-EntraUser
    command lines that would stamp it (nothing is changed in any tenant).
.DESCRIPTION
    Imports HardMatch from $env:HARDMATCH_MODULE (a module folder or .psd1), else from out/HardMatch
    at the root of this repository (powershell/build.sh stages it there). When the real
    ActiveDirectory module is not installed, a stand-in Get-ADUser returns the published test
    vectors, so the script runs anywhere: in pwsh, Windows PowerShell 5.1 or powershell/host.
    It uses only the language and Microsoft.PowerShell.Core cmdlets, so it also runs in a bare
    hosted engine.
.EXAMPLE
    pwsh ./powershell/examples/runbook.ps1
.EXAMPLE
    dotnet powershell/host/HardMatch.Host/bin/Release/net10.0/HardMatch.Host.dll powershell/examples/runbook.ps1 jdoe
#>
param(
    # SamAccountNames to convert; all users when empty.
    [string[]] $Identity = @()
)

$ErrorActionPreference = 'Stop'

$module = $env:HARDMATCH_MODULE
if (-not $module) {
    $repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    $module = [System.IO.Path]::Combine($repoRoot, 'out', 'HardMatch', 'HardMatch.psd1')
}
Import-Module $module

if (Get-Module -ListAvailable -Name ActiveDirectory) {
    Import-Module ActiveDirectory
    $source = 'ActiveDirectory'
} else {
    $source = 'stand-in (published test vectors; the ActiveDirectory module is not installed)'
    $vectors = @(
        @{ Sam = 'jdoe';   Guid = '02347d41-d494-480c-a212-6e645f458fdb' }
        @{ Sam = 'asmith'; Guid = '88666888-0101-1111-bbbb-1234567890ab' }
        @{ Sam = 'bjones'; Guid = '8d6c6818-018c-4f11-9bb8-1b04e2caa1b6' }
        @{ Sam = 'cwu';    Guid = '35918bc9-196d-40ea-9779-889d79b753f0' }
    )
    function Get-ADUser {
        [CmdletBinding(DefaultParameterSetName = 'Identity')]
        param(
            [Parameter(Mandatory, Position = 0, ParameterSetName = 'Identity')] [string] $Identity,
            [Parameter(Mandatory, ParameterSetName = 'Filter')] [string] $Filter,
            [string[]] $Properties
        )
        foreach ($v in $vectors) {
            if ($PSCmdlet.ParameterSetName -eq 'Identity' -and $v.Sam -ne $Identity) { continue }
            [pscustomobject]@{
                ObjectGUID        = [guid]$v.Guid
                SamAccountName    = $v.Sam
                UserPrincipalName = $v.Sam + '@contoso.com'
            }
        }
    }
}

"# Users from: $source"
$users = if ($Identity.Count -gt 0) { foreach ($id in $Identity) { Get-ADUser -Identity $id } } else { Get-ADUser -Filter * }

# Step 2 of the runbook: the conversion. -PassThru keeps the user and adds ImmutableId.
foreach ($user in ($users | ConvertTo-ImmutableId -PassThru)) {
    if (-not (Test-ImmutableId $user.ImmutableId)) {
        throw "unexpected: $($user.ImmutableId) is not a valid ImmutableId"
    }
    "# $($user.SamAccountName): ObjectGUID $($user.ObjectGUID) -> ImmutableId $($user.ImmutableId)"
    "Set-MsolUser -UserPrincipalName '$($user.UserPrincipalName)' -ImmutableId '$($user.ImmutableId)'"
    "Update-MgUser -UserId '$($user.UserPrincipalName)' -OnPremisesImmutableId '$($user.ImmutableId)'"
    "Set-EntraUser -UserId '$($user.UserPrincipalName)' -ImmutableId '$($user.ImmutableId)'"
}
"# Then, on the Entra Connect server:"
"Start-ADSyncSyncCycle -PolicyType Delta"
