import { saysOwnThingsCarried } from './ownThingsCarried';
import { withoutCarersOwnYears } from './carerOwnYears';
import { childNamedAsMine } from './childByName';
import { describesChildHittingCarer, describesChildsOwnWays, describesChildsSelfInjury, tellsOfChildLeftOut, tellsOfChildPlayingAlone, tellsOfUnkindChildren } from './childsOwnWays';
import { describesChildRoughWithSibling } from './childRoughWithSibling';
import { detectConcernWithReading, onlyDeniesSuicide, type ConcernReading } from './concern';
import { tellsOfChildLockedIn, tellsOfFamilyHurtingChild, tellsOfSomeoneTouchingChild } from './concernParentTells';
import type { Concern, ConcernCategory } from './concernCategories';
import { describesHarmByOthers, isPlanTalk } from './disclosureFollowUp';
import { tellsOfErrandSign } from './concernRules/carriedForSomeone';
import { saysOnlyShoutedAt, tellsOfGentleSign } from './gentleSigns';
import { tellsOfMateCrimeSign } from './mateCrime';
import { namesHomeAdultBesideHarm, scaredWhenSomeoneRages, tellsOfDaysWithoutFood } from './homeAdultBesideHarm';
import { normaliseMessage } from './text';
import { tellsOfChildTellingThem } from './childTellsParent';
import { saysCareWasAdvised } from './careAdvised';
import { withoutDisclosurePassedOn } from './passedOn';
import { readEditRequest } from './editRequest';
import { talksAboutThePlan } from './planTalk';
import { readPuzzledTalk } from './puzzledTalk';
import { tellsOfNappiesLeftBehind, tellsOfToiletingProgress } from './toiletingProgress';
import { tellsOfNotGoingAlone } from './cantGoAlone';
import { tellsOfHopedBenefit } from './hopedBenefit';
import { tellsOfUpLate } from './upLate';
import { tellsOfOrdinaryAdultLife, tellsOfOwnMedicineAlone } from './ordinaryLife';
import { whoSaidFirst } from './whoSaidMidChat';
import { wordsMeantInWordingFix } from './wordingPutRight';
import { saysNobodyLikesThem, saysNoPoint, saysOnlyDisliked, saysOwnSelfHate } from './concernSelfHate';
import { scaredSaidAlone } from './scaredOfTheGoal';
import { frustratedWithTheProcess } from './processFrustration';
import { withoutNoteTalk } from './noteTalkBeside';
import { tellsOfToiletingBenefit } from './toiletingBenefit';
import { tellsOfTalkingWithChild } from './talkingWithChild';
import { tellsOfEatingPlaceRule } from './eatingPlaceRule';
import { tellsOfPhoneTakenByName, tellsOfPhoneTakenOnceByName } from './phoneTaken';
import { tellsOfParentSubstanceMisuse } from './parentSubstance';
import { withoutTalkedOverChild } from './talkedOverChild';
import { withoutFillingForChild } from './fillingForChild';

/**
 * What a chat does with a typed message on safeguarding's account, before anything about the
 * conversation so far is known: the full answer and a flag at once (`answer`), "Are you OK?" first
 * (`check`), or nothing. The analysis counts every possible disclosure as a concern; this is what a
 * person typing actually meets, so the figures of the chat are measured on it too.
 */
export type ChatSafeguarding = { action: 'answer'; category: ConcernCategory | 'unspecified' } | { action: 'check'; concern: Concern } | { action: 'none'; concern: Concern };

export interface ChatSafeguardingOptions {
  /** A parent or carer answering for the child: their account of the child's own ways is a need. */
  parent: boolean;
  /** An answer to "what will you be able to do?": it reads as "I will ..." ("cook my own tea every day in the flat"). */
  goal?: boolean;
  /** The child's name as the conversation gave it: a parent's "Sam hits me" reads as "my child hits me". */
  childName?: string;
  /**
   * Who is chatting is asked or may be put right at this question (from "Who is chatting?" on): "no im his mum
   * not alfie. hes 4" is read as who, and only what follows is read for harm. Elsewhere the message is read whole.
   */
  whoMayBePutRight?: boolean;
}

/**
 * "he says im thick when he gets it wrong", from a parent: the child calling himself a name when a task beats him,
 * to the end of that sentence. Said by a young person the same words are name-calling, so only a parent's is read so.
 */
