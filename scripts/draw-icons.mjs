// Rasterises assets/icon.svg into the PNGs the manifest and README use (assets/icon-<size>.png).
// resvg renders offline from an npm package (no browser, no system library); the SVG is drawn on a
// 16-unit grid, so every size here is a whole multiple and the bars keep crisp edges.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');

for (const size of [16, 32, 64, 80, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render().asPng();
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, png);
  console.log(`${file} (${size}×${size}, ${png.length} bytes)`);
}
