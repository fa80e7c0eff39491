import { mayBePartnerName } from './partnerControl';

/*
 * A goal or hope said with someone's leave beside it: "work in a cafe two days a week though idk if liam will
 * let me work", "if my boyfriend lets me", "but he doesnt like me going out", "if dad allows it which he wont".
 * Someone who decides whether a young adult may work, go out or see people is a sign of control (coercive
 * control is domestic abuse from 16 between people personally connected, partners from 13). One such aside
 * is asked after gently, never answered in full, and never kept in the plan's words: the goal keeps only
 * what the person wants. A child's parent saying yes or no ("if my mum lets me") is ordinary, so family,
 * "he", "she" and a name count only for an adult; a partner by role counts at any age.
 */

/** A partner by role: "my boyfriend", "my bf", "my other half". */
const PARTNER = String.raw`my\s+(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|hubby|fiance|fiancee|fella|man|missus|other\s+half)`;
/** Family and carers: only an adult's are a sign ("if dad allows it" at 19, never at 12). */
const FAMILY = String.raw`(?:my\s+)?(?:mum|mam|mom|mummy|dad|da|daddy|parents|nan|nana|gran|grandad|grandma|step\s*dad|step\s*mum|brother|sister|uncle|aunt|auntie|aunty|family|carer)`;
/** "he", "she", or a word that may be a name ("liam"), checked after the match. */
const SOMEONE = String.raw`(?:he|she|[a-z][a-z-]{1,20})`;

/** Who decides a young person's work, study, health or days in the ordinary way: their leave is no sign. */
const NOT_A_PERSON =
  /^(?:boss|manager|managers|supervisor|work|works|job|jobcentre|college|school|uni|university|teacher|tutor|coach|staff|weather|body|health|legs|back|doctor|doctors|gp|council|benefits|money|time|they|it|course|placement|mentor|keyworker|physio|bus|buses|train|trains|landlord|owner|owners|cafe|shop|company|it|mine|one|everyone|people|someone|somebody|anyone|nobody|life)$/;

/** What someone lets them do that is their own life: work, go out, see people, study, wear, leave, keep their own things. */
const OWN_LIFE =
  String.raw`(?:work\w*|get\s+a\s+job|have\s+a\s+job|take\s+(?:the|a|this)\s+job|go(?:ing)?\s+(?:out|to\s+work|to\s+college|anywhere)|go(?=\s*(?:$|[.,!?;]))|see\s+(?:my\s+)?(?:friends|mates|family|mum|dad|people)|meet\s+(?:my\s+)?(?:friends|mates|people)|have\s+(?:any\s+)?(?:friends|mates|my\s+own\s+(?:money|phone|card))|study|learn|do\s+(?:it|that|this|the\s+course)|wear|leave|move\s+out|keep\s+my\s+(?:own\s+)?(?:money|wages|phone|card))`;

/** "if", "unless", "idk if", "not sure if", "depends if": leave still to be given. */
const IF = String.raw`(?:(?:i\s+)?(?:idk|dunno|don'?t\s+know|do\s+not\s+know|not\s+sure|am\s+not\s+sure|m\s+not\s+sure|i'?m\s+not\s+sure)\s+(?:if|whether)|depends\s+(?:on\s+)?(?:if|whether)|as\s+long\s+as|only\s+if|if|unless|whether)`;
/** "will let me work", "lets me", "allows it", "says i can". */
const LEAVE = String.raw`(?:(?:will|would|'ll|ll|wil|is\s+gonna|is\s+going\s+to)\s+)?(?:(?:let|lets|allow|allows)\s+(?:me(?:\s+${OWN_LIFE})?(?=\s*(?:$|[.,!?;]|\s(?:which|but|though|tho|lol|tbh|haha|and|cos|because|coz)\b))|me\s+${OWN_LIFE}|it\b|that\b)|says?\s+(?:i\s+can|yes|its\s+ok|it'?s\s+ok))`;
/** "doesnt like me going out", "wont let me work", "doesnt want me to have a job". */
const REFUSES = String.raw`(?:won'?t|will\s+not|doesn'?t|does\s+not|don'?t|never|wouldn'?t|would\s+not|aint\s+gonna|isnt\s+gonna)\s+(?:let\s+me\s+${OWN_LIFE}|allow\s+me\s+to\s+${OWN_LIFE}|allow\s+(?:it|that)|like\s+me\s+(?:going\s+out|going\s+to\s+work|going\s+anywhere|working|having\s+(?:a\s+job|friends|mates)|seeing\s+(?:my\s+)?(?:friends|mates|family|people)|to\s+(?:go\s+out|work|see)|leaving|out)|want\s+me\s+to\s+${OWN_LIFE}|want\s+me\s+(?:going\s+out|working|having\s+a\s+job|seeing\s+(?:my\s+)?(?:friends|mates)))`;

