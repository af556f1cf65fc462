#
# HardMatch: convert, check and compare Entra Connect source anchors (ImmutableId /
# onPremisesImmutableId) for hard matching. One binary module for Windows PowerShell 5.1 and
# PowerShell 7; the native library is loaded from runtimes/<rid>/native beside this file.
#
@{
    RootModule           = 'HardMatch.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f6f3e-3c1e-4d55-9a57-6f0c1b1f8a21'
    Author               = 'HardMatch'
    CompanyName          = 'HardMatch'
    Copyright            = '(c) HardMatch. All rights reserved.'
    Description          = 'Convert, validate and compare Entra Connect source anchors (ImmutableId, objectGUID, mS-DS-ConsistencyGuid) for hard matching on-premises AD users to cloud users.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    FormatsToProcess     = @('HardMatch.Format.ps1xml')
    CmdletsToExport      = @('ConvertTo-ImmutableId', 'ConvertFrom-ImmutableId', 'Convert-SourceAnchor', 'Test-ImmutableId')
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags = @('ImmutableId', 'SourceAnchor', 'EntraConnect', 'AzureADConnect', 'HardMatch', 'ActiveDirectory', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
        }
    }
}
