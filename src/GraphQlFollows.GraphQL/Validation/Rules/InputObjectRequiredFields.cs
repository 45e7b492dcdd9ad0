using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Required Fields: an input object value gives every field of non-null type that has no default.
/// (An explicit null for one is reported as a value of the wrong type.) Part of <see cref="ValuesOfCorrectType"/>.
/// </summary>
internal static class InputObjectRequiredFields
{
    public static void Check(
        ValidationContext context,
        ObjectValueNode value,
        InputObjectType type,
        IReadOnlyDictionary<string, ObjectFieldNode> given)
    {
        foreach (var field in type.Fields)
        {
            if (field.Type is NonNullType && field.DefaultValue is null && !given.ContainsKey(field.Name))
            {
                context.ReportError(
                    $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(value)}.",
                    value);
            }
        }
    }
}
