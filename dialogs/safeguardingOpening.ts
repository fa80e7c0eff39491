import { PARENT_USE_MATTER, parentNamesIn, tellsOfParentSubstanceMisuse } from '../src/language/parentSubstance';
import type { TurnContext } from 'botbuilder';
import { worryingWordsOf } from '../src/language/worryQuoted';
import { speaksForThem } from '../src/domain/aboutWhom';
import { isAdult } from '../src/domain/lifeStage';
import { addFlag } from '../src/domain/draft';
import { flagCategoryOf, saysTheyAreAParent } from '../src/language';
import { harmsToldApart, selfHateToldApart } from '../src/language/harmsToldApart';
import { matterWords, peopleNamed } from '../src/language/sameMatter';
import { namesOfPeople } from '../src/language/peopleNamed';
import { namesAsSubject } from '../src/language/timeWithNoted';
import { Step } from './ids';
import { sayAll, type Words } from './say';
import { SafeguardingText } from './safeguardingText';
import { Asking, type Data } from './safeguardingQuestions';
import { restsOnTheAnswerOnly } from './safeguardingTakeBack';
import { keyWorkerIn } from './cardHeldAnswer';
import { answeredInProportion, childsSelfInjuryInProportion, needToOfferAfter, safeguardingAnswer, saidNoVoiceCalls, saidPhonesAreHard } from './safeguardingAnswer';
import { worriesAnswered } from './safeguardingWorries';
import { raiseConcern } from './safeguardingConcern';
import { tellsOfBuyingForSomeone } from '../src/language/worryChoiceTalk';
import { BUYING_MATTER } from './worryChoiceTalk';
import { GROOMING_MATTER, isGroomingWorry } from './groomingAnswered';
import { kitchenAccidentData } from './kitchenAccidentMeant';
import { interruptedQuestion } from './journey';
import { tellsOfMedicineMissed } from '../src/language/careByStaff';
import type { JourneySession } from './session';
import type { SafeguardingOptions } from './safeguardingContract';

/*
 * The first answer to a possible disclosure: the draft is flagged and the concern raised for the
 * safeguarding leads before anything is said; then the kind words that fit who hears them. Gives
 * what the questions after it need to know (who is listening, whether to offer contact, what may
 * be offered back to the plan).
 */
