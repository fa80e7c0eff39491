import { detectConcern } from './concern';
import { normaliseMessage } from './text';
import { FEARED_READING } from './worryNote';
import { besideTheNoteOff, readNoteOff } from './noteOff';

/*
 * After the help lines, a parent or young person may object: "that was quite upsetting to read. A
 * domestic abuse helpline? Nobody is being abused", "please don't put that down as a safeguarding
 * thing", "you've done it again and I'm honestly quite upset now". That is talk about the bot's own
 * answer and its note, never a new worry: it deserves an apology and the truth about the note. Anything
 * the rules read as harm beside it ("nobody is abused except by his dad") is no objection.
 */

/** The help lines or the note named, or questioned: "a domestic abuse helpline?", "abuse numbers", "a safeguarding thing". */
const THE_ANSWER =
  /\b(?:(?:domestic\s+)?(?:abuse|violence)\s+(?:help\s*lines?|numbers?|lines?|charity|stuff|thing)|help\s*lines?|crisis\s+(?:numbers?|lines?|list)|(?:phone\s+)?numbers|safeguarding(?:\s+(?:thing|note|flag|concern|issue|referral))?|samaritans|childline|nspcc|999|(?:no\s+child|treated\s+like\s+that))\b/;
/** The note itself named: with a denial it is an objection ("please remove that note. nobody hurt him"); alone, a question about it (worryNote.ts). */
const THE_NOTE = /\b(?:that|the|this|your)\s+(?:note|flag)\b/;
/** The kind of harm the note named, questioned: "Bullying??", "abuse?". Read on the raw text, as the marks are gone once normalised. */
const KIND_QUESTIONED = /\b(?:bullying|bullied|abuse|abused|neglect|neglected|harm|violence)\s*\?/i;
/** Upset by what the bot said: "that was quite upsetting to read", "how dare", "that's offensive". */
const UPSET_BY_IT =
  /\b(?:(?:that|this|it)\s+(?:was|is|s)\s+(?:\w+\s+){0,2}?(?:upsetting|hurtful|offensive|insulting|horrible|awful|distressing|out\s+of\s+order|uncalled\s+for)|(?:thats|its)\s+(?:\w+\s+){0,2}?(?:upsetting|hurtful|offensive|insulting|out\s+of\s+order|uncalled\s+for)|how\s+dare)\b/;
/** Scared or worried by what the bot said or noted: "that scared me", "it freaked me out". An objection only with the note or the answer named. */
const SCARED_BY_IT =
  /\b(?:that|this|it|you|your\s+(?:message|answer|note))\s+(?:really\s+|kind\s+of\s+|kinda\s+|a\s+bit\s+|so\s+|proper\s+)?(?:scared|scares|frightened|frightens|freaked|freaks|worried|worries|panicked|spooked)\s+me\b|\b(?:im|i\s+am|i\s+m|i\s+got|i\s+feel)\s+(?:really\s+|so\s+|a\s+bit\s+)?(?:scared|frightened|freaked\s+out|worried)\s+(?:by|of|about)\s+(?:that|this|it|the\s+note|what\s+you\s+(?:said|wrote|put))\b/;
/** Abuse denied outright: "nobody is being abused", "there is no abuse", "it's not abuse". */
const DENIED =
  /\b(?:(?:no\s+one|noone|nobody)\s+(?:is|was|s|has\s+been)\s+(?:being\s+|getting\s+)?(?:abused|harmed|hurt|in\s+danger)|(?:no\s+one|noone|nobody)\s+(?:is\s+)?(?:abusing|harming|hurting)\s+(?:anyone|anybody|him|her|them|us|me)|there\s+(?:is|s|was)\s+no\s+(?:domestic\s+)?(?:abuse|violence)|(?:its|it\s+is|thats|that\s+is|this\s+is)\s+not\s+(?:domestic\s+)?(?:abuse|violence|a\s+safeguarding)|nothing\s+like\s+that)\b|\b(?:no\s+one|noone|nobody)\s+(?:ever\s+)?(?:hurt|hit|harmed|abused|bullied)\s+(?!(?:anyone|anybody)\b)\w+|\b(?:its|it\s+is|thats|that\s+is|this\s+is|(?:he|she)\s+(?:is|s)|hes|shes)\s+not\s+(?:being\s+)?(?:bullying|bullied)\b|\b(?:he|she|they)\s+(?:hit|hits|hurt|hurts|bit|bites|banged|bangs|scratched|scratches)\s+(?:his|her|their)\s+own\s+(?:head|face|hands?|arms?|legs?|body|chest|ears?|wrists?|fingers?|hair|skin|self)\b/;
