using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>
/// Default values of input object fields must not depend on themselves: a field left out of a default is filled
/// from its own default, which could lead back to the first one and never end.
/// </summary>
internal sealed class DefaultValueCycleRules(SchemaErrors errors)
{
    private static readonly ObjectValueNode EmptyObject = new([]);

    private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
    private readonly List<(string Coordinate, Node? Node)> _fieldPath = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    /// <summary>Starts from an input object given as an empty object, so that every field takes its default.</summary>
    public void Validate(InputObjectType input) => DetectInLiteral(input, EmptyObject);

    private void DetectInLiteral(InputObjectType input, ValueNode value)
    {
        if (value is ListValueNode list)
        {
            foreach (var item in list.Values)
            {
                DetectInLiteral(input, item);
            }

            return;
        }

        if (value is not ObjectValueNode obj)
        {
            return;
        }

        foreach (var field in input.Fields)
        {
            if (field.Type.GetNamedType() is not InputObjectType fieldType)
            {
                continue;
            }

            var given = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (given is not null)
            {
                DetectInLiteral(fieldType, given.Value);
            }
            else
            {
                DetectInFieldDefault(field, fieldType, $"{input.Name}.{field.Name}");
            }
        }
    }

    private void DetectInFieldDefault(InputValue field, InputObjectType fieldType, string coordinate)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (field.DefaultValue is null)
        {
            return;
        }

        if (_pathIndex.TryGetValue(coordinate, out var cycleIndex))
        {
            var via = cycleIndex < _fieldPath.Count
                ? " via the default values of: " + string.Join(", ", _fieldPath.Skip(cycleIndex).Select(p => p.Coordinate))
                : string.Empty;
            errors.Add(
                $"Invalid circular reference. The default value of Input Object field {coordinate} references itself{via}.",
                _fieldPath.Skip(cycleIndex - 1).Select(p => p.Node));
            return;
        }

        if (_visitedFields.Add(coordinate))
        {
            _fieldPath.Add((coordinate, field.AstNode?.DefaultValue));
            _pathIndex[coordinate] = _fieldPath.Count;
            DetectInLiteral(fieldType, field.DefaultValue);
            _fieldPath.RemoveAt(_fieldPath.Count - 1);
            _pathIndex.Remove(coordinate);
        }
    }
}
