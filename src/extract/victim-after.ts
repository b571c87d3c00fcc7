// Who died, not who did it. An actor followed by "died" or by a passive of a casualty verb ("One
// Frontier Corps soldier was martyred", "two civilians were injured") is a victim of the violence
// told in its sentence: "Three soldiers died when a roadside bomb hit", "One Frontier Corps soldier
// was martyred ... when a mortar shell landed", "two civilians, including a child, were injured").
// An active verb ("militants killed") is not matched. What they were doing may come between:
// "five policemen guarding a polio team were killed in a bomb attack". A headline drops the "were"
// ("Nine soldiers killed in suicide attack", "3 fighters dead in drone strike", "Three civilians also
// killed in Kurram"): the bare participle or "dead" counts when no object follows it (a preposition,
// a clause word, "and" before a count, punctuation or the line's end), so "militants killed two
// soldiers" and "killed at least four" stay active. The first of a counted list is told so too:
// "Two soldiers, three militants dead in Pakistan attack". (Session 24, news71) "Embraced
// martyrdom" is a soldier's dying, told as "died" is, and the people it counts may be followed by
// an aside as a passive's are: "Two soldiers, including a captain, embraced martyrdom".

const DIED_AFTER =
  /^(?:(?:\s*,|\s+and)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)*\s*(?:(?:,\s+including\s+[^,.;]{1,40},\s+)?(?:\p{L}+ly\s+)?(?:die|dies|died|perished|embraced\s+(?:martyrdom|shahadat))\b|(?:[\p{Ll}-]+\s+){0,2}(?:(?!(?:during|including|following|according|regarding|concerning|excluding)\b)\p{Ll}+ing\s+(?:[\p{L}-]+\s+){0,3})?(?:,\s+including\s+[^,.;]{1,40},\s+)?(?:was|were|had been|have been|has been)\s+(?:\p{L}+ly\s+)?(?:killed|martyred|injured|wounded|hurt)\b|(?:(?:also|\p{L}+ly)\s+)?(?:killed|martyred|injured|wounded|hurt|dead)(?=[ \t]*(?:[\n,;:.)]|$|(?:in|on|as|when|while|after|during|near|by|following|amid|inside|outside)\b|at\s+(?!least\b)|and\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|scores)\b)))/u;

/** Does the text after an actor mention ending at `end` say that it died or was hurt? */
export function diedAfter(text: string, end: number): boolean {
  return DIED_AFTER.test(text.slice(end, end + 64));
}
