import type { AdviceStrings, CauseText } from './types';

/**
 * Portuguese, written to read well in Brazil and in Portugal: imperatives and impersonal forms instead
 * of "você"/"tu", no progressive gerund ("está enviando" / "está a enviar"), no pronoun after a verb
 * where the two norms place it differently, and words both use (where none exists, the Brazilian one:
 * see docs/glossary/pt.md). `{address}` is never put after "de", "a", "em" or "por": the name that
 * replaces it when the notice gives none ("o destinatário") would have to contract with them.
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'ninguém',
    sender: 'você',
    'sender-admin': 'o seu administrador de TI ou provedor de e-mail',
    recipient: 'o destinatário',
    'recipient-admin': 'o administrador de TI do destinatário',
  },
  unknownAddress: 'o destinatário',
  countOfRecipients: (count) => `${count} destinatários`,
  headlineFinal: (happened, next) => `${happened} — ${next} e depois envie de novo`,
  headlineFixWhileRetrying: (happened, next) => `${happened} — ${next}. Não envie de novo.`,
  headlineWaiting: (address) => `Entrega pendente para ${address} — nada a fazer`,
  headlineSeveralSame: (count, next) => `Mensagem não entregue a ${count} destinatários — ${next} e depois envie de novo`,
  headlineSeveralDifferent: (count, problems) => `Mensagem não entregue a ${count} destinatários, por ${problems} motivos diferentes`,
  headlineNotBounce: 'Não é um aviso de não entrega',
  resendWhileWaiting: 'Não envie de novo: o seu servidor de e-mail faz novas tentativas sozinho, e uma segunda cópia faria a mensagem chegar duas vezes.',
  resendWhileFixing: 'Não envie de novo: assim que o problema for resolvido, a cópia que ainda aguarda no seu servidor de e-mail será entregue.',
  resendAfterYourFix: 'Depois, envie de novo.',
  resendAfterTheirFix: (who) => `Envie de novo quando ${who} tiver resolvido o problema.`,
  resendLater: 'Envie de novo mais tarde ou fale com a pessoa por outro meio.',
  urgentAnotherWay: 'Se for urgente, fale com a pessoa por outro meio (telefone, chat) até lá.',
  tellRecipient: 'Avise o destinatário por outro meio (telefone, chat): um e-mail sobre isso não chegaria.',
  stillRetrying: 'Quando este aviso foi escrito, o servidor de envio ainda fazia novas tentativas de entrega.',
  needsFixWhileRetrying: (who) => `Isto não se resolve com a espera: cada nova tentativa esbarra no mesmo problema até que ${who} o corrija.`,
  gaveUp: 'O servidor de envio desistiu de tentar: esta mensagem não foi entregue.',
};

/**
 * Per cause id (causes.ts), in the order of causes.ts, as in en.ts. The plain fields never promise or
 * forbid a resend: the notice's state adds that (see ADVICE_STRINGS).
 */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  // ── Rate limits and queues on the receiving side ─────────────────────────────────────────────
  'gmail-receiving-rate': {
    title: 'A conta Gmail do destinatário recebe mensagens depressa demais',
    happened: '{address} recebe mensagens demais neste momento',
    next: 'aguarde',
    youDo: ['Se envia mensagens automáticas ou em massa para esta pessoa, envie com menos frequência.'],
    resend: 'Envie de novo daqui a uma ou duas horas.',
    explanation:
      'O Gmail limita quantas mensagens uma conta pode receber por minuto, por hora e por dia (450 4.2.1 ReceivingRate). Esta conta está acima desse limite neste momento, muitas vezes porque algum sistema encaminha muitas mensagens para ela; por isso o Gmail pediu ao servidor de envio que reduzisse o ritmo e tentasse de novo.',
    adminSteps: [
      'Deixe o servidor de envio fazer as novas tentativas; não aumente a frequência delas.',
      'Se voltar a acontecer, o destinatário deve parar a enxurrada (um alerta barulhento, uma regra de encaminhamento) ou usar um Grupo do Google para mensagens em grande volume.',
    ],
  },
  'gmail-receiving-rate-final': {
    title: 'A conta Gmail do destinatário atingiu o limite de mensagens recebidas (mensagem recusada)',
    happened: '{address} atingiu o limite do Gmail para mensagens recebidas',
    next: 'aguarde um dia',
    youDo: [
      'Avise a pessoa por outro meio (telefone, chat) de que a conta dela não aceita mensagens por agora.',
      'Se voltar a acontecer, explique que algo inunda a caixa de entrada dela (talvez uma regra de encaminhamento), para que ela possa resolver isso.',
    ],
    resend: 'Envie de novo daqui a cerca de 24 horas: o Gmail não guardou esta cópia.',
    explanation:
      'O Gmail recusou a mensagem de imediato (550 5.2.1, ReceivingRatePerm): a conta do destinatário atingiu o limite de mensagens recebidas (o Google indica 60 mensagens por minuto, 3.600 por hora e 86.400 por dia). Segundo o Google, esse bloqueio costuma durar cerca de 24 horas. O Gmail não guarda mensagens recusadas, por isso esta mensagem não chega por si só.',
    adminSteps: [
      'Nada a corrigir do seu lado; a mensagem pode ser enviada de novo após cerca de 24 horas.',
      'Se voltar a acontecer, algo inunda a conta do destinatário (um encaminhamento ou um envio em massa malicioso): o destinatário ou o administrador de TI dele tem de encontrar e parar a origem.',
    ],
  },
  'recipient-rate-limit': {
    title: 'O destinatário recebe mensagens depressa demais',
    happened: '{address} recebe mensagens demais neste momento',
    next: 'aguarde',
    youDo: ['Se envia muitas mensagens para esta pessoa, espace os envios.'],
    resend: 'Envie de novo daqui a uma ou duas horas.',
    explanation:
      'O provedor de e-mail do destinatário limita quantas mensagens uma caixa de correio pode receber em pouco tempo, e esta caixa de correio passou desse limite (Yahoo 450, Yandex 450 4.2.1, Comcast 452, Exchange Online, iCloud, ou a frase "receiving mail too quickly" que outros servidores adotaram, como os policy services do Postfix). Foi pedido ao servidor de envio que voltasse mais tarde. Alguns provedores (Tencent QQ) recusam com um 550, embora a situação seja temporária.',
    adminSteps: [
      'Nada a corrigir do seu lado; as novas tentativas normais bastam.',
      'Se envia muitas mensagens para este endereço (notificações, envios em massa), espace os envios. Se persistir, o destinatário deve descobrir o que inunda a caixa de correio dele.',
    ],
  },
  'recipient-hourly-limit': {
    title: 'O destinatário recebeu mensagens demais nesta hora (mensagem recusada)',
    happened: '{address} recebeu mensagens demais na última hora',
    next: 'aguarde uma ou duas horas',
    youDo: ['Se um programa envia mensagens automáticas para este endereço, reduza o número de envios por hora.'],
    resend: 'Envie de novo daqui a uma ou duas horas.',
    explanation:
      'A caixa de correio do destinatário recebeu nesta hora mais mensagens do que o provedor permite (Exchange Online 554 5.2.121 / 5.2.122; a frase ao estilo do Gmail "receiving mail at a rate that prevents additional messages" de outros servidores). A mensagem foi recusada com um código permanente, embora a situação seja temporária, e por isso não fica na fila para mais tarde.',
    adminSteps: [
      'Nada a corrigir do seu lado; a mensagem pode ser enviada de novo daqui a uma ou duas horas.',
      'Se um programa envia para este endereço, limite quantas mensagens por hora ele envia para lá.',
    ],
  },
  'org-queue-quota': {
    title: 'Uma organização do Microsoft 365 tem mensagens demais na fila',
    happened: 'O Microsoft 365 adiou a entrega por algum tempo',
    next: 'aguarde',
    youDo: ['Se durar muitas horas, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    explanation:
      'O Microsoft 365 adiou a mensagem (450 4.7.3, "Organization queue quota exceeded": o significado próprio da Microsoft, não o da IANA, que trata de conversão de segurança) porque já há mensagens demais de uma mesma organização à espera nas filas da Microsoft, normalmente uma avalanche de mensagens automáticas ou impossíveis de entregar. Se as suas próprias mensagens saem pelo Microsoft 365, essa organização costuma ser a sua; caso contrário, é a do destinatário.',
    adminSteps: [
      'Normalmente nada: as tentativas seguintes passam assim que a fila esvaziar.',
      'Se durar muitas horas e as suas mensagens saírem pelo Microsoft 365, procure a origem da fila no seu tenant (uma avalanche de mensagens, uma enxurrada de mensagens impossíveis de entregar) ou abra um pedido de suporte com a Microsoft; caso contrário, quem tem de fazê-lo é o administrador de TI do destinatário.',
    ],
  },
  'app-queue-quota': {
    title: 'O Microsoft 365 adia mensagens temporariamente (quota de fila do serviço)',
    happened: 'O Microsoft 365 adiou a entrega por alguns instantes',
    next: 'aguarde',
    youDo: [],
    explanation:
      'O Microsoft 365 adiou a mensagem (450 4.7.9, application queue quota exceeded) enquanto uma das suas filas internas estava acima do limite. As tentativas seguintes costumam passar.',
    adminSteps: [
      'Nada a fazer enquanto a situação se normaliza.',
      'Se voltar a acontecer, o administrador da organização do Microsoft 365 em questão deve abrir um pedido de suporte com a Microsoft.',
    ],
  },
  'mailbox-thread-limit': {
    title: 'A caixa de correio do destinatário recebe mensagens demais ao mesmo tempo',
    happened: '{address} recebe mensagens demais ao mesmo tempo',
    next: 'aguarde',
    youDo: ['Se voltar a acontecer, avise a pessoa por outro meio.'],
    explanation:
      'O servidor da caixa de correio do destinatário limita as entregas nesta caixa de correio porque chegam mensagens demais ao mesmo tempo (Exchange Online 432 4.3.2, "recipient thread limit exceeded").',
    adminSteps: [
      'Nada a corrigir do seu lado; as tentativas seguintes costumam passar.',
      'Se voltar a acontecer, o administrador de TI do destinatário deve procurar o que inunda a caixa de correio (regras da caixa de entrada, encaminhamentos, mensagens automáticas).',
    ],
  },
  'relay-peak-limit': {
    title: 'A organização remetente ultrapassou o ritmo máximo do relay SMTP do Google',
    happened: 'A sua organização envia mensagens mais depressa do que o Google permite',
    next: 'aguarde',
    youDo: ['Se isto acontecer com frequência, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    explanation:
      'A organização envia pelo relay SMTP do Google (smtp-relay.gmail.com) mais depressa do que o seu limite de pico permite, por isso o Google controla o ritmo (450 4.2.1, "Peak SMTP relay limit exceeded for customer"). O Google considera este limite temporário: as tentativas seguintes passam.',
    adminSteps: [
      'Nada a fazer para esta mensagem.',
      'Se acontecer com frequência, distribua melhor os picos de envio por smtp-relay.gmail.com (espace os envios em massa).',
    ],
  },
  'sender-quota-exceeded': {
    title: 'O seu próprio limite de envio foi atingido',
    happened: 'O seu limite de envio foi atingido',
    next: 'aguarde a renovação do limite',
    youDo: ['Se não enviou tantas mensagens, avise já o seu administrador de TI ou provedor de e-mail: alguém pode ter acesso à sua conta.'],
    resend: 'Envie de novo quando o limite for renovado (normalmente no prazo de 24 horas).',
    explanation:
      'A conta remetente (ou a organização) enviou no período mais mensagens ou destinatários do que o provedor permite (Gmail 550 5.4.5 "Daily user sending limit exceeded", Exchange Online 5.1.90 limite diário de destinatários, Amazon SES quota diária ou taxa máxima de envio), por isso esta mensagem não foi enviada. O limite é renovado automaticamente, normalmente no prazo de 24 horas.',
    adminSteps: [
      'Verifique as mensagens enviadas pela conta: se a pessoa não enviou tanto, trate a conta como comprometida (redefina a senha, revogue as sessões e as senhas de app, remova regras de encaminhamento desconhecidas).',
      'Se o volume for legítimo, envie as mensagens em massa por um serviço feito para isso, e não por uma caixa de correio pessoal.',
    ],
  },
  'ip-throttled': {
    title: 'O servidor de destino reduz o ritmo do seu servidor de envio',
    happened: '{address} usa um provedor que atrasa as mensagens do seu servidor',
    next: 'aguarde',
    youDo: ['Se isto acontecer com frequência, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    explanation:
      'O provedor de destino limita a velocidade com que aceita mensagens do servidor de envio, por exemplo porque o servidor passou de repente a enviar muito mais do que o normal (Exchange Online 451 4.7.500-699 e 4.7.850-899, Yahoo 421, Mimecast 451, Comcast 451 4.2.0, GMX / WEB.DE 421, GoDaddy IB607). Foi pedido ao servidor de envio que voltasse mais tarde.',
    adminSteps: [
      'Nada a fazer para um adiamento ocasional: o ciclo normal de novas tentativas resolve.',
      'Se esses atrasos forem frequentes, reduza o ritmo de envio e o número de conexões paralelas para esse provedor, e evite saltos bruscos de volume.',
    ],
  },
  'gateway-rate-limit': {
    title: 'O gateway de e-mail do destinatário limita o seu ritmo de envio',
    happened: '{address} usa um sistema de e-mail que só aceita um número limitado das suas mensagens',
    next: 'aguarde',
    youDo: ['Se voltar a acontecer, avise a pessoa: o administrador de TI dela pode marcar a sua organização como remetente de confiança.'],
    explanation:
      'O gateway de e-mail do destinatário só aceita por hora uma quantidade limitada de mensagens de remetentes que não conhece bem (limitação de fluxo da host access table do Cisco Secure Email; Rambler 452 4.5.3), e o servidor de envio atingiu esse limite por agora.',
    adminSteps: [
      'Nada a corrigir do seu lado; as tentativas seguintes costumam passar.',
      'Se voltar a acontecer, peça ao administrador de TI do destinatário que coloque o seu servidor de envio num grupo de remetentes de confiança no gateway dele.',
    ],
  },
  'too-many-connections': {
    title: 'Conexões simultâneas demais a partir do seu servidor de envio',
    happened: 'O seu servidor de e-mail tentou entregar mensagens demais de uma vez',
    next: 'aguarde',
    youDo: ['Se isto acontecer com frequência, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    explanation:
      'O servidor de envio abriu mais conexões simultâneas do que o servidor de destino permite (Exchange Online 421 4.3.2, Comcast, Orange 421 104, Mimecast 451). As conexões a mais foram recusadas; as tentativas seguintes costumam passar.',
    adminSteps: [
      'Nada a fazer para um adiamento ocasional.',
      'Se voltar a acontecer, reduza as conexões simultâneas para esse destino (o limite de concorrência por destino do MTA).',
    ],
  },
  'too-many-recipients': {
    title: 'Destinatários demais numa só tentativa de entrega',
    happened: 'A sua mensagem tinha destinatários demais para uma só entrega',
    next: 'divida os destinatários em grupos menores',
    youDo: [],
    resend: 'Envie de novo para grupos menores de destinatários.',
    explanation:
      'O servidor de destino só aceita um número limitado de destinatários por transação (452 4.5.3; Gmail "Domain policy size per transaction exceeded", Exchange Online, Mimecast, Cisco). Um servidor de envio que segue as normas entrega os destinatários restantes numa transação seguinte; a RFC 5321 trata isto como temporário, mesmo quando vem como 552.',
    adminSteps: [
      'Normalmente nada: um servidor que segue as normas envia os destinatários restantes em nova transação.',
      'Se falhou de vez, verifique se o servidor ou o programa de envio responde ao 452 com novas tentativas para os destinatários restantes, ou limite o número de destinatários por transação.',
    ],
  },
  'gateway-deferral': {
    title: 'O gateway de filtragem do destinatário adiou a mensagem',
    happened: '{address} usa um filtro de e-mail que recusou a sua mensagem por enquanto',
    next: 'aguarde',
    youDo: ['Se durar um dia ou mais, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    explanation:
      'O gateway de segurança de e-mail do destinatário (por exemplo o Broadcom Email Security.cloud, antigo MessageLabs, com um 450) interrompeu a entrega por agora. Esses adiamentos servem para limitar conexões ou verificar a reputação.',
    adminSteps: [
      'Nada a fazer para um adiamento curto.',
      'Se persistir por um dia ou mais, verifique a reputação e o volume do endereço IP de envio.',
    ],
  },
  greylisting: {
    title: 'Greylisting: o servidor do destinatário pediu para tentar de novo mais tarde',
    happened: 'A entrega para {address} foi adiada: o servidor de destino pediu para tentar mais tarde',
    next: 'aguarde',
    youDo: [],
    explanation:
      'O servidor de destino usa greylisting: recusa a primeira tentativa de um remetente desconhecido com um código temporário (normalmente 451 4.7.1) e aceita a nova tentativa alguns minutos depois. Servidores bem configurados tentam de novo por si; programas de spam normalmente não.',
    adminSteps: [
      'Nada a fazer, a menos que as falhas durem horas: nesse caso o servidor de envio não faz as novas tentativas corretamente (ou tenta cada vez a partir de um endereço IP diferente).',
      'Se o seu servidor tenta de novo corretamente e o problema nunca passa, peça ao administrador de TI do destinatário que coloque o seu servidor de envio numa lista de permissões.',
    ],
  },
  'mimecast-greylisting': {
    title: 'Greylisting do Mimecast / limite temporário de recursos',
    happened: 'A entrega para {address} foi adiada: o filtro de e-mail pediu ao seu servidor que tente mais tarde',
    next: 'aguarde',
    youDo: [],
    explanation:
      'O serviço Mimecast do destinatário adiou a mensagem (451) e pediu ao servidor de envio que voltasse mais tarde. O Mimecast espera uma nova tentativa entre um minuto e doze horas depois; na maioria das vezes é greylisting, às vezes uma verificação de reputação ou um limite temporário de recursos.',
    adminSteps: [
      'Confirme que o servidor de envio tenta de novo dentro desse intervalo (de um minuto a doze horas).',
      'Se nunca passar, peça ao administrador de TI do destinatário que crie no Mimecast uma política de remetentes permitidos ("permitted senders") ou de permissão automática ("auto-allow") para o seu domínio.',
    ],
  },
  'multi-domain-transaction': {
    title: 'Destinatários de vários domínios enviados numa só transferência',
    happened: 'O seu servidor de e-mail agrupou os destinatários de uma forma que o Gmail não aceita',
    next: 'aguarde',
    youDo: ['Se voltar a acontecer, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    explanation:
      'O servidor de envio tentou entregar para destinatários de domínios diferentes numa única transação SMTP, o que o Gmail não suporta (451 4.3.0, "Multiple destination domains per transaction is unsupported"). Quando isso é pedido, os servidores de envio normalmente entregam um domínio de cada vez.',
    adminSteps: [
      'Normalmente nada: um servidor que segue as normas entrega um domínio por transação na tentativa seguinte.',
      'Se voltar a acontecer, configure o servidor ou o programa para enviar um domínio de destinatário por transação.',
    ],
  },
  'recipient-limit-per-message': {
    title: 'Destinatários demais numa só mensagem',
    happened: 'A sua mensagem tem destinatários demais',
    next: 'divida os destinatários em grupos menores',
    youDo: [
      'Divida os destinatários em grupos menores ou use uma lista de distribuição.',
      'Se um programa ou servidor a enviou, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    ],
    resend: 'Envie de novo para os grupos menores.',
    resendWhileRetrying: 'A cópia que o seu servidor de e-mail ainda tenta entregar não vai passar assim: envie de novo para os grupos menores.',
    explanation:
      'O provedor de destino só aceita um número limitado de destinatários por mensagem (452 4.5.3, "Your message has too many recipients"; por exemplo 200 por domínio no Microsoft 365), e esta mensagem tinha mais. Tentar de novo a mesma mensagem não adianta: o lado do envio tem de dividi-la.',
    adminSteps: [
      'Se um programa ou servidor a enviou, faça-o dividir automaticamente as listas grandes de destinatários (ou enviar por uma lista de distribuição).',
      'Quem envia à mão divide a lista em grupos menores.',
    ],
  },
  'recipient-refuses-sender': {
    title: 'As configurações do destinatário recusam mensagens do seu endereço',
    happened: '{address} configurou a conta para recusar mensagens do seu endereço',
    next: 'peça à pessoa que autorize o seu endereço',
    youDo: [
      'Fale com a pessoa por outro meio e peça que autorize o seu endereço nas configurações de e-mail dela.',
      'O endereço dela pode estar correto, mesmo que o aviso diga que é desconhecido.',
    ],
    resend: 'Envie de novo quando a pessoa confirmar.',
    explanation:
      'Os próprios filtros do destinatário só aceitam remetentes escolhidos, ou bloqueiam o seu endereço ou domínio; é comum nos filtros das operadoras móveis japonesas (NTT docomo 550 depois do DATA). O endereço em si pode estar correto, mesmo que a resposta diga "unknown user".',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'O destinatário tem de autorizar o seu endereço ou domínio nos filtros dele. Não remova o endereço das listas só com base em "unknown user".',
    ],
  },
  'blocked-by-recipient': {
    title: 'O destinatário bloqueou o seu servidor de envio',
    happened: '{address} pertence a uma organização que bloqueou o seu servidor de e-mail',
    next: 'peça o desbloqueio',
    youDo: ['Fale com a pessoa por outro meio e peça o desbloqueio (talvez o administrador de TI dela tenha de fazer isso).'],
    resend: 'Envie de novo quando a pessoa confirmar.',
    explanation:
      'A organização do destinatário decidiu recusar mensagens do endereço do servidor de envio (Exchange Online 550 5.7.507).',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'O administrador de TI do destinatário tem de remover o seu endereço IP de envio da lista de bloqueio dele; fale com ele por intermédio do destinatário.',
    ],
  },
  'sending-volume-block': {
    title: 'O seu servidor de envio enviou demais, depressa demais, e é recusado',
    happened: 'O seu servidor de e-mail foi barrado por enviar demais',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    resend: 'Envie de novo mais tarde, quando o seu administrador de TI ou provedor de e-mail tiver resolvido o problema.',
    explanation:
      'O provedor de destino recusa mensagens do servidor de envio (ou da sua faixa de endereços) porque ele ultrapassou os limites de volume ou de conexões do provedor (Exchange Online 550 5.7.508, Tencent QQ 550, códigos AUP da Spectrum). O bloqueio cai quando o ritmo baixa, mas o lado do envio tem de reduzir a velocidade.',
    adminSteps: [
      'Reduza o ritmo de envio e o número de conexões paralelas para este provedor.',
      'Descubra o que gerou o volume (um envio em massa, um processo automático) antes de voltar a enviar para lá.',
    ],
  },
  'own-account-blocked': {
    title: 'A sua própria conta de e-mail está impedida de enviar',
    happened: 'A sua conta está impedida de enviar mensagens',
    next: 'peça ao seu administrador de TI que a desbloqueie',
    youDo: [
      'Peça ao seu administrador de TI ou provedor de e-mail que volte a ativar o envio na sua conta.',
      'Se falarem em atividade incomum, mude a sua senha e procure regras de encaminhamento ou apps que não configurou.',
    ],
    resend: 'Envie de novo quando o envio voltar a funcionar.',
    explanation:
      'O provedor ou o administrador da organização impediu esta conta de enviar: ela foi desativada (X.7.13 "user account disabled", RFC 7372, devolvido depois de um login bem-sucedido), ou houve atividade incomum, o que é comum em contas novas ou depois de uma senha ter sido exposta (Zoho 550 5.4.6).',
    adminSteps: [
      'Descubra o motivo do bloqueio da conta (no painel de administração ou no suporte do provedor) e volte a ativar o envio.',
      'Se o motivo foi atividade incomum, proteja a conta primeiro: redefina a senha, revogue as sessões e as senhas de app, remova regras de encaminhamento e apps desconhecidos.',
    ],
  },
  // ── Reputation and blocklists ────────────────────────────────────────────────────────────────
  'reputation-deferral': {
    title: 'Adiado pela reputação do servidor ou do domínio de envio',
    happened: '{address} usa um provedor que adia as mensagens do seu servidor',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O provedor de destino adia as mensagens do endereço IP ou do domínio de envio por causa da reputação: reclamações, volume inesperado, mensagens parecidas com spam (Gmail 421 4.7.0 / 4.7.28, Outlook.com 451 4.7.650 e 421 RP-001/002/003, Yahoo 421 4.7.0 [TSS04] / [TSS11], Proofpoint 421 4.7.0). Embora o código seja temporário, só esperar não resolve: o problema volta até que o lado do envio melhore, e tentar com mais insistência piora a situação.',
    adminSteps: [
      'Verifique a reputação do IP e do domínio de envio (Google Postmaster Tools, Microsoft SNDS) e reduza o ritmo.',
      'Pare de enviar para quem não pediu mensagens e confirme que SPF, DKIM e DMARC estão configurados para o domínio.',
      'Não aumente a frequência das novas tentativas: mais tentativas pioram a reputação.',
    ],
  },
  'reputation-block': {
    title: 'Recusado pela reputação do servidor de envio',
    happened: '{address} usa um provedor que recusa as mensagens do seu servidor',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem conseguir a retirada do bloqueio.'],
    resend: 'Envie de novo quando o seu administrador de TI ou provedor de e-mail confirmar que o bloqueio foi retirado.',
    explanation:
      'O provedor de destino recusa as mensagens do endereço IP ou da rede de envio por causa da reputação (Gmail 550 5.7.28, códigos SC/OU e S3150 do Outlook.com, Yahoo [TS03], Mimecast 550, Cisco Secure Email 554, Email Security.cloud 553 5.7.1, GMX 554, T-Online BL). As novas tentativas não têm êxito enquanto o bloqueio durar (o Yahoo afirma isso para [TS03], [TSS09], [TSS11]): uma cópia ainda na fila apenas expira. Não se resolve pelo programa de e-mail.',
    adminSteps: [
      'Procure o IP de envio nas páginas de postmaster do provedor e siga o procedimento de remoção da lista ou de revisão.',
      'Corrija primeiro o que prejudicou a reputação (envios em massa indesejados, uma conta comprometida), senão o bloqueio volta.',
    ],
  },
  'ip-banned': {
    title: 'O endereço IP de envio está na lista de bloqueio do próprio provedor',
    happened: '{address} usa um provedor que bloqueou o seu servidor de e-mail',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem pedir a remoção do bloqueio.'],
    resend: 'Envie de novo quando o seu administrador de TI ou provedor de e-mail confirmar que o bloqueio foi removido.',
    explanation:
      'O provedor de destino colocou o endereço IP de envio na sua própria lista de bloqueio e recusa todas as mensagens vindas dele (Exchange Online 5.7.511 "banned sender" e 5.7.606-649; Outlook.com "Blocklist 1/2").',
    adminSteps: [
      'Peça a remoção pelo procedimento do provedor: na Microsoft, https://sender.office.com, ou escreva para delist@messaging.microsoft.com quando o aviso indicar esse endereço (como para "banned sender" e "Blocklist 1/2").',
      'Encontre e elimine o que levou o endereço à lista, senão ele volta a ser incluído.',
    ],
  },
  'dnsbl-listed': {
    title: 'O seu servidor de envio está numa lista de bloqueio pública',
    happened: 'O seu servidor de e-mail está numa lista de bloqueio de spam',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem conseguir a remoção da lista.'],
    explanation:
      'O servidor de destino consultou o endereço IP de envio numa lista de bloqueio DNS (DNSBL, como Spamhaus, SpamCop, Barracuda ou Cloudmark), o endereço constava dela e a mensagem foi recusada. As listagens resultam de spam visto a partir desse endereço, ou marcam endereços residenciais ou dinâmicos que não deveriam enviar e-mail diretamente. A listagem bloqueia as suas mensagens em todos os destinos que usam essa lista, não apenas neste.',
    adminSteps: [
      'Procure o endereço IP de envio na lista indicada na recusa (https://check.spamhaus.org, https://www.barracudacentral.org, https://www.spamcop.net, https://csi.cloudmark.com) e siga o procedimento de remoção.',
      'Encontre e elimine primeiro a causa (uma conta comprometida, um relay aberto, um remetente em massa num IP usado por vários clientes), senão a listagem volta.',
      'Se o endereço for residencial ou dinâmico, envie pelo servidor de e-mail do seu provedor.',
    ],
  },
  'dnsbl-stale-sorbs': {
    title: 'O destino ainda consulta a lista de bloqueio SORBS, já desativada',
    happened: '{address} usa um servidor de e-mail com uma lista de spam desatualizada',
    next: 'avise por outro meio',
    youDo: [
      'Avise a pessoa por outro meio de que o servidor de e-mail dela recusou a sua mensagem.',
      'Explique que o administrador de TI dela deve retirar a SORBS, uma lista de spam encerrada em 2024, das configurações do servidor.',
    ],
    resend: 'Envie de novo quando a pessoa confirmar.',
    explanation:
      'O servidor de destino recusou a mensagem citando a SORBS, uma lista de bloqueio DNS desativada em junho de 2024. Já não é possível sair dela; o servidor de destino usa uma configuração desatualizada.',
    adminSteps: [
      'Nada a corrigir do seu lado: já não existe remoção da SORBS.',
      'O administrador de TI do destinatário tem de retirar a SORBS das configurações de listas de bloqueio do servidor; fale com ele por intermédio do destinatário.',
    ],
  },
  'dynamic-ip-direct': {
    title: 'O seu endereço de envio não pode entregar diretamente a este provedor',
    happened: '{address} usa um provedor que não aceita mensagens enviadas diretamente da sua rede',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: [
      'Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
      'Se um aparelho ou programa a enviou (uma impressora, um site, um servidor em casa), avise quem o configurou: ele tem de enviar pelo seu provedor de e-mail.',
    ],
    explanation:
      'A mensagem veio diretamente de um endereço IP que parece ser de uma conexão residencial ou dinâmica (Gmail 550 5.7.1 "not authorized to send email directly to our servers", Outlook.com DY-001 / DY-002, códigos ES da Comcast). Os grandes provedores só aceitam mensagens desses endereços através do servidor de e-mail do provedor de internet ou do serviço de e-mail.',
    adminSteps: ['Configure o servidor ou aparelho de envio para enviar pelo relay (smarthost) do seu provedor de internet ou serviço de e-mail, em vez de entregar diretamente.'],
  },
  'client-blocked': {
    title: 'O servidor de destino recusou o seu servidor de envio',
    happened: '{address} usa um servidor de e-mail que recusa o seu',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: eles podem descobrir o motivo.'],
    explanation:
      'O servidor de destino recusou a conexão do próprio servidor de envio (o endereço IP ou o nome de host dele) antes de olhar para a mensagem.',
    adminSteps: [
      'Verifique se o IP de envio está numa lista de bloqueio e se o DNS reverso (PTR) e o nome HELO estão corretos.',
      'Se estiver tudo em ordem, pergunte ao administrador de TI do destinatário (por intermédio do destinatário) o motivo da recusa do seu servidor.',
    ],
  },
  'bad-helo': {
    title: 'O seu servidor de envio usou um nome errado para se identificar',
    happened: 'O seu servidor de e-mail usou um nome errado para se identificar',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O servidor de envio cumprimentou o servidor de destino com um nome HELO/EHLO inválido ou que se faz passar pelo próprio destino (Exchange Online 550 5.7.506). Os servidores de destino recusam essas conexões.',
    adminSteps: [
      'Defina como nome HELO do servidor o nome totalmente qualificado dele (por exemplo, mail.example.com).',
      'Dê a esse nome um DNS coerente: um registro A (ou AAAA) para o IP de envio e um registro PTR que aponte de volta para o nome.',
    ],
  },
  // ── DNS of the sending side ─────────────────────────────────────────────────────────────────
  'no-ptr': {
    title: 'O seu servidor de envio não tem um registro de DNS reverso (PTR) válido',
    happened: 'O seu servidor de e-mail foi barrado',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O servidor de destino procurou o nome associado ao endereço IP de envio (o DNS reverso, registro PTR) e não encontrou nenhum, ou encontrou um nome que não resolve de volta para o mesmo endereço (sem DNS reverso confirmado nos dois sentidos, "forward-confirmed reverse DNS"). Muitos servidores recusam ou adiam essas mensagens (Gmail 421 4.7.0 / 451 4.7.23 / 5.7.25, GMX, Comcast, Postfix reject_unknown_client_hostname); mesmo quando o código é 4xx, a recusa volta até o DNS ser corrigido.',
    adminSteps: [
      'Peça a quem detém o endereço IP de envio (normalmente o provedor de hospedagem ou de internet) que publique um registro PTR para ele.',
      'Faça o nome do PTR resolver de volta para o mesmo endereço (um registro A ou AAAA) e use esse nome no HELO/EHLO.',
    ],
  },
  'ptr-lookup-tempfail': {
    title: 'A consulta de DNS reverso do servidor de envio falhou temporariamente',
    happened: 'A entrega para {address} foi adiada: o servidor de destino não conseguiu verificar o seu servidor de e-mail',
    next: 'aguarde',
    youDo: ['Se voltar a acontecer, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    explanation:
      'O servidor de destino não conseguiu consultar agora o DNS reverso do servidor de envio: um erro de DNS, não um registro ausente (Comcast 421).',
    adminSteps: [
      'Nada a fazer para um caso isolado.',
      'Se persistir, verifique se o registro PTR do IP de envio resolve de forma estável (os servidores de nomes da zona reversa respondem sem tempo esgotado).',
    ],
  },
  'sender-domain-not-found': {
    title: 'O seu domínio de remetente não é encontrado no DNS',
    happened: 'A parte depois do @ no seu próprio endereço não foi encontrada',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: [
      'Verifique no seu programa de e-mail se o seu próprio endereço está escrito corretamente.',
      'Se estiver correto, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    ],
    explanation:
      'O servidor de destino verificou o domínio do endereço do remetente e não o encontrou no DNS (nenhum registro MX ou A), por isso não conseguiria devolver respostas nem avisos de não entrega (X.1.8; Postfix 450 4.1.8, Yahoo 451 / 554). O Postfix usa um código temporário para que uma falha passageira de DNS não faça perder mensagens, mas se o domínio realmente não resolve, a recusa volta até ser corrigido.',
    adminSteps: [
      'Dê ao domínio do remetente um DNS funcional: um registro MX ou A e, para o Yahoo, também um registro SOA.',
      'Verifique se o endereço de remetente configurado no programa ou aparelho de envio está escrito corretamente.',
    ],
  },
  'sender-null-mx': {
    title: 'O seu domínio de remetente declara que não aceita e-mail (null MX)',
    happened: 'O seu endereço é recusado porque não pode receber respostas',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O domínio do remetente publica um registro "null MX" (RFC 7505), declarando que não recebe e-mail. Os destinos recusam mensagens dele (X.7.27) porque os avisos de não entrega não poderiam ser devolvidos.',
    adminSteps: ['Envie a partir de um domínio que possa receber e-mail, ou substitua o null MX por um registro MX real.'],
  },
  // ── Authentication (SPF / DKIM / DMARC) ─────────────────────────────────────────────────────
  'dmarc-temp-dns': {
    title: 'A autenticação não pôde ser verificada por uma falha temporária de DNS',
    happened: 'A entrega para {address} foi adiada: o servidor de destino não conseguiu verificar a origem das suas mensagens',
    next: 'aguarde',
    youDo: ['Se voltar a acontecer, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    explanation:
      'O servidor de destino quis verificar os registros SPF, DKIM ou DMARC do domínio do remetente, mas as consultas DNS falharam naquele momento (Gmail 451 4.7.26 "temporary DNS failures prevent authentication", Cisco 451 4.4.3). Isto costuma passar numa tentativa seguinte.',
    adminSteps: [
      'Nada a fazer para um caso isolado.',
      'Se voltar a acontecer, verifique se os servidores DNS do seu domínio respondem de forma estável às consultas dos registros SPF, DKIM e DMARC.',
    ],
  },
  'auth-required': {
    title: 'As suas mensagens não são autenticadas (falta SPF ou DKIM)',
    happened: '{address} usa um provedor que não conseguiu confirmar que a mensagem é mesmo sua',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O provedor de destino exige prova de que as mensagens vêm mesmo do domínio do remetente: SPF (uma lista dos servidores autorizados a enviar por ele) ou DKIM (uma assinatura criptográfica). Nenhum dos dois passou (Gmail 421 4.7.26 e 550 5.7.1 "does not have authentication information", Exchange Online 450 4.7.26, Yahoo 550 5.7.9). Até os registros do domínio estarem configurados, as mensagens são atrasadas ou recusadas.',
    adminSteps: [
      'Publique um registro SPF com todos os servidores que enviam pelo domínio.',
      'Ative a assinatura DKIM e publique a chave pública DKIM.',
      'Para envios em massa, publique também um registro DMARC.',
    ],
  },
  'spf-fail': {
    title: 'A verificação SPF falhou para o seu domínio',
    happened: 'A sua mensagem saiu de um servidor que a sua organização não autorizou',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O registro SPF do domínio lista os servidores autorizados a enviar as mensagens dele, e o servidor que enviou esta mensagem não está na lista, ou o registro tem erros (X.7.23 / X.7.24; Gmail 550 5.7.27 e 4.7.27, Exchange Online 5.7.23, GMX, Mimecast).',
    adminSteps: [
      'Adicione ao registro SPF o endereço IP do servidor de envio (ou o include do serviço de e-mail).',
      'Corrija os erros de sintaxe e mantenha o registro dentro do limite de 10 consultas DNS (RFC 7208).',
    ],
  },
  'spf-suspicious': {
    title: 'O registro SPF do seu domínio tem entradas suspeitas',
    happened: 'O Gmail não confia na lista de servidores de e-mail autorizados da sua organização',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O Gmail encontrou no registro SPF do domínio entradas que considera suspeitas (por exemplo, faixas amplas demais) e limita as mensagens até o registro ser corrigido (451 4.7.24).',
    adminSteps: ['Retire do registro SPF as entradas amplas demais ou desnecessárias e mantenha só os servidores de envio reais.'],
  },
  'dkim-fail': {
    title: 'Assinatura DKIM ausente ou inválida',
    happened: 'A sua mensagem para {address} não tinha o selo digital exigido pelo provedor',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O provedor de destino exige uma assinatura DKIM válida (um selo criptográfico que prova que a mensagem vem do domínio) e esta mensagem não tinha nenhuma que passasse (X.7.20-X.7.22; Gmail 550 5.7.30 e 421 4.7.30 no sentido próprio do Google; Mimecast "DKIM Sender Invalid").',
    adminSteps: [
      'Ative a assinatura DKIM no servidor ou serviço de envio.',
      'Publique a chave pública no DNS sob o seletor usado na assinatura e verifique se uma mensagem de teste passa.',
    ],
  },
  'dmarc-fail': {
    title: 'A verificação DMARC do seu domínio falhou',
    happened: 'A sua mensagem não passou na verificação que confirma que ela vem da sua organização',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O DMARC verifica se o domínio do cabeçalho "From" é o que passou no SPF ou no DKIM. Esta mensagem não passou nessa verificação, ou o domínio do "From" não estava alinhado com o domínio aprovado (X.7.26; Gmail 4.7.32 / 5.7.32, Exchange Online 5.7.509, Proofpoint, Zoho, Mimecast, iCloud [HME1]). Os destinos recusam ou atrasam essas mensagens, e a própria política DMARC do domínio do "From" pode pedir que elas sejam rejeitadas.',
    adminSteps: [
      'Confirme que o servidor de envio passa no SPF ou no DKIM com o mesmo domínio do endereço "From".',
      'Se um serviço envia em seu nome, ele tem de assinar com o seu domínio (DKIM) ou estar no seu registro SPF.',
    ],
  },
  'dmarc-missing': {
    title: 'O seu domínio não tem registro DMARC',
    happened: 'A sua organização não tem uma configuração exigida para enviar para {address}',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O provedor de destino exige que quem envia em massa publique uma política DMARC para o domínio, e este domínio não tem nenhuma (Gmail 421 4.7.40 / 550 5.7.40).',
    adminSteps: ['Publique um registro DMARC para o domínio (uma política só de observação, p=none, basta para começar).'],
  },
  'bulk-auth-required': {
    title: 'Remetente de grande volume sem SPF, DKIM e DMARC completos',
    happened: 'A sua organização envia muitas mensagens sem as verificações que o Outlook.com exige',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O Outlook.com exige que os domínios que enviam mais de cerca de 5.000 mensagens por dia passem no SPF, no DKIM e no DMARC; este domínio não passa (550 5.7.515).',
    adminSteps: ['Publique SPF, DKIM e DMARC para o domínio de envio; depois a mensagem pode ser enviada de novo.'],
  },
  // ── TLS and submission ─────────────────────────────────────────────────────────────────────
  'tls-required': {
    title: 'O destino exige uma conexão encriptada (TLS)',
    happened: '{address} usa um servidor de e-mail que só aceita mensagens encriptadas',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O domínio de destino só aceita mensagens enviadas por uma conexão encriptada (STARTTLS), e o servidor de envio não a usou (X.7.10; Gmail 421 4.7.0 "TLS required for RCPT domain", 4.7.29 / 5.7.29 no sentido próprio do Google).',
    adminSteps: ['Ative o STARTTLS para as mensagens de saída no servidor de envio e verifique se ele funciona com este domínio.'],
  },
  'tls-failed': {
    title: 'A conexão segura com o servidor do destinatário falhou',
    happened: 'A entrega segura para {address} falhou',
    next: 'avise por outro meio',
    youDo: ['Avise a pessoa por outro meio: a configuração de segurança do servidor de e-mail dela impede uma entrega segura.'],
    explanation:
      'O servidor de envio exigiu uma conexão encriptada verificada (DANE, MTA-STS ou REQUIRETLS, X.7.30), mas o servidor do destinatário não a ofereceu: sem STARTTLS, um certificado expirado ou que não corresponde, ou registros TLSA/DNSSEC com erros (Exchange Online 5.7.321-325).',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'O administrador de TI do destinatário tem de corrigir o certificado, o STARTTLS ou os registros TLSA/DNSSEC; fale com ele por intermédio do destinatário.',
    ],
  },
  'tls-required-by-sender': {
    title: 'O seu servidor exige uma encriptação que o servidor do destinatário não oferece',
    happened: 'O seu servidor de e-mail não entrega para {address} sem encriptação',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: eles decidem se a regra está certa.'],
    resend: 'Envie de novo quando o seu administrador de TI ou o lado do destinatário tiver mudado a configuração.',
    explanation:
      'O servidor de envio está configurado para entregar a este domínio só por uma conexão encriptada (Postfix smtp_tls_security_level encrypt, dane ou verify; uma entrada de política TLS, MTA-STS ou DANE), e o servidor do destinatário não a ofereceu (sem STARTTLS, ou não quis iniciá-lo). O servidor do destinatário não recusou nada: foi o lado do envio que reteve a mensagem.',
    adminSteps: [
      'Verifique se a regra que exige TLS para este domínio é intencional (uma entrada de política TLS, MTA-STS ou DANE).',
      'Se for, o administrador de TI do destinatário tem de ativar o STARTTLS; avise-o por intermédio do destinatário. Se não for, flexibilize a regra para este domínio.',
    ],
  },
  'smtp-auth-failed': {
    title: 'O seu programa de e-mail não conseguiu fazer login no servidor de envio',
    happened: 'O seu programa de e-mail não conseguiu fazer login para enviar',
    next: 'verifique a sua senha',
    youDo: [
      'Verifique os dados de login (nome e senha, ou senha de app) configurados no seu programa de e-mail ou aparelho.',
      'Se a falha persistir, pergunte ao seu administrador de TI ou provedor de e-mail se a sua conta pode enviar a partir deste programa.',
    ],
    resend: 'Se houve muitas tentativas, aguarde alguns minutos e envie de novo.',
    explanation:
      'O servidor a que a mensagem foi entregue para envio recusou o login do programa de e-mail ou do aparelho: senha errada, tentativas demais ou um método de login não permitido (535 / X.7.8 credenciais inválidas, 530 autenticação obrigatória, X.7.9 mecanismo fraco demais, Gmail 454 4.7.0 "too many login attempts").',
    adminSteps: [
      'Verifique se o login SMTP (SMTP AUTH) está permitido para a conta e se o programa usa um método permitido (uma senha de app ou OAuth onde o login básico está desativado).',
      'Depois de muitas tentativas com falha, aguarde alguns minutos antes de testar de novo.',
    ],
  },
  'security-policy': {
    title: 'Recusado por um motivo de segurança ou de política',
    happened: '{address} usa um servidor de e-mail que recusou a sua mensagem por um motivo de segurança',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: o que o servidor disse pode explicar mais.'],
    explanation:
      'O servidor de destino recusou a mensagem por um motivo de segurança ou de política, sem dizer exatamente qual (X.7.0, X.7.1 e outros códigos X.7.x). As palavras do próprio servidor nos detalhes são a melhor pista: autenticação, reputação ou conteúdo.',
    adminSteps: [
      'Leia nos detalhes as palavras do servidor em busca de uma pista (autenticação, reputação, conteúdo).',
      'Verifique SPF, DKIM, DMARC e a reputação do IP de envio.',
      'Se estiver tudo em ordem, pergunte ao administrador de TI do destinatário (por intermédio do destinatário) o motivo da recusa.',
    ],
  },
  // ── Policy at the recipient ────────────────────────────────────────────────────────────────
  'recipient-policy': {
    title: 'Bloqueado por uma regra da organização do destinatário',
    happened: '{address} pertence a uma organização com uma regra que bloqueia a sua mensagem',
    next: 'avise por outro meio',
    youDo: [
      'Avise a pessoa por outro meio de que as suas mensagens são recusadas.',
      'Peça que o administrador de TI dela (ou o proprietário do grupo) autorize o seu endereço.',
    ],
    resend: 'Envie de novo quando a pessoa confirmar.',
    explanation:
      'Uma regra definida pela organização do destinatário recusou a mensagem: por exemplo, o endereço ou grupo só aceita mensagens de dentro da organização ou de remetentes autorizados, ou o seu endereço ou servidor está na lista de bloqueio dela (Exchange Online 550 5.7.1 "Delivery not authorized", 5.7.12x, 5.7.124, 5.7.513; Gmail gcdp; Mimecast, Trend Micro, Zoho, Barracuda). Só o lado do destinatário pode mudar isso.',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'O administrador de TI do destinatário (ou o proprietário do grupo) tem de autorizar o seu endereço ou servidor, por exemplo deixando o grupo aceitar remetentes externos ou retirando o seu endereço da lista de bloqueio.',
    ],
  },
  'recipient-allowlist-only': {
    title: 'O domínio do destinatário só aceita mensagens de servidores aprovados',
    happened: '{address} pertence a uma organização que só aceita mensagens de servidores aprovados',
    next: 'avise por outro meio',
    youDo: ['Avise a pessoa por outro meio: o administrador de TI dela tem de autorizar as mensagens da sua organização.'],
    explanation:
      'O domínio Google Workspace do destinatário só aceita mensagens de uma lista de servidores aprovados (Gmail 421 4.7.0 "IP not in whitelist for RCPT domain"), normalmente porque todas as mensagens devem chegar por um gateway de filtragem, e o servidor de envio não está nessa lista.',
    adminSteps: [
      'Verifique se o seu servidor entrega para os servidores MX publicados do domínio de destino, e não diretamente ao Google.',
      'Se entrega, o administrador de TI do destinatário tem de autorizar o endereço IP do seu servidor ou corrigir as configurações do gateway de entrada.',
    ],
  },
  'external-forwarding-blocked': {
    title: 'O encaminhamento automático para endereços externos não é permitido',
    happened: 'Um encaminhamento automático para um endereço externo foi bloqueado',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Se configurou um encaminhamento automático para um endereço externo, remova-o ou peça ao seu administrador de TI ou provedor de e-mail que o autorize.'],
    resend: 'Se o endereço externo ainda precisar desta mensagem, encaminhe-a manualmente.',
    explanation:
      'A mensagem seria encaminhada automaticamente para um endereço externo, e a política antispam de saída do Microsoft 365 da organização que encaminha proíbe o encaminhamento externo automático (Exchange Online 550 5.7.1).',
    adminSteps: [
      'Se esta caixa de correio puder encaminhar para fora, permita o encaminhamento externo automático para ela na política antispam de saída (uma política aplicada só a essa caixa de correio).',
      'Se não puder, remova a regra de encaminhamento da caixa de correio.',
    ],
  },
  'unregistered-sender-domain': {
    title: 'Envio a partir de um domínio que a sua organização não configurou',
    happened: 'O Microsoft 365 bloqueou mensagens de um endereço que a sua organização não configurou',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'A organização do Microsoft 365 enviou mensagens a partir de um domínio que não adicionou nem verificou, e a Microsoft bloqueou o envio (Exchange Online 550 5.7.750).',
    adminSteps: ['Adicione e verifique no Microsoft 365 todos os domínios usados para enviar (accepted domains), ou envie a partir de um domínio já verificado.'],
  },
  'sender-account-blocked': {
    title: 'A sua conta de envio foi bloqueada por atividade suspeita',
    happened: 'A sua conta foi impedida de enviar por causa de atividade incomum',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: [
      'Mude a sua senha e procure regras de encaminhamento ou apps que não configurou.',
      'Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: eles pedem a retirada do bloqueio.',
    ],
    resend: 'Envie de novo quando o envio voltar a funcionar.',
    explanation:
      'O serviço de e-mail impediu a conta (ou a organização) de enviar porque viu atividade incomum ou parecida com spam (Exchange Online 5.7.501-503, 5.1.8, 5.7.7xx; Zoho). Isto costuma significar que a conta foi comprometida.',
    adminSteps: [
      'Proteja a conta primeiro: redefina a senha, revogue as sessões, remova regras de encaminhamento e apps desconhecidos.',
      'Depois peça o desbloqueio ao provedor (Microsoft, Zoho …), como descrito no aviso ou no portal de administração.',
    ],
  },
  'duplicate-message-id': {
    title: 'Mensagens demais com o mesmo "Message-ID"',
    happened: 'O programa que enviou a sua mensagem dá o mesmo identificador a muitas mensagens',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail, ou a quem cuida do programa que enviou a mensagem.'],
    explanation:
      'O mesmo "Message-ID" foi reutilizado em muitas mensagens (Gmail 421 4.7.28); os destinos esperam que cada mensagem tenha um identificador único.',
    adminSteps: ['Faça o programa de envio gerar um "Message-ID" único para cada mensagem.'],
  },
  'blocked-attachment': {
    title: 'Um tipo de anexo que o destino não aceita',
    happened: '{address} usa um provedor que não aceita um dos seus anexos',
    next: 'remova o anexo ou troque-o por um link',
    youDo: [
      'Remova o anexo ou use outro formato (por exemplo, um PDF em vez de um documento com macros).',
      'Para programas ou anexos compactados (zip), envie um link (de um serviço de armazenamento na nuvem) em vez de anexá-los.',
    ],
    resend: 'Envie de novo sem o anexo bloqueado.',
    explanation:
      'O provedor de destino recusa logo certos tipos de anexo porque podem transportar malware: programas, scripts, alguns arquivos compactados, documentos com macros (Gmail 552 5.7.0; Cox; Amavis "banned file type"). O Gmail bloqueia esses tipos de arquivo seja qual for o conteúdo.',
    adminSteps: [
      'Nada a corrigir do seu lado: o bloqueio é uma política do destino.',
      'Onde for preciso trocar esses arquivos, use links para eles em vez de anexos.',
    ],
  },
  'submission-unauthenticated': {
    title: 'Um aparelho ou programa enviou mensagens sem fazer login',
    happened: 'Um aparelho ou programa tentou enviar mensagens sem fazer login',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail e diga qual aparelho ou programa enviou a mensagem (uma impressora, um scanner, um app).'],
    explanation:
      'Um aparelho ou programa (uma impressora, um scanner ou um sistema da empresa) entregou a mensagem ao Microsoft 365 sem fazer login, e o Microsoft 365 não aceita dele mensagens sem identificação (Exchange Online 530 5.7.57).',
    adminSteps: [
      'Configure o aparelho ou programa para fazer login (envio de cliente com SMTP AUTH) com uma caixa de correio licenciada.',
      'Ou configure para ele o envio direto (direct send) ou um relay por conector no Microsoft 365, como descreve o guia da Microsoft para dispositivos multifuncionais.',
    ],
  },
  'send-as-denied': {
    title: 'Sem permissão para enviar como este endereço de remetente',
    happened: 'A sua conta não tem permissão para enviar pelo endereço escolhido',
    next: 'use o seu próprio endereço',
    youDo: [
      'Volte a pôr o seu próprio endereço no campo De.',
      'Se deveria poder enviar a partir desse endereço, peça permissão ao seu administrador de TI ou provedor de e-mail.',
    ],
    resend: 'Envie de novo a partir do seu próprio endereço, ou quando tiver a permissão.',
    explanation:
      'A mensagem saiu com um endereço "From" que a conta usada no login não pode usar: o de outra pessoa, de uma caixa de correio compartilhada ou de um grupo (Exchange Online 550 5.7.60 / 5.7.1).',
    adminSteps: ['Se a pessoa deve enviar como esse endereço, conceda-lhe a permissão "Send As" nessa caixa de correio ou grupo; caso contrário, ela envia a partir do próprio endereço.'],
  },
  'ipv6-not-accepted': {
    title: 'O destino não aceita mensagens por IPv6',
    happened: '{address} pertence a uma organização que não aceita a conexão usada pelo seu servidor de e-mail',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'O servidor de envio usou IPv6 para chegar ao domínio Microsoft 365 do destinatário, que não aceita IPv6 (Exchange Online 550 5.7.510).',
    adminSteps: [
      'Envie para este destino por IPv4.',
      'Ou peça ao administrador de TI do destinatário que ative a entrada de mensagens por IPv6 para o domínio dele.',
    ],
  },
  'recipient-banned': {
    title: 'A organização do destinatário recusa mensagens para este endereço',
    happened: '{address} está impedido de receber mensagens',
    next: 'peça outro endereço',
    youDo: [
      'Peça à pessoa, por outro meio, um endereço que receba mensagens.',
      'Retire este endereço das suas listas de endereços.',
    ],
    resend: 'Envie de novo para um endereço que funcione.',
    explanation:
      'A organização do destinatário impediu este endereço de receber mensagens: uma caixa de correio encerrada ou banida (Exchange Online 550 5.7.505).',
    adminSteps: ['Nada a corrigir do seu lado.', 'Retire o endereço das listas de endereços e de distribuição.'],
  },
  'sender-rejected': {
    title: 'O seu endereço de remetente foi recusado',
    happened: '{address} usa um servidor de e-mail que recusou o seu endereço de remetente',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: [
      'Confirme que enviou a partir do endereço certo (numa lista de distribuição, o endereço com que se inscreveu).',
      'Se estiver certo, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    ],
    explanation:
      'O servidor de destino recusou o endereço de remetente da mensagem (o remetente do envelope), por exemplo porque está bloqueado lá, mal formado (X.1.7) ou sem autorização para publicar (GoDaddy 550 5.2.0 IB, Orange 501 5.1.0).',
    adminSteps: [
      'Verifique o remetente do envelope (Return-Path) usado pelo servidor ou programa: sintaxe válida e domínio existente.',
      'Se estiver correto, pergunte ao administrador de TI do destinatário (por intermédio do destinatário) o motivo da recusa.',
    ],
  },
  'relay-denied': {
    title: 'O servidor de destino não aceita mensagens para este domínio',
    happened: 'O servidor a que a sua mensagem chegou não recebe e-mail para {address}',
    next: 'avise por outro meio',
    youDo: [
      'Verifique se o endereço está escrito corretamente, sobretudo depois do @.',
      'Se estiver certo, avise a pessoa por outro meio: a configuração de e-mail dela tem de ser corrigida.',
    ],
    explanation:
      'O servidor que atendeu a conexão diz que não trata mensagens para o domínio do destinatário ("relay access denied"; Exchange Online 550 5.4.1, Postfix, Sendmail). Normalmente os registros MX do domínio apontam para um servidor que não está configurado para ele; às vezes o servidor de envio mandou a mensagem para o lugar errado.',
    adminSteps: [
      'Se muitos destinatários falham assim, verifique as rotas de entrega do seu servidor (regras de rota, configurações do smarthost).',
      'Caso contrário, nada a corrigir do seu lado: o administrador de TI do destinatário tem de corrigir os registros MX do domínio ou a lista de domínios dele (accepted domains).',
    ],
  },
  'relay-not-authorised': {
    title: 'O seu servidor não tem permissão para usar este serviço como relay',
    happened: 'O serviço pelo qual as suas mensagens saem não reconhece o seu servidor de e-mail',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    explanation:
      'A mensagem foi entregue a um serviço (um gateway ou uma plataforma de envio) que não reconhece o servidor de envio nem a identidade do remetente como um dos seus clientes (Exchange Online 5.7.64, MessageLabs 553, Mimecast 451, Amazon SES, relay SMTP do Google).',
    adminSteps: ['Adicione o IP de envio ou verifique o endereço do remetente nesse serviço, ou corrija o conector de saída.'],
  },
  // ── Content ──────────────────────────────────────────────────────────────────────────────────
  'spam-detected': {
    title: 'A mensagem foi considerada spam',
    happened: '{address} usa um provedor que classificou a sua mensagem como spam',
    next: 'simplifique a mensagem',
    youDo: [
      'Tire tudo o que pareça spam: encurtadores de links, muitos links, imagens grandes com pouco texto, anexos compactados ou programas.',
      'Confirme que a pessoa espera mensagens suas.',
    ],
    resend: 'Envie de novo uma versão mais simples; se também for recusada, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    explanation:
      'O filtro de spam do servidor de destino recusou a mensagem pelo conteúdo, pelos links ou pela forma como foi enviada (Gmail 550 5.7.1 "likely unsolicited mail", Orange 550 5.2.0 [506], Mimecast 554 assinatura de spam).',
    adminSteps: [
      'Verifique SPF, DKIM e DMARC do domínio de envio.',
      'Se muitas mensagens forem recusadas, verifique a reputação do IP e do domínio de envio.',
    ],
  },
  'content-reputation': {
    title: 'Os links ou o conteúdo da mensagem têm má reputação',
    happened: '{address} usa um provedor que desconfia dos links ou do conteúdo da sua mensagem',
    next: 'simplifique a mensagem',
    youDo: [
      'Tire os encurtadores de links e os links para sites com má reputação.',
      'A mesma mensagem seria recusada de novo, por isso prepare uma versão mais simples.',
    ],
    resend: 'Envie a versão mais simples em vez desta.',
    explanation:
      'O Gmail adiou ou recusou a mensagem por causa da reputação do conteúdo ou dos links nela (421 4.7.0, "the nature of the content and/or the links"). A mesma mensagem recebe a mesma resposta: uma cópia ainda na fila provavelmente será recusada até expirar.',
    adminSteps: [
      'Nada a mudar na configuração do servidor para uma única mensagem: é o conteúdo que tem de mudar.',
      'Se muitas mensagens forem afetadas, verifique a reputação dos domínios para onde elas apontam, incluindo os seus próprios domínios de rastreio ou de links.',
    ],
  },
  'virus-detected': {
    title: 'Foi encontrado um vírus ou um anexo perigoso',
    happened: '{address} usa um provedor que encontrou algo perigoso na sua mensagem',
    next: 'verifique o anexo',
    youDo: [
      'Verifique o seu computador e o anexo com um antivírus atualizado.',
      'Mande o documento de outra forma (um link) ou em outro formato, sem programas nem macros.',
    ],
    explanation:
      'O antivírus do servidor de destino encontrou algo que considera perigoso na mensagem, normalmente um anexo.',
    adminSteps: [
      'Verifique o computador do remetente e o arquivo com um antivírus atualizado.',
      'Se o arquivo estiver limpo, envie-o como link ou num formato sem conteúdo executável nem macros.',
    ],
  },
  'content-filtered': {
    title: 'Recusado por um filtro de conteúdo',
    happened: '{address} usa um filtro que recusou a sua mensagem',
    next: 'simplifique a mensagem',
    youDo: [
      'Procure na mensagem anexos ou conteúdos que os filtros costumam recusar.',
      'Pergunte à pessoa, por outro meio, se ela filtra as suas mensagens.',
    ],
    resend: 'Envie de novo uma versão mais simples.',
    explanation:
      'O servidor de destino recusou a mensagem depois de lê-la, por causa do conteúdo ou dos cabeçalhos, ou porque os filtros do destinatário não a aceitam (X.2.0 / X.2.4 e frases de filtros; Facebook RCP-P2 "refused due to recipient preferences").',
    adminSteps: [
      'Leia nos detalhes as palavras do servidor para saber qual filtro a recusou.',
      'Se voltar a acontecer, pergunte ao administrador de TI do destinatário (por intermédio do destinatário) o que o filtro recusou.',
    ],
  },
  'message-policy-refusal': {
    title: 'Recusado por motivos de política (conteúdo ou autenticação)',
    happened: '{address} usa um provedor que recusou a sua mensagem por parecer insegura',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: [
      'Verifique se os links e o conteúdo da sua mensagem podem parecer uma fraude.',
      'Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    ],
    explanation:
      'O provedor de destino recusou a mensagem por motivos de política, que usa para conteúdo parecido com phishing ou autenticação que falhou (Yahoo 554 5.7.9; Zoho 550 / 554 5.7.1 "flagged as Spam"; iCloud 550 5.7.1 [CS01], [HM08]).',
    adminSteps: [
      'Verifique SPF, DKIM e DMARC do domínio de envio.',
      'Revise com o remetente os links e o conteúdo da mensagem.',
    ],
  },
  'provider-refused-data': {
    title: 'O provedor recusou a mensagem sem dar motivo',
    happened: '{address} usa um provedor que recusou a sua mensagem sem explicar o motivo',
    next: 'tente uma versão mais simples',
    youDo: [
      'Faça uma versão mais simples da mensagem (menos links e anexos).',
      'Se for recusada de novo, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    ],
    resend: 'Envie a versão simples mais uma vez, um pouco mais tarde.',
    explanation:
      'O provedor de destino recusou a mensagem no fim da transferência (depois do DATA), mas não disse o motivo (Yahoo 554). O conteúdo ou a reputação do remetente são os suspeitos habituais.',
    adminSteps: ['Se for recusada de novo, verifique a reputação de envio e a autenticação (SPF, DKIM, DMARC).'],
  },
  'not-rfc-compliant': {
    title: 'A mensagem não está formatada corretamente',
    happened: 'A sua mensagem não foi montada corretamente',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: [
      'Se foi enviada por um programa, site ou aparelho, avise quem cuida dele.',
      'Se a enviou do seu programa de e-mail habitual, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    ],
    explanation:
      'A mensagem viola as regras do formato de e-mail (RFC 5322): por exemplo, um cabeçalho "From" ou "Message-ID" em falta ou inválido, cabeçalhos duplicados, ou caracteres que um cabeçalho não pode conter (Gmail 550 5.7.1 regras de cabeçalho, Exchange Online 550 5.7.512). Tem a ver com a forma como a mensagem foi montada, não com spam ou reputação.',
    adminSteps: [
      'Faça o programa de envio produzir um endereço "From" válido e cabeçalhos padrão.',
      'Compare os cabeçalhos da mensagem recusada com a regra indicada nas palavras do servidor.',
    ],
  },
  'content-error': {
    title: 'O conteúdo da mensagem não pôde ser processado',
    happened: '{address} usa um sistema de e-mail que não conseguiu processar o formato da sua mensagem',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Se foi enviada por um programa ou aparelho, avise quem cuida dele.', 'Caso contrário, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.'],
    resend: 'Envie de novo a partir de um programa de e-mail comum.',
    explanation:
      'Algo na forma como a mensagem está codificada (o tipo MIME, dados de 8 bits nos cabeçalhos, caracteres internacionais) não pôde ser tratado pelo sistema de destino (X.6.x).',
    adminSteps: ['Se a mensagem foi enviada por um programa, faça-o codificar os cabeçalhos corretamente ("encoded words" da RFC 2047) e usar tipos MIME padrão.'],
  },
  'message-too-big': {
    title: 'A mensagem é grande demais',
    happened: 'A sua mensagem para {address} é grande demais para o servidor de destino',
    next: 'reduza o tamanho da mensagem',
    youDo: ['Remova ou comprima os anexos grandes, ou envie-os como link.'],
    resend: 'Envie de novo com os anexos trocados por links.',
    explanation:
      'A mensagem, com os anexos, é maior do que o servidor de destino aceita (552, X.3.4; Gmail 552 5.3.4). Os anexos crescem cerca de um terço quando são codificados para envio.',
    adminSteps: ['Nada a corrigir do seu lado: o limite é do destino. Arquivos grandes circulam melhor como links.'],
  },
  'recipient-size-limit': {
    title: 'A mensagem excede o limite de tamanho do destinatário',
    happened: 'A sua mensagem para {address} é grande demais para a caixa de correio de destino',
    next: 'reduza o tamanho da mensagem',
    youDo: ['Remova ou comprima os anexos grandes, ou envie-os como link.'],
    resend: 'Envie de novo com os anexos trocados por links.',
    explanation:
      'A caixa de correio do destinatário tem um limite próprio de tamanho para mensagens recebidas, menor que o do servidor, e esta mensagem passa desse limite (X.2.3).',
    adminSteps: ['Nada a corrigir do seu lado: o limite é da caixa de correio do destinatário. Arquivos grandes circulam melhor como links.'],
  },
  // ── Recipient address and mailbox ────────────────────────────────────────────────────────────
  'user-unknown': {
    title: 'O endereço do destinatário não existe',
    happened: '{address} não existe',
    next: 'verifique o endereço',
    youDo: ['Verifique se o endereço está escrito corretamente (a parte antes do @).', 'Se parecer certo, peça à pessoa, por outro meio, o endereço atual dela.'],
    resend: 'Envie de novo para o endereço corrigido.',
    explanation:
      'O servidor de e-mail do destinatário diz que não tem nenhuma caixa de correio com esse nome (X.1.1, "user unknown"). Normalmente o endereço está errado ou a pessoa saiu da organização; o lado do envio não pode mudar isso.',
    adminSteps: ['Nada a corrigir do seu lado.', 'Retire o endereço das listas de endereços e de distribuição se ele continuar inválido.'],
  },
  'recipient-unverified': {
    title: 'O servidor do destinatário ainda não conseguiu verificar o endereço',
    happened: 'A entrega para {address} foi adiada: o servidor de destino ainda não confirmou o endereço',
    next: 'verifique o endereço',
    youDo: [
      'Verifique se o endereço está escrito corretamente.',
      'Se estiver certo e isto voltar a acontecer, avise a pessoa: o servidor de e-mail dela pode estar inacessível.',
    ],
    explanation:
      'Um gateway à frente da caixa de correio do destinatário verifica cada endereço com o servidor que está atrás dele ("recipient address verification"; Postfix / Proofpoint 450 4.1.1), e essa verificação ainda não teve sucesso: ainda está em curso, ou esse servidor está inacessível.',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'Se falhar de vez e o endereço estiver certo, o administrador de TI do destinatário tem de verificar se o gateway alcança o servidor de e-mail que está atrás dele.',
    ],
  },
  'address-syntax': {
    title: 'O endereço do destinatário não é um endereço válido',
    happened: 'O envio para {address} falhou: o endereço não é válido',
    next: 'corrija o endereço',
    youDo: ['Procure no endereço espaços, vírgulas ou letras a mais ou a menos, e corrija-o.'],
    resend: 'Envie de novo para o endereço corrigido.',
    explanation:
      'O endereço do destinatário não é um endereço de e-mail válido (X.1.3; 553 "mailbox name not allowed"): um símbolo indevido, um espaço ou uma parte que falta.',
    adminSteps: ['Nada a corrigir no servidor.', 'Se o endereço veio de um formulário ou de uma lista, corrija-o lá.'],
  },
  'address-ambiguous': {
    title: 'O endereço do destinatário corresponde a mais de uma caixa de correio',
    happened: '{address} corresponde a mais de uma pessoa na mesma organização',
    next: 'peça o endereço exato',
    youDo: ['Peça à pessoa, por outro meio, o endereço exato dela.'],
    resend: 'Envie de novo para o endereço exato.',
    explanation: 'O servidor do destinatário não conseguiu saber a que caixa de correio o endereço se refere (X.1.4, endereço de destino ambíguo).',
    adminSteps: ['Nada a corrigir do seu lado.', 'Se o endereço estiver certo e isto voltar a acontecer, o administrador de TI do destinatário tem de torná-lo único.'],
  },
  'recipient-domain-unknown': {
    title: 'O domínio do destinatário não existe',
    happened: 'O envio para {address} falhou: a parte depois do @ não existe',
    next: 'verifique o endereço',
    youDo: [
      'Verifique se a parte depois do @ está escrita corretamente (por exemplo, gmal.com em vez de gmail.com).',
      'Se parecer certa, peça à pessoa, por outro meio, o endereço dela.',
    ],
    resend: 'Envie de novo para o endereço corrigido.',
    explanation:
      'A parte do endereço depois do @ não é um domínio que exista ou que possa receber e-mail (X.1.2, X.4.4; Gmail 553 5.1.2 "We weren\'t able to find the recipient domain"; NXDOMAIN). Normalmente é um erro de escrita (por exemplo, gmal.com).',
    adminSteps: ['Nada a corrigir do seu lado: o endereço tem de ser corrigido.'],
  },
  'dns-lookup-failed': {
    title: 'Não foi possível consultar o domínio do destinatário',
    happened: 'O seu servidor de e-mail não encontrou o caminho para {address}',
    next: 'verifique o endereço',
    youDo: ['Verifique se a parte do endereço depois do @ está escrita corretamente.'],
    resend: 'Se o endereço estiver certo, avise a pessoa por outro meio e envie de novo mais tarde.',
    explanation:
      'O servidor de envio não encontrou para onde entregar as mensagens do domínio do destinatário: a consulta DNS falhou ou não devolveu nada utilizável (Exchange Online 5.4.312 "DNS query failed", Gmail "DNS Error", Postfix "Host not found, try again"). Um domínio escrito errado produz exatamente este resultado.',
    adminSteps: [
      'Consulte a partir do seu servidor os registros MX e A do domínio de destino, e verifique se o seu próprio resolvedor responde.',
      'Se o domínio estiver bem escrito e o DNS dele estiver com problemas, o administrador de TI do destinatário tem de corrigi-lo; fale com ele por intermédio do destinatário.',
    ],
  },
  'domain-accepts-no-mail': {
    title: 'O domínio do destinatário não aceita e-mail',
    happened: '{address} não pode receber nenhum e-mail',
    next: 'verifique o endereço',
    youDo: [
      'Verifique o endereço: a pessoa provavelmente usa outro para e-mail.',
      'Peça à pessoa, por outro meio, um endereço que funcione.',
    ],
    resend: 'Envie de novo para o endereço que funciona.',
    explanation:
      'O domínio do destinatário publica que não recebe e-mail nenhum (um "null MX", RFC 7505, X.1.10), ou o servidor dele recusa permanentemente todas as mensagens (521 / 556, RFC 7504).',
    adminSteps: ['Nada a corrigir do seu lado: o endereço tem de mudar.'],
  },
  'mailbox-moved': {
    title: 'A caixa de correio mudou e as mensagens não são encaminhadas',
    happened: '{address} mudou para um novo endereço',
    next: 'peça o novo endereço',
    youDo: ['Peça à pessoa o novo endereço e atualize a sua lista de endereços.'],
    resend: 'Envie de novo para o novo endereço.',
    explanation:
      'Este endereço funcionava, mas a pessoa mudou para outro endereço e as mensagens não são encaminhadas (X.1.6; 551 "user not local", que pode indicar o novo endereço; X.7.17 / X.7.18 mudança de titular).',
    adminSteps: ['Nada a corrigir do seu lado.', 'Atualize o endereço nas listas de endereços e de distribuição; se a resposta indicar um novo endereço, use esse.'],
  },
  'account-disabled': {
    title: 'A conta do destinatário está desativada',
    happened: '{address} tem a caixa de correio desativada',
    next: 'peça um endereço atual',
    youDo: [
      'Fale com a pessoa por outro meio e peça um endereço atual.',
      'Deixe de usar este endereço se ele continuar desativado.',
    ],
    resend: 'Envie de novo para o endereço atual.',
    explanation:
      'A caixa de correio existe, mas está desativada: inativa, suspensa ou encerrada (X.2.1; Gmail 550 5.2.1, Yahoo). Não recebe mensagens.',
    adminSteps: ['Nada a corrigir do seu lado.', 'Retire o endereço das listas de endereços e de distribuição se ele continuar desativado.'],
  },
  'mailbox-locked': {
    title: 'A caixa de correio do destinatário está temporariamente indisponível',
    happened: '{address} tem a caixa de correio indisponível por agora',
    next: 'aguarde',
    youDo: ['Se as falhas continuarem, avise a pessoa por outro meio.'],
    explanation:
      'A caixa de correio do destinatário está temporariamente bloqueada ou ocupada, por exemplo durante uma manutenção ou depois de atividade suspeita (Comcast 450 4.2.0).',
    adminSteps: ['Nada a corrigir do seu lado.', 'Se as falhas continuarem, o destinatário ou o provedor dele tem de desbloquear a caixa de correio.'],
  },
  'mailbox-full': {
    title: 'A caixa de correio do destinatário está cheia',
    happened: '{address} tem a caixa de correio cheia',
    next: 'avise por outro meio',
    youDo: ['Avise a pessoa por outro meio (telefone, chat) de que a caixa de correio dela está cheia.'],
    resend: 'Envie de novo quando a caixa de correio tiver espaço outra vez.',
    explanation:
      'A caixa de correio do destinatário passou da quota de armazenamento (X.2.2). Os servidores normalmente adiam (4xx) no início e recusam (5xx) depois; em ambos os casos, só se resolve quando o destinatário apaga mensagens ou o administrador dele aumenta a quota.',
    adminSteps: ['Nada a corrigir do seu lado.', 'Se acontecer sempre com a mesma organização, o administrador de TI dela pode aumentar a quota da caixa de correio.'],
  },
  'mailbox-full-inactive': {
    title: 'A caixa de correio do destinatário está cheia e já não é usada',
    happened: '{address} tem a caixa de correio cheia e fora de uso',
    next: 'peça outro endereço',
    youDo: ['Fale com a pessoa por outro meio e peça um endereço que ela use.', 'Deixe de usar este endereço.'],
    resend: 'Envie de novo para o endereço que a pessoa usa agora.',
    explanation:
      'A caixa de correio está cheia e a conta está inativa há muito tempo (Gmail 552 5.2.2, "out of storage space and inactive"); ela não recebe mensagens.',
    adminSteps: ['Nada a corrigir do seu lado.', 'Retire o endereço das listas de endereços e de distribuição.'],
  },
  // ── Receiving system and network ─────────────────────────────────────────────────────────────
  'receiver-temporary-error': {
    title: 'Problema temporário no servidor de e-mail do destinatário',
    happened: '{address} tem um problema temporário no servidor de e-mail',
    next: 'avise por outro meio',
    youDo: ['Se voltar a acontecer, avise a pessoa por outro meio de que o servidor de e-mail dela tem problemas.'],
    explanation:
      'O servidor de e-mail do destinatário teve um problema temporário próprio: ocupado, sem recursos ou com um erro interno (Gmail 421 / 451 4.3.0 e 4.4.5, Exchange Online 451 4.7.0 / 4.4.0, Yahoo 451, iCloud 451 4.7.1, Mimecast, Barracuda, Email Security.cloud 421, Zoho 452 4.3.1, Exim 451).',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'Se durar dias, o administrador de TI do destinatário tem de verificar o servidor de e-mail; fale com ele por intermédio do destinatário.',
    ],
  },
  'receiver-system-error': {
    title: 'Erro dentro do sistema de e-mail do destinatário',
    happened: '{address} tem um erro interno no sistema de e-mail',
    next: 'avise por outro meio',
    youDo: ['Avise a pessoa por outro meio de que o servidor de e-mail dela devolveu um erro.'],
    explanation:
      'O sistema de e-mail do destinatário falhou por causa da própria configuração ou de uma falha interna (X.3.x, X.1.9; Postfix 451 4.3.0 / 4.3.5). Nada na mensagem causou isso.',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'O administrador de TI do destinatário tem de corrigir o servidor; as palavras do servidor nos detalhes mostram onde procurar.',
    ],
  },
  'receiver-disk-full': {
    title: 'O servidor de e-mail do destinatário está sem espaço',
    happened: '{address} tem o servidor de e-mail sem espaço de armazenamento',
    next: 'avise por outro meio',
    youDo: ['Se voltar a acontecer, avise a pessoa por outro meio: o administrador de TI dela tem de abrir espaço no servidor.'],
    explanation:
      'O próprio servidor de e-mail do destinatário ficou sem espaço em disco (X.3.1; 452 insufficient system storage; Sendmail 452 4.4.5 "Insufficient disk space"). O destinatário sozinho não pode resolver isso; o administrador de TI dele tem de fazê-lo.',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'Se persistir, o administrador de TI do destinatário tem de abrir espaço no servidor; fale com ele por intermédio do destinatário.',
    ],
  },
  'mailer-error': {
    title: 'O programa de entrega do servidor do destinatário falhou',
    happened: 'O servidor de destino não conseguiu guardar a sua mensagem para {address}',
    next: 'avise por outro meio',
    youDo: ['Avise a pessoa por outro meio: o administrador de TI dela tem de verificar o servidor de e-mail.'],
    explanation:
      'O programa que guarda as mensagens na caixa de correio do destinatário (um programa de entrega local, um pipe ou um script de filtro) parou com uma falha ou comunicou um erro.',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'O administrador de TI do destinatário tem de verificar o programa de entrega ou o filtro de e-mail indicado nas palavras do servidor.',
    ],
  },
  'receiver-not-accepting': {
    title: 'O servidor do destinatário não aceita mensagens',
    happened: '{address} usa um servidor de e-mail que não aceita mensagens neste momento',
    next: 'avise por outro meio',
    youDo: ['Se durar, fale com a pessoa por outro meio.'],
    explanation:
      'O servidor de e-mail do destinatário recusa todas as mensagens neste momento: manutenção, sobrecarga, ou não está configurado para receber (X.3.2; 421, ou 521 para um host que não recebe e-mail).',
    adminSteps: ['Nada a corrigir do seu lado.', 'Se durar, o administrador de TI do destinatário tem de verificar o servidor de e-mail.'],
  },
  'connection-timed-out': {
    title: 'O servidor de e-mail do destinatário não respondeu',
    happened: '{address} usa um servidor de e-mail que não respondeu',
    next: 'avise por outro meio',
    youDo: ['Se durar, avise a pessoa por outro meio: o servidor de e-mail dela pode estar parado ou mal configurado.'],
    explanation:
      'O servidor de envio não conseguiu alcançar o servidor de e-mail do destinatário: as conexões esgotaram o tempo (X.4.1; Gmail "did not accept our requests to connect"). Normalmente é uma interrupção do serviço ou um problema de firewall do lado do destinatário.',
    adminSteps: [
      'Se muitos domínios esgotarem o tempo da mesma forma, verifique se as conexões de saída do seu servidor para a porta 25 não estão bloqueadas.',
      'Caso contrário, o administrador de TI do destinatário tem de verificar o servidor de e-mail, o firewall e os registros MX.',
    ],
  },
  'connection-refused': {
    title: 'O servidor de e-mail do destinatário recusou a conexão',
    happened: '{address} usa um servidor de e-mail que não aceita conexões de ninguém',
    next: 'avise por outro meio',
    youDo: ['Se durar, avise a pessoa por outro meio: o servidor de e-mail dela pode estar parado.'],
    explanation:
      'O servidor de envio chegou ao endereço do servidor de e-mail do destinatário, mas nada ali aceitou a conexão (Exchange Online 4.4.316, socket error 10061): o servidor está parado, um firewall bloqueia a conexão, ou o DNS do domínio aponta para o endereço errado. O problema é do lado do destinatário, não um bloqueio do seu servidor.',
    adminSteps: [
      'Nada a corrigir do seu lado.',
      'Se durar, o administrador de TI do destinatário tem de verificar o servidor de e-mail, o firewall e os registros MX do domínio; fale com ele por intermédio do destinatário.',
    ],
  },
  'host-unreachable': {
    title: 'Não foi possível alcançar o servidor de e-mail do destinatário',
    happened: '{address} usa um servidor de e-mail que está inacessível',
    next: 'avise por outro meio',
    youDo: ['Se durar, avise a pessoa por outro meio: o servidor de e-mail dela pode estar parado.'],
    explanation:
      'O servidor de envio não conseguiu abrir uma conexão com o servidor de e-mail do destinatário: sem rota, host desligado ou um erro de rede no caminho.',
    adminSteps: [
      'Se muitos domínios falharem da mesma forma, verifique a sua própria rede de saída.',
      'Caso contrário, o administrador de TI do destinatário tem de verificar se o servidor de e-mail está em funcionamento e se os registros MX e A do domínio estão corretos.',
    ],
  },
  'network-error': {
    title: 'Problema de rede a caminho do servidor do destinatário',
    happened: 'A entrega para {address} foi interrompida: a conexão caiu',
    next: 'aguarde',
    youDo: ['Se voltar a acontecer, avise a pessoa por outro meio: o servidor de e-mail dela pode estar instável.'],
    explanation:
      'Um problema de rede interrompeu a entrega: a conexão foi perdida, reiniciada ou derrubada no caminho (X.4.0 / X.4.2; Gmail 421 4.7.0 "Connection expired, try reconnecting" e 451 4.4.2 "Timeout - closing connection"). Essas interrupções são comuns e costumam passar.',
    adminSteps: [
      'Nada a fazer para um caso isolado.',
      'Se acontecer sempre com este domínio, avise o administrador de TI do destinatário (por intermédio do destinatário): o servidor de e-mail ou a rede dele podem estar instáveis.',
    ],
  },
  'routing-loop': {
    title: 'A mensagem entrou num loop',
    happened: 'A sua mensagem para {address} entrou num vaivém entre servidores de e-mail',
    next: 'avise por outro meio',
    youDo: [
      'Avise a pessoa por outro meio: ela ou o administrador de TI dela tem de verificar as regras de encaminhamento.',
      'Se também encaminha mensagens (por exemplo, para este endereço e de volta), verifique as suas próprias regras de encaminhamento.',
    ],
    resend: 'Envie de novo quando o vaivém estiver resolvido.',
    explanation:
      'A mensagem passou tantas vezes entre servidores ou regras de encaminhamento que foi parada: um loop de encaminhamento (X.4.6; Gmail 554 5.4.6 "exceeded 50 hops", Exchange Online 5.4.14 hop count exceeded, Postfix "mail loops back to myself"). Os loops não se resolvem sozinhos; alguém tem de mudar uma regra de encaminhamento ou as rotas de entrega.',
    adminSteps: [
      'Verifique o seu próprio encaminhamento e as suas rotas de entrega se a mensagem passa pelo seu lado (por exemplo, um encaminhamento para este endereço e de volta).',
      'O destinatário ou o administrador de TI dele tem de verificar as regras de encaminhamento e da caixa de entrada e as rotas de entrega (registros MX, conectores).',
    ],
  },
  'protocol-error': {
    title: 'O programa de envio violou as regras do protocolo de e-mail',
    happened: 'Na entrega para {address}, o seu programa de e-mail e o servidor de destino não se entenderam',
    next: 'encaminhe o aviso ao seu administrador de TI',
    youDo: ['Encaminhe este aviso ao seu administrador de TI ou provedor de e-mail: só eles podem resolver isto.'],
    resend: 'Envie de novo quando o programa de envio for corrigido ou atualizado.',
    explanation:
      'O servidor ou programa de envio mandou comandos que o servidor de destino não aceitou: fora de ordem, mal formados ou não suportados (X.5.x; 500-504, 555; Gmail 451 / 454 4.5.0 "SMTP protocol violation").',
    adminSteps: [
      'Descubra que servidor ou programa enviou a mensagem e corrija-o ou atualize-o; as palavras do servidor indicam o que foi recusado.',
      'Se for software de terceiros, comunique o problema ao fornecedor, citando este aviso.',
    ],
  },
  'message-expired': {
    title: 'A entrega desistiu: o tempo das novas tentativas acabou',
    happened: 'O seu servidor de e-mail desistiu de entregar para {address}',
    next: 'verifique o endereço',
    youDo: [
      'Verifique se o endereço está escrito corretamente.',
      'Se voltar a acontecer com a mesma organização, avise a pessoa por outro meio: o servidor de e-mail dela pode estar inacessível.',
    ],
    resend: 'Envie de novo mais tarde ou fale com a pessoa por outro meio.',
    explanation:
      'O servidor de envio tentou entregar a mensagem durante todo o período de novas tentativas (normalmente de um a cinco dias; 24 horas no Exchange Online) e desistiu (X.4.7; Exchange Online 4.4.7 / 5.4.300, MessageLabs 554 5.4.7). O último erro temporário recebido é a causa real; a mensagem não foi entregue.',
    adminSteps: [
      'Veja o último erro temporário no aviso (ou no log do seu servidor): é a causa real.',
      'Se voltar a acontecer com o mesmo domínio, o servidor de e-mail dele provavelmente está inacessível: o administrador de TI do destinatário tem de verificá-lo.',
    ],
  },
  suppressed: {
    title: 'A sua plataforma de envio suprimiu este endereço',
    happened: 'A sua plataforma de envio já não envia para {address}',
    next: 'veja o motivo na plataforma',
    youDo: [
      'Veja na sua plataforma de envio o motivo do bloqueio do endereço (uma falha de entrega anterior, uma reclamação ou um cancelamento de inscrição).',
      'Só o desbloqueie se a pessoa confirmar que o endereço funciona e que quer receber as suas mensagens.',
    ],
    resend: 'Envie de novo só depois de o endereço ser desbloqueado.',
    explanation:
      'A plataforma de envio nem sequer tentou: o endereço está na lista de supressão dela após uma falha de entrega anterior, uma reclamação ou um cancelamento de inscrição.',
    adminSteps: [
      'Veja o motivo da supressão na plataforma de envio.',
      'Retire o endereço da lista só se a pessoa confirmar que ele funciona e que quer receber as mensagens.',
    ],
  },
  'mailing-list-refused': {
    title: 'O grupo ou a lista de distribuição não aceitou a sua mensagem',
    happened: '{address} é um grupo que não aceitou a sua mensagem',
    next: 'verifique o endereço do grupo',
    youDo: ['Verifique o endereço do grupo.', 'Peça ao proprietário do grupo permissão para publicar, ou entre no grupo.'],
    resend: 'Envie de novo quando puder publicar no grupo.',
    explanation:
      'O grupo pode não existir, ou o remetente não pode publicar nele, por exemplo porque só os membros podem publicar (X.7.2, mailing list expansion prohibited).',
    adminSteps: ['Nada a corrigir do seu lado.', 'O proprietário ou o administrador do grupo tem de permitir que o remetente publique, ou o remetente entra no grupo.'],
  },
  // ── Fallbacks ────────────────────────────────────────────────────────────────────────────────
  'temporary-unknown': {
    title: 'Falha temporária (sem mais detalhes)',
    happened: 'A entrega para {address} foi adiada: o servidor de destino ainda não aceitou a sua mensagem',
    next: 'aguarde',
    youDo: ['Se voltar a acontecer, avise a pessoa por outro meio.'],
    explanation: 'O servidor de destino comunicou um problema temporário (4xx) sem dizer qual é.',
    adminSteps: [
      'Leia nos detalhes as palavras do servidor em busca de uma pista.',
      'Se voltar a acontecer, o administrador de TI do destinatário tem de verificar o servidor de e-mail.',
    ],
  },
  'permanent-unknown': {
    title: 'A entrega falhou (sem mais detalhes)',
    happened: 'Não foi possível entregar a sua mensagem para {address}',
    next: 'verifique o endereço',
    youDo: [
      'Verifique se o endereço está escrito corretamente.',
      'Se parecer certo, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    ],
    resend: 'Envie de novo quando souber o que falhou, ou fale com a pessoa por outro meio se for importante.',
    explanation:
      'A mensagem não pôde ser entregue e o aviso não diz claramente o motivo (um 5xx sem mais nada, ou X.0.0). As palavras do próprio servidor de destino nos detalhes são a melhor pista.',
    adminSteps: [
      'Leia nos detalhes as palavras do servidor e o código de status.',
      'Se o aviso abreviou a resposta, procure a resposta completa no log do seu servidor.',
    ],
  },
  unknown: {
    title: 'Problema desconhecido',
    happened: 'O motivo da falha da sua mensagem para {address} não está claro',
    next: 'verifique o endereço',
    youDo: [
      'Verifique se o endereço está escrito corretamente.',
      'Se a mensagem for importante, encaminhe este aviso ao seu administrador de TI ou provedor de e-mail.',
    ],
    explanation: 'O aviso não contém nenhum código de status ou explicação que identifique a causa.',
    adminSteps: ['Procure a mensagem no log do servidor de envio: a resposta do servidor remoto está lá, mesmo quando o aviso a omite.'],
  },
  // ── Not bounces ─────────────────────────────────────────────────────────────────────────────
  delivered: {
    title: 'Entregue com sucesso',
    happened: '{address} recebeu a sua mensagem',
    next: 'nada a fazer',
    youDo: [],
    resend: 'Não é preciso enviar de novo.',
    explanation: 'Isto é uma confirmação de entrega, não um erro: a mensagem chegou ao servidor do destinatário.',
    adminSteps: ['Nada a fazer.'],
  },
  'auto-reply': {
    title: 'Resposta automática (por exemplo, de ausência)',
    happened: '{address} enviou uma resposta automática',
    next: 'leia a resposta',
    youDo: ['Se for urgente, procure na resposta outra pessoa com quem falar.'],
    resend: 'Não é preciso enviar de novo: a sua mensagem foi entregue.',
    explanation:
      'Isto é uma resposta automática do destinatário (por exemplo, um aviso de ausência), não um aviso de não entrega: a mensagem foi entregue.',
    adminSteps: ['Nada a fazer.'],
  },
  'abuse-report': {
    title: 'Denúncia de abuso ou reclamação',
    happened: 'Alguém denunciou uma mensagem da sua organização',
    next: 'passe a denúncia a quem cuida das suas listas de distribuição',
    youDo: ['Pare de enviar mensagens para a pessoa que reclamou.', 'Passe a denúncia a quem cuida das suas listas de distribuição.'],
    resend: 'Não é preciso enviar nada de novo.',
    explanation:
      'Isto é um relatório de feedback, não um aviso de não entrega: alguém marcou uma mensagem como spam (RFC 5965), ou ela falhou em verificações de autenticação (RFC 6591).',
    adminSteps: [
      'Retire das suas listas o endereço que reclamou, ou cancele a inscrição dele.',
      'Para um relatório de falha de autenticação, verifique SPF, DKIM e DMARC do domínio que ele indica.',
    ],
  },
};
