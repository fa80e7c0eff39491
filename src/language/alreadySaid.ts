import { withoutMeasureHeading } from './measureHeading';

/*
 * Details said before they are asked for. "cook 3 meals on my own by the end of year 11 and my mum
 * will know cos she wont have to help" already says how everyone will know; "take the bus on my
 * own so i can see my mates" already says what it would make possible. Both are kept in their
 * own fields, so the bot does not ask for them again; the measure is cut from the step (it is
 * never part of the sentence), the purpose stays in it (it is what makes the step matter).
 */

export interface Details {
  /** The answer without how everyone will know, in the person's words. */
  rest: string;
  /** How everyone will know, as said ("my mum will know cos she wont have to help"). */
  measure: string | null;
  /** What it would make possible, as said ("see my mates"). */
  purpose: string | null;
  /** Why it matters, as said after "because" ("that would show everyone i can do it"): what it would do for them. */
  reason: string | null;
}

const WHO = "(?:every\\s*(?:one|1|body)|you|u|people|they|we|she|he|i|staff|teachers?|my\\s+\\w+(?:\\s+worker)?|mum|dad|mummy|daddy|nan|nanna|grandad|carers?)";

/** "and my mum will know cos...", "you'll see because...", "everyone can tell when...". */
const MEASURE = new RegExp(
  `(?:^|[\\s,;.-]+(?:and\\s+|so\\s+|then\\s+)?)(${WHO}\\s*(?:will|'ll|ll|would|can|could|should)\\s+(?:(?:be\\s+able\\s+to|easily|all)\\s+)?(?:know|see|tell|notice)\\b.*)$`,
  'i',
);
/** "...cos i will have done it", only after a measure cue; "how we will know: ..." said outright. */
const MEASURE_SAID = /(?:^|[\s,;.-]+)((?:how\s+(?:we|you|everyone|people)\s+(?:will|'ll)\s+know|the\s+way\s+(?:we|you)\s+(?:will|'ll)\s+know)\b.*)$/i;

/** "so i can see my mates", "so that she could play with her cousins". */
const PURPOSE = /(?:^|[\s,;-]+)(?:so\s+(?:that\s+)?|in\s+order\s+to\s+|then\s+)((?:i|he|she|they|we)\s+(?:can|could|will|'ll|ll|would|am\s+able\s+to|is\s+able\s+to)\s+(?!know\b|notice\b|see\s+(?:that|if|it)\b|tell\s+(?:that|if)\b)\S.*)$/i;

/** "... because that would show everyone i can do it", "cos i want to be independent". */
const REASON =
  /(?:^|[\s,;-]+)(?:because|cos|coz|cause|cuz|as)\s+((?:(?:that|it|this)\s+(?:would|will|'ll|ll|'d|d|makes?|helps?|means?|gives?|shows?)|(?:i|i'd|id|i'll|ill|i'm|im|he|she|they)\s+(?:\w+\s+)?(?:want|wants|would|will|feel|feels|love|loves|like|likes|enjoy|enjoys|get|gets|could|can|am|is|are|be))\b.*)$/i;

function clause(text: string, re: RegExp): { rest: string; part: string | null } {
  const m = re.exec(text);
  if (!m || m.index === undefined || !m[1]) return { rest: text, part: null };
  const rest = text.slice(0, m.index).trim().replace(/[\s,;:-]+$/, '');
  // Too little left of the step (or nothing): the clause is the step itself.
  if (rest.split(/\s+/).filter(Boolean).length < 2) return { rest: text, part: null };
  return { rest, part: m[1].trim().replace(/[.!?]+$/, '') };
}

/** The step, with how everyone will know and what it would make possible cut out when said. */
export function detailsIn(text: string): Details {
  const trimmed = text.trim();
  // "so i can see my mates" is what it makes possible; "so everyone will know" is a measure.
  const purposed = clause(trimmed, PURPOSE);
  const measured = clause(purposed.rest, MEASURE);
  const said = measured.part ? measured : clause(purposed.rest, MEASURE_SAID);
  let rest = trimmed;
  if (said.part) {
    // The measure came after the purpose ("... so i can see my mates and mum will know"): cut only the measure.
    const at = trimmed.lastIndexOf(said.part);
    rest = at > 0 ? trimmed.slice(0, at).trim().replace(/[\s,;:-]+(?:and|so|then)?$/i, '').trim() : said.rest;
  }
  // Why it matters is what it would do for them, kept in that field rather than in the sentence.
  const reasoned = clause(rest, REASON);
  // "we'll know when she says hello every day": the measure without the words that only head it.
  return { rest: reasoned.rest, measure: said.part ? withoutMeasureHeading(said.part) : null, purpose: purposed.part, reason: reasoned.part };
}
