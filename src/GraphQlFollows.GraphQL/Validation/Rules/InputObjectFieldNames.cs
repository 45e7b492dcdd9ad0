using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Names: every field of an input object value is defined by the input object type.
/// Part of <see cref="ValuesOfCorrectType"/>, which knows the type expected for each value.
/// </summary>
internal static class InputObjectFieldNames
{
    /// <summary>Reports the unknown fields; returns how many fields were known.</summary>
    public static int Check(ValidationContext context, ObjectValueNode value, InputObjectType type)
    {
        var known = 0;
        foreach (var field in value.Fields)
        {
            var name = field.Name.Value;
            if (type.Fields[name] is not null)
            {
                known++;
                continue;
            }

            var hint = Suggestions.DidYouMean(Suggestions.Find(name, type.Fields.Select(f => f.Name)));
            var found = hint.Length > 0 ? $".{hint} Found" : ", found";
            context.ReportError(
                $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{found}: {Printer.Print(value)}.",
                field);
        }

        return known;
    }
}
