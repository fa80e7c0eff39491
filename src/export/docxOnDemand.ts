import type { Draft } from '../domain/draft';
import type { ExportOptions } from './exportModel';

/**
 * The Word rendering, with the docx library behind it, loaded on the first download instead of at
 * start-up: the chat's first reply never waits for it.
 */
export async function renderDocx(draft: Draft, options: ExportOptions): Promise<Buffer> {
  const { renderDocx: render } = await import('./docx.js');
  return render(draft, options);
}
