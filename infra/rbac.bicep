// Every grant of access in the deployment, in one place. Each role assignment is named from its scope, principal and
// role (stable across deployments) and says why it exists. Nothing else in infra/ grants access, and nothing uses
// account keys or passwords: the storage account refuses shared keys, the vault uses Azure RBAC only and PostgreSQL
// accepts Entra tokens only.
//
// Not Azure role assignments, listed here so the whole picture is in one file:
//   - the schema-owner identity (id-dbowner-*) holds no Azure role; it exists only as the PostgreSQL owner role;
//   - PostgreSQL roles: the post-provision hook (hooks/postgres-roles.sh) maps the app identity to the application
//     role and the owner identity to the owner role, and grants what scripts/postgres-setup.sh grants locally.

@description('Name of the app identity.')
param appIdentityName string

@description('Object id of the principal running azd.')
param principalId string

@description('Sign-in name of principalId: its PostgreSQL role name.')
param principalName string

@allowed([
  'User'
  'ServicePrincipal'
])
@description('Kind of principalId.')
param principalType string

@description('Storage account of AzureWebJobsStorage.')
param storageAccountName string

@description('Key Vault of the platform and integration secrets.')
param vaultName string

@description('Application Insights component.')
param appInsightsName string

@description('PostgreSQL Flexible Server.')
param postgresServerName string

// Built-in role definitions (ids are the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' existing = {
  name: postgresServerName
}

// App identity, Storage Blob Data Owner on the storage account: the Functions host's timer leases and the Durable task
// hub's leases and large messages are blobs (Owner, not Contributor: lease containers are created and their access
// managed by the host), and Flex Consumption reads the deployment package from its container with this identity.
resource appBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, appIdentity.id, roles.storageBlobDataOwner)
  scope: storage
  properties: {
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    description: 'Functions host timer leases, Durable task hub blobs, the deployment package'
  }
}

// App identity, Storage Queue Data Contributor: the work queues (Work:Queue, Work:CallQueue; the relay sends, the
// queue triggers receive and delete, the host moves failed messages to the -poison queues, which the app reads to
// dead-letter items) and the Durable task hub's control and work-item queues. Contributor creates queues too.
resource appQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, appIdentity.id, roles.storageQueueDataContributor)
  scope: storage
  properties: {
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    description: 'Work queues and their poison queues, Durable task hub queues'
  }
}

// App identity, Storage Table Data Contributor: the Durable task hub's history and instances tables.
resource appTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, appIdentity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    description: 'Durable task hub history and instances tables'
  }
}

// App identity, Key Vault Secrets Officer on the vault: resolves the Key Vault references of the platform secrets
// (keyVaultReferenceIdentity) and, with Secrets:Store = KeyVault, writes, rotates and deletes tenants' integration
// keys (Retell, Cal.com, Calendly). Officer, not User, because the app writes secrets; it reads no keys or certificates.
resource appSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appIdentity.id, roles.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    description: 'Platform secrets (Key Vault references) and tenants integration keys'
  }
}

// App identity, Monitoring Metrics Publisher on Application Insights: the component refuses local (key) ingestion,
// so telemetry is sent with the identity's Entra token (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
resource appMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, appIdentity.id, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    description: 'Telemetry with Entra authentication'
  }
}

// Deploying principal, Key Vault Secrets Officer on the vault: the post-provision hook creates the platform secrets
// that are missing, the operator sets the Retell platform key and reads the first super admin's password once
// (README, Deployment).
resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, roles.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    description: 'Post-provision hook and operator: platform secrets'
  }
}

// Deploying principal, PostgreSQL Microsoft Entra administrator: the post-provision hook signs in with it to create
// the database and the owner and application roles for the two identities, and to run their grants.
resource postgresAdministrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: postgres
  name: principalId
  properties: {
    principalName: principalName
    principalType: principalType
    tenantId: tenant().tenantId
  }
}
