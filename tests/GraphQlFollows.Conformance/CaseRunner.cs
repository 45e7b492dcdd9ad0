using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Conformance;

/// <summary>
/// Runs one case: builds its schema, prepares and executes its request, and writes the output line.
/// The schema keeps the engine's defaults, as graphql-js does in its runner: fields read the parent dictionary's
/// entry of their name, and abstract types resolve through the value's <c>__typename</c>.
/// Whatever the engine throws becomes a <c>crash</c> entry, so every case gets its line.
/// </summary>
public static class CaseRunner
{
    /// <summary>A guard against a request that never completes; the corpus's requests take milliseconds.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Many cases share a schema; one executor per schema text is how a server would hold it too.</summary>
    private static readonly Dictionary<string, RequestExecutor> Executors = new(StringComparer.Ordinal);

    public static async Task<byte[]> RunAsync(string line)
    {
        var testCase = ConformanceCase.Parse(line);
        try
        {
            return await RunAsync(testCase);
        }
        catch (Exception exception)
        {
            return Output(testCase.Id, writer => writer.WriteString("crash", exception.ToString()));
        }
    }

    private static async Task<byte[]> RunAsync(ConformanceCase testCase)
    {
        if (!Executors.TryGetValue(testCase.Schema, out var executor))
        {
            try
            {
                executor = new RequestExecutor(new SchemaBuilder(testCase.Schema).Build());
            }
            catch (SchemaException exception)
            {
                return Output(testCase.Id, writer => WriteSchemaErrors(writer, exception));
            }

            Executors[testCase.Schema] = executor;
        }

        var request = new GraphQLRequest
        {
            Query = testCase.Query,
            OperationName = testCase.OperationName,
            Variables = testCase.Variables,
            RootValue = testCase.RootValue,
        };
        var prepared = executor.Prepare(request.Query, request.OperationName);
        var result = await executor.ExecuteAsync(prepared, request, CancellationToken.None).AsTask().WaitAsync(Timeout);
        return Output(testCase.Id, writer =>
        {
            writer.WritePropertyName("result");
            ExecutionResultWriter.Write(result, writer);
        });
    }

    private static void WriteSchemaErrors(Utf8JsonWriter writer, SchemaException exception)
    {
        writer.WriteStartArray("schemaErrors");
        foreach (var error in exception.Errors)
        {
            writer.WriteStringValue(error.Message);
        }

        writer.WriteEndArray();
    }

    private static byte[] Output(string id, Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writeBody(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
