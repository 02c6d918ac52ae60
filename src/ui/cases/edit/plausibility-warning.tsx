import type { PlausibilityWarning } from '../../../domain/plausibility.ts';
import { getCareOption } from '../../../schema/care-options.ts';
import { DEVICE_LABELS } from '../view/device-labels.ts';
import { m } from './messages.ts';

type Props = { warnings: PlausibilityWarning[]; isSaving: boolean; onConfirm: () => void; onBack: () => void };

// The option's name without its parenthesised examples: 「人工呼吸器」, not the whole 判定スコア wording.
const careName = (option: Parameters<typeof getCareOption>[0]) => getCareOption(option).label.replace(/（.*$/, '');

function describe(warning: PlausibilityWarning): string {
  if (warning.kind === 'age') return m('plaus.age', { age: warning.age });
  const device = DEVICE_LABELS[warning.deviceType as keyof typeof DEVICE_LABELS] ?? warning.deviceType;
  return m('plaus.device', { device, care: careName(warning.option) });
}

/** Shown before saving when something looks implausible; the coordinator may still save it as it is. */
export function PlausibilityWarnings({ warnings, isSaving, onConfirm, onBack }: Props) {
  return (
    <section class="card card--alert" role="alert" aria-labelledby="plaus-title" data-testid="plausibility-warning">
      <h2 id="plaus-title">{m('plaus.title')}</h2>
      <ul class="plain-list">
        {warnings.map((warning, i) => <li key={i} data-testid="plausibility-item">{describe(warning)}</li>)}
      </ul>
      <p>{m('plaus.lead')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={onBack}>{m('plaus.back')}</button>
        <button type="button" class="button button--primary" disabled={isSaving} onClick={onConfirm}>{m('plaus.confirm')}</button>
      </div>
    </section>
  );
}
