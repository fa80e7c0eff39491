import type { PlanPart } from './analyseStatement';
import { inEducationNow } from './placeOfDays';
import { foldCase } from './text';
import { FRIENDS_AS_AIM } from './behaviourWords';
import { adultNotInEducation, HEALTH_SERVICE, LEARNING_NAMED, MEDICAL_CARE, SOCIAL_CARE_NAMED, type NeedPlace } from './planWords';

/*
 * Which part of the EHC plan a piece of help belongs to, read for who gives it: education
 * (Section F), health (G) or social care (H). A suggestion from the person's words; the key
 * worker confirms.
 */

/** Someone whose work is health care, or medical care named: help they give is health's, on a school trip too. */
const HEALTH_GIVER = String.raw`${MEDICAL_CARE}|nurses?|doctors?|paramedics?|therap(?:y|ist|ies)|physio\w*|medic(?:ation|ine|al)|meds|camhs|counsell?\w*|psycholog\w*`;
const HEALTH_PROFESSION = new RegExp(String.raw`\b(?:${HEALTH_GIVER})\b`, 'i');
/** Health help: a health worker, a health service (the hospital, adult health services) or health kit. */
const HEALTH_HELP = new RegExp(String.raw`\b(?:${HEALTH_GIVER}|${HEALTH_SERVICE}|(?<!\btext\s+to\s+)speech(?!\s+to\s+text|\s+recognition)(?:\s+and\s+language)?|salt|slt|ot|occupational|gp|paediatrician|mental\s+health|psychiatr\w*|sleep\s+clinic|wheelchairs?|hearing\s+(?:aids?|checks?|tests?)|grommets?|audiolog\w*|ent|glasses|dietitian|feeding|health\s+visitor|sensory\s+(?:diet|programme)|move\s+programme|cbt|talking\s+therap\w*|wellbeing\s+(?:service|team|worker|practitioner)|mental\s+health\s+(?:team|worker|support|service|nurse|practitioner))\b`, 'i');
const SOCIAL_CARE_HELP = new RegExp(
  String.raw`\b(?:${SOCIAL_CARE_NAMED}|driving\s+(?:mobility|assessments?|lessons?)|car\s+adaptations?|adapted\s+(?:cars?|driving)|respite|short\s+breaks?|carers?|personal\s+assistants?|pa|social\s+workers?|support\s+workers?|care\s+workers?|care\s+package|overnight|direct\s+payments?|personal\s+budget|befriend\w*|home\s+help|youth\s+workers?|travel\s+(?:trainers?|training|buddy)|travel\s+train\w*|independent\s+travel\s+\w+|supported\s+living|day\s+centre|(?:help|support|care)\s+at\s+home|(?:help|support)\s+to\s+live\s+(?:independently|on\s+my\s+own)|independent\s+living\s+(?:skills|support|training)|link\s+workers?|family\s+support\s+workers?|early\s+help)\b`,
  'i',
);

/**
 * Help from the family, friends or someone in the community (a driving instructor, an employer)
 * is not a school's job. The plan has no section of its own for it, so it goes with everyday life
 * (social care, Section H) and the giver is kept in `who` for the key worker to see.
 */
const FAMILY_OR_OTHER_HELP =
  /\b(?:mum|mam|mom|mummy|dad|daddy|parents?|family|brothers?|sisters?|nan|nanny|gran|grandma|grandad|grandparents?|aunt(?:ie)?|uncle|cousins?|friends?|(?:best\s+)?mates?|pals?|besties?|bff|boyfriend|girlfriend|neighbours?|community|church|mosque|driving\s+instructors?|employers?|boss|(?:at|from)\s+home|bedtime|home\s+routine)\b/i;
/** Kit for learning: "a better keyboard", "voice coding software", "speech to text", "a pencil grip" (a family's iPad is no school kit). */
const SCHOOL_KIT = String.raw`keyboards?|(?:coding|typing|reading|spelling|maths|voice\s+\w+|text|speech)\s+software|assistive\s+tech\w*|speech[\s-]to[\s-]text|voice\s+(?:typing|coding|recognition|to\s+text)|dictation|reading\s+rulers?|writing\s+slopes?|pencil\s+grips?`;
const EDUCATION_HELP = new RegExp(
  String.raw`\b(?:school|college|teachers?|ta|tas|teaching\s+assistants?|lsa|learning\s+support|senco|lessons?|tutor\w*|class\w*|staff|exams?|homework|reader|scribe|extra\s+time|coloured\s+overlays?|overlays?|laptop|reading\s+pen|study\s+skills|dyslexia\s+support|theory|${SCHOOL_KIT})\b`,
  'i',
);

