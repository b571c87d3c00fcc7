// One article of our own writing, in the style of a Pakistani daily, with session 21's three
// additions: two tolls for one attack ("Officials said four soldiers were killed; the Pakistani
// Taliban put the death toll at 15"), a sit-in broken up with batons, and a deportation. The store
// test (rival-tolls-store) and the browser test (ui-tolls) read the same text.
export const RIVAL_TOLL_ARTICLE = {
  title: "Soldiers killed in Bara checkpoint attack; teachers' sit-in broken up in Peshawar",
  text: [
    'Militants stormed a security checkpoint in Bara, Khyber district, on Tuesday night. Officials said four soldiers were killed in the attack; the Pakistani Taliban put the death toll at 15.',
    'In Peshawar, hundreds of schoolteachers staged a sit-in outside the provincial assembly on Wednesday to demand unpaid salaries. Police used batons to disperse the protesters; nine teachers were injured.',
    'Pakistani authorities deported 230 Afghan nationals through the Torkham border crossing on Thursday.',
  ].join('\n\n'),
  published: '2026-11-27',
  source: 'Khyber Test Daily',
};
