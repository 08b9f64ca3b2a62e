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
  resendWhileWaiting: 'No vuelva a enviarlo: su servidor de correo sigue intentándolo por sí solo, y el mensaje llegaría dos veces.',
  resendWhileFixing: 'No vuelva a enviarlo: cuando se solucione, saldrá la copia que sigue esperando en su servidor de correo.',
  resendAfterYourFix: 'Después, vuelva a enviarlo.',
  resendAfterTheirFix: (who) => `Vuelva a enviarlo cuando ${who} lo haya solucionado.`,
  resendLater: 'Vuelva a enviarlo más tarde o póngase en contacto con la persona por otra vía.',
  urgentAnotherWay: 'Si es urgente, póngase en contacto con la persona por otra vía (teléfono, chat) mientras tanto.',
  tellRecipient: 'Avise al destinatario por otra vía (teléfono, chat): un correo sobre esto no le llegaría.',
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
    happened: 'El servidor de correo de {address} pidió a su servidor de correo que lo intentara más tarde',
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
    next: 'pida a su administrador de TI que desbloquee su cuenta',
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
  'auth-required': {
    title: 'Su correo no está autenticado (falta SPF o DKIM)',
    happened: 'El proveedor de {address} no pudo confirmar que el mensaje sea realmente suyo',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El proveedor receptor exige una prueba de que el correo procede realmente del dominio del remitente: SPF (una lista de los servidores autorizados a enviar en su nombre) o DKIM (una firma criptográfica). No se superó ninguna de las dos (Gmail 421 4.7.26 y 550 5.7.1 "does not have authentication information", Exchange Online 450 4.7.26, Yahoo 550 5.7.9). Hasta que se configuren los registros del dominio, el correo se frena o se rechaza.',
    adminSteps: [
      'Publique un registro SPF que incluya todos los servidores que envían en nombre del dominio.',
      'Active la firma DKIM y publique la clave pública DKIM.',
      'Para el correo masivo, publique también un registro DMARC.',
    ],
  },
  'spf-fail': {
    title: 'La comprobación SPF de su dominio falló',
    happened: 'Su mensaje salió de un servidor que su organización no ha autorizado',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El registro SPF del dominio enumera los servidores autorizados a enviar su correo, y el servidor que envió este mensaje no figura en él, o el registro tiene errores (X.7.23 / X.7.24; Gmail 550 5.7.27 y 4.7.27, Exchange Online 5.7.23, GMX, Mimecast).',
    adminSteps: [
      'Añada al registro SPF la dirección IP del servidor de envío (o el include del servicio de correo).',
      'Corrija los errores de sintaxis y mantenga el registro dentro del límite de 10 consultas DNS (RFC 7208).',
    ],
  },
  'spf-suspicious': {
    title: 'El registro SPF de su dominio contiene entradas sospechosas',
    happened: 'Gmail no se fía de la lista de servidores de correo autorizados de su organización',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'Gmail encontró en el registro SPF del dominio entradas que considera sospechosas (por ejemplo, rangos demasiado amplios) y limita el correo hasta que se depure el registro (451 4.7.24).',
    adminSteps: ['Elimine del registro SPF las entradas demasiado amplias o innecesarias y deje solo los servidores de envío reales.'],
  },
  'dkim-fail': {
    title: 'Firma DKIM ausente o no válida',
    happened: 'Su mensaje no llevaba el sello digital que exige el proveedor de {address}',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El proveedor receptor exige una firma DKIM válida (un sello criptográfico que demuestra que el mensaje procede del dominio) y este mensaje no tenía ninguna que se verificara (X.7.20-X.7.22; Gmail 550 5.7.30 y 421 4.7.30 con el significado propio de Google; Mimecast "DKIM Sender Invalid").',
    adminSteps: [
      'Active la firma DKIM en el servidor o servicio de envío.',
      'Publique la clave pública en el DNS con el selector con el que firma y compruebe que un mensaje de prueba supera la verificación.',
    ],
  },
  'dmarc-fail': {
    title: 'No superó la comprobación DMARC de su dominio',
    happened: 'Su mensaje no superó una comprobación de que procede realmente de su organización',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'DMARC comprueba que el dominio del encabezado "From" sea el mismo que superó SPF o DKIM. Este mensaje no superó esa comprobación, o el dominio de su remitente visible no estaba alineado con el dominio que la superó (X.7.26; Gmail 4.7.32 / 5.7.32, Exchange Online 5.7.509, Proofpoint, Zoho, Mimecast, iCloud [HME1]). Los receptores rechazan o frenan ese correo, y la propia política DMARC de ese dominio puede pedirles que lo rechacen.',
    adminSteps: [
      'Asegúrese de que el servidor de envío supera SPF o DKIM para el mismo dominio que el de la dirección "From".',
      'Si un servicio envía en su nombre, debe firmar con su dominio (DKIM) o figurar en su registro SPF.',
    ],
  },
  'dmarc-missing': {
    title: 'Su dominio no tiene registro DMARC',
    happened: 'A su organización le falta un ajuste que exige el proveedor de {address}',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El proveedor receptor exige a los remitentes masivos que publiquen una política DMARC para su dominio, y este dominio no tiene ninguna (Gmail 421 4.7.40 / 550 5.7.40).',
    adminSteps: ['Publique un registro DMARC para el dominio (para empezar, basta con una política de supervisión p=none).'],
  },
  'bulk-auth-required': {
    title: 'Remitente de gran volumen sin SPF, DKIM y DMARC completos',
    happened: 'Su organización envía mucho correo sin las comprobaciones que exige Outlook.com',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'Outlook.com exige que los dominios que envían más de unos 5000 mensajes al día superen SPF, DKIM y DMARC; este dominio no lo hace (550 5.7.515).',
    adminSteps: ['Publique SPF, DKIM y DMARC para el dominio de envío; después, el mensaje podrá volver a enviarse.'],
  },
  // ── TLS and submission ─────────────────────────────────────────────────────────────────────
  'tls-required': {
    title: 'El receptor exige una conexión cifrada (TLS)',
    happened: 'El servidor de correo de {address} solo acepta correo cifrado',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El dominio receptor solo acepta correo enviado por una conexión cifrada (STARTTLS), y el servidor de envío no la usó (X.7.10; Gmail 421 4.7.0 "TLS required for RCPT domain", 4.7.29 / 5.7.29 con el significado propio de Google).',
    adminSteps: ['Active STARTTLS para el correo saliente en el servidor de envío y compruebe que funciona con este dominio.'],
  },
  'tls-failed': {
    title: 'Falló la conexión segura con el servidor del destinatario',
    happened: 'No se pudo establecer una conexión segura con el servidor de correo de {address}',
    next: 'avise a la persona',
    youDo: ['Avise a la persona por otra vía: la configuración de seguridad de su servidor de correo impide una entrega segura.'],
    explanation:
      'El servidor de envío exigía una conexión cifrada verificada (DANE, MTA-STS o REQUIRETLS, X.7.30), pero el servidor del destinatario no pudo ofrecerla: sin STARTTLS, con un certificado caducado o que no coincide, o con registros TLSA/DNSSEC incorrectos (Exchange Online 5.7.321-325).',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'El administrador del destinatario debe corregir el certificado, STARTTLS o los registros TLSA/DNSSEC; contacte con él a través del destinatario.',
    ],
  },
  'tls-required-by-sender': {
    title: 'Su servidor exige un cifrado que el servidor del destinatario no ofrece',
    happened: 'Su servidor de correo no entrega a {address} sin cifrado',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: ellos deciden si la regla es correcta.'],
    resend: 'Vuelva a enviarlo cuando su administrador de TI o el lado del destinatario hayan cambiado la configuración.',
    explanation:
      'El servidor de envío está configurado para entregar a este dominio solo por una conexión cifrada (smtp_tls_security_level encrypt, dane o verify en Postfix; una entrada de política TLS, MTA-STS o DANE), y el servidor del destinatario no la ofreció (no tiene STARTTLS o no quiso iniciarlo). El servidor del destinatario no rechazó nada: fue el lado emisor el que retuvo el mensaje.',
    adminSteps: [
      'Compruebe si la regla que exige TLS para este dominio es intencionada (una entrada de política TLS, MTA-STS o DANE).',
      'Si lo es, el administrador del destinatario debe activar STARTTLS; avísele a través del destinatario. Si no lo es, relaje la regla para este dominio.',
    ],
  },
  'smtp-auth-failed': {
    title: 'Su programa de correo no pudo iniciar sesión en el servidor de envío',
    happened: 'Su programa de correo no pudo iniciar sesión para enviar',
    next: 'compruebe su contraseña',
    youDo: [
      'Compruebe el nombre de usuario y la contraseña (o la contraseña de aplicación) configurados en su programa de correo o dispositivo.',
      'Si sigue fallando, pregunte a su administrador de TI o proveedor de correo si su cuenta puede enviar desde este programa.',
    ],
    resend: 'Si hubo muchos intentos, espere unos minutos y vuelva a enviarlo.',
    explanation:
      'El servidor al que se entregó el mensaje para su envío rechazó el inicio de sesión del programa de correo o del dispositivo: una contraseña incorrecta, demasiados intentos o un método de inicio de sesión no permitido (535 / X.7.8 credenciales no válidas, 530 autenticación obligatoria, X.7.9 mecanismo demasiado débil, Gmail 454 4.7.0 "too many login attempts").',
    adminSteps: [
      'Compruebe que el inicio de sesión SMTP (SMTP AUTH) está permitido para la cuenta y que el programa usa un método permitido (una contraseña de aplicación u OAuth donde el inicio de sesión básico esté desactivado).',
      'Tras demasiados intentos fallidos, espere unos minutos antes de volver a probar.',
    ],
  },
  'security-policy': {
    title: 'Rechazado por un motivo de seguridad o de política',
    happened: 'El servidor de correo de {address} rechazó su mensaje por un motivo de seguridad',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: la respuesta del servidor que contiene puede dar más pistas.'],
    explanation:
      'El servidor receptor rechazó el mensaje por un motivo de seguridad o de política sin decir exactamente cuál (X.7.0, X.7.1 y otros códigos X.7.x). La respuesta del propio servidor, en los detalles, es la mejor pista: autenticación, reputación o contenido.',
    adminSteps: [
      'Busque una pista en la respuesta del servidor, en los detalles (autenticación, reputación, contenido).',
      'Compruebe SPF, DKIM, DMARC y la reputación de la IP de envío.',
      'Si todo está en orden, pregunte al administrador del destinatario (a través del destinatario) por qué se rechaza su correo.',
    ],
  },
  // ── Policy at the recipient ────────────────────────────────────────────────────────────────
  'recipient-policy': {
    title: 'Bloqueado por una regla de la organización del destinatario',
    happened: 'Una regla de la organización de {address} bloquea su mensaje',
    next: 'avise a la persona',
    youDo: [
      'Avise a la persona por otra vía de que se rechaza el correo que usted le envía.',
      'Pídale que su administrador de TI (o el propietario del grupo) permita su dirección.',
    ],
    resend: 'Vuelva a enviarlo cuando se lo confirmen.',
    explanation:
      'Una regla de la organización del destinatario rechazó el mensaje: por ejemplo, la dirección o el grupo solo acepta correo de dentro de la organización o de remitentes autorizados, o su dirección o su servidor está en la lista de bloqueo de esa organización (Exchange Online 550 5.7.1 "Delivery not authorized", 5.7.12x, 5.7.124, 5.7.513; Gmail gcdp; Mimecast, Trend Micro, Zoho, Barracuda). Solo ellos pueden cambiarlo.',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'El administrador del destinatario (o el propietario del grupo) debe permitir su dirección o su servidor, por ejemplo dejando que el grupo acepte remitentes externos o retirándolo a usted de su lista de bloqueo.',
    ],
  },
  'recipient-allowlist-only': {
    title: 'El dominio del destinatario solo acepta correo de servidores aprobados',
    happened: 'La organización de {address} solo acepta correo de servidores que ha aprobado',
    next: 'avise a la persona',
    youDo: ['Avise a la persona por otra vía: su administrador de TI debe permitir el correo de la organización de usted.'],
    explanation:
      'El dominio de Google Workspace del destinatario solo acepta correo de una lista de servidores aprobados (Gmail 421 4.7.0 "IP not in whitelist for RCPT domain"), normalmente porque todo su correo debe llegar a través de una pasarela de filtrado, y el servidor de envío no figura en ella.',
    adminSteps: [
      'Compruebe que su servidor entrega a los servidores MX publicados del dominio del destinatario, y no directamente a Google.',
      'Si es así, el administrador del destinatario debe permitir la dirección IP de su servidor o corregir la configuración de su pasarela de entrada.',
    ],
  },
  'external-forwarding-blocked': {
    title: 'No se permite el reenvío automático a direcciones externas',
    happened: 'Se bloqueó un reenvío automático a una dirección externa',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Si configuró un reenvío automático a una dirección externa, elimínelo o pida a su administrador de TI o proveedor de correo que lo permita.'],
    resend: 'Si la dirección externa sigue necesitando este mensaje, reenvíelo a mano.',
    explanation:
      'El mensaje se estaba reenviando automáticamente a una dirección externa, y la directiva de correo no deseado saliente de Microsoft 365 de la organización que reenvía prohíbe el reenvío externo automático (Exchange Online 550 5.7.1).',
    adminSteps: [
      'Si este buzón puede reenviar fuera de la organización, permita para él el reenvío externo automático en la directiva de correo no deseado saliente (una directiva limitada a ese buzón).',
      'Si no, elimine la regla de reenvío del buzón.',
    ],
  },
  'unregistered-sender-domain': {
    title: 'Envío desde un dominio que su organización no ha registrado',
    happened: 'Microsoft 365 bloqueó el correo de una dirección que su organización no ha registrado',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'La organización de Microsoft 365 envió correo desde un dominio que no ha agregado ni verificado, así que Microsoft lo bloqueó (Exchange Online 550 5.7.750).',
    adminSteps: ['Agregue y verifique en Microsoft 365 todos los dominios que se usan para enviar (dominios aceptados), o envíe desde un dominio ya verificado.'],
  },
  'sender-account-blocked': {
    title: 'Su cuenta de envío está bloqueada por actividad sospechosa',
    happened: 'Se bloqueó el envío desde su cuenta por actividad inusual',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: [
      'Cambie su contraseña y busque reglas de reenvío o aplicaciones que usted no haya configurado.',
      'Reenvíe este aviso a su administrador de TI o proveedor de correo: ellos solicitan que se levante el bloqueo.',
    ],
    resend: 'Vuelva a enviarlo cuando el envío vuelva a funcionar.',
    explanation:
      'El servicio de correo impidió enviar a la cuenta (o a la organización) porque detectó actividad inusual o propia de spam (Exchange Online 5.7.501-503, 5.1.8, 5.7.7xx; Zoho). Suele significar que la cuenta estaba comprometida.',
    adminSteps: [
      'Proteja primero la cuenta: restablezca la contraseña, revoque las sesiones y elimine las reglas de reenvío y las aplicaciones desconocidas.',
      'Después, solicite el desbloqueo al proveedor (Microsoft, Zoho…), como indique su aviso o su portal de administración.',
    ],
  },
  'duplicate-message-id': {
    title: 'Demasiados mensajes con el mismo Message-ID',
    happened: 'El programa que envió su mensaje da el mismo identificador a muchos mensajes',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo, o a quien gestione el programa que lo envió.'],
    explanation:
      'Se reutilizó el mismo Message-ID en muchos mensajes (Gmail 421 4.7.28); los receptores esperan que cada mensaje tenga uno único.',
    adminSteps: ['Haga que el software de envío genere un Message-ID único para cada mensaje.'],
  },
  'blocked-attachment': {
    title: 'Un tipo de archivo adjunto que el receptor no acepta',
    happened: 'El proveedor de {address} no acepta uno de sus archivos adjuntos',
    next: 'quite el archivo o compártalo mediante un enlace',
    youDo: [
      'Quite el archivo adjunto o use otro formato (por ejemplo, un PDF en lugar de un documento con macros).',
      'Los programas y los archivos comprimidos, compártalos mediante un enlace (desde un almacenamiento en la nube) en lugar de adjuntarlos.',
    ],
    resend: 'Vuelva a enviarlo sin el archivo bloqueado.',
    explanation:
      'El proveedor receptor rechaza directamente ciertos tipos de archivos adjuntos porque pueden contener malware: programas, scripts, algunos archivos comprimidos, documentos con macros (Gmail 552 5.7.0; Cox; Amavis "banned file type"). Gmail bloquea esos tipos de archivo sea cual sea su contenido.',
    adminSteps: [
      'No hay nada que corregir por su parte: el bloqueo es la política del receptor.',
      'Cuando haya que intercambiar este tipo de archivos, use enlaces para compartir archivos en lugar de archivos adjuntos.',
    ],
  },
  'submission-unauthenticated': {
    title: 'Un dispositivo o una aplicación envió correo sin iniciar sesión',
    happened: 'Un dispositivo o programa intentó enviar correo sin iniciar sesión',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo e indique qué dispositivo o programa lo envió (una impresora, un escáner, una aplicación).'],
    explanation:
      'Un dispositivo o programa (una impresora, un escáner o una aplicación empresarial) entregó el mensaje a Microsoft 365 sin iniciar sesión, y Microsoft 365 no acepta correo anónimo de ese origen (Exchange Online 530 5.7.57).',
    adminSteps: [
      'Configure el dispositivo o el programa para que inicie sesión (envío de cliente con SMTP AUTH) con un buzón con licencia.',
      'O configure para él el envío directo (direct send) o un relay basado en conector en Microsoft 365, como describe la guía de Microsoft para dispositivos multifunción.',
    ],
  },
  'send-as-denied': {
    title: 'No puede enviar como esta dirección de remitente',
    happened: 'Su cuenta no puede enviar desde la dirección que eligió',
    next: 'use su propia dirección',
    youDo: [
      'Vuelva a poner su propia dirección en el campo De.',
      'Si debería poder enviar desde esa dirección, pida permiso a su administrador de TI o proveedor de correo.',
    ],
    resend: 'Vuelva a enviarlo desde su propia dirección, o cuando tenga el permiso.',
    explanation:
      'El mensaje salió con una dirección "From" que la cuenta con la sesión iniciada no puede usar: la de otra persona, un buzón compartido o un grupo (Exchange Online 550 5.7.60 / 5.7.1).',
    adminSteps: ['Si el usuario debe enviar como esa dirección, concédale el permiso Enviar como ("Send As") sobre ese buzón o grupo; si no, debe enviar desde su propia dirección.'],
  },
  'ipv6-not-accepted': {
    title: 'El receptor no acepta correo por IPv6',
    happened: 'Su servidor de correo usó un tipo de conexión que la organización de {address} no acepta',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El servidor de envío se conectó por IPv6 al dominio de Microsoft 365 del destinatario, y ese dominio no acepta IPv6 (Exchange Online 550 5.7.510).',
    adminSteps: [
      'Envíe a este destino por IPv4.',
      'O pida al administrador del destinatario que active el correo entrante por IPv6 para su dominio.',
    ],
  },
  'recipient-banned': {
    title: 'La organización del destinatario rechaza el correo para esta dirección',
    happened: '{address} tiene bloqueada la recepción de correo',
    next: 'pida a la persona otra dirección',
    youDo: [
      'Pida a la persona, por otra vía, una dirección que reciba correo.',
      'Elimine esta dirección de sus contactos y listas.',
    ],
    resend: 'Vuelva a enviarlo a una dirección que funcione.',
    explanation:
      'La organización del destinatario ha impedido que esta dirección reciba correo: un buzón cerrado o vetado (Exchange Online 550 5.7.505).',
    adminSteps: ['No hay nada que corregir por su parte.', 'Elimine la dirección de las listas de contactos y de correo.'],
  },
  'sender-rejected': {
    title: 'Se rechazó su dirección de remitente',
    happened: 'El servidor de correo de {address} rechazó su dirección de remitente',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: [
      'Compruebe que envió desde la dirección que quería (en una lista de correo, la dirección con la que se suscribió).',
      'Si es correcta, reenvíe este aviso a su administrador de TI o proveedor de correo.',
    ],
    explanation:
      'El servidor receptor rechazó la dirección de remitente del mensaje (el remitente del sobre), por ejemplo porque allí está bloqueada, está mal formada (X.1.7) o no tiene permiso para publicar (GoDaddy 550 5.2.0 IB, Orange 501 5.1.0).',
    adminSteps: [
      'Compruebe el remitente del sobre (Return-Path) que usa el servidor o la aplicación: sintaxis válida y un dominio que exista.',
      'Si es correcto, pregunte al administrador del destinatario (a través del destinatario) por qué se rechaza.',
    ],
  },
  'relay-denied': {
    title: 'El servidor receptor no acepta correo para este dominio',
    happened: 'El servidor al que llegó su correo no gestiona el correo de {address}',
    next: 'avise a la persona',
    youDo: [
      'Compruebe si la dirección tiene errores de escritura, sobre todo después de la @.',
      'Si es correcta, avise a la persona por otra vía: hay que corregir la configuración de su correo.',
    ],
    explanation:
      'El servidor contactado dice que no gestiona el correo del dominio del destinatario ("relay access denied"; Exchange Online 550 5.4.1, Postfix, Sendmail). Normalmente, los registros MX del dominio apuntan a un servidor que no está configurado para él; a veces, el servidor de envío mandó el mensaje al lugar equivocado.',
    adminSteps: [
      'Si fallan así muchos destinatarios, revise cómo enruta el correo su servidor (reglas de enrutamiento, configuración del smarthost).',
      'Si no, no hay nada que corregir por su parte: el administrador del destinatario debe corregir los registros MX del dominio o la configuración de dominios aceptados.',
    ],
  },
  'relay-not-authorised': {
    title: 'Su servidor no está autorizado a usar este servicio como relay',
    happened: 'El servicio por el que sale su correo no reconoce su servidor de correo',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    explanation:
      'El mensaje se entregó a un servicio (una pasarela o una plataforma de envío) que no reconoce el servidor de envío ni la identidad del remitente como uno de sus clientes (Exchange Online 5.7.64, MessageLabs 553, Mimecast 451, Amazon SES, Google SMTP relay).',
    adminSteps: ['Registre la IP de envío o verifique la dirección del remitente en ese servicio, o corrija el conector de salida.'],
  },
  // ── Content ──────────────────────────────────────────────────────────────────────────────────
  'spam-detected': {
    title: 'El mensaje se consideró spam',
    happened: 'El proveedor de {address} tomó su mensaje por spam',
    next: 'haga una versión más sencilla',
    youDo: [
      'Quite todo lo que parezca spam: acortadores de enlaces, muchos enlaces, imágenes grandes con poco texto, archivos comprimidos o programas.',
      'Asegúrese de que la persona espera correo de usted.',
    ],
    resend: 'Vuelva a enviar una versión más sencilla; si también se rechaza, reenvíe este aviso a su administrador de TI o proveedor de correo.',
    explanation:
      'El filtro de spam del servidor receptor rechazó el mensaje por su contenido, sus enlaces o la forma en que se envió (Gmail 550 5.7.1 "likely unsolicited mail", Orange 550 5.2.0 [506], Mimecast 554 spam signature).',
    adminSteps: [
      'Compruebe SPF, DKIM y DMARC del dominio de envío.',
      'Si se rechazan muchos mensajes, compruebe la reputación de la IP y del dominio de envío.',
    ],
  },
  'content-reputation': {
    title: 'Los enlaces o el contenido del mensaje tienen mala reputación',
    happened: 'El proveedor de {address} desconfía de los enlaces o del contenido de su mensaje',
    next: 'haga una versión más sencilla',
    youDo: [
      'Quite los acortadores de enlaces y los enlaces a sitios web con mala reputación.',
      'El mismo mensaje volvería a ser rechazado, así que prepare una versión más sencilla.',
    ],
    resend: 'Envíe en su lugar la versión más sencilla.',
    explanation:
      'Gmail aplazó o rechazó el mensaje por la reputación de su contenido o de sus enlaces (421 4.7.0, "the nature of the content and/or the links"). El mismo mensaje recibe la misma respuesta: es probable que una copia que siga en cola se rechace hasta que caduque.',
    adminSteps: [
      'No hay nada que cambiar en la configuración del servidor por un solo mensaje: lo que tiene que cambiar es el contenido.',
      'Si hay muchos mensajes afectados, compruebe la reputación de los dominios a los que enlazan, incluidos sus propios dominios de seguimiento o de enlaces.',
    ],
  },
  'virus-detected': {
    title: 'Se encontró un virus o un archivo adjunto peligroso',
    happened: 'El proveedor de {address} encontró algo peligroso en su mensaje',
    next: 'revise el archivo adjunto',
    youDo: [
      'Analice su equipo y el archivo adjunto con un antivirus actualizado.',
      'Comparta el archivo de otra forma (un enlace) o en otro formato, sin programas ni macros.',
    ],
    explanation:
      'El antivirus del servidor receptor encontró en el mensaje algo que considera peligroso, normalmente un archivo adjunto.',
    adminSteps: [
      'Analice el equipo del remitente y el archivo con un antivirus actualizado.',
      'Si el archivo está limpio, envíelo como enlace o en un formato sin contenido ejecutable ni macros.',
    ],
  },
  'content-filtered': {
    title: 'Rechazado por un filtro de contenido',
    happened: 'Un filtro del lado de {address} rechazó su mensaje',
    next: 'haga una versión más sencilla',
    youDo: [
      'Revise si el mensaje tiene archivos adjuntos o contenido que los filtros suelen rechazar.',
      'Pregunte a la persona, por otra vía, si filtra el correo que usted le envía.',
    ],
    resend: 'Vuelva a enviar una versión más sencilla.',
    explanation:
      'El servidor receptor rechazó el mensaje después de leerlo, por su contenido o sus encabezados, o porque los filtros del destinatario no lo aceptan (X.2.0 / X.2.4 y frases de filtros; Facebook RCP-P2 "refused due to recipient preferences").',
    adminSteps: [
      'Busque en la respuesta del servidor, en los detalles, qué filtro lo rechazó.',
      'Si sigue ocurriendo, pregunte al administrador del destinatario (a través del destinatario) qué rechazó su filtro.',
    ],
  },
  'message-policy-refusal': {
    title: 'Rechazado por motivos de política (contenido o autenticación)',
    happened: 'El proveedor de {address} rechazó su mensaje por considerarlo posiblemente peligroso',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: [
      'Revise los enlaces y el contenido de su mensaje por si algo pudiera parecer una estafa.',
      'Reenvíe este aviso a su administrador de TI o proveedor de correo.',
    ],
    explanation:
      'El proveedor receptor rechazó el mensaje por motivos de política, que aplica al contenido con apariencia de phishing o a la autenticación fallida (Yahoo 554 5.7.9; Zoho 550 / 554 5.7.1 "flagged as Spam"; iCloud 550 5.7.1 [CS01], [HM08]).',
    adminSteps: [
      'Compruebe SPF, DKIM y DMARC del dominio de envío.',
      'Revise con el remitente los enlaces y el contenido del mensaje.',
    ],
  },
  'provider-refused-data': {
    title: 'El proveedor rechazó el mensaje sin dar un motivo',
    happened: 'El proveedor de {address} rechazó su mensaje sin decir por qué',
    next: 'pruebe con una versión más sencilla',
    youDo: [
      'Haga una versión más sencilla del mensaje (con menos enlaces y archivos adjuntos).',
      'Si vuelve a rechazarse, reenvíe este aviso a su administrador de TI o proveedor de correo.',
    ],
    resend: 'Vuelva a enviar la versión sencilla una vez más, un poco más tarde.',
    explanation:
      'El proveedor receptor rechazó el mensaje al final de la transferencia (después de DATA), pero no dijo por qué (Yahoo 554). Los sospechosos habituales son el contenido o la reputación del remitente.',
    adminSteps: ['Si vuelve a rechazarse, compruebe la reputación de envío y la autenticación (SPF, DKIM, DMARC).'],
  },
  'not-rfc-compliant': {
    title: 'El mensaje no tiene un formato correcto',
    happened: 'Su mensaje no se compuso correctamente',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: [
      'Si lo envió un programa, un sitio web o un dispositivo, avise a quien lo gestione.',
      'Si lo envió desde su programa de correo habitual, reenvíe este aviso a su administrador de TI o proveedor de correo.',
    ],
    explanation:
      'El mensaje incumple las reglas de formato del correo electrónico (RFC 5322): por ejemplo, falta la línea "From" o el Message-ID o no son válidos, hay encabezados duplicados o caracteres que un encabezado no puede llevar (reglas de encabezados de Gmail 550 5.7.1, Exchange Online 550 5.7.512). Tiene que ver con cómo se construyó el mensaje, no con el spam ni con la reputación.',
    adminSteps: [
      'Haga que el software de envío genere una dirección "From" válida y encabezados estándar.',
      'Compare los encabezados del mensaje rechazado con la regla que indica la respuesta del servidor.',
    ],
  },
  'content-error': {
    title: 'No se pudo aceptar el contenido del mensaje',
    happened: 'El sistema de correo de {address} no pudo procesar el formato de su mensaje',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Si lo envió un programa o un dispositivo, avise a quien lo gestione.', 'Si no, reenvíe este aviso a su administrador de TI o proveedor de correo.'],
    resend: 'Vuelva a enviarlo desde un programa de correo estándar.',
    explanation:
      'El sistema receptor no pudo procesar algo de cómo está codificado el mensaje: su tipo MIME, datos de 8 bits en los encabezados o caracteres internacionales (X.6.x).',
    adminSteps: ['Si el mensaje lo envió un software, haga que codifique bien los encabezados (encoded words del RFC 2047) y que use tipos MIME estándar.'],
  },
  'message-too-big': {
    title: 'El mensaje es demasiado grande',
    happened: 'Su mensaje es demasiado grande para el servidor de {address}',
    next: 'reduzca su tamaño',
    youDo: ['Quite o comprima los archivos adjuntos grandes, o compártalos mediante un enlace.'],
    resend: 'Vuelva a enviarlo con los archivos compartidos mediante un enlace.',
    explanation:
      'El mensaje, con sus archivos adjuntos, supera el tamaño que acepta el servidor receptor (552, X.3.4; Gmail 552 5.3.4). Los archivos adjuntos aumentan aproximadamente un tercio al codificarse para el envío.',
    adminSteps: ['No hay nada que corregir por su parte: el límite es del receptor. Los archivos grandes viajan mejor como enlaces para compartir archivos.'],
  },
  'recipient-size-limit': {
    title: 'El mensaje supera el límite de tamaño del destinatario',
    happened: 'Su mensaje es demasiado grande para el buzón de {address}',
    next: 'reduzca su tamaño',
    youDo: ['Quite o comprima los archivos adjuntos grandes, o compártalos mediante un enlace.'],
    resend: 'Vuelva a enviarlo con los archivos compartidos mediante un enlace.',
    explanation:
      'El buzón del destinatario tiene su propio límite de tamaño para los mensajes entrantes, más pequeño que el del servidor, y este mensaje lo supera (X.2.3).',
    adminSteps: ['No hay nada que corregir por su parte: el límite es del buzón del destinatario. Los archivos grandes viajan mejor como enlaces para compartir archivos.'],
  },
  // ── Recipient address and mailbox ────────────────────────────────────────────────────────────
  'user-unknown': {
    title: 'La dirección del destinatario no existe',
    happened: '{address} no existe',
    next: 'compruebe la dirección',
    youDo: ['Compruebe si la dirección tiene errores de escritura (la parte antes de la @).', 'Si parece correcta, pida a la persona su dirección actual por otra vía.'],
    resend: 'Vuelva a enviarlo a la dirección corregida.',
    explanation:
      'El servidor de correo del destinatario dice que no tiene ningún buzón con ese nombre (X.1.1, "user unknown"). Normalmente la dirección está mal escrita o la persona ya no está en la organización; el lado emisor no puede cambiarlo.',
    adminSteps: ['No hay nada que corregir por su parte.', 'Elimine la dirección de las listas de contactos y de correo si sigue sin ser válida.'],
  },
  'recipient-unverified': {
    title: 'El servidor del destinatario aún no ha podido verificar la dirección',
    happened: 'El servidor de correo de {address} aún no ha podido confirmar que la dirección existe',
    next: 'compruebe la dirección',
    youDo: [
      'Compruebe si la dirección tiene errores de escritura.',
      'Si es correcta y esto se repite, avise a la persona: puede que no se pueda llegar a su servidor de correo.',
    ],
    explanation:
      'Una pasarela situada delante del buzón del destinatario comprueba cada dirección con el servidor que tiene detrás (verificación de la dirección del destinatario; Postfix / Proofpoint 450 4.1.1), y esa comprobación aún no ha tenido éxito: sigue en curso o ese servidor no está accesible.',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'Si falla definitivamente y la dirección es correcta, el administrador del destinatario debe comprobar que su pasarela llega al servidor de correo que tiene detrás.',
    ],
  },
  'address-syntax': {
    title: 'La dirección del destinatario no es una dirección válida',
    happened: 'El correo a {address} falló: la dirección no es válida',
    next: 'corrija la dirección',
    youDo: ['Busque en la dirección espacios, comas o caracteres que falten o estén repetidos, y corríjala.'],
    resend: 'Vuelva a enviarlo a la dirección corregida.',
    explanation:
      'La dirección del destinatario no es una dirección de correo válida (X.1.3; 553 "mailbox name not allowed"): un carácter de más, un espacio o una parte que falta.',
    adminSteps: ['No hay nada que corregir en el servidor.', 'Si la dirección procede de un formulario o de una lista, corríjala allí.'],
  },
  'address-ambiguous': {
    title: 'La dirección del destinatario corresponde a más de un buzón',
    happened: '{address} corresponde a más de un buzón',
    next: 'pida a la persona su dirección exacta',
    youDo: ['Pida a la persona, por otra vía, su dirección exacta.'],
    resend: 'Vuelva a enviarlo a la dirección exacta.',
    explanation: 'El servidor del destinatario no pudo determinar a qué buzón se refiere la dirección (X.1.4, dirección de destino ambigua).',
    adminSteps: ['No hay nada que corregir por su parte.', 'Si la dirección es correcta y sigue ocurriendo, el administrador del destinatario debe hacer que sea única.'],
  },
  'recipient-domain-unknown': {
    title: 'El dominio del destinatario no existe',
    happened: 'El correo a {address} falló: la parte que va después de la @ no existe',
    next: 'compruebe la dirección',
    youDo: [
      'Compruebe si la parte que va después de la @ tiene errores de escritura (por ejemplo, gmal.com en lugar de gmail.com).',
      'Si parece correcta, pida a la persona su dirección por otra vía.',
    ],
    resend: 'Vuelva a enviarlo a la dirección corregida.',
    explanation:
      'La parte de la dirección que va después de la @ no es un dominio que exista o que pueda recibir correo (X.1.2, X.4.4; Gmail 553 5.1.2 "We weren\'t able to find the recipient domain"; NXDOMAIN). Normalmente es un error de escritura (p. ej., gmal.com).',
    adminSteps: ['No hay nada que corregir por su parte: hay que corregir la dirección.'],
  },
  'dns-lookup-failed': {
    title: 'No se pudo consultar el dominio del destinatario',
    happened: 'Su servidor de correo no encontró adónde entregar el correo para {address}',
    next: 'compruebe la dirección',
    youDo: ['Compruebe si la parte de la dirección que va después de la @ tiene errores de escritura.'],
    resend: 'Si la dirección es correcta, avise a la persona por otra vía y vuelva a enviarlo más tarde.',
    explanation:
      'El servidor de envío no encontró adónde entregar el correo del dominio del destinatario: la consulta DNS falló o no devolvió nada utilizable (Exchange Online 5.4.312 "DNS query failed", Gmail "DNS Error", Postfix "Host not found, try again"). Un dominio mal escrito produce exactamente esto.',
    adminSteps: [
      'Consulte desde su servidor los registros MX y A del dominio del destinatario, y compruebe que su propio resolutor DNS responde.',
      'Si el dominio está bien escrito y su DNS no funciona, el administrador del destinatario debe corregirlo; contacte con él a través del destinatario.',
    ],
  },
  'domain-accepts-no-mail': {
    title: 'El dominio del destinatario no acepta correo electrónico',
    happened: '{address} no puede recibir correo electrónico',
    next: 'compruebe la dirección',
    youDo: [
      'Compruebe la dirección: probablemente la persona usa otra para el correo electrónico.',
      'Pídale por otra vía una dirección que funcione.',
    ],
    resend: 'Vuelva a enviarlo a la dirección que funcione.',
    explanation:
      'El dominio del destinatario declara públicamente que no recibe correo (un "null MX", RFC 7505, X.1.10), o su servidor rechaza de forma permanente todo el correo (521 / 556, RFC 7504).',
    adminSteps: ['No hay nada que corregir por su parte: hay que cambiar la dirección.'],
  },
  'mailbox-moved': {
    title: 'El buzón se ha trasladado y el correo no se reenvía',
    happened: '{address} ya no está en uso',
    next: 'pida a la persona su nueva dirección',
    youDo: ['Pida a la persona su nueva dirección y actualice sus contactos.'],
    resend: 'Vuelva a enviarlo a su nueva dirección.',
    explanation:
      'Esta dirección funcionaba antes, pero la persona ha cambiado de dirección y el correo no se reenvía (X.1.6; 551 "user not local", que puede indicar la nueva dirección; X.7.17 / X.7.18, cambio de titular).',
    adminSteps: ['No hay nada que corregir por su parte.', 'Actualice la dirección en las listas de contactos y de correo; si la respuesta indica una dirección nueva, use esa.'],
  },
  'account-disabled': {
    title: 'La cuenta del destinatario está desactivada',
    happened: 'El buzón de {address} está desactivado',
    next: 'pida a la persona una dirección actual',
    youDo: [
      'Póngase en contacto con la persona por otra vía y pídale una dirección actual.',
      'Deje de usar esta dirección si sigue desactivada.',
    ],
    resend: 'Vuelva a enviarlo a su dirección actual.',
    explanation:
      'El buzón existe, pero está desactivado: inactivo, suspendido o cerrado (X.2.1; Gmail 550 5.2.1, Yahoo). No acepta correo.',
    adminSteps: ['No hay nada que corregir por su parte.', 'Elimine la dirección de las listas de contactos y de correo si sigue desactivada.'],
  },
  'mailbox-locked': {
    title: 'El buzón del destinatario no está disponible temporalmente',
    happened: 'El buzón de {address} no está disponible por ahora',
    next: 'espere',
    youDo: ['Si sigue fallando, avise a la persona por otra vía.'],
    explanation:
      'El buzón del destinatario está bloqueado u ocupado temporalmente, por ejemplo durante un mantenimiento o tras una actividad sospechosa (Comcast 450 4.2.0).',
    adminSteps: ['No hay nada que corregir por su parte.', 'Si sigue fallando, el destinatario o su proveedor deben desbloquear el buzón.'],
  },
  'mailbox-full': {
    title: 'El buzón del destinatario está lleno',
    happened: 'El buzón de {address} está lleno',
    next: 'avise a la persona',
    youDo: ['Avise a la persona por otra vía (teléfono, chat) de que su buzón está lleno.'],
    resend: 'Vuelva a enviarlo cuando haya liberado espacio.',
    explanation:
      'El buzón del destinatario ha superado su cuota de almacenamiento (X.2.2). Los servidores suelen aplazar (4xx) al principio y rechazar (5xx) después; en ambos casos, solo se resuelve cuando el destinatario borra correo o su administrador amplía la cuota.',
    adminSteps: ['No hay nada que corregir por su parte.', 'Si ocurre a menudo con la misma organización, su administrador puede ampliar la cuota de los buzones.'],
  },
  'mailbox-full-inactive': {
    title: 'El buzón del destinatario está lleno y ya no se usa',
    happened: 'El buzón de {address} está lleno y ya no se usa',
    next: 'pida a la persona otra dirección',
    youDo: ['Póngase en contacto con la persona por otra vía y pídale una dirección que use.', 'Deje de usar esta dirección.'],
    resend: 'Vuelva a enviarlo a la dirección que use ahora.',
    explanation:
      'El buzón está lleno y la cuenta lleva mucho tiempo inactiva (Gmail 552 5.2.2, "out of storage space and inactive"); no se acepta correo.',
    adminSteps: ['No hay nada que corregir por su parte.', 'Elimine la dirección de las listas de contactos y de correo.'],
  },
  // ── Receiving system and network ─────────────────────────────────────────────────────────────
  'receiver-temporary-error': {
    title: 'Problema temporal en el servidor de correo del destinatario',
    happened: 'El servidor de correo de {address} tiene un problema temporal',
    next: 'avise a la persona',
    youDo: ['Si sigue ocurriendo, avise a la persona por otra vía de que su servidor de correo tiene problemas.'],
    explanation:
      'El servidor de correo del destinatario tuvo un problema temporal propio: estaba ocupado, le faltaban recursos o sufrió un error interno (Gmail 421 / 451 4.3.0 y 4.4.5, Exchange Online 451 4.7.0 / 4.4.0, Yahoo 451, iCloud 451 4.7.1, Mimecast, Barracuda, Email Security.cloud 421, Zoho 452 4.3.1, Exim 451).',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'Si dura varios días, el administrador del destinatario debe revisar su servidor de correo; contacte con él a través del destinatario.',
    ],
  },
  'receiver-system-error': {
    title: 'Error dentro del sistema de correo del destinatario',
    happened: 'El sistema de correo de {address} tiene un error interno',
    next: 'avise a la persona',
    youDo: ['Avise a la persona por otra vía de que su servidor de correo devolvió un error.'],
    explanation:
      'El sistema de correo del destinatario falló por su propia configuración o por un fallo interno (X.3.x, X.1.9; Postfix 451 4.3.0 / 4.3.5). El mensaje no tuvo nada que ver.',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'El administrador del destinatario debe corregir su servidor; la respuesta del servidor, en los detalles, indica dónde mirar.',
    ],
  },
  'receiver-disk-full': {
    title: 'El servidor de correo del destinatario se ha quedado sin espacio',
    happened: 'El servidor de correo de {address} se ha quedado sin espacio de almacenamiento',
    next: 'avise a la persona',
    youDo: ['Si sigue ocurriendo, avise a la persona por otra vía: su administrador de TI debe liberar espacio en el servidor.'],
    explanation:
      'El propio servidor de correo del destinatario se ha quedado sin espacio en disco (X.3.1; 452 insufficient system storage; Sendmail 452 4.4.5 "Insufficient disk space"). El destinatario no puede solucionarlo por sí solo; debe hacerlo su administrador.',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'Si persiste, el administrador del destinatario debe liberar espacio en el servidor; contacte con él a través del destinatario.',
    ],
  },
  'mailer-error': {
    title: 'Falló el programa de entrega del servidor del destinatario',
    happened: 'El servidor de correo de {address} no pudo guardar su mensaje',
    next: 'avise a la persona',
    youDo: ['Avise a la persona por otra vía: su administrador de TI debe revisar su servidor de correo.'],
    explanation:
      'El programa que guarda el correo en el buzón del destinatario (un programa de entrega local, un pipe o un script de filtrado) se bloqueó o notificó un error.',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'El administrador del destinatario debe revisar el programa de entrega o el filtro de correo que nombra la respuesta del servidor.',
    ],
  },
  'receiver-not-accepting': {
    title: 'El servidor del destinatario no está aceptando correo',
    happened: 'El servidor de correo de {address} no acepta correo en este momento',
    next: 'avise a la persona',
    youDo: ['Si dura, póngase en contacto con la persona por otra vía.'],
    explanation:
      'El servidor de correo del destinatario está rechazando todo el correo en este momento: mantenimiento, sobrecarga o no está configurado para recibir (X.3.2; 421, o 521 en un host que no acepta correo).',
    adminSteps: ['No hay nada que corregir por su parte.', 'Si dura, el administrador del destinatario debe revisar su servidor de correo.'],
  },
  'connection-timed-out': {
    title: 'El servidor de correo del destinatario no respondió',
    happened: 'El servidor de correo de {address} no respondió',
    next: 'avise a la persona',
    youDo: ['Si dura, avise a la persona por otra vía: puede que su servidor de correo esté caído o mal configurado.'],
    explanation:
      'El servidor de envío no pudo contactar con el servidor de correo del destinatario: las conexiones agotaron el tiempo de espera (X.4.1; Gmail "did not accept our requests to connect"). Suele tratarse de una caída o de un problema de firewall en el lado del destinatario.',
    adminSteps: [
      'Si en muchos dominios se agota el tiempo de espera igual, compruebe que no estén bloqueadas las conexiones salientes al puerto 25 desde su servidor.',
      'Si no, el administrador del destinatario debe revisar su servidor de correo, su firewall y sus registros MX.',
    ],
  },
  'connection-refused': {
    title: 'El servidor de correo del destinatario rechazó la conexión',
    happened: 'El servidor de correo de {address} no deja que nadie se conecte',
    next: 'avise a la persona',
    youDo: ['Si dura, avise a la persona por otra vía: puede que su servidor de correo esté caído.'],
    explanation:
      'El servidor de envío llegó a la dirección del servidor de correo del destinatario, pero allí nada aceptó la conexión (Exchange Online 4.4.316, error de socket 10061): el servidor está caído, un firewall la rechaza o el DNS del dominio apunta a una dirección equivocada. Es un problema del lado del destinatario, no un bloqueo de su servidor.',
    adminSteps: [
      'No hay nada que corregir por su parte.',
      'Si dura, el administrador del destinatario debe revisar el servidor de correo, su firewall y los registros MX del dominio; contacte con él a través del destinatario.',
    ],
  },
  'host-unreachable': {
    title: 'No se pudo llegar al servidor de correo del destinatario',
    happened: 'No se pudo llegar al servidor de correo de {address}',
    next: 'avise a la persona',
    youDo: ['Si dura, avise a la persona por otra vía: puede que su servidor de correo esté caído.'],
    explanation:
      'El servidor de envío no pudo abrir una conexión con el servidor de correo del destinatario: no hay ruta, el host está caído o hubo un error de red por el camino.',
    adminSteps: [
      'Si muchos dominios fallan igual, revise su propia red de salida.',
      'Si no, el administrador del destinatario debe comprobar que el servidor de correo está en marcha y que los registros MX y A del dominio son correctos.',
    ],
  },
  'network-error': {
    title: 'Problema de red en el camino hacia el servidor del destinatario',
    happened: 'La conexión con el servidor de correo de {address} se cortó',
    next: 'espere',
    youDo: ['Si sigue ocurriendo, avise a la persona por otra vía: puede que su servidor de correo sea inestable.'],
    explanation:
      'Un problema de red interrumpió la entrega: la conexión se perdió, se restableció o se cortó por el camino (X.4.0 / X.4.2; Gmail 421 4.7.0 "Connection expired, try reconnecting" y 451 4.4.2 "Timeout - closing connection"). Estas interrupciones son normales y suelen pasar solas.',
    adminSteps: [
      'Nada que hacer si es algo puntual.',
      'Si sigue ocurriendo con este dominio, avise al administrador del destinatario (a través del destinatario): su servidor de correo o su red pueden ser inestables.',
    ],
  },
  'routing-loop': {
    title: 'El mensaje estaba dando vueltas en un bucle',
    happened: 'Su mensaje a {address} dio vueltas en círculo entre servidores de correo',
    next: 'avise a la persona',
    youDo: [
      'Avise a la persona por otra vía: ella o su administrador de TI deben revisar sus reglas de reenvío.',
      'Si usted mismo reenvía correo (por ejemplo, a esta dirección y de vuelta), revise también sus propias reglas de reenvío.',
    ],
    resend: 'Vuelva a enviarlo cuando se haya corregido el bucle.',
    explanation:
      'El mensaje pasó de un servidor o de una regla de reenvío a otra tantas veces que se detuvo: un bucle de reenvío (X.4.6; Gmail 554 5.4.6 "exceeded 50 hops", Exchange Online 5.4.14, número de saltos superado; Postfix "mail loops back to myself"). Los bucles no se arreglan solos; alguien tiene que cambiar una regla de reenvío o el enrutamiento del correo.',
    adminSteps: [
      'Revise su propio reenvío y enrutamiento si el mensaje pasa por su lado (por ejemplo, un reenvío a esta dirección y de vuelta).',
      'El destinatario o su administrador deben revisar las reglas de reenvío y de la bandeja de entrada y el enrutamiento del correo (registros MX, conectores).',
    ],
  },
  'protocol-error': {
    title: 'El software de envío incumplió las reglas del protocolo de correo',
    happened: 'Su programa de correo y el servidor de correo de {address} no se entendieron',
    next: 'reenvíe este aviso a su administrador de TI',
    youDo: ['Reenvíe este aviso a su administrador de TI o proveedor de correo: solo ellos pueden solucionarlo.'],
    resend: 'Vuelva a enviarlo cuando el software de envío esté corregido o actualizado.',
    explanation:
      'El servidor o programa de envío mandó comandos que el servidor receptor no aceptó: fuera de orden, mal formados o no admitidos (X.5.x; 500-504, 555; Gmail 451 / 454 4.5.0 "SMTP protocol violation").',
    adminSteps: [
      'Averigüe qué servidor o programa envió el mensaje y corríjalo o actualícelo; la respuesta del servidor indica qué rechazó.',
      'Si es software de terceros, notifíquelo al fabricante citando este aviso.',
    ],
  },
  'message-expired': {
    title: 'La entrega se abandonó: se agotó el tiempo de reintentos',
    happened: 'Su servidor de correo dejó de intentar la entrega a {address}',
    next: 'compruebe la dirección',
    youDo: [
      'Compruebe si la dirección tiene errores de escritura.',
      'Si vuelve a ocurrir con la misma organización, avise a la persona por otra vía: puede que no se pueda llegar a su servidor de correo.',
    ],
    resend: 'Vuelva a enviarlo más tarde o póngase en contacto con la persona por otra vía.',
    explanation:
      'El servidor de envío intentó entregar el mensaje durante todo su periodo de reintentos (normalmente de uno a cinco días; 24 horas en Exchange Online) y desistió (X.4.7; Exchange Online 4.4.7 / 5.4.300, MessageLabs 554 5.4.7). El último error temporal que recibió es la causa real; el mensaje no se entregó.',
    adminSteps: [
      'Mire el último error temporal del aviso (o de los logs de su servidor): es la causa real.',
      'Si vuelve a ocurrir con el mismo dominio, probablemente no se puede llegar a su servidor de correo: el administrador del destinatario debe revisarlo.',
    ],
  },
  suppressed: {
    title: 'Su servicio de envío ha suprimido esta dirección',
    happened: 'Su servicio de envíos ya no manda correo a {address}',
    next: 'consulte el motivo en su servicio de envíos',
    youDo: [
      'Consulte en su servicio de envíos por qué está bloqueada la dirección (un mensaje anterior que no se entregó, una queja o una baja).',
      'Desbloquéela solo si la persona confirma que la dirección funciona y quiere recibir su correo.',
    ],
    resend: 'Vuelva a enviarlo solo cuando la dirección esté desbloqueada.',
    explanation:
      'La plataforma de envío ni siquiera lo intentó: la dirección está en su lista de supresión tras un rebote, una queja o una baja anteriores.',
    adminSteps: [
      'Compruebe el motivo de la supresión en la plataforma de envío.',
      'Retire la dirección de la lista solo si la persona confirma que funciona y quiere recibir el correo.',
    ],
  },
  'mailing-list-refused': {
    title: 'El grupo o la lista de correo no aceptó su mensaje',
    happened: '{address} es un grupo que no aceptó su mensaje',
    next: 'compruebe la dirección del grupo',
    youDo: ['Compruebe la dirección del grupo.', 'Pida al propietario del grupo que le permita publicar, o únase al grupo.'],
    resend: 'Vuelva a enviarlo cuando pueda publicar en el grupo.',
    explanation:
      'Puede que el grupo no exista o que el remitente no pueda publicar en él, por ejemplo porque solo pueden publicar los miembros (X.7.2, expansión de la lista de correo prohibida).',
    adminSteps: ['No hay nada que corregir por su parte.', 'El propietario o el administrador del grupo debe permitir publicar al remitente, o el remitente debe unirse al grupo.'],
  },
  // ── Fallbacks ────────────────────────────────────────────────────────────────────────────────
  'temporary-unknown': {
    title: 'Fallo temporal (sin más detalles)',
    happened: 'El servidor de correo de {address} aún no ha podido aceptar su mensaje',
    next: 'espere',
    youDo: ['Si sigue ocurriendo, avise a la persona por otra vía.'],
    explanation: 'El servidor receptor notificó un problema temporal (4xx) sin decir cuál.',
    adminSteps: [
      'Busque una pista en la respuesta del servidor, en los detalles.',
      'Si sigue ocurriendo, el administrador del destinatario debe revisar su servidor de correo.',
    ],
  },
  'permanent-unknown': {
    title: 'La entrega falló (sin más detalles)',
    happened: 'La entrega a {address} falló',
    next: 'compruebe la dirección',
    youDo: [
      'Compruebe si la dirección tiene errores de escritura.',
      'Si parece correcta, reenvíe este aviso a su administrador de TI o proveedor de correo.',
    ],
    resend: 'Vuelva a enviarlo cuando sepa qué falló, o póngase en contacto con la persona por otra vía si es importante.',
    explanation:
      'No se pudo entregar el mensaje y el aviso no dice claramente por qué (un 5xx sin más, o X.0.0). La respuesta del propio servidor receptor, en los detalles, es la mejor pista.',
    adminSteps: [
      'Lea la respuesta del servidor y el código de estado en los detalles.',
      'Si el aviso recortó la respuesta, busque la respuesta completa en los logs de su servidor.',
    ],
  },
  unknown: {
    title: 'Problema desconocido',
    happened: 'No está claro por qué falló la entrega a {address}',
    next: 'compruebe la dirección',
    youDo: [
      'Compruebe si la dirección tiene errores de escritura.',
      'Si el mensaje es importante, reenvíe este aviso a su administrador de TI o proveedor de correo.',
    ],
    explanation: 'El aviso no contiene ningún código de estado ni explicación que identifique la causa.',
    adminSteps: ['Busque el mensaje en los logs del servidor de envío: la respuesta del servidor remoto está ahí aunque el aviso la omita.'],
  },
  // ── Not bounces ─────────────────────────────────────────────────────────────────────────────
  delivered: {
    title: 'Entregado correctamente',
    happened: 'Su mensaje se entregó a {address}',
    next: 'no tiene que hacer nada',
    youDo: [],
    resend: 'No hace falta volver a enviarlo.',
    explanation: 'Es una confirmación de entrega, no un error: el mensaje llegó al servidor del destinatario.',
    adminSteps: ['Nada que hacer.'],
  },
  'auto-reply': {
    title: 'Respuesta automática (p. ej., fuera de la oficina)',
    happened: '{address} envió una respuesta automática',
    next: 'lea la respuesta',
    youDo: ['Si es urgente, busque en la respuesta a otra persona de contacto.'],
    resend: 'No hace falta volver a enviarlo: su mensaje se entregó.',
    explanation:
      'Es una respuesta automática del destinatario (por ejemplo, un aviso de fuera de la oficina), no un aviso de no entrega: el mensaje se entregó.',
    adminSteps: ['Nada que hacer.'],
  },
  'abuse-report': {
    title: 'Informe de abuso o de queja',
    happened: 'Alguien ha denunciado un mensaje de su organización',
    next: 'páselo a quien gestione sus listas de correo',
    youDo: ['Deje de enviar correo a la persona que se quejó.', 'Pase el informe a quien gestione sus listas de correo.'],
    resend: 'No hay que volver a enviar nada.',
    explanation:
      'Es un informe de comentarios (feedback report), no un aviso de no entrega: alguien marcó un mensaje como spam (RFC 5965), o un mensaje no superó las comprobaciones de autenticación (RFC 6591).',
    adminSteps: [
      'Elimine de sus listas la dirección que se quejó o cancele su suscripción.',
      'Si es un informe de fallo de autenticación, compruebe SPF, DKIM y DMARC del dominio que indica.',
    ],
  },
};
