namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>
/// Shared boxes for the values results hold most: both booleans and small integers (counts, sizes, flags). A result
/// tree stores leaves as objects, and without these every Boolean or Int field would allocate its own box.
/// </summary>
internal static class Boxes
{
    private const int MinCached = -128;
    private const int MaxCached = 1023;

    public static readonly object True = true;
    public static readonly object False = false;

    private static readonly object[] Ints = CreateInts();

    public static object Bool(bool value) => value ? True : False;

    public static object Int(int value) =>
        (uint)(value - MinCached) <= MaxCached - MinCached ? Ints[value - MinCached] : value;

    private static object[] CreateInts()
    {
        var ints = new object[MaxCached - MinCached + 1];
        for (var i = 0; i < ints.Length; i++)
        {
            ints[i] = MinCached + i;
        }

        return ints;
    }
}
