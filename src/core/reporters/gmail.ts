import type { Reporter } from './types';

/**
 * Gmail's notices give the server's own words under "The response was:" (Google's side: DNS errors,
 * "did not accept our requests to connect"), "The response from the remote server was:" or, in the
 * older style, "The error that the other server returned was:"; the sentence above them is Gmail's
 * summary ("… because the remote server is misconfigured"). When no reply code was read for a
 * recipient, those words are its diagnostic, not the summary around its address.
 */
const RESPONSE = /(?:the response (?:from the remote server )?was|the error that the other server returned was):[ \t]*\n+[ \t]*([^\n]+(?:\n[ \t]*[^\s][^\n]*){0,3})/i;

export const gmail: Reporter = {
  id: 'gmail',
  name: 'Gmail / Google Workspace',
  signals: {
    from: /mailer-daemon@(?:googlemail|gmail|google)\.com/,
    text: /Gmail will retry|Google tried to deliver your message|\*\* (?:Address not found|Message not delivered|Delivery incomplete|Message blocked) \*\*/i,
  },
  refine(drafts, notice) {
    // One response stands for every recipient the notice names in its sentence ("There was a problem
    // delivering your message to ann@…, bob@… and cy@…"); several are each their recipient's.
    if (drafts.length === 0 || drafts.some((draft) => draft.reply !== null)) return;
    const response = RESPONSE.exec(notice.text);
    if (!response || (drafts.length > 1 && RESPONSE.test(notice.text.slice(response.index + response[0].length)))) return;
    const words = response[1]!.trim();
    for (const draft of drafts) {
      if (!draft.diagnostic?.includes(words.slice(0, 40))) draft.diagnostic = words;
    }
  },
};
