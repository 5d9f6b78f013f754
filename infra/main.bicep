// VioConcierge on Azure, provisioned by `azd up` (azure.yaml): one resource group holding the function app (Flex
// Consumption), its storage account, PostgreSQL Flexible Server, Key Vault, Log Analytics + Application Insights and
// the managed identities. Every grant of access is in rbac.bicep. infra/README.md explains the whole.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the azd environment (AZURE_ENV_NAME): names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Region of every resource (AZURE_LOCATION); it must offer Flex Consumption and PostgreSQL Flexible Server.')
param location string

@description('Object id of the principal running azd (AZURE_PRINCIPAL_ID): PostgreSQL Entra administrator and Key Vault Secrets Officer, for the post-provision hook and the operator.')
param principalId string

@minLength(1)
@description('Sign-in name of principalId (its UPN, or a service principal\'s display name): its PostgreSQL role name. The preprovision hook sets AZURE_PRINCIPAL_NAME.')
param principalName string

@allowed([
  'User'
  'ServicePrincipal'
])
@description('Kind of principalId (AZURE_PRINCIPAL_TYPE).')
param principalType string = 'User'

@minLength(3)
@description('Email of the first super admin, created at the first start when none exists (VIO_SUPER_ADMIN_EMAIL); the password is the vault secret bootstrap-super-admin-password.')
param superAdminEmail string

@allowed([
  'KeyVault'
  'Database'
])
@description('Where tenants\' integration keys live (Secrets:Store): KeyVault, the vault below; Database, encrypted rows in PostgreSQL.')
param integrationStore string = 'KeyVault'

@description('SMTP server of outgoing email (VIO_MAIL_HOST), e.g. Azure Communication Services\' smtp.azurecomm.net.')
param mailHost string = 'smtp.azurecomm.net'

@description('Its port (VIO_MAIL_PORT): 587 with STARTTLS, 465 with TLS from the start.')
param mailPort string = '587'

@allowed([
  'StartTls'
  'Ssl'
])
@description('How the connection is protected (VIO_MAIL_SECURITY).')
param mailSecurity string = 'StartTls'

@minLength(3)
@description('Sender of every email (VIO_MAIL_FROM): an address the SMTP server may send as, or "Name <address>".')
param mailFrom string

@description('SMTP user name (VIO_MAIL_USERNAME); its password is the vault secret mail-password, set by the operator.')
param mailUserName string = ''

@description('Address of the web console the links in emails open (VIO_CONSOLE_URL); empty: the function app\'s own.')
param consoleUrl string = ''

@minValue(1)
@maxValue(40)
@description('Most instances the function app scales out to; each holds up to 25 + 4 PostgreSQL connections (infra/README.md).')
param maximumInstanceCount int = 10

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var databaseName = 'vioconcierge'
var applicationRole = 'vioconcierge'
var ownerRole = 'vioconcierge_owner'
var workQueue = 'work-items'
var names = {
  appIdentity: 'id-app-${resourceToken}'
  ownerIdentity: 'id-dbowner-${resourceToken}'
  storage: 'st${resourceToken}'
  vault: 'kv-${resourceToken}'
  appInsights: 'appi-${resourceToken}'
  postgres: 'psql-${resourceToken}'
}
var callQueue = 'work-calls'

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identities 'modules/identities.bicep' = {
  name: 'identities'
  scope: group
  params: {
    location: location
    tags: tags
    appIdentityName: names.appIdentity
    ownerIdentityName: names.ownerIdentity
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${resourceToken}'
    appInsightsName: names.appInsights
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    location: location
    tags: tags
    name: names.storage
    deploymentContainerName: 'app-package'
    queueNames: [
      workQueue
      '${workQueue}-poison'
      callQueue
      '${callQueue}-poison'
    ]
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'vault'
  scope: group
  params: {
    location: location
    tags: tags
    name: names.vault
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  scope: group
  params: {
    location: location
    tags: tags
    name: names.postgres
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: group
  params: {
    location: location
    tags: tags
    name: 'func-${resourceToken}'
    planName: 'plan-${resourceToken}'
    maximumInstanceCount: maximumInstanceCount
    appIdentityId: identities.outputs.appIdentityId
    appIdentityClientId: identities.outputs.appIdentityClientId
    ownerIdentityId: identities.outputs.ownerIdentityId
    ownerIdentityClientId: identities.outputs.ownerIdentityClientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    vaultUri: vault.outputs.uri
    postgresHost: postgres.outputs.host
    databaseName: databaseName
    applicationRole: applicationRole
    ownerRole: ownerRole
    workQueue: workQueue
    callQueue: callQueue
    integrationStore: integrationStore
    superAdminEmail: superAdminEmail
    mail: {
      host: mailHost
      port: mailPort
      security: mailSecurity
      from: mailFrom
      userName: mailUserName
    }
    consoleUrl: consoleUrl
  }
}

module rbac 'rbac.bicep' = {
  name: 'rbac'
  scope: group
  params: {
    appIdentityName: names.appIdentity
    principalId: principalId
    principalName: principalName
    principalType: principalType
    storageAccountName: names.storage
    vaultName: names.vault
    appInsightsName: names.appInsights
    postgresServerName: names.postgres
  }
  // Names are known before deployment (so What-If sees every assignment); the resources must exist first.
  dependsOn: [
    identities
    monitoring
    storage
    vault
    postgres
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = functionApp.outputs.uri
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = vault.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_POSTGRES_SERVER_NAME string = postgres.outputs.name
output AZURE_POSTGRES_HOST string = postgres.outputs.host
output AZURE_POSTGRES_DATABASE string = databaseName
output AZURE_POSTGRES_APP_ROLE string = applicationRole
output AZURE_POSTGRES_OWNER_ROLE string = ownerRole
output AZURE_POSTGRES_ADMIN_NAME string = principalName
output AZURE_APP_IDENTITY_PRINCIPAL_ID string = identities.outputs.appIdentityPrincipalId
output AZURE_OWNER_IDENTITY_PRINCIPAL_ID string = identities.outputs.ownerIdentityPrincipalId
