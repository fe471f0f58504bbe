import * as assert from 'node:assert/strict';
import { analyze } from '../support/engine';

/** Minutes with `n` items and a contents that lists the items whose numbers pass `listed`. */
function minutes(n: number, listed: (k: number) => boolean, rename?: (k: number) => string | undefined): string {
  const out = ['# REFERAT Testudvalget 2022-2025 d. 08-04-2025', '', '**Mødedato** Tirsdag d. 08. april 2025 kl. 13:00', '', '## Indholdsfortegnelse', ''];
  for (let k = 1; k <= n; k++) if (listed(k)) out.push(`${rename?.(k) ?? `Sag om emne nummer ${k} og dets økonomi`}.....\t${k + 1}`);
  for (let k = 1; k <= n; k++) {
    out.push('', `# Punkt ${k}: Sag om emne nummer ${k} og dets økonomi`, '', `00.30.00-S00-${k}-25`, '', '## Resume', '', 'Tekst.', '', '## Beslutning', '', 'Orientering givet.');
  }
  return out.join('\n') + '\n';
}

const codes = (text: string) => analyze(text).findings.filter((f) => f.code.startsWith('contents-')).map((f) => `${f.code}@${f.range.start.line + 1}`);

describe('contents against items', () => {
  it('a complete contents checks clean', () => {
    assert.deepEqual(codes(minutes(20, () => true)), []);
  });

  it('finds the items missing from a short contents (exact alignment)', () => {
    const text = minutes(30, (k) => k !== 7 && k !== 19);
    const lines = text.split('\n');
    const want = [7, 19].map((k) => `contents-missing-item@${lines.findIndex((l) => l.startsWith(`# Punkt ${k}:`)) + 1}`);
    assert.deepEqual(codes(text), want);
  });

  it('finds the items missing from the contents of very long minutes (linear alignment)', () => {
    const text = minutes(800, (k) => k !== 100 && k !== 650);
    const lines = text.split('\n');
    const want = [100, 650].map((k) => `contents-missing-item@${lines.findIndex((l) => l.startsWith(`# Punkt ${k}:`)) + 1}`);
    assert.deepEqual(codes(text), want);
  });

  it('pairs a renamed entry with its item rather than reporting a missing item and an orphan entry', () => {
    const text = minutes(800, (k) => k !== 5, (k) => (k === 400 ? 'Sag om emne nummer 400 og dens finansiering' : undefined));
    const found = codes(text);
    assert.equal(found.filter((c) => c.startsWith('contents-title')).length, 1);
    assert.equal(found.filter((c) => c.startsWith('contents-missing-item')).length, 1);
    assert.equal(found.filter((c) => c.startsWith('contents-orphan-entry')).length, 0);
  });
});
