import { recogniseCommand } from './commands';
import { meAsSaid } from './meAsSaid';
import { nameAfterMe, withoutAdultDenied } from './nameAnswer';
import { normaliseReply, readPolarity } from './polarity';
import type { Relationship } from '../domain/vocabulary';

/**
 * "Who is chatting with me today?": the young person alone, the young person with someone helping,
 * a parent or carer (family, foster carer), or a supporter (support worker, teaching assistant,
 * social worker), with the pronoun they used for the young person.
 */
export type WhoKind = 'young_person' | 'young_person_helped' | 'parent_or_carer' | 'supporter';
export type Pronoun = 'he' | 'she' | 'they';

export interface WhoAnswer {
  who: WhoKind;
  pronoun: Pronoun | null;
}

const FAMILY =
  '(?:mum+y?|mom+y?|mam|mummy|mommy|mother|ma|dad+y?|da|father|papa|parents?|step ?(?:mum|mom|dad|parent|mother|father)|grand(?:ma|mother|pa|father|parent|dad|ad|mum)s?|gran|granny|nan+a?|nanny|grampy|gramps|aunt|aunty|auntie|uncle|sister|brother|sibling|foster (?:carer|parent|mum|dad|mother|father)|foster|kinship carer|special guardian|guardian|adoptive (?:mum|dad|parent)|carer|family|husband|wife|partner)';
const SUPPORTER =
  "(?:support worker|key ?worker|keyworker|social worker|youth worker|care worker|worker|teaching assistant|\\bta\\b|\\btas\\b|teacher|tutor|senco|mentor|advocate|nurse|therapist|practitioner|pa|personal assistant|coordinator|co ordinator|professional|staff|learning support|lsa|1 ?(?:to|2) ?1|one to one|sw|carer from|from the council|from school|from college|job coach)";
const FAMILY_RE = new RegExp(`\\b${FAMILY}\\b`);
const SUPPORTER_RE = new RegExp(`\\b${SUPPORTER}\\b`);

/** The young person speaking of themselves: "me", "just me", "it's me", "myself", "I am the young person". */
const SELF =
  /^(?:(?:its|it is|this is|just|only|um+|erm|oh|hi|hey|yes|yeah|ok)\s+)*(?:me+|myself|me myself|i am|im|i)\b(?!\s+(?:am|m)\s+(?:his|her|their|the|a|an|mum|dad)\b)|^(?:i am|im) (?:the )?(?:young person|child|student|pupil|learner)\b|\b(?:on my own|by myself|about (?:me|myself))\b/;
/** "its me his mum", "me her foster carer": "me" followed by who they are to the young person. */
const ME_AS_ROLE = new RegExp(`^(?:(?:its|it s|it is|this is|just|only|um+|erm|oh|hi|hey|hiya|yeah|ye|ok)\\s+)*me+\\s+(?:his|her|their)\\s+((?:\\w+\\s+)?(?:${SUPPORTER}|${FAMILY}))\\b`);
/** Someone helping the young person: "my mum is helping", "with mummy", "me and my carer". */
const HELPING = /\b(?:help\w*|with|and|sitting with|reading|typing|type|spell\w*|beside|next to)\b/;

/**
 * Someone typing what the young person says: "I'm his TA typing for him", "mum is typing for me",
 * "I am scribing for her, she is telling me the answers". The young person is there and answering.
 */
const TYPING_FOR =
  /\b(?:typing|type|typin|writing|write|scribing|scribe) (?:it |this )?(?:for|with) (?:him|her|them|me|my (?:son|daughter|child|kid|boy|girl|grandson|granddaughter))\b|\b(?:is |are |s )?(?:telling|tells|told) me (?:what to (?:say|type|write|put)|(?:the|his|her|their) answers|what (?:he|she|they) (?:wants?|thinks?))\b|\b(?:writing|typing|putting|scribing) (?:down |in )?what (?:he|she|they|i) (?:says|said|say|tells me|tell (?:him|her|them)|wants?|thinks?)\b|\b(?:my \w+(?: \w+)? and me|me and my \w+)$|\bhelping (?:him|her|them) (?:type|write|answer|with (?:this|the answers|his answers|her answers))\b|\b(?:he|she|they) (?:is|are|s|re) (?:sat |sitting )?(?:with|next to|beside) me (?:and )?(?:telling|answering|saying)\b/;

