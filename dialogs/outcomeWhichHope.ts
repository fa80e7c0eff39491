import { quoteHope } from '../src/language/hopeItself';
import { updateOutcome, type Aspiration, type Draft } from '../src/domain/draft';
import { saysBothHopes } from '../src/language/everyHopeMeant';
import { needIdsFor } from './outcomeThread';
import { hopeNamedBy, pointsAtHope, themeOfWords } from '../src/language';
import { parseNumber } from '../src/language/text';
import { numberBesideWords } from '../src/language/numberBesideWords';
import { placePicked } from '../src/language/listPick';
import { saysOutcomesFinished } from '../src/language/outcomesFinished';
import { saysDone, saysNoMoreOutcomes } from '../src/language/noMoreOutcomes';
import { hopesPickedByWords } from '../src/language/hopePicked';
import { withoutAsking } from '../src/language/withoutAsking';
import { withOneSpelt } from '../src/language/oneSpelt';
import { stepAfterHopeNamed } from '../src/language/stepBesideHope';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { answerOutcomeStep } from './outcomeStepAnswer';
import { OutcomeText as T } from './outcomeText';
import { noMore } from './outcomeNoMore';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { quotedList } from './quotedList';
import { allHopesAsked } from './outcomeWhichAll';

/*
 * "Which hope is it for?" at outcome.another: the hopes the person may have meant, numbered; a number,
 * or words naming one of them, picks it. Asked whenever more than one hope could be meant.
 */

/** Position data at outcome.another: the hopes the person may have meant, asked "which one?". */
export const WHICH = 'which';
/** Position data beside WHICH: asked which hope comes next (nothing said about the step yet). */
export const NEXT = 'next';
/** Position data beside WHICH: the step said with "yes", kept until its hope is chosen. */
export const SAID = 'said';

/** The first hope listed at "which hope?", for a sensible default after two misses. */
export const firstHopeListed = (position: Position): string | undefined => position.data?.[WHICH]?.split(',')[0] || undefined;

function hopesAsked(draft: Draft, data: Record<string, string>): Aspiration[] {
  const ids = (data[WHICH] ?? '').split(',');
  return draft.aspirations.filter((a) => ids.includes(a.id));
}

/** The hopes to choose from, numbered, in the person's own words. */
export function whichHopesList(draft: Draft | undefined, data: Record<string, string>): string {
  return draft ? quotedList(hopesAsked(draft, data).map((h) => quoteHope(h.text)), 'numbered') : '';
}

export const needsOf = (draft: Draft) => (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);

