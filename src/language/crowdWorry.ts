import { withoutDeniedHarm } from './harmDenied';
import { HARM_OR_FEAR } from './safeButHard';
import { normaliseMessage } from './text';

/*
 * "The corridors are too loud and people push", "people push me in the lunch queue": a worry about
 * noise, crowds and being jostled in busy places, with nobody singled out and no other harm told.
 * It is still flagged at the safety question (being pushed may be more), but answered as what it
 * most likely is: hard, something a teacher can help with, and a need for the plan. A person named
 * ("a boy", "my brother"), a blow, a threat or anything else of harm keeps the full answer.
 */

/** Busy places and the senses: noise, crowds, queues, corridors and stairs at change-over. */
const BUSY =
  /\b(?:loud|louder|noisy|noise|noises|crowded|crowds?|rammed|packed|busy|hectic|chaotic|corridors?|hallways?|halls?|stairs|stairwells?|queues?|lunch\s+line|canteen|dinner\s+hall|lunch\s+hall|changeover|between\s+lessons|bell)\b/;
/** Being jostled: pushing, shoving, barging, bumping. */
const JOSTLED = /\b(?:push|pushes|pushed|pushing|pushy|shove|shoves|shoved|shoving|barge|barges|barged|barging|bump|bumps|bumped|bumping|squash\w*|crush\w*|jostl\w*)\b(?:\s+(?:me|into\s+me|past\s+me|in|past|around|about))?/g;
/** Whoever pushes, as a crowd: people, kids, everyone; a person singled out is not this. */
const SINGLED_OUT =
  /\b(?:he|she|hes|shes|him|her|boy|girl|lad|man|woman|mum|mom|mam|dad|step\s*(?:dad|mum)|brother|sister|uncle|aunt\w*|cousin|nan|gran\w*|teacher|carer|partner|boyfriend|girlfriend|friend|stranger\w*|adult|gang|older\s+(?:boys|girls|kids|lads))\b/;
/** Pushing meant to hurt ("on purpose", "down the stairs", "into the lockers"): harm, not a crowd. */
const MEANT = /\b(?:on\s+purpose|deliberately|purposely|down\s+the\s+stairs|over|to\s+the\s+(?:floor|ground)|into\s+(?:the\s+)?(?:walls?|lockers?|doors?)|and\s+laugh\w*|for\s+fun)\b/;
/** Fear of the place itself ("busy places are scary") is part of this worry; fear of someone is not. */
const FEAR_OF_THE_PLACE = /\b(?:scary|scared|frightening|worried|nervous|anxious)\b/g;

/** Whether the message tells only of noise, crowds and being pushed in busy places. */
export function tellsOfCrowdedPushing(text: string): boolean {
  const said = normaliseMessage(text);
  if (said.split(' ').length > 30 || !BUSY.test(said)) return false;
  if (!new RegExp(JOSTLED.source).test(said)) return false;
  if (SINGLED_OUT.test(said) || MEANT.test(said)) return false;
  const rest = withoutDeniedHarm(said.replace(JOSTLED, ' ').replace(FEAR_OF_THE_PLACE, ' '));
  return !HARM_OR_FEAR.test(rest);
}
