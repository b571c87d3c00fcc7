// "two female health workers were administering polio drops to children when two men on a
// motorcycle opened fire on him": a clause after "when" has its own subject, so an actor before
// "when" is not the subject of its verb (unless a pronoun there stands for it: "when they opened fire").

const OWN_SUBJECT_AFTER_WHEN = /\bwhen\s+(?!(?:he|she|they|it|we|i|you)\b)(?:[\p{L}'’-]+\s+){1,6}$/iu;

/** Whether the text between an actor and a verb closes with a "when" clause that has a subject of its own. */
export function ownSubjectAfterWhen(between: string): boolean {
  return OWN_SUBJECT_AFTER_WHEN.test(between);
}
