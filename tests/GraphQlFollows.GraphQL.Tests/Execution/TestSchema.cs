using System.Text;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using GraphQlFollows.GraphQL.Types.Scalars;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Tests.Execution;

/// <summary>Schemas built in code for the executor's tests, with resolvers bound directly to the fields.</summary>
internal static class TestSchema
{
    public static readonly ScalarType Int = BuiltInScalars.Int;
    public static readonly ScalarType Str = BuiltInScalars.String;
    public static readonly ScalarType Bool = BuiltInScalars.Boolean;
    public static readonly ScalarType Float = BuiltInScalars.Float;
    public static readonly ScalarType ID = BuiltInScalars.ID;

    public static NonNullType NonNull(IGraphQLType type) => new(type);

    public static ListType List(IGraphQLType type) => new(type);

    public static FieldDefinition Field(string name, IGraphQLType type, FieldResolver? resolver = null, params InputValue[] arguments)
    {
        var field = new FieldDefinition(name, type) { Resolver = resolver };
        foreach (var argument in arguments)
        {
            field.Arguments.Add(argument);
        }

        return field;
    }

    /// <summary>A field whose resolver returns the given value, whatever the parent.</summary>
    public static FieldDefinition Constant(string name, IGraphQLType type, object? value) =>
        Field(name, type, _ => new ValueTask<object?>(value));

    public static InputValue Argument(string name, IGraphQLType type, string? defaultValue = null) =>
        new(name, type) { DefaultValue = defaultValue is null ? null : GraphQlFollows.GraphQL.Language.Parser.ParseValue(defaultValue) };

    public static ObjectType Object(string name, params FieldDefinition[] fields) => Fill(new ObjectType(name), fields);

    public static InterfaceType Interface(string name, params FieldDefinition[] fields) => Fill(new InterfaceType(name), fields);

    public static T Fill<T>(T type, params FieldDefinition[] fields) where T : FieldsType
    {
        foreach (var field in fields)
        {
            type.Fields.Add(field);
        }

        return type;
    }

    public static InputObjectType InputObject(string name, params InputValue[] fields)
    {
        var type = new InputObjectType(name);
        foreach (var field in fields)
        {
            type.Fields.Add(field);
        }

        return type;
    }

    public static EnumType Enum(string name, params string[] values)
    {
        var type = new EnumType(name);
        foreach (var value in values)
        {
            type.Values.Add(new EnumValue(value, value));
        }

        return type;
    }

    /// <summary>A schema with the given roots, every type reachable from them, and the built-in scalars and directives.</summary>
    public static Schema Build(ObjectType query, ObjectType? mutation = null, ObjectType? subscription = null, params NamedType[] extraTypes)
    {
        var schema = new Schema { QueryType = query, MutationType = mutation, SubscriptionType = subscription };
        foreach (var scalar in BuiltInScalars.All)
        {
            schema.Types.Add(scalar);
        }

        foreach (var directive in BuiltInDirectives.All)
        {
            schema.Directives.Add(directive);
        }

        foreach (var type in new NamedType?[] { query, mutation, subscription }.Concat(extraTypes))
        {
            if (type is not null)
            {
                AddReachable(schema, type);
            }
        }

        return schema;
    }

    private static void AddReachable(Schema schema, NamedType type)
    {
        if (!schema.Types.Add(type))
        {
            return;
        }

        switch (type)
        {
            case FieldsType fields:
                foreach (var field in fields.Fields)
                {
                    AddReachable(schema, field.Type.GetNamedType());
                    foreach (var argument in field.Arguments)
                    {
                        AddReachable(schema, argument.Type.GetNamedType());
                    }
                }

                foreach (var implemented in fields.Interfaces)
                {
                    AddReachable(schema, implemented);
                }

                break;
            case UnionType union:
                foreach (var member in union.Types)
                {
                    AddReachable(schema, member);
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    AddReachable(schema, field.Type.GetNamedType());
                }

                break;
        }
    }

    /// <summary>Runs a request and gives the response as the JSON a client would receive.</summary>
    public static async Task<string> ExecuteAsync(
        this RequestExecutor executor,
        string query,
        string? variablesJson = null,
        object? rootValue = null,
        string? operationName = null,
        CancellationToken cancellationToken = default)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variablesJson is null ? null : (IReadOnlyDictionary<string, object?>?)JsonValues.Parse(Encoding.UTF8.GetBytes(variablesJson)),
            RootValue = rootValue,
        };
        var result = await executor.ExecuteAsync(request, cancellationToken);
        return Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result));
    }

    /// <summary>JSON written with single quotes, for readable expectations.</summary>
    public static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
