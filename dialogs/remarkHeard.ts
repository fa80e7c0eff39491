import type { DialogContext } from './dialogKit';
import { remarkOnly, type Remark } from '../src/language/remarkOnly';
import { openQuestion } from './openQuestion';
import { sayAll } from './say';
import { sessionOf } from './session';

/** What the bot says to a remark at a yes / no question: laughter is smiled at, a story thanked. */
const HEARD: Record<Remark, string> = {
  laughter: 'common:laughHeard',
  story: 'aboutMe:storyHeard',
  moment: 'common:chatterHeard',
};

/**
 * "omg my nan just made chips lol" at "another hope?": neither a yes, a no nor a new item. It is
 * heard kindly (true: the caller asks the same question again) and never kept; false when the
 * message may be an answer, or the open question is not a yes / no one.
 */
export async function remarkHeardAtYesNo(inner: DialogContext, text: string): Promise<boolean> {
  const remark = remarkOnly(text);
  if (!remark) return false;
  const values = (await openQuestion(inner))?.choices?.map((c) => c.value) ?? [];
  if (!values.includes('yes') || !values.includes('no')) return false;
  const session = sessionOf(inner.context);
  await sayAll(inner.context, session.t, [{ key: HEARD[remark] }]);
  return true;
}
