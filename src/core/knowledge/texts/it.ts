import type { AdviceStrings, CauseText } from './types';

/**
 * Italian. The plain layer is written for an office worker whose message bounced, the technical one
 * for the IT admin or e-mail provider they forward it to (see types.ts). The reader is addressed with
 * the courteous "Lei" (Suo, Sua, Le, capitalised so that "il Suo indirizzo" is never read as the
 * recipient's); terms as in docs/glossary/it.md. `{address}` is replaced by "questo destinatario" when the
 * notice names no address: a demonstrative, because "di", "a", "per" would have to merge with an article
 * ("del destinatario"), and the sentences put `{address}` after those prepositions.
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'nessuno',
    sender: 'Lei',
    'sender-admin': 'il Suo amministratore IT o provider di posta',
    recipient: 'il destinatario',
    'recipient-admin': "l'amministratore IT del destinatario",
  },
  unknownAddress: 'questo destinatario',
  countOfRecipients: (count) => `${count} destinatari`,
  headlineFinal: (happened, next) => `${happened} — ${next}, poi invii di nuovo il messaggio`,
  headlineFixWhileRetrying: (happened, next) => `${happened} — ${next}. Non invii di nuovo il messaggio.`,
  headlineWaiting: (address) => `Non ancora consegnato a ${address} — non deve fare nulla`,
  headlineSeveralSame: (count, next) => `${count} destinatari non raggiunti — ${next}, poi invii di nuovo il messaggio`,
  headlineSeveralDifferent: (count, problems) => `${count} destinatari non raggiunti, per ${problems} motivi diversi`,
  headlineNotBounce: 'Nessun mancato recapito',
  resendWhileWaiting:
    'Non invii di nuovo il messaggio: il Suo server di posta continua a riprovare da solo e il destinatario lo riceverebbe due volte.',
  resendWhileFixing:
    'Non invii di nuovo il messaggio: appena il problema sarà risolto, la copia ancora in attesa sul Suo server di posta verrà consegnata.',
  resendAfterYourFix: 'Poi invii di nuovo il messaggio.',
  resendAfterTheirFix: (who) => `Invii di nuovo il messaggio quando ${who} avrà risolto il problema.`,
  resendLater: 'Invii di nuovo il messaggio più tardi, oppure contatti il destinatario in un altro modo.',
  urgentAnotherWay: 'Se è urgente, nel frattempo contatti il destinatario in un altro modo (telefono, chat).',
  tellRecipient: "Avvisi il destinatario in un altro modo (telefono, chat): un'e-mail su questo problema non gli arriverebbe.",
  stillRetrying: "Quando è stato scritto questo avviso, il server di invio stava ancora facendo nuovi tentativi di consegna.",
  needsFixWhileRetrying: (who) => `Il problema non si risolve aspettando: ogni nuovo tentativo lo incontra di nuovo finché non interviene ${who}.`,
  gaveUp: 'Il server di invio ha smesso di riprovare: questo messaggio non è stato consegnato.',
};

/**
 * Per cause id (causes.ts), in the order of causes.ts. The plain fields never promise or forbid a resend:
 * the notice's state adds that (see ADVICE_STRINGS).
 */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  // ── Rate limits and queues on the receiving side ─────────────────────────────────────────────
  'gmail-receiving-rate': {
    title: 'L\'account Gmail del destinatario riceve posta troppo velocemente',
    happened: '{address} sta ricevendo troppa posta in questo momento',
    next: 'attenda',
    youDo: ['Se invia a questo destinatario messaggi automatici o in massa, li invii meno spesso.'],
    resend: "Invii di nuovo il messaggio tra un'ora o due.",
    explanation:
      'Gmail limita la quantità di posta che un account può ricevere al minuto, all\'ora e al giorno (450 4.2.1 ReceivingRate). Questo account ha superato il limite in questo momento, spesso perché un sistema vi inoltra molta posta, quindi Gmail ha chiesto al server di invio di rallentare e riprovare.',
    adminSteps: [
      'Lasci riprovare il server di invio; non aumenti la frequenza dei tentativi.',
      'Se succede di continuo, il destinatario deve fermare il flusso (un avviso automatico troppo frequente, una regola di inoltro) oppure usare un Google Group per la posta ad alto volume.',
    ],
  },
  'gmail-receiving-rate-final': {
    title: "L'account Gmail del destinatario ha raggiunto il limite di ricezione (messaggio rifiutato)",
    happened: '{address} ha raggiunto il limite di Gmail per la posta in arrivo',
    next: 'attenda un giorno',
    youDo: [
      'Avvisi il destinatario in un altro modo (telefono, chat) che la posta per il suo indirizzo viene rifiutata.',
      'Se succede di nuovo, gli dica che qualcosa sta inondando la sua casella di posta (forse una regola di inoltro), così può fermarlo.',
    ],
    resend: 'Invii di nuovo il messaggio tra circa 24 ore: Gmail non ha conservato questa copia.',
    explanation:
      "Gmail ha rifiutato il messaggio senza metterlo in attesa (550 5.2.1, ReceivingRatePerm): l'account del destinatario ha raggiunto il limite di ricezione (Google indica 60 messaggi al minuto, 3.600 all'ora, 86.400 al giorno). Secondo Google un blocco di questo tipo dura di solito circa 24 ore. Gmail non conserva la posta rifiutata, quindi questo messaggio non arriverà da solo.",
    adminSteps: [
      'Da parte Sua non c\'è nulla da correggere; il messaggio può essere inviato di nuovo dopo circa 24 ore.',
      "Se si ripete, l'account del destinatario viene inondato (un inoltro o un mail bombing): il destinatario o il suo amministratore IT devono trovare e fermare la fonte.",
    ],
  },
  'recipient-rate-limit': {
    title: 'Il destinatario riceve posta troppo velocemente',
    happened: '{address} sta ricevendo troppa posta in questo momento',
    next: 'attenda',
    youDo: ['Se invia a questo destinatario molti messaggi, li distribuisca nel tempo.'],
    resend: "Invii di nuovo il messaggio tra un'ora o due.",
    explanation:
      'Il provider del destinatario limita quanti messaggi una casella di posta può ricevere in poco tempo, e questa casella ha superato il limite (Yahoo 450, Yandex 450 4.2.1, Comcast 452, Exchange Online, iCloud, oppure la formulazione "receiving mail too quickly" ripresa da altri server, come i policy service di Postfix). Al server di invio è stato chiesto di riprovare più tardi. Alcuni provider (Tencent QQ) rifiutano con un 550 anche se la condizione è temporanea.',
    adminSteps: [
      'Da parte Sua non c\'è nulla da correggere; bastano i normali nuovi tentativi.',
      'Se invia molti messaggi a questo indirizzo (notifiche, invii in massa), li distribuisca nel tempo. Se succede di continuo, il destinatario deve scoprire cosa inonda la sua casella di posta.',
    ],
  },
  'recipient-hourly-limit': {
    title: "Il destinatario ha ricevuto troppi messaggi in quest'ora (messaggio rifiutato)",
    happened: "{address} ha ricevuto troppi messaggi nell'ultima ora",
    next: "attenda un'ora o due",
    youDo: ["Se un programma o un'app invia posta a questo indirizzo, gli faccia inviare meno messaggi all'ora."],
    resend: "Invii di nuovo il messaggio tra un'ora o due.",
    explanation:
      'La casella di posta del destinatario ha ricevuto in quest\'ora più messaggi di quanti il suo provider ne consenta (Exchange Online 554 5.2.121 / 5.2.122; la formulazione in stile Gmail "receiving mail at a rate that prevents additional messages" di altri server). Il messaggio è stato rifiutato con un codice permanente anche se la condizione è temporanea, quindi non resta in coda per dopo.',
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere; il messaggio può essere inviato di nuovo tra un'ora o due.",
      "Se un'applicazione invia a questo indirizzo, limiti quanti messaggi all'ora vi invia.",
    ],
  },
  'org-queue-quota': {
    title: 'Un\'organizzazione Microsoft 365 ha troppa posta in coda',
    happened: 'Microsoft 365 sta trattenendo la posta per un po\'',
    next: 'attenda',
    youDo: ['Se dura molte ore, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    explanation:
      'Microsoft 365 ha rimandato il messaggio (450 4.7.3, "Organization queue quota exceeded": il significato proprio di Microsoft, non quello IANA sulla conversione di sicurezza) perché troppa posta di una stessa organizzazione è già in attesa nelle code di Microsoft, di solito una raffica di messaggi automatici o non recapitabili. Se la Sua posta esce tramite Microsoft 365, quell\'organizzazione di solito è la Sua; altrimenti è quella del destinatario.',
    adminSteps: [
      'Di solito niente: i tentativi successivi passano appena la coda si svuota.',
      "Se dura molte ore e la Sua posta esce tramite Microsoft 365, cerchi l'arretrato nel Suo tenant (una raffica di e-mail, un'ondata di messaggi non recapitabili) o apra una richiesta di assistenza a Microsoft; altrimenti deve farlo l'amministratore IT del destinatario.",
    ],
  },
  'app-queue-quota': {
    title: 'Microsoft 365 rimanda temporaneamente la posta (quota della coda del servizio)',
    happened: 'Microsoft 365 sta trattenendo la posta per un momento',
    next: 'attenda',
    youDo: [],
    explanation:
      'Microsoft 365 ha rimandato il messaggio (450 4.7.9, quota della coda applicativa superata) mentre una delle sue code interne era oltre il limite. Di solito i tentativi successivi passano.',
    adminSteps: [
      'Niente da fare mentre si risolve.',
      "Se succede di continuo, l'amministratore dell'organizzazione Microsoft 365 interessata deve aprire una richiesta di assistenza a Microsoft.",
    ],
  },
  'mailbox-thread-limit': {
    title: 'La casella di posta del destinatario riceve troppi messaggi contemporaneamente',
    happened: '{address} sta ricevendo troppi messaggi contemporaneamente',
    next: 'attenda',
    youDo: ['Se continua a succedere, avvisi il destinatario in un altro modo.'],
    explanation:
      'Il server della casella del destinatario sta rallentando le consegne in questa casella perché ne arrivano troppe nello stesso momento (Exchange Online 432 4.3.2, "recipient thread limit exceeded").',
    adminSteps: [
      'Da parte Sua non c\'è nulla da correggere; di solito i tentativi successivi passano.',
      "Se continua a succedere, l'amministratore IT del destinatario deve cercare cosa inonda la casella (regole della posta in arrivo, inoltri, posta automatica).",
    ],
  },
  'relay-peak-limit': {
    title: 'L\'organizzazione mittente ha superato il picco consentito dal relay SMTP di Google',
    happened: 'La Sua organizzazione invia posta più velocemente di quanto Google consenta',
    next: 'attenda',
    youDo: ['Se succede spesso, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    explanation:
      'L\'organizzazione invia tramite il relay SMTP di Google (smtp-relay.gmail.com) più velocemente del picco consentito, quindi Google ne rallenta il ritmo (450 4.2.1, "Peak SMTP relay limit exceeded for customer"). Google definisce questo limite temporaneo: i tentativi successivi passano.',
    adminSteps: [
      'Niente da fare per questo messaggio.',
      'Se succede spesso, distribuisca nel tempo i picchi inviati tramite smtp-relay.gmail.com (cadenzi gli invii in massa).',
    ],
  },
  'sender-quota-exceeded': {
    title: 'Ha raggiunto il Suo limite di invio',
    happened: 'Ha raggiunto il Suo limite di invio',
    next: 'attenda che il limite si azzeri',
    youDo: ['Se non ha inviato così tanta posta, avvisi subito il Suo amministratore IT o provider di posta: qualcuno potrebbe usare il Suo account.'],
    resend: 'Invii di nuovo il messaggio quando il limite si sarà azzerato (di solito entro 24 ore).',
    explanation:
      'L\'account di invio (o l\'organizzazione) ha inviato nel periodo più messaggi o destinatari di quanti il provider ne consenta (Gmail 550 5.4.5 "Daily user sending limit exceeded", Exchange Online 5.1.90 limite giornaliero di destinatari, Amazon SES quota giornaliera o velocità massima di invio), quindi questo messaggio non è stato inviato. Il limite si azzera da solo, di solito entro 24 ore.',
    adminSteps: [
      "Controlli la posta inviata dall'account: se l'utente non ha inviato così tanto, consideri l'account compromesso (reimposti la password, revochi sessioni e password per le app, rimuova le regole di inoltro sconosciute).",
      'Se il volume è legittimo, invii la posta in massa tramite un servizio apposito anziché da una casella di posta personale.',
    ],
  },
  'ip-throttled': {
    title: 'Il provider del destinatario rallenta il Suo server di invio',
    happened: 'Il provider di {address} sta rallentando la posta dal Suo server',
    next: 'attenda',
    youDo: ['Se succede spesso, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    explanation:
      'Il provider del destinatario limita la velocità con cui accetta posta dal server di invio, per esempio perché improvvisamente invia molto più del solito (Exchange Online 451 4.7.500-699 e 4.7.850-899, Yahoo 421, Mimecast 451, Comcast 451 4.2.0, GMX / WEB.DE 421, GoDaddy IB607). Gli è stato chiesto di riprovare più tardi.',
    adminSteps: [
      'Niente da fare per un rinvio occasionale: il normale calendario dei nuovi tentativi basta.',
      'Se questi ritardi sono frequenti, riduca la velocità di invio e il numero di connessioni parallele verso quel provider, ed eviti aumenti improvvisi di volume.',
    ],
  },
  'gateway-rate-limit': {
    title: 'Il gateway di posta del destinatario limita la Sua velocità di invio',
    happened: 'Il sistema di posta di {address} limita quanta posta accetta da Lei',
    next: 'attenda',
    youDo: ["Se continua a succedere, avvisi il destinatario: il suo amministratore IT può indicare la Sua organizzazione come mittente attendibile."],
    explanation:
      'Il gateway di posta del destinatario accetta solo una quantità limitata di posta all\'ora da mittenti che non conosce bene (flow control della host access table di Cisco Secure Email; Rambler 452 4.5.3), e il server di invio per ora ha raggiunto quel limite.',
    adminSteps: [
      'Da parte Sua non c\'è nulla da correggere; di solito i tentativi successivi passano.',
      "Se continua a succedere, chieda all'amministratore IT del destinatario di spostare il Suo server di invio in un gruppo di mittenti attendibili sul suo gateway.",
    ],
  },
  'too-many-connections': {
    title: 'Troppe connessioni simultanee dal Suo server di invio',
    happened: 'Il Suo server di posta ha provato a consegnare troppo in una volta',
    next: 'attenda',
    youDo: ['Se succede spesso, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    explanation:
      'Il server di invio ha aperto più connessioni simultanee di quante il destinatario ne consenta (Exchange Online 421 4.3.2, Comcast, Orange 421 104, Mimecast 451). Le connessioni in eccesso sono state respinte; di solito i tentativi successivi passano.',
    adminSteps: [
      'Niente da fare per un rinvio occasionale.',
      "Se continua a succedere, riduca le connessioni contemporanee verso quella destinazione (il limite di concorrenza per destinazione dell'MTA).",
    ],
  },
  'too-many-recipients': {
    title: 'Troppi destinatari in un solo tentativo di consegna',
    happened: 'Il Suo messaggio aveva troppi destinatari per una sola consegna',
    next: 'divida i destinatari in gruppi più piccoli',
    youDo: [],
    resend: 'Invii di nuovo il messaggio a gruppi di destinatari più piccoli.',
    explanation:
      'Il server ricevente accetta solo un numero limitato di destinatari per transazione (452 4.5.3; Gmail "Domain policy size per transaction exceeded", Exchange Online, Mimecast, Cisco). Un sistema di invio conforme consegna i destinatari rimanenti in una transazione successiva; la RFC 5321 lo considera temporaneo anche quando arriva come 552.',
    adminSteps: [
      'Di solito niente: un sistema conforme invia i destinatari rimanenti in un\'altra transazione.',
      "Se la consegna è fallita definitivamente, verifichi che il server o l'applicazione di invio gestisca il 452 riprovando i destinatari rimanenti, oppure limiti i destinatari per transazione.",
    ],
  },
  'gateway-deferral': {
    title: 'Il gateway di filtraggio del destinatario ha rimandato il messaggio',
    happened: 'Il filtro di posta di {address} per ora ha respinto il Suo messaggio',
    next: 'attenda',
    youDo: ['Se dura un giorno o più, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    explanation:
      'Il gateway di sicurezza della posta del destinatario (per esempio Broadcom Email Security.cloud, già MessageLabs, con un 450) ha interrotto la consegna per ora. Questi rinvii servono a limitare le connessioni o a verificare la reputazione.',
    adminSteps: [
      'Niente da fare per un breve rinvio.',
      "Se dura un giorno o più, controlli la reputazione e il volume dell'indirizzo IP di invio.",
    ],
  },
  greylisting: {
    title: 'Greylisting: il server del destinatario ha chiesto di riprovare più tardi',
    happened: 'Il sistema di posta di {address} ha chiesto al Suo server di riprovare più tardi',
    next: 'attenda',
    youDo: [],
    explanation:
      'Il server ricevente usa il greylisting: rifiuta il primo tentativo di un mittente sconosciuto con un codice temporaneo (di solito 451 4.7.1) e accetta il nuovo tentativo qualche minuto dopo. I sistemi di posta ben configurati riprovano da soli; i software di spam di solito no.',
    adminSteps: [
      'Niente da fare, a meno che continui a fallire per ore: in quel caso il server di invio non riprova correttamente (o riprova ogni volta da un indirizzo IP diverso).',
      "Se il Suo server riprova correttamente e il problema non si risolve mai, chieda all'amministratore IT del destinatario di inserire il Suo sistema di invio nella allowlist.",
    ],
  },
  'mimecast-greylisting': {
    title: 'Greylisting di Mimecast / limite temporaneo di risorse',
    happened: 'Il filtro di posta di {address} ha chiesto al Suo server di posta di riprovare più tardi',
    next: 'attenda',
    youDo: [],
    explanation:
      'Il servizio Mimecast del destinatario ha rimandato il messaggio (451) e ha chiesto al server di invio di riprovare più tardi. Mimecast si aspetta un nuovo tentativo tra un minuto e dodici ore; per lo più si tratta di greylisting, a volte di un controllo di reputazione o di un limite temporaneo di risorse.',
    adminSteps: [
      'Si assicuri che il server di invio riprovi entro quella finestra (da un minuto a dodici ore).',
      "Se il problema non si risolve mai, chieda all'amministratore IT del destinatario di aggiungere per Lei una policy di mittenti consentiti o di auto-allow in Mimecast.",
    ],
  },
  'multi-domain-transaction': {
    title: 'Destinatari di più domini inviati in un solo trasferimento',
    happened: 'Il Suo server di posta ha raggruppato i destinatari in un modo che Gmail non accetta',
    next: 'attenda',
    youDo: ['Se continua a succedere, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    explanation:
      'Il server di invio ha provato a consegnare a destinatari di domini diversi in una sola transazione SMTP, cosa che Gmail non supporta (451 4.3.0, "Multiple destination domains per transaction is unsupported"). Quando viene chiesto, i sistemi di invio di norma consegnano un dominio alla volta.',
    adminSteps: [
      'Di solito niente: al tentativo successivo un sistema conforme consegna un dominio per transazione.',
      "Se continua a succedere, configuri il server o l'applicazione per inviare un solo dominio di destinazione per transazione.",
    ],
  },
  'recipient-limit-per-message': {
    title: 'Troppi destinatari in un solo messaggio',
    happened: 'Il Suo messaggio ha troppi destinatari',
    next: 'divida i destinatari in gruppi più piccoli',
    youDo: [
      'Divida i destinatari in gruppi più piccoli oppure usi una mailing list.',
      'Se il messaggio è stato inviato da un programma o da un server, inoltri questo avviso al Suo amministratore IT o provider di posta.',
    ],
    resend: 'Invii di nuovo il messaggio ai gruppi più piccoli.',
    resendWhileRetrying: 'La copia che il Suo server di posta sta ancora provando a consegnare non passerà così com\'è: invii di nuovo il messaggio ai gruppi più piccoli.',
    explanation:
      'Il provider del destinatario accetta solo un numero limitato di destinatari per messaggio (452 4.5.3, "Your message has too many recipients"; per esempio 200 per dominio in Microsoft 365), e questo messaggio ne aveva di più. Ripetere lo stesso messaggio non serve: chi invia deve dividerlo.',
    adminSteps: [
      "Se il messaggio è stato inviato da un programma o da un server, gli faccia dividere automaticamente le liste di destinatari lunghe (oppure invii tramite una mailing list).",
      'Chi invia a mano divide la lista in gruppi più piccoli.',
    ],
  },
  'recipient-refuses-sender': {
    title: 'Le impostazioni del destinatario rifiutano la posta dal Suo indirizzo',
    happened: 'Le impostazioni di {address} non accettano posta da Lei',
    next: 'gli chieda di autorizzare il Suo indirizzo',
    youDo: [
      'Contatti il destinatario in un altro modo e gli chieda di autorizzare il Suo indirizzo nelle impostazioni della sua posta.',
      "L'indirizzo del destinatario potrebbe essere valido, anche se l'avviso lo dà per sconosciuto.",
    ],
    resend: "Invii di nuovo il messaggio quando il destinatario Le conferma l'autorizzazione.",
    explanation:
      'Le impostazioni di ricezione del destinatario accettano solo mittenti scelti, oppure bloccano il Suo indirizzo o dominio; è frequente con i filtri di ricezione degli operatori mobili giapponesi (NTT docomo 550 dopo DATA). L\'indirizzo in sé può essere valido anche se la risposta dice "unknown user".',
    adminSteps: [
      'Da parte Sua non c\'è nulla da correggere.',
      'Il destinatario deve autorizzare il Suo indirizzo o dominio nelle sue impostazioni di ricezione. Non rimuova l\'indirizzo dalle liste solo sulla base di "unknown user".',
    ],
  },
  'blocked-by-recipient': {
    title: 'Il destinatario ha bloccato il Suo server di invio',
    happened: "L'organizzazione di {address} ha bloccato il Suo server di posta",
    next: 'chieda di essere sbloccato',
    youDo: ['Contatti il destinatario in un altro modo e gli chieda di togliere il blocco (potrebbe doverlo fare il suo amministratore IT).'],
    resend: 'Invii di nuovo il messaggio quando il destinatario Le conferma lo sblocco.',
    explanation:
      "L'organizzazione del destinatario ha scelto di rifiutare la posta proveniente dall'indirizzo del server di invio (Exchange Online 550 5.7.507).",
    adminSteps: [
      'Da parte Sua non c\'è nulla da correggere.',
      "L'amministratore IT del destinatario deve rimuovere il Suo indirizzo IP di invio dalla propria lista nera; lo contatti tramite il destinatario.",
    ],
  },
  'sending-volume-block': {
    title: 'Il Suo server di invio ha inviato troppo, troppo in fretta, e viene rifiutato',
    happened: 'Il Suo server di posta viene respinto perché invia troppa posta',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    resend: 'Invii di nuovo il messaggio più tardi, quando il Suo amministratore IT o provider di posta avrà risolto il problema.',
    explanation:
      'Il provider del destinatario rifiuta la posta dal server di invio (o dalla sua rete di indirizzi) perché ha superato i limiti di volume o di connessioni del provider (Exchange Online 550 5.7.508, Tencent QQ 550, codici AUP di Spectrum). Il blocco viene tolto quando il ritmo scende, ma chi invia deve rallentare.',
    adminSteps: [
      'Riduca la velocità di invio e il numero di connessioni parallele verso questo provider.',
      'Trovi cosa ha generato il volume (un invio in massa, un processo automatico) prima di inviare di nuovo a quel provider.',
    ],
  },
  'own-account-blocked': {
    title: 'Il Suo account di posta è bloccato per l\'invio',
    happened: 'Il Suo account non può più inviare posta',
    next: 'chieda al Suo amministratore IT di sbloccarlo',
    youDo: [
      'Chieda al Suo amministratore IT o provider di posta di riattivare l\'invio per il Suo account.',
      'Se parlano di attività insolite, cambi la password e cerchi regole di inoltro o app che non ha configurato Lei.',
    ],
    resend: "Invii di nuovo il messaggio quando l'invio funziona.",
    explanation:
      'Il provider o l\'amministratore dell\'organizzazione ha impedito a questo account di inviare: è stato disattivato (X.7.13 "user account disabled", RFC 7372, restituito dopo un accesso riuscito) oppure è stata rilevata un\'attività insolita, cosa frequente con gli account nuovi o dopo la fuga di una password (Zoho 550 5.4.6).',
    adminSteps: [
      "Scopra perché l'account è stato bloccato (console di amministrazione o assistenza del provider) e riattivi l'invio.",
      "Se il motivo è un'attività insolita, prima metta in sicurezza l'account: reimposti la password, revochi sessioni e password per le app, rimuova regole di inoltro e app sconosciute.",
    ],
  },
  // ── Reputation and blocklists ────────────────────────────────────────────────────────────────
  'reputation-deferral': {
    title: 'Rimandato per la reputazione del server o del dominio di invio',
    happened: 'Il provider di {address} sta trattenendo la posta dal Suo server',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      "Il provider del destinatario rimanda la posta dall'indirizzo IP o dal dominio di invio a causa della sua reputazione: reclami, volumi inattesi, posta simile allo spam (Gmail 421 4.7.0 / 4.7.28, Outlook.com 451 4.7.650 e 421 RP-001/002/003, Yahoo 421 4.7.0 [TSS04] / [TSS11], Proofpoint 421 4.7.0). Anche se il codice è temporaneo, aspettare non basta: si ripete finché chi invia non migliora, e insistere con i tentativi peggiora le cose.",
    adminSteps: [
      "Controlli la reputazione dell'IP e del dominio di invio (Google Postmaster Tools, Microsoft SNDS) e rallenti.",
      'Smetta di scrivere a chi non ha chiesto di ricevere posta e si assicuri che SPF, DKIM e DMARC siano configurati per il dominio.',
      'Non aumenti la frequenza dei nuovi tentativi: più tentativi peggiorano la reputazione.',
    ],
  },
  'reputation-block': {
    title: 'Rifiutato per la reputazione del server di invio',
    happened: 'Il provider di {address} rifiuta la posta dal Suo server',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può far togliere il blocco.'],
    resend: 'Invii di nuovo il messaggio quando il Suo amministratore IT o provider di posta Le conferma che il blocco è stato tolto.',
    explanation:
      "Il provider del destinatario rifiuta la posta dall'indirizzo IP o dalla rete di invio a causa della sua reputazione (Gmail 550 5.7.28, codici SC/OU e S3150 di Outlook.com, Yahoo [TS03], Mimecast 550, Cisco Secure Email 554, Email Security.cloud 553 5.7.1, GMX 554, T-Online BL). Finché il blocco dura i nuovi tentativi non riescono (Yahoo lo dice per [TS03], [TSS09], [TSS11]): una copia ancora in coda si limita a scadere. Non si risolve dal programma di posta.",
    adminSteps: [
      "Cerchi l'IP di invio nelle pagine per postmaster del provider e segua la sua procedura di rimozione o di revisione.",
      'Prima corregga ciò che ha danneggiato la reputazione (invii in massa indesiderati, un account compromesso), altrimenti il blocco torna.',
    ],
  },
  'ip-banned': {
    title: "L'indirizzo IP di invio è nella lista nera del provider",
    happened: 'Il provider di {address} ha bloccato il Suo server di posta',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può chiedere di togliere il blocco.'],
    resend: 'Invii di nuovo il messaggio quando il Suo amministratore IT o provider di posta Le conferma che il blocco è stato tolto.',
    explanation:
      "Il provider del destinatario ha inserito l'indirizzo IP di invio nella propria lista nera e rifiuta tutta la posta che ne proviene (Exchange Online 5.7.511 \"banned sender\" e 5.7.606-649; Outlook.com \"Blocklist 1/2\").",
    adminSteps: [
      'Chieda la rimozione con la procedura del provider: per Microsoft, https://sender.office.com, oppure scriva a delist@messaging.microsoft.com quando l\'avviso lo indica (come per "banned sender" e "Blocklist 1/2").',
      "Trovi e fermi ciò che ha fatto inserire l'indirizzo nella lista, altrimenti ci finisce di nuovo.",
    ],
  },
  'dnsbl-listed': {
    title: 'Il Suo server di invio è in una lista nera pubblica',
    happened: 'Il Suo server di posta è in una lista nera antispam',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può farlo togliere dalla lista.'],
    explanation:
      "Il server ricevente ha cercato l'indirizzo IP di invio in una lista nera DNS (DNSBL, come Spamhaus, SpamCop, Barracuda o Cloudmark), l'ha trovato e ha rifiutato il messaggio. Gli indirizzi finiscono in lista dopo invii di spam, oppure perché sono indirizzi domestici o dinamici che non dovrebbero inviare posta direttamente. L'inserimento blocca la Sua posta presso tutti i destinatari che usano quella lista, non solo questo.",
    adminSteps: [
      "Cerchi l'indirizzo IP di invio nella lista indicata nel rifiuto (https://check.spamhaus.org, https://www.barracudacentral.org, https://www.spamcop.net, https://csi.cloudmark.com) e segua la procedura di rimozione.",
      "Prima trovi e fermi la causa (un account compromesso, un open relay, un invio in massa da un IP condiviso), altrimenti l'indirizzo torna in lista.",
      "Se l'indirizzo è domestico o dinamico, invii invece tramite il server di posta del Suo provider.",
    ],
  },
  'dnsbl-stale-sorbs': {
    title: 'Il destinatario controlla ancora la lista nera SORBS, dismessa',
    happened: 'Il server di posta di {address} ha rifiutato il Suo messaggio in base a una lista nera antispam superata',
    next: 'glielo faccia sapere',
    youDo: [
      'Avvisi il destinatario in un altro modo che il suo server di posta ha rifiutato il Suo messaggio.',
      'Gli dica che il suo amministratore IT deve togliere dalle impostazioni del server SORBS, una lista nera antispam chiusa nel 2024.',
    ],
    resend: 'Invii di nuovo il messaggio quando il destinatario Le conferma la correzione.',
    explanation:
      'Il server ricevente ha rifiutato il messaggio citando SORBS, una lista nera DNS chiusa nel giugno 2024. Non è più possibile farsi rimuovere; il destinatario usa una configurazione superata.',
    adminSteps: [
      'Da parte Sua non c\'è nulla da correggere: la rimozione da SORBS non esiste più.',
      "L'amministratore IT del destinatario deve togliere SORBS dalle liste nere configurate sul server; lo contatti tramite il destinatario.",
    ],
  },
  'dynamic-ip-direct': {
    title: 'Il Suo indirizzo di invio non può consegnare direttamente a questo provider',
    happened: 'Il provider di {address} non accetta posta inviata direttamente dalla Sua connessione',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: [
      'Inoltri questo avviso al Suo amministratore IT o provider di posta.',
      'Se il messaggio è stato inviato da un dispositivo o da un programma (una stampante, un sito web, un server domestico), lo dica a chi li ha configurati: devono inviare tramite il Suo provider di posta.',
    ],
    explanation:
      'La posta è arrivata direttamente da un indirizzo IP che sembra una connessione domestica o dinamica (Gmail 550 5.7.1 "not authorized to send email directly to our servers", Outlook.com DY-001 / DY-002, codici ES di Comcast). I grandi provider accettano posta da questi indirizzi solo attraverso il server di posta del provider internet o del servizio e-mail.',
    adminSteps: ["Configuri il server o il dispositivo di invio perché invii tramite il relay (smarthost) del provider internet o del servizio e-mail, invece di consegnare direttamente."],
  },
  'client-blocked': {
    title: 'Il destinatario ha rifiutato il Suo server di invio',
    happened: 'Il sistema di posta di {address} rifiuta il Suo server di posta',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: può scoprire il motivo.'],
    explanation:
      'Il server ricevente ha rifiutato la connessione del sistema di invio in sé (il suo indirizzo IP o il suo nome host), prima ancora di guardare il messaggio.',
    adminSteps: [
      "Controlli se l'IP di invio è in una lista nera e se il suo DNS inverso (PTR) e il nome HELO sono corretti.",
      "Se è tutto in ordine, chieda all'amministratore IT del destinatario (tramite il destinatario) perché il Suo server viene rifiutato.",
    ],
  },
  'bad-helo': {
    title: 'Il Suo server di invio si è presentato con un nome sbagliato',
    happened: 'Il Suo server di posta si è presentato con un nome sbagliato',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il sistema di invio si è presentato al server ricevente con un nome HELO/EHLO non valido o che finge di essere il destinatario (Exchange Online 550 5.7.506). I destinatari rifiutano queste connessioni.',
    adminSteps: [
      'Imposti come nome HELO del server il suo nome completo (FQDN, per esempio mail.example.com).',
      "Dia a quel nome un DNS coerente: un record A (o AAAA) per l'IP di invio e un record PTR che punti di nuovo al nome.",
    ],
  },
  // ── DNS of the sending side ─────────────────────────────────────────────────────────────────
  'no-ptr': {
    title: 'Il Suo server di invio non ha un record DNS inverso (PTR) valido',
    happened: 'Il Suo server di posta viene respinto',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      "Il server ricevente ha cercato il nome associato all'indirizzo IP di invio (il suo DNS inverso, record PTR) e non ne ha trovato nessuno, oppure ha trovato un nome che non rimanda allo stesso indirizzo (manca il forward-confirmed reverse DNS). Molti destinatari rifiutano o rimandano questa posta (Gmail 421 4.7.0 / 451 4.7.23 / 5.7.25, GMX, Comcast, Postfix reject_unknown_client_hostname); anche quando il codice è 4xx si ripete finché il DNS non viene corretto.",
    adminSteps: [
      "Chieda a chi possiede l'indirizzo IP di invio (di solito il provider di hosting o internet) di pubblicare un record PTR.",
      'Faccia in modo che il nome del PTR rimandi allo stesso indirizzo (un record A o AAAA) e usi quel nome in HELO/EHLO.',
    ],
  },
  'ptr-lookup-tempfail': {
    title: 'La ricerca DNS inversa del server di invio è fallita temporaneamente',
    happened: 'Il sistema di posta di {address} per ora non è riuscito a verificare il Suo server di posta',
    next: 'attenda',
    youDo: ['Se continua a succedere, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    explanation:
      'Il server ricevente per il momento non è riuscito a consultare il DNS inverso del sistema di invio: un errore DNS, non un record mancante (Comcast 421).',
    adminSteps: [
      'Niente da fare per un caso isolato.',
      "Se persiste, verifichi che il record PTR dell'IP di invio si risolva in modo affidabile (i name server della zona inversa rispondono senza timeout).",
    ],
  },
  'sender-domain-not-found': {
    title: 'Il Suo dominio mittente non si trova nel DNS',
    happened: 'La parte dopo la @ del Suo indirizzo non viene trovata',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: [
      'Controlli che nel Suo programma di posta il Suo indirizzo e-mail non contenga errori di battitura.',
      'Se è corretto, inoltri questo avviso al Suo amministratore IT o provider di posta.',
    ],
    explanation:
      "Il server ricevente ha cercato nel DNS il dominio dell'indirizzo del mittente e non l'ha trovato (nessun record MX o A), quindi non potrebbe restituire risposte o avvisi di mancato recapito (X.1.8; Postfix 450 4.1.8, Yahoo 451 / 554). Postfix usa un codice temporaneo perché un intoppo DNS non faccia perdere posta, ma se il dominio davvero non si risolve il problema si ripete finché non viene corretto.",
    adminSteps: [
      'Dia al dominio del mittente un DNS funzionante: un record MX o A e, per Yahoo, anche un record SOA.',
      "Controlli che l'indirizzo del mittente configurato nel programma o nel dispositivo di invio non contenga errori di battitura.",
    ],
  },
  'sender-null-mx': {
    title: 'Il Suo dominio mittente dichiara di non accettare posta (null MX)',
    happened: 'Il Suo indirizzo viene rifiutato perché non può ricevere risposte',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il dominio del mittente pubblica un record "null MX" (RFC 7505), dichiarando di non ricevere posta. I destinatari rifiutano la posta che ne proviene (X.7.27) perché gli avvisi di mancato recapito non potrebbero tornare indietro.',
    adminSteps: ['Invii da un dominio che può ricevere posta, oppure sostituisca il null MX con un vero record MX.'],
  },
  // ── Authentication (SPF / DKIM / DMARC) ─────────────────────────────────────────────────────
  'dmarc-temp-dns': {
    title: "Impossibile verificare l'autenticazione per un errore DNS temporaneo",
    happened: 'Il server di posta di {address} non è riuscito a verificare la provenienza della Sua posta per il momento',
    next: 'attenda',
    youDo: ['Se continua a succedere, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    explanation:
      'Il server ricevente voleva controllare i record SPF, DKIM o DMARC del dominio del mittente, ma per il momento le ricerche DNS sono fallite (Gmail 451 4.7.26 "temporary DNS failures prevent authentication", Cisco 451 4.4.3). Di solito si risolve a un tentativo successivo.',
    adminSteps: [
      'Niente da fare per un caso isolato.',
      'Se continua a succedere, verifichi che i name server del Suo dominio rispondano in modo affidabile per i record SPF, DKIM e DMARC.',
    ],
  },
  'auth-required': {
    title: 'La Sua posta non è autenticata (manca SPF o DKIM)',
    happened: 'Il provider di {address} non ha potuto confermare che il messaggio viene davvero da Lei',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il provider del destinatario richiede la prova che la posta provenga davvero dal dominio del mittente: SPF (un elenco dei server autorizzati a inviare per il dominio) o DKIM (una firma crittografica). Nessuna delle due verifiche è riuscita (Gmail 421 4.7.26 e 550 5.7.1 "does not have authentication information", Exchange Online 450 4.7.26, Yahoo 550 5.7.9). Finché i record del dominio non sono configurati, la posta viene rallentata o rifiutata.',
    adminSteps: [
      'Pubblichi un record SPF che elenchi tutti i sistemi che inviano per il dominio.',
      'Attivi la firma DKIM e pubblichi la chiave pubblica DKIM.',
      'Per gli invii in massa, pubblichi anche un record DMARC.',
    ],
  },
  'spf-fail': {
    title: 'Verifica SPF non superata per il Suo dominio',
    happened: 'Il Suo messaggio è partito da un server che la Sua organizzazione non ha autorizzato',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il record SPF del dominio elenca i sistemi autorizzati a inviarne la posta, e il server che ha inviato questo messaggio non è nell\'elenco, oppure il record è errato (X.7.23 / X.7.24; Gmail 550 5.7.27 e 4.7.27, Exchange Online 5.7.23, GMX, Mimecast).',
    adminSteps: [
      "Aggiunga al record SPF l'indirizzo IP del server di invio (o l'include del servizio e-mail).",
      'Corregga eventuali errori di sintassi e mantenga il record entro il limite di 10 ricerche DNS (RFC 7208).',
    ],
  },
  'spf-suspicious': {
    title: 'Il record SPF del Suo dominio contiene voci sospette',
    happened: "Gmail non si fida dell'elenco dei server di posta autorizzati della Sua organizzazione",
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Gmail ha trovato nel record SPF del dominio voci che considera sospette (per esempio intervalli di indirizzi troppo ampi) e limita la posta finché il record non viene ripulito (451 4.7.24).',
    adminSteps: ['Tolga dal record SPF le voci troppo ampie o non necessarie, lasciando solo i veri sistemi di invio.'],
  },
  'dkim-fail': {
    title: 'Firma DKIM mancante o non valida',
    happened: 'Al Suo messaggio mancava il sigillo digitale richiesto dal provider di {address}',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il provider del destinatario richiede una firma DKIM valida (un sigillo crittografico che dimostra che il messaggio proviene dal dominio) e questo messaggio non ne aveva una che superasse la verifica (X.7.20-X.7.22; Gmail 550 5.7.30 e 421 4.7.30 nel significato proprio di Google; Mimecast "DKIM Sender Invalid").',
    adminSteps: [
      'Attivi la firma DKIM sul server o sul servizio di invio.',
      'Pubblichi la chiave pubblica nel DNS sotto il selettore con cui firma e verifichi che un messaggio di prova superi il controllo.',
    ],
  },
  'dmarc-fail': {
    title: 'Verifica DMARC del Suo dominio non superata',
    happened: 'Il Suo messaggio non ha superato il controllo che verifica se arriva davvero dalla Sua organizzazione',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'DMARC verifica che il dominio della riga "From" sia quello che ha superato SPF o DKIM. Questo messaggio non ha superato il controllo, oppure il suo dominio "From" non era allineato con quello che lo ha superato (X.7.26; Gmail 4.7.32 / 5.7.32, Exchange Online 5.7.509, Proofpoint, Zoho, Mimecast, iCloud [HME1]). I destinatari rifiutano o rallentano questa posta, e la policy DMARC del dominio "From" stesso può chiedere loro di respingerla.',
    adminSteps: [
      "Si assicuri che il server di invio superi SPF o DKIM per lo stesso dominio dell'indirizzo \"From\".",
      'Se un servizio invia per conto Suo, deve firmare con il Suo dominio (DKIM) o essere nel Suo record SPF.',
    ],
  },
  'dmarc-missing': {
    title: 'Il Suo dominio non ha un record DMARC',
    happened: 'Alla Sua organizzazione manca un\'impostazione richiesta dal provider di {address}',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il provider del destinatario richiede a chi invia grandi volumi di pubblicare una policy DMARC per il proprio dominio, e questo dominio non ne ha (Gmail 421 4.7.40 / 550 5.7.40).',
    adminSteps: ['Pubblichi un record DMARC per il dominio (per iniziare basta una policy di monitoraggio p=none).'],
  },
  'bulk-auth-required': {
    title: 'Mittente ad alto volume senza SPF, DKIM e DMARC completi',
    happened: 'La Sua organizzazione invia molta posta senza le verifiche richieste da Outlook.com',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Outlook.com richiede che i domini che inviano più di circa 5.000 messaggi al giorno superino SPF, DKIM e DMARC; questo dominio non li supera (550 5.7.515).',
    adminSteps: ['Pubblichi SPF, DKIM e DMARC per il dominio di invio; poi il messaggio può essere inviato di nuovo.'],
  },
  // ── TLS and submission ─────────────────────────────────────────────────────────────────────
  'tls-required': {
    title: 'Il destinatario richiede una connessione crittografata (TLS)',
    happened: 'Il server di posta di {address} accetta solo posta crittografata',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il dominio del destinatario accetta solo posta inviata su una connessione crittografata (STARTTLS), e il server di invio non l\'ha usata (X.7.10; Gmail 421 4.7.0 "TLS required for RCPT domain", 4.7.29 / 5.7.29 nel significato proprio di Google).',
    adminSteps: ['Attivi STARTTLS per la posta in uscita sul server di invio e verifichi che con questo dominio vada a buon fine.'],
  },
  'tls-failed': {
    title: 'Connessione sicura al server del destinatario non riuscita',
    happened: 'Non è stato possibile stabilire una connessione sicura con il server di posta di {address}',
    next: 'glielo faccia sapere',
    youDo: ['Avvisi il destinatario in un altro modo: la configurazione di sicurezza del suo server di posta impedisce una consegna sicura.'],
    explanation:
      "Il sistema di invio ha preteso una connessione crittografata verificata (DANE, MTA-STS o REQUIRETLS, X.7.30), ma il server del destinatario non è stato in grado di offrirla: niente STARTTLS, un certificato scaduto o non corrispondente, oppure record TLSA/DNSSEC errati (Exchange Online 5.7.321-325).",
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere.",
      "L'amministratore IT del destinatario deve correggere il certificato, STARTTLS o i record TLSA/DNSSEC; lo contatti tramite il destinatario.",
    ],
  },
  'tls-required-by-sender': {
    title: 'Il Suo server richiede una crittografia che il destinatario non offre',
    happened: 'Il Suo server di posta non consegna a {address} senza crittografia',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: è lui a decidere se la regola è giusta.'],
    resend: "Invii di nuovo il messaggio quando il Suo amministratore IT o il destinatario avrà cambiato la configurazione.",
    explanation:
      "Il sistema di invio è impostato per consegnare a questo dominio solo su una connessione crittografata (Postfix smtp_tls_security_level encrypt, dane o verify; una voce di TLS policy, MTA-STS o DANE), e il server del destinatario non l'ha offerta (niente STARTTLS, oppure non l'ha avviato). Il destinatario non ha rifiutato nulla: è chi invia ad aver trattenuto il messaggio.",
    adminSteps: [
      'Verifichi se la regola che impone TLS per questo dominio è voluta (una voce di TLS policy, MTA-STS o DANE).',
      "Se lo è, l'amministratore IT del destinatario deve attivare STARTTLS; glielo faccia sapere tramite il destinatario. Se non lo è, allenti la regola per questo dominio.",
    ],
  },
  'smtp-auth-failed': {
    title: 'Il Suo programma di posta non è riuscito ad accedere al server di invio',
    happened: 'Il Suo programma di posta non è riuscito ad accedere per inviare',
    next: 'controlli la password',
    youDo: [
      'Controlli il nome utente e la password (o la password per le app) configurati nel Suo programma di posta o dispositivo.',
      'Se non funziona ancora, chieda al Suo amministratore IT o provider di posta se il Suo account può inviare da questo programma.',
    ],
    resend: 'Se ci sono stati molti tentativi, attenda qualche minuto, poi invii di nuovo il messaggio.',
    explanation:
      'Il server a cui è stato consegnato il messaggio ha rifiutato l\'accesso del programma di posta o del dispositivo: password sbagliata, troppi tentativi o un metodo di accesso non consentito (535 / X.7.8 credenziali non valide, 530 autenticazione richiesta, X.7.9 meccanismo troppo debole, Gmail 454 4.7.0 "too many login attempts").',
    adminSteps: [
      "Verifichi che l'accesso SMTP (SMTP AUTH) sia consentito per l'account e che il programma usi un metodo ammesso (una password per le app oppure OAuth dove l'accesso di base è disattivato).",
      'Dopo troppi tentativi falliti, attenda qualche minuto prima di riprovare.',
    ],
  },
  'security-policy': {
    title: 'Rifiutato per un motivo di sicurezza o di policy',
    happened: 'Il server di posta di {address} ha rifiutato il Suo messaggio per un motivo di sicurezza',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ["Inoltri questo avviso al Suo amministratore IT o provider di posta: le parole del server contenute nell'avviso possono dire di più."],
    explanation:
      'Il server ricevente ha rifiutato il messaggio per un motivo di sicurezza o di policy senza dire esattamente quale (X.7.0, X.7.1 e altri codici X.7.x). Le sue stesse parole, nei dettagli, sono l\'indizio migliore: autenticazione, reputazione o contenuto.',
    adminSteps: [
      'Legga nei dettagli le parole del server per un indizio (autenticazione, reputazione, contenuto).',
      "Controlli SPF, DKIM, DMARC e la reputazione dell'IP di invio.",
      "Se è tutto in ordine, chieda all'amministratore IT del destinatario (tramite il destinatario) perché la Sua posta viene rifiutata.",
    ],
  },
  // ── Policy at the recipient ────────────────────────────────────────────────────────────────
  'recipient-policy': {
    title: "Bloccato da una regola dell'organizzazione del destinatario",
    happened: "Una regola dell'organizzazione di {address} blocca il Suo messaggio",
    next: 'glielo faccia sapere',
    youDo: [
      'Avvisi il destinatario in un altro modo che la posta da parte Sua viene rifiutata.',
      'Gli chieda di far autorizzare il Suo indirizzo dal suo amministratore IT (o dal proprietario del gruppo).',
    ],
    resend: 'Invii di nuovo il messaggio quando il destinatario Le conferma la modifica.',
    explanation:
      'Una regola impostata dall\'organizzazione del destinatario ha rifiutato il messaggio: per esempio l\'indirizzo o il gruppo accetta solo posta dall\'interno dell\'organizzazione o da mittenti elencati, oppure il Suo indirizzo o server è nella loro lista nera (Exchange Online 550 5.7.1 "Delivery not authorized", 5.7.12x, 5.7.124, 5.7.513; Gmail gcdp; Mimecast, Trend Micro, Zoho, Barracuda). Solo loro possono cambiarla.',
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere.",
      "L'amministratore IT del destinatario (o il proprietario del gruppo) deve autorizzare il Suo indirizzo o server, per esempio lasciando che il gruppo accetti mittenti esterni o togliendo il Suo indirizzo dalla lista nera.",
    ],
  },
  'recipient-allowlist-only': {
    title: 'Il dominio del destinatario accetta posta solo da server approvati',
    happened: "L'organizzazione di {address} accetta posta solo dai server che ha approvato",
    next: 'glielo faccia sapere',
    youDo: ['Avvisi il destinatario in un altro modo: il suo amministratore IT deve accettare la posta della Sua organizzazione.'],
    explanation:
      'Il dominio Google Workspace del destinatario accetta posta solo da un elenco di sistemi approvati (Gmail 421 4.7.0 "IP not in whitelist for RCPT domain"), di solito perché tutta la sua posta dovrebbe arrivare attraverso un gateway di filtraggio, e il server di invio non è nell\'elenco.',
    adminSteps: [
      'Verifichi che il Suo server consegni agli MX pubblicati dal dominio del destinatario, non direttamente a Google.',
      "Se lo fa, l'amministratore IT del destinatario deve autorizzare l'indirizzo IP del Suo server o correggere le impostazioni del suo gateway in ingresso.",
    ],
  },
  'external-forwarding-blocked': {
    title: "L'inoltro automatico a indirizzi esterni non è consentito",
    happened: "L'inoltro automatico a un indirizzo esterno è stato bloccato",
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ["Se ha impostato un inoltro automatico a un indirizzo esterno, lo rimuova o chieda al Suo amministratore IT o provider di posta di consentirlo."],
    resend: "Se l'indirizzo esterno ha ancora bisogno di questo messaggio, lo inoltri a mano.",
    explanation:
      "Il messaggio veniva inoltrato automaticamente a un indirizzo esterno, e la policy antispam in uscita di Microsoft 365 dell'organizzazione che inoltra vieta l'inoltro automatico esterno (Exchange Online 550 5.7.1).",
    adminSteps: [
      "Se questa casella di posta può inoltrare all'esterno, consenta l'inoltro automatico esterno nella policy antispam in uscita (una policy limitata a quella casella).",
      'Altrimenti rimuova la regola di inoltro dalla casella di posta.',
    ],
  },
  'unregistered-sender-domain': {
    title: 'Invio da un dominio che la Sua organizzazione non ha registrato',
    happened: 'Microsoft 365 ha bloccato la posta da un indirizzo che la Sua organizzazione non ha registrato',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      "L'organizzazione Microsoft 365 ha inviato posta da un dominio che non ha aggiunto e verificato, quindi Microsoft l'ha bloccata (Exchange Online 550 5.7.750).",
    adminSteps: ['Aggiunga e verifichi in Microsoft 365 ogni dominio usato per inviare (domini accettati), oppure invii da un dominio già verificato.'],
  },
  'sender-account-blocked': {
    title: 'Il Suo account di invio è bloccato per attività sospette',
    happened: "Il Suo account non può più inviare posta a causa di un'attività insolita",
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: [
      'Cambi la password e cerchi regole di inoltro o app che non ha configurato Lei.',
      'Inoltri questo avviso al Suo amministratore IT o provider di posta: sarà lui a chiedere di togliere il blocco.',
    ],
    resend: "Invii di nuovo il messaggio quando l'invio funziona di nuovo.",
    explanation:
      "Il servizio di posta ha impedito all'account (o all'organizzazione) di inviare perché ha rilevato un'attività insolita o simile allo spam (Exchange Online 5.7.501-503, 5.1.8, 5.7.7xx; Zoho). Spesso significa che l'account è stato compromesso.",
    adminSteps: [
      "Prima metta in sicurezza l'account: reimposti la password, revochi le sessioni, rimuova regole di inoltro e app sconosciute.",
      "Poi chieda lo sblocco al provider (Microsoft, Zoho …), come descrivono il suo avviso o il portale di amministrazione.",
    ],
  },
  'duplicate-message-id': {
    title: 'Troppi messaggi con lo stesso Message-ID',
    happened: 'Il software che ha inviato il Suo messaggio dà lo stesso identificativo a molti messaggi',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta, oppure a chi gestisce il programma che lo ha inviato.'],
    explanation:
      'Lo stesso Message-ID è stato riutilizzato per molti messaggi (Gmail 421 4.7.28); i destinatari si aspettano che ogni messaggio ne abbia uno univoco.',
    adminSteps: ['Faccia generare al software di invio un Message-ID univoco per ogni messaggio.'],
  },
  'blocked-attachment': {
    title: 'Un tipo di allegato che il destinatario non accetta',
    happened: 'Il provider di {address} non accetta uno dei Suoi allegati',
    next: 'tolga il file o lo condivida tramite link',
    youDo: [
      "Tolga l'allegato oppure usi un altro formato (per esempio un PDF invece di un documento con macro).",
      'Condivida programmi o file compressi tramite link (un archivio cloud) invece di allegarli.',
    ],
    resend: 'Invii di nuovo il messaggio senza il file bloccato.',
    explanation:
      'Il provider del destinatario rifiuta a priori certi tipi di allegati perché possono contenere malware: programmi, script, alcuni archivi, documenti con macro (Gmail 552 5.7.0; Cox; Amavis "banned file type"). Gmail blocca questi tipi di file qualunque sia il loro contenuto.',
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere: il blocco è una policy del destinatario.",
      'Dove serve scambiare questi file, usi link di condivisione invece degli allegati.',
    ],
  },
  'submission-unauthenticated': {
    title: "Un dispositivo o un'applicazione ha inviato posta senza accedere",
    happened: 'Un dispositivo o un programma ha provato a inviare posta senza accedere',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ["Inoltri questo avviso al Suo amministratore IT o provider di posta e indichi quale dispositivo o programma l'ha inviato (una stampante, uno scanner, un'app)."],
    explanation:
      "Un dispositivo o un programma (una stampante, uno scanner o un'applicazione aziendale) ha consegnato il messaggio a Microsoft 365 senza accedere, e Microsoft 365 non accetta posta anonima da quella fonte (Exchange Online 530 5.7.57).",
    adminSteps: [
      "Configuri il dispositivo o il programma perché acceda (invio client SMTP AUTH) con una casella di posta dotata di licenza.",
      "Oppure configuri per esso il direct send o un relay basato su connettore in Microsoft 365, come descrive la guida di Microsoft per i dispositivi multifunzione.",
    ],
  },
  'send-as-denied': {
    title: 'Non può inviare con questo indirizzo mittente',
    happened: "Il Suo account non può inviare dall'indirizzo che ha scelto",
    next: 'usi il Suo indirizzo',
    youDo: [
      "Reimposti il Suo indirizzo come mittente.",
      'Se dovrebbe poter inviare da quell\'indirizzo, chieda l\'autorizzazione al Suo amministratore IT o provider di posta.',
    ],
    resend: "Invii di nuovo il messaggio dal Suo indirizzo, oppure quando avrà l'autorizzazione.",
    explanation:
      "Il messaggio è partito con un indirizzo mittente che l'account connesso non può usare: un'altra persona, una casella di posta condivisa o un gruppo (Exchange Online 550 5.7.60 / 5.7.1).",
    adminSteps: ["Se l'utente deve inviare come quell'indirizzo, gli conceda l'autorizzazione \"Send As\" su quella casella di posta o quel gruppo; altrimenti invii dal proprio indirizzo."],
  },
  'ipv6-not-accepted': {
    title: 'Il destinatario non accetta posta su IPv6',
    happened: "Il Suo server di posta ha usato un tipo di connessione che l'organizzazione di {address} non accetta",
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il server di invio si è collegato al dominio Microsoft 365 del destinatario tramite IPv6, che quel dominio non accetta (Exchange Online 550 5.7.510).',
    adminSteps: [
      'Invii a questa destinazione tramite IPv4.',
      "Oppure chieda all'amministratore IT del destinatario di attivare la posta in ingresso via IPv6 per il suo dominio.",
    ],
  },
  'recipient-banned': {
    title: "L'organizzazione del destinatario rifiuta la posta per questo indirizzo",
    happened: '{address} è bloccato e non può ricevere posta',
    next: 'chieda un altro indirizzo',
    youDo: [
      'Chieda al destinatario, in un altro modo, un indirizzo che riceve posta.',
      'Tolga questo indirizzo dai Suoi contatti o dalle Sue liste.',
    ],
    resend: 'Invii di nuovo il messaggio a un indirizzo che funziona.',
    explanation:
      "L'organizzazione del destinatario ha impedito a questo indirizzo di ricevere posta: una casella di posta chiusa o bandita (Exchange Online 550 5.7.505).",
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", "Tolga l'indirizzo dai contatti e dalle mailing list."],
  },
  'sender-rejected': {
    title: 'Il Suo indirizzo mittente è stato rifiutato',
    happened: 'Il server di posta di {address} ha rifiutato il Suo indirizzo mittente',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: [
      "Controlli di aver inviato dall'indirizzo giusto (per una mailing list, quello con cui si è iscritto).",
      'Se è corretto, inoltri questo avviso al Suo amministratore IT o provider di posta.',
    ],
    explanation:
      "Il server ricevente ha rifiutato l'indirizzo mittente del messaggio (il mittente della busta), per esempio perché lì è bloccato, malformato (X.1.7) o non autorizzato a scrivere (GoDaddy 550 5.2.0 IB, Orange 501 5.1.0).",
    adminSteps: [
      "Controlli il mittente della busta (Return-Path) usato dal server o dall'applicazione: sintassi valida e dominio esistente.",
      "Se è corretto, chieda all'amministratore IT del destinatario (tramite il destinatario) perché viene rifiutato.",
    ],
  },
  'relay-denied': {
    title: 'Il server ricevente non accetta posta per questo dominio',
    happened: 'Il server a cui è arrivata la Sua posta non gestisce la posta per {address}',
    next: 'glielo faccia sapere',
    youDo: [
      "Controlli che l'indirizzo non contenga errori di battitura, soprattutto dopo la @.",
      'Se è corretto, avvisi il destinatario in un altro modo: la configurazione della sua posta va corretta.',
    ],
    explanation:
      'Il server contattato dice di non gestire la posta per il dominio del destinatario ("relay access denied"; Exchange Online 550 5.4.1, Postfix, Sendmail). Di solito i record MX del dominio puntano a un sistema non configurato per quel dominio; a volte il sistema di invio ha mandato il messaggio nel posto sbagliato.',
    adminSteps: [
      "Se molti destinatari falliscono così, controlli come il Suo server instrada la posta (regole di instradamento, impostazioni dello smarthost).",
      "Altrimenti da parte Sua non c'è nulla da correggere: l'amministratore IT del destinatario deve correggere i record MX o i domini accettati.",
    ],
  },
  'relay-not-authorised': {
    title: 'Il Suo server non è autorizzato a usare questo servizio come relay',
    happened: 'Il servizio da cui esce la Sua posta non riconosce il Suo server di posta',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    explanation:
      'Il messaggio è stato consegnato a un servizio (un gateway o una piattaforma di invio) che non riconosce il server di invio o l\'identità del mittente come uno dei propri clienti (Exchange Online 5.7.64, MessageLabs 553, Mimecast 451, Amazon SES, relay SMTP di Google).',
    adminSteps: ["Registri l'IP di invio o verifichi l'indirizzo mittente presso quel servizio, oppure corregga il connettore in uscita."],
  },
  // ── Content ──────────────────────────────────────────────────────────────────────────────────
  'spam-detected': {
    title: 'Il messaggio è stato giudicato spam',
    happened: 'Il provider di {address} ha scambiato il Suo messaggio per spam',
    next: 'semplifichi il messaggio',
    youDo: [
      'Tolga tutto ciò che sembra spam: link accorciati, molti link, immagini grandi con poco testo, file compressi o programmi.',
      'Si assicuri che il destinatario si aspetti posta da Lei.',
    ],
    resend: 'Invii di nuovo una versione più semplice; se viene rifiutata anche quella, inoltri questo avviso al Suo amministratore IT o provider di posta.',
    explanation:
      'Il filtro antispam del server ricevente ha rifiutato il messaggio in base al contenuto, ai link o al modo in cui è stato inviato (Gmail 550 5.7.1 "likely unsolicited mail", Orange 550 5.2.0 [506], Mimecast 554 spam signature).',
    adminSteps: [
      'Controlli SPF, DKIM e DMARC del dominio di invio.',
      "Se molti messaggi vengono rifiutati, controlli la reputazione dell'IP e del dominio di invio.",
    ],
  },
  'content-reputation': {
    title: 'I link o il contenuto del messaggio hanno una cattiva reputazione',
    happened: 'Il provider di {address} non si fida dei link o del contenuto del Suo messaggio',
    next: 'semplifichi il messaggio',
    youDo: [
      'Tolga i link accorciati e i link a siti web con una cattiva reputazione.',
      'Lo stesso messaggio verrebbe rifiutato di nuovo, quindi ne prepari una versione più semplice.',
    ],
    resend: 'Invii invece la versione più semplice.',
    explanation:
      'Gmail ha rimandato o rifiutato il messaggio per la reputazione del suo contenuto o dei link che contiene (421 4.7.0, "the nature of the content and/or the links"). Lo stesso messaggio riceve la stessa risposta: una copia ancora in coda sarà probabilmente rifiutata finché non scade.',
    adminSteps: [
      'Per un singolo messaggio non c\'è nulla da cambiare nella configurazione del server: deve cambiare il contenuto.',
      'Se sono coinvolti molti messaggi, controlli la reputazione dei domini a cui puntano i link, compresi i Suoi domini di tracciamento o di link.',
    ],
  },
  'virus-detected': {
    title: 'È stato trovato un virus o un allegato pericoloso',
    happened: 'Il provider di {address} ha trovato qualcosa di pericoloso nel Suo messaggio',
    next: "controlli l'allegato",
    youDo: [
      "Analizzi il Suo computer e l'allegato con un antivirus aggiornato.",
      'Condivida il file in un altro modo (un link) o in un altro formato, senza programmi né macro.',
    ],
    explanation:
      "L'antivirus del server ricevente ha trovato nel messaggio qualcosa che considera pericoloso, di solito un allegato.",
    adminSteps: [
      "Analizzi il computer del mittente e il file con un antivirus aggiornato.",
      'Se il file è pulito, lo invii come link o in un formato senza contenuti eseguibili o macro.',
    ],
  },
  'content-filtered': {
    title: 'Rifiutato da un filtro dei contenuti',
    happened: 'Un filtro dalla parte di {address} ha rifiutato il Suo messaggio',
    next: 'semplifichi il messaggio',
    youDo: [
      'Controlli se il messaggio contiene allegati o contenuti che i filtri rifiutano spesso.',
      'Chieda al destinatario, in un altro modo, se filtra la posta che arriva da Lei.',
    ],
    resend: 'Invii di nuovo una versione più semplice.',
    explanation:
      'Il server ricevente ha rifiutato il messaggio dopo averlo letto, a causa del contenuto o delle intestazioni, oppure perché i filtri del destinatario non lo accettano (X.2.0 / X.2.4 e formulazioni dei filtri; Facebook RCP-P2 "refused due to recipient preferences").',
    adminSteps: [
      'Legga nei dettagli le parole del server per capire quale filtro lo ha rifiutato.',
      "Se continua a succedere, chieda all'amministratore IT del destinatario (tramite il destinatario) cosa ha rifiutato il suo filtro.",
    ],
  },
  'message-policy-refusal': {
    title: 'Rifiutato per motivi di policy (contenuto o autenticazione)',
    happened: 'Il provider di {address} ha rifiutato il Suo messaggio perché potenzialmente non sicuro',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: [
      'Controlli se nei link e nel contenuto del messaggio c\'è qualcosa che potrebbe sembrare una truffa.',
      'Inoltri questo avviso al Suo amministratore IT o provider di posta.',
    ],
    explanation:
      'Il provider del destinatario ha rifiutato il messaggio per motivi di policy, che usa per contenuti simili al phishing o per autenticazioni non riuscite (Yahoo 554 5.7.9; Zoho 550 / 554 5.7.1 "flagged as Spam"; iCloud 550 5.7.1 [CS01], [HM08]).',
    adminSteps: [
      'Controlli SPF, DKIM e DMARC del dominio di invio.',
      'Esamini con il mittente i link e il contenuto del messaggio.',
    ],
  },
  'provider-refused-data': {
    title: 'Il provider ha rifiutato il messaggio senza indicare un motivo',
    happened: 'Il provider di {address} ha rifiutato il Suo messaggio senza dire perché',
    next: 'provi con una versione più semplice',
    youDo: [
      'Prepari una versione più semplice del messaggio (meno link e allegati).',
      'Se viene rifiutata di nuovo, inoltri questo avviso al Suo amministratore IT o provider di posta.',
    ],
    resend: 'Invii ancora una volta la versione semplice, un po\' più tardi.',
    explanation:
      'Il provider del destinatario ha rifiutato il messaggio alla fine del trasferimento (dopo DATA) senza dire perché (Yahoo 554). I soliti sospetti sono il contenuto o la reputazione del mittente.',
    adminSteps: ["Se viene rifiutato di nuovo, controlli la reputazione di invio e l'autenticazione (SPF, DKIM, DMARC)."],
  },
  'not-rfc-compliant': {
    title: 'Il messaggio non è formattato correttamente',
    happened: 'Il Suo messaggio non è stato composto correttamente',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: [
      'Se è stato inviato da un programma, un sito web o un dispositivo, lo dica a chi lo gestisce.',
      'Se lo ha inviato dal Suo solito programma di posta, inoltri questo avviso al Suo amministratore IT o provider di posta.',
    ],
    explanation:
      'Il messaggio viola le regole del formato e-mail (RFC 5322): per esempio una riga "From" o un Message-ID mancante o non valido, intestazioni duplicate o caratteri non ammessi in un\'intestazione (Gmail 550 5.7.1 regole sulle intestazioni, Exchange Online 550 5.7.512). Riguarda come è stato costruito il messaggio, non lo spam o la reputazione.',
    adminSteps: [
      'Faccia produrre al software di invio un indirizzo "From" valido e intestazioni standard.',
      'Confronti le intestazioni del messaggio rifiutato con la regola indicata dalle parole del server.',
    ],
  },
  'content-error': {
    title: 'Il contenuto del messaggio non è stato accettato',
    happened: 'Il sistema di posta di {address} non ha saputo gestire il formato del Suo messaggio',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Se è stato inviato da un programma o da un dispositivo, lo dica a chi lo gestisce.', 'Altrimenti, inoltri questo avviso al Suo amministratore IT o provider di posta.'],
    resend: 'Invii di nuovo il messaggio da un normale programma di posta.',
    explanation:
      "Qualcosa nel modo in cui il messaggio è codificato (il suo tipo MIME, dati a 8 bit nelle intestazioni, caratteri internazionali) non è stato gestito dal sistema ricevente (X.6.x).",
    adminSteps: ['Se il messaggio è stato inviato da un software, gli faccia codificare correttamente le intestazioni (encoded word secondo la RFC 2047) e usare tipi MIME standard.'],
  },
  'message-too-big': {
    title: 'Il messaggio è troppo grande',
    happened: 'Il Suo messaggio è troppo grande per il server di {address}',
    next: 'riduca le dimensioni del messaggio',
    youDo: ['Tolga o comprima gli allegati grandi, oppure li condivida tramite link.'],
    resend: 'Invii di nuovo il messaggio condividendo i file tramite link.',
    explanation:
      'Il messaggio, con i suoi allegati, è più grande di quanto il server ricevente accetti (552, X.3.4; Gmail 552 5.3.4). Gli allegati crescono di circa un terzo quando vengono codificati per l\'invio.',
    adminSteps: ["Da parte Sua non c'è nulla da correggere: il limite è del destinatario. I file grandi viaggiano meglio come link di condivisione."],
  },
  'recipient-size-limit': {
    title: 'Il messaggio supera il limite di dimensione del destinatario',
    happened: 'Il Suo messaggio è troppo grande per la casella di posta di {address}',
    next: 'riduca le dimensioni del messaggio',
    youDo: ['Tolga o comprima gli allegati grandi, oppure li condivida tramite link.'],
    resend: 'Invii di nuovo il messaggio condividendo i file tramite link.',
    explanation:
      'La casella di posta del destinatario ha un proprio limite di dimensione per i messaggi in arrivo, più basso di quello del server, e questo messaggio lo supera (X.2.3).',
    adminSteps: ["Da parte Sua non c'è nulla da correggere: il limite è della casella di posta del destinatario. I file grandi viaggiano meglio come link di condivisione."],
  },
  // ── Recipient address and mailbox ────────────────────────────────────────────────────────────
  'user-unknown': {
    title: "L'indirizzo del destinatario non esiste",
    happened: '{address} non esiste',
    next: "controlli l'indirizzo",
    youDo: [
      "Controlli che l'indirizzo non contenga errori di battitura (la parte prima della @).",
      "Se sembra giusto, chieda al destinatario, in un altro modo, il suo indirizzo attuale.",
    ],
    resend: "Invii di nuovo il messaggio all'indirizzo corretto.",
    explanation:
      'Il server di posta del destinatario dice di non avere nessuna casella con questo nome (X.1.1, "user unknown"). Di solito l\'indirizzo è scritto male o la persona se n\'è andata; chi invia non può cambiare la situazione.',
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", "Tolga l'indirizzo dai contatti e dalle mailing list se resta non valido."],
  },
  'recipient-unverified': {
    title: "Il server del destinatario non ha ancora potuto verificare l'indirizzo",
    happened: "Il server di posta di {address} non ha ancora potuto confermare l'indirizzo",
    next: "controlli l'indirizzo",
    youDo: [
      "Controlli che l'indirizzo non contenga errori di battitura.",
      'Se è corretto e continua a succedere, avvisi il destinatario: il suo server di posta potrebbe non essere raggiungibile.',
    ],
    explanation:
      "Un gateway davanti alla casella di posta del destinatario verifica ogni indirizzo con il sistema che sta dietro (recipient address verification; Postfix / Proofpoint 450 4.1.1), e la verifica non è ancora riuscita: è in corso, oppure quel sistema non è raggiungibile.",
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere.",
      "Se fallisce definitivamente e l'indirizzo è corretto, l'amministratore IT del destinatario deve verificare che il suo gateway raggiunga il server di posta che sta dietro.",
    ],
  },
  'address-syntax': {
    title: "L'indirizzo del destinatario non è un indirizzo valido",
    happened: "L'invio a {address} non è riuscito: l'indirizzo non è valido",
    next: "corregga l'indirizzo",
    youDo: ["Cerchi nell'indirizzo spazi, virgole, caratteri mancanti o doppi, e lo corregga."],
    resend: "Invii di nuovo il messaggio all'indirizzo corretto.",
    explanation:
      'L\'indirizzo del destinatario non è un indirizzo e-mail valido (X.1.3; 553 "mailbox name not allowed"): un carattere di troppo, uno spazio o una parte mancante.',
    adminSteps: ['Sul server non c\'è nulla da correggere.', "Se l'indirizzo viene da un modulo o da una lista, lo corregga lì."],
  },
  'address-ambiguous': {
    title: "L'indirizzo del destinatario corrisponde a più di una casella di posta",
    happened: '{address} corrisponde a più di una persona nella sua organizzazione',
    next: "chieda l'indirizzo esatto",
    youDo: ["Chieda al destinatario, in un altro modo, il suo indirizzo esatto."],
    resend: "Invii di nuovo il messaggio all'indirizzo esatto.",
    explanation: "Il server del destinatario non è riuscito a capire a quale casella di posta si riferisca l'indirizzo (X.1.4, indirizzo di destinazione ambiguo).",
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", "Se l'indirizzo è giusto e continua a succedere, l'amministratore IT del destinatario deve renderlo univoco."],
  },
  'recipient-domain-unknown': {
    title: 'Il dominio del destinatario non esiste',
    happened: "L'invio a {address} non è riuscito: la parte dopo la @ non esiste",
    next: "controlli l'indirizzo",
    youDo: [
      'Controlli che la parte dopo la @ non contenga errori di battitura (per esempio gmal.com invece di gmail.com).',
      'Se sembra giusta, chieda al destinatario il suo indirizzo in un altro modo.',
    ],
    resend: "Invii di nuovo il messaggio all'indirizzo corretto.",
    explanation:
      'La parte dopo la @ non è un dominio esistente o in grado di ricevere posta (X.1.2, X.4.4; Gmail 553 5.1.2 "We weren\'t able to find the recipient domain"; NXDOMAIN). Di solito è un errore di battitura (per esempio gmal.com).',
    adminSteps: ["Da parte Sua non c'è nulla da correggere: l'indirizzo va corretto."],
  },
  'dns-lookup-failed': {
    title: 'Impossibile trovare il dominio del destinatario nel DNS',
    happened: 'Il Suo server di posta non ha trovato dove consegnare la posta per {address}',
    next: "controlli l'indirizzo",
    youDo: ["Controlli che la parte dell'indirizzo dopo la @ non contenga errori di battitura."],
    resend: "Se l'indirizzo è giusto, avvisi il destinatario in un altro modo e invii di nuovo il messaggio più tardi.",
    explanation:
      'Il server di invio non ha trovato dove consegnare la posta per il dominio del destinatario: la ricerca DNS è fallita o non ha restituito nulla di utilizzabile (Exchange Online 5.4.312 "DNS query failed", Gmail "DNS Error", Postfix "Host not found, try again"). Un dominio scritto male si presenta esattamente così.',
    adminSteps: [
      "Dal Suo server cerchi i record MX e A del dominio del destinatario e verifichi che il Suo resolver risponda.",
      "Se il dominio è scritto correttamente e il suo DNS non funziona, deve correggerlo l'amministratore IT del destinatario; lo contatti tramite il destinatario.",
    ],
  },
  'domain-accepts-no-mail': {
    title: 'Il dominio del destinatario non accetta e-mail',
    happened: '{address} non può ricevere e-mail in nessun modo',
    next: "controlli l'indirizzo",
    youDo: [
      "Controlli l'indirizzo: probabilmente il destinatario usa un indirizzo diverso per l'e-mail.",
      'Gli chieda in un altro modo un indirizzo che funziona.',
    ],
    resend: "Invii di nuovo il messaggio all'indirizzo che funziona.",
    explanation:
      'Il dominio del destinatario dichiara di non ricevere posta (un "null MX", RFC 7505, X.1.10), oppure il suo server rifiuta definitivamente tutta la posta (521 / 556, RFC 7504).',
    adminSteps: ["Da parte Sua non c'è nulla da correggere: l'indirizzo deve cambiare."],
  },
  'mailbox-moved': {
    title: 'La casella di posta è stata spostata e la posta non viene inoltrata',
    happened: '{address} è passato a un nuovo indirizzo',
    next: 'chieda il nuovo indirizzo',
    youDo: ['Chieda al destinatario il nuovo indirizzo e aggiorni i Suoi contatti.'],
    resend: 'Invii di nuovo il messaggio al nuovo indirizzo.',
    explanation:
      'Questo indirizzo funzionava, ma la persona è passata a un altro indirizzo e la posta non viene inoltrata (X.1.6; 551 "user not local", che può indicare il nuovo indirizzo; X.7.17 / X.7.18 proprietario cambiato).',
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", "Aggiorni l'indirizzo nei contatti e nelle mailing list; se la risposta indica un nuovo indirizzo, usi quello."],
  },
  'account-disabled': {
    title: "L'account del destinatario è disattivato",
    happened: 'La casella di posta di {address} è disattivata',
    next: 'chieda un indirizzo attuale',
    youDo: [
      'Contatti il destinatario in un altro modo e gli chieda un indirizzo attuale.',
      'Smetta di usare questo indirizzo se resta disattivato.',
    ],
    resend: "Invii di nuovo il messaggio al suo indirizzo attuale.",
    explanation:
      'La casella di posta esiste ma è disattivata: inattiva, sospesa o chiusa (X.2.1; Gmail 550 5.2.1, Yahoo). Non riceve posta.',
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", "Tolga l'indirizzo dai contatti e dalle mailing list se resta disattivato."],
  },
  'mailbox-locked': {
    title: 'La casella di posta del destinatario non è temporaneamente disponibile',
    happened: 'La casella di posta di {address} per ora non è disponibile',
    next: 'attenda',
    youDo: ['Se continua a non funzionare, avvisi il destinatario in un altro modo.'],
    explanation:
      'La casella di posta del destinatario è temporaneamente bloccata o occupata, per esempio durante una manutenzione o dopo un\'attività sospetta (Comcast 450 4.2.0).',
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", 'Se continua a non funzionare, il destinatario o il suo provider devono sbloccare la casella di posta.'],
  },
  'mailbox-full': {
    title: 'La casella di posta del destinatario è piena',
    happened: 'La casella di posta di {address} è piena',
    next: 'glielo faccia sapere',
    youDo: ['Avvisi il destinatario in un altro modo (telefono, chat) che la sua casella di posta è piena.'],
    resend: 'Invii di nuovo il messaggio quando il destinatario avrà fatto spazio.',
    explanation:
      'La casella di posta del destinatario ha superato la quota di spazio (X.2.2). Di solito i server prima rimandano (4xx) e poi rifiutano (5xx); in ogni caso si risolve solo quando il destinatario elimina della posta o il suo amministratore IT aumenta la quota.',
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", "Se succede di continuo con la stessa organizzazione, il suo amministratore IT può aumentare la quota della casella di posta."],
  },
  'mailbox-full-inactive': {
    title: 'La casella di posta del destinatario è piena e non più usata',
    happened: 'La casella di posta di {address} è piena e non viene più usata',
    next: 'chieda un altro indirizzo',
    youDo: ['Contatti il destinatario in un altro modo e gli chieda un indirizzo che usa.', 'Smetta di usare questo indirizzo.'],
    resend: "Invii di nuovo il messaggio all'indirizzo che il destinatario usa ora.",
    explanation:
      'La casella di posta è piena e l\'account è inattivo da molto tempo (Gmail 552 5.2.2, "out of storage space and inactive"); la posta non viene accettata.',
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", "Tolga l'indirizzo dai contatti e dalle mailing list."],
  },
  // ── Receiving system and network ─────────────────────────────────────────────────────────────
  'receiver-temporary-error': {
    title: 'Problema temporaneo sul server di posta del destinatario',
    happened: 'Il server di posta di {address} ha un problema temporaneo',
    next: 'glielo faccia sapere',
    youDo: ['Se continua a succedere, avvisi il destinatario in un altro modo che il suo server di posta ha dei problemi.'],
    explanation:
      'Il server di posta del destinatario ha avuto un problema temporaneo tutto suo: sovraccarico, risorse insufficienti o un errore interno (Gmail 421 / 451 4.3.0 e 4.4.5, Exchange Online 451 4.7.0 / 4.4.0, Yahoo 451, iCloud 451 4.7.1, Mimecast, Barracuda, Email Security.cloud 421, Zoho 452 4.3.1, Exim 451).',
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere.",
      "Se dura giorni, l'amministratore IT del destinatario deve controllare il proprio server di posta; lo contatti tramite il destinatario.",
    ],
  },
  'receiver-system-error': {
    title: 'Errore interno del sistema di posta del destinatario',
    happened: 'Il sistema di posta di {address} ha un errore interno',
    next: 'glielo faccia sapere',
    youDo: ['Avvisi il destinatario in un altro modo che il suo server di posta ha restituito un errore.'],
    explanation:
      'Il sistema di posta del destinatario ha avuto un guasto dovuto alla propria configurazione o a un errore interno (X.3.x, X.1.9; Postfix 451 4.3.0 / 4.3.5). Il messaggio non c\'entra.',
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere.",
      "L'amministratore IT del destinatario deve sistemare il proprio sistema; le parole del server nei dettagli indicano dove guardare.",
    ],
  },
  'receiver-disk-full': {
    title: 'Il server di posta del destinatario ha esaurito lo spazio',
    happened: 'Il server di posta di {address} ha esaurito lo spazio di archiviazione',
    next: 'glielo faccia sapere',
    youDo: ['Se continua a succedere, avvisi il destinatario in un altro modo: il suo amministratore IT deve liberare spazio sul server.'],
    explanation:
      'Il server di posta del destinatario ha esaurito lo spazio su disco (X.3.1; 452 spazio di sistema insufficiente; Sendmail 452 4.4.5 "Insufficient disk space"). Il destinatario da solo non può risolverlo; deve farlo il suo amministratore IT.',
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere.",
      "Se persiste, l'amministratore IT del destinatario deve liberare spazio sul server; lo contatti tramite il destinatario.",
    ],
  },
  'mailer-error': {
    title: 'Il programma di consegna sul server del destinatario non ha funzionato',
    happened: 'Il server di posta di {address} non è riuscito a salvare il Suo messaggio',
    next: 'glielo faccia sapere',
    youDo: ['Avvisi il destinatario in un altro modo: il suo amministratore IT deve controllare il server di posta.'],
    explanation:
      'Il programma che salva la posta nella casella del destinatario (un programma di consegna locale, una pipe o uno script di filtro) si è bloccato o ha segnalato un errore.',
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere.",
      "L'amministratore IT del destinatario deve controllare il programma di consegna o il filtro di posta indicato dalle parole del server.",
    ],
  },
  'receiver-not-accepting': {
    title: 'Il server del destinatario non accetta posta',
    happened: 'Il server di posta di {address} in questo momento non accetta posta',
    next: 'glielo faccia sapere',
    youDo: ['Se dura, contatti il destinatario in un altro modo.'],
    explanation:
      'Il server di posta del destinatario in questo momento rifiuta tutta la posta: manutenzione, sovraccarico, oppure non è configurato per ricevere (X.3.2; 421, oppure 521 per un host che non accetta posta).',
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", "Se dura, l'amministratore IT del destinatario deve controllare il proprio server di posta."],
  },
  'connection-timed-out': {
    title: 'Il server di posta del destinatario non ha risposto',
    happened: 'Il server di posta di {address} non ha risposto',
    next: 'glielo faccia sapere',
    youDo: ['Se dura, avvisi il destinatario in un altro modo: il suo server di posta potrebbe essere fuori servizio o configurato male.'],
    explanation:
      'Il sistema di invio non è riuscito a raggiungere il server di posta del destinatario: le connessioni sono scadute (X.4.1; Gmail "did not accept our requests to connect"). Di solito è un disservizio o un problema di firewall dalla parte del destinatario.',
    adminSteps: [
      'Se molti domini vanno in timeout allo stesso modo, verifichi che le connessioni in uscita verso la porta 25 del Suo server non siano bloccate.',
      "Altrimenti l'amministratore IT del destinatario deve controllare il proprio server di posta, il firewall e i record MX.",
    ],
  },
  'connection-refused': {
    title: 'Il server di posta del destinatario ha rifiutato la connessione',
    happened: 'Il server di posta di {address} non accetta connessioni da nessuno',
    next: 'glielo faccia sapere',
    youDo: ['Se dura, avvisi il destinatario in un altro modo: il suo server di posta potrebbe essere fuori servizio.'],
    explanation:
      "Il sistema di invio ha raggiunto l'indirizzo del server di posta del destinatario, ma lì nulla ha accettato la connessione (Exchange Online 4.4.316, socket error 10061): il sistema è spento, un firewall la rifiuta oppure il DNS del dominio punta all'indirizzo sbagliato. Il problema è dalla parte del destinatario, non è un blocco del Suo sistema.",
    adminSteps: [
      "Da parte Sua non c'è nulla da correggere.",
      "Se dura, l'amministratore IT del destinatario deve controllare il server di posta, il firewall e i record MX del dominio; lo contatti tramite il destinatario.",
    ],
  },
  'host-unreachable': {
    title: 'Il server di posta del destinatario non è raggiungibile',
    happened: 'Il server di posta di {address} non è raggiungibile',
    next: 'glielo faccia sapere',
    youDo: ['Se dura, avvisi il destinatario in un altro modo: il suo server di posta potrebbe essere fuori servizio.'],
    explanation:
      'Il sistema di invio non è riuscito ad aprire una connessione con il server di posta del destinatario: nessun percorso, host spento o un errore di rete lungo il tragitto.',
    adminSteps: [
      'Se molti domini falliscono allo stesso modo, controlli la Sua rete in uscita.',
      "Altrimenti l'amministratore IT del destinatario deve verificare che il server di posta sia attivo e che i record MX e A del dominio siano corretti.",
    ],
  },
  'network-error': {
    title: 'Problema di rete lungo il percorso verso il server del destinatario',
    happened: 'La connessione con il server di posta di {address} si è interrotta',
    next: 'attenda',
    youDo: ['Se continua a succedere, avvisi il destinatario in un altro modo: il suo server di posta potrebbe essere instabile.'],
    explanation:
      'Un problema di rete ha interrotto la consegna: la connessione si è persa, è stata reimpostata o è caduta lungo il percorso (X.4.0 / X.4.2; Gmail 421 4.7.0 "Connection expired, try reconnecting" e 451 4.4.2 "Timeout - closing connection"). Interruzioni di questo tipo sono normali e di solito passano.',
    adminSteps: [
      'Niente da fare per un caso isolato.',
      "Se continua a succedere con questo dominio, lo dica all'amministratore IT del destinatario (tramite il destinatario): il suo server di posta o la sua rete potrebbero essere instabili.",
    ],
  },
  'routing-loop': {
    title: 'Il messaggio girava in un circolo vizioso',
    happened: 'Il Suo messaggio per {address} ha girato in tondo tra server di posta',
    next: 'glielo faccia sapere',
    youDo: [
      'Avvisi il destinatario in un altro modo: lui o il suo amministratore IT devono controllare le regole di inoltro.',
      'Se inoltra anche Lei la posta (per esempio a questo indirizzo e ritorno), controlli anche le Sue regole di inoltro.',
    ],
    resend: 'Invii di nuovo il messaggio quando il circolo vizioso sarà stato eliminato.',
    explanation:
      'Il messaggio è passato tra server o regole di inoltro così tante volte da essere fermato: un ciclo di inoltro (X.4.6; Gmail 554 5.4.6 "exceeded 50 hops", Exchange Online 5.4.14 numero di hop superato, Postfix "mail loops back to myself"). I cicli non si risolvono da soli: qualcuno deve cambiare una regola di inoltro o l\'instradamento della posta.',
    adminSteps: [
      'Controlli il Suo inoltro e instradamento se il messaggio passa dalla Sua parte (per esempio un inoltro a questo indirizzo e ritorno).',
      "Il destinatario o il suo amministratore IT devono controllare le regole di inoltro e della posta in arrivo e l'instradamento della posta (record MX, connettori).",
    ],
  },
  'protocol-error': {
    title: 'Il software di invio ha violato le regole del protocollo di posta',
    happened: 'Il Suo software di posta e il server di posta di {address} non si sono capiti',
    next: 'inoltri questo avviso al Suo amministratore IT',
    youDo: ['Inoltri questo avviso al Suo amministratore IT o provider di posta: solo chi gestisce la Sua posta può risolvere il problema.'],
    resend: 'Invii di nuovo il messaggio quando il software di invio sarà stato corretto o aggiornato.',
    explanation:
      'Il sistema o il programma di invio ha mandato comandi che il server ricevente non ha accettato: nell\'ordine sbagliato, malformati o non supportati (X.5.x; 500-504, 555; Gmail 451 / 454 4.5.0 "SMTP protocol violation").',
    adminSteps: [
      "Trovi quale sistema o programma ha inviato il messaggio e lo corregga o aggiorni; le parole del server indicano cosa è stato rifiutato.",
      'Per software di terze parti, segnali il problema al produttore citando questo avviso.',
    ],
  },
  'message-expired': {
    title: 'Consegna abbandonata: il tempo per i nuovi tentativi è scaduto',
    happened: 'Il Suo server di posta ha smesso di provare a consegnare a {address}',
    next: "controlli l'indirizzo",
    youDo: [
      "Controlli che l'indirizzo non contenga errori di battitura.",
      'Se succede di nuovo con la stessa organizzazione, avvisi il destinatario in un altro modo: il suo server di posta potrebbe non essere raggiungibile.',
    ],
    resend: 'Invii di nuovo il messaggio più tardi, oppure contatti il destinatario in un altro modo.',
    explanation:
      "Il server di invio ha provato a consegnare il messaggio per tutto il periodo dei nuovi tentativi (di solito da uno a cinque giorni; 24 ore in Exchange Online) e poi ha rinunciato (X.4.7; Exchange Online 4.4.7 / 5.4.300, MessageLabs 554 5.4.7). L'ultimo errore temporaneo ricevuto è la vera causa; il messaggio non è stato consegnato.",
    adminSteps: [
      "Guardi l'ultimo errore temporaneo nell'avviso (o nel log del Suo server): è la vera causa.",
      "Se succede di nuovo con lo stesso dominio, probabilmente il suo server di posta non è raggiungibile: deve controllarlo l'amministratore IT del destinatario.",
    ],
  },
  suppressed: {
    title: 'Il Suo servizio di invio ha escluso questo indirizzo',
    happened: 'Il Suo servizio di mailing non invia più a {address}',
    next: 'verifichi il motivo nel Suo servizio di mailing',
    youDo: [
      "Verifichi nel Suo servizio di mailing perché l'indirizzo è bloccato (un precedente mancato recapito, un reclamo o una disiscrizione).",
      'Lo sblocchi solo se il destinatario conferma che l\'indirizzo funziona e che vuole ricevere la Sua posta.',
    ],
    resend: "Invii di nuovo il messaggio solo quando l'indirizzo sarà sbloccato.",
    explanation:
      'La piattaforma di invio non ci ha nemmeno provato: l\'indirizzo è nella sua lista di soppressione dopo un precedente mancato recapito, un reclamo o una disiscrizione.',
    adminSteps: [
      'Controlli il motivo della soppressione nella piattaforma di invio.',
      "Tolga l'indirizzo dalla lista solo se la persona conferma che funziona e che vuole ricevere la posta.",
    ],
  },
  'mailing-list-refused': {
    title: 'Il gruppo o la mailing list non ha accettato il Suo messaggio',
    happened: '{address} è un gruppo che non ha accettato il Suo messaggio',
    next: "controlli l'indirizzo del gruppo",
    youDo: ["Controlli l'indirizzo del gruppo.", 'Chieda al proprietario del gruppo di poterci scrivere, oppure si iscriva al gruppo.'],
    resend: 'Invii di nuovo il messaggio quando potrà scrivere al gruppo.',
    explanation:
      'Il gruppo potrebbe non esistere, oppure il mittente non può scriverci, per esempio perché solo i membri possono farlo (X.7.2, espansione della mailing list non consentita).',
    adminSteps: ["Da parte Sua non c'è nulla da correggere.", 'Il proprietario o l\'amministratore del gruppo deve consentire al mittente di scrivere, oppure il mittente si iscrive al gruppo.'],
  },
  // ── Fallbacks ────────────────────────────────────────────────────────────────────────────────
  'temporary-unknown': {
    title: 'Errore temporaneo (senza altri dettagli)',
    happened: 'Il server di posta di {address} non ha ancora potuto accettare il Suo messaggio',
    next: 'attenda',
    youDo: ['Se continua a succedere, avvisi il destinatario in un altro modo.'],
    explanation: 'Il server ricevente ha segnalato un problema temporaneo (4xx) senza dire di cosa si tratta.',
    adminSteps: [
      'Legga nei dettagli le parole del server per un indizio.',
      "Se continua a succedere, l'amministratore IT del destinatario deve controllare il proprio server di posta.",
    ],
  },
  'permanent-unknown': {
    title: 'Consegna non riuscita (senza altri dettagli)',
    happened: 'Non è stato possibile consegnare il Suo messaggio a {address}',
    next: "controlli l'indirizzo",
    youDo: [
      "Controlli che l'indirizzo non contenga errori di battitura.",
      'Se sembra giusto, inoltri questo avviso al Suo amministratore IT o provider di posta.',
    ],
    resend: 'Invii di nuovo il messaggio quando saprà cosa non ha funzionato, oppure, se è importante, contatti il destinatario in un altro modo.',
    explanation:
      "Il messaggio non è stato consegnato e l'avviso non dice chiaramente perché (un 5xx senza altro, oppure X.0.0). Le parole del server ricevente nei dettagli sono l'indizio migliore.",
    adminSteps: [
      'Legga nei dettagli le parole del server e il codice di stato.',
      "Se l'avviso ha accorciato la risposta, cerchi quella completa nel log del Suo server.",
    ],
  },
  unknown: {
    title: 'Problema sconosciuto',
    happened: 'Non è chiaro perché il Suo messaggio a {address} non sia stato consegnato',
    next: "controlli l'indirizzo",
    youDo: [
      "Controlli che l'indirizzo non contenga errori di battitura.",
      'Se il messaggio è importante, inoltri questo avviso al Suo amministratore IT o provider di posta.',
    ],
    explanation: "L'avviso non contiene alcun codice di stato o spiegazione che identifichi la causa.",
    adminSteps: ["Cerchi il messaggio nel log del server di invio: la risposta del sistema remoto c'è anche quando l'avviso la omette."],
  },
  // ── Not bounces ─────────────────────────────────────────────────────────────────────────────
  delivered: {
    title: 'Consegnato correttamente',
    happened: 'Il Suo messaggio è stato consegnato a {address}',
    next: 'non deve fare nulla',
    youDo: [],
    resend: 'Non serve inviare di nuovo il messaggio.',
    explanation: 'È una conferma di consegna, non un errore: il messaggio ha raggiunto il server del destinatario.',
    adminSteps: ['Niente da fare.'],
  },
  'auto-reply': {
    title: 'Risposta automatica (per esempio fuori sede)',
    happened: '{address} ha inviato una risposta automatica',
    next: 'legga la risposta',
    youDo: ['Se è urgente, cerchi nella risposta un\'altra persona da contattare.'],
    resend: 'Non serve inviare di nuovo il messaggio: è stato consegnato.',
    explanation:
      'È una risposta automatica del destinatario (per esempio un messaggio di fuori sede), non un mancato recapito: il messaggio è stato consegnato.',
    adminSteps: ['Niente da fare.'],
  },
  'abuse-report': {
    title: 'Segnalazione di abuso o reclamo',
    happened: 'Qualcuno ha segnalato un messaggio della Sua organizzazione',
    next: 'lo passi a chi gestisce le Sue mailing list',
    youDo: ['Smetta di scrivere alla persona che ha fatto il reclamo.', 'Passi la segnalazione a chi gestisce le Sue mailing list.'],
    resend: 'Non serve inviare di nuovo nulla.',
    explanation:
      'È una segnalazione di feedback, non un mancato recapito: qualcuno ha contrassegnato un messaggio come spam (RFC 5965), oppure il messaggio non ha superato le verifiche di autenticazione (RFC 6591).',
    adminSteps: [
      "Tolga o disiscriva dalle Sue liste l'indirizzo che ha fatto il reclamo.",
      'Per una segnalazione di autenticazione non riuscita, controlli SPF, DKIM e DMARC del dominio indicato.',
    ],
  },
};
