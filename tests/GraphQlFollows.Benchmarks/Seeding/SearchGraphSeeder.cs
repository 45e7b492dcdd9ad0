using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Keys;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Benchmarks.Seeding;

/// <summary>
/// Builds the profile-search benchmark's graph through a running server's signed write path, over GraphQL over
/// HTTP: F follower wallets each authorise a P-256 signing key (registerSigningKey), P profiles are claimed by 1,000
/// owner wallets (createProfile, each wallet-signed), and E follows are written as batchFollow mutations of up to 20
/// handles, each signed by the follower's key. Profile r (in a random order) gets about E / sqrt(r + 1) / sum
/// followers, at most F, so follower counts fall off as they do in a social graph. Signing is done here, in .NET
/// on every core, because ethers signs a wallet message in milliseconds and P is large.
///
///   dotnet run -c Release --project tests/GraphQlFollows.Benchmarks -- --seed-search-graph ENDPOINT PROFILES FOLLOWERS EDGES OUT.json
/// </summary>
internal static class SearchGraphSeeder
{
    public const string Flag = "--seed-search-graph";

    private const int Owners = 1000;
    private const int BatchSize = 20;
    private const int Concurrency = 64;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private const string RegisterSigningKey = "mutation($input: RegisterSigningKeyRequest!) { registerSigningKey(input: $input) { status } }";
    private const string CreateProfile = "mutation($input: CreateProfileRequest!) { createProfile(input: $input) { status } }";
    private const string BatchFollow = "mutation($input: BatchFollowRequest!) { batchFollow(input: $input) { status results { status } } }";

    public static async Task<int> RunAsync(string[] args)
    {
        var (endpoint, profileCount, followerCount, edgeCount, output) =
            (new Uri(args[1]), int.Parse(args[2]), int.Parse(args[3]), long.Parse(args[4]), args[5]);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = endpoint, Timeout = TimeSpan.FromMinutes(2) };
        var clock = Stopwatch.StartNew();

        var followers = Enumerable.Range(0, followerCount).Select(_ => (Wallet: WalletSigner.Create(), Key: SigningKeyPair.Create())).ToArray();
        await SendAllAsync(http, followers.Length, i =>
        {
            var message = KeyAuthorization.Message(followers[i].Key.PublicKey.Text);
            return (RegisterSigningKey, new { address = followers[i].Wallet.Address.Value, message, signature = followers[i].Wallet.SignPersonalMessage(message) });
        }, "registerSigningKey");
        Console.WriteLine($"registered {followerCount} followers' keys in {clock.Elapsed.TotalSeconds:0} s");

        var handles = UniqueHandles(profileCount);
        var owners = Enumerable.Range(0, Owners).Select(_ => WalletSigner.Create()).ToArray();
        await SendAllAsync(http, handles.Length, i =>
        {
            var owner = owners[i % owners.Length];
            var message = OperationMessages.CreateProfile(owner.Address.Value, handles[i], DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            return (CreateProfile, new { address = owner.Address.Value, handle = handles[i], message, signature = owner.SignPersonalMessage(message) });
        }, "createProfile");
        Console.WriteLine($"claimed {profileCount} profiles in {clock.Elapsed.TotalSeconds:0} s");

        var counts = FollowerCounts(profileCount, followerCount, edgeCount);
        var batches = Batches(counts, followerCount);
        await SendAllAsync(http, batches.Count, i =>
        {
            var (follower, followed) = batches[i];
            var (wallet, key) = followers[follower];
            var names = followed.Select(p => handles[p]).ToArray();
            var message = OperationMessages.BatchFollow(wallet.Address.Value, names, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            return (BatchFollow, new { address = wallet.Address.Value, handles = names, message, signature = key.Sign(message), signingKey = key.PublicKey.Text });
        }, "batchFollow");
        Console.WriteLine($"followed {counts.Sum()} times in {batches.Count} batches; {clock.Elapsed.TotalSeconds:0} s in all");

        var graph = new JsonObject
        {
            ["edges"] = counts.Sum(),
            ["followers"] = followerCount,
            ["profiles"] = profileCount,
            ["seedSeconds"] = (int)clock.Elapsed.TotalSeconds,
            ["builtAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["handles"] = new JsonArray([.. handles.Select(h => JsonValue.Create(h))]),
            // The profiles with a page of followers or more, for the follower-page benchmark on this graph.
            ["pageHandles"] = new JsonArray([.. handles.Where((_, p) => counts[p] >= 50).Select(h => JsonValue.Create(h))]),
        };
        await File.WriteAllTextAsync(output, graph.ToJsonString());
        return 0;
    }

    // Nine characters of a-z and 0-9: any two-character prefix matches about P / 1,296 profiles.
    private static string[] UniqueHandles(int count)
    {
        var handles = new HashSet<string>();
        while (handles.Count < count)
        {
            handles.Add(string.Create(9, 0, (span, _) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
                }
            }));
        }
        return [.. handles];
    }

