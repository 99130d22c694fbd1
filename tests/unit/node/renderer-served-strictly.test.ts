import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf, resolveStaticPath } from '../../../src/core/static-path'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'

const ROOT = resolve('/srv/renderer')

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/)
        return [name, values.join(' ')]
      })
  )
}

describe('the content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY)

  it('runs only our own scripts, never eval or inline code', () => {
    expect(csp.get('script-src')).toBe("'self'")
    expect(csp.get('default-src')).toBe("'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(csp.get('script-src')).not.toContain('unsafe-inline')
  })

  it('forbids plugins, base rewriting, form posts and framing by others', () => {
    expect(csp.get('object-src')).toBe("'none'")
    expect(csp.get('base-uri')).toBe("'none'")
    expect(csp.get('form-action')).toBe("'none'")
    expect(csp.get('frame-ancestors')).toBe("'none'")
    expect(csp.get('connect-src')).toBe("'self'")
  })

  it('is repeated in index.html, less what a meta tag cannot carry', async () => {
    const html = await readFile(join(__dirname, '../../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    const expected = new Map(csp)
    // Browsers ignore frame-ancestors in a meta tag; the response header carries it.
    expected.delete('frame-ancestors')
    expect(directives(meta ?? '')).toEqual(expected)
  })
})

describe('app:// paths map only to files of the built renderer', () => {
  it.each([
    ['/', join(ROOT, 'index.html')],
    ['', join(ROOT, 'index.html')],
    ['/assets/index-abc.js', join(ROOT, 'assets/index-abc.js')],
    ['/assets/a%20b.css', join(ROOT, 'assets/a b.css')]
  ])('%s → %s', (path, file) => {
    expect(resolveStaticPath(ROOT, path)).toBe(file)
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/../../etc/passwd',
    '/..%2f..%2fetc/passwd',
    '/a%00.js',
    '/assets\\..\\..\\x',
    '/%E0%A4%A'
  ])('%s is refused', (path) => {
    expect(resolveStaticPath(ROOT, path)).toBeNull()
  })

  it('names the types it serves and nothing else', () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('/x/a.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('/x/a.exe')).toBe('application/octet-stream')
  })
})
