import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from './web-app'

// The token and the port of a real `unlinker serve` process.
test.use({ serveAsProcess: true })

test('the token stays in the page: another local server gets none, a reload keeps working', async ({
  page,
  app
}) => {
  const token = new URL(app.url).searchParams.get('token')!
  // Another server on 127.0.0.1, as any local program may run one.
  const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = []
  const other = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers })
    res.writeHead(200, { 'content-type': 'text/html' }).end('<title>other</title>')
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  const otherPort = (other.address() as AddressInfo).port
  try {
    await page.goto(app.url)
    await expect(page.getByRole('link', { name: 'Accounts', exact: true }).first()).toBeVisible()
    // The address bar no longer shows it, and no cookie holds it.
    expect(page.url()).not.toContain(token)
    expect(await page.context().cookies()).toEqual([])

    await page.getByRole('link', { name: 'Accounts', exact: true }).first().click()
    await page.reload()
    await expect(page.getByRole('link', { name: 'Accounts', exact: true }).first()).toBeVisible()
    await expect(page.getByText('Access refused')).toHaveCount(0)

    // A link in the app leads to the other port: nothing of the token goes with it.
    await page.evaluate((port) => {
      const a = document.createElement('a')
      a.href = `http://127.0.0.1:${port}/landing`
      document.body.append(a)
      a.click()
    }, otherPort)
    await expect(page).toHaveTitle('other')
    expect(seen.length).toBeGreaterThan(0)
    for (const request of seen) expect(JSON.stringify(request)).not.toContain(token)
    expect(seen.every((r) => r.headers.cookie === undefined)).toBe(true)
  } finally {
    await new Promise((resolve) => other.close(resolve))
  }
})
