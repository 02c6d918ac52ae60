// Which on-screen keyboard the PIN fields open: digits for a numeric PIN, the full keyboard for a passphrase.
// Remembered from the PIN setup; the coordinator can switch at any time.

export type PinKeyboard = 'numeric' | 'text';

const STORAGE_KEY = 'tsunagu:pinKeyboard';

export function readPinKeyboard(): PinKeyboard {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'text' ? 'text' : 'numeric';
  } catch {
    return 'numeric';
  }
}

export function savePinKeyboard(keyboard: PinKeyboard): void {
  try {
    localStorage.setItem(STORAGE_KEY, keyboard);
  } catch {
    // The numeric keyboard then opens first; the switch is always there.
  }
}

/** The keyboard a chosen PIN needs. */
export const keyboardFor = (pin: string): PinKeyboard => (/^\d+$/.test(pin.normalize('NFKC')) ? 'numeric' : 'text');