/**
 * Help to get and keep a job (a job coach, a mentor at work, supported employment) is adult social
 * care's (Section H), unless it is part of a course: a supported internship is a college study
 * programme, so its job coach and staff are education (Section F).
 */
const EMPLOYMENT_HELP =
  /\b(?:job\s+coach\w*|work\s+coach\w*|employment\s+(?:support|advis[eo]rs?|coach\w*|workers?|officers?|specialists?)|supported\s+(?:employment|internships?)|(?:mentor|buddy|supervisor)s?\s+(?:at|in)\s+(?:work|my\s+job|the\s+job|the\s+workplace)|work(?:place)?\s+mentors?|access\s+to\s+work|internship\s+staff)\b/i;
const PART_OF_A_COURSE = /\b(?:college|course|school|sixth\s+form|supported\s+internships?|internships?|study\s+programme)\b/i;

/**
 * What the help is about, when no service is named: anxiety, panic and mental health are health's
 * (Section G); getting about, money, shopping and running a home are everyday life's (Section H).
 */
const HEALTH_TOPIC = /\b(?:anxi\w*|panic\w*|mental\s+health|breathing|calm\s+(?:myself|himself|herself)\s+down|feelings|mood|wellbeing|well-being)\b/i;
const CARE_TOPIC =
  /\b(?:bus|buses|train|trains|taxis?|(?:bus|taxi|coach)\s+drivers?|drivers?(?!\s+(?:licen[cs]e|test|theory))|travel\w*|get(?:ting)?\s+(?:about|around)|on\s+my\s+own\s+(?:in\s+town|outside)|shopping|shops?|budget\w*|money|bills?|rent|cook\w*\s+at\s+home|live\s+(?:on\s+my\s+own|independently)|living\s+(?:on\s+my\s+own|independently)|independent\s+living|my\s+own\s+(?:flat|place|home)|gym|leisure\s+cent(?:re|er)|(?:football|match|gig|concert|cinema|theatre)\s+tickets?|tickets?\s+(?:for|to)\s+(?:the\s+)?(?:football|match|game|gig|concert|cinema)|swimming\s+(?:pool|baths)|in\s+town|into\s+town|the\s+community|go\s+(?:out\s+)?with\s+(?:me|him|her|them)|come\s+with\s+(?:me|him|her|them)|the\s+first\s+few\s+times|look\s+after\s+(?:my|him|her)self|personal\s+care|washing|dressing|get(?:ting)?\s+dressed|showers?|showering)\b/i;

/**
 * The school day named by its times, clubs and staff: "playtime", "lunch club", "my form tutor",
 * "mr singh", "Miss Patel". Children name their teachers by title; "i miss my friends" is no title.
 */
const SCHOOL_DAY = /\b(?:play\s*times?|break\s*times?|lunch\s*times?|(?:lunch|breakfast|homework|after[\s-]?school|nurture)\s+clubs?|form\s+(?:tutors?|teachers?|time|rooms?|groups?)|head\s*teachers?|heads?\s+of\s+year|(?:mr|mrs|ms|mx)\.?\s+[a-z]{2,})\b|(?:^|\b(?:and|or|with|from|by|like|ask|tell)\s+|,\s*)miss\s+(?!(?:my|the|a|an|out|it|him|her|them|you|me|us|school|lessons?|class|classes|being|going|having|doing|seeing|getting|appointments?|meals?|breakfast|lunch|dinner)\b)[a-z]{3,}\b/i;
/**
 * Kitchen and bathroom kit an occupational therapist gives ("kettle tipper", "two-handled lighter
 * pan", "a perching stool"): health's, wherever it is used.
 */
const OT_KIT = /\b(?:kettle\s+tip(?:per|pers|ping)|perching\s+stools?|(?:two|2|double)[\s-]?handled|(?:light(?:er|weight)?|adapted|easy[\s-]?grip|chunky|angled|weighted)\s+(?:pans?|saucepans?|kettles?|cutlery|utensils?|knives|knife|forks?|spoons?|cups?|mugs?)|jar\s+openers?|tap\s+turners?|plate\s+guards?|non[\s-]?slip\s+mats?|dycem|bath\s+(?:boards?|seats?|lifts?)|shower\s+(?:chairs?|stools?|seats?)|grab\s+rails?|toilet\s+frames?|raised\s+toilet\s+seats?|sock\s+aids?)\b/i;

