import { readPolarity } from '../src/language/polarity';
import { Stage, type StageId } from './ids';
import type { JourneySession } from './session';
import type { Words } from './say';

/*
 * What the bot offered with its question: one example ("Tell me one thing, like \"meeting a friend
 * at the park\"") or a choice ("Is that in about 6 months, or by the summer?"). A bare "yes" to one
 * example takes that example as the answer, as if they had typed it. A bare "yes" to a choice of
 * two or more is no answer: they are asked kindly which one they mean.
 */

export const OfferedText = {
  which: 'common:offered.which',
  /** "ok" to one example: it was only an example, so their own words are asked for. */
  ownWords: 'common:offered.ownWords',
} as const;

/** Quoted examples after "like", "For example:", "ideas:" or "mean:": "A", "B" or "C". */
const QUOTED_LIST = /(?:\blike|\bexample:|\bideas:|\bmean:)\s*((?:"[^"]{2,200}"(?:\s*,\s*|,?\s+or\s+))*"[^"]{2,200}")/gi;
const QUOTED = /"([^"]+)"/g;
/** Easy read's unquoted examples: "Like: move into my own place.", "You could say: my support worker comes with me. Or: headphones." */
const UNQUOTED = /(?:\blike|\bsay|\bexample):\s+(?!")([^".?!:]{2,120})[.!]?((?:\s+Or:\s+[^".?!:]{2,120}[.!]?)*)/gi;
const OR_NEXT = /\s+Or:\s+([^".?!:]{2,120})/gi;
/** A question of two choices: "Is that in about 6 months, or by the summer?", "Do you want to stop this outcome, or stop chatting for now?". */
const EITHER_OR = /(?:^|[.!?]\s+)(?:is (?:that|it)|do you want to|would you like to|shall we|shall i)\s+([^?.!"]{2,120}?),\s+or\s+([^?.!"]{2,120})\?/gi;
/** A word's meaning, said with its example ("An outcome is something ... For example: ..."): an explanation, never an offer. */
const MEANING = /^(?:an?|provision)\s+\w+\s+(?:is|means)\s/i;

export interface Offered {
  options: string[];
  either: boolean;
}

/** The examples and choices offered in the bot's messages of one turn. */
export function offeredIn(texts: readonly string[]): Offered | undefined {
  const options: string[] = [];
  let either = false;
  const add = (option: string) => {
    const plain = option.trim().replace(/[.!]+$/, '');
    if (plain && !options.some((o) => o.toLowerCase() === plain.toLowerCase())) options.push(plain);
  };
  for (const text of texts) {
    if (MEANING.test(text.trim())) continue;
    for (const list of text.matchAll(QUOTED_LIST)) {
      const quoted = [...(list[1] ?? '').matchAll(QUOTED)].map((m) => m[1] ?? '');
      if (quoted.length > 1) either = true;
      quoted.forEach(add);
    }
    for (const list of text.matchAll(UNQUOTED)) {
      const more = [...(list[2] ?? '').matchAll(OR_NEXT)].map((m) => m[1] ?? '');
      if (more.length > 0) either = true;
      [list[1] ?? '', ...more].forEach(add);
    }
    for (const choice of text.matchAll(EITHER_OR)) {
      either = true;
      add(choice[1] ?? '');
      add(choice[2] ?? '');
    }
  }
  if (options.length === 0) return undefined;
  return { options: options.slice(0, 8), either: either || options.length > 1 };
}

/**
 * Where an example is a step or a hope to take as one's own. At the welcome ("like \"Year 9\""), the
 * about-me questions ("like \"I'm kind\"") and the review an example only shows the kind of answer,
 * so a "yes" there never takes it.
 */
const OFFERS_CONTENT: ReadonlySet<StageId> = new Set([Stage.hopes, Stage.needs, Stage.outcomes]);

/** Remembers what this turn offered with the question now open; anything offered before is forgotten. */
export async function noteOffered(session: JourneySession, texts: readonly string[]): Promise<void> {
  const at = session.journey.position;
  const offered = at && OFFERS_CONTENT.has(at.stage) && session.journey.consent !== false ? offeredIn(texts) : undefined;
  if (!offered && !session.journey.offered) return;
  await session.updateJourney((j) => ({ ...j, offered: offered && at ? { step: at.step, ...(at.topic ? { topic: at.topic } : {}), ...offered } : undefined }));
}

/**
 * A bare "yes" after an offer: the one example offered, to answer with; or the kind question of
 * which one they mean; "the club one" after a choice, the one it points at. Anything else (or an
 * offer made at another question) is read as usual.
 */
export function takeOffered(session: JourneySession, text: string, answersQuestion = false): { answer: string } | { which: Words } | undefined {
  const offer = session.journey.offered;
  const at = session.journey.position;
  if (!offer || !at || at.step !== offer.step || (at.topic ?? '') !== (offer.topic ?? '')) return undefined;
  // "the club one", "the first": one of the choices, pointed at.
  const picked = offer.either ? pointedAt(offer.options, text) : undefined;
  if (picked) return { answer: picked };
  const single = !offer.either && offer.options.length === 1;
  // "yes that one", "i'll go with that": the one example clearly chosen is their answer.
  if (single && !answersQuestion && CHOSEN.test(text.trim())) return { answer: offer.options[0]! };
  const { answer, rest } = readPolarity(text);
  // A "yes" the open question takes as its answer ("Is that right?") is that answer.
  if (answer !== 'yes' || rest || answersQuestion) return undefined;
  // "ok", "yes", "yeah" to one example ("Like: move into my own place") only hears it: the example is the bot's
  // words, never theirs, so they are asked kindly for their own (and told how to take the example if it is true).
  if (single) return { which: { key: OfferedText.ownWords } };
  // To a choice, "ok" only hears what was said.
  if (ACKNOWLEDGES.test(text.trim())) return undefined;
  return { which: { key: OfferedText.which, vars: { options: listed(offer.options) } } };
}

/** "yes that one", "that one please", "yeah i'll have that one", "yes use that": the example itself is chosen. */
const CHOSEN =
  /^(?:(?:yes|yeah|yep|yh|ye|ok|okay|um+|erm+)[\s,.!]+)?(?:(?:i(?:'ll|ll|\s+will)\s+(?:go\s+with|have|take|pick|choose)|use|pick|choose|go\s+with|i\s+(?:like|want|pick|choose))\s+)?(?:that|this|the\s+example)(?:\s+one)?(?:\s+(?:please|pls|plz|then|thanks))?[\s.!]*$/i;
/** "ok", "okay", "k": heard, not chosen. */
const ACKNOWLEDGES = /^(?:ok(?:ay|ey)?|k+|oki|alright|aight|fine)[\s.!]*$/i;

const ORDINALS: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2 };
/**
 * A short reply that only points at a choice: "the club one", "first one", "the second", "the last
 * one". "get a job first", "college first", "not the first one" or "my own car one day" point at
 * nothing offered.
 */
const POINTER = /^(?:(?:um+|erm+|ok|okay|yes|yeah|ya|yh)\W+)?(?:the\s+|that\s+)?(?:(first|1st|second|2nd|third|3rd|last)(?:\s+one)?|([a-z0-9'-]{3,}(?:\s+[a-z0-9'-]{3,})?)\s+one)\s*(?:please|pls|plz)?[.!]*$/i;

/** The one choice a short pointing reply means, or undefined. */
function pointedAt(options: readonly string[], text: string): string | undefined {
  const pointer = POINTER.exec(text.trim().toLowerCase());
  if (!pointer) return undefined;
  const [, ordinalWord, named] = pointer;
  if (ordinalWord) return options[ordinalWord === 'last' ? options.length - 1 : ORDINALS[ordinalWord]!];
  // "the club one": the one choice that holds the word.
  const words = (named ?? '').split(/\s+/).filter((w) => !/^(?:not|no|this|that|other|same|right|wrong)$/.test(w));
  if (words.length === 0) return undefined;
  const found = options.filter((o) => words.some((w) => new RegExp(`\\b${w.replace(/[^a-z0-9]/g, '')}`, 'i').test(o)));
  return found.length === 1 ? found[0] : undefined;
}

/** "A", "B" or "C". */
function listed(options: readonly string[]): string {
  const quoted = options.map((o) => `"${o}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted.join('');
}
