using System;
using System.Diagnostics;
using System.IO;
using ReviewModel.Cli.Help;

namespace ReviewModel.Cli.Checking;

/// <summary>
/// A progress bar, <c>[########------------]  312/1000 file</c>, on one rewritten line of stderr, only when
/// several files are checked and stderr is a terminal; redrawn at most every 100 ms and always at the end.
/// </summary>
internal sealed class ProgressDisplay
{
    private const int BarWidth = 20;
    private const int MaxLine = 78;
    private readonly TextWriter _error;
    private readonly int _total;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawn = long.MinValue;
    private int _width;

    public ProgressDisplay(TextWriter error, int total, bool interactive)
    {
        _error = error;
        _total = total;
        _enabled = interactive && total > 1;
    }

    /// <summary>Shows that the file at <paramref name="index"/> (zero-based) is done.</summary>
    public void Show(int index, string path)
    {
        if (!_enabled)
        {
            return;
        }

        var now = _clock.ElapsedMilliseconds;
        if (index + 1 < _total && _width > 0 && now - _lastDrawn < 100)
        {
            return;
        }

        _lastDrawn = now;
        var done = (int)((long)(index + 1) * BarWidth / _total);
        var text = $"[{new string('#', done)}{new string('-', BarWidth - done)}] {index + 1}/{_total} {path}";
        if (DisplayText.Width(text) > MaxLine)
        {
            text = DisplayText.Wrap(text.Replace(' ', '\u00A0'), MaxLine - 1)[0].Replace('\u00A0', ' ') + "…"; // cut by columns, Chinese counting two
        }

        var width = DisplayText.Width(text);
        _error.Write("\r" + text + new string(' ', Math.Max(0, _width - width)));
        _width = width;
    }

    public void Clear()
    {
        if (_enabled && _width > 0)
        {
            _error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
