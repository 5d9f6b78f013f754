using VioConcierge.Core.Work;
using VioConcierge.Functions.Calls;
using VioConcierge.Infrastructure.Reminders;

namespace VioConcierge.Functions.Reminders;

public static class ReminderSetup
{
    /// <summary>The reminder engine, call placement and their work handlers, and the voice provider <c>Voice:Provider</c> names.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddVoiceProvider();
        services.AddSingleton<CallSlots>();
        services.AddSingleton<CallFactsReader>();
        services.AddSingleton<CallIntentRecorder>();
        services.AddSingleton<ReminderCommandRunner>();
        services.AddSingleton<ReminderDialSlots>();
        services.AddSingleton<ReminderEngine>();
        services.AddSingleton<ReminderSync>();
        services.AddSingleton<CallOutcomeService>();
        services.AddSingleton<ContactCallUpdates>();
        services.AddSingleton<ProviderCallReports>();
        services.AddSingleton<AutoPauseGuard>();
        services.AddOptions<AutoPauseOptions>().BindConfiguration(AutoPauseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IWorkHandler, PlatformNotificationHandler>();
        services.AddSingleton<DoNotCall.DoNotCallService>();
        services.AddSingleton<Campaigns.CampaignSchedule>();
        services.AddSingleton<Campaigns.CampaignService>();
        services.AddSingleton<IWorkHandler, Campaigns.CampaignStepHandler>();
        services.AddSingleton<CallNowService>();
        services.AddSingleton<CallQueryService>();
        services.AddSingleton<IWorkHandler, ReminderSyncHandler>();
        services.AddSingleton<IWorkHandler, ReminderTimerHandler>();
        services.AddSingleton<IWorkHandler, TenantStatusHandler>();
        services.AddSingleton<IWorkHandler, PlaceCallHandler>();
        services.AddSingleton<IWorkHandler, OutcomeCheckHandler>();
        services.AddSingleton<IWorkHandler, CallLookupHandler>();
        services.AddSingleton<IWorkHandler, StopCallHandler>();
        services.AddSingleton<IWorkHandler, StaffNotificationHandler>();
        return services;
    }
}
