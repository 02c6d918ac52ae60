import { defineMessages } from '../i18n/i18n.ts';

/** Install guidance and the eviction warning (their own chunk, loaded only when the app runs in a browser tab). */
export const tInstall = defineMessages({
  ja: {
    'install.title': 'つなぐをホーム画面に追加してください',
    'install.risk': 'このブラウザは、ホーム画面に追加していないサイトのデータを消すことがあります。iPad・iPhone の Safari では、7日間開かなかったサイトのデータ（まだ送信していない変更を含む）がすべて削除されます。',
    'install.stepsLabel': 'ホーム画面に追加する手順（iPad・iPhone の Safari）',
    'install.step1': '画面上部（iPhone では下部）の共有ボタン（四角から上向きの矢印）をタップします。',
    'install.step2': '「ホーム画面に追加」を選び、「追加」をタップします。',
    'install.step3': '次からはホーム画面の「つなぐ」のアイコンから開いてください。',
    'install.otherBrowsers': 'ほかのブラウザでは、メニューの「アプリをインストール」または「ホーム画面に追加」を使います。',
    'install.syncOften': '電波のあるところでこまめに同期し、「未送信 0件」になっていることを確かめてください。',
    'install.promptTitle': 'つなぐをこの端末にインストールできます',
    'install.promptLead': 'インストールすると、電波がなくてもアイコンからすぐに開け、この端末のデータも消されにくくなります。',
    'install.button': 'インストール',
    'install.dismiss': '今後表示しない',
    'install.warningTitle': 'この端末のデータについて',
  },
  en: {
    'install.title': 'Add Tsunagu to your Home Screen',
    'install.risk': 'This browser may delete the data of sites that are not on the Home Screen. Safari on iPad and iPhone deletes all data of a site not opened for 7 days, including changes not yet sent.',
    'install.stepsLabel': 'How to add it to the Home Screen (Safari on iPad and iPhone)',
    'install.step1': 'Tap the Share button (a square with an arrow pointing up) at the top of the screen (at the bottom on iPhone).',
    'install.step2': 'Choose “Add to Home Screen”, then tap “Add”.',
    'install.step3': 'From then on, open Tsunagu from its icon on the Home Screen.',
    'install.otherBrowsers': 'In other browsers, use “Install app” or “Add to Home Screen” in the menu.',
    'install.syncOften': 'Sync often where there is a signal, and check that it shows “0 unsent”.',
    'install.promptTitle': 'You can install Tsunagu on this device',
    'install.promptLead': 'Installed, it opens from its icon even without a signal, and the browser is less likely to delete its data.',
    'install.button': 'Install',
    'install.dismiss': 'Do not show again',
    'install.warningTitle': 'About the data on this device',
  },
});
