import type { AdviceStrings, CauseText } from './types';

/**
 * Japanese (日本語). Polite です/ます style; full-width punctuation in Japanese sentences, the server's own
 * wordings kept in English between straight double quotes. Terms: docs/glossary/ja.md.
 *
 * How the headline fragments fit together in Japanese:
 * - `happened` is a complete polite clause without the final 。, and `{address}` opens it where English has
 *   it first ("{address}は存在しません"), so it reads with an address and with `unknownAddress` ("宛先").
 * - `next` is written in the て-form ("アドレスを確認して", "しばらく待って"): the headlines add
 *   "から再送信してください" (send again afterwards) or "ください" (while the server still retries).
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'なし',
    sender: 'あなた',
    'sender-admin': 'IT管理者またはメールプロバイダー',
    recipient: '受信者',
    'recipient-admin': '受信者側のIT管理者',
  },
  unknownAddress: '宛先',
  countOfRecipients: (count) => `${count}件の宛先`,
  headlineFinal: (happened, next) => `${happened}。${next}から再送信してください`,
  headlineFixWhileRetrying: (happened, next) => `${happened}。${next}ください。再送信は不要です`,
  headlineWaiting: (address) => `${address}にはまだ届いていません。対応は不要です`,
  headlineSeveralSame: (count, next) => `${count}件の宛先に届きませんでした。${next}から再送信してください`,
  headlineSeveralDifferent: (count, problems) => `${count}件の宛先に届きませんでした（原因は${problems}種類）`,
  headlineNotBounce: '配信不能通知ではありません',
  resendWhileWaiting: '再送信しないでください。メールサーバーが自動で再試行しているため、もう一度送ると同じメッセージが2通届きます。',
  resendWhileFixing: '再送信しないでください。問題が解決すれば、メールサーバーで待機中のメッセージがそのまま届きます。',
  resendAfterYourFix: 'その後、再送信してください。',
  resendAfterTheirFix: (who) => `${who}が問題を解決したら、再送信してください。`,
  resendLater: '時間をおいて再送信するか、別の方法で連絡してください。',
  urgentAnotherWay: '急ぎの場合は、その間に別の方法（電話やチャットなど）で連絡してください。',
  tellRecipient: '受信者に別の方法（電話やチャットなど）で知らせてください。この件をメールで伝えても届きません。',
  stillRetrying: 'この通知が作成された時点では、送信側サーバーはまだこのメッセージの再試行を続けていました。',
  needsFixWhileRetrying: (who) => `待っても解決しません。${who}が修正するまで、再試行のたびに同じ理由で失敗します。`,
  gaveUp: '送信側サーバーは再試行を終了しました。このメッセージは配信されていません。',
};

/**
 * Per cause id (causes.ts), in the order of causes.ts. The plain fields never promise or forbid a resend:
 * the notice's state adds that (see ADVICE_STRINGS).
 */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  // ── Rate limits and queues on the receiving side ─────────────────────────────────────────────
  'gmail-receiving-rate': {
    title: '受信者のGmailアカウントの受信ペースが速すぎる',
    happened: '{address}に今、大量のメールが届いています',
    next: 'しばらく待って',
    youDo: ['この相手に自動送信や一斉送信のメールを送っている場合は、送信の頻度を下げてください。'],
    resend: '1〜2時間後に再送信してください。',
    explanation:
      'Gmailは、1つのアカウントが1分・1時間・1日あたりに受信できるメールの量を制限しています（450 4.2.1 ReceivingRate）。このアカウントは現在その上限を超えています。多くの場合、何らかのシステムが大量のメールを転送しているのが原因です。そのためGmailは送信側サーバーに、ペースを落として再試行するよう求めました。',
    adminSteps: [
      '送信側サーバーの再試行に任せてください。再試行の頻度は上げないでください。',
      '繰り返し発生する場合は、受信者側で大量のメールの発生源（頻繁なアラート、転送ルールなど）を止めるか、大量のメールにはGoogleグループを使ってもらってください。',
    ],
  },
  'gmail-receiving-rate-final': {
    title: '受信者のGmailアカウントが受信上限に到達（メッセージは拒否）',
    happened: '{address}はGmailの受信上限に達しています',
    next: '1日待って',
    youDo: [
      'この相手あてのメールが拒否されていることを、別の方法（電話やチャットなど）で伝えてください。',
      '再び起きた場合は、何かが受信トレイにメールを大量に送り込んでいる（転送ルールなど）と伝え、止めてもらってください。',
    ],
    resend: '約24時間後に再送信してください。Gmailはこのメッセージを保管していません。',
    explanation:
      'Gmailはメッセージをその場で拒否しました（550 5.2.1、ReceivingRatePerm）。受信者のアカウントが受信上限に達しています（Googleの公表値は1分あたり60通、1時間あたり3,600通、1日あたり86,400通）。Googleによると、この制限は通常約24時間続きます。Gmailは拒否したメールを保管しないため、このメッセージが後から自動で届くことはありません。',
    adminSteps: [
      '送信側で修正することはありません。約24時間後に再送信できます。',
      '繰り返す場合、受信者のアカウントに大量のメールが流れ込んでいます（転送やメール爆弾）。受信者またはそのIT管理者が発生源を特定して止める必要があります。',
    ],
  },
  'recipient-rate-limit': {
    title: '受信者へのメールの到着ペースが速すぎる',
    happened: '{address}に今、大量のメールが届いています',
    next: 'しばらく待って',
    youDo: ['この相手に多数のメッセージを送る場合は、時間を空けて送ってください。'],
    resend: '1〜2時間後に再送信してください。',
    explanation:
      '受信者のメールプロバイダーは、1つのメールボックスが短時間に受信できるメッセージの数を制限しており、このメールボックスはその上限を超えています（Yahoo 450、Yandex 450 4.2.1、Comcast 452、Exchange Online、iCloud、またはPostfixのポリシーサービスなど他のサーバーが借用している"receiving mail too quickly"という文言）。送信側サーバーは、後で再試行するよう求められました。一時的な状態にもかかわらず550で拒否するプロバイダーもあります（Tencent QQ）。',
    adminSteps: [
      '送信側で修正することはありません。通常の再試行で十分です。',
      'このアドレスに多数のメッセージ（通知、一斉送信）を送っている場合は、送信の間隔を空けてください。繰り返す場合は、受信者側でメールボックスにメールを大量に送り込んでいる原因を調べてもらってください。',
    ],
  },
  'recipient-hourly-limit': {
    title: '受信者が1時間に受信できる数を超過（メッセージは拒否）',
    happened: '{address}はこの1時間に受信できる数を超えました',
    next: '1〜2時間待って',
    youDo: ['このアドレスにプログラムやアプリからメールを送っている場合は、1時間あたりの送信数を減らしてください。'],
    resend: '1〜2時間後に再送信してください。',
    explanation:
      '受信者のメールボックスが、この1時間にプロバイダーの許容数を超えるメッセージを受信しました（Exchange Online 554 5.2.121 / 5.2.122、他のサーバーではGmail風の"receiving mail at a rate that prevents additional messages"）。状態は一時的ですが恒久的なコードで拒否されたため、メッセージは後で配信するためのキューに残っていません。',
    adminSteps: [
      '送信側で修正することはありません。1〜2時間後に再送信できます。',
      'アプリケーションがこのアドレスに送信している場合は、1時間あたりの送信数に上限を設けてください。',
    ],
  },
  'org-queue-quota': {
    title: 'Microsoft 365の組織でキューに滞留しているメールが多すぎる',
    happened: 'Microsoft 365がしばらくメールの配信を保留しています',
    next: 'しばらく待って',
    youDo: ['何時間も続く場合は、この通知をIT管理者またはメールプロバイダーに転送してください。'],
    explanation:
      'Microsoft 365はメッセージの配信を延期しました（450 4.7.3、"Organization queue quota exceeded"。IANAのセキュリティ変換の意味ではなく、Microsoft独自の意味です）。ある組織のメールがすでに大量にMicrosoftのキューで待機しているためで、典型的には自動送信メールや配信不能メッセージが急増しています。自社のメールをMicrosoft 365経由で送信している場合、その組織はたいてい自社です。そうでなければ受信者側の組織です。',
    adminSteps: [
      '通常は対応不要です。滞留が解消すれば、以降の試行で配信されます。',
      '何時間も続き、自社のメールをMicrosoft 365経由で送信している場合は、テナント内の滞留の原因（メールの急増、大量の配信不能メッセージ）を探すか、Microsoftにサポートケースを起票してください。そうでなければ受信者側のIT管理者の対応が必要です。',
    ],
  },
  'app-queue-quota': {
    title: 'Microsoft 365がメールを一時的に延期（サービスのキュー上限）',
    happened: 'Microsoft 365が一時的にメールの配信を保留しています',
    next: 'しばらく待って',
    youDo: [],
    explanation:
      'Microsoft 365は、内部キューの1つが上限を超えている間、メッセージの配信を延期しました（450 4.7.9、アプリケーションのキュー上限超過）。通常は以降の試行で配信されます。',
    adminSteps: [
      '解消するまで対応は不要です。',
      '繰り返し発生する場合は、関係するMicrosoft 365組織の管理者がMicrosoftにサポートケースを起票してください。',
    ],
  },
  'mailbox-thread-limit': {
    title: '受信者のメールボックスに同時に届くメッセージが多すぎる',
    happened: '{address}に同時に届いているメッセージが多すぎます',
    next: 'しばらく待って',
    youDo: ['繰り返し起きる場合は、別の方法で相手に知らせてください。'],
    explanation:
      '同時に届くメッセージが多すぎるため、受信者のメールボックスサーバーがこのメールボックスへの配信を制限しています（Exchange Online 432 4.3.2、"recipient thread limit exceeded"）。',
    adminSteps: [
      '送信側で修正することはありません。通常は以降の試行で配信されます。',
      '繰り返す場合は、受信者側のIT管理者がメールボックスにメールを大量に送り込んでいる原因（受信トレイのルール、転送、自動送信メール）を調べる必要があります。',
    ],
  },
  'relay-peak-limit': {
    title: '送信側の組織がGoogleのSMTPリレーのピーク時レートを超過',
    happened: 'あなたの組織がGoogleの許容を超えるペースでメールを送信しています',
    next: 'しばらく待って',
    youDo: ['頻繁に起きる場合は、この通知をIT管理者またはメールプロバイダーに転送してください。'],
    explanation:
      '組織がGoogleのSMTPリレー（smtp-relay.gmail.com）経由で、ピーク時の許容量を超えるペースで送信しているため、Googleが送信ペースを抑えています（450 4.2.1、"Peak SMTP relay limit exceeded for customer"）。Googleはこの制限を一時的なものとしており、以降の試行で配信されます。',
    adminSteps: [
      'このメッセージについての対応は不要です。',
      '頻繁に起きる場合は、smtp-relay.gmail.com経由の一度に集中した送信を分散してください（一斉送信ジョブのペースを調整）。',
    ],
  },
  'sender-quota-exceeded': {
    title: 'あなた自身の送信上限に到達',
    happened: 'あなたの送信上限に達しました',
    next: '上限がリセットされるまで待って',
    youDo: ['それほど多くのメールを送っていない場合は、すぐにIT管理者またはメールプロバイダーに知らせてください。誰かがあなたのアカウントを使っているおそれがあります。'],
    resend: '上限がリセットされたら（通常は24時間以内）、再送信してください。',
    explanation:
      '送信アカウント（または組織）が、期間内にプロバイダーの許容を超える数のメッセージまたは受信者に送信したため、このメッセージは送信されませんでした（Gmail 550 5.4.5 "Daily user sending limit exceeded"、Exchange Online 5.1.90の1日あたりの受信者数上限、Amazon SESの1日あたりのクォータまたは最大送信レート）。上限は通常24時間以内に自動でリセットされます。',
    adminSteps: [
      'アカウントの送信済みメールを確認してください。ユーザーがそれほど送っていない場合は、アカウントが乗っ取られたものとして扱ってください（パスワードのリセット、セッションとアプリパスワードの無効化、不明な転送ルールの削除）。',
      '正当な送信量であれば、ユーザーのメールボックスではなく一斉送信用のサービスを使って送信してください。',
    ],
  },
  'ip-throttled': {
    title: '受信側サーバーが送信側サーバーからの受信ペースを制限',
    happened: '{address}のメールプロバイダーが、お使いのサーバーからのメールの受信ペースを落としています',
    next: 'しばらく待って',
    youDo: ['頻繁に起きる場合は、この通知をIT管理者またはメールプロバイダーに転送してください。'],
    explanation:
      '受信側のプロバイダーが、送信側サーバーからメールを受け付けるペースを制限しています。たとえば、そのサーバーが急に普段よりはるかに多く送信した場合です（Exchange Online 451 4.7.500-699および4.7.850-899、Yahoo 421、Mimecast 451、Comcast 451 4.2.0、GMX / WEB.DE 421、GoDaddy IB607）。送信側サーバーは、後で再試行するよう求められました。',
    adminSteps: [
      'たまに起きる延期であれば対応は不要です。通常の再試行スケジュールで配信されます。',
      'このような遅延が頻繁に起きる場合は、そのプロバイダーへの送信レートと同時接続数を下げ、送信量の急増を避けてください。',
    ],
  },
  'gateway-rate-limit': {
    title: '受信者のメールゲートウェイが送信レートを制限',
    happened: '{address}のメールシステムが、あなたからのメールの受け入れ量を制限しています',
    next: 'しばらく待って',
    youDo: ['繰り返し起きる場合は、相手に知らせてください。相手のIT管理者が、あなたの組織を信頼できる送信者として登録できます。'],
    explanation:
      '受信者のメールゲートウェイは、よく知らない送信者からは1時間あたり一定量のメールしか受け付けません（Cisco Secure Emailのホストアクセステーブルによるフロー制御、Rambler 452 4.5.3）。送信側サーバーは現時点でその上限に達しています。',
    adminSteps: [
      '送信側で修正することはありません。通常は以降の試行で配信されます。',
      '繰り返す場合は、受信者側のIT管理者に依頼して、ゲートウェイ上であなたの送信側サーバーを信頼済み送信者グループに移してもらってください。',
    ],
  },
  'too-many-connections': {
    title: '送信側サーバーからの同時接続が多すぎる',
    happened: 'お使いのメールサーバーが一度に大量の配信を試みました',
    next: 'しばらく待って',
    youDo: ['頻繁に起きる場合は、この通知をIT管理者またはメールプロバイダーに転送してください。'],
    explanation:
      '送信側サーバーが、受信側サーバーの許容を超える数の同時接続を開きました（Exchange Online 421 4.3.2、Comcast、Orange 421 104、Mimecast 451）。超過した接続は拒否されましたが、通常は以降の試行で配信されます。',
    adminSteps: [
      'たまに起きる延期であれば対応は不要です。',
      '繰り返す場合は、その宛先への同時接続数を減らしてください（MTAの宛先ごとの同時接続数の上限）。',
    ],
  },
  'too-many-recipients': {
    title: '1回の配信試行に含まれる受信者が多すぎる',
    happened: 'メッセージの受信者が1回の配信には多すぎました',
    next: '受信者を少人数のグループに分けて',
    youDo: [],
    resend: '少人数のグループに分けて再送信してください。',
    explanation:
      '受信側サーバーは、1回のトランザクションで受け付ける受信者の数を制限しています（452 4.5.3、Gmail "Domain policy size per transaction exceeded"、Exchange Online、Mimecast、Cisco）。規格に準拠した送信側サーバーは、残りの受信者を次のトランザクションで配信します。RFC 5321では、552で返された場合でもこれを一時的なエラーとして扱います。',
    adminSteps: [
      '通常は対応不要です。準拠したサーバーは残りの受信者を別のトランザクションで送信します。',
      '最終的に失敗した場合は、送信側サーバーやアプリケーションが452を受けて残りの受信者を再試行しているかを確認するか、1トランザクションあたりの受信者数に上限を設けてください。',
    ],
  },
};
