import { normaliseMessage } from './text';

/*
 * "im kinda scared", "this is scary", "bit nervous about it" at a question building a goal: being
 * afraid of the goal itself, said as the whole message. It is no answer to the question (never
 * kept as a step, a measure or help); it is heard kindly. Only the whole message counts: fear of
 * someone or of something done to them ("im scared of my dad") is never read here, and the concern
 * check has always read the message before this.
 */

const FEAR = String.raw`(?:scared|skared|scarred|nervous|worried|frightened|anxious|afraid|bricking\s+it)`;
const SOFTENER = String.raw`(?:kinda|kind\s+of|kinda\s+a\s+bit|a\s+bit|abit|bit|a\s+little|a\s+lil|lil|little|so|really|rly|quite|very|sort\s+of|a\s+bit\s+too)`;
const ABOUT_IT = String.raw`(?:of\s+(?:it|this|that|doing\s+(?:it|this|that))|about\s+(?:it|this|that|doing\s+(?:it|this|that))|to\s+do\s+(?:it|this|that))`;
const TAIL = String.raw`(?:tbh|ngl|lol|tho|though|to\s+be\s+honest|honestly)`;
const SCARED = new RegExp(
  String.raw`^(?:(?:um+|erm|hmm+|tbh|ngl|honestly|but|and|well|ok|okay)\s+)*` +
    String.raw`(?:(?:i\s*m|im|i\s+am|am|i\s+feel|feeling|feel|it\s+makes\s+me|makes\s+me)\s+)?(?:${SOFTENER}\s+)*${FEAR}(?:\s+${ABOUT_IT})?(?:\s+${TAIL})*` +
    String.raw`|^(?:(?:it|this|that)\s*(?:s|is)|its|thats|sounds|it\s+sounds|this\s+sounds|that\s+sounds|seems)\s+(?:${SOFTENER}\s+)*(?:scary|scarey|scry|frightening)(?:\s+${TAIL})*$`,
);

/** Whether the whole message says they are afraid of the goal being built (and nothing else). */
export function scaredOfTheGoal(text: string): boolean {
  const said = normaliseMessage(text).toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[.!?,…]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (said === '' || said.split(' ').length > 10) return false;
  const match = said.match(SCARED);
  return Boolean(match && match[0].length === said.length);
}
