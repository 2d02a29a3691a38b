#!/bin/sh
# Nightly-sized fuzz run of every input front end (text, Markdown, DOCX, document JSON), in process.
# Usage: benchmarks/fuzz.sh [--inputs N] [--seconds S] [--seed N] [--threads N] [--mix txt,md,json,docx] [--out DIR]
# Defaults: 1,000,000 inputs, seed 1, all cores, mix 45,35,12,8, findings in $TMPDIR/reviewmodel-fuzz.
# Exit code 0 when no undocumented exception came out; each finding's input is saved with its stack trace.
set -e
here=$(cd "$(dirname "$0")" && pwd)
dotnet build -c Release "$here/ReviewModel.Fuzz" -v quiet --nologo
exec dotnet "$here/ReviewModel.Fuzz/bin/Release/net10.0/ReviewModel.Fuzz.dll" "$@"
