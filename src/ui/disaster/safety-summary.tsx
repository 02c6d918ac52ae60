import { useState } from 'preact/hooks';
import type { SafetySummary as Summary } from '../../domain/safety-status.ts';
import type { TriagedCase } from '../../domain/triage.ts';
import { soonestText } from './disaster-format.ts';
import { dt } from './disaster-messages.ts';

const SHOWN = 12;

type NamesProps = { items: readonly TriagedCase[]; testId: string; onShow: (id: string) => void };

/**
 * Names that take the coordinator to the child's card on this screen (never away from it: the card's id is no
 * route), the first dozen, and the rest at a tap — nobody unreached is left out.
 */
function Names({ items, testId, onShow }: NamesProps) {
  const [isAll, setAll] = useState(false);
  if (items.length === 0) return <p data-testid={testId}>{dt('none')}</p>;
  const shown = isAll ? items : items.slice(0, SHOWN);
  const rest = items.length - shown.length;
  // Each name a 44 px target of its own, apart from the next (a tablet in a glove or a shaking hand).
  return (
    <ul class="name-links" data-testid={testId}>
      {shown.map((item) => (
        <li key={item.row.id}>
          <a href={`#disaster-${item.row.id}`} onClick={(e) => { e.preventDefault(); onShow(item.row.id); }}>{item.row.name}</a>
        </li>
      ))}
      {rest > 0 && <li><button type="button" class="button button--small" onClick={() => setAll(true)}>{dt('moreNames', { n: rest })}</button></li>}
    </ul>
  );
}

/** Checked N of M (of the listed children: 電源依存のみ says so), who is still unreached, who runs out of battery first. */
export function SafetySummary({ summary, powerOnly, onShow }: { summary: Summary; powerOnly: boolean; onShow: (id: string) => void }) {
  return (
    <section class="card safety-summary" aria-labelledby="safety-summary-title">
      <h2 id="safety-summary-title" data-testid="safety-summary">{dt('summary', { checked: summary.checked, total: summary.total })}{powerOnly ? dt('powerOnlyScope') : ''}</h2>
      <div class="safety-summary__grid">
        <div>
          <h3>{dt('unreached')}（{summary.unreached.length}）</h3>
          <Names items={summary.unreached} testId="unreached" onShow={onShow} />
        </div>
        <div>
          <h3>{dt('needsSupport')}（{summary.needsSupport.length}）</h3>
          <Names items={summary.needsSupport} testId="needs-support" onShow={onShow} />
        </div>
        <div>
          <h3>{dt('soonest')}</h3>
          <ol data-testid="soonest">
            {summary.soonest.map((item) => <li key={item.row.id}>{item.row.name} — {soonestText(item)}</li>)}
          </ol>
        </div>
      </div>
    </section>
  );
}
