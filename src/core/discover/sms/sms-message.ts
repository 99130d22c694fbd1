/**
 * One text message as a reader hands it on. It lives only while the tally looks at it:
 * the body is read for a code word and a 【signature】 and then dropped, never kept.
 */
export interface SmsMessage {
  /** The sender as the export spells it: a name ("OZON"), a short code or a number. */
  sender: string
  /** The name the phone's address book gave the sender, where the export has one. */
  contactName: string | null
  /** Milliseconds since 1970, or null when the export's date cannot be read. */
  date: number | null
  body: string
  /** Received by the number; sent messages say nothing about what it is tied to. */
  received: boolean
  /**
   * The SIM the message came to, as the export records it: Android's `sub_id` ("-1" when
   * the phone did not know, or the export is older than dual SIMs), or the receiving line
   * an iPhone's database keeps. "-1" when the export says nothing.
   */
  sim: string
}

/** The SIM of a message whose export does not say. */
export { UNKNOWN_SIM_ID as UNKNOWN_SIM } from '../../../shared/domain/import-plan'
