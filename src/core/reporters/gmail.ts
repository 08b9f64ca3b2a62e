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
    const only = drafts[0];
    if (drafts.length !== 1 || !only || only.reply !== null) return;
    const response = RESPONSE.exec(notice.text);
    if (!response) return;
    const words = response[1]!.trim();
    if (!only.diagnostic?.includes(words.slice(0, 40))) only.diagnostic = words;
  },
};
