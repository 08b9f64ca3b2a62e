/**
 * The ordered registry of mail-system families. Order matters: specific signals (provider
 * headers, provider From domains) before the generic MTAs whose wording many systems reuse.
 */
import { office365 } from './office365';
import { outlook } from './outlook';
import { exchange2007 } from './exchange2007';
import { exchange2003 } from './exchange2003';
import { googlegroups } from './googlegroups';
import { gmail } from './gmail';
import { amazonworkmail } from './amazonworkmail';
import { amazonses } from './amazonses';
import { sendgrid } from './sendgrid';
import { yahoo } from './yahoo';
import { aol } from './aol';
import { mailru } from './mailru';
import { yandex } from './yandex';
import { gmx } from './gmx';
import { einsundeins } from './einsundeins';
import { zoho } from './zoho';
import { facebook } from './facebook';
import { messagelabs } from './messagelabs';
import { mimecast } from './mimecast';
import { barracuda } from './barracuda';
import { mcafee } from './mcafee';
import { kddi } from './kddi';
import { ezweb } from './ezweb';
import { biglobe } from './biglobe';
import { verizon } from './verizon';
import { domino } from './domino';
import { notes } from './notes';
import { courier } from './courier';
import { opensmtpd } from './opensmtpd';
import { messagingserver } from './messagingserver';
import { mailfoundry } from './mailfoundry';
import { interscanmss } from './interscanmss';
import { imailserver } from './imailserver';
import { activehunter } from './activehunter';
import { amavis } from './amavis';
import { apachejames } from './apachejames';
import { bigfoot } from './bigfoot';
import { dragonfly } from './dragonfly';
import { fml } from './fml';
import { mailmarshalsmtp } from './mailmarshalsmtp';
import { mfilter } from './mfilter';
import { mxlogic } from './mxlogic';
import { powermta } from './powermta';
import { surfcontrol } from './surfcontrol';
import { qmail } from './qmail';
import { postfix } from './postfix';
import { exim } from './exim';
import { sendmail } from './sendmail';
import type { NoticeView, Reporter, StructuredNotice } from './types';
export type { Draft, NoticeView, Reporter, StructuredNotice } from './types';

export const REPORTERS: readonly Reporter[] = [
  office365,
  outlook,
  exchange2007,
  exchange2003,
  googlegroups,
  gmail,
  amazonworkmail,
  amazonses,
  sendgrid,
  yahoo,
  aol,
  mailru,
  yandex,
  gmx,
  einsundeins,
  zoho,
  facebook,
  messagelabs,
  mimecast,
  barracuda,
  mcafee,
  kddi,
  ezweb,
  biglobe,
  verizon,
  domino,
  notes,
  courier,
  opensmtpd,
  messagingserver,
  mailfoundry,
  interscanmss,
  imailserver,
  activehunter,
  amavis,
  apachejames,
  bigfoot,
  dragonfly,
  fml,
  mailmarshalsmtp,
  mfilter,
  mxlogic,
  powermta,
  surfcontrol,
  qmail,
  postfix,
  exim,
  sendmail,
];

const DAEMON_FROM = /mailer-daemon|postmaster|mail delivery|mail administrator|post_master|daemon/;

function matches(reporter: Reporter, notice: NoticeView, head: string): boolean {
  const signals = reporter.signals;
  if (signals.from && signals.from.test(notice.from)) return true;
  if (signals.subject && signals.subject.test(notice.subject)) return true;
  if (!notice.rendered) {
    if (signals.headers) for (const name of signals.headers) if (notice.header(name) !== null) return true;
    if (signals.headerValues) {
      for (const [name, pattern] of signals.headerValues) {
        const value = notice.header(name);
        if (value !== null && pattern.test(value)) return true;
      }
    }
  }
  if (signals.text && signals.text.test(head)) return true;
  if (signals.textWithDaemon && DAEMON_FROM.test(notice.from) && signals.textWithDaemon.test(head)) return true;
  return false;
}

export function detectReporter(notice: NoticeView): Reporter | null {
  // family wording sits in the first screenful of a notice
  const head = notice.text.length > 4000 ? notice.text.slice(0, 4000) : notice.text;
  for (const reporter of REPORTERS) if (matches(reporter, notice, head)) return reporter;
  return null;
}

export function reporterById(id: string): Reporter | null {
  for (const reporter of REPORTERS) if (reporter.id === id) return reporter;
  return null;
}

/** A family's own machine-readable report format, when the message is one. */
export function readStructured(notice: NoticeView): { reporter: Reporter; notice: StructuredNotice } | null {
  for (const reporter of REPORTERS) {
    if (!reporter.structured) continue;
    const structured = reporter.structured(notice);
    if (structured) return { reporter, notice: structured };
  }
  return null;
}
