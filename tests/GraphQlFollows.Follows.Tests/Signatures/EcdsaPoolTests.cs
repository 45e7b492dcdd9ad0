using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

public class EcdsaPoolTests
{
    [Fact]
    public void Lends_a_returned_instance_again_instead_of_importing_the_key()
    {
        using var pool = new EcdsaPool(Key());

        var first = pool.Rent();
        pool.Return(first);

        Assert.Same(first, pool.Rent());
    }

    [Fact]
    public void Imports_another_instance_while_one_is_lent_out()
    {
        using var pool = new EcdsaPool(Key());

        var first = pool.Rent();
        var second = pool.Rent();

        Assert.NotSame(first, second);
        Assert.Equal(first.ExportSubjectPublicKeyInfo(), second.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Releases_idle_instances_when_disposed_and_lent_ones_when_they_come_back()
    {
        var pool = new EcdsaPool(Key());
        var idle = pool.Rent();
        var lent = pool.Rent();
        pool.Return(idle);

        pool.Dispose();
        pool.Return(lent);

        Assert.Throws<ObjectDisposedException>(() => idle.ExportSubjectPublicKeyInfo());
        Assert.Throws<ObjectDisposedException>(() => lent.ExportSubjectPublicKeyInfo());
    }

    private static SigningKey Key()
    {
        var text = SignatureVectors.Named(SignatureVectors.SigningKeys, "WebCrypto P-256").Text;
        return SigningKey.TryParse(text, out var key) ? key : throw new InvalidDataException("The vector key does not parse.");
    }
}
