import type { DialogContext, DialogTurnResult } from './dialogKit';
import { bringBackEarlierWords, type Draft } from '../src/domain/draft';
import { readBothHopesWanted } from '../src/language/bothHopes';
import { asksToPutBack } from '../src/language/putBack';
import { quoteHopeIn } from '../src/language/hopeItself';
import { namesPartOf } from '../src/language/hopeParts';
import type { ChatHost } from './chatTalk';
import { Stage } from './ids';
import { quotedList } from './quotedList';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "u replaced happy and have friends!! i wanted BOTH": a hope whose words were replaced by a later
 * answer keeps its earlier words (see replaceItemText), so they come back as a hope of their own
 * beside the new one, and the bot says both hopes back. The open question is asked again; nothing
 * of the message is kept as an answer.
 */

export const BothHopesText = { bothKept: 'hopes:bothKept' } as const;

type Hope = Draft['aspirations'][number];

/** The replaced hope meant, with the earlier words to bring back; undefined when none fits. */
function replacedHope(hopes: readonly Hope[], about: string | null, topic: string | undefined): { hope: Hope; earlier: string } | undefined {
  const replaced = hopes.filter((a) => a.earlierWords?.length);
  if (about) {
    for (const hope of replaced) {
      const earlier = [...hope.earlierWords!].reverse().find((w) => namesPartOf(w, about));
      if (earlier) return { hope, earlier };
    }
  }
  // Not named (or named loosely): the hope asked about now, else the only one that was replaced.
  const hope = replaced.find((a) => a.id === topic) ?? (replaced.length === 1 ? replaced[0] : undefined);
  return hope ? { hope, earlier: hope.earlierWords!.at(-1)! } : undefined;
}

/** The turn's result when the message wanted a replaced hope back; undefined when it did not. */
export async function bringBackBothHopes(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage === Stage.welcome || at.stage === Stage.aboutMe) return undefined;
  // "put it back how it was" after a change at the review: that change undone (lastReviewChange), not both hopes kept.
  if (at.stage === Stage.review && session.journey.lastReviewChange && asksToPutBack(text)) return undefined;
  const said = readBothHopesWanted(text);
  if (!said) return undefined;
  // A bare "i want both" at an outcome or the review may answer its own question ("both hopes").
  if (!said.replaced && !said.about && (at.stage === Stage.outcomes || at.stage === Stage.review)) return undefined;
  const draft = await session.draft();
  const found = draft ? replacedHope(draft.aspirations, said.about, at.topic) : undefined;
  if (!found) return undefined;
  await session.updateDraft('replaced hope brought back', (d) => bringBackEarlierWords(d, found.hope.id, found.earlier));
  const hopes = quotedList([found.earlier, found.hope.text].map((t) => quoteHopeIn(t, session.mode)));
  await sayAll(inner.context, session.t, [{ key: BothHopesText.bothKept, vars: { hopes: `\n${hopes}` } }]);
  return host.reprompt(inner);
}
