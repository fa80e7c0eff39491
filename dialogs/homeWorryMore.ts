import type { TurnContext } from 'botbuilder';
import { cuckooSignsOf, signsAddUpToCuckooing } from '../src/language/cuckooSigns';
import { normaliseMessage, sentencesOf } from '../src/language/text';
import { sayAll } from './say';
import type { JourneySession } from './session';
import { keepToldAgain } from './safeguardingSaidAfter';
import { SafeguardingText } from './safeguardingText';

/*
 * After a note that someone is using their home ("hes bin stayin at mine for weeks. i sleep on the sofa"), more of it
 * told at a plan question: "i want my bed back. but i dont want mick to be sad", "the sofa is hard to sleep on. and they
 * r loud at nite", "i got no money left cos of the food". Those sentences go with the note, thanked for, never kept as
 * a hope or a hard thing; any other sentence ("i want to be a chef") is still the answer. A measure of the goal ("ill
 * sleep in my bed") tells no sign and stays an answer.
 */

/** "he", "they", "his mates": the people staying, spoken of again, with the home beside them. */
const THEM = /\b(?:he|him|his|hes|they|them|theyre|their|mates|friends|frends)\b/;
const HOME_MATTERS = /\b(?:mine|flat|house|home|sofa|settee|couch|floor|bed|room|food|money|loud|noise|noisy|stay\w*|sad|upset|angry|mad|leave|go)\b/;

/** Feelings for the one staying: "i dont want mick to be sad", "he will be upset", "we might fall out". */
const FEELINGS_FOR_THEM = /\b(?:sad|upset|angry|mad|cross|hurt|fall\s+out|hate\s+me|feelings|lose\s+(?:him|them|my\s+(?:mate|friend))|not\s+(?:be\s+)?(?:my|his)\s+(?:mate|friend))\b/;

/**
 * The words left to answer the open question when sentences told more of a noted worry about their home (those are
 * added to the note and thanked for; '' when nothing is left), or undefined when none did.
 */
export async function homeWorryToldMore(context: TurnContext, session: JourneySession, text: string): Promise<string | undefined> {
  if (text.length > 600 || cuckooSignsOf(text).length === 0) return undefined;
  const flags = (await session.draft())?.flags.filter((f) => !f.takenBackAt && f.category === 'exploitation') ?? [];
  // Only after a note about their home itself: the signs told had added up to someone using it.
  if (flags.length === 0 || !signsAddUpToCuckooing(session.journey.cuckooSigns ?? [])) return undefined;
  const names = (session.journey.flaggedMatters ?? []).filter((m) => m.category === 'exploitation').flatMap((m) => m.names ?? []).map((n) => n.toLowerCase());
  const sentences = sentencesOf(text);
  const aboutTheWorry = (s: string): boolean => {
    const said = normaliseMessage(s).replace(/['’]/g, '');
    if (cuckooSignsOf(s).length > 0) return true;
    const named = names.some((n) => new RegExp(`\\b${n.replace(/[^\p{L}]/gu, '')}\\b`, 'u').test(said));
    return (named || THEM.test(said)) && HOME_MATTERS.test(said);
  };
  // "but i dont want mick to be sad" just after: how they feel about the one staying is part of the same telling.
  const inTold = sentences.map((s, i) => aboutTheWorry(s) || (i > 0 && aboutTheWorry(sentences[i - 1]!) && FEELINGS_FOR_THEM.test(normaliseMessage(s))));
  const told = sentences.filter((_, i) => inTold[i]);
  if (told.length === 0) return undefined;
  await keepToldAgain(session, 'exploitation', told.join(' '));
  await sayAll(context, session.t, [{ key: SafeguardingText.toldMoreAdded }]);
  // "money. i got no money left cos of the food": a word that only names what the telling is about is part of it.
  const toldWords = new Set(normaliseMessage(told.join(' ')).split(' '));
  const rest = sentences.filter((s, i) => !inTold[i] && !normaliseMessage(s).split(' ').every((w) => toldWords.has(w)));
  return rest.join(' ').trim();
}
