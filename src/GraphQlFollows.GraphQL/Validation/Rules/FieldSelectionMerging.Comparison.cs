using System.Text;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>Comparing two fields of the same response name: names, arguments, result types and sub-selections.</summary>
public sealed partial class FieldSelectionMerging
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    /// <summary>Each argument value as a text that is equal exactly when the values are the same.</summary>
    private readonly Dictionary<ValueNode, string> _valueKeys = [];

    /// <summary>Whether two fields (in this order) have the same arguments, and the same <c>@stream</c> arguments.</summary>
    private readonly Dictionary<(FieldDetails, FieldDetails), bool> _sameArguments = [];
    private readonly Dictionary<(FieldDetails, FieldDetails), bool> _sameStreamArguments = [];

    /// <summary>Lists of sub-field conflicts, reused: each is read once, into the conflict of the fields holding them.</summary>
    private readonly Stack<List<Conflict>> _conflictLists = new();

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

        if (!mutuallyExclusive)
        {
            var firstName = firstNode.Name.Value;
            var secondName = secondNode.Name.Value;
            if (firstName != secondName)
            {
                return Simple(responseName, $"\"{Abbreviate(firstName)}\" and \"{Abbreviate(secondName)}\" are different fields", first, second);
            }

            if (!SameArguments(_sameArguments, first, second, firstNode.Arguments, secondNode.Arguments))
            {
                return Simple(responseName, "they have differing arguments", first, second);
            }
        }

        if (first.StreamDirective is not null || second.StreamDirective is not null)
        {
            return Simple(responseName, StreamConflictReason(first, second), first, second);
        }

        var firstType = first.Definition?.Type;
        var secondType = second.Definition?.Type;
        if (firstType is not null && secondType is not null && DoTypesConflict(firstType, secondType))
        {
            return Simple(responseName, $"they return conflicting types \"{firstType}\" and \"{secondType}\"", first, second);
        }

        if (firstNode.SelectionSet is { } firstSet && secondNode.SelectionSet is { } secondSet)
        {
            var subConflicts = _conflictLists.TryPop(out var reused) ? reused : [];
            FindConflictsBetweenSubSelections(subConflicts, mutuallyExclusive, first.NamedType, firstSet, second.NamedType, secondSet);
            var conflict = SubfieldConflicts(subConflicts, responseName, firstNode, secondNode);
            subConflicts.Clear();
            _conflictLists.Push(subConflicts);
            return conflict;
        }

        return null;
    }

    private static Conflict Simple(string responseName, string reason, FieldDetails first, FieldDetails second) =>
        new(responseName, reason, [first.Node], [second.Node]);

    private string StreamConflictReason(FieldDetails first, FieldDetails second)
    {
        const string reason = "they have overlapping stream directives";
        if (first.StreamDirective is not { } firstStream || second.StreamDirective is not { } secondStream)
        {
            return reason;
        }

        return SameArguments(_sameStreamArguments, first, second, firstStream.Arguments, secondStream.Arguments)
            ? reason + ". See https://github.com/graphql/defer-stream-wg/discussions/100"
            : reason;
    }

    /// <summary>
    /// Compares the arguments of two fields once per pair: comparing spends budget, one unit per argument of the
    /// first field, so the answer is kept whenever that field has arguments.
    /// </summary>
    private bool SameArguments(
        Dictionary<(FieldDetails, FieldDetails), bool> known,
        FieldDetails first,
        FieldDetails second,
        IReadOnlyList<ArgumentNode> firstArguments,
        IReadOnlyList<ArgumentNode> secondArguments)
    {
        if (firstArguments.Count == 0)
        {
            return secondArguments.Count == 0;
        }

        if (!known.TryGetValue((first, second), out var same))
        {
            same = SameArguments(firstArguments, secondArguments);
            known[(first, second)] = same;
        }

        return same;
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
