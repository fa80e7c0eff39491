import { addNeed, type Aspiration, type Draft, type Need } from '../src/domain/draft';
import { needSection, quoteNeed, quoteOf, placeOfDays } from '../src/language';
import { wordsAsTyped } from '../src/language/text';
import { hopeWordsMatched, namesNeed, readSameAsBefore, readSameAsHope } from '../src/language/sameAsBefore';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import type { Words } from './say';

/*
 * "same as before, the reading and changes" at "what makes this hard?" for another hope: the
 * needs already given (those named, else those of the hope before) are linked to this hope too,
 * and the bot says which. Words that name nothing kept are kept as a new need.
 */

const LINKED = 'needs:sameAsBefore.linked';
const ALREADY = 'needs:sameAsBefore.already';
/** The new hard thing said beside those linked. */
const ALSO_NEW = 'needs:sameAsBefore.alsoNew';
/** "same as the artist one" where that hope has no hard things kept yet. */
const NOT_KEPT_YET = 'common:chatTalk.notKeptYet';
/** "can u just join them together": the hopes are joined at the review, where every hope is seen. */
const JOIN_LATER = 'needs:sameAsBefore.joinLater';

/** "the reading like i said" about a need this hope has already: nothing new is kept. */
function alreadyHere(draft: Draft, hopeId: string, named: readonly string[]): Need[] {
  return named.length > 0 ? draft.needs.filter((n) => n.aspirationIds.includes(hopeId) && namesNeed(named, n.text)) : [];
}

/** The needs said before this hope's turn: those named, else those of the hope before (or all). */
function earlierNeeds(draft: Draft, hopeId: string, named: readonly string[]): Need[] {
  const others = draft.needs.filter((n) => !n.aspirationIds.includes(hopeId));
  if (named.length > 0) return others.filter((n) => namesNeed(named, n.text));
  const order = draft.aspirations.map((a) => a.id);
  const before = order.slice(0, Math.max(0, order.indexOf(hopeId))).reverse().find((id) => others.some((n) => n.aspirationIds.includes(id)));
  return before ? others.filter((n) => n.aspirationIds.includes(before)) : others;
}

/**
 * Read before talk about the chat, so "same as before" is never heard as a complaint when there is
 * something from before to link; with nothing yet, it is talk about the chat as before.
 */
export async function pointsAtEarlierNeeds(session: JourneySession, at: Position, text: string): Promise<boolean> {
  const same = readSameAsBefore(text);
  if ((at.step !== Step.needsBarrier && at.step !== Step.needsMore) || !at.topic || same === null) return false;
  const draft = await session.draft();
  return (draft?.needs ?? []).some((n) => !n.aspirationIds.includes(at.topic!)) || (draft ? alreadyHere(draft, at.topic, same.named).length > 0 : false);
}

