// The function app on Flex Consumption (Linux, .NET 10 isolated worker), with every app setting it reads at start-up
// (tests/VioConcierge.Functions.Tests/Infra checks this list against what the app requires). No secret is written here:
// secrets are Key Vault references resolved with the app identity, storage and PostgreSQL are reached with the managed
// identities, and the deployment package is read from its container with the app identity.

@description('Region of the plan and the app.')
param location string

@description('Tags of every resource.')
param tags object

@description('Name of the function app.')
param name string

@description('Name of its Flex Consumption plan.')
param planName string

@description('Most instances the app scales out to.')
param maximumInstanceCount int

@description('Resource id of the app identity.')
param appIdentityId string

@description('Client id of the app identity.')
param appIdentityClientId string

@description('Resource id of the schema-owner identity.')
param ownerIdentityId string

@description('Client id of the schema-owner identity.')
param ownerIdentityClientId string

@description('Storage account of AzureWebJobsStorage.')
param storageAccountName string

@description('URL of the blob container the app package is deployed to.')
param deploymentContainerUrl string

@description('Application Insights connection string (not a secret: ingestion needs the identity\'s Entra token).')
param appInsightsConnectionString string

@description('URI of the Key Vault, ending in /.')
param vaultUri string

@description('Host name of the PostgreSQL server.')
param postgresHost string

@description('Database of the app.')
param databaseName string

@description('PostgreSQL role of the app identity (ConnectionStrings:Postgres).')
param applicationRole string

@description('PostgreSQL role of the schema-owner identity (ConnectionStrings:PostgresMigrations).')
param ownerRole string

@description('Work:Queue, the queue of background work.')
param workQueue string

@description('Work:CallQueue, the queue of time-critical work.')
param callQueue string

@description('Secrets:Store, where tenants\' integration keys live.')
param integrationStore string

@description('Bootstrap:SuperAdminEmail.')
param superAdminEmail string

@description('Mail:Host, Mail:Port, Mail:Security, Mail:From and Mail:UserName: the SMTP server email goes through (the password is the vault secret mail-password).')
param mail object

@description('Console:BaseUrl, the web console the links in emails open; empty: the app\'s own address.')
param consoleUrl string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${appIdentityId}': {}
      '${ownerIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: appIdentityId
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // Functions host, Durable task hub (host.json: hub VioConcierge on AzureWebJobsStorage) and work queues:
        // identity-based storage connection.
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: appIdentityClientId }
        { name: 'Work__Queue', value: workQueue }
        { name: 'Work__CallQueue', value: callQueue }
        // DefaultAzureCredential's managed identity (Key Vault secret store, anything without its own client id).
        { name: 'AZURE_CLIENT_ID', value: appIdentityClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${appIdentityClientId};Authorization=AAD' }
        // PostgreSQL: the application role and the schema owner, each signed in with its managed identity's Entra token
        // (no password). At most 25 + 4 connections an instance (infra/README.md has the arithmetic).
        {
          name: 'ConnectionStrings__Postgres'
          value: 'Host=${postgresHost};Port=5432;Database=${databaseName};Username=${applicationRole};SSL Mode=VerifyFull;Maximum Pool Size=25'
        }
        {
          name: 'ConnectionStrings__PostgresMigrations'
          value: 'Host=${postgresHost};Port=5432;Database=${databaseName};Username=${ownerRole};SSL Mode=VerifyFull;Maximum Pool Size=2'
        }
        { name: 'Postgres__EntraAuthentication', value: 'true' }
        { name: 'Postgres__ClientId', value: appIdentityClientId }
        { name: 'Postgres__MigrationsClientId', value: ownerIdentityClientId }
        // Platform secrets: Key Vault references, resolved with the app identity (keyVaultReferenceIdentity), versionless
        // (a new version applies at the next restart, or within a day). hooks/platform-secrets.sh creates them.
        { name: 'Auth__SigningKey', value: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/auth-signing-key)' }
        { name: 'Encryption__ActiveKeyId', value: 'k1' }
        { name: 'Encryption__Keys__k1', value: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/encryption-key-k1)' }
        { name: 'Retell__ApiKey', value: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/retell-api-key)' }
        { name: 'Bootstrap__SuperAdminEmail', value: superAdminEmail }
        {
          name: 'Bootstrap__SuperAdminPassword'
          value: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/bootstrap-super-admin-password)'
        }
        // Tenants' integration keys.
        { name: 'Secrets__Store', value: integrationStore }
        { name: 'Secrets__VaultUri', value: vaultUri }
        // Calls go through Retell; webhook URLs shown to tenants are on the app's public HTTPS address.
        { name: 'Voice__Provider', value: 'Retell' }
        { name: 'PublicBaseUrl', value: 'https://${name}.azurewebsites.net' }
        // Email (welcome, password links, security alerts, notifications) through the SMTP server of the operator's
        // choice; the password is a Key Vault reference like the other platform secrets.
        { name: 'Mail__Host', value: mail.host }
        { name: 'Mail__Port', value: mail.port }
        { name: 'Mail__Security', value: mail.security }
        { name: 'Mail__From', value: mail.from }
        { name: 'Mail__UserName', value: mail.userName }
        { name: 'Mail__Password', value: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/mail-password)' }
        { name: 'Console__BaseUrl', value: empty(consoleUrl) ? 'https://${name}.azurewebsites.net' : consoleUrl }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: appIdentityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

output name string = app.name
output uri string = 'https://${app.properties.defaultHostName}'
