using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>A problem found in a literal: the message, the node at fault, and the path from the literal's root to it.</summary>
public readonly record struct LiteralProblem(string Message, Node Node, IReadOnlyList<object> Path);

/// <summary>
/// Checks that a literal without variables (a default value in SDL) is a valid value of an input type: non-null
/// respected, list items and input object fields valid, required fields present, no unknown fields, @oneOf
/// objects with exactly one non-null field, enum values known, scalars accepting the literal.
/// </summary>
public static class ConstantLiteralValidator
{
    public static List<LiteralProblem> Validate(ValueNode literal, IGraphQLType type)
    {
        var problems = new List<LiteralProblem>();
        Validate(literal, type, [], problems);
        return problems;
    }

    private static void Validate(ValueNode literal, IGraphQLType type, List<object> path, List<LiteralProblem> problems)
    {
        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                Report(problems, $"Expected value of non-null type \"{type}\" not to be null.", literal, path);
                return;
            }

            Validate(literal, nonNull.OfType, path, problems);
            return;
        }

        if (literal is NullValueNode or VariableNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                ValidateList(literal, list, path, problems);
                break;
            case InputObjectType input:
                ValidateObject(literal, input, path, problems);
                break;
            case EnumType enumType:
                ValidateEnum(literal, enumType, path, problems);
                break;
            case ScalarType scalar:
                ValidateScalar(literal, scalar, path, problems);
                break;
        }
    }

    private static void ValidateList(ValueNode literal, ListType list, List<object> path, List<LiteralProblem> problems)
    {
        if (literal is not ListValueNode items)
        {
            // A single item stands for a list of one.
            Validate(literal, list.OfType, path, problems);
            return;
        }

        for (var i = 0; i < items.Values.Count; i++)
        {
            Validate(items.Values[i], list.OfType, [.. path, i], problems);
        }
    }

    private static void ValidateObject(ValueNode literal, InputObjectType input, List<object> path, List<LiteralProblem> problems)
    {
        if (literal is not ObjectValueNode obj)
        {
            Report(problems, $"Expected value of type \"{input.Name}\" to be an object, found: {Text(literal)}.", literal, path);
            return;
        }

        foreach (var field in input.Fields)
        {
            var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is not null)
            {
                Validate(fieldNode.Value, field.Type, [.. path, field.Name], problems);
            }
            else if (field.Type is NonNullType && field.DefaultValue is null)
            {
                Report(problems, $"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Text(literal)}.", literal, path);
            }
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            if (input.Fields.TryGet(fieldNode.Name.Value, out _))
            {
                known.Add(fieldNode);
            }
            else
            {
                var suggestion = Suggestions.DidYouMean(Suggestions.Find(fieldNode.Name.Value, input.Fields.Select(f => f.Name)));
                var found = suggestion.Length > 0 ? "." + suggestion + " Found" : ", found";
                Report(problems, $"Expected value of type \"{input.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"{found}: {Text(literal)}.", fieldNode, path);
            }
        }

        if (input.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
        {
            Report(
                problems,
                $"Within OneOf Input Object type \"{input.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                literal,
                known.Count == 1 ? [.. path, known[0].Name.Value] : path);
        }
    }

    private static void ValidateEnum(ValueNode literal, EnumType enumType, List<object> path, List<LiteralProblem> problems)
    {
        if (literal is not EnumValueNode value)
        {
            var text = Text(literal);
            Report(problems, $"Enum \"{enumType.Name}\" cannot represent non-enum value: {text}." + EnumSuggestion(enumType, text), literal, path);
        }
        else if (!enumType.Values.TryGet(value.Value, out _))
        {
            Report(problems, $"Value \"{value.Value}\" does not exist in \"{enumType.Name}\" enum." + EnumSuggestion(enumType, value.Value), literal, path);
        }
    }

    private static void ValidateScalar(ValueNode literal, ScalarType scalar, List<object> path, List<LiteralProblem> problems)
    {
        try
        {
            scalar.ParseLiteral(literal, null);
        }
        catch (GraphQLException error)
        {
            Report(problems, error.Message, literal, path);
        }
        catch (Exception error)
        {
            Report(problems, $"Expected value of type \"{scalar.Name}\", but encountered error \"{error.Message}\"; found: {Text(literal)}.", literal, path);
        }
    }

    private static string EnumSuggestion(EnumType enumType, string text) =>
        Suggestions.DidYouMean(Suggestions.Find(text, enumType.Values.Select(v => v.Name)), "the enum value");

    private static string Text(ValueNode literal) => Printer.Print(literal);

    private static void Report(List<LiteralProblem> problems, string message, Node node, List<object> path) =>
        problems.Add(new LiteralProblem(message, node, path));
}
