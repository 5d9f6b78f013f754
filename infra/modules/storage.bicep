// The storage account of AzureWebJobsStorage: the Functions host (timer leases), the Durable Task hub (its queues,
// tables and blobs), the work queues and their poison queues, and the container Flex Consumption deploys the app
// package from. No account keys: every client (the host, the Durable extension, the app's WorkQueueClients and the
// deployment) authenticates with the app's managed identity (rbac.bicep grants its data roles).

@description('Region of the account.')
param location string

@description('Tags of every resource.')
param tags object

@minLength(3)
@maxLength(24)
@description('Name of the storage account.')
param name string

@description('Blob container the app package is deployed to.')
param deploymentContainerName string

@description('Queues the app relays work to (Work:Queue, Work:CallQueue) and their poison queues (-poison).')
param queueNames string[]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

output name string = account.name
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
