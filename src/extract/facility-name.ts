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

// "An explosive device attached to an Afghan National Army vehicle detonated", "a police van
// was hit": a force named before one of its road vehicles only says whose the vehicle is, which
// makes it what the act befell, not its doer (news63). Aircraft, tanks and guns that act for their
// force ("army helicopters shelled", "Pakistani jets struck") are no such noun.
const VEHICLE_AFTER = /^(?:\s*\([A-Za-z-]{2,10}\))?\)?\s+(?:vehicles?|vans?|trucks?|cars?|jeeps?|buses|bus|pickups?|pick-ups?|mobile\s+vans?)\b(?!\s+(?:drivers?|crews?))/i;

/** Whether the actor mention ending at `end` only says whose a road vehicle is ("an army truck"). */
export function namesVehicle(text: string, end: number): boolean {
  return VEHICLE_AFTER.test(text.slice(end, end + 20));
}
