import { fieldsIn, type OutcomeField } from './outcomeField';

/*
 * A long reply to the read-back of an outcome, read sentence by sentence: "That doesn't sound
 * right, 'Alfie will what he'd be doing? I suppose' - that's me asking you a question! Can it say:
 * Alfie will ask for things he wants", "Better thanks. But it says September then July 2027 in
 * brackets which is confusing?", "It's still missed out Jo writing it down but ok, I'll go with
 * that. Yes". Thanks, sorries, questions and complaints are talk; only a sentence in the outcome's
 * own voice ("Alfie will ...", "I will ...") is new wording; a part named ("the how everyone will
 * know bit", "the date", "the brackets") is the part to change; a yes at the end agrees.
 */

export type ReadBackPart = 'step' | 'when' | 'measure';

export type ReadBackReply =
  /** New words for the sentence, without the talk around them; `parts`: other parts named beside them. */
  | { kind: 'wording'; words: string; parts: ReadBackPart[] }
  /** It ends in a yes; `request`: something was asked or said about it first. */
  | { kind: 'yes'; request: boolean }
  /** A part to change, with its new words when given ("Can the date just say September 2027"). */
  | { kind: 'part'; part: ReadBackPart; words?: string }
  /** Only talk: questions, complaints, thanks. Nothing in it is the outcome's words. */
  | { kind: 'talk' };

const MAX_CHARS = 800;