/** Help given in a place of learning ("at school", "in class", "nursery staff"); not the school holidays or the trip there. */
const GIVEN_AT_SCHOOL =
  /\b(?:at|in)\s+(?:(?:the|her|his|their|my)\s+)?(?:school|nursery|college|class(?:room)?|pre-?school)\b(?!\s+(?:holidays?|hols|breaks?|runs?|gates?|trips?))|\b(?:school|nursery|college)\s+(?:staff|carers?|support\s+workers?)\b/i;

/** A trip with school or college ("on school trips", "the Year 6 residential"); not a residential college or placement. */
const SCHOOL_TRIP = /\b(?:school|class|college|nursery)\s+(?:trips?|visits?|residentials?|outings?)\b|\btrips?\s+(?:out\s+)?(?:with|from)\s+(?:school|college|class|nursery)\b|\b(?:the|a|year\s+\d+)\s+residentials?\b(?!\s+(?:college|placement|school|home|unit|care|setting))/i;
/** Speech and language therapy, by its names. */
const SPEECH_THERAPY = /\b(?:speech(?:\s+and\s+language)?\s+(?:therap\w*|sessions?|groups?)|(?:salt|slt)\s+(?:sessions?|groups?|support|programmes?|targets?|therapists?))\b/i;
/** Health help besides speech therapy in the same words ("physio and speech therapy at school"). */
function otherHealthHelp(t: string): boolean {
  return HEALTH_HELP.test(t.replace(new RegExp(SPEECH_THERAPY.source, 'gi'), ' '));
}

/** Words after "miss" or "mr" that are never a name: what is missed ("miss breakfast"), or a word of the sentence. */
const NOT_A_STAFF_NAME = String.raw`(?:my|me|you|him|her|them|it|the|a|an|out|school|lessons?|class|classes|home|being|having|going|seeing|breakfast|lunch|dinner|tea|meals?|break|breaktime|playtime|pe|bus|train|college|work|everything|things|stuff|so|all|loads|lots)`;
/** A title and a name: "miss jo", "mr patel". */
const TITLE_AND_NAME = String.raw`(?:miss|mrs|mr|ms)\s+(?!${NOT_A_STAFF_NAME}\b)[a-z]+`;
/**
 * "miss jo", "mr patel", "sir": how pupils name a teacher or teaching assistant (never "i miss my mum"). After "me" or
 * "us", "miss" is what happens to them ("the bus makes me miss breakfast"), so only mr, mrs, ms or sir are titles there.
 */
const SCHOOL_STAFF_TITLE = new RegExp(
  String.raw`(?:^|\b(?:from|with|by|and|then)\s+)(?:${TITLE_AND_NAME}|sir)\b|\b(?:me|us)\s+(?:(?:mrs|mr|ms)\s+(?!${NOT_A_STAFF_NAME}\b)[a-z]+|sir)\b`,
);

/** Which service usually gives this help: EHC sections F (education), G (health) and H (social care). */
export function providerOf(text: string): PlanPart {
  return providerNamed(text) ?? 'education';
}

/**
 * Help that says nothing of whose it is goes with what it is for ("my headphones on" for a bus
 * outcome is everyday life's); education's otherwise.
 */
function providerForGoal(text: string, about: string | undefined): PlanPart {
  const named = providerNamed(text);
  if (named) return named;
  const goal = about === undefined ? '' : foldCase(about);
  return goal && (CARE_TOPIC.test(goal) || COMMUNITY_GOAL.test(goal)) && !LEARNING_NAMED.test(goal) ? 'social_care' : 'education';
}

/** A goal out in the community: a club, a group, friends, town. */
const COMMUNITY_GOAL = /\b(?:(?:youth\s+)?clubs?|groups?|scouts|guides|cadets|brownies|community|friends?|mates|town)\b/i;

