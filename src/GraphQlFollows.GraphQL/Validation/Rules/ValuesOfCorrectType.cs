using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type: every literal given for an argument, or as a variable's default, can be coerced to the
/// type expected there. Input objects are checked with <see cref="InputObjectFieldNames"/> and
/// <see cref="InputObjectRequiredFields"/>, and OneOf input objects must be given exactly one non-null field.
/// Variables within literals are assumed to hold fitting values: <see cref="AllVariableUsagesAreAllowed"/> checks them.
/// </summary>
public sealed class ValuesOfCorrectType(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Argument | RuleHooks.VariableDefinition;

    public override void EnterArgument(ArgumentNode node)
    {
        if (Context.TypeInfo.InputType is { } type)
        {
            Check(node.Value, type);
        }
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (node.DefaultValue is { } value && Context.TypeInfo.InputType is { } type)
        {
            Check(value, type);
        }
    }

    private void Check(ValueNode value, IGraphQLType type)
    {
        if (value is VariableNode)
        {
            return;
        }

        if (value is NullValueNode)
        {
            if (type is NonNullType)
            {
                Context.ReportError($"Expected value of non-null type \"{type}\" not to be null.", value);
            }

            return;
        }

        switch (type)
        {
            case NonNullType nonNull:
                Check(value, nonNull.OfType);
                break;
            case ListType list when value is ListValueNode items:
                foreach (var item in items.Values)
                {
                    Check(item, list.OfType);
                }

                break;
            case ListType list:
                // A single value stands for a list of one.
                Check(value, list.OfType);
                break;
            case InputObjectType inputObject:
                CheckInputObject(value, inputObject);
                break;
            case EnumType enumType:
                CheckEnum(value, enumType);
                break;
            case ScalarType scalar:
                CheckScalar(value, scalar);
                break;
        }
    }

    private void CheckInputObject(ValueNode value, InputObjectType type)
    {
        if (value is not ObjectValueNode obj)
        {
            Context.ReportError($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(value)}.", value);
            return;
        }

        // When a field is given twice the last one counts; the repetition itself is another rule's concern.
        var given = new Dictionary<string, ObjectFieldNode>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            given[field.Name.Value] = field;
        }

        InputObjectRequiredFields.Check(Context, obj, type, given);
        foreach (var definition in type.Fields)
        {
            if (given.TryGetValue(definition.Name, out var field))
            {
                Check(field.Value, definition.Type);
            }
        }

        var knownFields = InputObjectFieldNames.Check(Context, obj, type);
        if (type.IsOneOf)
        {
            CheckOneOf(obj, type, knownFields);
        }
    }

    private void CheckOneOf(ObjectValueNode obj, InputObjectType type, int knownFields)
    {
        var single = knownFields == 1 ? obj.Fields.First(f => type.Fields[f.Name.Value] is not null) : null;
        if (single is null || single.Value is NullValueNode)
        {
            Context.ReportError(
                $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                obj);
        }
    }

    private void CheckEnum(ValueNode value, EnumType type)
    {
        string message;
        if (value is not EnumValueNode enumValue)
        {
            message = $"Enum \"{type.Name}\" cannot represent non-enum value: {Printer.Print(WithoutVariables(value))}.";
        }
        else if (type.Values[enumValue.Value] is null)
        {
            message = $"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum.";
        }
        else
        {
            return;
        }

        var hint = Suggestions.DidYouMean(Suggestions.Find(Printer.Print(WithoutVariables(value)), type.Values.Select(v => v.Name)), "the enum value");
        Context.ReportError(message + hint, value);
    }

    /// <summary>
    /// A list or object literal as a scalar sees it before variables have values: variables in lists stand for
    /// null, input object fields given by variables are left out.
    /// </summary>
    private static ValueNode WithoutVariables(ValueNode value) => value switch
    {
        VariableNode => NullValueNode.Instance,
        ListValueNode list => new ListValueNode(list.Values.Select(WithoutVariables).ToList()) { Location = list.Location },
        ObjectValueNode obj => new ObjectValueNode(obj.Fields
            .Where(f => f.Value is not VariableNode)
            .Select(f => new ObjectFieldNode(f.Name, WithoutVariables(f.Value)) { Location = f.Location })
            .ToList()) { Location = obj.Location },
        _ => value,
    };

    private void CheckScalar(ValueNode value, ScalarType type)
    {
        var literal = WithoutVariables(value);
        try
        {
            type.ParseLiteral(literal, null);
        }
        catch (GraphQLException e)
        {
            Context.ReportError(e.Message, value);
        }
        catch (Exception e)
        {
            // Scalars bound by the application may fail in any way; the literal is then reported as invalid.
            Context.ReportError(
                $"Expected value of type \"{type.Name}\", but encountered error \"{e.Message}\"; found: {Printer.Print(literal)}.",
                value);
        }
    }
}