export async function answerDisclosure(context: TurnContext, session: JourneySession, options: SafeguardingOptions | undefined): Promise<Data> {
  const interrupted = interruptedQuestion(session.journey);
  const step = interrupted?.step ?? Step.welcomeReadingMode;
  const category = flagCategoryOf(options?.category ?? 'unspecified', options?.message ?? '', isAdult((await session.draft())?.youngPerson));
  // Someone asking for pictures, "mature for your age", keep it secret: questions about it later get the answer for grooming.
  const grooming = isGroomingWorry(category, options?.message ?? '');
  // The child's parent using drugs or drink, told by a carer: their later visits are this worry too (parentSubstance.ts).
  const parentUse = category === 'other' && tellsOfParentSubstanceMisuse(options?.message ?? '');
  const draft = await session.updateDraft('safeguarding flag', (d) => addFlag(d, { category, at: session.today, step }));
  // The things the worry named ("picture", "chat"), so a later mention of them is this worry, not a new one.
  // The hope being talked about then, so "the note from the cooking bit" is known as this note.
  const matter = {
    category,
    words: [...(grooming ? [GROOMING_MATTER] : []), ...(parentUse ? [PARENT_USE_MATTER] : []), ...matterWords(options?.message ?? ''), ...(tellsOfBuyingForSomeone(options?.message ?? '') ? [BUYING_MATTER] : [])].slice(0, 10),
    people: peopleNamed(options?.message ?? ''),
    // "my cousin zain ...": the names the note gives, so "take zain out of my plan" later is known as a person.
    // "reece is 19 n he says i owe him": the one who does it, named as the one doing it, so a hope to see them is known.
    names: [...new Set([...(parentUse ? parentNamesIn(options?.message ?? '') : []), ...namesOfPeople(options?.message ?? ''), ...namesAsSubject(options?.message ?? '')])].filter((n) => n.length <= 21).slice(0, 10),
    ...(interrupted?.topic ? { topic: interrupted.topic } : {}),
  };
  await session.updateJourney((j) => ({ ...j, interrupted, flaggedMatters: [...(j.flaggedMatters ?? []), matter].slice(-10) }));
  // A parent, carer or supporter gets the words for adults, also when they only say so now ("I'm his mum").
  const parent = speaksForThem(draft.youngPerson) || saysTheyAreAParent(options?.message ?? '');
  const service = session.services.safeguarding;
  const lead = service ? await service.hasLead().catch(() => false) : false;
  // This flag's concern is raised here, with the words around it; not again at the end of the turn.
  session.takeNewFlags();
  const raised = await raiseConcern(context, session, draft, { ...options, category, step });
  // "my bf pressured me into sex. my dad hits me": each other harm told apart is noted too (it reaches the leads at the
  // end of the turn, as every new flag does); the answer is the one for the whole message.
  const adult = isAdult(draft.youngPerson);
  const alsoTold = harmsToldApart(options?.message ?? '', category, { parent }).map((kind) => flagCategoryOf(kind, options?.message ?? '', adult));
  // "dale says i owe him. i hate myself": hating oneself told apart is heard in the answer and noted too.
  const selfHate = category !== 'self_harm_or_suicide' && !alsoTold.includes('self_harm_or_suicide') && selfHateToldApart(options?.message ?? '', { parent });
  if (selfHate) alsoTold.push('self_harm_or_suicide');
  for (const also of new Set(alsoTold.filter((kind) => kind !== category))) await session.updateDraft('safeguarding flag', (d) => addFlag(d, { category: also, at: session.today, step }));
  // The words fit who hears them (a parent, a young person, an adult), the age and the harm.
  const answer = safeguardingAnswer(category, options?.message ?? '', { parent, person: draft.youngPerson, keyWorker: keyWorkerIn(draft, options?.message ?? ''), lead, step, phonesHard: saidPhonesAreHard(draft, options?.message ?? ''), noVoice: saidNoVoiceCalls(draft, options?.message ?? '') || session.journey.noVoice === true, numbersDeclined: session.journey.numbersDeclined });
  const okay: Words[] = options?.okay ? [{ key: SafeguardingText.okHeard }] : [];
  // Medicine missed or a fit with nobody there: "its not a big deal" later is answered about that care (safeguardingWorries.ts).
  const medicine = category === 'neglect' && tellsOfMedicineMissed(options?.message ?? '');
  await sayAll(context, session.t, [...okay, ...answer.words, ...(selfHate ? [{ key: SafeguardingText.selfHateBeside }] : []), ...worriesAnswered(options?.message ?? '', { lead, parent, category, ...(medicine ? { medicine } : {}), grooming })]);
  const anonymous = !session.speaker.inTeams && !draft.keyWorker?.invitationCode;
  const offer = Boolean(lead && raised && anonymous && !raised.contactKnown);
  // Where it happens, when the message names one place: the plan may then say "I need to feel safe at school".
  const place = needToOfferAfter(category, options?.message ?? '', parent);
  // The flagged words never go into the plan: only what was said beside the harm (or after it) is ever offered back.
  const keep = options?.keep;
  const data: Data = {
    asking: Asking.check,
    category,
    ...(raised ? { concern: raised.id } : {}),
    ...(offer ? { offer: '1' } : {}),
    ...(lead ? { lead: '1' } : {}),
    ...(parent ? { parent: '1' } : {}),
    ...(medicine ? { medicine: '1' } : {}),
    ...(grooming ? { grooming: '1' } : {}),
    ...(options?.okay ? { okay: '1' } : {}),
    ...(restsOnTheAnswerOnly(interrupted, category, options?.message ?? '') ? { answerOnly: '1' } : {}),
    ...(place ? { place } : {}),
    // "i cut myself once" where cooking's hard things are asked: "i meant ... by accident" next may take it back.
    ...kitchenAccidentData(category, options?.message ?? '', interrupted, draft.aspirations.find((a) => a.id === interrupted?.topic)?.text),
    // Mocking only, told at "Do you feel safe?": that question was just asked, so "are you safe right now?" is not asked again.
    // Elsewhere it is, so "im not being bullied, im safe" or "i didnt mean that" is heard there.
    // A parent's account of a young child hurting himself when upset: the kind answer holds the danger line already.
    ...(childsSelfInjuryInProportion(category, options?.message ?? '', { parent, person: draft.youngPerson }) ? { inProportion: '1' } : {}),
    ...(step === Step.aboutMeSafe && answeredInProportion(category, options?.message ?? '', { parent, person: draft.youngPerson, noVoice: saidNoVoiceCalls(draft, options?.message ?? '') }) ? { inProportion: '1' } : {}),
    // Their words heard as the worry, twelve at most, for "which thing sounded worrying?" at the questions after it.
    ...(options?.message && worryingWordsOf(options.message) ? { heard: worryingWordsOf(options.message) } : {}),
    ...(options?.replay ? { replay: options.replay.slice(0, 10_000) } : {}),
    // A parent's words about the child hurting themselves when upset, at a needs question: also that question's answer.
    ...(answer.keepAsNeed && !options?.replay && options?.message ? { replay: options.message.slice(0, 10_000) } : {}),
    ...(!options?.replay && !answer.keepAsNeed && keep ? { keep: keep.slice(0, 10_000) } : {}),
    // The words offered back are only the answer beside the harm (or typed after it), not the harm itself.
    ...(keep ? { keepApart: '1' } : {}),
    ...(keep && options?.suggested ? { suggested: '1' } : {}),
  };
  return data;
}