const CHILD_CALLS_SELF =
  /\b(?:he|she)\s+(?:\w+\s+)?(?:say|says|said|saying)\s+(?:that\s+)?(?:im|i\s+am)\s+(?:a\s+|an\s+)?\w+\s+(?:when|whenever|if|every\s+time|each\s+time)\s+(?:he|she)\s+(?:cant|cannot|can\s+not|couldnt|could\s+not|doesnt|does\s+not|dont|didnt|gets?\s+(?:it|things?|something|anything|a\s+question|an?\s+answer|stuck)|makes?\s+(?:a\s+)?mistakes?|struggles?|fails?|loses?|finds?\s+(?:it|things?)\s+(?:hard|difficult|tricky))\b[^.!?\n]*/g;

/**
 * "he says hes stupid alot which breaks my heart", from a parent: the child's low opinion of himself, told by the
 * one who cares for him, is a need for the plan (confidence), not harm. Only the name he calls himself and how often
 * are set aside; whatever follows ("... and he wants to die", "... because his dad tells him he is") is read as usual.
 * Only the child speaking of himself: "he says im useless", "they say hes thick", "he tells me im stupid" are someone
 * calling names, read as ever.
 */
const CHILD_LOW_OPINION =
  /\b(?:he|she|my\s+child)\s+(?:(?:always|often|keeps|keep|still|just|even|sometimes|constantly)\s+)?(?:(?:say|says|said|saying|thinks?|believes?)\s+(?:that\s+)?(?:hes|he\s+is|shes|she\s+is)\s+(?:just\s+)?|calls\s+(?:himself|herself)\s+)(?:so\s+|really\s+|just\s+|too\s+|a\s+bit\s+|an?\s+)?(?:stupid|thick|dumb|an?\s+idiot|idiot|rubbish|useless|no\s+good|not\s+(?:clever|smart|good|bright)(?:\s+enough)?|bad\s+at\s+(?:everything|it|things|school|reading|maths|writing)|a\s+failure|failure|the\s+worst|thick\s+as\s+\w+|slow|a\s+loser|loser|rubbish\s+at\s+(?:everything|it|things|school|reading|maths|writing))(?:\s+at\s+(?:everything|school|reading|maths|writing|it|things))?(?:\s+(?:a\s+lot|alot|all\s+the\s+time|every\s+day|everyday|constantly|sometimes|often|loads|quite\s+a\s+bit|now|lately|these\s+days))?\b/g;

