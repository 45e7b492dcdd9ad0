using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using GraphQlFollows.Follows.Applications;
using Polly;
using Polly.Retry;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>
/// POSTs one operation to a webhook until it answers 2xx: each attempt within <see cref="WebhookOptions.AttemptTimeout"/>,
/// retried with exponential backoff and jitter (Polly) for as long as the server runs. Each attempt carries its time
/// (<see cref="TimestampHeader"/>, Unix seconds) and the HMAC-SHA256 of <c>timestamp.body</c> under the webhook's secret,
/// as Stripe signs, so that a receiver can refuse a delivery replayed later; and a delivery id that stays the same
/// across retries. Redirects are not followed: a 3xx is a failed attempt, so the body and its signature never go
/// anywhere but the registered URL.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    public const string SignatureHeader = "X-Follows-Signature";
    public const string TimestampHeader = "X-Follows-Timestamp";
    public const string DeliveryHeader = "X-Follows-Delivery";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AllowAutoRedirect = false,
    })
    {
        // Each attempt has the pipeline's timeout instead.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _clock;

    public WebhookSender(WebhookOptions options, TimeProvider clock, ILogger<WebhookSender> logger)
    {
        _clock = clock;
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                OnRetry = args =>
                {
                    logger.LogWarning("A webhook delivery failed ({Reason}); attempt {Attempt} follows in {Delay}.",
                        args.Outcome.Exception?.Message, args.AttemptNumber + 2, args.RetryDelay);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>The delivery id of an operation for a webhook: the same for every attempt, so receivers can drop repeats.</summary>
    public static string DeliveryId(long webhookId, long position) => $"{webhookId}-{position}";

    /// <summary>
    /// The signature header's value: <c>sha256=</c> and the lowercase hex HMAC-SHA256 of the timestamp header's value,
    /// a full stop, and the body.
    /// </summary>
    public static string Signature(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return "sha256=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Delivers, retrying until the webhook accepts or <paramref name="stopping"/> fires.</summary>
    public ValueTask SendAsync(long webhookId, Webhook webhook, WebhookOperation operation, CancellationToken stopping) =>
        _pipeline.ExecuteAsync(static async (state, cancellation) =>
        {
            var (sender, webhookId, webhook, operation) = state;
            await sender.PostAsync(webhookId, webhook, operation, cancellation);
        }, (this, webhookId, webhook, operation), stopping);

    public void Dispose() => _client.Dispose();

    private async Task PostAsync(long webhookId, Webhook webhook, WebhookOperation operation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new ReadOnlyMemoryContent(operation.Body) { Headers = { ContentType = Json } },
        };
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Signature(webhook.Secret, timestamp, operation.Body.Span));
        request.Headers.Add(DeliveryHeader, DeliveryId(webhookId, operation.Position));
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // A redirect is a failure too; the URL is shown without what may let the sender in.
            throw new HttpRequestException($"{webhook.DisplayUrl} answered {(int)response.StatusCode}", null, response.StatusCode);
        }
    }
}
