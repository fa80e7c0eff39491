import { findTimePhrase } from '../src/language/timeframe';
import { coachContextOf } from '../dialogs/outcomeCoach';
const ctx = coachContextOf({ youngPerson: { who: 'parent_carer', name: 'Sam', age: 14, schoolYear: 9 } } as never, new Date('2026-12-02'));
for (const t of ['yr 10 they do work experience i think', 'year 10 they do work experience', 'in year 10 when they do work experience']) console.log(t, '=>', JSON.stringify(findTimePhrase(t, ctx)));
