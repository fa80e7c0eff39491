import { describe, expect, it } from 'vitest';
import { providerFor } from '../../src/language/helpGiver';

/*
 * Who gives the help, as young people type it: teachers, TAs, school clubs, playtime and lunchtime
 * adults, lessons and school kit are education's; therapists, doctors, nurses, CAMHS and an OT's
 * kitchen kit are health's; care at home, short breaks, travel training, personal assistants and
 * support workers are social care's. What the outcome is about (friends, cooking) never outweighs
 * who gives it.
 */

const pupil = { age: 11, schoolYear: 7 };
const teen = { age: 15, schoolYear: 10 };
const child = { age: 7, schoolYear: 2 };
const adult = { age: 22, education: 'not_at_school' as const };
const FRIENDS = 'In 6 months (by June 2027), I will make two friends in my form and go to a club.';
const COOKING = 'By July 2027, I will cook pasta at home on my own.';
const GAMES = 'By July 2027, I will make a game with my friends at code club.';

describe('who gives the help', () => {
  it.each([
    ['mr singh checking in every few weeks', pupil, FRIENDS, 'education'],
    ['Mrs Okafor or a TA helping me set up the keyboard and software in computer science lessons', teen, GAMES, 'education'],
    ['a better keyboard or voice coding software', teen, GAMES, 'education'],
    ['lunch club every day', pupil, FRIENDS, 'education'],
    ['adult to help him join games for the first 10 minutes of playtime', child, FRIENDS, 'education'],
    ['someone at break time to help me find my friends', pupil, FRIENDS, 'education'],
    ['miss patel checking my planner', pupil, FRIENDS, 'education'],
    ['my form tutor to check in on mondays', pupil, FRIENDS, 'education'],
    ['a TA in maths', pupil, FRIENDS, 'education'],
    ['homework club after school', teen, FRIENDS, 'education'],
    ['kettle tipper', teen, COOKING, 'health'],
    ['two-handled lighter pan', teen, COOKING, 'health'],
    ['kettle tipper', adult, COOKING, 'health'],
    ['a perching stool in the kitchen', adult, COOKING, 'health'],
    ['an OT to show me how to use the cooker', teen, COOKING, 'health'],
    ['speech therapy every week', pupil, FRIENDS, 'health'],
    ['the camhs nurse', teen, FRIENDS, 'health'],
    ['Dr Shah checking my medication', teen, FRIENDS, 'health'],
    ['physio twice a week', child, FRIENDS, 'health'],
    ['a support worker to take me to the club', adult, FRIENDS, 'social_care'],
    ['short breaks at weekends', child, FRIENDS, 'social_care'],
    ['travel training for the bus', teen, FRIENDS, 'social_care'],
    ['a personal assistant', adult, COOKING, 'social_care'],
    ['carers at home in the morning', adult, COOKING, 'social_care'],
    ['my mum to go with me the first few times', pupil, FRIENDS, 'social_care'],
  ] as const)('"%s"', (text, person, about, part) => expect(providerFor(text, person, about)).toBe(part));

  // Words that only look like a school title or a school time: never read as school staff.
  it.each([
    ['i miss my friends so someone to talk to at the youth club', adult, FRIENDS, 'social_care'],
    ['a support worker so i dont miss the bus', adult, FRIENDS, 'social_care'],
    ['help to make lunch at home', adult, COOKING, 'social_care'],
    ['a carer at tea time', adult, COOKING, 'social_care'],
    ['my dad to practise with me at the weekend', pupil, FRIENDS, 'social_care'],
  ] as const)('"%s" stays with who gives it', (text, person, about, part) => expect(providerFor(text, person, about)).toBe(part));
});

describe('kit and clubs a family has too', () => {
  it.each([
    ['mum took my ipad for a day', 'social_care'],
    ['we have a visual timetable at home', 'social_care'],
    ['a new computer at home', 'social_care'],
    ['my dad helps with the software on my phone', 'social_care'],
    ['mum sed no ipad cos i was rude', 'social_care'],
  ] as const)('"%s" is no school kit', (text, part) => expect(providerFor(text, { age: 11, schoolYear: 7 })).toBe(part));
});
