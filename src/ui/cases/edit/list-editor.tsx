import type { ComponentChildren } from 'preact';
import { m } from './messages.ts';

type Props<T> = {
  legend: string;
  itemLabel: string;
  items: readonly T[];
  makeItem: () => T;
  addLabel: string;
  /** Order matters (emergency contacts): offer 上へ / 下へ. */
  isOrdered?: boolean;
  onChange: (items: T[]) => void;
  children: (item: T, index: number, update: (item: T) => void) => ComponentChildren;
};

/** A repeatable group of fields: each item in its own fieldset, with add, remove and (when ordered) move. */
export function ListEditor<T>({ legend, itemLabel, items, makeItem, addLabel, isOrdered = false, onChange, children }: Props<T>) {
  const replace = (index: number, item: T) => onChange(items.map((x, i) => (i === index ? item : x)));
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
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
              <button type="button" class="button button--small" aria-label={`${name} ${m('list.remove')}`} onClick={() => remove(index)}>{m('list.remove')}</button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" class="button button--small" onClick={() => onChange([...items, makeItem()])}>{addLabel}</button>
    </fieldset>
  );
}