/** The writer says they are the young person's family: "I'm his mum", "i am her dad", "I am father of Ola". */
const OWN_FAMILY_ROLE = new RegExp(`\\b(?:i am|im|i m)\\s+(?:(?:his|her|their)\\s+(?:${FAMILY})\\b|(?:the\\s+)?(?:${FAMILY})\\s+(?:of|to)\\s+[a-z])`);
/** The young person is there with the writer, saying what to put: "he's telling me what to say", "she is next to me". */
const CHILD_BESIDE = /\b(?:telling me|tells me|told me|what (?:he|she|they) (?:says|said|say|wants?|thinks?)|with me|next to me|beside me|(?:hes|he is|shes|she is|theyre|they are) here)\b/;

/** The young person's own helper, spoken of: "shes my support worker", "he is my dad". */
const HELPER_NAMED = new RegExp(`\\b(?:shes|she is|she s|hes|he is|he s|theyre|they are|they re)\\s+my\\s+(?:\\w+\\s+)?(?:${SUPPORTER}|${FAMILY}|suport worker|supprt worker)\\b`);

/**
 * "is my support worker the same as a key worker?", "whats a key worker", "does my nan count": a
 * question about who someone is, never an answer saying who is chatting.
 */
const LEAD = '^(?:(?:but|and|so|ok|okay|wait|um+|erm|sorry|also|hi|hey)\\s+)*';
const ROLE_ASKED = new RegExp(
  `${LEAD}(?:is|are|isnt|does|do|whats|what|wats|wot|who|whos|which)\\b.*\\b(?:same|different|diffrent|difrent|difference|mean|means|count|counts)\\b` +
    `|${LEAD}(?:whats|what is|what s|wats|wots|wot is|what are|who is|whos|who s)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?${SUPPORTER}`,
);
const ROLE_WORD = new RegExp(`\\b(?:${SUPPORTER}|${FAMILY})\\b`);
/**
 * "who is my key worker", "is my support worker sophie", "do i have a key worker": the writer asks
 * about their own helper, anywhere in the message, so they are the young person, never that helper.
 */
const OWN_HELPER_ASKED = new RegExp(
  `\\b(?:who|whos|who s|which|where|wheres|where s|is|isnt|when|do|will|can|have)\\s+(?:is\\s+|are\\s+|i\\s+(?:have|get|got|meet|see)\\s+|(?:got|get)\\s+)?(?:my|a)\\s+(?:\\w+\\s+)?${SUPPORTER}\\b`,
);
/** "im her key worker", "i am a support worker": the writer saying what they are. */
const SAYS_OWN_ROLE = new RegExp(`\\b(?:i am|im|i m|i work as)\\s+(?:(?:his|her|their|a|an|the)\\s+)?(?:\\w+\\s+)?(?:${SUPPORTER}|${FAMILY})\\b`);

/** Someone taking part in the chat itself: helping, typing, reading the questions out, spelling. */
const TYPES_OR_HELPS = /\b(?:help\w*|typing|type|typin|types|reading|reads|read (?:it|them|the questions|out)|spell\w*|writing|writes|write|scrib\w*|answering|answers|telling me what)\b/;

/** The pronoun the writer used for the young person: the first one said. */
export function pronounOf(plain: string): Pronoun | null {
  const m = /\b(he|him|his|hes|himself|she|her|hers|shes|herself|they|them|their|theirs|theyre|themselves|son|daughter|boy|girl|grandson|granddaughter)\b/.exec(plain);
  if (!m) return null;
  const word = m[1]!;
  if (/^(?:he|him|his|hes|himself|son|boy|grandson)$/.test(word)) return 'he';
  if (/^(?:she|her|hers|shes|herself|daughter|girl|granddaughter)$/.test(word)) return 'she';
  return 'they';
}

/** Words that point at another person: "my mum", "my support worker", "my sister". */
function mentionsHelper(plain: string): boolean {
  return FAMILY_RE.test(plain) || SUPPORTER_RE.test(plain) || /\bhelp/.test(plain) || /\b(?:someone|somebody)\b/.test(plain);
}

/**
 * "i am the young person, not a parent", "its about me not my child", "i dont have a child": the
 * person chatting is the young person, said to put right a question asked as if to a parent.
 * "my mum set it up but im doing it myself": who set the chat up is not who is chatting.
 */