/** The aside from its joining word to the end of the sentence: "though idk if liam will let me work". */
const ASIDE_IF = new RegExp(String.raw`(?:^|[\s,;(-]+)(?:(?:(?:though|tho|but|and|just|only)\s+)?(${IF})\s+(${PARTNER}|${FAMILY}|${SOMEONE})\s+${LEAVE})[^.!?\n]*`, 'g');
const ASIDE_REFUSES = new RegExp(String.raw`(?:^|[\s,;(-]+)(?:(?:though|tho|but|and|cos|coz|because|except|only)\s+)?(${PARTNER}|${FAMILY}|${SOMEONE})\s+(?:(?:really|just|always|prob|probably|prolly)\s+)?${REFUSES}[^.!?\n]*`, 'g');

/*
 * Something kept from someone at home, said beside an answer: "without craig knowing tbh", "so my mum's boyfriend
 * doesnt see", "dont let craig see this", "as long as he doesnt know". Needing to hide help or plans from someone one
 * lives with is a sign of control (coercive control, Domestic Abuse Act 2021), read by the same rule of who counts.
 * A surprise ("a surprise party without my mum knowing") is ordinary and is no sign.
 */
/** A parent's partner: "my mum's boyfriend", "mums partner", "my dads gf". */
const HOME_PARTNER = String.raw`(?:my\s+)?(?:mum|mam|mom|dad)'?s\s+(?:new\s+)?(?:boyfriend|girlfriend|partner|bf|gf|fella|husband|wife)`;
const HIDDEN_FROM = String.raw`(${HOME_PARTNER}|${PARTNER}|${FAMILY}|him|her|${SOMEONE})`;
/** Finding out, seeing or hearing of it. */
const LEARNS = String.raw`(?:know|knows|knowing|find\s+out|finds\s+out|finding\s+out|see|sees|seeing|hear|hears|hearing|notice|notices|noticing|read|reads|reading|realise|realises|realising|realize|realizing)`;
const NOT_TO = String.raw`(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t|will\s+not|never|can'?t|cannot|can\s+not)`;
const SECRET_WITHOUT = new RegExp(String.raw`(?:^|[\s,;(-]+)(?:(?:but|and|just|only|tho|though)\s+)?without\s+${HIDDEN_FROM}\s+(?:ever\s+)?${LEARNS}\b[^.!?\n]*`, 'g');
const SECRET_SO = new RegExp(String.raw`(?:^|[\s,;(-]+)(?:(?:but|and|just|only)\s+)?(?:so\s+(?:that\s+)?|as\s+long\s+as\s+|(?:making|make)\s+sure\s+)${HIDDEN_FROM}\s+${NOT_TO}\s+(?:ever\s+)?${LEARNS}\b[^.!?\n]*`, 'g');
const SECRET_DONT_LET = new RegExp(String.raw`(?:^|[\s,;(-]+)(?:(?:but|and|just|pls|please|plz)\s+)*(?:don'?t|do\s+not|never)\s+(?:let\s+${HIDDEN_FROM}\s+${LEARNS}|(?:tell|show)\s+${HIDDEN_FROM})\b[^.!?\n]*`, 'g');
const SURPRISE = /\b(?:surprise|present|gift|birthday|bday|christmas|xmas|party)\b/;