/** The parent's message without the child's own words about himself (see CHILD_CALLS_SELF), or null when there are none. */
function withoutChildCallingSelf(text: string): string | null {
  const plain = text.toLowerCase().replace(/['’‘"“”]/g, '');
  const rest = plain.replace(CHILD_CALLS_SELF, ' . ').replace(CHILD_LOW_OPINION, ' . ');
  return rest === plain ? null : rest.trim();
}

export function safeguardingInChat(said: string, { parent, goal = false, childName, whoMayBePutRight = false }: ChatSafeguardingOptions): ChatSafeguarding {
  const text = parent ? childNamedAsMine(said, childName) : said;
  // A denial of wanting to die, and nothing else, is asked after gently: never answered in full, never passed over as plan talk.
  if (onlyDeniesSuicide(text)) return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'self_harm_or_suicide' } };
  // Someone else's disclosure already passed on to an adult who is helping is set aside: the rest is read as usual.
  const passedOn = withoutDisclosurePassedOn(text);
  if (passedOn !== null) return /\p{L}{2,}/u.test(passedOn) ? safeguardingInChat(passedOn, { parent, goal, whoMayBePutRight }) : { action: 'none', concern: { concern: false, category: null } };
  // "the date part has a full stop in the middle. it should just say by september 2027.": only the chat's wording put
  // right. Only the words wanted are read, as if typed alone (wordingPutRight.ts).
  const meant = wordsMeantInWordingFix(text);
  if (meant !== null) return /\p{L}{2,}/u.test(meant) ? safeguardingInChat(meant, { parent, goal, whoMayBePutRight }) : { action: 'none', concern: { concern: false, category: null } };
  // "what adult?? you said no one reads this. i havent taken anything back either": talk about the note, sentence by
  // sentence, tells of no harm; the rest is read as if typed alone (noteTalkBeside.ts).
  const noteTalk = withoutNoteTalk(text);
  if (noteTalk !== null) return /\p{L}{2,}/u.test(noteTalk) ? safeguardingInChat(noteTalk, { parent, goal, childName, whoMayBePutRight }) : { action: 'none', concern: { concern: false, category: null } };
  // "no im his mum not alfie. hes 4": who is chatting, put right, tells of no harm; the rest is read as a parent's.
  const whoPutRight = whoMayBePutRight ? whoSaidFirst(text, childName) : undefined;
  if (whoPutRight) return /\p{L}{2,}/u.test(whoPutRight.rest) ? safeguardingInChat(whoPutRight.rest, { parent: true, goal, childName, whoMayBePutRight }) : { action: 'none', concern: { concern: false, category: null } };
  // "now he say 'I am stupid' when he cannot finish": the child's own words about himself, quoted by a parent, are
  // no name-calling; they are set aside and the rest is read as usual.
  const quoted = parent ? withoutChildCallingSelf(text) : null;
  if (quoted !== null) return /\p{L}{2,}/u.test(quoted) ? safeguardingInChat(quoted, { parent, goal, childName, whoMayBePutRight }) : { action: 'none', concern: { concern: false, category: null } };
  // "is this for me or for my son? i am filling for Tobi he cant do this himself yet": who fills it in, set aside (read as a parent's).
  const filling = withoutFillingForChild(text);
  if (filling !== null) return /\p{L}{2,}/u.test(filling) ? safeguardingInChat(filling, { parent: true, goal, childName, whoMayBePutRight }) : { action: 'none', concern: { concern: false, category: null } };
  // "people always talk to me over his head and he hate it": grown-ups talking past the child, set aside; the rest is read as usual.
  const talkedOver = parent ? withoutTalkedOverChild(text) : null;
  if (talkedOver !== null) return /\p{L}{2,}/u.test(talkedOver) ? safeguardingInChat(talkedOver, { parent, goal, childName, whoMayBePutRight }) : { action: 'none', concern: { concern: false, category: null } };
  // A carer's own years ("who will look after her when I'm gone") are set aside first: the rest is read as usual.
  const ownYears = parent ? carersOwnYearsInChat(text, goal, whoMayBePutRight) : undefined;
  if (ownYears) return ownYears;
  // "he hits me when he has a meltdown": the child's own distress told by the carer, a need and not harm to the child.
  if (parent && describesChildHittingCarer(text)) return { action: 'none', concern: { concern: false, category: null } };
  // "when he is overwhelmed he is rough with his baby sister": the same, towards a brother or sister.
  if (parent && describesChildRoughWithSibling(text)) return { action: 'none', concern: { concern: false, category: null } };
  // "i have my dinner money every day", said whole: their own things with them, never a worry ("... but they take it" is read as usual).
  if (!parent && saysOwnThingsCarried(text)) return { action: 'none', concern: { concern: false, category: null } };
  // The message is read once: its verdict and the classifier's reading behind it.
  const { concern, reading } = detectConcernWithReading(text);
  // "when he cant tell he gets angry and hits his head": the child's own self-injury in distress, told by the
  // carer. A sure reading keeps the answer for a worried parent (never harm by others or bullying), and so
  // does a self-harm rule the classifier doubts ("... a big meltdown, screaming, throwing things, sometimes he
  // hit himself": the kind answer and a note, as a lead would want); anything less is a need for the plan,
  // and "Are you OK?" would only make a parent feel accused.
  if (parent && describesChildsSelfInjury(text)) {
    const ruled = reading.ruleCategories.includes('self_harm_or_suicide');
    return (concern.concern && concern.sure) || ruled ? { action: 'answer', category: 'self_harm_or_suicide' } : { action: 'none', concern: { concern: false, category: null } };
  }
  // A carer's "her mum has problems with drugs and turns up out of nowhere": the child's parent misusing drugs or
  // drink, answered and noted as substance misuse (other); a harm the reading is sure of keeps its own, graver kind.
  if (parent && tellsOfParentSubstanceMisuse(text)) {
    const sureKind = concern.concern && concern.sure ? concern.category : null;
    return { action: 'answer', category: sureKind && sureKind !== 'neglect' ? sureKind : 'other' };
  }
  // A parent's "my brother hits him and i want him to stop": someone in their family hurting the child, whatever
  // hope is said beside it (a rule's own kind is kept when one reads it).
  if (parent && !(concern.concern && concern.sure) && tellsOfFamilyHurtingChild(text)) return { action: 'answer', category: 'harm_from_others' };
  // "his uncle touches him", "his stepdad locks him in his room": from a parent, someone touching the child or
  // locking them in is told plainly, whatever the classifier makes of "him" (a rule's own sure kind is kept).
  if (parent && !(concern.concern && concern.sure) && tellsOfSomeoneTouchingChild(text)) return { action: 'answer', category: 'sexual_abuse' };
  if (parent && !(concern.concern && concern.sure) && tellsOfChildLockedIn(text)) return { action: 'answer', category: 'harm_from_others' };
  // "they hate me", the whole message and nothing done: in proportion, a gentle "Are you OK?" first, never 999 at once.
  if (!parent && concern.concern && concern.category === 'bullying' && saysOnlyDisliked(text)) return { action: 'check', concern: { concern: true, category: 'bullying', sure: false } };
  // "Zain took my phone off me", once and nothing more: who Zain is is not said, so "Are you OK?" first, never bullying
  // filed on a guess. Again and again, or with a threat or hurt beside it, is read as ever (phoneTaken.ts).
  if (!parent && concern.concern && concern.sure && (concern.category === 'bullying' || concern.category === 'harm_from_others') && tellsOfPhoneTakenOnceByName(text))
    return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: concern.category } };
  // A disclosure the rules back, or one the classifier is sure of: the full answer and a flag at once.
  if (concern.concern && concern.sure) return { action: 'answer', category: concern.category ?? 'unspecified' };
  // A parent's "honestly whats the point, nobody listens to us": frustration with the process, the whole message, never "Are you OK?".
  if (parent && frustratedWithTheProcess(text)) return { action: 'none', concern: { concern: false, category: null } };
  // So is a parent telling of other children being unkind to their child ("other children say she smells"),
  // with the classifier's kind when it reads one ("people from the estate... they hit him" is more than bullying).
  // Left out at playtime or called "a baby", with no hurt or mocking beside it: a friendship need, said kindly by the chat.
  if (parent && (tellsOfChildLeftOut(text) || tellsOfChildPlayingAlone(text))) return { action: 'none', concern: { concern: false, category: null } };
  if (parent && tellsOfUnkindChildren(text)) return { action: 'answer', category: (concern.concern && concern.category) || 'bullying' };
  // "she'll be better off when I'm gone", said of oneself: "Are you OK?" for the one speaking ("when I'm gone to work" is not).
  if (saysOthersBetterOffWithoutThem(text)) return { action: 'check', concern: concern.concern ? concern : { concern: false, category: null, unclear: true, likely: 'self_harm_or_suicide' } };
  // A young person's "he screamed at me", said on its own: "That sounds hard. Are you OK?" (a parent's is the child's own ways).
  if (!parent && !concern.concern && saysOnlyShoutedAt(normaliseMessage(text))) return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'harm_from_others' } };
  // "my money runs out quick tho lol. they ate all the food nan got": a sign of "mates" using them, often told
  // lightly ("lol"), so a joke around it does not hide it. At most "Are you OK?" (mateCrime.ts).
  if (!parent && !concern.concern && tellsOfMateCrimeSign(reading.cleared)) return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'exploitation' } };
  // "lovely?? i said i hate myself": hating oneself, said whole, tells of no harm but is asked after gently.
  // So is "be a chef one day, some days i feel like whats the point tho": hopelessness said as a clause of its own.
  // A faint reading (a hope beside it) does not hide either, nor "nobody likes me" said as a sentence of its own.
  if ((!concern.concern || concern.faint) && (saysOwnSelfHate(text) || saysNoPoint(text) || saysNobodyLikesThem(text)))
    return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'self_harm_or_suicide' } };
  // "im really scared", said alone by a young person: it does not say what of, and may be of someone, so it is asked
  // after gently ("im scared of doing it", fear of the goal, is not: scaredOfTheGoal.ts).
  if (!parent && !concern.concern && scaredSaidAlone(text)) return { action: 'check', concern: concern.unclear ? concern : { concern: false, category: null, unclear: true } };
  // A parent or family member who hurts or scares them, or is locked out, read nowhere else: "That sounds hard. Are you OK?".
  if (!parent && !concern.concern && namesHomeAdultBesideHarm(text)) return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'harm_from_others' } };
  // "i get scared when he shouts": fear of someone in a temper, said plainly; never a hard thing or a hope by itself.
  if (!parent && (!concern.concern || concern.faint) && scaredWhenSomeoneRages(text)) return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'harm_from_others' } };
  // "sometimes i dont eat for days": days without food, whoever tells it, is asked after gently.
  if ((!concern.concern || concern.faint) && tellsOfDaysWithoutFood(text)) return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'neglect' } };
  // "zain takes my phone", nobody knowing who Zain is: control, bullying or a squabble; asked after gently, never filed on a guess.
  if (!parent && !concern.concern && tellsOfPhoneTakenByName(text)) return { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'harm_from_others' } };
  return { action: isWorrying(concern, reading, text, parent, goal) ? 'check' : 'none', concern };
}

