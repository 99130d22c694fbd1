import { addresses } from './login-address'
import { Tally, type ExportReader } from './reader'
import { parseXml, type XmlElement } from './small-xml'

/**
 * SafeInCloud's XML: <database> with <label>s and <card>s; each card has typed <field>s
 * (login, email, website, phone, password, one_time_password, number, expiry, pin…) and
 * <notes>. A card with template="true" is a blank form, deleted="true" is in the bin; a
 * card of type "note" is a note, one with a card number or expiry a payment card.
 */
export const safeincloudXml: ExportReader = {
  id: 'safeincloud-xml',
  label: 'SafeInCloud (XML)',
  kind: 'xml',
  detect: (input) => input.kind === 'xml' && input.root === 'database',
  read: (input, progress) => {
    if (input.kind !== 'xml')
      throw new Error('The SafeInCloud reader was given another kind of file.')
    const database = parseXml(input.text).children.find((e) => e.name === 'database')
    const cards = (database?.children ?? []).filter((e) => e.name === 'card')
    const tally = new Tally('safeincloud-xml')
    cards.forEach((card, i) => {
      if (i % 1000 === 0) progress(i, cards.length)
      if (card.attrs.template === 'true') return
      if (card.attrs.deleted === 'true') return tally.skip('other')
      const fields = card.children.filter((e) => e.name === 'field')
      const of = (...types: string[]): string[] =>
        fields
          .filter((f: XmlElement) => types.includes(f.attrs.type ?? ''))
          .map((f) => f.text.trim())
          .filter(Boolean)
      if (card.attrs.type === 'note') return tally.skip('note')
      if (of('expiry', 'number').length > 0 && of('website', 'login').length === 0)
        return tally.skip('card')
      if (of('login', 'email', 'website', 'password').length === 0) return tally.skip('other')
      tally.login({
        name: card.attrs.title ?? '',
        login: of('login')[0] ?? of('email')[0] ?? '',
        phones: of('phone'),
        ...addresses(of('website'))
      })
    })
    progress(cards.length, cards.length)
    return tally.result()
  }
}
