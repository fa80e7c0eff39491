import { replaceItemText, type Aspiration } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { hopesIn } from '../src/language/hopesInMessage';
import { namesPartOf } from '../src/language/hopeParts';
import { readWordsCut } from '../src/language/wordsCut';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { SPLIT } from './hopesKept';
import { HopesText } from './hopesText';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';

/*
 * "that's wrong. You cut my words. I said one day. Not now." after hopes were read back: the hope
 * cut short gets back its whole words from the message typed before (the question remembers it).
 * The complaint is never kept, and no other hope is touched. With no earlier words to bring back,
 * the hope that has the words is shown, or the person is told how to put the words right.
 */

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The hope cut short, and its whole words from the message typed before; undefined when none is found. */
function cutHope(hopes: readonly Aspiration[], whole: string, said: string): { hope: Aspiration; words: string } | undefined {
  const parts = hopesIn(whole).filter((part) => !said || namesPartOf(part, said));
  for (const part of parts) {
    const hope = hopes.find((a) => namesPartOf(part, a.text) && wordCount(part) > wordCount(a.text) && !hopes.some((b) => b.text === part));
    if (hope) return { hope, words: part };
  }
  return undefined;
}

/** The turn's result when the message says a hope's words were cut; undefined when it does not. */
export async function answerWordsCut(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const cut = readWordsCut(text);
  if (!cut) return undefined;
  const session = sessionOf(inner.context);
  const hopes = (await session.draft())?.aspirations ?? [];
  if (hopes.length === 0) return undefined;
  const whole = session.journey.position?.data?.[SPLIT.whole] ?? '';
  const found = whole ? cutHope(hopes, whole, cut.said) : undefined;
  let said: Words;
  if (found) {
    await session.updateDraft('hope words put back', (d) => replaceItemText(d, found.hope.id, found.words));
    said = { key: HopesText.wordsBack, vars: { hope: quoteOf(found.words) } };
  } else {
    const has = cut.said ? hopes.find((a) => namesPartOf(a.text, cut.said)) : undefined;
    said = has ? { key: HopesText.wordsKept, vars: { hope: quoteOf(has.text) } } : { key: HopesText.wordsAsk };
  }
  await sayAll(inner.context, session.t, [said]);
  return host.reprompt(inner);
}
