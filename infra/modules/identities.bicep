// The two user-assigned managed identities of the function app, one per PostgreSQL role it connects as (Entra
// authentication maps one principal to one role, and the host needs both at start-up: migrations as the schema owner,
// everything else as the application role, to which row-level security applies).
//   app identity:   the application role, and the app's identity for everything else (Storage, Key Vault, Application
//                   Insights); every Azure role assignment it holds is in rbac.bicep.
//   owner identity: the schema owner role only, used to apply migrations at start-up; it holds no Azure role.

@description('Region of the identities.')
param location string

@description('Tags of every resource.')
param tags object

@description('Name of the app identity.')
param appIdentityName string

@description('Name of the schema-owner identity.')
param ownerIdentityName string

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: appIdentityName
  location: location
  tags: tags
}

resource ownerIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: ownerIdentityName
  location: location
  tags: tags
}

output appIdentityId string = appIdentity.id
output appIdentityClientId string = appIdentity.properties.clientId
output appIdentityPrincipalId string = appIdentity.properties.principalId
output ownerIdentityId string = ownerIdentity.id
output ownerIdentityClientId string = ownerIdentity.properties.clientId
output ownerIdentityPrincipalId string = ownerIdentity.properties.principalId
