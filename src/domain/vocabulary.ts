/** The fixed words of the draft: ids that clients, content and exports rely on. */

/** The four outcome themes (Bristol framework; the Preparing for Adulthood areas from Year 9). */
export const THEMES = ['learning_and_work', 'independent_living', 'friends_and_community', 'health_and_wellbeing'] as const;
export type ThemeId = (typeof THEMES)[number];

/** `ready_for_review`: the young person finished the journey (review.done) and has not shared it yet. */
export const DRAFT_STATUSES = ['in_progress', 'ready_for_review', 'submitted', 'changes_requested', 'agreed'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** Who is chatting: the young person, a parent or carer, the young person with someone helping, or a supporter (a professional) about them. */
export const WHO_ANSWERS = ['self', 'parent_carer', 'helper', 'supporter'] as const;
export type WhoAnswers = (typeof WHO_ANSWERS)[number];

/** How a parent, carer or supporter said they know the young person ("I'm his foster carer"), for "Completed by". */
export const RELATIONSHIPS = ['mum', 'dad', 'parent', 'step_parent', 'foster_carer', 'grandparent', 'aunt_or_uncle', 'brother_or_sister', 'guardian', 'carer', 'support_worker', 'social_worker', 'teaching_assistant', 'teacher', 'key_worker'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The pronoun the person chatting used for the young person. */
export const PRONOUNS = ['he', 'she', 'they'] as const;
export type Pronoun = (typeof PRONOUNS)[number];

/** Which part of the plan pays for and delivers help: EHC sections F, G and H (needs: B, C and D). */
export const PLAN_PARTS = ['education', 'health', 'social_care'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];
/** The four areas of special educational need in Section B (SEND Code of Practice 6.28 to 6.35). */
export const SEN_AREAS = ['communication', 'learning', 'feelings', 'senses_body'] as const;
export type SenArea = (typeof SEN_AREAS)[number];

/** Where the young person is in education, as the person chatting said it ("at college", "at sixth form", "left school"). */
export const EDUCATION_PLACES = ['nursery', 'school', 'sixth_form', 'college', 'not_at_school'] as const;
export type EducationPlace = (typeof EDUCATION_PLACES)[number];

export const ABOUT_ME_SECTIONS = ['strengths', 'important', 'support'] as const;
export type AboutMeSection = (typeof ABOUT_ME_SECTIONS)[number];


/** Preparing for Adulthood areas, recorded on outcomes from Year 9 (age 14). */
export const PFA_AREAS = ['employment', 'independent_living', 'community_inclusion', 'health'] as const;
export type PfaArea = (typeof PFA_AREAS)[number];
