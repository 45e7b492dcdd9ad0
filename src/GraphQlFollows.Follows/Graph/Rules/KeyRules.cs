using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Rules;

/// <summary>The checks of the signing-key operations against the key's stored state. Pure: every fact is passed in.</summary>
public static class KeyRules
{
    /// <summary>
    /// A registration of <paramref name="existing"/> (null: never registered) for <paramref name="address"/>, which
    /// holds <paramref name="activeKeys"/> keys that may sign and may hold at most <paramref name="maxActiveKeys"/>.
    /// Registering again is idempotent, but never revives a revoked key: the authorisation message carries no time,
    /// so anyone holding it could replay it.
    /// </summary>
    public static RegisterSigningKeyStatus DecideRegistration(
        KeyState? existing, string address, int activeKeys, int maxActiveKeys, out bool changes)
    {
        changes = existing is null && activeKeys < maxActiveKeys;
        return changes || existing is not null && existing.IsActiveFor(address)
            ? RegisterSigningKeyStatus.Success
            : RegisterSigningKeyStatus.InvalidSigningKey;
    }

    /// <summary>A revocation of <paramref name="key"/> by <paramref name="address"/>; revoking a revoked key is SUCCESS and changes nothing.</summary>
    public static RevokeSigningKeyStatus DecideRevocation(KeyState? key, string address, out bool changes)
    {
        changes = false;
        if (key is null || key.Address != address)
        {
            return RevokeSigningKeyStatus.InvalidSigningKey;
        }
        changes = !key.IsRevoked;
        return RevokeSigningKeyStatus.Success;
    }

    /// <summary>The contract's check 4 made again at commit: the key may still sign for <paramref name="address"/>.</summary>
    public static bool MaySign(KeyState? key, string address) => key is not null && key.IsActiveFor(address);
}
