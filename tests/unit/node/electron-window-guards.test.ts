import { describe, expect, it } from 'vitest'
import { externalLinkDecision, isOwnUrl, isTrustedSender } from '../../../src/main/security-rules'

const DEV = 'http://localhost:5173'

describe('navigation stays inside the app', () => {
  it.each([
    ['app://unlinker/', true],
    ['app://unlinker/#/accounts', true],
    ['app://unlinker/index.html?x=1', true],
    ['app://evil/', false],
    ['app://unlinker.evil.example/', false],
    ['https://unlinker/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false]
  ])('%s is own: %s', (url, own) => {
    expect(isOwnUrl(url)).toBe(own)
  })

  it('accepts the dev server only when one is running, and only its exact origin', () => {
    expect(isOwnUrl('http://localhost:5173/#/people', DEV)).toBe(true)
    expect(isOwnUrl('http://localhost:5173/#/people')).toBe(false)
    expect(isOwnUrl('http://localhost:5174/', DEV)).toBe(false)
    expect(isOwnUrl('http://localhost:5173.evil.example/', DEV)).toBe(false)
    expect(isOwnUrl('http://localhost:5173@evil.example/', DEV)).toBe(false)
  })
})

describe('links leave the app only as http(s), to the system browser', () => {
  it.each([
    'https://www.sberbank.ru/ru/person',
    'http://example.com/a?b=c#d',
    'HTTPS://ID.VK.COM/'
  ])('%s opens outside', (url) => {
    const decision = externalLinkDecision(url)
    expect(decision.open).toBe(true)
    if (decision.open) expect(decision.url).toBe(new URL(url).href)
  })

  it.each([
    'file:///home/user/.ssh/id_rsa',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://attacker/share',
    'ms-settings:network',
    'app://unlinker/',
    'https://user:pass@example.com/',
    'https//missing-colon.example',
    ' '
  ])('%s is refused', (url) => {
    expect(externalLinkDecision(url)).toEqual({ open: false })
  })
})

describe('IPC answers only our own top frame', () => {
  it('trusts the main frame of our page', () => {
    expect(isTrustedSender('app://unlinker/#/accounts', true)).toBe(true)
  })
  it('refuses subframes, foreign pages and unknown senders', () => {
    expect(isTrustedSender('app://unlinker/', false)).toBe(false)
    expect(isTrustedSender('https://evil.example/', true)).toBe(false)
    expect(isTrustedSender(undefined, true)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', true)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', true, DEV)).toBe(true)
  })
})
