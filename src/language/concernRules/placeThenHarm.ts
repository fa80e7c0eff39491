import { firm, type Rule } from './shared';

/**
 * Where or when it happens, then what is done to them there: "on the bus home, i get touched", "the
 * playground at lunch i get punched". Asked "is there a place or a time when you don't feel safe?",
 * people name the place first and what happens there after it; the place never makes it a place only.
 */
const PLACE =
  '(?:bus|buses|bus\\s+stop|coach|train|tram|tube|taxi|playground|park|toilets?|loos?|changing\\s+rooms?|corridors?|street|streets|alley|underpass|subway|estate|stairwell|stairs|lift|field|car\\s+park|youth\\s+club|club|school|college|lunch|lunchtime|dinner\\s+time|break|break\\s+time|playtime|night|nite|after\\s+school|way\\s+(?:home|to\\s+(?:school|college))|walk\\s+home)';
/** Being done to, said of oneself or of the child a parent tells of. */
const DONE_TO = '(?:i|he|she|we)\\s+(?:always\\s+|sometimes\\s+|often\\s+|still\\s+|usually\\s+)?(?:get|gets|got|keep\\s+getting|keeps\\s+getting|kept\\s+getting|am|is|are|was|were|have\\s+been|has\\s+been|been)\\s+(?:being\\s+)?';
/** A game or sport, where knocks are part of play: "hit with the ball in dodgeball". */
const GAME = '(?:game|games|pe|football|rugby|tag|match|dodgeball|netball|basketball|hockey|cricket|rounders|tennis|training)';
/**
 * Hit, touched or attacked by a thing, a feeling or an illness, never a person: "hit by panic attacks", "touched by how
 * kind they were", "attacked by seizures", "hit by the ball" or "a football". "by a man", "by him", "by older boys" are read as before.
 */
export const BY_A_THING =
  '\\bby\\s+(?:(?:the|a|an|my|his|her|these|those|some|bad|big|awful|horrible|really\\s+bad)\\s+)?(?:how|what|\\w*balls?|door|doors|bag|bags|panic|anxiety|seizures?|fits?|attacks?|migraines?|headaches?|illness|sickness|tiredness|waves?|feelings?|emotions?|memories|thoughts|sadness|kindness|words|music|the\\s+story|epilepsy|asthma|pain|cramps?)\\b';
/** Everyday touch and everyday knocks: senses, help, games and sport ("i get touched and i hate the noise", "to show me"). */
const NOT_ORDINARY = `(?!\\s+(?:by\\s+accident|accidentally|to\\s+(?:show|help|get\\s+my\\s+attention|wake)|on\\s+the\\s+shoulder|in\\s+(?:the\\s+)?${GAME}|playing|at\\s+${GAME}|with\\s+(?:a|the)\\s+(?:ball|balls)\\b|${BY_A_THING}))`;
const TOUCHED = '(?:touched|groped|felt\\s+up|rubbed\\s+(?:up\\s+)?against|flashed\\s+at)';
const HURT = '(?:punched|hit|kicked|beaten\\s+up|beat\\s+up|battered|slapped|spat\\s+on|strangled|choked|attacked|jumped|pinned\\s+down|headbutted|stamped\\s+on)';
/** Place first, what happens after, within a clause or two. */
// A short gap only: a place named in another sentence ("school is ok. home isnt. i get hit") is not where it happens.
const placeThen = (done: string) => `\\b${PLACE}\\b(?:\\s+\\w+){0,3}?\\s+${DONE_TO}${done}\\b${NOT_ORDINARY}`;
/** What happens first, the place after: "i get touched on the bus home". */
// "i get touched by a man on the bus": who did it may be said between, before the place.
const thenPlace = (done: string) => `\\b${DONE_TO}${done}\\b${NOT_ORDINARY}\\s+(?:by\\s+(?:a|an|the|some|this|that|these|those|two|three)\\s+(?:older\\s+|big\\s+|bigger\\s+|grown\\s+)?(?:man|men|woman|women|boy|boys|girl|girls|lad|lads|guy|guys|person|people|stranger|strangers|kid|kids|teenager|teenagers|adult|adults)\\s+)?(?:\\w+\\s+){0,2}?(?:on|in|at|near|by|outside|behind|after|during)\\s+(?:the\\s+|my\\s+|our\\s+|his\\s+|her\\s+)?${PLACE}\\b`;

export const PLACE_THEN_HARM: readonly Rule[] = [
  firm('sexual_abuse', `${placeThen(TOUCHED)}|${thenPlace(TOUCHED)}`),
  firm('harm_from_others', `${placeThen(HURT)}|${thenPlace(HURT)}`),
];
