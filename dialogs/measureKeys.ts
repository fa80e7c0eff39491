/*
 * Position data keys at the measure question, shared by the measure answer and the benefit and
 * feeling readings beside it (so neither module imports the other).
 */

/** Position data: a date said at the measure question, waiting for "shall I use it?". */
export const NEW_WHEN = 'newWhen';
/** Position data: words said beside the date at "by when?", which "same as I said" here points at. */
export const EARLIER = 'earlier';
/** Position data: a vague measure was kept and "what would people see?" asked once. */
export const MEASURE_COACHED = 'measureCoached';
/** Position data: the measure only said the goal again, so how everyone would see it is asked once. */
export const MEASURE_SAME_AS_GOAL = 'sameAsGoal';
/** Position data: "i do it" was kept, and who would see it and how often is asked once. */
export const MEASURE_WHO_SEES = 'whoSees';
