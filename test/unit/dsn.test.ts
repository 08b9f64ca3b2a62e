import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionValue, addressValue, diagnosticValue, field, forEachRecipient, hostValue, parseDeliveryStatus, statusValue, trimChars } from '../../src/core/dsn';
import type { RecipientFields } from '../../src/core/dsn';

const TWO_RECIPIENTS = [
  'Reporting-MTA: dns; mx.example.com',
  'Arrival-Date: Tue, 3 Mar 2026 10:00:00 +0000',
  '',
  'Final-Recipient: rfc822; first@example.net',
  'Original-Recipient: rfc822;First@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx1.example.net',
  'Diagnostic-Code: smtp; 550 5.1.1 <first@example.net>: Recipient address',
  '    rejected: User unknown',
  '',
  'Final-Recipient: rfc822; second@example.net',
  'Action: delayed',
  'Status: 4.2.2',
  'Will-Retry-Until: Fri, 6 Mar 2026 10:00:00 +0000',
].join('\n');

describe('parseDeliveryStatus', () => {
  it('separates per-message and per-recipient fields and unfolds values', () => {
    const status = parseDeliveryStatus(TWO_RECIPIENTS);
    expect(field(status.message, 'reporting-mta')).toBe('dns; mx.example.com');
    expect(status.recipients).toHaveLength(2);
    expect(field(status.recipients[0]!, 'diagnostic-code')).toBe('smtp; 550 5.1.1 <first@example.net>: Recipient address rejected: User unknown');
    expect(field(status.recipients[1]!, 'will-retry-until')).toBe('Fri, 6 Mar 2026 10:00:00 +0000');
  });

  it('splits recipients that are not separated by blank lines', () => {
    const status = parseDeliveryStatus(TWO_RECIPIENTS.replace(/\n\nFinal-Recipient: rfc822; second/, '\nFinal-Recipient: rfc822; second'));
    expect(status.recipients.map((block) => addressValue(field(block, 'final-recipient')))).toEqual(['first@example.net', 'second@example.net']);
  });

  it('keeps an Action-first block together (field order is free)', () => {
    const status = parseDeliveryStatus('Reporting-MTA: dns; a.example.com\n\nAction: failed\nFinal-Recipient: rfc822; x@example.net\nOriginal-Recipient: rfc822; x@example.net\nStatus: 5.1.1\n');
    expect(status.recipients).toHaveLength(1);
    expect(field(status.recipients[0]!, 'status')).toBe('5.1.1');
  });
});

describe('forEachRecipient', () => {
  const read = (text: string): RecipientFields[] => {
    const out: RecipientFields[] = [];
    forEachRecipient(text, (fields) => out.push({ ...fields }));
    return out;
  };
  // what the analyzer used to read from parseDeliveryStatus()'s blocks
  const viaBlocks = (text: string): RecipientFields[] =>
    parseDeliveryStatus(text).recipients.map((block) => ({
      finalRecipient: field(block, 'final-recipient'),
      originalRecipient: field(block, 'original-recipient'),
      actualRecipient: field(block, 'x-actual-recipient'),
      action: field(block, 'action'),
      status: field(block, 'status'),
      diagnosticCode: block.get('diagnostic-code')?.join(' ') ?? null,
      remoteMta: field(block, 'remote-mta'),
      willRetryUntil: field(block, 'will-retry-until'),
    }));

  it('reads the blocks parseDeliveryStatus calls recipients, folding and repeats included', () => {
    const text = [
      'Reporting-MTA: dns; mx.example.com',
      '',
      'final-recipient : rfc822; a@example.net',
      'Action: failed',
      'Action: delayed',
      '   (folded onto the second Action, not the first)',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 first',
      '  line folded',
      'Diagnostic-Code: second part',
      '\tfolded too',
      'X-Unknown: value',
      '   folded onto an unread field',
      'Final-Recipient: rfc822; b@example.net',
      'Original-Recipient: rfc822; B@example.net',
      'Status:   4.2.2   ',
      '  ',
      'Arrival-Date: only message fields here',
      '',
      'Will-Retry-Until: Fri, 6 Mar 2026 10:00:00 +0000',
      'X-Actual-Recipient: rfc822; c@example.net',
    ].join('\n');
    const fields = read(text);
    expect(fields).toEqual(viaBlocks(text));
    expect(fields.map((f) => f.finalRecipient)).toEqual(['rfc822; a@example.net', 'rfc822; b@example.net', null]);
    expect(fields[0]!.action).toBe('failed');
    expect(fields[0]!.diagnosticCode).toBe('smtp; 550 first line folded second part folded too');
    expect(fields[1]!.status).toBe('4.2.2');
    expect(fields[2]!.willRetryUntil).toBe('Fri, 6 Mar 2026 10:00:00 +0000');
  });

  it('agrees with parseDeliveryStatus on the two-recipient DSN', () => {
    expect(read(TWO_RECIPIENTS)).toEqual(viaBlocks(TWO_RECIPIENTS));
  });
});

describe('field values', () => {
  it('cleans addresses', () => {
    expect(addressValue('rfc822; <User@Example.NET>')).toBe('user@example.net');
    expect(addressValue('RFC822;user@example.net.')).toBe('user@example.net');
    expect(addressValue('rfc822;@relay.example.com:user@host')).toBe('user@host');
    expect(addressValue(null)).toBeNull();
    // the plain-address shortcut and the general path agree
    expect(addressValue('rfc822; Plain.User@Example.NET')).toBe('plain.user@example.net');
    expect(addressValue('rfc822; plain@example.net.')).toBe('plain@example.net');
    expect(addressValue('rfc822; "quoted user"@example.net')).toBe('"quoted user"@example.net');
  });

  it('reads actions, statuses, hosts and diagnostics', () => {
    expect(actionValue('Failed')).toBe('failed');
    expect(actionValue('delayed (will retry)')).toBe('delayed');
    expect(actionValue('unknown')).toBeNull();
    expect(statusValue('5.0.0 (permanent failure)')).toBe('5.0.0');
    expect(statusValue('4.04.001')).toBe('4.4.1');
    expect(statusValue('none')).toBeNull();
    expect(hostValue('dns; mx1.example.net.')).toBe('mx1.example.net');
    expect(hostValue('dns; [192.0.2.1]')).toBe('192.0.2.1');
    expect(diagnosticValue('smtp;  550   5.1.1   user   unknown ')).toBe('550 5.1.1 user unknown');
    expect(diagnosticValue('X-Postfix; host mx.example.net said: 450 try later')).toBe('host mx.example.net said: 450 try later');
  });
});

describe('trimChars', () => {
  // The loop compares character codes in place; it must strip what the set-membership version
  // (each end character looked up in the list, tabs always) strips.
  const reference = (text: string, leading: string, trailing: string): string => {
    let start = 0;
    let end = text.length;
    while (start < end && (leading.includes(text[start]!) || text[start] === '\t')) start++;
    while (end > start && (trailing.includes(text[end - 1]!) || text[end - 1] === '\t')) end--;
    return text.slice(start, end);
  };
  const pieces = fc.constantFrom(' ', '"', "'", '(', '<', ')', '>', '\t', '\n', '.', ',', ';', ':', 'a', 'é', '—', '550', '\u00a0');
  it('strips exactly the listed characters and tabs from each end', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.constantFrom(' "\'(<', "'<( "), fc.constantFrom(' "\')>', ">') .,;:"), (parts, leading, trailing) => {
        const text = parts.join('');
        return trimChars(text, leading, trailing) === reference(text, leading, trailing);
      }),
      { numRuns: 3000 },
    );
  });
});
