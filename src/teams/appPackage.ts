import JSZip from 'jszip';
import type { AppIcons } from './icons';
import { ICON_FILES, type TeamsManifest } from './manifest';

/** The zip Teams accepts: manifest.json and the two icons at its root, nothing else. */
export async function buildAppPackage(manifest: TeamsManifest, icons: AppIcons): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the zip identical for identical inputs, so a rebuild shows no change.
  const date = new Date('2024-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file(ICON_FILES.color, icons.color, { date });
  zip.file(ICON_FILES.outline, icons.outline, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
