using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Validation;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// A query text parsed and validated once, with the operations picked from it so far (by operation name),
/// each a <see cref="PreparedOperation"/> that carries its plans.
/// </summary>
internal sealed class PreparedDocument
{
    private readonly DocumentNode? _document;
    private readonly IReadOnlyList<GraphQLError> _errors;
    private readonly Dictionary<string, PreparedOperation> _operations = new(StringComparer.Ordinal);

    private PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        _document = document;
        _errors = errors;
    }

    public static PreparedDocument Create(Schema schema, string query, ParserOptions parserOptions)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, parserOptions);
        }
        catch (GraphQLSyntaxException e)
        {
            return new PreparedDocument(null, [e.ToGraphQLError()]);
        }

        return new PreparedDocument(document, DocumentValidator.Validate(schema, document));
    }

    public PreparedOperation GetOperation(Schema schema, string? operationName)
    {
        var key = operationName ?? string.Empty;
        lock (_operations)
        {
            if (!_operations.TryGetValue(key, out var prepared))
            {
                prepared = Prepare(schema, operationName);
                _operations[key] = prepared;
            }

            return prepared;
        }
    }

    private PreparedOperation Prepare(Schema schema, string? operationName)
    {
        if (_document is null || _errors.Count > 0)
        {
            return new PreparedOperation { Document = _document, Errors = _errors };
        }

        var operation = GetOperation(_document, operationName, out var error);
        if (operation is null)
        {
            return new PreparedOperation { Document = _document, Errors = [error!] };
        }

        return new PreparedOperation
        {
            Document = _document,
            Operation = operation,
            Plans = new OperationPlans(schema, _document, operation),
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
