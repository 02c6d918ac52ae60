// WARNING: imported by the service worker too; keep it import-free and DOM-free.

/** Text with kana or kanji in it: our own server's and code's sentences, passed on as written (not an English error). */
export const hasJapanese = (text: string): boolean => /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