/**
 * "I am 61 and I will not be here forever": a carer's own years as the reason for a hope are about
 * the carer, not a disclosure about the child. The rest of the message is read as usual.
 */
function carersOwnYearsInChat(text: string, goal: boolean, whoMayBePutRight: boolean): ChatSafeguarding | undefined {
  const rest = withoutCarersOwnYears(text);
  if (rest === null) return undefined;
  if (!/\p{L}{2,}/u.test(rest)) return { action: 'none', concern: { concern: false, category: null } };
  return safeguardingInChat(rest, { parent: true, goal, whoMayBePutRight });
}

/** "she'll be better off when I'm gone", "they'd all be better off without me": someone better off once the speaker is gone. */
const BETTER_OFF_WITHOUT_ME =
  /\b(?:better\s+off|happier|be\s+(?:fine|ok|okay|alright))\s+(?:when|if|once|after)\s+(?:i|im|i\s+am|i\s+m|ive|i\s+have)\s+(?:gone|dead|not\s+(?:here|around))\b(?!\s+(?:to|on|for|out|off|away|home|back|in|into|abroad|shopping|up|down|over))|\bbetter\s+off\s+without\s+me\b/;

function saysOthersBetterOffWithoutThem(text: string): boolean {
  return text.length <= 400 && BETTER_OFF_WITHOUT_ME.test(normaliseMessage(text));
}

