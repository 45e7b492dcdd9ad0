using System.Text;
using System.Text.Json;

namespace GraphQlFollows.Cli;

/// <summary>How a signed mutation leaves the tool: as a curl command, or sent with GraphQL over HTTP.</summary>
internal static class RequestOutput
{
    private const string AcceptedMediaTypes = "application/graphql-response+json, application/json";

    /// <summary>
    /// A POSIX shell command that posts the mutation's JSON body to <paramref name="endpoint"/>; it ends the response
    /// with a line break, so the shell's prompt starts on a line of its own.
    /// </summary>
    public static string Curl(Uri endpoint, SignedMutation mutation) =>
        $"curl -sS -w '\\n' {ShellQuote(endpoint.AbsoluteUri)} -H 'Content-Type: application/json' " +
        $"-H {ShellQuote("Accept: " + AcceptedMediaTypes)} --data-raw {ShellQuote(mutation.JsonBody())}";

    /// <summary>
    /// Posts the mutation and writes the response body. The exit code is 0 when the mutation answered
    /// <c>SUCCESS</c>, 2 when it answered another status, 1 when there was no such answer.
    /// </summary>
    public static async Task<int> SendAsync(Uri endpoint, SignedMutation mutation, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(mutation.JsonBody(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(AcceptedMediaTypes);
        try
        {
            using var response = await client.SendAsync(request, cancellation);
            var body = await response.Content.ReadAsStringAsync(cancellation);
            await output.WriteLineAsync(body);
            if (!response.IsSuccessStatusCode)
            {
                await error.WriteLineAsync($"{endpoint} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
                return 1;
            }
            return StatusOf(body, mutation.Field) switch
            {
                "SUCCESS" => 0,
                null => 1,
                _ => 2,
            };
        }
        catch (HttpRequestException exception)
        {
            await error.WriteLineAsync($"Cannot reach {endpoint}: {exception.Message}");
            return 1;
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{endpoint} did not answer within {client.Timeout.TotalSeconds} seconds.");
            return 1;
        }
    }

    /// <summary>The <c>status</c> the mutation answered, or null when the body holds none (request or field errors).</summary>
    public static string? StatusOf(string responseBody, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(responseBody);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty(field, out var result) && result.ValueKind == JsonValueKind.Object
                && result.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                ? status.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Single-quotes text for a POSIX shell; a quote inside is closed, escaped and reopened.</summary>
    public static string ShellQuote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
