namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>The scalars every schema has, shared by all schemas (they hold no per-schema state).</summary>
public static class BuiltInScalars
{
    public static readonly IntType Int = new();
    public static readonly FloatType Float = new();
    public static readonly StringType String = new();
    public static readonly BooleanType Boolean = new();
    public static readonly IdType ID = new();

    /// <summary>In the order the reference implementation lists them.</summary>
    public static readonly IReadOnlyList<ScalarType> All = [String, Int, Float, Boolean, ID];

    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    public static bool IsBuiltIn(NamedType type) => Find(type.Name) is not null;
}
