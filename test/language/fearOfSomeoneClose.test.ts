import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * Fear of someone close who looks after them: "i dont feel safe with my key worker". The key worker
 * or carer is the one feared here, never read as the helper. Being safe with them, missing them, or
 * afraid of being told off stays ordinary talk.
 */

describe('fear of a key worker, carer or someone close is a disclosure', () => {
  for (const said of [
    'i dont feel safe with my key worker',
    'im scared of my key worker',
    'i dont like being alone with my carer, he scares me',
    'i dont feel safe with my uncle',
    'my support worker scares me',
    'hes scared of his taxi driver',
  ]) {
    it(`"${said}": harm from others, the kind answer with help lines`, () => {
      expect(detectConcern(said)).toMatchObject({ concern: true, category: 'harm_from_others', sure: true });
      expect(safeguardingInChat(said, { parent: false })).toEqual({ action: 'answer', category: 'harm_from_others' });
    });
  }
});

describe('leave alone: a helper who keeps them safe, or fear of being told off', () => {
  for (const said of [
    'i feel safe with my key worker',
    'my key worker helps me feel safe',
    'my carer makes me feel safe',
    'i want my key worker with me so i feel safe',
    'im scared of my teacher',
    'im scared of my key worker finding out i skipped college',
    'im scared of my mum being cross about my phone',
    'i dont feel safe with my key worker gone, the new one doesnt know me',
    'i dont like being alone at home without my carer',
    'im a bit scared of the dentist',
    'she is scared of dogs and the hoover',
    'he gets scared when his carer leaves',
  ]) {
    it(`"${said}": no full answer`, () => {
      expect(safeguardingInChat(said, { parent: false })).not.toMatchObject({ action: 'answer' });
    });
  }
});
