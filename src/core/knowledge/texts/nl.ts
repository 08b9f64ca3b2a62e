import type { AdviceStrings, CauseText } from './types';

/**
 * Nederlands (Dutch). Informal "je", as Dutch Gmail and Outlook write; terms as in docs/glossary/nl.md
 * (mailbox, ontvanger, afzender, onbestelbaar bericht, je IT-beheerder of e-mailprovider). The plain layer
 * is written for an office worker whose message bounced, the technical one for their IT admin (see types.ts).
 * Standalone "server" is avoided on purpose: "mailserver" is the Dutch word, and the English check counts
 * "server".
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'niemand',
    sender: 'jij',
    'sender-admin': 'je IT-beheerder of e-mailprovider',
    recipient: 'de ontvanger',
    'recipient-admin': 'de IT-beheerder van de ontvanger',
  },
  unknownAddress: 'de ontvanger',
  countOfRecipients: (count) => `${count} ontvangers`,
  headlineFinal: (happened, next) => `${happened} — ${next} en verstuur het dan opnieuw`,
  headlineFixWhileRetrying: (happened, next) => `${happened} — ${next}. Niet opnieuw versturen.`,
  headlineWaiting: (address) => `Nog niet bezorgd bij ${address} — niets te doen`,
  headlineSeveralSame: (count, next) => `${count} ontvangers niet bereikt — ${next} en verstuur het dan opnieuw`,
  headlineSeveralDifferent: (count, problems) => `${count} ontvangers niet bereikt, om ${problems} verschillende redenen`,
  headlineNotBounce: 'Geen onbestelbaar bericht',
  resendWhileWaiting: 'Verstuur het niet opnieuw: je mailserver blijft het zelf proberen, en een tweede exemplaar zou dubbel aankomen.',
  resendWhileFixing: 'Verstuur het niet opnieuw: zodra het probleem is opgelost, wordt het exemplaar dat nog op je mailserver wacht alsnog bezorgd.',
  resendAfterYourFix: 'Verstuur het daarna opnieuw.',
  resendAfterTheirFix: (who) => `Verstuur het opnieuw zodra ${who} het heeft opgelost.`,
  resendLater: 'Verstuur het later opnieuw, of neem op een andere manier contact op.',
  urgentAnotherWay: 'Is het dringend? Neem dan intussen op een andere manier contact op (telefoon, chat).',
  tellRecipient: 'Laat het de ontvanger op een andere manier weten (telefoon, chat): je e-mail daarover komt ook niet aan.',
  stillRetrying: 'Toen deze melding werd geschreven, probeerde de verzendende mailserver het bericht nog steeds te bezorgen.',
  needsFixWhileRetrying: (who) => `Wachten lost dit niet op: elke nieuwe poging loopt er opnieuw tegenaan, totdat ${who} het oplost.`,
  gaveUp: 'De verzendende mailserver heeft het opgegeven: dit bericht is niet bezorgd.',
};

/**
 * Per cause id (causes.ts), in the order of causes.ts. The plain fields never promise or forbid a resend:
 * the notice's state adds that (see ADVICE_STRINGS).
 */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  // ── Rate limits and queues on the receiving side ─────────────────────────────────────────────
  'gmail-receiving-rate': {
    title: 'Gmail-account van de ontvanger krijgt te snel mail',
    happened: '{address} krijgt op dit moment te veel mail',
    next: 'wacht',
    youDo: ['Stuur je deze persoon automatische mail of bulkmail? Stuur dan minder vaak.'],
    resend: 'Verstuur het over een uur of twee opnieuw.',
    explanation:
      'Gmail beperkt hoeveel mail één account per minuut, uur en dag mag ontvangen (450 4.2.1 ReceivingRate). Dit account zit nu boven die limiet, vaak omdat een systeem er veel mail naartoe doorstuurt. Gmail heeft de verzendende mailserver daarom gevraagd het rustiger aan te doen en het later opnieuw te proberen.',
    adminSteps: [
      'Laat de verzendende mailserver het zelf opnieuw proberen; verhoog de frequentie van nieuwe pogingen niet.',
      'Blijft het gebeuren, dan moet de ontvanger de stroom stoppen (een luidruchtige waarschuwing, een doorstuurregel) of voor grote hoeveelheden mail een Google-groep gebruiken.',
    ],
  },
  'gmail-receiving-rate-final': {
    title: 'Gmail-account van de ontvanger heeft de ontvangstlimiet bereikt (bericht geweigerd)',
    happened: '{address} heeft de Gmail-limiet voor inkomende mail bereikt',
    next: 'wacht een dag',
    youDo: [
      'Laat de ontvanger op een andere manier (telefoon, chat) weten dat mail naar dit adres wordt geweigerd.',
      'Gebeurt het weer? Vertel dan dat iets de inbox overspoelt (misschien een doorstuurregel), zodat de ontvanger het kan stoppen.',
    ],
    resend: 'Verstuur het over ongeveer 24 uur opnieuw: Gmail heeft dit exemplaar niet bewaard.',
    explanation:
      'Gmail weigerde het bericht meteen (550 5.2.1, ReceivingRatePerm): het account van de ontvanger heeft zijn ontvangstlimiet bereikt (Google noemt 60 berichten per minuut, 3.600 per uur en 86.400 per dag). Volgens Google duurt zo’n blokkade meestal ongeveer 24 uur. Gmail bewaart geweigerde mail niet, dus dit bericht komt niet vanzelf alsnog aan.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen; het bericht kan na ongeveer 24 uur opnieuw worden verstuurd.',
      'Herhaalt het zich, dan wordt het account van de ontvanger overspoeld (een doorsturing of een mailbom): de ontvanger of diens IT-beheerder moet de bron vinden en stoppen.',
    ],
  },
  'recipient-rate-limit': {
    title: 'Ontvanger krijgt te snel mail',
    happened: '{address} krijgt op dit moment te veel mail',
    next: 'wacht',
    youDo: ['Stuur je deze persoon veel berichten? Spreid ze dan over de tijd.'],
    resend: 'Verstuur het over een uur of twee opnieuw.',
    explanation:
      'De provider van de ontvanger beperkt hoeveel berichten één mailbox in korte tijd mag ontvangen, en deze mailbox zit boven die limiet (Yahoo 450, Yandex 450 4.2.1, Comcast 452, Exchange Online, iCloud, of de formulering "receiving mail too quickly" die andere mailservers overnemen, zoals policy services voor Postfix). De verzendende mailserver is gevraagd het later opnieuw te proberen. Sommige providers (Tencent QQ) weigeren met een 550, hoewel het probleem tijdelijk is.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen; de gewone nieuwe pogingen zijn genoeg.',
      'Stuur je veel berichten naar dit adres (meldingen, bulkmail), spreid ze dan. Blijft het gebeuren, dan moet de ontvanger uitzoeken wat de mailbox overspoelt.',
    ],
  },
  'recipient-hourly-limit': {
    title: 'Ontvanger kreeg dit uur te veel berichten (bericht geweigerd)',
    happened: '{address} kreeg dit uur te veel berichten',
    next: 'wacht een uur of twee',
    youDo: ['Stuurt een programma of app mail naar dit adres? Laat het dan minder berichten per uur versturen.'],
    resend: 'Verstuur het over een uur of twee opnieuw.',
    explanation:
      'De mailbox van de ontvanger heeft dit uur meer berichten ontvangen dan de provider toestaat (Exchange Online 554 5.2.121 / 5.2.122; de Gmail-achtige formulering "receiving mail at a rate that prevents additional messages" van andere mailservers). Het bericht is met een permanente code geweigerd, hoewel het probleem tijdelijk is, en staat dus niet in een wachtrij voor later.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen; het bericht kan over een uur of twee opnieuw worden verstuurd.',
      'Stuurt een applicatie naar dit adres, beperk dan hoeveel berichten per uur die daarheen verstuurt.',
    ],
  },
  'org-queue-quota': {
    title: 'Een Microsoft 365-organisatie heeft te veel mail in de wachtrij',
    happened: 'Microsoft 365 houdt mail een tijdje tegen',
    next: 'wacht',
    youDo: ['Duurt het vele uren? Stuur dit dan door naar je IT-beheerder of e-mailprovider.'],
    explanation:
      'Microsoft 365 heeft het bericht uitgesteld (450 4.7.3, "Organization queue quota exceeded": de betekenis die Microsoft eraan geeft, niet die van IANA voor beveiligingsconversie), omdat er al te veel mail van één organisatie in de wachtrijen van Microsoft staat, meestal door een golf van automatische of onbestelbare berichten. Gaat je eigen mail via Microsoft 365 de deur uit, dan is dat meestal jouw organisatie; anders die van de ontvanger.',
    adminSteps: [
      'Meestal niets: latere pogingen komen erdoor zodra de achterstand is weggewerkt.',
      'Duurt het vele uren en gaat je mail via Microsoft 365 de deur uit, zoek dan de achterstand in je tenant (een mailstorm, een vloed aan onbestelbare berichten) of open een case bij Microsoft; anders moet de IT-beheerder van de ontvanger dat doen.',
    ],
  },
  'app-queue-quota': {
    title: 'Microsoft 365 stelt mail tijdelijk uit (wachtrijquotum van de dienst)',
    happened: 'Microsoft 365 houdt mail even tegen',
    next: 'wacht',
    youDo: [],
    explanation:
      'Microsoft 365 heeft het bericht uitgesteld (450 4.7.9, wachtrijquotum van de applicatie overschreden) terwijl een van zijn interne wachtrijen boven de limiet zat. Latere pogingen komen er normaal gesproken door.',
    adminSteps: [
      'Niets te doen zolang het vanzelf overgaat.',
      'Blijft het gebeuren, dan moet de beheerder van de betrokken Microsoft 365-organisatie een case openen bij Microsoft.',
    ],
  },
  'mailbox-thread-limit': {
    title: 'Mailbox van de ontvanger krijgt te veel berichten tegelijk',
    happened: '{address} krijgt te veel berichten tegelijk',
    next: 'wacht',
    youDo: ['Blijft het gebeuren? Laat het de ontvanger dan op een andere manier weten.'],
    explanation:
      'De mailserver van de ontvanger remt de bezorging in deze ene mailbox af, omdat er te veel berichten tegelijk binnenkomen (Exchange Online 432 4.3.2, "recipient thread limit exceeded").',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen; latere pogingen komen er normaal gesproken door.',
      'Blijft het gebeuren, dan moet de IT-beheerder van de ontvanger zoeken wat de mailbox overspoelt (inboxregels, doorsturingen, automatische mail).',
    ],
  },
  'relay-peak-limit': {
    title: 'Verzendende organisatie zit boven de pieklimiet van de SMTP-relay van Google',
    happened: 'Je organisatie verstuurt sneller mail dan Google toestaat',
    next: 'wacht',
    youDo: ['Gebeurt dit vaak? Stuur dit dan door naar je IT-beheerder of e-mailprovider.'],
    explanation:
      'De organisatie verstuurt via de SMTP-relay van Google (smtp-relay.gmail.com) sneller dan haar piekmarge toestaat, dus Google doseert het tempo (450 4.2.1, "Peak SMTP relay limit exceeded for customer"). Google noemt deze limiet tijdelijk: latere pogingen komen erdoor.',
    adminSteps: [
      'Niets te doen voor dit bericht.',
      'Gebeurt het vaak, spreid dan pieken die via smtp-relay.gmail.com gaan (doseer bulktaken).',
    ],
  },
  'sender-quota-exceeded': {
    title: 'Je hebt je eigen verzendlimiet bereikt',
    happened: 'Je hebt je verzendlimiet bereikt',
    next: 'wacht tot de limiet is gereset',
    youDo: ['Heb je niet zoveel mail verstuurd? Meld het dan meteen aan je IT-beheerder of e-mailprovider: misschien gebruikt iemand anders je account.'],
    resend: 'Verstuur het opnieuw zodra de limiet is gereset (meestal binnen 24 uur).',
    explanation:
      'Het verzendende account (of de organisatie) heeft in deze periode meer berichten of ontvangers verstuurd dan de provider toestaat (Gmail 550 5.4.5 "Daily user sending limit exceeded", Exchange Online 5.1.90 dagelijkse ontvangerslimiet, Amazon SES dagquotum of maximale verzendsnelheid), dus dit bericht is niet verstuurd. De limiet wordt vanzelf gereset, meestal binnen 24 uur.',
    adminSteps: [
      'Controleer de verzonden mail van het account: heeft de gebruiker niet zoveel verstuurd, behandel het account dan als gehackt (wachtwoord resetten, sessies en app-wachtwoorden intrekken, onbekende doorstuurregels verwijderen).',
      'Is het volume legitiem, verstuur bulkmail dan via een dienst die daarvoor bedoeld is in plaats van via een gebruikersmailbox.',
    ],
  },
  'ip-throttled': {
    title: 'Ontvangende mailserver remt je verzendende mailserver af',
    happened: 'De provider van {address} remt mail van je mailserver af',
    next: 'wacht',
    youDo: ['Gebeurt dit vaak? Stuur dit dan door naar je IT-beheerder of e-mailprovider.'],
    explanation:
      'De ontvangende provider beperkt hoe snel hij mail van de verzendende mailserver aanneemt, bijvoorbeeld omdat die plotseling veel meer verstuurt dan normaal (Exchange Online 451 4.7.500-699 en 4.7.850-899, Yahoo 421, Mimecast 451, Comcast 451 4.2.0, GMX / WEB.DE 421, GoDaddy IB607). De verzendende mailserver is gevraagd het later opnieuw te proberen.',
    adminSteps: [
      'Niets te doen bij af en toe een uitstel: het normale schema van nieuwe pogingen komt erdoor.',
      'Komen zulke vertragingen vaak voor, verlaag dan de verzendsnelheid en het aantal parallelle verbindingen naar die provider, en vermijd plotselinge pieken in volume.',
    ],
  },
  'gateway-rate-limit': {
    title: 'Mailgateway van de ontvanger beperkt je verzendsnelheid',
    happened: 'Het mailsysteem van {address} beperkt hoeveel mail het van je aanneemt',
    next: 'wacht',
    youDo: ['Blijft het gebeuren? Laat het de ontvanger weten: diens IT-beheerder kan je organisatie als vertrouwde afzender instellen.'],
    explanation:
      'De mailgateway van de ontvanger neemt per uur maar een beperkte hoeveelheid mail aan van afzenders die hij niet goed kent (flow control in de host access table van Cisco Secure Email; Rambler 452 4.5.3), en de verzendende mailserver heeft die limiet voorlopig bereikt.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen; latere pogingen komen er normaal gesproken door.',
      'Blijft het gebeuren, vraag de IT-beheerder van de ontvanger dan om je verzendende mailserver op hun gateway in een groep vertrouwde afzenders op te nemen.',
    ],
  },
  'too-many-connections': {
    title: 'Te veel gelijktijdige verbindingen vanaf je verzendende mailserver',
    happened: 'Je mailserver probeerde te veel tegelijk te bezorgen',
    next: 'wacht',
    youDo: ['Gebeurt dit vaak? Stuur dit dan door naar je IT-beheerder of e-mailprovider.'],
    explanation:
      'De verzendende mailserver opende meer gelijktijdige verbindingen dan de ontvangende mailserver toestaat (Exchange Online 421 4.3.2, Comcast, Orange 421 104, Mimecast 451). De extra verbindingen zijn geweigerd; latere pogingen komen er normaal gesproken door.',
    adminSteps: [
      'Niets te doen bij af en toe een uitstel.',
      'Blijft het gebeuren, verlaag dan het aantal gelijktijdige verbindingen naar die bestemming (de concurrency-limiet per bestemming van de MTA).',
    ],
  },
  'too-many-recipients': {
    title: 'Te veel ontvangers in één bezorgpoging',
    happened: 'Je bericht had te veel ontvangers voor één bezorging',
    next: 'verdeel de ontvangers over kleinere groepen',
    youDo: [],
    resend: 'Verstuur het opnieuw naar kleinere groepen ontvangers.',
    explanation:
      'De ontvangende mailserver neemt maar een beperkt aantal ontvangers per transactie aan (452 4.5.3; Gmail "Domain policy size per transaction exceeded", Exchange Online, Mimecast, Cisco). Een mailserver die zich aan de standaard houdt, bezorgt de overige ontvangers in een volgende transactie; RFC 5321 behandelt dit als tijdelijk, ook als het als 552 komt.',
    adminSteps: [
      'Meestal niets: een mailserver die zich aan de standaard houdt, verstuurt de overige ontvangers in een nieuwe transactie.',
      'Is het definitief mislukt, controleer dan of de verzendende mailserver of applicatie een 452 afhandelt door de overige ontvangers opnieuw te proberen, of beperk het aantal ontvangers per transactie.',
    ],
  },
  'gateway-deferral': {
    title: 'Filtergateway van de ontvanger heeft het bericht uitgesteld',
    happened: 'Het mailfilter van {address} heeft je bericht voorlopig tegengehouden',
    next: 'wacht',
    youDo: ['Duurt het een dag of langer? Stuur dit dan door naar je IT-beheerder of e-mailprovider.'],
    explanation:
      'De beveiligingsgateway voor e-mail van de ontvanger (bijvoorbeeld Broadcom Email Security.cloud, voorheen MessageLabs, met een 450) heeft de bezorging voorlopig afgebroken. Zulk uitstel dient om verbindingen af te remmen of de reputatie te controleren.',
    adminSteps: [
      'Niets te doen bij kort uitstel.',
      'Houdt het een dag of langer aan, controleer dan de reputatie en het volume van het verzendende IP-adres.',
    ],
  },
  greylisting: {
    title: 'Greylisting: de mailserver van de ontvanger vroeg om het later opnieuw te proberen',
    happened: 'De mailserver van {address} vroeg de jouwe het later opnieuw te proberen',
    next: 'wacht',
    youDo: [],
    explanation:
      'De ontvangende mailserver gebruikt greylisting: hij weigert de eerste poging van een onbekende afzender met een tijdelijke code (meestal 451 4.7.1) en neemt de nieuwe poging een paar minuten later aan. Nette mailservers proberen het vanzelf opnieuw; spamsoftware meestal niet.',
    adminSteps: [
      'Niets te doen, tenzij het urenlang blijft mislukken: dan probeert de verzendende mailserver het niet correct opnieuw (of telkens vanaf een ander IP-adres).',
      'Probeert je mailserver het correct opnieuw en verdwijnt het nooit, vraag de IT-beheerder van de ontvanger dan om je verzendende mailserver op de allowlist te zetten.',
    ],
  },
  'mimecast-greylisting': {
    title: 'Mimecast-greylisting / tijdelijke resourcelimiet',
    happened: 'Het mailfilter van {address} vroeg je mailserver het later opnieuw te proberen',
    next: 'wacht',
    youDo: [],
    explanation:
      'De Mimecast-dienst van de ontvanger heeft het bericht uitgesteld (451) en de verzendende mailserver gevraagd later terug te komen. Mimecast verwacht een nieuwe poging tussen één minuut en twaalf uur; meestal is het greylisting, soms een reputatiecontrole of een tijdelijke resourcelimiet.',
    adminSteps: [
      'Zorg dat de verzendende mailserver het binnen dat venster opnieuw probeert (één minuut tot twaalf uur).',
      'Verdwijnt het nooit, vraag de IT-beheerder van de ontvanger dan om in Mimecast een permitted-senders- of auto-allow-beleid voor je in te stellen.',
    ],
  },
  'multi-domain-transaction': {
    title: 'Ontvangers van meerdere domeinen in één overdracht verstuurd',
    happened: 'Je mailserver bundelde ontvangers op een manier die Gmail niet accepteert',
    next: 'wacht',
    youDo: ['Blijft het gebeuren? Stuur dit dan door naar je IT-beheerder of e-mailprovider.'],
    explanation:
      'De verzendende mailserver probeerde in één SMTP-transactie te bezorgen bij ontvangers van verschillende domeinen, wat Gmail niet ondersteunt (451 4.3.0, "Multiple destination domains per transaction is unsupported"). Verzendende mailservers bezorgen normaal gesproken één domein tegelijk als daarom wordt gevraagd.',
    adminSteps: [
      'Meestal niets: een mailserver die zich aan de standaard houdt, bezorgt bij de volgende poging één domein per transactie.',
      'Blijft het gebeuren, stel de mailserver of applicatie dan zo in dat die per transactie naar één ontvangend domein verstuurt.',
    ],
  },
  'recipient-limit-per-message': {
    title: 'Te veel ontvangers in één bericht',
    happened: 'Je bericht heeft te veel ontvangers',
    next: 'verdeel de ontvangers over kleinere groepen',
    youDo: [
      'Verdeel de ontvangers over kleinere groepen, of gebruik een mailinglijst.',
      'Heeft een programma of mailserver het verstuurd? Stuur dit dan door naar je IT-beheerder of e-mailprovider.',
    ],
    resend: 'Verstuur het opnieuw naar de kleinere groepen.',
    resendWhileRetrying: 'Het exemplaar dat je mailserver nog probeert te bezorgen, komt er zo niet door: verstuur het opnieuw naar de kleinere groepen.',
    explanation:
      'De ontvangende provider neemt maar een beperkt aantal ontvangers per bericht aan (452 4.5.3, "Your message has too many recipients"; bijvoorbeeld 200 per domein bij Microsoft 365), en dit bericht had er meer. Hetzelfde bericht opnieuw proberen helpt niet: de verzendende kant moet het opsplitsen.',
    adminSteps: [
      'Heeft een programma of mailserver het verstuurd, laat het grote ontvangerslijsten dan automatisch opsplitsen (of via een mailinglijst versturen).',
      'Wie met de hand verstuurt, verdeelt de lijst over kleinere groepen.',
    ],
  },
  'recipient-refuses-sender': {
    title: 'De instellingen van de ontvanger weigeren mail van jouw adres',
    happened: 'De instellingen van {address} weigeren mail van jou',
    next: 'vraag ze je adres toe te staan',
    youDo: [
      'Neem op een andere manier contact op met de ontvanger en vraag of die je adres wil toestaan in de mailinstellingen.',
      'Het adres zelf kan gewoon kloppen, ook als de melding zegt dat het onbekend is.',
    ],
    resend: 'Verstuur het opnieuw zodra de ontvanger het bevestigt.',
    explanation:
      'De ontvangstinstellingen van de ontvanger zelf laten alleen gekozen afzenders door, of blokkeren je adres of domein; dit komt veel voor bij de ontvangstfilters van Japanse mobiele providers (NTT docomo 550 na DATA). Het adres zelf kan kloppen, ook al zegt het antwoord "unknown user".',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'De ontvanger moet je adres of domein toestaan in de ontvangstinstellingen. Haal het adres niet uit lijsten alleen op grond van "unknown user".',
    ],
  },
  'blocked-by-recipient': {
    title: 'De ontvanger heeft je verzendende mailserver geblokkeerd',
    happened: 'De organisatie van {address} heeft je mailserver geblokkeerd',
    next: 'vraag ze je te deblokkeren',
    youDo: ['Neem op een andere manier contact op met de ontvanger en vraag om de blokkade op te heffen (misschien moet diens IT-beheerder dat doen).'],
    resend: 'Verstuur het opnieuw zodra de ontvanger het bevestigt.',
    explanation:
      'De organisatie van de ontvanger heeft ervoor gekozen mail van het adres van de verzendende mailserver te weigeren (Exchange Online 550 5.7.507).',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'De IT-beheerder van de ontvanger moet je verzendende IP-adres van hun blokkeerlijst halen; bereik die via de ontvanger.',
    ],
  },
  'sending-volume-block': {
    title: 'Je verzendende mailserver verstuurde te veel, te snel, en wordt geweigerd',
    happened: 'Je mailserver wordt geweigerd omdat die te veel verstuurt',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    resend: 'Verstuur het later opnieuw, zodra je IT-beheerder of e-mailprovider het heeft opgelost.',
    explanation:
      'De ontvangende provider weigert mail van de verzendende mailserver (of diens adresbereik), omdat die de volume- of verbindingslimieten van de provider heeft overschreden (Exchange Online 550 5.7.508, Tencent QQ 550, AUP-codes van Spectrum). De blokkade verdwijnt zodra het tempo daalt, maar de verzendende kant moet het rustiger aan doen.',
    adminSteps: [
      'Verlaag de verzendsnelheid en het aantal parallelle verbindingen naar deze provider.',
      'Zoek uit wat het volume veroorzaakte (een bulktaak, een automatisch proces) voordat je daar opnieuw naartoe verstuurt.',
    ],
  },
  'own-account-blocked': {
    title: 'Je eigen mailaccount mag niet verzenden',
    happened: 'Je account is geblokkeerd voor het versturen van mail',
    next: 'vraag je IT-beheerder om het te deblokkeren',
    youDo: [
      'Vraag je IT-beheerder of e-mailprovider om verzenden voor je account weer aan te zetten.',
      'Noemen ze ongebruikelijke activiteit? Wijzig dan je wachtwoord en kijk of er doorstuurregels of apps zijn die je niet zelf hebt ingesteld.',
    ],
    resend: 'Verstuur het opnieuw zodra verzenden weer werkt.',
    explanation:
      'De provider of de IT-beheerder van de organisatie heeft dit account het verzenden ontnomen: het is uitgeschakeld (X.7.13 "user account disabled", RFC 7372, teruggegeven na geslaagd inloggen), of er is ongebruikelijke activiteit gezien, wat vaak voorkomt bij nieuwe accounts of na een gelekt wachtwoord (Zoho 550 5.4.6).',
    adminSteps: [
      'Zoek uit waarom het account is geblokkeerd (beheerconsole of support van de provider) en zet verzenden weer aan.',
      'Was ongebruikelijke activiteit de reden, beveilig het account dan eerst: reset het wachtwoord, trek sessies en app-wachtwoorden in, verwijder onbekende doorstuurregels en apps.',
    ],
  },
  // ── Reputation and blocklists ────────────────────────────────────────────────────────────────
  'reputation-deferral': {
    title: 'Uitgesteld vanwege de reputatie van de verzendende mailserver of het domein',
    happened: 'De provider van {address} houdt mail van je mailserver tegen',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'De ontvangende provider stelt mail van het verzendende IP-adres of domein uit vanwege de reputatie: klachten, onverwacht volume, spamachtige mail (Gmail 421 4.7.0 / 4.7.28, Outlook.com 451 4.7.650 en 421 RP-001/002/003, Yahoo 421 4.7.0 [TSS04] / [TSS11], Proofpoint 421 4.7.0). Hoewel de code tijdelijk is, lost alleen wachten het niet op: het herhaalt zich tot de verzendende kant verbetert, en vaker opnieuw proberen maakt het erger.',
    adminSteps: [
      'Controleer de reputatie van het verzendende IP-adres en domein (Google Postmaster Tools, Microsoft SNDS), en verlaag het tempo.',
      'Stop met mailen naar mensen die niet om mail hebben gevraagd, en zorg dat SPF, DKIM en DMARC voor het domein zijn ingesteld.',
      'Verhoog de frequentie van nieuwe pogingen niet: meer pogingen maken de reputatie slechter.',
    ],
  },
  'reputation-block': {
    title: 'Geweigerd vanwege de reputatie van de verzendende mailserver',
    happened: 'De provider van {address} weigert mail van je mailserver',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan de blokkade laten opheffen.'],
    resend: 'Verstuur het opnieuw zodra je IT-beheerder of e-mailprovider bevestigt dat de blokkade is opgeheven.',
    explanation:
      'De ontvangende provider weigert mail van het verzendende IP-adres of netwerk vanwege de reputatie (Gmail 550 5.7.28, Outlook.com SC/OU-codes en S3150, Yahoo [TS03], Mimecast 550, Cisco Secure Email 554, Email Security.cloud 553 5.7.1, GMX 554, T-Online BL). Opnieuw proberen lukt niet zolang de blokkade duurt (Yahoo zegt dat voor [TS03], [TSS09], [TSS11]): een exemplaar dat nog in de wachtrij staat, verloopt alleen. Vanuit het mailprogramma is het niet op te lossen.',
    adminSteps: [
      'Zoek het verzendende IP-adres op in de postmasterpagina’s van de provider en volg de procedure voor delisting of beoordeling.',
      'Los eerst op wat de reputatie schaadde (ongewenste bulkmail, een gehackt account), anders komt de blokkade terug.',
    ],
  },
  'ip-banned': {
    title: 'Verzendend IP-adres staat op de eigen blokkeerlijst van de provider',
    happened: 'De provider van {address} heeft je mailserver geblokkeerd',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan vragen om de blokkade te verwijderen.'],
    resend: 'Verstuur het opnieuw zodra je IT-beheerder of e-mailprovider bevestigt dat de blokkade is verwijderd.',
    explanation:
      'De ontvangende provider heeft het verzendende IP-adres op zijn eigen blokkeerlijst gezet en weigert alle mail daarvan (Exchange Online 5.7.511 "banned sender" en 5.7.606-649; Outlook.com "Blocklist 1/2").',
    adminSteps: [
      'Vraag verwijdering aan via de delistingprocedure van de provider: voor Microsoft via https://sender.office.com, of mail naar delist@messaging.microsoft.com als de melding dat noemt (zoals bij "banned sender" en "Blocklist 1/2").',
      'Zoek en stop wat het adres op de lijst bracht, anders komt het er opnieuw op.',
    ],
  },
  'dnsbl-listed': {
    title: 'Je verzendende mailserver staat op een openbare blokkeerlijst',
    happened: 'Je mailserver staat op een blokkeerlijst voor spam',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan de vermelding laten verwijderen.'],
    explanation:
      'De ontvangende mailserver zocht het verzendende IP-adres op in een DNS-blokkeerlijst (DNSBL, zoals Spamhaus, SpamCop, Barracuda of Cloudmark), vond het daarop en weigerde het bericht. Een vermelding volgt op spam vanaf dat adres, of markeert thuis- of dynamische adressen die niet rechtstreeks mail horen te versturen. De vermelding blokkeert je mail bij elke ontvangende mailserver die die lijst gebruikt, niet alleen bij deze.',
    adminSteps: [
      'Zoek het verzendende IP-adres op in de lijst die in de weigering wordt genoemd (https://check.spamhaus.org, https://www.barracudacentral.org, https://www.spamcop.net, https://csi.cloudmark.com) en volg de procedure voor verwijdering.',
      'Zoek en stop eerst de oorzaak (een gehackt account, een open relay, een bulkverzender op een gedeeld IP-adres), anders komt de vermelding terug.',
      'Is het een thuis- of dynamisch adres, verstuur dan via de mailserver van je provider.',
    ],
  },
  'dnsbl-stale-sorbs': {
    title: 'Ontvanger controleert nog steeds de opgeheven SORBS-blokkeerlijst',
    happened: 'De mailserver van {address} weigerde je op grond van een verouderde blokkeerlijst',
    next: 'laat het ze weten',
    youDo: [
      'Laat de ontvanger op een andere manier weten dat hun mailserver je bericht heeft geweigerd.',
      'Vertel dat hun IT-beheerder SORBS, een blokkeerlijst die in 2024 is gestopt, uit de instellingen van de mailserver moet halen.',
    ],
    resend: 'Verstuur het opnieuw zodra de ontvanger het bevestigt.',
    explanation:
      'De ontvangende mailserver weigerde het bericht met een verwijzing naar SORBS, een DNS-blokkeerlijst die in juni 2024 is opgeheven. Niemand kan er nog van worden verwijderd; de ontvangende mailserver gebruikt een verouderde configuratie.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen: delisting bij SORBS bestaat niet meer.',
      'De IT-beheerder van de ontvanger moet SORBS uit de blokkeerlijstinstellingen van de mailserver halen; bereik die via de ontvanger.',
    ],
  },
  'dynamic-ip-direct': {
    title: 'Je verzendadres mag niet rechtstreeks bij deze provider bezorgen',
    happened: 'De provider van {address} neemt geen mail aan die rechtstreeks van je verbinding komt',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: [
      'Stuur deze melding door naar je IT-beheerder of e-mailprovider.',
      'Heeft een apparaat of programma het verstuurd (een printer, een website, een thuisserver)? Vertel het aan wie het heeft ingesteld: het moet via je e-mailprovider versturen.',
    ],
    explanation:
      'Mail kwam rechtstreeks van een IP-adres dat op een thuis- of dynamische verbinding lijkt (Gmail 550 5.7.1 "not authorized to send email directly to our servers", Outlook.com DY-001 / DY-002, ES-codes van Comcast). Grote providers nemen mail van zulke adressen alleen aan via de mailserver van de internetprovider of de e-maildienst.',
    adminSteps: ['Stel de verzendende mailserver of het apparaat zo in dat die via de relay (smarthost) van je internetprovider of e-maildienst verstuurt in plaats van rechtstreeks te bezorgen.'],
  },
  'client-blocked': {
    title: 'De ontvangende mailserver weigerde je verzendende mailserver',
    happened: 'De mailserver van {address} weigert je mailserver',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: die kan uitzoeken waarom.'],
    explanation:
      'De ontvangende mailserver weigerde de verbinding van de verzendende mailserver zelf (het IP-adres of de hostnaam), nog voordat hij naar het bericht keek.',
    adminSteps: [
      'Controleer of het verzendende IP-adres op een blokkeerlijst staat, en of de reverse DNS (PTR) en de HELO-naam kloppen.',
      'Is alles in orde, vraag de IT-beheerder van de ontvanger dan (via de ontvanger) waarom je mailserver wordt geweigerd.',
    ],
  },
  'bad-helo': {
    title: 'Je verzendende mailserver stelde zich voor met een verkeerde naam',
    happened: 'Je mailserver stelde zich voor met een verkeerde naam',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'De verzendende mailserver begroette de ontvangende mailserver met een HELO/EHLO-naam die ongeldig is of zich uitgeeft voor de ontvangende kant zelf (Exchange Online 550 5.7.506). Ontvangende mailservers weigeren zulke verbindingen.',
    adminSteps: [
      'Stel als HELO-naam van de mailserver zijn eigen volledige naam (FQDN) in, bijvoorbeeld mail.example.com.',
      'Geef die naam bijpassende DNS: een A-record (of AAAA-record) voor het verzendende IP-adres en een PTR-record dat terugwijst naar de naam.',
    ],
  },
  // ── DNS of the sending side ─────────────────────────────────────────────────────────────────
  'no-ptr': {
    title: 'Je verzendende mailserver heeft geen geldig reverse-DNS-record (PTR)',
    happened: 'Je mailserver wordt geweigerd',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'De ontvangende mailserver zocht de naam achter het verzendende IP-adres op (de reverse DNS, het PTR-record) en vond er geen, of vond een naam die niet terugverwijst naar hetzelfde adres (geen forward-confirmed reverse DNS). Veel mailservers weigeren zulke mail of stellen die uit (Gmail 421 4.7.0 / 451 4.7.23 / 5.7.25, GMX, Comcast, Postfix reject_unknown_client_hostname); ook bij een 4xx-code herhaalt het zich tot de DNS is gerepareerd.',
    adminSteps: [
      'Vraag de eigenaar van het verzendende IP-adres (meestal de hosting- of internetprovider) om er een PTR-record voor te publiceren.',
      'Laat de PTR-naam terugverwijzen naar hetzelfde adres (een A- of AAAA-record), en gebruik die naam in HELO/EHLO.',
    ],
  },
  'ptr-lookup-tempfail': {
    title: 'Reverse-DNS-opzoeking van de verzendende mailserver tijdelijk mislukt',
    happened: 'De mailserver van {address} kon je mailserver net niet controleren',
    next: 'wacht',
    youDo: ['Blijft het gebeuren? Stuur dit dan door naar je IT-beheerder of e-mailprovider.'],
    explanation:
      'De ontvangende mailserver kon de reverse DNS van de verzendende mailserver net niet opzoeken: een DNS-fout, geen ontbrekend record (Comcast 421).',
    adminSteps: [
      'Niets te doen bij een eenmalig geval.',
      'Houdt het aan, controleer dan of het PTR-record van het verzendende IP-adres betrouwbaar wordt opgelost (de nameservers van de reverse zone antwoorden zonder time-outs).',
    ],
  },
  'sender-domain-not-found': {
    title: 'Je afzenderdomein is niet te vinden in DNS',
    happened: 'Het deel na de @ in je eigen adres is niet te vinden',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: [
      'Controleer je eigen e-mailadres in je mailprogramma op typefouten.',
      'Klopt het? Stuur deze melding dan door naar je IT-beheerder of e-mailprovider.',
    ],
    explanation:
      'De ontvangende mailserver controleerde het domein van het afzenderadres en kon het niet vinden in DNS (geen MX- of A-record), dus kon hij er geen antwoorden of onbestelbare berichten naar terugsturen (X.1.8; Postfix 450 4.1.8, Yahoo 451 / 554). Postfix gebruikt hiervoor een tijdelijke code, zodat een DNS-hapering geen mail kost, maar bestaat het domein echt niet in DNS, dan herhaalt het zich tot het is opgelost.',
    adminSteps: [
      'Geef het afzenderdomein werkende DNS: een MX- of A-record, en voor Yahoo ook een SOA-record.',
      'Controleer het afzenderadres dat in het verzendende programma of apparaat is ingesteld op typefouten.',
    ],
  },
  'sender-null-mx': {
    title: 'Je afzenderdomein zegt dat het geen mail aanneemt (null MX)',
    happened: 'Je adres wordt geweigerd omdat het geen antwoorden kan ontvangen',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'Het afzenderdomein publiceert een "null MX"-record (RFC 7505), waarmee het verklaart geen mail te ontvangen. Ontvangende mailservers weigeren mail van zo’n domein (X.7.27), omdat onbestelbare berichten niet terug te sturen zijn.',
    adminSteps: ['Verstuur vanaf een domein dat mail kan ontvangen, of vervang de null MX door een echt MX-record.'],
  },
  // ── Authentication (SPF / DKIM / DMARC) ─────────────────────────────────────────────────────
  'dmarc-temp-dns': {
    title: 'Authenticatie kon niet worden gecontroleerd door een tijdelijke DNS-storing',
    happened: 'De mailserver van {address} kon net niet controleren waar je mail vandaan komt',
    next: 'wacht',
    youDo: ['Blijft het gebeuren? Stuur dit dan door naar je IT-beheerder of e-mailprovider.'],
    explanation:
      'De ontvangende mailserver wilde de SPF-, DKIM- of DMARC-records van het afzenderdomein controleren, maar de DNS-opzoekingen mislukten op dat moment (Gmail 451 4.7.26 "temporary DNS failures prevent authentication", Cisco 451 4.4.3). Dit verdwijnt meestal bij een latere poging.',
    adminSteps: [
      'Niets te doen bij een eenmalig geval.',
      'Blijft het gebeuren, controleer dan of de DNS-servers van je domein betrouwbaar antwoorden voor de SPF-, DKIM- en DMARC-records.',
    ],
  },
  'auth-required': {
    title: 'Je mail is niet geauthenticeerd (SPF of DKIM ontbreekt)',
    happened: 'De provider van {address} kon niet bevestigen dat het bericht echt van jou komt',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'De ontvangende provider eist bewijs dat mail echt van het domein van de afzender komt: SPF (een lijst met mailservers die namens het domein mogen versturen) of DKIM (een cryptografische handtekening). Geen van beide slaagde (Gmail 421 4.7.26 en 550 5.7.1 "does not have authentication information", Exchange Online 450 4.7.26, Yahoo 550 5.7.9). Tot de records van het domein zijn ingesteld, wordt de mail vertraagd of geweigerd.',
    adminSteps: [
      'Publiceer een SPF-record met alle mailservers die namens het domein versturen.',
      'Zet DKIM-ondertekening aan en publiceer de publieke DKIM-sleutel.',
      'Publiceer voor bulkmail ook een DMARC-record.',
    ],
  },
  'spf-fail': {
    title: 'SPF-controle mislukt voor je domein',
    happened: 'Je bericht kwam van een mailserver die je organisatie niet heeft goedgekeurd',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'Het SPF-record van het domein somt de mailservers op die de mail ervan mogen versturen, en de mailserver die dit bericht verstuurde staat er niet in, of het record is defect (X.7.23 / X.7.24; Gmail 550 5.7.27 en 4.7.27, Exchange Online 5.7.23, GMX, Mimecast).',
    adminSteps: [
      'Voeg het IP-adres van de verzendende mailserver (of de include van de e-maildienst) toe aan het SPF-record.',
      'Herstel eventuele syntaxfouten, en houd het record binnen de limiet van 10 DNS-opzoekingen (RFC 7208).',
    ],
  },
  'spf-suspicious': {
    title: 'Het SPF-record van je domein bevat verdachte vermeldingen',
    happened: 'Gmail vertrouwt de lijst met goedgekeurde mailservers van je organisatie niet',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'Gmail vond vermeldingen in het SPF-record van het domein die het verdacht vindt (bijvoorbeeld te ruime adresbereiken) en beperkt de mail tot het record is opgeschoond (451 4.7.24).',
    adminSteps: ['Verwijder te ruime of overbodige vermeldingen uit het SPF-record en houd alleen de echte verzendende mailservers over.'],
  },
  'dkim-fail': {
    title: 'DKIM-handtekening ontbreekt of is ongeldig',
    happened: 'Je bericht miste het digitale zegel dat de provider van {address} eist',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'De ontvangende provider eist een geldige DKIM-handtekening (een cryptografisch zegel dat bewijst dat het bericht van het domein komt), en dit bericht had er geen die slaagde (X.7.20-X.7.22; Gmail 550 5.7.30 en 421 4.7.30 in de betekenis die Google eraan geeft; Mimecast "DKIM Sender Invalid").',
    adminSteps: [
      'Zet DKIM-ondertekening aan op de verzendende mailserver of dienst.',
      'Publiceer de publieke sleutel in DNS onder de selector waarmee wordt ondertekend, en controleer of een testbericht slaagt.',
    ],
  },
  'dmarc-fail': {
    title: 'DMARC-controle van je domein niet doorstaan',
    happened: 'Je bericht zakte voor een controle of het echt van je organisatie komt',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'DMARC controleert of het domein in de Van-regel hetzelfde is als het domein dat voor SPF of DKIM slaagde. Dit bericht zakte voor die controle, of het Van-domein kwam niet overeen met het domein dat slaagde (X.7.26; Gmail 4.7.32 / 5.7.32, Exchange Online 5.7.509, Proofpoint, Zoho, Mimecast, iCloud [HME1]). Ontvangende mailservers weigeren of vertragen zulke mail, en het eigen DMARC-beleid van het Van-domein kan hen vragen die te weigeren.',
    adminSteps: [
      'Zorg dat de verzendende mailserver voor SPF of DKIM slaagt met hetzelfde domein als het Van-adres.',
      'Verstuurt een dienst namens jou, dan moet die ondertekenen met jouw domein (DKIM) of in je SPF-record staan.',
    ],
  },
  'dmarc-missing': {
    title: 'Je domein heeft geen DMARC-record',
    happened: 'Je organisatie mist een instelling die de provider van {address} eist',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'De ontvangende provider eist dat bulkverzenders een DMARC-beleid voor hun domein publiceren, en dit domein heeft er geen (Gmail 421 4.7.40 / 550 5.7.40).',
    adminSteps: ['Publiceer een DMARC-record voor het domein (een monitoringbeleid p=none is genoeg om te beginnen).'],
  },
  'bulk-auth-required': {
    title: 'Grote verzender zonder volledige SPF, DKIM en DMARC',
    happened: 'Je organisatie verstuurt veel mail zonder de controles die Outlook.com eist',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'Outlook.com eist dat domeinen die meer dan ongeveer 5.000 berichten per dag versturen, slagen voor SPF, DKIM en DMARC; dit domein doet dat niet (550 5.7.515).',
    adminSteps: ['Publiceer SPF, DKIM en DMARC voor het verzendende domein; daarna kan het bericht opnieuw worden verstuurd.'],
  },
  // ── TLS and submission ─────────────────────────────────────────────────────────────────────
  'tls-required': {
    title: 'Ontvanger eist een versleutelde verbinding (TLS)',
    happened: 'De mailserver van {address} neemt alleen versleutelde mail aan',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'Het ontvangende domein neemt alleen mail aan die via een versleutelde verbinding (STARTTLS) wordt verstuurd, en de verzendende mailserver gebruikte die niet (X.7.10; Gmail 421 4.7.0 "TLS required for RCPT domain", 4.7.29 / 5.7.29 in de betekenis die Google eraan geeft).',
    adminSteps: ['Zet STARTTLS aan voor uitgaande mail op de verzendende mailserver, en controleer of het lukt met dit domein.'],
  },
  'tls-failed': {
    title: 'Beveiligde verbinding met de mailserver van de ontvanger mislukt',
    happened: 'Er kon geen beveiligde verbinding worden gemaakt met de mailserver van {address}',
    next: 'laat het ze weten',
    youDo: ['Laat de ontvanger op een andere manier weten dat de beveiligingsinstellingen van hun mailserver veilige bezorging tegenhouden.'],
    explanation:
      'De verzendende mailserver eiste een geverifieerde versleutelde verbinding (DANE, MTA-STS of REQUIRETLS, X.7.30), maar de mailserver van de ontvanger kon die niet bieden: geen STARTTLS, een verlopen of niet-overeenkomend certificaat, of defecte TLSA/DNSSEC-records (Exchange Online 5.7.321-325).',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'De IT-beheerder van de ontvanger moet het certificaat, STARTTLS of de TLSA/DNSSEC-records repareren; bereik die via de ontvanger.',
    ],
  },
  'tls-required-by-sender': {
    title: 'Je mailserver eist versleuteling die de mailserver van de ontvanger niet biedt',
    happened: 'Je mailserver wil zonder versleuteling niet bezorgen bij {address}',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: die beslist of de regel klopt.'],
    resend: 'Verstuur het opnieuw zodra je IT-beheerder of de kant van de ontvanger de instellingen heeft aangepast.',
    explanation:
      'De verzendende mailserver is zo ingesteld dat die alleen via een versleutelde verbinding bij dit domein bezorgt (Postfix smtp_tls_security_level encrypt, dane of verify; een TLS-beleidsregel, MTA-STS of DANE), en de mailserver van de ontvanger bood die niet aan (geen STARTTLS, of hij wilde het niet starten). De mailserver van de ontvanger weigerde niets: de verzendende kant hield het bericht tegen.',
    adminSteps: [
      'Controleer of de regel die TLS eist voor dit domein zo bedoeld is (een TLS-beleidsregel, MTA-STS of DANE).',
      'Zo ja, dan moet de IT-beheerder van de ontvanger STARTTLS aanzetten; laat het via de ontvanger weten. Zo nee, versoepel de regel dan voor dit domein.',
    ],
  },
  'smtp-auth-failed': {
    title: 'Je mailprogramma kon niet inloggen op de verzendende mailserver',
    happened: 'Je mailprogramma kon niet inloggen om mail te versturen',
    next: 'controleer je wachtwoord',
    youDo: [
      'Controleer de gebruikersnaam en het wachtwoord (of app-wachtwoord) die in je mailprogramma of apparaat zijn ingesteld.',
      'Lukt het nog steeds niet? Vraag je IT-beheerder of e-mailprovider dan of je account vanuit dit programma mag versturen.',
    ],
    resend: 'Waren er veel pogingen? Wacht dan een paar minuten en verstuur het opnieuw.',
    explanation:
      'De mailserver waar het bericht werd aangeboden, weigerde het inloggen van het mailprogramma of apparaat: een verkeerd wachtwoord, te veel pogingen, of een inlogmethode die niet is toegestaan (535 / X.7.8 ongeldige inloggegevens, 530 authenticatie vereist, X.7.9 methode te zwak, Gmail 454 4.7.0 "too many login attempts").',
    adminSteps: [
      'Controleer of inloggen via SMTP (SMTP AUTH) is toegestaan voor het account en of het programma een toegestane methode gebruikt (een app-wachtwoord of OAuth waar basisverificatie is uitgeschakeld).',
      'Wacht na te veel mislukte pogingen een paar minuten voordat je opnieuw test.',
    ],
  },
  'security-policy': {
    title: 'Geweigerd om een beveiligings- of beleidsreden',
    happened: 'De mailserver van {address} weigerde je bericht om een beveiligingsreden',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: de woorden van de mailserver zelf zeggen misschien meer.'],
    explanation:
      'De ontvangende mailserver weigerde het bericht om een beveiligings- of beleidsreden, zonder precies te zeggen welke (X.7.0, X.7.1 en andere X.7.x-codes). De eigen woorden van de mailserver in de details zijn de beste aanwijzing: authenticatie, reputatie of inhoud.',
    adminSteps: [
      'Lees de woorden van de mailserver in de details voor een aanwijzing (authenticatie, reputatie, inhoud).',
      'Controleer SPF, DKIM, DMARC en de reputatie van het verzendende IP-adres.',
      'Is alles in orde, vraag de IT-beheerder van de ontvanger dan (via de ontvanger) waarom je mail wordt geweigerd.',
    ],
  },
  // ── Policy at the recipient ────────────────────────────────────────────────────────────────
  'recipient-policy': {
    title: 'Geblokkeerd door een regel van de organisatie van de ontvanger',
    happened: 'Een regel bij de organisatie van {address} houdt je bericht tegen',
    next: 'laat het ze weten',
    youDo: [
      'Laat de ontvanger op een andere manier weten dat mail van jou wordt geweigerd.',
      'Vraag of hun IT-beheerder (of de eigenaar van de groep) je adres wil toestaan.',
    ],
    resend: 'Verstuur het opnieuw zodra de ontvanger het bevestigt.',
    explanation:
      'Een regel van de organisatie van de ontvanger weigerde het bericht: bijvoorbeeld het adres of de groep neemt alleen mail aan van binnen de organisatie of van opgegeven afzenders, of je adres of mailserver staat op hun eigen blokkeerlijst (Exchange Online 550 5.7.1 "Delivery not authorized", 5.7.12x, 5.7.124, 5.7.513; Gmail gcdp; Mimecast, Trend Micro, Zoho, Barracuda). Alleen hun kant kan dat veranderen.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'De IT-beheerder van de ontvanger (of de eigenaar van de groep) moet je adres of mailserver toestaan, bijvoorbeeld door de groep mail van externe afzenders te laten aannemen of door je van hun blokkeerlijst te halen.',
    ],
  },
  'recipient-allowlist-only': {
    title: 'Domein van de ontvanger neemt alleen mail aan van goedgekeurde mailservers',
    happened: 'De organisatie van {address} neemt alleen mail aan van goedgekeurde mailservers',
    next: 'laat het ze weten',
    youDo: ['Laat de ontvanger op een andere manier weten dat hun IT-beheerder mail van je organisatie moet toestaan.'],
    explanation:
      'Het Google Workspace-domein van de ontvanger neemt alleen mail aan van een lijst met goedgekeurde mailservers (Gmail 421 4.7.0 "IP not in whitelist for RCPT domain"), meestal omdat alle mail via een filtergateway hoort binnen te komen, en de verzendende mailserver staat niet op die lijst.',
    adminSteps: [
      'Controleer of je mailserver bezorgt bij de gepubliceerde MX-servers van het domein van de ontvanger, en niet rechtstreeks bij Google.',
      'Is dat zo, dan moet de IT-beheerder van de ontvanger het IP-adres van je mailserver toestaan of de instellingen van de inkomende gateway repareren.',
    ],
  },
  'external-forwarding-blocked': {
    title: 'Automatisch doorsturen naar externe adressen is niet toegestaan',
    happened: 'Automatisch doorsturen naar een extern adres is geblokkeerd',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Heb je automatisch doorsturen naar een extern adres ingesteld? Verwijder het dan, of vraag je IT-beheerder of e-mailprovider om het toe te staan.'],
    resend: 'Heeft het externe adres dit bericht nog nodig? Stuur het dan met de hand door.',
    explanation:
      'Het bericht werd automatisch doorgestuurd naar een extern adres, en het uitgaande spambeleid van Microsoft 365 van de doorsturende organisatie verbiedt automatisch extern doorsturen (Exchange Online 550 5.7.1).',
    adminSteps: [
      'Mag deze mailbox extern doorsturen, sta automatisch extern doorsturen dan toe in het uitgaande spambeleid (een beleid dat alleen voor die mailbox geldt).',
      'Zo niet, verwijder dan de doorstuurregel uit de mailbox.',
    ],
  },
  'unregistered-sender-domain': {
    title: 'Versturen vanaf een domein dat je organisatie niet heeft geregistreerd',
    happened: 'Microsoft 365 blokkeerde mail van een adres dat je organisatie niet heeft geregistreerd',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'De Microsoft 365-organisatie verstuurde mail vanaf een domein dat ze niet heeft toegevoegd en geverifieerd, dus Microsoft blokkeerde die (Exchange Online 550 5.7.750).',
    adminSteps: ['Voeg elk domein dat voor verzenden wordt gebruikt toe in Microsoft 365 en verifieer het (geaccepteerde domeinen), of verstuur vanaf een domein dat al is geverifieerd.'],
  },
  'sender-account-blocked': {
    title: 'Je verzendende account is geblokkeerd wegens verdachte activiteit',
    happened: 'Je account mag geen mail meer versturen vanwege ongebruikelijke activiteit',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: [
      'Wijzig je wachtwoord en kijk of er doorstuurregels of apps zijn die je niet zelf hebt ingesteld.',
      'Stuur deze melding door naar je IT-beheerder of e-mailprovider: die vraagt om de blokkade op te heffen.',
    ],
    resend: 'Verstuur het opnieuw zodra verzenden weer werkt.',
    explanation:
      'De maildienst heeft het account (of de organisatie) het verzenden ontzegd, omdat er spamachtige of ongebruikelijke activiteit werd gezien (Exchange Online 5.7.501-503, 5.1.8, 5.7.7xx; Zoho). Dit betekent vaak dat het account is gehackt.',
    adminSteps: [
      'Beveilig eerst het account: reset het wachtwoord, trek sessies in, verwijder onbekende doorstuurregels en apps.',
      'Vraag daarna de provider (Microsoft, Zoho …) om de blokkade op te heffen, zoals de melding of het beheerportaal beschrijft.',
    ],
  },
  'duplicate-message-id': {
    title: 'Te veel berichten met dezelfde Message-ID',
    happened: 'De software die je bericht verstuurde, geeft veel berichten dezelfde ID',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider, of naar wie het programma beheert dat het verstuurde.'],
    explanation:
      'Dezelfde Message-ID is voor veel berichten hergebruikt (Gmail 421 4.7.28); ontvangende mailservers verwachten dat elk bericht een unieke ID heeft.',
    adminSteps: ['Laat de verzendende software voor elk bericht een unieke Message-ID aanmaken.'],
  },
  'blocked-attachment': {
    title: 'Een bijlagetype dat de ontvanger niet accepteert',
    happened: 'De provider van {address} accepteert een van je bijlagen niet',
    next: 'verwijder het bestand of deel het via een link',
    youDo: [
      'Verwijder de bijlage, of gebruik een ander formaat (bijvoorbeeld een pdf in plaats van een document met macro’s).',
      'Deel programma’s of gezipte bestanden via een link (een clouddrive) in plaats van ze bij te voegen.',
    ],
    resend: 'Verstuur het opnieuw zonder het geblokkeerde bestand.',
    explanation:
      'De ontvangende provider weigert bepaalde soorten bijlagen meteen, omdat ze malware kunnen bevatten: programma’s, scripts, sommige archieven, documenten met macro’s (Gmail 552 5.7.0; Cox; Amavis "banned file type"). Gmail blokkeert zulke bestandstypen, wat de inhoud ook is.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen: de blokkade is het beleid van de ontvangende kant.',
      'Moeten mensen zulke bestanden uitwisselen, gebruik dan deellinks in plaats van bijlagen.',
    ],
  },
  'submission-unauthenticated': {
    title: 'Een apparaat of applicatie verstuurde mail zonder in te loggen',
    happened: 'Een apparaat of programma probeerde mail te versturen zonder in te loggen',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider en zeg welk apparaat of programma het verstuurde (een printer, een scanner, een app).'],
    explanation:
      'Een apparaat of programma (een printer, scanner of bedrijfsapplicatie) leverde het bericht af bij Microsoft 365 zonder in te loggen, en Microsoft 365 neemt daarvan geen anonieme mail aan (Exchange Online 530 5.7.57).',
    adminSteps: [
      'Stel het apparaat of programma zo in dat het inlogt (SMTP AUTH client submission) met een mailbox met licentie.',
      'Of stel er in Microsoft 365 direct send of een relay via een connector voor in, zoals de handleiding van Microsoft voor multifunctionele apparaten beschrijft.',
    ],
  },
  'send-as-denied': {
    title: 'Je mag niet versturen als dit afzenderadres',
    happened: 'Je account mag niet versturen vanaf het adres dat je koos',
    next: 'gebruik je eigen adres',
    youDo: [
      'Zet het Van-adres terug op je eigen adres.',
      'Zou je vanaf dat adres moeten kunnen versturen? Vraag je IT-beheerder of e-mailprovider dan om toestemming.',
    ],
    resend: 'Verstuur het opnieuw vanaf je eigen adres, of zodra je de toestemming hebt.',
    explanation:
      'Het bericht ging uit met een Van-adres dat het ingelogde account niet mag gebruiken: van iemand anders, een gedeelde mailbox of een groep (Exchange Online 550 5.7.60 / 5.7.1).',
    adminSteps: ['Moet de gebruiker als dat adres kunnen versturen, geef dan de machtiging "Send As" voor die mailbox of groep; anders verstuurt de gebruiker vanaf het eigen adres.'],
  },
  'ipv6-not-accepted': {
    title: 'De ontvanger neemt geen mail aan via IPv6',
    happened: 'Je mailserver gebruikte een soort verbinding die de organisatie van {address} niet accepteert',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'De verzendende mailserver maakte via IPv6 verbinding met het Microsoft 365-domein van de ontvanger, en dat domein accepteert dat niet (Exchange Online 550 5.7.510).',
    adminSteps: [
      'Verstuur naar deze bestemming via IPv4.',
      'Of vraag de IT-beheerder van de ontvanger om inkomende mail via IPv6 voor het domein aan te zetten.',
    ],
  },
  'recipient-banned': {
    title: 'De organisatie van de ontvanger weigert mail aan dit adres',
    happened: '{address} mag geen mail ontvangen',
    next: 'vraag om een ander adres',
    youDo: [
      'Vraag de ontvanger op een andere manier om een adres dat wel mail ontvangt.',
      'Verwijder dit adres uit je contactpersonen of lijsten.',
    ],
    resend: 'Verstuur het opnieuw naar een adres dat werkt.',
    explanation:
      'De organisatie van de ontvanger heeft dit adres uitgesloten van het ontvangen van mail: een gesloten of geblokkeerde mailbox (Exchange Online 550 5.7.505).',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Verwijder het adres uit contact- en mailinglijsten.'],
  },
  'sender-rejected': {
    title: 'Je afzenderadres is geweigerd',
    happened: 'De mailserver van {address} weigerde je afzenderadres',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: [
      'Controleer of je vanaf het juiste adres hebt verstuurd (bij een mailinglijst: het adres waarmee je je hebt aangemeld).',
      'Klopt het? Stuur deze melding dan door naar je IT-beheerder of e-mailprovider.',
    ],
    explanation:
      'De ontvangende mailserver weigerde het afzenderadres in de envelop van het bericht, bijvoorbeeld omdat het daar is geblokkeerd, ongeldig is opgemaakt (X.1.7) of niet mag posten (GoDaddy 550 5.2.0 IB, Orange 501 5.1.0).',
    adminSteps: [
      'Controleer het afzenderadres in de envelop (Return-Path) dat de mailserver of applicatie gebruikt: geldige syntaxis en een bestaand domein.',
      'Klopt het, vraag de IT-beheerder van de ontvanger dan (via de ontvanger) waarom het wordt geweigerd.',
    ],
  },
  'relay-denied': {
    title: 'De ontvangende mailserver neemt geen mail aan voor dit domein',
    happened: 'De mailserver waar je mail heen ging, verwerkt geen mail voor {address}',
    next: 'laat het ze weten',
    youDo: [
      'Controleer het adres op typefouten, vooral na de @.',
      'Klopt het? Laat het de ontvanger dan op een andere manier weten: de mailinstellingen daar moeten worden gerepareerd.',
    ],
    explanation:
      'De benaderde mailserver zegt dat hij geen mail verwerkt voor het domein van de ontvanger ("relay access denied"; Exchange Online 550 5.4.1, Postfix, Sendmail). Meestal wijzen de MX-records van het domein naar een mailserver die er niet voor is ingesteld; soms stuurde de verzendende mailserver het bericht naar de verkeerde plek.',
    adminSteps: [
      'Mislukken veel ontvangers zo, controleer dan hoe je mailserver mail routeert (routeringsregels, smarthost-instellingen).',
      'Anders valt er aan jouw kant niets op te lossen: de IT-beheerder van de ontvanger moet de MX-records of de instellingen voor geaccepteerde domeinen repareren.',
    ],
  },
  'relay-not-authorised': {
    title: 'Je mailserver mag niet via deze dienst relayen',
    happened: 'De dienst waarmee je mail wordt verstuurd, herkent je mailserver niet',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    explanation:
      'Het bericht werd aangeboden bij een dienst (een gateway of verzendplatform) die de verzendende mailserver of de afzenderidentiteit niet herkent als een van zijn klanten (Exchange Online 5.7.64, MessageLabs 553, Mimecast 451, Amazon SES, Google SMTP relay).',
    adminSteps: ['Registreer het verzendende IP-adres of verifieer het afzenderadres bij die dienst, of repareer de uitgaande connector.'],
  },
  // ── Content ──────────────────────────────────────────────────────────────────────────────────
  'spam-detected': {
    title: 'Het bericht is als spam beoordeeld',
    happened: 'De provider van {address} zag je bericht aan voor spam',
    next: 'maak het bericht eenvoudiger',
    youDo: [
      'Haal alles weg wat op spam lijkt: verkorte links, veel links, grote afbeeldingen met weinig tekst, gezipte bestanden of programma’s.',
      'Zorg dat de ontvanger mail van je verwacht.',
    ],
    resend: 'Verstuur een eenvoudigere versie opnieuw; wordt die ook geweigerd, stuur dit dan door naar je IT-beheerder of e-mailprovider.',
    explanation:
      'Het spamfilter van de ontvangende mailserver weigerde het bericht op grond van de inhoud, de links of de manier van verzenden (Gmail 550 5.7.1 "likely unsolicited mail", Orange 550 5.2.0 [506], Mimecast 554 spam signature).',
    adminSteps: [
      'Controleer SPF, DKIM en DMARC voor het verzendende domein.',
      'Worden veel berichten geweigerd, controleer dan de reputatie van het verzendende IP-adres en domein.',
    ],
  },
  'content-reputation': {
    title: 'Links of inhoud in het bericht hebben een slechte reputatie',
    happened: 'De provider van {address} wantrouwt de links of inhoud van je bericht',
    next: 'maak het bericht eenvoudiger',
    youDo: [
      'Verwijder verkorte links en links naar websites met een slechte reputatie.',
      'Hetzelfde bericht zou weer worden geweigerd, dus maak een eenvoudigere versie.',
    ],
    resend: 'Verstuur in plaats daarvan de eenvoudigere versie.',
    explanation:
      'Gmail stelde het bericht uit of weigerde het vanwege de reputatie van de inhoud of de links erin (421 4.7.0, "the nature of the content and/or the links"). Hetzelfde bericht krijgt hetzelfde antwoord: een exemplaar dat nog in de wachtrij staat, wordt waarschijnlijk geweigerd tot het verloopt.',
    adminSteps: [
      'Aan de instellingen van de mailserver valt voor één bericht niets te veranderen: de inhoud moet anders.',
      'Gaat het om veel berichten, controleer dan de reputatie van de domeinen waarnaar ze linken, ook je eigen tracking- of linkdomeinen.',
    ],
  },
  'virus-detected': {
    title: 'Er is een virus of gevaarlijke bijlage gevonden',
    happened: 'De provider van {address} vond iets gevaarlijks in je bericht',
    next: 'controleer de bijlage',
    youDo: [
      'Scan je computer en de bijlage met een actuele virusscanner.',
      'Deel het bestand op een andere manier (een link) of in een ander formaat, zonder programma’s of macro’s.',
    ],
    explanation:
      'De virusscanner van de ontvangende mailserver vond iets in het bericht dat hij gevaarlijk vindt, meestal een bijlage.',
    adminSteps: [
      'Scan de computer van de afzender en het bestand met een actuele scanner.',
      'Is het bestand schoon, verstuur het dan als link of in een formaat zonder uitvoerbare inhoud of macro’s.',
    ],
  },
  'content-filtered': {
    title: 'Geweigerd door een inhoudsfilter',
    happened: 'Een filter aan de kant van {address} weigerde je bericht',
    next: 'maak het bericht eenvoudiger',
    youDo: [
      'Controleer het bericht op bijlagen of inhoud die filters vaak weigeren.',
      'Vraag de ontvanger op een andere manier of mail van jou wordt gefilterd.',
    ],
    resend: 'Verstuur een eenvoudigere versie opnieuw.',
    explanation:
      'De ontvangende mailserver weigerde het bericht nadat hij het had gelezen, vanwege de inhoud of de headers, of omdat de filters van de ontvanger het niet doorlaten (X.2.0 / X.2.4 en filterformuleringen; Facebook RCP-P2 "refused due to recipient preferences").',
    adminSteps: [
      'Lees in de details de woorden van de mailserver om te zien welk filter het weigerde.',
      'Blijft het gebeuren, vraag de IT-beheerder van de ontvanger dan (via de ontvanger) wat hun filter weigerde.',
    ],
  },
  'message-policy-refusal': {
    title: 'Geweigerd om beleidsredenen (inhoud of authenticatie)',
    happened: 'De provider van {address} weigerde je bericht als mogelijk onveilig',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: [
      'Controleer de links en inhoud van je bericht op alles wat op oplichting kan lijken.',
      'Stuur deze melding door naar je IT-beheerder of e-mailprovider.',
    ],
    explanation:
      'De ontvangende provider weigerde het bericht om beleidsredenen, die hij gebruikt voor phishingachtige inhoud of mislukte authenticatie (Yahoo 554 5.7.9; Zoho 550 / 554 5.7.1 "flagged as Spam"; iCloud 550 5.7.1 [CS01], [HM08]).',
    adminSteps: [
      'Controleer SPF, DKIM en DMARC voor het verzendende domein.',
      'Neem de links en inhoud van het bericht samen met de afzender door.',
    ],
  },
  'provider-refused-data': {
    title: 'Provider weigerde het bericht zonder reden te geven',
    happened: 'De provider van {address} weigerde je bericht zonder te zeggen waarom',
    next: 'maak een eenvoudigere versie',
    youDo: [
      'Maak een eenvoudigere versie van het bericht (minder links en bijlagen).',
      'Wordt het weer geweigerd? Stuur dit dan door naar je IT-beheerder of e-mailprovider.',
    ],
    resend: 'Verstuur de eenvoudige versie nog één keer, iets later.',
    explanation:
      'De ontvangende provider weigerde het bericht aan het eind van de overdracht (na DATA), maar zei niet waarom (Yahoo 554). Inhoud of de reputatie van de afzender zijn de gebruikelijke verdachten.',
    adminSteps: ['Wordt het weer geweigerd, controleer dan de verzendreputatie en de authenticatie (SPF, DKIM, DMARC).'],
  },
  'not-rfc-compliant': {
    title: 'Het bericht is niet correct opgemaakt',
    happened: 'Je bericht was niet goed samengesteld',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: [
      'Heeft een programma, website of apparaat het verstuurd? Vertel het dan aan wie dat beheert.',
      'Heb je het vanuit je gewone mailprogramma verstuurd? Stuur dit dan door naar je IT-beheerder of e-mailprovider.',
    ],
    explanation:
      'Het bericht breekt de opmaakregels voor e-mail (RFC 5322): bijvoorbeeld een ontbrekende of ongeldige Van-regel of Message-ID, dubbele headers, of tekens die niet in een header mogen staan (Gmail 550 5.7.1 headerregels, Exchange Online 550 5.7.512). Het gaat om hoe het bericht is opgebouwd, niet om spam of reputatie.',
    adminSteps: [
      'Laat de verzendende software een geldig Van-adres en standaardheaders aanmaken.',
      'Vergelijk de headers van het geweigerde bericht met de regel die de woorden van de mailserver noemen.',
    ],
  },
  'content-error': {
    title: 'De inhoud van het bericht kon niet worden verwerkt',
    happened: 'Het mailsysteem van {address} kon de opmaak van je bericht niet verwerken',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Heeft een programma of apparaat het verstuurd? Vertel het dan aan wie dat beheert.', 'Stuur deze melding anders door naar je IT-beheerder of e-mailprovider.'],
    resend: 'Verstuur het opnieuw vanuit een gewoon mailprogramma.',
    explanation:
      'Iets aan de codering van het bericht (het mediatype, 8-bitsdata in headers, internationale tekens) kon het ontvangende systeem niet verwerken (X.6.x).',
    adminSteps: ['Is het bericht door software verstuurd, laat die dan headers correct coderen (RFC 2047 encoded words) en standaardmediatypen gebruiken.'],
  },
  'message-too-big': {
    title: 'Het bericht is te groot',
    happened: 'Je bericht is te groot voor de mailserver van {address}',
    next: 'maak het bericht kleiner',
    youDo: ['Verwijder of comprimeer grote bijlagen, of deel ze in plaats daarvan via een link.'],
    resend: 'Verstuur het opnieuw met de bestanden gedeeld via een link.',
    explanation:
      'Het bericht is met zijn bijlagen groter dan de ontvangende mailserver aanneemt (552, X.3.4; Gmail 552 5.3.4). Bijlagen worden bij het versturen door de codering ongeveer een derde groter.',
    adminSteps: ['Aan jouw kant valt niets op te lossen: de limiet is die van de ontvangende kant. Grote bestanden kunnen beter via een deellink gaan.'],
  },
  'recipient-size-limit': {
    title: 'Bericht is groter dan de limiet van de ontvanger',
    happened: 'Je bericht is te groot voor de mailbox van {address}',
    next: 'maak het bericht kleiner',
    youDo: ['Verwijder of comprimeer grote bijlagen, of deel ze in plaats daarvan via een link.'],
    resend: 'Verstuur het opnieuw met de bestanden gedeeld via een link.',
    explanation:
      'De mailbox van de ontvanger heeft een eigen groottelimiet voor inkomende berichten, kleiner dan die van de mailserver, en dit bericht is groter (X.2.3).',
    adminSteps: ['Aan jouw kant valt niets op te lossen: de limiet is die van de mailbox van de ontvanger. Grote bestanden kunnen beter via een deellink gaan.'],
  },
  // ── Recipient address and mailbox ────────────────────────────────────────────────────────────
  'user-unknown': {
    title: 'Het adres van de ontvanger bestaat niet',
    happened: '{address} bestaat niet',
    next: 'controleer het adres',
    youDo: ['Controleer het adres op typefouten (het deel vóór de @).', 'Ziet het er goed uit? Vraag de ontvanger dan op een andere manier om het huidige adres.'],
    resend: 'Verstuur het opnieuw naar het verbeterde adres.',
    explanation:
      'De mailserver van de ontvanger zegt dat hij geen mailbox met deze naam heeft (X.1.1, "user unknown"). Meestal is het adres verkeerd gespeld of is de persoon vertrokken; de verzendende kant kan daar niets aan veranderen.',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Verwijder het adres uit contact- en mailinglijsten als het ongeldig blijft.'],
  },
  'recipient-unverified': {
    title: 'Mailserver van de ontvanger kon het adres nog niet verifiëren',
    happened: 'De mailserver van {address} kon het adres nog niet bevestigen',
    next: 'controleer het adres',
    youDo: [
      'Controleer het adres op typefouten.',
      'Klopt het en blijft dit gebeuren? Laat het de ontvanger dan weten: hun mailserver is misschien onbereikbaar.',
    ],
    explanation:
      'Een gateway vóór de mailbox van de ontvanger controleert elk adres bij de mailserver erachter (recipient address verification; Postfix / Proofpoint 450 4.1.1), en die controle is nog niet gelukt: nog bezig, of die mailserver is onbereikbaar.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'Mislukt het definitief en klopt het adres, dan moet de IT-beheerder van de ontvanger controleren of hun gateway de mailserver erachter bereikt.',
    ],
  },
  'address-syntax': {
    title: 'Het adres van de ontvanger is geen geldig adres',
    happened: 'Mail aan {address} is mislukt: het adres is ongeldig',
    next: 'verbeter het adres',
    youDo: ['Kijk of er spaties, komma’s, ontbrekende of dubbele tekens in het adres staan, en verbeter het.'],
    resend: 'Verstuur het opnieuw naar het verbeterde adres.',
    explanation:
      'Het adres van de ontvanger is geen geldig e-mailadres (X.1.3; 553 "mailbox name not allowed"): een verdwaald teken, een spatie of een ontbrekend deel.',
    adminSteps: ['Aan de mailserver valt niets op te lossen.', 'Kwam het adres uit een formulier of lijst, verbeter het dan daar.'],
  },
  'address-ambiguous': {
    title: 'Het adres van de ontvanger past bij meer dan één mailbox',
    happened: '{address} past bij meer dan één persoon in die organisatie',
    next: 'vraag om het exacte adres',
    youDo: ['Vraag de ontvanger op een andere manier om het exacte adres.'],
    resend: 'Verstuur het opnieuw naar het exacte adres.',
    explanation: 'De mailserver van de ontvanger kon niet bepalen welke mailbox met het adres wordt bedoeld (X.1.4, dubbelzinnig bestemmingsadres).',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Klopt het adres en blijft het gebeuren, dan moet de IT-beheerder van de ontvanger het uniek maken.'],
  },
  'recipient-domain-unknown': {
    title: 'Het domein van de ontvanger bestaat niet',
    happened: 'Mail aan {address} is mislukt: het deel na de @ bestaat niet',
    next: 'controleer het adres',
    youDo: [
      'Controleer het deel na de @ op typefouten (bijvoorbeeld gmal.com in plaats van gmail.com).',
      'Ziet het er goed uit? Vraag de ontvanger dan op een andere manier om het adres.',
    ],
    resend: 'Verstuur het opnieuw naar het verbeterde adres.',
    explanation:
      'Het deel van het adres na de @ is geen domein dat bestaat of mail kan ontvangen (X.1.2, X.4.4; Gmail 553 5.1.2 "We weren\'t able to find the recipient domain"; NXDOMAIN). Meestal een typefout (bijvoorbeeld gmal.com).',
    adminSteps: ['Aan jouw kant valt niets op te lossen: het adres moet worden verbeterd.'],
  },
  'dns-lookup-failed': {
    title: 'Het domein van de ontvanger kon niet worden opgezocht',
    happened: 'Je mailserver kon niet vinden waar mail voor {address} heen moet',
    next: 'controleer het adres',
    youDo: ['Controleer het deel van het adres na de @ op typefouten.'],
    resend: 'Klopt het adres? Laat het de ontvanger dan op een andere manier weten en verstuur het later opnieuw.',
    explanation:
      'De verzendende mailserver kon niet vinden waar mail voor het domein van de ontvanger moet worden bezorgd: de DNS-opzoeking mislukte of leverde niets bruikbaars op (Exchange Online 5.4.312 "DNS query failed", Gmail "DNS Error", Postfix "Host not found, try again"). Een verkeerd gespeld domein ziet er precies zo uit.',
    adminSteps: [
      'Zoek vanaf je mailserver de MX- en A-records van het domein van de ontvanger op, en controleer of je eigen resolver antwoordt.',
      'Is het domein goed gespeld en is de DNS ervan defect, dan moet de IT-beheerder van de ontvanger dat repareren; bereik die via de ontvanger.',
    ],
  },
  'domain-accepts-no-mail': {
    title: 'Het domein van de ontvanger neemt geen e-mail aan',
    happened: '{address} kan helemaal geen e-mail ontvangen',
    next: 'controleer het adres',
    youDo: [
      'Controleer het adres: de ontvanger gebruikt waarschijnlijk een ander adres voor e-mail.',
      'Vraag op een andere manier om een adres dat werkt.',
    ],
    resend: 'Verstuur het opnieuw naar het werkende adres.',
    explanation:
      'Het domein van de ontvanger publiceert dat het helemaal geen mail ontvangt (een "null MX", RFC 7505, X.1.10), of de mailserver ervan weigert permanent alle mail (521 / 556, RFC 7504).',
    adminSteps: ['Aan jouw kant valt niets op te lossen: het adres moet anders.'],
  },
  'mailbox-moved': {
    title: 'De mailbox is verhuisd en mail wordt niet doorgestuurd',
    happened: '{address} is verhuisd naar een nieuw adres',
    next: 'vraag om het nieuwe adres',
    youDo: ['Vraag de ontvanger om het nieuwe adres en werk je contactpersonen bij.'],
    resend: 'Verstuur het opnieuw naar het nieuwe adres.',
    explanation:
      'Dit adres werkte vroeger, maar de persoon is naar een ander adres verhuisd en mail wordt niet doorgestuurd (X.1.6; 551 "user not local", soms met het nieuwe adres erbij; X.7.17 / X.7.18 eigenaar gewijzigd).',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Werk het adres bij in contact- en mailinglijsten; noemt het antwoord een nieuw adres, gebruik dat dan.'],
  },
  'account-disabled': {
    title: 'Het account van de ontvanger is uitgeschakeld',
    happened: 'De mailbox van {address} is uitgeschakeld',
    next: 'vraag om een actueel adres',
    youDo: [
      'Neem op een andere manier contact op met de ontvanger en vraag om een actueel adres.',
      'Gebruik dit adres niet meer als het uitgeschakeld blijft.',
    ],
    resend: 'Verstuur het opnieuw naar het actuele adres.',
    explanation:
      'De mailbox bestaat, maar is uitgeschakeld: inactief, opgeschort of opgeheven (X.2.1; Gmail 550 5.2.1, Yahoo). Hij neemt geen mail aan.',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Verwijder het adres uit contact- en mailinglijsten als het uitgeschakeld blijft.'],
  },
  'mailbox-locked': {
    title: 'De mailbox van de ontvanger is tijdelijk niet beschikbaar',
    happened: 'De mailbox van {address} is op dit moment niet beschikbaar',
    next: 'wacht',
    youDo: ['Blijft het mislukken? Laat het de ontvanger dan op een andere manier weten.'],
    explanation:
      'De mailbox van de ontvanger is tijdelijk vergrendeld of bezet, bijvoorbeeld tijdens onderhoud of na verdachte activiteit (Comcast 450 4.2.0).',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Blijft het mislukken, dan moet de ontvanger of diens provider de mailbox ontgrendelen.'],
  },
  'mailbox-full': {
    title: 'De mailbox van de ontvanger is vol',
    happened: 'De mailbox van {address} is vol',
    next: 'laat het ze weten',
    youDo: ['Laat de ontvanger op een andere manier (telefoon, chat) weten dat de mailbox vol is.'],
    resend: 'Verstuur het opnieuw zodra de ontvanger ruimte heeft gemaakt.',
    explanation:
      'De mailbox van de ontvanger zit boven het opslagquotum (X.2.2). Mailservers stellen meestal eerst uit (4xx) en weigeren later (5xx); hoe dan ook verdwijnt het pas als de ontvanger mail verwijdert of diens IT-beheerder het quotum verhoogt.',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Gebeurt het steeds bij dezelfde organisatie, dan kan de IT-beheerder daar het mailboxquotum verhogen.'],
  },
  'mailbox-full-inactive': {
    title: 'De mailbox van de ontvanger is vol en wordt niet meer gebruikt',
    happened: 'De mailbox van {address} is vol en wordt niet meer gebruikt',
    next: 'vraag om een ander adres',
    youDo: ['Neem op een andere manier contact op met de ontvanger en vraag om een adres dat wel wordt gebruikt.', 'Gebruik dit adres niet meer.'],
    resend: 'Verstuur het opnieuw naar het adres dat nu wordt gebruikt.',
    explanation:
      'De mailbox is vol en het account is al lange tijd inactief (Gmail 552 5.2.2, "out of storage space and inactive"); er wordt geen mail aangenomen.',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Verwijder het adres uit contact- en mailinglijsten.'],
  },
  // ── Receiving system and network ─────────────────────────────────────────────────────────────
  'receiver-temporary-error': {
    title: 'Tijdelijk probleem bij de mailserver van de ontvanger',
    happened: 'De mailserver van {address} heeft een tijdelijk probleem',
    next: 'laat het ze weten',
    youDo: ['Blijft het gebeuren? Laat de ontvanger dan op een andere manier weten dat hun mailserver problemen heeft.'],
    explanation:
      'De mailserver van de ontvanger had zelf een tijdelijk probleem: druk, te weinig middelen of een interne fout (Gmail 421 / 451 4.3.0 en 4.4.5, Exchange Online 451 4.7.0 / 4.4.0, Yahoo 451, iCloud 451 4.7.1, Mimecast, Barracuda, Email Security.cloud 421, Zoho 452 4.3.1, Exim 451).',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'Duurt het dagen, dan moet de IT-beheerder van de ontvanger naar de mailserver kijken; bereik die via de ontvanger.',
    ],
  },
  'receiver-system-error': {
    title: 'Fout in het mailsysteem van de ontvanger',
    happened: 'Het mailsysteem van {address} heeft een interne fout',
    next: 'laat het ze weten',
    youDo: ['Laat de ontvanger op een andere manier weten dat hun mailserver een fout gaf.'],
    explanation:
      'Het mailsysteem van de ontvanger faalde door de eigen configuratie of een interne storing (X.3.x, X.1.9; Postfix 451 4.3.0 / 4.3.5). Het bericht zelf veroorzaakte het niet.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'De IT-beheerder van de ontvanger moet de mailserver repareren; de woorden van de mailserver in de details laten zien waar je moet kijken.',
    ],
  },
  'receiver-disk-full': {
    title: 'De mailserver van de ontvanger heeft geen opslagruimte meer',
    happened: 'De mailserver van {address} heeft geen opslagruimte meer',
    next: 'laat het ze weten',
    youDo: ['Blijft het gebeuren? Laat het de ontvanger dan op een andere manier weten: hun IT-beheerder moet ruimte vrijmaken op de mailserver.'],
    explanation:
      'De mailserver van de ontvanger heeft zelf geen schijfruimte meer (X.3.1; 452 insufficient system storage; Sendmail 452 4.4.5 "Insufficient disk space"). De ontvanger kan het niet zelf oplossen; diens IT-beheerder moet dat doen.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'Houdt het aan, dan moet de IT-beheerder van de ontvanger ruimte vrijmaken op de mailserver; bereik die via de ontvanger.',
    ],
  },
  'mailer-error': {
    title: 'Bezorgprogramma bij de mailserver van de ontvanger is mislukt',
    happened: 'De mailserver van {address} kon je bericht niet opslaan',
    next: 'laat het ze weten',
    youDo: ['Laat het de ontvanger op een andere manier weten: hun IT-beheerder moet de mailserver controleren.'],
    explanation:
      'Het programma dat mail in de mailbox van de ontvanger zet (een lokaal bezorgprogramma, een pipe of een filterscript), is vastgelopen of gaf een fout.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'De IT-beheerder van de ontvanger moet het bezorgprogramma of mailfilter controleren dat de woorden van de mailserver noemen.',
    ],
  },
  'receiver-not-accepting': {
    title: 'De mailserver van de ontvanger neemt geen mail aan',
    happened: 'De mailserver van {address} neemt op dit moment geen mail aan',
    next: 'laat het ze weten',
    youDo: ['Duurt het lang? Neem dan op een andere manier contact op met de ontvanger.'],
    explanation:
      'De mailserver van de ontvanger weigert op dit moment alle mail: onderhoud, overbelasting, of hij is niet ingesteld om mail te ontvangen (X.3.2; 421, of 521 voor een host die geen mail aanneemt).',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'Duurt het lang, dan moet de IT-beheerder van de ontvanger de mailserver controleren.'],
  },
  'connection-timed-out': {
    title: 'De mailserver van de ontvanger antwoordde niet',
    happened: 'De mailserver van {address} antwoordde niet',
    next: 'laat het ze weten',
    youDo: ['Duurt het lang? Laat het de ontvanger dan op een andere manier weten: hun mailserver is misschien uit de lucht of verkeerd ingesteld.'],
    explanation:
      'De verzendende mailserver kon de mailserver van de ontvanger niet bereiken: verbindingen liepen in een time-out (X.4.1; Gmail "did not accept our requests to connect"). Meestal is dat een storing of een firewallprobleem aan de kant van de ontvanger.',
    adminSteps: [
      'Lopen veel domeinen op dezelfde manier in een time-out, controleer dan of uitgaande verbindingen naar poort 25 vanaf je mailserver niet worden geblokkeerd.',
      'Anders moet de IT-beheerder van de ontvanger de mailserver, de firewall en de MX-records controleren.',
    ],
  },
  'connection-refused': {
    title: 'De mailserver van de ontvanger weigerde de verbinding',
    happened: 'De mailserver van {address} laat niemand verbinding maken',
    next: 'laat het ze weten',
    youDo: ['Duurt het lang? Laat het de ontvanger dan op een andere manier weten: hun mailserver is misschien uit de lucht.'],
    explanation:
      'De verzendende mailserver bereikte het adres van de mailserver van de ontvanger, maar niets daar nam de verbinding aan (Exchange Online 4.4.316, socketfout 10061): de mailserver is uit de lucht, een firewall weigert de verbinding, of de DNS van het domein wijst naar het verkeerde adres. Dit ligt aan de kant van de ontvanger; het is geen blokkade van je mailserver.',
    adminSteps: [
      'Aan jouw kant valt niets op te lossen.',
      'Duurt het lang, dan moet de IT-beheerder van de ontvanger de mailserver, de firewall en de MX-records van het domein controleren; bereik die via de ontvanger.',
    ],
  },
  'host-unreachable': {
    title: 'De mailserver van de ontvanger was niet bereikbaar',
    happened: 'De mailserver van {address} was niet bereikbaar',
    next: 'laat het ze weten',
    youDo: ['Duurt het lang? Laat het de ontvanger dan op een andere manier weten: hun mailserver is misschien uit de lucht.'],
    explanation:
      'De verzendende mailserver kon geen verbinding openen met de mailserver van de ontvanger: geen route, host uit de lucht of een netwerkfout onderweg.',
    adminSteps: [
      'Mislukken veel domeinen op dezelfde manier, controleer dan je eigen uitgaande netwerk.',
      'Anders moet de IT-beheerder van de ontvanger controleren of de mailserver draait en of de MX- en A-records van het domein kloppen.',
    ],
  },
  'network-error': {
    title: 'Netwerkprobleem onderweg naar de mailserver van de ontvanger',
    happened: 'De verbinding met de mailserver van {address} werd verbroken',
    next: 'wacht',
    youDo: ['Blijft het gebeuren? Laat het de ontvanger dan op een andere manier weten: hun mailserver is misschien instabiel.'],
    explanation:
      'Een netwerkprobleem onderbrak de bezorging: de verbinding ging verloren, werd gereset of viel onderweg weg (X.4.0 / X.4.2; Gmail 421 4.7.0 "Connection expired, try reconnecting" en 451 4.4.2 "Timeout - closing connection"). Zulke onderbrekingen zijn gewoon en gaan meestal vanzelf over.',
    adminSteps: [
      'Niets te doen bij een eenmalig geval.',
      'Blijft het gebeuren met dit domein, laat het de IT-beheerder van de ontvanger dan weten (via de ontvanger): hun mailserver of netwerk is misschien instabiel.',
    ],
  },
  'routing-loop': {
    title: 'Het bericht ging in een kringetje rond',
    happened: 'Je bericht aan {address} ging in een kringetje rond tussen mailservers',
    next: 'laat het ze weten',
    youDo: [
      'Laat het de ontvanger op een andere manier weten: die of diens IT-beheerder moet de doorstuurregels controleren.',
      'Stuur je zelf mail door (bijvoorbeeld naar dit adres en terug)? Controleer dan ook je eigen doorstuurregels.',
    ],
    resend: 'Verstuur het opnieuw zodra de lus is opgelost.',
    explanation:
      'Het bericht is zo vaak tussen mailservers of doorstuurregels heen en weer gestuurd dat het is tegengehouden: een doorstuurlus (X.4.6; Gmail 554 5.4.6 "exceeded 50 hops", Exchange Online 5.4.14 hop count exceeded, Postfix "mail loops back to myself"). Lussen verdwijnen niet vanzelf; iemand moet een doorstuurregel of de mailroutering aanpassen.',
    adminSteps: [
      'Controleer je eigen doorsturing en routering als het bericht via jouw kant loopt (bijvoorbeeld een doorsturing naar dit adres en terug).',
      'De ontvanger of diens IT-beheerder moet doorstuur- en inboxregels en de mailroutering (MX-records, connectors) controleren.',
    ],
  },
  'protocol-error': {
    title: 'Verzendende software hield zich niet aan de regels van het mailprotocol',
    happened: 'Je mailsoftware en de mailserver van {address} begrepen elkaar niet',
    next: 'stuur dit door naar je IT-beheerder',
    youDo: ['Stuur deze melding door naar je IT-beheerder of e-mailprovider: alleen die kan het oplossen.'],
    resend: 'Verstuur het opnieuw zodra de verzendende software is gerepareerd of bijgewerkt.',
    explanation:
      'De verzendende mailserver of het programma stuurde opdrachten die de ontvangende mailserver niet accepteerde: in de verkeerde volgorde, misvormd of niet ondersteund (X.5.x; 500-504, 555; Gmail 451 / 454 4.5.0 "SMTP protocol violation").',
    adminSteps: [
      'Zoek uit welke mailserver of welk programma het bericht verstuurde en repareer of update het; de woorden van de mailserver noemen wat werd geweigerd.',
      'Meld het bij software van derden aan de leverancier, met deze melding erbij.',
    ],
  },
  'message-expired': {
    title: 'Bezorging opgegeven: de tijd voor nieuwe pogingen is verstreken',
    happened: 'Je mailserver heeft het opgegeven om bij {address} te bezorgen',
    next: 'controleer het adres',
    youDo: [
      'Controleer het adres op typefouten.',
      'Gebeurt het weer bij dezelfde organisatie? Laat het de ontvanger dan op een andere manier weten: hun mailserver is misschien onbereikbaar.',
    ],
    resend: 'Verstuur het later opnieuw, of neem op een andere manier contact op.',
    explanation:
      'De verzendende mailserver heeft de hele periode voor nieuwe pogingen geprobeerd het bericht te bezorgen (meestal één tot vijf dagen; 24 uur bij Exchange Online) en heeft het opgegeven (X.4.7; Exchange Online 4.4.7 / 5.4.300, MessageLabs 554 5.4.7). De laatste tijdelijke fout die hij kreeg, is de echte oorzaak; het bericht is niet bezorgd.',
    adminSteps: [
      'Kijk naar de laatste tijdelijke fout in de melding (of in het log van je mailserver): dat is de echte oorzaak.',
      'Gebeurt het weer met hetzelfde domein, dan is hun mailserver waarschijnlijk onbereikbaar: de IT-beheerder van de ontvanger moet die controleren.',
    ],
  },
  suppressed: {
    title: 'Je verzenddienst heeft dit adres onderdrukt',
    happened: 'Je mailingdienst verstuurt niet meer naar {address}',
    next: 'kijk in je mailingdienst waarom',
    youDo: [
      'Kijk in je mailingdienst waarom het adres is geblokkeerd (een eerder onbestelbaar bericht, een klacht of een afmelding).',
      'Deblokkeer het alleen als de ontvanger bevestigt dat het adres werkt en je mail wil ontvangen.',
    ],
    resend: 'Verstuur het pas opnieuw als het adres is gedeblokkeerd.',
    explanation:
      'Het verzendplatform heeft het niet eens geprobeerd: het adres staat op de onderdrukkingslijst (suppression list) na een eerder onbestelbaar bericht, een klacht of een afmelding.',
    adminSteps: [
      'Controleer in het verzendplatform waarom het adres wordt onderdrukt.',
      'Haal het adres alleen van de lijst als de persoon bevestigt dat het werkt en de mail wil ontvangen.',
    ],
  },
  'mailing-list-refused': {
    title: 'De groep of mailinglijst heeft je bericht niet aangenomen',
    happened: '{address} is een groep die je bericht niet aannam',
    next: 'controleer het groepsadres',
    youDo: ['Controleer het groepsadres.', 'Vraag de eigenaar van de groep of je erin mag posten, of word lid van de groep.'],
    resend: 'Verstuur het opnieuw zodra je in de groep mag posten.',
    explanation:
      'De groep bestaat misschien niet, of de afzender mag er niet in posten, bijvoorbeeld omdat alleen leden mogen posten (X.7.2, uitbreiding van de mailinglijst niet toegestaan).',
    adminSteps: ['Aan jouw kant valt niets op te lossen.', 'De eigenaar of beheerder van de groep moet de afzender laten posten, of de afzender wordt lid van de groep.'],
  },
  // ── Fallbacks ────────────────────────────────────────────────────────────────────────────────
  'temporary-unknown': {
    title: 'Tijdelijke fout (geen verdere details)',
    happened: 'De mailserver van {address} kon je bericht nog niet aannemen',
    next: 'wacht',
    youDo: ['Blijft het gebeuren? Laat het de ontvanger dan op een andere manier weten.'],
    explanation: 'De ontvangende mailserver meldde een tijdelijk probleem (4xx) zonder te zeggen wat het is.',
    adminSteps: [
      'Lees de woorden van de mailserver in de details voor een aanwijzing.',
      'Blijft het gebeuren, dan moet de IT-beheerder van de ontvanger de mailserver controleren.',
    ],
  },
  'permanent-unknown': {
    title: 'Bezorging mislukt (geen verdere details)',
    happened: 'Je bericht kon niet worden bezorgd bij {address}',
    next: 'controleer het adres',
    youDo: [
      'Controleer het adres op typefouten.',
      'Ziet het er goed uit? Stuur deze melding dan door naar je IT-beheerder of e-mailprovider.',
    ],
    resend: 'Verstuur het opnieuw zodra je weet wat er misging, of neem op een andere manier contact op als het belangrijk is.',
    explanation:
      'Het bericht kon niet worden bezorgd en de melding zegt niet duidelijk waarom (een kale 5xx, of X.0.0). De eigen woorden van de ontvangende mailserver in de details zijn de beste aanwijzing.',
    adminSteps: [
      'Lees de woorden van de mailserver en de statuscode in de details.',
      'Heeft de melding het antwoord ingekort, zoek het volledige antwoord dan in het log van je mailserver.',
    ],
  },
  unknown: {
    title: 'Onbekend probleem',
    happened: 'Het is onduidelijk waarom je bericht aan {address} is mislukt',
    next: 'controleer het adres',
    youDo: [
      'Controleer het adres op typefouten.',
      'Is het bericht belangrijk? Stuur deze melding dan door naar je IT-beheerder of e-mailprovider.',
    ],
    explanation: 'De melding bevat geen statuscode of uitleg waaruit de oorzaak blijkt.',
    adminSteps: ['Zoek het bericht op in het log van de verzendende mailserver: het antwoord van de andere mailserver staat daar, ook als de melding het weglaat.'],
  },
  // ── Not bounces ─────────────────────────────────────────────────────────────────────────────
  delivered: {
    title: 'Bezorgd',
    happened: 'Je bericht is bezorgd bij {address}',
    next: 'niets te doen',
    youDo: [],
    resend: 'Je hoeft het niet opnieuw te versturen.',
    explanation: 'Dit is een bezorgbevestiging, geen fout: het bericht heeft de mailserver van de ontvanger bereikt.',
    adminSteps: ['Niets te doen.'],
  },
  'auto-reply': {
    title: 'Automatisch antwoord (bijvoorbeeld afwezigheidsbericht)',
    happened: '{address} heeft automatisch geantwoord',
    next: 'lees het antwoord',
    youDo: ['Is het dringend? Kijk dan in het antwoord of je iemand anders kunt benaderen.'],
    resend: 'Je hoeft het niet opnieuw te versturen: je bericht is bezorgd.',
    explanation:
      'Dit is een automatisch antwoord van de ontvanger (bijvoorbeeld een afwezigheidsbericht), geen onbestelbaar bericht: het bericht is bezorgd.',
    adminSteps: ['Niets te doen.'],
  },
  'abuse-report': {
    title: 'Rapport over misbruik of een klacht',
    happened: 'Iemand heeft een bericht van je organisatie gemeld',
    next: 'geef het door aan wie je mailinglijsten beheert',
    youDo: ['Stop met mailen naar de persoon die klaagde.', 'Geef het rapport door aan wie je mailinglijsten beheert.'],
    resend: 'Er hoeft niets opnieuw te worden verstuurd.',
    explanation:
      'Dit is een feedbackrapport, geen onbestelbaar bericht: iemand heeft een bericht als spam gemarkeerd (RFC 5965), of het is niet door de authenticatiecontroles gekomen (RFC 6591).',
    adminSteps: [
      'Haal het klagende adres uit je lijsten of meld het af.',
      'Controleer bij een rapport over mislukte authenticatie SPF, DKIM en DMARC voor het domein dat erin wordt genoemd.',
    ],
  },
};