/** The bot did it once more: "you've done it again", "not again", "you did the same thing again". */
const AGAIN = /\b(?:(?:you|u)\s*(?:ve|have)?\s+(?:done|did|said|given|gave|sent)\s+(?:it|that|this|the\s+same(?:\s+thing)?|them|those)\s+again|not\s+this\s+again|again\s+with\s+the)\b/;
/** The bot named as the one who said it: "you gave me", "you said", "you've". */
const THE_BOT_DID = /\b(?:you|u)\s*(?:ve|have)?\s+(?:gave|given|give|sent|said|put|wrote|written|made|done|did)\b|\bwhy\s+(?:did\s+|do\s+)?(?:you|u)\s+(?:say|put|write|think)\b/;
/** Someone else named beside a denial ("nobody hurts him except his uncle"): what follows is read as it is. */
/** Fear of someone, or their anger at the one speaking: "im scared of him", "he will go mental at me", "she will hit me". */
const FEAR_OF_SOMEONE =
  /\b(?:(?:im|i\s+am|i\s+m|were|we\s+are|hes|shes|he\s+is|she\s+is|theyre|they\s+are)\s+(?:so\s+|really\s+|too\s+)?(?:scared|afraid|frightened|terrified|petrified)|(?:scared|afraid|frightened|terrified)\s+of\s+(?:him|her|them|my|his|what)|(?:go|goes|going|gonna)\s+(?:mental|mad|crazy|nuts|ballistic|psycho)|kick\s+off\s+at\s+(?:me|us|him|her)|(?:he|she|they|hell|shell|theyll|hed|shed|theyd|will|would|gonna|going\s+to)\s+(?:\w+\s+)?(?:kill|hit|hurt|batter|beat|punish|belt|smack|slap)\s+(?:me|us)|lose\s+(?:it|his\s+temper|her\s+temper)\s+(?:at|with)\s+(?:me|us))\b/;
const BUT_ONE = /\b(?:except|apart\s+from|other\s+than|only\s+(?:his|her|their|my))\b/;
/** Asking for the words to go in the plan after all: "can it go in his plan?", "put it in her plan instead". */
const IN_THE_PLAN =
  /\b(?:(?:can|could|will|would|should)\s+(?:it|this|that|we|you)\s+(?:go|be\s+(?:put|added|written|kept)|put\s+(?:it|this|that)|add\s+(?:it|this|that))\s+(?:in|into|on|to)\s+(?:his|her|their|the|my)\s+plan|(?:put|add|keep)\s+(?:it|this|that)\s+(?:in|into|on|to)\s+(?:his|her|their|the|my)\s+plan(?:\s+instead)?)\b/;

/** Why the help lines were given, asked: "why are you giving me the NSPCC number??". */
const WHY_GIVEN = /\bwhy\s+(?:are|did|do|would|have)\s+(?:you|u)\s+(?:\w+\s+)?(?:giving|give|given|gave|sending|send|sent|telling|tell|told|showing|show)\b/;
/**
 * After the answer, at a plan question: the child said to be safe beside a denial ("Tia is SAFE, nobody
 * is hurting her!!"), or harm played down ("it is just kids being kids"). At the safety questions the
 * same words answer "are you safe?", so they count only outside them.
 */
const SAID_SAFE = /\b(?:(?:she|he|they|\w+)\s+(?:is|s|are)\s+(?:totally\s+|completely\s+|perfectly\s+|really\s+)?safe|(?:shes|hes|theyre)\s+(?:totally\s+|completely\s+|perfectly\s+|really\s+)?safe)\b(?!\s+(?:now|here|with\s+us)\b)/;
const PLAYED_DOWN = /\b(?:(?:its|it\s+is|thats|that\s+is)\s+(?:just\s+)?(?:kids|children)\s+being\s+(?:kids|children)|just\s+(?:kids|children)\s+being\s+(?:kids|children))\b/;

/** The objection's own words, set aside before an unsure worry beside it is read: "that scared me", "remove the note", "a domestic abuse helpline". */
const OBJECTION_WORDS = [SCARED_BY_IT, UPSET_BY_IT, THE_ANSWER, THE_NOTE, AGAIN, THE_BOT_DID, WHY_GIVEN];

