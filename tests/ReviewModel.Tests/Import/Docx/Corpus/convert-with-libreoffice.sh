#!/bin/sh
# Writes the DOCX corpus (DocxCorpus.cs) and saves each file once through LibreOffice into LibreOffice/, the
# assets DocxCorpusTests reads (committed, so CI without LibreOffice still tests them).
# Usage, from the repository root: tests/ReviewModel.Tests/Import/Docx/Corpus/convert-with-libreoffice.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
REVIEWMODEL_DOCX_CORPUS_OUT="$work/in" dotnet test tests/ReviewModel.Tests --filter "FullyQualifiedName~DocxCorpusTests.The_corpus_files_can_be_written_for_conversion"
mkdir -p "$here/LibreOffice"
soffice --headless -env:UserInstallation=file://$work/profile --convert-to docx --outdir "$work/out" "$work"/in/*.docx
cp "$work"/out/*.docx "$here/LibreOffice/"
