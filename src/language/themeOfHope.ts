import { themeOfStatement } from './analyseStatement';
import { namesAJob } from './jobNamed';
import type { ThemeId } from './labels';
import type { TimeContext } from './timeframe';

/** Care of one's own body (toileting, dressing, washing, sleep) is good health and wellbeing (Bristol framework). */
const BODY_CARE = /\b(?:potty|toilet\w*|nappy|nappies|dry\s+(?:at\s+night|in\s+the\s+day)|brush\w*\s+(?:my|his|her|their)\s+teeth|sleep\w*)\b/i;

/** Which part of life a hope is about, from the language analysis; null when it cannot tell. */
export function themeOfHope(text: string, context: TimeContext): ThemeId | null {
  if (BODY_CARE.test(text)) return 'health_and_wellbeing';
  if (namesAJob(text)) return 'learning_and_work';
  return themeOfStatement(text, context);
}
