/* Look-behind guards the school time rules share: where a time phrase says by when, not when. */
import { DOING_IT } from './timePatterns';

/**
 * Not in a clause that tells what happened or how someone feels ("i had a panic attack before my
 * mocks", "i'm dead tired after my mock exams"): that says when, not by when.
 */
export const NOT_TOLD_OF_THE_PAST = '(?<!\\b(?:had|was|were|got|did|felt|went|failed|passed|cried|tired|exhausted|knackered|shattered|stressed|anxious|nervous|worried|scared|upset)\\b[^.,;!?]{0,60})';

/**
 * At the start of the answer, after hedges only ("maybe before college") or the doing ("i will do it
 * before college"): "before" there says by when, not what happens before.
 */
export const AT_THE_START = `(?<=^[\\s,.!?]*(?:(?:maybe|probably|hopefully|ideally|um+|erm+|like|just|definitely|defo|prob|i\\s+think|i\\s+guess|i\\s+hope|by|or|${DOING_IT})[\\s,]+)*)`;

/**
 * Not in a clause that tells of a habit or a feeling ("i drink every day before college", "anxiety
 * before exams", "early shifts before college"): that says when something happens, not by when.
 */
export const NOT_A_HABIT = '(?<!\\b(?:every|each|everyday|daily|always|usually|often|sometimes|mornings?|shifts?|anxiety|anxious|nervous|stressed|stress|panic\\w*|wobbles?|worried|worry|scared|coffee|drink\\w*|smok\\w*|weed|sick)\\b[^.,;!?]{0,60})';

/*
 * These guards look back up to 60 characters, and a pattern tries them wherever a match could
 * start: each rule that uses one first looks ahead for the words it starts with, which every match
 * has anyway, so the look back is made only where one of them is.
 */
