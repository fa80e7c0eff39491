/** Oliver, 9, in Year 4: the child his dad types about in the tests of a father's chat. */
export const OLIVER = { name: 'Oliver', age: 9, schoolYear: 4 };
