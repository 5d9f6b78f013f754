namespace VioConcierge.Functions.Hosting;

public enum ServiceStatus
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}
