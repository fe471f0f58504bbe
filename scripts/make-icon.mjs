// Draws images/icon.png (128×128): a page of minutes with a green check mark on a blue tile.
// Plain Node (zlib + CRC32), so the icon can be regenerated anywhere: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const px = Buffer.alloc(N * N * 4);
const set = (x, y, [r, g, b, a = 255]) => px.set([r, g, b, a], (y * N + x) * 4);

/** Signed distance helpers, evaluated at pixel centres; coverage gives cheap anti-aliasing. */
const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(dx, dy) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};
const cover = (d) => Math.max(0, Math.min(1, 0.5 - d));
const mix = (c0, c1, t) => c0.map((v, i) => Math.round(v + (c1[i] - v) * t));

const BLUE = [31, 95, 168, 255];
const PAGE = [255, 255, 255, 255];
const LINE = [160, 176, 196, 255];
const GREEN = [46, 160, 67, 255];
for (let y = 0; y < N; y++) {
  for (let x = 0; x < N; x++) {
    const cx = x + 0.5, cy = y + 0.5;
    let c = [0, 0, 0, 0];
    c = mix(c, BLUE, cover(roundRect(cx, cy, 4, 4, 124, 124, 22)));
    // The page, with its top-right corner folded.
    const fold = cx + (20 - cy) > 96 - 20 + 0 && cx > 76 && cy < 40 ? 1 : 0;
    const page = cover(roundRect(cx, cy, 28, 18, 100, 112, 6)) * (cx - 82 > cy - 18 ? 0 : 1);
    c = mix(c, PAGE, page);
    if (fold && cx - 82 <= cy - 18 && cx >= 82 && cy <= 36) c = mix(c, [214, 224, 236, 255], 1);
    // Text lines.
    for (const [ly, lx1] of [[34, 70], [48, 86], [60, 86], [72, 66]]) {
      c = mix(c, LINE, cover(segment(cx, cy, 40, ly, lx1, ly) - 2.5));
    }
    // Check mark.
    const check = Math.min(segment(cx, cy, 56, 90, 68, 101), segment(cx, cy, 68, 101, 92, 74)) - 5;
    c = mix(c, GREEN, cover(check));
    set(x, y, c);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) px.copy(raw, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
