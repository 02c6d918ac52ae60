import * as z from 'zod';

/**
 * zod's own messages in Japanese: a refused change's reason reaches the coordinator on the record
 * (「理由: …」), and the app's own messages are Japanese too. The API's error codes and field names stay as they are.
 */
export function setJapaneseValidationMessages(): void {
  z.config(z.locales.ja());
}
