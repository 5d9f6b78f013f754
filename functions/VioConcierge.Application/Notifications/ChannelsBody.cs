using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Notifications;

/// <summary>Where alerts go: the in-app feed and email (the tenant being paused always goes to both).</summary>
public sealed record ChannelsBody([property: Required] bool? InApp, [property: Required] bool? Email);
