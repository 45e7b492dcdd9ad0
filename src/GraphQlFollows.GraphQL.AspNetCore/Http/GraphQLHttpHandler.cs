using GraphQlFollows.GraphQL.AspNetCore.Operations;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP: queries by GET or POST, mutations by POST, with the status codes of the GraphQL over HTTP
/// specification. Every refusal is a GraphQL response with an error, never an empty status.
/// </summary>
internal sealed class GraphQLHttpHandler(
    OperationRunner runner,
    IEnumerable<IOperationAdmission> admissions,
    IOptions<GraphQLServerOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly GraphQLServerOptions _options = options.Value;
    private readonly IOperationAdmission[] _admissions = [.. admissions];

    public async Task HandleAsync(HttpContext context)
    {
        if (ContentNegotiation.SelectResponseType(context.Request.Headers.Accept) is not { } mediaType)
        {
            UnreadBody.CloseConnectionUnlessDrainable(context, _options.MaxRequestBytes);
            await GraphQLHttpResponse.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, ResponseMediaType.Json, ServerErrors.BadRequest(
                $"The Accept header allows neither {ContentNegotiation.GraphQLResponseJsonType} nor {ContentNegotiation.JsonType}."));
            return;
        }

        using var budget = runner.StartBudget(context.RequestAborted);
        try
        {
            await RunAsync(context, mediaType, budget.Token);
        }
        catch (GraphQLHttpException refusal)
        {
            // Refused before its body was read to the end, or while it was; one that trickles in is not waited for.
            UnreadBody.CloseConnectionUnlessDrainable(context, refusal.StatusCode == StatusCodes.Status408RequestTimeout ? 0 : _options.MaxRequestBytes);
            if (refusal.Allow is not null)
            {
                context.Response.Headers.Allow = refusal.Allow;
            }

            await GraphQLHttpResponse.WriteErrorAsync(context, refusal.StatusCode, mediaType, refusal.Error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: nobody is left to answer.
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !context.Response.HasStarted)
        {
            // The budget ran out while the response was being serialised.
            await GraphQLHttpResponse.WriteErrorAsync(context, StatusCodes.Status504GatewayTimeout, mediaType, runner.TimedOut());
        }
        catch (ResultTooLargeException tooLarge) when (!context.Response.HasStarted)
        {
            await GraphQLHttpResponse.WriteErrorAsync(
                context, GraphQLHttpResponse.RequestErrorStatus(mediaType), mediaType, ResultSizeLimit.TooLarge(tooLarge.MaxBytes));
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            logger.LogError(e, "A GraphQL request failed.");
            await GraphQLHttpResponse.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, mediaType, ServerErrors.Internal());
        }
    }

    /// <summary>Answers any method but GET and POST.</summary>
    public static Task MethodNotAllowedAsync(HttpContext context, GraphQLServerOptions options)
    {
        UnreadBody.CloseConnectionUnlessDrainable(context, options.MaxRequestBytes);
        context.Response.Headers.Allow = "GET, POST";
        return GraphQLHttpResponse.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json,
            ServerErrors.BadRequest($"The method {context.Request.Method} is not supported: use GET or POST."));
    }

    private async Task RunAsync(HttpContext context, ResponseMediaType mediaType, CancellationToken budget)
    {
        var isGet = HttpMethods.IsGet(context.Request.Method);
        var parameters = isGet ? GraphQLHttpRequestReader.FromQueryString(context.Request) : await ReadBodyAsync(context, budget);
        var (prepared, request) = runner.Prepare(parameters);
        if (!prepared.IsValid)
        {
            await GraphQLHttpResponse.WriteAsync(context, GraphQLHttpResponse.RequestErrorStatus(mediaType), mediaType, ExecutionResult.RequestError(prepared.Errors));
            return;
        }

        var operation = prepared.Operation!.Operation;
        if (isGet && operation != OperationType.Query)
        {
            // GET is safe by HTTP's semantics, so nothing that changes state may run through it.
            throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, ServerErrors.BadRequest(
                $"Only queries can be sent with GET; send a {operation.ToString().ToLowerInvariant()} with POST."), allow: "POST");
        }

        if (operation == OperationType.Subscription)
        {
            var refusal = ServerErrors.BadRequest(
                "Subscriptions are served over WebSocket with the graphql-transport-ws protocol at this path.");
            await GraphQLHttpResponse.WriteErrorAsync(context, GraphQLHttpResponse.RequestErrorStatus(mediaType), mediaType, refusal);
            return;
        }

        if (OperationAdmission.Refusal(_admissions, prepared, context) is { } notNow)
        {
            await ErrorStatus.WriteAsync(context, ErrorStatus.OfRefusal(notNow, _options.ErrorStatusCodes), mediaType, notNow);
            return;
        }

        var result = await runner.ExecuteAsync(prepared, request, budget, context.RequestAborted);
        if (result is null)
        {
            await GraphQLHttpResponse.WriteErrorAsync(context, StatusCodes.Status504GatewayTimeout, mediaType, runner.TimedOut());
            return;
        }

        if (ErrorStatus.Of(result, _options.ErrorStatusCodes) is var (serverStatus, serverError))
        {
            await ErrorStatus.WriteAsync(context, serverStatus, mediaType, serverError);
            return;
        }

        var status = result.HasData ? StatusCodes.Status200OK : GraphQLHttpResponse.RequestErrorStatus(mediaType);
        await GraphQLHttpResponse.WriteAsync(context, status, mediaType, result, runner.MaxResponseBytes, budget);
    }

    /// <summary>
    /// Reads the body within the request's time budget, so a client that trickles it in is cut off. A body the
    /// server cannot read is refused with a 4xx, never a 500.
    /// </summary>
    private async ValueTask<RequestParameters> ReadBodyAsync(HttpContext context, CancellationToken budget)
    {
        try
        {
            return await GraphQLHttpRequestReader.FromBodyAsync(context.Request, _options.MaxRequestBytes, budget);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            throw new GraphQLHttpException(StatusCodes.Status408RequestTimeout, runner.TimedOut());
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel found the body's framing broken (or its own limits crossed): the client's fault, with Kestrel's status.
            throw new GraphQLHttpException(e.StatusCode, ServerErrors.BadRequest($"The request body could not be read: {e.Message}"));
        }
    }
}
