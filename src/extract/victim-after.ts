// Who died, not who did it. An actor followed by "died" or by a passive of a casualty verb ("One
// Frontier Corps soldier was martyred", "two civilians were injured") is a victim of the violence
// told in its sentence: "Three soldiers died when a roadside bomb hit", "One Frontier Corps soldier
// was martyred ... when a mortar shell landed", "two civilians, including a child, were injured").
// An active verb ("militants killed") is not matched. What they were doing may come between:
// "five policemen guarding a polio team were killed in a bomb attack".

const DIED_AFTER =
  /^\s*(?:(?:\p{L}+ly\s+)?(?:die|dies|died|perished)\b|(?:[\p{Ll}-]+\s+){0,2}(?:(?!(?:during|including|following|according|regarding|concerning|excluding)\b)\p{Ll}+ing\s+(?:[\p{L}-]+\s+){0,3})?(?:,\s+including\s+[^,.;]{1,40},\s+)?(?:was|were|had been|have been|has been)\s+(?:\p{L}+ly\s+)?(?:killed|martyred|injured|wounded|hurt)\b)/u;

/** Does the text after an actor mention ending at `end` say that it died or was hurt? */
export function diedAfter(text: string, end: number): boolean {
  return DIED_AFTER.test(text.slice(end, end + 64));
}
