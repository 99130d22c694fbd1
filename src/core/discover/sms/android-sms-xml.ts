import { UNKNOWN_SIM, type SmsMessage } from './sms-message'
import { xmlEvents } from './xml-tag-scanner'

/** Android's message boxes: 1 is the inbox (received); the rest were sent or drafts. */
const RECEIVED = '1'
/** In an MMS's address list, type 137 is the sender (PduHeaders.FROM). */
const MMS_FROM = '137'

/** What the address book said, unless the export's placeholder for "none". */
function contactName(value: string | undefined): string | null {
  const name = (value ?? '').trim()
  return name === '' || name === '(Unknown)' || name === 'null' ? null : name
}

/** The subscription a message came to; older backups have none, "-1" means unknown. */
function simOf(value: string | undefined): string {
  const id = (value ?? '').trim()
  return /^-?\d{1,10}$/.test(id) ? String(Number(id)) : UNKNOWN_SIM
}

function dateOf(value: string | undefined): number | null {
  const ms = Number(value)
  return Number.isFinite(ms) && ms > 0 ? ms : null
}

/**
 * The messages of an "SMS Backup & Restore" XML file (`<smses><sms …/><mms>…</mms>`), in
 * file order, read as a stream. An SMS's box is its `type`; an MMS's is `msg_box`, its
 * sender the address of type 137 and its text the text/plain parts. Both carry the SIM
 * they came to as `sub_id` on a dual-SIM phone.
 */
export async function* androidSmsMessages(
  chunks: AsyncIterable<Uint8Array | string>
): AsyncGenerator<SmsMessage> {
  let mms: {
    date: number | null
    received: boolean
    contact: string | null
    from: string
    text: string[]
    sim: string
  } | null = null
  for await (const event of xmlEvents(chunks)) {
    if (event.type === 'close') {
      if (event.name === 'mms' && mms) {
        yield {
          sender: mms.from,
          contactName: mms.contact,
          date: mms.date,
          body: mms.text.join('\n'),
          received: mms.received,
          sim: mms.sim
        }
        mms = null
      }
      continue
    }
    const a = event.attrs
    if (event.name === 'sms') {
      yield {
        sender: (a.address ?? '').trim(),
        contactName: contactName(a.contact_name),
        date: dateOf(a.date),
        body: a.body ?? '',
        received: a.type === RECEIVED,
        sim: simOf(a.sub_id)
      }
    } else if (event.name === 'mms' && !event.selfClosing) {
      mms = {
        date: dateOf(a.date),
        received: a.msg_box === RECEIVED,
        contact: contactName(a.contact_name),
        // The top-level address is a fallback: group MMS list every member there.
        from: (a.address ?? '').split('~')[0]?.trim() ?? '',
        text: [],
        sim: simOf(a.sub_id)
      }
    } else if (mms && event.name === 'addr' && a.type === MMS_FROM && a.address) {
      mms.from = a.address.trim()
    } else if (mms && event.name === 'part' && a.ct === 'text/plain' && a.text) {
      mms.text.push(a.text)
    }
  }
}

/** Whether a file's first bytes are an SMS Backup & Restore export: its root is <smses>. */
export function looksLikeAndroidSms(head: string): boolean {
  const start = head
    .replace(/^\uFEFF/, '')
    .replace(/<\?[^>]*\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
  return /^\s*(<!DOCTYPE[^>]*>\s*)?<smses[\s>]/.test(start)
}
