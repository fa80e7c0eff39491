import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../src/language/analyseStatement';
import { needSection, providerOf } from '../../src/language/planPart';

/*
 * Which EHC section a need (B education, C health, D social care) and a piece of help (F, G, H)
 * go in, from what people type. School things are education, therapies and medical things
 * health, personal care and breaks social care; caring for someone else is a caring role, never
 * the young person's own health need.
 */
const TODAY = { today: '2026-12-03', schoolYear: 9 };

describe('a need typed goes in the section its words are about', () => {
  it.each([
    // Everyday school words: education (B), also beside a body word.
    ['i find reading hard', 'education'],
    ['my writing is messy', 'education'],
    ['maths is really hard', 'education'],
    ['i cant spell', 'education'],
    ['typing is slow', 'education'],
    ['i dont get my homework done', 'education'],
    ['i need my TA', 'education'],
    ['i need a laptop', 'education'],
    ['i cant hold a pen properly', 'education'],
    ['my hands hurt when i hold a pencil', 'education'],
    ['i cant see the board', 'education'],
    ['my eyes get tired reading', 'education'],
    ['i get tired in lessons', 'education'],
    // Therapies and medical: health (C).
    ['i have seizures', 'health'],
    ['i need my inhaler', 'health'],
    ['i dont sleep well', 'health'],
    // Not sleeping in their own words is health; someone else asleep, bedtime rules and "a nightmare" are not.
    ['i cant fall asleep so im tired in lessons', 'health'],
    ['i lie awake most nights', 'health'],
    ['my head is too busy at bedtime', 'health'],
    ['my brain wont switch off at night', 'health'],
    ['my mum is strict about bedtime', 'social_care'],
    ['i fell asleep in class and everyone laughed', 'education'],
    ['reading out loud is my worst nightmare', 'education'],
    ['i have cancer', 'health'],
    ['i am ill a lot and miss school', 'health'],
    ['i have to go to hospital a lot so i miss lessons', 'health'],
    ['he is tired all the time', 'health'],
    // Personal care and breaks: social care (D).
    ['i cant wash myself', 'social_care'],
    ['i need help getting dressed', 'social_care'],
    ['mum needs a break', 'social_care'],
    // Caring for someone else: a caring role, social care (D), never the young person's health.
    ['my nan is ill and i look after her', 'social_care'],
    ['i look after my mum she has MS', 'social_care'],
    ['i help look after my mum cos shes poorly', 'social_care'],
    ['my dad is in hospital a lot', 'social_care'],
    ['my mum has cancer', 'social_care'],
    ['my brother is disabled and i help care for him', 'social_care'],
    ['i care for my nan', 'social_care'],
    ['i have to look after my little sister', 'social_care'],
    ['im tired cos i look after my mum at night', 'social_care'],
    ['i am a young carer', 'social_care'],
  ] as const)('%j is %s', (typed, section) => expect(needSection(typed)).toBe(section));

  it.each([
    // Leave alone: family named beside the young person's own need, not a caring role.
    ['my mum helps me read', 'education'],
    ['my mum says im tired all the time', 'health'],
    ['my dad is worried i dont sleep', 'health'],
    ['my sister is in my class and i get upset', 'education'],
    ['i get ill when i miss my meds', 'health'],
  ] as const)('%j is the young person\'s own need: %s', (typed, section) => expect(needSection(typed)).toBe(section));
});

describe('help typed goes in the section of who usually gives it', () => {
  it.each([
    ['reading help', 'education'],
    ['help with reading from a TA', 'education'],
    ['a laptop', 'education'],
    ['a laptop cos my hand hurts', 'education'],
    ['a laptop so i dont get tired', 'education'],
    ['touch typing lessons', 'education'],
    ['someone to help with my spelling', 'education'],
    ['help with my homework', 'education'],
    ['maths help', 'education'],
    ['a reader in exams', 'education'],
    ['text to speech on my laptop', 'education'],
    ['speech therapy', 'health'],
    ['physio', 'health'],
    ['an OT to help with my handwriting', 'health'],
    ['a nurse to do my meds', 'health'],
    ['respite', 'social_care'],
    ['short breaks', 'social_care'],
    ['a carer to help me wash', 'social_care'],
    ['someone to help me get dressed', 'social_care'],
    ['a young carers group', 'social_care'],
  ] as const)('%j is %s', (typed, part) => expect(providerOf(typed)).toBe(part));
});

describe('the analysis reads the section as the chat does', () => {
  it.each([
    ['a laptop with text to speech', 'provision', 'education'],
    ['my nan is ill and i look after her', 'need', 'social_care'],
  ] as const)('%j: a %s, %s', (typed, kind, part) => {
    const a = analyseStatement(typed, TODAY);
    expect([a.kind, a.planPart]).toEqual([kind, part]);
  });
});
