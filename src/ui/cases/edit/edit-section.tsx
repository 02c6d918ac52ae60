import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { FieldErrorsContext, hasErrorsUnder } from './field-errors-context.ts';
import { m } from './messages.ts';

type Props = { title: string; fields: readonly string[]; isOpen?: boolean; testId?: string; children: ComponentChildren };

/** A collapsible section of the editor; it opens itself when one of its fields has a message. */
export function EditSection({ title, fields, isOpen = false, testId, children }: Props) {
  const hasErrors = hasErrorsUnder(useContext(FieldErrorsContext), fields);
  return (
    <details class="edit-section card" open={isOpen || hasErrors} data-testid={testId}>
      <summary class="edit-section__summary">
        <span class="edit-section__title">{title}</span>
        {hasErrors && <span class="badge badge--alert">{m('section.hasErrors')}</span>}
      </summary>
      <div class="edit-section__body">{children}</div>
    </details>
  );
}
