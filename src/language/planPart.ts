import type { YoungPerson } from '../domain/draft';
import type { PlanPart } from './analyseStatement';
import { inEducationNow } from './placeOfDays';
import { foldCase } from './text';
import { saysHearingAccess } from './hearingAccess';
import { fearOfPlaces, learnsForAJob } from './adultNeedWords';
import { saysLeftOut } from './leftOut';
import { BEHAVIOUR, FRIENDSHIP, FRIENDS_AS_AIM, OTHER_PEOPLE, PLAYMATES, TIRED_OR_SORE } from './behaviourWords';

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
/** Social care named: "a social care assessment", "social services", "adult social care", a carer's assessment. */
const SOCIAL_CARE_NAMED = String.raw`(?:adult\s+|children'?s\s+)?social\s+(?:care|services)|care\s+(?:act\s+)?assessments?|carer'?s'?\s+assessments?`;
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
/**
 * Medical care, wherever it is given: feeds through a tube ("her feeds through the tube", "she is
 * tube fed", "his peg"), suction, oxygen, a catheter, insulin. Health's (Sections C and G), also at
 * school: the words "at school" say where, not who is responsible.
 */
const MEDICAL_CARE = String.raw`tube[\s-]?fe(?:d|eds?|eding)|(?:feeds?|feeding|fed)\s+(?:through|by|via|down|with)\s+(?:a\s+|the\s+|her\s+|his\s+|my\s+|their\s+)?(?:peg|tube|button|gastrostomy)|(?:peg|ng|nasogastric|gastrostomy|button)\s+(?:tube|feeds?|feeding)|gastrostomy|nasogastric|(?:her|his|my|their)\s+peg|(?:has|have|got)\s+a\s+peg|suction\w*|oxygen|catheter\w*|stoma|insulin|epi-?pens?|medical\s+(?:needs?|care|condition)`;
/**
 * A health service named: the hospital, a clinic or ward, health services for children or adults
 * ("moving to adult services at the hospital", "transition to adult health services").
 */
const HEALTH_SERVICE = String.raw`hospitals?|clinics?|(?:children'?s|adult|hospital)\s+wards?|(?:adult|children'?s)\s+(?:health\s+)?(?:services?|teams?|clinics?)\s+(?:at|in|from)\s+(?:the\s+)?(?:hospital|clinic)|(?:adult\s+|children'?s\s+)?health\s+(?:services?|teams?)`;
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

/** Where the person spends their days, as far as the section of a need goes. */
export type NeedPlace = Pick<YoungPerson, 'age' | 'education' | 'schoolYear'> | undefined;

/**
 * An adult not in education (a 22-year-old in supported living, a 17-year-old who left school):
 * said not to be at school or college from 16, or 19 and over with no place said. A child taught
 * at home still has special educational needs.
 */
function adultNotInEducation(person: NeedPlace): boolean {
  const age = person?.age;
  if (age === undefined) return false;
  return person?.education === 'not_at_school' ? age >= 16 : person?.education === undefined && age >= 19;
}

/** A hard thing met at work or on the way to a job: learning's while in education or training, everyday life's after. */
export function workSection(person: NeedPlace): PlanPart {
  return inEducationNow(person) ? 'education' : 'social_care';
}

/** Noise, bright lights, smells and crowds: what hurts is the senses, "its too noisy, it hurts my ears". */
const SENSORY_CAUSE = /\b(?:noise|noisy|loud|bright|lights?|smells?|smelly|crowds?|crowded|sensory)\b/i;
/**
 * A course or learning named: a need about it is learning's, whoever has it. Life on a course counts
 * ("group work is really hard", "my tutor talks too fast", "deadlines for assignments"): a student of
 * 19 who did not say "college" at the age question is still in education.
 */
const LEARNING_NAMED =
  /\b(?:college|course|school|sixth\s+form|lessons?|class(?:es|room)?|classmates|exams?|training|apprenticeship|internships?|study|studying|students?|group\s+work|coursework|assignments?|essays?|lectures?|lecturers?|tutors?|tutorials?|teachers?|seminars?|revision|revising|homework|timetable|learning\s+(?:mentor|support)|study\s+buddy)\b/i;

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
  if (HEALTH_NEED.test(t) && !care && !SENSORY_CAUSE.test(t)) return 'health';
  return 'social_care';
}

/**
 * The EHC section a need most likely belongs in, from its words and where the person spends their
 * days: B education, C health, D social care. Every need the chat keeps is placed here.
 */
export function needSection(text: string, person?: NeedPlace): PlanPart {
  const t = foldCase(text).replace(ACCESSIBLE_HOME, ' ');
  if (CARING_ROLE.test(t)) return 'social_care';
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
 * Help from the family, friends ("my mate jay helps me") or someone in the community (a driving instructor, an employer)
 * is not a school's job. The plan has no section of its own for it, so it goes with everyday life
 * (social care, Section H) and the giver is kept in `who` for the key worker to see.
 */
const FAMILY_OR_OTHER_HELP =
  /\b(?:mum|mam|mom|mummy|dad|daddy|parents?|family|brothers?|sisters?|nan|nanny|gran|grandma|grandad|grandparents?|aunt(?:ie)?|uncle|cousins?|friends?|(?:best\s+)?mates?|pals?|besties?|bff|boyfriend|girlfriend|neighbours?|community|church|mosque|driving\s+instructors?|employers?|boss|(?:at|from)\s+home|bedtime|home\s+routine)\b/i;
const EDUCATION_HELP =
  /\b(?:school|college|teachers?|ta|tas|teaching\s+assistants?|lsa|learning\s+support|senco|lessons?|tutor\w*|class\w*|staff|exams?|homework|reader|scribe|extra\s+time|coloured\s+overlays?|overlays?|laptop|reading\s+pen|study\s+skills|dyslexia\s+support|theory)\b/i;

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
  if (SOCIAL_CARE_HELP.test(t)) return 'social_care';
  if (EDUCATION_HELP.test(t)) return 'education';
  // Otherwise what the help is about: "someone to teach me breathing for panic attacks" is health's.
  if (HEALTH_TOPIC.test(t)) return 'health';
  if (CARE_TOPIC.test(t)) return 'social_care';
  // "help to make friends": friends are what the help is for, never who gives it (at a club, everyday life's).
  const giver = t.replace(FRIENDS_AS_AIM, ' '), friendsAim = giver !== t;
  return FAMILY_OR_OTHER_HELP.test(giver) || (friendsAim && (COMMUNITY_GOAL.test(giver) || /\b(?:home|house|flat|halls)\b/.test(giver))) ? 'social_care' : undefined;
}

/**
 * Which service gives this help for this person. For an adult not in education (a 22-year-old in a supported
 * flat), staff, lessons and reminders at home are everyday-living help, social care's (H); a course's, education's.
 */
export function providerFor(text: string, person?: NeedPlace, about?: string): PlanPart {
  const by = providerForGoal(text, about);
  // A job coach for someone still in education or training is part of their course (Section F).
  if (by === 'social_care' && EMPLOYMENT_HELP.test(foldCase(text)) && inEducationNow(person)) return 'education';
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
