/**
 * The address of a code's page. A dot becomes a hyphen (`InvalidPermission.Duplicate` →
 * `/errors/InvalidPermission-Duplicate/`): some static servers take a last path segment with a dot
 * for a file name and answer 404. No code contains a hyphen, so no two codes share an address; the
 * dotted spelling still arrives, through the not-found page. It lives here because the matcher
 * answers with code pages too.
 */
export function codePageSegment(code: string): string {
  return code.replaceAll('.', '-')
}

export const codePagePath = (code: string) => `/errors/${codePageSegment(code)}/`
