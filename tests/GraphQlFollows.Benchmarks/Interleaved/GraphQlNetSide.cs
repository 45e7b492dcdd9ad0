using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQlFollows.Follows.Graph.Log;

namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>
/// GraphQL.NET 8 in its fastest ordinary configuration: the schema built once from the same SDL (schema-first), a
/// <see cref="DocumentExecuter"/> with a cache of validated documents, errors caught (ThrowOnUnhandledException off), no
/// complexity analysis and no metrics, and <see cref="GraphQLSerializer"/> writing each result into a reused buffer.
/// </summary>
internal sealed class GraphQlNetSide : IEngineSide
{
    private readonly Schema _schema;
    private readonly DocumentExecuter _executer;
    private readonly ValidatedDocumentCache _cache = new();
    private readonly GraphQLDocumentBuilder _documentBuilder = new();
    private readonly DocumentValidator _validator = new();
    private readonly BufferSerializer _serializer = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;

    /// <param name="serialQueries">
    /// Run queries with the serial execution strategy instead of the default parallel one. With resolvers that complete
    /// at once one might expect serial to be cheaper; measured against each other (<c>--strategies</c>), parallel was
    /// as fast or 1 to 3% faster, so it stays the default.
    /// </param>
    public GraphQlNetSide(BenchmarkInputs inputs, bool serialQueries)
    {
        _schema = GraphQlNetSchema.Build(inputs.SchemaSdl);
        var strategies = serialQueries
            ? new[] { new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query) }
            : Array.Empty<ExecutionStrategyRegistration>();
        _executer = new DocumentExecuter(
            new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(strategies), new[] { _cache });
        // The same escaping as the engine's writer and JSON.stringify (quotes as \", non-ASCII as is), so the three
        // engines write the same bytes; GraphQL.NET's default encoder would escape more, and cost more.
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        StrategyName = serialQueries ? "serial" : "parallel";

        var pageVariables = new Inputs(inputs.PageVariables);
        var mutationVariables = new Inputs(inputs.MutationVariables);
        var pageSource = inputs.PageSource;
        Cases =
        [
            new("ParseAndValidate", () => Validate(pageSource, pageVariables), null),
            new("ExecuteCached", () => ExecuteAndWrite(inputs.PageSource, inputs.PageRoot, pageVariables), Written),
            new("Mutation", () => ExecuteAndWrite(inputs.MutationSource, null, mutationVariables), Written),
            new("Introspection", () => ExecuteAndWrite(inputs.IntrospectionSource, null, null), Written),
        ];
    }

    public string Name => "GraphQL.NET";
    public string StrategyName { get; }
    public IReadOnlyList<BenchmarkCase> Cases { get; }
    public int AsyncCompletions { get; private set; }
    public int CachedDocuments => _cache.Count;

    // GraphQL.NET's validator needs the operation and its variables: besides the rules, it coerces the variables and
    // every field's arguments (work the engine does when it plans an execution, not in its validator).
    private void Validate(string source, Inputs variables)
    {
        var document = _documentBuilder.Build(source);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().First();
        var pending = _validator.ValidateAsync(new ValidationOptions
        {
            Schema = _schema,
            Document = document,
            Operation = operation,
            Variables = variables,
            Extensions = Inputs.Empty,
            UserContext = EmptyUserContext,
            Metrics = Metrics.None,
        });
        if (!pending.IsCompleted)
        {
            AsyncCompletions++;
        }

        if (!pending.GetAwaiter().GetResult().IsValid)
        {
            throw new InvalidOperationException("The follows-page query did not validate.");
        }
    }

    private static readonly Dictionary<string, object?> EmptyUserContext = [];

    private void ExecuteAndWrite(string query, object? root, Inputs? variables)
    {
        var pending = _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema,
            Query = query,
            Root = root,
            Variables = variables,
            ThrowOnUnhandledException = false,
        });
        if (!pending.IsCompleted)
        {
            AsyncCompletions++;
        }

        var result = pending.GetAwaiter().GetResult();
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _serializer.Write(_writer, result);
        _writer.Flush();
    }

    private ReadOnlyMemory<byte> Written() => _buffer.WrittenMemory;

    /// <summary>GraphQLSerializer with its converters, writing synchronously to a writer the caller reuses.</summary>
    private sealed class BufferSerializer : GraphQLSerializer
    {
        public void Write(Utf8JsonWriter writer, ExecutionResult result) => JsonSerializer.Serialize(writer, result, SerializerOptions);
    }
}
