import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { matchCandidates } from '../../../src/core/discover/match-candidates'
import { parsePasswordExport } from '../../../src/core/discover/parse-export'
import { addresses } from '../../../src/core/discover/readers/login-address'
import type { Discovery } from '../../../src/shared/domain/discovery'

const CASE = { id: 'case-1', number: '+79123456789', country: 'RU' }

/** A Bitwarden export of one login with these addresses, read and matched as the app does. */
async function discover(name: string, uris: string[]): Promise<Discovery> {
  const file = {
    encrypted: false,
    folders: [],
    items: [
      {
        type: 1,
        name,
        login: { username: '+7 912 345-67-89', uris: uris.map((uri) => ({ match: null, uri })) }
      }
    ]
  }
  const parsed = await parsePasswordExport(Buffer.from(JSON.stringify(file)))
  return matchCandidates(appCatalog(), parsed, [CASE], [])
}

describe('a login is the service of its catalog address, wherever that address stands', () => {
  it('takes a later address that is the catalog’s service over an earlier unknown one', async () => {
    const found = await discover('Банк', [
      'https://forum.example.org/login',
      'https://online.sberbank.ru/CSAFront/index.do'
    ])
    expect(found.candidates.map((c) => c.catalogId)).toEqual(['sber'])
    expect(found.candidates[0]?.usesOldNumber).toBe(true)
  })

  it('reads an iOS app address (iosapp://) as no web domain', async () => {
    expect(addresses(['iosapp://ru.sberbank.online', 'https://vk.com/'])).toEqual({
      urls: ['https://vk.com/'],
      apps: []
    })
    // Left as a web address, the bundle id would read as the domain sberbank.online.
    const found = await discover('Онлайн-банк', ['iosapp://ru.sberbank.online'])
    expect(found.candidates.flatMap((c) => c.domains)).toEqual([])
    expect(found.candidates.map((c) => c.key)).not.toContain('sberbank.online')
  })
})
