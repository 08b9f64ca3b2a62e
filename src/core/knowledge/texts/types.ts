import type { Actor } from '../../types';

/**
 * Everything a cause says, in one language. Two layers: the plain one for the person whose message
 * bounced (no DNS, PTR, MX, SPF, DKIM, DMARC, TLS, SMTP, greylisting or IP words: `happened`, `next`,
 * `youDo`, `resend`), and the technical one for their IT admin or e-mail provider (`title`,
 * `explanation`, `adminSteps`). Translations are files of this shape keyed by the same cause ids.
 */
export interface CauseText {
  /** Technical title: the heading of the admin section, the CLI's cause line ("Recipient mailbox is full"). */
  title: string;
  /**
   * What happened, plain, as the first half of the headline. `{address}` stands for the failed address
   * (shown bold); it is replaced by "the recipient" when the notice names none.
   * "{address} doesn't exist", "{address}'s mailbox is full", "Your mail server is being turned away".
   */
  happened: string;
  /**
   * What the sender does, plain, as the second half of the headline, lower-case, without "send again"
   * (the state adds that): "check the address", "let them know", "forward this to your IT admin".
   */
  next: string;
  /**
   * What the sender does, plain: at most two steps (the resend answer from the notice's state is added
   * as a third). Concrete, short, one action each.
   */
  youDo: string[];
  /**
   * The resend answer once the message was refused or the server gave up, plain, when the default of the
   * cause's actor does not fit ("Send it again to the corrected address.", "Send it again in an hour or two.").
   */
  resend?: string;
  /**
   * The resend answer while the server still retries, for the few causes where the waiting copy cannot get
   * through as it is (too many recipients in one message): the default says not to resend.
   */
  resendWhileRetrying?: string;
  /** For the IT admin: what the server's refusal means, technically. */
  explanation: string;
  /** For the IT admin: what they check and change (records, settings, delisting, who to contact). */
  adminSteps: string[];
}

/** The sentences the advice is assembled with (translatable as a whole). */
export interface AdviceStrings {
  /** Who acts, as the panel names them ("you", "your IT admin or e-mail provider"). */
  actors: Record<Actor, string>;
  /** What `{address}` becomes when the notice names no address ("the recipient"). */
  unknownAddress: string;
  /** "3 recipients". */
  countOfRecipients: (count: number) => string;
  /** Headline after a final failure or refusal: "{happened} — {next}, then send again". */
  headlineFinal: (happened: string, next: string) => string;
  /** Headline while the server retries a problem that needs someone's fix: "{happened} — {next}. Don't resend." */
  headlineFixWhileRetrying: (happened: string, next: string) => string;
  /** Headline while the retries will most likely deliver it: "Not delivered yet to {address} — nothing to do". */
  headlineWaiting: (address: string) => string;
  /** Headlines for several recipients: how many failed, and whether for one reason or several. */
  headlineSeveralSame: (count: number, next: string) => string;
  headlineSeveralDifferent: (count: number, problems: number) => string;
  headlineNotBounce: string;
  /** The resend answer while the server retries and will most likely deliver it. */
  resendWhileWaiting: string;
  /** The resend answer while the server retries a problem that needs a fix. */
  resendWhileFixing: string;
  /** The resend answer after a refusal or the end of retries, by who must act first (cause texts may override). */
  resendAfterYourFix: string;
  resendAfterTheirFix: (who: string) => string;
  resendLater: string;
  /** Added to "what you do" while waiting. */
  urgentAnotherWay: string;
  /** Added when someone other than the sender must act and cannot be told by e-mail. */
  tellRecipient: string;
  /** Technical sentences of the admin layer. */
  stillRetrying: string;
  needsFixWhileRetrying: (who: string) => string;
  gaveUp: string;
}
