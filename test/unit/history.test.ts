import { describe, expect, it } from 'vitest';
import { CAUSES, getCause } from '../../src/core/knowledge/index';
import { analyze } from '../../src/core/index';
import {
  appendEntry, domainOf, entryFor, findRepeat, HISTORY_MAX, HISTORY_MAX_RECIPIENTS, isTemporary, listHistory,
  REPEAT_WINDOW_MS, sanitizeHistory, type HistoryEntry,
} from '../../src/history/history';
import { diagnosisFromEntry, persistsActor } from '../../src/history/knowledge';
import { HistoryRecorder } from '../../src/history/recorder';
import { clearHistory, HISTORY_KEY, HISTORY_OFF_KEY, readHistory, setHistoryOff } from '../../src/history/store';
import { diagnosis, FakeArea, recipient } from './content/helpers';

const DAY = 24 * 3600_000;
/** Wednesday 4 March 2026, 10:00 local time. */
const WED = new Date(2026, 2, 4, 10, 0).getTime();

function entry(over: Partial<HistoryEntry> & { address?: string; status?: string; reply?: number; action?: 'delayed' | 'failed' } = {}): HistoryEntry {
  const { address = 'lee@example.net', status = '4.2.1', reply = 450, action = 'delayed', ...rest } = over;
  return {
    id: `id-${Math.random()}`,
    seen: WED,
    at: WED,
    site: 'mail.google.com',
    kind: action === 'delayed' ? 'delay' : 'failure',
    reporter: 'postfix',
    recipients: [{ address, action, reply, status, reason: 'speeding', evidence: 'status', cause: 'recipient-rate-limit', verdict: action === 'delayed' ? 'wait' : 'act', actor: 'nobody' }],
    more: 0,
    ...rest,
  };
}

const alwaysRecipient = () => 'recipient' as const;

describe('history entries', () => {
  it('keep the facts of a bounce and never its text', () => {
    const d = diagnosis({
      recipients: [recipient({ address: 'kim@example.org', diagnostic: 'SECRET server words', remoteMta: 'mx.secret.example', reasonEvidence: { kind: 'words', text: 'SECRET quote' } })],
    });
    const e = entryFor(d, { id: 'x', site: 'mail.google.com', seen: WED, sent: WED - 1000 })!;
    expect(e).toMatchObject({ id: 'x', site: 'mail.google.com', seen: WED, at: WED - 1000, kind: 'delay', reporter: 'gmail', more: 0 });
    expect(e.recipients[0]).toEqual({
      address: 'kim@example.org', action: 'delayed', reply: 450, status: '4.2.1', reason: 'speeding', evidence: 'words', cause: 'test-receiving-rate', verdict: 'wait', actor: 'nobody',
    });
    const stored = JSON.stringify(e);
    expect(stored).not.toContain('SECRET');
    expect(stored).not.toContain('mx.secret');
    expect(stored).not.toContain('receiving mail too quickly');
  });

  it('are made for bounces only, and a sent date in the future counts as "when seen"', () => {
    expect(entryFor(diagnosis({ bounce: false, kind: 'delivered' }), { id: 'x', site: 's', seen: WED })).toBeNull();
    expect(entryFor(diagnosis({ kind: 'autoreply' }), { id: 'x', site: 's', seen: WED })).toBeNull();
    expect(entryFor(diagnosis(), { id: 'x', site: 's', seen: WED, sent: WED + DAY })!.at).toBe(WED);
    expect(entryFor(diagnosis(), { id: 'x', site: 's', seen: WED, sent: NaN })!.at).toBe(WED);
  });

  it('keep at most HISTORY_MAX_RECIPIENTS recipients and count the rest', () => {
    const many = Array.from({ length: HISTORY_MAX_RECIPIENTS + 7 }, (_, i) => recipient({ address: `r${i}@example.org` }));
    const e = entryFor(diagnosis({ recipients: many }), { id: 'x', site: 's', seen: WED })!;
    expect(e.recipients).toHaveLength(HISTORY_MAX_RECIPIENTS);
    expect(e.more).toBe(7);
  });

  it('the list keeps the latest HISTORY_MAX notices and does not add one twice', () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_MAX + 5; i++) list = appendEntry(list, entry({ id: `n${i}`, seen: WED + i }));
    expect(list).toHaveLength(HISTORY_MAX);
    expect(list[0]!.id).toBe('n5');
    expect(list.at(-1)!.id).toBe(`n${HISTORY_MAX + 4}`);
    const again = appendEntry(list, entry({ id: 'n100', seen: WED + 10 * DAY }));
    expect(again).toHaveLength(HISTORY_MAX);
    expect(again.find((e) => e.id === 'n100')!.seen).toBe(WED + 100);
  });

  it('reads back only well-formed entries', () => {
    const good = entry({ id: 'good' });
    expect(sanitizeHistory([good, null, 3, { id: 'x' }, { ...good, kind: 'delivered' }, { ...good, recipients: [null] }])).toEqual([good]);
    expect(sanitizeHistory('nonsense')).toEqual([]);
    expect(sanitizeHistory(undefined)).toEqual([]);
  });

  it('lists newest first and filters by every word typed', () => {
    const list = [
      entry({ id: 'a', seen: 1, address: 'kim@example.org', status: '5.1.1', reply: 550, action: 'failed' }),
      entry({ id: 'b', seen: 3, address: 'lee@example.net', site: 'outlook.office.com' }),
      entry({ id: 'c', seen: 2, address: 'sam@example.org', status: '4.7.1', reply: 451 }),
      entry({ id: 'd', seen: 3, address: 'ana@example.com' }),
    ];
    expect(listHistory(list).map((e) => e.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(listHistory(list, 'example.org').map((e) => e.id)).toEqual(['c', 'a']);
    expect(listHistory(list, '  550   KIM ').map((e) => e.id)).toEqual(['a']);
    expect(listHistory(list, 'outlook').map((e) => e.id)).toEqual(['b']);
    expect(listHistory(list, 'userunknown')).toEqual([]);
  });

  it('domains and temporary problems', () => {
    expect(domainOf('Kim@Example.ORG')).toBe('example.org');
    expect(domainOf('kim@')).toBeNull();
    expect(domainOf(null)).toBeNull();
    expect(isTemporary({ action: 'delayed', reply: null, status: null }, 'failure')).toBe(true);
    expect(isTemporary({ action: null, reply: null, status: null }, 'delay')).toBe(true);
    expect(isTemporary({ action: 'failed', reply: 550, status: '4.4.7' }, 'failure')).toBe(true);
    expect(isTemporary({ action: 'failed', reply: 451, status: null }, 'failure')).toBe(true);
    expect(isTemporary({ action: 'failed', reply: 550, status: '5.1.1' }, 'failure')).toBe(false);
  });
});

