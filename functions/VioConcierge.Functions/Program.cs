using VioConcierge.Functions.Endpoints;
using VioConcierge.Functions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddVioConcierge();

var app = builder.Build();
app.UseVioConcierge();
app.MapOpenApi().AllowAnonymous();
app.MapHealthEndpoints();
app.MapAuthEndpoints();
app.MapMeEndpoints();
app.MapAdminTenantsEndpoints();
app.MapAdminAuditEndpoints();
app.MapAdminWorkEndpoints();
app.MapContactsEndpoints();
app.MapContactImportEndpoints();
app.MapContactExportEndpoints();
app.MapGroupsEndpoints();
app.MapSettingsEndpoints();
app.MapCallSettingsEndpoints();
app.MapIntegrationSettingsEndpoints();
app.MapCalendarSettingsEndpoints();
app.MapCallsEndpoints();
app.MapCampaignsEndpoints();
app.MapDoNotCallEndpoints();
app.MapRetellWebhookEndpoints();
app.MapCalendarWebhookEndpoints();
app.Run();

public partial class Program;
