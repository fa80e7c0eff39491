import { concernByRules, detectConcern } from './concern';
import { besideTheNoteOff, readNoteOff } from './noteOff';
import { normaliseMessage } from './text';

/**
 * "wat worrying thing??", "what note", "why did u make a note", "what does the note say?", "what did
 * you write down about me?", "can i see the note": asking what the note about a worry is.
 */
const ASKS_WHAT =
  /\b(?:what|wat|wot|whats|wats|wots)\s+(?:does|did|do|is|s|will)?\s*(?:the|that|this|my|ur|your)\s+(?:worr(?:y|ying)\s+)?note\s+(?:say|says|said|about|for)\b|\b(?:what|wat|wot)\s+(?:did|have|has|do)\s+(?:you|u|it|the\s+bot)\s+(?:just\s+)?(?:(?:write|written|wrote|put|note|jot|jotted)\s+down|noted|(?:pass|passed)\s+on|tell|told)\s+(?:about|on)\s+me\b|\b(?:whats|wats|what\s+is|what\s+s)\s+(?:in|on)\s+(?:the|that|this|my)\s+note\b|\b(?:can|could|may)\s+i\s+(?:see|read|look\s+at|have)\s+(?:the|that|this|my|ur|your)\s+note\b|\b(?:what|wat|wot|wht|which|wich)\s+(?:worr(?:y|ying|ied)\s+(?:thing|note|bit|stuff|one)|note|flag|worry)\b|\bwhy\s+(?:did|have|has|do|would)\s+(?:you|u|it|the\s+bot)\s+(?:make|made|write|written|wrote|put|note|noted|flag|flagged|tell|told)\s+(?:a|that|the|this|me)?\s*(?:note|flag|something\s+worrying|worry)?\b(?=[^?]*\b(?:note|flag|worr\w*)\b)/;
/**
 * "is there a note that says i am not safe", "did you make a note about me", "has a worrying note been
 * made about me?", "have you made a safeguarding note", "have i been flagged", "does my plan have a
 * flag", "does my plan say someone is hurting me": asking whether there is a note at all, which has a
 * plain yes or no.
 */
const ASKS_WHETHER =
  /\b(?:is|was)\s+(?:that|the|this|my|your)\s+(?:worr(?:y|ying)\s+)?(?:note|flag)\s+(?:still\s+)?(?:in|on|there|kept)\b|\b(?:is|was|are|were)\s+there\s+(?:a|any|an|some)\s+(?:worr(?:y|ying)\s+)?(?:note|notes|flag|flags)\b|\b(?:did|have|has)\s+(?:you|u|it|the\s+bot)\s+(?:make|made|write|written|wrote|put|add|added|keep|kept)\s+(?:a|any)\s+(?:worr(?:y|ying)\s+|safeguarding\s+)?(?:note|flag)\b|\b(?:has|have|was|were|is)\s+(?:a|any|an)\s+(?:worr(?:y|ying|ied)\s+|safeguarding\s+|concern\s+)?(?:note|notes|flag|flags)\s+(?:been\s+)?(?:made|written|wrote|kept|added|put|raised)\b|\b(?:have|has)\s+(?:i|me)\s+been\s+flagged\b|\b(?:am|was)\s+i\s+flagged\b|\b(?:does|do|did)\s+(?:my|the)\s+plan\s+(?:have|say|show)\s+(?:a|any)\s+(?:worr(?:y|ying)\s+)?(?:note|flag)\b|\b(?:does|did|will)\s+(?:my|the|this)\s+plan\s+(?:say|says|show|mention|tell\s+(?:people|them|anyone))\s+(?:that\s+)?(?:(?:someone|somebody|some1|anyone|anybody|any1|people)\s+(?:is\s+|was\s+|s\s+)?(?:hurting|hurts|hurt|hitting|hits|hit|bullying|bullies|abusing|abuses|harming)|(?:i\s+am|im|i\s+m|i)\s+(?:not\s+safe|unsafe|being\s+(?:hurt|hit|bullied|abused)|in\s+danger|hurt|scared))\b/;

/**
 * "I don't like that there is a note about abuse", "you made a note about me, why": the bot's note
 * named ("there is a note", "you made a note", "the note about abuse") beside a question or an
 * objection. A note in someone's life ("my teacher sends a note home") is not the bot's note.
 */
const THE_NOTE =
  /\b(?:(?:there\s+(?:is|s|was)|(?:is|was)\s+there)\s+(?:a|the|this|that)\s+(?:safeguarding\s+|worry\s+)?note|(?:you|u)\s*(?:ve|have)?\s+(?:made|make|put|wrote|written|write|added|add|kept|keep|left|done)\s+(?:a|the|this|that)\s+(?:safeguarding\s+|worry\s+)?note|(?:the|a|this|that)\s+(?:safeguarding\s+|worry\s+)?note\s+(?:about|on|saying|that\s+says)\s+(?:abuse|a\s+worry|my\s+worry|worries|me|him|her|harm|being\s+hurt|safeguarding|what\s+i\s+(?:said|told\s+you|typed|wrote))|(?:the|this|that)\s+safeguarding\s+(?:note|flag|thing))\b/;
