namespace GraphQlFollows.Follows.Store;

/// <summary>
/// An application's webhook endpoint (table <c>webhooks</c>) and how far along the operation log it has been
/// delivered, so that delivery resumes there after a restart.
/// </summary>
public sealed class WebhookRecord
{
    public long Id { get; set; }

    /// <summary>The endpoint's name, unique; endpoints are listed and removed by it.</summary>
    public required string Name { get; set; }

    /// <summary>The absolute http or https URL operations are posted to.</summary>
    public required string Url { get; set; }

    /// <summary>
    /// The key of the HMAC-SHA256 signature of each delivery, encrypted (see <see cref="Applications.WebhookSecrets"/>):
    /// the receiver holds it too, and the sender needs it as given. One stored before secrets were encrypted is plain
    /// until the next start encrypts it.
    /// </summary>
    public required string Secret { get; set; }

    /// <summary>Only operations naming this handle, when set.</summary>
    public string? Handle { get; set; }

    /// <summary>Only operations by this wallet, lowercase <c>0x</c> hex, when set.</summary>
    public string? Address { get; set; }

    /// <summary>The log position of the last operation delivered (or passed over by the filters).</summary>
    public long Position { get; set; }

    /// <summary>Server time of registration, milliseconds since the epoch.</summary>
    public long CreatedAt { get; set; }
}
