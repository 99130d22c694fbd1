import { DomainError } from '../../errors'
import { decodeXmlEntities } from '../xml-entities'

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y
const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const MAX_DEPTH = 64

/**
 * A deliberately small XML reader for password exports: elements, attributes, text and
 * CDATA. A document type declaration is refused outright, so no entity can be defined,
 * expanded or fetched (no "billion laughs", no external files): SafeInCloud's exports
 * never carry one. Comments and processing instructions are skipped.
 */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  let at = 0
  const bad = (why: string): DomainError =>
    new DomainError('badFile', `This XML file cannot be read (${why}); export it again.`)
  while (at < text.length) {
    const open = text.indexOf('<', at)
    const top = stack[stack.length - 1] as XmlElement
    if (open < 0) {
      top.text += decodeXmlEntities(text.slice(at))
      break
    }
    top.text += decodeXmlEntities(text.slice(at, open))
    if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open + 4)
      if (end < 0) throw bad('an unclosed comment')
      at = end + 3
    } else if (text.startsWith('<?', open)) {
      const end = text.indexOf('?>', open + 2)
      if (end < 0) throw bad('an unclosed declaration')
      at = end + 2
    } else if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open + 9)
      if (end < 0) throw bad('an unclosed CDATA section')
      top.text += text.slice(open + 9, end)
      at = end + 3
    } else if (text.startsWith('<!', open)) {
      throw bad('it declares a document type, which exports never do')
    } else {
      TAG.lastIndex = open
      const match = TAG.exec(text)
      if (!match) throw bad('a malformed tag')
      const [whole, closing, name = '', attrText = '', selfClosing] = match
      at = open + whole.length
      if (closing) {
        if (top.name !== name || stack.length === 1) throw bad(`</${name}> closes nothing`)
        stack.pop()
        continue
      }
      const attrs: Record<string, string> = {}
      for (const a of attrText.matchAll(ATTR))
        attrs[a[1] ?? ''] = decodeXmlEntities(a[2] ?? a[3] ?? '')
      const element: XmlElement = { name, attrs, children: [], text: '' }
      top.children.push(element)
      if (!selfClosing) {
        if (stack.length > MAX_DEPTH) throw bad('it nests too deeply')
        stack.push(element)
      }
    }
  }
  if (stack.length !== 1) throw bad('it ends before its last element closes')
  return root
}

/**
 * The root element's name, read without parsing the whole file: for detection. A file
 * that declares a document type is refused here already, before any reader sees it.
 */
export function xmlRoot(text: string): string | null {
  const prolog = /^\s*(?:<\?[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/.exec(text)?.[0] ?? ''
  const rest = text.slice(prolog.length)
  if (/^<!DOCTYPE/i.test(rest))
    throw new DomainError(
      'badFile',
      'This XML file cannot be read (it declares a document type, which exports never do); export it again.'
    )
  return /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1] ?? null
}
