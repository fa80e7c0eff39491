import { setYoungPerson, type Draft } from '../src/domain/draft';
import { callsThemTheirChild } from '../src/domain/aboutWhom';
import { childNamedByParent, guessName, readName, saysThatIsThem } from '../src/language/nameAnswer';
import { takesBackNo } from '../src/language/nameCorrection';
import { readVolunteered, type Volunteered } from '../src/language/volunteered';
import { answerBesideItIsThemselves, relationshipOf, saysItIsThemselves } from '../src/language/whoAnswer';
import { speaksForThem } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { carerOwnNameAt, whoseNameAnswered } from './welcomeCarerName';
import { readNameAsides, type NameAsides } from './welcomeNameAsides';
import { WelcomeText } from './welcomeText';
import { CONFIRMING, heldIn, keepVolunteered, withSaid } from './welcomeVolunteered';
import { saysNameAgain } from '../src/language/nameSaidAgain';

/*
 * The answer to the name question: a name out of a sentence, a carer's own name kept as theirs, an
 * age said beside it kept, and after two misses a best reading checked before it is kept.
 */

/** "I'll say 'your child' for now" to a mum or dad; "the young person" to a carer or supporter; "you" to the young person. */
function nameDefaulted(draft: Draft | undefined): Words {
  if (!speaksForThem(draft)) return { key: WelcomeText.nameDefaulted };
  return { key: callsThemTheirChild(draft?.youngPerson) ? WelcomeText.nameDefaultedChild : WelcomeText.nameDefaultedYoungPerson };
}

/** A name out of a sentence; "rather not say" moves on without one; the best reading is checked after two misses. */
export async function answerName(session: JourneySession, position: Position, typedText: string, chosen: string | undefined): Promise<Next> {
  // "no its me typing. im jade": who is typing is put right (in the chat talk); the name beside it is the answer.
  const own = saysItIsThemselves(typedText) ? answerBesideItIsThemselves(typedText) : typedText;
  // "its his dad derek ... should i write like its him or me": their own name kept as theirs, the question answered after the name.
  const asides = await readNameAsides(session, own);
  const text = asides.text;
  if (!text) return asides.voiceAnswer ? { say: [await asides.voiceAnswer(session)], goTo: position } : { goTo: position };
  const draft = await session.draft();
  // "Leo, he's 6": an age said with the name is not asked again.
  const said = readVolunteered(text);
  const age = withSaid(heldIn(position.data), said?.age ? { age: said.age, nameSure: false } : undefined);
  const next = (say: Next['say']) => onFromName(session, position, age, say);
  const whose = await whoseNameAnswered(session, position, text, chosen);
  if (whose) return 'childName' in whose ? keepName(session, whose.childName, position, age, asides.voiceAnswer) : whose;
  const guess = position.data?.[CONFIRMING];
  if (guess) {
    // A clear name typed now wins over the guess; yes keeps the guess; so does an answer to the next
    // question ("16, year 11"), which takes the name as agreed; anything else moves on without one.
    // "its me", "that's me": the name read back is theirs, said in their own words.
    // "Bea! B-E-A. its short for Beatrice…": the name read back, said (or spelled) again, is a yes.
    if (!chosen && (saysThatIsThem(text) || saysNameAgain(text, guess))) return keepName(session, guess, position, age, asides.voiceAnswer);
    const typed = chosen ? undefined : readName(text);
    const movedOn = !chosen && said?.age !== undefined && !said.name;
    const name = chosen === 'yes' || movedOn ? guess : typed && typed.name ? typed.name : undefined;
    // The name said no to is kept beside the age question, so "sorry i meant yes" can still keep it.
    if (!name) return withDeclined(await next([nameDefaulted(draft)]), guess);
    return keepName(session, name, position, age, asides.voiceAnswer);
  }
  // "Bev, I'm her nan": her own name, kept as the person chatting's; the child's name is asked for.
  const ownName = await carerOwnNameAt(session, position, text);
  if (ownName && 'childName' in ownName) return keepName(session, ownName.childName, position, age, asides.voiceAnswer);
  if (ownName) return ownName;
  // "Alfies dad" at the name question: the child is named, and the person typing is his parent.
  const child = childNamedByParent(text);
  if (child && draft?.youngPerson.who === 'self') {
    const relationship = relationshipOf(text);
    await session.updateDraft('who is chatting', (d) => setYoungPerson(d, { who: 'parent_carer', ...(relationship ? { relationship } : {}) }));
  }
  const read = readName(text);
  if (!read && asides.voiceAnswer) return { say: [await asides.voiceAnswer(session)], goTo: position };
  if (!read) return { say: [{ key: WelcomeText.notUnderstood }], goTo: position, miss: true };
  if (!read.name) return next([{ key: WelcomeText.nameSkip }]);
  return keepName(session, read.name, position, age, asides.voiceAnswer);
}

/** Marks the name said no to on the age question that follows. */
const DECLINED = 'declinedName';
function withDeclined(next: Next, guess: string): Next {
  return next.goTo?.step === Step.welcomeAge ? { ...next, goTo: { ...next.goTo, data: { ...next.goTo.data, [DECLINED]: guess } } } : next;
}

/** "sorry i meant yes" at the age question, after no to "Shall I call you Jess?": the name is kept and the age asked again. */
export async function declinedNameTakenBack(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const guess = position.data?.[DECLINED];
  if (!guess || !takesBackNo(text)) return undefined;
  const { [DECLINED]: _declined, ...data } = position.data ?? {};
  const draft = await session.updateDraft('name', (d) => setYoungPerson(d, { name: guess }));
  const thanks = speaksForThem(draft) ? WelcomeText.nameThanksChild : WelcomeText.nameThanks;
  return { say: [{ key: thanks, vars: { name: guess } }], goTo: { ...position, data } };
}

async function keepName(session: JourneySession, name: string, position: Position, held?: Volunteered, voiceAnswer?: NameAsides['voiceAnswer']): Promise<Next> {
  const draft = await session.updateDraft('name', (d) => setYoungPerson(d, { name }));
  const thanks = speaksForThem(draft) ? WelcomeText.nameThanksChild : WelcomeText.nameThanks;
  return onFromName(session, position, held, [{ key: thanks, vars: { name } }, ...(voiceAnswer ? [await voiceAnswer(session)] : [])]);
}

/** After the name: an age told already is kept, and the age question asked only if it is still needed. */
async function onFromName(session: JourneySession, position: Position, held: Volunteered | undefined, say: Next['say']): Promise<Next> {
  const facts = held ? { ...held, who: undefined, name: undefined, nameSure: false } : undefined;
  const next = await keepVolunteered(session, facts, Step.welcomeName, position.data);
  return { ...next, say: [...(say ?? []), ...(next.say ?? [])] };
}


/** After two misses: "Shall I call you Jay?" for a likely name; else on without one, saying so. */
export async function nameByDefault(session: JourneySession, position: Position, text: string): Promise<Next> {
  const guess = position.data?.[CONFIRMING] ? undefined : guessName(text);
  if (guess) return { goTo: { step: Step.welcomeName, data: { ...position.data, [CONFIRMING]: guess } } };
  return onFromName(session, position, heldIn(position.data), [nameDefaulted(await session.draft())]);
}
