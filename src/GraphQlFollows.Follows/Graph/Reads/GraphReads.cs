using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>Every read of the graph a client can ask for: follows and their lists, profile search, objects by key.</summary>
public sealed record GraphReads(FollowQueries Follows, ProfileSearch Profiles, NodeQueries Nodes)
{
    /// <summary>The reads over one store.</summary>
    public static GraphReads Over(IDbContextFactory<FollowsDbContext> factory) =>
        new(new FollowQueries(factory), new ProfileSearch(factory), new NodeQueries(factory));
}
