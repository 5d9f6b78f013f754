// The vault of the platform secrets (read by the app through Key Vault references: token signing key, encryption keys,
// Retell platform key, first super admin's password) and of tenants' integration keys (Secrets:Store = KeyVault).
// Access is by Azure RBAC only (rbac.bicep); deleted secrets and the vault itself stay recoverable for 90 days, and
// purge protection keeps anyone from purging them sooner.

@description('Region of the vault.')
param location string

@description('Tags of every resource.')
param tags object

@minLength(3)
@maxLength(24)
@description('Name of the vault.')
param name string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