/** A yes that closes the message: "Yes", "ok, I'll go with that", "fine, leave it as it is", "ugh whatever yes". */
const CLOSING_YES =
  /^(?:(?:but|and|so|oh|well|ok|okay|fine|alright|right|yes|yeah|yep|go\s+on\s+then|ugh+|urgh+|whatever|meh)[\s,.!]+)*(?:(?:yes|yeah|yep|yup|ok|okay|fine|alright)(?:[\s,.!]+(?:please|thanks|thank\s+you|that'?s\s+(?:fine|ok|okay|right|good)|it'?s\s+(?:fine|ok|okay|right|good)))*|(?:i'?ll|i\s+will|we'?ll|we\s+will|let'?s|i\s+can)\s+(?:go|live|stick)\s+with\s+(?:that|it|this)(?:\s+(?:one|then|for\s+now))*|(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:fine|ok|okay|good\s+enough|close\s+enough)(?:\s+(?:then|for\s+now))*|leave\s+it\s+(?:as\s+it\s+is|like\s+that))[\s,.!]*$/i;

/** Thanks, sorry and remarks on themselves: never the outcome's words. */
const CHAT =
  /^(?:(?:oh|ah|um+|erm|hmm+|ok|okay|well|so|and|but)[\s,]+)*(?:(?:much\s+)?better|great|lovely|brilliant|perfect|good)?[\s,!]*(?:thanks?|thank\s+you|cheers|ta)\b|^(?:(?:oh|ah|um+|erm|well|so|and|but)[\s,]+)*(?:sorry|i'?m\s+sorry|apologies)\b|^(?:(?:oh|ah|so|and|but)[\s,]+)*i'?m\s+(?:not\s+(?:very\s+)?good|rubbish|useless|hopeless|confused|a\s+bit|really|so)\b|^(?:(?:oh|ah)[\s,]+)*(?:(?:much\s+)?better|great|lovely|brilliant|nearly|almost|closer)(?:\s+(?:now|thanks|thank\s+you))?[\s,.!]*$|^oh\s+(?:no|dear|god|gosh)\b/i;

/** The bot got something wrong: "that doesn't sound right", "it's missed the important bit", "you've changed the wrong bit". */
const COMPLAINT =
  /\b(?:(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:sound|look|read|seem)\s+right|not\s+(?:right|what\s+i\s+(?:said|meant|asked|typed|wanted))|wrong|rong|worng|muddled|mixed\s+up|messed\s+up|confusing|confused|(?:missed|left|lost)\s+(?:out|off)?|missing|lost|you\s+(?:didn'?t|did\s+not|haven'?t|never)|you'?ve\s+(?:changed|missed|lost|left|put|got)|that'?s\s+me\s+asking|i\s+(?:only\s+)?(?:wanted|meant|asked)\b)/i;

/** A question asked of the bot. */
/** "do a bike course at college" is a step; "do you mean ..." asks. */
const QUESTION = /\?\s*$|^(?:(?:and|but|so|ok|also)\s+)*(?:what|who|how|why|where|which|is|are|does|did|do(?=\s+(?:you|u|i|we|they|he|she|it|people|that|this)\b)|will|would|should|could)\b(?!.*\b(?:say|read|be)\s*:)/i;

/** "Can it say:", "it should say", "the first part should be", "I want it to say": new words follow. */
const WORDING_LEAD =
  /^(?:.*?\b)?(?:(?:can|could)\s+(?:it|you\s+make\s+it|you\s+put)\s+(?:just\s+)?(?:say|read|be)|(?:it|that|this|which)\s+should\s+(?:just\s+)?(?:say|read|be)|should\s+(?:just\s+)?(?:say|read|be)|(?:i|we)\s+(?:want|wanted|would\s+like|'d\s+like)\s+it\s+to\s+(?:say|read|be)|make\s+it\s+say|change\s+it\s+to|(?:please\s+)?put|(?:i|we)\s+(?:want|would\s+like|'d\s+like)(?:\s+it)?\s*:)\s*:?\s+(.+)$/i;

/** Named as "the brackets" or "the bit in brackets": the date read back beside the phrase. */
const BRACKETS = /\bbrackets?\b/i;

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|summer)`;
/** "he starts school in September not July": the date read back is turned down for another. */
const DATE_TURNED_DOWN = new RegExp(String.raw`\b${MONTH}\b(?:\s+\d{4})?[\s,]+(?:and\s+)?not\s+(?:in\s+|by\s+)?${MONTH}\b|\bnot\s+(?:in\s+|by\s+)?${MONTH}\b`, 'i');

/** "why does it say July?": a month or a year named in talk is about the date. */
const DATE_NAMED = new RegExp(String.raw`\b(?:${MONTH}|20\d\d)\b`, 'i');

/** A date asked for: "Can the date just say September 2027", "make it September 2027". */
const DATE_WORDS = /\b(?:say|be|read|to|make\s+it)\s*:?\s+((?:(?:by|in|before|at|the\s+end\s+of)\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|christmas|easter)\b(?:\s+\d{4})?|\d{4}))\s*[.!]*$/i;

interface Sentence {
  /** As typed, with its quotes back in. */
  text: string;
  /** Quotes taken out ("Q"), so words quoted from the read-back never read as theirs. */
  bare: string;
  quotes: string[];
}

/** Quoted spans ('...', "...", ‘...’) taken out; an apostrophe inside a word ("he'd") is no quote. */
function withoutQuotes(text: string): { bare: string; quotes: string[] } {
  const quotes: string[] = [];
  const bare = text.replace(/(^|[\s:(])['‘"“]([^'‘’"“”]*(?:[\p{L}\p{N}]['’][\p{L}][^'‘’"“”]*)*?)['’"”](?=$|[\s.,!?;:)\-])/gu, (_all, before: string, inside: string) => {
    quotes.push(inside.trim());
    return `${before}Q${quotes.length - 1}Q`;
  });
  return { bare, quotes };
}

// Not sentencesOf in text.ts: quoted words stay whole, " - " parts a sentence too, and each keeps its quotes.
function sentencesOf(text: string): Sentence[] {
  const { bare, quotes } = withoutQuotes(text.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim());
  const put = (s: string) => s.replace(/Q(\d+)Q/g, (_all, i: string) => `'${quotes[Number(i)] ?? ''}'`);
  return (bare.match(/[^.!?…\n]+(?:[.!?…\n]+|$)|[.!?…]+/g) ?? [bare])
    .flatMap((s) => s.split(/\s+-\s+/))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
    .map((s) => ({ text: put(s), bare: s, quotes: [...s.matchAll(/Q(\d+)Q/g)].map((m) => quotes[Number(m[1])] ?? '') }));
}

/** "Alfie will ...", "he will ...", "I will ...": a sentence in the outcome's own voice. */
function inTheVoice(sentence: string, childName?: string): boolean {
  const who = ['i', 'he', 'she', 'they', ...(childName ? [childName.toLowerCase()] : [])].map((w) => w.replace(/[^\p{L}' -]/gu, '')).join('|');
  const voice = new RegExp(`^(?:(?:and|so|but|ok|okay|yes|no|then|maybe|hopefully|by\\s+[^,]{2,40},)[\\s,]+)*(?:${who})\\s+(?:will|'ll|can|is\\s+going\\s+to|would\\s+be\\s+able\\s+to)\\s+(?!what\\b|be\\s+(?:ok|fine|alright)\\b)[\\p{L}]`, 'iu');
  return voice.test(sentence.trim().replace(/^['"]+/, ''));
}

function partsNamedIn(sentence: string): ReadBackPart[] {
  const named: ReadBackPart[] = fieldsIn(sentence)
    .map((f) => f.field)
    .filter((f): f is OutcomeField & ReadBackPart => f === 'step' || f === 'when' || f === 'measure');
  if ((BRACKETS.test(sentence) || DATE_TURNED_DOWN.test(sentence) || DATE_NAMED.test(sentence)) && !named.includes('when')) named.push('when');
  return named;
}

function isTalk(sentence: Sentence): boolean {
  const said = sentence.bare;
  return CHAT.test(said) || COMPLAINT.test(said) || QUESTION.test(said);
}

/** The new words a sentence gives for the outcome, when it gives any. */
function wordingIn(sentence: Sentence, childName?: string): string | undefined {
  const led = WORDING_LEAD.exec(sentence.bare)?.[1]?.trim();
  if (led) {
    const quoted = /^Q(\d+)Q/.exec(led);
    const words = quoted ? (sentence.quotes[0] ?? '') : led.replace(/Q\d+Q/g, '');
    if (inTheVoice(words, childName)) return tidy(words);
    // "can it just say read a few pages of a Dog Man comic by himself": the step alone, led by the asking.
    if (!quoted && isBareStep(words) && !DATE_WORDS.test(sentence.bare)) return tidy(words);
  }
  const quoted = sentence.quotes.find((q) => inTheVoice(q, childName));
  // "The first part should be 'Alfie will sit ...'": the quote named as the words wanted.
  if (quoted && led !== undefined) return tidy(quoted);
  if (sentence.quotes.length === 0 && inTheVoice(sentence.bare, childName) && !QUESTION.test(sentence.bare)) return tidy(sentence.bare);
  return undefined;
}

/** Words led by "can it say" that could be a step: three words or more, no pointer or question ("what he will do", "the date"). */
const NOT_A_STEP = /^(?:what|which|how|when|why|something|anything|the|a|an|that|this|it|more|less|his|her|my|your|their|same|different|something)\b/i;
/** "put normal words back on": the chat's own reading mode, never a step. */
const READING_MODE = /^(?:normal|easy|plain|simple|simpler|easier|standard|big|bigger|grown\s*up)\s+(?:words|read|reading|text|writing|version)\b/i;
function isBareStep(words: string): boolean {
  return words.split(/\s+/).length >= 3 && !NOT_A_STEP.test(words) && !READING_MODE.test(words) && !/\?\s*$/.test(words);
}

function tidy(words: string): string {
  return words.replace(/^['"\s]+|['"\s]+$/g, '').replace(/^(?:and|so|but|ok|okay|yes|no|then)[\s,]+/i, '').replace(/[\s,;:-]+$/, '').trim();
}

/**
 * "He will play football in a team. Every Saturday with his dad.": a sentence that follows their new
 * words and is not talk goes on with them, so nothing after the first full stop is lost.
 */
function continued(read: { sentence: Sentence; wording: string | undefined }[]): { sentence: Sentence; wording: string | undefined }[] {
  let going = false;
  return read.map((r) => {
    if (r.wording) going = true;
    // "And he starts school in September not July." puts a part right (the date), so it never goes on with them.
    else if (going && (isTalk(r.sentence) || CLOSING_YES.test(r.sentence.bare) || DATE_TURNED_DOWN.test(r.sentence.bare))) going = false;
    else if (going && r.sentence.quotes.length === 0) return { ...r, wording: tidy(r.sentence.bare) };
    return r;
  });
}

/**
 * A reply of two or more sentences at the read-back, read as wording, a yes, a part to change or
 * talk; undefined when it has one sentence, or its sentences say something else (then the
 * read-back's other readers have it).
 */
export function readBackReply(text: string, childName?: string): ReadBackReply | undefined {
  if (!text.trim() || text.length > MAX_CHARS) return undefined;
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  const read = continued(sentences.map((s) => ({ sentence: s, wording: wordingIn(s, childName) })));
  // The parts named in the talk; a time inside their new sentence is part of its words.
  const parts = [...new Set(read.filter((r) => !r.wording).flatMap((r) => partsNamedIn(r.sentence.bare)))];
  const worded = read.map((r) => r.wording).filter((w): w is string => Boolean(w));
  if (worded.length > 0) return { kind: 'wording', words: worded.join(' '), parts: parts.filter((p) => p !== 'step') };
  const last = sentences[sentences.length - 1]!;
  const closing = last.bare.split(/,?\s+but\s+/i).pop() ?? last.bare;
  if (CLOSING_YES.test(last.bare) || CLOSING_YES.test(closing)) {
    const before = sentences.slice(0, -1).filter((s) => !CHAT.test(s.bare));
    return { kind: 'yes', request: before.length > 0 || closing !== last.bare };
  }
  if (parts.length > 0) {
    const part = parts.includes('measure') ? 'measure' : parts[0]!;
    const dated = part === 'when' ? sentences.map((s) => DATE_WORDS.exec(s.bare)?.[1]).find(Boolean) : undefined;
    return { kind: 'part', part, ...(dated ? { words: dated } : {}) };
  }
  return sentences.some(isTalk) && sentences.every((s) => isTalk(s) || !/\b(?:will|to)\b/i.test(s.bare)) ? { kind: 'talk' } : undefined;
}

/**
 * A single sentence at the read-back that only talks ("the brackets are confusing", "that doesn't
 * sound right"): never the outcome's words. A part it names is returned.
 */
export function talkAtReadBack(text: string, childName?: string): { parts: ReadBackPart[] } | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length === 0 || sentences.some((s) => wordingIn(s, childName))) return undefined;
  if (!sentences.every(isTalk)) return undefined;
  return { parts: [...new Set(sentences.flatMap((s) => partsNamedIn(s.bare)))] };
}
