// The article as returned by the server (the text every offset indexes), with each claim
// highlighted by certainty and labelled with its certainty and attribution in words. Text is
// only ever rendered as text nodes.
import type { Analysis, ClaimOut } from '../../../src/model/analysis.ts';
import { ATTRIBUTION_HELP, ATTRIBUTION_LABEL, CERTAINTY_HELP } from '../lib/labels.ts';
import { claimProvenance } from '../lib/provenance.ts';
import { layoutArticle, type Part } from '../lib/segments.ts';
import { useActiveSpans, useProvenance } from './Provenance.tsx';

export function ArticleView({ analysis }: { analysis: Analysis }) {
  const active = useActiveSpans();
  const paragraphs = layoutArticle(analysis.text, analysis.sentences, analysis.claims, active);
  const { article } = analysis;
  return (
    <article class="article" aria-labelledby="article-heading">
      <h2 id="article-heading">{article.title ?? 'Article'}</h2>
      <p class="article-meta">
        {[article.source, article.byline, article.published ? `published ${article.published}` : 'no publication date: relative dates stay unresolved']
          .filter(Boolean)
          .join(' · ')}
        {article.url && <> · {/^https?:\/\//i.test(article.url) ? <a href={article.url} rel="noopener noreferrer nofollow">{article.url}</a> : article.url}</>}
      </p>
      {analysis.claims.length === 0 && (
        <p class="empty">No claims were found in this text: it may be too short, or all headings. The article is shown as it was read.</p>
      )}
      {paragraphs.map((p) => {
        const children = p.parts.map((part) =>
          part.claim === null ? <Pieces key={part.start} analysis={analysis} part={part} /> : <Claim key={part.start} analysis={analysis} claim={analysis.claims[part.claim]} part={part} />,
        );
        return p.heading ? (
          <h3 class="article-heading" key={p.start}>
            {children}
          </h3>
        ) : (
          <p key={p.start}>{children}</p>
        );
      })}
    </article>
  );
}

function Pieces({ analysis, part }: { analysis: Analysis; part: Part }) {
  return (
    <>
      {part.pieces.map((piece) => {
        const text = analysis.text.slice(piece.start, piece.end);
        return piece.active ? (
          <mark class="active-span" key={piece.start}>
            {text}
          </mark>
        ) : (
          text
        );
      })}
    </>
  );
}

function Claim({ analysis, claim, part }: { analysis: Analysis; claim: ClaimOut; part: Part }) {
  const props = useProvenance(claimProvenance(analysis, claim));
  const kind = claim.attribution.kind;
  const first = part.start === claim.start;
  return (
    <span class={`claim certainty-${claim.certainty}`} data-claim={claim.id} data-certainty={claim.certainty} data-attribution={kind} {...props}>
      {first && (
        <>
          <span class={`cert-label cert-${claim.certainty}`} title={CERTAINTY_HELP[claim.certainty]}>
            {claim.certainty}
          </span>
          <span class={`badge attr-${kind}`} title={`source: ${ATTRIBUTION_HELP[kind]}`}>
            {ATTRIBUTION_LABEL[kind]}
          </span>{' '}
        </>
      )}
      <Pieces analysis={analysis} part={part} />
    </span>
  );
}
