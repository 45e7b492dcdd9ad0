using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>
/// Validates executable documents against a schema (section 5 of the specification), and type system documents
/// before a schema is built from them, with the same walk and rules.
/// </summary>
public static class DocumentValidator
{
    /// <summary>After this many errors the validation stops and says so, like the reference implementation.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>
    /// What a type system document is checked against: no types, since the document defines them, and the
    /// built-in directives, which it may redefine.
    /// </summary>
    private static readonly Schema BuiltInDirectivesOnly = Schema.WithBuiltInDirectivesOnly();

    /// <summary>
    /// Checks a type system document with the SDL rules (names unique where they must be, every type, directive and
    /// argument known, directives used where they may be); every problem is reported.
    /// </summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(DocumentNode document) =>
        Validate(BuiltInDirectivesOnly, document, SpecifiedRules.Sdl, int.MaxValue);

    /// <summary>Checks a document with every specified rule; an empty list means the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, int maxErrors = DefaultMaxErrors) =>
        Validate(schema, document, SpecifiedRules.All, maxErrors);

    /// <summary>Checks a document with the given rules only.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<Func<ValidationContext, ValidationRule>> rules,
        int maxErrors = DefaultMaxErrors)
    {
        var context = new ValidationContext(schema, document, maxErrors);
        var instances = new ValidationRule[rules.Count];
        for (var i = 0; i < instances.Length; i++)
        {
            instances[i] = rules[i](context);
        }

        try
        {
            new ValidationWalker(context, instances).Visit(document);
        }
        catch (ValidationAbortedException aborted)
        {
            context.AddError(new GraphQLError(aborted.Message));
        }
        catch (InsufficientExecutionStackException)
        {
            context.AddError(new GraphQLError("Document is nested too deeply to be validated."));
        }

        return context.Errors;
    }
}
