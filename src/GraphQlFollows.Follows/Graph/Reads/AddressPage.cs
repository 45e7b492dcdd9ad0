using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Reads;

public sealed record AddressPage(IReadOnlyList<EvmAddress> Addresses, bool HasNextPage, bool HasPreviousPage = false);
