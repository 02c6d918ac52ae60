import { useId, useLayoutEffect, useRef } from 'preact/hooks';

type Props = {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A question before something is lost, as a modal <dialog>: focus moves in and stays there, Esc answers no, and
 * the safe answer holds the first focus so a stray tap or Enter never confirms.
 */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  // Modal before the next paint: a tap landing between render and open would reach the form behind.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  function handleCancel(event: Event) {
    event.preventDefault(); // Esc: answer no here, so the parent closes the dialog by unmounting it
    onCancel();
  }

  return (
    <dialog ref={ref} class="confirm-dialog" role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`}
      onCancel={handleCancel} data-testid="confirm-dialog">
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-message`}>{message}</p>
      <div class="actions">
        <button type="button" class="button" autoFocus onClick={onCancel}>{cancelLabel}</button>
        <button type="button" class="button button--destructive" onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
