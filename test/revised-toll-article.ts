// One article of our own writing whose reporting source revises its own toll ("Officials said 14
// people were killed ... The police later revised the toll to nine", news52's `revised: true`).
// The store test (revised-toll-store) and the browser test (ui-revised) read the same text.
export const REVISED_TOLL_ARTICLE = {
  title: 'Police station attacked in Lakki Marwat; toll revised',
  text: [
    'Gunmen attacked a police station in Lakki Marwat district on Thursday night. Officials said 14 people were killed in the attack.',
    'The police later revised the toll to nine.',
  ].join('\n\n'),
  published: '2026-11-27',
  source: 'Marwat Test Daily',
};