describe('repeats', () => {
  const current = (over: Partial<HistoryEntry> = {}) => entry({ id: 'now', at: WED, ...over });

  it('counts earlier delays from the same domain when one was on an earlier day', () => {
    const history = [
      entry({ id: 'mon', at: WED - 2 * DAY }),
      entry({ id: 'tue', at: WED - DAY + 3600_000 }),
      entry({ id: 'other-domain', at: WED - DAY, address: 'kim@example.org' }),
      entry({ id: 'permanent', at: WED - DAY, status: '5.1.1', reply: 550, action: 'failed' }),
      entry({ id: 'later', at: WED + 3600_000 }),
    ];
    expect(findRepeat(history, current(), alwaysRecipient)).toEqual({
      ordinal: 3, domain: 'example.net', since: WED - 2 * DAY, delaysOnly: true, persists: 'recipient',
    });
  });

  it('says nothing when all earlier ones were today, or outside the window, or this one is permanent', () => {
    expect(findRepeat([entry({ at: WED - 3600_000 })], current(), alwaysRecipient)).toBeNull();
    expect(findRepeat([entry({ at: WED - REPEAT_WINDOW_MS - DAY })], current(), alwaysRecipient)).toBeNull();
    expect(findRepeat([entry({ at: WED - DAY })], current({ recipients: [{ ...entry().recipients[0]!, action: 'failed', status: '5.1.1', reply: 550 }], kind: 'failure' }), alwaysRecipient)).toBeNull();
    expect(findRepeat([], current(), alwaysRecipient)).toBeNull();
  });

  it('a notice opened again is not its own repeat, and today\'s others count once an earlier day exists', () => {
    const self = current();
    expect(findRepeat([self, entry({ id: 'x', at: WED - 600_000 })], self, alwaysRecipient)).toBeNull();
    const note = findRepeat([entry({ at: WED - 3 * DAY }), entry({ at: WED - 600_000 }), self], self, alwaysRecipient);
    expect(note?.ordinal).toBe(3);
  });

  it('a temporary failure among them is said, and the knowledge base decides the "if it persists" actor', () => {
    const history = [entry({ at: WED - DAY, action: 'failed', status: '4.4.7', reply: 451 })];
    expect(findRepeat(history, current(), () => null)).toMatchObject({ ordinal: 2, delaysOnly: false, persists: null });
  });

  it('persistsActor follows the knowledge base: the ifPersists actor of causes that clear by themselves', () => {
    expect(CAUSES.length).toBeGreaterThan(10);
    let named = 0;
    for (const c of CAUSES) {
      const expected = c.temporary === 'clears-by-itself' && c.ifPersists !== 'nobody' ? c.ifPersists : null;
      expect(persistsActor(c.id, null), c.id).toBe(expected);
      if (expected) named++;
    }
    expect(named).toBeGreaterThan(0);
    expect(persistsActor('no-such-cause', null)).toBeNull();
  });

  it("persistsActor depends on the reporter where the cause is that system's own side", () => {
    // Microsoft 365 reporting its own organisation queue quota: the sender's organisation's backlog
    expect(persistsActor('org-queue-quota', 'office365')).toBe('sender-admin');
    expect(persistsActor('org-queue-quota', 'postfix')).toBe(getCause('org-queue-quota')!.ifPersists);
    expect(getCause('org-queue-quota')!.ifPersists).not.toBe('sender-admin');
  });
});

