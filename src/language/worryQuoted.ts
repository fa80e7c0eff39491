import { concernByRules, detectConcern, detectConcernWithReading } from './concern';
import { normaliseMessage } from './text';

/*
 * "Which thing sounded worrying? Was it my stepbrother?", "why did you ask if im ok", "what did i say that
 * was worrying": after "Are you OK?" or a note, people ask what the chat heard. The honest answer quotes
 * their own words, at most twelve of them, from the part of the message read as the worry.
 */

/** Asking which words or thing sounded worrying, or why they were asked if they are OK. */
const ASKS_WHAT_WORRIED =
  /\b(?:what|wat|wot|which|wich|whats|wats)\s+(?:\w+\s+){0,2}?(?:sounded|sounds|sound|seemed|seems|was|is|were)\s+(?:so\s+|that\s+)?(?:worrying|worryin|worried|bad|hard|wrong|concerning|scary)\b|\b(?:what|wat|wot|which|wich)\s+(?:did\s+)?(?:i|id)\s+(?:say|said|write|wrote|type|typed)\s+(?:that\s+|which\s+|thats\s+|what\s+)?(?:was\s+|is\s+|sounded\s+|sounds\s+|seemed\s+)?(?:so\s+)?(?:worrying|worried|bad|hard|wrong|concerning|scary)\b|\b(?:what|wat|wot|which|wich)\s+(?:bit|part|thing|words?|one)\s+(?:worried|worries|concerned|scared)\s+(?:you|u)\b|\bwhy\s+(?:did|do|does|would)\s+(?:you|u|it)\s+(?:ask|asked|say|think)\s+(?:me\s+)?(?:if|whether|that|am)\s+(?:im|i\s+am|i\s+m|i\s+was|i)\s+(?:ok|okay|alright|all\s+right|safe|fine|in\s+danger|not\s+ok)\b|\bwhy\s+(?:did|do|does)\s+(?:you|u|it)\s+(?:think|say)\s+(?:that\s+|it\s+|something\s+)?(?:was\s+|is\s+|sounded\s+|sounds\s+)?(?:worrying|hard|bad)\b|\bwhy\s+(?:is|was)\s+(?:that|it|this)\s+(?:worrying|a\s+worry)\b/;

/** A guess beside the question ("was it my stepbrother?", "is it cos of the library thing"): part of the same question. */
const A_GUESS = /^(?:(?:was|is|wos|iz)\s+(?:it|that)\s+|(?:cos|because|coz|bc)\s+(?:of\s+)?)/;

/** Whether the message asks what sounded worrying, each sentence of it being that question or a guess at its answer. */
export function asksWhatSoundedWorrying(text: string): boolean {
  if (text.length > 200) return false;
  const sentences = text.split(/(?<=[?.!…])\s*|\n+/).map((s) => normaliseMessage(s)).filter((s) => /\p{L}/u.test(s));
  if (sentences.length === 0 || !sentences.some((s) => ASKS_WHAT_WORRIED.test(s))) return false;
  const guesses = sentences.filter((s) => !ASKS_WHAT_WORRIED.test(s));
  // A guess that itself tells of harm ("was it cos my stepbrother hits me") is a disclosure, read as one elsewhere.
  if (guesses.some((s) => concernByRules(s) || detectConcern(s).sure)) return false;
  return guesses.every((s) => A_GUESS.test(s) || /^(?:but|and|so|ok|okay|um|erm|hmm|wait|sorry|huh|what)$/.test(s));
}

const MAX_WORDS = 12;

/**
 * The words of the message the chat heard as worrying, at most twelve and as typed: the sentence or clause
 * read as the worry (the most likely, when several are), cut to the words around the worry when long.
 */
export function worryingWordsOf(message: string): string {
  const pieces = message
    .split(/(?<=[.!?…;])\s+|\n+|,\s+/)
    .map((p) => p.trim().replace(/^[\s,.;:-]+|[\s,.;:-]+$/g, ''))
    .filter((p) => /\p{L}{2,}/u.test(p));
  if (pieces.length === 0) return '';
  let best = pieces[0]!;
  let score = -1;
  for (const piece of pieces) {
    const { concern, reading } = detectConcernWithReading(piece);
    const value = (reading.rule ? 2 : 0) + (concern.concern ? 1 : 0) + reading.probability;
    if (value > score) {
      score = value;
      best = piece;
    }
  }
  const words = best.replace(/^(?:and|but|so|or|because|cos|coz)\s+/i, '').split(/\s+/);
  return words.length <= MAX_WORDS ? words.join(' ') : `${words.slice(0, MAX_WORDS).join(' ')}…`;
}
