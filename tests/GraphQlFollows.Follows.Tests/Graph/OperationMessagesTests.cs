using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Keys;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;

namespace GraphQlFollows.Follows.Tests.Graph;

public class OperationMessagesTests
{
    private const string Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private const string Key = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+/x==";

    [Fact]
    public void Writes_the_fields_in_the_contract_order()
    {
        Assert.Equal($$"""{"op":"follow","address":"{{Address}}","handle":"alice","ts":1763000000000}""",
            OperationMessages.Follow(Address, "alice", 1_763_000_000_000));
        Assert.Equal($$"""{"op":"revokeSigningKey","address":"{{Address}}","signingKey":"{{Key}}","ts":5}""",
            OperationMessages.RevokeSigningKey(Address, Key, 5));
        Assert.Equal($$"""{"op":"batchUnfollow","address":"{{Address}}","handles":["bob","carol"],"ts":7}""",
            OperationMessages.BatchUnfollow(Address, ["bob", "carol"], 7));
    }

    [Fact]
    public void Writes_what_the_graph_reads_back()
    {
        Assert.True(SignedMessage.TryParse(OperationMessages.Unfollow(Address, "al\"ice", 9), OperationKinds.Unfollow, MessageFields.Handle, out var unfollow));
        Assert.Equal(("al\"ice", 9L, Address), (unfollow.Handle, unfollow.Ts, unfollow.Address));

        Assert.True(SignedMessage.TryParse(OperationMessages.CreateProfile(Address, "bob", 3), OperationKinds.CreateProfile, MessageFields.Handle, out var profile));
        Assert.Equal("bob", profile.Handle);

        Assert.True(SignedMessage.TryParse(OperationMessages.BatchUnfollow(Address, ["a\\b", "c"], 4), OperationKinds.BatchUnfollow, MessageFields.Handles, out var batch));
        Assert.Equal(["a\\b", "c"], batch.Handles);
    }

    [Fact]
    public void Writes_the_registration_message_the_graph_reads_the_key_from()
    {
        var message = KeyAuthorization.Message(Key);

        Assert.Equal($"I authorize CyberConnect from this device using signing key:\n{Key}", message);
        Assert.True(KeyAuthorization.TryReadKey(KeyAuthorization.Message(Key, "My App"), out var key));
        Assert.Equal(Key, key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    public void Refuses_an_entity_the_registration_message_cannot_carry(string entity)
    {
        Assert.Throws<ArgumentException>(() => KeyAuthorization.Message(Key, entity));
    }
}
