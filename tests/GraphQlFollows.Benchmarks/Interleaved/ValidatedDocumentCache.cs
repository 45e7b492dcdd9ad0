using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>
/// GraphQL.NET's document cache, as its GraphQL.MemoryCache package does it (that package is not in the registry this
/// project restores from): a query whose document validated once is neither parsed nor run through the validation
/// rules again. GraphQL.NET still coerces the variables and every field's arguments on each execution.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    // The order GraphQL.NET gives its own document cache among the execution configurations.
    public float SortOrder => 200;

    public int Count => _documents.Count;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return next(options);
        }

        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return next(options);
        }

        return ExecuteAndKeepAsync(query, options, next);
    }

    private async Task<ExecutionResult> ExecuteAndKeepAsync(string query, ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } validated)
        {
            _documents.TryAdd(query, validated);
        }

        return result;
    }
}
