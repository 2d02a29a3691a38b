using System.IO;

namespace ReviewModel.Cli.Checking;

/// <summary>Shows "[3/10] file" on one rewritten line of stderr, only when several files are checked and stderr is a terminal.</summary>
internal sealed class ProgressDisplay
{
    private readonly TextWriter _error;
    private readonly int _total;
    private readonly bool _enabled;
    private int _width;

    public ProgressDisplay(TextWriter error, int total, bool interactive)
    {
        _error = error;
        _total = total;
        _enabled = interactive && total > 1;
    }

    public void Show(int index, string path)
    {
        if (!_enabled)
        {
            return;
        }

        var text = $"[{index + 1}/{_total}] {path}";
        _error.Write("\r" + text.PadRight(_width));
        _width = text.Length;
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
