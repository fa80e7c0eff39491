import { normaliseMessage } from './text';
import { matterWords, peopleNamed } from './sameMatter';
import { FAMILY } from './familyWords';
import { boughtWithTheirMoney } from './planPart';
import { PARENT_USE_MATTER, tellsMoreOfParentUse } from './parentSubstance';

/*
 * After a worry about someone was noted, more about the same worry told at a plan question: "mum
 * doesnt know he takes the dinner money", "he gives the money back sometimes", "i wouldnt be scared
 * of him getting angry, it would be less shouting". It belongs with the note, never in the plan. Read
 * on the WHOLE message: every sentence must point at the person the worry named (by who they are, or
 * "he", "she", "they") AND speak of what the worry was about (taking, temper, the same money or phone).
 * A sentence about anyone else ("my teacher helps me"), or with nothing of the harm, keeps the message
 * an answer as ever.
 */

/** What a noted worry named: who (by role, never by name) and which things (money, phone). */
export interface NotedMatter {
  people?: readonly string[];
  words: readonly string[];
  /** The names the note gives ("Kerry"), lower case. */
  names?: readonly string[];
}

/** Taking, temper, lending or paying back: what a worry about someone taking things is about. */
const ABOUT_THE_HARM =
  /\b(?:take|takes|taking|took|taken|steal\w*|stole|nick\w*|hit\w*|hurt\w*|angry|anger|mad|cross|temper|shout\w*|yell\w*|scream\w*|scared|scary|frightened|lend\w*|lent|bor+ow\w*|money|cash|pay\w*|gives?\s+(?:it\s+|me\s+|the\s+money\s+|my\s+\w+\s+)?back|owe\w*)\b/;
/** "he", "him", "she", "they": the person the worry named, told of again. */
const THEM = /\b(?:he|him|his|hes|she|her|shes|they|them|theyre)\b/;
/** Harm plainly done TO the person telling: "takes my money", "hits me", "shouts at me", "scared of him". */
const DONE_TO_ME =
  /\b(?:(?:take|takes|taking|took|taken|steal\w*|stole|nick\w*)\s+(?:all\s+)?(?:my|our|me\s+(?:money|phone))|(?:hit\w*|hurt\w*|kick\w*|punch\w*|push\w*|slap\w*|grab\w*)\s+(?:me|us)|(?:shout\w*|yell\w*|scream\w*|angry|mad|cross)\s+(?:at|with)\s+(?:me|us)|scared|scary|frightened|afraid)\b/;
/** Taking or lending: said with only "he" or "they", still of the worry ("he takes the dinner money"). */
const TAKING = /\b(?:take|takes|taking|took|taken|steal\w*|stole|nick\w*|lend\w*|lent|bor+ow\w*|gives?\s+(?:it\s+|me\s+|the\s+money\s+|my\s+\w+\s+)?back|owe\w*)\b/;
/**
 * An outcome, a step or a measure: "tyrone will notice…", "I will ask…", "he'll use his break card". It is
 * a plan answer unless it also tells of harm done to the person ("he will take my money again").
 */
const PLAN_SHAPE = /\b(?:will|wil|ill|hell|shell|theyll|gonna|going\s+to|be\s+able\s+to|instead\s+of|times\s+(?:a|out\s+of|in))\b/;
/** People who help, named in the sentence: then it is about them, not the worry. */
const HELPERS = /\b(?:teacher|teachers|miss|sir|mr|mrs|ms|staff|ta|key\s*worker|support\s+worker|social\s+worker|tutor|coach|doctor|nurse|therapist|counsellor|senco)\b/;

/** "he did it again today", "they done it again": the noted worry, happening again. */
const DONE_AGAIN = /^(?:and\s+|well\s+)?(?:he|she|they|hes|shes|theyve|hes|he\s+has|she\s+has|they\s+have)\s+(?:did|does|done|do|has\s+done|have\s+done|did\s+that|tried)\s+(?:it\s+|that\s+|this\s+)?again\b/;

