/**
 * A plain-text minutes fixture as a flat ODF text document, for LibreOffice to print as PDF: one
 * paragraph per line (tabs kept), a block of tab lines with amounts as a real table (amounts
 * right-aligned, as Word and the minutes systems print budget tables), short pages with a running
 * header and a `Side N af M` footer, as Word templates print them. Used by
 * scripts/measure-pdf-layouts.mjs and the PDF import's end-to-end test.
 */

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\f/g, '');
const AMOUNT_CELL = /^[-−÷–(]?\s*\d[\d.]*(?:,\d+)?\)?\s*%?$/;

export interface FodtOptions {
  /** Keep tab blocks as tabbed paragraphs (default tab stops: the columns of a wide table then run into each other). */
  readonly tabs?: boolean;
}

export function layoutFodt(text: string, options: FodtOptions = {}): string {
  let tables = 0;
  const tableXml = (rows: string[][]): string => {
    const width = Math.max(...rows.map((r) => r.length));
    const cell = (t: string) =>
      `<table:table-cell office:value-type="string"><text:p${AMOUNT_CELL.test(t.trim()) ? ' text:style-name="Num"' : ''}>${esc(t.trim())}</text:p></table:table-cell>`;
    const body = rows.map((r) => `<table:table-row>${Array.from({ length: width }, (_, i) => cell(r[i] ?? '')).join('')}</table:table-row>`).join('\n');
    return `<table:table table:name="T${++tables}"><table:table-column table:number-columns-repeated="${width}"/>\n${body}\n</table:table>`;
  };
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Two or more consecutive lines with tabs and amounts: a table.
    let j = i;
    while (!options.tabs && j < lines.length && lines[j]!.includes('\t')) j++;
    const block = lines.slice(i, j).map((l) => l.split('\t'));
    // (A contents' `N. Title⇥page` is no table: one small number a line.)
    const amounts = (r: string[]) => r.slice(1).filter((c) => AMOUNT_CELL.test(c.trim()));
    if (j - i >= 2 && block.some((r) => amounts(r).length >= 2 || amounts(r).some((c) => /[.,]/.test(c)))) {
      out.push(tableXml(block));
      i = j - 1;
      continue;
    }
    out.push(`<text:p>${lines[i]!.split('\t').map(esc).join('<text:tab/>')}</text:p>`);
  }
  const body = out.join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="11cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>Udvalget – 19. november 2025</text:p></style:header><style:footer><text:p>Side <text:page-number text:select-page="current">1</text:page-number> af <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>`;
}