const ITS_THEMSELVES =
  /\b(?:i am|im|i m)\s+(?:the\s+)?(?:young\s+person|child|student|pupil|learner)\b|\b(?:i am|im|i m)\s+not\s+(?:a|the|his|her|their|my)\s+(?:parent|mum|mom|dad|carer|mother|father)\b|\bnot\s+(?:a|the)\s+parent\b|\bi\s+(?:do not|dont|don t)\s+(?:have|hav|got)\s+(?:a\s+|any\s+)?(?:child|children|kids?|son|daughter)\b|\bi\s+(?:havent|havnt|havint|have not|haven t|aint|ain t)\s+(?:got\s+)?(?:a\s+|any\s+)?(?:child|children|kids?|son|daughter)\b|\b(?:its|it s|it is)\s+(?:me|only me|just me)\s+typing\b|\b(?:i am|im|i m)\s+(?:the\s+one\s+)?typing(?=\s*$|\s+(?:not|myself|on my own)\b)|\b(?:i am|im|i m)\s+[a-z]+\s+not\s+(?:my|his|her)\s+(?:mum|mom|dad|parent|carer)\b|\b(?:its|it is|this is)\s+(?:about|for)\s+me\b(?!\s+and)|\b(?:i am|im|i m)\s+talking\s+about\s+(?:me|myself)\b|\bmy\s+own\s+plan\b|\b(?:i am|im|i m)\s+doing\s+(?:it|this)\s+(?:myself|my self|on my own|by myself)\b|\b(?:its|it s|it is)\s+(?:only\s+|just\s+)?me\s+doing\s+(?:it|this)\b/;

export function saysItIsThemselves(text: string): boolean {
  return ITS_THEMSELVES.test(normaliseReply(text));
}

/**
 * What else the message said beside putting right who is chatting: "14 year 9. im lily not my mum"
 * still answers the age. Sentences about who they are (or about being called a child) are left out.
 */
export function answerBesideItIsThemselves(text: string): string {
  return text
    .split(/(?<=[.!?;\n])\s*/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence && !saysItIsThemselves(sentence) && !/\b(?:child|children|parent|kid|son|daughter|saying|said|say|lol|haha)\b/i.test(sentence))
    .join(' ')
    .trim();
}

const RELATIONSHIP_WORDS: readonly [RegExp, Relationship][] = [
  [/\bfoster (?:carer|parent|mum|mom|dad|mother|father)s?\b|\bfoster\b/, 'foster_carer'],
  [/\bstep ?(?:mum|mom|dad|parent|mother|father)s?\b/, 'step_parent'],
  [/\bgrand(?:ma|mother|pa|father|parent|dad|ad|mum)s?\b|\bgran\b|\bgranny\b|\bnan+a?\b|\bnanny\b|\bgrampy\b|\bgramps\b/, 'grandparent'],
  [/\bsupport worker\b|\bcare worker\b|\byouth worker\b|\bpersonal assistant\b/, 'support_worker'],
  [/\bsocial worker\b/, 'social_worker'],
  [/\bkey ?worker\b/, 'key_worker'],
  [/\bteaching assistant\b|\bta\b|\blsa\b/, 'teaching_assistant'],
  [/\bteacher\b|\bsenco\b/, 'teacher'],
  [/\b(?:special |legal )?guardian\b|\bkinship carer\b/, 'guardian'],
  [/\baunt(?:y|ie)?\b|\buncle\b/, 'aunt_or_uncle'],
  [/\bsister\b|\bbrother\b|\bsibling\b/, 'brother_or_sister'],
  [/\bmum+y?\b|\bmom+y?\b|\bmam\b|\bmummy\b|\bmommy\b|\bmother\b/, 'mum'],
  [/\bdad+y?\b|\bfather\b|\bpapa\b/, 'dad'],
  [/\bparents?\b/, 'parent'],
  [/\bcarer\b/, 'carer'],
];

/**
 * How an adult chatting about the young person knows them ("im his foster carer" -> foster carer), from the first
 * words that say so after "I am" or "his/her/their"; nothing when they only mention someone ("his mum says hi").
 */
