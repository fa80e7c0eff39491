import { normaliseMessage } from './text';

/*
 * "he laughs loads and hes so cuddly, everyone at the playgroup loves him": a parent speaking warmly
 * of their child. Every piece is praise: the child laughs or smiles, is cuddly or happy, is loved.
 * It is what people like about them, never a hard thing ("laughs" is hard only when people laugh AT
 * someone: "other kids laugh at him" is no praise and is left to the readers of hard things).
 */

const CHILD = String.raw`(?:he|she|they|(?!people\b|everyone\b|everybody\b|other\b|kids\b|children\b|staff\b|it\b|that\b|this\b|i\b|we\b|you\b)[a-z]+)`;
const SO = String.raw`(?:(?:always|so|really|very|such|just|the|most|a|an|little|bit|of|proper|ever|constantly|quite|lovely)\s+)*`;
/** The child's own joy: laughing, giggling, smiling. */
const JOY = String.raw`(?:laugh|laughs|laughing|giggle|giggles|giggling|giggly|smile|smiles|smiling|smiley|chuckles|chuckling)`;
/** How he is: cuddly, affectionate, happy, a joy. */
const WARM = String.raw`(?:cuddly|cuddles|affectionate|loving|happy|content|sweet|lovely|gorgeous|funny|cheeky|kind|gentle|caring|friendly|sociable|easy\s+going|joy|delight|ray\s+of\s+sunshine|sunshine|charmer|character|star|darling|angel|smiley|giggly)`;
/** What may follow the joy or the warmth: "loads", "all the time", "boy", "at everything". */
const TAIL = String.raw`(?:\s+(?:loads|a\s+lot|lots|all\s+(?:the\s+)?(?:time|day)|constantly|so\s+much|at\s+everything|at\s+anything|every\s+day|boy|girl|lad|baby|toddler|kid|child|little\s+(?:boy|girl|man|lad|one)|to\s+be\s+around|with\s+everyone|with\s+(?:his|her|their)\s+\w+))*`;

const PIECE = new RegExp(
  '^(?:' +
    [
      // "he laughs loads", "shes always smiling", "always giggling"
      String.raw`(?:${CHILD}\s+(?:(?:s|is|are|re)\s+)?)?${SO}${JOY}${TAIL}`,
      // "hes so cuddly", "she is such a happy girl", "a little ray of sunshine"
      String.raw`(?:(?:hes|shes|theyre|${CHILD}\s+(?:s|is|are|re|seems|always\s+been|has\s+always\s+been))\s+)?${SO}${WARM}${TAIL}`,
      // "everyone at the playgroup loves him", "the nursery staff adore her"
      String.raw`(?:everyone|everybody|people|all\s+the\s+\w+|the\s+(?:\w+\s+)?(?:staff|kids|children|ladies|teachers|nursery|playgroup)|they|all\s+(?:his|her|their)\s+\w+)(?:\s+(?:at|in)\s+(?:the\s+|his\s+|her\s+)?\w+)?\s+(?:just\s+|really\s+|absolutely\s+)?(?:loves?|adores?|dotes?\s+on)\s+(?:him|her|them|${CHILD})${TAIL}`,
      // "he gives the best cuddles", "she loves a cuddle", "he gives everyone hugs"
      String.raw`(?:${CHILD}\s+)?(?:gives?|does|loves?)\s+(?:everyone\s+)?(?:the\s+best\s+|lots\s+of\s+|big\s+|a\s+)?(?:cuddles?|hugs?)`,
      // "he lights up the room", "she makes everyone smile"
      String.raw`(?:${CHILD}\s+)?(?:lights?\s+up\s+(?:the|a|any|every)\s+room|makes?\s+(?:everyone|everybody|people|us|me)\s+(?:laugh|smile|happy))`,
    ].join('|') +
    ')$',
);
/** Words said alongside: "bless him", "honestly", "hes a joy". */
const ASIDE = /^(?:bless\s+(?:him|her|them)|honestly|tbh|really|haha|lol|x+)$/;
/** Where the pieces part: marks, "and", "but also". */
const PARTS = /\s*(?:[.,;!]+|\band\b|\bbut\s+also\b)\s*/i;

/** Whether every piece of the message is warm praise of the child (and there is one at least). */
export function speaksWarmlyOf(text: string): boolean {
  if (text.length > 240) return false;
  const pieces = text.split(PARTS).map((p) => normaliseMessage(p)).filter(Boolean);
  const warm = pieces.filter((p) => PIECE.test(p));
  return warm.length > 0 && pieces.every((p) => PIECE.test(p) || ASIDE.test(p));
}
