import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * A Bitwarden export of about `megabytes` MB: many unknown sites, each also pointing at
 * one known one (Tinkoff), and one login that is the old number +79161234567.
 */
export async function bigBitwardenExport(dir: string, megabytes: number): Promise<string> {
  const items: string[] = []
  let size = 0
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const item = JSON.stringify({
      id: `item-${i}`,
      name: `Site ${i}`,
      type: 1,
      notes: 'n'.repeat(200),
      login: {
        username: i === 7 ? '+79161234567' : `user${i}@mail.example`,
        password: 'secret-password',
        uris: [{ uri: `https://login.site${i}.example/` }, { uri: 'https://id.tinkoff.ru/' }]
      }
    })
    items.push(item)
    size += item.length
  }
  const file = join(dir, 'bitwarden.json')
  await writeFile(file, `{"encrypted":false,"items":[${items.join(',')}]}`)
  return file
}

/**
 * A Chrome password CSV of about `megabytes` MB, shaped like the big Bitwarden one: many
 * unknown sites, a known one every 50 rows, and one login that is the old number.
 */
export async function bigChromeCsv(dir: string, megabytes: number): Promise<string> {
  const rows = ['name,url,username,password,note']
  let size = 0
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const url = i % 50 === 0 ? 'https://id.tinkoff.ru/' : `https://login.site${i}.example/`
    const user = i === 7 ? '+79161234567' : `user${i}@mail.example`
    const row = `Site ${i},${url},${user},secret-password,"${'n'.repeat(200)}"`
    rows.push(row)
    size += row.length
  }
  const file = join(dir, 'chrome.csv')
  await writeFile(file, `${rows.join('\r\n')}\r\n`)
  return file
}
