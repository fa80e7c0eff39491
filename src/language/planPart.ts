import { adultNotInEducation, HEALTH_SERVICE, LEARNING_NAMED, MEDICAL_CARE, SOCIAL_CARE_NAMED, type NeedPlace } from './planWords';
import type { PlanPart } from './analyseStatement';
import { inEducationNow } from './placeOfDays';
import { foldCase } from './text';
import { saysHearingAccess } from './hearingAccess';
import { fearOfPlaces, learnsForAJob, saysConditionEffect } from './adultNeedWords';
import { saysLeftOut } from './leftOut';
import { BEHAVIOUR, FRIENDSHIP, OTHER_PEOPLE, PLAYMATES, TIRED_OR_SORE } from './behaviourWords';

/*
 * Which part of the EHC plan a need or a piece of help belongs to: education (sections B and F),
 * health (C and G) or social care (D and H). A suggestion from the person's words; the key worker
 * confirms. Needs are read for what they are about (a body, feelings and sleep are health; care,
 * home and getting about are social care); help is read for who gives it. Speech-to-text software
 * is no speech therapy, a driving assessment no lesson at school, and a flat a wheelchair can get
 * into is a home to find, not a need of the body.
 */

/**
 * Not sleeping, in the words young people use: "i cant fall asleep", "i lie awake", "insomnia",
 * "my head is too busy at bedtime", "my brain wont switch off". Sleep is health's (Section C), also
 * beside a school word ("so im tired in lessons"). Someone else asleep ("mum is always asleep"),
 * rules about bedtime and "a nightmare" as a way of speaking are not the person's sleep.
 */
const SLEEP = String.raw`sleep\w*|insomnia|(?:fall|falling|get|getting|go|going|drop|dropping)\s+(?:off\s+)?(?:to\s+)?asleep|(?:lie|lies|lying|lay|laying|stay|stays|staying|keeps?\s+(?:me|him|her|them)|kept\s+(?:me|him|her|them)|wide)\s+awake|awake\s+(?:all|most|every|at|till|until|til)\b|(?:ha(?:s|ve|ving|d)|gets?|getting)\s+(?:(?:bad|loads\s+of|lots\s+of)\s+)?(?:nightmares|night\s+terrors)|(?:my|his|her|their)\s+(?:brain|head|mind|thoughts?)\s+(?:is|are|gets?|goes|going|keeps?|races?|racing|feels?|wont|won't|doesnt|doesn't|never)\b(?:\s+\S+){0,4}?\s+(?:at\s+(?:night|bed\s*time)|in\s+bed)|(?:brain|head|mind|thoughts?|i)\s+(?:\w+\s+)?(?:wont|won't|doesnt|doesn't|dont|don't|cant|can't|cannot|never)\s+(?:switch|shut|turn|slow)\w*\s+(?:off|down)(?!\s+(?:the|my|his|her|it|a|an|their)\b)`;
const HEALTH_NEED =
  new RegExp(String.raw`\b(?:health|ill|illness|poorly|unwell|cancer|hospital|operations?|surgery|pain|hurts?(?!\s+(?:${OTHER_PEOPLE}))|${SLEEP}|wakes?\s+up|tired\w*|exhaust\w*|fatigue\w*|no\s+energy|worn\s+out|drowsy|eat(?:ing)?|food|feeding|swallow\w*|drink\w*|wet|potty|nappy|nappies|continence|seizures?|epilep\w*|fits|asthma|inhalers?|diabetes|medicine|medication|meds|tablets|pills|physio\w*|therap(?:y|ies)|walk\w*|crawl\w*|sit\s+up|balance|muscles?|stiff|legs?|arms?|hands?|body|physical|motor|mobility|weak|strength|coordination|eats?|puree|wheelchair|hearing|deaf|glue\s+ear|grommets?|ears?|see|sight|eyes?|vision|breath\w*|weight|mental\s+health|depress\w*|self[\s-]?harm\w*|panic\s+attacks?|camhs|eating\s+disorder)\b`, 'i');
/**
 * Feelings and the senses in daily life (worry, anger, noise, busy places) are social, emotional
 * and mental health or sensory needs: two of the four areas of special educational need, so
 * Section B, unless a health service is named or the words are clinical (above).
 */
const SEMH_OR_SENSORY_NEED =
  /\b(?:temper|tantrums?|outbursts?|lash\w*\s+out|anxi\w*|panic\w*|worr\w*|scared|afraid|fear\w*|nervous|upset|angry|anger|cross|meltdowns?|sad|low|calm|overwhelm\w*|stress\w*|sensory|noise|noisy|loud|lights?|smells?|touch|busy|crowds?|crowded|shy|frustrat\w*|behaviou?r|hit\w*|kick\w*|run\w*\s+off|shout\w*)\b/i;