describe('history storage', () => {
  const delayText = `This is the mail system at host mx1.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<lee@example.net>: host mx.example.net[192.0.2.60] said: 450-4.2.1 The user
    you are trying to contact is receiving mail at a rate that prevents
    additional messages from being delivered. (in reply to end of DATA command)
`;

  it('records each notice once, answers with the repeat note, and keeps nothing when switched off', async () => {
    const area = new FakeArea();
    let now = WED - 2 * DAY;
    const recorder = new HistoryRecorder(area, () => now);
    const d = analyze(delayText);
    expect(d.bounce).toBe(true);
    expect(await recorder.seen(d, { id: 'mon', site: 'mail.google.com' })).toBeNull();
    now = WED - DAY;
    const second = await recorder.seen(d, { id: 'tue', site: 'mail.google.com' });
    expect(second).toMatchObject({ ordinal: 2, domain: 'example.net', delaysOnly: true });
    // The cause clears by itself (a rate limit): the note names who should look into it if it persists.
    expect(second?.persists).toBe(persistsActor(d.recipients[0]!.cause, d.reporter));
    expect(second?.persists).not.toBeNull();
    now = WED;
    // Monday's notice opened again on Wednesday: no new entry, and it is still the first.
    expect(await recorder.seen(d, { id: 'mon', site: 'mail.google.com' })).toBeNull();
    expect((await readHistory(area)).map((e) => e.id)).toEqual(['mon', 'tue']);
    expect(await recorder.seen(d, { id: 'wed', site: 'outlook.office.com', date: new Date(WED - 3600_000).toISOString() })).toMatchObject({ ordinal: 3 });
    const stored = await readHistory(area);
    expect(stored.map((e) => [e.id, e.site])).toEqual([['mon', 'mail.google.com'], ['tue', 'mail.google.com'], ['wed', 'outlook.office.com']]);
    expect(stored[2]!.at).toBe(WED - 3600_000);
    expect(JSON.stringify(area.data.get(HISTORY_KEY))).not.toContain('receiving mail at a rate');

    expect(await setHistoryOff(area, true)).toBe(3);
    expect(area.data.has(HISTORY_KEY)).toBe(false);
    expect(area.data.get(HISTORY_OFF_KEY)).toBe(true);
    now = WED + DAY;
    expect(await recorder.seen(d, { id: 'thu', site: 'mail.google.com' })).toBeNull();
    expect(area.data.has(HISTORY_KEY)).toBe(false);
    await setHistoryOff(area, false);
    await recorder.seen(d, { id: 'fri', site: 'mail.google.com' });
    expect((await readHistory(area)).map((e) => e.id)).toEqual(['fri']);
    expect(await clearHistory(area)).toBe(1);
    expect(await readHistory(area)).toEqual([]);
  });

  it('notices from several tabs at once are all kept (writes are chained), and a failing storage does not stop later ones', async () => {
    const area = new FakeArea();
    const recorder = new HistoryRecorder(area, () => WED);
    const d = analyze(delayText);
    await Promise.all(Array.from({ length: 10 }, (_, i) => recorder.seen(d, { id: `tab${i}`, site: 'mail.google.com' })));
    expect((await readHistory(area)).map((e) => e.id)).toEqual(Array.from({ length: 10 }, (_, i) => `tab${i}`));
    area.failing = true;
    await expect(recorder.seen(d, { id: 'lost', site: 'x' })).rejects.toThrow();
    area.failing = false;
    await recorder.seen(d, { id: 'after', site: 'x' });
    expect((await readHistory(area)).at(-1)!.id).toBe('after');
  });

  it('a listed notice opens to a panel with the knowledge base\'s advice, without the words it never kept', () => {
    const e = entryFor(analyze(delayText), { id: 'x', site: 'mail.google.com', seen: WED })!;
    const d = diagnosisFromEntry(e);
    expect(d).toMatchObject({ bounce: true, kind: 'delay', reporter: e.reporter });
    expect(d.recipients[0]).toMatchObject({ address: 'lee@example.net', status: '4.2.1', reply: 450, verdict: 'wait', diagnostic: null, remoteMta: null });
    // The kind of evidence survives, its words do not.
    expect(d.recipients[0]!.reasonEvidence).toEqual({ kind: analyze(delayText).recipients[0]!.reasonEvidence.kind, text: '' });
    expect(d.advice?.steps.length).toBeGreaterThan(0);
    expect(d.reporterName).toBeTruthy();
  });
});
