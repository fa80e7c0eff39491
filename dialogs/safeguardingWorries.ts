import { cannotMakeVoiceCalls, asksAboutTrouble, asksIfRealFriend, asksWhyFamily, asksForSecrecy, asksIfTheyAreInTrouble, followUpQuestion, rulesOutFamily, type FollowUpQuestion } from '../src/language';
import { personAskedAbout } from '../src/language/disclosureFollowUp';
import { defendsTheChild } from '../src/language/notTheirFault';
import { declinesTheNumbers } from '../src/language/numbersDeclined';
import { asksWhyChecked } from '../src/language/whyChecked';
import { shrugsOffCalling } from '../src/language/careByStaff';
import { clearedConcernText } from '../src/language/concernRuleMatch';
import { asksIfItIsWrong } from '../src/language/concernRules/carriedForSomeone';
import { asksIfMateCrimeIsOk, defendsTheFriend, defendsThemAsFriends, saysNotAnswered, toldOfMateCrime } from '../src/language/mateCrime';
import type { Words } from './say';
import type { JourneySession } from './session';
import { SafeguardingText } from './safeguardingText';
import { noVoiceLines } from './safeguardingAnswer';
import { afterTheSecretWords } from './tellingAsked';
import { answerQueriedWords } from './answerQueried';
import { readPersonNotTold } from '../src/language/personNotTold';
import { groomingAnswerWords } from './groomingAnswered';
import { harmAnswerWords } from './harmAnswered';

/** Who is being answered: whether the service has a safeguarding lead, and whether a parent or carer is chatting. */
export interface Listener {
  lead: boolean;
  parent: boolean;
  /** The kind of worry flagged, when known: "why my family?" is answered only for bullying, where it is true. */
  category?: string;
  /** The plan's headings whose answers hold words of the worry ("What matters to Reece"): those show wherever the plan does. */
  answers?: string;
  /** The plan may hold words of a message that was checked or noted (worryWordsInPlan.ts): the copy is not for anyone. */
  mayHold?: boolean;
  /** The worry told of medicine missed or a fit with nobody there. */
  medicine?: boolean;
  /** The worry told of online grooming: "is it bad?", "should i send them?" get a plain answer for it. */
  grooming?: boolean;
}

const FOLLOW_UP: Record<FollowUpQuestion, (who: Listener) => string> = {
  phones: (who) => (who.parent ? SafeguardingText.parentPhones : SafeguardingText.phones),
  // A parent is told who reads the note, then who else they can tell: the school, the police, the NSPCC.
  whoToTell: (who) => (who.parent ? (who.lead ? SafeguardingText.parentWhoToTellLead : SafeguardingText.parentWhoToTell) : SafeguardingText.whoToTell),
  tellNamed: (who) => (who.parent ? SafeguardingText.parentTellNamed : SafeguardingText.tellNamed),
  whoSees: (who) =>
    who.mayHold ? (who.lead ? SafeguardingText.whoSeesLeadMayHold : SafeguardingText.whoSeesNoLeadMayHold) : who.lead ? SafeguardingText.whoSeesLead : SafeguardingText.whoSeesNoLead,
  whatNow: (who) =>
    who.parent ? (who.lead ? SafeguardingText.parentWhatNowLead : SafeguardingText.parentWhatNowNoLead) : who.lead ? SafeguardingText.whatNowLead : SafeguardingText.whatNowNoLead,
  // "whats a safeguarding lead", "will someone come to my house": who they are, what happens next, that this chat sends nobody.
  // "wats adult socal care": the part of the council that helps adults stay safe and get support, and how to reach them.
  whatIsSocialCare: () => SafeguardingText.socialCareWhat,
  whoIsLead: (who) =>
    who.parent ? (who.lead ? SafeguardingText.parentLeadWhoLead : SafeguardingText.parentLeadWhoNoLead) : who.lead ? SafeguardingText.leadWhoLead : SafeguardingText.leadWhoNoLead,
};