    /// <summary>The follower count of each profile: E / sqrt(r + 1) over the sum, capped at F, the rest handed out from the top.</summary>
    private static int[] FollowerCounts(int profiles, int followers, long edges)
    {
        var weights = Enumerable.Range(0, profiles).Select(r => 1 / Math.Sqrt(r + 1)).ToArray();
        var sum = weights.Sum();
        var counts = weights.Select(w => (int)Math.Min(followers, Math.Floor(edges * w / sum))).ToArray();
        var left = edges - counts.Sum(c => (long)c);
        for (var r = 0; left > 0; r = (r + 1) % profiles)
        {
            if (counts[r] < followers)
            {
                counts[r]++;
                left--;
            }
        }
        return counts;
    }

    /// <summary>Profile p is followed by counts[p] followers from a random offset on; each follower's profiles in batches of 20, in a random order.</summary>
    private static List<(int Follower, int[] Profiles)> Batches(int[] counts, int followers)
    {
        var followed = Enumerable.Range(0, followers).Select(_ => new List<int>()).ToArray();
        for (var p = 0; p < counts.Length; p++)
        {
            var start = Random.Shared.Next(followers);
            for (var k = 0; k < counts[p]; k++)
            {
                followed[(start + k) % followers].Add(p);
            }
        }
        var batches = followed.SelectMany((profiles, f) => profiles.Chunk(BatchSize).Select(chunk => (f, chunk))).ToArray();
        Random.Shared.Shuffle(batches);
        return [.. batches];
    }

    /// <summary>
    /// Signs and sends every request, <see cref="Concurrency"/> at a time; each must answer SUCCESS. One that does not
    /// (an overloaded or timed-out server) is sent again as it was, byte for byte, which the server answers SUCCESS
    /// once it has committed it, up to three times in all.
    /// </summary>
    private static async Task SendAllAsync(HttpClient http, int count, Func<int, (string Query, object Input)> build, string field)
    {
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, cancellation) =>
        {
            var (query, input) = build(i);
            var body = JsonSerializer.Serialize(new { query, variables = new { input } });
            for (var attempt = 1; !await SucceedsAsync(http, body, field, cancellation); attempt++)
            {
                if (attempt == 3)
                {
                    throw new InvalidOperationException($"{field} {i} did not answer SUCCESS three times.");
                }
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellation);
            }
            if (Interlocked.Increment(ref done) % 10_000 == 0)
            {
                Console.WriteLine($"  {field}: {done}/{count}");
            }
        });
    }

    private static async Task<bool> SucceedsAsync(HttpClient http, string body, string field, CancellationToken cancellation)
    {
        try
        {
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("", content, cancellation);
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellation);
            return answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.GetProperty(field).GetProperty("status").GetString() == "SUCCESS"
                && (!data.GetProperty(field).TryGetProperty("results", out var results) || results.EnumerateArray().All(r => r.GetProperty("status").GetString() == "SUCCESS"));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException
            || e is TaskCanceledException && !cancellation.IsCancellationRequested)
        {
            return false;
        }
    }
}
