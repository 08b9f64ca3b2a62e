import type { AdviceStrings, CauseText } from './types';

/**
 * Deutsch (German). The plain layer is written for an office worker whose message bounced (formal "Sie"),
 * the technical one for the IT admin or e-mail provider they forward it to (see types.ts). Terms follow
 * docs/glossary/de.md. `{address}` only stands where the article-free address and "die Empfängeradresse"
 * (`unknownAddress`, feminine: nominative = accusative) both fit: as the subject, or after "an" / "für".
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'niemand',
    sender: 'Sie',
    'sender-admin': 'Ihr IT-Admin oder E-Mail-Anbieter',
    recipient: 'der Empfänger',
    'recipient-admin': 'der IT-Admin des Empfängers',
  },
  unknownAddress: 'die Empfängeradresse',
  countOfRecipients: (count) => `${count} Empfänger`,
  headlineFinal: (happened, next) => `${happened} — ${next}, dann erneut senden`,
  headlineFixWhileRetrying: (happened, next) => `${happened} — ${next}. Nicht erneut senden.`,
  headlineWaiting: (address) => `Noch nicht an ${address} zugestellt — nichts zu tun`,
  headlineSeveralSame: (count, next) => `${count} Empfänger nicht erreicht — ${next}, dann erneut senden`,
  headlineSeveralDifferent: (count, problems) => `${count} Empfänger nicht erreicht, aus ${problems} verschiedenen Gründen`,
  headlineNotBounce: 'Keine Unzustellbarkeitsnachricht',
  resendWhileWaiting: 'Nicht erneut senden: Ihr Mailserver versucht es von selbst weiter, eine zweite Kopie käme doppelt an.',
  resendWhileFixing: 'Nicht erneut senden: Sobald das Problem behoben ist, geht die Kopie durch, die noch auf Ihrem Mailserver wartet.',
  resendAfterYourFix: 'Senden Sie die Nachricht dann erneut.',
  resendAfterTheirFix: (who) => `Senden Sie die Nachricht erneut, sobald ${who} das Problem behoben hat.`,
  resendLater: 'Senden Sie die Nachricht später erneut oder erreichen Sie die Person auf anderem Weg.',
  urgentAnotherWay: 'Wenn es eilt, erreichen Sie die Person in der Zwischenzeit auf anderem Weg (Telefon, Chat).',
  tellRecipient: 'Informieren Sie den Empfänger auf anderem Weg (Telefon, Chat): Ihre E-Mail dazu kann er nicht erhalten.',
  stillRetrying: 'Als diese Meldung geschrieben wurde, versuchte der sendende Mailserver noch, die Nachricht zuzustellen.',
  needsFixWhileRetrying: (who) => `Warten allein hilft hier nicht: Jeder erneute Zustellversuch scheitert wieder, bis das Problem behoben ist. Zuständig: ${who}.`,
  gaveUp: 'Der sendende Mailserver hat aufgegeben: Diese Nachricht wurde nicht zugestellt.',
};

/**
 * Per cause id (causes.ts), in the order of causes.ts. The plain fields never promise or forbid a resend:
 * the notice's state adds that (see ADVICE_STRINGS).
 */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  // ── Rate limits and queues on the receiving side ─────────────────────────────────────────────
  'gmail-receiving-rate': {
    title: 'Gmail-Konto des Empfängers erhält zu schnell E-Mails',
    happened: '{address} erhält gerade zu viele E-Mails',
    next: 'warten',
    youDo: ['Wenn Sie dieser Person automatische E-Mails oder Massen-E-Mails senden, senden Sie seltener.'],
    resend: 'Senden Sie die Nachricht in ein, zwei Stunden erneut.',
    explanation:
      'Gmail begrenzt, wie viele E-Mails ein Konto pro Minute, Stunde und Tag empfangen darf (450 4.2.1 ReceivingRate). Dieses Konto liegt gerade darüber, oft weil ein System viele E-Mails dorthin weiterleitet. Gmail hat den sendenden Mailserver deshalb gebeten, langsamer zu senden und es später erneut zu versuchen.',
    adminSteps: [
      'Lassen Sie den sendenden Mailserver die erneuten Zustellversuche machen; erhöhen Sie nicht deren Häufigkeit.',
      'Wenn es immer wieder passiert, sollte der Empfänger die Flut abstellen (eine laute Alarmierung, eine Weiterleitungsregel) oder für große Mengen eine Google-Gruppe nutzen.',
    ],
  },
  'gmail-receiving-rate-final': {
    title: 'Gmail-Konto des Empfängers hat sein Empfangslimit erreicht (Nachricht abgelehnt)',
    happened: '{address} hat das Gmail-Limit für eingehende E-Mails erreicht',
    next: 'einen Tag warten',
    youDo: [
      'Sagen Sie der Person auf anderem Weg (Telefon, Chat), dass E-Mails an sie abgelehnt werden.',
      'Passiert es wieder, weisen Sie sie darauf hin, dass etwas ihr Postfach flutet (vielleicht eine Weiterleitungsregel), damit sie es abstellen kann.',
    ],
    resend: 'Senden Sie die Nachricht in etwa 24 Stunden erneut: Gmail hat diese Kopie nicht behalten.',
    explanation:
      'Gmail hat die Nachricht direkt abgelehnt (550 5.2.1, ReceivingRatePerm): Das Konto des Empfängers hat sein Empfangslimit erreicht (Google nennt 60 Nachrichten pro Minute, 3.600 pro Stunde, 86.400 pro Tag). Laut Google dauert eine solche Sperre meist etwa 24 Stunden. Gmail behält abgelehnte E-Mails nicht, diese Nachricht kommt also nicht von selbst an.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben; die Nachricht kann nach etwa 24 Stunden erneut gesendet werden.',
      'Wiederholt es sich, wird das Konto des Empfängers geflutet (eine Weiterleitung oder eine Mailbombe): Der Empfänger oder sein IT-Admin muss die Quelle finden und abstellen.',
    ],
  },
  'recipient-rate-limit': {
    title: 'Empfänger erhält zu schnell E-Mails',
    happened: '{address} erhält gerade zu viele E-Mails',
    next: 'warten',
    youDo: ['Wenn Sie dieser Person viele Nachrichten senden, verteilen Sie sie über die Zeit.'],
    resend: 'Senden Sie die Nachricht in ein, zwei Stunden erneut.',
    explanation:
      'Der Anbieter des Empfängers begrenzt, wie viele Nachrichten ein Postfach in kurzer Zeit empfangen darf, und dieses Postfach liegt darüber (Yahoo 450, Yandex 450 4.2.1, Comcast 452, Exchange Online, iCloud, oder die Formulierung „receiving mail too quickly“, die andere Mailserver übernehmen, etwa Postfix-Policy-Dienste). Der sendende Mailserver wurde gebeten, später wiederzukommen. Manche Anbieter (Tencent QQ) lehnen mit einem 550 ab, obwohl der Zustand vorübergehend ist.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben; die normalen erneuten Zustellversuche reichen.',
      'Wenn Sie viele Nachrichten an diese Adresse senden (Benachrichtigungen, Massen-E-Mails), verteilen Sie sie über die Zeit. Passiert es immer wieder, sollte der Empfänger herausfinden, was sein Postfach flutet.',
    ],
  },
  'recipient-hourly-limit': {
    title: 'Empfänger hat in dieser Stunde zu viele Nachrichten erhalten (Nachricht abgelehnt)',
    happened: '{address} hat in dieser Stunde zu viele Nachrichten erhalten',
    next: 'ein, zwei Stunden warten',
    youDo: ['Wenn ein Programm oder eine App E-Mails an diese Adresse sendet, lassen Sie es weniger Nachrichten pro Stunde senden.'],
    resend: 'Senden Sie die Nachricht in ein, zwei Stunden erneut.',
    explanation:
      'Das Postfach des Empfängers hat in dieser Stunde mehr Nachrichten erhalten, als sein Anbieter erlaubt (Exchange Online 554 5.2.121 / 5.2.122; bei anderen Mailservern die Gmail-artige Formulierung „receiving mail at a rate that prevents additional messages“). Die Nachricht wurde mit einem dauerhaften Code abgelehnt, obwohl der Zustand vorübergehend ist; sie steht also nicht für später in der Warteschlange.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben; die Nachricht kann in ein, zwei Stunden erneut gesendet werden.',
      'Wenn eine Anwendung an diese Adresse sendet, begrenzen Sie, wie viele Nachrichten pro Stunde sie dorthin schickt.',
    ],
  },
  'org-queue-quota': {
    title: 'Eine Microsoft-365-Organisation hat zu viele E-Mails in der Warteschlange',
    happened: 'Microsoft 365 hält E-Mails eine Weile zurück',
    next: 'warten',
    youDo: ['Wenn es viele Stunden dauert, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    explanation:
      'Microsoft 365 hat die Nachricht zurückgestellt (450 4.7.3, „Organization queue quota exceeded“: die Bedeutung von Microsoft, nicht die der IANA für Sicherheitskonvertierung), weil schon zu viele E-Mails einer Organisation in den Warteschlangen von Microsoft warten, typischerweise ein Sturm automatischer oder unzustellbarer Nachrichten. Wenn Ihre eigenen E-Mails über Microsoft 365 hinausgehen, ist das meist Ihre Organisation, sonst die des Empfängers.',
    adminSteps: [
      'Meist nichts: Spätere Zustellversuche kommen durch, sobald der Rückstau abgebaut ist.',
      'Dauert es viele Stunden und gehen Ihre E-Mails über Microsoft 365 hinaus, suchen Sie den Rückstau in Ihrem Tenant (ein Mailsturm, eine Flut unzustellbarer Nachrichten) oder eröffnen Sie einen Fall bei Microsoft; andernfalls muss das der IT-Admin des Empfängers tun.',
    ],
  },
  'app-queue-quota': {
    title: 'Microsoft 365 stellt E-Mails vorübergehend zurück (Warteschlangenkontingent des Dienstes)',
    happened: 'Microsoft 365 hält E-Mails kurz zurück',
    next: 'warten',
    youDo: [],
    explanation:
      'Microsoft 365 hat die Nachricht zurückgestellt (450 4.7.9, Warteschlangenkontingent der Anwendung überschritten), solange eine seiner internen Warteschlangen über ihrem Limit lag. Spätere Zustellversuche kommen normalerweise durch.',
    adminSteps: [
      'Nichts zu tun, bis es sich auflöst.',
      'Wenn es immer wieder passiert, sollte der Administrator der betroffenen Microsoft-365-Organisation einen Fall bei Microsoft eröffnen.',
    ],
  },
  'mailbox-thread-limit': {
    title: 'Postfach des Empfängers erhält zu viele Nachrichten gleichzeitig',
    happened: '{address} erhält zu viele Nachrichten auf einmal',
    next: 'warten',
    youDo: ['Wenn es immer wieder passiert, sagen Sie der Person auf anderem Weg Bescheid.'],
    explanation:
      'Der Postfachserver des Empfängers drosselt Zustellungen in genau dieses Postfach, weil zu viele gleichzeitig ankommen (Exchange Online 432 4.3.2, „recipient thread limit exceeded“).',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben; spätere Zustellversuche kommen normalerweise durch.',
      'Wenn es immer wieder passiert, sollte der IT-Admin des Empfängers suchen, was das Postfach flutet (Posteingangsregeln, Weiterleitungen, automatische E-Mails).',
    ],
  },
  'relay-peak-limit': {
    title: 'Sendende Organisation hat die Spitzenrate des SMTP-Relays von Google überschritten',
    happened: 'Ihre Organisation sendet schneller, als Google erlaubt',
    next: 'warten',
    youDo: ['Wenn das oft passiert, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    explanation:
      'Die Organisation sendet über das SMTP-Relay von Google (smtp-relay.gmail.com) schneller, als ihr Spitzenkontingent erlaubt, deshalb bremst Google sie (450 4.2.1, „Peak SMTP relay limit exceeded for customer“). Google nennt dieses Limit vorübergehend: Spätere Zustellversuche kommen durch.',
    adminSteps: [
      'Für diese Nachricht ist nichts zu tun.',
      'Wenn es oft passiert, verteilen Sie Sendespitzen über smtp-relay.gmail.com zeitlich (Massenversand drosseln).',
    ],
  },
  'sender-quota-exceeded': {
    title: 'Sie haben Ihr eigenes Sendelimit erreicht',
    happened: 'Sie haben Ihr Sendelimit erreicht',
    next: 'warten, bis es zurückgesetzt wird',
    youDo: ['Wenn Sie gar nicht so viele E-Mails gesendet haben, sagen Sie sofort Ihrem IT-Admin oder E-Mail-Anbieter Bescheid: Vielleicht nutzt jemand Ihr Konto.'],
    resend: 'Senden Sie die Nachricht erneut, sobald das Limit zurückgesetzt ist (meist innerhalb von 24 Stunden).',
    explanation:
      'Das sendende Konto (oder die Organisation) hat im Zeitraum mehr Nachrichten oder Empfänger gesendet, als der Anbieter erlaubt (Gmail 550 5.4.5 „Daily user sending limit exceeded“, Exchange Online 5.1.90 tägliches Empfängerlimit, Amazon SES Tageskontingent oder maximale Senderate), deshalb wurde diese Nachricht nicht gesendet. Das Limit wird von selbst zurückgesetzt, meist innerhalb von 24 Stunden.',
    adminSteps: [
      'Prüfen Sie die gesendeten E-Mails des Kontos: Hat der Nutzer nicht so viel gesendet, behandeln Sie das Konto als kompromittiert (Passwort zurücksetzen, Sitzungen und App-Passwörter widerrufen, unbekannte Weiterleitungsregeln entfernen).',
      'Ist die Menge legitim, senden Sie Massen-E-Mails über einen dafür gedachten Dienst statt über ein Benutzerpostfach.',
    ],
  },
  'ip-throttled': {
    title: 'Empfangender Mailserver bremst Ihren sendenden Mailserver',
    happened: 'Ihre E-Mails an {address} werden vom dortigen Anbieter gebremst',
    next: 'warten',
    youDo: ['Wenn das oft passiert, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    explanation:
      'Der empfangende Anbieter begrenzt, wie schnell er E-Mails vom sendenden Mailserver annimmt, etwa weil dieser plötzlich viel mehr sendet als sonst (Exchange Online 451 4.7.500-699 und 4.7.850-899, Yahoo 421, Mimecast 451, Comcast 451 4.2.0, GMX / WEB.DE 421, GoDaddy IB607). Der sendende Mailserver wurde gebeten, später wiederzukommen.',
    adminSteps: [
      'Bei einer gelegentlichen Zurückstellung ist nichts zu tun: Der normale Zeitplan der Zustellversuche kommt durch.',
      'Sind solche Verzögerungen häufig, senken Sie die Senderate und die Zahl paralleler Verbindungen zu diesem Anbieter und vermeiden Sie plötzliche Mengensprünge.',
    ],
  },
  'gateway-rate-limit': {
    title: 'Mail-Gateway des Empfängers begrenzt Ihre Senderate',
    happened: 'Die Empfängerseite drosselt Ihre E-Mails an {address}',
    next: 'warten',
    youDo: ['Wenn es immer wieder passiert, sagen Sie der Person Bescheid: Der IT-Admin dort kann Ihre Organisation als vertrauenswürdigen Absender eintragen.'],
    explanation:
      'Das Mail-Gateway des Empfängers nimmt von Absendern, die es nicht gut kennt, nur eine begrenzte Menge E-Mails pro Stunde an (Flusssteuerung der Host Access Table bei Cisco Secure Email; Rambler 452 4.5.3), und der sendende Mailserver hat diese Grenze vorerst erreicht.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben; spätere Zustellversuche kommen normalerweise durch.',
      'Wenn es immer wieder passiert, bitten Sie den IT-Admin des Empfängers, Ihren sendenden Mailserver auf seinem Gateway in eine Gruppe vertrauenswürdiger Absender aufzunehmen.',
    ],
  },
  'too-many-connections': {
    title: 'Zu viele gleichzeitige Verbindungen von Ihrem sendenden Mailserver',
    happened: 'Ihr Mailserver wollte zu viel auf einmal zustellen',
    next: 'warten',
    youDo: ['Wenn das oft passiert, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    explanation:
      'Der sendende Mailserver hat mehr gleichzeitige Verbindungen geöffnet, als der empfangende Mailserver erlaubt (Exchange Online 421 4.3.2, Comcast, Orange 421 104, Mimecast 451). Die überzähligen Verbindungen wurden abgewiesen; spätere Zustellversuche kommen normalerweise durch.',
    adminSteps: [
      'Bei einer gelegentlichen Zurückstellung ist nichts zu tun.',
      'Wenn es immer wieder passiert, verringern Sie die gleichzeitigen Verbindungen zu diesem Ziel (das Limit pro Ziel im MTA).',
    ],
  },
  'too-many-recipients': {
    title: 'Zu viele Empfänger in einem Zustellversuch',
    happened: 'Ihre Nachricht hatte zu viele Empfänger für eine Zustellung',
    next: 'Empfänger in kleinere Gruppen aufteilen',
    youDo: [],
    resend: 'Senden Sie die Nachricht in kleineren Empfängergruppen erneut.',
    explanation:
      'Der empfangende Mailserver nimmt nur eine begrenzte Zahl von Empfängern pro Transaktion an (452 4.5.3; Gmail „Domain policy size per transaction exceeded“, Exchange Online, Mimecast, Cisco). Ein standardkonformer sendender Mailserver stellt die restlichen Empfänger in einer weiteren Transaktion zu; RFC 5321 behandelt das als vorübergehend, auch wenn es als 552 kommt.',
    adminSteps: [
      'Meist nichts: Ein standardkonformer Mailserver sendet die restlichen Empfänger in einer weiteren Transaktion.',
      'Ist es endgültig gescheitert, prüfen Sie, ob der sendende Mailserver oder die Anwendung auf 452 mit einem erneuten Versuch für die restlichen Empfänger reagiert, oder begrenzen Sie die Empfänger pro Transaktion.',
    ],
  },
  'gateway-deferral': {
    title: 'Filter-Gateway des Empfängers hat die Nachricht zurückgestellt',
    happened: 'Ein Mailfilter hat Ihre Nachricht an {address} vorerst abgewiesen',
    next: 'warten',
    youDo: ['Wenn es einen Tag oder länger dauert, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    explanation:
      'Das E-Mail-Security-Gateway des Empfängers (zum Beispiel Broadcom Email Security.cloud, früher MessageLabs, mit einem 450) hat die Zustellung vorerst abgebrochen. Solche Zurückstellungen dienen der Verbindungsdrosselung oder Reputationsprüfungen.',
    adminSteps: [
      'Bei einer kurzen Zurückstellung ist nichts zu tun.',
      'Hält es einen Tag oder länger an, prüfen Sie Reputation und Sendemenge der sendenden IP-Adresse.',
    ],
  },
  greylisting: {
    title: 'Greylisting: Der Mailserver des Empfängers bittet um einen späteren Versuch',
    happened: 'Der für {address} zuständige Mailserver bittet um einen späteren Zustellversuch',
    next: 'warten',
    youDo: [],
    explanation:
      'Der empfangende Mailserver nutzt Greylisting: Den ersten Versuch eines unbekannten Absenders lehnt er mit einem vorübergehenden Code ab (meist 451 4.7.1) und nimmt den erneuten Versuch einige Minuten später an. Ordentliche Mailserver versuchen es von selbst erneut; Spam-Software meist nicht.',
    adminSteps: [
      'Nichts zu tun, außer es scheitert stundenlang: Dann versucht es der sendende Mailserver nicht korrekt erneut (oder jedes Mal von einer anderen IP-Adresse).',
      'Versucht es Ihr Mailserver korrekt erneut und löst es sich nie auf, bitten Sie den IT-Admin des Empfängers, Ihren sendenden Mailserver auf die Liste zugelassener Absender zu setzen.',
    ],
  },
  'mimecast-greylisting': {
    title: 'Mimecast-Greylisting / vorübergehendes Ressourcenlimit',
    happened: 'Der Mailfilter für {address} bittet Ihren Mailserver um einen späteren Versuch',
    next: 'warten',
    youDo: [],
    explanation:
      'Der Mimecast-Dienst des Empfängers hat die Nachricht zurückgestellt (451) und den sendenden Mailserver gebeten, später wiederzukommen. Mimecast erwartet einen erneuten Versuch zwischen einer Minute und zwölf Stunden; meist ist es Greylisting, manchmal eine Reputationsprüfung oder ein vorübergehendes Ressourcenlimit.',
    adminSteps: [
      'Stellen Sie sicher, dass der sendende Mailserver es innerhalb dieses Fensters erneut versucht (eine Minute bis zwölf Stunden).',
      'Löst es sich nie auf, bitten Sie den IT-Admin des Empfängers, in Mimecast eine Richtlinie „Permitted Senders“ oder „Auto Allow“ für Sie anzulegen.',
    ],
  },
  'multi-domain-transaction': {
    title: 'Empfänger mehrerer Domains in einer Übertragung gesendet',
    happened: 'Ihr Mailserver hat Empfänger so gebündelt, wie Gmail es nicht annimmt',
    next: 'warten',
    youDo: ['Wenn es immer wieder passiert, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    explanation:
      'Der sendende Mailserver wollte Empfänger verschiedener Domains in einer SMTP-Transaktion zustellen, was Gmail nicht unterstützt (451 4.3.0, „Multiple destination domains per transaction is unsupported“). Sendende Mailserver stellen auf diese Aufforderung hin normalerweise eine Domain nach der anderen zu.',
    adminSteps: [
      'Meist nichts: Ein standardkonformer Mailserver stellt beim nächsten Versuch eine Domain pro Transaktion zu.',
      'Wenn es immer wieder passiert, konfigurieren Sie den Mailserver oder die Anwendung so, dass sie eine Empfängerdomain pro Transaktion sendet.',
    ],
  },
  'recipient-limit-per-message': {
    title: 'Zu viele Empfänger in einer Nachricht',
    happened: 'Ihre Nachricht hat zu viele Empfänger',
    next: 'Empfänger in kleinere Gruppen aufteilen',
    youDo: [
      'Teilen Sie die Empfänger in kleinere Gruppen auf oder nutzen Sie eine Mailingliste.',
      'Wenn ein Programm oder ein Mailserver die Nachricht gesendet hat, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    ],
    resend: 'Senden Sie die Nachricht an die kleineren Gruppen erneut.',
    resendWhileRetrying: 'Die Kopie, die Ihr Mailserver noch zuzustellen versucht, kommt so nicht durch: Senden Sie die Nachricht an die kleineren Gruppen erneut.',
    explanation:
      'Der empfangende Anbieter nimmt nur eine begrenzte Zahl von Empfängern pro Nachricht an (452 4.5.3, „Your message has too many recipients“; bei Microsoft 365 zum Beispiel 200 pro Domain), und diese Nachricht hatte mehr. Ein erneuter Versuch mit derselben Nachricht hilft nicht: Die sendende Seite muss sie aufteilen.',
    adminSteps: [
      'Wenn ein Programm oder ein Mailserver die Nachricht gesendet hat, lassen Sie große Empfängerlisten automatisch aufteilen (oder über eine Mailingliste senden).',
      'Wer von Hand sendet, teilt die Liste in kleinere Gruppen auf.',
    ],
  },
  'recipient-refuses-sender': {
    title: 'Die Einstellungen des Empfängers lehnen E-Mails von Ihrer Adresse ab',
    happened: '{address} nimmt laut eigenen Einstellungen keine E-Mails von Ihnen an',
    next: 'um Freigabe Ihrer Adresse bitten',
    youDo: [
      'Erreichen Sie die Person auf anderem Weg und bitten Sie sie, Ihre Adresse in ihren Mail-Einstellungen zuzulassen.',
      'Die Adresse der Person selbst kann in Ordnung sein, auch wenn die Meldung sie unbekannt nennt.',
    ],
    resend: 'Senden Sie die Nachricht erneut, sobald die Person es bestätigt.',
    explanation:
      'Die eigenen Empfangseinstellungen des Empfängers lassen nur ausgewählte Absender zu oder sperren Ihre Adresse oder Domain; häufig bei den Empfangsfiltern japanischer Mobilfunkanbieter (NTT docomo 550 nach DATA). Die Adresse selbst kann in Ordnung sein, auch wenn die Antwort „unknown user“ lautet.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Der Empfänger muss Ihre Adresse oder Domain in seinen Empfangseinstellungen zulassen. Entfernen Sie die Adresse nicht allein wegen „unknown user“ aus Listen.',
    ],
  },
  'blocked-by-recipient': {
    title: 'Der Empfänger hat Ihren sendenden Mailserver gesperrt',
    happened: 'Ihr Mailserver ist für {address} gesperrt',
    next: 'um Entsperrung bitten',
    youDo: ['Erreichen Sie die Person auf anderem Weg und bitten Sie um Entsperrung (eventuell muss ihr IT-Admin das tun).'],
    resend: 'Senden Sie die Nachricht erneut, sobald die Person es bestätigt.',
    explanation:
      'Die Organisation des Empfängers hat beschlossen, E-Mails von der Adresse des sendenden Mailservers abzulehnen (Exchange Online 550 5.7.507).',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Der IT-Admin des Empfängers muss Ihre sendende IP-Adresse von seiner Sperrliste nehmen; erreichen Sie ihn über den Empfänger.',
    ],
  },
  'sending-volume-block': {
    title: 'Ihr sendender Mailserver hat zu viel zu schnell gesendet und wird abgelehnt',
    happened: 'Ihr Mailserver wird abgewiesen, weil er zu viel sendet',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    resend: 'Senden Sie die Nachricht später erneut, sobald Ihr IT-Admin oder E-Mail-Anbieter das Problem behoben hat.',
    explanation:
      'Der empfangende Anbieter lehnt E-Mails vom sendenden Mailserver (oder dessen Adressbereich) ab, weil dieser die Mengen- oder Verbindungslimits des Anbieters überschritten hat (Exchange Online 550 5.7.508, Tencent QQ 550, AUP-Codes von Spectrum). Die Sperre endet, wenn die Rate sinkt, aber die sendende Seite muss langsamer werden.',
    adminSteps: [
      'Senken Sie die Senderate und die Zahl paralleler Verbindungen zu diesem Anbieter.',
      'Finden Sie heraus, was die Menge verursacht hat (ein Massenversand, ein automatischer Prozess), bevor Sie wieder dorthin senden.',
    ],
  },
  'own-account-blocked': {
    title: 'Ihr eigenes Mailkonto ist für den Versand gesperrt',
    happened: 'Ihr Konto ist für den Versand gesperrt',
    next: 'Ihren IT-Admin um Freischaltung bitten',
    youDo: [
      'Bitten Sie Ihren IT-Admin oder E-Mail-Anbieter, den Versand für Ihr Konto wieder freizuschalten.',
      'Ist von ungewöhnlicher Aktivität die Rede, ändern Sie Ihr Passwort und suchen Sie nach Weiterleitungsregeln oder Apps, die Sie nicht selbst eingerichtet haben.',
    ],
    resend: 'Senden Sie die Nachricht erneut, sobald der Versand wieder funktioniert.',
    explanation:
      'Der Anbieter oder der Administrator der Organisation hat dieses Konto für den Versand gesperrt: Es wurde deaktiviert (X.7.13 „user account disabled“, RFC 7372, nach einer erfolgreichen Anmeldung gemeldet), oder es wurde ungewöhnliche Aktivität bemerkt, häufig bei neuen Konten oder nach einem Passwortleck (Zoho 550 5.4.6).',
    adminSteps: [
      'Finden Sie heraus, warum das Konto gesperrt wurde (Admin-Konsole oder Support des Anbieters), und schalten Sie den Versand wieder frei.',
      'War ungewöhnliche Aktivität der Grund, sichern Sie zuerst das Konto: Passwort zurücksetzen, Sitzungen und App-Passwörter widerrufen, unbekannte Weiterleitungsregeln und Apps entfernen.',
    ],
  },
  // ── Reputation and blocklists ────────────────────────────────────────────────────────────────
  'reputation-deferral': {
    title: 'Zurückgestellt wegen der Reputation des sendenden Mailservers oder der Domain',
    happened: 'Ihre E-Mails an {address} werden vom dortigen Anbieter zurückgehalten',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Der empfangende Anbieter stellt E-Mails von der sendenden IP-Adresse oder Domain wegen ihrer Reputation zurück: Beschwerden, unerwartete Mengen, spamartige E-Mails (Gmail 421 4.7.0 / 4.7.28, Outlook.com 451 4.7.650 und 421 RP-001/002/003, Yahoo 421 4.7.0 [TSS04] / [TSS11], Proofpoint 421 4.7.0). Obwohl der Code vorübergehend ist, hilft Warten allein nicht: Es wiederholt sich, bis die sendende Seite sich bessert, und häufigere Versuche machen es schlimmer.',
    adminSteps: [
      'Prüfen Sie die Reputation der sendenden IP-Adresse und Domain (Google Postmaster Tools, Microsoft SNDS) und senden Sie langsamer.',
      'Senden Sie keine E-Mails mehr an Personen, die sie nicht angefordert haben, und stellen Sie sicher, dass SPF, DKIM und DMARC für die Domain eingerichtet sind.',
      'Erhöhen Sie nicht die Rate der erneuten Zustellversuche: Mehr Versuche verschlechtern die Reputation.',
    ],
  },
  'reputation-block': {
    title: 'Abgelehnt wegen der Reputation des sendenden Mailservers',
    happened: 'Der für {address} zuständige Anbieter lehnt E-Mails von Ihrem Mailserver ab',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann die Sperre aufheben lassen.'],
    resend: 'Senden Sie die Nachricht erneut, sobald Ihr IT-Admin oder E-Mail-Anbieter bestätigt, dass die Sperre aufgehoben ist.',
    explanation:
      'Der empfangende Anbieter lehnt E-Mails von der sendenden IP-Adresse oder dem Netz wegen ihrer Reputation ab (Gmail 550 5.7.28, Outlook.com SC/OU-Codes und S3150, Yahoo [TS03], Mimecast 550, Cisco Secure Email 554, Email Security.cloud 553 5.7.1, GMX 554, T-Online BL). Solange die Sperre besteht, gelingen erneute Versuche nicht (Yahoo sagt das für [TS03], [TSS09], [TSS11]): Eine noch wartende Kopie läuft nur ab. Im Mailprogramm lässt sich das nicht beheben.',
    adminSteps: [
      'Schlagen Sie die sendende IP-Adresse auf den Postmaster-Seiten des Anbieters nach und folgen Sie dessen Verfahren zur Entfernung oder Überprüfung.',
      'Beheben Sie zuerst, was der Reputation geschadet hat (unerwünschte Massen-E-Mails, ein kompromittiertes Konto), sonst kommt die Sperre wieder.',
    ],
  },
  'ip-banned': {
    title: 'Sendende IP-Adresse steht auf der eigenen Sperrliste des Anbieters',
    happened: 'Der für {address} zuständige Anbieter hat Ihren Mailserver gesperrt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann die Entsperrung beantragen.'],
    resend: 'Senden Sie die Nachricht erneut, sobald Ihr IT-Admin oder E-Mail-Anbieter bestätigt, dass die Sperre entfernt ist.',
    explanation:
      'Der empfangende Anbieter hat die sendende IP-Adresse auf seine eigene Sperrliste gesetzt und lehnt alle E-Mails von ihr ab (Exchange Online 5.7.511 „banned sender“ und 5.7.606-649; Outlook.com „Blocklist 1/2“).',
    adminSteps: [
      'Beantragen Sie die Entfernung über das Verfahren des Anbieters: bei Microsoft über https://sender.office.com, oder schreiben Sie an delist@messaging.microsoft.com, wenn die Meldung diese Adresse nennt (wie bei „banned sender“ und „Blocklist 1/2“).',
      'Finden und beseitigen Sie, was die Adresse auf die Liste gebracht hat, sonst landet sie wieder darauf.',
    ],
  },
  'dnsbl-listed': {
    title: 'Ihr sendender Mailserver steht auf einer öffentlichen Sperrliste',
    happened: 'Ihr Mailserver steht auf einer Spam-Sperrliste',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann Ihren Mailserver von der Liste streichen lassen.'],
    explanation:
      'Der empfangende Mailserver hat die sendende IP-Adresse gegen eine DNS-Sperrliste geprüft (DNSBL, etwa Spamhaus, SpamCop, Barracuda oder Cloudmark), sie dort gefunden und die Nachricht deshalb abgelehnt. Einträge folgen auf Spam von dieser Adresse oder markieren private oder dynamische Adressen, die nicht direkt E-Mails senden sollten. Der Eintrag blockiert Ihre E-Mails bei jedem Empfänger, der diese Liste nutzt, nicht nur bei diesem.',
    adminSteps: [
      'Schlagen Sie die sendende IP-Adresse auf der in der Ablehnung genannten Liste nach (https://check.spamhaus.org, https://www.barracudacentral.org, https://www.spamcop.net, https://csi.cloudmark.com) und folgen Sie deren Verfahren zur Entfernung.',
      'Beseitigen Sie zuerst die Ursache (ein kompromittiertes Konto, ein offenes Relay, ein Massenversender auf einer geteilten IP-Adresse), sonst kommt der Eintrag wieder.',
      'Ist die Adresse eine private oder dynamische, senden Sie stattdessen über den Mailserver Ihres Anbieters.',
    ],
  },
  'dnsbl-stale-sorbs': {
    title: 'Empfänger prüft noch die eingestellte Sperrliste SORBS',
    happened: 'Der für {address} zuständige Mailserver weist Sie wegen einer veralteten Spam-Sperrliste ab',
    next: 'der Person Bescheid geben',
    youDo: [
      'Sagen Sie der Person auf anderem Weg, dass ihr Mailserver Ihre Nachricht abgelehnt hat.',
      'Richten Sie aus, dass ihr IT-Admin SORBS, eine 2024 eingestellte Spam-Sperrliste, aus den Mailserver-Einstellungen entfernen sollte.',
    ],
    resend: 'Senden Sie die Nachricht erneut, sobald die Person es bestätigt.',
    explanation:
      'Der empfangende Mailserver hat die Nachricht mit Verweis auf SORBS abgelehnt, eine DNS-Sperrliste, die im Juni 2024 abgeschaltet wurde. Niemand kann dort mehr ausgetragen werden; der empfangende Mailserver nutzt eine veraltete Konfiguration.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben: Eine Austragung bei SORBS gibt es nicht mehr.',
      'Der IT-Admin des Empfängers muss SORBS aus den Sperrlisten-Einstellungen seines Mailservers entfernen; erreichen Sie ihn über den Empfänger.',
    ],
  },
  'dynamic-ip-direct': {
    title: 'Ihre sendende Adresse darf nicht direkt an diesen Anbieter zustellen',
    happened: 'Der für {address} zuständige Anbieter nimmt keine E-Mails direkt von Ihrem Anschluss an',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: [
      'Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
      'Hat ein Gerät oder Programm die Nachricht gesendet (ein Drucker, eine Website, ein Heimserver), sagen Sie es der Person, die es eingerichtet hat: Es muss über Ihren E-Mail-Anbieter senden.',
    ],
    explanation:
      'Die E-Mail kam direkt von einer IP-Adresse, die wie ein privater oder dynamischer Anschluss aussieht (Gmail 550 5.7.1 „not authorized to send email directly to our servers“, Outlook.com DY-001 / DY-002, ES-Codes von Comcast). Große Anbieter nehmen von solchen Adressen nur E-Mails an, die über den Mailserver des Internetanbieters oder E-Mail-Dienstes kommen.',
    adminSteps: ['Konfigurieren Sie den sendenden Mailserver oder das Gerät so, dass es über das Relay (Smarthost) Ihres Internetanbieters oder E-Mail-Dienstes sendet, statt direkt zuzustellen.'],
  },
  'client-blocked': {
    title: 'Der empfangende Mailserver hat Ihren sendenden Mailserver abgelehnt',
    happened: 'Der für {address} zuständige Mailserver weist Ihren Mailserver ab',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Er kann herausfinden, warum.'],
    explanation:
      'Der empfangende Mailserver hat schon die Verbindung vom sendenden Mailserver selbst abgelehnt (wegen seiner IP-Adresse oder seines Hostnamens), bevor er sich die Nachricht angesehen hat.',
    adminSteps: [
      'Prüfen Sie, ob die sendende IP-Adresse auf einer Sperrliste steht und ob ihr Reverse DNS (PTR) und der HELO-Name stimmen.',
      'Ist alles in Ordnung, fragen Sie den IT-Admin des Empfängers (über den Empfänger), warum Ihr Mailserver abgelehnt wird.',
    ],
  },
  'bad-helo': {
    title: 'Ihr sendender Mailserver hat sich mit einem falschen Namen vorgestellt',
    happened: 'Ihr Mailserver hat sich mit einem falschen Namen gemeldet',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Der sendende Mailserver hat den empfangenden mit einem HELO/EHLO-Namen begrüßt, der ungültig ist oder vorgibt, der Empfänger selbst zu sein (Exchange Online 550 5.7.506). Empfänger lehnen solche Verbindungen ab.',
    adminSteps: [
      'Setzen Sie den HELO-Namen des Mailservers auf seinen eigenen vollqualifizierten Namen (z. B. mail.example.com).',
      'Geben Sie diesem Namen passende DNS-Einträge: einen A- (oder AAAA-)Eintrag für die sendende IP-Adresse und einen PTR-Eintrag, der auf den Namen zurückzeigt.',
    ],
  },
  // ── DNS of the sending side ─────────────────────────────────────────────────────────────────
  'no-ptr': {
    title: 'Ihr sendender Mailserver hat keinen gültigen Reverse-DNS-Eintrag (PTR)',
    happened: 'Ihr Mailserver wird abgewiesen',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Der empfangende Mailserver hat den Namen hinter der sendenden IP-Adresse nachgeschlagen (ihr Reverse DNS, PTR-Eintrag) und keinen gefunden, oder einen Namen, der nicht wieder auf dieselbe Adresse auflöst (kein Forward-Confirmed Reverse DNS). Viele Mailserver lehnen solche E-Mails ab oder stellen sie zurück (Gmail 421 4.7.0 / 451 4.7.23 / 5.7.25, GMX, Comcast, Postfix reject_unknown_client_hostname); auch bei einem 4xx-Code wiederholt es sich, bis das DNS korrigiert ist.',
    adminSteps: [
      'Bitten Sie den Inhaber der sendenden IP-Adresse (meist den Hosting- oder Internetanbieter), einen PTR-Eintrag dafür zu veröffentlichen.',
      'Sorgen Sie dafür, dass der PTR-Name wieder auf dieselbe Adresse auflöst (ein A- oder AAAA-Eintrag), und verwenden Sie diesen Namen in HELO/EHLO.',
    ],
  },
  'ptr-lookup-tempfail': {
    title: 'Reverse-DNS-Abfrage des sendenden Mailservers ist vorübergehend gescheitert',
    happened: 'Der für {address} zuständige Mailserver konnte Ihren Mailserver gerade nicht überprüfen',
    next: 'warten',
    youDo: ['Wenn es immer wieder passiert, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    explanation:
      'Der empfangende Mailserver konnte das Reverse DNS des sendenden Mailservers gerade nicht abfragen: ein DNS-Fehler, kein fehlender Eintrag (Comcast 421).',
    adminSteps: [
      'Bei einem Einzelfall ist nichts zu tun.',
      'Hält es an, prüfen Sie, ob der PTR-Eintrag der sendenden IP-Adresse zuverlässig auflöst (die Nameserver der Reverse-Zone antworten ohne Zeitüberschreitung).',
    ],
  },
  'sender-domain-not-found': {
    title: 'Ihre Absenderdomain ist im DNS nicht zu finden',
    happened: 'Der Teil nach dem @ in Ihrer eigenen Adresse ist nicht auffindbar',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: [
      'Prüfen Sie Ihre eigene E-Mail-Adresse in Ihrem Mailprogramm auf Tippfehler.',
      'Stimmt sie, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    ],
    explanation:
      'Der empfangende Mailserver hat die Domain der Absenderadresse geprüft und sie im DNS nicht gefunden (kein MX- oder A-Eintrag), er könnte also keine Antworten oder Unzustellbarkeitsnachrichten zurückschicken (X.1.8; Postfix 450 4.1.8, Yahoo 451 / 554). Postfix nutzt dafür einen vorübergehenden Code, damit bei einem DNS-Aussetzer keine E-Mail verloren geht; löst die Domain aber wirklich nicht auf, wiederholt es sich, bis das behoben ist.',
    adminSteps: [
      'Geben Sie der Absenderdomain funktionierende DNS-Einträge: einen MX- oder A-Eintrag, für Yahoo außerdem einen SOA-Eintrag.',
      'Prüfen Sie die im sendenden Programm oder Gerät eingestellte Absenderadresse auf Tippfehler.',
    ],
  },
  'sender-null-mx': {
    title: 'Ihre Absenderdomain erklärt, keine E-Mails anzunehmen (Null-MX)',
    happened: 'Ihre Adresse wird abgelehnt, weil sie keine Antworten empfangen kann',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Die Absenderdomain veröffentlicht einen „Null-MX“-Eintrag (RFC 7505) und erklärt damit, dass sie keine E-Mails empfängt. Empfänger lehnen E-Mails von ihr ab (X.7.27), weil Unzustellbarkeitsnachrichten nicht zurückgeschickt werden könnten.',
    adminSteps: ['Senden Sie von einer Domain, die E-Mails empfangen kann, oder ersetzen Sie den Null-MX durch einen echten MX-Eintrag.'],
  },
  // ── Authentication (SPF / DKIM / DMARC) ─────────────────────────────────────────────────────
  'dmarc-temp-dns': {
    title: 'Authentifizierung wegen eines vorübergehenden DNS-Fehlers nicht prüfbar',
    happened: 'Der für {address} zuständige Mailserver konnte gerade nicht prüfen, woher Ihre E-Mail kommt',
    next: 'warten',
    youDo: ['Wenn es immer wieder passiert, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    explanation:
      'Der empfangende Mailserver wollte die SPF-, DKIM- oder DMARC-Einträge der Absenderdomain prüfen, aber die DNS-Abfragen scheiterten vorerst (Gmail 451 4.7.26 „temporary DNS failures prevent authentication“, Cisco 451 4.4.3). Das löst sich meist bei einem späteren Versuch.',
    adminSteps: [
      'Bei einem Einzelfall ist nichts zu tun.',
      'Wenn es immer wieder passiert, prüfen Sie, ob die Nameserver Ihrer Domain zuverlässig für die SPF-, DKIM- und DMARC-Einträge antworten.',
    ],
  },
  'auth-required': {
    title: 'Ihre E-Mails sind nicht authentifiziert (SPF oder DKIM fehlt)',
    happened: 'Der für {address} zuständige Anbieter konnte nicht bestätigen, dass die Nachricht wirklich von Ihnen ist',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Der empfangende Anbieter verlangt einen Nachweis, dass E-Mails wirklich von der Domain des Absenders kommen: SPF (eine Liste der Mailserver, die für sie senden dürfen) oder DKIM (eine kryptografische Signatur). Keines davon war erfolgreich (Gmail 421 4.7.26 und 550 5.7.1 „does not have authentication information“, Exchange Online 450 4.7.26, Yahoo 550 5.7.9). Bis die Einträge der Domain eingerichtet sind, werden die E-Mails gebremst oder abgelehnt.',
    adminSteps: [
      'Veröffentlichen Sie einen SPF-Eintrag, der jeden Mailserver auflistet, der für die Domain sendet.',
      'Schalten Sie DKIM-Signierung ein und veröffentlichen Sie den öffentlichen DKIM-Schlüssel.',
      'Veröffentlichen Sie für Massen-E-Mails außerdem einen DMARC-Eintrag.',
    ],
  },
  'spf-fail': {
    title: 'SPF-Prüfung für Ihre Domain fehlgeschlagen',
    happened: 'Ihre Nachricht kam von einem Mailserver, den Ihre Organisation nicht freigegeben hat',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Der SPF-Eintrag der Domain listet die Mailserver auf, die ihre E-Mails senden dürfen, und der Mailserver, der diese Nachricht gesendet hat, steht nicht darauf, oder der Eintrag ist fehlerhaft (X.7.23 / X.7.24; Gmail 550 5.7.27 und 4.7.27, Exchange Online 5.7.23, GMX, Mimecast).',
    adminSteps: [
      'Nehmen Sie die IP-Adresse des sendenden Mailservers (oder das include des E-Mail-Dienstes) in den SPF-Eintrag auf.',
      'Beheben Sie Syntaxfehler und halten Sie den Eintrag innerhalb der Grenze von 10 DNS-Abfragen (RFC 7208).',
    ],
  },
  'spf-suspicious': {
    title: 'Der SPF-Eintrag Ihrer Domain enthält verdächtige Einträge',
    happened: 'Gmail misstraut der Liste freigegebener Mailserver Ihrer Organisation',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Gmail hat im SPF-Eintrag der Domain Angaben gefunden, die es für verdächtig hält (zum Beispiel zu weite Adressbereiche), und begrenzt E-Mails, bis der Eintrag bereinigt ist (451 4.7.24).',
    adminSteps: ['Entfernen Sie zu weite oder unnötige Angaben aus dem SPF-Eintrag und behalten Sie nur die tatsächlich sendenden Mailserver.'],
  },
  'dkim-fail': {
    title: 'DKIM-Signatur fehlt oder ist ungültig',
    happened: 'Ihrer Nachricht fehlte das digitale Siegel, das der Anbieter für {address} verlangt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Der empfangende Anbieter verlangt eine gültige DKIM-Signatur (ein kryptografisches Siegel, das belegt, dass die Nachricht von der Domain stammt), und diese Nachricht hatte keine, die die Prüfung bestand (X.7.20-X.7.22; Gmail 550 5.7.30 und 421 4.7.30 in der Bedeutung von Google; Mimecast „DKIM Sender Invalid“).',
    adminSteps: [
      'Aktivieren Sie DKIM-Signierung auf dem sendenden Mailserver oder Dienst.',
      'Veröffentlichen Sie den öffentlichen Schlüssel im DNS unter dem Selektor, mit dem signiert wird, und prüfen Sie, ob eine Testnachricht besteht.',
    ],
  },
  'dmarc-fail': {
    title: 'DMARC-Prüfung Ihrer Domain nicht bestanden',
    happened: 'Ihre Nachricht hat die Prüfung nicht bestanden, ob sie wirklich von Ihrer Organisation stammt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'DMARC prüft, ob die Domain in der Von-Zeile dieselbe ist, die SPF oder DKIM bestanden hat. Diese Nachricht hat diese Prüfung nicht bestanden, oder ihre Von-Domain passte nicht zur geprüften Domain (X.7.26; Gmail 4.7.32 / 5.7.32, Exchange Online 5.7.509, Proofpoint, Zoho, Mimecast, iCloud [HME1]). Empfänger lehnen solche E-Mails ab oder bremsen sie, und die DMARC-Richtlinie der Von-Domain selbst kann sie zur Ablehnung auffordern.',
    adminSteps: [
      'Sorgen Sie dafür, dass der sendende Mailserver SPF oder DKIM für dieselbe Domain besteht wie die Von-Adresse.',
      'Sendet ein Dienst in Ihrem Auftrag, muss er mit Ihrer Domain signieren (DKIM) oder in Ihrem SPF-Eintrag stehen.',
    ],
  },
  'dmarc-missing': {
    title: 'Ihre Domain hat keinen DMARC-Eintrag',
    happened: 'Ihrer Organisation fehlt eine Einstellung, die der Anbieter für {address} verlangt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Der empfangende Anbieter verlangt von Massenversendern eine DMARC-Richtlinie für ihre Domain, und diese Domain hat keine (Gmail 421 4.7.40 / 550 5.7.40).',
    adminSteps: ['Veröffentlichen Sie einen DMARC-Eintrag für die Domain (für den Anfang reicht eine Überwachungsrichtlinie p=none).'],
  },
  'bulk-auth-required': {
    title: 'Massenversender ohne vollständiges SPF, DKIM und DMARC',
    happened: 'Ihre Organisation sendet viele E-Mails ohne die Prüfmerkmale, die Outlook.com verlangt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Outlook.com verlangt von Domains, die mehr als etwa 5.000 Nachrichten am Tag senden, dass sie SPF, DKIM und DMARC bestehen; diese Domain tut das nicht (550 5.7.515).',
    adminSteps: ['Veröffentlichen Sie SPF, DKIM und DMARC für die sendende Domain; danach kann die Nachricht erneut gesendet werden.'],
  },
  // ── TLS and submission ─────────────────────────────────────────────────────────────────────
  'tls-required': {
    title: 'Empfänger verlangt eine verschlüsselte Verbindung (TLS)',
    happened: 'Der für {address} zuständige Mailserver nimmt nur verschlüsselte E-Mails an',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Die empfangende Domain nimmt nur E-Mails an, die über eine verschlüsselte Verbindung (STARTTLS) gesendet werden, und der sendende Mailserver hat keine genutzt (X.7.10; Gmail 421 4.7.0 „TLS required for RCPT domain“, 4.7.29 / 5.7.29 in der Bedeutung von Google).',
    adminSteps: ['Aktivieren Sie STARTTLS für ausgehende E-Mails auf dem sendenden Mailserver und prüfen Sie, ob es mit dieser Domain gelingt.'],
  },
  'tls-failed': {
    title: 'Sichere Verbindung zum Mailserver des Empfängers gescheitert',
    happened: 'Eine sichere Verbindung zum Mailserver für {address} kam nicht zustande',
    next: 'der Person Bescheid geben',
    youDo: ['Sagen Sie der Person auf anderem Weg Bescheid: Die Sicherheitseinstellungen ihres Mailservers verhindern eine sichere Zustellung.'],
    explanation:
      'Der sendende Mailserver bestand auf einer geprüften verschlüsselten Verbindung (DANE, MTA-STS oder REQUIRETLS, X.7.30), aber der Mailserver des Empfängers konnte keine bieten: kein STARTTLS, ein abgelaufenes oder unpassendes Zertifikat oder fehlerhafte TLSA-/DNSSEC-Einträge (Exchange Online 5.7.321-325).',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Der IT-Admin des Empfängers muss das Zertifikat, STARTTLS oder die TLSA-/DNSSEC-Einträge korrigieren; erreichen Sie ihn über den Empfänger.',
    ],
  },
  'tls-required-by-sender': {
    title: 'Ihr Mailserver verlangt eine Verschlüsselung, die der Mailserver des Empfängers nicht bietet',
    happened: 'Ihr Mailserver stellt an {address} nicht ohne Verschlüsselung zu',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Er entscheidet, ob die Regel richtig ist.'],
    resend: 'Senden Sie die Nachricht erneut, sobald Ihr IT-Admin oder die Empfängerseite die Einrichtung geändert hat.',
    explanation:
      'Der sendende Mailserver ist so eingestellt, dass er an diese Domain nur über eine verschlüsselte Verbindung zustellt (Postfix smtp_tls_security_level encrypt, dane oder verify; ein Eintrag in einer TLS-Richtlinie, MTA-STS oder DANE), und der Mailserver des Empfängers hat keine angeboten (kein STARTTLS, oder er wollte es nicht starten). Der Mailserver des Empfängers hat nichts abgelehnt: Die sendende Seite hat die Nachricht zurückgehalten.',
    adminSteps: [
      'Prüfen Sie, ob die Regel, die für diese Domain TLS verlangt, so gewollt ist (ein Eintrag in einer TLS-Richtlinie, MTA-STS oder DANE).',
      'Wenn ja, muss der IT-Admin des Empfängers STARTTLS einschalten; sagen Sie es ihm über den Empfänger. Wenn nein, lockern Sie die Regel für diese Domain.',
    ],
  },
  'smtp-auth-failed': {
    title: 'Ihr Mailprogramm konnte sich nicht am Postausgangsserver anmelden',
    happened: 'Ihr Mailprogramm konnte sich zum Senden nicht anmelden',
    next: 'Passwort prüfen',
    youDo: [
      'Prüfen Sie den Benutzernamen und das Passwort (oder App-Passwort), die in Ihrem Mailprogramm oder Gerät eingerichtet sind.',
      'Scheitert es weiterhin, fragen Sie Ihren IT-Admin oder E-Mail-Anbieter, ob Ihr Konto aus diesem Programm senden darf.',
    ],
    resend: 'Gab es viele Versuche, warten Sie ein paar Minuten und senden Sie die Nachricht dann erneut.',
    explanation:
      'Der Postausgangsserver, an den die Nachricht übergeben wurde, hat die Anmeldung des Mailprogramms oder Geräts abgelehnt: ein falsches Passwort, zu viele Versuche oder eine nicht erlaubte Anmeldemethode (535 / X.7.8 ungültige Anmeldedaten, 530 Authentifizierung erforderlich, X.7.9 Verfahren zu schwach, Gmail 454 4.7.0 „too many login attempts“).',
    adminSteps: [
      'Prüfen Sie, ob die SMTP-Anmeldung (SMTP AUTH) für das Konto erlaubt ist und das Programm eine zulässige Methode nutzt (ein App-Passwort oder OAuth, wo die Standardauthentifizierung abgeschaltet ist).',
      'Warten Sie nach zu vielen Fehlversuchen ein paar Minuten, bevor Sie erneut testen.',
    ],
  },
  'security-policy': {
    title: 'Aus Sicherheits- oder Richtliniengründen abgelehnt',
    happened: 'Der für {address} zuständige Mailserver hat Ihre Nachricht aus Sicherheitsgründen abgelehnt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Der Wortlaut des Mailservers darin sagt ihm vielleicht mehr.'],
    explanation:
      'Der empfangende Mailserver hat die Nachricht aus einem Sicherheits- oder Richtliniengrund abgelehnt, ohne genau zu sagen, welchem (X.7.0, X.7.1 und andere X.7.x-Codes). Der Wortlaut des Mailservers in den Details ist der beste Hinweis: Authentifizierung, Reputation oder Inhalt.',
    adminSteps: [
      'Lesen Sie den Wortlaut des Mailservers in den Details als Hinweis (Authentifizierung, Reputation, Inhalt).',
      'Prüfen Sie SPF, DKIM, DMARC und die Reputation der sendenden IP-Adresse.',
      'Ist alles in Ordnung, fragen Sie den IT-Admin des Empfängers (über den Empfänger), warum Ihre E-Mails abgelehnt werden.',
    ],
  },
  // ── Policy at the recipient ────────────────────────────────────────────────────────────────
  'recipient-policy': {
    title: 'Von einer Regel der Organisation des Empfängers blockiert',
    happened: 'Eine Regel auf der Empfängerseite blockiert Ihre Nachricht an {address}',
    next: 'der Person Bescheid geben',
    youDo: [
      'Sagen Sie der Person auf anderem Weg, dass E-Mails von Ihnen abgelehnt werden.',
      'Bitten Sie sie, Ihre Adresse von ihrem IT-Admin (oder dem Besitzer der Gruppe) freigeben zu lassen.',
    ],
    resend: 'Senden Sie die Nachricht erneut, sobald die Person es bestätigt.',
    explanation:
      'Eine Regel der Organisation des Empfängers hat die Nachricht abgelehnt: Zum Beispiel nimmt die Adresse oder Gruppe nur E-Mails aus der eigenen Organisation oder von gelisteten Absendern an, oder Ihre Adresse oder Ihr Mailserver steht auf deren eigener Sperrliste (Exchange Online 550 5.7.1 „Delivery not authorized“, 5.7.12x, 5.7.124, 5.7.513; Gmail gcdp; Mimecast, Trend Micro, Zoho, Barracuda). Nur deren Seite kann das ändern.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Der IT-Admin des Empfängers (oder der Besitzer der Gruppe) muss Ihre Adresse oder Ihren Mailserver zulassen, zum Beispiel indem die Gruppe externe Absender annimmt oder Sie von der Sperrliste genommen werden.',
    ],
  },
  'recipient-allowlist-only': {
    title: 'Domain des Empfängers nimmt nur E-Mails von freigegebenen Mailservern an',
    happened: 'Für {address} werden nur E-Mails von freigegebenen Mailservern angenommen',
    next: 'der Person Bescheid geben',
    youDo: ['Sagen Sie der Person auf anderem Weg Bescheid: Der IT-Admin dort muss E-Mails von Ihrer Organisation zulassen.'],
    explanation:
      'Die Google-Workspace-Domain des Empfängers nimmt nur E-Mails von einer Liste freigegebener Mailserver an (Gmail 421 4.7.0 „IP not in whitelist for RCPT domain“), meist weil alle E-Mails über ein Filter-Gateway ankommen sollen, und der sendende Mailserver steht nicht darauf.',
    adminSteps: [
      'Prüfen Sie, ob Ihr Mailserver an die veröffentlichten MX-Mailserver der Empfängerdomain zustellt und nicht direkt an Google.',
      'Wenn ja, muss der IT-Admin des Empfängers die IP-Adresse Ihres Mailservers zulassen oder die Einstellungen seines eingehenden Gateways korrigieren.',
    ],
  },
  'external-forwarding-blocked': {
    title: 'Automatische Weiterleitung an externe Adressen ist nicht erlaubt',
    happened: 'Eine automatische Weiterleitung an eine externe Adresse wurde blockiert',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Haben Sie eine automatische Weiterleitung an eine externe Adresse eingerichtet, entfernen Sie sie oder bitten Sie Ihren IT-Admin oder E-Mail-Anbieter, sie zu erlauben.'],
    resend: 'Braucht die externe Adresse diese Nachricht noch, leiten Sie sie von Hand weiter.',
    explanation:
      'Die Nachricht sollte automatisch an eine externe Adresse weitergeleitet werden, und die Microsoft-365-Richtlinie für ausgehenden Spam der weiterleitenden Organisation verbietet automatische externe Weiterleitung (Exchange Online 550 5.7.1).',
    adminSteps: [
      'Darf dieses Postfach nach außen weiterleiten, erlauben Sie automatische externe Weiterleitung dafür in der Richtlinie für ausgehenden Spam (eine auf dieses Postfach beschränkte Richtlinie).',
      'Wenn nicht, entfernen Sie die Weiterleitungsregel aus dem Postfach.',
    ],
  },
  'unregistered-sender-domain': {
    title: 'Versand von einer Domain, die Ihre Organisation nicht registriert hat',
    happened: 'Microsoft 365 hat E-Mails von einer Adresse blockiert, die Ihre Organisation nicht registriert hat',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Die Microsoft-365-Organisation hat E-Mails von einer Domain gesendet, die sie nicht hinzugefügt und verifiziert hat, deshalb hat Microsoft sie blockiert (Exchange Online 550 5.7.750).',
    adminSteps: ['Fügen Sie jede zum Senden genutzte Domain in Microsoft 365 hinzu und verifizieren Sie sie (akzeptierte Domains), oder senden Sie von einer bereits verifizierten Domain.'],
  },
  'sender-account-blocked': {
    title: 'Ihr sendendes Konto ist wegen verdächtiger Aktivität gesperrt',
    happened: 'Ihr Konto wurde wegen ungewöhnlicher Aktivität für den Versand gesperrt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: [
      'Ändern Sie Ihr Passwort und suchen Sie nach Weiterleitungsregeln oder Apps, die Sie nicht selbst eingerichtet haben.',
      'Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Er beantragt die Aufhebung der Sperre.',
    ],
    resend: 'Senden Sie die Nachricht erneut, sobald der Versand wieder funktioniert.',
    explanation:
      'Der Maildienst hat das Konto (oder die Organisation) für den Versand gesperrt, weil er spamartige oder ungewöhnliche Aktivität bemerkt hat (Exchange Online 5.7.501-503, 5.1.8, 5.7.7xx; Zoho). Oft bedeutet das, dass das Konto kompromittiert wurde.',
    adminSteps: [
      'Sichern Sie zuerst das Konto: Passwort zurücksetzen, Sitzungen widerrufen, unbekannte Weiterleitungsregeln und Apps entfernen.',
      'Beantragen Sie dann die Entsperrung beim Anbieter (Microsoft, Zoho …), wie es seine Meldung oder sein Admin-Portal beschreibt.',
    ],
  },
  'duplicate-message-id': {
    title: 'Zu viele Nachrichten mit derselben Message-ID',
    happened: 'Das Programm, das Ihre Nachricht gesendet hat, gibt vielen Nachrichten dieselbe Kennung',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter oder an die Person, die das sendende Programm betreut.'],
    explanation:
      'Dieselbe Message-ID wurde für viele Nachrichten verwendet (Gmail 421 4.7.28); Empfänger erwarten für jede Nachricht eine eigene.',
    adminSteps: ['Sorgen Sie dafür, dass die sendende Software für jede Nachricht eine eindeutige Message-ID erzeugt.'],
  },
  'blocked-attachment': {
    title: 'Ein Anhangstyp, den der Empfänger nicht annimmt',
    happened: 'Der für {address} zuständige Anbieter nimmt einen Ihrer Anhänge nicht an',
    next: 'Datei entfernen oder als Link teilen',
    youDo: [
      'Entfernen Sie den Anhang oder nutzen Sie ein anderes Format (zum Beispiel ein PDF statt eines Dokuments mit Makros).',
      'Teilen Sie Programme oder gezippte Dateien über einen Link (einen Cloudspeicher), statt sie anzuhängen.',
    ],
    resend: 'Senden Sie die Nachricht ohne die blockierte Datei erneut.',
    explanation:
      'Der empfangende Anbieter lehnt bestimmte Arten von Anhängen grundsätzlich ab, weil sie Schadsoftware enthalten können: Programme, Skripte, manche Archive, Dokumente mit Makros (Gmail 552 5.7.0; Cox; Amavis „banned file type“). Gmail blockiert solche Dateitypen unabhängig vom Inhalt.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben: Die Sperre ist die Richtlinie des Empfängers.',
      'Wo solche Dateien ausgetauscht werden müssen, nutzen Sie Freigabelinks statt Anhängen.',
    ],
  },
  'submission-unauthenticated': {
    title: 'Ein Gerät oder eine Anwendung hat ohne Anmeldung E-Mails gesendet',
    happened: 'Ein Gerät oder Programm wollte ohne Anmeldung E-Mails senden',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter und sagen Sie dazu, welches Gerät oder Programm gesendet hat (ein Drucker, ein Scanner, eine App).'],
    explanation:
      'Ein Gerät oder Programm (ein Drucker, Scanner oder eine Geschäftsanwendung) hat die Nachricht ohne Anmeldung an Microsoft 365 übergeben, und Microsoft 365 nimmt von ihm keine anonymen E-Mails an (Exchange Online 530 5.7.57).',
    adminSteps: [
      'Konfigurieren Sie das Gerät oder Programm so, dass es sich mit einem lizenzierten Postfach anmeldet (SMTP AUTH Client Submission).',
      'Oder richten Sie dafür in Microsoft 365 Direct Send oder ein Relay über einen Connector ein, wie es die Anleitung von Microsoft für Multifunktionsgeräte beschreibt.',
    ],
  },
  'send-as-denied': {
    title: 'Sie dürfen nicht als diese Absenderadresse senden',
    happened: 'Ihr Konto darf nicht von der gewählten Adresse aus senden',
    next: 'Ihre eigene Adresse verwenden',
    youDo: [
      'Stellen Sie die Von-Adresse wieder auf Ihre eigene um.',
      'Sollten Sie von dieser Adresse senden dürfen, bitten Sie Ihren IT-Admin oder E-Mail-Anbieter um die Berechtigung.',
    ],
    resend: 'Senden Sie die Nachricht von Ihrer eigenen Adresse erneut oder sobald Sie die Berechtigung haben.',
    explanation:
      'Die Nachricht ging mit einer Von-Adresse hinaus, die das angemeldete Konto nicht verwenden darf: eine andere Person, ein freigegebenes Postfach oder eine Gruppe (Exchange Online 550 5.7.60 / 5.7.1).',
    adminSteps: ['Soll der Nutzer als diese Adresse senden, erteilen Sie ihm die Berechtigung „Senden als“ für dieses Postfach oder diese Gruppe; andernfalls sendet er von seiner eigenen Adresse.'],
  },
  'ipv6-not-accepted': {
    title: 'Der Empfänger nimmt keine E-Mails über IPv6 an',
    happened: 'Ihr Mailserver hat eine Verbindungsart genutzt, die für {address} nicht angenommen wird',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Der sendende Mailserver hat sich über IPv6 mit der Microsoft-365-Domain des Empfängers verbunden, und diese Domain nimmt IPv6 nicht an (Exchange Online 550 5.7.510).',
    adminSteps: [
      'Stellen Sie an dieses Ziel über IPv4 zu.',
      'Oder bitten Sie den IT-Admin des Empfängers, eingehende E-Mails über IPv6 für seine Domain zu aktivieren.',
    ],
  },
  'recipient-banned': {
    title: 'Die Organisation des Empfängers lehnt E-Mails an diese Adresse ab',
    happened: '{address} ist für den Empfang von E-Mails gesperrt',
    next: 'nach einer anderen Adresse fragen',
    youDo: [
      'Fragen Sie die Person auf anderem Weg nach einer Adresse, die E-Mails empfängt.',
      'Entfernen Sie diese Adresse aus Ihren Kontakten oder Listen.',
    ],
    resend: 'Senden Sie die Nachricht an eine funktionierende Adresse erneut.',
    explanation:
      'Die Organisation des Empfängers hat diese Adresse für den Empfang gesperrt: ein geschlossenes oder gesperrtes Postfach (Exchange Online 550 5.7.505).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Entfernen Sie die Adresse aus Kontakt- und Mailinglisten.'],
  },
  'sender-rejected': {
    title: 'Ihre Absenderadresse wurde abgelehnt',
    happened: 'Der für {address} zuständige Mailserver hat Ihre Absenderadresse abgelehnt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: [
      'Prüfen Sie, ob Sie von der gewünschten Adresse gesendet haben (bei einer Mailingliste von der Adresse, mit der Sie beigetreten sind).',
      'Stimmt sie, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    ],
    explanation:
      'Der empfangende Mailserver hat die Absenderadresse der Nachricht (den Envelope-Absender) abgelehnt, etwa weil sie dort gesperrt ist, fehlerhaft aufgebaut ist (X.1.7) oder nicht posten darf (GoDaddy 550 5.2.0 IB, Orange 501 5.1.0).',
    adminSteps: [
      'Prüfen Sie den Envelope-Absender (Return-Path), den der Mailserver oder die Anwendung verwendet: gültige Syntax und eine existierende Domain.',
      'Stimmt er, fragen Sie den IT-Admin des Empfängers (über den Empfänger), warum er abgelehnt wird.',
    ],
  },
  'relay-denied': {
    title: 'Der empfangende Mailserver nimmt keine E-Mails für diese Domain an',
    happened: 'Der Mailserver, an den Ihre E-Mail ging, ist für {address} nicht zuständig',
    next: 'der Person Bescheid geben',
    youDo: [
      'Prüfen Sie die Adresse auf Tippfehler, besonders nach dem @.',
      'Stimmt sie, sagen Sie der Person auf anderem Weg Bescheid: Deren Mail-Einrichtung muss korrigiert werden.',
    ],
    explanation:
      'Der kontaktierte Mailserver sagt, dass er für die Domain des Empfängers keine E-Mails annimmt („relay access denied“; Exchange Online 550 5.4.1, Postfix, Sendmail). Meist zeigen die MX-Einträge der Domain auf einen Mailserver, der dafür nicht eingerichtet ist; manchmal hat der sendende Mailserver die Nachricht an die falsche Stelle geschickt.',
    adminSteps: [
      'Scheitern viele Empfänger so, prüfen Sie, wie Ihr Mailserver E-Mails weiterleitet (Routing-Regeln, Smarthost-Einstellungen).',
      'Andernfalls ist auf Ihrer Seite nichts zu beheben: Der IT-Admin des Empfängers muss die MX-Einträge der Domain oder die Einstellungen der akzeptierten Domains korrigieren.',
    ],
  },
  'relay-not-authorised': {
    title: 'Ihr Mailserver darf nicht über diesen Dienst weiterleiten (Relay)',
    happened: 'Der Dienst, über den Ihre E-Mails verschickt werden, erkennt Ihren Mailserver nicht',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    explanation:
      'Die Nachricht wurde einem Dienst übergeben (einem Gateway oder einer Versandplattform), der den sendenden Mailserver oder die Absenderidentität nicht als einen seiner Kunden erkennt (Exchange Online 5.7.64, MessageLabs 553, Mimecast 451, Amazon SES, Google SMTP-Relay).',
    adminSteps: ['Registrieren Sie die sendende IP-Adresse oder verifizieren Sie die Absenderadresse bei diesem Dienst, oder korrigieren Sie den ausgehenden Connector.'],
  },
  // ── Content ──────────────────────────────────────────────────────────────────────────────────
  'spam-detected': {
    title: 'Die Nachricht wurde als Spam eingestuft',
    happened: 'Der für {address} zuständige Anbieter hat Ihre Nachricht für Spam gehalten',
    next: 'Nachricht schlichter gestalten',
    youDo: [
      'Entfernen Sie alles, was nach Spam aussieht: Linkverkürzer, viele Links, große Bilder mit wenig Text, gezippte Dateien oder Programme.',
      'Stellen Sie sicher, dass die Person E-Mails von Ihnen erwartet.',
    ],
    resend: 'Senden Sie eine schlichtere Fassung erneut; wird auch diese abgelehnt, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    explanation:
      'Der Spamfilter des empfangenden Mailservers hat die Nachricht wegen ihres Inhalts, ihrer Links oder der Art des Versands abgelehnt (Gmail 550 5.7.1 „likely unsolicited mail“, Orange 550 5.2.0 [506], Mimecast 554 Spam-Signatur).',
    adminSteps: [
      'Prüfen Sie SPF, DKIM und DMARC für die sendende Domain.',
      'Werden viele Nachrichten abgelehnt, prüfen Sie die Reputation der sendenden IP-Adresse und Domain.',
    ],
  },
  'content-reputation': {
    title: 'Links oder Inhalte der Nachricht haben eine schlechte Reputation',
    happened: 'Der für {address} zuständige Anbieter misstraut den Links oder Inhalten Ihrer Nachricht',
    next: 'Nachricht schlichter gestalten',
    youDo: [
      'Entfernen Sie Linkverkürzer und Links zu Websites mit schlechtem Ruf.',
      'Dieselbe Nachricht würde wieder abgelehnt, bereiten Sie also eine schlichtere Fassung vor.',
    ],
    resend: 'Senden Sie stattdessen die schlichtere Fassung.',
    explanation:
      'Gmail hat die Nachricht wegen der Reputation ihres Inhalts oder der enthaltenen Links zurückgestellt oder abgelehnt (421 4.7.0, „the nature of the content and/or the links“). Dieselbe Nachricht bekommt dieselbe Antwort: Eine noch wartende Kopie wird wahrscheinlich abgelehnt, bis sie abläuft.',
    adminSteps: [
      'Für eine einzelne Nachricht ist an der Mailserver-Einrichtung nichts zu ändern: Der Inhalt muss sich ändern.',
      'Sind viele Nachrichten betroffen, prüfen Sie die Reputation der verlinkten Domains, auch Ihrer eigenen Tracking- oder Link-Domains.',
    ],
  },
  'virus-detected': {
    title: 'Ein Virus oder gefährlicher Anhang wurde gefunden',
    happened: 'Der für {address} zuständige Anbieter hat in Ihrer Nachricht etwas Gefährliches gefunden',
    next: 'Anhang prüfen',
    youDo: [
      'Prüfen Sie Ihren Computer und den Anhang mit einem aktuellen Virenscanner.',
      'Teilen Sie die Datei auf anderem Weg (per Link) oder in einem anderen Format, ohne Programme oder Makros.',
    ],
    explanation:
      'Der Virenscanner des empfangenden Mailservers hat in der Nachricht etwas gefunden, das er für gefährlich hält, meist einen Anhang.',
    adminSteps: [
      'Prüfen Sie den Computer des Absenders und die Datei mit einem aktuellen Scanner.',
      'Ist die Datei sauber, senden Sie sie als Link oder in einem Format ohne ausführbare Inhalte oder Makros.',
    ],
  },
  'content-filtered': {
    title: 'Von einem Inhaltsfilter abgelehnt',
    happened: 'Ein Filter auf der Empfängerseite hat Ihre Nachricht an {address} abgelehnt',
    next: 'Nachricht schlichter gestalten',
    youDo: [
      'Prüfen Sie die Nachricht auf Anhänge oder Inhalte, die Filter oft ablehnen.',
      'Fragen Sie die Person auf anderem Weg, ob sie E-Mails von Ihnen filtert.',
    ],
    resend: 'Senden Sie eine schlichtere Fassung erneut.',
    explanation:
      'Der empfangende Mailserver hat die Nachricht nach dem Lesen abgelehnt, wegen ihres Inhalts oder ihrer Header, oder weil die Filter des Empfängers sie nicht annehmen (X.2.0 / X.2.4 und Filterformulierungen; Facebook RCP-P2 „refused due to recipient preferences“).',
    adminSteps: [
      'Lesen Sie im Wortlaut des Mailservers in den Details nach, welcher Filter abgelehnt hat.',
      'Wenn es immer wieder passiert, fragen Sie den IT-Admin des Empfängers (über den Empfänger), was sein Filter abgelehnt hat.',
    ],
  },
  'message-policy-refusal': {
    title: 'Aus Richtliniengründen abgelehnt (Inhalt oder Authentifizierung)',
    happened: 'Der für {address} zuständige Anbieter hat Ihre Nachricht als möglicherweise unsicher abgelehnt',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: [
      'Prüfen Sie die Links und den Inhalt Ihrer Nachricht auf alles, was nach Betrug aussehen könnte.',
      'Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    ],
    explanation:
      'Der empfangende Anbieter hat die Nachricht aus Richtliniengründen abgelehnt, was er bei Phishing-artigen Inhalten oder gescheiterter Authentifizierung tut (Yahoo 554 5.7.9; Zoho 550 / 554 5.7.1 „flagged as Spam“; iCloud 550 5.7.1 [CS01], [HM08]).',
    adminSteps: [
      'Prüfen Sie SPF, DKIM und DMARC für die sendende Domain.',
      'Gehen Sie die Links und den Inhalt der Nachricht mit dem Absender durch.',
    ],
  },
  'provider-refused-data': {
    title: 'Anbieter hat die Nachricht ohne Angabe von Gründen abgelehnt',
    happened: 'Der für {address} zuständige Anbieter hat Ihre Nachricht ohne Begründung abgelehnt',
    next: 'schlichtere Fassung versuchen',
    youDo: [
      'Erstellen Sie eine schlichtere Fassung der Nachricht (weniger Links und Anhänge).',
      'Wird sie wieder abgelehnt, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    ],
    resend: 'Senden Sie die schlichte Fassung etwas später noch einmal.',
    explanation:
      'Der empfangende Anbieter hat die Nachricht am Ende der Übertragung (nach DATA) abgelehnt, aber keinen Grund genannt (Yahoo 554). Inhalt oder Absenderreputation sind die üblichen Verdächtigen.',
    adminSteps: ['Wird sie wieder abgelehnt, prüfen Sie die Absenderreputation und die Authentifizierung (SPF, DKIM, DMARC).'],
  },
  'not-rfc-compliant': {
    title: 'Die Nachricht ist nicht korrekt formatiert',
    happened: 'Ihre Nachricht war nicht korrekt aufgebaut',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: [
      'Hat ein Programm, eine Website oder ein Gerät sie gesendet, sagen Sie es der Person, die es betreut.',
      'Haben Sie sie aus Ihrem gewohnten Mailprogramm gesendet, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    ],
    explanation:
      'Die Nachricht verletzt die Formatregeln für E-Mails (RFC 5322): zum Beispiel eine fehlende oder ungültige Von-Zeile oder Message-ID, doppelte Header oder Zeichen, die ein Header nicht enthalten darf (Gmail 550 5.7.1 Header-Regeln, Exchange Online 550 5.7.512). Es geht darum, wie die Nachricht aufgebaut wurde, nicht um Spam oder Reputation.',
    adminSteps: [
      'Sorgen Sie dafür, dass die sendende Software eine gültige Von-Adresse und Standard-Header erzeugt.',
      'Vergleichen Sie die Header der abgelehnten Nachricht mit der Regel, die der Wortlaut des Mailservers nennt.',
    ],
  },
  'content-error': {
    title: 'Der Inhalt der Nachricht konnte nicht angenommen werden',
    happened: 'Das für {address} zuständige Mailsystem kam mit dem Format Ihrer Nachricht nicht zurecht',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Hat ein Programm oder Gerät sie gesendet, sagen Sie es der Person, die es betreut.', 'Andernfalls leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.'],
    resend: 'Senden Sie die Nachricht aus einem üblichen Mailprogramm erneut.',
    explanation:
      'Etwas an der Kodierung der Nachricht (ihr Medientyp, 8-Bit-Daten in Headern, internationale Zeichen) konnte das empfangende System nicht verarbeiten (X.6.x).',
    adminSteps: ['Wurde die Nachricht von Software gesendet, lassen Sie sie Header korrekt kodieren (Encoded Words nach RFC 2047) und Standard-Medientypen verwenden.'],
  },
  'message-too-big': {
    title: 'Die Nachricht ist zu groß',
    happened: 'Ihre Nachricht an {address} ist zu groß für den Mailserver dort',
    next: 'Nachricht verkleinern',
    youDo: ['Entfernen oder komprimieren Sie große Anhänge oder teilen Sie sie stattdessen als Link.'],
    resend: 'Senden Sie die Nachricht erneut und teilen Sie die Dateien als Link.',
    explanation:
      'Die Nachricht ist mit ihren Anhängen größer, als der empfangende Mailserver annimmt (552, X.3.4; Gmail 552 5.3.4). Anhänge wachsen beim Kodieren für den Versand um etwa ein Drittel.',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben: Das Limit ist das des Empfängers. Große Dateien reisen besser als Freigabelinks.'],
  },
  'recipient-size-limit': {
    title: 'Nachricht überschreitet das Größenlimit des Empfängers',
    happened: 'Ihre Nachricht an {address} ist zu groß für dieses Postfach',
    next: 'Nachricht verkleinern',
    youDo: ['Entfernen oder komprimieren Sie große Anhänge oder teilen Sie sie stattdessen als Link.'],
    resend: 'Senden Sie die Nachricht erneut und teilen Sie die Dateien als Link.',
    explanation:
      'Das Postfach des Empfängers hat ein eigenes Größenlimit für eingehende Nachrichten, kleiner als das des Mailservers, und diese Nachricht liegt darüber (X.2.3).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben: Das Limit ist das des Empfängerpostfachs. Große Dateien reisen besser als Freigabelinks.'],
  },
  // ── Recipient address and mailbox ────────────────────────────────────────────────────────────
  'user-unknown': {
    title: 'Die Empfängeradresse existiert nicht',
    happened: '{address} existiert nicht',
    next: 'Adresse prüfen',
    youDo: ['Prüfen Sie die Adresse auf Tippfehler (den Teil vor dem @).', 'Sieht sie richtig aus, fragen Sie die Person auf anderem Weg nach ihrer aktuellen Adresse.'],
    resend: 'Senden Sie die Nachricht an die korrigierte Adresse erneut.',
    explanation:
      'Der Mailserver des Empfängers sagt, dass er kein Postfach dieses Namens hat (X.1.1, „user unknown“). Meist ist die Adresse falsch geschrieben oder die Person ist nicht mehr dort; die sendende Seite kann daran nichts ändern.',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Entfernen Sie die Adresse aus Kontakt- und Mailinglisten, wenn sie ungültig bleibt.'],
  },
  'recipient-unverified': {
    title: 'Mailserver des Empfängers konnte die Adresse noch nicht prüfen',
    happened: 'Der für {address} zuständige Mailserver konnte die Adresse noch nicht bestätigen',
    next: 'Adresse prüfen',
    youDo: [
      'Prüfen Sie die Adresse auf Tippfehler.',
      'Stimmt sie und passiert es immer wieder, sagen Sie der Person Bescheid: Deren Mailserver ist vielleicht nicht erreichbar.',
    ],
    explanation:
      'Ein Gateway vor dem Postfach des Empfängers prüft jede Adresse beim Mailserver dahinter (Empfängeradressprüfung; Postfix / Proofpoint 450 4.1.1), und diese Prüfung ist noch nicht gelungen: Entweder läuft sie noch, oder dieser Mailserver ist nicht erreichbar.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Scheitert es endgültig und stimmt die Adresse, muss der IT-Admin des Empfängers prüfen, ob sein Gateway den Mailserver dahinter erreicht.',
    ],
  },
  'address-syntax': {
    title: 'Die Empfängeradresse ist keine gültige Adresse',
    happened: 'E-Mail an {address} gescheitert: Die Adresse ist ungültig',
    next: 'Adresse korrigieren',
    youDo: ['Suchen Sie in der Adresse nach Leerzeichen, Kommas oder fehlenden oder doppelten Zeichen und korrigieren Sie sie.'],
    resend: 'Senden Sie die Nachricht an die korrigierte Adresse erneut.',
    explanation:
      'Die Empfängeradresse ist keine gültige E-Mail-Adresse (X.1.3; 553 „mailbox name not allowed“): ein überzähliges Zeichen, ein Leerzeichen oder ein fehlender Teil.',
    adminSteps: ['Am Mailserver ist nichts zu beheben.', 'Stammt die Adresse aus einem Formular oder einer Liste, korrigieren Sie sie dort.'],
  },
  'address-ambiguous': {
    title: 'Die Empfängeradresse passt auf mehr als ein Postfach',
    happened: '{address} passt in der Organisation auf mehr als eine Person',
    next: 'nach der genauen Adresse fragen',
    youDo: ['Fragen Sie die Person auf anderem Weg nach ihrer genauen Adresse.'],
    resend: 'Senden Sie die Nachricht an die genaue Adresse erneut.',
    explanation: 'Der Mailserver des Empfängers konnte nicht erkennen, welches Postfach die Adresse meint (X.1.4, mehrdeutige Zieladresse).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Stimmt die Adresse und passiert es immer wieder, muss der IT-Admin des Empfängers sie eindeutig machen.'],
  },
  'recipient-domain-unknown': {
    title: 'Die Domain des Empfängers existiert nicht',
    happened: 'E-Mail an {address} gescheitert: Den Teil nach dem @ gibt es nicht',
    next: 'Adresse prüfen',
    youDo: [
      'Prüfen Sie den Teil nach dem @ auf Tippfehler (zum Beispiel gmal.com statt gmail.com).',
      'Sieht er richtig aus, fragen Sie die Person auf anderem Weg nach ihrer Adresse.',
    ],
    resend: 'Senden Sie die Nachricht an die korrigierte Adresse erneut.',
    explanation:
      'Der Teil der Adresse nach dem @ ist keine Domain, die existiert oder E-Mails empfangen kann (X.1.2, X.4.4; Gmail 553 5.1.2 „We weren’t able to find the recipient domain“; NXDOMAIN). Meist ein Tippfehler (z. B. gmal.com).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben: Die Adresse muss korrigiert werden.'],
  },
  'dns-lookup-failed': {
    title: 'Die Domain des Empfängers konnte nicht nachgeschlagen werden',
    happened: 'Ihr Mailserver hat nicht gefunden, wohin E-Mails für {address} gehen',
    next: 'Adresse prüfen',
    youDo: ['Prüfen Sie den Teil der Adresse nach dem @ auf Tippfehler.'],
    resend: 'Stimmt die Adresse, sagen Sie der Person auf anderem Weg Bescheid und senden Sie die Nachricht später erneut.',
    explanation:
      'Der sendende Mailserver konnte nicht herausfinden, wohin E-Mails für die Domain des Empfängers zuzustellen sind: Die DNS-Abfrage scheiterte oder lieferte nichts Brauchbares (Exchange Online 5.4.312 „DNS query failed“, Gmail „DNS Error“, Postfix „Host not found, try again“). Eine falsch geschriebene Domain sieht genauso aus.',
    adminSteps: [
      'Schlagen Sie die MX- und A-Einträge der Empfängerdomain von Ihrem Mailserver aus nach und prüfen Sie, ob Ihr eigener Resolver antwortet.',
      'Ist die Domain richtig geschrieben und ihr DNS kaputt, muss der IT-Admin des Empfängers das beheben; erreichen Sie ihn über den Empfänger.',
    ],
  },
  'domain-accepts-no-mail': {
    title: 'Die Domain des Empfängers nimmt keine E-Mails an',
    happened: '{address} kann überhaupt keine E-Mails empfangen',
    next: 'Adresse prüfen',
    youDo: [
      'Prüfen Sie die Adresse: Die Person nutzt für E-Mails wahrscheinlich eine andere.',
      'Fragen Sie sie auf anderem Weg nach einer funktionierenden Adresse.',
    ],
    resend: 'Senden Sie die Nachricht an die funktionierende Adresse erneut.',
    explanation:
      'Die Empfängerdomain veröffentlicht, dass sie überhaupt keine E-Mails empfängt (ein „Null-MX“, RFC 7505, X.1.10), oder ihr Mailserver lehnt alle E-Mails dauerhaft ab (521 / 556, RFC 7504).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben: Die Adresse muss sich ändern.'],
  },
  'mailbox-moved': {
    title: 'Das Postfach ist umgezogen, E-Mails werden nicht weitergeleitet',
    happened: 'Für {address} gibt es jetzt eine neue Adresse',
    next: 'nach der neuen Adresse fragen',
    youDo: ['Fragen Sie die Person nach ihrer neuen Adresse und aktualisieren Sie Ihre Kontakte.'],
    resend: 'Senden Sie die Nachricht an die neue Adresse erneut.',
    explanation:
      'Diese Adresse hat früher funktioniert, aber die Person ist zu einer anderen Adresse umgezogen, und E-Mails werden nicht weitergeleitet (X.1.6; 551 „user not local“, womöglich mit der neuen Adresse; X.7.17 / X.7.18 Inhaber gewechselt).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Aktualisieren Sie die Adresse in Kontakt- und Mailinglisten; nennt die Antwort eine neue Adresse, verwenden Sie diese.'],
  },
  'account-disabled': {
    title: 'Das Konto des Empfängers ist deaktiviert',
    happened: 'Das Postfach für {address} ist abgeschaltet',
    next: 'nach einer aktuellen Adresse fragen',
    youDo: [
      'Erreichen Sie die Person auf anderem Weg und fragen Sie nach einer aktuellen Adresse.',
      'Verwenden Sie diese Adresse nicht mehr, wenn sie abgeschaltet bleibt.',
    ],
    resend: 'Senden Sie die Nachricht an die aktuelle Adresse erneut.',
    explanation:
      'Das Postfach existiert, ist aber abgeschaltet: inaktiv, gesperrt oder geschlossen (X.2.1; Gmail 550 5.2.1, Yahoo). Es nimmt keine E-Mails an.',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Entfernen Sie die Adresse aus Kontakt- und Mailinglisten, wenn sie deaktiviert bleibt.'],
  },
  'mailbox-locked': {
    title: 'Das Postfach des Empfängers ist vorübergehend nicht verfügbar',
    happened: 'Das Postfach für {address} ist vorübergehend nicht verfügbar',
    next: 'warten',
    youDo: ['Scheitert es immer wieder, sagen Sie der Person auf anderem Weg Bescheid.'],
    explanation:
      'Das Postfach des Empfängers ist vorübergehend gesperrt oder ausgelastet, etwa während einer Wartung oder nach verdächtiger Aktivität (Comcast 450 4.2.0).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Scheitert es immer wieder, muss der Empfänger oder sein Anbieter das Postfach entsperren.'],
  },
  'mailbox-full': {
    title: 'Das Postfach des Empfängers ist voll',
    happened: 'Das Postfach für {address} ist voll',
    next: 'der Person Bescheid geben',
    youDo: ['Sagen Sie der Person auf anderem Weg (Telefon, Chat), dass ihr Postfach voll ist.'],
    resend: 'Senden Sie die Nachricht erneut, sobald die Person Platz geschaffen hat.',
    explanation:
      'Das Postfach des Empfängers hat sein Speicherkontingent überschritten (X.2.2). Mailserver stellen meist zuerst zurück (4xx) und lehnen später ab (5xx); so oder so löst es sich erst, wenn der Empfänger E-Mails löscht oder sein IT-Admin das Kontingent erhöht.',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Passiert es immer wieder mit derselben Organisation, kann deren IT-Admin das Postfachkontingent erhöhen.'],
  },
  'mailbox-full-inactive': {
    title: 'Das Postfach des Empfängers ist voll und wird nicht mehr genutzt',
    happened: 'Das Postfach für {address} ist voll und wird nicht mehr genutzt',
    next: 'nach einer anderen Adresse fragen',
    youDo: ['Erreichen Sie die Person auf anderem Weg und fragen Sie nach einer Adresse, die sie nutzt.', 'Verwenden Sie diese Adresse nicht mehr.'],
    resend: 'Senden Sie die Nachricht an die Adresse erneut, die die Person jetzt nutzt.',
    explanation:
      'Das Postfach ist voll und das Konto ist seit langer Zeit inaktiv (Gmail 552 5.2.2, „out of storage space and inactive“); E-Mails werden nicht angenommen.',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Entfernen Sie die Adresse aus Kontakt- und Mailinglisten.'],
  },
  // ── Receiving system and network ─────────────────────────────────────────────────────────────
  'receiver-temporary-error': {
    title: 'Vorübergehendes Problem am Mailserver des Empfängers',
    happened: 'Der für {address} zuständige Mailserver hat ein vorübergehendes Problem',
    next: 'der Person Bescheid geben',
    youDo: ['Wenn es immer wieder passiert, sagen Sie der Person auf anderem Weg, dass ihr Mailserver Probleme hat.'],
    explanation:
      'Der Mailserver des Empfängers hatte ein eigenes vorübergehendes Problem: ausgelastet, zu wenig Ressourcen oder ein interner Fehler (Gmail 421 / 451 4.3.0 und 4.4.5, Exchange Online 451 4.7.0 / 4.4.0, Yahoo 451, iCloud 451 4.7.1, Mimecast, Barracuda, Email Security.cloud 421, Zoho 452 4.3.1, Exim 451).',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Dauert es Tage, muss der IT-Admin des Empfängers seinen Mailserver prüfen; erreichen Sie ihn über den Empfänger.',
    ],
  },
  'receiver-system-error': {
    title: 'Fehler im Mailsystem des Empfängers',
    happened: 'Das für {address} zuständige Mailsystem hat einen internen Fehler',
    next: 'der Person Bescheid geben',
    youDo: ['Sagen Sie der Person auf anderem Weg, dass ihr Mailserver einen Fehler gemeldet hat.'],
    explanation:
      'Das Mailsystem des Empfängers ist an seiner eigenen Konfiguration oder einem internen Fehler gescheitert (X.3.x, X.1.9; Postfix 451 4.3.0 / 4.3.5). Die Nachricht selbst hat das nicht verursacht.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Der IT-Admin des Empfängers muss seinen Mailserver reparieren; der Wortlaut des Mailservers in den Details zeigt, wo er suchen muss.',
    ],
  },
  'receiver-disk-full': {
    title: 'Der Mailserver des Empfängers hat keinen Speicherplatz mehr',
    happened: 'Dem für {address} zuständigen Mailserver ist der Speicherplatz ausgegangen',
    next: 'der Person Bescheid geben',
    youDo: ['Wenn es immer wieder passiert, sagen Sie der Person auf anderem Weg Bescheid: Der IT-Admin dort muss auf dem Mailserver Platz schaffen.'],
    explanation:
      'Dem Mailserver des Empfängers selbst ist der Plattenplatz ausgegangen (X.3.1; 452 insufficient system storage; Sendmail 452 4.4.5 „Insufficient disk space“). Der Empfänger allein kann das nicht beheben; sein IT-Admin muss es tun.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Hält es an, muss der IT-Admin des Empfängers auf dem Mailserver Platz schaffen; erreichen Sie ihn über den Empfänger.',
    ],
  },
  'mailer-error': {
    title: 'Zustellprogramm am Mailserver des Empfängers gescheitert',
    happened: 'Der für {address} zuständige Mailserver konnte Ihre Nachricht nicht ablegen',
    next: 'der Person Bescheid geben',
    youDo: ['Sagen Sie der Person auf anderem Weg Bescheid: Der IT-Admin dort muss den Mailserver prüfen.'],
    explanation:
      'Das Programm, das E-Mails im Postfach des Empfängers ablegt (ein lokales Zustellprogramm, eine Pipe oder ein Filterskript), ist abgestürzt oder hat einen Fehler gemeldet.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Der IT-Admin des Empfängers muss das Zustellprogramm oder den Mailfilter prüfen, den der Wortlaut des Mailservers nennt.',
    ],
  },
  'receiver-not-accepting': {
    title: 'Der Mailserver des Empfängers nimmt keine E-Mails an',
    happened: 'Der für {address} zuständige Mailserver nimmt gerade keine E-Mails an',
    next: 'der Person Bescheid geben',
    youDo: ['Hält es an, erreichen Sie die Person auf anderem Weg.'],
    explanation:
      'Der Mailserver des Empfängers lehnt gerade alle E-Mails ab: Wartung, Überlastung, oder er ist nicht für den Empfang eingerichtet (X.3.2; 421, oder 521 für einen Host, der keine E-Mails annimmt).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Hält es an, muss der IT-Admin des Empfängers seinen Mailserver prüfen.'],
  },
  'connection-timed-out': {
    title: 'Der Mailserver des Empfängers hat nicht geantwortet',
    happened: 'Der für {address} zuständige Mailserver hat nicht geantwortet',
    next: 'der Person Bescheid geben',
    youDo: ['Hält es an, sagen Sie der Person auf anderem Weg Bescheid: Deren Mailserver ist vielleicht ausgefallen oder falsch eingerichtet.'],
    explanation:
      'Der sendende Mailserver konnte den Mailserver des Empfängers nicht erreichen: Verbindungen liefen in eine Zeitüberschreitung (X.4.1; Gmail „did not accept our requests to connect“). Meist ist das ein Ausfall oder ein Firewall-Problem auf der Seite des Empfängers.',
    adminSteps: [
      'Laufen viele Domains so in eine Zeitüberschreitung, prüfen Sie, ob ausgehende Verbindungen zu Port 25 von Ihrem Mailserver blockiert werden.',
      'Andernfalls muss der IT-Admin des Empfängers seinen Mailserver, dessen Firewall und seine MX-Einträge prüfen.',
    ],
  },
  'connection-refused': {
    title: 'Der Mailserver des Empfängers hat die Verbindung abgelehnt',
    happened: 'Der für {address} zuständige Mailserver lässt keine Verbindung zu',
    next: 'der Person Bescheid geben',
    youDo: ['Hält es an, sagen Sie der Person auf anderem Weg Bescheid: Deren Mailserver ist vielleicht ausgefallen.'],
    explanation:
      'Der sendende Mailserver hat die Adresse des Mailservers des Empfängers erreicht, aber dort hat nichts die Verbindung angenommen (Exchange Online 4.4.316, Socket-Fehler 10061): Der Mailserver ist ausgefallen, eine Firewall weist ab, oder das DNS der Domain zeigt auf die falsche Adresse. Das liegt auf der Seite des Empfängers und ist keine Sperre Ihres Mailservers.',
    adminSteps: [
      'Auf Ihrer Seite ist nichts zu beheben.',
      'Hält es an, muss der IT-Admin des Empfängers den Mailserver, dessen Firewall und die MX-Einträge der Domain prüfen; erreichen Sie ihn über den Empfänger.',
    ],
  },
  'host-unreachable': {
    title: 'Der Mailserver des Empfängers war nicht erreichbar',
    happened: 'Der für {address} zuständige Mailserver war nicht erreichbar',
    next: 'der Person Bescheid geben',
    youDo: ['Hält es an, sagen Sie der Person auf anderem Weg Bescheid: Deren Mailserver ist vielleicht ausgefallen.'],
    explanation:
      'Der sendende Mailserver konnte keine Verbindung zum Mailserver des Empfängers aufbauen: keine Route, Host ausgefallen oder ein Netzwerkfehler unterwegs.',
    adminSteps: [
      'Scheitern viele Domains auf dieselbe Weise, prüfen Sie Ihr eigenes ausgehendes Netzwerk.',
      'Andernfalls muss der IT-Admin des Empfängers prüfen, ob der Mailserver läuft und die MX- und A-Einträge der Domain stimmen.',
    ],
  },
  'network-error': {
    title: 'Netzwerkproblem auf dem Weg zum Mailserver des Empfängers',
    happened: 'Die Verbindung zum Mailserver für {address} ist abgebrochen',
    next: 'warten',
    youDo: ['Wenn es immer wieder passiert, sagen Sie der Person auf anderem Weg Bescheid: Deren Mailserver ist vielleicht instabil.'],
    explanation:
      'Ein Netzwerkproblem hat die Zustellung unterbrochen: Die Verbindung ging unterwegs verloren, wurde zurückgesetzt oder getrennt (X.4.0 / X.4.2; Gmail 421 4.7.0 „Connection expired, try reconnecting“ und 451 4.4.2 „Timeout - closing connection“). Solche Unterbrechungen sind normal und gehen meist vorbei.',
    adminSteps: [
      'Bei einem Einzelfall ist nichts zu tun.',
      'Passiert es mit dieser Domain immer wieder, sagen Sie es dem IT-Admin des Empfängers (über den Empfänger): Sein Mailserver oder Netzwerk ist vielleicht instabil.',
    ],
  },
  'routing-loop': {
    title: 'Die Nachricht ist im Kreis gelaufen',
    happened: 'Ihre Nachricht an {address} ist zwischen Mailservern im Kreis gelaufen',
    next: 'der Person Bescheid geben',
    youDo: [
      'Sagen Sie der Person auf anderem Weg Bescheid: Die Person oder ihr IT-Admin muss die Weiterleitungsregeln prüfen.',
      'Leiten Sie selbst E-Mails weiter (zum Beispiel an diese Adresse und zurück), prüfen Sie auch Ihre eigenen Weiterleitungsregeln.',
    ],
    resend: 'Senden Sie die Nachricht erneut, sobald die Schleife behoben ist.',
    explanation:
      'Die Nachricht wurde so oft zwischen Mailservern oder Weiterleitungsregeln hin- und hergereicht, dass sie gestoppt wurde: eine Weiterleitungsschleife (X.4.6; Gmail 554 5.4.6 „exceeded 50 hops“, Exchange Online 5.4.14 Hop-Anzahl überschritten, Postfix „mail loops back to myself“). Schleifen lösen sich nicht von selbst; jemand muss eine Weiterleitungsregel oder das Mail-Routing ändern.',
    adminSteps: [
      'Prüfen Sie Ihre eigenen Weiterleitungen und Ihr Routing, wenn die Nachricht über Ihre Seite läuft (zum Beispiel eine Weiterleitung an diese Adresse und zurück).',
      'Der Empfänger oder sein IT-Admin muss Weiterleitungs- und Posteingangsregeln sowie das Mail-Routing prüfen (MX-Einträge, Connectors).',
    ],
  },
  'protocol-error': {
    title: 'Sendende Software hat die Regeln des Mailprotokolls verletzt',
    happened: 'Ihre Mailsoftware und der Mailserver für {address} haben sich nicht verstanden',
    next: 'an Ihren IT-Admin weiterleiten',
    youDo: ['Leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter: Nur er kann das beheben.'],
    resend: 'Senden Sie die Nachricht erneut, sobald die sendende Software korrigiert oder aktualisiert ist.',
    explanation:
      'Der sendende Mailserver oder das Programm hat Befehle gesendet, die der empfangende Mailserver nicht angenommen hat: in falscher Reihenfolge, fehlerhaft oder nicht unterstützt (X.5.x; 500-504, 555; Gmail 451 / 454 4.5.0 „SMTP protocol violation“).',
    adminSteps: [
      'Finden Sie heraus, welcher Mailserver oder welches Programm die Nachricht gesendet hat, und korrigieren oder aktualisieren Sie es; der Wortlaut des Mailservers nennt, was er abgelehnt hat.',
      'Bei Software von Drittanbietern melden Sie es dem Hersteller und zitieren diese Meldung.',
    ],
  },
  'message-expired': {
    title: 'Zustellung aufgegeben: Die Zeit für erneute Versuche ist abgelaufen',
    happened: 'Ihr Mailserver hat die Zustellung an {address} aufgegeben',
    next: 'Adresse prüfen',
    youDo: [
      'Prüfen Sie die Adresse auf Tippfehler.',
      'Passiert es mit derselben Organisation wieder, sagen Sie der Person auf anderem Weg Bescheid: Deren Mailserver ist vielleicht nicht erreichbar.',
    ],
    resend: 'Senden Sie die Nachricht später erneut oder erreichen Sie die Person auf anderem Weg.',
    explanation:
      'Der sendende Mailserver hat während seiner gesamten Wiederholungsfrist versucht, die Nachricht zuzustellen (meist ein bis fünf Tage; bei Exchange Online 24 Stunden), und aufgegeben (X.4.7; Exchange Online 4.4.7 / 5.4.300, MessageLabs 554 5.4.7). Der letzte vorübergehende Fehler, den er erhalten hat, ist die eigentliche Ursache; die Nachricht wurde nicht zugestellt.',
    adminSteps: [
      'Sehen Sie sich den letzten vorübergehenden Fehler in der Meldung (oder im Log Ihres Mailservers) an: Er ist die eigentliche Ursache.',
      'Passiert es mit derselben Domain wieder, ist deren Mailserver wahrscheinlich nicht erreichbar: Der IT-Admin des Empfängers muss ihn prüfen.',
    ],
  },
  suppressed: {
    title: 'Ihr Versanddienst hat diese Adresse gesperrt (Suppression)',
    happened: 'Ihr Versanddienst sendet nicht mehr an {address}',
    next: 'Grund im Versanddienst prüfen',
    youDo: [
      'Sehen Sie in Ihrem Versanddienst nach, warum die Adresse gesperrt ist (eine frühere Unzustellbarkeitsnachricht, eine Beschwerde oder eine Abmeldung).',
      'Heben Sie die Sperre nur auf, wenn die Person bestätigt, dass die Adresse funktioniert und sie Ihre E-Mails möchte.',
    ],
    resend: 'Senden Sie die Nachricht erst erneut, wenn die Sperre aufgehoben ist.',
    explanation:
      'Die Versandplattform hat es gar nicht erst versucht: Die Adresse steht nach einer früheren Unzustellbarkeitsnachricht, Beschwerde oder Abmeldung auf ihrer Suppression-Liste.',
    adminSteps: [
      'Prüfen Sie den Grund der Sperre in der Versandplattform.',
      'Entfernen Sie die Adresse nur dann von der Liste, wenn die Person bestätigt, dass sie funktioniert und sie die E-Mails möchte.',
    ],
  },
  'mailing-list-refused': {
    title: 'Die Gruppe oder Mailingliste hat Ihren Beitrag nicht angenommen',
    happened: '{address} ist eine Gruppe, die Ihre Nachricht nicht angenommen hat',
    next: 'Gruppenadresse prüfen',
    youDo: ['Prüfen Sie die Gruppenadresse.', 'Bitten Sie den Besitzer der Gruppe, Sie posten zu lassen, oder treten Sie der Gruppe bei.'],
    resend: 'Senden Sie die Nachricht erneut, sobald Sie in der Gruppe posten dürfen.',
    explanation:
      'Die Gruppe existiert vielleicht nicht, oder der Absender darf nicht an sie posten, zum Beispiel weil nur Mitglieder posten dürfen (X.7.2, Erweiterung der Mailingliste nicht erlaubt).',
    adminSteps: ['Auf Ihrer Seite ist nichts zu beheben.', 'Der Besitzer oder Administrator der Gruppe muss dem Absender das Posten erlauben, oder der Absender tritt der Gruppe bei.'],
  },
  // ── Fallbacks ────────────────────────────────────────────────────────────────────────────────
  'temporary-unknown': {
    title: 'Vorübergehender Fehler (ohne weitere Angaben)',
    happened: 'Der für {address} zuständige Mailserver konnte Ihre Nachricht noch nicht annehmen',
    next: 'warten',
    youDo: ['Wenn es immer wieder passiert, sagen Sie der Person auf anderem Weg Bescheid.'],
    explanation: 'Der empfangende Mailserver hat ein vorübergehendes Problem gemeldet (4xx), ohne zu sagen, welches.',
    adminSteps: [
      'Lesen Sie den Wortlaut des Mailservers in den Details als Hinweis.',
      'Wenn es immer wieder passiert, muss der IT-Admin des Empfängers seinen Mailserver prüfen.',
    ],
  },
  'permanent-unknown': {
    title: 'Zustellung gescheitert (ohne weitere Angaben)',
    happened: 'Ihre Nachricht konnte nicht an {address} zugestellt werden',
    next: 'Adresse prüfen',
    youDo: [
      'Prüfen Sie die Adresse auf Tippfehler.',
      'Sieht sie richtig aus, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    ],
    resend: 'Senden Sie die Nachricht erneut, sobald Sie wissen, was schiefging, oder erreichen Sie die Person auf anderem Weg, wenn es wichtig ist.',
    explanation:
      'Die Nachricht konnte nicht zugestellt werden, und die Meldung sagt nicht klar, warum (ein bloßes 5xx oder X.0.0). Der Wortlaut des empfangenden Mailservers in den Details ist der beste Hinweis.',
    adminSteps: [
      'Lesen Sie den Wortlaut des Mailservers und den Statuscode in den Details.',
      'Hat die Meldung die Antwort gekürzt, suchen Sie die vollständige im Log Ihres Mailservers.',
    ],
  },
  unknown: {
    title: 'Unbekanntes Problem',
    happened: 'Es ist unklar, warum Ihre Nachricht an {address} gescheitert ist',
    next: 'Adresse prüfen',
    youDo: [
      'Prüfen Sie die Adresse auf Tippfehler.',
      'Ist die Nachricht wichtig, leiten Sie diese Meldung an Ihren IT-Admin oder E-Mail-Anbieter weiter.',
    ],
    explanation: 'Die Meldung enthält keinen Statuscode und keine Erklärung, die die Ursache erkennen lässt.',
    adminSteps: ['Suchen Sie die Nachricht im Log des sendenden Mailservers: Die Antwort des entfernten Mailservers steht dort, auch wenn die Meldung sie weglässt.'],
  },
  // ── Not bounces ─────────────────────────────────────────────────────────────────────────────
  delivered: {
    title: 'Erfolgreich zugestellt',
    happened: 'Ihre Nachricht wurde an {address} zugestellt',
    next: 'nichts zu tun',
    youDo: [],
    resend: 'Sie müssen die Nachricht nicht erneut senden.',
    explanation: 'Dies ist eine Zustellbestätigung, kein Fehler: Die Nachricht hat den Mailserver des Empfängers erreicht.',
    adminSteps: ['Nichts zu tun.'],
  },
  'auto-reply': {
    title: 'Automatische Antwort (z. B. Abwesenheitsnotiz)',
    happened: '{address} hat automatisch geantwortet',
    next: 'Antwort lesen',
    youDo: ['Wenn es eilt, suchen Sie in der Antwort nach einer anderen Ansprechperson.'],
    resend: 'Sie müssen die Nachricht nicht erneut senden: Ihre Nachricht wurde zugestellt.',
    explanation:
      'Dies ist eine automatische Antwort des Empfängers (zum Beispiel eine Abwesenheitsnotiz), keine Unzustellbarkeitsnachricht: Die Nachricht wurde zugestellt.',
    adminSteps: ['Nichts zu tun.'],
  },
  'abuse-report': {
    title: 'Missbrauchs- oder Beschwerdebericht',
    happened: 'Jemand hat eine Nachricht Ihrer Organisation gemeldet',
    next: 'an die Betreuer Ihrer Mailinglisten weitergeben',
    youDo: ['Senden Sie der Person, die sich beschwert hat, keine E-Mails mehr.', 'Geben Sie den Bericht an die Betreuer Ihrer Mailinglisten weiter.'],
    resend: 'Es muss nichts erneut gesendet werden.',
    explanation:
      'Dies ist ein Feedback-Bericht, keine Unzustellbarkeitsnachricht: Jemand hat eine Nachricht als Spam markiert (RFC 5965), oder sie hat Authentifizierungsprüfungen nicht bestanden (RFC 6591).',
    adminSteps: [
      'Entfernen Sie die beschwerdeführende Adresse aus Ihren Listen oder melden Sie sie ab.',
      'Bei einem Bericht über gescheiterte Authentifizierung prüfen Sie SPF, DKIM und DMARC für die darin genannte Domain.',
    ],
  },
};
