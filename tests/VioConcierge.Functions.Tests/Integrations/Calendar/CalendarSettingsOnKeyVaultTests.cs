using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Integrations.Calendar;

/// <summary>
/// Every calendar settings test again with <c>Secrets:Store = KeyVault</c> on the fake vault: the callers of the secret
/// store (settings, masking, audit, logs) behave the same on either store.
/// </summary>
[Collection(KeyVaultCollection.Name)]
public sealed class CalendarSettingsOnKeyVaultTests(KeyVaultApiFixture api) : CalendarSettingsTests(api);
