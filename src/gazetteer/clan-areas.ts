// Pashtun clan names as places. In reporting from Pakistan's north-west a village or area is
// very often named after the clan that holds it: "Watta Khel", "Kotakhel", "Jabukhel area".
// The gazetteer knows the large ones; an unknown one still says where the text is set: in the
// tribal belt along the Afghan border (docs/evaluation.md, ucdp, session 7).

const CLAN_SUFFIX = /^(?:[a-z]{2,}(?:khel|kheil|khail)|khel|kheil|khail)$/;

/**
 * True when a name key ("watta khel", "kotakhel") ends in a Pashtun clan word: "khel" (also
 * spelt "kheil", "khail") as a word of its own after another word, or closing a longer word.
 */
export function isClanName(key: string): boolean {
  const pieces = key.split(' ');
  const last = pieces[pieces.length - 1];
  if (!CLAN_SUFFIX.test(last)) return false;
  return last.length > 5 || pieces.length >= 2;
}