/** The service the help's own words point to, or undefined when they name none. */
function providerNamed(text: string): PlanPart | undefined {
  const t = foldCase(text);
  // A school trip is the school's to make possible: a helper on it, help with a wheelchair on it.
  if (SCHOOL_TRIP.test(t) && !HEALTH_PROFESSION.test(t)) return 'education';
  // Speech and language therapy for learning, at school or in class, is special educational provision.
  if (SPEECH_THERAPY.test(t) && (GIVEN_AT_SCHOOL.test(t) || LEARNING_NAMED.test(t)) && !otherHealthHelp(t)) return 'education';
  // A service named decides: a therapist or a nurse is health's, a personal assistant social care's, a TA education's.
  if (HEALTH_HELP.test(t)) return 'health';
  if (EMPLOYMENT_HELP.test(t)) return PART_OF_A_COURSE.test(t) ? 'education' : 'social_care';
  // Help given at school is the school's, whoever asks for it: "a carer at school to help her with the toilet".
  if (GIVEN_AT_SCHOOL.test(t)) return 'education';
  // "lunch club every day", "mr singh checking in", "an adult at playtime": the school day's, unless the family or a carer gives it.
  if (SCHOOL_DAY.test(t) && !FAMILY_OR_OTHER_HELP.test(t.replace(/\bfriends?\b/g, ' ')) && !SOCIAL_CARE_HELP.test(t)) return 'education';
  // "kettle tipper", "two-handled lighter pan": an occupational therapist's kit.
  if (OT_KIT.test(t)) return 'health';
  if (SOCIAL_CARE_HELP.test(t)) return 'social_care';
  if (EDUCATION_HELP.test(t)) return 'education';
  // "miss jo", "mr patel": school staff, as pupils call them; the school's help, whatever the goal is about.
  if (SCHOOL_STAFF_TITLE.test(t) && !FAMILY_OR_OTHER_HELP.test(t)) return 'education';
  // Otherwise what the help is about: "someone to teach me breathing for panic attacks" is health's.
  if (HEALTH_TOPIC.test(t)) return 'health';
  if (CARE_TOPIC.test(t)) return 'social_care';
  // "help to make friends": friends are what the help is for, never who gives it (at a club, everyday life's).
  const giver = t.replace(FRIENDS_AS_AIM, ' '), friendsAim = giver !== t;
  return FAMILY_OR_OTHER_HELP.test(giver) || (friendsAim && (COMMUNITY_GOAL.test(giver) || /\b(?:home|house|flat|halls)\b/.test(giver))) ? 'social_care' : undefined;
}

/**
 * Which service gives this help for this person. For an adult not in education (a 22-year-old in a
 * supported flat), staff, lessons and reminders at home are everyday-living help, social care's
 * (Section H); only help with a course is education's.
 */
export function providerFor(text: string, person?: NeedPlace, about?: string): PlanPart {
  const by = providerForGoal(text, about);
  // A job coach for someone still in education or training is part of their course (Section F);
  // so is one for a goal about their internship or course, though the person's schooling is not known.
  if (by === 'social_care' && EMPLOYMENT_HELP.test(foldCase(text)) && (inEducationNow(person) || PART_OF_A_COURSE.test(foldCase(about ?? '')))) return 'education';
  if (by !== 'education' || !adultNotInEducation(person)) return by;
  return LEARNING_NAMED.test(foldCase(text).replace(/\b(?:cooking|driving|swimming|life\s+skills?)\s+lessons?\b/g, ' ')) ? 'education' : 'social_care';
}

/** "Jo helps me", "Mrs Khan comes in": someone named, giving the help (a capital letter marks the name). */
const NAMED_GIVER =
  /^(?:and\s+)?((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+)\s+(?:helps|will\s+help|is\s+going\s+to\s+help|can\s+help|could\s+help|comes|supports|takes|shows|teaches|sits|goes)\b/;
const NOT_A_NAME = /^(?:school|college|staff|everyone|everybody|someone|somebody|nobody|she|he|they|it|that|this|there|nursery|work|home|sometimes|usually|also)$/i;

/** Who gives help that is no service's job, in the person's words ("mum", "a driving instructor", "Jo"), or null. */
export function familyOrOtherGiverOf(text: string): string | null {
  const named = NAMED_GIVER.exec(text.trim())?.[1];
  if (named && !NOT_A_NAME.test(named) && !FAMILY_OR_OTHER_HELP.test(named)) return named;
  const t = foldCase(text);
  if (HEALTH_HELP.test(t) || SOCIAL_CARE_HELP.test(t) || EDUCATION_HELP.test(t) || EMPLOYMENT_HELP.test(t)) return null;
  const m = FAMILY_OR_OTHER_HELP.exec(t.replace(FRIENDS_AS_AIM, ' '));
  if (!m) return null;
  return /^(?:at|from)\s+home$|^bedtime$|^home\s+routine$/.test(m[0]) ? 'family' : m[0];
}
