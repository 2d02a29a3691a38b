using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace ReviewModel.Cli.Checking;

/// <summary>
/// Runs <c>work(i)</c> for i = 0…count−1 on several threads and hands each result to <c>consume(i, result)</c>
/// on the calling thread, in index order, as soon as it and every earlier one are done. At most
/// <c>window</c> items are started but not yet consumed, and their results wait in a ring of <c>window</c> slots
/// (item i in slot i mod window), so memory stays bounded however many items there are and however slow one of
/// them is.
/// </summary>
internal static class OrderedParallel
{
    public static void Run<T>(int count, int degree, int window, Func<int, T> work, Action<int, T> consume, CancellationToken cancellationToken)
        where T : class
    {
        if (count == 0)
        {
            return;
        }

        degree = Math.Clamp(degree, 1, count);
        window = Math.Max(window, degree);
        // Item i starts only when at most window − 1 items before it are unconsumed, so item i − window has been
        // consumed and its slot cleared: a ring of window slots holds every result waiting for its turn.
        var results = new T?[window];
        var gate = new object();
        var slots = new SemaphoreSlim(window, window);
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        void Worker()
        {
            try
            {
                while (true)
                {
                    slots.Wait(stop.Token); // a free place in the window before taking the next item
                    var index = Interlocked.Increment(ref next);
                    if (index >= count)
                    {
                        return;
                    }

                    var result = work(index);
                    lock (gate)
                    {
                        results[index % window] = result;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopping: the consumer reports the cancellation or the failure.
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= ExceptionDispatchInfo.Capture(e);
                    Monitor.PulseAll(gate);
                }

                stop.Cancel();
            }
        }

        var threads = new Thread[degree];
        for (var t = 0; t < degree; t++)
        {
            threads[t] = new Thread(Worker) { IsBackground = true, Name = "reviewmodel check " + t };
            threads[t].Start();
        }

        try
        {
            using var wake = stop.Token.Register(() =>
            {
                lock (gate)
                {
                    Monitor.PulseAll(gate);
                }
            });
            for (var i = 0; i < count; i++)
            {
                T result;
                lock (gate)
                {
                    while (results[i % window] is null && failure is null && !stop.IsCancellationRequested)
                    {
                        Monitor.Wait(gate);
                    }

                    failure?.Throw();
                    stop.Token.ThrowIfCancellationRequested();
                    result = results[i % window]!;
                    results[i % window] = null; // consumed: its memory goes, and its slot is free for item i + window
                }

                consume(i, result);
                slots.Release();
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            slots.Dispose();
        }
    }
}
