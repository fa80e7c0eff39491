import { readConfirm } from './src/language/readBackAnswers';
console.log(readConfirm('By the way it looks fine. yes'));
