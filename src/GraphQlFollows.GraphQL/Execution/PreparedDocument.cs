using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Telemetry;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Validation;
using GraphQlFollows.GraphQL.Validation.Limits;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// A query text parsed and validated once, with the operations picked from it so far (by operation name),
/// each a <see cref="PreparedOperation"/> that carries its plans. Only operations that exist are kept: clients
/// choose the names they send.
/// </summary>
internal sealed class PreparedDocument
{
    private readonly DocumentNode? _document;
    private readonly PreparedOperation? _invalid;
    private readonly Dictionary<string, PreparedOperation> _named = new(StringComparer.Ordinal);
    private PreparedOperation? _unnamed;

    private PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        _document = document;
        if (document is null || errors.Count > 0)
        {
            _invalid = new PreparedOperation { Document = document, Errors = errors };
        }
    }

    public static PreparedDocument Create(Schema schema, string query, ExecutionOptions options)
    {
        DocumentNode document;
        using (var parsing = GraphQLTelemetry.StartParse())
        {
            try
            {
                document = Parser.Parse(query, options.ParserOptions);
            }
            catch (GraphQLSyntaxException e)
            {
                GraphQLError[] syntaxError = [e.ToGraphQLError()];
                GraphQLTelemetry.Failed(parsing, syntaxError);
                return new PreparedDocument(null, syntaxError);
            }
        }

        using var validating = GraphQLTelemetry.StartValidate();
        var errors = DocumentValidator.Validate(schema, document, options.ValidationRules);
        GraphQLTelemetry.Failed(validating, errors);
        return new PreparedDocument(document, errors);
    }

    /// <summary>The operation to run, prepared once per name: its plans and, when <paramref name="options"/> ask, its price.</summary>
    public PreparedOperation GetOperation(Schema schema, string? operationName, ExecutionOptions options)
    {
        if (_invalid is not null)
        {
            return _invalid;
        }

        lock (_named)
        {
            var cached = operationName is null ? _unnamed : _named.GetValueOrDefault(operationName);
            if (cached is not null)
            {
                return cached;
            }
        }

        var operation = GetOperation(_document!, operationName, out var error);
        if (operation is null)
        {
            return new PreparedOperation { Document = _document, Errors = [error!] };
        }

        var created = Prepare(schema, operation, options);
        lock (_named)
        {
            if (operationName is null)
            {
                return _unnamed ??= created;
            }

            return _named.TryAdd(operationName, created) ? created : _named[operationName];
        }
    }

    private PreparedOperation Prepare(Schema schema, OperationDefinitionNode operation, ExecutionOptions options)
    {
        CostPlan? cost = null;
        if (options.MaxCost is not null)
        {
            cost = CostAnalysis.Analyze(schema, _document!, operation, out var errors);
            if (errors.Count > 0)
            {
                return new PreparedOperation { Document = _document, Operation = operation, Errors = errors };
            }
        }

        return new PreparedOperation
        {
            Document = _document,
            Operation = operation,
            Plans = new OperationPlans(schema, _document!, operation),
            Cost = cost,
        };
    }

    /// <summary>The specification's GetOperation.</summary>
    private static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }

        return found;
    }
}
