using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types.Building;
using GraphQlFollows.GraphQL.Types.Resolvers;
using GraphQlFollows.GraphQL.Validation;
using GraphQlFollows.GraphQL.Validation.TypeSystem;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL and binds C# code to it: resolvers, subscribers, type resolvers and
/// custom scalar implementations. <see cref="Build"/> checks the SDL and the resulting schema as the reference does
/// (<c>buildSchema</c> then <c>validateSchema</c>) and throws a <see cref="SchemaException"/> listing every problem,
/// bindings to names the schema does not have included.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly string? _sdl;
    private readonly DocumentNode? _document;
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<Binding> _bindings = [];
    private FieldResolver? _defaultFieldResolver;
    private TypeResolver? _defaultTypeResolver;

    public SchemaBuilder(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _sdl = sdl;
    }

    public SchemaBuilder(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
    }

    /// <summary>Resolves <paramref name="fieldName"/> of the object type <paramref name="typeName"/> with <paramref name="resolver"/>.</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        _bindings.Add(new FieldBinding(typeName, fieldName, field => field.Resolver = resolver));
        return this;
    }

    /// <summary>Makes the event stream of the subscription field <paramref name="fieldName"/> of <paramref name="typeName"/>.</summary>
    public SchemaBuilder BindSubscriber(string typeName, string fieldName, SubscriptionSubscriber subscriber)
    {
        _bindings.Add(new FieldBinding(typeName, fieldName, field => field.Subscriber = subscriber));
        return this;
    }

    /// <summary>Names the object type of values of the interface or union <paramref name="abstractTypeName"/>.</summary>
    public SchemaBuilder BindTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        _bindings.Add(new TypeResolverBinding(abstractTypeName, resolver));
        return this;
    }

    /// <summary>Tells whether a value belongs to the object type <paramref name="objectTypeName"/>, for abstract types without a type resolver.</summary>
    public SchemaBuilder BindIsTypeOf(string objectTypeName, Func<object?, IResolverContext, bool> isTypeOf)
    {
        _bindings.Add(new IsTypeOfBinding(objectTypeName, isTypeOf));
        return this;
    }

    /// <summary>Sets the value resolvers see for an enum value (by default, its name).</summary>
    public SchemaBuilder BindEnumValue(string enumTypeName, string valueName, object value)
    {
        _bindings.Add(new EnumValueBinding(enumTypeName, valueName, value));
        return this;
    }

    /// <summary>
    /// Makes every value of the enum <paramref name="enumTypeName"/> the member of <typeparamref name="TEnum"/> with the
    /// same name or, by convention, with the same words in PascalCase (<c>InvalidSigningKey</c> for
    /// <c>INVALID_SIGNING_KEY</c>), so that resolvers return and receive <typeparamref name="TEnum"/> values. A value
    /// without such a member is an error at <see cref="Build"/>.
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string enumTypeName)
        where TEnum : struct, Enum
    {
        _bindings.Add(new EnumBinding(enumTypeName, typeof(TEnum)));
        return this;
    }

    /// <summary>
    /// Implements the scalar declared in SDL with the same name by <paramref name="scalar"/>: its coercions apply, and
    /// the SDL gives it its description, <c>@specifiedBy</c> URL and directives where it has none of its own.
    /// </summary>
    public SchemaBuilder BindScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>The resolver of fields bound to none (by default, <see cref="DefaultResolvers.Property"/>).</summary>
    public SchemaBuilder WithDefaultFieldResolver(FieldResolver resolver)
    {
        _defaultFieldResolver = resolver;
        return this;
    }

    /// <summary>The type resolver of abstract types bound to none.</summary>
    public SchemaBuilder WithDefaultTypeResolver(TypeResolver resolver)
    {
        _defaultTypeResolver = resolver;
        return this;
    }

    public Schema Build()
    {
        try
        {
            return BuildChecked();
        }
        catch (InsufficientExecutionStackException)
        {
            throw new SchemaException([new GraphQLError("The schema nests types too deeply to be built.")]);
        }
    }

    private Schema BuildChecked()
    {
        var errors = new SchemaErrors();
        var document = _document ?? Parse(errors);
        if (document is null)
        {
            throw new SchemaException(errors.All);
        }

        foreach (var error in DocumentValidator.ValidateSdl(document))
        {
            errors.Add(error);
        }

        if (errors.Count > 0)
        {
            throw new SchemaException(errors.All);
        }

        var schema = new SchemaFactory(new TypeSystemDocument(document), _scalars, errors).Create();
        schema.DefaultFieldResolver = _defaultFieldResolver ?? schema.DefaultFieldResolver;
        schema.DefaultTypeResolver = _defaultTypeResolver;
        schema.ComputePossibleTypes();
        SchemaValidator.Validate(schema, errors);
        ApplyBindings(schema, errors);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors.All);
        }

        return schema;
    }

    private DocumentNode? Parse(SchemaErrors errors)
    {
        try
        {
            return Parser.Parse(_sdl!, ParserOptions.Schema);
        }
        catch (GraphQLSyntaxException syntaxError)
        {
            errors.Add(syntaxError.ToGraphQLError());
            return null;
        }
    }

    private void ApplyBindings(Schema schema, SchemaErrors errors)
    {
        foreach (var scalar in _scalars.Values)
        {
            if (!ReferenceEquals(schema.GetType(scalar.Name), scalar))
            {
                errors.Add($"Cannot bind scalar \"{scalar.Name}\": the schema declares no custom scalar of that name.");
            }
        }

        foreach (var binding in _bindings)
        {
            if (binding.Apply(schema) is { } problem)
            {
                errors.Add(problem);
            }
        }
    }
}
