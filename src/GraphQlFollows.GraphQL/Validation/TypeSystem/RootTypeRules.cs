using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>Root operation types: a query type is required, each root is an object type, and no two roots share a type.</summary>
internal static class RootTypeRules
{
    public static void Validate(Schema schema, SchemaErrors errors)
    {
        // A query root that is named but is not an object type has been reported already, while building.
        if (schema.QueryType is null && !IsQueryRootNamed(schema))
        {
            errors.Add("Query root type must be provided.", schema.AstNode);
        }

        var roots = new[] { (OperationType.Query, schema.QueryType), (OperationType.Mutation, schema.MutationType), (OperationType.Subscription, schema.SubscriptionType) };
        foreach (var group in roots.Where(r => r.Item2 is not null).GroupBy(r => r.Item2!))
        {
            var operations = group.Select(r => r.Item1).ToList();
            if (operations.Count > 1)
            {
                var names = operations.Select(o => o.ToString().ToLowerInvariant()).ToList();
                errors.Add(
                    $"All root types must be different, \"{group.Key.Name}\" type is used as {Coordinates.AndList(names)} root types.",
                    operations.Select(o => OperationTypeNode(schema, o)));
            }
        }
    }

    public static string NotAnObjectType(OperationType operation, NamedType type) => operation == OperationType.Query
        ? $"Query root type must be Object type, it cannot be {type.Name}."
        : $"{operation} root type must be Object type if provided, it cannot be {type.Name}.";

    private static bool IsQueryRootNamed(Schema schema) =>
        OperationTypeNode(schema, OperationType.Query) is not null || (schema.AstNode is null && schema.GetType("Query") is not null);

    private static NamedTypeNode? OperationTypeNode(Schema schema, OperationType operation)
    {
        var schemaNodes = schema.AstNode is null ? schema.ExtensionAstNodes : [schema.AstNode, .. schema.ExtensionAstNodes];
        return schemaNodes.SelectMany(s => s.OperationTypes).FirstOrDefault(o => o.Operation == operation)?.Type;
    }
}
