import type { Block, ExportDocument, ExportTable, Run } from './walk';

/**
 * The minutes as one self-contained, accessible web page: `lang="da"`, the title as `<h1>`,
 * items `<h2>`, sections `<h3>`, sub-headings `<h4>` (one `<h1>` per page), the contents as a
 * `<nav>` linking to the items, tables as real `<table>`s with `<th scope="col">` headings and
 * `<th scope="row">` row labels, wide tables scrolling inside their own box on a phone. No
 * script, no external file.
 */
export function toHtml(doc: ExportDocument): string {
  const body = doc.blocks.map((b) => blockToHtml(b)).join('\n');
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Referat">
<title>${esc(doc.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const CSS = `:root { color-scheme: light; }
body { margin: 0; font: 16px/1.5 "Segoe UI", Calibri, "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; color: #1f3864; margin: 0.5rem 0 1rem; line-height: 1.25; }
h2 { font-size: 1.3rem; color: #1f3864; margin: 2.2rem 0 0.4rem; border-bottom: 2px solid #d0d9e6; padding-bottom: 0.2rem; }
h3 { font-size: 1.08rem; color: #2e5597; margin: 1.4rem 0 0.3rem; }
h4 { font-size: 1rem; font-style: italic; margin: 1rem 0 0.2rem; }
p { margin: 0 0 0.7rem; overflow-wrap: anywhere; }
.meta { margin: 0 0 0.25rem; }
.journal { color: #595959; font-size: 0.9rem; }
nav ul.contents { list-style: none; padding-left: 0; }
nav li { margin: 0.15rem 0; }
nav a { color: #1f4e9a; }
.table-wrap { overflow-x: auto; margin: 0.4rem 0 1.2rem; }
table { border-collapse: collapse; font-size: 0.88rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.45rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef5; }
tbody th { font-weight: normal; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #555; }
@media print { .table-wrap { overflow: visible; } h2 { break-after: avoid; } }`;

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function runsToHtml(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      let t = esc(r.text);
      if (r.bold) t = `<strong>${t}</strong>`;
      if (r.italic) t = `<em>${t}</em>`;
      return (r.breakBefore ? '<br>' : '') + t;
    })
    .join('');
}

function blockToHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${esc(block.text)}</h1>`;
    case 'meta':
      return `<p class="meta">${runsToHtml(block.runs)}</p>`;
    case 'contents':
      return `<nav aria-labelledby="indhold"><h2 id="indhold">${esc(block.heading)}</h2>\n<ul class="contents">\n${block.entries
        .map((e) => `<li>${e.anchor ? `<a href="#${e.anchor}">${esc(e.text)}</a>` : esc(e.text)}</li>`)
        .join('\n')}\n</ul></nav>`;
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag} id="${esc(block.anchor)}">${esc(block.text)}</${tag}>`;
    }
    case 'journal':
      return `<p class="journal">${esc(block.text)}</p>`;
    case 'paragraph':
      return `<p>${runsToHtml(block.runs)}</p>`;
    case 'list': {
      const sequential = block.items.every((it, i) => parseInt(it.label, 10) === i + 1);
      if (block.ordered && !sequential) {
        // Numbers as written (they do not run 1, 2, 3 …): each item carries its own.
        return `<ol>\n${block.items.map((it) => `<li value="${parseInt(it.label, 10) || 1}">${runsToHtml(it.runs)}</li>`).join('\n')}\n</ol>`;
      }
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${block.items.map((it) => `<li>${runsToHtml(it.runs)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table':
      return tableToHtml(block);
  }
}

function tableToHtml(table: ExportTable): string {
  const [first, ...rest] = table.rows;
  const head = first?.header
    ? `<thead><tr>${first.cells.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${runsToHtml(c.runs)}</th>`).join('')}</tr></thead>\n`
    : '';
  const bodyRows = (first?.header ? rest : table.rows).map((row) => {
    const cells = row.cells.map((c, i) =>
      i === 0 ? `<th scope="row">${runsToHtml(c.runs)}</th>` : `<td${c.numeric ? ' class="num"' : ''}>${runsToHtml(c.runs)}</td>`,
    );
    return `<tr${row.total ? ' class="total"' : ''}>${cells.join('')}</tr>`;
  });
  return `<div class="table-wrap"><table>\n${head}<tbody>\n${bodyRows.join('\n')}\n</tbody></table></div>`;
}
