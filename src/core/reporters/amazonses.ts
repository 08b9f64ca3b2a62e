import { actionValue } from '../dsn';
import { mayContain, patternKeys } from '../knowledge/prefilter';
import type { Draft, Reporter, StructuredNotice } from './types';

/**
 * Amazon SES also reports through SNS as JSON mailed to the sender ("AWS Notification Message"),
 * sometimes wrapped once more as an escaped string inside an SNS envelope. Read the few keys we
 * need with small patterns: SNS wraps long lines, which breaks JSON.parse on real messages.
 */
const NOTIFICATION_KEY = /notificationType|eventType/;
const NOTIFICATION_KEYS = patternKeys(NOTIFICATION_KEY);
const NOTIFICATION_TYPE = /"(?:notificationType|eventType)"\s*:\s*"(\w{1,20})"/;
const KIND_OF_TYPE: Record<string, StructuredNotice['kind']> = { Bounce: 'failure', Complaint: 'feedback', Delivery: 'delivered', DeliveryDelay: 'delay' };
const LIST_OF_TYPE: Record<string, string> = { Bounce: 'bouncedRecipients', Complaint: 'complainedRecipients', Delivery: 'recipients', DeliveryDelay: 'delayedRecipients' };

function stringValue(text: string, key: string): string | null {
  const match = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){0,2000})"`).exec(text);
  return match ? match[1]!.replace(/\\(.)/g, '$1') : null;
}

function parseNotification(text: string): StructuredNotice | null {
  if (text.indexOf('Type') < 0) return null;
  const unescaped = text.replace(/\\"/g, '"').replace(/!?\n /g, '');
  const type = NOTIFICATION_TYPE.exec(unescaped)?.[1];
  if (!type || !Object.hasOwn(KIND_OF_TYPE, type)) return null;
  const listKey = `"${LIST_OF_TYPE[type]}"`;
  const listStart = unescaped.indexOf(listKey);
  if (listStart < 0) return null;
  const listEnd = unescaped.indexOf(']', listStart);
  const list = unescaped.slice(listStart + listKey.length, listEnd < 0 ? undefined : listEnd);
  const smtpResponse = stringValue(unescaped, 'smtpResponse');
  const drafts: Draft[] = [];
  const entries = list.includes('{') ? list.split('}') : list.split(',');
  for (const entry of entries) {
    const address = entry.includes('{') ? stringValue(entry, 'emailAddress') : /"([^"\s@]{1,254}@[^"\s]{1,254})"/.exec(entry)?.[1] ?? null;
    if (!address) continue;
    const diagnostic = stringValue(entry, 'diagnosticCode') ?? smtpResponse;
    drafts.push({
      address: address.toLowerCase(),
      action: actionValue(stringValue(entry, 'action')),
      status: stringValue(entry, 'status'),
      reply: null,
      diagnostic,
      remoteMta: stringValue(unescaped, 'remoteMtaIp'),
      willRetryUntil: null,
    });
  }
  return { kind: KIND_OF_TYPE[type]!, drafts };
}

export const amazonses: Reporter = {
  id: 'amazonses',
  name: 'Amazon SES',
  signals: {
    from: /amazonses\.com|amazonaws\.com/,
    headers: ['x-ses-outgoing'],
    text: /amazonses\.com|amazonaws\.com|An error occurred while trying to deliver the mail to the following recipients/,
  },
  // Runs on every notice: one regex scan answered in 0.10 µs a rendered corpus notice, two includes in 0.34 µs.
  structured: (notice) => (mayContain(notice.index, NOTIFICATION_KEYS) && NOTIFICATION_KEY.test(notice.text) ? parseNotification(notice.text) : null),
};
