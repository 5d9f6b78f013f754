using System.Text.Json;
using Cronos;
using VioConcierge.LocalHost.Rpc;

namespace VioConcierge.LocalHost;

/// <summary>
/// Runs each timer function on its NCRONTAB schedule (six fields, seconds first; UTC), one invocation at a time per
/// function as the Functions host does: a run that outlasts its interval delays the next instead of overlapping it.
/// </summary>
public sealed class TimerTriggers(WorkerChannel channel, HostAddresses addresses, TimeProvider time, ILogger<TimerTriggers> logger)
{
    public Task RunAsync(IEnumerable<HostedFunction> functions, CancellationToken ct) =>
        Task.WhenAll(functions.Where(function => function.IsTimer).Select(function => RunAsync(function, ct)));

    private async Task RunAsync(HostedFunction function, CancellationToken ct)
    {
        var schedule = CronExpression.Parse(function.Schedule!, CronFormat.IncludeSeconds);
        DateTimeOffset? last = null;
        while (!ct.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.GetNextOccurrence(now, TimeZoneInfo.Utc) is not { } next)
            {
                return;
            }
            try
            {
                await Task.Delay(next - now, time, ct);
                var response = await channel.InvokeAsync(Invocation(function, last, next, schedule));
                if (response.Result.Status != StatusResult.Types.Status.Success)
                {
                    logger.LogWarning("Timer function {Function} failed: {Failure}", function.Name, response.Result.Exception?.Message);
                }
                last = next;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (InvalidOperationException exception)
            {
                logger.LogWarning("Timer function {Function} could not run: {Failure}", function.Name, exception.Message);
            }
        }
    }

    private InvocationRequest Invocation(HostedFunction function, DateTimeOffset? last, DateTimeOffset due, CronExpression schedule)
    {
        var now = time.GetUtcNow();
        var timer = new
        {
            ScheduleStatus = new { Last = last ?? default, Next = schedule.GetNextOccurrence(now, TimeZoneInfo.Utc) ?? now, LastUpdated = now },
            IsPastDue = now - due > TimeSpan.FromSeconds(1),
        };
        var request = new InvocationRequest
        {
            InvocationId = Guid.NewGuid().ToString(),
            FunctionId = function.Id,
            TraceContext = new RpcTraceContext(),
        };
        request.InputData.Add(new ParameterBinding { Name = function.TriggerParameter, Data = new TypedData { Json = JsonSerializer.Serialize(timer) } });
        addresses.BindDurableClients(function, request);
        return request;
    }
}
