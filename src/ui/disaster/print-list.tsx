import { useEffect, useRef, useState } from 'preact/hooks';
import { PrintSheet, type PrintSheetProps } from './print-sheet.tsx';
import { useDisasterRecords } from './use-disaster-list.ts';

// The paper list (every child) is built only when printing is asked for: the print button, or the browser's own
// print command (beforeprint), so the screen stays light.
const PRINT_EVENT = 'tsunagu:print';

/** The print button: the list is built, its records loaded, then the print dialog opens (see PrintList). */
export function requestPrint() {
  window.dispatchEvent(new Event(PRINT_EVENT));
}

export type PrintRequest = { isWanted: boolean; presses: number };

/** Whether the paper list is wanted (button or the browser's own print command), and how often the button was pressed. */
export function usePrintRequest(): PrintRequest {
  const [request, setRequest] = useState<PrintRequest>({ isWanted: false, presses: 0 });
  useEffect(() => {
    const handleButton = () => setRequest((r) => ({ isWanted: true, presses: r.presses + 1 }));
    const handleBrowser = () => setRequest((r) => ({ ...r, isWanted: true }));
    window.addEventListener(PRINT_EVENT, handleButton);
    window.addEventListener('beforeprint', handleBrowser);
    return () => {
      window.removeEventListener(PRINT_EVENT, handleButton);
      window.removeEventListener('beforeprint', handleBrowser);
    };
  }, []);
  return request;
}

/** The sheet's own props, less the records this loads, plus how many times 印刷 was pressed. */
type Props = Omit<PrintSheetProps, 'records'> & { presses: number };

/** Loads every listed child's contacts, then opens the print dialog once per press of the button. */
export function PrintList({ presses, list, event, ...sheet }: Props) {
  const records = useDisasterRecords(event, list.map((item) => item.row.id));
  const printed = useRef(0);
  useEffect(() => {
    if (!records || printed.current === presses) return;
    printed.current = presses;
    window.print();
  }, [records, presses]);
  return <PrintSheet event={event} list={list} records={records ?? new Map()} {...sheet} />;
}
