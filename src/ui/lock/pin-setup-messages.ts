import { defineMessages } from '../i18n/i18n.ts';

/** The PIN setup screen (its own chunk); the PIN change form shows its rule for a PIN too. */
export const tPinSetup = defineMessages({
  ja: {
    'setup.title': 'この端末のPINを設定してください',
    'setup.protects': '記録は端末内で暗号化され、PINがないと読めません。タブレットを置き忘れたり盗まれたりしても、子どもたちの記録は守られます。',
    'setup.shape': '6文字以上にしてください。数字だけでも、英字をまぜた合言葉（パスフレーズ）でもかまいません。同じ数字のくり返し（111111）や、順番に並んだ数字（123456）は使えません。ログインのパスワードとは別のものにしてください。',
    'setup.autoLock': 'しばらく操作しないとき（設定で1〜30分）や、ほかのアプリを1分以上使ったときは、自動でロックされます。ロックの解除にはPINを使います。電波がなくても解除できます。',
    'setup.forgot': 'PINを忘れたときは、ロック画面からログアウトし、電波のある場所でもう一度ログインして記録をダウンロードし直します。まだ送信していない変更は、電波があれば先に送信します。電波のないまま端末を消去すると、未送信の変更は失われます。',
    'setup.wipe': 'PINを続けて{n}回まちがえると、この端末の記録はすべて消去されます。何度かまちがえると、次に入力できるまで待ち時間が入ります。',
    'setup.pin': '新しいPIN',
    'setup.pinAgain': '新しいPIN（確認）',
    'setup.submit': 'PINを設定して始める',
    'setup.busy': 'PINを設定しています…',
    'setup.cancel': 'ログアウト',
  },
  en: {
    'setup.title': 'Choose a PIN for this device',
    'setup.protects': 'Records are encrypted on this device and cannot be read without the PIN. If the tablet is left behind or stolen, the children’s records stay protected.',
    'setup.shape': 'Use at least 6 characters. Digits only, or a passphrase with letters, both work. A repeated digit (111111) or digits in a row (123456) cannot be used. Choose something different from your sign-in password.',
    'setup.autoLock': 'The app locks itself when it is not used for a while (1 to 30 minutes, in Settings) or after another app was used for over a minute. The PIN unlocks it, even with no signal.',
    'setup.forgot': 'If you forget the PIN, sign out from the lock screen, sign in again where there is a signal, and the records are downloaded again. Changes not yet sent are sent first when there is a signal; if the device is erased with no signal, unsent changes are lost.',
    'setup.wipe': 'After {n} wrong PINs in a row, every record on this device is erased. After a few wrong PINs you have to wait before the next try.',
    'setup.pin': 'New PIN',
    'setup.pinAgain': 'New PIN (again)',
    'setup.submit': 'Set the PIN and start',
    'setup.busy': 'Setting the PIN…',
    'setup.cancel': 'Sign out',
  },
});
