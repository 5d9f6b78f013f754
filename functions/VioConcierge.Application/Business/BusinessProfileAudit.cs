using VioConcierge.Core.Audit;
using VioConcierge.Core.Business;

namespace VioConcierge.Application.Business;

/// <summary>The before/after of every business profile field a save changed, for its audit entry.</summary>
public static class BusinessProfileAudit
{
    public static IReadOnlyDictionary<string, FieldChange> Changes(BusinessProfile before, BusinessProfile after, int version)
    {
        var (was, now) = (before.Details, after.Details);
        return new AuditChanges()
            .Change("legalName", before.LegalName, after.LegalName)
            .Change("tradingName", before.TradingName, after.TradingName)
            .Change("businessType", before.BusinessType, after.BusinessType)
            .Change("industryCategory", was.IndustryCategory, now.IndustryCategory)
            .Change("phone", was.Phone, now.Phone)
            .Change("email", was.Email, now.Email)
            .Change("website", was.Website, now.Website)
            .Change("address", was.Address, now.Address)
            .Change("timezone", before.Timezone, after.Timezone)
            .Change("operatingSchedule", was.OperatingSchedule, now.OperatingSchedule)
            .Change("sessionIdleTimeoutHours", before.SessionIdleTimeoutHours, after.SessionIdleTimeoutHours)
            .Change("bankHolidayRegion", was.BankHolidayRegion.ToString(), now.BankHolidayRegion.ToString())
            .Set("version", version)
            .Build();
    }
}