/** One word is no step ("cookin", "the bus"): they can only point at a hope. */
export function namesOnly(words: string): boolean {
  return words.replace(/[^\p{L}\p{N}\s']+/gu, ' ').trim().split(/\s+/).filter((w) => !/^(?:the|a|an|my|for|one|about|ye|yes|yeah|yep|ok|okay)$/i.test(w)).length <= 1;
}

/** "Which hope is it for?" (or "which next?"): a number, or words naming one of them; a step said before is then its answer. */
export async function answerWhich(session: JourneySession, position: Position, draft: Draft, typed: string): Promise<Next> {
  // "ok do be fit 1": the hope named, "1" typed for "one"; "1" alone or "number 1" is still the number.
  const text = withOneSpelt(typed);
  const plain = text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[.!]+$/, '');
  // A number picks a hope here, never the yes/no button of that number.
  if (saysOutcomesFinished(text)) return noMore(session, { ...position, data: {} }, draft, true);
  if (saysNoMoreOutcomes(plain)) return noMore(session, { ...position, data: {} }, draft, saysDone(plain));
  const all = allHopesAsked(position, draft, text, WHICH);
  if (all) return all;
  // "maybe both": every hope listed; the step is made for the first, linked to the others by their needs, and "both" is kept nowhere.
  if (saysBothHopes(text)) return forEveryHope(session, position, draft);
  // "cba with the stress one": that hope is skipped, and the others are offered (the one left is asked at once).
  const refused = TURNED_DOWN.test(plain) ? whichChosen(draft, position.data ?? {}, plain.replace(TURNED_DOWN, '')) : undefined;
  const others = refused ? hopesAsked(draft, position.data ?? {}).filter((h) => h.id !== refused.id) : [];
  if (others.length === 1) return { goTo: { step: Step.outcomeStep, topic: others[0]!.id, data: {} } };
  if (others.length > 1) return { goTo: { ...position, data: { ...position.data, [WHICH]: others.map((h) => h.id).join(',') } } };
  // "yes the school one" with two school hopes listed: only those two are asked about.
  const asked = hopesAsked(draft, position.data ?? {});
  const alike = hopesPickedByWords(text, asked);
  if (alike.length > 1 && alike.length < asked.length) return { goTo: { ...position, data: { ...position.data, [WHICH]: alike.map((h) => h.id).join(',') } } };
  // "3, the chef one": the number and the words are both read; when they point at two hopes, the bot asks which.
  const both = numberAndWords(draft, position, text);
  if (both && 'ask' in both) return both.ask;
  const chosen = both?.hope ?? whichChosen(draft, position.data ?? {}, text);
  // "number 3" when only 2 are listed: how many there are, and the same list again.
  const count = asked.length;
  const n = numberSaid(text);
  if (!chosen && n !== null && n > count) return { say: [{ key: T.onlyHopes, vars: { count } }], goTo: position };
  // "yes the cafe one. help in the canteen?": the hope, then its step; the step is the answer, never asked for again.
  const split = position.data?.[SAID] ? undefined : stepAfterHopeNamed(text);
  const pointed = split ? whichChosen(draft, position.data ?? {}, split.hope) : undefined;
  if (split && pointed && (!chosen || chosen.id === pointed.id)) return answerOutcomeStep(session, { stage: Stage.outcomes, step: Step.outcomeStep, topic: pointed.id, data: {} }, split.step);
  if (!chosen) return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  const said = position.data?.[SAID];
  const at: Position = { stage: Stage.outcomes, step: Step.outcomeStep, topic: chosen.id, data: {} };
  return said ? answerOutcomeStep(session, at, said) : { goTo: at };
}

/** The step said is made for the first hope listed, with the needs of every hope listed; with no step said, the first hope's question. */
async function forEveryHope(session: JourneySession, position: Position, draft: Draft): Promise<Next> {
  const hopes = hopesAsked(draft, position.data ?? {});
  const said = position.data?.[SAID];
  const first = hopes[0];
  if (!first) return { goTo: position };
  const at: Position = { stage: Stage.outcomes, step: Step.outcomeStep, topic: first.id, data: {} };
  if (!said) return { goTo: at };
  const before = new Set(draft.outcomes.map((o) => o.id));
  const next = await answerOutcomeStep(session, at, said);
  await session.updateDraft('outcome linked to every hope named', (d) => {
    const made = d.outcomes.find((o) => !before.has(o.id));
    if (!made) return d;
    const needIds = [...new Set([...made.needIds, ...hopes.flatMap((h) => needIdsFor(d, h.id, made.statement))])];
    return updateOutcome(d, made.id, { needIds });
  });
  return next;
}

/** The hope a number and words said together pick, or "which one?" when they pick two. */
function numberAndWords(draft: Draft, position: Position, text: string): { hope: Aspiration } | { ask: Next } | undefined {
  const said = numberBesideWords(text);
  if (!said) return undefined;
  const data = position.data ?? {};
  const asked = hopesAsked(draft, data);
  const byNumber = said.number >= 1 && said.number <= asked.length ? asked[said.number - 1] : undefined;
  const byWords = whichChosen(draft, data, said.words);
  if (byNumber && byWords && byNumber.id !== byWords.id) {
    const vars = { number: said.number, numbered: quoteHope(byNumber.text), named: quoteHope(byWords.text) };
    return { ask: { say: [{ key: T.numberOrWords, vars }], goTo: { ...position, data: { ...data, [WHICH]: [byNumber.id, byWords.id].join(',') } } } };
  }
  const hope = byWords ?? byNumber;
  return hope ? { hope } : undefined;
}

export function whichChosen(draft: Draft, data: Record<string, string>, text: string): Aspiration | undefined {
  const asked = hopesAsked(draft, data);
  // "the 2nd i think", "number 2 i guess": the place said with a shrug around it is still the place.
  const n = numberSaid(text) ?? placePicked(text, asked.length) ?? null;
  if (n !== null && n >= 1 && n <= asked.length) return asked[n - 1];
  const picked = hopesPickedByWords(text, asked);
  if (picked.length > 1) return undefined;
  if (picked[0]) return picked[0];
  const named = hopeNamedBy(text, asked, needsOf(draft));
  if (named.hope) return named.hope;
  // "work", "the health one": a part of life that only one of the hopes asked about is in.
  const theme = themeOfWords(text);
  const byTheme = theme && namesOnly(withoutAsking(text)) ? asked.filter((h) => h.theme === theme) : [];
  if (byTheme.length === 1) return byTheme[0];
  // A hope not in the list, named clearly, is still theirs.
  const other = hopeNamedBy(text, draft.aspirations, needsOf(draft));
  return other.hope && pointsAtHope(text) ? other.hope : undefined;
}

/** "cba with", "not the", "skip", "dont want": a hope turned down, named after it. */
const TURNED_DOWN = /^(?:(?:nah|no|ugh|um+)[\s,]+)*(?:cba|cant\s+be\s+bothered|can't\s+be\s+bothered|not|skip|dont\s+want|don't\s+want|i\s+dont\s+want|i\s+don't\s+want|leave|forget)(?:\s+(?:with|to\s+do|doing))?\s+/;

/** "number 3", "3", "the third one": the number said alone; null when none is. */
function numberSaid(text: string): number | null {
  const plain = text.trim().toLowerCase().replace(/[.!?]+$/, '');
  const numbered = /^(?:(?:number|no|the)\s+)?(\w+)(?:\s+one)?$/.exec(plain);
  return numbered ? parseNumber(numbered[1] ?? '') : null;
}

/** "Which hope ...?" with the hopes to choose from, numbered. */
export function askWhich(position: Position, draft: Draft, hopes: readonly Aspiration[], extra: Record<string, string>): Next {
  const topic = position.topic ?? draft.outcomes.at(-1)?.aspirationId;
  return { goTo: { step: Step.outcomeAnother, ...(topic ? { topic } : {}), data: { [WHICH]: hopes.map((h) => h.id).join(','), ...extra } } };
}
