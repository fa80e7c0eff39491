import type { ThemeId } from '../src/domain/draft';
import { analyseStatement, type TimeContext } from '../src/language';

/** Which part of life a hope is about, from the language analysis; null when it cannot tell. */
export function themeOfHope(text: string, context: TimeContext): ThemeId | null {
  return analyseStatement(text, context).theme;
}
