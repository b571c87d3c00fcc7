// "the Cantonment police station", "the Army Public School", "the Peshawar Police Lines": a force
// named in a building's name is a place there, no actor of the sentence's event
// (but "two Xiaohongmen police station officers" are the police).

const FACILITY_AFTER = /^\s+(?:public\s+)?(?:station|post|checkpost|check-post|lines|headquarters|school|college|hospital|academy|compound|barracks|colony|stadium|mess|training\s+cent(?:re|er))\b(?!\s+(?:officers?|officials?|staff|chiefs?|in-charge|personnel|guards?|commanders?|head|house\s+officers?))/i;

/** Whether the actor mention ending at `end` names a building (the text after it is a facility noun). */
export function namesFacility(text: string, end: number): boolean {
  return FACILITY_AFTER.test(text.slice(end, end + 30));
}

// "denied the police version", "the army's account of the clash": a force named before what it
// told is the teller, no party of the event told.
const ACCOUNT_AFTER = /^(?:['’]s?)?\s+(?:version|versions|account|accounts|narrative|narratives|story)\b/i;

/** Whether the actor mention ending at `end` only qualifies an account it gave ("the police version"). */
export function namesAccount(text: string, end: number): boolean {
  return ACCOUNT_AFTER.test(text.slice(end, end + 16));
}
