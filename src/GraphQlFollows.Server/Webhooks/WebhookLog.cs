using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using GraphQlFollows.Api.Queries;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>
/// Reads the log for webhooks through the served schema's <c>operations</c> query, so that a delivery is the
/// operation exactly as that query shows it.
/// </summary>
internal sealed class WebhookLog(IRequestExecutor executor, IServiceProvider services)
{
    private const int PageSize = 100;

    // Prepared at the first read rather than with the server.
    private readonly Lazy<PreparedOperation> _query = new(() => executor.Prepare(OperationsQuery.Document, null));

    /// <summary>The operations after <paramref name="position"/>, in log order, at most a page of them.</summary>
    public async Task<IReadOnlyList<WebhookOperation>> ReadAsync(long position, CancellationToken cancellationToken)
    {
        var result = await executor.ExecuteAsync(_query.Value, new GraphQLRequest
        {
            Query = OperationsQuery.Document,
            Variables = new Dictionary<string, object?> { ["first"] = (long)PageSize, ["after"] = OperationsQuery.After(position) },
            Services = services,
        }, cancellationToken);
        if (result.Errors is [var error, ..])
        {
            throw new InvalidOperationException($"The log could not be read after position {position}: {error.Message}");
        }

        var buffer = new ArrayBufferWriter<byte>();
        ExecutionResultWriter.Write(result, buffer);
        using var json = JsonDocument.Parse(buffer.WrittenMemory);
        var edges = json.RootElement.GetProperty("data").GetProperty("operations").GetProperty("edges");
        return edges.EnumerateArray().Select(edge => ToOperation(edge.GetProperty("node"))).ToArray();
    }

    private static WebhookOperation ToOperation(JsonElement node) => new(
        node.GetProperty("position").GetInt64(),
        node.GetProperty("address").GetString()!,
        node.GetProperty("handles").EnumerateArray().Select(handle => handle.GetString()!).ToArray(),
        JsonMarshal.GetRawUtf8Value(node).ToArray());
}
