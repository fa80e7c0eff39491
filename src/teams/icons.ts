import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Sizes Teams asks for: a full-colour icon and a white-on-transparent outline for the app bar. */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

export const ICON_SOURCE = path.join(__dirname, 'icon.svg');

export interface AppIcons {
  color: Buffer;
  outline: Buffer;
}

const BACKGROUND = /<rect\b[^>]*\bid="background"[^>]*\/>/;

/**
 * Both icons come from one SVG so they never drift apart. The outline is the same drawing without
 * its background (the glyph is already white), cropped to the glyph because Teams shows it small.
 */
export function renderIcons(svg: string = readFileSync(ICON_SOURCE, 'utf8')): AppIcons {
  if (!BACKGROUND.test(svg)) throw new Error('icon.svg needs a <rect id="background" .../> for the outline icon to drop');
  const color = new Resvg(svg, { fitTo: { mode: 'width', value: COLOR_ICON_SIZE }, font: { loadSystemFonts: false } }).render().asPng();

  const glyphOnly = svg.replace(BACKGROUND, '');
  const box = new Resvg(glyphOnly, { font: { loadSystemFonts: false } }).getBBox();
  if (!box) throw new Error('icon.svg has nothing to draw besides its background');
  const side = Math.max(box.width, box.height);
  const viewBox = [box.x - (side - box.width) / 2, box.y - (side - box.height) / 2, side, side].map((n) => n.toFixed(2)).join(' ');
  const cropped = glyphOnly.replace(/<svg\b[^>]*>/, (open) =>
    open
      .replace(/\sviewBox="[^"]*"/, '')
      .replace(/\swidth="[^"]*"/, '')
      .replace(/\sheight="[^"]*"/, '')
      .replace(/>$/, ` width="${side}" height="${side}" viewBox="${viewBox}">`),
  );
  const outline = new Resvg(cropped, { fitTo: { mode: 'width', value: OUTLINE_ICON_SIZE }, font: { loadSystemFonts: false } }).render().asPng();
  return { color, outline };
}
