/**
 * Referat's text form as HTML, for the import tests: LibreOffice and chromium (tools nobody here
 * wrote) turn the HTML into Word documents and PDFs, which the importers then read back. Headings
 * become <h1>…<h6>, tab-separated lines a <table> (cells keep their <b>), `- ` lines a <ul>, and
 * every other line a <p>. Annotation lines (`%%^ …`) of the fixtures are dropped.
 */
const INLINE = /&lt;(\/?)(b|i|p|strong|em)&gt;/g;

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inline(s: string): string {
  return escape(s).replace(INLINE, '<$1$2>').replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
}

export interface HtmlOptions {
  /** Extra CSS (two columns, a narrow page …). */
  readonly css?: string;
}

export function minutesToHtml(text: string, options: HtmlOptions = {}): string {
  const src = text.split(/\r?\n/).filter((l) => !/^\s*%%/.test(l));
  const out: string[] = [
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><style>',
    'body{font-family:"DejaVu Sans",sans-serif;font-size:10pt} td{text-align:right} td:first-child{text-align:left}',
    options.css ?? '',
    '</style></head><body>',
  ];
  for (let i = 0; i < src.length; ) {
    const l = src[i]!;
    const h = /^(#{1,6})\s+(.*)$/.exec(l);
    if (h) {
      const t = h[2]!.trim().replace(/^\*\*(.*)\*\*$/, '$1');
      out.push(`<h${h[1]!.length}>${inline(t)}</h${h[1]!.length}>`);
      i++;
    } else if (l.includes('\t')) {
      out.push('<table border="1">');
      for (; i < src.length && src[i]!.includes('\t'); i++) out.push(`<tr>${src[i]!.split('\t').map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      out.push('</table>');
    } else if (l.startsWith('- ')) {
      out.push('<ul>');
      for (; i < src.length && src[i]!.startsWith('- '); i++) out.push(`<li>${inline(src[i]!.slice(2))}</li>`);
      out.push('</ul>');
    } else {
      if (l.trim()) out.push(`<p>${inline(l)}</p>`);
      i++;
    }
  }
  out.push('</body></html>');
  return out.join('\n');
}
