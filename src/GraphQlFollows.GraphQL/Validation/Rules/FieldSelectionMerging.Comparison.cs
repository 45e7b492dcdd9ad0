using System.Text;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>Comparing two fields of the same response name: names, arguments, result types and sub-selections.</summary>
public sealed partial class FieldSelectionMerging
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    /// <summary>Each argument value as a text that is equal exactly when the values are the same.</summary>
    private readonly Dictionary<ValueNode, string> _valueKeys = [];

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails first, FieldDetails second)
    {
        // Fields of different object types are never both in one result: only their shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(first.ParentType, second.ParentType) && first.ParentType is ObjectType && second.ParentType is ObjectType);
        Spend(2);
        var firstNode = first.Node;
        var secondNode = second.Node;
        if (first.IsSimpleLeaf && second.IsSimpleLeaf && ReferenceEquals(first.Definition?.Type, second.Definition?.Type)
            && firstNode.Name.Value == secondNode.Name.Value)
        {
            return null;
        }

        var comparison = first.ComparisonWith(second);
        if (!mutuallyExclusive)
        {
            var firstName = firstNode.Name.Value;
            var secondName = secondNode.Name.Value;
            if (firstName != secondName)
            {
                return Simple(responseName, $"\"{Abbreviate(firstName)}\" and \"{Abbreviate(secondName)}\" are different fields", first, second);
            }

            comparison.SameArguments ??= SameArguments(firstNode.Arguments, secondNode.Arguments);
            if (comparison.SameArguments == false)
            {
                return Simple(responseName, "they have differing arguments", first, second);
            }
        }

        if (first.StreamDirective is not null || second.StreamDirective is not null)
        {
            return Simple(responseName, StreamConflictReason(first, second, comparison), first, second);
        }

        var firstType = first.Definition?.Type;
        var secondType = second.Definition?.Type;
        if (firstType is not null && secondType is not null && DoTypesConflict(firstType, secondType))
        {
            return Simple(responseName, $"they return conflicting types \"{firstType}\" and \"{secondType}\"", first, second);
        }

        if (firstNode.SelectionSet is { } firstSet && secondNode.SelectionSet is { } secondSet)
        {
            var subConflicts = FindConflictsBetweenSubSelections(mutuallyExclusive, first.NamedType, firstSet, second.NamedType, secondSet);
            return SubfieldConflicts(subConflicts, responseName, firstNode, secondNode);
        }

        return null;
    }

    private static Conflict Simple(string responseName, string reason, FieldDetails first, FieldDetails second) =>
        new(responseName, reason, [first.Node], [second.Node]);

    private string StreamConflictReason(FieldDetails first, FieldDetails second, Comparison comparison)
    {
        const string reason = "they have overlapping stream directives";
        if (first.StreamDirective is not { } firstStream || second.StreamDirective is not { } secondStream)
        {
            return reason;
        }

        comparison.SameStreamArguments ??= SameArguments(firstStream.Arguments, secondStream.Arguments);
        return comparison.SameStreamArguments == true
            ? reason + ". See https://github.com/graphql/defer-stream-wg/discussions/100"
            : reason;
    }

    /// <summary>Same argument names with the same values, in any order.</summary>
    private bool SameArguments(IReadOnlyList<ArgumentNode> first, IReadOnlyList<ArgumentNode> second)
    {
        if (first.Count != second.Count)
        {
            return false;
        }

        foreach (var argument in first)
        {
            Spend(1);
            if (FindLast(second, argument.Name.Value) is not { } other || ValueKey(argument.Value) != ValueKey(other))
            {
                return false;
            }
        }

        return true;
    }

    private static ValueNode? FindLast(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i].Value;
            }
        }

        return null;
    }

    private string ValueKey(ValueNode value)
    {
        if (!_valueKeys.TryGetValue(value, out var key))
        {
            var builder = new StringBuilder();
            AppendValueKey(builder, value);
            key = builder.ToString();
            _valueKeys[value] = key;
        }

        return key;
    }

    /// <summary>Writes a value unambiguously; input object fields sorted by name, block strings apart from quoted ones.</summary>
    private static void AppendValueKey(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case StringValueNode text:
                builder.Append(text.Block ? "B" : "S").Append(Inspect.Quote(text.Value));
                break;
            case IntValueNode integer:
                builder.Append("I:").Append(integer.Value);
                break;
            case FloatValueNode number:
                builder.Append("F:").Append(number.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append("E:").Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendValueKey(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendValueKey(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
        }
    }

    /// <summary>True when the two types cannot give results of one shape: lists and non-null must match, leaves must be equal.</summary>
    private bool DoTypesConflict(IGraphQLType first, IGraphQLType second)
    {
        while (!ReferenceEquals(first, second))
        {
            Spend(1);
            switch (first, second)
            {
                case (ListType firstList, ListType secondList):
                    (first, second) = (firstList.OfType, secondList.OfType);
                    continue;
                case (ListType, _) or (_, ListType):
                    return true;
                case (NonNullType firstNonNull, NonNullType secondNonNull):
                    (first, second) = (firstNonNull.OfType, secondNonNull.OfType);
                    continue;
                case (NonNullType, _) or (_, NonNullType):
                    return true;
                default:
                    return first.IsLeafType() || second.IsLeafType();
            }
        }

        return false;
    }

    /// <summary>One conflict for a pair of fields whose sub-selections conflict, naming every sub-field involved.</summary>
    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode first, FieldNode second)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var reason = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            reason.Append(reason.Length == 0 ? "" : " and ")
                .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
            if (reason.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(reason.ToString()),
            ConflictNodes(first, conflicts, c => c.Fields1),
            ConflictNodes(second, conflicts, c => c.Fields2));
    }

    /// <summary>The field followed by the sub-fields of one side of its conflicts, at most twenty in all.</summary>
    private static List<FieldNode> ConflictNodes(FieldNode field, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { field };
        foreach (var conflict in conflicts)
        {
            var fields = side(conflict);
            var retained = Math.Min(MaxConflictNodes - nodes.Count, fields.Count);
            nodes.AddRange(fields.Skip(fields.Count - retained));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;
}
