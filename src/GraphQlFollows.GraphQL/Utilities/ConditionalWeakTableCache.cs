using System.Runtime.CompilerServices;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>A value computed once per key object and kept as long as the key lives.</summary>
internal sealed class ConditionalWeakTableCache<TKey, TValue>(Func<TKey, TValue> create)
    where TKey : class
    where TValue : class
{
    private readonly ConditionalWeakTable<TKey, TValue> _table = new();
    private readonly ConditionalWeakTable<TKey, TValue>.CreateValueCallback _create = key => create(key);

    public TValue Get(TKey key) => _table.GetValue(key, _create);
}