const ASKS_OR_OBJECTS =
  /\b(?:(?:dont|do\s+not|didnt|did\s+not)\s+(?:like|want|agree|need)|hate|not\s+happy|upset|why|what\s+(?:is|s|does|was)|whats|wot|wat|who\s+(?:sees|reads|can\s+see)|remove|delete|take\s+(?:it|that|this)?\s*(?:off|out|away))\b/;

/**
 * How the message speaks of the note: asks whether there is one, asks what it is (or to take it off),
 * objects to it. One message can do more than one ("why is there a note about me? remove it").
 */
export interface NoteAsked {
  whether: boolean;
  /** Asks what the note is, or for it off. */
  what: boolean;
  /** Asks for the note off, the note named ("remove that note please"), whether or not there is one. */
  off: boolean;
  objects: boolean;
}

/** How the message speaks of the note about a worry; undefined when it does not. */
export function readNoteAsked(text: string): NoteAsked | undefined {
  if (text.length > 300) return undefined;
  const said = normaliseMessage(text);
  const whether = ASKS_WHETHER.test(said);
  const off = readNoteOff(said) === 'named';
  const what = ASKS_WHAT.test(said) || off;
  const objects = text.length <= 200 && THE_NOTE.test(said) && ASKS_OR_OBJECTS.test(said);
  return whether || what || objects ? { whether, what, off, objects } : undefined;
}

/** Whether the message asks about the note about a worry, asks to take it off, or objects to it. */
export function asksAboutTheWorryNote(text: string): boolean {
  return readNoteAsked(text) !== undefined;
}

/** Whether the message asks if there is a note about a worry at all. */
export function asksWhetherThereIsANote(text: string): boolean {
  return readNoteAsked(text)?.whether === true;
}

/**
 * Whether some words are a question about the note ("what note", "is there a note"). A request for
 * the note off is no question: only its own words are set aside, so a worry beside it is still read.
 */
const asksOfTheNote = (words: string): boolean => {
  const asked = readNoteAsked(words);
  return asked !== undefined && (asked.whether || ASKS_WHAT.test(normaliseMessage(words)));
};

/**
 * A kind of harm named only as what someone might wrongly read in the note: "I don't want the key
 * worker think there is bullying", "i dont want school thinking hes being neglected". Read on the
 * normalised message.
 */
// The reader feared is the school, a worker or "them", never family ("i dont want my dad to see there is abuse"
// tells of fear of the dad, a new worry).
export const FEARED_READING =
  /\b(?:dont|do\s+not|didnt|did\s+not|wouldnt|would\s+not)\s+(?:\w+\s+)?want\s+(?:(?:the|my|his|her|our|their|your|a|any|that|this)\s+)?(?:(?:school|schools|teachers?|tutors?|college|nursery|staff|key\s*workers?|social\s*workers?|support\s*workers?|workers?|senco|professionals?|head\s*teachers?|head|them|they|anyone|anybody|people|everyone|everybody|it|note|plan|you|(?:mrs|mr|miss|ms|sir)\s+\w+)\s+)?(?:to\s+)?(?:think|thinking|thinks|believe|believing|say|saying|assume|assuming|see|seeing|read|reading)\s+(?:that\s+)?(?:there\s+(?:is|s|was|are)\s+|theres\s+|(?:he|she|they|it)\s+(?:is|s|are|was)\s+|hes\s+|shes\s+|theyre\s+|its\s+)?(?:being\s+|getting\s+|some\s+|any\s+|a\s+)?(?:bullying|bullied|abuse|abused|neglect|neglected|harm|harmed|hurt|violence|danger|safeguarding\s+(?:issue|problem|concern))\b/g;

