// Azure Database for PostgreSQL Flexible Server with Microsoft Entra authentication only: no password login exists,
// so no password is anywhere. Its Entra administrator (the deploying principal) is set in rbac.bicep; the database,
// the owner and application roles (mapped to the two managed identities) and their grants are made by the
// post-provision hook (hooks/postgres-roles.sh), as scripts/postgres-setup.sh makes them locally. pg_trgm (contact
// search) is allow-listed here and created by the hook. Reached over TLS from Azure services (the function app has no
// fixed outbound address on Flex Consumption without a virtual network) and, while the hook runs, from its machine.

@description('Region of the server.')
param location string

@description('Tags of every resource.')
param tags object

@description('Name of the server.')
param name string

@description('Compute size: Standard_B2s allows 429 connections (infra/README.md has the arithmetic).')
param skuName string = 'Standard_B2s'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
@description('Compute tier of skuName.')
param skuTier string = 'Burstable'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '16'
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

// The server takes one change at a time: each child waits for the one before.
resource extensions 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01' = {
  parent: server
  name: 'azure.extensions'
  properties: {
    value: 'PG_TRGM'
    source: 'user-override'
  }
}

resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    extensions
  ]
}

output name string = server.name
output host string = server.properties.fullyQualifiedDomainName
