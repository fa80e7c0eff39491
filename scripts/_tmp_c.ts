import { readWhenAnswer } from '../src/language';
import { coachContextOf } from '../dialogs/outcomeCoach';
const ctx = coachContextOf({ youngPerson: { who: 'parent_carer', name: 'Sam', age: 14, schoolYear: 9 } } as never, new Date('2026-12-02'));
for (const t of ['dunno. make it easter then', 'asap. like christmas', 'yr 10 they do work experience i think', 'easter', 'christmas', 'make it easter', 'like christmas', 'by easter then', 'asap']) console.log(t, '=>', JSON.stringify(readWhenAnswer(t, ctx)), JSON.stringify(readWhenAnswer('by ' + t, ctx).timeframe));
