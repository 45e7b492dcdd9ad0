using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// Checks that a literal is a valid value of an input type, the one place that does (graphql-js:
/// <c>validateInputLiteral</c>): for arguments and variable defaults in documents (Values of Correct Type) and for
/// default values in a schema. Non-null respected, list items and input object fields valid, required fields given,
/// no unknown fields, OneOf objects with exactly one non-null field, enum values known, scalars accepting the literal.
/// When a field is given twice the last one counts, as in the reference; the repetition itself is reported by
/// Input Object Field Uniqueness. Variables are assumed to hold fitting values (All Variable Usages Are Allowed
/// checks them), and are left out of the literal a scalar sees.
/// </summary>
internal sealed class InputLiteralValidator(InputErrorHandler onError)
{
    private readonly InputPath _path = new();

    public void Validate(ValueNode literal, IGraphQLType type)
    {
        if (literal is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                Report($"Expected value of non-null type \"{type}\" not to be null.", literal);
                return;
            }

            Validate(literal, nonNull.OfType);
            return;
        }

        switch (literal, type)
        {
            case (NullValueNode, _):
                break;
            case (_, ListType list):
                ValidateList(literal, list);
                break;
            case (_, InputObjectType input):
                ValidateObject(literal, input);
                break;
            case (_, EnumType enumType):
                ValidateEnum(literal, enumType);
                break;
            case (_, ScalarType scalar):
                ValidateScalar(literal, scalar);
                break;
        }
    }

    private void ValidateList(ValueNode literal, ListType list)
    {
        if (literal is not ListValueNode items)
        {
            // A single item stands for a list of one.
            Validate(literal, list.OfType);
            return;
        }

        for (var i = 0; i < items.Values.Count; i++)
        {
            _path.Push(i);
            Validate(items.Values[i], list.OfType);
            _path.Pop();
        }
    }

    private void ValidateObject(ValueNode literal, InputObjectType input)
    {
        if (literal is not ObjectValueNode obj)
        {
            Report($"Expected value of type \"{input.Name}\" to be an object, found: {Printer.Print(literal)}.", literal);
            return;
        }

        foreach (var field in input.Fields)
        {
            if (LastGiven(obj, field.Name) is { } given)
            {
                _path.Push(field.Name);
                Validate(given.Value, field.Type);
                _path.Pop();
            }
            else if (field.Type is NonNullType && field.DefaultValue is null)
            {
                Report($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(obj)}.", obj);
            }
        }

        var known = ValidateFieldNames(obj, input, out var single);
        if (input.IsOneOf)
        {
            ValidateOneOf(obj, input, known, single);
        }
    }

    private static ObjectFieldNode? LastGiven(ObjectValueNode obj, string name)
    {
        for (var i = obj.Fields.Count - 1; i >= 0; i--)
        {
            if (obj.Fields[i].Name.Value == name)
            {
                return obj.Fields[i];
            }
        }

        return null;
    }

    /// <summary>Reports the fields the type does not define; returns how many it does, and the last of them.</summary>
    private int ValidateFieldNames(ObjectValueNode obj, InputObjectType input, out ObjectFieldNode? lastKnown)
    {
        var known = 0;
        lastKnown = null;
        foreach (var field in obj.Fields)
        {
            var name = field.Name.Value;
            if (input.Fields[name] is not null)
            {
                known++;
                lastKnown = field;
                continue;
            }

            var hint = Suggestions.DidYouMean(Suggestions.Find(name, input.Fields.Select(f => f.Name)));
            var found = hint.Length > 0 ? $".{hint} Found" : ", found";
            Report($"Expected value of type \"{input.Name}\" not to include unknown field \"{name}\"{found}: {Printer.Print(obj)}.", field);
        }

        return known;
    }

    private void ValidateOneOf(ObjectValueNode obj, InputObjectType input, int known, ObjectFieldNode? single)
    {
        var message = $"Within OneOf Input Object type \"{input.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
        if (known != 1)
        {
            Report(message, obj);
        }
        else if (single!.Value is NullValueNode)
        {
            _path.Push(single.Name.Value);
            Report(message, obj);
            _path.Pop();
        }
    }

    private void ValidateEnum(ValueNode literal, EnumType type)
    {
        string message;
        if (literal is not EnumValueNode enumValue)
        {
            message = $"Enum \"{type.Name}\" cannot represent non-enum value: {Printer.Print(WithoutVariables(literal))}.";
        }
        else if (type.Values[enumValue.Value] is null)
        {
            message = $"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum.";
        }
        else
        {
            return;
        }

        var hint = Suggestions.DidYouMean(Suggestions.Find(Printer.Print(WithoutVariables(literal)), type.Values.Select(v => v.Name)), "the enum value");
        Report(message + hint, literal);
    }

    private void ValidateScalar(ValueNode literal, ScalarType type)
    {
        var withoutVariables = WithoutVariables(literal);
        try
        {
            type.ParseLiteral(withoutVariables, null);
        }
        catch (GraphQLException e)
        {
            Report(e.Message, literal);
        }
        catch (Exception e)
        {
            // Scalars bound by the application may fail in any way; the literal is then reported as invalid.
            Report($"Expected value of type \"{type.Name}\", but encountered error \"{e.Message}\"; found: {Printer.Print(withoutVariables)}.", literal);
        }
    }

    /// <summary>
    /// A list or object literal as a leaf type sees it before variables have values: variables in lists stand for
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

    private void Report(string message, Node node) => onError(message, _path.Snapshot(), node);
}
