import type { AdviceStrings, CauseText } from './types';

/**
 * French. The plain layer speaks to the person whose message bounced ("vous"), the technical one to their
 * IT admin or e-mail provider (see types.ts); terms as in docs/glossary/fr.md, the server's own words kept
 * in English between straight quotes. `{address}` becomes "votre destinataire" when the notice names no
 * address (not "le destinataire": "de le" / "à le" would have to contract to "du" / "au"), so every
 * `happened` reads right both ways. French typography: no-break space before ":", narrow no-break space
 * before ";", "?", "!" and in numbers ("3 600").
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'personne',
    sender: 'vous',
    'sender-admin': 'votre service informatique ou fournisseur de messagerie',
    recipient: 'le destinataire',
    'recipient-admin': 'le service informatique du destinataire',
  },
  unknownAddress: 'votre destinataire',
  countOfRecipients: (count) => `${count} destinataires`,
  headlineFinal: (happened, next) => `${happened} — ${next}, puis renvoyez votre message`,
  headlineFixWhileRetrying: (happened, next) => `${happened} — ${next}. Ne renvoyez rien.`,
  headlineWaiting: (address) => `Pas encore remis à ${address} — rien à faire`,
  headlineSeveralSame: (count, next) => `Non remis à ${count} destinataires — ${next}, puis renvoyez votre message`,
  headlineSeveralDifferent: (count, problems) => `Non remis à ${count} destinataires, pour ${problems} raisons différentes`,
  headlineNotBounce: 'Ce n’est pas un message non remis',
  resendWhileWaiting: 'Ne renvoyez pas votre message : votre serveur de messagerie réessaie tout seul, et un second envoi arriverait en double.',
  resendWhileFixing: 'Ne renvoyez pas votre message : une fois le problème réglé, la copie qui attend encore sur votre serveur de messagerie partira.',
  resendAfterYourFix: 'Renvoyez ensuite votre message.',
  resendAfterTheirFix: (who) => `Renvoyez votre message une fois que ${who} aura réglé le problème.`,
  resendLater: 'Renvoyez votre message plus tard, ou contactez la personne autrement.',
  urgentAnotherWay: 'En cas d’urgence, contactez la personne autrement (téléphone, chat) en attendant.',
  tellRecipient: 'Prévenez le destinataire autrement (téléphone, chat) : un e-mail ne lui parviendrait pas.',
  stillRetrying: 'Au moment où cet avis a été écrit, le serveur d’envoi réessayait encore de remettre le message.',
  needsFixWhileRetrying: (who) => `Attendre ne suffit pas : chaque nouvelle tentative se heurte au même problème tant que ${who} ne l’a pas réglé.`,
  gaveUp: 'Le serveur d’envoi a cessé ses tentatives : ce message n’a pas été remis.',
};

/**
 * Per cause id (causes.ts), in the order of causes.ts. The plain fields never promise or forbid a resend:
 * the notice's state adds that (see ADVICE_STRINGS).
 */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  // ── Rate limits and queues on the receiving side ─────────────────────────────────────────────
  'gmail-receiving-rate': {
    title: 'Le compte Gmail du destinataire reçoit trop d’e-mails trop vite',
    happened: '{address} reçoit trop d’e-mails en ce moment',
    next: 'attendez',
    youDo: ['Si vous envoyez à cette personne des e-mails automatiques ou en nombre, espacez-les.'],
    resend: 'Renvoyez votre message dans une heure ou deux.',
    explanation:
      'Gmail limite le nombre d’e-mails qu’un compte peut recevoir par minute, par heure et par jour (450 4.2.1 ReceivingRate). Ce compte dépasse cette limite en ce moment, souvent parce qu’un système y transfère beaucoup d’e-mails ; Gmail a donc demandé au serveur d’envoi de ralentir et de réessayer plus tard.',
    adminSteps: [
      'Laissez le serveur d’envoi réessayer ; n’augmentez pas la fréquence des nouvelles tentatives.',
      'Si cela se répète, le destinataire doit arrêter le flot (une alerte trop bavarde, une règle de transfert) ou utiliser un groupe Google pour les gros volumes.',
    ],
  },
  'gmail-receiving-rate-final': {
    title: 'Le compte Gmail du destinataire a atteint sa limite de réception (message refusé)',
    happened: '{address} a atteint la limite de Gmail pour les e-mails entrants',
    next: 'attendez 24 heures',
    youDo: [
      'Prévenez la personne autrement (téléphone, chat) que les e-mails qui lui sont adressés sont refusés.',
      'Si cela se reproduit, dites-lui que quelque chose inonde sa boîte de réception (peut-être une règle de transfert), pour qu’elle puisse y mettre fin.',
    ],
    resend: 'Renvoyez votre message dans 24 heures environ : Gmail n’a pas conservé cette copie.',
    explanation:
      'Gmail a refusé l’e-mail d’emblée (550 5.2.1, ReceivingRatePerm) : le compte du destinataire a atteint sa limite de réception (Google indique 60 messages par minute, 3 600 par heure, 86 400 par jour). Selon Google, un tel blocage dure généralement environ 24 heures. Gmail ne conserve pas les e-mails refusés : ce message n’arrivera donc pas tout seul.',
    adminSteps: [
      'Rien à corriger de votre côté ; le message pourra être renvoyé après 24 heures environ.',
      'Si cela se répète, le compte du destinataire est inondé (un transfert, un bombardement d’e-mails) : le destinataire ou son service informatique doit trouver la source et l’arrêter.',
    ],
  },
  'recipient-rate-limit': {
    title: 'Le destinataire reçoit des e-mails trop rapidement',
    happened: '{address} reçoit trop d’e-mails en ce moment',
    next: 'attendez',
    youDo: ['Si vous envoyez beaucoup de messages à cette personne, espacez-les.'],
    resend: 'Renvoyez votre message dans une heure ou deux.',
    explanation:
      'Le fournisseur de messagerie du destinataire limite le nombre de messages qu’une boîte aux lettres peut recevoir en peu de temps, et cette boîte dépasse la limite (Yahoo 450, Yandex 450 4.2.1, Comcast 452, Exchange Online, iCloud, ou la formulation "receiving mail too quickly" que reprennent d’autres serveurs, comme les services de politique Postfix). Le serveur d’envoi a été prié de revenir plus tard. Certains fournisseurs (Tencent QQ) refusent avec un 550 alors que la situation est temporaire.',
    adminSteps: [
      'Rien à corriger de votre côté ; les nouvelles tentatives normales suffisent.',
      'Si vous envoyez beaucoup de messages à cette adresse (notifications, envois en nombre), espacez-les. Si cela persiste, le destinataire doit trouver ce qui inonde sa boîte aux lettres.',
    ],
  },
  'recipient-hourly-limit': {
    title: 'Le destinataire a reçu trop de messages cette heure-ci (message refusé)',
    happened: '{address} a reçu trop de messages cette heure-ci',
    next: 'attendez une heure ou deux',
    youDo: ['Si un programme ou une application envoie des e-mails à cette adresse, faites-lui envoyer moins de messages par heure.'],
    resend: 'Renvoyez votre message dans une heure ou deux.',
    explanation:
      'La boîte aux lettres du destinataire a reçu cette heure-ci plus de messages que son fournisseur ne l’autorise (Exchange Online 554 5.2.121 / 5.2.122 ; la formulation de type Gmail "receiving mail at a rate that prevents additional messages" chez d’autres serveurs). L’e-mail a été refusé avec un code permanent alors que la situation est temporaire : il n’est donc pas mis en file d’attente pour plus tard.',
    adminSteps: [
      'Rien à corriger de votre côté ; le message pourra être renvoyé dans une heure ou deux.',
      'Si une application envoie à cette adresse, limitez le nombre de messages qu’elle y envoie par heure.',
    ],
  },
  'org-queue-quota': {
    title: 'Une organisation Microsoft 365 a trop de messages en file d’attente',
    happened: 'Microsoft 365 retient les e-mails pour quelque temps',
    next: 'attendez',
    youDo: ['Si cela dure de nombreuses heures, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    explanation:
      'Microsoft 365 a différé le message (450 4.7.3, "Organization queue quota exceeded" : sens propre à Microsoft, pas celui de l’IANA sur la conversion de sécurité) parce qu’une trop grande partie des e-mails d’une organisation attend déjà dans les files d’attente de Microsoft, typiquement une avalanche de messages automatiques ou non distribuables. Quand vos propres e-mails partent par Microsoft 365, cette organisation est généralement la vôtre ; sinon, c’est celle du destinataire.',
    adminSteps: [
      'En général rien : les tentatives suivantes passent une fois l’engorgement résorbé.',
      'Si cela dure de nombreuses heures et que vos e-mails partent par Microsoft 365, trouvez l’engorgement dans votre tenant (une avalanche d’e-mails, un flot de messages non distribuables) ou ouvrez une demande auprès de Microsoft ; sinon, c’est au service informatique du destinataire de le faire.',
    ],
  },
  'app-queue-quota': {
    title: 'Microsoft 365 diffère temporairement les e-mails (quota de file d’attente du service)',
    happened: 'Microsoft 365 retient les e-mails pour un moment',
    next: 'attendez',
    youDo: [],
    explanation:
      'Microsoft 365 a différé le message (450 4.7.9, quota de file d’attente applicative dépassé) pendant qu’une de ses files d’attente internes dépassait sa limite. Les tentatives suivantes passent normalement.',
    adminSteps: [
      'Rien à faire le temps que cela se résorbe.',
      'Si cela se répète, l’administrateur de l’organisation Microsoft 365 concernée doit ouvrir une demande auprès de Microsoft.',
    ],
  },
  'mailbox-thread-limit': {
    title: 'La boîte aux lettres du destinataire reçoit trop de messages à la fois',
    happened: '{address} reçoit trop de messages à la fois',
    next: 'attendez',
    youDo: ['Si cela se répète, prévenez la personne autrement.'],
    explanation:
      'Le serveur de la boîte aux lettres du destinataire limite les remises dans cette boîte parce que trop de messages arrivent en même temps (Exchange Online 432 4.3.2, "recipient thread limit exceeded").',
    adminSteps: [
      'Rien à corriger de votre côté ; les tentatives suivantes passent normalement.',
      'Si cela se répète, le service informatique du destinataire doit chercher ce qui inonde la boîte aux lettres (règles de boîte de réception, transferts, e-mails automatiques).',
    ],
  },
  'relay-peak-limit': {
    title: 'L’organisation d’envoi dépasse le débit de pointe du relais SMTP de Google',
    happened: 'Votre organisation envoie des e-mails plus vite que Google ne l’autorise',
    next: 'attendez',
    youDo: ['Si cela arrive souvent, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    explanation:
      'L’organisation envoie par le relais SMTP de Google (smtp-relay.gmail.com) plus vite que son débit de pointe autorisé, donc Google la ralentit (450 4.2.1, "Peak SMTP relay limit exceeded for customer"). Google qualifie cette limite de temporaire : les tentatives suivantes passent.',
    adminSteps: [
      'Rien à faire pour ce message.',
      'Si cela arrive souvent, étalez les pics d’envoi qui passent par smtp-relay.gmail.com (cadencez les envois en masse).',
    ],
  },
  'sender-quota-exceeded': {
    title: 'Vous avez atteint votre propre limite d’envoi',
    happened: 'Vous avez atteint votre limite d’envoi',
    next: 'attendez que la limite soit réinitialisée',
    youDo: ['Si vous n’avez pas envoyé autant d’e-mails, prévenez tout de suite votre service informatique ou fournisseur de messagerie : quelqu’un utilise peut-être votre compte.'],
    resend: 'Renvoyez votre message une fois la limite réinitialisée (en général sous 24 heures).',
    explanation:
      'Le compte d’envoi (ou l’organisation) a envoyé sur la période plus de messages ou de destinataires que le fournisseur ne l’autorise (Gmail 550 5.4.5 "Daily user sending limit exceeded", Exchange Online 5.1.90 limite quotidienne de destinataires, quota quotidien ou débit d’envoi maximal d’Amazon SES) : ce message n’a donc pas été envoyé. La limite se réinitialise d’elle-même, en général sous 24 heures.',
    adminSteps: [
      'Vérifiez les e-mails envoyés par le compte : si l’utilisateur n’en a pas envoyé autant, considérez le compte comme compromis (réinitialisez le mot de passe, révoquez les sessions et les mots de passe d’application, supprimez les règles de transfert inconnues).',
      'Si le volume est légitime, faites passer les envois en nombre par un service prévu pour cela plutôt que par une boîte aux lettres d’utilisateur.',
    ],
  },
  'ip-throttled': {
    title: 'Le serveur destinataire ralentit votre serveur d’envoi',
    happened: 'La messagerie de {address} ralentit les e-mails venant de votre serveur',
    next: 'attendez',
    youDo: ['Si cela arrive souvent, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    explanation:
      'Le fournisseur destinataire limite la vitesse à laquelle il accepte les e-mails du serveur d’envoi, par exemple parce que celui-ci envoie soudain bien plus que d’habitude (Exchange Online 451 4.7.500-699 et 4.7.850-899, Yahoo 421, Mimecast 451, Comcast 451 4.2.0, GMX / WEB.DE 421, GoDaddy IB607). Le serveur d’envoi a été prié de revenir plus tard.',
    adminSteps: [
      'Rien à faire pour un report occasionnel : le calendrier normal des nouvelles tentatives finit par passer.',
      'Si ces retards sont fréquents, réduisez le débit d’envoi et le nombre de connexions simultanées vers ce fournisseur, et évitez les hausses brusques de volume.',
    ],
  },
  'gateway-rate-limit': {
    title: 'La passerelle de messagerie du destinataire limite votre débit d’envoi',
    happened: 'La messagerie de {address} limite la quantité d’e-mails qu’elle accepte de votre part',
    next: 'attendez',
    youDo: ['Si cela se répète, prévenez la personne : son service informatique peut déclarer votre organisation comme expéditeur de confiance.'],
    explanation:
      'La passerelle de messagerie du destinataire n’accepte qu’un volume limité d’e-mails par heure de la part d’expéditeurs qu’elle connaît mal (contrôle de flux de la table d’accès des hôtes de Cisco Secure Email ; Rambler 452 4.5.3), et le serveur d’envoi a atteint cette limite pour l’instant.',
    adminSteps: [
      'Rien à corriger de votre côté ; les tentatives suivantes passent normalement.',
      'Si cela se répète, demandez au service informatique du destinataire de placer votre serveur d’envoi dans un groupe d’expéditeurs de confiance sur sa passerelle.',
    ],
  },
  'too-many-connections': {
    title: 'Trop de connexions simultanées depuis votre serveur d’envoi',
    happened: 'Votre serveur de messagerie a tenté de remettre trop d’e-mails à la fois',
    next: 'attendez',
    youDo: ['Si cela arrive souvent, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    explanation:
      'Le serveur d’envoi a ouvert plus de connexions simultanées que le serveur destinataire ne l’autorise (Exchange Online 421 4.3.2, Comcast, Orange 421 104, Mimecast 451). Les connexions en trop ont été refusées ; les tentatives suivantes passent normalement.',
    adminSteps: [
      'Rien à faire pour un report occasionnel.',
      'Si cela se répète, réduisez le nombre de connexions simultanées vers cette destination (la limite de concurrence par destination du MTA).',
    ],
  },
  'too-many-recipients': {
    title: 'Trop de destinataires dans une même tentative de remise',
    happened: 'Votre message avait trop de destinataires pour une seule remise',
    next: 'répartissez-les en groupes plus petits',
    youDo: [],
    resend: 'Renvoyez votre message à des groupes de destinataires plus petits.',
    explanation:
      'Le serveur destinataire n’accepte qu’un nombre limité de destinataires par transaction (452 4.5.3 ; Gmail "Domain policy size per transaction exceeded", Exchange Online, Mimecast, Cisco). Un serveur d’envoi conforme remet les destinataires restants dans une autre transaction ; la RFC 5321 considère cela comme temporaire, même quand la réponse est un 552.',
    adminSteps: [
      'En général rien : un serveur conforme envoie les destinataires restants dans une autre transaction.',
      'Si l’échec est définitif, vérifiez que le serveur d’envoi ou l’application traite le 452 en réessayant les destinataires restants, ou limitez le nombre de destinataires par transaction.',
    ],
  },
  'gateway-deferral': {
    title: 'La passerelle de filtrage du destinataire a différé le message',
    happened: 'Le filtre de messagerie de {address} a refusé votre message pour l’instant',
    next: 'attendez',
    youDo: ['Si cela dure un jour ou plus, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    explanation:
      'La passerelle de sécurité de messagerie du destinataire (par exemple Broadcom Email Security.cloud, anciennement MessageLabs, avec un 450) a interrompu la remise pour l’instant. Ces reports servent à limiter les connexions ou à vérifier la réputation.',
    adminSteps: [
      'Rien à faire pour un report de courte durée.',
      'S’il dure un jour ou plus, vérifiez la réputation et le volume de l’adresse IP d’envoi.',
    ],
  },
  greylisting: {
    title: 'Greylisting : le serveur destinataire a demandé de réessayer plus tard',
    happened: 'Le serveur de messagerie de {address} a demandé au vôtre de réessayer plus tard',
    next: 'attendez',
    youDo: [],
    explanation:
      'Le serveur destinataire pratique le greylisting (liste grise) : il refuse la première tentative d’un expéditeur inconnu avec un code temporaire (généralement 451 4.7.1) et accepte la nouvelle tentative quelques minutes plus tard. Les serveurs bien configurés réessaient d’eux-mêmes ; les logiciels de spam, en général, non.',
    adminSteps: [
      'Rien à faire, sauf si l’échec persiste pendant des heures : le serveur d’envoi ne réessaie alors pas correctement (ou réessaie chaque fois depuis une adresse IP différente).',
      'Si votre serveur réessaie correctement et que cela ne se débloque jamais, demandez au service informatique du destinataire d’ajouter votre serveur d’envoi à sa liste d’autorisation.',
    ],
  },
  'mimecast-greylisting': {
    title: 'Greylisting Mimecast / limite temporaire de ressources',
    happened: 'Le filtre de messagerie de {address} a demandé à votre serveur de réessayer plus tard',
    next: 'attendez',
    youDo: [],
    explanation:
      'Le service Mimecast du destinataire a différé le message (451) et demandé au serveur d’envoi de revenir plus tard. Mimecast attend une nouvelle tentative dans un délai d’une minute à douze heures ; il s’agit surtout de greylisting, parfois d’une vérification de réputation ou d’une limite temporaire de ressources.',
    adminSteps: [
      'Vérifiez que le serveur d’envoi réessaie dans cet intervalle (d’une minute à douze heures).',
      'Si cela ne se débloque jamais, demandez au service informatique du destinataire d’ajouter pour vous une stratégie d’expéditeurs autorisés ou d’autorisation automatique dans Mimecast.',
    ],
  },
  'multi-domain-transaction': {
    title: 'Des destinataires de plusieurs domaines envoyés dans un seul transfert',
    happened: 'Votre serveur de messagerie a regroupé les destinataires d’une façon que Gmail n’accepte pas',
    next: 'attendez',
    youDo: ['Si cela se répète, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    explanation:
      'Le serveur d’envoi a tenté de remettre le message à des destinataires de domaines différents dans une seule transaction SMTP, ce que Gmail ne prend pas en charge (451 4.3.0, "Multiple destination domains per transaction is unsupported"). Les serveurs d’envoi remettent normalement un domaine à la fois quand on le leur demande.',
    adminSteps: [
      'En général rien : un serveur conforme remet un domaine par transaction à la tentative suivante.',
      'Si cela se répète, configurez le serveur ou l’application pour envoyer un seul domaine de destinataires par transaction.',
    ],
  },
  'recipient-limit-per-message': {
    title: 'Trop de destinataires dans un seul message',
    happened: 'Votre message a trop de destinataires',
    next: 'répartissez-les en groupes plus petits',
    youDo: [
      'Répartissez les destinataires en groupes plus petits, ou utilisez une liste de diffusion.',
      'Si l’envoi vient d’un programme ou d’un serveur, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    ],
    resend: 'Renvoyez votre message aux groupes plus petits.',
    resendWhileRetrying: 'La copie que votre serveur de messagerie essaie encore de remettre ne passera pas telle quelle : renvoyez votre message aux groupes plus petits.',
    explanation:
      'Le fournisseur destinataire limite le nombre de destinataires par message (452 4.5.3, "Your message has too many recipients" ; par exemple 200 par domaine chez Microsoft 365), et cet envoi en comptait davantage. Réessayer à l’identique n’y change rien : c’est à l’expéditeur de scinder l’envoi.',
    adminSteps: [
      'Si l’envoi vient d’un programme ou d’un serveur, faites-lui scinder automatiquement les grandes listes de destinataires (ou passez par une liste de diffusion).',
      'Les personnes qui envoient à la main répartissent la liste en groupes plus petits.',
    ],
  },
  'recipient-refuses-sender': {
    title: 'Les réglages du destinataire refusent les e-mails de votre adresse',
    happened: 'Les réglages de {address} n’acceptent pas vos e-mails',
    next: 'demandez à la personne d’autoriser votre adresse',
    youDo: [
      'Contactez la personne autrement et demandez-lui d’autoriser votre adresse dans ses réglages de messagerie.',
      'Son adresse elle-même est peut-être valide, même si cet e-mail la dit inconnue.',
    ],
    resend: 'Renvoyez votre message après confirmation.',
    explanation:
      'Les réglages de réception du destinataire n’acceptent que certains expéditeurs, ou bloquent votre adresse ou votre domaine ; c’est courant avec les filtres de réception des opérateurs mobiles japonais (NTT docomo 550 après DATA). L’adresse elle-même peut être valide, même si la réponse indique "unknown user".',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Le destinataire doit autoriser votre adresse ou votre domaine dans ses réglages de réception. Ne retirez pas l’adresse de vos listes sur la seule foi de "unknown user".',
    ],
  },
  'blocked-by-recipient': {
    title: 'Le destinataire a bloqué votre serveur d’envoi',
    happened: 'L’organisation de {address} a bloqué votre serveur de messagerie',
    next: 'demandez qu’on vous débloque',
    youDo: ['Contactez la personne autrement et demandez-lui de vous débloquer (son service informatique devra peut-être s’en charger).'],
    resend: 'Renvoyez votre message après confirmation.',
    explanation:
      'L’organisation du destinataire a choisi de refuser les e-mails provenant de l’adresse du serveur d’envoi (Exchange Online 550 5.7.507).',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Le service informatique du destinataire doit retirer votre adresse IP d’envoi de sa liste de blocage ; joignez-le par l’intermédiaire du destinataire.',
    ],
  },
  'sending-volume-block': {
    title: 'Votre serveur d’envoi a envoyé trop, trop vite, et se fait refuser',
    happened: 'Votre serveur de messagerie est refoulé pour avoir trop envoyé',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    resend: 'Renvoyez votre message plus tard, une fois que votre service informatique ou fournisseur de messagerie aura réglé le problème.',
    explanation:
      'Le fournisseur destinataire refuse les e-mails du serveur d’envoi (ou de sa plage d’adresses) parce qu’il a dépassé ses limites de volume ou de connexions (Exchange Online 550 5.7.508, Tencent QQ 550, codes AUP de Spectrum). Le blocage est levé quand le débit baisse, mais c’est à l’expéditeur de ralentir.',
    adminSteps: [
      'Réduisez le débit d’envoi et le nombre de connexions simultanées vers ce fournisseur.',
      'Trouvez ce qui a fait monter le volume (un envoi en masse, un processus automatique) avant d’y envoyer de nouveau.',
    ],
  },
  'own-account-blocked': {
    title: 'Votre propre compte de messagerie est bloqué en envoi',
    happened: 'Votre compte ne peut plus envoyer d’e-mails',
    next: 'demandez à votre service informatique de le débloquer',
    youDo: [
      'Demandez à votre service informatique ou fournisseur de messagerie de réactiver l’envoi pour votre compte.',
      'Si une activité inhabituelle est évoquée, changez votre mot de passe et cherchez des règles de transfert ou des applications que vous n’avez pas configurées.',
    ],
    resend: 'Renvoyez votre message une fois que l’envoi fonctionne.',
    explanation:
      'Le fournisseur ou l’administrateur de l’organisation a empêché ce compte d’envoyer : il a été désactivé (X.7.13 "user account disabled", RFC 7372, renvoyé après une connexion réussie), ou une activité inhabituelle a été détectée, ce qui est courant sur les nouveaux comptes ou après une fuite de mot de passe (Zoho 550 5.4.6).',
    adminSteps: [
      'Découvrez pourquoi le compte a été bloqué (console d’administration ou support du fournisseur) et réactivez l’envoi.',
      'Si une activité inhabituelle en est la cause, sécurisez d’abord le compte : réinitialisez le mot de passe, révoquez les sessions et les mots de passe d’application, supprimez les règles de transfert et les applications inconnues.',
    ],
  },
  // ── Reputation and blocklists ────────────────────────────────────────────────────────────────
  'reputation-deferral': {
    title: 'Différé à cause de la réputation du serveur ou du domaine d’envoi',
    happened: 'La messagerie de {address} retient les e-mails venant de votre serveur',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le fournisseur destinataire diffère les e-mails de l’adresse IP ou du domaine d’envoi à cause de leur réputation : plaintes, volume inattendu, e-mails qui ressemblent à du spam (Gmail 421 4.7.0 / 4.7.28, Outlook.com 451 4.7.650 et 421 RP-001/002/003, Yahoo 421 4.7.0 [TSS04] / [TSS11], Proofpoint 421 4.7.0). Bien que le code soit temporaire, attendre ne suffit pas : cela se répète tant que l’expéditeur ne s’améliore pas, et réessayer plus souvent aggrave la situation.',
    adminSteps: [
      'Vérifiez la réputation de l’IP et du domaine d’envoi (Google Postmaster Tools, Microsoft SNDS), et ralentissez.',
      'Cessez d’écrire aux personnes qui n’ont rien demandé, et vérifiez que SPF, DKIM et DMARC sont configurés pour le domaine.',
      'N’augmentez pas la fréquence des nouvelles tentatives : davantage de tentatives dégradent la réputation.',
    ],
  },
  'reputation-block': {
    title: 'Refusé à cause de la réputation du serveur d’envoi',
    happened: 'La messagerie de {address} refuse les e-mails venant de votre serveur',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent faire lever le blocage.'],
    resend: 'Renvoyez votre message une fois que votre service informatique ou fournisseur de messagerie confirme la levée du blocage.',
    explanation:
      'Le fournisseur destinataire refuse les e-mails de l’adresse IP ou du réseau d’envoi à cause de leur réputation (Gmail 550 5.7.28, codes SC/OU et S3150 d’Outlook.com, Yahoo [TS03], Mimecast 550, Cisco Secure Email 554, Email Security.cloud 553 5.7.1, GMX 554, T-Online BL). Réessayer ne sert à rien tant que le blocage dure (Yahoo le précise pour [TS03], [TSS09], [TSS11]) : une copie encore en file d’attente finira simplement par expirer. Cela ne se règle pas depuis le logiciel de messagerie.',
    adminSteps: [
      'Recherchez l’IP d’envoi sur les pages postmaster du fournisseur et suivez sa procédure de retrait de liste ou de réexamen.',
      'Corrigez d’abord ce qui a nui à la réputation (envois en masse non désirés, compte compromis), sinon le blocage reviendra.',
    ],
  },
  'ip-banned': {
    title: 'L’adresse IP d’envoi figure sur la liste de blocage du fournisseur',
    happened: 'La messagerie de {address} a bloqué votre serveur de messagerie',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent demander la levée du blocage.'],
    resend: 'Renvoyez votre message une fois que votre service informatique ou fournisseur de messagerie confirme la levée du blocage.',
    explanation:
      'Le fournisseur destinataire a placé l’adresse IP d’envoi sur sa propre liste de blocage et refuse tous les e-mails qui en viennent (Exchange Online 5.7.511 "banned sender" et 5.7.606-649 ; Outlook.com "Blocklist 1/2").',
    adminSteps: [
      'Demandez le retrait via la procédure du fournisseur : pour Microsoft, https://sender.office.com, ou écrivez à delist@messaging.microsoft.com quand l’avis le mentionne (comme pour "banned sender" et "Blocklist 1/2").',
      'Trouvez et arrêtez ce qui a valu son inscription à l’adresse, sinon elle sera de nouveau listée.',
    ],
  },
  'dnsbl-listed': {
    title: 'Votre serveur d’envoi figure sur une liste de blocage publique',
    happened: 'Votre serveur de messagerie figure sur une liste de blocage anti-spam',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent faire retirer l’inscription.'],
    explanation:
      'Le serveur destinataire a vérifié l’adresse IP d’envoi auprès d’une liste de blocage DNS (DNSBL, comme Spamhaus, SpamCop, Barracuda ou Cloudmark) et l’y a trouvée : il a donc refusé le message. Les inscriptions font suite à du spam vu depuis cette adresse, ou signalent des adresses résidentielles ou dynamiques qui ne devraient pas envoyer d’e-mails directement. L’inscription bloque vos e-mails chez tous les serveurs destinataires qui utilisent cette liste, pas seulement celui-ci.',
    adminSteps: [
      'Recherchez l’adresse IP d’envoi sur la liste citée dans le refus (https://check.spamhaus.org, https://www.barracudacentral.org, https://www.spamcop.net, https://csi.cloudmark.com) et suivez sa procédure de retrait.',
      'Trouvez et éliminez d’abord la cause (un compte compromis, un relais ouvert, un expéditeur en masse sur une IP partagée), sinon l’inscription reviendra.',
      'S’il s’agit d’une adresse résidentielle ou dynamique, envoyez plutôt par le serveur de messagerie de votre fournisseur.',
    ],
  },
  'dnsbl-stale-sorbs': {
    title: 'Le serveur destinataire consulte encore SORBS, une liste de blocage fermée',
    happened: 'Le serveur de messagerie de {address} a refusé votre message à cause d’une liste anti-spam périmée',
    next: 'prévenez la personne',
    youDo: [
      'Prévenez la personne autrement que son serveur de messagerie a refusé votre message.',
      'Dites-lui que son service informatique doit retirer SORBS, une liste anti-spam fermée en 2024, des réglages du serveur.',
    ],
    resend: 'Renvoyez votre message après confirmation.',
    explanation:
      'Le serveur destinataire a refusé le message en invoquant SORBS, une liste de blocage DNS fermée en juin 2024. Plus personne ne peut en être retiré ; le serveur destinataire utilise une configuration périmée.',
    adminSteps: [
      'Rien à corriger de votre côté : il n’existe plus de procédure de retrait SORBS.',
      'Le service informatique du destinataire doit retirer SORBS des listes de blocage configurées sur son serveur ; joignez-le par l’intermédiaire du destinataire.',
    ],
  },
  'dynamic-ip-direct': {
    title: 'Votre adresse d’envoi ne peut pas remettre directement à ce fournisseur',
    happened: 'La messagerie de {address} refuse les e-mails envoyés directement depuis votre connexion',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: [
      'Transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
      'Si l’envoi vient d’un appareil ou d’un programme (une imprimante, un site web, un serveur à domicile), prévenez la personne qui l’a configuré : il doit passer par votre fournisseur de messagerie.',
    ],
    explanation:
      'L’e-mail est arrivé directement depuis une adresse IP qui ressemble à une connexion résidentielle ou dynamique (Gmail 550 5.7.1 "not authorized to send email directly to our servers", Outlook.com DY-001 / DY-002, codes ES de Comcast). Les grands fournisseurs n’acceptent les e-mails venant de ces adresses que s’ils passent par le serveur de messagerie du fournisseur d’accès ou du service de messagerie.',
    adminSteps: ['Configurez le serveur ou l’appareil d’envoi pour qu’il passe par le relais (smarthost) de votre fournisseur d’accès ou de votre service de messagerie au lieu de remettre directement.'],
  },
  'client-blocked': {
    title: 'Le serveur destinataire a refusé votre serveur d’envoi',
    happened: 'Le serveur de messagerie de {address} refuse votre serveur de messagerie',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : ils sauront chercher pourquoi.'],
    explanation:
      'Le serveur destinataire a refusé la connexion du serveur d’envoi lui-même (son adresse IP ou son nom d’hôte), avant même de regarder le message.',
    adminSteps: [
      'Vérifiez si l’IP d’envoi figure sur une liste de blocage, et si son DNS inverse (PTR) et son nom HELO sont corrects.',
      'Si tout est en ordre, demandez au service informatique du destinataire (par l’intermédiaire du destinataire) pourquoi votre serveur est refusé.',
    ],
  },
  'bad-helo': {
    title: 'Votre serveur d’envoi s’est présenté sous un nom incorrect',
    happened: 'Votre serveur de messagerie s’est présenté sous un nom incorrect',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le serveur d’envoi a salué le serveur destinataire avec un nom HELO/EHLO invalide ou qui se fait passer pour le serveur destinataire lui-même (Exchange Online 550 5.7.506). Les serveurs destinataires refusent ces connexions.',
    adminSteps: [
      'Donnez au serveur un nom HELO égal à son propre nom complet (FQDN, par ex. mail.example.com).',
      'Donnez à ce nom un DNS cohérent : un enregistrement A (ou AAAA) vers l’IP d’envoi et un enregistrement PTR qui renvoie vers ce nom.',
    ],
  },
  // ── DNS of the sending side ─────────────────────────────────────────────────────────────────
  'no-ptr': {
    title: 'Votre serveur d’envoi n’a pas d’enregistrement DNS inverse (PTR) valide',
    happened: 'Votre serveur de messagerie est refoulé',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le serveur destinataire a cherché le nom associé à l’adresse IP d’envoi (son DNS inverse, enregistrement PTR) et n’en a trouvé aucun, ou un nom qui ne renvoie pas vers la même adresse (pas de DNS inverse confirmé, FCrDNS). Beaucoup de serveurs refusent ou diffèrent ces e-mails (Gmail 421 4.7.0 / 451 4.7.23 / 5.7.25, GMX, Comcast, Postfix reject_unknown_client_hostname) ; même avec un code 4xx, cela se répète tant que le DNS n’est pas corrigé.',
    adminSteps: [
      'Demandez au propriétaire de l’adresse IP d’envoi (généralement l’hébergeur ou le fournisseur d’accès) de publier un enregistrement PTR pour elle.',
      'Faites pointer le nom du PTR vers la même adresse (enregistrement A ou AAAA), et utilisez ce nom dans HELO/EHLO.',
    ],
  },
  'ptr-lookup-tempfail': {
    title: 'La résolution DNS inverse du serveur d’envoi a échoué temporairement',
    happened: 'Le serveur de messagerie de {address} n’a pas pu vérifier votre serveur pour l’instant',
    next: 'attendez',
    youDo: ['Si cela se répète, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    explanation:
      'Le serveur destinataire n’a pas pu résoudre le DNS inverse du serveur d’envoi à ce moment-là : une erreur DNS, pas un enregistrement manquant (Comcast 421).',
    adminSteps: [
      'Rien à faire pour un cas isolé.',
      'Si cela persiste, vérifiez que l’enregistrement PTR de l’IP d’envoi se résout de façon fiable (les serveurs de noms de la zone inverse répondent sans expiration du délai).',
    ],
  },
  'sender-domain-not-found': {
    title: 'Votre domaine d’expéditeur est introuvable dans le DNS',
    happened: 'La partie après le @ de votre propre adresse est introuvable',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: [
      'Vérifiez dans votre logiciel de messagerie que votre propre adresse e-mail ne contient pas de faute de frappe.',
      'Si elle est correcte, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    ],
    explanation:
      'Le serveur destinataire a vérifié le domaine de l’adresse d’expéditeur et ne l’a pas trouvé dans le DNS (aucun enregistrement MX ni A) : il ne pourrait donc y renvoyer ni réponses ni avis de non-remise (X.1.8 ; Postfix 450 4.1.8, Yahoo 451 / 554). Postfix utilise un code temporaire pour qu’un simple incident DNS ne fasse perdre aucun e-mail, mais si le domaine ne se résout vraiment pas, cela se répète jusqu’à correction.',
    adminSteps: [
      'Donnez au domaine d’expéditeur un DNS qui fonctionne : un enregistrement MX ou A, et pour Yahoo aussi un enregistrement SOA.',
      'Vérifiez que l’adresse d’expéditeur configurée dans le programme ou l’appareil d’envoi ne contient pas de faute de frappe.',
    ],
  },
  'sender-null-mx': {
    title: 'Votre domaine d’expéditeur déclare n’accepter aucun e-mail (null MX)',
    happened: 'Votre adresse est refusée car elle ne peut pas recevoir de réponses',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le domaine d’expéditeur publie un enregistrement "null MX" (RFC 7505) qui déclare qu’il ne reçoit aucun e-mail. Les serveurs destinataires refusent les e-mails qui en proviennent (X.7.27), car les avis de non-remise ne pourraient pas être retournés.',
    adminSteps: ['Envoyez depuis un domaine qui peut recevoir des e-mails, ou remplacez le null MX par un véritable enregistrement MX.'],
  },
  // ── Authentication (SPF / DKIM / DMARC) ─────────────────────────────────────────────────────
  'dmarc-temp-dns': {
    title: 'L’authentification n’a pas pu être vérifiée à cause d’une panne DNS temporaire',
    happened: 'Le serveur de messagerie de {address} n’a pas pu vérifier pour l’instant d’où viennent vos e-mails',
    next: 'attendez',
    youDo: ['Si cela se répète, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    explanation:
      'Le serveur destinataire voulait vérifier les enregistrements SPF, DKIM ou DMARC du domaine d’expéditeur, mais les requêtes DNS ont échoué pour le moment (Gmail 451 4.7.26 "temporary DNS failures prevent authentication", Cisco 451 4.4.3). Cela se règle généralement à une tentative suivante.',
    adminSteps: [
      'Rien à faire pour un cas isolé.',
      'Si cela se répète, vérifiez que les serveurs DNS de votre domaine répondent de façon fiable pour les enregistrements SPF, DKIM et DMARC.',
    ],
  },
  'auth-required': {
    title: 'Vos e-mails ne sont pas authentifiés (SPF ou DKIM manquant)',
    happened: 'La messagerie de {address} n’a pas pu confirmer que votre message vient bien de vous',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le fournisseur destinataire exige la preuve que les e-mails viennent vraiment du domaine de l’expéditeur : SPF (la liste des serveurs autorisés à envoyer pour lui) ou DKIM (une signature cryptographique). Aucun des deux n’a réussi (Gmail 421 4.7.26 et 550 5.7.1 "does not have authentication information", Exchange Online 450 4.7.26, Yahoo 550 5.7.9). Tant que les enregistrements du domaine ne sont pas en place, les e-mails sont ralentis ou refusés.',
    adminSteps: [
      'Publiez un enregistrement SPF qui liste tous les serveurs qui envoient pour le domaine.',
      'Activez la signature DKIM et publiez la clé publique DKIM.',
      'Pour les envois en masse, publiez aussi un enregistrement DMARC.',
    ],
  },
  'spf-fail': {
    title: 'Échec du contrôle SPF pour votre domaine',
    happened: 'Votre message vient d’un serveur que votre organisation n’a pas autorisé',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'L’enregistrement SPF du domaine liste les serveurs autorisés à envoyer ses e-mails, et le serveur qui a envoyé ce message n’y figure pas, ou l’enregistrement est défectueux (X.7.23 / X.7.24 ; Gmail 550 5.7.27 et 4.7.27, Exchange Online 5.7.23, GMX, Mimecast).',
    adminSteps: [
      'Ajoutez l’adresse IP du serveur d’envoi (ou l’include du service de messagerie) à l’enregistrement SPF.',
      'Corrigez les éventuelles erreurs de syntaxe et restez sous la limite de 10 requêtes DNS (RFC 7208).',
    ],
  },
  'spf-suspicious': {
    title: 'L’enregistrement SPF de votre domaine contient des entrées suspectes',
    happened: 'Gmail ne fait pas confiance à la liste des serveurs autorisés de votre organisation',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Gmail a trouvé dans l’enregistrement SPF du domaine des entrées qu’il juge suspectes (par exemple des plages trop larges) et limite les e-mails tant que l’enregistrement n’est pas assaini (451 4.7.24).',
    adminSteps: ['Retirez de l’enregistrement SPF les entrées trop larges ou inutiles, pour ne garder que les vrais serveurs d’envoi.'],
  },
  'dkim-fail': {
    title: 'Signature DKIM absente ou invalide',
    happened: 'Votre message n’avait pas le sceau numérique qu’exige la messagerie de {address}',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le fournisseur destinataire exige une signature DKIM valide (un sceau cryptographique qui prouve que l’e-mail vient bien du domaine), et ce message n’en portait aucune qui soit valide (X.7.20-X.7.22 ; Gmail 550 5.7.30 et 421 4.7.30 au sens propre à Google ; Mimecast "DKIM Sender Invalid").',
    adminSteps: [
      'Activez la signature DKIM sur le serveur ou le service d’envoi.',
      'Publiez la clé publique dans le DNS sous le sélecteur utilisé pour signer, et vérifiez qu’un message de test passe le contrôle.',
    ],
  },
  'dmarc-fail': {
    title: 'Échec du contrôle DMARC de votre domaine',
    happened: 'Votre message n’a pas passé le contrôle qui vérifie qu’il vient bien de votre organisation',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'DMARC vérifie que le domaine de l’en-tête From est bien celui qui a passé SPF ou DKIM. L’e-mail a échoué à ce contrôle, ou le domaine de son expéditeur visible n’était pas aligné sur le domaine validé (X.7.26 ; Gmail 4.7.32 / 5.7.32, Exchange Online 5.7.509, Proofpoint, Zoho, Mimecast, iCloud [HME1]). Les serveurs destinataires refusent ou ralentissent ces e-mails, et la politique DMARC de ce domaine peut leur demander de les rejeter.',
    adminSteps: [
      'Vérifiez que le serveur d’envoi passe SPF ou DKIM pour le même domaine que l’adresse From.',
      'Si un service envoie en votre nom, il doit signer avec votre domaine (DKIM) ou figurer dans votre enregistrement SPF.',
    ],
  },
  'dmarc-missing': {
    title: 'Votre domaine n’a pas d’enregistrement DMARC',
    happened: 'Il manque à votre organisation un réglage qu’exige la messagerie de {address}',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le fournisseur destinataire exige des expéditeurs en masse qu’ils publient une politique DMARC pour leur domaine, et ce domaine n’en a pas (Gmail 421 4.7.40 / 550 5.7.40).',
    adminSteps: ['Publiez un enregistrement DMARC pour le domaine (une politique de surveillance p=none suffit pour commencer).'],
  },
  'bulk-auth-required': {
    title: 'Expéditeur à gros volume sans SPF, DKIM et DMARC complets',
    happened: 'Votre organisation envoie beaucoup d’e-mails sans les contrôles qu’exige Outlook.com',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Outlook.com exige que les domaines qui envoient plus de 5 000 messages environ par jour passent SPF, DKIM et DMARC ; ce domaine ne le fait pas (550 5.7.515).',
    adminSteps: ['Publiez SPF, DKIM et DMARC pour le domaine d’envoi ; le message pourra ensuite être renvoyé.'],
  },
  // ── TLS and submission ─────────────────────────────────────────────────────────────────────
  'tls-required': {
    title: 'Le destinataire exige une connexion chiffrée (TLS)',
    happened: 'Le serveur de messagerie de {address} n’accepte que les e-mails chiffrés',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le domaine destinataire n’accepte que les e-mails envoyés sur une connexion chiffrée (STARTTLS), et le serveur d’envoi n’en a pas utilisé (X.7.10 ; Gmail 421 4.7.0 "TLS required for RCPT domain", 4.7.29 / 5.7.29 au sens propre à Google).',
    adminSteps: ['Activez STARTTLS pour les e-mails sortants sur le serveur d’envoi, et vérifiez que la négociation réussit avec ce domaine.'],
  },
  'tls-failed': {
    title: 'Échec de la connexion sécurisée au serveur du destinataire',
    happened: 'Impossible d’établir une connexion sécurisée avec le serveur de messagerie de {address}',
    next: 'prévenez la personne',
    youDo: ['Prévenez la personne autrement : la configuration de sécurité de son serveur de messagerie empêche une remise sécurisée.'],
    explanation:
      'Le serveur d’envoi exigeait une connexion chiffrée vérifiée (DANE, MTA-STS ou REQUIRETLS, X.7.30), mais le serveur du destinataire n’a pas pu en fournir : pas de STARTTLS, un certificat expiré ou qui ne correspond pas, ou des enregistrements TLSA/DNSSEC défectueux (Exchange Online 5.7.321-325).',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Le service informatique du destinataire doit corriger le certificat, STARTTLS ou les enregistrements TLSA/DNSSEC ; joignez-le par l’intermédiaire du destinataire.',
    ],
  },
  'tls-required-by-sender': {
    title: 'Votre serveur exige un chiffrement que le serveur du destinataire ne propose pas',
    happened: 'Votre serveur de messagerie refuse de remettre à {address} sans chiffrement',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : c’est à eux de juger si la règle est justifiée.'],
    resend: 'Renvoyez votre message une fois la configuration modifiée par votre service informatique ou du côté du destinataire.',
    explanation:
      'Le serveur d’envoi est configuré pour ne remettre à ce domaine que sur une connexion chiffrée (Postfix smtp_tls_security_level encrypt, dane ou verify ; une entrée de politique TLS, MTA-STS ou DANE), et le serveur du destinataire n’en a pas proposé (pas de STARTTLS, ou il a refusé de le démarrer). Le serveur du destinataire n’a rien refusé : c’est l’expéditeur qui a retenu le message.',
    adminSteps: [
      'Vérifiez si la règle qui impose TLS pour ce domaine est voulue (une entrée de politique TLS, MTA-STS ou DANE).',
      'Si oui, le service informatique du destinataire doit activer STARTTLS ; prévenez-le par l’intermédiaire du destinataire. Sinon, assouplissez la règle pour ce domaine.',
    ],
  },
  'smtp-auth-failed': {
    title: 'Votre logiciel de messagerie n’a pas pu se connecter au serveur d’envoi',
    happened: 'Votre logiciel de messagerie n’a pas pu se connecter pour envoyer',
    next: 'vérifiez votre mot de passe',
    youDo: [
      'Vérifiez le nom d’utilisateur et le mot de passe (ou le mot de passe d’application) configurés dans votre logiciel de messagerie ou votre appareil.',
      'Si cela échoue encore, demandez à votre service informatique ou fournisseur de messagerie si votre compte peut envoyer depuis ce logiciel.',
    ],
    resend: 'S’il y a eu beaucoup de tentatives, attendez quelques minutes, puis renvoyez votre message.',
    explanation:
      'Le serveur auquel le message a été soumis a refusé la connexion du logiciel ou de l’appareil : mot de passe incorrect, trop de tentatives, ou méthode de connexion non autorisée (535 / X.7.8 identifiants invalides, 530 authentification requise, X.7.9 mécanisme trop faible, Gmail 454 4.7.0 "too many login attempts").',
    adminSteps: [
      'Vérifiez que la connexion SMTP (SMTP AUTH) est autorisée pour le compte et que le logiciel utilise une méthode permise (un mot de passe d’application, ou OAuth là où l’authentification de base est désactivée).',
      'Après trop d’échecs, attendez quelques minutes avant de tester à nouveau.',
    ],
  },
  'security-policy': {
    title: 'Refusé pour une raison de sécurité ou de politique',
    happened: 'Le serveur de messagerie de {address} a refusé votre message pour une raison de sécurité',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : la réponse du serveur qu’il contient peut en dire plus.'],
    explanation:
      'Le serveur destinataire a refusé le message pour une raison de sécurité ou de politique, sans préciser laquelle (X.7.0, X.7.1 et autres codes X.7.x). La réponse du serveur, dans les détails, est le meilleur indice : authentification, réputation ou contenu.',
    adminSteps: [
      'Lisez la réponse du serveur dans les détails pour trouver un indice (authentification, réputation, contenu).',
      'Vérifiez SPF, DKIM, DMARC et la réputation de l’IP d’envoi.',
      'Si tout est en ordre, demandez au service informatique du destinataire (par l’intermédiaire du destinataire) pourquoi vos e-mails sont refusés.',
    ],
  },
  // ── Policy at the recipient ────────────────────────────────────────────────────────────────
  'recipient-policy': {
    title: 'Bloqué par une règle de l’organisation du destinataire',
    happened: 'Une règle de l’organisation de {address} bloque votre message',
    next: 'prévenez la personne',
    youDo: [
      'Prévenez la personne autrement que vos e-mails sont refusés.',
      'Demandez-lui de faire autoriser votre adresse par son service informatique (ou par le propriétaire du groupe).',
    ],
    resend: 'Renvoyez votre message après confirmation.',
    explanation:
      'Une règle définie par l’organisation du destinataire a refusé le message : par exemple, l’adresse ou le groupe n’accepte que les e-mails internes ou ceux d’expéditeurs listés, ou votre adresse ou votre serveur figure sur sa propre liste de blocage (Exchange Online 550 5.7.1 "Delivery not authorized", 5.7.12x, 5.7.124, 5.7.513 ; Gmail gcdp ; Mimecast, Trend Micro, Zoho, Barracuda). Seule l’organisation du destinataire peut la modifier.',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Le service informatique du destinataire (ou le propriétaire du groupe) doit autoriser votre adresse ou votre serveur, par exemple en laissant le groupe accepter les expéditeurs externes ou en vous retirant de sa liste de blocage.',
    ],
  },
  'recipient-allowlist-only': {
    title: 'Le domaine du destinataire n’accepte que les e-mails de serveurs approuvés',
    happened: 'L’organisation de {address} n’accepte que les e-mails de serveurs qu’elle a approuvés',
    next: 'prévenez la personne',
    youDo: ['Prévenez la personne autrement : son service informatique doit autoriser les e-mails de votre organisation.'],
    explanation:
      'Le domaine Google Workspace du destinataire n’accepte que les e-mails d’une liste de serveurs approuvés (Gmail 421 4.7.0 "IP not in whitelist for RCPT domain"), généralement parce que tous ses e-mails doivent arriver par une passerelle de filtrage, et le serveur d’envoi n’y figure pas.',
    adminSteps: [
      'Vérifiez que votre serveur remet aux serveurs MX publiés du domaine destinataire, et non directement à Google.',
      'Si c’est le cas, le service informatique du destinataire doit autoriser l’adresse IP de votre serveur ou corriger les réglages de sa passerelle entrante.',
    ],
  },
  'external-forwarding-blocked': {
    title: 'Le transfert automatique vers des adresses externes n’est pas autorisé',
    happened: 'Un transfert automatique vers une adresse externe a été bloqué',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Si vous avez configuré un transfert automatique vers une adresse externe, supprimez-le ou demandez à votre service informatique ou fournisseur de messagerie de l’autoriser.'],
    resend: 'Si l’adresse externe a toujours besoin de ce message, transférez-le à la main.',
    explanation:
      'Le message était transféré automatiquement vers une adresse externe, et la stratégie anti-spam sortante Microsoft 365 de l’organisation qui transfère interdit le transfert externe automatique (Exchange Online 550 5.7.1).',
    adminSteps: [
      'Si cette boîte aux lettres a le droit de transférer vers l’extérieur, autorisez pour elle le transfert externe automatique dans la stratégie anti-spam sortante (une stratégie limitée à cette boîte).',
      'Sinon, supprimez la règle de transfert de la boîte aux lettres.',
    ],
  },
  'unregistered-sender-domain': {
    title: 'Envoi depuis un domaine que votre organisation n’a pas enregistré',
    happened: 'Microsoft 365 a bloqué l’envoi depuis une adresse que votre organisation n’a pas enregistrée',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'L’organisation Microsoft 365 a envoyé des e-mails depuis un domaine qu’elle n’a ni ajouté ni vérifié, donc Microsoft les a bloqués (Exchange Online 550 5.7.750).',
    adminSteps: ['Ajoutez et vérifiez dans Microsoft 365 chaque domaine utilisé pour l’envoi (domaines acceptés), ou envoyez depuis un domaine déjà vérifié.'],
  },
  'sender-account-blocked': {
    title: 'Votre compte d’envoi est bloqué pour activité suspecte',
    happened: 'Votre compte a été bloqué en envoi à cause d’une activité inhabituelle',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: [
      'Changez votre mot de passe et cherchez des règles de transfert ou des applications que vous n’avez pas configurées.',
      'Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : ce sont eux qui demandent la levée du blocage.',
    ],
    resend: 'Renvoyez votre message une fois que l’envoi fonctionne de nouveau.',
    explanation:
      'Le service de messagerie a bloqué l’envoi pour ce compte (ou pour l’organisation) parce qu’il a constaté une activité inhabituelle ou qui ressemble à du spam (Exchange Online 5.7.501-503, 5.1.8, 5.7.7xx ; Zoho). Cela signifie souvent que le compte a été compromis.',
    adminSteps: [
      'Sécurisez d’abord le compte : réinitialisez le mot de passe, révoquez les sessions, supprimez les règles de transfert et les applications inconnues.',
      'Demandez ensuite le déblocage au fournisseur (Microsoft, Zoho…), comme l’indiquent son avis ou son portail d’administration.',
    ],
  },
  'duplicate-message-id': {
    title: 'Trop de messages avec le même Message-ID',
    happened: 'Le logiciel qui a envoyé votre message donne le même identifiant à de nombreux messages',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie, ou à la personne qui gère le programme d’envoi.'],
    explanation:
      'Le même Message-ID a été réutilisé pour de nombreux messages (Gmail 421 4.7.28) ; les serveurs destinataires attendent un identifiant unique pour chaque e-mail.',
    adminSteps: ['Faites générer par le logiciel d’envoi un Message-ID unique pour chaque e-mail.'],
  },
  'blocked-attachment': {
    title: 'Un type de pièce jointe que le destinataire n’accepte pas',
    happened: 'La messagerie de {address} n’accepte pas l’une de vos pièces jointes',
    next: 'retirez le fichier ou partagez-le via un lien',
    youDo: [
      'Retirez la pièce jointe, ou utilisez un autre format (par exemple un PDF au lieu d’un document avec macros).',
      'Pour les programmes ou les fichiers compressés, partagez-les via un lien (un espace de stockage en ligne) au lieu de les joindre.',
    ],
    resend: 'Renvoyez votre message sans le fichier bloqué.',
    explanation:
      'Le fournisseur destinataire refuse d’emblée certains types de pièces jointes parce qu’ils peuvent contenir des logiciels malveillants : programmes, scripts, certaines archives, documents avec macros (Gmail 552 5.7.0 ; Cox ; Amavis "banned file type"). Gmail bloque ces types de fichiers quel que soit leur contenu.',
    adminSteps: [
      'Rien à corriger de votre côté : le blocage relève de la politique du destinataire.',
      'Quand des personnes doivent échanger ce type de fichiers, utilisez des liens de partage plutôt que des pièces jointes.',
    ],
  },
  'submission-unauthenticated': {
    title: 'Un appareil ou une application a envoyé des e-mails sans se connecter',
    happened: 'Un appareil ou un programme a tenté d’envoyer des e-mails sans se connecter',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie, en précisant quel appareil ou programme a fait l’envoi (une imprimante, un scanner, une application).'],
    explanation:
      'Un appareil ou un programme (une imprimante, un scanner ou une application métier) a remis le message à Microsoft 365 sans se connecter, et Microsoft 365 n’accepte pas d’e-mails anonymes de sa part (Exchange Online 530 5.7.57).',
    adminSteps: [
      'Configurez l’appareil ou le programme pour qu’il se connecte (soumission client SMTP AUTH) avec une boîte aux lettres sous licence.',
      'Ou configurez pour lui l’envoi direct ou un relais via un connecteur dans Microsoft 365, comme le décrit le guide de Microsoft pour les appareils multifonctions.',
    ],
  },
  'send-as-denied': {
    title: 'Vous n’avez pas le droit d’envoyer avec cette adresse d’expéditeur',
    happened: 'Votre compte n’a pas le droit d’envoyer depuis l’adresse choisie',
    next: 'utilisez votre propre adresse',
    youDo: [
      'Remettez votre propre adresse dans le champ De.',
      'Si vous devriez pouvoir envoyer depuis cette adresse, demandez l’autorisation à votre service informatique ou fournisseur de messagerie.',
    ],
    resend: 'Renvoyez votre message depuis votre propre adresse, ou une fois l’autorisation obtenue.',
    explanation:
      'L’e-mail est parti avec une adresse From que le compte connecté n’a pas le droit d’utiliser : celle d’une autre personne, d’une boîte aux lettres partagée ou d’un groupe (Exchange Online 550 5.7.60 / 5.7.1).',
    adminSteps: ['Si l’utilisateur doit envoyer avec cette adresse, accordez-lui l’autorisation « Envoyer en tant que » sur cette boîte aux lettres ou ce groupe ; sinon, il envoie depuis sa propre adresse.'],
  },
  'ipv6-not-accepted': {
    title: 'Le destinataire n’accepte pas les e-mails en IPv6',
    happened: 'Votre serveur de messagerie a utilisé un type de connexion que l’organisation de {address} n’accepte pas',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le serveur d’envoi s’est connecté en IPv6 au domaine Microsoft 365 du destinataire, ce que ce domaine n’accepte pas (Exchange Online 550 5.7.510).',
    adminSteps: [
      'Envoyez vers cette destination en IPv4.',
      'Ou demandez au service informatique du destinataire d’activer la réception des e-mails en IPv6 pour son domaine.',
    ],
  },
  'recipient-banned': {
    title: 'L’organisation du destinataire refuse les e-mails adressés à cette adresse',
    happened: 'La réception d’e-mails est bloquée pour {address}',
    next: 'demandez une autre adresse',
    youDo: [
      'Demandez autrement à la personne une adresse qui reçoit les e-mails.',
      'Retirez cette adresse de vos contacts ou de vos listes.',
    ],
    resend: 'Renvoyez votre message à une adresse qui fonctionne.',
    explanation:
      'L’organisation du destinataire a interdit à cette adresse de recevoir des e-mails : boîte aux lettres fermée ou bannie (Exchange Online 550 5.7.505).',
    adminSteps: ['Rien à corriger de votre côté.', 'Retirez l’adresse des listes de contacts et de diffusion.'],
  },
  'sender-rejected': {
    title: 'Votre adresse d’expéditeur a été refusée',
    happened: 'Le serveur de messagerie de {address} a refusé votre adresse d’expéditeur',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: [
      'Vérifiez que vous avez envoyé depuis la bonne adresse (pour une liste de diffusion, celle que vous avez utilisée pour vous inscrire).',
      'Si elle est correcte, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    ],
    explanation:
      'Le serveur destinataire a refusé l’adresse d’expéditeur du message (l’expéditeur d’enveloppe), par exemple parce qu’elle y est bloquée, mal formée (X.1.7) ou non autorisée à publier (GoDaddy 550 5.2.0 IB, Orange 501 5.1.0).',
    adminSteps: [
      'Vérifiez l’expéditeur d’enveloppe (Return-Path) utilisé par le serveur ou l’application : syntaxe valide et domaine existant.',
      'S’il est correct, demandez au service informatique du destinataire (par l’intermédiaire du destinataire) pourquoi il est refusé.',
    ],
  },
  'relay-denied': {
    title: 'Le serveur destinataire n’accepte pas les e-mails pour ce domaine',
    happened: 'Le serveur où est arrivé votre message ne gère pas les e-mails pour {address}',
    next: 'prévenez la personne',
    youDo: [
      'Vérifiez que l’adresse ne contient pas de faute de frappe, surtout après le @.',
      'Si elle est correcte, prévenez la personne autrement : sa configuration de messagerie doit être corrigée.',
    ],
    explanation:
      'Le serveur contacté indique qu’il ne gère pas les e-mails du domaine du destinataire ("relay access denied" ; Exchange Online 550 5.4.1, Postfix, Sendmail). En général, les enregistrements MX du domaine pointent vers un serveur qui n’est pas configuré pour lui ; parfois, c’est le serveur d’envoi qui a envoyé le message au mauvais endroit.',
    adminSteps: [
      'Si beaucoup de destinataires échouent ainsi, vérifiez comment votre serveur achemine les e-mails (règles de routage, réglages du smarthost).',
      'Sinon, rien à corriger de votre côté : le service informatique du destinataire doit corriger les enregistrements MX du domaine ou ses réglages de domaines acceptés.',
    ],
  },
  'relay-not-authorised': {
    title: 'Votre serveur n’est pas autorisé à relayer par ce service',
    happened: 'Le service par lequel partent vos e-mails ne reconnaît pas votre serveur de messagerie',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    explanation:
      'Le message a été remis à un service (une passerelle ou une plateforme d’envoi) qui ne reconnaît pas le serveur d’envoi ou l’identité de l’expéditeur comme l’un de ses clients (Exchange Online 5.7.64, MessageLabs 553, Mimecast 451, Amazon SES, relais SMTP de Google).',
    adminSteps: ['Enregistrez l’IP d’envoi ou vérifiez l’adresse d’expéditeur auprès de ce service, ou corrigez le connecteur sortant.'],
  },
  // ── Content ──────────────────────────────────────────────────────────────────────────────────
  'spam-detected': {
    title: 'Le message a été considéré comme du spam',
    happened: 'La messagerie de {address} a pris votre message pour du spam',
    next: 'simplifiez le contenu',
    youDo: [
      'Retirez tout ce qui ressemble à du spam : raccourcisseurs de liens, nombreux liens, grandes images avec peu de texte, fichiers compressés ou programmes.',
      'Assurez-vous que la personne attend des e-mails de votre part.',
    ],
    resend: 'Renvoyez une version plus simple ; si elle est refusée aussi, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    explanation:
      'Le filtre anti-spam du serveur destinataire a refusé le message à cause de son contenu, de ses liens ou de la façon dont il a été envoyé (Gmail 550 5.7.1 "likely unsolicited mail", Orange 550 5.2.0 [506], Mimecast 554 signature de spam).',
    adminSteps: [
      'Vérifiez SPF, DKIM et DMARC pour le domaine d’envoi.',
      'Si beaucoup de messages sont refusés, vérifiez la réputation de l’IP et du domaine d’envoi.',
    ],
  },
  'content-reputation': {
    title: 'Les liens ou le contenu du message ont une mauvaise réputation',
    happened: 'La messagerie de {address} se méfie des liens ou du contenu de votre message',
    next: 'simplifiez le contenu',
    youDo: [
      'Retirez les raccourcisseurs de liens et les liens vers des sites à mauvaise réputation.',
      'Le même message serait de nouveau refusé : préparez une version plus simple.',
    ],
    resend: 'Envoyez plutôt la version simplifiée.',
    explanation:
      'Gmail a différé ou refusé l’e-mail à cause de la réputation de son contenu ou des liens qu’il contient (421 4.7.0, "the nature of the content and/or the links"). Le même message recevra la même réponse : une copie encore en file d’attente sera probablement refusée jusqu’à son expiration.',
    adminSteps: [
      'Rien à changer dans la configuration du serveur pour un message isolé : c’est le contenu qui doit changer.',
      'Si beaucoup de messages sont concernés, vérifiez la réputation des domaines vers lesquels ils pointent, y compris vos propres domaines de suivi ou de liens.',
    ],
  },
  'virus-detected': {
    title: 'Virus ou pièce jointe dangereuse détectés',
    happened: 'La messagerie de {address} a trouvé un élément dangereux dans votre message',
    next: 'vérifiez la pièce jointe',
    youDo: [
      'Analysez votre ordinateur et la pièce jointe avec un antivirus à jour.',
      'Partagez le fichier autrement (un lien) ou dans un autre format, sans programmes ni macros.',
    ],
    explanation:
      'L’antivirus du serveur destinataire a trouvé dans le message un élément qu’il juge dangereux, généralement une pièce jointe.',
    adminSteps: [
      'Analysez l’ordinateur de l’expéditeur et le fichier avec un antivirus à jour.',
      'Si le fichier est sain, envoyez-le sous forme de lien ou dans un format sans contenu exécutable ni macros.',
    ],
  },
  'content-filtered': {
    title: 'Refusé par un filtre de contenu',
    happened: 'Un filtre du côté de {address} a refusé votre message',
    next: 'simplifiez le contenu',
    youDo: [
      'Vérifiez si votre message contient des pièces jointes ou un contenu que les filtres refusent souvent.',
      'Demandez autrement à la personne si elle filtre vos e-mails.',
    ],
    resend: 'Renvoyez une version plus simple.',
    explanation:
      'Le serveur destinataire a refusé le message après l’avoir lu, à cause de son contenu ou de ses en-têtes, ou parce que les filtres du destinataire ne l’acceptent pas (X.2.0 / X.2.4 et formulations de filtres ; Facebook RCP-P2 "refused due to recipient preferences").',
    adminSteps: [
      'Lisez la réponse du serveur dans les détails pour savoir quel filtre l’a refusé.',
      'Si cela se répète, demandez au service informatique du destinataire (par l’intermédiaire du destinataire) ce que son filtre a refusé.',
    ],
  },
  'message-policy-refusal': {
    title: 'Refusé pour des raisons de politique (contenu ou authentification)',
    happened: 'La messagerie de {address} a refusé votre message, jugé potentiellement dangereux',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: [
      'Vérifiez que les liens et le contenu de votre message n’ont rien qui ressemble à une arnaque.',
      'Transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    ],
    explanation:
      'Le fournisseur destinataire a refusé le message pour des raisons de politique, qu’il invoque pour du contenu qui ressemble à de l’hameçonnage ou pour une authentification en échec (Yahoo 554 5.7.9 ; Zoho 550 / 554 5.7.1 "flagged as Spam" ; iCloud 550 5.7.1 [CS01], [HM08]).',
    adminSteps: [
      'Vérifiez SPF, DKIM et DMARC pour le domaine d’envoi.',
      'Passez en revue les liens et le contenu du message avec l’expéditeur.',
    ],
  },
  'provider-refused-data': {
    title: 'Le fournisseur a refusé le message sans donner de raison',
    happened: 'La messagerie de {address} a refusé votre message sans dire pourquoi',
    next: 'essayez une version plus simple',
    youDo: [
      'Préparez une version plus simple de votre message (moins de liens et de pièces jointes).',
      'Si elle est de nouveau refusée, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    ],
    resend: 'Renvoyez la version simplifiée un peu plus tard.',
    explanation:
      'Le fournisseur destinataire a refusé le message à la fin du transfert (après DATA) sans indiquer pourquoi (Yahoo 554). Le contenu ou la réputation de l’expéditeur sont les suspects habituels.',
    adminSteps: ['S’il est de nouveau refusé, vérifiez la réputation d’envoi et l’authentification (SPF, DKIM, DMARC).'],
  },
  'not-rfc-compliant': {
    title: 'Le message n’est pas correctement formaté',
    happened: 'Votre message n’a pas été construit correctement',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: [
      'Si l’envoi vient d’un programme, d’un site web ou d’un appareil, prévenez la personne qui le gère.',
      'Si vous l’avez envoyé depuis votre logiciel de messagerie habituel, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    ],
    explanation:
      'L’e-mail enfreint les règles de format (RFC 5322) : par exemple une adresse d’expéditeur absente ou invalide, un Message-ID manquant, des en-têtes en double, ou des caractères interdits dans un en-tête (Gmail 550 5.7.1 règles d’en-tête, Exchange Online 550 5.7.512). Le problème tient à sa construction, pas au spam ni à la réputation.',
    adminSteps: [
      'Faites produire au logiciel d’envoi une adresse From valide et des en-têtes standard.',
      'Comparez les en-têtes du message refusé à la règle citée dans la réponse du serveur.',
    ],
  },
  'content-error': {
    title: 'Le contenu du message n’a pas pu être accepté',
    happened: 'La messagerie de {address} n’a pas pu traiter le format de votre message',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Si l’envoi vient d’un programme ou d’un appareil, prévenez la personne qui le gère.', 'Sinon, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.'],
    resend: 'Renvoyez votre message depuis un logiciel de messagerie standard.',
    explanation:
      'Un élément de l’encodage du message (son type de média, des données 8 bits dans les en-têtes, des caractères internationaux) n’a pas pu être traité par le système destinataire (X.6.x).',
    adminSteps: ['Si le message a été envoyé par un logiciel, faites-lui encoder correctement les en-têtes (mots encodés RFC 2047) et utiliser des types de média standard.'],
  },
  'message-too-big': {
    title: 'Le message est trop volumineux',
    happened: 'Votre message est trop volumineux pour le serveur de {address}',
    next: 'allégez les pièces jointes',
    youDo: ['Retirez ou compressez les grosses pièces jointes, ou partagez-les plutôt via un lien.'],
    resend: 'Renvoyez votre message en partageant les fichiers via un lien.',
    explanation:
      'Le message, avec ses pièces jointes, dépasse la taille acceptée par le serveur destinataire (552, X.3.4 ; Gmail 552 5.3.4). Les pièces jointes grossissent d’environ un tiers lors de leur encodage pour l’envoi.',
    adminSteps: ['Rien à corriger de votre côté : la limite est celle du destinataire. Les gros fichiers passent mieux sous forme de liens de partage.'],
  },
  'recipient-size-limit': {
    title: 'Le message dépasse la taille maximale du destinataire',
    happened: 'Votre message est trop volumineux pour la boîte aux lettres de {address}',
    next: 'allégez les pièces jointes',
    youDo: ['Retirez ou compressez les grosses pièces jointes, ou partagez-les plutôt via un lien.'],
    resend: 'Renvoyez votre message en partageant les fichiers via un lien.',
    explanation:
      'La boîte aux lettres du destinataire a sa propre limite de taille pour les messages entrants, plus basse que celle du serveur, et ce message la dépasse (X.2.3).',
    adminSteps: ['Rien à corriger de votre côté : la limite est celle de la boîte aux lettres du destinataire. Les gros fichiers passent mieux sous forme de liens de partage.'],
  },
  // ── Recipient address and mailbox ────────────────────────────────────────────────────────────
  'user-unknown': {
    title: 'L’adresse du destinataire n’existe pas',
    happened: '{address} n’existe pas',
    next: 'vérifiez l’adresse',
    youDo: ['Vérifiez que l’adresse ne contient pas de faute de frappe (la partie avant le @).', 'Si elle semble correcte, demandez autrement à la personne son adresse actuelle.'],
    resend: 'Renvoyez votre message à l’adresse corrigée.',
    explanation:
      'Le serveur de messagerie du destinataire indique qu’il n’a aucune boîte aux lettres de ce nom (X.1.1, "user unknown"). En général, l’adresse est mal orthographiée ou la personne est partie ; l’expéditeur n’y peut rien changer.',
    adminSteps: ['Rien à corriger de votre côté.', 'Retirez l’adresse des listes de contacts et de diffusion si elle reste invalide.'],
  },
  'recipient-unverified': {
    title: 'Le serveur du destinataire n’a pas encore pu vérifier l’adresse',
    happened: 'Le serveur de messagerie de {address} n’a pas encore pu confirmer l’adresse',
    next: 'vérifiez l’adresse',
    youDo: [
      'Vérifiez que l’adresse ne contient pas de faute de frappe.',
      'Si elle est correcte et que cela se répète, prévenez la personne : son serveur de messagerie est peut-être injoignable.',
    ],
    explanation:
      'Une passerelle placée devant la boîte aux lettres du destinataire vérifie chaque adresse auprès du serveur situé derrière elle (vérification d’adresse du destinataire ; Postfix / Proofpoint 450 4.1.1), et cette vérification n’a pas encore abouti : elle est en cours, ou ce serveur est injoignable.',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Si l’échec devient définitif alors que l’adresse est correcte, le service informatique du destinataire doit vérifier que sa passerelle joint bien le serveur de messagerie situé derrière elle.',
    ],
  },
  'address-syntax': {
    title: 'L’adresse du destinataire n’est pas une adresse valide',
    happened: 'L’envoi à {address} a échoué : l’adresse n’est pas valide',
    next: 'corrigez l’adresse',
    youDo: ['Cherchez dans l’adresse des espaces, des virgules, ou des caractères manquants ou en double, et corrigez-la.'],
    resend: 'Renvoyez votre message à l’adresse corrigée.',
    explanation:
      'L’adresse du destinataire n’est pas une adresse e-mail valide (X.1.3 ; 553 "mailbox name not allowed") : un caractère parasite, une espace ou une partie manquante.',
    adminSteps: ['Rien à corriger sur le serveur.', 'Si l’adresse provient d’un formulaire ou d’une liste, corrigez-la à la source.'],
  },
  'address-ambiguous': {
    title: 'L’adresse du destinataire correspond à plusieurs boîtes aux lettres',
    happened: '{address} correspond à plusieurs personnes dans son organisation',
    next: 'demandez l’adresse exacte',
    youDo: ['Demandez autrement à la personne son adresse exacte.'],
    resend: 'Renvoyez votre message à l’adresse exacte.',
    explanation: 'Le serveur du destinataire n’a pas pu déterminer à quelle boîte aux lettres correspond l’adresse (X.1.4, adresse de destination ambiguë).',
    adminSteps: ['Rien à corriger de votre côté.', 'Si l’adresse est correcte et que cela se répète, le service informatique du destinataire doit la rendre unique.'],
  },
  'recipient-domain-unknown': {
    title: 'Le domaine du destinataire n’existe pas',
    happened: 'L’envoi à {address} a échoué : la partie après le @ n’existe pas',
    next: 'vérifiez l’adresse',
    youDo: [
      'Vérifiez que la partie après le @ ne contient pas de faute de frappe (par exemple gmal.com au lieu de gmail.com).',
      'Si elle semble correcte, demandez autrement à la personne son adresse.',
    ],
    resend: 'Renvoyez votre message à l’adresse corrigée.',
    explanation:
      'La partie de l’adresse après le @ n’est pas un domaine qui existe ou qui peut recevoir des e-mails (X.1.2, X.4.4 ; Gmail 553 5.1.2 "We weren\'t able to find the recipient domain" ; NXDOMAIN). C’est généralement une faute de frappe (par ex. gmal.com).',
    adminSteps: ['Rien à corriger de votre côté : c’est l’adresse qui doit être corrigée.'],
  },
  'dns-lookup-failed': {
    title: 'Le domaine du destinataire n’a pas pu être résolu',
    happened: 'Votre serveur de messagerie n’a pas trouvé où remettre les e-mails pour {address}',
    next: 'vérifiez l’adresse',
    youDo: ['Vérifiez que la partie de l’adresse après le @ ne contient pas de faute de frappe.'],
    resend: 'Si l’adresse est correcte, prévenez la personne autrement et renvoyez votre message plus tard.',
    explanation:
      'Le serveur d’envoi n’a pas trouvé où remettre les e-mails pour le domaine du destinataire : la requête DNS a échoué ou n’a rien renvoyé d’exploitable (Exchange Online 5.4.312 "DNS query failed", Gmail "DNS Error", Postfix "Host not found, try again"). Un domaine mal orthographié donne exactement ce résultat.',
    adminSteps: [
      'Interrogez depuis votre serveur les enregistrements MX et A du domaine destinataire, et vérifiez que votre propre résolveur répond.',
      'Si le domaine est bien orthographié et que son DNS est défaillant, le service informatique du destinataire doit le corriger ; joignez-le par l’intermédiaire du destinataire.',
    ],
  },
  'domain-accepts-no-mail': {
    title: 'Le domaine du destinataire n’accepte pas les e-mails',
    happened: '{address} ne peut recevoir aucun e-mail',
    next: 'vérifiez l’adresse',
    youDo: [
      'Vérifiez l’adresse : la personne en utilise sans doute une autre pour ses e-mails.',
      'Demandez-lui autrement une adresse qui fonctionne.',
    ],
    resend: 'Renvoyez votre message à l’adresse qui fonctionne.',
    explanation:
      'Le domaine destinataire déclare ne recevoir aucun e-mail (un "null MX", RFC 7505, X.1.10), ou son serveur refuse définitivement tous les e-mails (521 / 556, RFC 7504).',
    adminSteps: ['Rien à corriger de votre côté : c’est l’adresse qui doit changer.'],
  },
  'mailbox-moved': {
    title: 'La boîte aux lettres a changé d’adresse et les e-mails ne sont pas transférés',
    happened: '{address} a changé d’adresse',
    next: 'demandez la nouvelle adresse',
    youDo: ['Demandez à la personne sa nouvelle adresse et mettez à jour vos contacts.'],
    resend: 'Renvoyez votre message à sa nouvelle adresse.',
    explanation:
      'Cette adresse fonctionnait, mais la personne est passée à une autre adresse et les e-mails ne sont pas transférés (X.1.6 ; 551 "user not local", qui peut indiquer la nouvelle adresse ; X.7.17 / X.7.18 changement de propriétaire).',
    adminSteps: ['Rien à corriger de votre côté.', 'Mettez à jour l’adresse dans les listes de contacts et de diffusion ; si la réponse indique une nouvelle adresse, utilisez-la.'],
  },
  'account-disabled': {
    title: 'Le compte du destinataire est désactivé',
    happened: 'La boîte aux lettres de {address} est désactivée',
    next: 'demandez une adresse à jour',
    youDo: [
      'Contactez la personne autrement et demandez-lui une adresse à jour.',
      'Cessez d’utiliser cette adresse si elle reste désactivée.',
    ],
    resend: 'Renvoyez votre message à son adresse actuelle.',
    explanation:
      'La boîte aux lettres existe mais elle est désactivée : inactive, suspendue ou fermée (X.2.1 ; Gmail 550 5.2.1, Yahoo). Elle ne reçoit pas d’e-mails.',
    adminSteps: ['Rien à corriger de votre côté.', 'Retirez l’adresse des listes de contacts et de diffusion si elle reste désactivée.'],
  },
  'mailbox-locked': {
    title: 'La boîte aux lettres du destinataire est temporairement indisponible',
    happened: 'La boîte aux lettres de {address} est indisponible pour le moment',
    next: 'attendez',
    youDo: ['Si l’échec persiste, prévenez la personne autrement.'],
    explanation:
      'La boîte aux lettres du destinataire est temporairement verrouillée ou occupée, par exemple pendant une maintenance ou après une activité suspecte (Comcast 450 4.2.0).',
    adminSteps: ['Rien à corriger de votre côté.', 'Si l’échec persiste, le destinataire ou son fournisseur doit déverrouiller la boîte aux lettres.'],
  },
  'mailbox-full': {
    title: 'La boîte aux lettres du destinataire est pleine',
    happened: 'La boîte aux lettres de {address} est pleine',
    next: 'prévenez la personne',
    youDo: ['Prévenez la personne autrement (téléphone, chat) que sa boîte aux lettres est pleine.'],
    resend: 'Renvoyez votre message une fois qu’elle a fait de la place.',
    explanation:
      'La boîte aux lettres du destinataire a dépassé son quota de stockage (X.2.2). Les serveurs commencent généralement par différer (4xx) puis refusent (5xx) ; dans les deux cas, cela ne se règle que lorsque le destinataire supprime des e-mails ou que son service informatique augmente le quota.',
    adminSteps: ['Rien à corriger de votre côté.', 'Si cela se répète avec la même organisation, son service informatique peut augmenter le quota de la boîte aux lettres.'],
  },
  'mailbox-full-inactive': {
    title: 'La boîte aux lettres du destinataire est pleine et n’est plus utilisée',
    happened: 'La boîte aux lettres de {address} est pleine et n’est plus utilisée',
    next: 'demandez une autre adresse',
    youDo: ['Contactez la personne autrement et demandez-lui l’adresse qu’elle utilise.', 'Cessez d’utiliser cette adresse.'],
    resend: 'Renvoyez votre message à l’adresse qu’elle utilise maintenant.',
    explanation:
      'La boîte aux lettres est pleine et le compte est inactif depuis longtemps (Gmail 552 5.2.2, "out of storage space and inactive") ; les e-mails ne sont pas acceptés.',
    adminSteps: ['Rien à corriger de votre côté.', 'Retirez l’adresse des listes de contacts et de diffusion.'],
  },
  // ── Receiving system and network ─────────────────────────────────────────────────────────────
  'receiver-temporary-error': {
    title: 'Problème temporaire sur le serveur de messagerie du destinataire',
    happened: 'Le serveur de messagerie de {address} a un problème temporaire',
    next: 'prévenez la personne',
    youDo: ['Si cela se répète, prévenez la personne autrement que son serveur de messagerie a des problèmes.'],
    explanation:
      'Le serveur de messagerie du destinataire a eu un problème temporaire qui lui est propre : surchargé, à court de ressources ou en erreur interne (Gmail 421 / 451 4.3.0 et 4.4.5, Exchange Online 451 4.7.0 / 4.4.0, Yahoo 451, iCloud 451 4.7.1, Mimecast, Barracuda, Email Security.cloud 421, Zoho 452 4.3.1, Exim 451).',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Si cela dure plusieurs jours, le service informatique du destinataire doit examiner son serveur de messagerie ; joignez-le par l’intermédiaire du destinataire.',
    ],
  },
  'receiver-system-error': {
    title: 'Erreur interne au système de messagerie du destinataire',
    happened: 'La messagerie de {address} rencontre une erreur interne',
    next: 'prévenez la personne',
    youDo: ['Prévenez la personne autrement que son serveur de messagerie a renvoyé une erreur.'],
    explanation:
      'Le système de messagerie du destinataire a échoué à cause de sa propre configuration ou d’une panne interne (X.3.x, X.1.9 ; Postfix 451 4.3.0 / 4.3.5). Le message lui-même n’y est pour rien.',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Le service informatique du destinataire doit réparer son serveur ; la réponse du serveur, dans les détails, indique où chercher.',
    ],
  },
  'receiver-disk-full': {
    title: 'Le serveur de messagerie du destinataire manque d’espace de stockage',
    happened: 'Le serveur de messagerie de {address} n’a plus d’espace de stockage',
    next: 'prévenez la personne',
    youDo: ['Si cela se répète, prévenez la personne autrement : son service informatique doit libérer de l’espace sur le serveur.'],
    explanation:
      'Le serveur de messagerie du destinataire lui-même n’a plus d’espace disque (X.3.1 ; 452 stockage système insuffisant ; Sendmail 452 4.4.5 "Insufficient disk space"). Le destinataire ne peut pas régler cela seul ; son service informatique doit le faire.',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Si cela persiste, le service informatique du destinataire doit libérer de l’espace sur le serveur ; joignez-le par l’intermédiaire du destinataire.',
    ],
  },
  'mailer-error': {
    title: 'Le programme de remise du serveur du destinataire a échoué',
    happened: 'Le serveur de messagerie de {address} n’a pas réussi à enregistrer votre message',
    next: 'prévenez la personne',
    youDo: ['Prévenez la personne autrement : son service informatique doit vérifier son serveur de messagerie.'],
    explanation:
      'Le programme qui dépose les e-mails dans la boîte aux lettres du destinataire (un programme de remise locale, un pipe ou un script de filtrage) a planté ou signalé une erreur.',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Le service informatique du destinataire doit vérifier le programme de remise ou le filtre de messagerie cité dans la réponse du serveur.',
    ],
  },
  'receiver-not-accepting': {
    title: 'Le serveur du destinataire n’accepte pas d’e-mails',
    happened: 'Le serveur de messagerie de {address} n’accepte pas d’e-mails en ce moment',
    next: 'prévenez la personne',
    youDo: ['Si cela dure, contactez la personne autrement.'],
    explanation:
      'Le serveur de messagerie du destinataire refuse tous les e-mails en ce moment : maintenance, surcharge, ou il n’est pas configuré pour recevoir (X.3.2 ; 421, ou 521 pour un hôte qui ne reçoit aucun e-mail).',
    adminSteps: ['Rien à corriger de votre côté.', 'Si cela dure, le service informatique du destinataire doit vérifier son serveur de messagerie.'],
  },
  'connection-timed-out': {
    title: 'Le serveur de messagerie du destinataire n’a pas répondu',
    happened: 'Le serveur de messagerie de {address} n’a pas répondu',
    next: 'prévenez la personne',
    youDo: ['Si cela dure, prévenez la personne autrement : son serveur de messagerie est peut-être en panne ou mal configuré.'],
    explanation:
      'Le serveur d’envoi n’a pas pu joindre le serveur de messagerie du destinataire : les connexions ont expiré (X.4.1 ; Gmail "did not accept our requests to connect"). Il s’agit généralement d’une panne ou d’un problème de pare-feu chez le destinataire.',
    adminSteps: [
      'Si de nombreux domaines expirent de la même façon, vérifiez que les connexions sortantes de votre serveur vers le port 25 ne sont pas bloquées.',
      'Sinon, le service informatique du destinataire doit vérifier son serveur de messagerie, son pare-feu et ses enregistrements MX.',
    ],
  },
  'connection-refused': {
    title: 'Le serveur de messagerie du destinataire a refusé la connexion',
    happened: 'Le serveur de messagerie de {address} n’accepte aucune connexion',
    next: 'prévenez la personne',
    youDo: ['Si cela dure, prévenez la personne autrement : son serveur de messagerie est peut-être en panne.'],
    explanation:
      'Le serveur d’envoi a atteint l’adresse du serveur de messagerie du destinataire, mais rien n’y a accepté la connexion (Exchange Online 4.4.316, erreur de socket 10061) : le serveur est arrêté, un pare-feu la refuse, ou le DNS du domaine pointe vers la mauvaise adresse. Le problème est du côté du destinataire ; ce n’est pas un blocage de votre serveur.',
    adminSteps: [
      'Rien à corriger de votre côté.',
      'Si cela dure, le service informatique du destinataire doit vérifier le serveur de messagerie, son pare-feu et les enregistrements MX du domaine ; joignez-le par l’intermédiaire du destinataire.',
    ],
  },
  'host-unreachable': {
    title: 'Le serveur de messagerie du destinataire est injoignable',
    happened: 'Le serveur de messagerie de {address} est injoignable',
    next: 'prévenez la personne',
    youDo: ['Si cela dure, prévenez la personne autrement : son serveur de messagerie est peut-être en panne.'],
    explanation:
      'Le serveur d’envoi n’a pas pu ouvrir de connexion vers le serveur de messagerie du destinataire : pas de route, hôte arrêté ou erreur réseau en chemin.',
    adminSteps: [
      'Si de nombreux domaines échouent de la même façon, vérifiez votre propre réseau sortant.',
      'Sinon, le service informatique du destinataire doit vérifier que le serveur de messagerie fonctionne et que les enregistrements MX et A du domaine sont corrects.',
    ],
  },
  'network-error': {
    title: 'Problème réseau sur le chemin du serveur du destinataire',
    happened: 'La connexion au serveur de messagerie de {address} a été interrompue',
    next: 'attendez',
    youDo: ['Si cela se répète, prévenez la personne autrement : son serveur de messagerie est peut-être instable.'],
    explanation:
      'Un problème réseau a interrompu la remise : la connexion a été perdue, réinitialisée ou coupée en chemin (X.4.0 / X.4.2 ; Gmail 421 4.7.0 "Connection expired, try reconnecting" et 451 4.4.2 "Timeout - closing connection"). Ces interruptions sont courantes et passent généralement.',
    adminSteps: [
      'Rien à faire pour un cas isolé.',
      'Si cela se répète avec ce domaine, prévenez le service informatique du destinataire (par l’intermédiaire du destinataire) : son serveur de messagerie ou son réseau est peut-être instable.',
    ],
  },
  'routing-loop': {
    title: 'Le message tournait en boucle',
    happened: 'Votre message pour {address} a tourné en boucle entre des serveurs de messagerie',
    next: 'prévenez la personne',
    youDo: [
      'Prévenez la personne autrement : elle ou son service informatique doit vérifier ses règles de transfert.',
      'Si vous transférez vous-même des e-mails (par exemple vers cette adresse et retour), vérifiez aussi vos propres règles de transfert.',
    ],
    resend: 'Renvoyez votre message une fois la boucle corrigée.',
    explanation:
      'Le message a été transmis entre serveurs ou règles de transfert tant de fois qu’il a été arrêté : une boucle de transfert (X.4.6 ; Gmail 554 5.4.6 "exceeded 50 hops", Exchange Online 5.4.14 nombre de sauts dépassé, Postfix "mail loops back to myself"). Les boucles ne se corrigent pas d’elles-mêmes : il faut modifier une règle de transfert ou le routage des e-mails.',
    adminSteps: [
      'Vérifiez vos propres transferts et votre routage si le message passe par chez vous (par exemple un transfert vers cette adresse et retour).',
      'Le destinataire ou son service informatique doit vérifier les règles de transfert et de boîte de réception ainsi que le routage des e-mails (enregistrements MX, connecteurs).',
    ],
  },
  'protocol-error': {
    title: 'Le logiciel d’envoi a enfreint les règles du protocole de messagerie',
    happened: 'Votre logiciel de messagerie et le serveur de messagerie de {address} ne se sont pas compris',
    next: 'transférez cet e-mail à votre service informatique',
    youDo: ['Transférez cet e-mail à votre service informatique ou fournisseur de messagerie : eux seuls peuvent régler le problème.'],
    resend: 'Renvoyez votre message une fois le logiciel d’envoi corrigé ou mis à jour.',
    explanation:
      'Le serveur ou le programme d’envoi a envoyé des commandes que le serveur destinataire n’a pas acceptées : dans le désordre, mal formées ou non prises en charge (X.5.x ; 500-504, 555 ; Gmail 451 / 454 4.5.0 "SMTP protocol violation").',
    adminSteps: [
      'Trouvez quel serveur ou programme a envoyé le message, puis corrigez-le ou mettez-le à jour ; la réponse du serveur indique ce qu’il a refusé.',
      'Pour un logiciel tiers, signalez le problème à l’éditeur en citant cet avis.',
    ],
  },
  'message-expired': {
    title: 'Abandon de la remise : le délai des nouvelles tentatives est écoulé',
    happened: 'Votre serveur de messagerie a renoncé à remettre votre message à {address}',
    next: 'vérifiez l’adresse',
    youDo: [
      'Vérifiez que l’adresse ne contient pas de faute de frappe.',
      'Si cela se reproduit avec la même organisation, prévenez la personne autrement : son serveur de messagerie est peut-être injoignable.',
    ],
    resend: 'Renvoyez votre message plus tard, ou contactez la personne autrement.',
    explanation:
      'Le serveur d’envoi a essayé de remettre le message pendant toute sa période de nouvelles tentatives (en général un à cinq jours ; 24 heures chez Exchange Online) puis a abandonné (X.4.7 ; Exchange Online 4.4.7 / 5.4.300, MessageLabs 554 5.4.7). La dernière erreur temporaire reçue est la vraie cause ; l’e-mail n’a pas été remis.',
    adminSteps: [
      'Consultez la dernière erreur temporaire dans l’avis (ou dans le journal de votre serveur) : c’est la vraie cause.',
      'Si cela se reproduit avec le même domaine, son serveur de messagerie est probablement injoignable : le service informatique du destinataire doit le vérifier.',
    ],
  },
  suppressed: {
    title: 'Votre plateforme d’envoi a mis cette adresse en liste de suppression',
    happened: 'Votre plateforme d’envoi n’envoie plus rien à {address}',
    next: 'vérifiez la raison dans votre plateforme d’envoi',
    youDo: [
      'Regardez dans votre plateforme d’envoi pourquoi l’adresse est bloquée (un ancien message non remis, une plainte ou une désinscription).',
      'Ne la débloquez que si la personne confirme que l’adresse fonctionne et qu’elle veut recevoir vos e-mails.',
    ],
    resend: 'Ne renvoyez votre message qu’une fois l’adresse débloquée.',
    explanation:
      'La plateforme d’envoi n’a même pas essayé : l’adresse figure sur sa liste de suppression après un précédent échec de remise, une plainte ou une désinscription.',
    adminSteps: [
      'Vérifiez le motif de suppression dans la plateforme d’envoi.',
      'Ne retirez l’adresse de la liste que si la personne confirme qu’elle fonctionne et qu’elle veut recevoir les e-mails.',
    ],
  },
  'mailing-list-refused': {
    title: 'Le groupe ou la liste de diffusion n’a pas accepté votre envoi',
    happened: '{address} est un groupe qui n’a pas accepté votre message',
    next: 'vérifiez l’adresse du groupe',
    youDo: ['Vérifiez l’adresse du groupe.', 'Demandez au propriétaire du groupe l’autorisation d’y écrire, ou rejoignez le groupe.'],
    resend: 'Renvoyez votre message une fois que vous avez le droit d’écrire au groupe.',
    explanation:
      'Le groupe n’existe peut-être pas, ou l’expéditeur n’a pas le droit d’y publier, par exemple parce que seuls les membres le peuvent (X.7.2, expansion de liste de diffusion interdite).',
    adminSteps: ['Rien à corriger de votre côté.', 'Le propriétaire ou l’administrateur du groupe doit autoriser l’expéditeur à publier, ou l’expéditeur rejoint le groupe.'],
  },
  // ── Fallbacks ────────────────────────────────────────────────────────────────────────────────
  'temporary-unknown': {
    title: 'Échec temporaire (sans autre précision)',
    happened: 'Le serveur de messagerie de {address} n’a pas encore pu accepter votre message',
    next: 'attendez',
    youDo: ['Si cela se répète, prévenez la personne autrement.'],
    explanation: 'Le serveur destinataire a signalé un problème temporaire (4xx) sans préciser lequel.',
    adminSteps: [
      'Lisez la réponse du serveur dans les détails pour trouver un indice.',
      'Si cela se répète, le service informatique du destinataire doit vérifier son serveur de messagerie.',
    ],
  },
  'permanent-unknown': {
    title: 'Échec de la remise (sans autre précision)',
    happened: 'Votre message n’a pas pu être remis à {address}',
    next: 'vérifiez l’adresse',
    youDo: [
      'Vérifiez que l’adresse ne contient pas de faute de frappe.',
      'Si elle semble correcte, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    ],
    resend: 'Renvoyez votre message une fois la cause connue, ou contactez la personne autrement si c’est important.',
    explanation:
      'Le message n’a pas pu être remis et l’avis n’indique pas clairement pourquoi (un 5xx seul, ou X.0.0). La réponse du serveur destinataire, dans les détails, est le meilleur indice.',
    adminSteps: [
      'Lisez la réponse du serveur et le code d’état dans les détails.',
      'Si l’avis a tronqué la réponse, retrouvez-la en entier dans le journal de votre serveur.',
    ],
  },
  unknown: {
    title: 'Problème inconnu',
    happened: 'Votre message pour {address} a échoué sans raison claire',
    next: 'vérifiez l’adresse',
    youDo: [
      'Vérifiez que l’adresse ne contient pas de faute de frappe.',
      'Si votre message est important, transférez cet e-mail à votre service informatique ou fournisseur de messagerie.',
    ],
    explanation: 'L’avis ne contient aucun code d’état ni aucune explication qui permette d’identifier la cause.',
    adminSteps: ['Recherchez le message dans le journal du serveur d’envoi : la réponse du serveur distant y figure même quand l’avis l’omet.'],
  },
  // ── Not bounces ─────────────────────────────────────────────────────────────────────────────
  delivered: {
    title: 'Remis avec succès',
    happened: 'Votre message a été remis à {address}',
    next: 'rien à faire',
    youDo: [],
    resend: 'Inutile de renvoyer votre message.',
    explanation: 'C’est une confirmation de remise, pas une erreur : le message est arrivé sur le serveur du destinataire.',
    adminSteps: ['Rien à faire.'],
  },
  'auto-reply': {
    title: 'Réponse automatique (par ex. absence du bureau)',
    happened: '{address} a envoyé une réponse automatique',
    next: 'lisez la réponse',
    youDo: ['En cas d’urgence, cherchez dans la réponse une autre personne à contacter.'],
    resend: 'Inutile de le renvoyer : votre message a bien été remis.',
    explanation:
      'C’est une réponse automatique du destinataire (par exemple pour une absence), pas un échec de remise : l’e-mail a bien été remis.',
    adminSteps: ['Rien à faire.'],
  },
  'abuse-report': {
    title: 'Signalement d’abus ou plainte',
    happened: 'Quelqu’un a signalé un message de votre organisation',
    next: 'transmettez le signalement à qui gère vos listes de diffusion',
    youDo: ['N’écrivez plus à la personne qui s’est plainte.', 'Transmettez le signalement à la personne qui gère vos listes de diffusion.'],
    resend: 'Rien n’a besoin d’être renvoyé.',
    explanation:
      'C’est un rapport de signalement, pas un échec de remise : quelqu’un a marqué un message comme spam (RFC 5965), ou un e-mail a échoué aux contrôles d’authentification (RFC 6591).',
    adminSteps: [
      'Retirez l’adresse de la personne qui s’est plainte de vos listes, ou désinscrivez-la.',
      'Pour un rapport d’échec d’authentification, vérifiez SPF, DKIM et DMARC pour le domaine qu’il cite.',
    ],
  },
};
