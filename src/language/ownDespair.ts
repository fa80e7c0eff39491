import { normaliseReply } from './polarity';

/*
 * A parent or carer talking of ending their own life ("she will be better off when I'm gone", "I
 * can't go on, I want to end it all"): the help they need is for themselves, not their child's
 * Childline. Words about the child ("he says he wants to die") are never read so: the child's own
 * line is then the right one.
 */

/** The speaker's own death or wish to die, in the first person. */
const OWN_DEATH =
  /\b(?:(?:when|once|after|if) (?:im|i am|i was|i m) (?:gone(?! (?:to|on|for|away|out|at|in|into|off|shopping|home|back)\b)|dead|not here|not around)|(?:i|im|i am) (?:want|wanna|going|gonna|wish i (?:could|was)|want to|thinking (?:of|about)) (?:to )?(?:die|be dead|end it|end it all|end my life|kill myself|not be here|disappear)|(?:kill|killing|hurt|hurting) myself|end (?:it all|my (?:own )?life)|(?:better off|be better|be happier|be easier) without me|(?:i|i just|i really) (?:cant|cannot) (?:go on|do this anymore|carry on anymore)|(?:wish|wishing) i (?:was|were) (?:dead|gone|not here)|(?:no|not any) (?:point|reason) (?:in )?(?:me )?(?:being here|living|going on))\b/;

/** Talk of the child or another person wanting to die: their words, not the speaker's. */
const SOMEONE_ELSES =
  /\b(?:he|she|they|hes|shes|theyre|him|her|them|son|daughter|child|kid|boy|girl)\b (?:\w+ ){0,3}(?:wants?|wanted|says?|said|talks?|talked|tried|tries|threaten\w*|keeps? saying|is going|going|wanna) (?:\w+ ){0,3}(?:die|dead|kill (?:him|her|them)sel(?:f|ves)|end it|hurt (?:him|her|them)sel(?:f|ves)|not (?:be )?here)\b|\b(?:him|her|them)sel(?:f|ves)\b/;

/**
 * The child's words passed on: "he said i want to kill myself", "my son keeps saying everyone would
 * be better off without me". The first person inside is the child's, so the child's lines are right.
 */
const REPORTED_SPEECH =
  /\b(?:he|she|they|hes|shes|theyre|son|daughter|child|kid|boy|girl|[a-z]+ (?:says|said|told me|keeps saying|kept saying|wrote|texted|messaged))\b(?: \w+){0,2} (?:says|said|told (?:me|us|her|him|them|the \w+)|keeps? saying|kept saying|wrote|texted|messaged|screams|shouts|cries)\b|["“”]/;

export function talksOfOwnDeath(text: string): boolean {
  const plain = normaliseReply(text);
  if (!plain || plain.length > 600) return false;
  // Quotes are looked for in the typed text: the plain form may drop them.
  return OWN_DEATH.test(plain) && !SOMEONE_ELSES.test(plain) && !REPORTED_SPEECH.test(plain) && !/["“”]/.test(text);
}
