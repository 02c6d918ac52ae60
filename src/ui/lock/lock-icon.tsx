/** A padlock drawn inline (no icon font, no image request); decorative — the text beside it names the action. */
export function LockIcon() {
  return (
    <svg class="lock-icon" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 1 1 6 0v3H9Zm3 3.5a1.5 1.5 0 0 1 .8 2.77V18h-1.6v-1.73A1.5 1.5 0 0 1 12 13.5Z" />
    </svg>
  );
}
