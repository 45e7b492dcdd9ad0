using System.Buffers;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using GraphQlFollows.GraphQL.Validation;

namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>
/// The project's engine as the server uses it: one <see cref="RequestExecutor"/> (its prepared-document cache makes a
/// repeated query neither parsed nor validated again), each result written as JSON into a reused buffer.
/// </summary>
internal sealed class EngineSide : IEngineSide
{
    private readonly Schema _schema;
    private readonly RequestExecutor _executor;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    public EngineSide(BenchmarkInputs inputs)
    {
        var accepted = new Dictionary<string, object?>
        {
            ["status"] = BenchmarkInputs.AcceptedStatus,
            ["tsInServer"] = BenchmarkInputs.AcceptedTsInServer,
        };
        _schema = new SchemaBuilder(inputs.SchemaSdl)
            .BindResolver("Mutation", "follow", context => new ValueTask<object?>(HasHandle(context) ? accepted : null))
            .Build();
        _executor = new RequestExecutor(_schema);

        var page = new GraphQLRequest { Query = inputs.PageSource, RootValue = inputs.PageRoot, Variables = inputs.PageVariables };
        var mutation = new GraphQLRequest { Query = inputs.MutationSource, Variables = inputs.MutationVariables };
        var introspection = new GraphQLRequest { Query = inputs.IntrospectionSource };
        var pageSource = inputs.PageSource;
        Cases =
        [
            new("ParseAndValidate", () => Validate(pageSource), null),
            new("ExecuteCached", () => ExecuteAndWrite(page), Written),
            new("Mutation", () => ExecuteAndWrite(mutation), Written),
            new("Introspection", () => ExecuteAndWrite(introspection), Written),
        ];
    }

    public string Name => "GraphQlFollows";
    public IReadOnlyList<BenchmarkCase> Cases { get; }
    public int AsyncCompletions { get; private set; }

    // The resolver reads its argument, as GraphQL.NET's and graphql-js's do, so that no engine can skip coercing it.
    private static bool HasHandle(IResolverContext context) =>
        context.Arguments.TryGetValue("input", out var input)
        && input is IReadOnlyDictionary<string, object?> fields
        && fields.TryGetValue("handle", out var handle)
        && handle is string;

    private void Validate(string source)
    {
        if (DocumentValidator.Validate(_schema, Parser.Parse(source)).Count != 0)
        {
            throw new InvalidOperationException("The follows-page query did not validate.");
        }
    }

    private void ExecuteAndWrite(GraphQLRequest request)
    {
        var pending = _executor.ExecuteAsync(request);
        if (!pending.IsCompleted)
        {
            AsyncCompletions++;
        }

        var result = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        _buffer.ResetWrittenCount();
        ExecutionResultWriter.Write(result, _buffer);
    }

    private ReadOnlyMemory<byte> Written() => _buffer.WrittenMemory;
}
