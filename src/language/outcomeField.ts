/*
 * The parts of one outcome as people name them: "the how everyone will know bit", "the measure",
 * "the step", "the Leo will bit", "the date", "the help". And a part given with its label: "the
 * step is: Leo will ...", "How everyone will know: on 3 trips out ...", "provide: a quiet place".
 */

export type OutcomeField = 'step' | 'measure' | 'when' | 'help';

const WHO = String.raw`(?:every\s*one|everybody|we|you|u|people|they|others|i|he|she|staff|school)`;
const FIELD_WORDS: ReadonlyArray<readonly [OutcomeField, string]> = [
  // "the how will know bit": the who is often left out.
  ['measure', String.raw`how\s+(?:will|would|wud|wld)\s+(?:know|tell|see)|how\s+(?:will\s+|would\s+|do\s+|can\s+)?${WHO}(?:'d|'ll|\s+would|\s+will|\s+can)?\s+(?:know|tell|see)(?:\s+(?:it|that|(?:he|she|they|i)\s+(?:has|have)\s+done\s+it))?|the\s+measures?|measures?|the\s+evidence|how\s+to\s+know|the\s+know\s+(?:bit|part)`],
  ['when', String.raw`the\s+(?:date|deadline|time\s*frame|timeframe|time|when)|by\s+when|date|deadline|timeframe`],
  ['help', String.raw`the\s+(?:help|support|provision)|what\s+(?:it\s+)?(?:would\s+)?provides?|provides?|provision`],
  ['step', String.raw`the\s+(?:step|outcome|statement|sentence|goal|target|first\s+(?:bit|part|sentence)|main\s+(?:bit|part))|the\s+[\p{L}]+\s+will\s+(?:bit|part|sentence)|step|outcome|statement`],
];
const TAIL = String.raw`(?:\s+(?:bit|part|section|line|question|box|thing|one))?`;

/** Each field's names as patterns, made once (they are tried on most messages at an outcome). */
const FIELDS = FIELD_WORDS.map(([field, re]) => ({
  field,
  /** Only the field's name: "the how everyone will know bit". */
  alone: new RegExp(`^(?:the\\s+)?(?:${re})${TAIL}$`, 'iu'),
  /** The name anywhere in a sentence. */
  within: new RegExp(`\\b(?:${re})${TAIL}\\b`, 'iu'),
  /** The name as a label before the field's words: "the step is: ...". */
  label: new RegExp(
    `(?:^|[.!?]\\s+|^(?:no+|ok|okay|so|right|ugh|yes|yeah)[!.,\\s]+)(?:the\\s+)?(?:${re})${TAIL}\\s*(?:(?:should|shld|needs?\\s+to|has\\s+to|must)\\s+(?:say|be|read)\\s*:?|is\\s*:|=|:|is|(?:will\\s+be|would\\s+be)\\s*:?)\\s+(\\S.*)$`,
    'iu',
  ),
}));

/** The field these words name, when they are only a field's name ("the how everyone will know bit"). */
export function fieldNamedBy(words: string): OutcomeField | null {
  const said = plain(words);
  return FIELDS.find(({ alone }) => alone.test(said))?.field ?? null;
}

/** Every field named somewhere in a sentence, in the order said. */
export function fieldsIn(sentence: string): { field: OutcomeField; index: number; length: number }[] {
  const said = plain(sentence);
  const found: { field: OutcomeField; index: number; length: number }[] = [];
  for (const { field, within } of FIELDS) {
    const m = within.exec(said);
    if (m) found.push({ field, index: m.index, length: m[0].length });
  }
  // "the measure" inside "how everyone will know" never counts twice; the longer name wins.
  return found
    .filter((f) => !found.some((g) => g !== f && g.index <= f.index && g.index + g.length >= f.index + f.length && g.length > f.length))
    .sort((a, b) => a.index - b.index);
}

/** A judgement, not new words: "the measure is wrong", "the step is fine now". */
const JUDGEMENT =
  /^(?:(?:still|all|really|a\s+bit|so|just|now|ok|okay|not)\s+)*(?:wrong|rong|muddled|messed\s+up|rubbish|right|fine|ok|okay|good|correct|confusing|weird|off|wonky|missing|gone|not\s+right|not\s+there|the\s+same|better|worse)\b/i;

/**
 * A field given with its label: "the step is: Leo will ...", "How everyone will know: on 3 trips
 * ...", "the measure should say ...". A colon or "should say/be" is needed, or "is" before words
 * that are not a judgement ("the measure is wrong" gives no words).
 */
export function labelledField(text: string): { field: OutcomeField; words: string; aim?: true } | null {
  const said = text.trim().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
  // "Say it as Tia: I will ...", "in her words: I will ...": the bot's own lead copied, then the sentence.
  const voiced = VOICE_LEAD.exec(said)?.[1]?.trim().replace(/^["'“‘]+|["'”’]+$/g, '').trim();
  if (voiced && voiced.split(/\s+/).length >= 2) return { field: 'step', words: voiced };
  for (const { field, label } of FIELDS) {
    const m = label.exec(said);
    const words = m?.[1]?.trim().replace(/^["'“‘]+|["'”’]+$/g, '').trim();
    if (!words || JUDGEMENT.test(words) || words.split(/\s+/).length < 2) continue;
    // "the step is what i want to change": talk about the field, not its words.
    if (/^(?:what|where|how|why|when|which)\b/i.test(words) && !/^when\b/i.test(words)) continue;
    // "the target is 3 a day", "her goal is ...": named as an aim, which the question asked may own.
    return AIM_LABEL.test(m![0].slice(0, m![0].length - m![1]!.length)) ? { field, words, aim: true } : { field, words };
  }
  return null;
}

/** "Say it as Tia:", "in her own words -", "as Tia would say it:": a lead for the sentence, never part of it. */
const VOICE_LEAD = /^(?:(?:ok|okay|so|right|fine)[,.!\s]+)?(?:say\s+it\s+as\s+[\p{L}'-]+|(?:in|using)\s+(?:her|his|their|my|your|[\p{L}-]+'s)\s+(?:own\s+)?words|as\s+[\p{L}'-]+\s+would\s+say\s+it)\s*[:-]\s*(\S.*)$/iu;

/** Labels that name an aim rather than the step itself: at "how will everyone know?" they lead the measure. */
const AIM_LABEL = /\b(?:goal|target|aim)\b/i;

/** A judgement, not new words ("fine", "ok now", "right"): nothing to keep. */
export function isJudgement(words: string): boolean {
  return JUDGEMENT.test(words.trim());
}

function plain(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}
