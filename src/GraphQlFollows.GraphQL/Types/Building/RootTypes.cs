using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Validation.TypeSystem;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>
/// Picks the root operation types: those the schema definition and its extensions name, or, without a schema
/// definition, the types named <c>Query</c>, <c>Mutation</c> and <c>Subscription</c>.
/// </summary>
internal sealed class RootTypes(SchemaFactory factory, Schema schema)
{
    public void Set()
    {
        var roots = new Dictionary<OperationType, (NamedType Type, Node? Node)>();
        var schemaNodes = factory.Document.SchemaDefinition is { } definition
            ? [definition, .. factory.Document.SchemaExtensions]
            : factory.Document.SchemaExtensions;
        foreach (var operationType in schemaNodes.SelectMany(s => s.OperationTypes))
        {
            roots[operationType.Operation] = (factory.NamedType(operationType.Type), operationType.Type);
        }

        if (factory.Document.SchemaDefinition is null)
        {
            foreach (var type in factory.DefinedTypes)
            {
                if (DefaultOperation(type.Name) is { } operation)
                {
                    roots[operation] = (type, type.AstNode);
                }
            }
        }

        foreach (var (operation, (type, node)) in roots)
        {
            Assign(operation, type, node);
        }
    }

    private static OperationType? DefaultOperation(string typeName) => typeName switch
    {
        "Query" => OperationType.Query,
        "Mutation" => OperationType.Mutation,
        "Subscription" => OperationType.Subscription,
        _ => null,
    };

    private void Assign(OperationType operation, NamedType type, Node? node)
    {
        if (type is not ObjectType objectType)
        {
            factory.Errors.Add(RootTypeRules.NotAnObjectType(operation, type), node);
            return;
        }

        switch (operation)
        {
            case OperationType.Query:
                schema.QueryType = objectType;
                break;
            case OperationType.Mutation:
                schema.MutationType = objectType;
                break;
            default:
                schema.SubscriptionType = objectType;
                break;
        }
    }
}
