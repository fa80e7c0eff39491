import { normaliseMessage, sentencesOf } from './text';

/*
 * "take off the last bit about trouble", "remove the sentence about his sister": one sentence of the
 * answer just kept is named by what it is about, to go. The rest of that answer stays as typed; the
 * request is never an answer itself.
 */

export interface SentenceToTakeOff {
  /** The words the sentence is about ("trouble"). */
  about: string;
  /** "the last bit about ...": of several sentences about it, the last (or first) one. */
  which?: 'first' | 'last';
}

const ASKED =
  /^(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|could\s+u|just|ok|okay|oh|and|but|actually)\s+)*(?:take\s+(?:off|out|away)|remove|delete|get\s+rid\s+of|cut(?:\s+out)?|drop|leave\s+out|lose)\s+(?:the|that)\s+(?:(first|last|end|second)\s+)?(?:bit|part|sentence|line)\s+(?:about|on|where\s+(?:i|it)\s+(?:say|says|said)|that\s+says|saying)\s+(.+?)(?:\s+(?:please|pls|plz|thanks|thank\s+you|too))*$/;

/** "take the cousin bit out i dont want that in it": the thing named before "bit", and "out" after it. */
const ASKED_NAMED_FIRST =
  /^(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|could\s+u|just|ok|okay|oh|and|but|actually)\s+)*(?:take|get|cut|leave|keep)\s+(?:the|that)\s+((?:[a-z]+\s+){0,1}[a-z]+)\s+(?:bit|part|sentence|line)\s+(?:out|off|away)(?:\s+(?:of\s+(?:it|there|that)|please|pls|plz))*(?:\s+(?:i\s+dont|i\s+do\s+not)\s+want\s+(?:that|it|this)\s+(?:in\s+(?:it|there|my\s+plan|the\s+plan)|there))?$/;

/** Words that name nothing a sentence is about. */
const SMALL = new Set(['the', 'a', 'an', 'his', 'her', 'my', 'their', 'him', 'she', 'he', 'i', 'it', 'in', 'at', 'of', 'with', 'and', 'being', 'getting', 'gets', 'get']);

/** The sentence asked to be taken off the answer just kept; null when the message asks no such thing. */
export function sentenceToTakeOff(text: string): SentenceToTakeOff | null {
  if (text.length > 160) return null;
  const said = normaliseMessage(text);
  const first = ASKED_NAMED_FIRST.exec(said);
  const asked = ASKED.exec(said);
  if (!asked && !first) return null;
  const about = (asked ? asked[2]! : first![1]!).trim();
  if (aboutWords(about).length === 0 || aboutWords(about).length > 4) return null;
  const which = asked?.[1] === 'first' ? 'first' : asked?.[1] === 'last' || asked?.[1] === 'end' ? 'last' : undefined;
  return { about, ...(which ? { which } : {}) };
}

function aboutWords(about: string): string[] {
  return about.split(' ').filter((w) => w.length > 2 && !SMALL.has(w));
}

/** A sentence names the thing when each of its words starts a word of the sentence ("trouble" in "troubles"). */
function isAbout(sentence: string, about: string): boolean {
  const words = normaliseMessage(sentence).split(' ');
  return aboutWords(about).every((a) => words.some((w) => w.startsWith(a.slice(0, Math.max(4, a.length - 2)))));
}

/**
 * The kept words without the one sentence about the thing named; undefined when the words have only
 * one sentence (then it is the whole answer, not a part of it), none about it, or several and no
 * "first" or "last" to choose between them.
 */
export function withSentenceTakenOff(kept: string, asked: SentenceToTakeOff): string | undefined {
  const sentences = sentencesOf(kept);
  if (sentences.length < 2) return undefined;
  const about = sentences.map((s, i) => (isAbout(s, asked.about) ? i : -1)).filter((i) => i >= 0);
  const gone = asked.which === 'last' ? about.at(-1) : asked.which === 'first' ? about[0] : about.length === 1 ? about[0] : undefined;
  if (gone === undefined) return undefined;
  const left = sentences.filter((_s, i) => i !== gone).join(' ').replace(/\s+([.!?])/g, '$1').trim();
  // "she finds it hard to share. she gets into trouble": typed with no full stop at the end, kept with none.
  return /[.!?]\s*$/.test(kept) ? left : left.replace(/[.!?]+$/, '');
}
