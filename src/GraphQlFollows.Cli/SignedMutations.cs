using GraphQlFollows.Follows.Graph;

namespace GraphQlFollows.Cli;

/// <summary>The API's signed mutations, each signed by the identity's wallet or device key as the API asks.</summary>
internal static class SignedMutations
{
    private const string StatusOnly = "{ status }";
    private const string StatusAndClock = "{ status tsInServer }";

    /// <summary><c>registerSigningKey</c>: the wallet authorises the identity's device key.</summary>
    public static SignedMutation RegisterSigningKey(DemoIdentity identity, string entity)
    {
        var message = KeyAuthorization.Message(identity.SigningKeyText, entity);
        return new("registerSigningKey", "RegisterSigningKeyRequest", Fields(
            ("address", identity.Address),
            ("message", message),
            ("signature", identity.Wallet.SignPersonalMessage(message))), StatusOnly);
    }

    /// <summary><c>revokeSigningKey</c>: the wallet revokes the identity's device key for good.</summary>
    public static SignedMutation RevokeSigningKey(DemoIdentity identity, long ts)
    {
        var message = OperationMessages.RevokeSigningKey(identity.Address, identity.SigningKeyText, ts);
        return new("revokeSigningKey", "RevokeSigningKeyRequest", Fields(
            ("address", identity.Address),
            ("signingKey", identity.SigningKeyText),
            ("message", message),
            ("signature", identity.Wallet.SignPersonalMessage(message))), StatusAndClock);
    }

    /// <summary><c>createProfile</c>: the wallet claims <paramref name="handle"/>.</summary>
    public static SignedMutation CreateProfile(DemoIdentity identity, string handle, long ts)
    {
        var message = OperationMessages.CreateProfile(identity.Address, handle, ts);
        return new("createProfile", "CreateProfileRequest", Fields(
            ("address", identity.Address),
            ("handle", handle),
            ("message", message),
            ("signature", identity.Wallet.SignPersonalMessage(message))), StatusAndClock);
    }

    /// <summary><c>follow</c>, signed by the device key.</summary>
    public static SignedMutation Follow(DemoIdentity identity, string handle, long ts) =>
        Pair("follow", "FollowRequest", identity, handle, OperationMessages.Follow(identity.Address, handle, ts));

    /// <summary><c>unfollow</c>, signed by the device key.</summary>
    public static SignedMutation Unfollow(DemoIdentity identity, string handle, long ts) =>
        Pair("unfollow", "UnFollowRequest", identity, handle, OperationMessages.Unfollow(identity.Address, handle, ts));

    /// <summary><c>batchUnfollow</c>: one device-key signature over all <paramref name="handles"/>.</summary>
    public static SignedMutation BatchUnfollow(DemoIdentity identity, IReadOnlyList<string> handles, long ts)
    {
        var message = OperationMessages.BatchUnfollow(identity.Address, handles, ts);
        return new("batchUnfollow", "BatchUnfollowRequest", Fields(
            ("address", identity.Address),
            ("handles", handles),
            ("message", message),
            ("signature", identity.SigningKey.Sign(message)),
            ("signingKey", identity.SigningKeyText)), "{ status results { handle status } tsInServer }");
    }

    private static SignedMutation Pair(string field, string inputType, DemoIdentity identity, string handle, string message) =>
        new(field, inputType, Fields(
            ("address", identity.Address),
            ("handle", handle),
            ("message", message),
            ("signature", identity.SigningKey.Sign(message)),
            ("signingKey", identity.SigningKeyText)), StatusAndClock);

    private static KeyValuePair<string, object>[] Fields(params (string Name, object Value)[] fields) =>
        [.. fields.Select(field => KeyValuePair.Create(field.Name, field.Value))];
}
