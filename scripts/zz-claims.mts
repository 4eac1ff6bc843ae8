import { readGuides } from '../lib/content/build-catalog'
import { loadRegistry } from '../lib/registry/load'
import { registryServicesOf, TOOLS } from '../lib/registry/guide-services'
const { guides } = await readGuides('content/errors')
const reg = loadRegistry()
const by = new Map(reg.codes.map(c => [c.code, c]))
for (const g of guides) {
  const f = g.frontmatter
  const svcIds = new Set(f.services.flatMap(registryServicesOf))
  for (const code of f.codes) {
    const e = by.get(code)
    const srcs = (e?.sources ?? []).filter(s => svcIds.has(s.service ?? TOOLS))
    const problems: string[] = []
    if (!e) problems.push('absent')
    else if (!srcs.length) problems.push('not for services: has ' + e.sources.map(s=>s.service??s.tool).slice(0,5).join(','))
    const hs = f.httpStatus
    if (srcs.length && hs !== undefined) {
      const statuses = new Set(srcs.map(s=>s.httpStatus).filter(x=>x!==undefined))
      if (typeof hs === 'number') { if (statuses.size && !statuses.has(hs)) problems.push(`status ${hs} vs ${[...statuses]}`) }
      else for (const [svc, st] of Object.entries(hs)) {
        const ids = new Set(registryServicesOf(svc)); const ss = srcs.filter(s=>ids.has(s.service??TOOLS)).map(s=>s.httpStatus).filter(x=>x!==undefined)
        if (ss.length && !ss.includes(st)) problems.push(`status ${svc}:${st} vs ${ss}`)
      }
    }
    if (problems.length) console.log(g.slug, code, '|', problems.join('; '), '| services', f.services.join(','), '| status', JSON.stringify(hs))
  }
}
