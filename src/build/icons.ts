// Draws Folio's toolbar icons (a page of text on an ink-blue tile) into icons/: `npx tsx src/build/icons.ts`.
// Colour icons mark "article here"; the grey "-off" set is shown on pages that are not articles.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIZES = [16, 32, 48, 128] as const;
// Subsamples per pixel side: 4×4 gives smooth edges at 16 px.
const SUPERSAMPLE = 4;

type Rgb = readonly [number, number, number];
interface Palette {
  tile: Rgb;
  paper: Rgb;
  ink: Rgb;
}
const COLOUR: Palette = { tile: [0x1f, 0x4e, 0x79], paper: [0xfb, 0xf6, 0xea], ink: [0x1f, 0x4e, 0x79] };
const GREY: Palette = { tile: [0x8a, 0x8f, 0x96], paper: [0xf2, 0xf2, 0xf2], ink: [0x8a, 0x8f, 0x96] };

/** Signed-distance-ish test: is (x, y) inside the rounded rectangle? Coordinates in 0..1. */
function inRoundedRect(
  x: number,
  y: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  r: number,
) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Which layer covers a point: 0 transparent, 1 tile, 2 paper, 3 ink. */
function layerAt(x: number, y: number, size: number): number {
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.22)) return 0;
  // The page: a tall sheet with a folded top-right corner.
  const [pl, pt, pr, pb] = [0.25, 0.15, 0.75, 0.85];
  const fold = 0.14;
  const onPage = inRoundedRect(x, y, pl, pt, pr, pb, 0.04) && !(x - (pr - fold) > y - pt);
  if (!onPage) return 1;
  // The fold itself, drawn in ink so the corner reads at small sizes.
  if (x > pr - fold && y < pt + fold && x - (pr - fold) > y - pt - 0.03) return 3;
  // Lines of text: fewer and thicker when small so they stay distinct.
  const lines = size <= 16 ? [0.36, 0.52, 0.68] : [0.34, 0.45, 0.56, 0.67];
  const half = size <= 16 ? 0.045 : 0.028;
  for (let index = 0; index < lines.length; index++) {
    const lineY = lines[index] ?? 0;
    const right = index === lines.length - 1 ? 0.56 : 0.65;
    if (inRoundedRect(x, y, 0.35, lineY - half, right, lineY + half, half)) return 3;
  }
  return 2;
}

function render(size: number, palette: Palette): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const colours: Rgb[] = [[0, 0, 0], palette.tile, palette.paper, palette.ink];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const layer = layerAt(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
            size,
          );
          if (layer === 0) continue;
          const colour = colours[layer] ?? palette.tile;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        rgba[offset] = Math.round(r / covered);
        rgba[offset + 1] = Math.round(g / covered);
        rgba[offset + 2] = Math.round(b / covered);
      }
      rgba[offset + 3] = Math.round((covered / SUPERSAMPLE ** 2) * 255);
    }
  }
  return rgba;
}

for (const size of SIZES) {
  writeFileSync(path.join(ROOT, `icons/icon-${size}.png`), encodePng(size, size, render(size, COLOUR)));
  writeFileSync(path.join(ROOT, `icons/icon-${size}-off.png`), encodePng(size, size, render(size, GREY)));
}
console.log(`wrote ${SIZES.length * 2} icons to icons/`);