export interface ControlAside {
  /** Where the aside starts in the message (its joining word or space before it) and ends. */
  start: number;
  end: number;
  /** Who decides, as typed ("liam", "my boyfriend", "dad"). */
  who: string;
  partner: boolean;
}

function doerFits(who: string, adult: boolean): boolean {
  const plain = who.replace(/\s+/g, ' ').trim();
  if (new RegExp(`^(?:${PARTNER}|${HOME_PARTNER})$`).test(plain)) return true;
  if (!adult) return false;
  if (new RegExp(`^${FAMILY}$`).test(plain) || /^(?:he|she)$/.test(plain)) return true;
  return !NOT_A_PERSON.test(plain) && mayBePartnerName(plain);
}

/** The asides in the message (in order), or none. `adult`: the person is 18 or over. */
export function controlAsidesIn(text: string, adult: boolean): ControlAside[] {
  if (text.length > 2_000) return [];
  // Same length as the message, so the places found are places in it.
  const plain = text.toLowerCase().replace(/[’‘`]/g, "'");
  const found: ControlAside[] = [];
  const secrets = SURPRISE.test(plain) ? [] : ([[SECRET_WITHOUT, 1], [SECRET_SO, 1], [SECRET_DONT_LET, 1]] as const);
  for (const [re, whoAt] of [[ASIDE_IF, 2], [ASIDE_REFUSES, 1], ...secrets] as const) {
    for (const m of plain.matchAll(re)) {
      // "dont tell craig": the one told is the second group.
      const who = (m[whoAt] ?? m[whoAt + 1] ?? '').replace(/^(him|her)$/, 'he');
      if (!doerFits(who, adult)) continue;
      // A parent's "doesnt like me working nights" is a worry for them, not a rule: only their refusal counts.
      if (whoAt === 1 && /\blike\s+me\b/.test(m[0]) && new RegExp(`^${FAMILY}$`).test(who.trim())) continue;
      found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, who, partner: new RegExp(`^${PARTNER}$`).test(who.trim()) });
    }
  }
  return found.sort((a, b) => a.start - b.start).filter((a, i, all) => i === 0 || a.start >= all[i - 1]!.end);
}

export function tellsOfControlAside(text: string, adult: boolean): boolean {
  return controlAsidesIn(text, adult).length > 0;
}

/** The message without its asides, tidied ("work in a cafe two days a week"); undefined when none, or nothing is left. */
export function withoutControlAside(text: string, adult: boolean): string | undefined {
  const asides = controlAsidesIn(text, adult);
  if (!asides.length) return undefined;
  let rest = text;
  for (const aside of [...asides].reverse()) rest = rest.slice(0, aside.start) + rest.slice(aside.end);
  rest = rest
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/^[\s,.;:!?-]+|[\s,;:-]+$/g, '')
    .replace(/([.!?])(?:\s*[.!?])+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return (rest.match(/\p{L}+/gu) ?? []).length >= 2 ? rest : undefined;
}

/**
 * "take out the liam bit" for "... though idk if liam will let me work": the aside that holds the words named, whole
 * (from its joining word), so the sentence never keeps "though idk if will let me work". Undefined when no aside holds them.
 */
export function controlAsideHolding(sentence: string, named: string): string | undefined {
  const want = named.toLowerCase().replace(/[’'`]/g, '').replace(/\s+/g, ' ').trim();
  if (!want) return undefined;
  const aside = controlAsidesIn(sentence, true).find((a) => ` ${sentence.slice(a.start, a.end).toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ')} `.includes(` ${want} `));
  return aside ? sentence.slice(aside.start, aside.end).replace(/^[\s,;(-]+/, '').trim() : undefined;
}