/**
 * Possible, or unclear but worrying. A faint possibility (plan answers often read so) interrupts
 * nothing unless it plainly tells of harm by others ("older boys keep taking my money") or the
 * classifier is all but certain of it although words around it read as a joke, a game, a hope or
 * a lesson ("my cousin makes me play a game where we take our clothes off", "hopes and dreams lol.
 * i stood on the edge of the multistorey"). Talk about the chat or the plan ("who sees this
 * plan?", "Zofia will wear pants at school") is never checked on the classifier's word alone, nor
 * a parent's answer about the child's own fears, senses or behaviour ("he bites when
 * overwhelmed"), which is a need, unless the child is upset whenever one person comes or hurt in ways
 * nobody explains (gentleSigns.ts).
 */
function isWorrying(concern: Concern, reading: ConcernReading, text: string, parent: boolean, goal: boolean): boolean {
  const certain = concern.concern && reading.probability >= ALL_BUT_CERTAIN;
  const possible = (concern.concern && (!concern.faint || certain || describesHarmByOthers(text))) || concern.unclear;
  // Most messages are not possible at all: the costlier readings below are made only for those that are.
  if (!possible) return false;
  // A sign of being used for errands ("i take his bag there after college") reads like a goal after "i will", but is not one.
  const planTalk = isPlanTalk(text) || (goal && isPlanTalk(`i will ${text}`) && !tellsOfErrandSign(reading.cleared));
  // A short question about the chat ("wait wot did u put for how i feel") is never checked, however sure the classifier is.
  const aboutTheChat = (certain ? asksAboutTheChat(text) : planTalk || onlyTalksAboutTheChat(text)) || saysTheBotCutWords(text);
  // Care set up on a professional's advice ("no bed frame, it's what the OT recommended") is the plan of care, unless a rule reads harm in it.
  const advised = parent && !reading.rule && saysCareWasAdvised(text) && !describesHarmByOthers(text);
  // A parent's account of toilet training ("hes in pants all day and dry 4 days out of 5") is a need or an outcome, unless a rule reads harm in it.
  // Nappies left behind "for good" is a step gained whoever tells it (a helper, or the young person).
  // So is what being toilet trained would do for the child ("hed be more comfy, no sore skin"), every clause of it.
  const toileting = !reading.rule && ((parent && (tellsOfToiletingProgress(text) || tellsOfToiletingBenefit(text))) || tellsOfNappiesLeftBehind(text));
  // "Rosie would tell me their names when she gets home": a child telling a parent about her day, with no word of harm beside it.
  const toldAtHome = parent && !reading.rule && tellsOfChildTellingThem(text) && !describesHarmByOthers(text) && !tellsOfGentleSign(reading.cleared);
  // "i cant go on my own at nite": not yet going somewhere alone, with nobody else in it, is a need about independence.
  const notAloneYet = !reading.rule && tellsOfNotGoingAlone(text);
  // "less dependent on mum, and she'd get a break too": what a hope would bring, with no fear or harm beside it.
  const hopedBenefit = !reading.rule && tellsOfHopedBenefit(text) && !describesHarmByOthers(text);
  // "I can look after myself. Mum does not have to do it.", "I get a contract. I get paid in my bank.": ordinary adult life told literally.
  // Medicine kept, said on its own, is never ordinary when the classifier is all but certain it tells of more.
  const ordinaryLife = !reading.rule && tellsOfOrdinaryAdultLife(text) && !describesHarmByOthers(text) && !(certain && tellsOfOwnMedicineAlone(text));
  // "sleep better honestly, i'm up til 3 most nights": a hope about sleep, with being up late as its reason and nothing more.
  const upLate = !reading.rule && tellsOfUpLate(text);
  // "speak slow and short words. show him picture": a parent's advice on talking with the child, every sentence of it.
  const talkingWithChild = parent && !reading.rule && tellsOfTalkingWithChild(text);
  // "Food is not allowed in the library, and nobody has given me permission to eat anywhere else": where a school lets people eat.
  // Never when it reads as bullying: a rule is nobody's doing.
  const eatingRule = !reading.rule && concern.category !== 'bullying' && tellsOfEatingPlaceRule(text);
  return !aboutTheChat && !advised && !toileting && !talkingWithChild && !eatingRule && !toldAtHome && !notAloneYet && !hopedBenefit && !ordinaryLife && !upLate && !(parent && describesChildsOwnWays(text) && !tellsOfGentleSign(reading.cleared));
}

