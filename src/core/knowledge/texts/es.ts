import type { AdviceStrings, CauseText } from './types';

/**
 * Spanish (neutral international, "usted"). The plain layer is written for an office worker whose message
 * bounced, the technical one for the IT admin or e-mail provider they forward it to (see types.ts).
 * Terms: docs/glossary/es.md. `{address}` becomes "la dirección de destino" when the notice names none:
 * every `happened` reads with both (a feminine noun, so no "a el" / "de el" contraction is needed).
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'nadie',
    sender: 'usted',
    'sender-admin': 'su administrador de TI o proveedor de correo',
    recipient: 'el destinatario',
    'recipient-admin': 'el administrador de TI del destinatario',
  },
  unknownAddress: 'la dirección de destino',
  countOfRecipients: (count) => (count === 1 ? '1 destinatario' : `${count} destinatarios`),
  headlineFinal: (happened, next) => `${happened} — ${next} y vuelva a enviar el mensaje`,
  headlineFixWhileRetrying: (happened, next) => `${happened} — ${next}. No vuelva a enviar el mensaje.`,
  headlineWaiting: (address) => `Su mensaje aún no ha llegado a ${address} — no tiene que hacer nada`,
  headlineSeveralSame: (count, next) => `El mensaje no llegó a ${count} destinatarios — ${next} y vuelva a enviarlo`,
  headlineSeveralDifferent: (count, problems) => `El mensaje no llegó a ${count} destinatarios, por ${problems} motivos distintos`,
  headlineNotBounce: 'No es un aviso de no entrega',
  resendWhileWaiting: 'No vuelva a enviarlo: su servidor de correo sigue intentándolo por sí solo, y una segunda copia llegaría dos veces.',
  resendWhileFixing: 'No vuelva a enviarlo: cuando se solucione, saldrá la copia que sigue esperando en su servidor de correo.',
  resendAfterYourFix: 'Después, vuelva a enviarlo.',
  resendAfterTheirFix: (who) => `Vuelva a enviarlo cuando ${who} lo haya solucionado.`,
  resendLater: 'Vuelva a enviarlo más tarde o póngase en contacto con la persona por otra vía.',
  urgentAnotherWay: 'Si es urgente, póngase en contacto con la persona por otra vía (teléfono, chat) mientras tanto.',
  tellRecipient: 'Avise al destinatario por otra vía (teléfono, chat): un correo suyo sobre esto no le llegaría.',
  stillRetrying: 'Cuando se generó este aviso, el servidor de envío todavía estaba reintentando la entrega.',
  needsFixWhileRetrying: (who) => `Esto no se resuelve esperando: cada reintento vuelve a toparse con el mismo problema hasta que ${who} lo solucione.`,
  gaveUp: 'El servidor de envío ha dejado de intentarlo: este mensaje no se entregó.',
};

/**
 * Per cause id (causes.ts), in the order of causes.ts and en.ts. The plain fields never promise or forbid
 * a resend: the notice's state adds that (see ADVICE_STRINGS).
 */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  // ── Rate limits and queues on the receiving side ─────────────────────────────────────────────
  'gmail-receiving-rate': {
    title: 'La cuenta de Gmail del destinatario está recibiendo correo demasiado rápido',
    happened: '{address} está recibiendo demasiado correo en este momento',
    next: 'espere',
    youDo: ['Si envía a esta persona correo automático o masivo, hágalo con menos frecuencia.'],
    resend: 'Vuelva a enviarlo dentro de una o dos horas.',
    explanation:
      'Gmail limita cuánto correo puede recibir una cuenta por minuto, por hora y por día (450 4.2.1 ReceivingRate). Esta cuenta supera ahora ese límite, a menudo porque algún sistema le reenvía mucho correo, así que Gmail pidió al servidor de envío que fuera más despacio y volviera a intentarlo.',
    adminSteps: [
      'Deje que el servidor de envío siga reintentando; no aumente la frecuencia de los reintentos.',
      'Si se repite, el destinatario debe cortar la avalancha (una alerta demasiado ruidosa, una regla de reenvío) o usar un grupo de Google para el correo de gran volumen.',
    ],
  },
  'gmail-receiving-rate-final': {
    title: 'La cuenta de Gmail del destinatario alcanzó su límite de recepción (mensaje rechazado)',
    happened: '{address} ha alcanzado el límite de Gmail para el correo entrante',
    next: 'espere un día',
    youDo: [
      'Avise a la persona por otra vía (teléfono, chat) de que se está rechazando el correo que le envían.',
      'Si vuelve a pasar, dígale que algo está inundando su bandeja de entrada (quizá una regla de reenvío) para que pueda pararlo.',
    ],
    resend: 'Vuelva a enviarlo dentro de unas 24 horas: Gmail no guardó esta copia.',
    explanation:
      'Gmail rechazó el mensaje directamente (550 5.2.1, ReceivingRatePerm): la cuenta del destinatario alcanzó su límite de recepción (Google documenta 60 mensajes por minuto, 3600 por hora y 86 400 por día). Según Google, este bloqueo suele durar unas 24 horas. Gmail no guarda el correo rechazado, así que este mensaje no llegará por sí solo.',
    adminSteps: [
      'No hay nada que corregir por su parte; el mensaje puede volver a enviarse pasadas unas 24 horas.',
      'Si se repite, la cuenta del destinatario está siendo inundada (un reenvío o un bombardeo de correo): el destinatario o su administrador deben encontrar el origen y detenerlo.',
    ],
  },
  'recipient-rate-limit': {
    title: 'El destinatario está recibiendo correo demasiado deprisa',
    happened: '{address} está recibiendo demasiado correo en este momento',
    next: 'espere',
    youDo: ['Si envía muchos mensajes a esta persona, espácielos.'],
    resend: 'Vuelva a enviarlo dentro de una o dos horas.',
    explanation:
      'El proveedor de correo del destinatario limita cuántos mensajes puede recibir un buzón en poco tiempo, y este buzón ha superado ese límite (Yahoo 450, Yandex 450 4.2.1, Comcast 452, Exchange Online, iCloud, o la frase "receiving mail too quickly" que toman prestada otros servidores, como los servicios de políticas de Postfix). Se pidió al servidor de envío que volviera a intentarlo más tarde. Algunos proveedores (Tencent QQ) rechazan con un 550 aunque la situación sea temporal.',
    adminSteps: [
      'No hay nada que corregir por su parte; bastan los reintentos normales.',
      'Si envía muchos mensajes a esta dirección (notificaciones, correo masivo), espácielos. Si sigue ocurriendo, el destinatario debe averiguar qué está inundando su buzón.',
    ],
  },
  'recipient-hourly-limit': {
    title: 'El destinatario recibió demasiados mensajes en esta hora (mensaje rechazado)',
    happened: '{address} ha recibido demasiados mensajes en esta hora',
    next: 'espere una o dos horas',
    youDo: ['Si un programa o una aplicación envía correo a esta dirección, haga que envíe menos mensajes por hora.'],
    resend: 'Vuelva a enviarlo dentro de una o dos horas.',
    explanation:
      'El buzón del destinatario ha recibido en esta hora más mensajes de los que permite su proveedor (Exchange Online 554 5.2.121 / 5.2.122; en otros servidores, el "receiving mail at a rate that prevents additional messages" al estilo de Gmail). El mensaje se rechazó con un código permanente aunque la situación es temporal, así que no queda en cola para más tarde.',
    adminSteps: [
      'No hay nada que corregir por su parte; el mensaje puede volver a enviarse dentro de una o dos horas.',
      'Si una aplicación envía a esta dirección, limite cuántos mensajes por hora le envía.',
    ],
  },
  'org-queue-quota': {
    title: 'Una organización de Microsoft 365 tiene demasiado correo en cola',
    happened: 'Microsoft 365 está reteniendo el correo durante un tiempo',
    next: 'espere',
    youDo: ['Si dura muchas horas, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    explanation:
      'Microsoft 365 aplazó el mensaje (450 4.7.3, "Organization queue quota exceeded": el significado propio de Microsoft, no el de IANA sobre conversión de seguridad) porque ya hay demasiado correo de una misma organización esperando en las colas de Microsoft, normalmente una avalancha de mensajes automáticos o imposibles de entregar. Si su propio correo sale a través de Microsoft 365, esa organización suele ser la suya; si no, es la del destinatario.',
    adminSteps: [
      'Normalmente nada: los intentos posteriores pasan en cuanto se vacía la cola.',
      'Si dura muchas horas y su correo sale a través de Microsoft 365, busque el atasco en su tenant (una avalancha de correo, una oleada de mensajes imposibles de entregar) o abra un caso con Microsoft; si no, le corresponde al administrador del destinatario.',
    ],
  },
  'app-queue-quota': {
    title: 'Microsoft 365 está aplazando el correo temporalmente (cuota de cola del servicio)',
    happened: 'Microsoft 365 está reteniendo el correo unos momentos',
    next: 'espere',
    youDo: [],
    explanation:
      'Microsoft 365 aplazó el mensaje (450 4.7.9, cuota de cola de aplicación superada) mientras una de sus colas internas estaba por encima de su límite. Los intentos posteriores suelen pasar.',
    adminSteps: [
      'Nada que hacer mientras se resuelve.',
      'Si sigue ocurriendo, el administrador de la organización de Microsoft 365 afectada debe abrir un caso con Microsoft.',
    ],
  },
  'mailbox-thread-limit': {
    title: 'El buzón del destinatario está recibiendo demasiados mensajes a la vez',
    happened: '{address} está recibiendo demasiados mensajes a la vez',
    next: 'espere',
    youDo: ['Si sigue ocurriendo, avise a la persona por otra vía.'],
    explanation:
      'El servidor de buzones del destinatario está limitando las entregas a este buzón porque llegan demasiadas al mismo tiempo (Exchange Online 432 4.3.2, "recipient thread limit exceeded").',
    adminSteps: [
      'No hay nada que corregir por su parte; los intentos posteriores suelen pasar.',
      'Si sigue ocurriendo, el administrador del destinatario debe buscar qué inunda el buzón (reglas de la bandeja de entrada, reenvíos, correo automático).',
    ],
  },
  'relay-peak-limit': {
    title: 'La organización remitente superó el ritmo máximo del SMTP relay de Google',
    happened: 'Su organización está enviando correo más rápido de lo que Google permite',
    next: 'espere',
    youDo: ['Si pasa a menudo, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    explanation:
      'La organización envía a través del SMTP relay de Google (smtp-relay.gmail.com) más rápido de lo que permite su límite de picos, así que Google la está frenando (450 4.2.1, "Peak SMTP relay limit exceeded for customer"). Google considera temporal este límite: los intentos posteriores pasan.',
    adminSteps: [
      'Nada que hacer con este mensaje.',
      'Si pasa a menudo, reparta en el tiempo las ráfagas enviadas a través de smtp-relay.gmail.com (dosifique los envíos masivos).',
    ],
  },
  'sender-quota-exceeded': {
    title: 'Ha alcanzado su propio límite de envío',
    happened: 'Ha alcanzado su límite de envío',
    next: 'espere a que se restablezca',
    youDo: ['Si usted no ha enviado tanto correo, avise enseguida a su administrador de TI o proveedor de correo: puede que alguien esté usando su cuenta.'],
    resend: 'Vuelva a enviarlo cuando se restablezca el límite (normalmente en menos de 24 horas).',
    explanation:
      'La cuenta de envío (o la organización) ha enviado en el periodo más mensajes o destinatarios de los que permite el proveedor (Gmail 550 5.4.5 "Daily user sending limit exceeded", Exchange Online 5.1.90 por el límite diario de destinatarios, la cuota diaria o la tasa máxima de envío de Amazon SES), así que este mensaje no se envió. El límite se restablece solo, normalmente en menos de 24 horas.',
    adminSteps: [
      'Revise el correo enviado de la cuenta: si el usuario no envió tanto, trate la cuenta como comprometida (restablezca la contraseña, revoque las sesiones y las contraseñas de aplicación, elimine las reglas de reenvío desconocidas).',
      'Si el volumen es legítimo, envíe el correo masivo a través de un servicio pensado para ello y no desde un buzón de usuario.',
    ],
  },
  'ip-throttled': {
    title: 'El servidor receptor está frenando a su servidor de envío',
    happened: 'El proveedor de {address} está frenando el correo de su servidor',
    next: 'espere',
    youDo: ['Si pasa a menudo, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    explanation:
      'El proveedor receptor limita la velocidad a la que acepta correo del servidor de envío, por ejemplo porque el servidor envía de repente mucho más de lo habitual (Exchange Online 451 4.7.500-699 y 4.7.850-899, Yahoo 421, Mimecast 451, Comcast 451 4.2.0, GMX / WEB.DE 421, GoDaddy IB607). Se pidió al servidor de envío que volviera a intentarlo más tarde.',
    adminSteps: [
      'Nada que hacer ante un aplazamiento ocasional: el calendario normal de reintentos lo resuelve.',
      'Si estos retrasos son frecuentes, reduzca la velocidad de envío y el número de conexiones en paralelo con ese proveedor, y evite los saltos bruscos de volumen.',
    ],
  },
  'gateway-rate-limit': {
    title: 'La pasarela de correo del destinatario está limitando su ritmo de envío',
    happened: 'El sistema de correo de {address} está limitando cuánto correo acepta de usted',
    next: 'espere',
    youDo: ['Si sigue ocurriendo, avise a la persona: su administrador de TI puede marcar la organización de usted como remitente de confianza.'],
    explanation:
      'La pasarela de correo del destinatario solo acepta una cantidad limitada de correo por hora de los remitentes que no conoce bien (control de flujo de la host access table de Cisco Secure Email; Rambler 452 4.5.3), y el servidor de envío ha alcanzado ese límite por ahora.',
    adminSteps: [
      'No hay nada que corregir por su parte; los intentos posteriores suelen pasar.',
      'Si sigue ocurriendo, pida al administrador del destinatario que incluya su servidor de envío en un grupo de remitentes de confianza de su pasarela.',
    ],
  },
  'too-many-connections': {
    title: 'Demasiadas conexiones simultáneas desde su servidor de envío',
    happened: 'Su servidor de correo intentó entregar demasiado a la vez',
    next: 'espere',
    youDo: ['Si pasa a menudo, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    explanation:
      'El servidor de envío abrió más conexiones simultáneas de las que permite el servidor receptor (Exchange Online 421 4.3.2, Comcast, Orange 421 104, Mimecast 451). Las conexiones de más se rechazaron; los intentos posteriores suelen pasar.',
    adminSteps: [
      'Nada que hacer ante un aplazamiento ocasional.',
      'Si sigue ocurriendo, reduzca las conexiones simultáneas hacia ese destino (el límite de concurrencia por destino del MTA).',
    ],
  },
  'too-many-recipients': {
    title: 'Demasiados destinatarios en un solo intento de entrega',
    happened: 'Su mensaje tenía demasiados destinatarios para una sola entrega',
    next: 'divida los destinatarios en grupos más pequeños',
    youDo: [],
    resend: 'Vuelva a enviarlo a grupos más pequeños de destinatarios.',
    explanation:
      'El servidor receptor solo acepta un número limitado de destinatarios por transacción (452 4.5.3; Gmail "Domain policy size per transaction exceeded", Exchange Online, Mimecast, Cisco). Un servidor de envío que cumple el estándar entrega los destinatarios restantes en otra transacción; el RFC 5321 lo trata como temporal aunque llegue como 552.',
    adminSteps: [
      'Normalmente nada: un servidor que cumple el estándar envía los destinatarios restantes en otra transacción.',
      'Si falló definitivamente, compruebe que el servidor o la aplicación de envío gestiona el 452 reintentando los destinatarios restantes, o limite los destinatarios por transacción.',
    ],
  },
  'gateway-deferral': {
    title: 'La pasarela de filtrado del destinatario aplazó el mensaje',
    happened: 'El filtro de correo de {address} ha rechazado su mensaje por ahora',
    next: 'espere',
    youDo: ['Si dura un día o más, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    explanation:
      'La pasarela de seguridad de correo del destinatario (por ejemplo Broadcom Email Security.cloud, antes MessageLabs, con un 450) interrumpió la entrega por ahora. Estos aplazamientos se usan para limitar conexiones o para comprobar la reputación.',
    adminSteps: [
      'Nada que hacer ante un aplazamiento breve.',
      'Si persiste un día o más, compruebe la reputación y el volumen de la dirección IP de envío.',
    ],
  },
  greylisting: {
    title: 'Greylisting: el servidor del destinatario pidió volver a intentarlo más tarde',
    happened: 'El servidor de correo de {address} pidió al suyo que lo intentara más tarde',
    next: 'espere',
    youDo: [],
    explanation:
      'El servidor receptor aplica greylisting (lista gris): rechaza el primer intento de un remitente desconocido con un código temporal (normalmente 451 4.7.1) y acepta el reintento unos minutos después. Los servidores bien configurados reintentan por sí solos; el software de spam normalmente no.',
    adminSteps: [
      'Nada que hacer salvo que siga fallando durante horas: en ese caso, el servidor de envío no reintenta correctamente (o reintenta cada vez desde una dirección IP distinta).',
      'Si su servidor reintenta correctamente y nunca se resuelve, pida al administrador del destinatario que añada su servidor de envío a la lista de permitidos.',
    ],
  },
  'mimecast-greylisting': {
    title: 'Greylisting de Mimecast / límite temporal de recursos',
    happened: 'El filtro de correo de {address} pidió a su servidor de correo que lo intentara más tarde',
    next: 'espere',
    youDo: [],
    explanation:
      'El servicio Mimecast del destinatario aplazó el mensaje (451) y pidió al servidor de envío que volviera más tarde. Mimecast espera un reintento entre un minuto y doce horas después; casi siempre es greylisting, a veces una comprobación de reputación o un límite temporal de recursos.',
    adminSteps: [
      'Asegúrese de que el servidor de envío reintenta dentro de ese margen (de un minuto a doce horas).',
      'Si nunca se resuelve, pida al administrador del destinatario que cree para usted una política de remitentes permitidos (permitted senders o auto-allow) en Mimecast.',
    ],
  },
  'multi-domain-transaction': {
    title: 'Se enviaron destinatarios de varios dominios en una sola transferencia',
    happened: 'Su servidor de correo agrupó los destinatarios de una forma que Gmail no acepta',
    next: 'espere',
    youDo: ['Si sigue ocurriendo, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    explanation:
      'El servidor de envío intentó entregar a destinatarios de dominios distintos en una sola transacción SMTP, algo que Gmail no admite (451 4.3.0, "Multiple destination domains per transaction is unsupported"). Los servidores de envío normalmente entregan un dominio cada vez cuando se les pide.',
    adminSteps: [
      'Normalmente nada: un servidor que cumple el estándar entrega un dominio por transacción en el siguiente intento.',
      'Si sigue ocurriendo, configure el servidor o la aplicación para que envíe un solo dominio de destinatario por transacción.',
    ],
  },
  'recipient-limit-per-message': {
    title: 'Demasiados destinatarios en un solo mensaje',
    happened: 'Su mensaje tiene demasiados destinatarios',
    next: 'divida los destinatarios en grupos más pequeños',
    youDo: [
      'Divida los destinatarios en grupos más pequeños o use una lista de correo.',
      'Si lo envió un programa o un servidor, reenvíe este aviso a su administrador de TI o proveedor de correo.',
    ],
    resend: 'Vuelva a enviarlo a los grupos más pequeños.',
    resendWhileRetrying: 'La copia que su servidor de correo sigue intentando entregar no pasará tal como está: vuelva a enviar el mensaje a los grupos más pequeños.',
    explanation:
      'El proveedor receptor solo acepta un número limitado de destinatarios por mensaje (452 4.5.3, "Your message has too many recipients"; por ejemplo, 200 por dominio en Microsoft 365), y este mensaje tenía más. Reintentar el mismo mensaje no sirve: el remitente tiene que dividirlo.',
    adminSteps: [
      'Si lo envió un programa o un servidor, haga que divida automáticamente las listas largas de destinatarios (o que envíe a través de una lista de correo).',
      'Quien envíe a mano debe dividir la lista en grupos más pequeños.',
    ],
  },
  'recipient-refuses-sender': {
    title: 'La configuración del destinatario rechaza el correo de su dirección',
    happened: 'La configuración de {address} no acepta correo de usted',
    next: 'pida a la persona que permita su dirección',
    youDo: [
      'Póngase en contacto con la persona por otra vía y pídale que permita su dirección en sus ajustes de correo.',
      'Puede que la dirección de la persona esté bien, aunque el aviso diga que no existe.',
    ],
    resend: 'Vuelva a enviarlo cuando se lo confirme.',
    explanation:
      'Los ajustes de recepción del propio destinatario solo aceptan remitentes elegidos, o bloquean su dirección o su dominio; es habitual con los filtros de recepción de los operadores móviles japoneses (NTT docomo 550 después de DATA). La dirección en sí puede estar bien aunque la respuesta diga "unknown user".',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'El destinatario debe permitir su dirección o su dominio en sus ajustes de recepción. No elimine la dirección de las listas solo porque la respuesta diga "unknown user".',
    ],
  },
  'blocked-by-recipient': {
    title: 'El destinatario ha bloqueado su servidor de envío',
    happened: 'La organización de {address} ha bloqueado su servidor de correo',
    next: 'pida que le desbloqueen',
    youDo: ['Póngase en contacto con la persona por otra vía y pídale que le desbloquee (quizá tenga que hacerlo su administrador de TI).'],
    resend: 'Vuelva a enviarlo cuando se lo confirmen.',
    explanation:
      'La organización del destinatario decidió rechazar el correo que llega desde la dirección del servidor de envío (Exchange Online 550 5.7.507).',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'El administrador del destinatario debe quitar su dirección IP de envío de su lista de bloqueo; contacte con él a través del destinatario.',
    ],
  },
  'sending-volume-block': {
    title: 'Su servidor de envío mandó demasiado y demasiado rápido, y lo están rechazando',
    happened: 'Su servidor de correo está siendo rechazado por enviar demasiado',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    resend: 'Vuelva a enviarlo más tarde, cuando su administrador de TI o proveedor de correo lo haya solucionado.',
    explanation:
      'El proveedor receptor rechaza el correo del servidor de envío (o de su rango de direcciones) porque superó sus límites de volumen o de conexiones (Exchange Online 550 5.7.508, Tencent QQ 550, códigos AUP de Spectrum). El bloqueo se levanta cuando baja el ritmo, pero el lado emisor tiene que enviar más despacio.',
    adminSteps: [
      'Reduzca la velocidad de envío y el número de conexiones en paralelo con este proveedor.',
      'Averigüe qué disparó el volumen (un envío masivo, un proceso automático) antes de volver a enviar allí.',
    ],
  },
  'own-account-blocked': {
    title: 'Su propia cuenta de correo tiene bloqueado el envío',
    happened: 'Su cuenta tiene bloqueado el envío de correo',
    next: 'pida a su administrador de TI que la desbloquee',
    youDo: [
      'Pida a su administrador de TI o proveedor de correo que vuelva a activar el envío en su cuenta.',
      'Si le hablan de actividad inusual, cambie su contraseña y busque reglas de reenvío o aplicaciones que usted no haya configurado.',
    ],
    resend: 'Vuelva a enviarlo cuando el envío funcione.',
    explanation:
      'El proveedor o el administrador de la organización ha impedido que esta cuenta envíe: se desactivó (X.7.13 "user account disabled", RFC 7372, devuelto tras un inicio de sesión correcto) o se detectó actividad inusual, algo habitual en cuentas nuevas o tras una filtración de contraseñas (Zoho 550 5.4.6).',
    adminSteps: [
      'Averigüe por qué se bloqueó la cuenta (consola de administración o soporte del proveedor) y vuelva a activar el envío.',
      'Si el motivo fue actividad inusual, proteja primero la cuenta: restablezca la contraseña, revoque las sesiones y las contraseñas de aplicación, y elimine las reglas de reenvío y las aplicaciones desconocidas.',
    ],
  },
  // ── Reputation and blocklists ────────────────────────────────────────────────────────────────
  'reputation-deferral': {
    title: 'Aplazado por la reputación del servidor o del dominio de envío',
    happened: 'El proveedor de {address} está reteniendo el correo de su servidor',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El proveedor receptor está aplazando el correo de la dirección IP o del dominio de envío por su reputación: quejas, volumen inesperado, correo con aspecto de spam (Gmail 421 4.7.0 / 4.7.28, Outlook.com 451 4.7.650 y 421 RP-001/002/003, Yahoo 421 4.7.0 [TSS04] / [TSS11], Proofpoint 421 4.7.0). Aunque el código es temporal, esperar no basta: se repite hasta que el lado emisor mejore, y reintentar con más insistencia lo empeora.',
    adminSteps: [
      'Compruebe la reputación de la IP y del dominio de envío (Google Postmaster Tools, Microsoft SNDS) y reduzca el ritmo.',
      'Deje de enviar correo a quien no lo ha pedido y asegúrese de que el dominio tiene configurados SPF, DKIM y DMARC.',
      'No aumente la frecuencia de los reintentos: más intentos empeoran la reputación.',
    ],
  },
  'reputation-block': {
    title: 'Rechazado por la reputación del servidor de envío',
    happened: 'El proveedor de {address} rechaza el correo de su servidor',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden conseguir que se levante el bloqueo.'],
    resend: 'Vuelva a enviarlo cuando su administrador de TI o proveedor de correo confirme que se ha levantado el bloqueo.',
    explanation:
      'El proveedor receptor rechaza el correo de la dirección IP o de la red de envío por su reputación (Gmail 550 5.7.28, códigos SC/OU y S3150 de Outlook.com, Yahoo [TS03], Mimecast 550, Cisco Secure Email 554, Email Security.cloud 553 5.7.1, GMX 554, T-Online BL). Reintentar no funciona mientras dure el bloqueo (Yahoo lo indica para [TS03], [TSS09] y [TSS11]): una copia que siga en cola solo acabará caducando. No se puede arreglar desde el programa de correo.',
    adminSteps: [
      'Busque la IP de envío en las páginas para postmasters del proveedor y siga su procedimiento de retirada de la lista o de revisión.',
      'Corrija primero lo que dañó la reputación (correo masivo no deseado, una cuenta comprometida), o el bloqueo volverá.',
    ],
  },
  'ip-banned': {
    title: 'La dirección IP de envío está en la lista de bloqueo propia del proveedor',
    happened: 'El proveedor de {address} ha bloqueado su servidor de correo',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden pedir que se retire el bloqueo.'],
    resend: 'Vuelva a enviarlo cuando su administrador de TI o proveedor de correo confirme que se ha retirado el bloqueo.',
    explanation:
      'El proveedor receptor ha puesto la dirección IP de envío en su propia lista de bloqueo y rechaza todo el correo que procede de ella (Exchange Online 5.7.511 "banned sender" y 5.7.606-649; Outlook.com "Blocklist 1/2").',
    adminSteps: [
      'Solicite la retirada mediante el procedimiento del proveedor: en Microsoft, https://sender.office.com, o escriba a delist@messaging.microsoft.com cuando el aviso lo indique (como con "banned sender" y "Blocklist 1/2").',
      'Encuentre y detenga lo que provocó la inclusión en la lista, o la dirección volverá a aparecer en ella.',
    ],
  },
  'dnsbl-listed': {
    title: 'Su servidor de envío está en una lista de bloqueo pública',
    happened: 'Su servidor de correo está en una lista de bloqueo de spam',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden conseguir que lo retiren de la lista.'],
    explanation:
      'El servidor receptor consultó la dirección IP de envío en una lista de bloqueo DNS (DNSBL, como Spamhaus, SpamCop, Barracuda o Cloudmark), la encontró en ella y rechazó el mensaje. Las inclusiones se deben a spam visto desde esa dirección, o marcan direcciones domésticas o dinámicas que no deberían enviar correo directamente. La inclusión bloquea su correo en todos los receptores que usan esa lista, no solo en este.',
    adminSteps: [
      'Busque la dirección IP de envío en la lista que nombra el rechazo (https://check.spamhaus.org, https://www.barracudacentral.org, https://www.spamcop.net, https://csi.cloudmark.com) y siga su procedimiento de retirada.',
      'Encuentre y detenga primero la causa (una cuenta comprometida, un relay abierto, un remitente masivo en una IP compartida), o la inclusión volverá.',
      'Si la dirección es doméstica o dinámica, envíe a través del servidor de correo de su proveedor.',
    ],
  },
  'dnsbl-stale-sorbs': {
    title: 'El receptor sigue consultando la lista de bloqueo SORBS, ya desaparecida',
    happened: 'El servidor de correo de {address} le rechazó usando una lista de spam obsoleta',
    next: 'avise a la persona',
    youDo: [
      'Avise a la persona por otra vía: su servidor de correo rechazó el mensaje que usted le envió.',
      'Dígale que su administrador de TI debe quitar de la configuración del servidor SORBS, una lista de spam que cerró en 2024.',
    ],
    resend: 'Vuelva a enviarlo cuando se lo confirmen.',
    explanation:
      'El servidor receptor rechazó el mensaje citando SORBS, una lista de bloqueo DNS que se cerró en junio de 2024. Ya nadie puede salir de ella; el servidor receptor usa una configuración obsoleta.',
    adminSteps: [
      'No hay nada que corregir por su parte: ya no existe ningún procedimiento de retirada de SORBS.',
      'El administrador del destinatario debe quitar SORBS de la configuración de listas de bloqueo de su servidor; contacte con él a través del destinatario.',
    ],
  },
  'dynamic-ip-direct': {
    title: 'Su dirección de envío no puede entregar directamente a este proveedor',
    happened: 'El proveedor de {address} no acepta correo enviado directamente desde su conexión',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: [
      'Reenvíe este aviso a su administrador de TI o proveedor de correo.',
      'Si lo envió un dispositivo o un programa (una impresora, un sitio web, un servidor doméstico), avise a quien lo configuró: debe enviar a través de su proveedor de correo.',
    ],
    explanation:
      'El correo salió directamente desde una dirección IP que parece una conexión doméstica o dinámica (Gmail 550 5.7.1 "not authorized to send email directly to our servers", Outlook.com DY-001 / DY-002, códigos ES de Comcast). Los grandes proveedores solo aceptan correo de esas direcciones a través del servidor de correo del proveedor de internet o del servicio de correo.',
    adminSteps: ['Configure el servidor o el dispositivo de envío para que envíe a través del relay (smarthost) de su proveedor de internet o de su servicio de correo, en lugar de entregar directamente.'],
  },
  'client-blocked': {
    title: 'El servidor receptor rechazó su servidor de envío',
    happened: 'El servidor de correo de {address} rechaza su servidor de correo',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: ellos pueden averiguar por qué.'],
    explanation:
      'El servidor receptor rechazó la conexión del propio servidor de envío (por su dirección IP o su nombre de host) antes de mirar el mensaje.',
    adminSteps: [
      'Compruebe si la IP de envío está en alguna lista de bloqueo y si su DNS inverso (PTR) y su nombre HELO son correctos.',
      'Si todo está en orden, pregunte al administrador del destinatario (a través del destinatario) por qué se rechaza su servidor.',
    ],
  },
  'bad-helo': {
    title: 'Su servidor de envío se presentó con un nombre incorrecto',
    happened: 'Su servidor de correo se presentó con un nombre incorrecto',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El servidor de envío saludó al servidor receptor con un nombre HELO/EHLO no válido o que se hace pasar por el propio receptor (Exchange Online 550 5.7.506). Los receptores rechazan estas conexiones.',
    adminSteps: [
      'Configure como nombre HELO del servidor su propio nombre completo (FQDN, p. ej. mail.example.com).',
      'Dé a ese nombre un DNS coherente: un registro A (o AAAA) con la IP de envío y un registro PTR que apunte de vuelta a ese nombre.',
    ],
  },
  // ── DNS of the sending side ─────────────────────────────────────────────────────────────────
  'no-ptr': {
    title: 'Su servidor de envío no tiene un registro DNS inverso (PTR) válido',
    happened: 'Su servidor de correo está siendo rechazado',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El servidor receptor buscó el nombre asociado a la dirección IP de envío (su DNS inverso, el registro PTR) y no encontró ninguno, o encontró un nombre que no resuelve de vuelta a la misma dirección (falta el DNS inverso confirmado en sentido directo, FCrDNS). Muchos servidores rechazan o aplazan ese correo (Gmail 421 4.7.0 / 451 4.7.23 / 5.7.25, GMX, Comcast, Postfix reject_unknown_client_hostname); aunque el código sea 4xx, se repite hasta que se corrija el DNS.',
    adminSteps: [
      'Pida a quien gestione la dirección IP de envío (normalmente el proveedor de hosting o de internet) que publique un registro PTR para ella.',
      'Haga que el nombre del PTR resuelva de vuelta a la misma dirección (un registro A o AAAA) y use ese nombre en HELO/EHLO.',
    ],
  },
  'ptr-lookup-tempfail': {
    title: 'La consulta de DNS inverso del servidor de envío falló temporalmente',
    happened: 'El servidor de correo de {address} no pudo verificar su servidor de correo en ese momento',
    next: 'espere',
    youDo: ['Si sigue ocurriendo, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    explanation:
      'El servidor receptor no pudo consultar en ese momento el DNS inverso del servidor de envío: un error de DNS, no un registro que falte (Comcast 421).',
    adminSteps: [
      'Nada que hacer si es algo puntual.',
      'Si persiste, compruebe que el registro PTR de la IP de envío resuelve de forma fiable (que los servidores de nombres de la zona inversa responden sin agotar el tiempo de espera).',
    ],
  },
  'sender-domain-not-found': {
    title: 'Su dominio de remitente no aparece en el DNS',
    happened: 'No se encuentra la parte de su propia dirección que va después de la @',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: [
      'Compruebe en su programa de correo que su propia dirección no tenga errores de escritura.',
      'Si está bien, reenvíe este aviso a su administrador de TI o proveedor de correo.',
    ],
    explanation:
      'El servidor receptor comprobó el dominio de la dirección del remitente y no lo encontró en el DNS (no hay registro MX ni A), así que no podría devolverle respuestas ni avisos de no entrega (X.1.8; Postfix 450 4.1.8, Yahoo 451 / 554). Postfix usa un código temporal para que un fallo puntual de DNS no haga perder correo, pero si el dominio realmente no se resuelve, se repite hasta que se corrija.',
    adminSteps: [
      'Dé al dominio del remitente un DNS que funcione: un registro MX o A y, para Yahoo, también un registro SOA.',
      'Revise si la dirección de remitente configurada en el programa o dispositivo de envío tiene errores de escritura.',
    ],
  },
  'sender-null-mx': {
    title: 'Su dominio de remitente declara que no acepta correo (null MX)',
    happened: 'Se rechaza su dirección porque no puede recibir respuestas',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El dominio del remitente publica un registro "null MX" (RFC 7505) que declara que no recibe correo. Los receptores rechazan el correo que procede de él (X.7.27) porque no se le podrían devolver los avisos de no entrega.',
    adminSteps: ['Envíe desde un dominio que pueda recibir correo, o sustituya el null MX por un registro MX real.'],
  },
  // ── Authentication (SPF / DKIM / DMARC) ─────────────────────────────────────────────────────
  'dmarc-temp-dns': {
    title: 'No se pudo comprobar la autenticación por un fallo temporal de DNS',
    happened: 'El servidor de correo de {address} no pudo comprobar en ese momento de dónde viene su correo',
    next: 'espere',
    youDo: ['Si sigue ocurriendo, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    explanation:
      'El servidor receptor quiso comprobar los registros SPF, DKIM o DMARC del dominio del remitente, pero las consultas DNS fallaron de momento (Gmail 451 4.7.26 "temporary DNS failures prevent authentication", Cisco 451 4.4.3). Suele resolverse en un intento posterior.',
    adminSteps: [
      'Nada que hacer si es algo puntual.',
      'Si sigue ocurriendo, compruebe que los servidores DNS de su dominio responden de forma fiable para los registros SPF, DKIM y DMARC.',
    ],
  },
};
