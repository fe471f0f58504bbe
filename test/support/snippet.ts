/**
 * A small parser for the VS Code / LSP snippet grammar (tab stops `$1` `${1}`, placeholders
 * `${1:default}` (nested), choices `${1|a,b|}`, variables `$NAME` `${NAME:default}`, escapes
 * `\$ \} \\`). `expandSnippet` returns the text VS Code inserts when every placeholder keeps its
 * default; it throws on anything VS Code would not read as intended.
 */
export function expandSnippet(body: string): string {
  let i = 0;
  const tabstops = new Map<number, string>();

  function parse(inPlaceholder: boolean): string {
    let out = '';
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\') {
        const next = body[i + 1];
        if (next === '$' || next === '}' || next === '\\') {
          out += next;
          i += 2;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      if (c === '}' && inPlaceholder) return out;
      if (c === '$') {
        out += dollar();
        continue;
      }
      out += c;
      i++;
    }
    if (inPlaceholder) throw new Error(`unterminated placeholder in snippet: ${body}`);
    return out;
  }

  function dollar(): string {
    i++; // $
    const m = /^(\d+)/.exec(body.slice(i));
    if (m) {
      i += m[1]!.length;
      return tabstops.get(Number(m[1])) ?? '';
    }
    const v = /^[A-Z_]+/.exec(body.slice(i));
    if (v) throw new Error(`snippet uses a variable ($${v[0]}); the tests cannot expand it`);
    if (body[i] !== '{') throw new Error(`a bare $ in a snippet must be escaped: ${body.slice(i - 10, i + 10)}`);
    i++; // {
    const n = /^(\d+)/.exec(body.slice(i));
    if (!n) throw new Error(`\${ without a tab stop number: ${body.slice(i - 5, i + 10)}`);
    const index = Number(n[1]);
    i += n[1]!.length;
    let value = '';
    if (body[i] === '}') {
      i++;
    } else if (body[i] === ':') {
      i++;
      value = parse(true);
      i++; // }
    } else if (body[i] === '|') {
      const end = body.indexOf('|}', i + 1);
      if (end < 0) throw new Error('unterminated choice');
      const options = body.slice(i + 1, end).split(',');
      if (options.length === 0 || options.some((o) => o === '')) throw new Error('empty choice option');
      value = options[0]!;
      i = end + 2;
    } else {
      throw new Error(`unexpected character after \${${index}: ${body[i]}`);
    }
    if (!tabstops.has(index) || value) tabstops.set(index, value);
    return value;
  }

  return parse(false);
}
