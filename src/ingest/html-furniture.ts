// Page furniture recognised by its markup: FURNITURE is removed from the page before Readability
// runs (which also steers Readability away from containers full of it), AFTER_READABILITY from
// the article Readability returns (run with keepClasses, so that class names survive). Each class of furniture was chosen by
// how much of its text the article-extraction gold leaves out (docs/evaluation.md,
// "article-extraction"), never by the wording of one page.

import type { parseHTML } from 'linkedom';

type ParsedDocument = ReturnType<typeof parseHTML>['document'];

interface FurnitureClass {
  name: string;
  /** True for an element of this class. */
  test: (el: Element, tokens: string[]) => boolean;
  /** An element with more text than this is more likely a page wrapper misnamed: it stays. */
  maxText: number;
}

/** Class names that hide an element on screen (CSS frameworks' helpers) or show it only in print. */
const HIDDEN_TOKEN =
  /^(?:hidden|hide|is-hidden|u-hidden|d-none|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|print-only|only-print|visible-print|print-header|print-footer)$/;

/** Class or id of a sign-up box: "newsletter-signup", "emailSignup", "subscribe-box". */
const SIGN_UP_TOKEN = /newsletter|sign-?up|subscribe|subscription/;

/** Class or id of a byline or an author box: "byline", "author-bio", "post-author", "articleByline__bio". */
const AUTHOR_TOKEN = /byline|author|(?:^|[-_])bio(?:$|[-_])/;

/** Class or id of a box of teasers: "related-articles", "recirc", "rail--trending", "most-read", "promo". */
const TEASER_TOKEN = /related|recirc|recommend|teaser|promo|trending|popular|most-?read|more-(?:stories|news|from)|(?:^|[-_])rail(?:$|[-_])/;

/** Class or id of a copyright or syndication notice: "copyright", "syndigate-link". */
const RIGHTS_TOKEN = /copyright|syndicat|syndigate/;

export const FURNITURE: FurnitureClass[] = [
  // Captions and picture credits.
  { name: 'figcaption', test: (el) => el.tagName.toLowerCase() === 'figcaption', maxText: Infinity },
  // A picture's figure: whatever text it holds besides the picture is a credit, a count, a caption.
  { name: 'picture figure', test: (el) => el.tagName.toLowerCase() === 'figure' && isPictureFigure(el), maxText: 600 },
  // Text the reader never sees on screen.
  { name: 'hidden', test: (_el, tokens) => tokens.some((t) => HIDDEN_TOKEN.test(t)), maxText: Infinity },
  // Sign-up prompts: newsletters, e-mail alerts, subscriptions.
  { name: 'sign-up', test: (_el, tokens) => tokens.some((t) => SIGN_UP_TOKEN.test(t)), maxText: 600 },
  // About the writer: bylines and author boxes.
  { name: 'author', test: (_el, tokens) => tokens.some((t) => AUTHOR_TOKEN.test(t)), maxText: 600 },
  // A picture's caption outside <figcaption>: a caption-named element beside an image.
  { name: 'picture caption', test: (el, tokens) => tokens.some((t) => t.includes('caption')) && besideImage(el), maxText: 600 },
  // Copyright and syndication notices.
  { name: 'rights', test: (_el, tokens) => tokens.some((t) => RIGHTS_TOKEN.test(t)), maxText: 300 },
];

/**
 * Furniture removed from what Readability returns rather than from the page: taken out before,
 * these boxes change how Readability scores the page's containers.
 */
export const AFTER_READABILITY: FurnitureClass[] = [
  // Teasers of other stories: related, recommended, trending, promoted.
  { name: 'teasers', test: (_el, tokens) => tokens.some((t) => TEASER_TOKEN.test(t)), maxText: 1500 },
];

/** A figure with a picture and no quotation or paragraph of its own. */
function isPictureFigure(el: Element): boolean {
  return el.querySelector('img, picture') !== null && el.querySelector('blockquote, p, table, ul, ol') === null;
}

/** True when the element's parent holds an image outside the element itself. */
function besideImage(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  for (const img of Array.from(parent.querySelectorAll('img, picture'))) {
    if (!el.contains(img)) return true;
  }
  return false;
}

const NEVER = new Set(['html', 'body', 'main', 'article']);

/** Paragraph text of an element: what Readability scores it by. */
function paragraphText(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += (p.textContent ?? '').trim().length;
  return n;
}

/** Fewest story cards that make a list of teasers. */
const MIN_CARDS = 3;

/**
 * Story cards: on a page with several <article> elements, the one with the most paragraph text
 * is the story; the others, outside it and shorter than a third of it, are teasers of other
 * stories ("fp-vertical-story" grids, "more from" strips).
 */
export function pruneStoryCards(document: ParsedDocument): void {
  const articles = Array.from(document.querySelectorAll('article')) as unknown as Element[];
  if (articles.length < 2) return;
  const sized = articles.map((el) => ({ el, text: paragraphText(el) }));
  const main = sized.reduce((a, b) => (b.text > a.text ? b : a));
  const cards = sized.filter(
    ({ el, text }) => el !== main.el && !el.contains(main.el) && !main.el.contains(el) && text * 3 < main.text,
  );
  // Teasers come in lists; one other article may be the story itself, beside a long list or quote.
  if (cards.length < MIN_CARDS) return;
  for (const { el } of cards) el.remove();
}

/** Removes the elements of `classes` under `root` (a page or the article Readability returned). */
export function pruneFurniture(root: ParsedDocument | Element, classes: FurnitureClass[] = FURNITURE): void {
  for (const node of Array.from(root.querySelectorAll('*'))) {
    const el = node as unknown as Element;
    if (NEVER.has(el.tagName.toLowerCase())) continue;
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/).filter((t) => t !== '');
    for (const c of classes) {
      if (!c.test(el, tokens)) continue;
      if (c.maxText === Infinity || (el.textContent ?? '').length <= c.maxText) {
        el.remove();
        break;
      }
    }
  }
}