export function relationshipOf(text: string): Relationship | undefined {
  const plain = normaliseReply(text);
  const own = /\b(?:i am|im|i m|i s|its|it s|this is|as)\s+(?:(?:his|her|their|the|a|an|jus|just)\s+)?(?!me\b|my\b)(.{1,40})|^(?:his|her|their|the|a|an)\s+(.{1,40})|^(?!.*\b(?:me|my)\b)(.{1,30})$/.exec(plain);
  const said = own ? own[1] ?? own[2] ?? own[3] ?? '' : '';
  for (const [re, relationship] of RELATIONSHIP_WORDS) if (re.test(said)) return relationship;
  return undefined;
}

/** Said that nobody helps with the chat: "no one is helping me", "nobody helps", "on my own", "by myself", "without help". */
const NOBODY_HELPS =
  /\b(?:no ?one|noone|nobody|no body)s?\s+(?:s\s+|is\s+|else\s+(?:is\s+)?)?(?:helping|helps|help|with me|here)\b|\b(?:without|no)\s+(?:any\s+|anyones?\s+|a\s+)?(?:help|helper)\b|\bnot\s+(?:being\s+)?helped\b|\b(?:on my own|by myself|alone)\b/;

export function readWho(typed: string): WhoAnswer | undefined {
  // "mi", "its mi": "me" typed as it sounds.
  const text = meAsSaid(typed);
  // "me n my mum", "me & my carer": "n" and "&" typed for "and".
  const plain = normaliseReply(text.replace(/\s(?:n|nd|&|\+)\s/gi, ' and '));
  if (!plain) return undefined;
  // "I have a code", "start again": a command's words never name who is chatting ("I" is not "me").
  if (recogniseCommand(text)) return undefined;
  // "will my mum see this?": a question about who sees the chat, never an answer naming who is chatting.
  if (/\b(?:see|sees|read|reads|know|look at)\b/.test(plain) && (/\?\s*$/.test(text.trim()) || /^(?:(?:but|and|so|ok|okay|wait|um+)\s+)*(?:will|can|does|do|is|would|could|if)\b/.test(plain))) return undefined;
  if (ROLE_ASKED.test(plain) && ROLE_WORD.test(plain) && !HELPER_NAMED.test(plain)) return undefined;
  // "Yes it is ok. Who is key worker? We have the SENCO in school": a role asked about in one sentence names the school's staff, not the writer.
  if (ROLE_WORD.test(plain) && !HELPER_NAMED.test(plain) && !SAYS_OWN_ROLE.test(plain) && text.split(/[.?!,]+/).some((s) => ROLE_ASKED.test(normaliseReply(s)))) return undefined;
  if (OWN_HELPER_ASKED.test(plain) && !SAYS_OWN_ROLE.test(plain) && !HELPER_NAMED.test(plain)) return undefined;
  // "no one is helping me", "just me, nobody helps", "im doing it on my own": the young person, alone.
  if (NOBODY_HELPS.test(plain) && !/\b(?:his|her|their|my (?:child|son|daughter))\b/.test(plain)) return { who: 'young_person', pronoun: null };
  // "me. not my mum for once", "not my dad this time": the adult is said not to be chatting, so it is
  // the young person, unless what is left says who else is ("im his nan, not his mum").
  const rest = withoutAdultDenied(text);
  if (rest !== text.trim()) return (/\p{L}/u.test(rest) ? readWho(rest) : undefined) ?? { who: 'young_person', pronoun: null };
  // "i am ravi. i am the young person, not a parent", "for me, about my plan": the young person.
  if (saysItIsThemselves(text) || /^(?:its |it is |this is |just )?for me\b(?! and)|\babout my (?:own )?(?:plan|self)\b/.test(plain)) {
    // "its me typing" is them typing, not someone helping.
    const others = plain.replace(/\b(?:its|it s|it is)\s+(?:only |just )?me\s+typing\b|\b(?:i am|im|i m)\s+(?:the\s+one\s+)?typing\b/g, '');
    return { who: TYPES_OR_HELPS.test(others) ? 'young_person_helped' : 'young_person', pronoun: null };
  }
  // "its bev. shes my suport worker": the young person naming who is with them; nobody else says they are typing.
  if (HELPER_NAMED.test(plain) && !TYPING_FOR.test(plain)) return { who: TYPES_OR_HELPS.test(plain) ? 'young_person_helped' : 'young_person', pronoun: null };
  if (/^(?:1|one|first|the first(?: one)?)$/.test(plain)) return { who: 'young_person', pronoun: null };
  if (/^(?:2|two|second|the second(?: one)?)$/.test(plain)) return { who: 'parent_or_carer', pronoun: null };
  if (/^(?:3|three|third|the third(?: one)?)$/.test(plain)) return { who: 'young_person_helped', pronoun: null };
  // "I'm writing this FOR him, I'm his mum": a parent writing on their child's behalf, with nothing saying the child is
  // there telling them what to put; a TA "typing for him" is still the young person, helped.
  if (TYPING_FOR.test(plain) && OWN_FAMILY_ROLE.test(plain) && !CHILD_BESIDE.test(plain)) return { who: 'parent_or_carer', pronoun: pronounOf(plain) };
  if (TYPING_FOR.test(plain)) return { who: 'young_person_helped', pronoun: null };
  // "its me his mum", "me, her dad": the writer is the young person's parent or supporter, said after "me".
  const meAsRole = ME_AS_ROLE.exec(plain);
  if (meAsRole) return { who: FAMILY_RE.test(meAsRole[1]!) && !/\bworker\b/.test(meAsRole[1]!) ? 'parent_or_carer' : 'supporter', pronoun: pronounOf(plain) };
  // "me. my mum made me do it lol", "me, my mum is sitting with me": it is them, and someone else is
  // only mentioned; they are helped when that someone helps with the chat ("me, my mum is helping").
  const meThen = /^\s*(?:(?:its|it's|it is|just|only|um+|erm|oh|yeah|ye)\s+)*me+\s*[.,!;:–—-]+\s*(\S.*)$/i.exec(text);
  if (meThen) {
    const after = normaliseReply(meThen[1]!);
    return { who: TYPES_OR_HELPS.test(after) ? 'young_person_helped' : 'young_person', pronoun: null };
  }
  const self = SELF.test(plain) && !/^(?:i am|im|i)\s+(?:his|her|their|the|a|an)\b(?!\s+(?:young person|child|student|pupil|learner))/.test(plain);
  if (self && /^(?:its |it is |this is |just |only |um+ |oh )*(?:me+|myself)\b|^(?:i am|im) (?:the )?(?:young person|child|student|pupil|learner)\b/.test(plain)) {
    const after = plain.replace(/^(?:its |it is |this is |just |only |um+ |oh )*(?:me+|myself)\b/, '');
    // "me with my mum", "me + my mum": the young person, helped.
    return { who: mentionsHelper(after) && (HELPING.test(after) || /^\s*my\b/.test(after)) ? 'young_person_helped' : 'young_person', pronoun: null };
  }
  // "someone helping me", "my TA is helping me": the young person, helped.
  if (/\b(?:helping|helps|help) me\b|\bsomeone (?:is )?helping\b|\bwith my (?:\w+ )?(?:mum|dad|carer|ta|teacher|support worker)\b/.test(plain) && !/\b(?:his|her|their)\b/.test(plain)) {
    return { who: 'young_person_helped', pronoun: null };
  }
  // "I work with him at school", "I support her": someone who supports the young person for their work.
  if (/^i (?:work|am working|im working) with (?:him|her|them)\b|^i (?:support|teach|mentor) (?:him|her|them)\b/.test(plain)) return { who: 'supporter', pronoun: pronounOf(plain) };
  const supporterAt = SUPPORTER_RE.exec(plain);
  const familyAt = FAMILY_RE.exec(plain);
  const pronoun = pronounOf(plain);
  if (supporterAt && (!familyAt || supporterAt.index <= familyAt.index || /\bworker\b/.test(plain))) {
    if (!/\bfoster\b/.test(plain)) return { who: 'supporter', pronoun };
  }
  if (familyAt || /\b(?:my (?:child|son|daughter|kid|boy|girl|grandson|granddaughter)|the child|i look after)\b/.test(plain)) return { who: 'parent_or_carer', pronoun };
  if (/\b(?:someone|somebody) (?:helping|who helps)\b|\bhelper\b/.test(plain)) return { who: 'young_person_helped', pronoun: null };
  // "its liam": someone giving their own name, so the young person themselves.
  if (self || nameAfterMe(text)) return { who: 'young_person', pronoun: null };
  const { answer } = readPolarity(text);
  if (answer === 'yes' && /\bme\b/.test(plain)) return { who: 'young_person', pronoun: null };
  return undefined;
}
