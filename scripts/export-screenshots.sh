#!/usr/bin/env bash
# The README's pictures of the export: the example minutes as Word (LibreOffice → PDF → PNG with
# pdftoppm, pages 1 and 2) and as a web page (chromium headless). Needs a build (npm run build),
# LibreOffice, poppler-utils and chromium (scripts/e2e/install-tools.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
out=.tmp/export-screenshots
mkdir -p "$out" docs/images
node dist/cli.js export --to docx --out "$out/kfu.docx" examples/kfu-2025-03-04.referat.md
node dist/cli.js export --to html --out "$out/kfu.html" examples/kfu-2025-03-04.referat.md
soffice "-env:UserInstallation=file://$PWD/$out/lo-profile" --headless --convert-to pdf --outdir "$out" "$out/kfu.docx" >/dev/null
pdftoppm -png -r 70 -f 1 -l 2 "$out/kfu.pdf" "$out/word"
cp "$out/word-1.png" docs/images/eksport-word.png
cp "$out/word-2.png" docs/images/eksport-word-tabel.png
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "--user-data-dir=$PWD/$out/chromium" \
  --window-size=900,1000 "--screenshot=$PWD/docs/images/eksport-html.png" "file://$PWD/$out/kfu.html" 2>/dev/null
echo "docs/images/eksport-word.png, eksport-word-tabel.png, eksport-html.png"
