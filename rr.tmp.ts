import { readReviewRequest } from './src/language/reviewRequest';
for (const t of process.argv.slice(2)) console.log(t, '=>', JSON.stringify(readReviewRequest(t)));
