import { replaceItemText } from '../src/domain/draft';
import { joinedAnswer } from '../src/language';
import { saysEndLeftOff } from '../src/language/endLeftOff';
import { hopeWords } from '../src/language/hopeWords';
import { onlyAcknowledges, saysAllIsFine } from '../src/language/onlyAcknowledged';
import { Step } from './ids';
import type { Position } from './journey';
import { HopesText } from './hopesText';
import { hopeReadBack, SPLIT } from './hopesKept';
import { readYesNoReply } from './readReply';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "you missed the last bit" after a hope was read back: the read-back is short, so it looked as if
 * the end was lost. The bot shows the whole hope as kept and asks for any missing words, which are
 * added to that hope. The complaint itself is never kept as a hope, a need or a hard thing.
 */

/** Position note: the hope whose missing words are asked for. */
export const END_FOR = 'endFor';

/** The hope just read back: the last of those one message was cut into, or the newest hope. */
function hopeJustReadBack(position: Position, hopes: readonly { id: string; text: string }[]) {
  const ids = (position.data?.[SPLIT.ids] ?? '').split(',');
  return hopes.filter((a) => ids.includes(a.id)).at(-1) ?? hopes.at(-1);
}

/** The words said to be missing, added to the hope; "no, it's fine now" leaves it as it is. */
async function addMissingWords(session: JourneySession, id: string, text: string): Promise<Next> {
  const draft = await session.draft();
  const hope = draft?.aspirations.find((a) => a.id === id);
  const words = hopeWords(text);
  if (!draft || !hope || !words || readYesNoReply(text).kind === 'no' || saysAllIsFine(text) || onlyAcknowledges(text)) return { goTo: { step: Step.hopesMore } };
  const whole = joinedAnswer(hope.text, words);
  const kept = await session.updateDraft('missing words added to a hope', (d) => replaceItemText(d, id, whole));
  return { say: [hopeReadBack(kept, whole, session.mode)], goTo: { step: Step.hopesMore } };
}

/** "you missed the last bit" at a hopes question, or the missing words asked for then; undefined otherwise. */
export async function hopeEndLeftOff(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const asked = position.data?.[END_FOR];
  if (asked) return addMissingWords(session, asked, text);
  if (!saysEndLeftOff(text)) return undefined;
  const hope = hopeJustReadBack(position, (await session.draft())?.aspirations ?? []);
  if (!hope) return undefined;
  return { say: [{ key: HopesText.endWhole, vars: { hope: hope.text } }], goTo: { step: Step.hopesDream, data: { [END_FOR]: hope.id } } };
}
