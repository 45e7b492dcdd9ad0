using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Keys;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;

namespace GraphQlFollows.Cli;

/// <summary>The API's signed mutations, each signed by the identity's wallet or device key as the API asks.</summary>
internal static class SignedMutations
{
    private const string StatusOnly = "{ status }";
    private const string StatusAndClock = "{ status tsInServer }";

    // Each mutation's document, without its input: what the signed requests fill in.
    private static readonly SignedMutation RegisterSigningKeyDocument = new("registerSigningKey", "RegisterSigningKeyRequest", [], StatusOnly);
    private static readonly SignedMutation RevokeSigningKeyDocument = new("revokeSigningKey", "RevokeSigningKeyRequest", [], StatusAndClock);
    private static readonly SignedMutation CreateProfileDocument = new("createProfile", "CreateProfileRequest", [], StatusAndClock);
    private static readonly SignedMutation FollowDocument = new("follow", "FollowRequest", [], StatusAndClock);
    private static readonly SignedMutation UnfollowDocument = new("unfollow", "UnFollowRequest", [], StatusAndClock);
    private static readonly SignedMutation BatchUnfollowDocument =
        new("batchUnfollow", "BatchUnfollowRequest", [], "{ status results { handle status } tsInServer }");

    /// <summary>Every mutation the tool sends, without input: the documents of its persisted operations.</summary>
    public static IReadOnlyList<SignedMutation> Documents { get; } =
        [RegisterSigningKeyDocument, RevokeSigningKeyDocument, CreateProfileDocument, FollowDocument, UnfollowDocument, BatchUnfollowDocument];

    /// <summary><c>registerSigningKey</c>: the wallet authorises the identity's device key.</summary>
    public static SignedMutation RegisterSigningKey(DemoIdentity identity, string entity)
    {
        var message = KeyAuthorization.Message(identity.SigningKeyText, entity);
        return RegisterSigningKeyDocument with
        {
            Input = Fields(("address", identity.Address), ("message", message), ("signature", identity.Wallet.SignPersonalMessage(message))),
        };
    }

    /// <summary><c>revokeSigningKey</c>: the wallet revokes the identity's device key for good.</summary>
    public static SignedMutation RevokeSigningKey(DemoIdentity identity, long ts)
    {
        var message = OperationMessages.RevokeSigningKey(identity.Address, identity.SigningKeyText, ts);
        return RevokeSigningKeyDocument with
        {
            Input = Fields(
                ("address", identity.Address),
                ("signingKey", identity.SigningKeyText),
                ("message", message),
                ("signature", identity.Wallet.SignPersonalMessage(message))),
        };
    }

    /// <summary><c>createProfile</c>: the wallet claims <paramref name="handle"/>.</summary>
    public static SignedMutation CreateProfile(DemoIdentity identity, string handle, long ts)
    {
        var message = OperationMessages.CreateProfile(identity.Address, handle, ts);
        return CreateProfileDocument with
        {
            Input = Fields(
                ("address", identity.Address),
                ("handle", handle),
                ("message", message),
                ("signature", identity.Wallet.SignPersonalMessage(message))),
        };
    }

    /// <summary><c>follow</c>, signed by the device key.</summary>
    public static SignedMutation Follow(DemoIdentity identity, string handle, long ts) =>
        Pair(FollowDocument, identity, handle, OperationMessages.Follow(identity.Address, handle, ts));

    /// <summary><c>unfollow</c>, signed by the device key.</summary>
    public static SignedMutation Unfollow(DemoIdentity identity, string handle, long ts) =>
        Pair(UnfollowDocument, identity, handle, OperationMessages.Unfollow(identity.Address, handle, ts));

    /// <summary><c>batchUnfollow</c>: one device-key signature over all <paramref name="handles"/>.</summary>
    public static SignedMutation BatchUnfollow(DemoIdentity identity, IReadOnlyList<string> handles, long ts)
    {
        var message = OperationMessages.BatchUnfollow(identity.Address, handles, ts);
        return BatchUnfollowDocument with
        {
            Input = Fields(
                ("address", identity.Address),
                ("handles", handles),
                ("message", message),
                ("signature", identity.SigningKey.Sign(message)),
                ("signingKey", identity.SigningKeyText)),
        };
    }

    private static SignedMutation Pair(SignedMutation document, DemoIdentity identity, string handle, string message) =>
        document with
        {
            Input = Fields(
                ("address", identity.Address),
                ("handle", handle),
                ("message", message),
                ("signature", identity.SigningKey.Sign(message)),
                ("signingKey", identity.SigningKeyText)),
        };

    private static KeyValuePair<string, object>[] Fields(params (string Name, object Value)[] fields) =>
        [.. fields.Select(field => KeyValuePair.Create(field.Name, field.Value))];
}