/** Whether every sentence of the message tells more of this noted worry, and nothing else. */
export function tellsMoreOfTheWorry(text: string, matter: NotedMatter): boolean {
  if (text.length > 400) return false;
  if (DONE_AGAIN.test(normaliseMessage(text).replace(/['’]/g, ''))) return true;
  const sentences = text.split(/(?<=[.!?;…])\s*|\n+/).map(normaliseMessage).filter((s) => /\p{L}{2,}/u.test(s));
  if (sentences.length === 0) return false;
  const people = matter.people ?? [];
  // A carer's "last time Kerry came she was shouting on the doorstep" after a note about the child's parent using drugs.
  const parentUse = matter.words.includes(PARENT_USE_MATTER);
  const aboutThem = (s: string): boolean => {
    if (parentUse && tellsMoreOfParentUse(s, people, matter.names ?? [])) return true;
    if (HELPERS.test(s)) return false;
    const toMe = DONE_TO_ME.test(s);
    if (PLAN_SHAPE.test(s) && !toMe) return false;
    const sameThing = matterWords(s).some((w) => matter.words.includes(w));
    // The person the worry named, by who they are: any word of the harm is enough.
    if (peopleNamed(s).some((p) => people.includes(p))) return ABOUT_THE_HARM.test(s) || sameThing;
    // Only "he" or "they": a parent's "he" is often the child, and "angry", "hitting out" his own behaviour.
    return THEM.test(s) && (toMe || sameThing || TAKING.test(s));
  };
  // "i wouldnt be scared of him getting angry… it would be less shouting": the second part says what it would be like, of the same worry.
  return aboutThem(sentences[0]!) && sentences.slice(1).every((s) => aboutThem(s) || (ABOUT_THE_HARM.test(s) && (!PLAN_SHAPE.test(s) || DONE_TO_ME.test(s)) && !HELPERS.test(s) && peopleNamed(s).length === 0));
}

/**
 * After a worry about someone taking his money: "dale says i spend it on bike bits", "he says i owe him for the
 * fags", "dale says its my fault the money goes". The blame put back on him by the one who has his card or money
 * is a further sign for the note, never a hope. Said of anyone but family or the people who help him ("mum says i
 * spend too much on games" is an answer as ever).
 */
const BLAMED =
  /^(?:and\s+|but\s+|well\s+)?(?:my\s+)?(?!(?:i|im|it|its|that|this|there|you|u|we)\b)([a-z]+)\s+(?:always\s+|just\s+|keeps\s+|still\s+)?(?:says?|said|sez|tells\s+me|told\s+me|reckons|thinks)\s+(?:that\s+)?(?:i\s+(?:\w+\s+)?(?:spend|spent|spends|waste|wasted|owe|owed|lose|lost|use|used|buy|bought)\b|its\s+(?:all\s+)?my\s+(?:own\s+)?fault\b|im\s+(?:bad|rubbish|useless|no\s+good)\s+with\s+(?:money|it)\b)/;

/** Family and the people who help: their word about his spending is no sign of being used. */
const FAMILY_OR_HELPER = new RegExp(`^(?:${FAMILY}|brother|sister|bro|sis|carer|teacher|worker|staff|tutor|doctor|nurse|coach|appointee)$`);

/** A sentence about the one noted: "he says its for both of us", "and they keep the change". */
const ABOUT_THEM = /^(?:and\s+|but\s+|so\s+)?(?:he|she|they|hes|shes|theyre)\b/;

export function blamesThemForMoney(text: string, matter: NotedMatter & { category?: string }, isWorry: (said: string) => boolean = () => false): boolean {
  if (matter.category !== 'exploitation' || text.length > 300) return false;
  const sentences = text.split(/(?<=[.!?;…])\s*|\n+/).map((s) => normaliseMessage(s).replace(/['’]/g, '')).filter((s) => /\p{L}{2,}/u.test(s));
  // The blame joins the note with what else is said of them or of the worry ("he says i spend it all. i get scared
  // when he shouts" goes to the note whole); his own hard things beside it ("... i find budgeting hard") are read as ever.
  const aboutThem = (s: string) => ABOUT_THEM.test(s) || BLAMED.test(s) || isWorry(s);
  if (!sentences.slice(1).every(aboutThem)) return false;
  const who = sentences[0] ? BLAMED.exec(sentences[0])?.[1] : undefined;
  if (who !== undefined && !FAMILY_OR_HELPER.test(who)) return true;
  // "He gets food and stuff and fags. he says its for both of us": what is bought with his money, by the one noted.
  const said = normaliseMessage(text).replace(/['’]/g, '');
  return ABOUT_THEM.test(said) && boughtWithTheirMoney(said);
}
