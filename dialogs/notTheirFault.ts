import type { DialogContext } from './dialogKit';
import { defendsTheChild } from '../src/language/notTheirFault';
import { speaksForThem } from './aboutWhom';
import { sayAll } from './say';
import { SafeguardingText } from './safeguardingText';
import { sessionOf } from './session';

/**
 * A parent's "its not his fault" at a plan question: heard kindly (true: the caller asks the same
 * question again), never kept as an answer nor read as a worry. False for anyone else.
 */
export async function defenceHeard(inner: DialogContext, text: string): Promise<boolean> {
  const session = sessionOf(inner.context);
  if (!defendsTheChild(text) || !speaksForThem(await session.draft())) return false;
  await sayAll(inner.context, session.t, [{ key: SafeguardingText.parentNotTheirFault }]);
  return true;
}