const SOCIAL_CARE_NEED = new RegExp(
  String.raw`\b(?:cook\w*|meals?|bills?|rent|pay(?:ing)?|payday|wages?|spend\w*|spent|overspend\w*|savings?|pocket\s+money|budget\w*|lost|new\s+places|wash\w*|shower\w*|bath\w*|dress\w*|clothes|personal\s+care|look\s+after\s+(?:my|him|her)self|money|shopping|shop|bus|buses|train|travel\w*|get\s+(?:about|around)|cross\w*\s+(?:the\s+)?road|on\s+my\s+own|by\s+myself|alone|at\s+home|home|house|flat|carers?|respite|short\s+breaks?|going\s+out|out\s+of\s+the\s+house|clubs?|weekends?|holidays?|family|mum|dad|parents?|lonely|no\s+friends|friends?|go(?:ing)?\s+out|(?:anyone|anybody|nobody|no\s+one)\s+to\s+(?:go|play|see|hang)|social\s+worker|${SOCIAL_CARE_NAMED}|safe\s+(?:at|in)\s+the\s+community|community)\b`,
  'i',
);
const EDUCATION_NEED =
  /\b(?:read\w*|writ\w*|spell\w*|maths|math|numbers?|count\w*|lessons?|class\w*|school|college|homework|teachers?|ta|tas|teaching\s+assistants?|pens?|pencils?|(?:white)?board|typ(?:e|es|ing)|keyboard|laptop|computer|learn\w*|concentrat\w*|focus\w*|attention|instructions|exams?|tests?|subjects?|course|work\s+experience|jobs?|remember\w*|memory|handwriting|talk\w*|speech|speak\w*|words?|sounds?|communicat\w*|understand\w*|sign\w*|pictures?)\b/i;

/**
 * Anxiety and panic named as such ("my anxiety", "i panic on the bus", "panic attacks") are mental
 * health: Section C, unless the words are about learning ("i get anxious in exams").
 */
