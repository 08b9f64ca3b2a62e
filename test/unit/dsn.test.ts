import { describe, expect, it } from 'vitest';
import { actionValue, addressValue, diagnosticValue, field, hostValue, parseDeliveryStatus, statusValue } from '../../src/core/dsn';

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

describe('field values', () => {
  it('cleans addresses', () => {
    expect(addressValue('rfc822; <User@Example.NET>')).toBe('user@example.net');
    expect(addressValue('RFC822;user@example.net.')).toBe('user@example.net');
    expect(addressValue('rfc822;@relay.example.com:user@host')).toBe('user@host');
    expect(addressValue(null)).toBeNull();
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
