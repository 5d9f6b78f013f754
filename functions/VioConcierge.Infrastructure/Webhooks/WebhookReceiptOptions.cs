using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Webhooks;

/// <summary>How webhook receipts are written (section <c>Webhooks</c>): see <see cref="PostgresWebhookReceipts"/>.</summary>
public sealed class WebhookReceiptOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>The most deliveries one round trip records.</summary>
    [Range(1, 500)]
    public int ReceiptBatchSize { get; set; } = 64;

    /// <summary>The most round trips recording receipts at once (each holds one pooled connection).</summary>
    [Range(1, 64)]
    public int ReceiptWriters { get; set; } = 2;
}
