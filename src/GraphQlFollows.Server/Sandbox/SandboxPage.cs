using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using GraphQlFollows.GraphQL.AspNetCore;
using GraphQlFollows.GraphQL.AspNetCore.Http;

namespace GraphQlFollows.Server.Sandbox;

/// <summary>
/// The sandbox at <c>/sandbox</c>: a page where a person with a browser wallet authorises a signing key, claims a
/// handle, follows and unfollows, and watches a profile's followers live. The build copies its files, and ethers
/// from the npm package pinned in package-lock.json, into <c>sandbox/</c> of the output. <c>Sandbox:Enabled</c>
/// (on by default) turns it off.
/// </summary>
internal static class SandboxPage
{
    public const string Path = "/sandbox";

    // The page's own script, styles and ethers, and requests (GraphQL over HTTP and WebSocket) to this server alone.
    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplication MapSandbox(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Sandbox:Enabled", true))
        {
            return app;
        }
        var directory = System.IO.Path.Combine(AppContext.BaseDirectory, "sandbox");
        var index = File.ReadAllBytes(System.IO.Path.Combine(directory, "index.html"));
        var endpoint = app.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Path;
        var config = Config(endpoint);

        // The page loads its files relatively, so /sandbox sends the browser to /sandbox/ (one route matches both).
        // Plain request delegates: a delegate with parameters would have ASP.NET Core build its binding at start-up.
        app.MapGet(Path, context => context.Request.Path.Value!.EndsWith('/')
            ? WritePageAsync(context, index)
            : Redirect(context));
        app.MapGet(Path + "/config.json", context =>
        {
            PageSecurityHeaders.AddToFile(context.Response);
            return WriteAsync(context, config, "application/json");
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(directory),
            RequestPath = Path,
            OnPrepareResponse = file => PageSecurityHeaders.AddToFile(file.Context.Response),
        });
        return app;
    }

    private static Task WritePageAsync(HttpContext context, byte[] index)
    {
        PageSecurityHeaders.AddToPage(context.Response, ContentSecurityPolicy);
        return WriteAsync(context, index, "text/html; charset=utf-8");
    }

    private static Task WriteAsync(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static Task Redirect(HttpContext context)
    {
        context.Response.Redirect(Path + "/");
        return Task.CompletedTask;
    }

    private static byte[] Config(string endpoint)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", endpoint);
            writer.WriteEndObject();
        }
        return json.WrittenSpan.ToArray();
    }
}
