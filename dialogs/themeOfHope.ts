import type { ThemeId } from '../src/domain/draft';
import { themeOfStatement, type TimeContext } from '../src/language';

/** Which part of life a hope is about, from the language analysis; null when it cannot tell. */
export function themeOfHope(text: string, context: TimeContext): ThemeId | null {
  return themeOfStatement(text, context);
}
