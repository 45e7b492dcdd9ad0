using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using GraphQlFollows.Follows.Applications;
using Polly;
using Polly.Retry;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>
/// POSTs one operation to a webhook until it answers 2xx: each attempt within <see cref="WebhookOptions.AttemptTimeout"/>,
/// retried with exponential backoff and jitter (Polly) for as long as the server runs. The body is signed with
/// HMAC-SHA256 under the webhook's secret, and carries a delivery id that stays the same across retries.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    public const string SignatureHeader = "X-Follows-Signature";
    public const string DeliveryHeader = "X-Follows-Delivery";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        // Each attempt has the pipeline's timeout instead.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly ResiliencePipeline _pipeline;

    public WebhookSender(WebhookOptions options, ILogger<WebhookSender> logger)
    {
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

    /// <summary>The signature header's value: <c>sha256=</c> and the HMAC-SHA256 of the body, lowercase hex.</summary>
    public static string Signature(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

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
        request.Headers.Add(SignatureHeader, Signature(webhook.Secret, operation.Body.Span));
        request.Headers.Add(DeliveryHeader, DeliveryId(webhookId, operation.Position));
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{webhook.Url} answered {(int)response.StatusCode}", null, response.StatusCode);
        }
    }
}
