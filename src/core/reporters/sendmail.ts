import type { Reporter } from './types';

/**
 * Sendmail heads each group of recipients with its outcome ("----- The following addresses had permanent
 * fatal errors -----", "… transient non-fatal errors -----", "… successful delivery notifications -----",
 * its savemail.c). Recipients under the last one were delivered or relayed: what a webmail shows of the
 * notice has no DSN Action to say so. (The generic outcome headings of analyze.ts read a recipient by its
 * first mention; Sendmail names an alias first as another's "(expanded from: <…>)", and says "relayed".)
 */
const SUCCESS_SECTION = /-{3,} The following addresses had successful delivery notifications -{3,}\n/;
/** Where a section ends: the next heading, or a blank line. */
const SECTION_END = /\n[ \t]*-{3,} |\n[ \t]*\n/;

export const sendmail: Reporter = {
  id: 'sendmail',
  name: 'Sendmail',
  signals: {
    subject: /^Returned mail: |^Warning: could not send message|^Postmaster notify/,
    text: /----- The following addresses had permanent fatal errors -----|----- Transcript of session follows -----/,
  },
  refine(drafts, notice) {
    // (the heading's words looked for before the pattern that finds its line: most notices have none)
    if (!notice.text.includes('successful delivery notifications')) return;
    const heading = SUCCESS_SECTION.exec(notice.text);
    if (!heading) return;
    const start = heading.index + heading[0].length;
    const end = SECTION_END.exec(notice.text.slice(start));
    const section = notice.text.slice(start, end ? start + end.index : undefined).toLowerCase();
    for (const draft of drafts) {
      const address = draft.address?.toLowerCase();
      if (draft.action !== null || !address) continue;
      const at = section.indexOf(address);
      if (at < 0) continue;
      const lineEnd = section.indexOf('\n', at);
      const line = section.slice(at, lineEnd < 0 ? undefined : lineEnd);
      draft.action = line.includes('relayed') ? 'relayed' : 'delivered';
    }
  },
};