/** The words, normalised, with a harm named only as what someone might wrongly read in the note set aside. */
export function withoutFearedReading(text: string): string {
  return normaliseMessage(text).replace(FEARED_READING, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether anything is said beside a feared reading ("i dont want the key worker think there is bullying" says nothing more). */
const saysMoreThanAFearedReading = (text: string): boolean => withoutFearedReading(text).replace(/\b(?:i|please|and|but|so|because|cos)\b/g, ' ').trim().length > 0;

/**
 * "i still do it", "he still does it tho", "they keep doing it", "it still happens": the harm the note was about goes on.
 * Said beside asking a note off, the note's own words are the worry told, so nothing is set aside.
 */
const STILL_GOES_ON =
  /\b(?:(?:i|he|she|they|it|we|someone|somebody|some1|people)\s+(?:still|(?:is|are|s|am|m)\s+still|keeps?|(?:is|are|s)\s+still\s+keeping)\s+(?:do|does|doing|did|happen\w*|hurt\w*|hit\w*|touch\w*|cut\w*|bull\w*|go(?:es|ing)?\s+on)|(?:hes|shes|theyre|its|im)\s+still\s+(?:doing|happening|hurting|hitting|touching|cutting|bullying)|still\s+(?:happening|going\s+on))\b/;

/** Whether the message tells that a harm goes on now ("i still do it", "he still does it"), read on the normalised message. */
export const tellsItStillGoesOn = (said: string): boolean => STILL_GOES_ON.test(said);

/** The message without its questions about the note: what is left to read for a worry (as typed when none is asked). */
export function withoutTheNoteQuestion(text: string): string {
  // "delete the self harm one, i dont want mum to see it, i still do it": a harm told as going on is read whole.
  if (tellsItStillGoesOn(normaliseMessage(text))) return text;
  const sentences = text.split(/[.?!…]+\s*/);
  // One way for every sentence that asks of the note or asks it off: its questions and the request's own words go, and
  // what is left is read as one text, so harm split across commas keeps who did it and what ("remove the note, he said
  // if i tell anyone, he will kill my dog"; "take that flag off he touches me"; "remove the note, my dad, when hes
  // drunk, hits us", which only the classifier hears). When nothing reads a worry in it, it is talk about the note
  // ("im so upset you said that"), set aside with it.
  const rest = sentences.map((sentence) => {
    const asked = readNoteAsked(sentence);
    if (!asked?.off && !asksOfTheNote(sentence)) return sentence;
    const remainder = sentence
      .split(/[,;]\s+|\s+-+\s+/)
      .filter((clause) => !asksOfTheNote(clause))
      .map((clause) => (readNoteAsked(clause)?.off ? besideTheNoteOff(normaliseMessage(clause)) : clause))
      .filter((clause) => clause.trim().length > 0)
      .join(', ');
    const left = withoutFearedReading(remainder);
    return concernByRules(left) || detectConcern(left).concern ? remainder : '';
  });
  if (rest.every((sentence, i) => sentence === sentences[i])) return text;
  // Beside a question about the note, a harm named only as what someone might wrongly read in it is no worry told.
  return rest.filter(saysMoreThanAFearedReading).join('. ').trim();
}

/**
 * Said beside asking for the note off: nothing happened, it was a mix-up ("nobody is hurting Grace",
 * "it was a misunderstanding", "the self harm note was a mistake", "we are a good family"). Read on the normalised message.
 */
const NOTHING_HAPPENED =
  /\b(?:(?:we|were)\s+(?:are\s+)?(?:a\s+)?(?:good|nice|normal|loving|happy)\s+family|(?:nobody|no\s+one|noone)\s+(?:is\s+|was\s+|ever\s+)?(?:hurting|hurts|hurt|hitting|hits|abusing|abuses|abused|harming|harms)|nobodys\s+(?:hurting|hitting|abusing|harming)|(?:it|that|this)\s+(?:was|is|s)\s+(?:a\s+|just\s+a\s+|all\s+a\s+)?(?:mistake|mix\s*up|misunderstanding|not\s+true|wrong)|(?:its|thats)\s+(?:a\s+|just\s+a\s+)?(?:mistake|mix\s*up|misunderstanding|not\s+true|wrong)|(?:you|u)\s+(?:misunderstood|got\s+(?:it|that|me)\s+wrong|made\s+a\s+mistake)|(?:note|flag|bit|one|part|thing|myself|self)\s+(?:was|is|s)\s+(?:a\s+|just\s+a\s+|all\s+a\s+)?(?:mistake|mix\s*up|misunderstanding|not\s+true|wrong)|(?:we\s+are|were|we\s+re)\s+a\s+good\s+family|(?:she|he|they)\s+(?:is|are|s)\s+(?:safe|fine|not\s+(?:hurt|in\s+danger))|nothing\s+(?:bad\s+)?(?:happened|is\s+happening|is\s+wrong))\b/;

/**
 * "nobody is hurting Grace, please remove the note": asking for the note off and saying nothing
 * happened. The note is never deleted; it is marked as taken back, in their words.
 */
export function takesTheNoteBack(text: string): boolean {
  if (text.length > 400) return false;
  const said = normaliseMessage(text);
  // "nobody is hurting her apart from her stepdad": a denial with an exception tells of harm.
  if (tellsItStillGoesOn(said)) return false;
  if (/\b(?:except|apart\s+from|besides|other\s+than|only\s+(?:my|her|his|their|the)|but\s+(?:my|her|his|their|the)\s+\w+\s+(?:does|do|did|is|was|hits|hurts))\b/.test(said)) return false;
  return (readNoteOff(said) === 'named' || (ASKS_WHETHER.test(said) && /\b(?:remove|delete|take\s+(?:it|that)\s+(?:off|out|away)|get\s+rid\s+of)\b/.test(said))) && NOTHING_HAPPENED.test(said);
}
