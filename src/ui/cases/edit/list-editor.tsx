import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { m } from './messages.ts';

/** What to ask before an item goes: its question and what it will cost. */
export type RemoveQuestion = { title: string; message: string };

type Props<T> = {
  legend: string;
  itemLabel: string;
  items: readonly T[];
  makeItem: () => T;
  addLabel: string;
  /** Order matters (emergency contacts): offer 上へ / 下へ. */
  isOrdered?: boolean;
  onChange: (items: T[]) => void;
  /** Items that matter (a ventilator) ask first: a question, or null to remove at once (an item still blank). */
  askBeforeRemove?: (item: T, name: string) => RemoveQuestion | null;
  /** The remove button's visible text (its accessible name always says which item). */
  removeLabel?: string;
  children: (item: T, index: number, update: (item: T) => void) => ComponentChildren;
};

/** A repeatable group of fields: each item in its own fieldset, with add, remove and (when ordered) move. */
export function ListEditor<T>(props: Props<T>) {
  const { legend, itemLabel, items, makeItem, addLabel, isOrdered = false, onChange, askBeforeRemove, removeLabel, children } = props;
  const [asking, setAsking] = useState<{ index: number; question: RemoveQuestion } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const replace = (index: number, item: T) => onChange(items.map((x, i) => (i === index ? item : x)));
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    setAsking(null);
    addButton.current?.focus(); // the removed item's button is gone: keep the keyboard in the list
  };
  const handleRemove = (index: number, name: string) => {
    const question = askBeforeRemove?.(items[index]!, name) ?? null;
    if (question) setAsking({ index, question });
    else remove(index);
  };
  const move = (index: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset class="list-editor">
      <legend>{legend}</legend>
      {items.length === 0 && <p class="muted">{m('list.empty')}</p>}
      {items.map((item, index) => {
        const name = m('list.item', { label: itemLabel, n: index + 1 });
        return (
          <fieldset class="list-item" key={index}>
            <legend>{name}</legend>
            <div class="form-grid">{children(item, index, (next) => replace(index, next))}</div>
            <div class="actions actions--small">
              {isOrdered && index > 0 && (
                <button type="button" class="button button--small" aria-label={`${name} ${m('list.up')}`} onClick={() => move(index, -1)}>{m('list.up')}</button>
              )}
              {isOrdered && index < items.length - 1 && (
                <button type="button" class="button button--small" aria-label={`${name} ${m('list.down')}`} onClick={() => move(index, 1)}>{m('list.down')}</button>
              )}
              <button type="button" class={`button button--small${askBeforeRemove ? ' button--remove' : ''}`} aria-label={`${name} ${m('list.remove')}`}
                onClick={() => handleRemove(index, name)}>{removeLabel ?? m('list.remove')}</button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" class="button button--small" ref={addButton} onClick={() => onChange([...items, makeItem()])}>{addLabel}</button>
      {asking && (
        <ConfirmDialog title={asking.question.title} message={asking.question.message} confirmLabel={m('remove.confirm')}
          cancelLabel={m('remove.keep')} onConfirm={() => remove(asking.index)} onCancel={() => setAsking(null)} />
      )}
    </fieldset>
  );
}
