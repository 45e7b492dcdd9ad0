using System.Linq.Expressions;
using System.Reflection;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api.Binding;

/// <summary>
/// Binds an object type to the domain record its values are, by convention: each field reads the public property of
/// the same name (<c>followerCount</c> reads <c>FollowerCount</c>). A field that computes something, or whose
/// property is named otherwise, is bound explicitly after this binding, which its resolver then replaces; the schema
/// tests check that no field is left unbound.
/// </summary>
internal static class PropertyBinding
{
    public static SchemaBuilder BindProperties<TParent>(this SchemaBuilder builder, DocumentNode schema, string typeName)
    {
        var definition = schema.Definitions.OfType<ObjectTypeDefinitionNode>().SingleOrDefault(d => d.Name.Value == typeName)
            ?? throw new InvalidOperationException($"The schema has no object type {typeName}.");
        foreach (var field in definition.Fields)
        {
            var name = field.Name.Value;
            var property = typeof(TParent).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property?.GetMethod is not null)
            {
                var read = Getter(property);
                builder.BindResolver(typeName, name, context => new ValueTask<object?>(read(context.Parent!)));
            }
        }

        return builder;
    }

    // Compiled once at start-up, so that reading a field costs a delegate call, as a hand-written lambda would.
    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var read = Expression.Property(Expression.Convert(parent, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), parent).Compile();
    }
}
