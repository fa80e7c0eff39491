import { concernByRules } from './concern';
import { describesHarmByOthers } from './disclosureFollowUp';
import { peopleNamed } from './sameMatter';
import { normaliseMessage } from './text';
import { tellsMoreOfTheWorry, type NotedMatter } from './worryToldMore';

/*
 * After a worry was noted, the classifier often reads a plain plan answer as "maybe the same worry": "The TA and the
 * parents see he bring all his things to school every day for 4 weeks", "my picture would be on the wall", "ill sleep in
 * my bed", "The National Rail app, because it shows the platform". Taken into the note, the answer was lost and the
 * question came back. Only a message that tells more of the harm belongs with the note: a word of harm or fear, the
 * person the note named, or "he did it again". Anything that is no more than an unsure reading stays the answer.
 * The note is already with the adults who keep people safe, so nothing a real disclosure needs is lost: a sure reading,
 * or any of the rule-backed signs, still goes to the note as ever.
 */

/** Harm, fear, secrets and the ways a worry goes on: any one of these keeps the message with the note. */
const HARM_WORDS =
  /\b(?:hit\w*|hurt\w*|kick\w*|punch\w*|push\w*|shov\w*|slap\w*|smack\w*|beat\w*|grab\w*|touch\w*|bull(?:y|ies|ied|ying)|names|tease\w*|teasing|laugh\w*\s+at|pick\w*\s+on|threat\w*|took|take|takes|taking|taken|steal\w*|stole|nick\w*|ate|eat|eats|eating|scared|scary|afraid|frightened|terrified|upset|sad|cry\w*|cried|worried|worry|angry|mad|shout\w*|yell\w*|scream\w*|hate\w*|unsafe|safe|alone|secret\w*|messag\w*|pics?|nudes?|naked|photos?\s+of\s+me|send\s+(?:him|her|them)|drunk|drink\w*|drugs?|weed|money|owe\w*|lock\w*|follow\w*|stay\w*|sofa|wont\s+leave|cant\s+get\s+in|came\s+in|comes\s+in|come\s+in|my\s+room|bruis\w*|blood|cut\w*|kill\w*|die|dead|harm\w*|abus\w*|rape\w*|sex\w*|police)\b/;
/** "he did it again", "my stepbrother is still here": the worry told of as going on. */
const GOES_ON = /\b(?:again|agen|still|keeps?|kept)\b/;
/** A feeling about it, or someone who knows too much: "i feel bad about it", "she knows where i live". */
const FEELS = /\b(?:feel\w*|bad|awful|horrible|weird|uncomfortable|nervous|anxious|embarrass\w*|ashamed|knows?\s+where|made\s+me|makes\s+me|make\s+me)\b/;

/** Whether a message the classifier was unsure of tells nothing of harm, so it stays the answer to the open question. */
export function tellsNoMoreHarm(text: string, matters: readonly (NotedMatter & { names?: readonly string[] })[]): boolean {
  const said = normaliseMessage(text).replace(/['’]/g, '');
  if (said.length === 0 || concernByRules(text) || describesHarmByOthers(text) || HARM_WORDS.test(said) || GOES_ON.test(said) || FEELS.test(said)) return false;
  if (matters.some((m) => tellsMoreOfTheWorry(text, m))) return false;
  // The person the note named, by who they are or by name ("my stepbrother", "mick"): about them, so with the note.
  const people = new Set(matters.flatMap((m) => m.people ?? []).filter((p) => p !== 'other'));
  if (peopleNamed(said).some((p) => people.has(p))) return false;
  const names = matters.flatMap((m) => m.names ?? []).map((n) => n.toLowerCase().replace(/[^\p{L}]/gu, '')).filter((n) => n.length > 1);
  return !names.some((n) => new RegExp(`\\b${n}\\b`, 'u').test(said));
}
