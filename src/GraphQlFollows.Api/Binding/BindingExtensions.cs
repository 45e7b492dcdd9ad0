using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api.Binding;

/// <summary>Short forms for binding the schema's fields and enums to domain values.</summary>
internal static class BindingExtensions
{
    /// <summary>Resolves a field by reading its parent, a <typeparamref name="TParent"/>, synchronously.</summary>
    public static SchemaBuilder BindField<TParent>(
        this SchemaBuilder builder, string typeName, string fieldName, Func<TParent, object?> read) =>
        builder.BindResolver(typeName, fieldName, context => new ValueTask<object?>(read((TParent)context.Parent!)));

    /// <summary>The parent itself: for object types whose value is a domain value such as an address.</summary>
    public static readonly FieldResolver Parent = context => new ValueTask<object?>(context.Parent);

    /// <summary>A task's outcome as a field's value.</summary>
    public static async ValueTask<object?> Resolved<T>(Task<T> task) => await task;

    /// <summary>
    /// Binds every value of the GraphQL enum <paramref name="enumTypeName"/> to the member of <typeparamref name="TEnum"/>
    /// with the same name, so resolvers return domain values and receive them as arguments. A GraphQL value with no
    /// such member is a mistake in the schema or the domain, reported at start-up.
    /// </summary>
    public static SchemaBuilder BindEnumByName<TEnum>(this SchemaBuilder builder, DocumentNode schema, string enumTypeName)
        where TEnum : struct, Enum
    {
        var definition = schema.Definitions.OfType<EnumTypeDefinitionNode>().SingleOrDefault(d => d.Name.Value == enumTypeName)
            ?? throw new InvalidOperationException($"The schema has no enum {enumTypeName}.");
        foreach (var value in definition.Values)
        {
            var name = value.Name.Value;
            if (!Enum.TryParse<TEnum>(name, ignoreCase: false, out var member) || !Enum.IsDefined(member))
            {
                throw new InvalidOperationException($"{enumTypeName}.{name} has no counterpart in {typeof(TEnum).Name}.");
            }
            builder.BindEnumValue(enumTypeName, name, member);
        }
        return builder;
    }
}
