import { defineMessages } from '../i18n/i18n.ts';

export const im = defineMessages({
  ja: {
    title: 'CSVを取り込む', lead: 'Excel で作った一覧（Shift_JIS）と UTF-8（BOM付き）のどちらも読めます。取り込む前に、すべての行を確認します。',
    file: 'CSVファイル', reading: '読み込み中…', encoding: '文字コード: {encoding}（{rows}行）',
    mapping: '列の割り当て', mappingLead: '分からない見出しの列は、どの項目か選んでください（取り込まない場合は「取り込まない」）。',
    column: '列', header: '見出し', field: '項目', ignore: '取り込まない', unknown: '不明な見出し',
    preview: '取り込みの確認', summary: '追加 {creates}件・更新 {updates}件', errors: '{n}件の問題があります。直してから取り込んでください（何も書き込まれていません）。',
    line: '行', reason: '内容', whole: '行全体', noErrors: '問題はありません。', import: '{n}件を取り込む', importing: '取り込み中…',
    done: '{n}件を取り込みました（未送信の変更として同期されます）。', failed: '取り込めませんでした。何も書き込まれていません: {message}',
    back: '地域資源の一覧へ', create: '追加', update: '更新', more: 'ほか {n}件',
  },
  en: {
    title: 'Import CSV', lead: 'Reads lists made in Excel (Shift_JIS) and UTF-8 (with BOM). Every row is checked before anything is imported.',
    file: 'CSV file', reading: 'Reading…', encoding: 'Encoding: {encoding} ({rows} rows)',
    mapping: 'Column mapping', mappingLead: 'Choose the field for columns with unknown headers (or "Do not import").',
    column: 'Column', header: 'Header', field: 'Field', ignore: 'Do not import', unknown: 'Unknown header',
    preview: 'Check before importing', summary: '{creates} new, {updates} updated', errors: '{n} problems. Fix them, then import (nothing has been written).',
    line: 'Line', reason: 'Problem', whole: 'whole row', noErrors: 'No problems.', import: 'Import {n}', importing: 'Importing…',
    done: 'Imported {n} (they sync as unsent changes).', failed: 'Import failed; nothing was written: {message}',
    back: 'Back to resources', create: 'New', update: 'Update', more: '{n} more',
  },
});
