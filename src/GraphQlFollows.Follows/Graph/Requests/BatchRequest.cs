using GraphQlFollows.Follows.Graph.Messages;

namespace GraphQlFollows.Follows.Graph.Requests;

/// <summary>
/// A follow or unfollow of several handles under one signing-key signature; the handles are the message's.
/// <see cref="Handles"/>, when given, must list the same handles in the same order.
/// </summary>
public sealed record BatchRequest(
    string? Address, string? Message, string? Signature, string? SigningKey, IReadOnlyList<string>? Handles = null);
