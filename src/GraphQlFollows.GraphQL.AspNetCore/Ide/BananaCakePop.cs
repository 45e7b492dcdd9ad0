using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQlFollows.GraphQL.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves the Banana Cake Pop IDE, which the build copies from its npm package into <c>bcp/</c> of the output,
/// at the endpoint's own path: browsers that GET the endpoint get the IDE, and it talks to the same endpoint.
/// Its page and configuration are made when a browser first asks for them, not at start-up.
/// </summary>
internal sealed class BananaCakePop
{
    public const string ConfigFile = "bcp-config.json";

    // The IDE's own scripts, styles and workers, and requests to this server alone. It compiles its settings' JSON
    // schemas into functions (eval), its components inject their styles at run time, and its editor makes workers and
    // images from blobs; no inline script and no other site is allowed.
    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'";

    private readonly Lazy<byte[]> _index;
    private readonly Lazy<byte[]> _config;

    public BananaCakePop(IOptions<GraphQLServerOptions> options)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "bcp");
        var index = Path.Combine(directory, "index.html");
        if (!File.Exists(index))
        {
            throw new InvalidOperationException(
                $"Banana Cake Pop is missing from {directory}: run 'npm ci' at the repository root and build the server again, or set GraphQL:Ide to false.");
        }

        var path = options.Value.Path;
        Files = new PhysicalFileProvider(directory);
        _index = new(() => WithBase(File.ReadAllText(index), path + "/"));
        _config = new(() => Config(path));
    }

    /// <summary>The IDE's scripts, styles and images, served below the endpoint's path.</summary>
    public IFileProvider Files { get; }

    /// <summary>A browser opening the endpoint: a GET that asks for HTML and carries no GraphQL query.</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
        && ContentNegotiation.AcceptsHtml(request.Headers.Accept);

    public Task WriteIndexAsync(HttpContext context)
    {
        PageSecurityHeaders.AddToPage(context.Response, ContentSecurityPolicy);
        return WriteAsync(context, "text/html; charset=utf-8", _index.Value);
    }

    public Task WriteConfigAsync(HttpContext context) => WriteAsync(context, "application/json; charset=utf-8", _config.Value);

    private static async Task WriteAsync(HttpContext context, string contentType, byte[] body)
    {
        PageSecurityHeaders.AddToFile(context.Response);
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    // The page refers to its scripts relatively; with a base it finds them below the endpoint, with or without a trailing slash.
    private static byte[] WithBase(string html, string basePath)
    {
        var head = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        if (head < 0)
        {
            throw new InvalidOperationException("Banana Cake Pop's index.html has no <head>.");
        }

        var insertAt = head + "<head>".Length;
        return Encoding.UTF8.GetBytes(string.Concat(html.AsSpan(0, insertAt), $"<base href=\"{basePath}\"/>", html.AsSpan(insertAt)));
    }

    // The IDE reads this next to its page. It opens on this server's endpoint and, since it must work offline,
    // sends nothing to ChilliCream's telemetry or analytics.
    private static byte[] Config(string endpoint)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", endpoint);
            writer.WriteBoolean("useBrowserUrlAsEndpoint", true);
            writer.WriteString("title", "GraphQlFollows");
            writer.WriteBoolean("disableTelemetry", true);
            writer.WriteNull("gaTrackingId");
            writer.WriteEndObject();
        }
        return json.WrittenSpan.ToArray();
    }
}
