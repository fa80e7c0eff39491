import { normaliseMessage } from './text';

/*
 * "im kinda scared of doing it", "this is scary", "bit nervous about it" at a question building a
 * goal: being afraid of the goal itself, said as the whole message and saying it is about the goal.
 * It is no answer to the question (never kept as a step, a measure or help); it is heard kindly.
 * Bare fear ("im really scared", "im scared lol") does not say what it is of: it may be of someone,
 * so it is never brushed off as the goal going too fast (see scaredSaidAlone). Fear of someone or of
 * something done to them ("im scared of my dad") is never read here, and the concern check has
 * always read the message before this.
 */

const FEAR = String.raw`(?:scared|skared|scarred|nervous|worried|frightened|anxious|afraid|bricking\s+it)`;
const SOFTENER = String.raw`(?:kinda|kind\s+of|kinda\s+a\s+bit|a\s+bit|abit|bit|a\s+little|a\s+lil|lil|little|so|really|rly|quite|very|sort\s+of|a\s+bit\s+too)`;
const ABOUT_IT = String.raw`(?:of\s+(?:it|this|that|doing\s+(?:it|this|that))|about\s+(?:it|this|that|doing\s+(?:it|this|that))|to\s+do\s+(?:it|this|that)|to\s+try(?:\s+(?:it|this|that))?)`;
const TAIL = String.raw`(?:tbh|ngl|lol|tho|though|to\s+be\s+honest|honestly)`;
const LEAD = String.raw`^(?:(?:um+|erm|hmm+|tbh|ngl|honestly|but|and|well|ok|okay)\s+)*`;
const FEELING = String.raw`(?:(?:i\s*m|im|i\s+am|am|i\s+feel|feeling|feel|it\s+makes\s+me|makes\s+me)\s+)?(?:${SOFTENER}\s+)*${FEAR}`;
const SCARED = new RegExp(
  LEAD +
    String.raw`(?:(?:i\s*m|im|i\s+am|am|i\s+feel|feeling|feel)\s+)?(?:${SOFTENER}\s+)*${FEAR}\s+${ABOUT_IT}(?:\s+${TAIL})*$` +
    String.raw`|${LEAD}(?:it|this|that)\s+makes\s+me\s+(?:${SOFTENER}\s+)*${FEAR}(?:\s+${TAIL})*$` +
    String.raw`|^(?:(?:it|this|that)\s*(?:s|is)|its|thats|sounds|it\s+sounds|this\s+sounds|that\s+sounds|seems)\s+(?:${SOFTENER}\s+)*(?:scary|scarey|scry|frightening)(?:\s+${TAIL})*$`,
);
/** "im really scared", "im so scared lol", "im worried now": fear said alone, not saying what of. */
const SCARED_ALONE = new RegExp(`${LEAD}${FEELING}(?:\\s+(?:now|rn|right\\s+now|${TAIL}))*$`);

const asSaid = (text: string): string => normaliseMessage(text).trim();

/** Whether the whole message says they are afraid of the goal being built (and nothing else). */
export function scaredOfTheGoal(text: string): boolean {
  const said = asSaid(text);
  return said !== '' && said.split(' ').length <= 10 && SCARED.test(said);
}

/** Whether the whole message is fear that does not say what it is of: heard kindly, never an answer. */
export function scaredSaidAlone(text: string): boolean {
  const said = asSaid(text);
  return said !== '' && said.split(' ').length <= 10 && !scaredOfTheGoal(said) && SCARED_ALONE.test(said);
}
