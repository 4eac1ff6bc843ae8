import { readdir, readFile } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'

export type BrokenLink = { page: string; link: string; reason: string }

/** `href`/`src` attributes of tags, and the target of a meta refresh (alias pages have one). */
const LINK_ATTRIBUTE = /<(?:a|link|area|script|img|source|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"/gi
const META_REFRESH = /<meta\b[^>]*?http-equiv="refresh"[^>]*?content="[^"]*?url=([^"]*)"/gi
const ID_ATTRIBUTE = /\s(?:id|name)="([^"]*)"/g
/** Inline scripts hold data (React's payload), not links; their tags stay for `src`. */
const SCRIPT_BODY = /(<script\b[^>]*>)[\s\S]*?<\/script>/gi
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? whole),
  )

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

/** The address a static host serves a file at: out/errors/x/index.html → /errors/x/. */
function addressOf(outDir: string, file: string): string {
  const path = `/${relative(outDir, file).split(sep).join('/')}`
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path
}

/** The file a static host serves for a path, as `serve`, S3 websites and GitHub Pages resolve it. */
function fileFor(files: ReadonlySet<string>, outDir: string, path: string): string | undefined {
  const base = join(outDir, ...decodePercent(path).split('/'))
  const candidates = path.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')]
  return candidates.find((c) => files.has(c))
}

/**
 * Every link of every HTML page in `outDir` that leads nowhere on the site: a page that is not
 * there, or a `#fragment` that no element of its page has. Links to other sites are left alone,
 * except those to `siteUrl` itself (canonical links), which are checked like any path.
 */
export async function findBrokenLinks(outDir: string, siteUrl?: URL): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = new Set(await filesUnder(outDir))
  const pages = [...files].filter((f) => f.endsWith('.html'))
  const loaded = new Map<string, { text: string; ids: Set<string> }>()
  const load = async (file: string) => {
    let page = loaded.get(file)
    if (!page) {
      const text = (await readFile(file, 'utf8')).replace(SCRIPT_BODY, '$1</script>')
      page = { text, ids: new Set([...text.matchAll(ID_ATTRIBUTE)].map((m) => decodeEntities(m[1]!))) }
      loaded.set(file, page)
    }
    return page
  }

  const broken: BrokenLink[] = []
  let links = 0
  for (const page of pages) {
    const { text } = await load(page)
    const address = addressOf(outDir, page)
    for (const match of [...text.matchAll(LINK_ATTRIBUTE), ...text.matchAll(META_REFRESH)]) {
      const link = decodeEntities(match[1]!.trim())
      const sameSite = siteUrl && link.startsWith(siteUrl.origin + '/')
      if (!sameSite && (SCHEME.test(link) || link.startsWith('//'))) continue
      links++
      const url = new URL(sameSite ? link.slice(siteUrl.origin.length) : link, `http://site${address}`)
      const target = fileFor(files, outDir, url.pathname)
      const report = (reason: string) => broken.push({ page: relative(outDir, page), link, reason })
      if (!target) report(`no page at ${url.pathname}`)
      else if (url.hash.length > 1) {
        const id = decodePercent(url.hash.slice(1))
        if (!target.endsWith('.html') || !(await load(target)).ids.has(id)) report(`${url.pathname} has no element with id "${id}"`)
      }
    }
  }
  return { pages: pages.length, links, broken }
}

export const formatBrokenLink = (b: BrokenLink) => `${b.page.split(sep).join(posix.sep)}: ${b.link}: ${b.reason}`