/** The true answer to a question about getting help ("do i have to ring them", "who should i tell", "will school see this"), if the message asks one. */
export function followUpAnswered(text: string, who: Listener): Words | undefined {
  const asked = followUpQuestion(text);
  // "who should i tell. not my parents": the adults at school, not "a parent or carer".
  if (asked === 'whoToTell' && !who.parent && rulesOutFamily(text)) return { key: SafeguardingText.whoToTellAtSchool };
  // "will they ring my mum??", "will that note go to Mrs Patel?": the same answer about who sees it, naming whom they asked about.
  // Words kept as an answer show wherever the plan does: the true answer says which, not "not your words".
  if (asked === 'whoSees' && who.answers) return { key: who.lead ? SafeguardingText.wordsInPlanLead : SafeguardingText.wordsInPlanNoLead, vars: { answers: who.answers } };
  const whom = asked === 'whoSees' ? personAskedAbout(text) : null;
  if (whom) return { key: who.lead ? SafeguardingText.whoSeesNamedLead : who.mayHold ? SafeguardingText.whoSeesNamedNoLeadMayHold : SafeguardingText.whoSeesNamedNoLead, vars: { whom } };
  return asked ? { key: FOLLOW_UP[asked](who) } : undefined;
}

/**
 * True answers to what people ask once help lines were given: "don't tell anyone", "will they get
 * in trouble?", "do i have to ring them", "who should i tell", "who sees this". Never stored, never
 * read as "stop".
 */