/** "i get anxious in big groups. and money": the parts of the words, each to be matched on its own. */
function partsOf(rest: string): string[] {
  // "same as college really, plus i dont know how you get into it": "plus" starts a new part too.
  return rest.split(/\s*(?:[,.;]|\band\b|\bplus\b)\s*/).map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * What the words after "same as before" name: earlier needs they name (by their words), and the
 * parts that name none, which are new. "same as before and also X" is all of before, besides X.
 */
function whatIsNamed(draft: Draft, hopeId: string, named: readonly string[], rest: string, besides: boolean): { linked: Need[]; fresh: string } {
  if (named.length === 0) return { linked: earlierNeeds(draft, hopeId, []), fresh: '' };
  const linked: Need[] = [];
  const fresh: string[] = [];
  let linkedAfterFresh = false;
  for (const [i, part] of partsOf(rest).entries()) {
    const words = readSameAsBefore(`same as before ${part}`)?.named ?? [];
    // "same as the talking really, and ...": the first words may name the hope, not its hard thing.
    const found = words.length > 0 ? earlierNeeds(draft, hopeId, words) : [];
    const ofHope = found.length === 0 && i === 0 && !besides ? needsOfHopeWords(draft, hopeId, words) : [];
    if (found.length + ofHope.length > 0) {
      linked.push(...[...found, ...ofHope].filter((n) => !linked.includes(n)));
      linkedAfterFresh ||= fresh.length > 0;
    } else if (words.length > 0) fresh.push(part);
  }
  // Any fresh part keeps the whole of what followed in their order, unless some of it was linked;
  // fresh parts side by side keep the words between them ("mostly, lines up his trains").
  const span = fresh.length > 0 && !linkedAfterFresh ? rest.slice(rest.indexOf(fresh[0]!), rest.lastIndexOf(fresh.at(-1)!) + fresh.at(-1)!.length) : '';
  const freshText = fresh.length === 0 ? '' : linked.length === 0 ? rest : span || fresh.join(' and ');
  const before = besides ? earlierNeeds(draft, hopeId, []).filter((n) => !linked.includes(n)) : [];
  return { linked: [...before, ...linked], fresh: freshText };
}

/** Their own words, with the pointer left out, to be kept as a new need the usual way. */
export interface OwnWords {
  ownWords: string;
  /** Said before the usual reply to a need kept. */
  say?: Next['say'];
}

export async function sameNeedsAgain(session: JourneySession, position: Position, text: string): Promise<Next | OwnWords | undefined> {
  const hopeId = position.topic;
  const said = hopeId ? readSameAsBefore(text) : null;
  const draft = await session.draft();
  const hope = draft?.aspirations.find((a) => a.id === hopeId);
  if (!said || !hopeId || !draft || !hope) return undefined;
  // "i said gym alredy" at the gym hope: the words name this hope itself, so they point at what was said before, all of it.
  const same = said.named.length > 0 && hopeWordsMatched(said.named, hope.text) === said.named.length ? { named: [], rest: '', besides: false } : said;
  // "its the same as the artist one": that hope's hard things (or, when no hope has those words, the hope before's).
  const asHope = readSameAsHope(text);
  const { linked, fresh: freshWords } = asHope ? { linked: needsOfHopeNamed(draft, hopeId, asHope.hope), fresh: asHope.rest } : whatIsNamed(draft, hopeId, same.named, same.rest, same.besides);
  // Their new words as typed, commas and all ("he plays on his own mostly, lines up his trains").
  const fresh = wordsAsTyped(text, freshWords);
  const join: Words[] = asHope?.join ? [{ key: JOIN_LATER }] : [];
  // "yes the reading like i said" about this hope's own need: it is kept already, and not again.
  const here = linked.length === 0 ? alreadyHere(draft, hopeId, same.named) : [];
  if (here.length > 0) {
    const list = here.map((n) => `"${quoteNeed(n.text)}"`).join(', ');
    return { say: [{ key: ALREADY, vars: { needs: list } }], goTo: { step: Step.needsMore, topic: hopeId } };
  }
  // "same as b4 i get anxious in big groups": words that name nothing said before are new, and
  // nothing is linked that they do not name. "as b4" is never part of them.
  if (linked.length === 0 && asHope && !fresh) return { say: [{ key: NOT_KEPT_YET }, ...join], goTo: position };
  if (linked.length === 0) return fresh ? { ownWords: fresh, say: join } : undefined;
  let freshId: string | undefined;
  await session.updateDraft('needs linked to another hope', (d) => {
    const withLinks = { ...d, needs: d.needs.map((n) => (linked.some((l) => l.id === n.id) ? { ...n, aspirationIds: [...n.aspirationIds, hopeId] } : n)) };
    if (!fresh) return withLinks;
    const added = addNeed(withLinks, fresh, [hopeId], needSection(fresh, placeOfDays(d)));
    freshId = added.need.id;
    return added.draft;
  });
  const list = linked.map((n) => `"${quoteNeed(n.text)}"`).join(', ');
  const alsoNew: Words[] = fresh ? [{ key: ALSO_NEW, vars: { need: `"${quoteNeed(fresh)}"` } }] : [];
  // A new hard thing beside the linked ones: what helps with it is asked next.
  const goTo: Omit<Position, 'stage'> = freshId ? { step: Step.needsHelps, topic: hopeId, data: { need: freshId } } : { step: Step.needsMore, topic: hopeId };
  return { say: [{ key: LINKED, vars: { needs: list } }, ...alsoNew, ...join], goTo };
}

/** The other hope these words name best ("the talking" names "to talk more"), if any. */
function hopeNamed(draft: Draft, hopeId: string, named: readonly string[]): Aspiration | undefined {
  const scored = draft.aspirations.filter((a) => a.id !== hopeId).map((a) => ({ a, score: hopeWordsMatched(named, a.text) }));
  return scored.filter((s) => s.score > 0).sort((x, y) => y.score - x.score)[0]?.a;
}

/** The hard things of the hope these words name, not yet linked here; none when no hope is named. */
function needsOfHopeWords(draft: Draft, hopeId: string, named: readonly string[]): Need[] {
  const best = named.length > 0 ? hopeNamed(draft, hopeId, named) : undefined;
  return best ? draft.needs.filter((n) => n.aspirationIds.includes(best.id) && !n.aspirationIds.includes(hopeId)) : [];
}

/** The hard things of the hope whose words are named ("artist" names "be an artist"); else those of the hope before. */
function needsOfHopeNamed(draft: Draft, hopeId: string, named: readonly string[]): Need[] {
  return hopeNamed(draft, hopeId, named) ? needsOfHopeWords(draft, hopeId, named) : earlierNeeds(draft, hopeId, []);
}
