using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>
/// The follow API's schema in GraphQL.NET, schema-first from the same SDL. Fields read the entry of their name from
/// dictionary parents, as the engine's default resolver and graphql-js's do; <c>follow</c> answers a fixed status.
/// </summary>
internal static class GraphQlNetSchema
{
    public static Schema Build(string sdl)
    {
        var accepted = new Dictionary<string, object?>
        {
            ["status"] = BenchmarkInputs.AcceptedStatus,
            ["tsInServer"] = BenchmarkInputs.AcceptedTsInServer,
        };
        var schema = Schema.For(sdl, builder =>
        {
            // GraphQL.NET's default resolver reads CLR properties only, so each field is given a dictionary reader.
            foreach (var type in GraphQLParser.Parser.Parse(sdl).Definitions.OfType<GraphQLObjectTypeDefinition>())
            {
                var typeName = (string)type.Name;
                if (typeName == "Subscription" || type.Fields is null)
                {
                    continue;
                }

                foreach (var field in type.Fields)
                {
                    var fieldName = (string)field.Name;
                    builder.Types.For(typeName).FieldFor(fieldName).Resolver = new EntryResolver(fieldName);
                }
            }

            builder.Types.For("Mutation").FieldFor("follow").Resolver = new FollowResolver(accepted);
            // GraphQL.NET refuses a subscription field without a stream; no benchmark subscribes.
            builder.Types.For("Subscription").FieldFor("followEvents").StreamResolver = new NoEvents();
        });

        // SDL scalars without code are not built by GraphQL.NET; Long is its own built-in scalar.
        schema.RegisterType(new AddressEvmGraphType());
        // The full introspection query asks for isRepeatable and for deprecated arguments and input fields.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Filter = new ExperimentalIntrospectionFeaturesSchemaFilter();
        schema.Initialize();
        return schema;
    }

    private sealed class EntryResolver(string name) : IFieldResolver, IRequiresResolveFieldContextAccessor
    {
        public bool RequiresResolveFieldContextAccessor => false;

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
            new(context.Source is Dictionary<string, object?> map ? map.GetValueOrDefault(name) : null);
    }

    // Reads its argument, as the other engines' follow resolvers do, then answers the status object.
    private sealed class FollowResolver(Dictionary<string, object?> accepted) : IFieldResolver, IRequiresResolveFieldContextAccessor
    {
        public bool RequiresResolveFieldContextAccessor => false;

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var hasHandle = context.Arguments is { } arguments
                && arguments.TryGetValue("input", out var input)
                && input.Value is IDictionary<string, object?> fields
                && fields.TryGetValue("handle", out var handle)
                && handle is string;
            return new(hasHandle ? accepted : null);
        }
    }

    private sealed class NoEvents : ISourceStreamResolver, IObservable<object?>, IDisposable
    {
        public ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context) => new(this);

        public IDisposable Subscribe(IObserver<object?> observer)
        {
            observer.OnCompleted();
            return this;
        }

        public void Dispose()
        {
        }
    }

    /// <summary>AddressEVM as the engine and graphql-js build it from SDL alone: values pass through unchanged.</summary>
    private sealed class AddressEvmGraphType : ScalarGraphType
    {
        public AddressEvmGraphType()
        {
            Name = "AddressEVM";
        }

        public override object? ParseValue(object? value) => value is null or string ? value : ThrowValueConversionError(value);

        public override object? ParseLiteral(GraphQLValue value) => value switch
        {
            GraphQLStringValue text => text.Value.ToString(),
            GraphQLNullValue => null,
            _ => ThrowLiteralConversionError(value),
        };
    }
}