const MENTAL_HEALTH_NEED = /\b(?:anxi\w*|panic\w*|heart\s+(?:goes|going|races?|racing|pounds?|pounding)|can'?t\s+breathe|feel\s+sick|felt\s+sick|feeling\s+sick)\b/i;
// Ears and hearing ("glue ear", "grommets", "his hearing is bad") are health's, even beside talk or learning words.
const CLINICAL_NEED = new RegExp(String.raw`\b(?:${MEDICAL_CARE}|${HEALTH_SERVICE}|nurses?|doctors?|paediatricians?|tablets|pills|physio\w*|bleed\w*|bang\w*\s+(?:my|his|her|their)\s+head|glue\s+ear|grommets?|ear\s+infections?|hearing|deaf\w*|${SLEEP}|seizures?|epilep\w*|eat(?:ing)?|pain|ill|illness|poorly|unwell|cancer|hospital|operations?|surgery|mental\s+health|depress\w*|self[\s-]?harm\w*|panic\s+attacks?|camhs)\b`, 'i');

/**
 * Toileting and being dry at night ("needs help in the toilet", "isn't dry at night yet", "still in
 * nappies") are personal care: everyday life's (Section D), or learning's where it happens at school
 * (see `needSectionBeside`). Health's (Section C) only with a medical condition named.
 */
const TOILETING = /\b(?:toileting|toilet\s+training|potty(?:\s+training)?|nappy|nappies|pull[\s-]?ups|(?:use|using|uses|go|going|goes|get\s+to|help\s+(?:with|in|on|at)|helping\s+(?:with|in|on|at))\s+the\s+toilet\b(?!\s+walls)|(?:dry|wet)\s+(?:at|in\s+the)\s+night|(?:not|isn'?t|isnt|aint|ain'?t)\s+(?:dry|clean)\s+(?:yet|at\s+night)|wets?\s+(?:the\s+bed|(?:him|her|them)sel(?:f|ves))|bed[\s-]?wetting|(?:has|have|having|gets?)\s+(?:\w+\s+)?accidents)\b/i;
const TOILETING_MEDICAL = /\b(?:bladder|bowels?|constipat\w*|incontinen\w*|continence\s+(?:nurse|clinic|service|team)|kidneys?|urinary|infections?|catheter\w*|stoma|medical|condition|medicine|medication|spina\s+bifida|laxatives?|hurts?|pain\w*|sore|bleed\w*)\b/i;
/** A home that a wheelchair can get into is about housing, not the body. */
const ACCESSIBLE_HOME = /\b(?:wheelchair|chair)\s+(?:accessible|acessible|accesible|friendly|access|users?)\b|\badapted\s+for\s+(?:my|his|her|a)\s+(?:wheel)?chair\b/gi;

/**
 * Hard things in a job ("filling in forms at work", "writing emails at my job") are about work
 * (Preparing for Adulthood: employment), not learning: everyday life's (Section D), as help to get
 * and keep a job is (see `providerOf`). A job that is part of a course (a supported internship,
 * work experience from school) is learning: Section B.
 */
const AT_WORK =
  /\b(?:at\s+work|at\s+(?:my|his|her|the)\s+(?:job|work|workplace)|in\s+(?:my|his|her)\s+job|(?:my|his|her)\s+(?:boss|manager|supervisor|employer|colleagues?|co-?workers?|shifts?|workplace)|where\s+(?:i|he|she)\s+works?|on\s+(?:my|his|her)\s+shifts?|on\s+shift|at\s+(?:my|his|her)\s+work)\b/i;
const LEARNING_AT_WORK = /\b(?:college|course|school|sixth\s+form|supported\s+internships?|internships?|study\s+programme|work\s+experience|apprenticeship\s+(?:course|college|training))\b/i;

/** Someone in the family, as a young person names them ("my nan", "my little brother"). */
const RELATIVE = String.raw`(?:my|our)\s+(?:(?:little|baby|big|older|younger|twin|step|half)\s+)?(?:mum|mam|mom|mummy|mother|dad|daddy|father|step\s*(?:mum|dad)|parents?|nan|nana|nanny|nanna|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|grandparents?|brothers?|sisters?|siblings?|aunt|auntie|aunty|uncle|cousin|family)`;
/**
 * Caring for someone else is a caring role, the social care context of the young person's life
 * (Section D): never their own health need. "my nan is ill and i look after her", "i care for my
 * mum", "i'm a young carer"; "my mum helps me read" and "i am ill a lot" are left alone.
 */
const CARING_ROLE = new RegExp(
  String.raw`\b(?:young\s+carer|(?:look(?:s|ing)?|looked)\s+after\s+${RELATIVE}|car(?:e|es|ing|ed)\s+for\s+${RELATIVE}|${RELATIVE}\s+(?:is|has|'s|s|gets|got|has\s+got|was)\s+(?:(?:very|really|so|quite|always|often|sometimes|seriously|been|in\s+and\s+out\s+of)\s+)*(?:ill|poorly|sick|unwell|disabled|cancer|dementia|in\s+(?:a\s+)?(?:hospital|wheelchair)|hospital|bedbound|bed\s+bound))\b`,
  'i',
);

/** Getting about: buses, trains, taxis, their drivers, journeys (Preparing for Adulthood: independent living, Section D). */
const GETTING_ABOUT = /\b(?:(?:on|off|get|gets|getting|got|catch\w*|take|takes|taking|use|uses|using|ride|riding|miss\w*)\s+(?:on\s+|off\s+)?(?:the|a|my|his|her)\s+(?:bus|train|taxi|tram|coach)|bus\s+pass(?:es)?|(?:bus|taxi|coach|train)\s+(?:drivers?|stations?|stops?|timetables?|times|escorts?)|(?:bus|taxi)\s+to\s+(?:school|college|work)|drivers?(?!\s+(?:licen[cs]e|test|theory))|travel\w*|journeys?|get(?:ting)?\s+(?:about|around))\b/i;


/** A hard thing met at work or on the way to a job: learning's while in education or training, everyday life's after. */
export function workSection(person: NeedPlace): PlanPart {
  return inEducationNow(person) ? 'education' : 'social_care';
}

/** Noise, bright lights, smells and crowds: what hurts is the senses, "its too noisy, it hurts my ears". */
const SENSORY_CAUSE = /\b(?:noise|noisy|loud|bright|lights?|smells?|smelly|crowds?|crowded|sensory)\b/i;

/**
 * For an adult not in education, everyday life (cooking, money, getting about, looking after
 * themselves, staying safe at home) is social care's (Section D) and health is health's (C); a
 * need names learning only when it names a course.
 */
function adultNeedSection(t: string): PlanPart {
  const care = SOCIAL_CARE_NEED.test(t);
  if (CLINICAL_NEED.test(t) || MENTAL_HEALTH_NEED.test(t) || fearOfPlaces(t)) return 'health';
  // "i get muddled with the till", "i cant read the plant labels": learning a job, reading and counting are learning's
  // (a hard thing in a paid job they have stays everyday life's: see `workSection`).
  if (learnsForAJob(t) && !AT_WORK.test(t)) return 'education';
  // "i forget things on the hob", "i get wiped out by dinner", "i lose my temper": a condition's effect is health's, whatever task it is met in.
  if (saysConditionEffect(t)) return 'health';
  if (HEALTH_NEED.test(t) && !care && !SENSORY_CAUSE.test(t)) return 'health';
  return 'social_care';
}

/**
 * "He gets food and stuff and fags. he says its for both of us", "he buys fags with my card": someone else
 * buying with their money is about managing money and staying safe (D, social care), never health for the
 * food or cigarettes named.
 */
const SOMEONE_BUYS = /\b(?!i\b)[a-z]+\s+(?:always\s+|just\s+)?(?:gets|buys|got|bought|spends|spent|takes|took|uses|used)\b/;
const THEIR_MONEY = /\b(?:for\s+(?:both\s+of\s+us|us\s+both|the\s+two\s+of\s+us|us\s+two)|with\s+my\s+(?:bank\s+)?(?:card|money|benefits|pip)|(?:on|out\s+of)\s+my\s+(?:bank\s+)?(?:card|money|benefits|pip))\b/;
export function boughtWithTheirMoney(t: string): boolean {
  return SOMEONE_BUYS.test(t) && THEIR_MONEY.test(t);
}

/**
 * The EHC section a need most likely belongs in, from its words and where the person spends their
 * days: B education, C health, D social care. Every need the chat keeps is placed here.
 */
export function needSection(text: string, person?: NeedPlace): PlanPart {
  const t = foldCase(text).replace(ACCESSIBLE_HOME, ' ');
  if (CARING_ROLE.test(t) || boughtWithTheirMoney(t)) return 'social_care';
  // "me not hear the fire alarm", "no interpreter": a sensory need of daily life, never an illness.
  if (saysHearingAccess(t)) return adultNotInEducation(person) && !LEARNING_NAMED.test(t) ? 'social_care' : 'education';
  if (adultNotInEducation(person) && !LEARNING_NAMED.test(t)) return adultNeedSection(t);
  if (TOILETING.test(t) && !TOILETING_MEDICAL.test(t) && !MENTAL_HEALTH_NEED.test(t)) return 'social_care';
  // "they put my bag in the toilet" is no health need: the toilet is health's only when it is about using it.
  // "meltdowns when hes tired": behaviour is the need, tiredness when it happens.
  const bodyOnly = BEHAVIOUR.test(t) ? t.replace(TIRED_OR_SORE, ' ') : t;
  const health = HEALTH_NEED.test(bodyOnly) || MENTAL_HEALTH_NEED.test(t) || CLINICAL_NEED.test(t) || TOILETING.test(t);
  // A hard thing at work is learning's while they are in education or training (a placement, an
  // internship, a Saturday job beside school), everyday life's once they have left.
  if (AT_WORK.test(t) && !LEARNING_AT_WORK.test(t)) return CLINICAL_NEED.test(t) || MENTAL_HEALTH_NEED.test(t) || (HEALTH_NEED.test(t) && !EDUCATION_NEED.test(t)) ? 'health' : workSection(person);
  // Friends alone are no care need in education: only the words beside them (home, clubs, going out) can be.
  const care = SOCIAL_CARE_NEED.test(t.replace(FRIENDSHIP, ' ').replace(PLAYMATES, ' '));
  // "he gets left out at play cos he gets tired": being left out is a social, emotional and mental health need (Section B), whatever tires him;
  // left out at home ("my housemates leave me out") stays everyday life's.
  if (saysLeftOut(t) && !care && !CLINICAL_NEED.test(t) && !MENTAL_HEALTH_NEED.test(t)) return 'education';
  const learning = EDUCATION_NEED.test(t);
  // "a card to show bus drivers that says she can't speak": talk on the way somewhere is about getting about.
  if (GETTING_ABOUT.test(t) && !LEARNING_NAMED.test(t) && !CLINICAL_NEED.test(t) && !MENTAL_HEALTH_NEED.test(t)) return 'social_care';
  // Learning and communication words win over a passing mention of feelings ("maths makes me
  // cross" is about maths); speech, language and communication needs are special educational needs.
  if (learning && !CLINICAL_NEED.test(t)) return 'education';
  // "its too noisy, it hurts my ears": the senses hurt, a special educational need, not an illness.
  if (health && SENSORY_CAUSE.test(t) && !CLINICAL_NEED.test(t) && !MENTAL_HEALTH_NEED.test(t)) return care ? 'social_care' : 'education';
  if (health) return 'health';
  // "scared to go on the bus on my own": a feeling about getting about or living is everyday life.
  if (care) return 'social_care';
  // Feelings and the senses in school life (worry, noise, busy places) are social, emotional and
  // mental health or sensory needs: special educational needs.
  if (SEMH_OR_SENSORY_NEED.test(t)) return 'education';
  return 'education';
}

export type { NeedPlace } from './planWords';
export { familyOrOtherGiverOf, providerFor, providerOf } from './helpGiver';