export function worriesAnswered(text: string, who: Listener): Words[] {
  // "is it bad tho?", "should i send them?" after a note about someone asking for pictures: the plain answer first.
  const words: Words[] = who.parent ? [] : groomingAnswerWords(text, who.grooming === true);
  // "is it normal that he shoves me?" after a note about harm from others, bullying, a partner or neglect: no, it is not OK.
  if (words.length === 0) words.push(...harmAnswerWords(text, who.category, who.parent));
  const followUp = followUpAnswered(text, who);
  // "is jay in trubble?? please dont tell him i said": that person is not told by the bot, who sees the note, and that
  // they will think about keeping them safe; what happens to the person cannot be promised (personNotTold.ts).
  const person = who.parent ? null : readPersonNotTold(text);
  // "Who sees it?" has its own fuller answer; "will you tell my mum?" is about secrecy. "dont tell anyone. will he find
  // out" asks both: the secrecy answer (it cannot be kept secret) and the person's lines after it.
  const secret = asksForSecrecy(text) && followUpQuestion(text) !== 'whoSees';
  if (secret) words.push({ key: who.lead ? SafeguardingText.secretLead : who.parent ? SafeguardingText.parentSecretNoLead : SafeguardingText.secretNoLead }, afterTheSecretWords(who));
  if (person) {
    const note: Words = { key: who.lead ? SafeguardingText.personNoteLead : SafeguardingText.personNoteNoLead };
    if (person.told) words.push({ key: SafeguardingText.personNotTold, vars: { whom: person.whom } }, note);
    if (person.trouble) words.push({ key: SafeguardingText.personTrouble, vars: { whom: person.whom } });
    if (!person.told) words.push(note);
  }
  // "Am I in trouble?" has a true answer: no. What happens to others cannot be promised; only "is he in trouble?"
  // is answered about that person instead.
  if (person?.trouble) {
    // Said above, naming the person.
  } else if (!who.parent && asksIfTheyAreInTrouble(text)) words.push({ key: SafeguardingText.notInTrouble });
  else if (asksAboutTrouble(text)) words.push({ key: SafeguardingText.trouble });
  // "why my family? my family is good" after bullying: the family is not what this is about.
  if (!who.parent && who.category === 'bullying' && asksWhyFamily(text)) words.push({ key: SafeguardingText.notAboutFamily });
  // "is she a reel frend?" after telling of a friend who takes their money or things: a kind, true answer.
  if ((who.category === 'exploitation' || who.category === 'bullying') && asksIfRealFriend(text)) words.push({ key: SafeguardingText.realFriend });
  // "is something wrong with taking a bag for a mate?": a calm, true answer about being used, never blaming.
  // "my mates keep asking me to get money out. is that normal", "u didnt anser me. about dazza and the 50": money asked
  // of them by "mates" is not OK, and they can say no (mateCrime.ts); the errand answer is about bags, not money.
  const mates = !who.parent && who.category === 'exploitation';
  if (mates && asksIfMateCrimeIsOk(text)) words.push({ key: SafeguardingText.mateAskedIfOk });
  else if (mates && saysNotAnswered(text)) words.push({ key: SafeguardingText.mateNotAnswered });
  else if (mates && !toldOfMateCrime(text) && asksIfItIsWrong(clearedConcernText(text))) words.push({ key: SafeguardingText.errandAskedIfWrong });
  // "why would i call the police dale hasnt done anything", "i dont want dale in trouble": nobody says he must call the
  // police, the friend is not called bad, and the worry is his money; the note stays.
  if (mates && defendsTheFriend(text)) words.push({ key: SafeguardingText.friendDefended });
  // "its not like that there sound", "nah theyre my mates": it can feel like friendship, and that is how the trick works; the note stays.
  else if (mates && defendsThemAsFriends(text)) words.push({ key: SafeguardingText.exploitedFeelsLikeFriends });
  // "yeh im ok. why is it hard" after the answer: why it is a worry, kindly, for the kind of worry told.
  if (!who.parent && asksWhyChecked(text)) words.push({ key: who.category === 'exploitation' ? SafeguardingText.whyWorryUsed : SafeguardingText.whyWorry });
  // "its not a big deal. i dont wana call no one": it matters, calling is their choice, and the note is kept. No more numbers.
  const shrugged = !who.parent && shrugsOffCalling(text);
  if (shrugged) {
    words.push({ key: who.medicine ? SafeguardingText.shruggedMattersMedicine : SafeguardingText.shruggedMatters }, { key: SafeguardingText.shruggedYourChoice });
    words.push({ key: who.lead ? SafeguardingText.shruggedNoteLead : SafeguardingText.shruggedNoteNoLead });
  } else if (followUp) words.push(followUp);
  // "me deaf cant call phone" after the lines: the ways that need no voice call (the adult twins pick who Childline is for).
  else if (cannotMakeVoiceCalls([text])) words.push({ key: SafeguardingText.noVoiceLead }, ...noVoiceLines(false));
  // "Why Samaritans?", "What does worrying mean", "what is not my fault?": our own words, explained literally.
  if (!who.parent) words.push(...answerQueriedWords(text, Boolean(followUp) || shrugged));
  // "please stop giving me the numbers": heard, and not said again (safeguardingAnswer.ts).
  if (declinesTheNumbers(text)) words.push({ key: SafeguardingText.numbersDeclined });
  // A parent's "its not his fault": heard, and the question stays open; never a "no" to "are you safe?".
  if (who.parent && defendsTheChild(text)) words.push({ key: SafeguardingText.parentNotTheirFault });
  return words;
}

/** A short word when a concern already passed on is told again: no second full answer. */
export function reminderOf(who: Listener): Words {
  if (who.parent) return { key: who.lead ? SafeguardingText.parentReminderLead : SafeguardingText.parentReminderNoLead };
  return { key: who.lead ? SafeguardingText.reminderLead : SafeguardingText.reminderNoLead };
}

/** The kind reply after "are you safe?": after "i know the numbers", one that names no help line. */
export function namesNoLines(session: Pick<JourneySession, 'journey'>, reply: 'glad' | 'moveOn'): string {
  const declined = session.journey.numbersDeclined === true;
  if (reply === 'glad') return declined ? SafeguardingText.numbersGlad : SafeguardingText.glad;
  return declined ? SafeguardingText.numbersCheckMoveOn : SafeguardingText.checkMoveOn;
}