// "can you not just delete that note?": the request for the note off goes first, so "just delete" is never read as a worry.
function unsureWorryBeside(rest: string): boolean {
  const left = OBJECTION_WORDS.reduce((text, words) => text.replace(new RegExp(words.source, 'g'), ' '), besideTheNoteOff(rest));
  return /\p{L}{3,}/u.test(left) && detectConcern(left).concern === true;
}

export interface FlagObjection {
  /** They ask for what they said to go in the plan as a need after all. */
  wantsItInThePlan: boolean;
  /** They say abuse or harm is not happening ("nobody is being abused"): their words beside the note say so. */
  denies: boolean;
  /**
   * Scared by the answer or the note ("that scared me. please delete the note"), and nothing denied: they took
   * nothing back, so the note is never marked as taken back; they hear why it is kept and who sees it.
   */
  scared: boolean;
  /**
   * They say it was a mix-up: harm denied, the child said safe, the worry played down, or the note asked off. Upset at the answer alone ("thats actually quite
   * upsetting") takes nothing back, and the note is never marked so.
   */
  takesBack: boolean;
}

/**
 * An objection to the help lines or the note about a worry, with no new worry beside it; undefined
 * when the message is not one. A denial counts only with the answer or the note named, or upset at it
 * ("nobody is being abused" alone may simply answer "are you safe?").
 */
export function readFlagObjection(text: string, { afterTheAnswer = false }: { afterTheAnswer?: boolean } = {}): FlagObjection | undefined {
  if (text.length > 800) return undefined;
  const said = normaliseMessage(text);
  if (!said) return undefined;
  // "please don't put that down", "take that note off": the one reader of asking the note off (noteOff.ts).
  const asksOff = readNoteOff(said) !== undefined;
  const aboutTheAnswer = THE_ANSWER.test(said) || THE_NOTE.test(said) || asksOff || KIND_QUESTIONED.test(text);
  const objects =
    UPSET_BY_IT.test(said) ||
    (SCARED_BY_IT.test(said) && aboutTheAnswer) ||
    (AGAIN.test(said) && (THE_BOT_DID.test(said) || aboutTheAnswer)) ||
    (DENIED.test(said) && (aboutTheAnswer || THE_BOT_DID.test(said))) ||
    (THE_ANSWER.test(said) && asksOff) ||
    (WHY_GIVEN.test(said) && THE_ANSWER.test(said)) ||
    (afterTheAnswer && ((DENIED.test(said) && SAID_SAFE.test(said)) || PLAYED_DOWN.test(said)));
  if (!objects) return undefined;
  // "Bullying?? It is not bullying": the kind named only to deny it is no new worry; the rest is read as it is.
  // Only the kinds questioned ("Bullying??") are set aside: "its not bullying, its abuse at home" keeps "abuse".
  const questioned = [...text.matchAll(new RegExp(KIND_QUESTIONED.source, 'gi'))].map((m) => m[0].replace(/[\s?]+$/, '').toLowerCase());
  const denied = said.replace(new RegExp(DENIED.source, 'g'), ' ');
  // "I don't want the key worker think there is bullying": the kind named only as what someone might read in the note is set aside too.
  const rest = BUT_ONE.test(said) ? said : questioned.reduce((left, kind) => left.replace(new RegExp(`\\b${kind}\\b`, 'g'), ' '), denied.replace(FEARED_READING, ' '));
  // "... because he will go mental at me": fear of someone, left beside the objection, is a new worry to read.
  if (FEAR_OF_SOMEONE.test(rest)) return undefined;
  const worry = /\p{L}{3,}/u.test(rest) ? detectConcern(rest) : undefined;
  if (worry?.concern && worry.sure) return undefined;
  // "that scared me, remove the note, he makes me sleep in his bed": a worry the classifier is unsure of, told beside
  // the objection, is heard too; only the objection's own words (the answer, the note, the upset) are set aside first.
  if (worry?.concern && unsureWorryBeside(rest)) return undefined;
  // The whole message is read again only with someone else named beside the denial ("nobody hurts him except his uncle").
  if (BUT_ONE.test(said) && detectConcern(text).sure) return undefined;
  const denies = DENIED.test(said);
  // "Tia is SAFE... why the NSPCC number??", "it is just kids being kids": the child said safe, or the worry played
  // down, says it was a mix-up as plainly as a denial; the note stays, with their words beside it.
  const saysMixUp = denies || SAID_SAFE.test(said) || PLAYED_DOWN.test(said);
  return { wantsItInThePlan: IN_THE_PLAN.test(said), denies, scared: !denies && SCARED_BY_IT.test(said) && !UPSET_BY_IT.test(said), takesBack: saysMixUp || asksOff };
}