/**
 * The classifier's reading at which a faint possibility is still asked about. On the dev split,
 * faint readings this sure were disclosures only (37 of 37, most beside "lol", a game or a hope);
 * below it ordinary answers come in.
 */
const ALL_BUT_CERTAIN = 0.9;

/**
 * "This is not hope, please delete it", "who see this plan? I must send it myself?", "wot did u put
 * for how i feel": only about the chat, with no answer beside it.
 */
export function onlyTalksAboutTheChat(text: string): boolean {
  return Boolean(readEditRequest(text)) || talksAboutThePlan(text) || asksAboutTheChat(text);
}

/** "you cut it short", "you cut off what i wrote": the bot cut their words; nothing about a body or themself. */
const BOT_CUT_WORDS = /^(?:(?:almost|nearly|no|nope|not\s+quite|wait|um|erm|but|and|well)[\s,.!]+)*(?:you|u)\s+(?:cut|chopped|clipped)\s+(?:it|off|out|the|my|what|bits?|part|half|some|words?)\b/i;
const ON_A_BODY = /\b(?:me|myself|yourself|himself|herself|arms?|wrists?|legs?|skin|thighs?|knife|blade|razor|blood|bleed\w*)\b/i;

function saysTheBotCutWords(text: string): boolean {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'");
  return BOT_CUT_WORDS.test(said) && !ON_A_BODY.test(said);
}

/** "wait wot did u put for how i feel", "can mr d see it", "huh": a short question or reaction about the chat itself. */
function asksAboutTheChat(text: string): boolean {
  const kind = readPuzzledTalk(text)?.kind;
  return kind === 'part' || kind === 'whoSees' || kind === 'puzzled' || kind === 'reaction' || kind === 'carryOn';
}
